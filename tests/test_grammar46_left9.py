"""Round 46 (left9): round 45's text left-overs (docs/loader.md, round 45's "Left")."""

import pytest

from reformgraph.loaders.parse import parse_document
from reformgraph.loaders.text_deadlines import text_deadline
from tests.support.readings import plan_measures


def _read(text: str) -> list[tuple[int, list[str], list[str], str | None, str | None, str | None]]:
    return plan_measures(text, "x.txt")


def _roles(text: str, path: str = "x.txt") -> list[tuple[list[str], list[str]]]:
    return [(leads, supports) for _, leads, supports, *_ in plan_measures(text, path)]


def test_a_unit_after_a_lead_carrying_a_duty_phrase_is_a_partner() -> None:
    # before, no support: 履行…职责 named a duty, 依职责 was no manner of the partners' verbs
    text = (
        "1.设立产业基金。由市财政局牵头，市国资委履行出资人职责，2025年9月底前完成。\n"
        "2.规范对外投资。市国资委牵头，市审计局依职责做好投资项目审计监督。\n"
        "3.防范债务风险。市财政局牵头，市地方金融管理局履行地方金融监管职责。\n"
        "4.加强监管。市国资委牵头，市财政局依法履行国有金融资本监管职责。\n"
        "5.建设食堂。街道社会事务办负责，街道财政所依职责做好资金保障。\n"
        "6.打击违法。市生态环境局负责，市公安局依职责做好案件查处。\n"
    )
    assert _roles(text) == [
        (["市财政局"], ["市国资委"]),
        (["市国资委"], ["市审计局"]),
        (["市财政局"], ["市地方金融管理局"]),
        (["市国资委"], ["市财政局"]),
        (["街道社会事务办"], ["街道财政所"]),
        (["市生态环境局"], ["市公安局"]),
    ]


def test_a_duty_phrase_in_a_bracket_names_a_partner() -> None:
    text = (
        "1.设立产业基金。（市财政局牵头，市国资委履行出资人职责）\n"
        "2.规范对外投资。（市国资委牵头，市审计局依职责做好审计监督，2025年底前）\n"
    )
    assert _roles(text) == [(["市财政局"], ["市国资委"]), (["市国资委"], ["市审计局"])]


def test_a_name_holding_yifa_is_no_manner() -> None:
    # a guard of the 依法 manner (prose._MANNER): it read so before too
    text = "1.推进改革。市司法局牵头，县委依法治县办配合。\n"
    assert _roles(text) == [(["市司法局"], ["县委依法治县办"])]


def test_after_a_responsible_unit_a_bare_luoshi_names_partners() -> None:
    # chosen (SPEC.md: 落实/实施 by the units that carry the task out): before, 各村 was lost after A负责
    text = (
        "1.开展村庄清洁行动。镇农业农村办负责，镇环卫所配合，各村落实，2025年3月底前完成。\n"
        "2.培育志愿队伍。街道党群服务中心负责，各社区落实。\n"
        "3.推进改革。市财政局负责，确保政策落实。\n"
    )
    assert [(leads, supports, date) for _, leads, supports, _, date, _ in _read(text)] == [
        (["镇农业农村办"], ["镇环卫所", "各村"], "2025-03"),
        (["街道党群服务中心"], ["各社区"], None),
        (["市财政局"], [], None),
    ]


def test_meiri_in_a_later_clause_of_work_is_recurring_as_meiyue_is() -> None:
    # chosen as rounds 38 and 44 read 每月/每季度 there (before, 每日 and 每天 read no deadline in a task's words)
    text = (
        "1.开展河湖日常巡查。县水利局负责，各乡镇配合，每日开展河道巡查。\n"
        "2.落实汛期值守。汛期实行24小时值班制度，每日报告水位变化情况。（县水利局负责）\n"
        "3.强化信息公开。每天更新河长公示牌信息。（县河长制办公室负责）\n"
        "4.加强水质监测。县生态环境局负责，每周通报一次重点断面水质。\n"
    )
    assert [(raw, status) for *_, raw, _, status in _read(text)] == [
        ("每日", "ongoing"),
        ("每日", "ongoing"),
        ("每天", "ongoing"),
        ("每周", "ongoing"),
    ]
    # an amount per day, or a person's rate, is no schedule (rounds 43 and 45)
    assert text_deadline("发放补贴，每天补助50元。").status is None
    assert text_deadline("开展巡护，每人每天巡查一次。").status is None


def test_a_star_legend_makes_a_star_at_a_unit_its_role() -> None:
    # before, the * was markdown's emphasis, dropped: every unit led
    text = (
        "**说明**：各项任务责任单位中，加*的为牵头单位，其余为配合单位。\n\n"
        "**1.推行“高效办成一件事”。**2025年底前实现13个事项落地。\n责任单位：市政务服务局*、市发展改革委\n"
        "**2.清理拖欠企业账款。**\n责任单位：市工业和信息化局*、市财政局*、市国资委\n"
        "3.改造燃气管网。（责任单位：*区城市管理局、区住房城乡建设局）\n"
    )
    assert _roles(text, "x.md") == [
        (["市政务服务局"], ["市发展改革委"]),
        (["市工业和信息化局", "市财政局"], ["市国资委"]),
        (["区城市管理局"], ["区住房城乡建设局"]),
    ]


@pytest.mark.timeout(60)  # a hang guard (pytest-timeout), not a speed target
def test_many_lines_holding_a_star_under_a_legend_are_marked_in_linear_time() -> None:
    """Each line a lone * is left in was looked up among all the lines to be put back: 40,000 of them took 11 s,
    100,000 over a minute (session 35's review); one pass now, well under a second."""
    from reformgraph.loaders.source import compact_lines

    lines = ["注：加*的为牵头单位"] + [f"{k}.推进改革（责任单位：市财政局*、市税务局）" for k in range(100_000)]
    compacts = compact_lines(lines)[0]
    assert len(compacts) == len(lines)
    assert compacts[1] == "0.推进改革（责任单位：市财政局★、市税务局）" and compacts[-1].startswith("99999.")


def test_a_star_legend_naming_partners_marks_them() -> None:
    text = "注：带*号的为配合单位。\n\n1.推进改革。\n责任单位：市财政局、市国资委*\n"
    assert _roles(text, "x.md") == [(["市财政局"], ["市国资委"])]


def test_without_a_legend_a_star_is_emphasis() -> None:
    # a guard: as before the legend was read
    text = "1.推进改革。\n责任单位：市财政局*、市国资委\n\n*注：以上为重点任务*\n"
    assert _roles(text, "x.md") == [(["市财政局", "市国资委"], [])]


def test_a_star_in_a_pipe_tables_cells_under_a_legend() -> None:
    text = (
        "| 序号 | **重点任务** | **责任单位** | **完成时限** |\n|---|---|---|---|\n"
        "| 1 | 新建中小学3所 | 区教育局*、区住房城乡建设局 | 2025年8月底前 |\n"
        "| 2 | 实施护校安园行动 | 区教育局*、公安某某分局*、区市场监管局 | 长期坚持 |\n\n"
        "注：带*号的为牵头单位。\n"
    )
    assert _roles(text, "x.md") == [
        (["区教育局"], ["区住房城乡建设局"]),
        (["区教育局", "公安某某分局"], ["区市场监管局"]),
    ]


def test_a_table_drawn_with_full_width_bars_is_read_as_a_pipe_table() -> None:
    # before, no task (a full-width ｜ was no bar)
    text = (
        "某某县2025年县域商业体系建设重点任务分工表\n\n"
        "｜序号｜重点任务｜牵头单位｜配合单位｜完成时限｜\n"
        "｜一、完善物流体系｜｜｜｜｜\n"
        "｜1｜改造提升县级物流配送中心｜县商务局｜县交通运输局、县邮政分公司｜2025年10月底前｜\n"
        "｜2｜开展县域商业资金绩效评价｜县财政局｜县商务局｜每季度｜\n"
    )
    assert [(line, leads, supports, date, status) for line, leads, supports, _, date, status in _read(text)] == [
        (5, ["县商务局"], ["县交通运输局", "县邮政分公司"], "2025-10", "scheduled"),
        (6, ["县财政局"], ["县商务局"], None, "ongoing"),
    ]


def test_a_full_width_table_with_spaces_in_its_cells() -> None:
    # before, read as a spaced table with ｜ as a unit
    text = (
        "1.新建高标准农田。县农业农村局牵头，县财政局配合。\n\n"
        "｜ 序号 ｜ 工作内容 ｜ 牵头单位 ｜ 配合单位 ｜ 完成时限 ｜\n"
        "｜ 1 ｜ 完成项目初步设计评审 ｜ 县农业农村局 ｜ 县发展改革局、县自然资源局 ｜ 2025年4月底前 ｜\n"
    )
    assert _roles(text, "x.md") == [
        (["县农业农村局"], ["县财政局"]),
        (["县农业农村局"], ["县发展改革局", "县自然资源局"]),
    ]


def test_an_ascii_pipe_table_is_read_once_beside_a_full_width_one() -> None:
    text = (
        "| 序号 | 重点任务 | 牵头单位 |\n|---|---|---|\n| 1 | 建设平台 | 区大数据局 |\n\n"
        "｜序号｜重点任务｜牵头单位｜\n｜1｜建设园区｜区商务局｜\n"
    )
    document = parse_document(text, path="x.md")
    assert [(m.text, [u.raw for u in m.leads]) for w in document.workplans for m in w.measures] == [
        ("建设平台", ["区大数据局"]),
        ("建设园区", ["区商务局"]),
    ]
