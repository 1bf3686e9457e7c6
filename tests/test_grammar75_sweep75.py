"""Round 75 sweep75: the wrap-width sweep's last misses (docs/loader.md).

benchmarks/bench_wrap_widths.py re-wraps every real and held-out plan with an expected file at 24–48 characters
through the ``wrapped`` and ``pdf-text`` transforms of tests/support/metamorphic.py. Round 74 left 1 wrapped and 11
pdf-text copies of 570 each unread; each rule that reads some of them is tested here on small texts hard-wrapped as a
page sets them (round 73's ``_page``: a title and an introduction over the lines given), with its guards, and the
copies it reads are sampled at their failing widths.
"""

from __future__ import annotations

import pytest
from support import metamorphic
from support.printing import wrap
from test_grammar72_wrap72 import swept_copy_compared
from test_grammar73_wrap73 import _line, _page, _units
from test_grammar74_sweep74 import _paragraphs

from reformgraph.errors import DocumentError
from reformgraph.loaders import flat_tables, tasklist
from reformgraph.loaders.source import Source
from reformgraph.loaders.wrapped import blank_parted

# headings of one style that each fill the line but for a character (27 wide characters of 28), over full lines
HEADINGS = [
    _line("一、完善安全生产监管体系，全面提升企业自主管理能力水平", 27),
    _line("二、健全风险隐患排查机制，压实属地管理责任和主体责任", 27),
    _line("三、加强基层应急队伍建设，提高先期处置能力和效率", 27),
]
BODY = [
    _line("督促企业安全生产责任人、管理人切实履行责任，自觉做好本单位"),
    _line("风险防范化解和日常自主管理工作，街道派出所要将安全管理嵌入"),
    "网格职能范畴。",
]


def test_headings_are_27_characters():
    assert all(len(h) == 27 for h in HEADINGS) and all(len(b) == 28 for b in BODY[:2])


def test_a_heading_short_of_the_full_line_under_it_ends_there():
    """pdf-text/heldout-34 at 24: every ``一、``–``五、`` heading fills the line (46 or 48 columns of 48), so round 71's
    count (the style's other headings short) has none to go by, and ``三、…提升企业自主管理能力`` (46) ran on into its
    paragraph: numbered, the paragraph's ``…公安派`` / ``出所要将…`` gave the plan (which has no task) a task. The
    heading falls a wide character short of the full line under it, whose first character, an ideograph with no
    mark after it, would have fitted: the margin did not break the heading."""
    read = _paragraphs([*HEADINGS[:2], *BODY, HEADINGS[2], *BODY])
    assert read[:2] == HEADINGS[:2] and read[2] == "".join(BODY) and read[3] == HEADINGS[2]
    with pytest.raises(DocumentError):  # no task: the paragraph's unit is no numbered item's
        _units(_page([*HEADINGS, *BODY]))


def test_a_heading_broken_at_the_margin_still_goes_on():
    """Guards: a heading full to the margin (28 of 28: no width tells) goes on as before; so does one a character
    short whose next character the page brought down with the mark after it (``务，``), and one over a short line
    (its rest)."""
    full = _line("四、完善安全生产监管体系，全面提升企业自主管理能力和水平")  # 28: no width tells
    read = _paragraphs([full, *BODY])
    assert read[0] == full + "".join(BODY)
    marked = [HEADINGS[0], "务，" + BODY[0][2:], *BODY[1:]]
    assert _paragraphs(marked)[0] == "".join(marked)
    assert _paragraphs([HEADINGS[0], "监管", *BODY])[0] == HEADINGS[0] + "监管"


# a text whose paragraphs are set apart by blank lines, one of them a sentence ending at the margin over a unit's duty
INSPECTION = [_line("区教育局会同区卫生健康委等部门组织检查、评估、通报和督促", 28, "；"), "各学校负责具体落实。"]
PARAGRAPHS = [
    "为进一步加强校园食品安全管理，切实保障师生饮食安全，结合本区实际，制定本方案。",
    "各单位要充分认识校园食品安全工作的重要意义，切实加强组织领导，细化工作措施，确保各项任务按期完成。",
    "区市场监管局负责校园食堂和校外供餐单位的日常监督检查，依法查处违法违规行为。",
    "区财政局负责落实所需工作经费，加强资金使用监管。",
]


def _spaced(middle: list[str]) -> str:
    """A title, ``PARAGRAPHS`` hard-wrapped at 28 characters with a blank line under each, ``middle`` (a paragraph's
    lines) after the second, as a plain-text file of a plan sets them."""
    wrapped = [wrap(p, 56) for p in PARAGRAPHS]
    return "\n\n".join(["某区校园食品安全专项治理工作方案", *wrapped[:2], "\n".join(middle), *wrapped[2:]])


def test_in_a_text_parted_by_blank_lines_a_duty_with_no_blank_line_above_goes_on():
    """wrapped/heldout-19 at 36: ``市发展改革委会同…监督指导和评价验收；`` ended at the margin over ``各园区建设主体负责
    具体实施。`` with no blank line between them, in a text that sets a blank line under every paragraph: round 70's
    list of duties one a line read the second line as a unit's duty of its own, the task's partner lost. Where every
    paragraph's short last line has a blank line under it, a line with none under it goes on."""
    source = Source.from_text(_spaced(INSPECTION))
    assert source.wrap_width == 56 and source.blank_parted
    joined = "".join(INSPECTION)
    assert joined in [c for _, _, c in tasklist._lines_read(source, [False] * len(source.compacts))]
    task = next(t for t in _units(_spaced(INSPECTION)) if t[0].startswith("区教育局"))
    assert task[2] == ["区卫生健康委", "各学校"]


def test_with_no_blank_lines_a_duty_under_a_clause_at_the_margin_opens_its_line():
    """Guards: the same lines in a text with no blank line (a PDF's text layer) are two duties, as round 70 read them;
    a text with one short sentence's end right over the next line (a list one item a line) is no text parted by
    blank lines; a numbered line under a full one still opens its paragraph there."""
    assert _paragraphs(INSPECTION)[-2:] == INSPECTION
    listed = _spaced([*INSPECTION, "区城管执法局负责校园周边环境整治。"])
    assert not Source.from_text(listed).blank_parted
    numbered = [INSPECTION[0], "2." + INSPECTION[1]]
    source = Source.from_text(_spaced(numbered))
    assert source.blank_parted
    assert numbered[1] in [c for _, _, c in tasklist._lines_read(source, [False] * len(source.compacts))]
    para = ["推进改革，全面完成各项任务，加强督查。", ""]
    assert not blank_parted(para * 3, 40, para * 3)  # fewer than four paragraphs' ends prove nothing


# a flattened table (one cell a line, no blank line): a task cell filling two lines exactly over a lead's cell of two
# names, a line each
MARKETS = [
    "序号",
    "工作任务",
    "牵头部门",
    "配合部门",
    "完成时间",
    "1",
    "督促本区各类商场、超市、农贸市场和标准化菜场全面落实新建",  # 28 wide characters
    "和已建场所的湿垃圾就地处理设施、分类投放设施的配套建设工作",  # 28, the cell's end
    "区商务委",
    "区市场监管局",
    "区绿化市容局",
    "2024年",
    "2",
    "开展生活垃圾分类执法检查",
    "区城管执法局",
    "各街镇",
    "2024年",
]


def test_a_name_under_a_task_cells_last_noun_is_a_leads_cell_of_lines():
    """pdf-text/heldout-24 at 24 and 48: the task cell ``排摸本区农贸市场、…设施配套工作`` (48 characters) filled two lines
    exactly, over its row's lead cell of two names a line each with no mark (``区市场监管局`` / ``区商务委``) and the
    partners' ``区绿化市容局``: the first name was read as the text's last words and the row lost its first lead. A
    task's words end with a bare body's name only after a word that takes one (报, 向, 会同, 与, a list's 、)."""
    text = _page(MARKETS)
    assert _units(text)[0][1:] == (["区商务委", "区市场监管局"], ["区绿化市容局"])
    assert flat_tables._lead_cell_of_lines(["…配套工作", "区商务委", "区市场监管局", "区绿化市容局"], 0, 1)


def test_a_name_after_a_word_that_takes_one_is_the_texts_end():
    """Guards: a text ending with 报 (``…形成整改方案报`` / ``区政府``), a list's 、 or 会同 goes on in the name under it;
    a name with no other unit's right under it (one lead cell) is the text's end as round 71 read it; a name that is no
    body's (``核心企业``) none."""
    for end in ("形成整改方案报", "会同", "区发展改革委、"):
        assert not flat_tables._lead_cell_of_lines([end, "区政府", "区商务委", "区财政局"], 0, 1), end
    assert not flat_tables._lead_cell_of_lines(["…配套工作", "区商务委", "2024年", "2"], 0, 1)
    assert not flat_tables._lead_cell_of_lines(["…行业龙", "头或核心企业", "区商务委", "2"], 0, 1)


# a plan of short numbered items, one or two lines each, as a PDF's text with each paragraph's first line indented
ITEMS = [
    "推进老旧小区综合改造，完成改造面积二十万平方米",
    "完成既有多层住宅加装电梯开工和完工一百台",
    "实施燃气老化管道改造，确保安全运行",
    "推进“美丽街区”建设，提升城市形象",
    "开展雨污水分流改造，积极推动重点区域住宅小区、企事业单位和市政管网的雨污混接整治工作",
    "实施区管桥梁桥下空间整治，改善周边环境",
    "推进慢行交通示范区创建，优化出行环境",
    "完成公共停车泊位新增任务，缓解停车难问题",
]
UNITS = ["区住房保障局", "区建设管理委", "区水务局", "区交通委"]


def _indented_items(width: int) -> str:
    plan = "\n".join(f"{k}.{words}。（牵头单位：{UNITS[k % 4]}）" for k, words in enumerate(ITEMS, 1))
    return metamorphic.indented_pdf_text("# 某区城市更新行动工作要点\n\n" + plan, width).data.decode()


def test_an_indented_first_lines_room_counts_in_the_texts_width():
    """indented/real-01 (held-out 41) at 34 and 36: a plan of one- and two-line items as a PDF's text whose paragraphs
    open with two spaces (首行缩进): compacted, every first line was two characters short of the full lines, the
    window of widths held them and the full lines were too many wider: the text had no width, each line was read
    alone and a two-line item's task began at its second line. The leading spaces count as ``is_full`` counts them."""
    text = _indented_items(28)
    assert Source.from_text(text).wrap_width == 56
    assert [leads for _, leads, _ in _units(text)] == [[UNITS[k % 4]] for k in range(1, 9)]


def test_a_text_set_in_throughout_keeps_its_width():
    """Guard: a text whose every line is set in by the same spaces (no first line's indent) is measured the same
    with them or without: its width moves by their room, as ``is_full`` counts it."""
    lines = ["推进老旧小区综合改造，完成改造面积二十万平方米，", "提升居民生活品质。"] * 6
    plain = Source.from_text("\n".join(lines)).wrap_width
    assert plain is not None and Source.from_text("\n".join("  " + line for line in lines)).wrap_width == plain + 4


# the copies the rules read, at their failing widths
SWEEP_SAMPLE = [
    ("pdf-text", 24, "heldout-34"),  # a heading short of the full line under it
    ("pdf-text", 30, "heldout-04"),
    ("wrapped", 36, "heldout-19"),  # a text parted by blank lines
    ("pdf-text", 24, "heldout-24"),  # a lead's cell of two names, a line each
    ("pdf-text", 48, "heldout-24"),
    ("indented", 36, "real-01"),  # an indented first line's room
]


@pytest.mark.parametrize(("transform", "width", "name"), SWEEP_SAMPLE, ids=[f"{t}-{w}-{n}" for t, w, n in SWEEP_SAMPLE])
def test_a_sample_of_the_width_sweep_reads_as_the_plan(transform: str, width: int, name: str):
    read, written = swept_copy_compared(transform, width, name)
    assert read == written
