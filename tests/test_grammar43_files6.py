"""Round 43, files6: Word and web files with the traps real offices leave in them, read as they came.

The files are made by ``tests/fixtures/round43/files6/make_fixtures.py`` (python-docx with Word's own XML for
tracked changes, comments, fields, footnotes and content controls; openpyxl with rich-text cells and the values Excel
saves with formulas; a 微信公众号 article, a portal page in its layout table, an IE-saved .mht); each file's expected
reading below was written by reading the file, before the parser ran.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.support.readings import file_reading

FIXTURES = Path(__file__).parent / "fixtures" / "round43" / "files6"


def _reading(name: str, expected: list[tuple[str, list[str], list[str], str | None]]):
    """Each task's text cut to the expected text's length, its leads, supports and deadline."""
    return file_reading(FIXTURES / name, expected)


TRACKED = [  # changes accepted: 区财政局、 deleted, 2024年12月底前 inserted, row 3 deleted whole, a unit moved
    ("推进“一网通办”", ["区政务服务局"], ["区大数据中心", "各街道办事处"], "2024-06"),
    ("推行“免申即享”", ["区发展改革局"], ["区财政局", "区工业和信息化局"], "2024-12"),
    ("建立企业诉求", ["区工商联"], ["区12345热线办"], "2024-09"),
    ("开展涉企违规收费", ["区市场监管局", "区发展改革局"], ["区财政局"], "2024-11"),
]

COMMENTS = [  # the comments (牵头单位：市财政局 …) are reviewers' words, no task's
    ("完成城镇老旧小区改造", ["市住房城乡建设局"], ["市财政局", "各县（市、区）人民政府"], "2025-11"),
    ("推进完整社区建设", ["市民政局"], ["市住房城乡建设局"], "2025-12"),
    ("改造城市燃气老化管道", ["市城管局"], ["市发展改革委", "市应急管理局"], "2025-10"),
    ("建设城市生命线", ["市城管局"], ["市数据局"], None),
]

FIELDS = [  # a field's code (HYPERLINK "…", MERGEFIELD, REF, SEQ) is no text, its result is
    ("推进县域商业体系", ["县商务局"], ["县供销社"], "2022-10"),
    ("建设县级物流配送中心", ["县交通运输局"], ["县邮政分公司"], "2022-09"),
    ("开展农产品产销对接", ["县农业农村局"], ["县商务局"], "2022-11"),
    ("实施电商进农村", ["县财政局", "县商务局"], [], None),
]

FOOTNOTES = [  # the notes' own units are not the tasks'; a custom mark (*) is no part of a name
    ("推进政务云资源整合", ["省大数据局"], ["省直有关部门"], "2023-09"),
    ("建设全省一体化数据", ["省大数据局"], ["省财政厅", "各市人民政府"], "2023-12"),
    ("推进高效办成一件事", ["省政务服务管理局"], ["省公安厅", "省人力资源社会保障厅"], "2023-10"),
]

CONTROLS = [  # rows and cells in content controls; a control showing its prompt (单击或点击此处输入文字。) is empty
    ("开展农村人居环境", ["镇农业农村办"], ["各村（社区）"], "2026-06-30"),
    ("推进镇区雨污分流", ["镇村镇建设服务中心"], [], "2026-09-30"),
    ("建立河湖长制巡河台账", ["镇水利站"], [], None),
    ("完成森林防火通道", ["镇应急管理办"], ["镇林业站", "各村（社区）"], "2026-10-31"),
]

RICH_TEXT = [  # runs in several fonts are one text; a formula's unit is the value Excel saved with it
    ("举办新能源汽车产业链", ["市投资促进局"], ["市工业和信息化局", "各区（市）人民政府"], "2025-05"),
    ("建立重点招商项目", ["市投资促进局"], ["市财政局", "市自然资源和规划局"], "2025-06"),
    ("开展驻外招商联络站", ["市商务局"], ["市外事办"], "2025-09-30"),
    ("完成全年实际利用外资", ["市商务局"], ["市发展改革委"], "2025-12"),
]

WECHAT = [  # spans joined; an image's alt text and the 来源 line are no task
    ("实施“个转企”培育行动", ["区市场监管局"], ["区税务局", "各街道办事处"], "2025-12"),
    ("开展“益企服务”", ["区工业和信息化局"], ["区发展改革局"], "2025-06"),
    ("推进“高效办成一件事”", ["区政务服务中心"], ["区市场监管局", "区人社局"], "2025-09"),
    ("建立企业诉求快速响应", ["区营商办"], [], None),
]

PORTAL_FRAME = [
    ("培育发展直播电商", ["县商务局"], ["县人社局", "团县委"], "2021-10"),
    ("建设县级冷链物流", ["县发展改革局"], ["县商务局", "县交通运输局"], "2021-12"),
    ("开展“消费促进月”", ["县商务局"], [], "2021-10"),
    ("推动老字号企业", ["县商务局"], ["县市场监管局"], None),
]

IE_MHT = [  # declared gb2312, written in GBK (鄠 is no GB2312 character)
    ("实施农村人居环境整治提升", ["区农业农村局"], ["各街道办事处", "各镇人民政府"], "2019-11"),
    ("推进鄠邑区城区生活垃圾", ["区城市管理执法局"], ["区住建局", "区财政局"], "2019-12"),
    ("开展秦岭北麓违建别墅", ["区秦岭保护局"], ["区自然资源局", "区生态环境分局"], "2019-09"),
]

OA_ALT_CHUNK = [  # the whole plan in an HTML part the body shows (w:altChunk); before, the file read as empty
    ("开展河道“清四乱”", ["县水利局"], ["各乡镇人民政府"], "2023-06-30"),
    ("完成农村黑臭水体", ["县生态环境分局"], ["县水利局", "县农业农村局"], "2023-11-30"),
    ("建立河长巡河履职", ["县河长办"], ["县委督查室"], None),
]

FILES = [
    ("01-district-tracked.docx", TRACKED),
    ("02-city-comments.docx", COMMENTS),
    ("03-county-fields.docx", FIELDS),
    ("04-province-footnotes.docx", FOOTNOTES),
    ("05-town-controls.docx", CONTROLS),
    ("06-city-rich-text.xlsx", RICH_TEXT),
    ("07-district-wechat.html", WECHAT),
    ("08-county-portal-frame.html", PORTAL_FRAME),
    ("09-district-ie.mht", IE_MHT),
    ("10-county-oa-altchunk.docx", OA_ALT_CHUNK),
    pytest.param(
        "11-district-tracked.doc",
        TRACKED,
        marks=pytest.mark.skipif(not shutil.which("soffice"), reason="needs libreoffice-writer-nogui"),
    ),
]


@pytest.mark.parametrize(("name", "expected"), FILES)
def test_a_file_as_published_reads_its_tasks(name, expected):
    assert _reading(name, expected) == expected


# ---- a formula's error value --------------------------------------------------------------------------------------


def _looked_up_ledger(tmp_path, suffix: str) -> Path:
    """A ledger whose supporting unit was looked up by VLOOKUP and not found: Excel shows and saves ``#N/A``."""
    from openpyxl import Workbook

    rows = [
        ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"],
        [1, "推进企业开办全程网办", "区市场监管局", "#N/A", "2025年6月底前"],
        [2, "推行非接触式办税", "区税务局", "#REF!", "2025年9月底前"],
    ]
    path = tmp_path / f"ledger.{suffix}"
    if suffix == "csv":
        path.write_text("\n".join(",".join(map(str, row)) for row in rows), encoding="utf-8")
        return path
    book = Workbook()
    for row in rows:
        book.active.append(row)  # openpyxl stores #N/A as an error value (t="e"), as Excel does
    book.save(path)
    return path


@pytest.mark.parametrize("suffix", ["xlsx", "csv"])
def test_a_formula_error_value_names_no_unit(tmp_path, suffix):
    """Before, #N/A read as the supporting units N and A, #REF! as the unit REF!."""
    from reformgraph.loaders.read import read_document
    from tests.support.readings import task_rows

    assert task_rows(read_document(_looked_up_ledger(tmp_path, suffix))) == [
        ("推进企业开办全程网办", ["区市场监管局"], [], "2025-06"),
        ("推行非接触式办税", ["区税务局"], [], "2025-09"),
    ]


# ---- what a Word or web file holds and does not show ----------------------------------------------------------------


def test_hidden_text_in_a_word_table_is_not_read(tmp_path):
    """Text formatted as hidden (隐藏: w:vanish), a unit the office struck from the printed plan and kept in the file;
    before, read as a supporting unit."""
    import docx

    from reformgraph.loaders.read import read_document
    from tests.support.readings import task_rows

    document = docx.Document()
    document.add_paragraph("某县2024年重点任务分工")
    table = document.add_table(rows=2, cols=4)
    for cell, text in zip(table.rows[0].cells, ["序号", "工作任务", "牵头单位", "配合单位"]):
        cell.text = text
    row = table.rows[1].cells
    row[0].text, row[1].text, row[2].text = "1", "推进改革试点。", "县发改局"
    paragraph = row[3].paragraphs[0]
    paragraph.add_run("县审计局、").font.hidden = True
    paragraph.add_run("县财政局")
    path = tmp_path / "hidden.docx"
    document.save(path)
    assert task_rows(read_document(path)) == [("推进改革试点。", ["县发改局"], ["县财政局"], None)]


@pytest.mark.parametrize("suffix", ["html", "txt"])
def test_a_zero_width_space_inside_a_unit_is_no_part_of_its_name(tmp_path, suffix):
    """An editor's or a web page's zero-width space (\\u200b) inside a name: before, 区市场\\u200b监管局 was a unit of
    its own, resolved to nothing."""
    from reformgraph.loaders.read import read_document
    from tests.support.readings import task_rows

    plan = (
        "某区方案\n\n1.推进改革。（牵头单位：区市场\u200b监管局；配合单位：区\ufeff税务局；完成时限：2025年6月底前）\n"
    )
    path = tmp_path / f"plan.{suffix}"
    path.write_text(plan if suffix == "txt" else "<p>" + plan.replace("\n\n", "</p><p>") + "</p>", encoding="utf-8")
    assert task_rows(read_document(path)) == [("推进改革。", ["区市场监管局"], ["区税务局"], "2025-06")]


def test_a_page_whose_article_scripts_write_says_so_in_one_line(tmp_path):
    """A portal's page saved before its script wrote the article in (an empty ``<div id="app">``): before, "the file
    is empty"."""
    from reformgraph.errors import DocumentError
    from reformgraph.loaders.read import read_document

    path = tmp_path / "article.html"
    path.write_text(
        '<html><head><title></title><script src="/js/chunk-vendors.js"></script></head>'
        '<body><div id="app"></div><script>window.__INFO__={id:123}</script></body></html>',
        encoding="utf-8",
    )
    with pytest.raises(DocumentError) as raised:
        read_document(path)
    message = str(raised.value)
    assert "article.html" in message and "written by scripts" in message and "\n" not in message


def test_a_numbered_paragraph_deleted_whole_takes_no_number(tmp_path):
    """A numbered task deleted with tracked changes (its runs and its paragraph mark): the items after it are
    numbered as Word numbers them once the change is accepted; before, a line ``2.`` alone and ``3.推进改革丙``."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn

    from reformgraph.loaders.formats_docx import docx_content

    document = docx.Document()
    document.add_paragraph("某县2024年重点任务")
    items = [
        "推进改革甲。（牵头单位：县发改局）",
        "推进改革乙。（牵头单位：县民政局）",
        "推进改革丙。（牵头单位：县财政局）",
    ]
    deleted = [document.add_paragraph(text, style="List Number") for text in items][1]._p
    revision = 'w:author="王科长" w:date="2024-03-20T09:15:00Z"'
    for k, run in enumerate(deleted.findall(qn("w:r"))):
        run.find(qn("w:t")).tag = qn("w:delText")
        wrapper = parse_xml(f'<w:del {nsdecls("w")} w:id="{k + 5}" {revision}/>')
        run.addprevious(wrapper)
        wrapper.append(run)
    deleted.get_or_add_pPr().append(parse_xml(f'<w:rPr {nsdecls("w")}><w:del w:id="9" {revision}/></w:rPr>'))
    path = tmp_path / "deleted.docx"
    document.save(path)
    lines, _ = docx_content(path.read_bytes(), path="deleted.docx")
    assert [line for line in lines if line] == [
        "某县2024年重点任务",
        "1.推进改革甲。（牵头单位：县发改局）",
        "2.推进改革丙。（牵头单位：县财政局）",
    ]
