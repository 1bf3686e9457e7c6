"""Round 62, heldout3: a third batch of real held-out plans (tests/fixtures/heldout 17-22, copied byte for byte from
zhiyao87/Shanghai-Gov-Docs-Index and read by hand before the loader ran on them): the general rules their misses asked
for, each with its guards (docs/round62_heldout3.md)."""

from __future__ import annotations

import pytest

from reformgraph.errors import DocumentError
from reformgraph.loaders.parse import parse_document
from reformgraph.loaders.text_deadlines import text_deadline
from reformgraph.loaders.unit_names import is_unit_name
from tests.support.readings import numbered_rows


def _tasks(text: str) -> list[tuple]:
    return numbered_rows(parse_document(text, path="plan.txt"), 8)


# ---- a sector list after 配合 names fields, not units ------------------------------------------------------------------

_HEAD = "某市市场监管系统燃气安全专项整治实施方案\n\n五、工作要求\n\n"


def test_a_field_in_chengxiang_is_no_township():
    # before: 住房城乡 (of 住房城乡建设、商务…) read as a township's name, the paragraph a task it led (heldout 18)
    text = (
        _HEAD
        + "（三）强化工作协同\n\n各区市场监管局要积极配合住房城乡建设、商务、应急管理、公安等各有关部门开展专项整治工作，加强信息共享。\n"
    )
    with pytest.raises(DocumentError):
        _tasks(text)  # no task: the plan names no responsible unit
    assert (is_unit_name("住房城乡"), is_unit_name("统筹城乡")) == (False, False)


def test_a_township_in_chengxiang_and_a_named_partner_read_as_before():
    # guards: a township named ...城乡 is one; X应配合Y with Y a unit still makes Y lead
    assert (is_unit_name("古城乡"), is_unit_name("各乡"), is_unit_name("市住房城乡建设管理委")) == (True, True, True)
    text = _HEAD + "（三）强化工作协同\n\n各乡镇应配合区规划资源局认真排摸地块，建立台账。\n"
    assert _tasks(text) == [(7, "强化工作协同各乡", ["区规划资源局"], ["各乡镇"], None)]


# ---- a stage's months in its title's bracket, no year ------------------------------------------------------------------

_STAGES = (
    "某区文物建筑消防安全标准化建设工作实施方案\n\n三、工作步骤\n\n"
    "(一)动员部署、排查摸底阶段(4月-5月)\n\n各属地单位制定工作方案。区文保所负责收集各单位工作方案。\n\n"
    "(二)检查阶段(9月)\n\n届时，将由区文物局牵头，组织力量对重点单位进行统一检查。\n"
)


def test_a_stages_months_in_its_title_bracket_are_its_tasks_deadline():
    # before: no deadline (months with no year and no verb after them were read only as 6—8月开展…; heldout 20)
    doc = parse_document("发布日期: 2023-04-12\n" + _STAGES, path="plan.txt")
    got = [
        (m.line, [u.raw for u in m.leads], m.deadline.raw, m.deadline.date) for w in doc.workplans for m in w.measures
    ]
    assert got == [(8, ["区文保所"], "4月-5月", "2023-05"), (12, ["区文物局"], "9月", "2023-09")]
    assert text_deadline("集中整改阶段（6月—8月）确保8月31日前全部整改到位。", plan_year=2023).date == "2023-08-31"


def test_months_in_a_bracket_of_no_stage_and_a_stages_year_read_as_before():
    # guards: months in a bracket after no 阶段 (a note), a stage dated with its year (round 42's reading)
    assert text_deadline("落实巡查制度（9月）。", plan_year=2023).raw is None
    assert text_deadline("完善台账（4月-5月）。", plan_year=2023).raw is None
    assert text_deadline("集中攻坚阶段（2023年8月至11月）各区落实。", plan_year=2023).date == "2023-11"


# ---- a numbered heading on its own line over a few paragraphs that its list closes --------------------------------------

_ROADS = (
    "某区深化农村公路管理养护体制改革实施方案\n\n五、主要任务\n\n(一)完善农村公路管理养护体制\n\n"
    "1.强化区级主体责任\n\n区交通委是本区农村公路的行政主管部门。\n\n"
    "按照“有路必养”的要求，区发展改革委等部门应同步制定相关配套政策。\n\n"
    "(责任单位：区发展改革委、区交通委)\n\n"
    "2.加强养护绩效考核\n\n对农村公路管养工作进行绩效考核。\n\n"
    "考核结果作为安排管养经费的重要依据。(责任单位：区财政局、区交通委)\n"
)


def test_a_numbered_heading_titles_the_paragraphs_its_list_closes():
    # before: the text began at the last paragraph (按照“有路必养”…, 考核结果…), the heading's words lost (heldout 22)
    assert [t[:3] for t in _tasks(_ROADS)] == [
        (13, "强化区级主体责任", ["区发展改革委", "区交通委"]),
        (19, "加强养护绩效考核", ["区财政局", "区交通委"]),
    ]


def test_a_heading_over_numbered_items_or_two_tasks_titles_neither():
    # guards: a heading over items numbered 1. 2. (a group's), a heading whose paragraphs hold two tasks
    text = (
        "某区实施方案\n\n二、主要任务\n\n（一）完善管理体制\n\n各部门协同推进。\n\n"
        "1.建立工作机制。（责任单位：区交通委）\n\n2.完善考核办法。（责任单位：区财政局）\n"
    )
    assert [t[:2] for t in _tasks(text)] == [(9, "建立工作机制。"), (11, "完善考核办法。")]
    text = (
        "某区实施方案\n\n二、主要任务\n\n1.强化责任\n\n区交通委制定政策。\n\n推进改革。（责任单位：区交通委）\n\n"
        "完善考核。（责任单位：区财政局）\n"
    )
    assert [t[:2] for t in _tasks(text)] == [(9, "推进改革。"), (11, "完善考核。")]
    # a heading over its group's label line and items 1. 2. (round 55 fresh20/05): the items' texts as before
    text = (
        "某镇林下经济实施方案\n\n二、重点任务\n\n（一）发展林下种植\n\n责任单位：镇农业综合服务中心\n\n"
        "1.推广林下中药材种植，2026年10月底前完成。\n\n2.发展林下食用菌种植。\n"
    )
    assert [t[1] for t in _tasks(text)] == ["推广林下中药材种", "发展林下食用菌种"]
