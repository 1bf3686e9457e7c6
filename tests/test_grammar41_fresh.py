"""Round 41 of docs/loader.md, theme fresh: misreads of eight plans written as offices publish them (session 29)."""

from __future__ import annotations

from reformgraph.loaders.parse import parse_document
from tests.support.readings import task_rows


def test_a_tab_table_goes_on_past_a_section_row_set_off_by_blank_lines():
    """A task list pasted as plain text, its columns apart by tabs, its parts headed by section rows (``二、…``)
    set off by blank lines, the rows under the next part apart by spaces: the table goes on at the row numbered
    after the section row. Before, the line without a tab after a blank line ended the table and the rows of
    the second part were lost."""
    text = (
        "某开发区2026年重点工作任务分解表\n\n"
        "一、经济发展任务\n\n"
        "序号\t工作任务\t责任部门\t配合部门\t完成时限\n"
        "1\t新签约亿元以上项目60个\t招商局\t各园区\t2026年12月\n"
        "2\t新增高新技术企业100家\t科技创新局\t财政局\t2026年11月\n\n"
        "二、园区建设任务\n\n"
        "3    推进出口加工区转型    综合保税区管理局    经济发展局    2026年6月底前\n"
        "4    推进人才公寓建设    社会事业局    规划建设局、投资公司    2026年8月\n\n"
        "某开发区管理委员会\n2026年1月20日\n"
    )
    doc = parse_document(text, path="plan.txt")
    assert [
        (m.line, [u.raw for u in m.leads], [u.raw for u in m.supports], m.deadline.date)
        for w in doc.workplans
        for m in w.measures
    ] == [
        (6, ["招商局"], ["各园区"], "2026-12"),
        (7, ["科技创新局"], ["财政局"], "2026-11"),
        (11, ["综合保税区管理局"], ["经济发展局"], "2026-06"),
        (12, ["社会事业局"], ["规划建设局", "投资公司"], "2026-08"),
    ]


def test_a_tab_table_still_ends_at_the_text_after_it():
    """Round 37's rule stands: a heading after a blank line under the table, prose (no numbered row) after it."""
    text = (
        "某开发区2026年重点工作任务分解表\n\n"
        "序号\t工作任务\t责任部门\t配合部门\t完成时限\n"
        "1\t新签约亿元以上项目60个\t招商局\t各园区\t2026年12月\n\n"
        "二、工作要求\n\n"
        "各部门要按照任务分工抓好落实，每月底前报送进展。\n"
    )
    assert [row[1] for row in task_rows(parse_document(text, path="plan.txt"))] == [["招商局"]]


def test_a_ministrys_office_called_by_its_works_word_is_a_unit():
    """``保护司`` (野生动植物保护司 as a ministry's own plan calls it) opens with a task verb: before, it was no unit
    name, and ``生态司和保护司参与`` read as one support ``生态司和保护司``."""
    text = (
        "# 2025年林草科技工作要点\n\n"
        "1．推动科技成果推广。（科技司牵头、生态司和保护司参与）\n\n"
        "2．加强野生动物疫源疫病监测。（保护司负责）\n"
    )
    assert [row[1:3] for row in task_rows(parse_document(text))] == [
        (["科技司"], ["生态司", "保护司"]),
        (["保护司"], []),
    ]


def test_partners_who_do_their_part_closely_or_well_support():
    """``密切配合``, ``主动配合``, ``按职责做好配合`` in a bracket: the manner before the verb goes with it. Before,
    the bracket was no list of units (a plan of such brackets only was rejected as having no workplans)."""
    text = (
        "# 某区2024年违法建设治理方案\n\n"
        "1.集中拆除存量违法建设。（区城管执法局牵头，区住房城乡建设委、公安分局密切配合）\n\n"
        "2.严控新增违法建设。（区城管执法局负责，区规划自然资源分局按职责做好配合）\n\n"
        "3.加强信息化监管。（区城市管理委牵头，区大数据中心主动配合）\n"
    )
    assert [row[1:3] for row in task_rows(parse_document(text))] == [
        (["区城管执法局"], ["区住房城乡建设委", "公安分局"]),
        (["区城管执法局"], ["区规划自然资源分局"]),
        (["区城市管理委"], ["区大数据中心"]),
    ]


def test_the_partners_after_a_body_declared_responsible_in_prose_support():
    """``A是属地责任主体，B、C按职责做好配合``: A leads (as before), B and C, in the clause right after, support.
    Before, they were lost."""
    text = (
        "# 某区2024年违法建设治理方案\n\n"
        "（三）严控新增违法建设。各街道办事处是属地责任主体，区规划自然资源分局、区城管执法局按职责做好配合。\n"
    )
    assert [row[1:3] for row in task_rows(parse_document(text))] == [
        (["各街道办事处"], ["区规划自然资源分局", "区城管执法局"]),
    ]


def test_a_partner_named_by_what_it_provides_in_a_bracket_supports():
    """``（A负责，B提供资金保障）`` / ``B保障资金`` / ``B给予技术支持``: B supports, as the same clause in prose reads.
    Before, B was lost from the bracket."""
    text = (
        "# 某县2021年民生工作要点\n\n"
        "1.做好农村低保兜底。确保应保尽保。（县民政局负责，县财政局保障资金）\n\n"
        "2.建设社会救助信息平台。（县民政局牵头，县大数据中心提供技术支持）\n"
    )
    assert [row[1:3] for row in task_rows(parse_document(text))] == [
        (["县民政局"], ["县财政局"]),
        (["县民政局"], ["县大数据中心"]),
    ]


def test_a_ministrys_centre_named_after_its_field_is_one_unit():
    """``教育部教育技术与资源发展中心`` opens with the ministry's name and goes on with its field's word: one unit.
    Before, it read as a run of two names (教育部, 教育技术与资源发展中心), as ``市发展改革委市财政局`` is."""
    text = (
        "# 教育部2024年工作要点\n\n"
        "2．推进教育数字化战略行动。（科技司、教育部教育技术与资源发展中心负责，各有关司局参与）\n"
    )
    assert [row[1:3] for row in task_rows(parse_document(text))] == [
        (["科技司", "教育部教育技术与资源发展中心"], ["各有关司局"]),
    ]


def test_a_further_unit_that_gives_guidance_in_prose_supports():
    """``A负责…，B予以指导`` in prose: B supports, as ``B给予技术指导`` does. Before, B was lost."""
    text = (
        "# 某区电动自行车安全隐患整治方案\n\n"
        "（三）开展违规停放充电清理。各街道办事处负责组织物业服务企业清理楼道违规停放充电，区消防救援支队予以指导。\n"
    )
    assert [row[1:3] for row in task_rows(parse_document(text))] == [(["各街道办事处"], ["区消防救援支队"])]
