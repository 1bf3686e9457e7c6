"""Round 41 of docs/loader.md, files: task tables in Office and PDF files as offices publish them.

The files are made by ``tests/fixtures/round41/files/make_fixtures.py`` (python-docx, openpyxl, LibreOffice for the
PDFs); each expected reading below was written by reading the file before the parser ran on it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.readings import file_reading
from tests.support.readings import task_rows as _rows

FIXTURES = Path(__file__).parent / "fixtures" / "round41" / "files"


def _read(name: str):
    from reformgraph.loaders.read import read_document

    return read_document(FIXTURES / name)


def _reading(name: str, expected: list[tuple[str, list[str], list[str], str | None]]):
    """Each task's text cut to the expected text's length, its leads, supports and deadline."""
    return file_reading(FIXTURES / name, expected)


MERGED_LEAD = [
    ("推行企业开办", ["市政务服务管理局"], ["市市场监管局", "市税务局"], "2024-06"),
    ("推广电子证照", ["市政务服务管理局"], ["市大数据局"], "2024-09"),
    ("完善“12345”", ["市政务服务管理局"], ["各县（市、区）人民政府"], None),
    ("开展招标投标", ["市发展改革委"], ["市住房城乡建设局", "市交通运输局", "市水利局"], "2024-10"),
    ("清理妨碍统一", ["市发展改革委"], ["市司法局"], "2024-12"),
]

TWO_ROW_HEADER = [
    ("新建高标准农田", ["县农业农村局"], ["县财政局", "县自然资源局"], "2022-12"),
    ("完成农村户厕", ["县农业农村局"], ["县卫生健康局", "各乡镇人民政府"], "2022-11"),
    ("实施农村供水", ["县水利局"], ["县发展改革局"], "2022-10"),
    ("开展脱贫人口", ["县人力资源社会保障局"], ["县乡村振兴局"], "2022-12"),
    ("推进农村集体", ["县自然资源局"], ["县农业农村局", "县税务局"], "2022-12"),
]

CONTINUED = [
    ("推进“互联网", ["规划信息处"], ["医政医管处", "基层卫生处"], "2025-12"),
    ("开展紧密型县", ["基层卫生处"], ["体制改革处", "财务处"], "2025-10"),
    ("扩大检查检验", ["医政医管处"], ["规划信息处"], "2025-09"),
    ("推进公立医院", ["体制改革处"], ["人事处", "财务处"], "2025-12"),
    ("实施基层医疗", ["基层卫生处"], ["财务处"], None),
    ("完善儿科、精", ["科技教育处"], ["人事处"], "2025-11"),
    ("加强传染病监", ["疾病预防控制处"], ["卫生应急办公室"], "2025-06"),
    ("开展医疗卫生", ["医疗应急处"], ["驻厅纪检监察组"], "2025-12"),
    ("推进中医药传", ["中医药管理处"], ["财务处"], "2025-12"),
    ("推动托育服务", ["人口家庭处"], ["财务处"], "2025-12"),
    ("实施职业病防", ["职业健康处"], ["综合监督处"], "2025-11"),
    ("开展老年友善", ["老龄健康处"], ["医政医管处"], "2025-12"),
]

BRACKETED_ROLES = [
    ("推进DRG付费", ["医药服务管理科"], ["基金监管科", "市医保中心"], "2021-12"),
    ("开展定点医药", ["基金监管科"], ["各县（市、区）医疗保障局"], "2021-08"),
    ("落实国家组织", ["医药价格和招标采购科"], ["市医保中心"], "2021-06"),
]

MERGED_OVER_PAGES = [
    ("完成城镇老旧小区", ["市住房城乡建设局"], ["各区人民政府"], "2025-04"),
    ("改造城市燃气、供", ["市住房城乡建设局"], ["各区人民政府"], "2025-05"),
    ("实施背街小巷整治", ["市住房城乡建设局"], ["各区人民政府"], "2025-06"),
    ("新建改建城市口袋", ["市住房城乡建设局"], ["各区人民政府"], "2025-07"),
    ("推进城市地下管网", ["市住房城乡建设局"], ["各区人民政府"], "2025-08"),
    ("开展城中村改造项", ["市自然资源和规划局"], ["各区人民政府"], "2025-09"),
    ("编制片区城市更新", ["市自然资源和规划局"], ["各区人民政府"], "2025-10"),
    ("推进历史文化街区", ["市自然资源和规划局"], ["各区人民政府"], "2025-11"),
]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("01-city-merged-lead.docx", MERGED_LEAD),
        ("09-city-merged-lead.pdf", MERGED_LEAD),
        ("02-county-two-row-header.docx", TWO_ROW_HEADER),
        ("10-county-two-row-header.pdf", TWO_ROW_HEADER),
        ("03-province-continued-table.docx", CONTINUED),
        ("15-city-bracketed-roles.docx", BRACKETED_ROLES),  # 责任单位（牵头） | 责任单位（配合）
        ("16-city-bracketed-roles.pdf", BRACKETED_ROLES),
        ("17-city-merged-over-pages.docx", MERGED_OVER_PAGES),
        ("18-city-merged-over-pages.pdf", MERGED_OVER_PAGES),  # 配合单位 merged over three pages
        ("03-province-repeated-header.pdf", CONTINUED),
        (
            "04-district-numbered-subtasks.docx",
            [
                ("全面实行行政许可", ["区行政审批局"], [], "2023-06"),
                ("推行证明事项告知", ["区司法局"], [], "2023-09"),
                ("推进工程建设项目", ["区住房城乡建设局", "区行政审批局"], [], "2023-12"),
                ("全面推行“双随机", ["区市场监管局"], [], None),
                ("推进信用分级分类", ["区发展改革局"], [], "2023-10"),
                ("建立企业诉求“直", ["区工商联"], [], "2023-08"),
            ],
        ),
        (
            "05-zone-sheets.xlsx",  # a sheet per 领域, one of three rows and two of two: each row named by its group
            [
                ("深化企业投资", ["开发区行政审批局"], ["开发区规划建设局"], "2025-06-30"),
                ("推进“标准地", ["开发区行政审批局"], ["开发区经济发展局"], "2025-12-31"),
                ("优化涉企服务", ["开发区经济发展局"], ["开发区招商局"], "2025-03-31"),
                ("完善科技企业", ["开发区科技创新局"], ["开发区财政金融局"], "2025-12-31"),
                ("推进科技成果", ["开发区科技创新局"], [], "2025-09-30"),
                ("深化教育集团", ["开发区社会事业局"], ["各街道办事处"], "2025-08-31"),
                ("完善社区嵌入", ["开发区社会事业局"], ["开发区规划建设局", "各街道办事处"], "2025-12-31"),
            ],
        ),
        (
            "06-city-lead-in-cell.xlsx",
            [
                ("建设市级人工", ["市数据局"], ["市发展改革委", "市工业和信息化局"], "2026-12"),
                ("开展“人工智", ["市工业和信息化局"], ["市科技局"], "2026-09"),
                ("推动人工智能", ["市政务服务管理局"], ["市数据局"], "2026-06"),
                ("建立人工智能", ["市委人才办"], ["市人力资源社会保障局"], "2026-10"),
                ("举办人工智能", ["市科技局"], ["市工业和信息化局", "市数据局"], "2026-11"),
            ],
        ),
        (
            "07-town-list-numbering.docx",
            [
                ("推进农村生活垃圾", ["镇城建办"], ["各村委会"], "2021-09"),
                ("开展村庄清洁行动", ["镇农业服务中心"], ["镇环保所", "各村委会"], None),
                ("完成新建改建户厕", ["镇农业服务中心"], [], "2021-10"),
                ("建成农村公厕6座", ["镇城建办"], ["镇财政所"], None),
                ("加强农村生活污水", ["镇环保所"], ["镇城建办"], None),
            ],
        ),
        (
            "08-city-body-restates-annex.docx",  # Tables first (round 25): the body restates the annex
            [
                ("建设全市统一", ["市大数据局"], ["市财政局"], "2020-12"),
                ("推进政务数据", ["市大数据局"], ["市级各部门"], "2021-06"),
                ("深化“一网通", ["市政务服务中心"], ["各区人民政府"], "2021-12"),
            ],
        ),
        (
            "11-city-leader-column.docx",  # 责任市领导 names people, no units
            [
                ("加快5G基站建设", ["市工业和信息化局"], ["市通信发展管理办公室", "各县（市、区）人民政府"], "2020-12"),
                ("推进重大项目谋划", ["市发展改革委", "市财政局"], ["市级有关部门"], "2020-06"),
                ("实施城市更新行动", ["市住房城乡建设局"], ["市自然资源和规划局"], "2020-11"),
                ("开展“双招双引”", ["市投资促进局"], ["市商务局"], None),
            ],
        ),
        (
            "12-province-two-row-header.xlsx",
            [
                ("实施省级重点项目", ["省发展改革委"], ["省直有关部门", "各市人民政府"], "2023-12"),
                ("推进专项债券项目", ["省财政厅"], ["省发展改革委"], "2023-03"),
                ("开展“消费提振年", ["省商务厅"], ["省文化和旅游厅", "省市场监管局"], "2023-06"),
                ("促进汽车消费，落", ["省工业和信息化厅"], ["省商务厅"], "2023-10"),
            ],
        ),
        (
            "13-district-list-labels.docx",  # one 责任单位 list, no convention: every unit leads
            [
                ("新改扩建中小学校", ["区教育局", "区住房城乡建设局"], [], "2024-08"),
                ("推进集团化办学全", ["区教育局"], [], "2024-12"),
                ("实施校园食品安全", ["区市场监管局", "区教育局"], [], None),
            ],
        ),
        (
            "14-county-ledger.xlsx",  # 责任单位 beside 牵头单位 carries the lead's task out; 责任人 names people
            [
                ("完成县城污水处理", ["县住房城乡建设局"], ["县水务公司"], "2019-10"),
                ("开展县域河道“清", ["县水利局"], ["各乡镇人民政府"], "2019-06"),
                ("推进秸秆综合利用", ["县农业农村局"], ["各乡镇人民政府"], "2019-11"),
            ],
        ),
    ],
)
def test_a_published_office_file_reads_as_written(name, expected):
    assert _reading(name, expected) == expected


# ---- a sheet of two broad tasks with a measure each -------------------------------------------------------------------


def test_two_broad_tasks_of_one_measure_each_name_their_measures_as_three_do():
    """改革任务 | 具体举措 with two rows: before, a workplan a row titled by its 改革任务 (three rows gave one workplan
    of rows named ``改革任务：具体举措``), so one workbook's sheets read two ways."""
    from tests.support.readings import sheet_document

    doc = sheet_document(
        ["序号", "改革任务", "具体举措", "牵头单位", "完成时限"],
        [1, "完善科技企业梯度培育机制", "新增高新技术企业30家以上。", "开发区科技创新局", "2025年12月31日"],
        [2, "推进科技成果转化", "建设概念验证中心1家。", "开发区科技创新局", "2025年9月30日"],
    )
    assert len(doc.workplans) == 1
    assert [row[0] for row in _rows(doc)] == [
        "完善科技企业梯度培育机制：新增高新技术企业30家以上。",
        "推进科技成果转化：建设概念验证中心1家。",
    ]


# ---- a role in a header's brackets -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "header",
    [
        ["序号", "重点任务", "责任单位（牵头）", "责任单位（配合）", "完成时限"],
        ["序号", "重点任务", "责任部门(牵头)", "责任部门(协办)", "完成时限"],
    ],
)
def test_the_responsible_units_split_by_a_bracketed_role_lead_and_support(header):
    """Before: both columns read as 责任单位, and every unit of the row led."""
    from tests.support.readings import sheet_document

    doc = sheet_document(header, ["1", "推进改革", "县发改局", "县财政局、县税务局", "2024年6月底前"])
    assert [row[1:3] for row in _rows(doc)] == [(["县发改局"], ["县财政局", "县税务局"])]


def test_bracketed_roles_under_a_merged_responsible_units_header_name_its_two_columns():
    """``（牵头）`` | ``（配合）`` under 责任单位 merged over both. Before: no header row, the 配合 column's units lost."""
    from tests.support.readings import sheet_document

    doc = sheet_document(
        ["序号", "工作任务", "责任单位", "", "完成时限"],
        ["", "", "（牵头）", "（配合）", ""],
        ["1", "推进改革", "县发改局", "县财政局、县税务局", "2024年6月底前"],
    )
    assert [row[1:3] for row in _rows(doc)] == [(["县发改局"], ["县财政局", "县税务局"])]
