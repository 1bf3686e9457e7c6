"""Round 42 (second wave), files4: more files as offices publish them, read as they came.

The files are made by ``tests/fixtures/round42/files4/make_fixtures.py`` (python-docx, openpyxl, LibreOffice's Word 97
and Excel 97 exports and PDF print, a hand-written portal page, an OA system's tab text); each file's expected reading
below was written by reading the file, before the parser ran.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.support.readings import file_reading
from tests.support.readings import task_rows as _rows

FIXTURES = Path(__file__).parent / "fixtures" / "round42" / "files4"


def _read(name: str):
    from reformgraph.loaders.read import read_document

    return read_document(FIXTURES / name)


def _reading(name: str, expected: list[tuple[str, list[str], list[str], str | None]]):
    """Each task's text cut to the expected text's length, its leads, supports and deadline."""
    return file_reading(FIXTURES / name, expected)


COUNTY_DOC = [
    ("压缩企业开办时间", ["县市场监管局"], ["县税务局", "县公安局"], "2020-06"),
    ("推行不动产登记", ["县自然资源局"], ["县税务局", "县住建局"], "2020-09"),
    ("全面清理规范涉企收费", ["县发改委"], ["县财政局", "县市场监管局"], "2020-12"),
    ("建立政企沟通常态化", ["县工信局"], ["县工商联"], None),
    ("开展工程建设项目审批", ["县住建局"], ["县行政审批局", "县自然资源局"], "2020-10"),
]

TOWN_WPS = [
    ("开展村庄清洁行动", ["镇农业服务中心"], ["各村（社区）"], "2023-05"),
    ("推进农村改厕问题整改", ["镇社会事务办"], [], "2023-08"),
    ("整治河塘沟渠", ["镇水务站"], ["镇综合执法队"], "2023-06"),
    ("规范农村生活垃圾分类", ["镇综合执法队"], [], None),
]

LEDGER_XLS = [
    ("推行企业投资项目承诺制", ["区行政审批局"], ["区发改局"], "2024-06-30"),
    ("开展“证照分离”改革", ["区市场监管局"], ["区行政审批局", "区司法局"], "2024-09-30"),
    ("推进电子证照互通互认", ["区大数据中心"], ["区行政审批局"], "2024-12-31"),
    ("实施包容审慎监管", ["区司法局"], ["区市场监管局", "区城管局"], "2024-08-31"),
    ("推行“综合查一次”", ["区市场监管局"], ["区应急管理局", "区生态环境分局"], None),
]

LANDSCAPE = [
    ("推进政务云资源集约化", ["市大数据局"], ["市财政局"], "2025-12"),
    ("建设全市统一的政务数据", ["市大数据局"], ["市委网信办", "各县（市、区）政府"], "2026-06"),
    ("建设城市运行管理服务", ["市城管局"], ["市住建局", "市大数据局"], "2026-12"),
    ("推动政务服务移动端", ["市政务服务中心"], ["市大数据局"], "2027-06"),
]

NUMBERED = [
    ("及时公开稳增长政策措施", ["省发展改革委"], ["省财政厅"], "2026-06"),
    ("加强涉企政策集中发布", ["省工业和信息化厅", "省商务厅"], [], None),
    ("每季度更新惠企政策清单", ["省政务服务管理局"], [], None),
    ("推行惠企政策“免申即享”", ["省财政厅"], ["各市人民政府"], "2026-09"),
    ("完善基层政务公开标准", ["省政务公开办"], ["各市人民政府"], None),
    ("建设政务公开专区", ["省政务服务管理局"], ["省数据局"], "2026-11"),
]

BORDERLESS = [
    ("清理涉企行政规范性", ["区司法局"], ["区各部门"], "2022-09"),
    ("推行柔性执法清单", ["区市场监管局"], ["区城管局"], "2022-12"),
    ("开展涉企案件专项监督", ["区检察院"], ["区法院"], "2022-10"),
    ("建设公共法律服务中心", ["区司法局"], ["各街道"], "2022-11"),
]

TRADITIONAL = [
    ("深化商事登记改革", ["县市场监管局"], ["县税务局"], "2024-06"),
    ("优化不动产登记流程", ["县自然资源局"], ["县住房城乡建设局", "县税务局"], "2024-09"),
    ("健全企业诉求快速响应", ["县发展改革局"], [], None),
]

PORTAL = [
    ("推行“一件事一次办”", ["市政务服务局"], ["市人社局", "市医保局"], "2021-06"),
    ("推进高频事项“跨省通办”", ["市政务服务局"], ["市公安局"], "2021-12"),
    ("规范中介服务收费", ["市发展改革委"], ["市市场监管局"], "2021-09"),
    ("开展中介服务机构信用", ["市发展改革委"], ["市司法局"], "2021-10"),
    ("推行政务服务“好差评”", ["市政务服务局"], ["各县区政府"], None),
]

QUARTERS = [  # no deadline column: a row is due at the end of the last quarter it ticks (round 40)
    ("完成老旧小区改造", ["县住建局"], ["县财政局"], "2025-06"),
    ("新建城乡公交站亭", ["县交通运输局"], [], "2025-09"),
    ("实施农村饮水安全", ["县水利局"], ["各乡镇"], "2025-03"),
    ("开展食品安全抽检", ["县市场监管局"], ["县农业农村局"], "2025-12"),
    ("建成智慧教育平台", ["县教体局"], [], "2025-09"),
]

TRADITIONAL_TABLE = [  # before, the 繁体 header named no column: read from the text layer, 3 in 综合体3个 went to the lead
    ("新建社区养老服务综合体3个", ["区民政局"], ["各街道办事处"], "2024-11"),
    ("新增普惠性托位500个", ["区卫生健康局"], ["区教育局"], "2024-12"),
    ("推进适老化改造200户", ["区民政局"], ["区残联"], "2024-10"),
]

_CONVERTED = {"01-county-division.doc", "02-town-plan.wps", "03-district-ledger.xls"}


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("01-county-division.doc", COUNTY_DOC),
        ("02-town-plan.wps", TOWN_WPS),
        ("03-district-ledger.xls", LEDGER_XLS),
        ("04-city-landscape.docx", LANDSCAPE),
        ("05-province-numbered.docx", NUMBERED),
        ("06-district-borderless.pdf", BORDERLESS),
        ("07-county-traditional.pdf", TRADITIONAL),
        ("08-city-portal-table.html", PORTAL),
        ("09-county-quarters.txt", QUARTERS),
        ("10-district-traditional-table.pdf", TRADITIONAL_TABLE),
    ],
)
def test_a_file_as_published_reads_its_tasks(name, expected):
    if name in _CONVERTED and name.endswith((".doc", ".wps")) and not shutil.which("soffice"):
        pytest.skip("needs libreoffice-writer-nogui")
    assert _reading(name, expected) == expected


# ---- a table of tabs keeps its empty cells ------------------------------------------------------------------------


def test_an_empty_cell_between_tabs_keeps_the_cells_after_it_in_their_columns():
    """Two tabs in a row are an empty cell: before, the 二季度 tick was read as 一季度's (every cell after an empty
    one stood a column left)."""
    from reformgraph.loaders.parse import parse_document

    text = (
        "某县2025年重点工作季度推进表\n"
        "序号\t重点工作\t牵头单位\t配合单位\t一季度\t二季度\t三季度\t四季度\n"
        "1\t完成老旧小区改造\t县住建局\t\t\t√\t\t\n"
        '2\t新建公交站亭\t县交通运输局\t"县财政局\n各乡镇"\t\t\t√\t\n'
        "3\t实施饮水工程\t县水利局\t县财政局\t√\t\t\t\n"
    )
    assert [(leads, supports, date) for _, leads, supports, date in _rows(parse_document(text, path="q.txt"))] == [
        (["县住建局"], [], "2025-06"),
        (["县交通运输局"], ["县财政局", "各乡镇"], "2025-09"),
        (["县水利局"], ["县财政局"], "2025-03"),
    ]


def test_a_table_of_tabs_is_a_sheet_copied_whose_empty_unit_cells_were_merged_ones():
    """A sheet's rows pasted as tab text lose its merges: a row with an empty 牵头单位 takes the lead above, a numbered
    row with no unit takes the units above, as a csv file's rows do. Before, 镇自然资源所 was read as the lead and
    row 4 ran into row 3's text; a tab at the end of the header kept its columns from being read by the tabs."""
    from reformgraph.loaders.parse import parse_document

    text = (
        "溪口镇2026年重点工作任务分解表\r\n"
        "序号\t工作任务\t牵头单位\t配合单位\t完成时限\t\r\n"
        "1\t推进高标准农田建设\t镇农业农村办\t各村\t2026年10月底\t\r\n"
        "2\t开展撂荒地整治\t\t镇自然资源所\t2026年6月底\t\r\n"
        "3\t建设农产品冷链仓储\t镇经济发展办\t\t2026年12月底\t\r\n"
        "4\t推进农村电商服务站覆盖\t\t\t长期\t\r\n"
    )
    assert _rows(parse_document(text, path="t.txt")) == [
        ("推进高标准农田建设", ["镇农业农村办"], ["各村"], "2026-10"),
        ("开展撂荒地整治", ["镇农业农村办"], ["镇自然资源所"], "2026-06"),
        ("建设农产品冷链仓储", ["镇经济发展办"], [], "2026-12"),
        ("推进农村电商服务站覆盖", ["镇经济发展办"], [], None),
    ]


# ---- a file cut short --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["02-town-plan.wps", "03-district-ledger.xls"])
def test_an_old_office_file_cut_short_says_so_in_one_line(tmp_path, name):
    """A portal's attachment downloaded half: before, an .xls was "holding neither a Word document nor an Excel
    workbook" and a .wps listed three converters' failures."""
    from reformgraph.errors import DocumentError
    from reformgraph.loaders.read import read_document

    cut = tmp_path / name
    cut.write_bytes((FIXTURES / name).read_bytes()[:3000])
    with pytest.raises(DocumentError) as raised:
        read_document(cut)
    assert "an incomplete old-Office (OLE2) file: it ends at byte 3,000, before its directory" in str(raised.value)
    assert "\n" not in str(raised.value)
