"""Round 63, heldout4: a fourth batch of real held-out plans (tests/fixtures/heldout 23-28, copied byte for byte from
zhiyao87/Shanghai-Gov-Docs-Index and read by hand before the loader ran on them): the general rules their misses asked
for, each with its guards (docs/round63_heldout4.md)."""

from __future__ import annotations

from reformgraph.loaders.parse import parse_document
from reformgraph.loaders.prose import read_prose
from reformgraph.loaders.unit_lists import read_units
from reformgraph.loaders.unit_names import is_unit_name
from tests.support.readings import numbered_rows


def _tasks(text: str) -> list[tuple]:
    return numbered_rows(parse_document(text, path="plan.txt"), 8, "raw")


# ---- a task table flattened one cell per line: a merged 任务名称 cell, a unit cell wrapped after its 、 ----------------

_BODY = "某区垃圾分类实施方案\n\n一、主要任务\n\n（一）推进全面覆盖\n\n开展创建活动。\n\n（二）加快体系建设\n\n建成服务点。\n\n"
_HEADER = "附件\n\n工作任务清单\n\n序号\n\n任务名称\n\n任务内容\n\n牵头部门\n\n配合部门\n\n时间节点\n\n"


def test_a_body_heading_right_after_a_row_number_is_the_rows_merged_cell():
    # before: 推进全面覆盖 (a body heading) read as a section row, the row after its number lost (heldout 24 rows 9, 12)
    rows = (
        "1\n\n推进全面覆盖\n\n开展达标创建活动。\n\n各街镇\n\n区绿化市容局\n\n2019年\n\n"
        "2\n\n用好在职党员双报到制度。\n\n区委组织部\n\n各街镇\n\n2019年6月\n\n"
    )
    got = _tasks(_BODY + _HEADER + rows)
    assert [(line, leads, supports, raw) for line, _, leads, supports, raw in got if line > 20] == [
        (35, ["各街镇"], ["区绿化市容局"], "2019年"),
        (45, ["区委组织部"], ["各街镇"], "2019年6月"),
    ]


def test_a_body_heading_between_rows_still_opens_a_section():
    # guard: the heading repeated on a line of its own after a complete row is a section row, the rows read as before
    rows = (
        "1\n\n开展达标创建活动。\n\n各街镇\n\n区绿化市容局\n\n2019年\n\n"
        "加快体系建设\n\n"
        "2\n\n建成两网融合服务点。\n\n区绿化市容局\n\n区商务委\n\n2019年6月\n\n"
    )
    doc = parse_document(_BODY + _HEADER + rows, path="plan.txt")
    table = [w for w in doc.workplans if any(m.line > 20 for m in w.measures)]
    assert [(m.line, [u.raw for u in m.leads]) for w in table for m in w.measures] == [
        (33, ["各街镇"]),
        (45, ["区绿化市容局"]),
    ]
    assert [w.title for w in table][-1] == "加快体系建设"


def test_a_unit_cell_wrapped_after_its_separator_is_one_cell():
    # before: 区绿化市容局、 / 区农业农村委 read as two cells, 区绿化市容局 a lead beside 各街镇 (heldout 24 rows 9, 21)
    rows = (
        "1\n\n开展达标创建活动。\n\n各街镇\n\n区绿化市容局、\n\n区农业农村委\n\n2019年\n\n"
        "2\n\n加快推进湿垃圾处理项目。\n\n区政府办公室、区绿化市容局、\n\n区规划资源局、区重大办\n\n2019年\n\n"
    )
    got = _tasks(_BODY + _HEADER + rows)
    assert [(leads, supports) for line, _, leads, supports, _ in got if line > 20] == [
        (["各街镇"], ["区绿化市容局", "区农业农村委"]),
        (["区政府办公室", "区绿化市容局", "区规划资源局", "区重大办"], []),
    ]


def test_a_unit_cell_ending_with_a_name_is_whole():
    # guard: three lines of one unit each for two unit columns: the first two the lead cell, as before
    rows = "1\n\n党政机关垃圾分类全覆盖。\n\n区机管局\n\n区绿化市容局\n\n公共机构\n\n2019年9月\n\n"
    got = _tasks(_BODY + _HEADER + rows)
    assert [(leads, supports) for line, _, leads, supports, _ in got if line > 20] == [
        (["区机管局", "区绿化市容局"], ["公共机构"])
    ]


# ---- names: 区属国企, 各街道、镇, 街道 alone ------------------------------------------------------------------------------

_MEASURES = "某区盘活低效用地行动方案\n\n一、重点任务\n\n"


def test_the_state_enterprises_a_district_owns_are_a_unit():
    # before: （各街镇、区属国企） no unit list, the measure lost (heldout 23 lines 72, 74, 88)
    text = (
        _MEASURES
        + "1.开展收储出让。鼓励收储。（各街镇、区规划资源局）\n\n2.开展资源收购。鼓励整体收购。（各街镇、区属国企）\n"
    )
    assert [leads for _, _, leads, _, _ in _tasks(text)] == [["各街镇", "区规划资源局"], ["各街镇", "区属国企"]]
    # guards: 国企 or 央企 alone is a kind, no unit; a verb before it makes no name
    assert (is_unit_name("区属国企"), is_unit_name("国企"), is_unit_name("央企"), is_unit_name("深化国企")) == (
        True,
        False,
        False,
        False,
    )


def test_every_street_office_and_town_is_one_collective():
    # before: 各街道、镇 read as 各街道 and 镇 (no unit), the list none and its paragraph lost (heldout 25 line 56)
    text = "某区装修垃圾处理工作方案\n\n三、职责分工\n\n区绿化市容局负责全面管理。\n\n各街道、镇作为本辖区装修垃圾处理的责任主体，负责日常监管。\n"
    assert [(line, leads) for line, _, leads, _, _ in _tasks(text)] == [(5, ["区绿化市容局"]), (7, ["各街道、镇"])]
    assert [u.name for u in read_units("各街道、乡镇", 0, 6, default="lead")] == ["各街道、乡镇"]


def test_a_street_office_beside_other_units_stays_apart():
    # guards: 各街道 before a district's bureau is two units; a street named and 各街道 alone are units
    assert [u.name for u in read_units("各街道、区财政局", 0, 8, default="lead")] == ["各街道", "区财政局"]
    assert [u.name for u in read_units("区绿化市容局、各街道", 0, 10, default="lead")] == ["区绿化市容局", "各街道"]
    assert (is_unit_name("各街道"), is_unit_name("石泉路街道"), is_unit_name("所在地街道")) == (True, True, True)


def test_a_street_alone_is_no_unit():
    # before: 由街道负责指定…, a rule for residents naming the local street office generically, read as a task (heldout 26
    # line 48)
    assert is_unit_name("街道") is False
    text = (
        "某区建筑垃圾处置管理实施意见\n\n一、管理要求\n\n（一）加强源头分类\n\n"
        "装修垃圾应投放在指定的堆放场所，无法设置的，由街道负责指定堆放场所。\n\n"
        "二、具体措施\n\n（一）定期通报\n\n区绿化市容局负责定期汇总申报与巡查结果。\n"
    )
    assert [(line, leads) for line, _, leads, _, _ in _tasks(text)] == [(13, ["区绿化市容局"])]


# ---- a two-column table of duties by unit, flattened ---------------------------------------------------------------------

_DUTIES = "附件2\n\n协调机制成员单位职责分工\n\n单位\n\n职责分工\n\n"


def test_a_two_column_duties_table_gives_each_unit_its_row():
    # before: a row was read only when its duties opened with 负责/指导 (one paragraph with the unit); 拟定…, 依法实施…
    # were none, 各街镇 / 各街镇是… read as the unit 各街镇各街镇 (heldout 28)
    rows = (
        "区规划资源局\n\n拟定本区工作方案，明确工作要求。\n\n区水务局\n\n依法实施水行政执法，查处违法行为。\n\n"
        "各街镇\n\n各街镇是违法用地综合整治的责任主体。\n"
    )
    assert _tasks("某区违法用地综合整治工作方案\n\n" + _DUTIES + rows) == [
        (11, "拟定本区工作方案", ["区规划资源局"], [], None),
        (15, "依法实施水行政执", ["区水务局"], [], None),
        (19, "各街镇是违法用地", ["各街镇"], [], None),
    ]


def test_a_unit_column_over_numbers_is_no_duties_table():
    # guards: 单位 over measures (a data table's unit of measure) and a duties column over names alone read no task
    data = "附件\n\n单位\n\n职责分工\n\n万元\n\n120\n\n吨\n\n35\n"
    names = "附件\n\n单位\n\n职责分工\n\n区财政局\n\n区水务局\n\n区应急局\n\n区税务局\n"
    for text in (data, names):
        try:
            got = _tasks("某区工作方案\n\n一、任务\n\n1.推进整治。（区规划资源局）\n\n" + text)
        except Exception:  # (a DocumentError: nothing read) would do too
            got = None
        assert got == [(5, "推进整治。", ["区规划资源局"], [], None)]


# ---- an actor's heading over its numbered duties ------------------------------------------------------------------------

_SECTION = "某区建筑垃圾处置管理实施意见\n\n三、分工与职责\n\n"


def test_the_duties_under_a_units_heading_are_its_tasks_and_the_heading_none():
    # before: the heading and its intro (…主要履行以下职责：) one task more beside its numbered duties (heldout 26)
    text = (
        _SECTION
        + "（一）虹口区绿化和市容管理局\n\n区绿化市容局是主管部门，负责具体管理工作，主要履行以下职责：\n\n"
        + "1.组织制定管理标准；\n\n2.开展宣传培训工作。\n\n"
        + "（二）上海市公安局虹口分局\n\n区公安分局是执法部门，负责对运输车辆违法行为进行处罚。\n"
    )
    assert [(line, leads) for line, _, leads, _, _ in _tasks(text)] == [
        (9, ["虹口区绿化和市容管理局"]),
        (11, ["虹口区绿化和市容管理局"]),
        (13, ["上海市公安局虹口分局"]),  # guard: a heading over a sentence and no numbered duty is one task
    ]


def test_every_street_office_heading_leads_its_numbered_duties():
    # before: a heading opening with 各 led nothing, its duties lost (heldout 26 lines 142-156)
    text = (
        _SECTION
        + "（一）各街道办事处\n\n各街道办事处负责辖区内建筑垃圾管理工作，主要履行以下职责：\n\n"
        + "1.加强宣传督促和执法；\n\n2.开展辖区内源头申报核查。\n"
    )
    assert [(line, leads) for line, _, leads, _, _ in _tasks(text)] == [
        (9, ["各街道办事处"]),
        (11, ["各街道办事处"]),
    ]


def test_a_kind_of_actor_or_an_open_collective_heading_leads_nothing():
    # before: （八）物业服务企业 led its five duties (heldout 26 lines 162-170); guard: 各级政府 leads none
    for heading in ("（一）物业服务企业", "（一）各级政府"):
        text = (
            _SECTION
            + "（二）区房管局\n\n区房管局是主管部门，主要履行以下职责：\n\n1.督促物业服务企业履行义务。\n\n"
            + heading
            + "\n\n主要履行以下职责：\n\n1.设置堆放点并设有明显标识；\n\n2.开展定期巡查。\n"
        )
        got = _tasks(text)
        assert got[0][0] == 9 and [line for line, *_ in got if line >= 15] == [], heading  # its duties lead nothing


# ---- one 职责分工 paragraph of several units' shares ----------------------------------------------------------------------


def _roles(text: str) -> list[tuple[str, str]] | None:
    read = read_prose(text, 0, len(text))
    return None if read is None else [(u.name, u.role) for u in read.units]


def test_the_owner_named_after_the_work_leads():
    # before: 该为民办实事项目建设主体为区应急局，统筹开展… gave 区应急局 no role (heldout 27 line 46)
    text = "该为民办实事项目建设主体为区应急局，统筹开展项目建设。区财政局负责落实项目所需经费。"
    assert _roles(text) == [("区应急局", "lead"), ("区财政局", "lead")]


def test_a_body_carrying_out_or_a_company_named_after_the_work_leads_nothing():
    # guards: 实施主体为B carries out the lead's task (SPEC), a company is no unit, a collective is read as before
    assert _roles("由区建管委牵头，实施主体为区城投公司，推进改造。") == [("区建管委", "lead")]
    assert _roles("本项目建设主体为社会资本方，政府给予补贴。") is None


def test_a_units_own_duty_of_directing_others_is_no_partners_clause():
    # before: A和B负责指导、协调C和D配合… after a sentence with a lead read A, B, C and D as 配合 partners (heldout 27)
    text = "区财政局负责落实经费。区房管局和区公安分局负责指导、协调物业服务企业和业委会配合该项工作的开展。"
    assert _roles(text) == [("区财政局", "lead"), ("区房管局", "lead"), ("区公安分局", "lead")]


def test_partners_after_a_lead_read_as_before():
    # guards: B、C配合 and B负责配合 after A负责 are A's partners
    assert _roles("区房管局负责组织实施。区财政局、区民政局配合。") == [
        ("区房管局", "responsible"),
        ("区财政局", "support"),
        ("区民政局", "support"),
    ]
    assert _roles("区房管局负责组织实施。区财政局负责配合。") == [("区房管局", "responsible"), ("区财政局", "support")]
