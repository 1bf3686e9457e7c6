"""Round 42 of docs/loader.md, ledgers: 督查督办台账 and 整改台账 with their progress and status columns."""

from __future__ import annotations

from pathlib import Path

import pytest

from reformgraph.loaders.parse import parse_document
from tests.support.readings import task_rows as _rows

FIXTURES = Path(__file__).parent / "fixtures" / "round42" / "ledgers"


def _statuses(text: str, path: str = "plan.txt") -> list[tuple[int, str | None, str | None]]:
    """(line, deadline date, status) of every task of a small ledger."""
    doc = parse_document(text, path=path)
    return [(m.line, m.deadline.date, m.deadline.status) for w in doc.workplans for m in w.measures]


def test_a_pasted_ledger_whose_only_unit_column_is_its_offices_is_a_table():
    """A 街道's 整改销号清单 pasted from Excel names its 责任科室 only. Before: no table; one task of the prose
    `由社区牵头` in a cell, with every row's date."""
    text = (
        "某街道整改销号清单\n\n"
        "序号\t问题描述\t整改措施\t责任科室\t整改时限\n"
        "1\t占道经营反弹\t开展常态化巡查\t城市管理办公室、综合行政执法队\t长期坚持\n"
        "2\t加装电梯协调难\t由社区牵头组织议事协商\t石牌东社区\t2025年6月30日前\n"
    )
    assert [(leads, supports, date) for _, leads, supports, date in _rows(parse_document(text))] == [
        (["城市管理办公室", "综合行政执法队"], [], None),
        (["石牌东社区"], [], "2025-06-30"),
    ]


def test_a_ledgers_status_column_closes_its_row():
    """整改状态 已销号 / 已完成 closes a row, 序时推进 and 未完成 do not. Before: every row scheduled."""
    text = (
        "某市巡察反馈问题整改台账\n\n"
        "序号\t存在问题\t整改措施\t牵头单位\t配合单位\t整改时限\t整改状态\n"
        "1\t接待不规范\t修订接待办法\t市机关事务管理局\t市财政局\t2023年8月底前\t已销号\n"
        "2\t落地率低\t建立调度机制\t市投资促进中心\t市发展改革委\t2023年12月底前\t序时推进\n"
        "3\t年龄老化\t制定培养计划\t市委组织部\t市人社局\t2023年9月底前\t未完成\n"
    )
    assert _statuses(text) == [(4, "2023-08", "done"), (5, "2023-12", "scheduled"), (6, "2023-09", "scheduled")]


def test_a_yes_no_column_and_a_quarters_progress_column_say_done():
    """是否完成 是 closes a row; a 二季度进展 column's 已完成 does too. Before: both scheduled."""
    text = (
        "某区改革任务推进台账\n\n"
        "| 序号 | 改革事项 | 牵头单位 | 参与单位 | 完成时限 | 二季度进展 | 是否完成 |\n"
        "|---|---|---|---|---|---|---|\n"
        "| 1 | 深化标准地改革 | 区规划资源分局 | 区发改局 | 2020年6月 | 出台实施细则 | 是 |\n"
        "| 2 | 推进医共体建设 | 区卫健局 | 区医保分局 | 2020年9月 | 已完成 | |\n"
        "| 3 | 建立赔偿制度 | 区生态环境分局 | 区司法局 | 2020年10月 | 形成征求意见稿 | 否 |\n"
    )
    assert _statuses(text, "plan.md") == [(5, "2020-06", "done"), (6, "2020-09", "done"), (7, "2020-10", "scheduled")]


def test_a_filled_verdict_column_outweighs_a_progress_report():
    """已完成协商3宗 in 整改情况 beside 销号情况 序时推进 is work under way: the verdict column decides."""
    text = (
        "某街道整改销号清单\n\n"
        "序号\t问题描述\t责任科室\t整改时限\t整改情况\t销号情况\n"
        "1\t加装电梯协调难\t规划建设办公室\t2025年6月30日前\t已完成协商3宗\t序时推进\n"
        "2\t助餐点不足\t公共服务办公室\t2025年5月31日前\t新增助餐点2个\t已销号\n"
    )
    assert _statuses(text) == [(4, "2025-06-30", "scheduled"), (5, "2025-05-31", "done")]


def test_a_verdict_columns_continuing_status_is_a_dateless_rows_status():
    """整改状态 持续推进 in a ledger with no deadline column: the task goes on. 序时推进 (on schedule) says no
    status by itself. Before: no status."""
    text = (
        "某区2024年重点工作督办台账\n\n"
        "| 序号 | 工作任务 | 牵头单位 | 责任单位 | 整改状态 |\n"
        "|---|---|---|---|---|\n"
        "| 1 | 推进老旧小区改造 | 区住建局 | 各街道 | 持续推进 |\n"
        "| 2 | 建设智慧停车平台 | 区城管局 | 区公安分局 | 序时推进 |\n"
    )
    assert _statuses(text, "plan.md") == [(5, None, "ongoing"), (6, None, None)]


def test_a_progress_column_named_with_its_period_first_is_a_progress_column():
    """截至6月底进展情况 (the period, then 进展情况): its 已完成 closes the row. Before: scheduled."""
    text = (
        "某县2025年重点任务推进台账\n\n"
        "| 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 | 截至6月底进展情况 |\n"
        "|---|---|---|---|---|---|\n"
        "| 1 | 建成县城污水处理厂三期 | 县住建局 | 县生态环境局 | 2025年6月底前 | 已完成，6月20日通水运行 |\n"
        "| 2 | 新建5G基站300个 | 县工信局 | 县铁塔公司 | 2025年12月底前 | 已建成186个 |\n"
    )
    assert _statuses(text, "plan.md") == [(5, "2025-06", "done"), (6, "2025-12", "scheduled")]


def test_a_pasted_ledgers_group_row_written_as_a_line_of_its_own_keeps_the_table():
    """（一）经济领域改革 under the header, a merged group row pasted as a line with no tab. Before: the table ended
    at it (a header with no row), and nothing was read."""
    text = (
        "某县改革任务推进台账\n\n"
        "序号\t改革任务\t牵头单位\t配合单位\t时间节点\t推进状态\n"
        "（一）经济领域改革\n"
        "1\t深化零基预算改革\t县财政局\t县直各预算单位\t2026年3月\t已完成\n"
        "（二）民生领域改革\n"
        "2\t深化医保支付方式改革\t县医保局\t县卫健局\t2026年8月\t序时推进\n"
    )
    assert _statuses(text) == [(5, "2026-03", "done"), (7, "2026-08", "scheduled")]


def test_a_title_run_onto_a_pipe_tables_header_is_no_spaced_table():
    """A title and a pipe table's header on one line (two lines joined): before, a spaced table whose units
    held | and the next rows' cells."""
    text = (
        "# 某街道平安建设任务清单| 序号 | 工作任务 | 责任科室 | 完成时间 |\n"
        "|---|---|---|---|| 1 | 开展矛盾纠纷排查化解 | 综治中心 | 每月 |\n"
        "| 2 | 推进“雪亮工程”建设 | 平安办、城建中心 | 2025年8月 || 3 | 开展反诈宣传 | 各社区 | 2025年12月 |\n"
        "1.推进基层治理。（街道综治中心牵头）\n"
    )
    units = [u for _, leads, supports, _ in _rows(parse_document(text, path="x")) for u in leads + supports]
    assert "|" not in units and "||" not in units


# ---- the ledgers written for round 42 (their text plans are checked by tests/test_round_plans.py) -----------------

_EXPECTED_XLSX = {
    "06-city-duban-2026.xlsx": [
        ("建设市级中试基地", ["市科技局"], ["市工信局", "市财政局"], "2026-10", "scheduled"),
        ("新增高新技术企业", ["市科技局"], ["各区县人民政府"], "2026-12", "scheduled"),
        ("完成城中村改造项目", ["市住房城乡建设局"], ["市自然资源和规划局", "相关区人民政府"], "2026-11", "scheduled"),
        ("出台城市更新条例", ["市住房城乡建设局"], ["市司法局"], "2026-02", "done"),  # 是否销号 是
    ],
    "07-province-zhenggai-2019.xlsx": [
        # the task's text is the 整改措施 column's (the 督察反馈问题 column, first, is of no kind the header knows)
        ("开展专项排查", ["省生态环境厅"], ["省水利厅", "省住房城乡建设厅", "各市人民政府"], "2019-10", "done"),
        ("逐项制定整改方案", ["省发展改革委", "省交通运输厅"], [], "2020-06", "scheduled"),
        ("实施管网排查修复", ["省住房城乡建设厅"], [], "2021-12", "scheduled"),
        ("完善秸秆收储运体系", ["省农业农村厅"], ["省生态环境厅"], None, "ongoing"),
        ("加快推进处置项目", ["省生态环境厅"], [], "2019-12", "done"),  # 整改状态 已销号
    ],
}


@pytest.mark.parametrize("name", sorted(_EXPECTED_XLSX))
def test_the_rounds_xlsx_ledgers_read_task_by_task(name):
    """Before: the two 是否销号 是 / 整改状态 已完成 / 已销号 rows scheduled."""
    from reformgraph.loaders.read import read_document

    doc = read_document(FIXTURES / name)
    got = [
        (m.text, [u.raw for u in m.leads], [u.raw for u in m.supports], m.deadline.date, m.deadline.status)
        for w in doc.workplans
        for m in w.measures
    ]
    assert len(got) == len(_EXPECTED_XLSX[name])
    for row, (start, leads, supports, date, status) in zip(got, _EXPECTED_XLSX[name]):
        assert row[0].startswith(start) and row[1:] == (leads, supports, date, status)


def test_the_rounds_xlsx_ledgers_are_made_by_their_generator(tmp_path):
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_ledgers", FIXTURES / "make_fixtures.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.city_duban_2026(tmp_path / "06.xlsx")
    module.province_zhenggai_2019(tmp_path / "07.xlsx")
    from reformgraph.loaders.read import read_document

    assert len([m for w in read_document(tmp_path / "07.xlsx").workplans for m in w.measures]) == 5
