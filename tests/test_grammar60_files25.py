"""Round 60, files25: office files as offices publish them (a 分工表 naming partners in its 备注 column, a 联络员 list under
a sheet's task table, Word lists numbered in legal style or by a list style of the document's own): the rules the
plans of tests/fixtures/round60/files25 asked for, each with its guards."""

from __future__ import annotations

import io

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from reformgraph.loaders.docx_numbering import Level, Numbering, style_numbering
from reformgraph.loaders.formats_docx import read_docx
from reformgraph.loaders.tables import document_from_tables

NS = nsdecls("w")


def _rows(doc) -> list[tuple]:
    return [
        (m.line, m.text[:8], [u.raw for u in m.leads], [u.raw for u in m.supports], m.deadline.date)
        for wp in doc.workplans
        for m in wp.measures
    ]


def _table(*rows: tuple[str, ...]):
    return document_from_tables([list(rows)], path="x.docx", key="x", sha256="0", title="某县城乡供水重点任务分工表")


# ---- partners a 备注 cell lists under their label or after 会同 -------------------------------------------------------

_HEADER = ("序号", "工作任务", "牵头单位", "完成时限", "备注")


def test_a_remark_listing_partners_under_their_label_names_them():
    # before: 配合单位：A、B in a 备注 named no partner (only a partner's verb after the units did: round 44)
    doc = _table(
        _HEADER,
        ("1", "编制县域供水专项规划。", "县水利局", "2026年6月底前", "配合单位：县自然资源局、县发展改革局"),
        ("2", "建立水价形成机制。", "县发展改革局", "2026年10月底前", "协办单位：县水利局；方案报县政府审定"),
        ("3", "实施第二水厂扩建工程。", "县水利局", "2026年12月底前", "配合：县财政局"),
    )
    assert [r[3] for r in _rows(doc)] == [["县自然资源局", "县发展改革局"], ["县水利局"], ["县财政局"]]
    assert [r[2] for r in _rows(doc)] == [["县水利局"], ["县发展改革局"], ["县水利局"]]


def test_a_remark_opening_with_会同_names_the_rows_partners():
    # before: 会同县水利局 in a 备注 named nobody
    doc = _table(_HEADER, ("1", "开展水源保护区划定。", "市生态环境局澄溪分局", "2026年9月底前", "会同县水利局"))
    assert _rows(doc) == [(2, "开展水源保护区划", ["市生态环境局澄溪分局"], ["县水利局"], "2026-09")]


def test_remarks_naming_no_unit_after_a_label_or_会同_change_nothing():
    doc = _table(
        _HEADER,
        ("1", "编制县域供水专项规划。", "县水利局", "2026年6月底前", "配合单位：另行明确"),
        ("2", "落实管护经费。", "县财政局", "持续推进", "会同有关方面研究"),
        ("3", "推进管网延伸。", "县水利局", "2026年11月底前", "已纳入县级年度预算"),
        ("4", "完善水价机制。", "县发展改革局", "2026年10月底前", "时间：2026年10月底前"),
    )
    assert [r[3] for r in _rows(doc)] == [[], [], [], []]
    assert [r[2] for r in _rows(doc)] == [["县水利局"], ["县财政局"], ["县水利局"], ["县发展改革局"]]


def test_a_remark_naming_a_lead_under_its_label_adds_no_partner():
    # a lead's label is no partner's: the row's lead stays the one named (round 40's reading)
    doc = _table(_HEADER, ("1", "推进管网延伸。", "县水利局", "2026年11月底前", "牵头单位：县水利局"))
    assert _rows(doc) == [(2, "推进管网延伸。", ["县水利局"], [], "2026-11")]


# ---- a 联络员 list under a sheet's task table ------------------------------------------------------------------------

_TASKS = [
    ("望海县2026年高标准农田建设重点任务分工表", "", "", "", ""),
    ("序号", "工作任务", "牵头单位", "配合单位", "完成时限"),
    ("1", "新建高标准农田2.6万亩。", "县农业农村局", "各乡镇人民政府", "2026年10月底前"),
    ("2", "统筹整合涉农资金。", "县财政局", "县农业农村局", "2026年6月底前"),
]
_CONTACTS = [
    ("", "", "", "", ""),
    ("附：各成员单位联络员名单", "", "", "", ""),
    ("单位", "联络员", "职务", "联系电话", ""),
    ("县农业农村局", "周某某", "农田建设管理股股长", "13807450101", ""),
    ("县财政局", "吴某某", "农业农村股股长", "13807450102", ""),
]


def test_a_contacts_list_under_a_task_table_is_no_task():
    # before: the 联络员 header and each contact's row were tasks (职务 and the posts leading, 联系电话 supporting)
    doc = document_from_tables([_TASKS + _CONTACTS], path="x.xlsx", key="x", sha256="0", title="x")
    assert _rows(doc) == [
        (3, "新建高标准农田2", ["县农业农村局"], ["各乡镇人民政府"], "2026-10"),
        (4, "统筹整合涉农资金", ["县财政局"], ["县农业农村局"], "2026-06"),
    ]


def test_a_task_tables_own_contact_columns_are_no_second_table():
    # guards: a 责任人 | 联系电话 pair in the task table's own header, and a row of a task's contact under it, stay
    # the table's (the people are its tasks' people)
    rows = [
        ("序号", "重点任务", "牵头单位", "责任人", "联系电话"),
        ("1", "新建高标准农田2.6万亩。", "县农业农村局", "周某某", "13807450101"),
        ("2", "统筹整合涉农资金。", "县财政局", "吴某某", "13807450102"),
        ("3", "开展新增耕地核定。", "县自然资源局", "郑某某", "13807450103"),
    ]
    doc = document_from_tables([rows], path="x.xlsx", key="x", sha256="0", title="x")
    assert [r[0] for r in _rows(doc)] == [2, 3, 4]
    # a header naming a unit's column with its contacts (牵头单位 | 联系人 | 联系电话) is a task table's, not a list of contacts
    below = [("牵头单位", "联系人", "联系电话", "", ""), ("县水利局", "冯某某", "13807450104", "", "")]
    doc = document_from_tables([_TASKS + below], path="x.xlsx", key="x", sha256="0", title="x")
    assert [r[0] for r in _rows(doc)][:2] == [3, 4]


# ---- Word's numbering: legal style, and a list style's own list ------------------------------------------------------


def test_legal_style_writes_every_count_in_digits():
    levels = {0: Level(1, "chineseCounting", "%1、"), 1: Level(1, "decimal", "%1.%2", legal=True)}
    numbering = Numbering({"1": levels}, {"5": ("1", {})})
    assert [numbering.label("5", level) for level in (0, 1, 1, 0, 1)] == ["一、", "1.1", "1.2", "二、", "2.1"]
    # guard: without it Word writes each level's count in its own format (一.1)
    plain = Numbering({"1": {0: levels[0], 1: Level(1, "decimal", "%1.%2")}}, {"5": ("1", {})})
    assert [plain.label("5", level) for level in (0, 1)] == ["一、", "一.1"]


def _numbered_docx(numbering_xml: str, body: list[tuple[int | None, str]], num_id: int, style: str = "") -> bytes:
    document = docx.Document()
    numbering = document.part.numbering_part.element
    for child in list(numbering):
        numbering.remove(child)
    for child in parse_xml(numbering_xml):
        numbering.append(child)
    if style:
        document.styles.element.append(parse_xml(style))
    for level, text in body:
        p = document.add_paragraph(text)
        if level is not None:
            p._p.get_or_add_pPr().append(
                parse_xml(f'<w:numPr {NS}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>')
            )
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


_BODY = [
    (None, "某区2026年优化营商环境重点任务清单"),
    (0, "提升政务服务水平"),
    (1, "深化“一网通办”改革。"),
    (None, "牵头单位：区政务服务中心；配合单位：区大数据中心；完成时限：2026年9月底前。"),
    (0, "优化市场环境"),
    (1, "开展涉企违规收费专项整治。"),
    (None, "牵头单位：区发展改革局；配合单位：区财政局；完成时限：2026年10月底前。"),
]


def _levels(second: str) -> str:
    return (
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>'
        f'<w:lvl w:ilvl="1"><w:start w:val="1"/>{second}</w:lvl>'
    )


def _read(data: bytes) -> list[tuple]:
    return _rows(read_docx(data, path="x.docx", key="x", sha256="0"))


def test_a_word_list_in_legal_style_opens_its_items_with_digits():
    # before: 一.1深化… (the heading's count in Chinese before the item's), the number kept in the task's words
    legal = _levels('<w:isLgl/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/>')
    xml = f'<w:numbering {NS}><w:abstractNum w:abstractNumId="3">{legal}</w:abstractNum>'
    xml += '<w:num w:numId="5"><w:abstractNumId w:val="3"/></w:num></w:numbering>'
    assert [r[1] for r in _read(_numbered_docx(xml, _BODY, 5))] == ["深化“一网通办”", "开展涉企违规收费"]
    # guard: legal style switched off (w:val="0") shows 一.1 as Word does, and the task's words keep it
    off = xml.replace("<w:isLgl/>", '<w:isLgl w:val="0"/>')
    assert [r[1][:3] for r in _read(_numbered_docx(off, _BODY, 5))] == ["一.1", "二.1"]


_LIST_STYLE = (
    f'<w:style {NS} w:type="numbering" w:customStyle="1" w:styleId="TaskList"><w:name w:val="任务列表"/>'
    '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
)


def _linked(style_name: str) -> str:
    items = _levels('<w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/>')
    return (
        f'<w:numbering {NS}><w:abstractNum w:abstractNumId="0"><w:styleLink w:val="TaskList"/>{items}</w:abstractNum>'
        f'<w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="{style_name}"/></w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
        '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>'
    )


def test_a_list_linked_to_a_list_style_is_numbered_by_the_styles_levels():
    # before: the linking list had no levels, its paragraphs no numbers: each heading (and the title) glued to the
    # item under it (某区2026年…深化…, 优化市场环境开展…)
    rows = _read(_numbered_docx(_linked("TaskList"), _BODY, 2, _LIST_STYLE))
    assert rows == [
        (4, "深化“一网通办”", ["区政务服务中心"], ["区大数据中心"], "2026-09"),
        (7, "开展涉企违规收费", ["区发展改革局"], ["区财政局"], "2026-10"),
    ]


def test_a_list_linked_to_a_missing_style_stays_unnumbered():
    # guard: the link names no style of the document: no levels, no numbers (as before)
    data = _numbered_docx(_linked("NoSuchStyle"), _BODY, 2, _LIST_STYLE)
    document = docx.Document(io.BytesIO(data))
    styles = style_numbering(document.styles.element)
    numbering = Numbering.from_xml(document.part.numbering_part.element, styles)
    assert numbering.label("2", 0) == ""
    assert Numbering.from_xml(document.part.numbering_part.element).label("2", 0) == ""
    linked = Numbering.from_xml(parse_xml(_linked("TaskList")), styles)
    assert [linked.label("2", level) for level in (0, 1, 1)] == ["一、", "（一）", "（二）"]
