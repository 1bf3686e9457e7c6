"""A web page's footer, copied or saved with the plan: no part of it.

A plan copied from a government portal, or saved from it, ends with the site's footer: who runs the site
(主办单位：… 承办单位：…, 技术支持：…), its codes (网站标识码, 浙ICP备…号, 公网安备…号), share and print buttons.
Read as text, 主办单位：A 承办单位：B was a task of A's and B's, and an ICP number a document number (round 39).
``without_site_footer`` blanks the footer's lines (the lines stay, so line numbers do): the run of footer lines at
the text's end, when one of them holds a site's mark (a site code, a licence number, 技术支持, 版权所有, a print or
share button). An event plan's own ``主办单位：…；承办单位：…`` line has no such mark after it; a toolbar of print
buttons above the plan is no run at the end.

>>> text = "1.推进改革。（责任单位：市发改委）\\n主办单位：某市人民政府办公室　承办单位：某市大数据局\\n网站标识码：3306000001　浙ICP备05012497号-1"
>>> without_site_footer(text).split("\\n")
['1.推进改革。（责任单位：市发改委）', '', '']
>>> without_site_footer(text + "\\n联系电话：0571-12345678　地址：某市某路1号").split("\\n")[1:]
['', '', '']
>>> post = "1.推进改革。\\n区消防救援支队\\n来源：某区人民政府办公室\\n编辑：融媒体中心\\n长按识别二维码关注我们"
>>> without_site_footer(post).split("\\n")[1:]
['区消防救援支队', '', '', '']
>>> without_site_footer("1.推进改革。\\n来源：某区人民政府办公室") == "1.推进改革。\\n来源：某区人民政府办公室"
True
>>> text = "1.举办马拉松赛。\\n主办单位：市体育局；承办单位：某体育公司"
>>> without_site_footer(text) is text
True
"""

from __future__ import annotations

from reformgraph.regexcache import compiled

_REACH = 3000  # characters: how far from the end a footer opens
# a site's mark: its code, a licence or record number, who built it, its copyright, print and share buttons
_SITE_MARK = compiled(
    r"网站标识码|ICP备|ICP证|公网安备|技术支持[：:]|版权所有|Copyright|打印本页|关闭窗口|分享到[：:]?"
    r"|长按(?:识别)?(?:图中)?二维码|扫码关注|微信扫一扫|预览时标签不可点"  # a 公众号 post's end (round 72)
)
# how a footer's line opens: who runs the site, how to reach it (联系电话：… 地址：…, the line most portals end with:
# round 42), or one of the marks
_FOOTER_LINE = compiled(
    r"\s*(?:主办单位[：:]|主办[：:]|承办单位[：:]|联系电话[：:]|电话[：:]|地址[：:]|邮编[：:]|传真[：:]|联系我们|网站地图|"
    # a post's sign-off over its QR code: 来源：…, 编辑：…, 审核：… (round 72)
    r"(?:来源|编辑|责任编辑|责编|审核|校对|排版|供稿|审校)[：:]|"
    + _SITE_MARK.pattern
    + ")|.{0,20}(?:"
    + _SITE_MARK.pattern
    + ")"
)


def without_site_footer(text: str) -> str:
    """``text`` with a web page's footer lines blanked (the same object when it has none): the lines at its end, back
    to the first that is no footer's, when one of them holds a site's mark (a toolbar of print buttons at the top of a
    page stays: the plan's lines come after it)."""
    tail_at = max(0, len(text) - _REACH)
    if _SITE_MARK.search(text, tail_at) is None:
        return text
    end = len(text.rstrip())
    at = end
    while at > tail_at:
        above = text.rfind("\n", 0, at - 1) + 1
        line = text[above:at].strip()
        if line and not _FOOTER_LINE.match(line):
            break
        at = above
    if at >= end or _SITE_MARK.search(text, at, end) is None:
        return text
    return text[:at] + "\n".join("" for _ in text[at:].split("\n"))


# a portal's toolbar over its article (round 71): the 字号 大 中 小 bar that sets the text's size, and the buttons
# beside it (打印本页, 关闭窗口, 【打印】【关闭】)
_FONT_BAR = compiled(r"[【\[]?\s*(?:字号|字体)[：:]?\s*(?:[【\[]?\s*[大中小]\s*[】\]]?\s*){3}[】\]]?")
_BUTTONS = compiled(
    r"(?:\s*[【\[]?\s*(?:打印本页|打印此页|打印|关闭窗口|关闭本页|关闭|返回顶部|收藏本页|加入收藏|我要纠错)\s*[】\]]?)+\s*"
)


def without_toolbar(line: str) -> str:
    """``line`` without a portal's 字号 bar and the buttons after it (a line of buttons alone: "", a line the reader
    drops); a line with no bar, or words after it, as it is.

    >>> without_toolbar("2025-07-15 来源：某市政府办公室【字号：大 中 小】打印本页"), without_toolbar("字号：大 中 小")
    ('2025-07-15 来源：某市政府办公室', '')
    >>> without_toolbar("【打印】【关闭】"), without_toolbar("发文字号：某府发〔2025〕3号"), without_toolbar("打印机采购")
    ('', '发文字号：某府发〔2025〕3号', '打印机采购')
    """
    bar = _FONT_BAR.search(line)
    if bar is not None and (bar.end() == len(line) or _BUTTONS.fullmatch(line, bar.end())):
        return line[: bar.start()].rstrip()
    return "" if _BUTTONS.fullmatch(line) else line


# a printed page's furniture on a line of its own, which a text layer (or a text copied from a PDF) puts between the
# lines of a sentence the page break cuts (round 52): a watermark's words (内部资料 注意保存, 仅供参考), a gazette's
# running head (某县人民政府公报 2026年第2期, 某市政报 2026年第5期（总第120期）), with or without a page number beside it
_WATERMARK_WORDS = (
    "内部资料",
    "内部文件",
    "仅供参考",
    "注意保存",
    "妥善保存",
    "注意保密",
    "请勿外传",
    "严禁外传",
    "不得外传",
)
_PAGE_NUMBER = r"(?:[-—－–]{1,2}\d{1,4}[-—－–]{1,2}|第\d{1,4}页(?:共\d{1,4}页)?|[·•]\d{1,4}[·•])"
_PRINT_FURNITURE = compiled(
    _PAGE_NUMBER
    + "?(?:[（(]?(?:(?:"
    + "|".join(_WATERMARK_WORDS)
    + r")[，,、]?)+[）)]?|[^，。；：:（）()]{0,24}(?:公报|政报)(?:\d{4}年)?第\d{1,3}期(?:[（(]总第\d{1,5}期[）)])?)"
    + _PAGE_NUMBER
    + "?"
)


def is_print_furniture(compact_line: str) -> bool:
    """Whether ``compact_line`` (its whitespace removed) is a printed page's watermark or a gazette's running head,
    and nothing else: no part of the plan's text, blanked so that the sentence around it joins.

    >>> [is_print_furniture(line) for line in ("内部资料注意保存", "（仅供参考）", "某县人民政府公报2026年第2期", "—3—某市政报2026年第5期")]
    [True, True, True, True]
    >>> [is_print_furniture(line) for line in ("内部资料要注意保存。", "某县人民政府公报", "参考2025年做法", "县政府公报第2期刊登")]
    [False, False, False, False]
    """
    return _PRINT_FURNITURE.fullmatch(compact_line) is not None


# a later page's running head that may also be a plan's own line (its number at the top, a gazette's name as its
# title): furniture only inside a bracket a page break cuts (round 52; the number as a table's running head: round 39)
_DOCUMENT_NUMBER = compiled(r"[^，。；：:（）()]{1,16}〔\d{4}〕\d{1,4}号")
_GAZETTE_NAME = compiled(r"[^，。；：:（）()]{2,24}(?:公报|政报)")
_GAZETTE_ISSUE = compiled(r"(?:\d{4}年)?第\d{1,3}期(?:[（(]总第\d{1,5}期[）)])?")
_NEAR = 3  # lines with words: how far from a page's number its furniture is printed (a foot's, the next head's)
_REACH_LINES = 80  # lines: how far to look for them (a PDF's page ends in blank lines)


def running_head_lines(compacts: list[str], at: int) -> tuple[int, ...]:
    """The lines from ``at`` that are a later page's running head inside a bracket the page break cut: the document's
    number (某政办发〔2026〕5号), or a gazette's name with its issue on the next line (某县人民政府公报 / 2026年第2期), after
    a line whose bracket is still open (blank lines between). Elsewhere such a line is the plan's own: none.

    >>> running_head_lines(["（配合单位：县财", "", "某县人民政府公报", "2026年第2期", "政局）"], 2)
    (2, 3)
    >>> running_head_lines(["（配合单位：县财", "某政办发〔2026〕5号", "政局）"], 1)
    (1,)
    >>> running_head_lines(["某县人民政府公报", "2026年第2期", "某县2026年工作方案"], 0)
    ()
    >>> running_head_lines(["（配合单位：县财政局）", "某政办发〔2026〕5号"], 1)
    ()
    """
    line = compacts[at]
    if _DOCUMENT_NUMBER.fullmatch(line):
        held: tuple[int, ...] = (at,)
    elif _GAZETTE_NAME.fullmatch(line) and at + 1 < len(compacts) and _GAZETTE_ISSUE.fullmatch(compacts[at + 1]):
        held = (at, at + 1)
    else:
        return ()
    return held if _bracket_open_before(compacts, at) else ()


def _bracket_open_before(compacts: list[str], at: int) -> bool:
    """Whether the last line with words before ``at`` leaves a bracket open (``（配合单位：县财``)."""
    for k in range(at - 1, max(-1, at - 8), -1):
        if compacts[k]:
            return compacts[k].count("（") + compacts[k].count("(") > compacts[k].count("）") + compacts[k].count(")")
    return False


def blank_page_furniture(compacts: list[str], page_numbers: list[int]) -> None:
    """Blank, in place, the furniture printed about each page number's line (``page_numbers``, already blanked): a
    watermark or a gazette's running head among the few lines with words before and after it
    (``is_print_furniture``), a running head inside the bracket the page break cut (``running_head_lines``). Only
    about a page's number: a text that has none (most plans) is not searched, and a plan's own line elsewhere stays.

    >>> lines = ["（配合单位：县财", "内部资料注意保存", "", "", "某县人民政府公报", "2026年第2期", "政局）"]
    >>> blank_page_furniture(lines, [2]); lines
    ['（配合单位：县财', '', '', '', '', '', '政局）']
    """
    for at in page_numbers:
        for step in (-1, 1):
            for k in _lines_with_words(compacts, at, step):
                if is_print_furniture(compacts[k]):
                    compacts[k] = ""
                else:
                    for head in running_head_lines(compacts, k):
                        compacts[head] = ""


def _lines_with_words(compacts: list[str], at: int, step: int) -> list[int]:
    """The first ``_NEAR`` lines with words from ``at`` (not it) going ``step`` (-1 up, 1 down)."""
    out: list[int] = []
    k = at + step
    while 0 <= k < len(compacts) and abs(k - at) <= _REACH_LINES and len(out) < _NEAR:
        if compacts[k]:
            out.append(k)
        k += step
    return out


# a text copy's bare page number (round 53): a line of one to three digits alone between blank lines, numbered in
# step with others far enough apart to be pages (a third of a GB/T 9704 page's 22 lines of 28 characters), where it
# cuts a sentence; a table's row numbers (a flattened table's, after its last cell) stay
_BARE_NUMBERS = frozenset(str(n) for n in range(1, 1000))
_PAGE_WORDS = 200  # characters of words at least between two page numbers
_WRAPPED = 20  # characters: a line at least so long, not ending a sentence, was wrapped inside one (no table's cell)
_SENTENCE_ENDS = tuple("。；;！？!?：:）)》”")


def bare_page_numbers(compacts: list[str]) -> list[int]:
    """The lines of ``compacts`` that are a text copy's bare page numbers cutting a sentence (``3`` alone between
    blank lines): of two or more numbered one after another, each at least ``_PAGE_WORDS`` characters of words
    after the one before, those after a bracket left open or a long line that ends no sentence (``_cuts_a_sentence``).
    A plan with no line that is only a number (most) is looked at in one C pass (``frozenset.isdisjoint``).

    >>> page = "推进工作。" * 50
    >>> bare_page_numbers(["（配合单位：各街道", "", "3", "", "办事处）", page, "", "4", "", page, "", "5"])
    [2]
    >>> bare_page_numbers(["序号", "", "1", "", "建设站点", "", "2", "", "开展培训"])  # a table's rows: too near
    []
    >>> bare_page_numbers(["全国", "", "5", "", page, "全国", "", "6", ""])  # rows: a cell before each number
    []
    >>> bare_page_numbers(["（各街道", "", "3", "", "办事处）", page, "（区", "", "7", ""])  # out of step
    []
    """
    if _BARE_NUMBERS.isdisjoint(compacts):
        return []
    alone = [
        i
        for i, c in enumerate(compacts)
        if c in _BARE_NUMBERS and (i == 0 or not compacts[i - 1]) and (i + 1 == len(compacts) or not compacts[i + 1])
    ]
    in_step: list[int] = []
    run: list[int] = []
    for i in alone:
        if run and int(compacts[i]) == int(compacts[run[-1]]) + 1 and _words_between(compacts, run[-1], i):
            run.append(i)
            continue
        in_step.extend(run if len(run) > 1 else ())
        run = [i]
    in_step.extend(run if len(run) > 1 else ())
    return [i for i in in_step if _cuts_a_sentence(compacts, i)]


def _words_between(compacts: list[str], first: int, last: int) -> bool:
    """Whether the lines between ``first`` and ``last`` hold ``_PAGE_WORDS`` characters at least."""
    return sum(map(len, compacts[first + 1 : last])) >= _PAGE_WORDS


def _cuts_a_sentence(compacts: list[str], at: int) -> bool:
    """Whether the last line with words before ``at`` leaves a bracket open or, ``_WRAPPED`` characters long at
    least, ends no sentence: the words after ``at`` go on with it.

    >>> _cuts_a_sentence(["（配合单位：各街道", "", "3"], 2), _cuts_a_sentence(["全国", "", "6"], 2)
    (True, False)
    >>> _cuts_a_sentence(["4.开展分类宣传进校园活动。在全区中小学开展垃圾分类主题", "", "4"], 2)
    True
    """
    before = next((compacts[k] for k in range(at - 1, max(-1, at - 8), -1) if compacts[k]), "")
    if not before:
        return False
    return _bracket_open_before(compacts, at) or (len(before) >= _WRAPPED and not before.endswith(_SENTENCE_ENDS))
