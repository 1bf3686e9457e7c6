"""Round 62 (fresh33): plans of levels the fixtures had less of, each naming its units by its own full and short
forms (a 国务院办公厅 分工方案, a 省 plan to its 厅局 and 设区市, a 省委办公厅 plan with Party organs and 群团, a 盟's plan
to its 旗县, a 自治州's table, a 直辖市's plan to its 区, a 新区 管委会's plan to its 局 and 平台公司, a joint notice of
four ministries), read by hand before the parser ran (docs/round62_fresh33.md)."""

from __future__ import annotations

from reformgraph.loaders.parse import parse_document
from reformgraph.loaders.unit_names import ends_with_namesake
from tests.support.readings import task_rows

_TASK = "（一）落实育儿补贴制度。简化申领流程。（国家卫生健康委、财政部牵头，民政部按职责分工负责）\n"


def _rows(text: str) -> list[tuple[str, list[str], list[str], str | None]]:
    return task_rows(parse_document(text, path="plan.md"))


# ---- a plan's carried executor stated in a paragraph of its own ---------------------------------------------------


def _division(statement: str) -> str:
    return f"某某重点任务分工方案\n\n## 重点任务分工方案\n\n{statement}\n\n### 一、完善政策\n\n{_TASK}"


def test_a_paragraph_carrying_a_unit_into_every_task_is_no_task() -> None:
    rows = _rows(_division("各项任务均需各省级人民政府负责落实，不再列出。"))
    # before: a first task led by 各项任务均需各省级人民政府
    assert [r[1:3] for r in rows] == [(["国家卫生健康委", "财政部"], ["民政部", "各省级人民政府"])]


def test_the_carried_statements_read_before_still_read() -> None:
    # guards: in brackets, and with 以下 (rounds 32 and 44), as before
    for statement in (
        "（各项任务均需各省级人民政府负责落实，不再列出）",
        "以下各项任务均需各省级人民政府负责落实，不再列出。",
    ):
        assert [r[2] for r in _rows(_division(statement))] == [["民政部", "各省级人民政府"]]
    # a paragraph giving a unit a task with no 不再列出 is a task as before
    rows = _rows(_division("各省级人民政府负责落实属地责任，建立工作台账。"))
    assert rows[0][1] == ["各省级人民政府"] and len(rows) == 2


# ---- a sentence naming who carries out the whole plan -------------------------------------------------------------


def _plan(preamble: str) -> str:
    return (
        "某市城市地下管网更新改造行动方案\n\n"
        f"　　为提升城市安全韧性，制定本方案。{preamble}\n\n"
        "　　一、重点任务\n"
        "　　（一）推进供水管网改造。实施改造。（市水务局牵头，市财政局按职责分工负责）\n"
    )


def test_the_plan_carried_out_by_units_is_no_task() -> None:
    for preamble in (
        "本方案由市住房城乡建设委会同市发展改革委、市财政局等部门组织实施，各区政府承担属地主体责任。",
        "各旗县市区政府是本行动的责任主体，苏木乡镇是具体实施主体。",
        "各区人民政府作为本方案实施的责任主体，要细化措施。",
    ):
        assert [r[1] for r in _rows(_plan(preamble))] == [["市水务局"]], preamble  # before: a first task


def test_a_body_answering_for_its_own_area_or_a_task_still_reads() -> None:
    # guards: 本地区 (a body's area, round 41/43) and a 由 sentence naming no plan read as before
    assert _rows(_plan("各区政府是本地区管网改造的责任主体，市水务局加强指导。"))[0][1:3] == (
        ["各区政府"],
        ["市水务局"],
    )
    assert _rows(_plan("由市住房城乡建设委会同市财政局建立管网改造项目库。"))[0][1:3] == (
        ["市住房城乡建设委"],
        ["市财政局"],
    )


# ---- 团省委 with the office it hosts in brackets --------------------------------------------------------------------


def _youth(closing: str) -> str:
    return (
        "湘楚省建设青年发展型省份重点任务分工\n\n各项任务中，列在第一位的为牵头单位，其他为配合单位。\n\n"
        "1.加强青年思想政治引领。深化青年大学习行动。（团省委、省委宣传部、省教育厅）\n\n"
        f"{closing}\n"
    )


def test_the_league_committees_second_name_in_brackets_is_no_task() -> None:
    rows = _rows(
        _youth("各市州、各有关单位要于2026年12月10日前将年度任务完成情况报送团省委（省委青年工作领导小组办公室）。")
    )
    assert [r[1:3] for r in rows] == [(["团省委"], ["省委宣传部", "省教育厅"])]  # before: a task led by the office
    assert ends_with_namesake("报送团市委", "市委青年工作领导小组办公室")


def test_a_bracket_after_the_league_committee_naming_other_units_is_still_read() -> None:
    # guards: another place's office, a list, and a unit of no place are no second name of 团省委
    assert not ends_with_namesake("报送团省委", "市委青年工作领导小组办公室")
    assert not ends_with_namesake("报送团省委", "省教育厅、省人社厅")
    assert not ends_with_namesake("报送团省委", "省青年工作")


# ---- short forms defined with 下称, 以下称, and 简称…，下同 ------------------------------------------------------------------


def _defined(first: str) -> str:
    return (
        "某高新区科技企业孵化培育工作方案\n\n一、重点任务\n\n"
        f"（一）建设孵化载体。新建载体5万平方米。（{first}负责，规划建设局配合）\n"
        "（二）设立天使投资基金。首期到位3亿元。（投发集团牵头，财政金融局配合）\n"
    )


def test_a_short_form_defined_with_xiacheng_or_xiatong_is_the_full_name_and_one_unit() -> None:
    from reformgraph.aliases import AliasTable
    from reformgraph.build import build_graph

    for definition in (
        "（下称投发集团）",
        "（以下称“投发集团”）",
        "（简称投发集团，下同）",
        "（以下简称投发集团，下同）",
    ):
        text = _defined(f"青峰高新区投资发展集团有限公司{definition}")
        # before: the name with its bracket (下称), or no task at all (下同 read as a statement of the lists' convention)
        assert [r[1:3] for r in _rows(text)] == [
            (["青峰高新区投资发展集团有限公司"], ["规划建设局"]),
            (["投发集团"], ["财政金融局"]),
        ], definition
        graph = build_graph([parse_document(text, path="plan.md")], AliasTable.from_rows([]))
        units = sorted(d["name"] for _, d in graph.nodes(data=True) if d.get("kind") == "Unit")
        assert units == ["投发集团", "规划建设局", "财政金融局"], definition  # one unit for the two forms


def test_the_lists_convention_with_xiatong_and_a_bracket_naming_no_unit_read_as_before() -> None:
    # guards: a first-listed convention closed by 下同 is still one; a short form of no unit is no definition
    text = (
        "某高新区工作方案\n\n一、重点任务\n\n（一）建设孵化载体。新建载体。"
        "（责任单位：投发集团、财政金融局（列第一位的为牵头单位，下同））\n"
        "（二）设立基金。首期到位。（责任单位：财政金融局、投发集团）\n"
    )
    assert [r[1:3] for r in _rows(text)] == [(["投发集团"], ["财政金融局"]), (["财政金融局"], ["投发集团"])]
    from reformgraph.loaders.vocab import defined_short_forms

    assert defined_short_forms("建设孵化平台（下称“平台”），其名称（简称）统一规范。") == {}
