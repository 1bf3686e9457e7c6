"""Round 78 word01: held-out 01 as a Word file whose annex is a real Word table (``as_printed_docx(tables=True)``).

The whole plan's copies are test_grammar76_printed76's (``TABLES_NOT_YET_READ["heldout-01"]``); this module holds the
rule's small tables in words of our own, and its guards: a row's deadline written inside its content cell
(``…2027年6月底前，完成…`` in a 建设内容 column) is the row's when the table has no deadline column, in a Word table and a
printed one as in the plan's text flattened one cell a line (``tables.Columns.described``, one function for both).
"""

from __future__ import annotations

import json

import pytest
from support import metamorphic
from support.expected_files import document_path, measures, text_start
from support.hostile import docx_bytes
from support.printing import NO_OFFICE, print_to_pdf, soffice
from support.readings import FIXTURES

from reformgraph.loaders.compact import compact
from reformgraph.loaders.parse import parse_document
from reformgraph.loaders.read import parse_bytes
from reformgraph.loaders.tables import detect_columns, table_sections

_HEADER = ["序号", "项目名称", "建设内容", "责任单位", "依据文件"]
# a category's cell written on two lines, a content cell stating a date (one, two, none), a 依据文件 cell after the
# units holding years of its own (a plan's period, a revision's year, a document number)
_NAMES = ["城市更新\n统筹协调", "老旧小区\n改造", "历史风貌\n保护"]
_CONTENTS = [
    "建立区级城市更新统筹协调机制，明确各部门职责分工。2027年6月底前，完成首批更新单元实施方案编制。",
    "分类推进老旧小区综合改造。到2026年底，完成改造30万平方米；到2028年底，累计完成80万平方米。",
    "开展历史建筑普查，建立保护名录，落实保护责任。",
]
_UNITS = ["区住房城乡建设委、区规划资源局", "区房管局，各街道", "区文化旅游局"]
_BASES = [
    "《某区城市更新规划（2025-2035年）》",
    "《关于加快推进老旧小区改造的通知》（某府办〔2026〕5号）",
    "《某市历史风貌区保护条例》（2024年修订）",
]
_ROWS = [[str(k), *cells] for k, cells in enumerate(zip(_NAMES, _CONTENTS, _UNITS, _BASES), 1)]
_READ = [
    ("城市更新统筹协调", ["区住房城乡建设委", "区规划资源局"], "2027年6月底前", "2027-06"),
    ("老旧小区改造", ["区房管局", "各街道"], "到2026年底；到2028年底", "2028-12"),
    ("历史风貌保护", ["区文化旅游局"], None, None),
]
_PARAGRAPHS = ["某区城市更新三年行动工作方案", "附件：某区城市更新重点任务分解表"]


def _rows_read(document) -> list[tuple]:
    return [(m.text, [u.raw for u in m.leads], m.deadline.raw, m.deadline.date) for m in measures(document)]


def _word_file(header: list[str], rows: list[list[str]]) -> bytes:
    """A Word plan: its title and annex line, then the table (a cell's ``\\n`` a line break in its paragraph)."""
    return docx_bytes(_PARAGRAPHS, table=[header, *rows])


def _flattened(header: list[str], rows: list[list[str]]) -> str:
    """The plan as its text holds a table flattened one cell a line, the cells parted by blank lines."""
    return "\n\n".join([*_PARAGRAPHS, *header, *(cell for row in rows for cell in row)])


def test_the_content_column_is_the_rows_description():
    """项目名称 | 建设内容 | 责任单位 (held-out 01's 任务类型 | 重点内容): the content column is named no kind and is no
    task column (the name's is): it describes the row; a column after the units (依据文件) does not, nor does the task's
    own or a section's above it."""
    assert detect_columns(_HEADER).described == (2,)
    assert detect_columns(["序号", "重点任务", "具体措施", "牵头单位", "备注"]).described == ()
    assert detect_columns(["序号", "任务", "目标", "责任单位", "完成时限"]).described == (2,)


def test_a_word_tables_content_cell_states_its_rows_deadline():
    """A row with no deadline column states its deadline in its content cell: held-out 01's annex as a Word table
    (``2026年底前，完成…``, ``嘉定区到2025年底…；到2030年底…``) read none before, where its text flattened reads them;
    the 依据文件 column's years (after the units) are no deadline; a category written on two lines is one text."""
    assert _rows_read(parse_bytes(_word_file(_HEADER, _ROWS), path="plan.docx")) == _READ


def test_the_word_table_reads_as_its_text_flattened():
    """One rule for both readings (``Columns.described``): the table flattened one cell a line reads the same."""
    assert _rows_read(parse_document(_flattened(_HEADER, _ROWS))) == _READ


def test_a_deadline_column_is_the_rows_deadline_not_its_content():
    """Guard: beside a 完成时限 column the content cell's date is no deadline: the column's is, and a row whose
    column cell is blank has none (as before)."""
    header = ["序号", "项目名称", "建设内容", "责任单位", "完成时限"]
    rows = [[*row[:4], when] for row, when in zip(_ROWS, ["2026年12月底前", "", "2027年3月底前"])]
    [section] = table_sections([header, *rows])
    assert [(d.text, d.assignment.deadline) for d in section.drafts] == [
        ("城市更新统筹协调", "2026年12月底前"),
        ("老旧小区改造", None),
        ("历史风貌保护", "2027年3月底前"),
    ]


def test_a_text_column_after_the_units_states_no_deadline():
    """Guard: the same content cells in a column after the units are no row's deadline: the units close the row's
    description (as 依据文件's years are none)."""
    header = ["序号", "项目名称", "责任单位", "建设内容"]
    rows = [[row[0], row[1], row[3], row[2]] for row in _ROWS]
    [section] = table_sections([header, *rows])
    assert [d.assignment.deadline for d in section.drafts] == [None, None, None]


def test_a_printed_word_tables_content_cell_states_its_rows_deadline(tmp_path):
    """The same Word plan printed by LibreOffice: its ruled table reads the same deadlines (``pdf_tables``)."""
    program = soffice()
    if program is None:
        pytest.skip(NO_OFFICE)
    (tmp_path / "plan.docx").write_bytes(_word_file(_HEADER, _ROWS))
    [pdf] = print_to_pdf([tmp_path / "plan.docx"], tmp_path, program)
    assert _rows_read(parse_bytes(pdf.read_bytes(), path="plan.pdf")) == _READ


def test_held_out_01_as_a_word_file_with_its_annex_table_reads_every_task():
    """Held-out 01 as a Word file, its annex a real Word table (no printing): its 40 tasks, each with its expected
    text, units and deadline (rows 2, 3 and 5 dated by their 重点内容 cells since this round); compared as a set, as
    the table's tasks come after the paragraphs' and its lines are the table's rows (test_grammar76_printed76's
    ``TABLES_NOT_YET_READ``)."""
    expected = next((FIXTURES / "heldout").glob("01-*.expected.json"))
    copy = metamorphic.as_printed_docx(document_path(expected).read_text(encoding="utf-8"), tables=True)
    tasks = json.loads(expected.read_text(encoding="utf-8"))["tasks"]
    written = sorted(
        (text_start(t["text"]), t["leads"], t["supports"], t["deadline_raw"], t["deadline"]) for t in tasks
    )
    got = measures(parse_bytes(copy.data, path="plan.docx"))
    starts = [w[0] for w in written]
    read = sorted(
        (
            next((s for s in starts if compact(m.text).startswith(s)), m.text),
            [u.raw for u in m.leads],
            [u.raw for u in m.supports],
            m.deadline.raw,
            m.deadline.date,
        )
        for m in got
    )
    assert read == written
