"""Round 40 of docs/loader.md, files: plans as portals publish them (PDF, .doc, .html, .xlsx) read end to end."""

from __future__ import annotations

from pathlib import Path

from tests.support.readings import task_rows as _rows

FIXTURES = Path(__file__).parent / "fixtures" / "round40" / "files"


def _read(name: str):
    from reformgraph.loaders.read import read_document

    return read_document(FIXTURES / name)


# ---- PDFs -----------------------------------------------------------------------------------------------------------


def test_a_ruled_annex_table_on_pages_stored_turned_is_read_as_a_table():
    """A landscape annex whose pages are stored portrait with /Rotate 90: its header alone at the first page's foot,
    its rows on the next. Before: no ruling line was horizontal to pdfplumber, the table was read as text (none)."""
    doc = _read("rotated_annex.pdf")
    assert [(row[1], row[2], row[3]) for row in _rows(doc)] == [
        (["县行政审批局"], ["县市场监管局", "县自然资源局"], "2024-06"),
        (["县住房城乡建设局"], ["县自然资源局", "县发展改革局"], "2024-12"),
        (["县市场监管局"], ["县财政局"], None),
        (["县财政局"], ["人行XX县支行", "各银行业金融机构"], "2024-09"),
        (["县政务服务中心"], ["县直各部门"], "2024-12"),
        (["县市场监管局"], ["县司法局"], "2024-11"),
    ]
    assert _rows(doc)[0][0].startswith("深化“一件事一次办”改革")


# ---- .doc -----------------------------------------------------------------------------------------------------------


def test_a_doc_table_libreoffice_runs_together_is_read_from_antiword_though_paragraphs_assign_tasks():
    """A .doc whose annex table LibreOffice reads as one paragraph of its cells run together (序号领域工作任务…),
    after three numbered items it reads well. Before: the three items only (the fallback ran when nothing was read)."""
    import shutil

    import pytest

    if not (shutil.which("soffice") and shutil.which("antiword")):
        pytest.skip("needs LibreOffice and antiword: apt-get install libreoffice-writer-nogui antiword")
    doc = _read("table_lost_by_libreoffice.doc")
    assert [(row[1], row[2], row[3]) for row in _rows(doc)] == [
        (["区应急管理局"], [], None),
        (["区安委会各成员单位", "各街道办事处"], [], None),
        (["区住房城乡建设局", "区市场监管局"], [], "2023-06"),
        (["区应急管理局"], ["区公安分局", "区交通运输局"], "2023-12"),
        (["区应急管理局"], ["区工业和信息化局"], "2023-10"),  # merged down: a blank cell in antiword's drawing
        (["区消防救援大队"], ["区住房城乡建设局", "各街道办事处"], "2023-09"),
        (["区消防救援大队"], ["区住房城乡建设局", "各街道办事处"], "2023-11"),
        (["区公安分局交警大队"], ["区交通运输局"], "2023-12"),
    ]


def test_a_page_printed_from_a_browser_loses_its_time_and_address_lines_on_every_page():
    """Chromium's "Save as PDF" of a portal page heads each page with the time and the page's title and foots it
    with the address and ``1/2``; pypdf spaced the first page's head differently (``5:29 AMXX市…``) and the page
    count differs. Before: both kept, the head read as a line of the first page, the plan's title lost (the file's
    name was the title)."""
    from reformgraph.loaders.formats_pdf import without_running_lines
    from reformgraph.loaders.parse import parse_document

    head = "XX市人民政府办公室关于印发XX市2025年数字政府建设工作要点的通知_市政府办公室文件_XX市人民政府"
    pages = [
        f"12/3/26, 5:29 AM{head}\n\n 首页 | 政务公开\n XX市人民政府办公室关于印发XX市2025年数字\n 政府建设工作要点的通知\n\n"
        " X政办〔2025〕9号\n\n 各区人民政府，市直各单位：\n\n 一、夯实数字基础设施\n\n"
        " （一）推进政务云资源整合。（牵头单位：市大数据局；完成时限：2025年10月底前）\n\n"
        " file:///work/02-city-portal.html                  1/2",
        f"12/3/26, 5:29 AM  {head}\n （二）完善电子政务外网。（牵头单位：市大数据局；配合单位：各区人民政府）\n\n"
        " file:///work/02-city-portal.html                        2/2",
    ]
    kept = without_running_lines(pages)
    assert "5:29" not in "".join(kept) and "file:" not in "".join(kept)
    doc = parse_document("\n\n".join(kept), path="page.pdf")
    assert doc.title == "XX市人民政府办公室关于印发XX市2025年数字政府建设工作要点的通知"
    assert [(row[1], row[2], row[3]) for row in _rows(doc)] == [
        (["市大数据局"], [], "2025-10"),
        (["市大数据局"], ["各区人民政府"], None),
    ]


# ---- portal pages ---------------------------------------------------------------------------------------------------


def test_a_portal_pages_field_table_in_cells_without_colons_is_its_fields_not_its_title(tmp_path):
    """A department's page: ``<title>`` its site's name, a 信息公开 table whose field names stand in cells of their
    own, spaced out and with no colon, then the notice under an ``<h2>``. Before: the field rows were taken for the
    title's lines and the title was the first heading of the plan (加快农业转移人口市民化)."""
    from reformgraph.loaders.read import read_document

    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>某市发展和改革委员会</title></head><body>"
        "<div>您现在的位置：<a>首页</a> &gt;&gt; <a>信息公开</a></div><table>"
        "<tr><th>索&nbsp;引&nbsp;号</th><td>000014349/2020-00071</td><th>信息分类</th><td>发展规划</td></tr>"
        "<tr><th>发布机构</th><td>某市发展和改革委员会</td><th>生成日期</th><td>2020-06-12</td></tr>"
        "<tr><th>文&nbsp;&nbsp;&nbsp;&nbsp;号</th><td>某发改规划〔2020〕156号</td><th>有效性</th><td>有效</td></tr>"
        "<tr><th>名&nbsp;&nbsp;&nbsp;&nbsp;称</th><td colspan='3'>关于印发《某市2020年新型城镇化建设重点任务》的通知</td></tr>"
        "</table><h2>关于印发《某市2020年新型城镇化建设重点任务》的通知</h2>"
        "<p>各县（市、区）发展改革局：</p><p>一、加快农业转移人口市民化</p>"
        "<p>1.全面放开城区落户限制。（市公安局牵头，市教育局配合）</p></body></html>",
        encoding="utf-8",
    )
    doc = read_document(page)
    assert doc.title == "关于印发《某市2020年新型城镇化建设重点任务》的通知"
    assert (doc.issuer, doc.doc_number) == ("某市发展和改革委员会", "〔2020〕156号")
    assert [(row[1], row[2]) for row in _rows(doc)] == [(["市公安局"], ["市教育局"])]


def test_a_portal_page_without_title_or_h1_takes_the_title_its_first_lines_read_as(tmp_path):
    """A page saved without ``<title>`` and with the notice's title in a bold paragraph: the title is read from its
    lines as a text's is (its menu, trail and fields skipped; a title over two lines joined). Before: its first line,
    the site's menu (首页 | 政务公开 | …)."""
    from reformgraph.loaders.read import read_document

    page = tmp_path / "page.html"
    page.write_text(
        "<html><body><div>首页 | 政务公开 | 办事服务</div><div>当前位置：首页 &gt; 政务公开</div>"
        "<p><b>某市人民政府办公室关于印发某市2025年</b></p><p><b>数字政府建设工作要点的通知</b></p>"
        "<table border='1'><tr><td>序号</td><td>重点任务</td><td>牵头单位</td><td>完成时限</td></tr>"
        "<tr><td>1</td><td>推进政务云资源整合</td><td>市大数据局</td><td>2025年10月底前</td></tr></table>"
        "</body></html>",
        encoding="utf-8",
    )
    doc = read_document(page)
    assert doc.title == "某市人民政府办公室关于印发某市2025年数字政府建设工作要点的通知"
    assert _rows(doc) == [("推进政务云资源整合", ["市大数据局"], [], "2025-10")]


def test_a_portals_publisher_and_publishing_day_give_way_to_the_notices_signer_and_date():
    """A 市人民政府 notice posted by its 办公室: the page's 发布机构 is the office, its 发布日期 the day it was put
    up. Before: both were taken for the document's issuer and date (the signature was not looked for)."""
    from reformgraph.loaders.parse import parse_document

    text = (
        "索引号：11350200/2024-00031  发布机构：某市人民政府办公室\n"
        "文号：某政〔2024〕3号  发布日期：2024-01-25\n"
        "某市人民政府关于印发某市加快建设全国统一大市场实施方案的通知\n"
        "各区人民政府，市直各委、办、局：\n"
        "现将《某市加快建设全国统一大市场实施方案》印发给你们，请认真贯彻执行。\n"
        "某市人民政府\n"
        "2024年1月18日\n"
        "1.清理妨碍统一市场和公平竞争的政策措施。（牵头单位：市市场监管局）\n"
    )
    doc = parse_document(text, path="page.txt")
    assert (doc.issuer, doc.doc_number, doc.date) == ("某市人民政府", "〔2024〕3号", "2024-01-18")
    other = parse_document(
        text.replace("某市人民政府\n2024年1月18日", "某市发展和改革委员会\n2024年1月18日"), path="p.txt"
    )
    assert other.issuer == "某市人民政府办公室"  # another body's signature: the publisher stays (as before)


def test_a_spaced_table_whose_unit_columns_name_offices_is_a_task_table():
    """A 厅's annex printed without borders (a PDF's text layer): its unit columns are 责任处室（单位） and 配合处室
    （单位）. Before: the quick test for a spaced unit column wanted 单位 or 部门 right before a gap, and the
    table was not read."""
    from reformgraph.loaders.parse import parse_document

    text = (
        "2022年全省交通运输安全生产重点任务分工表\n\n"
        "序号                  重点任务                    责任处室（单位）      配合处室（单位）        完成时间\n"
        "1   修订厅安全生产委员会工作规则               安全监督处          办公室          2022年5月\n"
        "2   督促企业开展安全生产标准化建设             运输服务处、公路局      安全监督处        全年\n"
    )
    rows = _rows(parse_document(text, path="annex.txt"))
    assert [(row[1], row[2], row[3]) for row in rows] == [
        (["安全监督处"], ["办公室"], "2022-05"),
        (["运输服务处", "公路局"], ["安全监督处"], "2022-12"),
    ]
