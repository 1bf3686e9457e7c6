"""The people a task names (round 25 of docs/loader.md): 责任领导, 责任人, 联系人 and their phones, in a task's
parenthetical, on its label lines and in a table's columns, read as contacts of its workplan, never as units.

Before round 25, ``（责任单位：县市场监管局，责任人：李四，联系电话：138…）`` gave three lead units
(``责任人：李四`` among them), a 责任领导 line between a task's label lines lost its deadline, and a person field
before the units stayed in the task's text.
"""

from __future__ import annotations

import pytest

from reformgraph.aliases import load_alias_table
from reformgraph.build import build_graph, measure_id
from reformgraph.jsonio import graph_json_bytes, read_graph_json
from reformgraph.loaders.parse import parse_document
from reformgraph.loaders.people import is_member_role, person_names, task_contacts
from reformgraph.loaders.read import read_document
from reformgraph.loaders.tables import column_kind

TITLE = "某县2023年深化改革工作方案\n一、主要任务\n"


def _doc(body: str):
    return parse_document(TITLE + body, path="plan.md")


def _measures(doc):
    return [m for w in doc.workplans for m in w.measures]


def _contacts(doc):
    return [(c.name, c.role, c.phones, c.unit_raw, c.line, c.measure) for w in doc.workplans for c in w.contacts]


# ---- the value of a person field ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("王五", [("王五", ())]),
        ("王五（副县长）", [("王五", ())]),
        ("副县长王五", [("王五", ())]),
        ("县住建局局长王五", [("王五", ())]),
        ("县委常委、副县长王五同志", [("王五", ())]),
        ("张三、李四", [("张三", ()), ("李四", ())]),
        ("赵六（13800001111）", [("赵六", ("13800001111",))]),
        ("赵六 0731-88886666", [("赵六", ("0731-88886666",))]),
        ("张长春", [("张长春", ())]),
        ("阿依古丽·买买提", [("阿依古丽·买买提", ())]),
    ],
)
def test_a_person_field_names_people_with_their_titles_and_phones_dropped_or_kept(value, names):
    assert person_names(value) == names


@pytest.mark.parametrize(
    "value", ["各乡镇主要负责同志", "县直各有关部门主要负责人", "分管副县长", "待定", "13800001111", "县市场监管局"]
)
def test_a_post_a_body_or_a_number_alone_names_nobody(value):
    assert person_names(value) == []


def test_a_post_of_the_unit_is_a_member_of_it_a_leader_over_the_task_is_not():
    assert [is_member_role(r) for r in ("责任人", "联系人", "联络员", "经办人", "分管领导", "主要领导")] == [True] * 6
    assert [is_member_role(r) for r in ("牵头领导", "责任领导", "牵头市领导", "包保领导")] == [False] * 4


def test_a_phone_field_gives_its_numbers_to_the_people_just_before_it():
    people = [("责任人", "张三、李四", 1), ("联系电话", "13800001111、13900002222", 1), ("联系人", "王五", 2)]
    got = [(c.name, c.phones) for c in task_contacts(people, "县财政局", lambda p: p, 1)]
    assert got == [("张三", ("13800001111",)), ("李四", ("13900002222",)), ("王五", ())]


# ---- where a task names its people ---------------------------------------------------------------------


def test_a_person_field_in_the_parenthetical_is_no_unit():
    doc = _doc("1.推进企业开办。（责任单位：县市场监管局，责任人：李四，联系电话：13800001111）\n")
    [m] = _measures(doc)
    assert [u.raw for u in m.leads] == ["县市场监管局"] and m.supports == ()
    assert _contacts(doc) == [("李四", "责任人", ("13800001111",), "县市场监管局", 3, 1)]


def test_a_leader_between_the_fields_keeps_the_deadline_after_it():
    doc = _doc("1.推进监管。（牵头单位：县市场监管局；牵头领导：张三；完成时限：2023年底）\n")
    [m] = _measures(doc)
    assert ([u.raw for u in m.leads], m.deadline.date) == (["县市场监管局"], "2023-12")
    assert _contacts(doc) == [("张三", "牵头领导", (), None, 3, 1)]


def test_person_lines_among_a_tasks_label_lines_keep_the_lines_after_them():
    doc = _doc("1.推进工程审批。\n责任单位：县住建局\n责任领导：王五（副县长）\n责任人：赵六\n完成时限：2023年6月\n")
    [m] = _measures(doc)
    assert (m.text, [u.raw for u in m.leads], m.deadline.date) == ("推进工程审批。", ["县住建局"], "2023-06")
    assert _contacts(doc) == [("王五", "责任领导", (), None, 5, 1), ("赵六", "责任人", (), "县住建局", 6, 1)]


def test_a_person_field_before_the_units_ends_the_tasks_text():
    doc = _doc("1.推进不动产登记。责任领导：王五；责任单位：县自然资源局；配合单位：县税务局\n")
    [m] = _measures(doc)
    assert m.text == "推进不动产登记。"
    assert ([u.raw for u in m.leads], [u.raw for u in m.supports]) == (["县自然资源局"], ["县税务局"])
    assert _contacts(doc) == [("王五", "责任领导", (), None, 3, 1)]


def test_each_task_names_its_own_people_and_a_task_of_two_leads_makes_no_member():
    doc = _doc(
        "1.推进甲。（牵头单位：县发改局、县财政局；责任人：张三）\n2.推进乙。（牵头单位：县财政局；责任人：李四）\n"
    )
    assert _contacts(doc) == [("张三", "责任人", (), None, 3, 1), ("李四", "责任人", (), "县财政局", 4, 2)]


def test_a_contact_line_after_the_tasks_is_no_task():
    doc = _doc("1.推进甲。（县发改局牵头）\n\n联系人：张三；联系电话：12345678\n")
    assert [m.text for m in _measures(doc)] == ["推进甲。"] and _contacts(doc) == []


def test_a_post_named_as_the_person_is_no_contact():
    doc = _doc("1.推进甲。（牵头单位：县发改局；责任人：各乡镇主要负责同志）\n")
    assert [u.raw for m in _measures(doc) for u in m.leads] == ["县发改局"] and _contacts(doc) == []


@pytest.mark.parametrize(
    ("header", "kind"),
    [("责任领导", "person"), ("市级责任领导", "person"), ("牵头单位负责人", "person"), ("责任人及联系方式", "person")]
    + [("联系电话", "phone"), ("责任单位及责任人", "single"), ("工作人员", "unknown")],
)
def test_person_columns_are_named_by_their_last_word(header, kind):
    assert column_kind(header) == kind


def test_a_ledgers_person_columns_are_its_tasks_people(tmp_path):
    path = tmp_path / "台账.csv"
    path.write_text(
        "某县2023年重点改革任务台账\n"
        "序号,工作任务,牵头单位,责任领导,责任人,联系电话,配合单位,完成时限\n"
        "1,推进企业开办,县市场监管局,张三,李四,13800001111,县税务局,2023年6月\n"
        "2,推进工程审批,县住建局,王五,赵六（13900002222）,,县自然资源局,2023年底\n",
        encoding="utf-8",
    )
    doc = read_document(path)
    assert [[u.raw for u in m.leads] for m in _measures(doc)] == [["县市场监管局"], ["县住建局"]]
    assert _contacts(doc) == [
        ("张三", "责任领导", (), None, 3, 1),
        ("李四", "责任人", ("13800001111",), "县市场监管局", 3, 1),
        ("王五", "责任领导", (), None, 4, 2),
        ("赵六", "责任人", ("13900002222",), "县住建局", 4, 2),
    ]


# ---- in the graph --------------------------------------------------------------------------------------


def test_the_graph_names_the_task_of_each_person_and_reads_it_back(tmp_path):
    doc = _doc("1.推进工程审批。\n责任单位：县住建局\n责任领导：王五\n责任人：赵六\n")
    G = build_graph([doc], load_alias_table())
    [m] = [n for n, k in G.nodes(data="kind") if k == "Measure"]
    assert m == measure_id(doc, "1", 1)
    contact = {(u, d["role"], d.get("measure")) for u, _, d in G.edges(data=True) if d["rel"] == "CONTACT_FOR"}
    assert contact == {("person:王五", "责任领导", m), ("person:赵六", "责任人", m)}
    member = {(u, v) for u, v, r in G.edges(data="rel") if r == "MEMBER_OF"}
    assert member == {("person:赵六", "unit:县住房城乡建设局")}  # 住建局: its standard name (graph/unit_forms.py)
    path = tmp_path / "g.json"
    path.write_bytes(graph_json_bytes(G))
    back = read_graph_json(path)
    assert {d.get("measure") for _, _, d in back.edges(data=True) if d["rel"] == "CONTACT_FOR"} == {m}
    assert graph_json_bytes(back) == path.read_bytes()


def test_a_text_tables_person_columns_between_its_unit_columns_hold_names_not_units():
    """A PDF's or text copy's table (cells apart by spaces): before, 张三 and 李四 were read as supporting units."""
    doc = parse_document(
        "某县2023年重点任务分工表\n"
        "序号 工作任务 牵头单位 责任领导 责任人 配合单位 完成时限\n"
        "1 推进企业开办 县市场监管局 张三 李四 县税务局 2023年6月\n"
        "2 推进工程建设项目审批 县住建局 王五 赵六 县自然资源局 2023年底\n",
        path="plan.txt",
    )
    got = [([u.raw for u in m.leads], [u.raw for u in m.supports], m.deadline.date) for m in _measures(doc)]
    assert got == [(["县市场监管局"], ["县税务局"], "2023-06"), (["县住建局"], ["县自然资源局"], "2023-12")]
    assert [(c.name, c.role, c.unit_raw, c.measure) for c in doc.workplans[0].contacts] == [
        ("张三", "责任领导", None, 1),
        ("李四", "责任人", "县市场监管局", 1),
        ("王五", "责任领导", None, 2),
        ("赵六", "责任人", "县住建局", 2),
    ]


def test_a_workbook_ledgers_people_and_its_measure_column(tmp_path):
    """A 台账 as offices keep it: 改革任务 (merged over its rows) | 具体举措 | 牵头单位 | 责任领导 | 责任人及联系方式.
    Before, 具体举措 was no task column, so every measure read as its broad task's words."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["某区2024年重点改革任务推进台账"])
    ws.append(["序号", "改革任务", "具体举措", "牵头单位", "责任领导", "责任人及联系方式", "配合单位", "完成时限"])
    ws.append(
        [
            1,
            "深化商事制度改革",
            "推行企业开办一日办结",
            "区市场监管局",
            "张伟（副区长）",
            "李娜 13812345678",
            "区税务局",
            "2024年6月",
        ]
    )
    ws.append(
        [2, None, "推进证照分离改革全覆盖", "区市场监管局", "张伟（副区长）", "李娜 13812345678", "区司法局", "全年"]
    )
    ws.merge_cells("B3:B4")
    path = tmp_path / "台账.xlsx"
    wb.save(path)
    doc = read_document(path)
    assert [(w.title, [(m.text, m.deadline.date) for m in w.measures]) for w in doc.workplans] == [
        ("深化商事制度改革", [("推行企业开办一日办结", "2024-06"), ("推进证照分离改革全覆盖", "2024-12")])
    ]
    assert _contacts(doc) == [
        ("张伟", "责任领导", (), None, 3, 1),
        ("李娜", "责任人", ("13812345678",), "区市场监管局", 3, 1),
        ("张伟", "责任领导", (), None, 4, 2),
        ("李娜", "责任人", ("13812345678",), "区市场监管局", 4, 2),
    ]
