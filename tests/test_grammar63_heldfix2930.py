"""Round 63, heldfix2930: held-out plans 29 and 30 (task tables with merged cells, flattened one cell per line): the
general rules their misses asked for, each with its guards (docs/round63_heldfix2930.md)."""

from __future__ import annotations

from reformgraph.loaders.parse import parse_document
from tests.support.readings import numbered_rows


def _tasks(text: str) -> list[tuple]:
    return [row[:1] + row[2:] for row in numbered_rows(parse_document(text, path="plan.txt"), 8, "raw")]


def _texts(text: str) -> list[tuple[int, str]]:
    return [(row[0], row[1]) for row in numbered_rows(parse_document(text, path="plan.txt"), 8, "raw")]


# ---- a numbered row whose 内容 cell is merged from a row above ---------------------------------------------------------

_HEADER = "某市水务局年度重点工作分解表\n\n序号\n\n工作内容\n\n牵头处室\n\n配合处室\n\n2025年工作任务\n\n备注\n\n"


def test_a_row_opening_with_its_unit_cells_takes_its_task_from_the_text_after_them():
    # before: 水资源处 read as the row's 工作内容 and 节水办 as its lead; the row with an empty 配合 cell (—) read
    # `供水处—完成…` as its text, with the units of the row above
    rows = (
        "1\n\n推进水资源节约集约利用\n\n水资源处\n\n节水办\n\n完成用水总量控制指标分解。\n\n\n\n"
        "2\n\n水资源处\n\n节水办\n\n开展节水型社会达标建设。\n\n\n\n"
        "3\n\n供水处\n\n—\n\n完成二次供水设施改造200个小区。\n\n\n\n"
    )
    got = _tasks(_HEADER + rows)
    assert got == [
        (19, ["水资源处"], ["节水办"], None),
        (29, ["水资源处"], ["节水办"], None),
        (39, ["供水处"], [], None),
    ]
    assert [text[:6] for _, text in _texts(_HEADER + rows)] == ["推进水资源节", "开展节水型社", "完成二次供水"]


def test_a_row_with_its_own_text_cell_is_read_as_before():
    # guard: the row's 工作内容 cell is there (the unit cells after it); its later cell is not its task
    rows = "1\n\n推进水资源节约集约利用\n\n水资源处\n\n—\n\n完成用水总量控制指标分解。\n\n\n\n"
    got = _texts(_HEADER + rows)
    assert [(line, text[:6]) for line, text in got] == [(19, "推进水资源节")]


def test_a_unit_row_before_a_deadline_column_is_not_merged():
    # guard: the column after the units is a deadline, no text cell: the row is read as before (its first unit
    # cell as its text), not with its deadline as its task
    header = "序号\n\n工作内容\n\n牵头处室\n\n配合处室\n\n完成时限\n\n"
    rows = "1\n\n推进节水\n\n水资源处\n\n节水办\n\n6月底\n\n2\n\n供水处\n\n节水办\n\n9月底\n\n"
    got = _texts("某市水务局重点工作\n\n" + header + rows)
    assert [text for _, text in got] == ["推进节水", "供水处"]


# ---- a 项目 cell merged over several 主要任务 rows --------------------------------------------------------------------

_ITEMS_HEADER = "某区法治建设重点任务清单\n\n类别\n\n项目\n\n主要任务\n\n牵头单位\n\n配合单位\n\n一、完善制度体系\n\n"


def test_a_title_cell_over_several_task_rows_gives_a_task_for_each():
    # before: one task, 完善行政规范性文件管理 (the 项目 cell) as its text; the second and third task rows lost
    rows = (
        "1.完善行政规范性文件管理\n\n制定区行政规范性文件管理办法并印发实施。\n\n区司法局\n\n区政府办公室、\n\n各街道\n\n"
        "开展规范性文件执行情况评估，及时清理不适应的文件。\n\n区司法局\n\n各街道\n\n"
        "建立规范性文件备案审查工作台账并按季度通报。\n\n"
        "2.推进执法\n\n规范\n\n推行行政执法公示和全过程记录制度，做到执法全留痕。\n\n区城管执法局\n\n区司法局\n\n"
    )
    got = [(line, text[:6], leads, supports) for line, text, leads, supports, _ in _tasks_texts(_ITEMS_HEADER + rows)]
    assert got == [
        (19, "制定区行政规", ["区司法局"], ["区政府办公室", "各街道"]),
        (27, "开展规范性文", ["区司法局"], ["各街道"]),
        (31, "建立规范性文", ["区司法局"], ["各街道"]),
        (39, "推行行政执法", ["区城管执法局"], ["区司法局"]),
    ]


def test_a_numbered_line_in_the_task_column_itself_is_read_as_before():
    # guard: no column before 主要任务 but the 类别 (a section): the numbered line is the task
    header = "某区法治建设重点任务清单\n\n类别\n\n主要任务\n\n牵头单位\n\n配合单位\n\n一、完善制度体系\n\n"
    rows = "1.制定区行政规范性文件管理办法并印发实施\n\n区司法局\n\n各街道\n\n2.开展规范性文件执行情况评估工作\n\n区司法局\n\n各街道\n\n"
    got = [(line, text[:6]) for line, text, *_ in _tasks_texts(header + rows)]
    assert got == [(15, "制定区行政规"), (21, "开展规范性文")]


def test_a_title_cell_table_with_a_deadline_column_is_read_as_before():
    # guard: a column after the units (完成时限): the row is not split (its lines are not task rows of their own)
    header = "某区法治建设重点任务清单\n\n类别\n\n项目\n\n主要任务\n\n牵头单位\n\n配合单位\n\n完成时限\n\n一、完善制度体系\n\n"
    rows = (
        "1.完善行政规范性文件管理\n\n制定区行政规范性文件管理办法并印发实施。\n\n区司法局\n\n各街道\n\n2025年6月底前\n\n"
        "2.推进执法规范\n\n推行行政执法公示和全过程记录制度。\n\n区城管执法局\n\n区司法局\n\n2025年底前\n\n"
    )
    got = [(line, text[:6]) for line, text, *_ in _tasks_texts(header + rows)]
    assert got == [(21, "完善行政规范"), (31, "推进执法规范")]


def _tasks_texts(text: str) -> list[tuple]:
    return numbered_rows(parse_document(text, path="plan.txt"), 8, "raw")
