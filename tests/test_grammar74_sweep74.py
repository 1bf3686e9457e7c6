"""Round 74 sweep74: the wrap-width sweep's last misses (docs/loader.md).

benchmarks/bench_wrap_widths.py re-wraps every real and held-out plan with an expected file at 24–48 characters
through the ``wrapped`` and ``pdf-text`` transforms of tests/support/metamorphic.py. Round 73 left 2 wrapped and 12
pdf-text copies of 558 each unread; each rule that reads some of them is tested here on small texts hard-wrapped as a
page sets them (round 73's ``_page``: a title and an introduction over the lines given), with its guards, and the
copies it reads are sampled at their failing widths (docs/_sections/sweep74.md).
"""

from __future__ import annotations

import pytest
from test_grammar72_wrap72 import swept_copy_compared
from test_grammar73_wrap73 import _line, _page, _units

from reformgraph.loaders import tasklist
from reformgraph.loaders.source import Source
from reformgraph.loaders.unit_names import is_unit_name


def _paragraphs(lines: list[str]) -> list[str]:
    """The paragraphs (compact) a hard-wrapped text's reader makes of ``lines`` under ``_page``'s introduction."""
    source = Source.from_text(_page(lines))
    read = tasklist._lines_read(source, [False] * len(source.compacts))
    return [c for _, _, c in read[2:]]  # (past the title and the introduction)


# a deadline's time of day the margin set at a line's start
SELF_CHECK = [
    "一、部门自查",
    _line("省级部门要按照职责分工，从行业主管部门的角度进行深入"),
    "省发展改革委牵头完成自查报告，其他相关部门配合，于6月20",  # 55 columns of 56: full
    "日18：00前通过平台向省政府报送自查报告。",
    "二、重点抽查",
]


def test_a_time_of_day_at_a_lines_start_is_no_fields_name():
    """wrapped and pdf-text/heldout-77 at 28: ``…其他相关部门（单位）配合，于6月20`` (full) / ``日18：00前通过…``: ``日18：``
    read as a field's name and its colon (``问题2：``), the line opened a paragraph of its own, the task ended at
    ``6月20`` and the plan's other task was lost with it. A figure, a colon and two figures after a date's 日 (or
    上午, 下午…) are a time of day."""
    assert _paragraphs(SELF_CHECK)[1].endswith("于6月20日18：00前通过平台向省政府报送自查报告。")


def test_a_fields_name_with_its_number_still_opens_its_line():
    """Guard: a field's name with its number (``问题2：``), figures after its colon or not, opens its line under a
    full line as before (round 47), and so does a time of day after no date (``18：00``, no field either way)."""
    for field in ("问题2：15家企业未完成整改。", "问题2：部分企业未完成整改。"):
        read = _paragraphs([_line("一、存在问题，部分企业安全生产主体责任落实不到位"), field])
        assert read[-1] == field
    assert not tasklist._named_field("日18：00前报送") and tasklist._named_field("问题2：15家")


# a list of units' duties, one a paragraph, the first ending its sentence exactly at the margin
TRANSPORT = [
    _line("市交通管理部门负责轨道交通项目规划建设的统筹协调，以及"),
    _line("轨道交通运营的监督管理。配合公安部门做好公共安全防范", 28, "。"),
]
POLICE = "公安、应急管理部门负责本市轨道交通的治安和消防监督管理。"
DISTRICTS = "各区政府落实属地安全应急管理工作。"


def test_sectors_sharing_one_bumen_open_a_units_duty():
    """pdf-text/heldout-78 at 24, 36 and 48: ``…配合公安部门做好公共安全防范相关工作。`` at the margin over
    ``公安、应急管理部门负责…``: 公安 alone is no unit's name, the line opened no unit's duty and ran on, the duties
    passage lost two paragraphs and was read as one task under its heading. Sectors before one 部门 (机关, 单位)
    name its units (公安部门, 应急管理部门)."""
    assert _paragraphs(["二、职责分工", *TRANSPORT, POLICE, DISTRICTS])[1:] == [
        "".join(TRANSPORT),
        POLICE,
        DISTRICTS,
    ]
    assert _units(_page(["二、职责分工", *TRANSPORT, POLICE, DISTRICTS]))[0][1] == ["市交通管理部门"]


def test_words_before_a_shared_bumen_open_no_duty_and_a_line_running_on_goes_on():
    """Guards: words that are no sector (``加强统筹、应急管理部门负责…``) open no duty, and the sectors' line under a
    full line ending no sentence go on in its paragraph."""
    assert not tasklist._opens_a_duty("加强统筹、应急管理部门负责协调")
    assert not tasklist._opens_a_duty("公安、应急管理负责协调")  # no 部门 to share
    running = [TRANSPORT[0], _line("轨道交通运营的监督管理。配合公安部门做好公共安全防范", 28, "，")]
    assert _paragraphs(["二、职责分工", *running, POLICE])[1] == "".join([*running, POLICE])


def test_a_verb_before_a_units_name_makes_no_unit():
    """pdf-text/heldout-34 at 24: ``街镇要落实属地责任，明确街镇负责消防安全管理的部门…`` opened a line (a sentence
    ending at the margin above it) and ``明确街镇负责`` gave the task a lead 明确街镇: 明确 (make clear) is a verb of a
    task's words, as 推进, 建立 (``_TASK_VERB``); no body's name opens with it. Guards: the unit after it, and
    offices named by a verb of their work (保护司)."""
    assert not is_unit_name("明确街镇") and not is_unit_name("明确各区")
    assert is_unit_name("街镇") and is_unit_name("保护司") and is_unit_name("区政府")


# a flattened table (one cell a line, no blank line): a task cell filling the line over its row's merged unit cell
SOLAR = [
    "附表：任务分工表",
    "序号",
    "工作措施",
    "责任单位",
    "1",
    "充分利用轨道交通内既有高架车站、地面车站、停车场等资源",  # 54 columns of 56: full
    "申通地铁集团",
    "2",
    "新建高架车站要求屋顶光伏覆盖面积达到50%",
    "3",
    "推进基地光伏设施建设",
    "城投集团",
]


def test_a_task_verb_before_a_places_name_makes_no_unit():
    """pdf-text/real-13 and held-out 54 at 48: the task cell ``充分利用轨道交通内既有高架车站、…的开发和建设`` filled the
    line over its row's unit cell ``申通地铁集团`` and the next row's number; its first name, ``充分利用…高架车站``
    (站, a station's ending), read as a unit's, the line as a unit cell's, and the task cell ran on into the units':
    the four rows under the merged cell were lost. 利用, 充分 (and 依托, 结合, 围绕, 聚焦, 通过 …, a task's opening
    verbs) open no body's name."""
    assert not is_unit_name("充分利用轨道交通内既有高架车站") and not is_unit_name("利用轨道交通内既有高架车站")
    assert [(t[:4], leads) for t, leads, _ in _units(_page(SOLAR))] == [
        ("充分利用", ["申通地铁集团"]),
        ("新建高架", ["申通地铁集团"]),
        ("推进基地", ["城投集团"]),
    ]


def test_names_opening_with_a_word_of_work_stay_units():
    """Guards: the names of the corpus's expected files that open with a word of work (组织人事科, 督导室, 服务办,
    协调监管机构: not in the list), an office named by its work (保护司), a station (农技推广站)."""
    for name in ("组织人事科", "督导室", "服务办", "协调监管机构", "保护司", "区农技推广站", "各乡镇农业服务中心"):
        assert is_unit_name(name), name


# the copies the rules read, at their failing widths
SWEEP_SAMPLE = [
    ("wrapped", 28, "heldout-77"),  # a time of day
    ("pdf-text", 28, "heldout-77"),
    ("pdf-text", 48, "heldout-78"),  # sectors sharing one 部门
    ("pdf-text", 24, "heldout-78"),
    ("pdf-text", 48, "real-13"),  # a task verb before a place's name
]


@pytest.mark.parametrize(("transform", "width", "name"), SWEEP_SAMPLE, ids=[f"{t}-{w}-{n}" for t, w, n in SWEEP_SAMPLE])
def test_a_sample_of_the_width_sweep_reads_as_the_plan(transform: str, width: int, name: str):
    read, written = swept_copy_compared(transform, width, name)
    assert read == written
