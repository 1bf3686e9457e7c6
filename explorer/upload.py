"""An uploaded document → a graph, entirely in memory (no Streamlit, no disk).

The bytes go through the same decoder and parser as ``reformgraph build``
(``loaders.read.parse_bytes``), so a bad file gets the same one-line message
as the CLI (``str`` of the DocumentError: ``name:line: what is wrong``).

>>> build_from_bytes(b"", "empty.md")
Traceback (most recent call last):
...
reformgraph.errors.DocumentError: empty.md: the file is empty
>>> check_upload("plan.doc", 10)
Traceback (most recent call last):
...
reformgraph.errors.DocumentError: plan.doc: expected a document the command line reads (.md, .txt, .docx, .xlsx, .xlsm, .csv, .html, .htm, .pdf)
"""

from __future__ import annotations

from pathlib import PurePath

from reformgraph.aliases import AliasTable, load_alias_table, near_duplicates
from reformgraph.build import build_graph, unresolved_forms
from reformgraph.errors import DocumentError
from reformgraph.loaders.pipeline import BuildResult
from reformgraph.loaders.read import parse_bytes

UPLOAD_LIMIT_BYTES = 5 * 1024 * 1024
"""Largest document the Import page accepts (the bundled one is about 0.3 MB)."""

UPLOAD_TYPES = ("md", "txt", "docx", "xlsx", "xlsm", "csv", "html", "htm", "pdf")
"""Every format ``reformgraph build`` reads (``loaders.read``): text, Word, Excel, CSV, HTML, PDF."""


def safe_name(name: str) -> str:
    """The file name only (no directories): uploads never name a path on this machine.

    >>> safe_name("../../etc/passwd.md"), safe_name("C:\\\\x\\\\方案.txt")
    ('passwd.md', '方案.txt')
    """
    base = PurePath(name.replace("\\", "/")).name
    return base or "upload.md"


def check_upload(name: str, size: int, limit: int = UPLOAD_LIMIT_BYTES) -> None:
    """Raise DocumentError for a file of the wrong type or over ``limit`` bytes."""
    name = safe_name(name)
    if PurePath(name).suffix.lower().lstrip(".") not in UPLOAD_TYPES:
        kinds = ", ".join(f".{k}" for k in UPLOAD_TYPES)
        raise DocumentError(f"expected a document the command line reads ({kinds})", path=name)
    if size > limit:
        raise DocumentError(f"file larger than the upload limit ({size} > {limit} bytes)", path=name)


def build_from_bytes(
    data: bytes, name: str, *, aliases: AliasTable | None = None, limit: int = UPLOAD_LIMIT_BYTES
) -> BuildResult:
    """Decode, parse and build one uploaded document (UTF-8 or GBK/GB18030).

    Raises DocumentError (or a subclass) with the CLI's message when the file
    cannot be read or holds no workplans.
    """
    name = safe_name(name)
    check_upload(name, len(data), limit)
    doc = parse_bytes(data, path=name)
    table = aliases if aliases is not None else load_alias_table()
    G = build_graph([doc], table)
    warnings = tuple(f"{doc.path}:{w.line}: {w.message}" for w in doc.warnings)
    unresolved = tuple(unresolved_forms([doc], table))
    dups = tuple(near_duplicates([d["name"] for _, d in G.nodes(data=True) if d.get("kind") == "Unit"], table))
    return BuildResult(G, (doc,), warnings, unresolved, dups)
