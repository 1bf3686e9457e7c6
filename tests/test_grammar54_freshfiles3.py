"""Round 54 (freshfiles3): plans of kinds not met before in office formats, and probes of their phrasings
(docs/round54_freshfiles3.md)."""

import pytest

from reformgraph.loaders.assign import _colons_restored
from reformgraph.loaders.read import parse_bytes
from tests.support.readings import plan_measures


def _plan(bracket: str) -> str:
    return (
        "某市2026年水资源刚性约束实施方案\n\n二、重点任务\n\n"
        f"1.分解下达用水总量指标。{bracket}\n\n"
        "2.开展节水型机关创建。（牵头单位：市水利局；配合单位：市教育局；每年）\n"
    )


@pytest.mark.parametrize("mark", ["/", " / ", "／", "|", "｜", "丨", "、", "——"])
def test_a_field_after_a_list_mark_is_a_field(mark: str) -> None:
    # before, `（牵头单位：A/配合单位：B、C/完成时限：…）` read `配合单位：B` and `完成时限：…` as lead units (a cell's
    # fields copied with a slash or a bar between them); now each label after a unit and a mark starts its field
    bracket = f"（牵头单位：市水利局{mark}配合单位：市发展改革委、市自然资源局{mark}完成时限：2026年6月底前）"
    assert plan_measures(_plan(bracket))[0] == (
        5,
        ["市水利局"],
        ["市发展改革委", "市自然资源局"],
        "2026年6月底前",
        "2026-06",
        "scheduled",
    )


def test_a_slash_between_units_stays_a_list() -> None:
    # a guard: `/` between two units of one field (no label after it) still separates units of that field
    bracket = "（牵头单位：市水利局/市自然资源局；配合单位：市发展改革委；完成时限：2026年6月底前）"
    assert plan_measures(_plan(bracket))[0][:3] == (5, ["市水利局", "市自然资源局"], ["市发展改革委"])


def test_a_label_after_words_that_name_no_unit_joins_them() -> None:
    # a guard: a label after work, not a unit, and a slash is not made a field (`_label_after_units`' own guard)
    bracket = "（牵头单位：市水利局；工作内容：推进计量/配合单位：市发展改革委）"
    before = plan_measures(_plan("（牵头单位：市水利局；工作内容：推进计量配合单位：市发展改革委）"))[0]
    assert plan_measures(_plan(bracket))[0][:3] == before[:3]


_HEADER = "<tr><td>序号</td><td>工作任务</td><td>牵头单位</td><td>配合单位</td><td>完成时限</td></tr>"


def _page(between: str, first_row: str) -> bytes:
    """A page saved from Word: a task table, ``between`` (a 续表 line or another table's title), a second table
    repeating the header whose first row is ``first_row``."""
    return (
        '<html><head><meta charset="utf-8"></head><body><p>某市根治欠薪重点任务分工表</p><table border="1">'
        f"{_HEADER}"
        "<tr><td>1</td><td>推行工资专用账户制度。</td><td>市住房城乡建设局</td><td>市人社局</td><td>2026年6月底前</td></tr>"
        '<tr><td rowspan="2">2</td><td>清偿政府投资项目工程款。</td><td rowspan="2">市发展改革委</td><td>市财政局</td>'
        "<td>2026年9月底前</td></tr>"
        "<tr><td>开展工程款支付专项检查。</td><td>市审计局</td><td>2026年10月底前</td></tr>"
        f'</table><p>{between}</p><table border="1">{_HEADER}{first_row}'
        "<tr><td>3</td><td>建设工资支付监控预警平台。</td><td>市人社局</td><td>市数据局</td><td>2026年10月底前</td></tr>"
        "</table></body></html>"
    ).encode()


def _page_tasks(page: bytes) -> list[tuple[int, list[str], list[str]]]:
    doc = parse_bytes(page, path="page.html")
    return [(m.line, [u.raw for u in m.leads], [u.raw for u in m.supports]) for w in doc.workplans for m in w.measures]


def test_a_page_table_going_on_under_xubiao_is_one_table() -> None:
    # before, a Word table split by a page break and saved as a web page (a portal's copy) was two tables: the row
    # after the split, its lead merged down from above in Word and empty in the page, named no lead (no task), and
    # the second table's rows counted from 2 again; now it goes on as in a .docx (continued_tables.continued_tables)
    continued = "<tr><td></td><td>建立拖欠工程款清偿台账。</td><td></td><td>市财政局</td><td>2026年11月底前</td></tr>"
    assert _page_tasks(_page("续表", continued)) == [
        (2, ["市住房城乡建设局"], ["市人社局"]),
        (3, ["市发展改革委"], ["市财政局"]),
        (4, ["市发展改革委"], ["市审计局"]),
        (6, ["市发展改革委"], ["市财政局"]),
        (7, ["市人社局"], ["市数据局"]),
    ]


def test_a_page_table_under_a_title_of_its_own_stays_apart() -> None:
    # a guard: a second table under a heading of its own (another annex) is a table of its own, counted from 2
    own = (
        "<tr><td>1</td><td>建立拖欠工程款清偿台账。</td><td>市财政局</td><td>市审计局</td><td>2026年11月底前</td></tr>"
    )
    assert [line for line, *_ in _page_tasks(_page("附表2 某市欠薪隐患排查任务表", own))] == [2, 3, 4, 2, 3]


_TAB_TABLE = (
    "某市根治欠薪重点任务分工表\n\n"
    "序号\t工作任务\t牵头单位\t配合单位\t完成时限\n"
    "1\t推行工资专用账户制度。\t市住房城乡建设局\t市人社局\t2026年6月底前\n"
    "2\t清偿政府投资项目工程款。\t市发展改革委\t市财政局\t2026年9月底前\n"
    "{row}\n"
    "3\t建设工资支付监控预警平台。\t市人社局\t市数据局\t2026年10月底前\n"
)


def test_a_tab_row_under_a_merged_number_keeps_its_cells_columns() -> None:
    # before, a Word or Excel table copied as text (cells apart by tabs) whose 序号 and 牵头单位 were merged down over
    # an item's second row placed that row's cells by what they hold: its 配合单位 (市审计局) read as its lead; now the
    # row is read by its tabs and takes the merged lead above, as a numbered row does (round 42)
    row = "\t开展工程款支付专项检查。\t\t市审计局\t2026年10月底前"
    assert plan_measures(_TAB_TABLE.format(row=row))[2] == (
        6,
        ["市发展改革委"],
        ["市审计局"],
        "2026年10月底前",
        "2026-10",
        "scheduled",
    )


def test_a_tab_row_with_its_own_lead_under_a_merged_number_keeps_it() -> None:
    # a guard: the second row of a merged 序号 with a lead of its own keeps its lead
    row = "\t开展工程款支付专项检查。\t市审计局\t市财政局\t2026年10月底前"
    assert plan_measures(_TAB_TABLE.format(row=row))[2][:3] == (6, ["市审计局"], ["市财政局"])


def test_a_tab_row_of_text_alone_still_goes_on_with_the_task_above() -> None:
    # a guard: a row of only text (a wrapped cell) under a numbered row is that row's text going on, no task
    row = "\t并对拖欠情况建立台账，\t\t\t"
    read = plan_measures(_TAB_TABLE.format(row=row))
    assert [line for line, *_ in read] == [4, 5, 7]
    assert read[1][1:3] == (["市发展改革委"], ["市财政局"])


def _pipe_plan(between: str, first_row: str) -> str:
    header = "| 序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限 |\n|---|---|---|---|---|\n"
    return (
        f"# 某市根治欠薪重点任务分工表\n\n{header}"
        "| 1 | 推行工资专用账户制度。 | 市住房城乡建设局 | 市人社局 | 2026年6月底前 |\n"
        "| 2 | 清偿政府投资项目工程款。 | 市发展改革委 | 市财政局 | 2026年9月底前 |\n"
        f"\n{between}\n\n{header}{first_row}\n"
        "| 3 | 建设工资支付监控预警平台。 | 市人社局 | 市数据局 | 2026年10月底前 |\n"
    )


def test_a_pipe_table_going_on_under_xubiao_is_one_table() -> None:
    # before, a Word table split under 续表 and converted to Markdown (pandoc) was two tables: the first row after
    # the split, its 序号 and lead merged down in Word and empty here, named no lead (no task); now it goes on
    row = "|  | 建立拖欠工程款清偿台账。 |  | 市审计局 | 2026年11月底前 |"
    assert [
        (line, leads, supports) for line, leads, supports, *_ in plan_measures(_pipe_plan("续表", row), "x.md")
    ] == [
        (5, ["市住房城乡建设局"], ["市人社局"]),
        (6, ["市发展改革委"], ["市财政局"]),
        (12, ["市发展改革委"], ["市审计局"]),
        (13, ["市人社局"], ["市数据局"]),
    ]


def test_a_pipe_table_under_a_title_of_its_own_stays_apart() -> None:
    # a guard: a second table under a heading of its own does not take the first one's merged cells
    row = "|  | 建立拖欠工程款清偿台账。 |  | 市审计局 | 2026年11月底前 |"
    read = plan_measures(_pipe_plan("附表2 某市欠薪隐患排查任务表", row), "x.md")
    assert [line for line, *_ in read] == [5, 6, 13]


def _tab_plan(between: str, sep: str = "\t") -> str:
    header = sep.join(["序号", "工作任务", "牵头单位", "配合单位", "完成时限"])
    return (
        f"某市根治欠薪重点任务分工表\n\n{header}\n"
        + sep.join(["1", "推行工资专用账户制度。", "市住房城乡建设局", "市人社局", "2026年6月底前"])
        + "\n"
        + sep.join(["2", "清偿政府投资项目工程款。", "市发展改革委", "市财政局", "2026年9月底前"])
        + f"\n\n{between}\n\n{header}\n"
        + "\t建立拖欠工程款清偿台账。\t\t市审计局\t2026年11月底前\n"
        + sep.join(["3", "建设工资支付监控预警平台。", "市人社局", "市数据局", "2026年10月底前"])
        + "\n"
    )


def test_a_tab_table_going_on_under_xubiao_is_one_table() -> None:
    # before, a Word table copied as text ended at the 续表 line: the row after the split, its 序号 and lead merged
    # down over the split (empty here), read its partner 市审计局 as its lead; now the table goes on over 续表 and
    # its header repeated, and the row takes the lead above (the rule before)
    assert [(line, leads, supports) for line, leads, supports, *_ in plan_measures(_tab_plan("续表"))] == [
        (4, ["市住房城乡建设局"], ["市人社局"]),
        (5, ["市发展改革委"], ["市财政局"]),
        (10, ["市发展改革委"], ["市审计局"]),
        (11, ["市人社局"], ["市数据局"]),
    ]


def test_a_tab_table_under_a_title_of_its_own_stays_apart() -> None:
    # a guard: a second table under a heading of its own takes no lead from the first one
    read = plan_measures(_tab_plan("附表2 某市欠薪隐患排查任务表"))
    assert [(line, leads) for line, leads, *_ in read][2:] == [(10, ["市审计局"]), (11, ["市人社局"])]


@pytest.mark.parametrize("none", ["／", "暂无"])
def test_a_cell_written_as_none_names_no_unit(none: str) -> None:
    # before, a 配合单位 cell written `／` (a full-width slash, as a Chinese input method types it) or `暂无` was read
    # as a unit of that name; `/`, `无` and `——` were no unit already (tables.EMPTY_CELL), and a field's `配合单位：暂无`
    # too (assign._NO_UNIT): the two lists are now one (vocab.NONE_WRITTEN)
    table = (
        "| 序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限 |\n|---|---|---|---|---|\n"
        f"| 1 | 编制殡葬设施专项规划。 | 县民政局 | {none} | 2026年6月底前 |\n"
        "| 2 | 开展散埋乱葬治理。 | 县民政局 | 县林业局 | 2026年9月底前 |\n"
    )
    assert [(leads, supports) for _, leads, supports, *_ in plan_measures(table, "x.md")] == [
        (["县民政局"], []),
        (["县民政局"], ["县林业局"]),
    ]


def test_a_unit_cell_of_a_name_holding_a_slash_is_read() -> None:
    # a guard: a cell of units apart by a slash still names them
    table = (
        "| 序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限 |\n|---|---|---|---|---|\n"
        "| 1 | 编制殡葬设施专项规划。 | 县民政局 | 县财政局／县林业局 | 2026年6月底前 |\n"
    )
    assert plan_measures(table, "x.md")[0][1:3] == (["县民政局"], ["县财政局", "县林业局"])


def test_a_full_width_slash_between_units_of_a_field_parts_them() -> None:
    # before, `（牵头单位：市水利局／市林业局）` read one unit `市水利局／市林业局`; `/` parted them already (SPEC.md)
    bracket = "（牵头单位：市水利局／市林业局；配合单位：市发展改革委；完成时限：2026年6月底前）"
    assert plan_measures(_plan(bracket))[0][:3] == (5, ["市水利局", "市林业局"], ["市发展改革委"])


def test_labels_written_with_a_space_for_their_colon_are_labels() -> None:
    # before, `（牵头单位 市水利局；配合单位 市发展改革委、市自然资源局；完成时限 2026年6月底前）` (a space where the colon goes;
    # the compact text drops it) read `牵头单位市水利局` and `配合单位市发展改革委` as lead units and no deadline
    bracket = "（牵头单位 市水利局；配合单位 市发展改革委、市自然资源局；完成时限 2026年6月底前）"
    assert plan_measures(_plan(bracket))[0] == (
        5,
        ["市水利局"],
        ["市发展改革委", "市自然资源局"],
        "2026年6月底前",
        "2026-06",
        "scheduled",
    )


def test_a_label_word_before_work_stays_words() -> None:
    # guards: a label's word opening a bracket of work, or of two labels' words, reads as before
    for bracket in ("（牵头单位和配合单位要加强沟通）", "（配合单位做好数据报送工作）"):
        text = _plan(bracket)
        assert plan_measures(text)[0][:3] == plan_measures(text.replace(bracket, ""))[0][:3]


def test_one_label_word_in_a_sentence_stays_words() -> None:
    # guards: a legend (`责任单位中黑体字为…`) and a sentence naming the responsible unit (`责任单位为A，B配合`) hold one
    # label's word each, not fields with their colons lost (a first version of the rule read them so)
    assert _colons_restored("责任单位中黑体字为牵头单位，楷体字为配合单位") is None
    assert _colons_restored("此项工作的责任单位为区财政局，区卫生健康局配合") is None
    assert _colons_restored("责任单位为区财政局，区卫生健康局配合") is None
