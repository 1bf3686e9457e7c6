"""ReformGraph: turn Chinese government reform and task-division plans into a graph of who works with whom.

The package root holds the core (records, graph contract and JSON, alias
resolution, metrics, views); ``reformgraph.loaders`` reads documents,
``reformgraph.cypher`` talks to Neo4j, ``reformgraph.render`` draws outputs,
``reformgraph.cli`` and ``reformgraph.explorer`` sit on top
(docs/architecture.md).

>>> from reformgraph.loaders.pipeline import build_from_paths
>>> from reformgraph.resources import bundled_document
>>> G = build_from_paths([str(bundled_document())]).graph
>>> G.graph["schema"]
'reformgraph/1'
"""


def __getattr__(name: str) -> str:
    """``reformgraph.__version__``, read from the installed metadata on first use (importlib.metadata is slow
    to import, and every command imports this package)."""
    if name != "__version__":
        raise AttributeError(f"module 'reformgraph' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("reformgraph")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree without an install
        return "0+unknown"
