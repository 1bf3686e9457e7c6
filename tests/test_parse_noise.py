"""Each parsing step on small inputs, including every kind of OCR noise in the bundled document."""

from __future__ import annotations

import pytest

from reformgraph.errors import DocumentError
from reformgraph.loaders.parse import parse_document

HEAD = """# 某市人民政府办公室关于印发改革事项工作方案的通知

[ 2022 ] — 7 号

某市人民政府办公室

2022 年 3 月 4 日

## 目 录

1. 第一项改革事项工作方案..... ( 3 )
2. 第二项改革事项
工作方案..... ( 5 )
2.1 食品, 惩罚性赔偿..... ( 5 )
2.2 环保，内部举报人..... ( 6 )

"""


def plan(
    body_1: str,
    body_2a: str = "(一) 事项。（牵头单位：市财政局；完成时限：2022年3月）",
    resp_1: str = "牵头单位：市财政局；分管领导：王一；联络人：李二；联系电话：67575352。",
) -> str:
    return (
        HEAD
        + f"""# 第一项改革事项工作方案

## 一、工作目标

目标。

## 二、适用范围

在两江新区、九龙坡区先行试点。

## 三、工作举措

{body_1}

#### **五、责任单位及责任人**

{resp_1}

## 探索实行惩罚性赔偿和内部举报人制度
### 第二项改革事项工作方案
（食品，惩罚性赔偿）

### 一、工作目标

### 三、工作举措

{body_2a}

## 五、责任单位及责任人

牵头单位：市财政局。

**第二项改革事项工作方案**
(环保, 内部举报人)

### **一、工作目标**

### 三、工作举措

（一）事项。（牵头单位：市生态环境局；完成时限：持续推进）

### 五、牵头单位及责任人

牵头单位：市生态环境局。
"""
    )


def measures(text: str):
    return parse_document(text, path="t.md").workplans[0].measures


def test_skeleton_numbers_titles_variants():
    doc = parse_document(plan("1. 开展调研。（牵头单位：市财政局；完成时限：2022年5月）"), path="t.md")
    assert [(w.number, w.reform_number, w.variant) for w in doc.workplans] == [
        ("1", "1", None),
        ("2.1", "2", "食品，惩罚性赔偿"),
        ("2.2", "2", "环保，内部举报人"),
    ]
    assert doc.workplans[1].title == "第二项改革事项工作方案"
    assert [r.number for r in doc.reforms] == ["1", "2"]
    assert (doc.doc_number, doc.date, doc.issuer) == ("〔2022〕7号", "2022-03-04", "某市人民政府办公室")


def test_label_split_by_page_break():
    ms = measures(plan("1. 开展调研。（牵头单\n\n位：市财政局；配合单位：市高法院；完成时\n\n限：2022年5月）"))
    assert [u.raw for u in ms[0].leads] == ["市财政局"]
    assert [u.raw for u in ms[0].supports] == ["市高法院"]
    assert ms[0].deadline.date == "2022-05"


def test_unit_name_split_by_page_break_keeps_its_line():
    text = plan("1. 开展调研。（牵头单位：市政府口岸\n\n物流办；完成时限：2022年5月）")
    ms = measures(text)
    assert ms[0].leads[0].raw == "市政府口岸物流办"
    first_line = text.splitlines().index("1. 开展调研。（牵头单位：市政府口岸") + 1
    assert ms[0].leads[0].line == first_line == ms[0].line


def test_half_width_open_full_width_close_and_brackets_in_names():
    ms = measures(
        plan("1. 调研。(牵头单位：市财政局、各区县（自治县）政府；配合单位：市高法院，市司法局；完成时限：已完成）")
    )
    assert [u.raw for u in ms[0].leads] == ["市财政局", "各区县（自治县）政府"]
    assert [u.raw for u in ms[0].supports] == ["市高法院", "市司法局"]
    assert ms[0].deadline.status == "done"


def test_markdown_noise_and_responsibility_label():
    ms = measures(plan("**1. 调研。**（责任单位：市应急局；完成时限：2021年12月）"))
    assert [u.raw for u in ms[0].leads] == ["市应急局"]
    assert ms[0].text == "1.调研。"


def test_parenthetical_without_lead_is_not_a_measure():
    ms = measures(
        plan(
            "1. 调研。（已完成）\n2. 建设。（完成时限：2022年1月）\n3. 推广。（牵头单位：市财政局；完成时限：2022年2月）"
        )
    )
    assert len(ms) == 1 and ms[0].seq == 1 and ms[0].text.startswith("3.推广")


def test_assignment_without_lead_is_a_warning():
    doc = parse_document(
        plan(
            "1. 调研。（配合单位：市财政局；完成时限：2022年1月）\n2. 推广。（牵头单位：市财政局；完成时限：2022年2月）"
        ),
        path="t.md",
    )
    assert any("names no lead unit" in w.message for w in doc.warnings)


def test_comma_between_fields_and_an_open_list():
    ms = measures(plan("1. 调研。（牵头单位：市财政局等有关部门，配合单位：市高法院，完成时限：2022年6月底）"))
    # 市财政局等有关部门: the listed unit and the collective closing the open list, as written
    assert [(u.raw, u.written, u.implied) for u in ms[0].leads] == [
        ("市财政局", "市财政局等有关部门", False),
        ("有关部门", "市财政局等有关部门", True),
    ]
    assert [u.raw for u in ms[0].supports] == ["市高法院"]
    assert ms[0].deadline.date == "2022-06"


def test_unlabelled_deadline_after_units():
    ms = measures(plan("1. 调研。（牵头单位：市卫生健康委；持续做好审批服务工作）"))
    assert [u.raw for u in ms[0].leads] == ["市卫生健康委"]
    assert ms[0].deadline.status == "ongoing"


def test_several_measures_and_text_boundaries():
    body = (
        "（一）“一照多址”改革\n\n企业可以申请备案。\n\n"
        "1. 开展调研。以问题为导向。（牵头单位：市市场监管局；完成时限：2021年12月）\n\n"
        "2. 明确规则。明确范围，\n\n指导试点。（牵头单位：市市场监管局、人行重庆营管部；完成时限：2022年2月）"
    )
    ms = measures(plan(body))
    assert [m.seq for m in ms] == [1, 2]
    assert ms[0].text == "1.开展调研。以问题为导向。"
    assert ms[1].text == "2.明确规则。明确范围，指导试点。"
    assert [u.raw for u in ms[1].leads] == ["市市场监管局", "人行重庆营管部"]


def test_scope_districts_and_citations():
    doc = parse_document(
        plan("1. 依据《中华人民共和国行政许可法》和《税收完税证明》。（牵头单位：市财政局；完成时限：2022年5月）"),
        path="t.md",
    )
    wp = doc.workplans[0]
    assert wp.scope == "在两江新区、九龙坡区先行试点。"
    assert wp.districts == ("两江新区", "九龙坡区")
    assert [(c.title, c.category) for c in wp.citations] == [
        ("《中华人民共和国行政许可法》", "law"),
        ("《税收完税证明》", "form"),
    ]


def test_responsible_section_with_several_leads_and_phones():
    resp = (
        "牵头单位：市交通局；分管领导：陈永忠；处室负责人：罗一、谭二；联络人：张三、胡四；联系电话：89183279、89183115。\n\n"
        "市市场监管局；分管领导：杨光；联络人：陶五；联系电话：63801206。\n\n配合单位：市公安局、市司法局。"
    )
    wp = parse_document(
        plan("1. 调研。（牵头单位：市交通局；完成时限：2022年5月）", resp_1=resp), path="t.md"
    ).workplans[0]
    assert [(u.raw, u.role) for u in wp.responsible] == [
        ("市交通局", "lead"),
        ("市市场监管局", "lead"),
        ("市公安局", "support"),
        ("市司法局", "support"),
    ]
    people = {(c.name, c.role, c.phones, c.unit_raw) for c in wp.contacts}
    assert ("张三", "联络人", ("89183279",), "市交通局") in people
    assert ("胡四", "联络人", ("89183115",), "市交通局") in people
    assert ("陶五", "联络人", ("63801206",), "市市场监管局") in people
    assert ("杨光", "分管领导", (), "市市场监管局") in people


@pytest.mark.parametrize("mark", ["；", "，", "。", "；；"])
def test_responsible_section_opening_with_a_mark_reads_its_whole_lead_unit(mark):
    # the heading's line may end with the mark that the section's first line then opens with: the unlabelled
    # lead units are read from after it (they were cut short by the mark's length: 市财政, 市税务)
    resp = f"{mark}市财政局、市税务局；分管领导：王一；联系电话：67575352。"
    wp = parse_document(plan("1. 调研。（牵头单位：市财政局）", resp_1=resp), path="t.md").workplans[0]
    assert [(u.raw, u.role) for u in wp.responsible] == [("市财政局", "lead"), ("市税务局", "lead")]
    assert [(c.name, c.unit_raw) for c in wp.contacts] == [("王一", "市财政局")]


def test_workplan_without_measures_is_a_warning():
    doc = parse_document(plan("只有说明，没有分工。"), path="t.md")
    assert any("workplan 1: no measures" in w.message for w in doc.warnings)


def test_no_workplans_is_an_error_naming_the_file():
    with pytest.raises(DocumentError, match=r"^notes\.md: no recognisable workplans"):
        parse_document("# 会议纪要\n\n今天开会。\n", path="notes.md")
