"""A README or notes file among plans (session 46): written in Latin letters, it is refused in one line, not read
as a plan whose quoted wordings make tasks and units such as ``A、B``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from reformgraph.cli import cli
from reformgraph.errors import DocumentError
from reformgraph.loaders.latin_text import MIN_LETTERS, SAMPLE_CHARACTERS, letters_and_others, mostly_latin
from reformgraph.loaders.parse import parse_document
from reformgraph.loaders.read import read_document

FIXTURES = Path(__file__).resolve().parent / "fixtures"
NOTES = [FIXTURES / "real" / "SOURCES.md", FIXTURES / "real" / "SPEC.md", FIXTURES / "real" / "README.md"]
NOTES += [FIXTURES / "heldout" / "SOURCES.md"]
PLANS = sorted(p for p in FIXTURES.rglob("*") if p.suffix in (".md", ".txt") and p not in NOTES)


@pytest.mark.parametrize("path", NOTES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_a_notes_file_is_refused_in_one_line(path):
    with pytest.raises(DocumentError) as caught:
        read_document(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: not a plan in Chinese: its first ")
    assert "Latin letters" in message and "README or notes file" in message and "\n" not in message


def test_no_plan_the_project_holds_is_near_the_line():
    """Every plan in text the fixtures hold (about 700, the corpus's copies among them) has at most a quarter as
    many Latin letters as other characters in its sample, far under the line of three times as many."""
    assert len(PLANS) > 600
    for path in PLANS:
        letters, others = letters_and_others(path.read_text(encoding="utf-8", errors="replace"))
        assert letters <= max(MIN_LETTERS, 2 * others), path  # past the line's margin: the line needs a look
        assert mostly_latin(path.read_text(encoding="utf-8", errors="replace")) is None, path


def test_the_line_and_its_guards():
    english = "These notes say how each plan was copied and which layouts it holds. "
    quoted = "（牵头单位：市发展改革委；配合单位：市财政局）"
    assert mostly_latin(english * 10 + quoted) is not None
    # a short English text is not judged (too few letters): it is refused as naming no assignment, as before
    with pytest.raises(DocumentError, match="no recognisable workplans"):
        parse_document("Notes. " * 20, path="notes.md")
    # a plan with an English front matter, URLs and a few Latin words is read
    plan = (
        "---\ntitle: Work plan\nsource: https://www.gov.cn/zhengce/content/2026-01/01/content_000000.htm\n---\n"
        "# 关于推进5G和AI应用的工作方案\n\n一、推进5G基站建设（牵头单位：市经济信息化委；配合单位：市通信管理局）\n"
    )
    assert len(parse_document(plan, path="plan.md").workplans[0].measures) == 1
    # only the sample is looked at: Chinese past it does not save a notes file, nor English past it sink a plan
    assert mostly_latin(english * 100 + quoted * 1000) is not None
    assert mostly_latin(quoted * 200 + english * 1000) is None
    assert letters_and_others("中" * (SAMPLE_CHARACTERS + 10) + "x" * 999) == (0, SAMPLE_CHARACTERS)


def test_a_folder_of_plans_and_its_notes_builds_with_keep_going(tmp_path):
    corpus = FIXTURES / "real"
    inputs = [str(p) for p in sorted(corpus.glob("0[1-3]-*.md"))] + [str(corpus / "SOURCES.md")]
    out = tmp_path / "g.json"
    runner = CliRunner()
    refused = runner.invoke(cli, ["build", *inputs, "--json", str(out)])
    assert refused.exit_code == 1 and not out.exists()
    assert refused.output.splitlines()[0].startswith(f"error: {corpus / 'SOURCES.md'}: not a plan in Chinese")
    built = runner.invoke(cli, ["build", *inputs, "--keep-going", "--json", str(out)])
    assert built.exit_code == 1
    documents = json.loads(out.read_text(encoding="utf-8"))["graph"]["documents"]
    assert len(documents) == 3 and not any("SOURCES" in d for d in documents)
