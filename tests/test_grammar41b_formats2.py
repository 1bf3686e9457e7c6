"""Round 41 (second wave), formats2: the parts of Office and PDF files plans hide their tasks in.

The files are made by ``tests/fixtures/round41/formats2/make_fixtures.py`` (python-docx, openpyxl, then LibreOffice:
recalculation, .doc/.xls/.odt/.pdf); each expected reading below was written by reading the file before the parser
ran on it: the text Word shows with its tracked changes accepted (comments, footnotes, the running head and the
PAGE field no part of it), a text box's, a text frame's and a floating table's tasks, a table nested in a cell;
formulas by their cached values, rich text, a hidden sheet of old tasks left out, dates as their format shows them;
WPS's .wps/.et (the binary Word/Excel formats), an .odt, and PDFs set in two columns (a gazette's page).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.support.readings import file_reading
from tests.support.readings import task_rows as _rows

FIXTURES = Path(__file__).parent / "fixtures" / "round41" / "formats2"
needs_soffice = pytest.mark.skipif(
    shutil.which("soffice") is None, reason="needs LibreOffice (libreoffice-writer-nogui)"
)


def _reading(name: str, expected: list[tuple[str, list[str], list[str], str | None]]):
    """Each task's text cut to the expected text's length, its leads, supports and deadline."""
    return file_reading(FIXTURES / name, expected)


PLAN_01 = [
    ("推行企业开办“一日办结”", ["市政务服务管理局"], ["市市场监管局", "市税务局", "市公安局"], "2024-06"),
    ("深化“一网通办”", ["市大数据局"], ["市政务服务管理局"], "2024-09"),
    ("开展招标投标", ["市发展改革委"], ["市住房城乡建设局", "市交通运输局"], "2024-10"),
    ("清理妨碍统一", ["市市场监管局"], ["市司法局"], "2024-12"),
]

PLAN_02 = [
    ("实施农村户厕改造", ["县农业农村局", "县卫生健康局"], [], "2023-10"),
    ("推进农村生活污水", ["市生态环境局青山分局"], [], "2023-11"),
    ("建立村庄清洁长效", ["县财政局"], ["各乡镇人民政府"], "2023-12"),
    ("农村黑臭水体治理", ["县水利局"], ["市生态环境局青山分局"], "2023-09"),
    ("村庄绿化美化", ["县林业局"], ["各乡镇人民政府"], "2023-11"),
]

PLAN_03 = [
    ("新生儿出生“一件事”", ["区卫生健康局"], ["公安东湖分局", "区医保局"], "2025-06"),
    ("企业信息变更", ["区市场监管局"], ["区税务局", "区人力社保局"], "2025-09"),
    ("退休“一件事”", ["区人力社保局"], ["区医保局"], "2025-12"),
    ("梳理新生儿出生", ["区卫生健康局"], [], "2025-03"),
    ("打通户籍、医保", ["区数据局"], [], "2025-05"),
]

PLAN_04 = [
    ("建设市级数据共享交换平台，实现", ["市数据局"], ["各县（市、区）人民政府"], "2024-06"),
    ("推进电子证照", ["市数据局"], ["市公安局", "市民政局"], "2024-09"),
    ("完善政务云平台安全防护，开展攻防演练。", ["市委网信办"], ["市数据局", "市公安局"], "2024-11"),
    ("推广“一网统管”", ["市城市运行管理中心"], ["市住房城乡建设局"], "2024-12"),
]

PLAN_05 = [
    ("企业登记：推行经营主体", ["省市场监管局"], ["省数据局"], "2026-06-30"),
    ("工程建设：推进工程建设", ["省自然资源厅"], ["省住房城乡建设厅", "省生态环境厅"], "2026-08"),
    ("跨境贸易：压缩进出口", ["南京海关"], ["省商务厅", "省交通运输厅"], "2026-09-30"),
    ("纳税服务：推行税费申报", ["省税务局"], ["省财政厅"], "2026-10"),
    ("信用监管：建立经营主体", ["省发展改革委"], ["省市场监管局", "省税务局"], "2026-12-31"),
]

PLAN_06 = [
    ("开展燃气安全", ["镇安监站"], [], "2022-05"),
    ("开展自建房安全", ["镇村建办"], [], "2022-06"),
    ("开展道路交通", ["镇综治办", "派出所"], [], "2022-07"),
]

PLAN_07 = [
    ("全面推行证明", ["县司法局"], ["县政务服务中心"], "2021-06"),
    ("推进“证照分离”", ["县市场监管局"], ["县政务服务中心", "县税务局"], "2021-09"),
    ("开展“双随机", ["县市场监管局"], [], "2021-12"),
]

PLAN_08 = [
    ("加快重大项目审批", ["行政审批局"], ["规划建设局", "生态环境分局"], "2020-06-30"),
    ("推进标准厂房", ["规划建设局"], ["财政局"], "2020-10-31"),
    ("开展“招商引资", ["投资促进局"], ["各街道"], "2020-09-30"),
]

PLAN_09 = [
    ("开展城市主次干道", ["市城管局"], ["市公安局", "市市场监管局"], "2019-06"),
    ("推进老旧小区改造", ["市住房城乡建设局"], ["市财政局", "各区人民政府"], "2019-11"),
    ("实施城区河道清淤", ["市水务局"], ["市生态环境局"], "2019-10"),
    ("开展农贸市场环境", ["市商务局"], ["市市场监管局", "市城管局"], "2019-09"),
    ("加强建筑工地扬尘", ["市住房城乡建设局"], ["市生态环境局"], "2019-12"),
    ("推进城乡生活垃圾", ["市城管局"], ["市发展改革委", "各区人民政府"], "2019-12"),
    ("整治城乡结合部", ["各区人民政府"], ["市城管局", "市农业农村局"], "2019-08"),
    ("开展公共厕所", ["市城管局"], ["市财政局", "市自然资源局"], "2019-10"),
    ("规范户外广告", ["市城管局"], ["市市场监管局", "市住房城乡建设局"], "2019-07"),
    ("推进背街小巷", ["市住房城乡建设局"], ["市城管局", "各区人民政府"], "2019-11"),
    ("加强机动车停放", ["市公安局"], ["市城管局", "市交通运输局"], "2019-09"),
    ("开展餐饮油烟", ["市生态环境局"], ["市市场监管局", "市城管局"], "2019-08"),
    ("整治城市水体", ["市水务局"], ["市城管局", "各区人民政府"], "2019-10"),
    ("建立城乡环境", ["市城管局"], ["市委督查室", "市政府督查室"], "2019-06"),
]

PLAN_10 = [
    ("加快5G网络", ["省通信管理局"], ["省工业和信息化厅", "省发展改革委"], "2026-12"),
    ("推进算力基础", ["省数据局"], ["省发展改革委", "省通信管理局"], "2026-09"),
    ("实施制造业数字化", ["省工业和信息化厅"], ["省财政厅", "各设区市人民政府"], "2026-11"),
    ("培育数据要素", ["省数据局"], ["省财政厅", "省市场监管局"], "2026-10"),
    ("发展平台经济", ["省发展改革委"], ["省商务厅", "省市场监管局"], "2026-12"),
    ("推进数字乡村", ["省农业农村厅"], ["省委网信办", "省数据局"], "2026-11"),
    ("加快智慧医疗", ["省卫生健康委"], ["省数据局", "省医保局"], "2026-12"),
    ("建设数字化学习", ["省教育厅"], ["省数据局"], "2026-08"),
    ("强化数据安全", ["省委网信办"], ["省公安厅", "省数据局"], "2026-10"),
    ("加强数字经济统计", ["省统计局"], ["省发展改革委", "省数据局"], "2026-06"),
    ("培育数字经济领军", ["省工业和信息化厅"], ["省科技厅", "省商务厅"], "2026-12"),
    ("推进跨境电商", ["省商务厅"], ["南京海关", "省税务局"], "2026-11"),
    ("提升数字政府", ["省政务办"], ["省数据局", "各设区市人民政府"], "2026-09"),
    ("完善数字经济人才", ["省人力资源社会保障厅"], ["省教育厅", "省工业和信息化厅"], "2026-12"),
    ("加大数字经济金融", ["省财政厅"], ["省地方金融管理局", "人民银行江南省分行"], "2026-07"),
    ("开展数字经济招商", ["省商务厅"], ["省发展改革委", "各设区市人民政府"], "2026-12"),
]

PLAN_11 = [
    ("推进老旧小区加装电梯", ["区住房城乡建设局"], ["各街道办事处"], "2025-11"),
    ("完成区域供热管网", ["区住房城乡建设局"], ["区发展改革局"], "2025-10"),
    ("开展燃气用户安全", ["区城市管理局"], ["区住房城乡建设局"], "2025-08"),
]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("01-city-tracked-changes.docx", PLAN_01),
        ("02-county-text-box.docx", PLAN_02),
        ("03-district-nested-table.docx", PLAN_03),
        ("04-city-formulas.xlsx", PLAN_04),
        ("05-province-date-formats.xlsx", PLAN_05),
        ("06-town-ledger.et", PLAN_06),
        ("09-city-two-columns.pdf", PLAN_09),
        ("10-province-gazette.pdf", PLAN_10),
        ("11-district-unsaved-formulas.xlsx", PLAN_11),
    ],
)
def test_office_and_pdf_files_read_their_hidden_parts(name, expected):
    assert _reading(name, expected) == expected


@needs_soffice
@pytest.mark.parametrize(("name", "expected"), [("07-county-tracked.wps", PLAN_07), ("08-zone-plan.odt", PLAN_08)])
def test_converted_files_read_their_hidden_parts(name, expected):
    assert _reading(name, expected) == expected


def test_xls_date_shown_as_a_month_is_that_month_and_hidden_sheet_is_not_read():
    """06 (.et): ``2022年5月`` (a date cell formatted ``yyyy年m月``) was read 2022-05-31, and the hidden sheet of
    2021's closed tasks read as a fourth task."""
    assert [date for *_, date in _rows(_read("06-town-ledger.et"))] == ["2022-05", "2022-06", "2022-07"]


def test_a_chinese_numeral_month_format_is_a_month():
    """05 row 4: ``[DBNum1][$-804]yyyy"年"m"月"`` shows 二〇二六年十月 (the d of DBNum was taken for a day)."""
    assert _rows(_read("05-province-date-formats.xlsx"))[3][3] == "2026-10"


def test_a_two_column_page_reads_column_by_column():
    """09: each line joined a left-column line to a right-column one (``…消除黑臭水12.开展餐饮油烟…``)."""
    rows = _rows(_read("09-city-two-columns.pdf"))
    assert [text[:4] for text, *_ in rows[6:9]] == ["整治城乡", "开展公共", "规范户外"]


def test_a_gazette_page_reads_its_title_across_the_page_then_each_column():
    """10: the title and addressee across the page, then the plan's items in two columns over two pages."""
    from reformgraph.loaders.read import read_document

    doc = read_document(FIXTURES / "10-province-gazette.pdf")
    assert "数字经济发展工作要点" in doc.title and len(_rows(doc)) == 16


def test_formulas_a_program_saved_with_no_value_read_their_reference_and_row_number():
    """11: an export never saved by Excel holds ``=C3`` and ``=ROW()-2`` with empty values: the second task had no
    lead (``task names no lead unit``) and the third no partner."""
    doc = _read("11-district-unsaved-formulas.xlsx")
    assert doc.warnings == () and [(leads, supports) for _, leads, supports, _ in _rows(doc)][1:] == [
        (["区住房城乡建设局"], ["区发展改革局"]),
        (["区城市管理局"], ["区住房城乡建设局"]),
    ]


def _read(name: str):
    from reformgraph.loaders.read import read_document

    return read_document(FIXTURES / name)
