"""Round 63 (left32): the wordings round 62 left unread: a deadline naming an event the plan dates elsewhere (暗访前,
验收前, 考核前), a stage named by its title or its first words (在排查登记阶段完成, 整改阶段), festivals with no month
of their own (那达慕) or of the lunar calendar (火把节, “三月三”节前), a glossary of short forms written 简称：全称 one a
line, and what the plans showed beside them: a unit doing a thing named as a thing (县乡村振兴局组织的县级验收) and a
problem over its measure's label (问题1：…。 / 整改措施：…), read by hand before the parser ran
(docs/round63_left32.md)."""

from __future__ import annotations

from reformgraph.aliases import AliasTable
from reformgraph.build import build_graph
from reformgraph.loaders.deadlines import parse_deadline
from reformgraph.loaders.parse import parse_document
from reformgraph.loaders.plan_periods import CampaignPeriod
from reformgraph.loaders.vocab import glossary_short_forms
from tests.support.readings import deadline_readings, task_rows


def _rows(text: str, path: str = "plan.txt") -> list[tuple[str, list[str], list[str], str | None]]:
    return task_rows(parse_document(text, path=path))


_deadlines = deadline_readings  # (words, date) of every task


def _units(text: str, path: str = "plan.txt") -> list[str]:
    graph = build_graph([parse_document(text, path=path)], AliasTable.from_rows([]))
    return sorted(d["name"] for _, d in graph.nodes(data=True) if d.get("kind") == "Unit")


def _plan(preamble: str, *deadlines: str) -> str:
    items = "".join(
        f"{n}.开展第{n}项整治。完成整治任务。\n牵头单位：县卫生健康局\n配合单位：县财政局\n完成时限：{d}\n\n"
        for n, d in enumerate(deadlines, 1)
    )
    return f"某县巩固卫生县城工作方案\n\n{preamble}\n\n一、重点任务\n\n{items}某县爱卫办\n2026年3月16日\n"


# ---- an event the plan dates elsewhere ----------------------------------------------------------------------------


def test_a_deadline_before_an_event_the_plan_dates_in_its_preamble() -> None:
    text = _plan(
        "按照全国爱卫办安排，国家暗访预计于2026年7月开展，县级考核定于2026年11月20日进行。",
        "暗访前",
        "国家暗访前",
        "考核前",
    )
    # before: no date (暗访前, 考核前 name nothing the grammar dates)
    assert _deadlines(text) == [("暗访前", "2026-07"), ("国家暗访前", "2026-07"), ("考核前", "2026-11-19")]


def test_an_event_dated_as_a_stage_of_the_schedule_and_during_an_event() -> None:
    text = _plan(
        "二、实施步骤\n\n（一）建设阶段（2026年4月—9月）。\n（二）检查验收阶段（2026年10月）。\n\n"
        "那达慕大会定于2026年7月15日至17日在旗会场举办。",
        "县级验收前",
        "那达慕大会期间",
        "那达慕前",
    )
    assert _deadlines(text) == [("县级验收前", "2026-10"), ("那达慕大会期间", "2026-07-17"), ("那达慕前", "2026-07-14")]


def test_events_the_plan_dates_nowhere_read_no_date() -> None:
    # guards: the event named with no time given it, its time after another word (结束后), a word that is no event
    text = _plan("国家暗访结束后，及时开展总结。验收工作另行通知。", "暗访前", "验收前", "年底前")
    assert _deadlines(text) == [("暗访前", None), ("验收前", None), ("年底前", "2026-12")]
    assert CampaignPeriod("动员大会于2026年3月召开。").event_end("2026年6月底前", 2026) is None


# ---- a stage named by its title -----------------------------------------------------------------------------------

_STAGES = (
    "二、时间安排\n\n第一阶段：排查登记（2026年3月—4月）。全面排查。\n\n第二阶段：集中整治（2026年5月—9月）。逐一整改。"
)


def test_a_stage_named_by_the_title_its_number_is_given() -> None:
    text = _plan(_STAGES, "在排查登记阶段完成", "排查登记阶段结束前", "集中整治阶段")
    # before: none of them dated (the schedule writes 第一阶段：排查登记, never 排查登记阶段)
    assert _deadlines(text) == [
        ("在排查登记阶段完成", "2026-04"),
        ("排查登记阶段结束前", "2026-04"),
        ("集中整治阶段", "2026-09"),
    ]


def test_a_stage_named_by_the_first_words_of_its_name() -> None:
    schedule = "（一）立行立改阶段（2026年3月—4月）。\n（二）整改提升阶段（2026年5月—8月）。"
    assert _deadlines(_plan(schedule, "整改阶段", "整改阶段结束前")) == [
        ("整改阶段", "2026-08"),
        ("整改阶段结束前", "2026-08"),
    ]
    # guards: two stages opening with the words (which one is meant is not said); the words in brackets after no 阶段
    two = "（一）整改提升阶段（2026年5月）。\n（二）整改落实阶段（2026年6月）。"
    assert _deadlines(_plan(two, "整改阶段")) == [("整改阶段", None)]
    assert _deadlines(_plan("开展排查登记（2026年3月）。", "排查登记阶段")) == [("排查登记阶段", None)]


# ---- festivals ----------------------------------------------------------------------------------------------------


def test_the_torch_festival_is_the_month_it_falls_in() -> None:
    # the lunar 24th of the sixth month: 6 August 2026, 18 July 2025, 27 July 2027 (before: no date, or the bare year)
    assert parse_deadline("火把节前", 2026).date == "2026-08"
    assert parse_deadline("2026年火把节期间").date == "2026-08"
    assert parse_deadline("2025年火把节前").date == "2025-07"
    assert parse_deadline("2027年“火把节”前").date == "2027-07"
    # guards: a torch is no festival; a year beyond the table reads the year, as 端午's
    assert parse_deadline("火把、篝火活动期间", 2026).date is None
    # (round 67 left37: the table holds 2020–2035, so 2031's is its month, 11 August; the year beyond it is 2036)
    assert parse_deadline("2031年火把节前").date == "2031-08"
    assert parse_deadline("2036年火把节前").date == "2036-12"


def test_the_quote_closed_before_jie() -> None:
    # “三月三”节前: before, the bare year (2026-12) or nothing
    assert parse_deadline("“三月三”节前", 2026).date == "2026-04"
    assert parse_deadline("2026年“三月三”节前").date == "2026-04"
    assert parse_deadline("“三月三”节期间", 2026).date == "2026-04"
    # guards: dates of March read as before
    assert parse_deadline("2026年三月三日前").date == "2026-03-03"
    assert parse_deadline("三月三十日前", 2026).date == "2026-03-30"


def test_a_festival_with_no_month_reads_no_date() -> None:
    # 那达慕: each banner sets its days; before: 2026年那达慕前 read as the bare year (2026-12)
    for words in ("那达慕前", "2026年那达慕前", "那达慕期间", "2026年那达慕大会期间"):
        read = parse_deadline(words, 2026)
        assert (read.raw, read.date, read.status) == (words, None, None)
    # guards: a date beside it stays the date; a plan dating its own 那达慕 gives it
    assert parse_deadline("2026年7月底前（那达慕前）").date == "2026-07"
    assert _deadlines(_plan("本旗那达慕大会定于2026年7月中旬举办。", "那达慕前")) == [("那达慕前", "2026-07")]


# ---- a glossary of short forms 简称：全称 ----------------------------------------------------------------------------

_TASKS = (
    "某县火把节安全保障工作方案\n\n二、主要任务\n\n"
    "（一）场地评估。开展评估。\n责任单位：县住建局（牵头），县饮水站\n时间节点：2026年7月底前\n\n"
    "（二）供水保障。组织巡检。\n责任单位：某县农村饮水安全管理站\n时间节点：2026年7月底前\n\n"
)


def test_a_glossary_of_short_forms_one_a_line_short_first() -> None:
    glossary = "附件\n\n单位简称对照表\n\n县住建局：某县住房和城乡建设局\n县饮水站：某县农村饮水安全管理站\n"
    # before: 县饮水站 and 某县农村饮水安全管理站 two units, the glossary's lines defining nothing
    assert _units(_TASKS + glossary) == ["县住房城乡建设局", "县饮水站"]
    assert len(_rows(_TASKS + glossary)) == 2
    assert glossary_short_forms(["单位简称对照表", "1.某县应急管理局：县应急局；"]) == (
        {"某县应急管理局": "县应急局"},
        [(1, 2)],
    )


def test_a_list_of_short_forms_after_a_sentence_ending_yixia_jiancheng() -> None:
    text = (
        "某县火把节安全保障工作方案\n\n为做好保障工作，制定本方案。本方案中下列单位以下简称：\n县住建局：某县住房和城乡建设局\n"
        "县饮水站：某县农村饮水安全管理站\n\n" + _TASKS.split("\n\n", 1)[1]
    )
    assert _units(text) == ["县住房城乡建设局", "县饮水站"]


def test_colon_lines_that_define_no_short_form() -> None:
    # guards: colon lines under another title; a contact line; a lead-in over names that are no units'
    assert glossary_short_forms(["附件：参会单位名单", "县应急局：某县应急管理局"]) == ({}, [])
    assert glossary_short_forms(["单位简称对照表", "联系人：王某某，电话：138xxxx0000"]) == ({}, [])
    assert glossary_short_forms(["本方案以下简称：", "最多跑一次：“最多跑一次”改革"]) == ({}, [])
    assert len(_units(_TASKS)) == 3  # with no glossary, the two names of one body stay two units


# ---- what the plans showed beside them ----------------------------------------------------------------------------


def _stage_plan(stage_sentence: str) -> str:
    return (
        "某镇示范村创建方案\n\n一、实施步骤\n\n（一）动员部署阶段（2026年3月）。制定方案。\n"
        f"（二）检查验收阶段（2026年10月）。{stage_sentence}\n\n"
        "二、重点任务\n\n1.村庄规划编制。完成编制。\n牵头单位：镇规划建设服务中心\n完成时限：2026年5月底前\n"
    )


def test_a_unit_doing_a_thing_named_as_a_thing_is_no_subject() -> None:
    # before: a task led by 迎接县乡村振兴局 (its verb 组织 read as the subject's)
    assert len(_rows(_stage_plan("镇里组织自查，迎接县乡村振兴局组织的县级验收。"))) == 1
    assert len(_rows(_stage_plan("参加县农业农村局组织的培训。"))) == 1
    # an item opening so (unit_led_item's path, round 37): before, a task led by 参加县农业农村局 / 接受县乡村振兴局
    item = "某镇方案\n\n一、步骤\n\n（三）检查验收。{}\n\n二、任务\n\n1.规划编制。完成编制（牵头单位：镇规划建设服务中心）。\n"
    assert len(_rows(item.format("参加县农业农村局组织的培训。"))) == 1
    assert len(_rows(item.format("接受县乡村振兴局组织的县级验收。"))) == 1
    assert [r[1] for r in _rows(item.format("县乡村振兴局组织县级验收。"))] == [
        ["县乡村振兴局"],
        ["镇规划建设服务中心"],
    ]
    # guard: the unit organising it, a subject's verb, is a task as before (round 36)
    rows = _rows(_stage_plan("县乡村振兴局组织县级验收。"))
    assert [r[1] for r in rows] == [["县乡村振兴局"], ["镇规划建设服务中心"]]


def _problem_block(first: str) -> str:
    return (
        "某局巡察整改方案\n\n二、问题清单及整改措施\n\n"
        f"{first}\n整改措施：全面排查项目，建立管护台账。\n责任股室：农田建设管理股\n整改时限：2026年8月底前\n\n"
        "问题2：涉农资金公示不规范。\n整改措施：逐一核查公示情况。\n责任股室：计划财务股\n整改时限：2026年9月底前\n"
    )


def test_a_problem_over_its_measures_label_titles_the_task() -> None:
    # before: the text was the 整改措施 line's (the problem, a sentence of its own, left out)
    rows = _rows(_problem_block("问题1：高标准农田建设项目后期管护不到位。"))
    assert [r[0][:8] for r in rows] == ["高标准农田建设项", "涉农资金公示不规"]
    # guard: a field of another kind above the measure's label is no problem titling it
    rows = _rows(_problem_block("工作目标：完成管护。"))
    assert rows[0][0].startswith("全面排查项目")
