"""Round 61, files27: PDFs as offices publish them (a Word or Excel file printed by LibreOffice: a town table whose
header names its columns 责任分工 and 时间节点, a plan in prose closing each task with its 由A牵头，B配合。 sentence, a
covering notice's points before its annex's task table): the rules the plans of tests/fixtures/round61/files27 asked
for, each with its guards."""

from __future__ import annotations

from pathlib import Path

import pytest

from reformgraph.loaders.parse import parse_document
from reformgraph.loaders.pdf_tables import may_hold_a_ruled_table

FIXTURES = Path(__file__).parent / "fixtures" / "round61" / "files27"


def _rows(doc) -> list[tuple]:
    return [
        (m.line, m.text[:8], [u.raw for u in m.leads], [u.raw for u in m.supports], m.deadline.date, m.deadline.status)
        for wp in doc.workplans
        for m in wp.measures
    ]


# ---- a ruled table looked for under a header line naming its columns otherwise (pdf_tables.may_hold_a_ruled_table) ---


def test_a_header_line_opening_with_序号_and_naming_a_unit_column_otherwise_is_looked_for():
    # before: only 牵头单位 / 责任单位 / 完成时限 … in the text made a PDF's ruled tables worth looking for
    assert may_hold_a_ruled_table("柳溪镇任务分解表\n序号 工作内容          责任分工        时间节点\n1  开展整治")
    assert may_hold_a_ruled_table("  序号   重点工作   任务分工   进度安排")


def test_a_line_opening_with_序号_that_names_no_task_table_is_not_looked_for():
    assert not may_hold_a_ruled_table("序号 姓名 职务 联系电话\n1 张某 科员 138")
    assert not may_hold_a_ruled_table("按序号排列的责任分工如下")  # no header line: 序号 inside a sentence
    assert not may_hold_a_ruled_table("序号")


def test_a_town_table_printed_to_pdf_with_a_责任分工_column_reads_from_its_rules():
    pytest.importorskip("pdfplumber")
    from reformgraph.loaders.read import read_document

    doc = read_document(FIXTURES / "05-town-labelled-duty-cell.pdf")
    rows = _rows(doc)
    assert [r[0] for r in rows] == [2, 3, 4, 5, 6, 7]  # before: one false task of the text's lines, line 14
    assert rows[0][2:] == (["镇农业综合服务中心"], ["镇生态环境办", "各村（社区）"], "2026-04", "scheduled")


# ---- a status closing a task before its role sentence (text_deadlines._STATUS_TAIL) --------------------------------

_PROSE = "某区社区服务提升行动方案\n\n二、重点任务\n\n{}\n"


def _read(*paragraphs: str):
    return _rows(parse_document(_PROSE.format("\n\n".join(paragraphs)), path="x.md"))


def test_a_status_clause_before_the_closing_role_sentence_is_the_tasks():
    # before: …，持续推进。由A牵头，B配合。 had no status (持续推进 was not the text's last words)
    rows = _read(
        "（一）加强社区物业管理。推动老旧小区引入专业化物业服务，覆盖率提高到85%以上，持续推进。"
        "由区住房城乡建设局牵头，各街道办事处配合。",
        "（二）推进垃圾分类。完善分类投放设施，长期坚持。由区城市管理局负责。",
    )
    assert [(r[2], r[3], r[5]) for r in rows] == [
        (["区住房城乡建设局"], ["各街道办事处"], "ongoing"),
        (["区城市管理局"], [], "ongoing"),
    ]


def test_continuing_words_that_are_the_works_own_or_a_date_keep_their_reading():
    rows = _read(
        "（一）加强社区物业管理。持续推进物业服务覆盖。由区住房城乡建设局牵头，各街道办事处配合。",
        "（二）完善便民设施。推动网点建设，持续推进。由区商务局牵头建设网点，2026年9月底前完成。",
    )
    assert [(r[4], r[5]) for r in rows] == [(None, None), ("2026-09", "scheduled")]


# ---- a numbered point titled as a safeguard exhorts (tasklist._safeguard_item) ---------------------------------------

_NOTICE = "某县安全生产工作通知\n\n各乡镇人民政府，县政府各部门：\n\n{}\n"


def _notice(*paragraphs: str):
    return _rows(parse_document(_NOTICE.format("\n\n".join(paragraphs)), path="x.md"))


def test_a_point_titled_as_a_safeguard_assigns_no_task_to_its_subject():
    # before: 县安委会办公室 led a task (a covering notice's point before its annex table)
    rows = _notice(
        "    三、强化督导检查。县安委会办公室要加强统筹协调，定期调度工作进展，对工作推进不力的单位予以通报。",
        "    四、推进平台建设。县应急管理局要建设风险监测预警平台，2026年底前完成。",
    )
    assert [r[2] for r in rows] == [["县应急管理局"]]


def test_points_of_work_or_of_a_named_role_under_a_safeguard_title_stay_tasks():
    rows = _notice(
        "    三、健全督查机制。县政府督查室要建立重点工作督查台账，每季度通报一次。",
        "    四、推进督导平台建设。县教育局要建成教育督导信息平台，2026年10月底前完成。",
        "    五、强化督导检查。由县应急管理局牵头，组织开展安全生产巡查。",
        # the units its sentence opens with, no modal: they lead (round 40 prose/01's task)
        "    六、加强组织领导。县住房城乡建设局组织县直有关部门建立工作协调机制，2026年底前出台配套政策文件。",
    )
    assert [r[2] for r in rows] == [["县政府督查室"], ["县教育局"], ["县应急管理局"], ["县住房城乡建设局"]]
