"""Hard-wrapped text: the width a PDF's text layer (or a plain-text file made from one) breaks its lines at.

A plan typeset on A4 breaks every line of a paragraph at the same width (28 characters of 仿宋 in the
national layout, GB/T 9704), so its full lines cluster at one width and hardly any line is wider. Such a
full line that ends no sentence goes on in the next line: it is no heading however short its words look
(``2.完善电子政务外网，实现市、县、乡、村四级全覆`` / ``盖。（责任单位：…）``), and a label's value on it
goes on too (``责任单位：市`` / ``大数据局、市直各部门。``).

Widths count a wide (CJK, full-width) character two and any other one, as a page sets them
(``reformgraph.textwidth.display_width``, the rule a terminal table and a spreadsheet's columns use too).

>>> lines = ["1.推进政务云平台扩容升级，提升算力资源统筹调度", "能力。（责任单位：市大数据局；配合单位：市财",
...          "政局；完成时限：2024年12月）", "2.完善电子政务外网，实现市、县、乡、村四级全覆", "盖。（责任单位：",
...          "市大数据局；完成时限：2024年10月）", "3.建设城市运行管理服务平台。（责任单位：市城",
...          "管局；配合单位：市住建局；完成时限：2024年", "底前）"]
>>> width = wrap_width(lines)
>>> width, [runs_on(line, width) for line in lines]
(46, [True, True, False, True, False, False, True, True, False])
>>> wrap_width([f"{k}.建设城市运行管理服务平台{'，全面提升' * k}城市治理能力。（牵头单位：市城管局）" for k in range(1, 9)])

"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Collection, Sequence

from reformgraph.loaders.vocab import ASSIGNMENT_WORDS
from reformgraph.regexcache import compiled
from reformgraph.textwidth import display_width

MIN_WIDTH = 30  # columns: a line narrower than 15 wide characters is no full line of a page
SLACK = 4  # columns: a full line may fall short by two wide characters (a mark kept off a line's start pulls one
# character down with it) or by half-width digits set narrower
MIN_SHARE = 0.3  # of the lines at least MIN_WIDTH wide: how many are full in a hard-wrapped text
MIN_FULL = 4  # lines: fewer full lines prove nothing
MAX_WIDER = 0.1  # of those lines: how many may be wider than the width (a heading set in a wider font, a URL, a
# line of quotes or Latin letters, which count two columns or one where the page sets them narrower or wider)
_INDENT = 8  # columns of a line's leading spaces that count as its indentation on the page
SAMPLE = 600  # lines: a text hard-wrapped is wrapped from its first page on (and a long plan costs no more)
# a line ending with one ends its sentence, a label (its value below is read as such), or an assignment
_SENTENCE_ENDS = ("。", "；", ";", "！", "？", "!", "?", "：", ":", "）", ")")
NO_LINE_START = frozenset("，。、；：？！）》」』”’%,.;:?!)")  # what a page keeps off a line's start
NO_LINE_END = frozenset("“‘（《「『〔【(")  # and off a line's end
_PARAGRAPH_ENDS = ("。", "；", ";", "！", "？", "!", "?")  # and an assignment's closing bracket (``_ends_paragraph``)


def wrap_width(lines: Sequence[str], written: Sequence[str] | None = None) -> int | None:
    """The width (columns) at which ``lines`` (compacted: no spaces) are hard-wrapped, or None when they are not:
    the top of the ``SLACK``-column window of widths that holds the most of the long lines, when it holds at least
    ``MIN_SHARE`` of them and at most ``MAX_WIDER`` of them are wider than it by more than ``SLACK // 2`` (a line
    of quotes or Latin letters counts wider than it is set). Measured on the first ``SAMPLE`` lines.

    ``written``: the lines as the text gives them, whose leading spaces (a paragraph's first line indented, 首行缩进,
    as pypdf lays out its two characters) count as ``is_full`` counts them: a plan of one- and two-line items set
    with the indent has as many first lines two characters short as full ones, and the window held those (round 75
    sweep75: real 01 as an indented PDF's text at 36 had no width).

    >>> firsts, full = ["推" * 28] * 4 + ["推" * 27 + "1"] * 4 + ["推" * 27] * 2, ["进" * 30] * 4
    >>> wrap_width(firsts + full), wrap_width(firsts + full, ["  " + line for line in firsts] + full)
    (None, 60)
    """
    every = list(map(display_width, lines[:SAMPLE]))
    if written is not None:
        for k, line in enumerate(written[:SAMPLE]):
            if line[:1] == " " and every[k]:  # (a line set in: its indent's room on the page)
                every[k] += min(2 * (len(line) - len(line.lstrip(" "))), _INDENT)
    every.sort()
    widths = every[bisect_left(every, MIN_WIDTH) :]
    n = len(widths)
    if n < MIN_FULL:
        return None
    best, top = 0, 0
    for width in sorted(set(widths)):  # the window of widths [width - SLACK, width] holding the most lines
        held = bisect_right(widths, width) - bisect_left(widths, width - SLACK)
        if held >= best:
            best, top = held, width
    wider = n - bisect_right(widths, top + SLACK // 2)
    if best < max(MIN_FULL, MIN_SHARE * n) or wider > MAX_WIDER * n:
        return None
    return top


def section_widths(pages: Sequence[Sequence[str]]) -> list[int | None] | None:
    """Each page's width (``wrap_width``) in a text whose pages are set in sections of different widths, or None when
    its pages share one (or show fewer than two): a Word document printed with its annex a landscape section of its
    own wraps the annex's lines wider than the body's (round 75 wordpdf75: 43 characters over 27, the text's one
    width then none, more than a tenth of its long lines wider than the body's, and a unit cell the annex's margin
    broke, ``…中科院、司法`` / ``部``, read as two cells). A page too short to show its own width takes its
    neighbour's, the nearer page's before or after it whose width holds its widest line (the narrower of two that
    do); a page wider than both takes none.

    >>> body, annex = ["推进" * 13 + "改"] * 5, ["赋予" * 21 + "有"] * 5
    >>> section_widths([body, body, ["短行"], annex, ["赋予" * 20], annex])
    [54, 54, 54, 86, 86, 86]
    >>> section_widths([body, body + ["一行"]]) is None  # one width: the text's own rule
    True
    """
    own = [wrap_width(page) for page in pages]
    known = sorted({w for w in own if w is not None})
    if len(known) < 2 or known[-1] - known[0] <= 2 * SLACK:
        return None
    out: list[int | None] = []
    for k, page in enumerate(pages):
        if own[k] is not None:
            out.append(own[k])
            continue
        before = next((own[j] for j in range(k - 1, -1, -1) if own[j] is not None), None)
        after = next((own[j] for j in range(k + 1, len(pages)) if own[j] is not None), None)
        widest = max(map(display_width, page), default=0)
        fits = [w for w in (before, after) if w is not None and widest <= w + SLACK // 2]
        out.append(min(fits) if fits else None)
    return out


def is_full(line: str, width: int | None, written: str | None = None) -> bool:
    """True when ``line`` (compacted) fills a text hard-wrapped at ``width``: the paragraph goes on in the next line
    unless it ended right at the margin. ``written``: the line as the text gives it, whose inner spaces stand for
    room on the page (pypdf's layout pads where a page sets Latin letters and digits apart from CJK, which the
    compact line loses: ``市政地下燃气管道泄漏自查发现率达      80%以上``). A space of ``written`` counts two columns, a
    wide character's room: pypdf lays a page out in characters of the page's mean width, a plan's are wide (its
    indentation of two characters, 首行缩进, comes out as two spaces), and an ideographic space is wide too.

    >>> is_full("率达80%以上；推进场站设施更新改造。", 40), is_full("率达80%以上；推进场站设施更新改造。", 40, "率达      80%以上；推进场站设施更新改造。")
    (False, True)
    >>> is_full("17.有关部门单位发现餐饮企业使用可调", 40, "    17.有关部门单位发现餐饮企业使用可调")
    True
    >>> is_full("二十三、对易地扶贫搬迁工作积极主动、成效明显的省", 56, "  二十三、对易地扶贫搬迁工作积极主动、成效明显的省")
    True
    """
    if width is None or not line:
        return False
    if display_width(line) >= width - SLACK:
        return True
    if written is None:
        return False
    # a paragraph's first line is indented (首行缩进): a few columns of its leading spaces count, not the many before
    # a line set to the right (a date, a signature)
    body = written.strip()
    indent = min(2 * (len(written) - len(written.lstrip())), _INDENT)
    return display_width(body) + body.count(" ") + indent >= width - SLACK


def runs_on(line: str, width: int | None, written: str | None = None) -> bool:
    """True when ``line`` is a full line of a text hard-wrapped at ``width`` that ends no sentence: its words go
    on in the next line (``written``: as ``is_full``'s)."""
    return is_full(line, width, written) and not line.endswith(_SENTENCE_ENDS)


def blank_parted(lines: Sequence[str], width: int | None, written: Sequence[str]) -> bool:
    """True when a text hard-wrapped at ``width`` (``lines`` compacted, ``written`` as given) sets its paragraphs
    apart by blank lines: every line that ends a sentence short of the margin (a paragraph's last, where nothing
    else tells) has a blank line under it, ``MIN_FULL`` of them at least. There a full line with no blank line
    under it goes on, whatever the next line opens with but a number or a heading: a sentence ending at the margin
    is the paragraph's middle (round 75 sweep75: held-out 19 wrapped at 36, ``…监督指导和评价验收；`` at the margin
    over ``各园区建设主体负责具体实施。`` read as a unit's duty of its own, the task's partner lost). A text that sets
    one short sentence's end right over the next line (a list one item a line, a PDF's text layer) is not one.

    >>> para = ["推进改革，全面完成各项任务，加强督查。", "", "建立机制，明确分工，落实责任。", ""]
    >>> blank_parted(para * 4, 40, para * 4), blank_parted(para * 4 + ["区财政局负责。", "区水务局负责。"], 40, para * 4 + ["", ""])
    (True, False)
    """
    if width is None:
        return False
    ends = 0
    for i in range(len(lines) - 1):
        line = lines[i]
        if line.endswith(_PARAGRAPH_ENDS) and not is_full(line, width, written[i]):
            if lines[i + 1]:
                return False
            ends += not written[i + 1].strip()  # (a page's footer the compacting blanked is no blank line)
    return ends >= MIN_FULL


def paragraphs(
    lines: Sequence[str],
    width: int | None,
    start_here=None,
    written: Sequence[str] | None = None,
    page_breaks: Collection[int] = (),
    widths: Sequence[int | None] | None = None,
) -> list[tuple[int, int, str]]:
    """(first, last, joined) of each paragraph of ``lines`` (compacted) hard-wrapped at ``width``: 0-based indexes of
    its first and last non-empty line and the lines joined. A full line (``is_full``, with the line as ``written``)
    goes on in the next non-empty line (a paragraph's last line is short but for one in about thirty, where a
    sentence ends at the margin), unless ``start_here(index)`` says that line opens a paragraph of its own (a
    number, a heading). Not wrapped (``width`` None): each non-empty line alone. ``widths``: each line's own width in
    place of ``width``, in a text whose sections are wrapped at different widths (``section_widths``, round 75).

    >>> paragraphs(["1.推进改革，全面完成", "", "任务。", "2.建设。"], 20, lambda i: i == 3)
    [(0, 2, '1.推进改革，全面完成任务。'), (3, 3, '2.建设。')]

    A full line that ends a sentence goes on too, unless a blank line follows it (the space between paragraphs;
    the blank lines of a page break hold its page number, in ``written``):

    >>> paragraphs(["推进改革，全面完成任务。", "", "加强督查。"], 20, written=["推进改革，全面完成任务。", "", "加强督查。"])
    [(0, 0, '推进改革，全面完成任务。'), (2, 2, '加强督查。')]
    >>> paragraphs(["推进改革，全面完成任务。", "", "", "", "加强督查。"], 20, written=["推进改革，全面完成任务。", "", "— 3 —", "", "加强督查。"])
    [(0, 4, '推进改革，全面完成任务。加强督查。')]

    A page break its reader knew (``page_breaks``: 0-based blank lines, a PDF's pages joined) is no space between
    paragraphs either, page number or none (round 73 pdf73): a full line ending a sentence at a page's foot goes on
    in the next page's first line, unless that line opens a paragraph (``start_here``) or is indented as a
    paragraph's first line is (首行缩进, two spaces or more in ``written``):

    >>> paragraphs(["推进改革，全面完成任务。", "", "加强督查。"], 20, written=["推进改革，全面完成任务。", "", "加强督查。"], page_breaks={1})
    [(0, 2, '推进改革，全面完成任务。加强督查。')]
    >>> paragraphs(["推进改革，全面完成任务。", "", "加强督查。"], 20, written=["推进改革，全面完成任务。", "", "  加强督查。"], page_breaks={1})
    [(0, 0, '推进改革，全面完成任务。'), (2, 2, '加强督查。')]
    """
    out: list[tuple[int, int, str]] = []
    going_on = False
    last = -1  # the last non-empty line
    above: list[int] = []  # the widths of the paragraph's lines above line i
    above_wide = False  # the line above is all wide characters
    wide: list[int] = []  # the widest line of wide characters alone (``widest_wide_line``), worked out when asked
    for i, line in enumerate(lines):
        if not line:
            continue
        if (
            going_on
            and i > last + 1
            and (
                _ends_paragraph(lines[last])
                or (out[-1][0] == last and heading_style(lines[last]) is not None)
                or _leads_in(out[-1][2])
            )
        ):
            # blank lines after a sentence's end: the space a page leaves between paragraphs, unless one of them
            # holds what compacting blanked (a page break's page number) or is a page break the reader knew: the
            # paragraph goes on past a page break
            going_on = (
                written is not None
                and (
                    any(written[j].strip() for j in range(last + 1, i))
                    or (bool(page_breaks) and any(j in page_breaks for j in range(last + 1, i)))
                )
                and runs_on_at_top(written[i], line)
            )
        last = i
        if going_on and not (start_here is not None and start_here(i)):
            first, _, joined = out[-1]
            out[-1] = (first, i, joined + line)
        else:
            out.append((i, i, line))
            above = []
        going_on = is_full(line, width if widths is None else widths[i], written[i] if written is not None else None)
        if not going_on and ("“" in line or "《" in line) and (width is not None or widths is not None):
            going_on = left_open(line, _next_line(lines, i))
        # (the rule's cheap tests first; a lone line above sets the width only if it is all wide characters: a
        # first line's ``1.`` or a figure's half-width digits are no column count, test_hard_wrapped's plan)
        if going_on and above and line.endswith(_PARAGRAPH_ENDS) and (len(above) > 1 or above_wide):
            going_on = not ended_short(line, above, _next_line(lines, i), written[i] if written is not None else line)
        here = width if widths is None else widths[i]
        if going_on and above and here is not None and above[-1] >= here and line.endswith(_PARAGRAPH_ENDS):
            if not wide:
                wide.append(widest_wide_line(lines))
            going_on = not short_of_the_width(
                line, above[-1], min(here, wide[0]), _next_line(lines, i), written[i] if written is not None else line
            )
        if going_on and written is not None and line.endswith(_PARAGRAPH_ENDS) and indented_under(written, i):
            going_on = False
        elif going_on and written is not None and out[-1][0] == i and written[i][:1] == " ":
            going_on = not first_lines_apart(written, i)
        width_here = display_width(line)
        above.append(width_here if here is None or width_here >= here else reached(line, width_here, lines, i, here))
        above_wide = width_here == 2 * len(line)
    return out


_FIRST_LINE_INDENT = compiled(r"  {1,3}[^ ]")  # two to four spaces: a paragraph's first line as pypdf lays it out


def indented_as_a_first_line(line: str) -> bool:
    """Whether a line as written opens with two to four spaces, as pypdf lays out a paragraph's first line's indent.

    >>> indented_as_a_first_line("  加强督查。"), indented_as_a_first_line("        2024年3月1日")
    (True, False)
    """
    return _FIRST_LINE_INDENT.match(line) is not None


def indented_under(written: Sequence[str], i: int) -> bool:
    """True when line ``i`` (as written), flush left, is over a line indented as a paragraph's first (首行缩进: two
    to four spaces): a sentence ending at the margin ends its paragraph where the next line opens another. Round 74
    wordpdf74: a Word document printed to PDF sets paragraphs apart by that indent alone (GB/T 9704), and
    ``…积极推动本意见贯彻落实。`` ending at the margin ran on into ``  海关总署要继续做好牵头工作…`` (real 05).

    >>> indented_under(["推进改革，全面完成任务。", "  加强督查。"], 0), indented_under(["推进改革，全面完成任务。", "加强督查。"], 0)
    (True, False)
    >>> indented_under(["  推进改革，全面完成任务。", "  加强督查。"], 0)  # every line set in: no first line's indent
    False
    """
    return (
        i + 1 < len(written)
        and written[i][:1] not in (" ", "\u3000")
        and _FIRST_LINE_INDENT.match(written[i + 1]) is not None
    )


def first_lines_apart(written: Sequence[str], i: int) -> bool:
    """True when line ``i`` (as written), a paragraph's first line indented two to four spaces (首行缩进) and full, is
    over another such first line whose paragraph goes on flush left: a paragraph of one line (a heading filling the
    line, ``  三、完善…监管体系，提升企业自主管理能力``) ends where the next opens, whether it ends a sentence or not.
    Round 75 wordpdf75: held-out 34 printed, its heading ran on into the paragraph under it, which as an item's
    text read a false task (``…公安派出所要将消防管理嵌入…``).

    >>> first_lines_apart(["  三、完善监管体系，提升自主管理能力", "  督促企业履行责任，自觉做", "好日常管理工作。"], 0)
    True
    >>> first_lines_apart(["  三、完善监管体系，提升自主管理能力", "  督促企业履行责任，自觉做", "  好日常管理工作。"], 0)
    False
    """
    return (
        i + 2 < len(written)
        and _FIRST_LINE_INDENT.match(written[i]) is not None
        and _FIRST_LINE_INDENT.match(written[i + 1]) is not None
        and written[i + 2][:1] not in ("", " ", "\u3000")
    )


def first_lines_indented(written: Sequence[str], lines: Sequence[str], width: int | None) -> bool:
    """True when a hard-wrapped text (``written`` as given, ``lines`` compact) indents its paragraphs' first lines
    alone (首行缩进, two to four spaces): some full line so indented goes on in a line flush left. There a line set in
    under a line that ends a sentence opens a paragraph (a table's cell, one a line: ``flat_tables._cell_goes_on``); a text
    that sets every line in (a PDF's cells laid out with spaces) shows no such pair.

    >>> written = ["  推进改革，全面完成各项任务，加", "强督查。", "  加强督查。"]
    >>> first_lines_indented(written, [w.strip() for w in written], 32)
    True
    >>> first_lines_indented(["  " + w.strip() for w in written], [w.strip() for w in written], 32)
    False
    """
    return any(
        _FIRST_LINE_INDENT.match(line) is not None
        and lines[k + 1]
        and written[k + 1][:1] not in (" ", "\u3000")
        and is_full(lines[k], width, line)
        for k, line in enumerate(written[: min(len(written), SAMPLE) - 1])
    )


_PAIRS = (("“", "”"), ("《", "》"))  # marks a sentence opens and closes, never across a paragraph's end


def left_open(line: str, after: str) -> bool:
    """True when a compact ``line`` ends inside a quotation or a title it opened (``“``, ``《``) and the next line
    ``after`` closes it before opening another: the line goes on, however short it is set. Round 76 printed76: a
    justified line a word processor could not break inside ``“三合一”`` is spread to the margin with three
    characters fewer, which the text layer does not show (``  （6）分级分类将…、农村自建房、“三合`` / ``一”场所、…``,
    held-out 84 printed), and the item ended at its first line, its task lost.

    >>> left_open("分级分类将高层民用建筑、农村自建房、“三合", "一”场所、厂库房")
    True
    >>> left_open("落实《条例》要求，“三合一”场所整治", "一”场所"), left_open("推进“三合", "一场所“整治”")
    (False, False)
    """
    for opening, closing in _PAIRS:
        if opening in line and line.count(opening) > line.count(closing):
            shut, again = after.find(closing), after.find(opening)
            if shut != -1 and (again == -1 or shut < again):
                return True
    return False


def _next_line(lines: Sequence[str], i: int) -> str:
    """The first non-empty line of ``lines`` after 0-based ``i``, or ""."""
    return next((line for line in lines[i + 1 :] if line), "")


def ended_short(line: str, above: Sequence[int], after: str, written: str) -> bool:
    """True when a full line ending a sentence (``line``, compact) is its paragraph's last though it looks full: the
    paragraph's lines above it are set at one width (``above``: their widths) and the first character of the next
    line ``after``, an ideograph, would have fitted on it, where the margin would have set it (unless a closing mark
    follows it, which a page keeps off a line's start by bringing the character before it down). Round 73 wrap73:
    at 28 characters, ``…确保交通建设项目顺利实施。`` (27) over ``各区交通主管部门牵头…`` ran on, the unit's duty lost
    (held-out 74). Not a line whose spaces (``written``) stand for room on the page, nor a paragraph set at widths
    that vary (a word processor's justified lines, half-width figures).

    >>> ended_short("确保交通建设项目顺利实施。", [28, 28], "各区交通主管部门牵头区相关部门", "确保交通建设项目顺利实施。")
    True
    >>> ended_short("确保交通建设项目顺利实施。", [28, 28], "各，区交通主管部门", "确保交通建设项目顺利实施。")
    False
    >>> ended_short("确保交通建设项目顺利实施。", [28, 26], "各区交通主管部门牵头区相关部门", "确保交通建设项目顺利实施。")
    False
    """
    if not above or not line.endswith(_PARAGRAPH_ENDS) or any(w != above[0] for w in above):
        return False
    return next_would_fit(line, above[0], after, written)


def reached(line: str, columns: int, lines: Sequence[str], i: int, width: int) -> int:
    """The columns ``line`` (compact, ``columns`` wide, 0-based ``i`` of ``lines``) takes at the margin ``width``:
    ``width`` where the margin sent the next line's first characters down (a character with a closing mark after
    it, which a page keeps off a line's start: ``…对妨碍运营安`` / ``全、扰乱…``; an opening mark, which goes with what
    it opens: ``…行业管理部门编制`` / ``“市重大工程…``), ``columns`` otherwise. A line so broken falls short of the
    margin, yet reached it: its paragraph's lines are set at one width (round 79 sweep79: held-out 78 as a PDF's
    text at 30, a line one character short over ``全、`` hid the width the paragraph's last line fell short of).

    >>> reached("对妨碍运营安", 12, ["对妨碍运营安", "全、扰乱运营秩序。"], 0, 14)
    14
    >>> reached("对妨碍运营安", 12, ["对妨碍运营安", "全扰乱运营秩序。"], 0, 14)
    12
    >>> reached("管理部门编制", 12, ["管理部门编制", "“三年计划”。"], 0, 14), reached("编制", 4, ["编制", "“三年计划”。"], 0, 14)
    (14, 4)
    """
    after = _next_line(lines, i)
    k = 0
    while after[k : k + 1] in NO_LINE_END:
        k += 1  # opening marks go down with what they open
    k += 1
    while after[k : k + 1] in NO_LINE_START:
        k += 1  # closing marks bring the character before them down
    if k == 1 or columns + display_width(after[:k]) <= width:
        return columns  # one character, or one that would have fitted: the line ended short
    return width


def widest_wide_line(lines: Sequence[str]) -> int:
    """The width of the widest of ``lines`` (compact) that is all wide characters, whose width is their count's: the
    margin as a line of wide characters reaches it (0 when none is).

    >>> widest_wide_line(["推进改革，全面完成。", "1.推进改革，全面完成任务。", "推进改革。"])
    20
    """
    return max((w for line in lines if line and (w := display_width(line)) == 2 * len(line)), default=0)


def short_of_the_width(line: str, above: int, width: int | None, after: str, written: str) -> bool:
    """True when a full line ending a sentence (``line``, compact) is its paragraph's last under a line that reached
    the text's width (``above``: that line's width, half-width figures and all): ``line`` is all wide characters,
    whose width is their count's, and the first character of the next line ``after`` would have fitted on it at
    ``width``, the text's or the widest line of wide characters alone where that is narrower (``widest_wide_line``:
    a text whose lines vary, a word processor's, sets no line of wide characters at its width: ``test_hard_wrapped``'s
    ``1.推进…改造积水`` / ``点位并…道路改造。`` goes on). The margin is the text's where the line above reached it,
    though its own width is no count of its characters (a number ``1.``, ``T1、T2``: ``ended_short`` takes no such
    line's width).
    Round 77 sweep77: held-out 63 as a PDF's text at 30, ``2.规划外…以及临时堆`` (60 of 60) over ``放土方的场所，…
    向区绿化市容局备案。`` (56) ran on into ``区绿化市容局应当…``, a false task; real 02 at 26, a table's year cells
    (``开展…前期研究。``, 48 of 52, under the row's task filling the line) ran into the row's task.

    >>> short_of_the_width("放土方的场所，申请单位应当在启用前，向区绿化市容局备案。", 60, 60, "区绿化市容局应当", "")
    True
    >>> short_of_the_width("放土方的场所，申请单位应当在启用前，向区绿化市容局备案。", 58, 60, "区绿化市容局应当", "")
    False
    >>> short_of_the_width("放土方的场所，申请单位应当在启用前，向区绿化市容局备案。", 60, 60, "区，", "")
    False
    >>> short_of_the_width("放土方的场所，申请单位应在2025年前向区绿化市容局备案。", 60, 60, "区绿化市容局应当", "")
    False
    """
    return (
        width is not None
        and above >= width
        and line.endswith(_PARAGRAPH_ENDS)
        and display_width(line) == 2 * len(line)
        and next_would_fit(line, width, after, written or line)
    )


def next_would_fit(line: str, width: int, after: str, written: str) -> bool:
    """True when the first character of the line ``after``, an ideograph with no closing mark after it (which a page
    keeps off a line's start, bringing the character before it down), would have fitted on ``line`` (compact) set
    at ``width`` columns: the margin did not break ``line``. Not a line whose spaces (``written``) stand for room
    on the page.

    >>> next_would_fit("市交通委", 10, "市财政局", "市交通委"), next_would_fit("市交通委", 10, "市，", "市交通委")
    (True, False)

    A paragraph's first line indented (首行缩进, its leading spaces in ``written``, as ``is_full`` counts them) had
    that much less room (round 74 wordpdf74: a unit cell printed from a Word table's paragraph,
    ``  市交通委、…、市发展改革委、市市`` / ``场监管局``, was read as ended short, a name cut in two):

    >>> next_would_fit("市交通委", 10, "市财政局", "  市交通委")
    False
    """
    first = after[:1]
    if not ("\u4e00" <= first <= "\u9fff") or after[1:2] in NO_LINE_START or " " in written.strip():
        return False
    indent = min(2 * (len(written) - len(written.lstrip())), _INDENT)
    return display_width(line) + indent + 2 <= width


_HEADING = compiled(
    r"^(?:([（(])[一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}(、)|第[一二三四五六七八九十]{1,3}([章节部]))"
)


_OPENS_A_PARAGRAPH = compiled(
    r"^(?:第[一二三四五六七八九十]{1,3}[，,、：:]|首先[，,]|其次[，,]|再次[，,]|[（(]?[一二三四五六七八九十\d]{1,3}[)）.．、](?!\d)|[①-⑳])"
)


def runs_on_at_top(written: str, line: str) -> bool:
    """True when a page's first line (``written``, compact ``line``), after a page break (a page number, or a break
    the reader knew), opens no paragraph: it is not indented as a paragraph's first line is (首行缩进: two leading
    spaces or more, as pypdf lays out a first line's two characters' indent) and opens with no item's number or
    ordinal word (``（2）``, ``第四，``: held-out 40's ``第三，…`` / ``第四，…``, each a paragraph): a paragraph run on
    over the page, not a new one at its top.

    >>> runs_on_at_top("加强督查。", "加强督查。"), runs_on_at_top("  加强督查。", "加强督查。")
    (True, False)
    >>> runs_on_at_top("第四，签署协议。", "第四，签署协议。"), runs_on_at_top("2.5万元。", "2.5万元。")
    (False, True)
    """
    return not written.startswith(("  ", "\u3000")) and _OPENS_A_PARAGRAPH.match(line) is None


def heading_style(line: str) -> str | None:
    """The number's style (``（``, ``、``, ``章`` …) when a compact line alone reads as a heading of an outline: a
    Chinese numeral's number (``（一）``, ``一、``, ``第一章``) and no sentence's end in it; else None. A blank line
    under it ends it as one under a sentence's end does, though it fills the line (round 71 meta71: ``（一）着力落实…，
    夯实强化属地监管和法定检验工作`` ran on into the paragraph under it).

    >>> heading_style("（一）着力落实燃气管道使用单位主体责任，夯实强化属地监管和法定检验工作"), heading_style("（一）加强统筹。各区要")
    ('（', None)
    """
    m = _HEADING.match(line)
    if m is None or any(end in line for end in _PARAGRAPH_ENDS):
        return None
    return "（" if m.group(1) else m.group(2) or m.group(3)


def title_style(line: str) -> str | None:
    """The number's style (as ``heading_style``'s) when a compact line is a numbered title of one sentence and no
    more, ending with its ``。`` (``（二）探索产业配套类居住产品。``): a task's title over its paragraph in plans that set
    each title on a line of its own; else None.

    >>> title_style("（二）探索产业配套类居住产品。"), title_style("（二）加强统筹。各区要"), title_style("（二）加强统筹")
    ('（', None, None)
    """
    if not line.endswith("。"):
        return None
    m = _HEADING.match(line)
    if m is None or any(end in line[:-1] for end in _PARAGRAPH_ENDS):
        return None
    return "（" if m.group(1) else m.group(2) or m.group(3)


def closes_an_assignment(line: str) -> bool:
    """True when a compact line ends with the closing bracket of an assignment: a bracket opened on an earlier line,
    or holding a label or role word (``…市委组织部、市民政局）``, ``（责任单位：市民政局）``), not a word's own
    (``建设以“光伏+顶（车）``).

    >>> closes_an_assignment("府，市委组织部、市民政局）"), closes_an_assignment("建设以“光伏+顶（车）")
    (True, False)
    """
    opened = max(line.rfind("（"), line.rfind("("))
    return opened == -1 or ASSIGNMENT_WORDS.search(line, opened) is not None


def _ends_paragraph(line: str) -> bool:
    """True when a blank line after ``line`` (compacted) is the space between two paragraphs: ``line`` ends a
    sentence or closes an assignment (a bracket opened on an earlier line, or holding a label or role word), not a
    word's brackets cut by a page break (``建设以“光伏+顶（车）`` / ``棚”为主要形式…``).

    >>> _ends_paragraph("全面完成任务。"), _ends_paragraph("府，市委组织部、市民政局）"), _ends_paragraph("建设以“光伏+顶（车）")
    (True, True, False)

    A list's introduction ending a paragraph (``…工作职责如下：``) is ``_leads_in``'s.
    """
    if line.endswith(_PARAGRAPH_ENDS):
        return True
    return line.endswith(("）", ")")) and closes_an_assignment(line)


def _leads_in(joined: str) -> bool:
    """True when a paragraph (``joined``, compact) ends with a colon outside brackets: a sentence leading into the
    list under it (``（二）工作要求。专项治理行动按照以下要求开展：``), which a blank line after it ends however full its
    last line (round 72 wrap72: held-out 38 wrapped at 24, the list's first item read as its words); not a label in
    a bracket that goes on (``（牵头单位：``). It also ends held-out 63's printed copy's ``…执法部门工作职责如下：``, filling
    its line, before the first duty below it (round 72 pdf72).

    >>> _leads_in("（二）工作要求。专项治理行动按照以下要求开展:"), _leads_in("推进改革。（牵头单位：")
    (True, False)
    >>> _leads_in("本区主要管理、执法部门工作职责如下：")
    True
    """
    if not joined.endswith(("：", ":")):
        return False
    return max(joined.rfind("（"), joined.rfind("(")) <= max(joined.rfind("）"), joined.rfind(")"))
