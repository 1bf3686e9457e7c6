"""Round 78 sweep78: the wrap-width sweep's misses round 77 left (docs/loader.md).

benchmarks/bench_wrap_widths.py re-wraps every real and held-out plan with an expected file through the ``wrapped``,
``pdf-text`` and ``indented`` transforms of tests/support/metamorphic.py. Each rule that reads some of the copies round
77 left (held-out 35 as a PDF's text at 20 first, a reading that round lost; then the narrow widths 20–22) is tested
here on texts of our own, with its guards, and the copies it reads are sampled at their failing widths.
"""

from __future__ import annotations

import pytest
from support.printing import wrap
from test_grammar72_wrap72 import swept_copy_compared
from test_grammar77_sweep77 import _as_written, _tasks

from reformgraph.loaders import flat_tables
from reformgraph.loaders.assignments import _label_ends_a_name
from reformgraph.loaders.parse import text_metadata
from reformgraph.loaders.source import Source
from reformgraph.loaders.tasklist import _a_list_alone
from reformgraph.loaders.unit_breaks import opens_a_words_rest
from reformgraph.textwidth import display_width

# numbered items, the first closed by its list set on a line of its own (as a narrow page breaks it: the sentence
# ends at the margin and the list opens the next line), the second's sentences with no list over an unnumbered
# paragraph its list closes
LISTED = [
    "（二）完善停车配套政策",
    "5.梳理各区现有停车资源，编制停车设施专项规划，明确近期建设重点和布局要求。",
    "（牵头单位：区交通委。配合单位：区规划资源局）",
    "6.研究制定公共停车场建设标准，完善收费管理办法，2025年底前出台停车设施建设导则。",
    "在评估试点成效的基础上，谋划后续建设任务，形成滚动推进机制。（牵头单位：区建设管理委）",
]


def test_an_item_goes_on_in_the_paragraph_its_list_closes_past_a_list_alone_above():
    """pdf-text/heldout-35 at 20: item 14's sentence ended at the margin and its list ``（牵头单位：…。配合单位：…）``
    opened the next line, a paragraph of its own; item 15 (``…2021年上半年制定出台…规范。``, no list) then had no
    numbered item right above it, so round 64's rule (``tasklist._numbered_item_goes_on``: the item goes on in the
    paragraph its list closes) did not take it, and the task read from ``在总结评估…`` with no deadline. A list alone
    in brackets closes the item above it: the item before is looked for past it."""
    assert _tasks(_as_written(LISTED)) == [
        ("梳理各区现有停车", ["区交通委"], ["区规划资源局"], None),
        ("研究制定公共停车", ["区建设管理委"], [], "2025年底前"),
    ]


def test_a_list_alone_under_an_unnumbered_paragraph_shows_no_list_of_items():
    """Guards: under a paragraph of no number the list alone shows no list of numbered items, and the second
    paragraph's task reads from its own words as before; a heading's number in brackets or a date's bracket is no
    list alone."""
    unnumbered = [LISTED[0], LISTED[1][2:], *LISTED[2:]]
    assert [row[0] for row in _tasks(_as_written(unnumbered))] == ["梳理各区现有停车", "在评估试点成效的"]
    assert _a_list_alone("（牵头单位：区交通委。配合单位：区规划资源局）", 0, 23)
    assert not _a_list_alone("（二）完善政策。（牵头单位：区交通委）", 0, 19)
    assert not _a_list_alone("（2025年底前）（牵头单位：区交通委）", 0, 20)
    assert not _a_list_alone("（区交通委）", 0, 6)  # no label, no role word: a unit's name alone, no list


def test_a_document_number_in_a_bracket_opened_on_the_line_above_is_cited():
    """wrapped/heldout-77 at 20: ``…的通知》（`` / ``国发明电〔2014〕1号）转发你们，请按照通``: the cited notice's number
    opened a line, with the bracket's close and no opening on it, so ``parse._cited_number`` (round 73: a number inside
    a bracket with words around it) was not asked; the number was taken for the plan's own, and its year dated the
    plan's ``6月20日18：00前`` as 2014. A bracket the line closes and does not open was opened above, in a sentence.
    Guards: a plan's own number on its line, bare or in its own brackets."""
    notice = [
        "各区人民政府，市政府各委、办、局：",
        "现将《住房城乡建设部关于开展城镇燃气安全隐患排查的通知》（",
        "建城函〔2023〕15号）转发给你们，请结合实际认真贯彻执行。",
    ]
    assert text_metadata("\n".join(notice)).doc_number is None
    assert text_metadata("\n".join(notice[1:2] + ["建城函〔2023〕15号）", "转发给你们。"])).doc_number is None
    for own in ("某府办发〔2024〕7号", "（某府办发〔2024〕7号）"):
        assert (
            text_metadata("\n".join(["某市人民政府办公室", own, "关于印发某市工作方案的通知"])).doc_number
            == "〔2024〕7号"
        )


# a notice's addressee, a group's members, whose name the margin broke before ``成员单位：``, over the notice's words and
# the plan's items (30 wide characters a line)
ADDRESSEE = "某区城市更新和旧住房改造工作推进领导小组"
NOTICE = [
    "关于印发《某区旧住房更新改造工作方案》的通知",
    ADDRESSEE + "成员单位：",
    "为深入推进本区旧住房更新改造工作，加快补齐民生短板，结合本区实际，区城市更新领导小组办公室制定了《某区旧住房更新"
    "改造工作方案》。现印发给你们，请认真抓好落实。",
    "一、重点任务",
    "1.推进旧住房成套改造。按照应改尽改原则，编制年度改造计划，推动项目滚动实施。（牵头单位：区住房保障局）",
    "2.加强改造资金保障。统筹各级财政资金，落实改造项目所需经费。（牵头单位：区财政局）",
]


def test_a_label_ending_a_bodys_name_the_margin_broke_is_no_field():
    """wrapped/heldout-82 at 20 (pdf-text, indented at 20 and 22): the notice's addressee
    ``静安区…工作推进领导小组`` (full) / ``成员单位：``, a label opening its line, read as a run of label lines whose
    value was the notice's paragraph under it: a false task whose units were its clauses. The line above ends no
    sentence at the margin and is a body's name, which the label finishes (``assignments._label_ends_a_name``)."""
    width = display_width(ADDRESSEE)
    lines = [line for p in NOTICE for line in wrap(p, width).split("\n")]
    assert ADDRESSEE in lines and "成员单位：" in lines
    text = "\n".join(lines)
    assert Source.from_text(text).wrap_width == width
    assert _tasks(text) == _tasks(_as_written(NOTICE))
    assert [row[1] for row in _tasks(text)] == [["区住房保障局"], ["区财政局"]]


def test_a_label_under_a_heading_at_the_margin_is_a_field():
    """Guards (``_label_ends_a_name``): a label with its value on its line (a group's make-up under a heading naming the
    group, at the margin), one under words that are no body's name, one under a line short of the margin."""
    full = ["推进" * 10] * 4

    def ends(above: str, line: str) -> bool:
        return _label_ends_a_name(Source.from_text("\n".join([*full, above, line, "推进。"])), 5)

    assert ends("静安区各垃圾分类减量工作推进领导小组", "成员单位：")
    assert not ends("（一）成立区垃圾分类减量工作推进领导小组", "成员单位：区发改委、区财政局")
    assert not ends("（一）推进政务云平台扩容升级提升算力统筹", "牵头单位：")
    assert not ends("静安区各垃圾分类工作领导小组", "成员单位：")


def _table_source(lines: list[str]) -> Source:
    """A hard-wrapped text 40 columns wide (20 wide characters) whose last lines are ``lines``."""
    return Source.from_text("\n".join(["推进" * 10] * 4 + lines))


def test_a_list_of_bodies_in_a_tasks_words_ending_its_sentence_goes_on():
    """pdf-text and wrapped/heldout-82 at 20: a flattened table's 任务内容 ``…在大型园区、…、机关企`` /
    ``事业单位、学校、医院、标准化集贸市场等区`` / ``域落地。``: the second line, a list of names (``…等区`` passes as one),
    was read as the row's unit cell, and ``域落地。`` as a cell of its own. A list full to the margin over a line that
    ends the sentence, whose first words make no name with the list's last one, is the task's words
    (``flat_tables._list_ends_a_sentence``). Guards: a unit cell whose last name the margin cut (``…、区绿化市`` /
    ``容局。``), one ending short of the margin."""
    assert flat_tables._list_ends_a_sentence(_table_source(["社区、学校、医院、农贸市场和商业街等区", "域落地。"]), 4)
    assert not flat_tables._list_ends_a_sentence(_table_source(["区商务委、区教育局、区卫健委、区绿化市", "容局。"]), 4)
    assert not flat_tables._list_ends_a_sentence(_table_source(["社区、学校、医院等区", "域落地。"]), 4)
    assert not flat_tables._list_ends_a_sentence(_table_source(["社区、学校、医院、农贸市场和商业街等区", "域"]), 4)


def test_a_partners_cell_whose_name_the_margin_cut_is_a_cell_of_its_own():
    """pdf-text/heldout-82 at 20 and 22: a row's 责任单位, one name at the margin (``区…领导小组办公室``), over its 配合单位
    whose one name the margin cut (``静安区…领导小组成`` / ``员单位``): the partners' cell was no unit line, so the two
    cells were one (``flat_tables._units_cut``; ``ends_as_a_body`` now takes ``办公室``). Its 配合单位's last line
    opening with a name's rest and listing names (``局、区房管局、区机管局``), full within the slack, is a unit cell's
    last line over the next row (``_names_after_a_rest``). Indented at 20, ``…领导小组办`` / ``公室`` is one name
    (``unit_breaks.opens_a_words_rest``). Guards: a task's words cut at the margin, a line that lists no names."""
    assert flat_tables._units_cut(_table_source(["某区城市更新和旧住房改造工作推进领导小", "组成员单位"]), 4)
    assert not flat_tables._units_cut(_table_source(["加强领导小组的组织协调和统筹调度，细化责", "任分工"]), 4)
    assert flat_tables._names_after_a_rest(["区卫健委、区市场监管", "局、区房管局、区机管局"], 1)
    assert not flat_tables._names_after_a_rest(["区卫健委、加强监", "管、区房管局、区机管局"], 1)
    assert opens_a_words_rest("公室") and not opens_a_words_rest("所在街镇")


SWEEP_SAMPLE = [
    ("pdf-text", 20, "heldout-35"),  # an item going on past a list alone above it
    ("wrapped", 20, "heldout-77"),  # a cited number in a bracket opened on the line above
    ("wrapped", 20, "heldout-82"),  # the addressee's label; a list in a task's words
    ("pdf-text", 20, "heldout-82"),  # a partners' cell whose name the margin cut
    ("indented", 20, "heldout-82"),  # 办 / 公室
    ("pdf-text", 22, "heldout-82"),
]


@pytest.mark.parametrize(("transform", "width", "name"), SWEEP_SAMPLE, ids=[f"{t}-{w}-{n}" for t, w, n in SWEEP_SAMPLE])
def test_a_sample_of_the_width_sweep_reads_as_the_plan(transform: str, width: int, name: str):
    read, written = swept_copy_compared(transform, width, name)
    assert read == written
