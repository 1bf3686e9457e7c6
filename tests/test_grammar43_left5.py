"""Round 43 (left5): the ways of writing round 42 saw and left."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from reformgraph.loaders.parse import parse_document
from reformgraph.loaders.read import read_document
from tests.support.readings import file_reading, plan_unit_lines


def test_a_guiding_unit_leads_and_a_doer_written_fuze_beside_it_supports_in_every_form() -> None:
    # one reading of 指导 / 督促指导 / 负责督促指导 next to a doer, in brackets or in prose: the guiding body leads
    # (real 09's 生态环境部指导，试点城市政府负责落实) and a doer written 负责 supports; a doer written 牵头 keeps
    # leading beside it (at the merge: 牵头 says who leads in so many words). Before, 由A牵头，B指导 lost B,
    # A负责，B督促指导 made A lead and （A负责，B督促指导） lost B.
    text = (
        "某市工作方案\n\n一、重点任务\n\n"
        "（一）加快养老服务中心建设。新建中心12个。（各县区政府牵头，市民政局指导）\n"
        "（二）推进农村互助养老。全年新建30个。（各县区政府负责，市民政局、市财政局督促指导）\n"
        "（三）实施适老化改造。由市民政局牵头，市残联指导，2024年11月底前完成。\n"
        "（四）推进医联体建设。市卫健委负责，市政府办公室督促指导。\n"
        "（五）实施分类整治。各乡镇人民政府负责组织实施，县住建局、县应急管理局负责督促指导。\n"
    )
    assert plan_unit_lines(text) == [
        (5, ["各县区政府", "市民政局"], []),
        (6, ["市民政局", "市财政局"], ["各县区政府"]),
        (7, ["市民政局", "市残联"], []),
        (8, ["市政府办公室"], ["市卫健委"]),
        (9, ["县住建局", "县应急管理局"], ["各乡镇人民政府"]),
    ]


def test_help_and_oversight_stay_supports() -> None:
    # 予以指导 (help given, round 41) and 督导 (an overseer, round 28) are not the guiding role: unchanged
    text = (
        "（一）推进校园安全建设。（县教育体育局牵头，县住房城乡建设局予以指导）\n"
        "（二）开展安全隐患排查。（各县区政府负责，市应急管理局督导）\n"
    )
    assert plan_unit_lines(text) == [(1, ["县教育体育局"], ["县住房城乡建设局"]), (2, ["各县区政府"], ["市应急管理局"])]


def test_a_later_clause_of_units_that_guide_or_help_belongs_to_the_subjects_task() -> None:
    # 各县区政府要…，市民政局、市财政局负责督促指导: the second clause's units lead, the subjects support (before, lost);
    # 各乡镇人民政府要…，县住建局要加强业务指导: one task, 县住建局 its partner (before, a second task led by it)
    text = (
        "一、重点任务\n\n"
        "（一）发展老年助餐服务。各县区政府要合理布局老年助餐点，市民政局、市财政局负责督促指导。\n"
        "（二）开展排查摸底。各乡镇人民政府要落实属地管理责任，县住建局要加强业务指导。2022年7月底前完成。\n"
        "（三）推进排水防涝。各街道办事处要落实积水点位巡查责任，区水务局负责督促指导。\n"
    )
    assert plan_unit_lines(text) == [
        (3, ["市民政局", "市财政局"], ["各县区政府"]),
        (4, ["各乡镇人民政府"], ["县住建局"]),
        (5, ["区水务局"], ["各街道办事处"]),
    ]


def _statuses(text: str) -> list[tuple[int, str | None, str | None]]:
    document = parse_document(text, path="x.md")
    return [(m.line, m.deadline.date, m.deadline.status) for w in document.workplans for m in w.measures]


def test_a_progress_cell_reporting_a_project_built_and_in_use_marks_it_done() -> None:
    # 已完成建设并投入使用, 已完成竣工验收并交付使用, X已全部完工并投入使用: the whole project; 已完成立项并开工 and
    # 已完成招标 report one step (before, every one of them left the row scheduled)
    text = (
        "| 序号 | 项目名称 | 牵头单位 | 配合单位 | 完成时限 | 进展情况 |\n"
        "| --- | --- | --- | --- | --- | --- |\n"
        "| 1 | 县人民医院门急诊综合楼 | 县卫健局 | 县住建局 | 2023年9月底前 | 已完成建设并投入使用 |\n"
        "| 2 | 城区停车场建设 | 县城管局 | 县公安局 | 2023年11月底前 | 已完成立项并开工 |\n"
        "| 3 | 乡镇敬老院改造提升 | 县民政局 | 相关乡镇 | 2023年9月底前 | 5所敬老院已全部完工并投入使用 |\n"
        "| 4 | 中小学校舍维修 | 县教体局 | 县财政局 | 2023年8月底前 | 已完成竣工验收并交付使用 |\n"
        "| 5 | 农贸市场改造 | 县商务局 | 县市场监管局 | 2023年12月底前 | 已完成招标，正在施工 |\n"
    )
    assert _statuses(text) == [
        (3, "2023-09", "done"),
        (4, "2023-11", "scheduled"),
        (5, "2023-09", "done"),
        (6, "2023-08", "done"),
        (7, "2023-12", "scheduled"),
    ]


def test_each_sentence_closed_by_its_own_bracket_after_an_item_with_the_same_list() -> None:
    # 推进…（医药服务管理司、信息中心）。优化…（医药服务管理司）。 after an item closed by （医药服务管理司）: the line's
    # last list had been read on the earlier line, so the line was not marked closed and its first list was lost
    text = (
        "5.加强医保目录管理。开展国家医保药品目录调整工作（医药服务管理司）。\n\n"
        "8.深化医保电子凭证应用。推进医保码全流程应用（医药服务管理司、信息中心）。优化异地就医直接结算服务（医药服务管理司）。\n"
    )
    assert plan_unit_lines(text) == [
        (1, ["医药服务管理司"], []),
        (3, ["医药服务管理司", "信息中心"], []),
        (3, ["医药服务管理司"], []),
    ]


FIXTURES = Path(__file__).parent / "fixtures" / "round43" / "left5"

# written by reading the files (tests/fixtures/round43/left5/make_fixtures.py), before the parser ran
PORTAL_PAGE = [
    ("推行企业开办“一网通办”", ["市市场监管局"], ["市税务局", "市公安局"], "2024-06"),
    ("深化工程建设项目审批", ["市住房城乡建设局"], ["市自然资源局", "市行政审批局"], "2024-09"),
    ("开展涉企违规收费专项整治", ["市发展改革委"], ["市财政局", "市市场监管局"], "2024-12"),
    ("建立常态化政企沟通机制", ["市工业和信息化局"], ["市工商联"], None),
    ("开展“万企上云”行动", ["市工业和信息化局"], ["市数据局"], "2024-11"),  # its lead cell merged over two rows
]
WORKBOOK = [
    ("新建社区食堂10个", ["区民政局"], ["各街道办事处"], "2025-10"),
    ("改造老旧小区12个", ["区住房城乡建设局"], ["区财政局", "相关街道"], "2025-11"),
    ("新增公共停车泊位600个", ["区城市管理局"], ["区公安分局"], "2025-12"),
]


def test_a_portal_page_and_a_workbook_in_traditional_characters_read_as_their_tables() -> None:
    # 牽頭單位 | 配合單位 | 完成時限: before, the page's table named no known column and the page was read as text
    # (the row under a rowspan lost its lead) and the workbook was refused (no sheet holds a task table)
    assert file_reading(FIXTURES / "06-shi-yingshang-fanti-2024.html", PORTAL_PAGE) == PORTAL_PAGE
    assert file_reading(FIXTURES / "07-qu-minsheng-fanti-2025.xlsx", WORKBOOK) == WORKBOOK
    for name in ("06-shi-yingshang-fanti-2024.html", "07-qu-minsheng-fanti-2025.xlsx"):
        document = read_document(FIXTURES / name)
        assert [w.kind for w in document.warnings] == ["traditional"]
        assert "辦" not in document.title and "區" not in document.title


def test_the_files_are_made_by_their_generator(tmp_path) -> None:
    pytest.importorskip("openpyxl")
    shutil.copy(FIXTURES / "make_fixtures.py", tmp_path)
    subprocess.run([sys.executable, "make_fixtures.py"], cwd=tmp_path, check=True)
    page = "06-shi-yingshang-fanti-2024.html"
    assert (tmp_path / page).read_bytes() == (FIXTURES / page).read_bytes()
    assert file_reading(tmp_path / "07-qu-minsheng-fanti-2025.xlsx", WORKBOOK) == WORKBOOK
