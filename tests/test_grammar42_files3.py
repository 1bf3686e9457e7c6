"""Round 42, files3: Office, PDF and web files as offices publish them, read as they came.

The files are made by ``tests/fixtures/round42/files3/make_fixtures.py`` (python-docx, openpyxl, LibreOffice, a
hand-written page); each file's expected reading below was written by reading the file, before the parser ran.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.readings import file_reading
from tests.support.readings import task_rows as _rows

FIXTURES = Path(__file__).parent / "fixtures" / "round42" / "files3"


def _read(name: str):
    from reformgraph.loaders.read import read_document

    return read_document(FIXTURES / name)


def _reading(name: str, expected: list[tuple[str, list[str], list[str], str | None]]):
    """Each task's text cut to the expected text's length, its leads, supports and deadline."""
    return file_reading(FIXTURES / name, expected)


NOTICE_ANNEX = [
    ("推进市级政务云平台", ["市数据资源局"], ["市财政局", "市发展改革委"], "2025-06"),
    ("完善电子政务外网", ["市数据资源局"], ["市委网信办", "各县（市、区）人民政府"], "2025-09"),
    ("建设全市一体化公共", ["市数据资源局"], ["市公安局", "市市场监管局"], "2025-12"),
    ("深化“高效办成一件事", ["市政务服务管理局"], ["市人力资源社会保障局", "市民政局", "市市场监管局"], "2025-12"),
    ("推行政务服务“免证办", ["市政务服务管理局"], ["市数据资源局", "各县（市、区）人民政府"], "2025-10"),
    ("优化“12345”", ["市政务服务管理局"], ["市公安局", "市应急管理局"], None),
    ("推进政务服务中心", ["市政务服务管理局"], ["各县（市、区）人民政府"], "2025-11"),
    ("推进“互联网+监管", ["市市场监管局"], ["市数据资源局", "市司法局"], "2025-08"),
    ("全面推行“双随机", ["市市场监管局"], ["市“双随机、一公开”监管工作联席会议成员单位"], "2025-12"),
    ("建立健全以信用为基础", ["市发展改革委"], ["市市场监管局", "人民银行芜湖市分行"], "2025-12"),
]

FROM_DOC = [  # 责任单位 beside 牵头单位 carry the lead's task out: supports; 保障措施's 负责统筹协调 is no task
    ("扎实推进农村户厕改造", ["县农业农村局"], ["县卫生健康局", "各乡镇人民政府"], "2021-11"),
    ("加快农村生活污水治理", ["市生态环境局平江分局"], ["县住房城乡建设局", "各乡镇人民政府"], "2021-12"),
    ("健全生活垃圾收运处置", ["县城市管理和综合执法局"], ["各乡镇人民政府"], None),
    ("整治提升村容村貌", ["县农业农村局"], ["县自然资源局", "县住房城乡建设局"], "2021-10"),
]

LEDGER = [
    ("推行企业开办“一网通办”", ["区市场监管局"], ["区税务局", "区公安分局"], "2023-06-30"),
    ("开展“一业一证”改革试点", ["区行政审批服务局"], ["区市场监管局", "区卫生健康局"], "2023-09-30"),
    ("推进市场主体歇业备案", ["区市场监管局"], ["区人力资源社会保障局"], "2023-12-31"),
    ("深化工程建设项目审批", ["区住房城乡建设局"], ["区自然资源局", "区行政审批服务局"], "2023-08-31"),
    ("推行“拿地即开工”", ["区发展改革局"], ["区自然资源局", "区住房城乡建设局"], "2023-10-31"),
    ("规范涉企行政检查", ["区司法局"], ["区市场监管局", "区应急管理局"], None),
    ("建立涉企投诉快速响应", ["区营商环境服务中心"], ["各街道办事处"], "2023-12-31"),
]

FOOTNOTES = [  # the footnotes' texts are no task (one says 由数据提供部门负责)
    ("健全数据共享目录体系", ["省政务管理办"], ["省直各部门"], "2022-06"),
    ("推进“一数一源”治理", ["省政务管理办"], ["省公安厅", "省市场监管局"], "2022-09"),
    ("有序开放公共数据", ["省经济和信息化厅"], ["省发展改革委", "省交通运输厅"], "2022-12"),
    ("强化数据安全保障", ["省委网信办"], ["省公安厅", "省政务管理办"], None),
]

PORTAL = [  # 责任单位 alone: all lead; 年内 in the task's text is December of the plan's year
    ("开展消费品以旧换新", ["市商务局", "市财政局", "各县区人民政府"], [], "2026-12"),
    ("培育夜间经济集聚区", ["市商务局"], ["市城市管理局", "市公安局"], "2026-09"),
    ("提升文旅消费品质", ["市文化和旅游局"], ["市交通运输局"], "2026-10"),
    ("优化消费环境", ["市市场监管局"], ["市12345热线服务中心"], None),
]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("01-city-notice-annex.docx", NOTICE_ANNEX),
        ("02-county-from-doc.docx", FROM_DOC),
        ("03-district-ledger.xlsx", LEDGER),
        ("05-province-footnotes.docx", FOOTNOTES),
        ("06-province-footnotes.pdf", FOOTNOTES),
        ("07-city-portal-page.html", PORTAL),
        ("08-city-portal-page.txt", PORTAL),
        ("09-district-ledger-gbk.csv", LEDGER),
    ],
)
def test_a_published_file_reads_as_written(name, expected):
    assert _reading(name, expected) == expected


@pytest.mark.parametrize("name", ["05-province-footnotes.docx", "06-province-footnotes.pdf"])
def test_a_footnote_reference_number_is_no_part_of_the_task_text(name):
    texts = [text for text, *_ in _rows(_read(name))]
    assert "资源目录，实行目录动态更新" in texts[0].replace(" ", "").replace("\n", "")
    assert "普惠金融、交通出行" in texts[2].replace(" ", "").replace("\n", "")


def test_a_ledger_printed_with_its_columns_spilling_onto_other_pages_is_one_line_never_a_wrong_task():
    """LibreOffice prints a wide sheet's columns page after page (类别 序号 | 重点任务 | 牵头单位 配合单位 | 完成时限):
    before, one "task" whose lead was 牵头单位配合单位."""
    from reformgraph.errors import DocumentError

    with pytest.raises(
        DocumentError, match=r"04-district-ledger-spill\.pdf: a table's columns are printed on separate"
    ):
        _read("04-district-ledger-spill.pdf")


def test_a_notice_before_a_spilled_table_is_read_and_the_table_pages_named():
    from reformgraph.loaders.formats_pdf import _without_spilled_pages
    from reformgraph.loaders.limits import DEFAULT_LIMITS

    pages = [
        "某区工作方案\n\n1.推进改革。（牵头单位：区发展改革局；完成时限：2024年6月底前）",
        "附件\n类别    序号\n改革     1",
        "重点任务\n推进改革",
        "牵头单位    配合单位\n区发展改革局    区财政局",
    ]
    doc = _without_spilled_pages(pages, [1, 2, 3], path="p.pdf", key="p", sha256="", limits=DEFAULT_LIMITS)
    assert _rows(doc) == [("推进改革。", ["区发展改革局"], [], "2024-06")]
    assert [(w.line, w.message[:41]) for w in doc.warnings] == [(5, "a table's columns are printed on separate")]


def test_a_portal_footer_ending_with_its_telephone_and_address_is_no_task():
    """Copied from a portal: its last line (联系电话：… 地址：…) kept the footer above it, 主办单位 a lead's task."""
    from reformgraph.loaders.parse import parse_document

    text = (
        "某市工作方案\n\n"
        "（一）优化消费环境。（牵头单位：市市场监管局；完成时限：持续推进）\n"
        "分享到： 微信 微博 【打印本页】 【关闭窗口】\n"
        "主办单位：某市人民政府办公室　承办单位：某市大数据管理局\n"
        "网站标识码：4115000001　豫ICP备05009456号\n"
        "联系电话：0376-6223456　地址：某市新七大道\n"
    )
    assert [row[1:3] for row in _rows(parse_document(text, path="page.txt"))] == [(["市市场监管局"], [])]


def test_a_pdf_pages_footnotes_are_no_text_of_the_plan():
    """A footnote saying 由…负责 at a page's foot, its number glued to a word of the body: before, in the task's text."""
    from reformgraph.loaders.parse import parse_document
    from reformgraph.loaders.pdf_footnotes import without_footnotes

    page = (
        "某省工作方案\n\n"
        "（一）开展数据“清洗”2。（牵头单位：省政务管理办；完成时限：2022年9月底前）\n"
        "（二）推进“一网通办”3。（牵头单位：省数据局；完成时限：2022年12月底前）\n"
        "2数据清洗：指纠正数据中的错误，由数据提供部门负责。\n"
        "3“一网通办”：指企业和群众办事只登录一次，\n"
        "  由省数据局统一建设。"
    )
    rows = _rows(parse_document(without_footnotes(page), path="p.txt"))
    assert [(text, leads) for text, leads, _, _ in rows] == [
        ("开展数据“清洗”。", ["省政务管理办"]),
        ("推进“一网通办”。", ["省数据局"]),
    ]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # a PDF's title with the preamble's first line, hard-wrapped, right under it: before, joined to it
            "某省推进数据共享工作方案\n为加快推进政务数据共享开放，根据有关文件精神，结合我省实际，制定\n本方案。\n"
            "（一）编制目录。（牵头单位：省政务办；完成时限：2022年6月底前）\n",
            "某省推进数据共享工作方案",
        ),
        (  # a portal page copied with its menu one tab a line: before, 首页政务公开政务服务
            "首页\n政务公开\n政务服务\n互动交流\n当前位置：首页 > 政务公开 > 通知公告\n关于印发某市消费工作方案的通知\n"
            "发布时间：2026-02-14  来源：某市人民政府办公室\n"
            "（一）优化消费环境。（牵头单位：市市场监管局；完成时限：持续推进）\n",
            "关于印发某市消费工作方案的通知",
        ),
    ],
)
def test_the_title_is_the_documents_own_past_a_copied_menu_and_before_its_preamble(text, title):
    from reformgraph.loaders.parse import parse_document

    assert parse_document(text, path="page.txt").title == title


@pytest.mark.xfail(
    strict=True,
    reason="a borderless sheet printed fit to width: its vertically centred cells interleave their wrapped lines "
    "(开展“一业一证”…药店等作日以内   10个) and 责任单位 over 牵头单位 | 配合单位 is one column to the position reading",
)
def test_a_ledger_printed_fit_to_one_page_wide_reads_as_its_sheet():
    assert _reading("10-district-ledger-fit.pdf", LEDGER) == LEDGER
