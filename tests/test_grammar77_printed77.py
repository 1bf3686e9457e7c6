"""Round 77 printed77: the printed and OFD copies round 76 left unread (test_grammar76_meta76's ``NOT_YET_READ``,
test_grammar71_meta71b's ``libreoffice-pdf/heldout-82``).

The whole plans' copies are test_grammar76_meta76's (its ``NOT_YET_READ`` lost ``ofd-table/real-07``,
``ofd-table/heldout-67`` and ``ofd-template/heldout-65`` here) and test_grammar71_meta71b's (its ``NOT_YET_READ`` lost
``libreoffice-pdf/heldout-82``); this module holds each rule's small texts in words of our own, and its guard.
"""

from __future__ import annotations

from support import ofd_print
from support.expected_files import measures
from support.readings import task_rows

from reformgraph.loaders.parse import parse_document
from reformgraph.loaders.pdf_tables import _joined, _units_joined
from reformgraph.loaders.read import parse_bytes
from reformgraph.loaders.tables import document_from_tables, filled_on_line

# ---- a 台账's 填报日期 printed above its drawn table dates the plan (tables.filled_on_line) ----

_PLAN = "\n".join(
    [
        "---",
        "标题: 某县2026年河湖长制重点任务台账",
        "发布单位: 某县河长制办公室",
        "发布日期: 2026-04-08",
        "---",
        "一、制度建设",
        "1.制定县级河湖长巡河工作规范，明确巡河频次和问题处置流程。（牵头单位：县水利局；完成时限：本方案印发之日起30日内）",
        "2.建立河湖管护经费保障机制。（牵头单位：县财政局；配合单位：县水利局；完成时限：2026年9月底前）",
    ]
)
_TASKS = [
    {
        "line": 7,
        "text": "制定县级河湖长巡河工作规范",
        "leads": ["县水利局"],
        "supports": [],
        "deadline_raw": "本方案印发之日起30日内",
    },
    {
        "line": 8,
        "text": "建立河湖管护经费保障机制",
        "leads": ["县财政局"],
        "supports": ["县水利局"],
        "deadline_raw": "2026年9月底前",
    },
]


def test_a_form_line_above_a_drawn_table_dates_a_deadline_counted_from_the_issue():
    """An OFD's 台账 drawn cell by cell under ``填报单位：…（盖章）  填报日期：2026年4月8日``: that line is text outside the
    table, no row of it, and only the table's rows were searched for it (``tables.filled_on``), so a deadline
    counted from the plan's issue had no date (real 07 as an OFD table). The form's line above dates it now."""
    copy = ofd_print.as_ofd_table(_PLAN, _TASKS, 0)
    read = measures(parse_bytes(copy.data, path="台账.ofd"))
    assert [(m.deadline.raw, m.deadline.date) for m in read] == [
        ("本方案印发之日起30日内", "2026-05-08"),
        ("2026年9月底前", "2026-09"),
    ]


def test_a_sentence_naming_a_date_field_dates_nothing():
    """Guards: a sentence that names a form's field in its middle (``…报送，报送日期：…``) is no form's line, nor is a
    field with no whole date; a notice's date under its issuer's name is still taken first."""
    assert filled_on_line(["各乡镇于每季度末报送进展情况，报送日期：2026年6月30日"]) is None
    assert filled_on_line(["填报单位：县水利局  填报日期：2026年"]) is None
    table = [["序号", "重点任务", "牵头单位", "完成时限"], ["1", "制定巡河规范", "县水利局", "本方案印发之日起30日内"]]
    said = ["某县河长制办公室", "2026年3月2日", "填报单位：县水利局  填报日期：2026年4月8日"]
    doc = document_from_tables([table], path="x.pdf", key="x", sha256="", title="台账", paragraphs=said)
    assert doc is not None and doc.date == "2026-03-02"
    bare = document_from_tables([table], path="x.pdf", key="x", sha256="", title="台账", paragraphs=said[2:])
    assert bare is not None and bare.date == "2026-04-08"


# ---- a dash's units cut by a page break with no page number (source._dash_runs_on) ----

_DUTIES = (
    "道路桥梁、排水管网市政基础设施项目——区建设管理部门；产业园区配套项目、片区综合开发等项目——区级平台公司和区土地"
    "储备中心；农村人居环境整治项目——镇人民政府或受委托的实施企业，负责项目前期手续办理和资金拨付等工作。"
)


def _printed(page_break: bool) -> tuple[str, frozenset[int]]:
    """A plan printed 27 characters a line (a first line set in two), the duties' first line ending ``…——区建设管理部``
    at a page's foot, the page's number in a template (no line of the text: the break a blank line the reader knew)."""
    intro = (
        "为规范本区集体土地征收项目的组织实施，明确各方职责分工，提高项目推进效率，保障被征收对象合法权益，制定本办法。"
    )
    lines = ["某区集体土地征收项目实施办法", "", "一、工作职责", "  （一）项目推进主体"]
    for words in (intro, "镇人民政府负责所辖区域内项目的推进和协调工作，做好政策宣传、矛盾化解和信访稳定等工作。"):
        lines += ["  " + words[:25], *(words[k : k + 27] for k in range(25, len(words), 27))]
    lines += ["  （二）项目实施主体", "  " + _DUTIES[:25]]
    at = len(lines)
    lines += ["", *(_DUTIES[k : k + 27] for k in range(25, len(_DUTIES), 27))] if page_break else []
    return "\n".join(lines), frozenset({at} if page_break else ())


def test_a_dashs_units_cut_by_a_page_break_read_whole():
    """``  …市政基础设施项目——区建设管理部`` ends its page, full; the next page (its number in a template) opens with
    ``门；产业园区…``. The blank line of the break ended the dash's units there (``区建设管理部``, a unit cut, the
    paragraph's other units lost: held-out 65 as an OFD with page templates); it goes on, as the paragraph does."""
    text, breaks = _printed(True)
    rows = task_rows(parse_document(text, path="plan.ofd", page_breaks=breaks))
    assert [row[1] for row in rows][-1] == ["区建设管理部门", "区级平台公司", "区土地储备中心", "镇人民政府"]


def test_a_dashs_units_over_an_indented_first_line_end_there():
    """Guard: a full line ending a unit's name over a blank line and a paragraph's first line set in two
    (``  征收事务所…``) keeps its dash's units: a paragraph opens there."""
    text, _ = _printed(True)
    lines = [*text.split("\n"), "  （三）城市更新项目", "  城市更新项目、区级公益性建设项目——区建设管理部门"]
    shown = [*lines, "", "  征收事务所为补偿的实施单位，负责具体实施工作。"]
    rows = task_rows(parse_document("\n".join(shown), path="plan.ofd", page_breaks=frozenset({len(lines)})))
    assert rows[-1][:2] == ("城市更新项目、区级公益性建设项目", ["区建设管理部门"])


# ---- a pair of places' levels cut by a cell's line (pdf_tables._units_joined) ----


def test_a_cells_line_ending_in_a_level_before_the_next_level_is_one_name():
    """``相关区`` fills a narrow unit column's line, ``县政府`` opens the next: the line cut ``区县`` (a word of two
    levels), and ``县政府`` read as a name of its own gave ``相关区、县政府`` (held-out 67 as an OFD's drawn table)."""
    assert _joined([["市交通委、相关区\n县政府", "加强\n整治"]], {0}) == [["市交通委、相关区县政府", "加强整治"]]
    assert _units_joined("各乡", "镇人民政府") == "各乡镇人民政府"


def test_two_names_of_other_levels_stay_two():
    """Guards: a district's name over a city's body (``相关区`` / ``市政府``) and a line ending in a level over a
    unit of that level's bureaus (``某新区`` / ``区财政局``) are two names, as before."""
    assert _units_joined("区财政局、相关区", "市政府") == "区财政局、相关区、市政府"
    assert _units_joined("浦江新区", "区财政局") == "浦江新区、区财政局"


# ---- a unit cell's lines nearer than the cells, in a table of one cell a paragraph (flat_tables._tightest) ----

_HEADER = ["某区2026年公共厕所提升改造工作任务清单", "序号", "任务名称", "任务内容", "牵头单位", "配合单位"]


def _spaced(cells: list[list[str]]) -> str:
    """A table printed one cell a paragraph, as a text layer lays it out: three blank lines between cells (a cell's
    spacing) and one between a cell's lines (a paragraph's)."""
    return "\n\n\n\n".join("\n\n".join(cell) for cell in cells)


_ROWS = [
    ["完善规划布局"],
    ["编制公共厕所布局专项规划，合理确定新建和改造点位。"],
    ["区绿化市容局"],
    ["区规划资源局"],
    ["提升管理水平"],
    ["推行公共厕所标准化保洁作业，落实日常巡查和考核制度。"],
    ["区绿化市容局", "各街道"],
    ["区城管执法局"],
    ["加强宣传引导"],
    ["开展文明如厕宣传活动。"],
    ["区文明办"],
    ["各街道"],
]


def test_a_unit_cells_lines_nearer_than_the_cells_are_one_cell():
    """A row of two unit columns printed with three unit paragraphs (``区绿化市容局`` / ``各街道`` / ``区城管执法局``):
    the first two one blank line apart, the third three: one lead cell of two lines (before: ``各街道`` read as the
    partner and ``区城管执法局`` opened the next row, its task read from the next row's name; held-out 82 printed by
    LibreOffice, 6 rows)."""
    text = _spaced([[line] for line in _HEADER] + _ROWS)
    rows = [(row[0][:6], row[1], row[2]) for row in task_rows(parse_document(text, path="plan.pdf"))]
    assert rows == [
        ("编制公共厕所", ["区绿化市容局"], ["区规划资源局"]),
        ("推行公共厕所", ["区绿化市容局", "各街道"], ["区城管执法局"]),
        ("开展文明如厕", ["区文明办"], ["各街道"]),
    ]


def test_unit_cells_as_far_apart_as_the_cells_stay_cells():
    """Guard: the same three unit paragraphs each three blank lines apart: no two nearer than the others, so no cell
    of two lines is read (the row reads as before)."""
    spaced = [[line] for line in _HEADER] + [*_ROWS[:6], ["区绿化市容局"], ["各街道"], *_ROWS[7:]]
    rows = task_rows(parse_document(_spaced(spaced), path="plan.pdf"))
    assert [row[1:3] for row in rows][1] == (["区绿化市容局"], ["各街道"])
