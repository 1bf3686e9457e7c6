"""Round 62 (fresh32): plan genres the fixtures had little of (a 专项整治 whose deadlines are its stages, a 卫生城市复审
任务分解, a 考核指标 分解表, a 党建工作要点 分工, a 数字政府 项目清单 and a 标准化试点 项目 list with 建设内容 / 建设周期, an
改革任务台账 with 预期成果 / 成果形式, a 镇 专项行动 whose tasks name its numbered stages, a 高校党委 工作要点), read by hand
before the parser ran (docs/round62_fresh32.md)."""

from __future__ import annotations

from reformgraph.loaders.date_words import years_from_start
from reformgraph.loaders.parse import parse_document
from reformgraph.loaders.plan_periods import stage_named
from reformgraph.loaders.vocab import LABEL_ROLES, split_role
from tests.support.readings import task_rows


def _rows(text: str, path: str = "plan.txt") -> list[tuple[str, list[str], list[str], str | None]]:
    return task_rows(parse_document(text, path=path))


def _deadlines(text: str, path: str = "plan.txt") -> list[tuple[str | None, str | None, str | None]]:
    doc = parse_document(text, path=path)
    return [(m.deadline.raw, m.deadline.date, m.deadline.status) for w in doc.workplans for m in w.measures]


# ---- a 卫生城市/文明城市 plan's standard items: 复审指标：… over 牵头单位： / 责任单位： ---------------------------------------

_REVIEW = (
    "某市迎接国家卫生城市复审工作任务分解方案\n\n二、任务分解\n\n（一）爱国卫生组织管理\n\n"
    "1.{label}：爱国卫生组织机构健全，每年召开爱卫会全体会议不少于1次。\n"
    "牵头单位：市爱卫办\n责任单位：各区人民政府\n完成时限：2026年4月底前\n\n"
    "2.{label}：居民健康素养水平达到28%以上。\n"
    "牵头单位：市卫生健康委\n责任单位：市教育局\n完成时限：2026年6月30日前\n"
)


def test_a_standard_items_label_is_no_part_of_the_tasks_words() -> None:
    for label in ("复审指标", "评审内容", "测评内容"):
        rows = _rows(_REVIEW.format(label=label))
        # before: 复审指标：爱国卫生组织机构健全… (the label kept in the task's words)
        assert [r[0][:8] for r in rows] == ["爱国卫生组织机构", "居民健康素养水平"], label
        assert [r[1:] for r in rows] == [
            (["市爱卫办"], ["各区人民政府"], "2026-04"),
            (["市卫生健康委"], ["市教育局"], "2026-06-30"),
        ]
    # guard: a label of no measure's kind stays in the words (复审要求 is none of them)
    assert _rows(_REVIEW.format(label="复审要求"))[0][0].startswith("复审要求：")


def test_a_civilized_city_table_reads_its_evaluation_items_as_before() -> None:
    # guard (round 46 fresh12/04's layout): 测评项目 | 测评内容 | 责任单位, the 测评内容 the task's words as before
    text = (
        "某区文明城市测评体系任务分解表\n\n| 测评项目 | 测评内容 | 责任单位 | 完成时限 |\n|---|---|---|---|\n"
        "| 公共场所秩序 | 主次干道无乱停乱放 | 区城市管理局 | 长期坚持 |\n"
        "| 窗口服务 | 政务服务大厅文明服务规范 | 区政务服务中心 | 2025年6月底前 |\n"
    )
    assert _rows(text, "plan.md") == [
        ("主次干道无乱停乱放", ["区城市管理局"], [], None),
        ("政务服务大厅文明服务规范", ["区政务服务中心"], [], "2025-06"),
    ]


# ---- a project list's 参建单位 and its 建设周期 field ------------------------------------------------------------------


def test_the_units_taking_part_in_building_a_project_support() -> None:
    assert LABEL_ROLES["参建单位"] == "support"
    text = (
        "某县数字政府建设重点项目清单\n\n| 序号 | 项目名称 | 建设内容 | 建设周期 | 牵头单位 | 参建单位 |\n"
        "| --- | --- | --- | --- | --- | --- |\n"
        "| 1 | 县级政务云扩容 | 新增云主机算力400核 | 2026年4月至2026年9月 | 县数据局 | 县财政局、县委网信办 |\n"
    )
    # before: 参建单位 no role's column, its units lost
    assert _rows(text, "plan.md") == [("县级政务云扩容", ["县数据局"], ["县财政局", "县委网信办"], "2026-09")]


_PROJECT = (
    "某市标准化试点示范项目建设任务\n\n一、项目建设任务\n\n项目一：养老服务标准化试点\n"
    "建设内容：建立居家社区养老服务标准体系，标准实施率达到90%以上。\n"
    "责任分工：由市民政局负责，市卫生健康委协助。\n{label}：2026年5月至12月\n"
)


def test_a_projects_building_period_field_is_its_deadline() -> None:
    # before: no deadline (建设周期 a deadline's column name only, not a field's label)
    assert _rows(_PROJECT.format(label="建设周期")) == [
        (
            "养老服务标准化试点建设内容：建立居家社区养老服务标准体系，标准实施率达到90%以上。",
            ["市民政局"],
            ["市卫生健康委"],
            "2026-12",
        )
    ]
    # guard: a label of no deadline's kind gives none
    assert _rows(_PROJECT.format(label="资金来源"))[0][3] is None


def test_a_partner_giving_technical_guidance_supports() -> None:
    assert split_role("市市场监管局给予技术指导") == ("市市场监管局", "support")
    text = _PROJECT.format(label="建设周期").replace(
        "由市民政局负责，市卫生健康委协助", "市文化广电旅游局负责组织实施，市市场监管局给予技术指导"
    )
    # before: 市市场监管局给予技术 led, 市文化广电旅游局 supported
    assert _rows(text)[0][1:3] == (["市文化广电旅游局"], ["市市场监管局"])
    # guards: 予以指导 as round 41; 指导 alone or after 负责 leads
    assert split_role("县财政局予以指导") == ("县财政局", "support")
    assert split_role("县财政局指导") == ("县财政局", "lead")
    assert split_role("市市场监管局负责技术指导") == ("市市场监管局", "lead")


def test_a_start_and_how_long_the_work_lasts_end_the_span() -> None:
    assert years_from_start("2026年6月起，为期18个月") == "2027-11"  # before: the start alone (ongoing)
    assert years_from_start("自2026年起为期两年") == "2027-12"
    assert years_from_start("自2026年7月1日起为期6个月") == "2026-12-31"
    text = _PROJECT.format(label="建设周期").replace("2026年5月至12月", "2026年6月起，为期18个月")
    assert _rows(text)[0][3] == "2027-11"
    # guards: days are no span read (a start alone: ongoing); round 57's years as before
    assert years_from_start("2026年6月起，为期18天") is None
    assert years_from_start("2026年起三年内完成改造") == "2028-12"


# ---- a task naming a stage of the schedule ----------------------------------------------------------------------------

_STAGES = (
    "某区电动自行车安全隐患专项整治行动方案\n\n二、整治时间和步骤\n\n"
    "（一）动员部署阶段（2026年3月）。制定细化方案。\n\n（二）集中整治阶段（2026年4月—8月）。集中攻坚。\n\n"
    "（三）巩固提升阶段（2026年9月—11月）。建立长效机制。\n\n三、整治任务\n\n"
    "| 序号 | 整治任务 | 牵头单位 | 配合单位 | {column} |\n| --- | --- | --- | --- | --- |\n"
    "| 1 | 全面摸排充电设施底数 | 区消防救援大队 | 各街道办事处 | 动员部署阶段 |\n"
    "| 2 | 打击非法改装行为 | 区公安分局交警大队 | 区商务局 | 集中整治阶段结束前 |\n"
    "| 3 | 推进充电设施建设 | 区住房城乡建设局 | 区发展改革局 | 巩固提升阶段结束前 |\n"
    "| 4 | 开展宣传 | 区应急管理局 | 区教育局 | 2026年6月底前 |\n"
)


def test_a_column_of_the_stage_a_task_is_done_in_is_its_deadline() -> None:
    # before: 完成阶段 no deadline's column (no date for any row); …阶段结束前 no stage's name
    assert [r[3] for r in _rows(_STAGES.format(column="完成阶段"), "plan.md")] == [
        "2026-03",
        "2026-08",
        "2026-11",
        "2026-06",
    ]
    # guard: a column named 实施阶段 as before (round 24), the stage with its end now read too
    assert [r[3] for r in _rows(_STAGES.format(column="实施阶段"), "plan.md")] == [
        "2026-03",
        "2026-08",
        "2026-11",
        "2026-06",
    ]


def test_a_stage_named_with_when_in_it() -> None:
    assert stage_named("集中整治阶段结束前") == "集中整治阶段"
    assert stage_named("在第一阶段内完成") == "第一阶段"
    assert stage_named("第三阶段建立并长期坚持") == "第三阶段"
    # guards: no stage's name (分阶段, 各阶段), a stage with a date of its own (its date is read)
    assert stage_named("分阶段推进") is None
    assert stage_named("各阶段工作") is None
    assert stage_named("第一阶段2024年6月") is None


_NUMBERED_STAGES = (
    "某镇不文明养犬行为专项整治行动方案\n\n一、行动时间及步骤\n\n本次行动分三个阶段进行：\n"
    "第一阶段：排查登记（2026年4月10日至5月10日）\n第二阶段：集中整治（2026年5月11日至8月31日）\n"
    "第三阶段：长效管理（2026年9月1日至12月31日）\n\n二、主要任务\n\n"
    "（一）开展犬只底数排查。此项工作由镇综治中心牵头，镇派出所配合，{first}。\n\n"
    "（二）查处违规养犬行为。镇综合行政执法队负责，各村（居）民委员会协助，第二阶段结束前完成集中查处。\n\n"
    "（三）加强犬只免疫。责任单位：镇农业综合服务中心；协助单位：镇卫生院。完成时间：第二阶段。\n\n"
    "（四）开展文明养犬宣传。由镇党政办公室负责，各村（居）民委员会配合，2026年6月底前完成。\n\n"
    "三、工作要求\n\n整治期间实行工作周报制度。\n"
)


def test_a_task_naming_a_numbered_stage_is_due_at_its_end() -> None:
    # before: (一) and (二) took the third stage's time (its line read as a heading over 二、主要任务), (三) no date
    assert _deadlines(_NUMBERED_STAGES.format(first="在第一阶段内完成")) == [
        ("在第一阶段内完成", "2026-05-10", "scheduled"),
        ("第二阶段结束前完成集中查处", "2026-08-31", "scheduled"),
        ("第二阶段", "2026-08-31", "scheduled"),
        ("2026年6月底前完成", "2026-06", "scheduled"),
    ]


def test_a_list_of_stages_heads_no_later_part() -> None:
    # the first task states no time: before, the third stage's (2026-12-31) from the stage lines above 二、主要任务
    assert _deadlines(_NUMBERED_STAGES.format(first="逐户建立台账"))[0] == (None, None, None)
    # guard: a stage line heading the items under it passes its time to them (round 39), as before
    text = (
        "某镇专项整治方案\n\n三、实施步骤\n\n第一阶段：宣传发动（2026年3月—4月）\n\n"
        "1.召开动员会。（镇综治中心负责）\n\n2.张贴宣传标语。（镇党政办公室负责）\n"
    )
    assert [d[1] for d in _deadlines(text)] == ["2026-04", "2026-04"]


def test_a_stage_named_where_the_plan_dates_no_stage_has_no_date() -> None:
    # guard: a stage's name the plan gives no time reads no date
    text = "某镇专项整治方案\n\n二、主要任务\n\n（一）开展排查。由镇综治中心牵头，镇派出所配合，在第一阶段内完成。\n"
    assert _deadlines(text)[0][1] is None


# ---- a table's deadline cells referring to the row's stage ------------------------------------------------------------

_STAGE_TABLE = (
    "某县露天烧烤专项整治行动方案\n\n二、整治任务和步骤\n\n"
    "| 阶段 | 工作任务 | 牵头单位 | 配合单位 | 完成时限 |\n| --- | --- | --- | --- | --- |\n"
    "| 宣传摸底阶段（2026年4月1日—4月30日） | 开展政策宣传 | 县城市管理局 | 县融媒体中心 | 2026年4月15日前 |\n"
    "|  | 摸排油烟净化设施安装情况 | 县生态环境分局 | 县市场监管局 | {cell} |\n"
    "| 集中整治阶段（2026年5月1日—8月31日） | 取缔露天烧烤摊点 | 县城市管理局 | 县公安局 | 本阶段 |\n"
    "|  | 规划设置集中经营点 | 县住房城乡建设局 | 县自然资源局 | 2026年7月31日前 |\n"
)


def test_a_deadline_cell_naming_the_rows_stage_is_its_end() -> None:
    # before: 本阶段结束前 and 本阶段 read no date, nor a blank cell under the stage's cell merged down
    for cell in ("本阶段结束前", "本阶段内", ""):
        assert [r[3] for r in _rows(_STAGE_TABLE.format(cell=cell), "plan.md")] == [
            "2026-04-15",
            "2026-04-30",
            "2026-08-31",
            "2026-07-31",  # guard: a row's own date first, under its stage's merged cell too
        ], cell


def test_this_stage_with_no_stage_column_reads_no_date() -> None:
    # guard: 本阶段 where no column names the stages: no date, as before
    text = (
        "某县专项整治方案\n\n| 序号 | 工作任务 | 牵头单位 | 完成时限 |\n| --- | --- | --- | --- |\n"
        "| 1 | 取缔露天烧烤摊点 | 县城市管理局 | 本阶段 |\n"
    )
    assert _rows(text, "plan.md")[0][3] is None
