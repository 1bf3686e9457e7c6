"""The docs cannot silently fall behind the code: every command has help with an example and appears in the
README; every file path the README and docs/ name exists; the Makefile's test command is the README's and CI's."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from reformgraph.cli import COMMANDS, cli

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
DOCS = sorted((ROOT / "docs").glob("*.md"))
# a path a reader could follow: a known top folder, then path characters, ending in a file suffix or a slash
PATH = re.compile(r"`((?:graph|loaders|cypher|explorer|data|tests|benchmarks|docs|\.ci|\.streamlit)/[\w./*-]*)`")


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_command_has_help_with_an_example_and_is_in_the_readme(command):
    result = CliRunner().invoke(cli, [command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Example:" in result.output, f"{command} --help has no example"
    assert f"reformgraph {command}" in README, f"README does not show `reformgraph {command}`"


@pytest.mark.parametrize("doc", [ROOT / "README.md", *DOCS], ids=lambda p: p.name)
def test_named_files_exist(doc):
    text = doc.read_text(encoding="utf-8")
    missing = []
    for match in PATH.finditer(text):
        path = match.group(1).rstrip(".")
        if any(ch in path for ch in "*…"):
            matches = list(ROOT.glob(path.replace("…", "*")))
            if not matches:
                missing.append(path)
        elif not (ROOT / path).exists():
            missing.append(path)
    assert not missing, f"{doc.name} names files that do not exist: {missing}"


def test_the_readme_test_command_is_what_ci_runs():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in ci and "make test" in README
    assert re.search(r"^test:.*$", (ROOT / "Makefile").read_text(encoding="utf-8"), re.M)
