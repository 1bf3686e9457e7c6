"""Round 73 wrap73: the wrap-width sweep's last misses (docs/loader.md).

benchmarks/bench_wrap_widths.py re-wraps every real and held-out plan with an expected file at 24–48 characters
through the ``wrapped`` and ``pdf-text`` transforms of tests/support/metamorphic.py. Round 72 left 2 wrapped and 17
pdf-text copies of 540 each unread; each rule that reads some of them is tested here on small texts hard-wrapped as a
page sets them (``support.printing.wrap``), with its guards, and the copies it reads are sampled at their failing
widths (docs/_sections/wrap73.md).
"""

from __future__ import annotations

import pytest
import test_grammar71_meta71 as meta71
from support.printing import wrap
from test_grammar72_wrap72 import swept_copy_compared

from reformgraph.loaders import tasklist
from reformgraph.loaders.wrapped import paragraphs

_read = meta71._read  # (line, text's first 8 characters, leads, supports, deadline) of each task
NARROW = 56  # columns: 28 wide characters a line
INTRO = (
    "为深入推进本区重大交通工程要素保障工作，加快项目前期工作进度，结合本区实际，制定本方案。各单位要充分认识要素保障"
    "工作的重要意义，切实加强组织领导，细化工作措施，明确时间节点，确保各项任务按期完成。"
)


FILLER = "切实加强统筹协调推动各项工作落地见效全面提升要素保障工作水平" * 4  # ideographs only


def _line(words: str, n: int = 28, end: str = "") -> str:
    """``words`` then filler words, ``n`` wide characters exactly with ``end`` last.

    >>> len(_line("推进", 27, "。"))
    27
    """
    return (words + FILLER)[: n - len(end)] + end


def _page(lines: list[str], width: int = NARROW) -> str:
    """``lines``, a PDF's text layer's lines each, under a title and an introduction hard-wrapped at ``width``
    columns (enough full lines to show the text's width), with no blank line between them."""
    return "\n".join([*wrap("\n".join(["某区重大交通工程要素保障工作方案", INTRO]), width).split("\n"), *lines])


def _units(text: str) -> list[tuple[str, list[str], list[str]]]:
    """(the task's first 6 characters, its leads, its supports) of each task of ``text``."""
    return [(t[:6], leads, supports) for _, t, leads, supports, _ in _read(text)]


# a paragraph of no unit's whose last line ends its sentence one character short of the margin, then a unit's duty
ENCOURAGED = [_line("鼓励有条件的交通建设单位将"), _line("全力推进"), _line("确保交通建设项目顺利实施", 27, "。")]
DISTRICTS = [_line("各区交通主管部门牵头区相关部门主动对接、积极推进，确保各"), "项要素平衡方案落地。"]


def test_a_sentence_ending_short_of_its_paragraphs_width_ends_the_paragraph():
    """pdf-text/heldout-74 at 28 (and real-05 at 40): ``…确保交通建设项目顺利实施。`` (27 wide characters) over
    ``各区交通主管部门牵头…`` counted full (a line may fall short of the width by two characters) and ran on: the
    unit's duty was lost. The paragraph's lines above are set at 28 and ``各`` would have fitted on the line: the
    margin did not break it, the paragraph ended."""
    text = _page(["二、工作要求", *ENCOURAGED, *DISTRICTS])
    assert _units(text) == [("各区交通主管", ["各区交通主管部门"], ["区相关部门"])]


def test_a_sentence_ending_at_the_margin_over_a_units_duty_goes_on():
    """Guard: the same paragraph ending exactly at the margin (28) goes on as before: no text tells it from a
    sentence the margin broke (held-out 19 at 36, ``…评价验收；`` / ``各园区建设主体负责具体实施。``, one paragraph)."""
    text = _page(["二、工作要求", *ENCOURAGED[:2], _line("确保交通建设项目顺利实施", 28, "。"), *DISTRICTS])
    assert _units(text) == [("鼓励有条件的", ["各区交通主管部门"], ["区相关部门"])]


def test_a_paragraph_ends_short_rule_on_lines():
    """The rule on lines (``wrapped.paragraphs``): a line ending its sentence two columns short of its paragraph's
    width over an ideograph ends the paragraph; guards: a line as wide as the paragraph's (the margin's), a
    paragraph whose widths vary (a word processor's justified lines), a closing mark after the next character (the
    page brought it down), a line whose spaces stand for room on the page go on as before."""
    full, short, after = "甲" * 28, "乙" * 26 + "。", "丙" * 10 + "。"
    assert paragraphs([full, full, short, after], 56) == [(0, 2, full * 2 + short), (3, 3, after)]
    assert len(paragraphs([full, full, "乙" * 27 + "。", after], 56)) == 1  # at the margin: no text tells
    assert len(paragraphs([full, "甲" * 27, short, after], 56)) == 1  # widths vary
    assert len(paragraphs([full, full, short, "丙，" + after], 56)) == 1  # 丙 brought down by its comma
    assert len(paragraphs([full, full, short, after], 56, written=[full, full, "乙 " * 13 + "乙。", after])) == 1
    assert len(paragraphs([full, full, short, "2025" + after], 56)) == 1  # figures: the page sets them otherwise


# a unit's duty under a unit's duty ending at the margin, a page's footer between them
ENFORCEMENT = [
    _line("区城管执法局依法对违反规定的行为实施行政处罚，包括对装修垃"),
    _line("圾非法倾倒、运输与处置的处罚", 28, "。"),
]
GREENING = ["区绿化市容局负责装修垃圾处理的全面管理和指导工作。"]
HOUSING = [_line("区住房保障房屋管理局指导、协调各街道、镇督促物业服务企业"), "做好装修垃圾投放管理工作。"]


def test_a_units_duty_past_a_page_footer_under_a_duty_at_the_margin_opens_a_paragraph():
    """pdf-text/heldout-25 at 28: ``…做好车容车貌管理。`` at the margin, a page's footer (``第2页 共4页``), then
    ``区住房保障房屋管理局指导…``: the duties' rule looked at the line above, the footer the compacting blanked, and
    the second duty ran on the first (one task, two leads). The line above a page break is the page's last."""
    text = _page(["二、职责分工", *ENFORCEMENT, "第2页 共4页", *HOUSING])
    assert _units(text) == [("区城管执法局", ["区城管执法局"], []), ("区住房保障房", ["区住房保障房屋管理局"], [])]


def test_a_units_duty_past_a_page_footer_under_a_clause_goes_on():
    """Guard: the same duty past a footer under a line that ends no clause (full, its sentence going on) is the
    paragraph's words, as before."""
    text = _page(
        ["二、职责分工", ENFORCEMENT[0], _line("圾非法倾倒、运输与处置的处罚"), "第2页 共4页", *HOUSING, *GREENING]
    )
    assert [leads for _, leads, _ in _units(text)] == [["区城管执法局"], ["区绿化市容局"]]


def test_a_unit_and_zhiding_opens_a_units_duty():
    """pdf-text/heldout-73 at 32: ``市规划国土资源局制订有关…细则。`` at the margin over ``其他审批部门按照要求…`` and
    ``市重大办会同…``: 制订, 制定's other form, was no verb of a unit's work, the paragraph above opened with no unit
    and the list was not seen."""
    assert (
        tasklist._unit_opening("市规划国土资源局制订有关项目规划和建设用地优化手续的实施细则。") == "市规划国土资源局"
    )
    assert tasklist._unit_opening("制订有关项目规划") is None


# an article's lead-in whose last character the margin set alone with its colon, over its numbered duties
ARTICLE = [
    "第二章　区政府消防工作职责",
    "第七条　区政府应当建立健全消防工作责任制，全面履行下列职",
    "责：",
    "（一）贯彻执行国家法律法规和方针政策。",
    "（二）将消防工作纳入经济社会发展总体规划。",
]


def test_a_one_character_name_and_colon_under_a_line_running_on_ends_its_sentence():
    """wrapped and pdf-text/heldout-76 at 24: ``第七条　区政府应当…履行下列职`` (full) / ``责：``: a name and a colon
    (``整改措施：``) opened a field's paragraph, the article's lead-in ended at ``职`` and its duties lost their unit
    (区政府). A name of one character is a word's last the margin cut."""
    assert [leads for _, leads, _ in _units(_page(ARTICLE))] == [["区政府"], ["区政府"]]


def test_a_fields_name_under_a_line_running_on_opens_its_line():
    """Guard: a name of two characters and a colon (``措施：``) under a full line opens its line as before (a field
    of a 整改清单's block, round 35), and a line of one character and a colon under a short line."""
    from reformgraph.loaders.source import Source

    lines = [
        *_page([]).split("\n"),
        _line("问题：部分项目审批手续办理"),
        "措施：建立台账，逐项销号。",
        "短句",
        "责：建立台账。",
    ]
    read = tasklist._lines_read(Source.from_text("\n".join(lines)), [False] * len(lines))
    assert [c[:3] for _, _, c in read[-3:]] == ["措施：", "短句", "责：建"]


# a provision citing items by their numbers, which the margin set at a line's start
CITED = ["街道办事处应当履行本规定第九条第（一）（二）（三）（五）", "（六）（七）（八）项职责，并保障消防工作经费。"]
DUTIES = [
    "第八条　镇政府应当履行下列职责：",
    "（七）部署消防安全整治，组织开展消防安全检查。",
    "（八）指导居委会开展群众性消防工作。",
]


def test_numbers_cited_at_a_lines_start_under_a_full_line_of_numbers_run_on():
    """wrapped and pdf-text/heldout-76 at 24: ``街道办事处应当履行前款第（一）（二）（三）（五）`` (full) / ``（六）（七）
    （八）项职责，…``: a line ending with a number's bracket closed no assignment, yet counted as a sentence's end,
    and ``（六）`` opened an item of the list above (a task of 镇政府's). A number that does not follow the last of its
    style above, under a full line, runs on (round 71's rule for a line ending no sentence)."""
    assert [(t[:4], leads) for t, leads, _ in _units(_page([*DUTIES, *CITED]))] == [
        ("部署消防", ["镇政府"]),
        ("指导居委", ["镇政府"]),
    ]


def test_a_number_following_its_list_under_a_full_line_ending_with_a_number_opens_an_item():
    """Guard: a number that follows the last of its style above (``（九）`` after ``（八）``) opens its item though the
    full line above ends with a cited number's bracket."""
    cited = ["（八）落实本规定第十二条第（一）（二）（三）（四）（五）", "（九）指导居委会开展群众性消防工作。"]
    assert [t[:4] for t, _, _ in _units(_page([*DUTIES[:2], *cited]))] == ["部署消防", "落实本规", "指导居委"]


# headings of one style: two short, one of two lines (its rest short), one filling the line over a page's footer
TITLES = [
    "四、实施方案",
    _line("（一）建立市重大工程政府投资项目规划储备库管理机制和制度"),
    "第2页 共6页",
    _line("市重大工程政府投资项目规划储备库主要是提前研究项目建设方"),
    "案稳定问题。",
    _line("（二）编制市重大工程政府投资项目前期推进三年滚动计"),
    "划",
    _line("市发展改革委、市重大办会同行业管理部门编制三年滚动计划，"),
    "明确项目前期工作节点。",
    "（三）编制年度投资计划",
    "市发展改革委会同市重大办编制年度投资计划。",
    "（四）优化项目前期审批手续",
    "市规划资源局制订有关项目规划和建设用地优化手续的实施细则。",
]


def _paragraphs(lines: list[str]) -> list[str]:
    """The compact paragraphs of ``lines`` under the title and introduction (``tasklist._lines_read``)."""
    from reformgraph.loaders.source import Source

    source = Source.from_text(_page(lines))
    return [c for _, _, c in tasklist._lines_read(source, [False] * len(source.compacts))][-len(lines) :]


def test_a_heading_filling_the_line_over_a_page_footer_ends_where_the_others_stand_alone():
    """pdf-text/heldout-73 at 24: ``（一）建立“…储备库”`` fills the line over a page's footer and a full line of its
    paragraph: round 71's rule (a heading ending at the margin where the text's other headings of its style are short
    lines of their own) looked at the footer, not the heading, and counted ``（二）编制…三年计`` / ``划”``, a heading of
    two lines, as one opening its paragraph's words: the heading ran on into its paragraph."""
    read = _paragraphs(TITLES)
    assert TITLES[1] in read and TITLES[3] + TITLES[4] in read


def test_a_heading_filling_the_line_goes_on_where_the_others_open_their_paragraphs():
    """Guard: where the style's other headings fill their lines and go on in full lines (numbered paragraphs opening
    with a clause), a heading filling the line over a footer goes on as before."""
    opening = [
        _line("（二）编制市重大工程政府投资项目前期推进三年滚动计"),
        _line("划，市发展改革委会同行业管理部门编制"),
        "明确节点。",
    ]
    lines = [*TITLES[:5], *opening, *opening, *opening]
    assert TITLES[1] + TITLES[3] + TITLES[4] in _paragraphs(lines)


def _table_source(lines: list[str]):
    """A Source of ``lines`` under round 71's introduction hard-wrapped at 60 columns (``meta71.INTRO``), and the
    index of ``lines[0]``."""
    from reformgraph.loaders.source import Source

    intro = wrap("\n".join(meta71.INTRO), meta71.CHARS * 2).split("\n")
    return Source.from_text("\n".join([*intro, *lines])), len(intro)


RULES = "健全完善政府专职消防队、微型消防站建管训用和考评奖惩等配套规"  # 30 wide characters: runs on
RATED = "章制度，定期组织开展达标考核、业务比赛、表彰奖励效能评估。"  # 29, its sentence's end
GUIDED = "指导街道充分发挥多种形式消防队伍作用，统筹力量开展防火巡查"


def test_a_cells_sentence_ending_short_of_the_line_above_is_the_cells_last():
    """pdf-text/heldout-30 at 32: ``…表彰奖励和实战效能评估。`` (62 columns under a line of 64) over the next row's
    task cell (both rows under one merged units' cell, no row number): joined, the table's last task was lost. The
    cell's line above runs on at its width and ``指`` would have fitted: the cell ended (``flat_tables._ended_short``).
    Guards: the same line at the margin, or under a line that ends a sentence short of the margin, goes on as before."""
    from reformgraph.loaders.flat_tables import _ended_short

    assert len(RULES) == 30 and len(RATED) == 29
    source, at = _table_source([RULES, RATED, GUIDED])
    assert source.wrap_width == 60 and _ended_short(source, at + 1, GUIDED)
    source, at = _table_source([RULES, RATED[:-1] + "等。", GUIDED])
    assert not _ended_short(source, at + 1, GUIDED)  # at the margin: no text tells
    source, at = _table_source([RULES[:-2] + "。", RATED, GUIDED])
    assert not _ended_short(source, at + 1, GUIDED)  # the line above ends its sentence short: no width to measure by
    # round 77 sweep77: a line above ending its sentence at the text's width shows the margin, the text's
    # (``wrapped.short_of_the_width``); round 73 had left it as no width to measure by
    source, at = _table_source([RULES[:-1] + "。", RATED, GUIDED])
    assert _ended_short(source, at + 1, GUIDED)


RAILWAYS = "上海铁路局集团有限公司、上海金山铁路有限公司、市港航中心"  # 28 wide characters at 30


def test_a_unit_cell_of_whole_names_short_of_the_margin_is_the_cells_last():
    """pdf-text/real-02 and heldout-53 at 24: ``上海铁路局集团有限公司、上海金山铁路有限公司`` (22 at 24) over the row's
    next partners' cell written the same: joined, one list of doubled names read none. The next line's first name's
    character would have fitted within the width less one wide character (``flat_tables._units_ended_short``).
    Guards: a list filling the line within a character, or a line of a task's words, goes on as before."""
    from reformgraph.loaders.flat_tables import _units_ended_short

    source, at = _table_source([RAILWAYS, RAILWAYS])
    assert _units_ended_short(source, at, RAILWAYS)
    source, at = _table_source([RAILWAYS + "、区", "交通委"])
    assert not _units_ended_short(source, at, "交通委")  # 29: the margin's
    source, at = _table_source([GUIDED[:28], RAILWAYS])
    assert not _units_ended_short(source, at, RAILWAYS)  # a task's words


# the sweep of widths sampled: copies this round's rules read, at the widths where they failed
SWEEP_SAMPLE = [
    ("pdf-text", 28, "heldout-74"),  # a sentence ending short of its paragraph's width
    ("pdf-text", 40, "real-05"),
    ("pdf-text", 28, "heldout-25"),  # a duty past a page's footer
    ("pdf-text", 32, "heldout-73"),  # 制订
    ("pdf-text", 24, "heldout-73"),  # a heading filling the line over a page's footer
    ("wrapped", 24, "heldout-76"),  # 责：; numbers cited
    ("pdf-text", 32, "heldout-30"),  # a cell's sentence ending short of the line above
    ("pdf-text", 24, "real-02"),  # a unit cell of whole names short of the margin
    ("wrapped", 24, "heldout-05"),  # guard (round 72 wrap72b): ``…、区商务`` / ``委、区国资委…`` goes on
    ("pdf-text", 24, "heldout-76"),
]


@pytest.mark.parametrize(("transform", "width", "name"), SWEEP_SAMPLE, ids=[f"{t}-{w}-{n}" for t, w, n in SWEEP_SAMPLE])
def test_a_sample_of_the_width_sweep_reads_as_the_plan(transform: str, width: int, name: str):
    read, written = swept_copy_compared(transform, width, name)
    assert read == written
