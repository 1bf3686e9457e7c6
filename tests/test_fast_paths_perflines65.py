"""The fast path of ``SpacedNames`` (``_written``: a name's line as written not cut when no cut of the name may stand
before whitespace, by ``Source.gap_ends``, and its compact line is too long for the next line to be read with it)
stands for the full rule (the line as written cut and its gaps looked at): ``kept_whole`` and ``apart`` with the
words' ends and without them agree on the bundled plan, the fixtures' plans, and random lines of unit names set
apart by spaces, tabs and line breaks (names split on short lines and long ones)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from reformgraph.errors import DocumentError
from reformgraph.loaders import spaced_names
from reformgraph.loaders.parse import parse_document
from reformgraph.loaders.pipeline import BUNDLED_DOCUMENT
from reformgraph.loaders.source import Source
from reformgraph.loaders.spaced_names import SpacedNames, may_hold_two

_FIXTURES = Path(__file__).parent / "fixtures"
_NAMES = [
    "市财政局",
    "区住建局",
    "县发改委",
    "镇派出所",
    "各村（社区）",
    "市政府办公室",
    "市公共资源交易中心",
    "区城管执法大队",
]
_NAMES += [
    "食品生产科",
    "县人民政府",
    "市政府电子政务中心",
    "两江新区（自贸区）法院",
    "县发改局（牵头）",
    "重庆铁路办事处",
]
_GAPS = ["", "", " ", "　", "  ", "\t", "\n", " \n", "\n ", "         "]
_FRAMES = ["（牵头单位：{}）", "责任单位：{}", "{}", "1. 推进工作。（责任单位：{}；完成时限：2024年）", "配合单位：{}"]


def _compare(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Wraps ``SpacedNames.apart`` and ``kept_whole`` so that each call's answer is checked against the full rule's
    (a ``SpacedNames`` of the same lines with no words' ends); returns the count of calls checked (in a list)."""
    checked = [0]
    apart, kept_whole = SpacedNames.apart, SpacedNames.kept_whole

    def apart_both(self, assignment, source, base):
        fast = apart(self, assignment, source, base)
        assert fast == apart(SpacedNames(self.lines), assignment, source, base)
        checked[0] += 1
        return fast

    def kept_whole_both(self, held, source, base):
        fast = kept_whole(self, held, source, base)
        assert fast == kept_whole(SpacedNames(self.lines), held, source, base)
        checked[0] += 1
        return fast

    monkeypatch.setattr(SpacedNames, "apart", apart_both)
    monkeypatch.setattr(SpacedNames, "kept_whole", kept_whole_both)
    return checked


def test_the_bundled_plan_and_the_fixtures_read_as_the_full_rule_reads_them(monkeypatch):
    checked = _compare(monkeypatch)
    parse_document(BUNDLED_DOCUMENT.read_text(encoding="utf-8"))
    assert checked[0] >= 30
    for path in sorted(_FIXTURES.rglob("*.md"))[::3]:
        try:
            parse_document(path.read_text(encoding="utf-8", errors="replace"))
        except DocumentError:
            pass  # (a fixture of a plan no reader takes: its names checked until then)
    assert checked[0] >= 100


def _random_text(rng: random.Random) -> str:
    lines = []
    for _ in range(rng.randint(1, 12)):
        names = rng.sample(_NAMES, rng.randint(1, 4))
        run = "".join(name + rng.choice(_GAPS) for name in names).rstrip("\n")
        line = rng.choice(_FRAMES).format(run)
        if rng.random() < 0.3:
            line = "加强统筹协调，推进各项改革任务落地见效，" * rng.randint(1, 2) + line
        lines.append(line)
    return "\n".join(lines) + rng.choice(["", "\n"])


def test_every_name_of_random_lines_reads_as_the_full_rule_reads_it():
    rng = random.Random(65)
    looked = 0
    for _ in range(150):
        source = Source.from_text(_random_text(rng))
        fast, full = SpacedNames(source.lines, source.gap_ends), SpacedNames(source.lines)
        text = source.text.text
        for start in range(len(text)):
            for end in range(start + 7, min(len(text), start + 24) + 1):
                name = text[start:end]
                if may_hold_two(name):
                    looked += 1
                    held = [(name, start)]
                    assert fast.kept_whole(held, source.text, 0) == full.kept_whole(held, source.text, 0), name
    assert looked > 2_500


def test_a_short_line_is_read_with_the_next_one():
    # (the next line after a short one is read with it: a gap at the line's end, which ``gap_ends`` does not hold)
    source = Source.from_text("配合单位：区住建局\n各街道办事处")
    spaced = SpacedNames(source.lines, source.gap_ends)
    assert spaced._written("区住建局各街道办事处", spaced.cuts("区住建局各街道办事处"), 5, source.text, 0)
    assert not spaced_names._as_written(source.lines, 3)
