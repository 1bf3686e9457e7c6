"""Round 81 left51: what round 80 left unread in held-out 92 (tests/fixtures/heldout, a district's 建筑垃圾 实施意见)
and in the written plans' Left lines, read by general rules, and plans of our own in the forms offices use
(tests/fixtures/round81/left51), read by hand before the parser ran. The rules, tested here in words of our own with
their guards:

- in a section dividing its work by agency, numbered items below a body's intro (``A开展备案工作：`` / ``（1）涉及林地
  的…，由B…进行核实。``) are tasks of the bodies each names, the intro none (``tasklist._intro_items``,
  ``prose.intro_item_task``); an item's topic run into a body's name (``河道区水务局``) is no part of it
  (``prose._topic_run_in``), a bureau's division named after it is (``区绿化市容局林业管理部门``).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.expected_files import compared, hand_read_cases

from reformgraph.loaders.read import parse_text

FOLDER = Path(__file__).parent / "fixtures" / "round81" / "left51"


@pytest.mark.parametrize("expected_path", hand_read_cases(FOLDER))
def test_the_plan_reads_as_written_by_hand(expected_path: Path) -> None:
    read, written = compared(expected_path)
    assert read == written


def _units(text: str) -> list[tuple]:
    doc = parse_text(text, path="plan.md", key="plan", sha256="0")
    return [(m.line, [u.raw for u in m.leads], [u.raw for u in m.supports]) for w in doc.workplans for m in w.measures]


# ---- items below a body's intro in a section divided by agency ----------------------------------------------------


def _rules(*items: str, place: str = "某县") -> str:
    """A county's 细则 dividing its work by agency: a title over two paragraphs opening with their bodies (lines 9, 11),
    a title over an intro and ``items`` (from line 15), and a last title over two paragraphs."""
    body = "\n\n".join(items)
    return (
        f"{place}建筑垃圾管理细则\n\n一、消纳管理具体操作要求\n\n（一）加强消纳场所监管\n\n1.落实属地管理\n\n"
        "各乡镇负责辖区内消纳场所日常管理。\n\n县生态环境局对消纳场所扬尘管控开展指导。\n\n2.落实消纳场所备案\n\n"
        f"{body}\n\n3.加强部门管理\n\n县自然资源局指导各乡镇加强耕地保护。\n\n县水利局和各乡镇按照河道管理职责开展日常巡查。\n"
    )


_HEAD = [(9, ["各乡镇"], []), (11, ["县生态环境局"], [])]


def test_items_below_a_bodys_intro_are_tasks_of_the_bodies_each_names() -> None:
    # before: the title, the intro and the items up to the first role word were one task (held-out 92 lines 206-220),
    # the others no task, and a topic ran into its body's name (河道县水利局)
    text = _rules(
        "县城管局开展消纳场所备案工作：",
        "（1）涉及林地的消纳场所，按照相关规定，由县林业局林政管理部门进行核实。",
        "（2）涉及耕地的消纳场所，县自然资源局指导乡镇做好地类核查，县农业农村局指导做好土壤监测。",
        "（3）河道县水利局负责核实填埋河道是否办理相关手续。",
        "（4）水源保护区县生态环境局对消纳场所备案涉及水源保护区给出意见。",
    )
    assert _units(text) == [
        *_HEAD,
        (17, ["县林业局林政管理部门"], []),
        (19, ["县自然资源局", "县农业农村局"], []),
        (21, ["县水利局"], []),
        (23, ["县生态环境局"], []),
        (27, ["县自然资源局"], []),
        (29, ["县水利局", "各乡镇"], []),
    ]


def test_an_items_text_is_its_own_and_its_partners_support() -> None:
    text = _rules(
        "县城管局开展消纳场所备案工作：",
        "（1）涉及林地的消纳场所，由县林业局会同县城管局进行核实。",
        "（2）涉及耕地的消纳场所，县自然资源局指导乡镇做好地类核查。",
    )
    doc = parse_text(text, path="plan.md", key="plan", sha256="0")
    got = [
        (m.line, m.text[:8], [u.raw for u in m.leads], [u.raw for u in m.supports]) for m in doc.workplans[0].measures
    ]
    assert got[2:4] == [
        (17, "涉及林地的消纳场", ["县林业局"], ["县城管局"]),
        (19, "涉及耕地的消纳场", ["县自然资源局"], []),
    ]


@pytest.mark.parametrize(
    "items",
    [
        # no 由, no body opening a clause
        (
            "（1）涉及林地的消纳场所，按照相关规定进行核实。",
            "（2）涉及耕地的消纳场所，县自然资源局指导乡镇做好地类核查。",
        ),
        # a kind of actor is no body
        (
            "（1）涉及林地的消纳场所，由县林业局进行核实。",
            "（2）涉及耕地的消纳场所，建设单位办理备案时提交地类核查材料。",
        ),
    ],
)
def test_guard_an_item_naming_no_body_leaves_the_list_as_before(items: tuple[str, str]) -> None:
    # one item names no body: the list is no division by agency, and reads as before
    text = _rules("县城管局开展消纳场所备案工作：", *items)
    assert _units(text) == [*_HEAD, (23, ["县自然资源局"], []), (25, ["县水利局", "各乡镇"], [])]


@pytest.mark.parametrize(
    ("place", "name"),
    [
        ("某县", "嘉定区水务局"),  # a place written once, of two characters: no topic
        ("嘉定区", "嘉定区水务局"),  # the plan's own place, written in its title: kept whole
    ],
)
def test_guard_a_place_before_a_bodys_name_is_kept(place: str, name: str) -> None:
    text = _rules(
        "县城管局开展消纳场所备案工作：",
        "（1）涉及林地的消纳场所，由县林业局进行核实。",
        f"（2）{name}负责核实跨区河道填埋手续，区水务局做好配合。",
        place=place,
    )
    assert _units(text)[3] == (19, [name], ["区水务局"])  # and a body whose share is to assist supports


def test_guard_a_collective_after_a_body_is_no_division_of_it() -> None:
    text = _rules(
        "县城管局开展消纳场所备案工作：",
        "（1）涉及林地的消纳场所，由县林业局等部门进行核实。",
        "（2）涉及耕地的消纳场所，县自然资源局指导乡镇做好地类核查。",
    )
    assert _units(text)[2] == (17, ["县林业局"], [])


# ---- the locality's and the sector's fields ------------------------------------------------------------------------

_CAMPAIGN = (
    "某县燃气安全专项整治方案\n\n一、整治任务\n\n1.开展燃气安全隐患排查。{fields}\n\n2.开展执法检查。（县应急局负责）\n"
)


@pytest.mark.parametrize(
    ("fields", "read"),
    [
        ("（属地责任单位：各乡镇人民政府；行业监管部门：县住建局）", (["各乡镇人民政府"], ["县住建局"], None)),
        ("（行业主管部门：县住建局；属地责任：各乡镇人民政府）", (["各乡镇人民政府"], ["县住建局"], None)),
        (
            "（属地责任单位：各乡镇人民政府；行业监管单位：县住建局、县市场监管局；完成时限：2026年6月底前）",
            (["各乡镇人民政府"], ["县住建局", "县市场监管局"], "2026-06"),
        ),
        ("（行业监管部门：县住建局）", (["县住建局"], [], None)),  # the overseer alone leads
        ("（属地责任单位：各乡镇人民政府）", (["各乡镇人民政府"], [], None)),
    ],
)
def test_the_localitys_and_the_sectors_fields_read_as_the_bearers_and_the_overseers(fields: str, read: tuple) -> None:
    # before: no task (the labels are not in the one label pattern, round 79's cost gate)
    text = _CAMPAIGN.format(fields=fields)
    doc = parse_text(text, path="plan.md", key="plan", sha256="0")
    got = [([u.raw for u in m.leads], [u.raw for u in m.supports], m.deadline.date) for m in doc.workplans[0].measures]
    assert got == [read, (["县应急局"], [], None)]


@pytest.mark.parametrize(
    "item",
    [
        "1.开展燃气安全隐患排查。（属地责任：各乡镇人民政府对辖区内燃气安全负总责）",  # a duty stated, no field of names
        "1.开展燃气安全隐患排查，压实属地责任（各乡镇人民政府对辖区内燃气安全负总责）。",
        "（一）属地责任：各乡镇人民政府对辖区内燃气安全负属地管理责任。\n\n（二）行业监管责任：县住建局对燃气行业实施监管。",
    ],
)
def test_guard_a_duty_stated_after_the_localitys_word_is_no_field(item: str) -> None:
    text = f"某县燃气安全专项整治方案\n\n一、整治任务\n\n{item}\n\n2.开展执法检查。（县应急局负责）\n"
    doc = parse_text(text, path="plan.md", key="plan", sha256="0")
    assert [[u.raw for u in m.leads] for m in doc.workplans[0].measures] == [["县应急局"]]


# ---- a dash opening a table's unit cell ----------------------------------------------------------------------------

_TABLE = "某县重点任务分工表\n\n| 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 |\n| --- | --- | --- | --- | --- |\n"


@pytest.mark.parametrize("dash", ["——", "—", "－", "-"])
def test_a_dash_opening_a_unit_cell_is_no_part_of_the_names(dash: str) -> None:
    # before: the dash stayed in the first name (``——县财政局``: round 79's Left)
    rows = f"| 1 | 推进预算绩效管理改革 | {dash}县财政局 | {dash}县审计局、县发改局 | 2026年6月底前 |\n"
    doc = parse_text(_TABLE + rows, path="plan.md", key="plan", sha256="0")
    got = [([u.raw for u in m.leads], [u.raw for u in m.supports]) for m in doc.workplans[0].measures]
    assert got == [(["县财政局"], ["县审计局", "县发改局"])]


def test_guard_a_dash_alone_holds_nothing_and_a_task_cells_dash_stays() -> None:
    rows = "| 1 | —推进预算绩效管理改革 | 县财政局 | —— | 2026年6月底前 |\n"
    doc = parse_text(_TABLE + rows, path="plan.md", key="plan", sha256="0")
    got = [(m.text, [u.raw for u in m.leads], [u.raw for u in m.supports]) for m in doc.workplans[0].measures]
    assert got == [("—推进预算绩效管理改革", ["县财政局"], [])]


# ---- a topic's heading over a unit's duties ------------------------------------------------------------------------


def _titled(heading: str, paragraph: str) -> list[tuple]:
    text = (
        _rules("县城管局开展消纳场所备案工作。")
        + f"\n（二）{heading}\n\n{paragraph}\n\n（三）加强宣传\n\n县委宣传部负责组织宣传。\n"
    )
    doc = parse_text(text, path="plan.md", key="plan", sha256="0")
    return [(m.text[:8], [u.raw for u in m.leads]) for m in doc.workplans[0].measures if "司法局：" in m.text]


def test_a_topics_heading_titles_the_unit_duties_below_it() -> None:
    # before: the duties' text began at the unit's name, the heading over it alone left out (held-out 92 line 296)
    paragraph = "县司法局：一是负责指导行政执法单位录入案件；二是负责协调监督行政执法工作。"
    assert _titled("法治保障", paragraph) == [("法治保障县司法局", ["县司法局"])]


@pytest.mark.parametrize("heading", ["县司法局", "县司法局和县公安局", "司法所和县司法局"])
def test_guard_a_heading_naming_units_titles_no_duty(heading: str) -> None:
    # round 63: 3.村级路长和护路员 / 村级路长：负责…: a heading naming the unit over its duties titles nothing
    paragraph = "县司法局：一是负责指导行政执法单位录入案件；二是负责协调监督行政执法工作。"
    assert _titled(heading, paragraph) == [("县司法局：一是负", ["县司法局"])]
