"""Round 42 (second wave) of docs/loader.md, theme fresh5: an honest held-out measure, fifth set (a 省委办公厅 and
省政府办公厅 实施意见 with its 分工方案, a 河长制 要点, a 数字政府 year table, a 城市更新 方案, a 养老服务 方案 in prose,
a 国家医保局 要点 with its 司局 at paragraph ends, a 衔接 list pasted from Excel, a 乡镇 safety inspection)."""

from __future__ import annotations

from tests.support.readings import plan_unit_lines_dated


def test_a_bureau_named_with_its_office_in_tortoise_shell_brackets_closes_an_item():
    """A 部委's 要点 closes each item with its 司局 in brackets, and the 机关党委 it shares an office with written
    after it in 〔〕 (``（机关党委〔人事司〕）``): the item's unit, as ``（机关党委（人事司））`` is. Before, the item was no
    task (the list's last character was not read as a unit's)."""
    text = (
        "# 2023年医疗保障工作要点\n\n"
        "1．健全基本医疗保障制度。（待遇保障司）\n\n"
        "2．深入开展主题教育。（机关党委〔人事司〕）\n\n"
        "3．推进医保基金智能监控，6月底前出台管理办法。（基金监管司、基金监管事务中心）\n"
    )
    assert plan_unit_lines_dated(text) == [
        (3, ["待遇保障司"], [], None, None),
        (5, ["机关党委〔人事司〕"], [], None, None),
        (7, ["基金监管司", "基金监管事务中心"], [], "2023-06", "scheduled"),
    ]


def test_a_bureau_list_closing_each_sentence_of_an_item_makes_each_sentence_a_task():
    """A 部委's 要点 may close each sentence of one numbered item with its own 司局 (``开展专项整治。（基金监管司）推进
    智能监控。（基金监管司、大数据中心）``): each sentence is a task of its units, as with labelled brackets. Before,
    only the bracket closing the line was read and the others' units were lost (``医药服务管理司`` below)."""
    text = (
        "# 2024年医疗保障工作要点\n\n"
        "1．加强基金监管。开展专项整治。（基金监管司）推进智能监控。（基金监管司、大数据中心）\n\n"
        "2．推进医保支付方式改革。（医药服务管理司）完善医保药品目录调整机制。（医药价格和招标采购司）\n\n"
        "3．加强法治建设。（法规司）\n"
    )
    assert plan_unit_lines_dated(text) == [
        (3, ["基金监管司"], [], None, None),
        (3, ["基金监管司", "大数据中心"], [], None, None),
        (5, ["医药服务管理司"], [], None, None),
        (5, ["医药价格和招标采购司"], [], None, None),
        (7, ["法规司"], [], None, None),
    ]


def test_a_pasted_sheets_header_of_two_rows_names_each_column_by_its_lower_cell():
    """A task list copied from Excel whose 责任单位 is a merged cell over 牵头单位 | 配合单位 pastes as two tab-separated
    header rows, the merged cell's text in its first column and the rest empty (``责任单位\\t\\t``, then
    ``\\t\\t牵头单位\\t配合单位\\t``): the columns are the lower row's names where it has one. Before, the plan read
    as one false task led by ``配合单位``."""
    text = (
        "天水市2021年巩固拓展脱贫攻坚成果同乡村振兴有效衔接重点任务清单\n\n"
        "序号\t重点任务\t责任单位\t\t完成时限\n"
        "\t\t牵头单位\t配合单位\t\n"
        "1\t健全防止返贫动态监测和帮扶机制\t市乡村振兴局\t市民政局、各县区\t长期坚持\n"
        "2\t发展特色产业\t市农业农村局\t市财政局\t2021年12月底\n"
    )
    assert plan_unit_lines_dated(text) == [
        (5, ["市乡村振兴局"], ["市民政局", "各县区"], None, "ongoing"),
        (6, ["市农业农村局"], ["市财政局"], "2021-12", "scheduled"),
    ]


def test_a_two_row_header_flattened_one_cell_per_line_places_the_sub_columns_under_their_group():
    """A Word table's header of two rows (``责任单位`` merged over ``牵头单位 | 配合单位``) copied from a portal one cell
    per line gives the first row's names, then the second row's: ``序号 重点任务 责任单位 完成时限 牵头单位 配合单位``.
    The sub-columns stand in the group's place. Before, each row's cells were read under the names in that order: the
    supports led, the lead supported and the deadline was lost."""
    cells = ["附件", "重点任务分工方案", "序号", "重点任务", "责任单位", "完成时限", "牵头单位", "配合单位"]
    cells += ["1", "实施高素质农民培育计划", "省农业农村厅", "省财政厅、省教育厅", "2025年底前"]
    cells += ["2", "加强乡镇党政人才队伍建设", "省委组织部", "省委党校、省民政厅", "持续推进"]
    assert plan_unit_lines_dated("\n\n".join(cells) + "\n") == [
        (21, ["省农业农村厅"], ["省财政厅", "省教育厅"], "2025-12", "scheduled"),
        (31, ["省委组织部"], ["省委党校", "省民政厅"], None, "ongoing"),
    ]
