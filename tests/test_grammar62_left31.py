"""Round 62 (left31): the left-overs named this session and their neighbours: deadlines before the festivals of the
lunar calendar and of a region (广西's “三月三”), an annex's table of short forms (单位简称对照表) read as the plan's
definitions, and a covering notice's publicity point (加强宣传引导), read by hand before the parser ran
(docs/round62_left31.md)."""

from __future__ import annotations

from reformgraph.aliases import AliasTable
from reformgraph.build import build_graph
from reformgraph.loaders.deadlines import parse_deadline
from reformgraph.loaders.parse import parse_document
from reformgraph.loaders.vocab import glossary_short_forms
from tests.support.readings import task_rows


def _rows(text: str, path: str = "plan.txt") -> list[tuple[str, list[str], list[str], str | None]]:
    return task_rows(parse_document(text, path=path))


def _units(text: str, path: str = "plan.md") -> list[str]:
    graph = build_graph([parse_document(text, path=path)], AliasTable.from_rows([]))
    return sorted(d["name"] for _, d in graph.nodes(data=True) if d.get("kind") == "Unit")


# ---- “三月三”, the lunar third of the third month -------------------------------------------------------------------


def test_sanyuesan_is_read_as_the_month_it_falls_in() -> None:
    # 2026: 19 April; 2025: 31 March; 2028: 28 March (before: the bare year, or nothing without one)
    assert parse_deadline("2026年“三月三”前", 2026).date == "2026-04"
    assert parse_deadline("“三月三”前", 2026, "2026-02-26").date == "2026-04"
    assert parse_deadline("“三月三”期间", 2026).date == "2026-04"
    assert parse_deadline("2025年“三月三”前", 2025).date == "2025-03"
    assert parse_deadline("2028年三月三期间", 2028).date == "2028-03"


def test_sanyuesan_in_a_tasks_words() -> None:
    text = (
        "某自治县2026年民族文化活动方案\n\n一、工作任务\n\n"
        "（一）做好景区接待准备。县文化广电体育和旅游局负责，县交通运输局配合，“三月三”前完成。\n\n"
        "（二）开展消费活动。县商务局负责，2026年“三月三”期间开展。\n"
    )
    assert [r[3] for r in _rows(text)] == ["2026-04", "2026-04"]


def test_the_third_of_march_and_the_other_festivals_read_as_before() -> None:
    # guards: a date of March (三月三日, 三月三十日) is no festival; the national festivals keep their readings
    assert parse_deadline("2026年三月三日前", 2026).date == "2026-03-03"
    assert parse_deadline("2026年3月3日前", 2026).date == "2026-03-03"
    assert parse_deadline("2026年三月三十日前", 2026).date == "2026-03-30"
    # beyond the table: the year, as 端午's (round 67 left37: the table holds 2020–2035; 2031's is 25 March)
    assert parse_deadline("2036年“三月三”前", 2036).date == "2036-12"
    assert parse_deadline("2031年“三月三”前", 2031).date == "2031-03"
    read = {raw: parse_deadline(raw, 2026, "2026-03-05").date for raw in ("端午节前", "中秋节前", "国庆节前", "元旦前")}
    assert read == {"端午节前": "2026-06", "中秋节前": "2026-09", "国庆节前": "2026-09-30", "元旦前": "2026-12"}
    assert parse_deadline("春节前", 2026, "2026-03-05").date == "2027-02"  # after 2026's: the next one's
    assert parse_deadline("春节前", 2026, "2026-01-16").date == "2026-02"


# ---- an annex's table of short forms ----------------------------------------------------------------------------

_TASKS = (
    "某市2026年公共数据工作方案\n\n二、重点任务\n\n"
    "（一）编制数据目录。梳理公共数据资源。（牵头单位：市数据局；配合单位：市通信办；完成时限：2026年6月底前）\n\n"
    "（二）建设授权运营平台。上线运行。（牵头单位：某市政务服务和大数据管理局；完成时限：2026年9月底前）\n\n"
)


def test_a_table_of_short_forms_joins_each_short_form_to_its_full_name() -> None:
    glossary = (
        "附件\n\n### 单位简称对照表\n\n| 序号 | 简称 | 全称 |\n|---|---|---|\n"
        "| 1 | 市数据局 | 某市政务服务和大数据管理局 |\n| 2 | 市通信办 | 某市通信发展管理办公室 |\n"
    )
    # before: 市数据局 and 某市政务服务和大数据管理局 two units
    assert _units(_TASKS + glossary) == ["市数据局", "市通信办"]
    assert [r[1] for r in _rows(_TASKS + glossary, "plan.md")] == [["市数据局"], ["某市政务服务和大数据管理局"]]
    # the columns the other way round, named 单位全称 / 单位简称
    swapped = "附件\n\n| 单位全称 | 单位简称 |\n|---|---|\n| 某市政务服务和大数据管理局 | 市数据局 |\n"
    assert _units(_TASKS + swapped) == ["市数据局", "市通信办"]


def test_a_list_of_full_names_with_their_short_forms_under_its_title() -> None:
    glossary = (
        "附件\n\n单位简称对照表\n\n1.某市政务服务和大数据管理局（市数据局）\n2.某市通信发展管理办公室（市通信办）\n"
    )
    assert _units(_TASKS + glossary, "plan.txt") == ["市数据局", "市通信办"]
    # the list's last line, the document's last, is no task (before: a task led by 市通信办)
    assert len(_rows(_TASKS + glossary)) == 2


def test_tables_and_lists_that_define_no_short_form() -> None:
    # guards: a 简称 column beside no full name's; a list under another title; names that are no units'
    assert glossary_short_forms(["| 简称 | 说明 |", "|---|---|", "| 市数据局 | 负责汇总 |"]) == ({}, [])
    assert glossary_short_forms(["附件：参会单位名单", "1.某市政务服务和大数据管理局（市数据局）"]) == ({}, [])
    assert glossary_short_forms(["简称对照表", "1.“最多跑一次”改革（最多跑一次）"]) == ({}, [])
    assert len(_units(_TASKS)) == 3  # with no glossary, the two names of one body stay two units


# ---- a covering notice's publicity point --------------------------------------------------------------------------


def _notice(point: str, plan_item: str = "") -> str:
    return (
        "关于印发《某县文明实践活动方案》的通知\n\n各乡镇，县直各单位：\n\n"
        "现将《某县文明实践活动方案》印发给你们，并就有关事项通知如下：\n\n"
        f"{point}\n\n某县文明办\n2026年1月16日\n\n某县文明实践活动方案\n\n二、重点活动\n\n"
        "（一）开展送春联活动。县文联要组织书法家写春联，春节前完成。\n\n"
        f"{plan_item}"
    )


def test_a_covering_notices_publicity_point_is_no_task() -> None:
    for title in ("加强宣传引导", "强化宣传引导", "做好宣传引导"):
        rows = _rows(_notice(f"三、{title}。县融媒体中心要及时宣传报道各地活动开展情况。"))
        # before: a task led by 县融媒体中心
        assert [r[1] for r in rows] == [["县文联"]], title


def test_a_publicity_point_of_a_plan_or_of_a_notice_that_is_the_plan_is_a_task() -> None:
    # guards: the plan's own item (round 40 fresh/05's （四）); a notice sending nothing out (round 41 left/03's 六、)
    rows = _rows(_notice("", "（七）加强宣传引导。县委宣传部要开设专题专栏，持续推进。\n"))
    assert [r[1] for r in rows] == [["县文联"], ["县委宣传部"]]
    notice = (
        "某县教育局关于做好课后服务工作的通知\n\n各学校：\n\n现就有关事项通知如下。\n\n"
        "一、实现课后服务全覆盖。县教育局基础教育股要指导学校制定课后服务实施方案。\n\n"
        "二、加强宣传引导。县教育局办公室要及时总结推广典型经验，2026年6月底前完成。\n"
    )
    assert [r[1] for r in _rows(notice)] == [["县教育局基础教育股"], ["县教育局办公室"]]
