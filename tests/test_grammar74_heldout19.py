"""Round 74 heldout19: held-out 80-82, three real plans of 静安区 and 宝山区 (tests/fixtures/heldout, SOURCES.md).

Three rules read them, each on small texts here with its guards; the plans themselves are compared with their
expected files by tests/test_heldout.py (81 a strict xfail there, with its reason):

- a flattened task table whose 序号 column is empty in every row (held-out 82's 任务清单: the header names 序号, no row
  has a number) is read by its cells, the runs of lines between blank lines, each row ending in its unit cells;
- a row's task words naming a partner after 会同 (``4. 会同区绿化市容局制定…`` in the row of 区商务委, held-out 80's list
  divided by unit) make it a support;
- a unit label alone on its line over a column's name that counts something (``主要责任单位`` / ``新能源环卫车辆配置（辆）``,
  held-out 82's targets table) is no label over its value (``loaders/source.py``, ``Source.with_lone_label_colons``).
"""

from __future__ import annotations

import pytest
from support.expected_files import measures

from reformgraph.errors import DocumentError
from reformgraph.loaders.flat_tables import _unnumbered_rows
from reformgraph.loaders.read import parse_text
from reformgraph.loaders.tables import detect_columns


def _read(text: str) -> list[tuple]:
    doc = parse_text(text, path="plan.md", key="plan", sha256="0")
    return [(m.line, m.text[:8], [u.raw for u in m.leads], [u.raw for u in m.supports]) for m in measures(doc)]


def _cells(*cells: str) -> str:
    """A table flattened one cell per paragraph, as a portal's page gives it (a blank line between cells)."""
    return "\n\n".join(cells) + "\n"


HEADER = ("某区生活垃圾分类工作方案任务清单", "序号", "任务名称", "任务内容", "责任单位", "配合单位")


def test_rows_of_a_table_with_no_row_numbers_end_in_their_unit_cells():
    text = _cells(
        *HEADER,
        "深入开展宣传教育",
        "开展常态化宣传培训，重点做好流动人员宣传告知工作。",
        "各街镇",
        "/",
        "推动科普馆向公众开放，建成一条垃圾分类市民体验线路。",
        "区绿化市容局\n区商务委",
        "城发集团",
        "强化源头监管机制。",
        "城发集团",
        "区绿化市容局",
    )
    assert _read(text) == [
        (17, "开展常态化宣传培", ["各街镇"], []),
        (23, "推动科普馆向公众", ["区绿化市容局", "区商务委"], ["城发集团"]),
        (30, "强化源头监管机制", ["城发集团"], ["区绿化市容局"]),
    ]


def test_guard_a_numbered_flattened_table_reads_by_its_numbers():
    text = _cells(
        *HEADER,
        "1",
        "深入开展宣传教育",
        "开展常态化宣传培训。",
        "各街镇",
        "区文明办",
        "2",
        "建成一条垃圾分类市民体验线路。",
        "区绿化市容局",
        "城发集团",
    )
    assert [(line, leads, supports) for line, _, leads, supports in _read(text)] == [
        (19, ["各街镇"], ["区文明办"]),
        (27, ["区绿化市容局"], ["城发集团"]),
    ]


def test_guard_cells_with_no_blank_line_between_them_make_no_unnumbered_rows():
    cols = detect_columns(["序号", "任务内容", "责任单位", "配合单位"])
    lines = [
        (5, "开展宣传培训。"),
        (6, "各街镇"),
        (7, "/"),
        (8, "建成体验线路。"),
        (9, "区绿化市容局"),
        (10, "城发集团"),
    ]
    assert _unnumbered_rows(lines, cols) == []


def test_guard_text_cells_with_no_unit_cell_after_them_are_no_row():
    cols = detect_columns(["序号", "任务内容", "责任单位", "配合单位"])
    lines = [(5, "开展宣传培训。"), (7, "各街镇"), (9, "/"), (11, "建成体验线路。"), (13, "加强宣传引导。")]
    assert [[c for _, c in row.lines] for row in _unnumbered_rows(lines, cols)] == [["开展宣传培训。", "各街镇", "/"]]


BY_UNIT = ("某区2025年生活垃圾分类减量推进工作任务清单", "序号", "任务内容", "责任单位")


def test_a_partner_after_hui_tong_in_a_rows_words_supports():
    text = _cells(
        *BY_UNIT,
        "1",
        "1. 加大对菜市场垃圾分类工作的宣传力度。\n2. 会同区绿化市容局制定本区可回收物行业管理规范。",
        "区商务委",
        "2",
        "加大生活垃圾源头不分类违法行为查处力度。",
        "区城管执法局",
    )
    assert _read(text) == [
        (14, "加大对菜市场垃圾", ["区商务委"], ["区绿化市容局"]),
        (20, "加大生活垃圾源头", ["区城管执法局"], []),
    ]


@pytest.mark.parametrize(
    "words",
    [
        "1. 加大宣传力度。\n2. 会同推进整改工作。",  # 会同 with no unit after it
        "1. 加大宣传力度。\n2. 会同区商务委制定规范。",  # the row's own unit: named once
    ],
)
def test_guard_no_partner_but_a_unit_named_after_hui_tong(words: str):
    text = _cells(*BY_UNIT, "1", words, "区商务委")
    assert [(line, leads, supports) for line, _, leads, supports in _read(text)] == [(14, ["区商务委"], [])]


def test_guard_a_table_with_no_unit_cell_reads_nothing():
    text = _cells(*HEADER, "深入开展宣传教育", "开展常态化宣传培训。", "加强宣传引导。")
    with pytest.raises(DocumentError):
        _read(text)


def test_a_lone_label_over_a_targets_tables_column_names_is_no_label():
    """Held-out 82's 附件3: ``主要责任单位`` alone on its line over ``新能源环卫车辆配置（辆）`` (a column counting
    something) is a column's name, not a label over its value (``Source.with_lone_label_colons``)."""
    text = _cells(
        "附件3：",
        "某区行业主管部门生活垃圾分类管理体系指标分解表",
        "主要责任单位",
        "新能源环卫车辆配置（辆）",
        "环卫小压站规范升级（座）",
        "区绿化市容局",
        "2024年",
        "2025年",
        "40",
        "38",
    )
    with pytest.raises(DocumentError):
        _read(text)


def test_guard_a_lone_label_over_a_units_name_is_its_label():
    text = "1.推进老旧小区改造。\n牵头单位\n县住建局\n完成时限\n2024年底\n"
    assert _read(text) == [(2, "推进老旧小区改造", ["县住建局"], [])]
