"""Round 26 of docs/loader.md: labels after a comma, 为 for a label's colon, a support verb that stops at a
comma, the manner between a unit and its verb (按照职责分工负责, 积极配合), 负总责 and 〈unit〉为牵头单位."""

from __future__ import annotations

import pytest

from reformgraph.errors import DocumentError
from reformgraph.loaders.assign import read_inside
from reformgraph.loaders.deadlines import parse_deadline
from reformgraph.loaders.parse import parse_document
from reformgraph.loaders.prose import read_prose
from reformgraph.loaders.tasks import strip_enumerator
from reformgraph.loaders.vocab import split_role

_PLAN = "某县2024年深化改革任务分工方案\n一、重点任务\n"


def _read(body: str):
    doc = parse_document(_PLAN + body, path="plan.md")
    return [
        (m.text, [u.raw for u in m.leads], [u.raw for u in m.supports], m.deadline.raw if m.deadline else None)
        for w in doc.workplans
        for m in w.measures
    ]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "1.开展双随机抽查，责任单位：县市场监管局，配合单位：县公安局。",
            ("开展双随机抽查", ["县市场监管局"], ["县公安局"], None),
        ),
        (
            "1.开展双随机抽查，责任处室：法规处，配合处室：稽查局，2024年12月前。",
            ("开展双随机抽查", ["法规处"], ["稽查局"], "2024年12月前"),
        ),
        (
            "1.开展双随机抽查，牵头单位：县市场监管局，2024年12月前完成。",
            ("开展双随机抽查", ["县市场监管局"], [], "2024年12月前完成"),
        ),
    ],
)
def test_a_label_after_a_comma_starts_the_tasks_assignment(line, expected):
    """Before: the line was one warning, ``could not read the assignment``."""
    assert _read(line + "\n") == [expected]


@pytest.mark.parametrize(
    ("line", "leads", "supports"),
    [
        (
            "1.加强信用修复。牵头单位为县市场监管局，配合单位为县发改局、县财政局。",
            ["县市场监管局"],
            ["县发改局", "县财政局"],
        ),
        ("1.加强信用修复（牵头单位为县市场监管局）。", ["县市场监管局"], []),
        ("1.加强信用修复。主要责任单位为县市场监管局，县发改局配合。", ["县市场监管局"], ["县发改局"]),
    ],
)
def test_a_label_written_with_wei_for_its_colon(line, leads, supports):
    assert [(m[1], m[2]) for m in _read(line + "\n")] == [(leads, supports)]


def test_wei_after_a_label_is_no_colon_when_no_unit_name_follows():
    got = _read("1.坚持以责任单位为主体，加强信用修复。（牵头单位：县市场监管局）\n")
    assert got == [("坚持以责任单位为主体，加强信用修复。", ["县市场监管局"], [], None)]


@pytest.mark.parametrize(
    ("inside", "roles"),
    [
        # a support verb stops at a comma: the unit before it is the field's (or the first-listed lead)
        ("责任单位：县市场监管局，县发改局配合", [("县市场监管局", "responsible"), ("县发改局", "support")]),
        ("牵头单位：县市场监管局，县发改局和县财政局配合", [("县市场监管局", "lead"), ("县发改局", "support"), ("县财政局", "support")]),
        ("县市场监管局，县发改局配合", [("县市场监管局", None), ("县发改局", "support")]),
        # within one list (、) it covers every unit before it, and other verbs still cross commas
        ("县市场监管局、县发改局配合", [("县市场监管局", "support"), ("县发改局", "support")]),
        ("县市场监管局，县发改局，县财政局按职责分工负责", [("县市场监管局", "responsible"), ("县发改局", "responsible"), ("县财政局", "responsible")]),
    ],
)  # fmt: skip
def test_a_support_verb_covers_the_units_before_it_back_to_a_comma(inside, roles):
    assignment, _ = read_inside(inside, {})
    assert [(u.name, u.role) for u in assignment.units] == roles


def test_a_support_verb_after_a_comma_leaves_the_first_unit_the_lead():
    """Before: （县市场监管局，县发改局配合） made both supporting units and the task had no lead."""
    assert _read("1.加强信用修复（县市场监管局，县发改局配合）。\n") == [
        ("加强信用修复", ["县市场监管局"], ["县发改局"], None)
    ]


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("市人社局按照职责分工负责", ("市人社局", "responsible")),
        ("市人社局根据职责分工负责", ("市人社局", "responsible")),
        ("市人社局按职能职责分工负责", ("市人社局", "responsible")),
        ("市人社局按照职责分工抓好落实", ("市人社局", "implement")),
        ("市财政局积极配合", ("市财政局", "support")),
        ("市财政局协同配合", ("市财政局", "support")),
        ("市发改委负总责", ("市发改委", "lead")),
        ("市发改委为牵头单位", ("市发改委", "lead")),
        ("市财政局为配合部门", ("市财政局", "support")),
        ("市财政局", ("市财政局", None)),
        ("积极配合", ("积极", "support")),  # a manner alone is left as the name (no unit name: checked by the callers)
    ],
)
def test_the_manner_before_a_role_verb_goes_with_the_verb(item, expected):
    assert split_role(item) == expected


@pytest.mark.parametrize(
    ("line", "leads", "supports"),
    [
        ("1.加强信用修复（县委组织部、县人社局按照职责分工负责）。", ["县委组织部", "县人社局"], []),
        ("1.加强信用修复（县发改局牵头，县财政局积极配合）。", ["县发改局"], ["县财政局"]),
        ("1.加强信用修复（县发改局负总责）。", ["县发改局"], []),
        ("1.加强信用修复（县市场监管局为牵头单位，县发改局为配合单位）。", ["县市场监管局"], ["县发改局"]),
        ("1.加强信用修复。明确县市场监管局为牵头单位，县发改局为配合单位。", ["县市场监管局"], ["县发改局"]),
    ],
)
def test_verbs_read_in_parentheticals_and_prose(line, leads, supports):
    """Before: each of these plans was rejected (``no recognisable workplans``) or lost its supporting unit."""
    assert [(m[1], m[2]) for m in _read(line + "\n")] == [(leads, supports)]


@pytest.mark.parametrize(
    ("sentence", "units"),
    [
        ("县市场监管局为牵头单位，县发改局为配合单位。", [("县市场监管局", "lead"), ("县发改局", "support")]),
        ("要加强监管，明确县市场监管局为牵头单位，县发改局、县财政局配合。", [("县市场监管局", "lead"), ("县发改局", "support"), ("县财政局", "support")]),
        ("各部门要明确责任单位，加强协作。", None),
        ("明确责任单位为主体。", None),
    ],
)  # fmt: skip
def test_prose_that_names_a_unit_the_lead_unit(sentence, units):
    got = read_prose(sentence, 0, len(sentence))
    assert (None if got is None else [(u.name, u.role) for u in got.units]) == units


@pytest.mark.parametrize(
    ("line", "deadline"),
    [
        ("1.加强信用修复，由县市场监管局负责，县发改局配合，2024年底前完成。", "2024年底前完成"),
        ("1.加强信用修复。由县市场监管局负责，县发改局配合。2024年6月底前完成。", "2024年6月底前完成"),
        ("1.加强信用修复，由县市场监管局牵头，确保2024年9月底前上线运行。", "确保2024年9月底前上线运行"),
        ("1.加强信用修复，由县市场监管局牵头，会同县发改局建立信用修复机制。", None),
    ],
)
def test_a_prose_tasks_deadline_is_the_date_clause_of_its_sentence(line, deadline):
    """Before: a task assigned in prose had no deadline, whatever its sentence said."""
    assert [m[3] for m in _read(line + "\n")] == [deadline]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "1.推进信用修复。（责任单位：县市场监管局、县发改局，排名第一的为牵头单位）\n",
            [(["县市场监管局"], ["县发改局"])],
        ),
        (  # a note under the tasks states the convention for all of them
            "1.推进信用修复。（责任单位：县市场监管局、县发改局）\n2.加强监管。（责任单位：县财政局、县税务局）\n"
            "注：排名第一的单位为牵头单位。\n",
            [(["县市场监管局"], ["县发改局"]), (["县财政局"], ["县税务局"])],
        ),
        (  # stated in a task's parenthetical, it holds from there on (下同), not for the tasks before it
            "1.推进信用修复。（责任单位：县市场监管局、县发改局）\n"
            "2.加强监管。（责任单位：县财政局、县税务局，排在第一位的为牵头单位，下同）\n",
            [(["县市场监管局", "县发改局"], []), (["县财政局"], ["县税务局"])],
        ),
    ],
)
def test_the_first_listed_unit_leads_when_the_plan_says_so(body, expected):
    assert [(m[1], m[2]) for m in _read(body)] == expected


@pytest.mark.parametrize(
    "body",
    [
        "1.推进信用修复。【牵头单位】县市场监管局【配合单位】县发改局【完成时限】2024年12月\n",
        "1.推进信用修复。\n【牵头单位】县市场监管局\n【配合单位】县发改局\n【完成时限】2024年12月\n",
        "1.推进信用修复。[牵头单位]县市场监管局[配合单位]县发改局[完成时限]2024年12月\n",
    ],
)
def test_a_label_in_square_brackets_before_its_value(body):
    """Before: the plan was rejected (``no recognisable workplans``)."""
    assert _read(body) == [("推进信用修复。", ["县市场监管局"], ["县发改局"], "2024年12月")]


def test_a_bracketed_heading_stays_the_tasks_text():
    assert _read("1.【重点任务】推进信用修复。（牵头单位：县市场监管局）\n") == [
        ("【重点任务】推进信用修复。", ["县市场监管局"], [], None)
    ]


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        (  # the first-listed convention: the first unit of a bare list leads
            "注：各项任务中排在第一位的为牵头单位。\n",
            [(["县政府办公室"], ["县发改局"], "2024年底前"), (["县市场监管局"], [], None)],
        ),
        (  # a statement of what brackets hold: every unit of a bare list is responsible
            "说明：各项任务括号内为责任单位。\n",
            [(["县政府办公室", "县发改局"], [], "2024年底前"), (["县市场监管局"], [], None)],
        ),
    ],
)
def test_a_list_of_units_alone_in_brackets_where_the_plan_says_brackets_hold_units(statement, expected):
    body = statement + "1.推进信用修复工作。（县政府办公室、县发改局，2024年底前）\n2.加强监管。（县市场监管局）\n"
    assert [(m[1], m[2], m[3]) for m in _read(body)] == expected


@pytest.mark.parametrize(
    "task",
    [
        "3.在城区开展试点（黄浦区、徐汇区）。",  # places only: examples
        "3.支持各类职业院校（含技工院校）开展培训。",  # what a name holds
        "3.建设平台（以下简称平台）。",
    ],
)
def test_brackets_that_hold_no_units_stay_the_tasks_words(task):
    body = "注：排在第一位的为牵头单位。\n1.加强监管。（县市场监管局、县公安局）\n" + task + "（县住建局负责）\n"
    got = _read(body)
    assert got[1][0] == strip_enumerator(task) and got[1][1] == ["县住建局"]


def test_without_a_statement_a_bare_list_in_brackets_is_no_assignment():
    """As before (round 23): a plan may write examples alike, where it names its units otherwise. Round 28 reads
    such a list when a deadline follows it (examples carry none: ``tests/test_grammar28.py``), and every such list
    in a plan that names no unit otherwise. Round 39 reads one that closes a numbered item's sentence (a 工作要点
    pieced together from drafts in two styles): a list inside the sentence stays its words."""
    got = _read("1.推进信用修复工作。（县政府办公室、县发改局）\n2.开展信用修复培训。（责任单位：县人社局）\n")
    assert got == [
        ("推进信用修复工作。", ["县政府办公室", "县发改局"], [], None),
        ("开展信用修复培训。", ["县人社局"], [], None),
    ]
    got = _read("1.学习借鉴先进地区（县政府办公室、县发改局）经验。\n2.开展信用修复培训。（责任单位：县人社局）\n")
    assert got == [("开展信用修复培训。", ["县人社局"], [], None)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # 一、 over （一） items: the heading's parenthetical goes to the items that name no unit
            "二、推进信用修复（牵头单位：县发改局）\n（一）建立信用修复机制。\n（二）开展信用修复培训。（责任单位：县人社局）\n",
            [("建立信用修复机制。", ["县发改局"]), ("开展信用修复培训。", ["县人社局"])],
        ),
        (  # a label line under 一、 over （一） items, up to the next 二、
            "二、推进信用修复\n责任单位：县发改局\n（一）建立信用修复机制。\n（二）开展信用修复培训。\n三、保障措施\n（一）加强领导。\n",
            [("建立信用修复机制。", ["县发改局"]), ("开展信用修复培训。", ["县发改局"])],
        ),
        (  # a label line under 1. does not reach 2. (the same level)
            "1.推进信用修复\n责任单位：县发改局\n（1）建立信用修复机制。\n2.加强监管。（责任单位：县市场监管局）\n",
            [("建立信用修复机制。", ["县发改局"]), ("加强监管。", ["县市场监管局"])],
        ),
    ],
)
def test_a_groups_units_reach_the_items_numbered_a_level_below_it(body, expected):
    """Before: under 一、 the （一） items were no items; the heading was the task and its items were joined."""
    assert [(m[0], m[1]) for m in _read(body)] == expected


@pytest.mark.parametrize(
    "body",
    [
        # a label whose value is on the next line
        "1.推进信用修复。\n牵头单位：\n县发改局\n配合单位：\n县财政局\n完成时限：\n2024年底\n2.加强监管。（牵头单位：县市场监管局）\n",
        # a label alone on its line (no colon), its value on the next: two columns as a PDF's text gives them
        "1.推进信用修复。\n牵头单位\n县发改局\n配合单位\n县财政局\n完成时限\n2024年底\n2.加强监管。（牵头单位：县市场监管局）\n",
    ],
)
def test_a_labels_value_on_the_next_line(body):
    """Before: the first lost its units and deadline; the second read 牵头单位县发改局 as a supporting unit."""
    assert _read(body) == [
        ("推进信用修复。", ["县发改局"], ["县财政局"], "2024年底"),
        ("加强监管。", ["县市场监管局"], [], None),
    ]


def test_a_value_line_is_never_the_next_task():
    assert _read("1.推进信用修复。牵头单位：\n2.加强监管。（牵头单位：县市场监管局）\n") == [
        ("加强监管。", ["县市场监管局"], [], None)
    ]


def test_a_flattened_tables_header_keeps_its_names():
    body = "序号\n工作任务\n牵头单位\n配合单位\n完成时限\n1\n推进信用修复\n县发改局\n县财政局\n2024年底\n"
    assert _read(body) == [("推进信用修复", ["县发改局"], ["县财政局"], "2024年底")]


@pytest.mark.parametrize(
    ("inside", "deadline"),
    [
        ("责任单位：县发改局；督办领导：张三", None),  # a field the grammar does not know is no deadline
        ("牵头单位：县发改局；责任股室：信用股", None),
        ("牵头单位：县发改局；持续推进", "持续推进"),  # words after the units still are
        ("牵头单位：县发改局；2024年底", "2024年底"),
    ],
)
def test_an_unknown_field_after_the_units_is_no_deadline(inside, deadline):
    """Before: 督办领导：张三 was the task's deadline, as written."""
    assert read_inside(inside, {})[0].deadline == deadline


@pytest.mark.parametrize(
    ("raw", "date"),
    [
        ("2024年6月30号前", "2024-06-30"),  # the day written as 号
        ("6月30号", "2024-06-30"),
        ("12.31前", "2024-12-31"),  # a month and a day as numbers, in the plan's year
        ("6.30", "2024-06-30"),
        ("提升2.5个百分点", None),  # a number is no date
        ("2024.6", "2024-06"),  # as before: a year and a month
    ],
)
def test_deadlines_written_with_hao_or_as_month_dot_day(raw, date):
    assert parse_deadline(raw, 2024).date == date


def test_labels_aligned_with_spaces_are_read_when_nothing_else_is():
    """Before: compacting the lines joined 牵头单位　县发改局 into one word, and the plan was rejected."""
    body = "1.推进信用修复。\n牵头单位　县发改局\n配合单位　县财政局\n完成时限  2024年底\n2.加强监管。\n牵头单位\t县市场监管局\n"
    assert _read(body) == [
        ("推进信用修复。", ["县发改局"], ["县财政局"], "2024年底"),
        ("加强监管。", ["县市场监管局"], [], None),
    ]


def test_a_plan_of_no_assignment_is_still_refused_after_the_second_reading():
    with pytest.raises(DocumentError, match="no recognisable workplans"):
        _read("1.推进信用修复。\n牵头单位　\n")


def test_a_person_in_brackets_after_a_unit_is_no_part_of_its_name():
    """Before: 县财政局（李四13800000000） was a unit, its person and phone shown in every picture and page.
    The person is dropped from the name (not made a contact); a bracket that is more of the name stays."""
    body = "1.推进信用修复。（牵头单位：县发改局（张三）；配合单位：县财政局（李四 13800000000）、市交通委（计划财务处））\n"
    assert _read(body) == [("推进信用修复。", ["县发改局"], ["县财政局", "市交通委（计划财务处）"], None)]
