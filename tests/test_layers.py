"""The layers read one way, checked on the import statements themselves (AST), so they stay true.

    core      reformgraph.{errors, records, jsonio, graphcache, aliases, build, districts, resources, extras,
              metrics, views (view_model, view_nodes, view_summary), diff}    imports only the core
    loaders   reformgraph.loaders              imports the core and itself
    cypher    reformgraph.cypher               imports the core and itself
    render    reformgraph.render               imports the core and itself
    top       reformgraph.cli, reformgraph.explorer  import anything below; never each other

No module imports itself back through a cycle (imports inside functions count too), and
the core pulls in no heavy optional library when imported.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest

import reformgraph

ROOT = Path(reformgraph.__file__).resolve().parent  # graph/ in a clone
FOLDERS = {"reformgraph": ROOT}
for sub in ("loaders", "cypher", "explorer"):
    FOLDERS[f"reformgraph.{sub}"] = Path(__import__(f"reformgraph.{sub}", fromlist=["_"]).__file__).resolve().parent

LAYER_OF_PACKAGE = {
    "reformgraph.loaders": "loaders",
    "reformgraph.cypher": "cypher",
    "reformgraph.render": "render",
    "reformgraph.cli": "cli",
    "reformgraph.explorer": "explorer",
}
ALLOWED = {
    "core": {"core"},
    "loaders": {"core", "loaders"},
    "cypher": {"core", "cypher"},
    "render": {"core", "render"},
    "cli": {"core", "loaders", "cypher", "render", "cli"},
    "explorer": {"core", "loaders", "cypher", "render", "explorer"},
}


def layer(module: str) -> str:
    if module == "reformgraph.__main__":  # `python -m reformgraph` is the command line
        return "cli"
    for pkg, name in LAYER_OF_PACKAGE.items():
        if module == pkg or module.startswith(pkg + "."):
            return name
    return "core"


def _module_files() -> dict[str, Path]:
    files: dict[str, Path] = {}
    for pkg, folder in FOLDERS.items():
        for path in folder.rglob("*.py"):
            rel = path.relative_to(folder).with_suffix("")
            parts = [p for p in rel.parts if p != "__init__"]
            name = ".".join([pkg, *parts])
            if pkg == "reformgraph" and parts and parts[0] in ("loaders", "cypher", "explorer"):
                continue
            files[name] = path
    return files


MODULES = _module_files()


def imports_of(module: str, path: Path) -> set[str]:
    """Every reformgraph module ``module`` imports, at any depth of its code."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    is_pkg = path.name == "__init__.py"
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.split(".")[0] == "reformgraph")
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".") if is_pkg else module.split(".")[:-1]
                base = base[: len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if target.split(".")[0] != "reformgraph":
                continue
            for alias in node.names:  # `from reformgraph.render import html` imports a module
                full = f"{target}.{alias.name}"
                found.add(full if full in MODULES else target)
    return found


def test_every_folder_is_seen():
    assert {
        "reformgraph.errors",
        "reformgraph.loaders.read",
        "reformgraph.cypher.load",
        "reformgraph.explorer.app",
        "reformgraph.cli.common",
        "reformgraph.render.image",
    } <= set(MODULES)


@pytest.mark.parametrize("module", sorted(MODULES))
def test_imports_point_down(module):
    bad = sorted(t for t in imports_of(module, MODULES[module]) if layer(t) not in ALLOWED[layer(module)])
    assert not bad, f"{module} ({layer(module)}) must not import {bad}"


def test_no_import_cycles():
    g = nx.DiGraph()
    for module, path in MODULES.items():
        for target in imports_of(module, path):
            if target in MODULES and target != module and not module.startswith(target + "."):
                g.add_edge(module, target)
    cycles = list(nx.simple_cycles(g))
    assert not cycles, f"import cycles: {cycles[:5]}"


def test_layer_rule_catches_a_violation(tmp_path):
    """The checker itself: an upward import in a core module is reported."""
    fake = tmp_path / "m.py"
    fake.write_text("def f():\n    from reformgraph.cypher.load import load_graph\n")
    assert layer("reformgraph.cypher.load") not in ALLOWED[layer("reformgraph.metrics.load")]
    assert imports_of("reformgraph.metrics.fake", fake) == {"reformgraph.cypher.load"}


def test_core_and_cli_start_without_heavy_libraries():
    code = (
        "import sys, reformgraph.cli, reformgraph.loaders.pipeline, reformgraph.metrics, reformgraph.views; "
        "print(*[m in sys.modules for m in ('neo4j', 'streamlit', 'matplotlib', 'pandas', 'igraph')])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False"] * 5


def test_build_imports_only_what_it_uses(tmp_path):
    """``reformgraph build DOC --json`` (the start-up benchmark's command) loads no library it does not use.

    networkx (7 x ``python -c pass`` alone), rapidfuzz, tempfile and importlib.resources each cost a share of
    the start-up that issue 15 holds to 8 x ``python -c pass``; they load only where they are used.
    """
    code = (
        "import sys\n"
        "from reformgraph.cli import main\n"
        "from reformgraph.resources import bundled_document\n"
        f"sys.argv = ['reformgraph', 'build', str(bundled_document()), '--json', {str(tmp_path / 'g.json')!r}, '-q']\n"
        "try:\n    main()\nexcept SystemExit as exc:\n    assert not exc.code, exc.code\n"
        "heavy = ('networkx', 'rapidfuzz', 'tempfile', 'zipfile', 'importlib.resources', 'rich', 'numpy')\n"
        "print(*[m for m in heavy if m in sys.modules])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == [], f"build imported {out.stdout.strip()}"
    assert (tmp_path / "g.json").stat().st_size > 0
