"""The fast path of ``tasks.finalize`` added in session 46: a usual list holding names a space may set apart
(``PlainNames.spaced``) resolved in ``_usual_roles``' one loop when no space sets any apart on the line of the first
equal units (``_kept_whole``), stands for the rule it replaces (``_resolved_once``: ``SpacedNames.apart``, then
``resolve``, ``_bodies``, ``_may_run``, ``_placed``). Each document is read with the path and with ``_kept_whole``
answering no (every such list then goes to ``_resolved_once`` as before), and the two readings compared: the bundled
plan, the text fixtures, and crafted plans where a name is spaced on one line and not on another."""

from __future__ import annotations

from pathlib import Path

import pytest

from reformgraph.loaders import tasks
from reformgraph.loaders.parse import parse_document
from reformgraph.loaders.pipeline import BUNDLED_DOCUMENT
from reformgraph.loaders.read import decode_text
from reformgraph.loaders.roles import RoleUnit
from reformgraph.loaders.spaced_names import may_hold_two
from reformgraph.loaders.tasks import PlainNames, _is_plain, _is_post, _may_be_run, _usual_roles

_FIXTURES = Path(__file__).parent / "fixtures"


def _both(text: str, monkeypatch) -> tuple[str, str, int]:
    """The document's repr read with the fast path and without it, and how often the path answered."""
    taken = []
    kept_whole = tasks._kept_whole

    def counted(*args):
        kept = kept_whole(*args)
        taken.append(kept)
        return kept

    with monkeypatch.context() as m:
        m.setattr(tasks, "_kept_whole", counted)
        fast = _read(text)
    with monkeypatch.context() as m:
        m.setattr(tasks, "_kept_whole", lambda *args: False)
        rule = _read(text)
    return fast, rule, sum(taken)


def _read(text: str) -> str:
    try:
        return repr(parse_document(text))
    except Exception as error:  # noqa: BLE001 (a text that reads as nothing reads so on both paths)
        return f"{type(error).__name__}: {error}"


def test_the_bundled_plan_reads_alike(monkeypatch):
    fast, rule, taken = _both(decode_text(BUNDLED_DOCUMENT.read_bytes()), monkeypatch)
    assert fast == rule
    assert taken > 20  # the path is taken (26 lists of the bundled plan)


def test_the_text_fixtures_read_alike(monkeypatch):
    for path in sorted(_FIXTURES.rglob("*.md"))[:300] + sorted(_FIXTURES.rglob("*.txt"))[:300]:
        text = path.read_text(encoding="utf-8", errors="replace")
        fast, rule, _ = _both(text, monkeypatch)
        assert fast == rule, path


CRAFTED = [
    # spaced on its line: two names, on either path
    "某镇方案\n1.开展巡查。（牵头单位：镇派出所 各村（社区）；配合单位：镇司法所）",
    # the same units twice, spaced on the first line only, then on the second only: the first decides
    "某镇方案\n1.开展巡查。（牵头单位：镇派出所 各村（社区）；配合单位：镇司法所）\n"
    "2.开展宣传。（牵头单位：镇派出所各村（社区）；配合单位：镇司法所）",
    "某镇方案\n1.开展宣传。（牵头单位：镇派出所各村（社区）；配合单位：镇司法所）\n"
    "2.开展巡查。（牵头单位：镇派出所 各村（社区）；配合单位：镇司法所）",
    # names that may hold two, none spaced: as plain ones
    "某市方案\n1.推进口岸建设。（牵头单位：市政府口岸物流办；配合单位：重庆海关、市商务委）\n"
    "2.推进平台建设。（牵头单位：市政府电子政务中心、市市场监管局）",
    # a post and a run of names beside one: the rule in full
    "某校方案\n1.开展家访。（牵头单位：市政府口岸物流办；配合单位：各班主任）\n"
    "2.推进改革。（牵头单位：市政府口岸物流办；配合单位：区财政局区税务局）",
    # a spaced name as a support, the list on a line of its own under a short label line
    "某镇方案\n1.开展巡查。\n牵头单位：镇政府\n配合单位：镇派出所 镇司法所\n完成时限：2024年6月",
    # 同上 after a spaced list
    "某镇方案\n1.开展巡查。（牵头单位：镇派出所 各村（社区））\n2.开展宣传。（责任单位：同上）",
]


@pytest.mark.parametrize("text", CRAFTED)
def test_crafted_plans_read_alike(text, monkeypatch):
    fast, rule, _ = _both(text, monkeypatch)
    assert fast == rule


@pytest.mark.parametrize(
    "name",
    ["市政府电子政务中心", "市政府口岸物流办", "镇派出所各村（社区）", "各班主任", "区财政局区税务局", "市财政局"],
)
def test_spaced_names_are_not_plain_only_as_they_may_hold_two(name):
    names = PlainNames()
    names.all_plain_names((name,))
    if name in names.spaced:
        assert not _is_plain(name) and may_hold_two(name) and not _is_post(name) and not _may_be_run(name)
    else:
        assert _is_plain(name) or _is_post(name) or _may_be_run(name)


def test_held_names_are_the_spaced_ones():
    names = PlainNames()
    units = (RoleUnit("市政府口岸物流办", "lead", 0), RoleUnit("市财政局", "support", 5))
    held: list[tuple[str, int]] = []
    assert _usual_roles(units, names, held) is not None and held == [("市政府口岸物流办", 0)]
    assert _usual_roles(units, names) is None  # without ``held``, as before
    assert _usual_roles((RoleUnit("各班主任", "lead", 0),), names, []) is None  # a post: never held
