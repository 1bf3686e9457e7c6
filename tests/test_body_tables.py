"""A Word plan's paragraphs and its task tables (round 25 of docs/loader.md, ``loaders/body_tables.py``).

Before, a .docx with a task table was read from its tables only: the tasks its paragraphs assigned were lost.
Now they are kept unless they restate the tables' tasks.
"""

from __future__ import annotations

import docx

from reformgraph.loaders.read import read_document

HEADER = ["序号", "任务", "牵头单位", "配合单位", "完成时限"]
ROWS = [
    ["1", "建立重点项目帮办代办机制", "县发改局", "县直各部门", "2024年3月"],
    ["2", "开展营商环境评价", "县发改局", "各乡镇", "全年"],
]


def _word(path, paragraphs, rows=ROWS):
    d = docx.Document()
    for text in paragraphs:
        d.add_paragraph(text)
    table = d.add_table(rows=1 + len(rows), cols=len(HEADER))
    for r, row in enumerate([HEADER, *rows]):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    d.save(path)
    return read_document(path)


def _read(doc):
    return [(w.number, m.text, [u.raw for u in m.leads], m.deadline.date) for w in doc.workplans for m in w.measures]


def test_the_paragraphs_tasks_come_first_and_the_tables_after_them(tmp_path):
    doc = _word(
        tmp_path / "plan.docx",
        [
            "某县2024年优化营商环境攻坚行动方案",
            "二、重点任务",
            "（一）提升政务服务效能（牵头单位：县政务服务中心）",
            "1.推行“一窗通办”。",
            "2.推进“掌上办”。",
            "（二）优化市场准入",
            "3.压缩企业开办时间。（责任单位：县市场监管局；责任人：李娜；完成时限：2024年6月）",
            "附件：重点任务清单",
        ],
    )
    assert _read(doc) == [
        ("1", "推行“一窗通办”。", ["县政务服务中心"], None),
        ("1", "推进“掌上办”。", ["县政务服务中心"], None),
        ("1", "压缩企业开办时间。", ["县市场监管局"], "2024-06"),
        ("2", "建立重点项目帮办代办机制", ["县发改局"], "2024-03"),
        ("2", "开展营商环境评价", ["县发改局"], "2024-12"),
    ]
    assert [(r.number, r.title) for r in doc.reforms] == [
        ("1", "重点任务"),
        ("2", "重点任务清单"),  # the table's heading (附件：重点任务清单), not the document's title (round 29)
    ]
    assert [w.reform_number for w in doc.workplans] == ["1", "2"]
    assert [(c.name, c.measure) for w in doc.workplans for c in w.contacts] == [("李娜", 3)]


def test_paragraphs_that_restate_the_tables_tasks_add_nothing(tmp_path):
    doc = _word(
        tmp_path / "plan.docx",
        [
            "某县2024年优化营商环境攻坚行动方案",
            "一、重点任务",
            "1.建立重点项目帮办代办机制。（县发改局牵头）",
            "2.开展营商环境评价工作，每年一次。（县发改局负责）",
        ],
    )
    assert [n for n, *_ in _read(doc)] == ["1", "1"] and len(doc.workplans) == 1


def test_a_covering_notice_that_assigns_nothing_leaves_the_tables_alone(tmp_path):
    doc = _word(
        tmp_path / "plan.docx",
        [
            "关于印发《某县2024年优化营商环境攻坚行动方案》的通知",
            "各乡镇人民政府，县直各部门：",
            "现将方案印发给你们，请认真贯彻落实。",
        ],
    )
    assert _read(doc) == [
        ("1", "建立重点项目帮办代办机制", ["县发改局"], "2024-03"),
        ("1", "开展营商环境评价", ["县发改局"], "2024-12"),
    ]


def test_a_web_pages_paragraphs_beside_its_task_table(tmp_path):
    """The same rule for an .html page: the lines read inside the table's cells are left out of its paragraphs."""
    path = tmp_path / "plan.html"
    path.write_text(
        "<html><head><title>某县2024年优化营商环境攻坚行动方案</title></head><body><p>二、重点任务</p>"
        "<p>1.压缩企业开办时间。（责任单位：县市场监管局；完成时限：2024年6月）</p><p>附件：重点任务清单</p>"
        "<table><tr><td>序号</td><td>任务</td><td>牵头单位</td><td>配合单位</td><td>完成时限</td></tr>"
        "<tr><td>1</td><td>建立重点项目帮办代办机制</td><td>县发改局</td><td>县直各部门</td><td>2024年3月</td></tr>"
        "</table></body></html>",
        encoding="utf-8",
    )
    assert _read(read_document(path)) == [
        ("1", "压缩企业开办时间。", ["县市场监管局"], "2024-06"),
        ("2", "建立重点项目帮办代办机制", ["县发改局"], "2024-03"),
    ]


def test_paragraphs_that_assign_their_own_tasks_stay_when_the_table_sums_up_a_few(tmp_path):
    """A plan whose paragraphs assign their own tasks and whose annex table restates one of them keeps both, as its
    text read as a .md does (round 78: held-out 01 as a Word file read 6 of its 40 tasks)."""
    doc = _word(
        tmp_path / "plan.docx",
        [
            "某县2024年优化营商环境攻坚行动方案",
            "一、重点任务",
            "1.建立重点项目帮办代办机制。（县发改局牵头）",
            "2.清理各类证明事项。（县司法局牵头）",
            "3.推行惠企政策免申即享。（县财政局牵头）",
        ],
    )
    assert [text for _, text, *_ in _read(doc)] == [
        "建立重点项目帮办代办机制。",
        "清理各类证明事项。",
        "推行惠企政策免申即享。",
        "建立重点项目帮办代办机制",
        "开展营商环境评价",
    ]
