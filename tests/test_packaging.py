"""The package as a user gets it: build the wheel, check what is inside, install it into a fresh
virtual environment (core dependencies only) and run the command line from outside the clone.

Needs the package registry (PyPI) for setuptools and the four core dependencies; pip's cache
makes later runs fast.
"""

from __future__ import annotations

import os
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# folder in the clone -> folder in the wheel (pyproject.toml [tool.setuptools] package-dir)
PACKAGE_DIR = {
    "graph": "reformgraph",
    "loaders": "reformgraph/loaders",
    "cypher": "reformgraph/cypher",
    "explorer": "reformgraph/explorer",
    "data": "reformgraph/data",
}
SHIPPED_SUFFIXES = (".py", ".cypher", ".csv", ".md", ".svg")

pytestmark = pytest.mark.timeout(600)


def _tracked_files() -> list[str]:
    if (ROOT / ".git").exists():
        out = subprocess.run(["git", "ls-files", *PACKAGE_DIR], cwd=ROOT, capture_output=True, text=True, check=True)
        return out.stdout.split()
    return [str(p.relative_to(ROOT)) for d in PACKAGE_DIR for p in (ROOT / d).rglob("*") if p.is_file()]


def expected_wheel_files() -> set[str]:
    """Every tracked source and data file, at the path the wheel must hold it."""
    out = set()
    for rel in _tracked_files():
        if not rel.endswith(SHIPPED_SUFFIXES) or "__pycache__" in rel:
            continue
        top, _, rest = rel.partition("/")
        out.add(f"{PACKAGE_DIR[top]}/{rest}")
    return out


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    dist = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(dist), str(ROOT)],
        check=True,
        capture_output=True,
        text=True,
    )
    (found,) = dist.glob("reformgraph-*.whl")
    return found


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory) -> Path:
    """A fresh virtual environment with only the wheel and its core dependencies.

    This environment's pip installs into it (``pip --python``): bootstrapping a pip of its own
    (ensurepip) would cost more than the whole install. ``--no-compile``: the commands below compile
    what they import, as they run (byte-compiling every module of every dependency first took longer
    than the rest of the install).
    """
    env = tmp_path_factory.mktemp("venv") / "env"
    venv.create(env, with_pip=False)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(env / "bin" / "python"),
            "install",
            "--quiet",
            "--no-compile",
            str(wheel),
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    return env


def _run(env: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    return subprocess.run(
        [str(env / "bin" / args[0]), *args[1:]], cwd=cwd, capture_output=True, text=True, env=clean, timeout=300
    )


def test_wheel_holds_every_source_and_data_file_and_nothing_else(wheel):
    names = {n for n in zipfile.ZipFile(wheel).namelist() if ".dist-info/" not in n}
    expected = expected_wheel_files()
    assert "reformgraph/data/youyang-2022-18-business-environment-reforms.md" in expected
    assert "reformgraph/cypher/queries/top_units.cypher" in expected
    assert sorted(expected - names) == [], "tracked files missing from the wheel"
    assert sorted(names - expected) == [], "files in the wheel that are not tracked sources"
    assert not any(n.startswith("tests/") or "/support/" in n for n in names)


def test_installed_wheel_runs_outside_the_clone(installed, tmp_path):
    help_ = _run(installed, "reformgraph", "--help", cwd=tmp_path)
    assert help_.returncode == 0 and "build" in help_.stdout and "explore" in help_.stdout

    built = _run(installed, "reformgraph", "build", "--json", "g.json", cwd=tmp_path)
    assert built.returncode == 0, built.stderr
    assert "Workplan 124" in built.stdout and (tmp_path / "g.json").is_file()

    top = _run(installed, "reformgraph", "top", "g.json", "-n", "3", "--format", "csv", cwd=tmp_path)
    assert top.returncode == 0, top.stderr
    assert top.stdout.splitlines()[1].startswith("1,市市场监管局,")

    as_module = _run(installed, "python", "-m", "reformgraph", "stats", "--format", "json", cwd=tmp_path)
    assert as_module.returncode == 0 and '"counts"' in as_module.stdout


@pytest.mark.parametrize(
    "args, extra",
    [
        (("export", "--format", "png", "--out", "x.png"), "images"),
        (("explore", "--headless"), "explorer"),
        (("load",), "neo4j"),
    ],
)
def test_core_install_names_the_missing_extra(installed, tmp_path, args, extra):
    env_extra = {"NEO4J_URI": "bolt://127.0.0.1:1", "NEO4J_PASSWORD": "x"} if extra == "neo4j" else {}
    clean = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")} | env_extra
    out = subprocess.run(
        [str(installed / "bin" / "reformgraph"), *args],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env=clean,
        timeout=300,
    )
    assert out.returncode == 1
    assert out.stderr.strip().splitlines() == [out.stderr.strip()]  # one line, no traceback
    assert f"pip install 'reformgraph[{extra}]'" in out.stderr
    assert not list(tmp_path.iterdir())  # nothing written
