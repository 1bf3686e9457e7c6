"""Round 63 heldout6: rules for the sixth batch of real held-out plans (tests/fixtures/heldout/32-34).

A 工作职责 paragraph whose units are an 各 collective and a bare level after it (``各镇、街道、开发区：…``) is the duty of
all three: the 各 opening the list is shared by the bare level (held-out 33, line 134).
"""

from __future__ import annotations

from reformgraph.loaders.duties import read_duty
from reformgraph.loaders.parse import parse_document

_DUTIES = (
    "三、工作职责\n\n"
    "(一)区发展改革委：负责公园绿地等建设项目的审批、投资政策制定等工作。\n\n"
    "(二)区水务局：按照水务规划要求，结合河道开挖和整治实施规划建设区内河道两侧绿地建设。\n\n"
)


def _leads(text: str) -> list[list[str]]:
    doc = parse_document(text, path="duties.md")
    return [[u.raw for u in m.leads] for w in doc.workplans for m in w.measures]


def test_a_bare_level_after_an_each_collective_shares_its_each():
    text = _DUTIES + "(三)各镇、街道、开发区：按照本辖区镇域规划要求，加快推进本地区公园绿地和林业建设。\n"
    assert _leads(text) == [["区发展改革委"], ["区水务局"], ["各镇", "街道", "开发区"]]


def test_a_bare_level_with_no_each_before_it_opens_no_duty():
    # guards: a level alone, after a named body, or a word that is no level after 各镇
    text = _DUTIES + "(三)街道：按照本辖区镇域规划要求，加快推进本地区公园绿地和林业建设。\n"
    assert _leads(text) == [["区发展改革委"], ["区水务局"]]
    for line in ("区绿化市容局、街道：推进建设。", "各镇、道路：推进建设。", "区规划资源局、镇：推进建设。"):
        assert read_duty(line, 0, len(line)) is None, line


def test_an_each_collective_list_reads_as_before():
    line = "各街镇、开发区：按照本辖区要求推进建设。"
    duty = read_duty(line, 0, len(line))
    assert duty is not None and [u.name for u in duty.units] == ["各街镇", "开发区"]
