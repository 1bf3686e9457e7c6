"""Changes of form that leave a plan's meaning alone, as a real copy suffers them (metamorphic tests, round 70).

Each transform takes a plan's text (a corpus or held-out ``.md``: front matter, then one paragraph a line) and
gives a ``Copy``: the bytes of the copy, the suffix it is saved under, and where each line went (``where(line,
column)``: the old 1-based line and the column of a task's assignment on it → the copy's line), so that an expected
file's task lines can be mapped through it (a task's line is where its assignment is written: SPEC). The front
matter and the corpus's quoted note (``> 本文正文由脚本…``) are the corpus's own wrapping, no part of the plan: the
transforms leave them alone.

- ``wrapped``: every paragraph line hard-wrapped at 30–40 characters (a PDF's text layer; ``printing.wrap``).
- ``swapped_marks``: full-width and half-width brackets, colons and semicolons exchanged.
- ``with_footers``: a page footer (``— 3 —``, ``- 3 -``, ``第3页 共12页``) after every 40 lines.
- ``blank_doubled`` and ``blank_dropped``: the blank lines between paragraphs doubled, or dropped.
- ``as_docx``: saved as Word paragraphs, one a line (blank lines as empty paragraphs, ``#`` headings in Heading 1).
- ``as_gb18030``: saved as .txt in GB18030.
- ``pdf_text``: ``wrapped``, ``with_footers`` and ``blank_dropped`` at once, as a PDF's text layer comes.

>>> plan = "---\\n标题: x\\n---\\n\\n一、任务\\n\\n1.推进改革（牵头单位：市发改委）"
>>> copy = blank_doubled(plan)
>>> copy.data.decode().split("\\n")[3:], copy.where(7, 0)
(['', '', '一、任务', '', '', '1.推进改革（牵头单位：市发改委）'], 9)
>>> copy = swapped_marks(plan)
>>> copy.data.decode().split("\\n")[1], copy.data.decode().split("\\n")[-1]
('标题: x', '1.推进改革(牵头单位:市发改委)')
"""

from __future__ import annotations

import datetime
import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from xml.sax.saxutils import escape

from support.hostile import add_member, rewrite_member
from support.printing import wrap

PAGE_LINES = 40  # lines of a page, between two footers
_SWAP = str.maketrans({"（": "(", "）": ")", "：": ":", "；": ";", "(": "（", ")": "）", ":": "：", ";": "；"})
_FOLD = str.maketrans({"(": "（", ")": "）", ":": "：", ";": "；"})
FOOTERS: tuple[Callable[[int, int], str], ...] = (
    lambda page, pages: f"— {page} —",
    lambda page, pages: f"- {page} -",
    lambda page, pages: f"第{page}页 共{pages}页",
)
# where a task's units are assigned on its line: a bracket naming them, a label, a unit's name
_BRACKET = re.compile(r"[（(][^（()）]*[）)]?")
_ROLE = re.compile(r"牵头|负责|会同|配合|指导|参与|协办|协助|落实|单位[：:]|部门[：:]")
# after a unit's name: the rest of its list, and a role word or a modal (市交通委、市公安局要会同…, 国务院办公厅将会同…)
_ROLE_AFTER = re.compile(
    r"(?:[、和及与][^、，。；（）]{2,15}?)*(?:(?:要|将|应|等|具体)?(?:牵头|负责|会同|配合|指导|参与|协办|协助|落实)|要)"
)
_LABEL = re.compile(r"(?:牵头|责任|配合|协办|主责|主办|参与)(?:单位|部门|领导)[：:]")
_MODAL = re.compile(r"应当|应(?!急)|须|必须")


@dataclass(frozen=True)
class Copy:
    """A plan's copy: its bytes, the suffix it is saved under, and its line of an old line's column."""

    data: bytes
    suffix: str
    where: Callable[[int, int], int]


def fold(value):
    """``value`` (a string, or lists and tuples of them) with half-width brackets, colons and semicolons made
    full-width: a reading of ``swapped_marks``'s copy compared with the plan's.

    >>> fold(("市交通委(计划财务处)", ["A:B;C"], None))
    ('市交通委（计划财务处）', ['A：B；C'], None)
    """
    if isinstance(value, str):
        return value.translate(_FOLD)
    if isinstance(value, (list, tuple)):
        return type(value)(fold(v) for v in value)
    return value


def _plan_lines(lines: list[str]) -> list[bool]:
    """Which of ``lines`` are the plan's own (not its front matter nor the corpus's quoted note).

    >>> _plan_lines(["---", "标题: x", "---", "", "> 本文正文由脚本提取", "正文"])
    [False, False, False, True, False, True]
    """
    own = [True] * len(lines)
    if lines and lines[0].strip() == "---":
        end = next((k for k in range(1, len(lines)) if lines[k].strip() == "---"), 0)
        own[: end + 1] = [False] * (end + 1)
    for k, line in enumerate(lines):
        if line.startswith(">"):
            own[k] = False
    return own


def _encoded(lines: list[str]) -> bytes:
    return "\n".join(lines).encode("utf-8")


def _shifted(new_of_old: list[int]) -> Callable[[int, int], int]:
    """A ``where`` from each old line's new line (0-based list, 1-based lines)."""
    return lambda line, column: new_of_old[line - 1] + 1


def wrapped(text: str, characters: int = 36) -> Copy:
    """Every paragraph line of the plan (not a markdown heading) hard-wrapped at ``characters`` wide characters, as
    a PDF's text layer sets it (no line opening with a closing mark); a task's assignment goes to the line holding
    its column.

    >>> copy = wrapped("---\\n标题: x\\n---\\n1.推进改革，全面完成任务。（牵头单位：市发改委）", 8)
    >>> copy.data.decode().split("\\n")[3:], copy.where(4, 13)
    (['1.推进改革，全面', '完成任务。（牵头', '单位：市发改委）'], 5)
    """
    lines = text.split("\n")
    own = _plan_lines(lines)
    out: list[str] = []
    starts: list[list[int]] = []  # per old line: the (new line, column) where each of its pieces starts
    for line, mine in zip(lines, own):
        pieces = (
            wrap(line, characters * 2).split("\n") if mine and line.strip() and not line.startswith("#") else [line]
        )
        at, column = [], len(line) - len(line.lstrip()) if len(pieces) > 1 else 0
        for piece in pieces:
            at.append((len(out), column))
            out.append(piece)
            column += len(piece)
        starts.append(at)

    def where(line: int, column: int) -> int:
        return next(new for new, start in reversed(starts[line - 1]) if start <= column) + 1

    return Copy(_encoded(out), ".md", where)


def swapped_marks(text: str) -> Copy:
    """The plan's full-width brackets, colons and semicolons made half-width and its half-width ones full-width."""
    lines = text.split("\n")
    out = [line.translate(_SWAP) if mine else line for line, mine in zip(lines, _plan_lines(lines))]
    return Copy(_encoded(out), ".md", lambda line, column: line)


def with_footers(text: str, style: int = 0) -> Copy:
    """A page footer of ``FOOTERS[style]`` after every ``PAGE_LINES`` lines and after the last (its page's).

    >>> copy = with_footers("\\n".join(str(k) for k in range(1, 82)), 2)
    >>> lines = copy.data.decode().split("\\n")
    >>> lines[40], lines[81], len(lines), copy.where(41, 0), copy.where(81, 0)
    ('第1页 共3页', '第2页 共3页', 84, 42, 83)
    """
    lines = text.split("\n")
    pages = (len(lines) + PAGE_LINES - 1) // PAGE_LINES
    out: list[str] = []
    new_of_old: list[int] = []
    for k, line in enumerate(lines, 1):
        new_of_old.append(len(out))
        out.append(line)
        if k % PAGE_LINES == 0 or k == len(lines):
            out.append(FOOTERS[style](len(out) // (PAGE_LINES + 1) + 1, pages))
    return Copy(_encoded(out), ".md", _shifted(new_of_old))


def _blank_lines(text: str, copies: int) -> Copy:
    """Every blank line of the plan (outside its front matter) written ``copies`` times."""
    lines = text.split("\n")
    out: list[str] = []
    new_of_old: list[int] = []
    for line, mine in zip(lines, _plan_lines(lines)):
        new_of_old.append(len(out))
        out.extend([line] * (copies if mine and not line.strip() else 1))
    return Copy(_encoded(out), ".md", _shifted(new_of_old))


def blank_doubled(text: str) -> Copy:
    """The blank lines between the plan's paragraphs doubled."""
    return _blank_lines(text, 2)


def blank_dropped(text: str) -> Copy:
    """The blank lines between the plan's paragraphs dropped (a task's line is never blank)."""
    return _blank_lines(text, 0)


def pdf_text(text: str, characters: int = 36, style: int = 0) -> Copy:
    """A PDF's text layer as a reader's tool gives it: the plan ``wrapped`` at ``characters``, a page footer of
    ``FOOTERS[style]`` after every ``PAGE_LINES`` of its lines, and no blank line between paragraphs (saved as .txt).

    >>> copy = pdf_text("---\\n标题: x\\n---\\n\\n1.推进改革，全面完成任务。（牵头单位：市发改委）", 8)
    >>> copy.data.decode().split("\\n")[3:], copy.where(5, 14)
    (['1.推进改革，全面', '完成任务。（牵头', '单位：市发改委）', '— 1 —'], 5)
    """
    lines = wrapped(text, characters)
    paged = with_footers(lines.data.decode("utf-8"), style)
    packed = blank_dropped(paged.data.decode("utf-8"))
    return Copy(packed.data, ".txt", lambda line, column: packed.where(paged.where(lines.where(line, column), 0), 0))


_INDENT_MARK = "〇〇"  # two wide characters standing for a first line's indent while the line is wrapped
_PROSE_ENDS = ("。", "；", "：", "！", "？", "）")


def indented_pdf_text(text: str, characters: int = 36, style: int = 0) -> Copy:
    """A PDF's text layer of the plan set with a first-line indent (首行缩进) as pypdf gives it: each paragraph of
    prose (a line ending a sentence, a clause, a lead-in or a bracket, or as long as ``characters``; not a markdown
    heading nor a table's line) opens with two spaces for its two characters' indent and is wrapped at
    ``characters`` with the indent on its first line, then ``pdf_text``'s footers and no blank line (round 75
    sweep75: an office's .txt of a printed plan). A table's cells and short lines stay flush left.

    >>> copy = indented_pdf_text("---\\n标题: x\\n---\\n\\n1.推进改革，全面完成任务。\\n区财政局", 8)
    >>> copy.data.decode().split("\\n")[3:7], copy.where(5, 9)
    (['  1.推进改革，', '全面完成任务。', '区财政局', '— 1 —'], 5)
    """
    lines = text.split("\n")
    marked = [
        _INDENT_MARK + line
        if mine
        and line.strip()
        and line[:1] not in "#|"
        and (line.rstrip().endswith(_PROSE_ENDS) or len(line.strip()) >= characters)
        else line
        for line, mine in zip(lines, _plan_lines(lines))
    ]
    shift = [len(_INDENT_MARK) if new is not old else 0 for new, old in zip(marked, lines)]
    copy = pdf_text("\n".join(marked), characters, style)
    out = [
        ("  " + line[len(_INDENT_MARK) :]) if line.startswith(_INDENT_MARK) else line
        for line in copy.data.decode().split("\n")
    ]
    return Copy(_encoded(out), ".txt", lambda line, column: copy.where(line, column + shift[line - 1]))


def as_gb18030(text: str) -> Copy:
    """The plan saved as a .txt file in GB18030."""
    return Copy(text.encode("gb18030"), ".txt", lambda line, column: line)


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _docx_of(paragraphs: list[str]) -> bytes:
    """A blank .docx whose body is ``paragraphs`` (``<w:p>`` elements), as Word writes its document part.

    >>> len(_docx_of(["<w:p/>"])) > 0
    True
    """
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{_W}"><w:body>'
        + "".join(paragraphs)
        + "</w:body></w:document>"
    )
    return rewrite_member(_blank_docx(), "word/document.xml", lambda old: document)


@cache
def _blank_docx() -> bytes:
    """python-docx's empty document (its styles hold Word's Heading 1), made once."""
    import docx

    out = io.BytesIO()
    docx.Document().save(out)
    return out.getvalue()


def as_docx(text: str) -> Copy:
    """The plan saved as a Word file, one paragraph a line: a blank line an empty paragraph, a markdown heading in
    the Heading 1 style (the reader writes it back as ``# …``).

    >>> from reformgraph.loaders.formats_docx import docx_content
    >>> docx_content(as_docx("# 标题\\n\\n1.推进改革（牵头单位：市发改委）").data, path="x.docx")[0]
    ['# 标题', '', '1.推进改革（牵头单位：市发改委）']
    """
    paragraphs = []
    for line in text.split("\n"):
        style = '<w:pPr><w:pStyle w:val="Heading1"/></w:pPr>' if line.startswith("# ") else ""
        words = escape(line[2:] if style else line)
        run = f'<w:r><w:t xml:space="preserve">{words}</w:t></w:r>' if words else ""
        paragraphs.append(f"<w:p>{style}{run}</w:p>")
    data = _docx_of(paragraphs)
    return Copy(data, ".docx", lambda line, column: line)


def _occurrences(line: str, name: str, start: int) -> list[int]:
    """Where ``name`` is written on ``line`` from ``start`` on.

    >>> _occurrences("市发改委会同市财政局、市发改委", "市发改委", 1)
    [11]
    """
    found, k = [], line.find(name, start)
    while k != -1:
        found.append(k)
        k = line.find(name, k + 1)
    return found


def _provision_actor(line: str, k: int, end: int) -> bool:
    """True when the unit named at ``line[k:end]`` is the actor of a provision inside a later clause: after a
    clause's opening words (``对…的住宅小区，``, not 。；; a bracket, a label's colon, a cell's bar, 由 or 为) and
    before a modal (应当, 应, 须, 必须), as regulations write a unit's duty in one case (round 72 line76).

    >>> _provision_actor("对小区，居委会应当组织", 4, 7), _provision_actor("监督。居委会应当组织", 3, 6)
    (True, False)
    >>> _provision_actor("对小区，居委会统筹", 4, 7)
    False
    """
    opened = line[:k].rstrip(" *")[-1:] in tuple("。；;（(【】：:|｜由为")
    return not opened and _MODAL.match(line, end) is not None


def _bare_list(bracket: str, names: list[str]) -> bool:
    """True when ``bracket`` (a bracket's text, its marks kept) holds a list of ``names`` alone, no role word: a
    numbered item's units closing it (round 39's reading; round 71 meta71: held-out 23's ``（各街镇、区财政局、区土储中心）``).

    >>> _bare_list("（各街镇、区财政局）", ["各街镇", "区财政局"]), _bare_list("（各街镇等）", ["各街镇"])
    (True, False)
    """
    parts = re.split("[、，,；;]", bracket.strip("（()）"))
    return all(part in names for part in parts)


def assignment_columns(line: str, tasks: list[tuple[str, list[str]]], intro: str | None = None) -> list[int]:
    """The column on ``line`` where each of its tasks' units are assigned (``tasks``: each task's text start and
    units, in order), searched from the task's text on it (and after the previous task's assignment): the first
    character inside a bracket naming one of them with a role word or listing them alone (a lone bracket closing
    a line holds no assignment yet; a bracket holding a later task's text is that task's words, round 81 sweep81:
    held-out 101's ``（城建中心：负责…。城运中心：…）``), else a label, else its first unit named where its text opens or before a role word, else named; the
    search's start when none is found (the task's units are written elsewhere: its line is its text's first), but
    its first unit named before a role word ahead of its text when the text is found later on the line (a title's
    words repeated inside the paragraph whose units lead it: round 71 heldfix71b, held-out 73). Named after the
    task's own sentence (its first 。 after the text), a unit that is a later clause's actor before a modal, no role
    word, does not count when the ``intro`` above the task's item names it (round 72 line76: held-out 76's duty
    whose unit is its intro's, ``…。对…，居民委员会应当组织``; ``None``: any intro): with an intro that does not name
    it, the clause's actor is the task's own subject (round 81 sweep81: held-out 100 line 58's ``…的事项，居民委员会应督促…``).

    >>> assignment_columns("推进改革，由市发改委牵头。（牵头单位：市财政局）完善制度（牵头单位：市司法局）",
    ...                    [("推进改革", ["市财政局"]), ("完善制度", ["市司法局"])])
    [14, 29]
    >>> assignment_columns("市发改委要编制清单，市财政局要会同市发改委推进。", [("市发改委要", ["市发改委"]),
    ...                    ("市财政局要", ["市财政局", "市发改委"])])
    [0, 10]
    >>> assignment_columns("市交通委、市气象局、市公安局要建设设施。市气象局要配合做好", [("市交通委", ["市交通委"]),
    ...                    ("市气象局要配合", ["市气象局"])])
    [0, 20]
    >>> assignment_columns("建立台账（企业向市发改委申报）。（市发改委负责）", [("建立台账", ["市发改委"])])
    [17]
    >>> assignment_columns("市发改委会同市财政局按照原则，建立储备库。", [("建立储备库", ["市发改委", "市财政局"])])
    [0]
    >>> assignment_columns("监督业主委员会。对小区，居民委员会应当组织。", [("监督业主委员会", ["居民委员会"])])
    [0]
    >>> assignment_columns("加强领导。居民委员会应当组织。", [("加强领导", ["居民委员会"])])
    [5]
    >>> assignment_columns("加强领导。对小区，居民委员会统筹。", [("加强领导", ["居民委员会"])])
    [9]
    >>> assignment_columns("监督业主委员会。对小区，居民委员会应当组织。", [("监督业主委员会", ["居民委员会"])], intro="要加强指导")
    [12]
    >>> assignment_columns("甲办牵头处置。（乙办：负责巡查。丙队：负责执法）", [("甲办牵头", ["甲办"]),
    ...                    ("乙办：负责巡查", ["乙办"]), ("丙队：负责执法", ["丙队"])])
    [0, 8, 16]
    >>> assignment_columns("甲镇要加强。各居委会应在镇社区办指导下完善制度。", [("甲镇要", ["甲镇"]),
    ...                    ("各居委会应在", ["镇社区办", "各居委会"])])
    [0, 6]
    """
    columns, start = [], 0
    for n, (text, names) in enumerate(tasks):
        names = [name for name in names if name]
        at = line.find(text, start) if text else -1
        at = line.find(text[:8], start) if text and at == -1 else at
        low = max(start, at)
        column, end = None, None
        later = [words[:8] for words, _ in tasks[n + 1 :] if words]
        for m in _BRACKET.finditer(line, low):
            inside = m.group().replace(" ", "")
            if any(words in inside for words in later):
                continue  # a bracket of later tasks' own words (duty passages) assigns none of this one
            if any(name in inside for name in names) and (_ROLE.search(inside) or _bare_list(inside, names)):
                column, end = m.start() + 1, m.end()
                break
        if column is None and (m := _LABEL.search(line, low)) is not None:
            column, end = m.start(), m.end()
        if column is None and at >= 0 and (opening := _subject_opening(line, at, names)) is not None:
            column, end = at, at + len(opening)
        if column is None:
            named = [(k, name) for name in names[:1] for k in _occurrences(line, name, low)]
            # after the task's own sentence, a unit named inside a later sentence's clause is that clause's actor, not
            # the task's assignment (held-out 76 line 194: ``…责任。对…的住宅小区，居民委员会应当组织…``)
            stop = line.find("。", at) if at >= 0 else -1
            named = [
                (k, name)
                for k, name in named
                if not 0 <= stop < k
                or _ROLE_AFTER.match(line, k + len(name))
                or not _provision_actor(line, k, k + len(name))
                or (intro is not None and name not in intro)
            ]
            roled = [(k, name) for k, name in named if k == at or _ROLE_AFTER.match(line, k + len(name))]
            if roled or named:
                k, name = (roled or named)[0]
                column, end = k, k + len(name)
        if column is None and at > start:  # the units lead before the task's text, a title's words (held-out 73)
            before = [k for name in names[:1] for k in _occurrences(line[:at], name, start)]
            column = next((k for k in before if _ROLE_AFTER.match(line, k + len(names[0]))), None)
        columns.append(low if column is None else column)
        start = low if end is None else end
    return columns


def intro_above(lines: list[str], line: int) -> str | None:
    """The paragraph above the numbered item on ``line`` (1-based) and the items numbered as it before it: the intro
    whose units its items may take (``第十二条 居民委员会应当…履行下列职责。`` over ``（一）…`` ``（二）…``); None when the
    line opens with no number (round 81 sweep81).

    >>> intro_above(["甲办应当履行下列职责：", "（一）巡查。", "", "（二）处置。"], 4), intro_above(["甲办负责。"], 1)
    ('甲办应当履行下列职责：', None)
    """
    number = typed_number(lines[line - 1].strip())
    if number is None:
        return None
    for above in reversed(lines[: line - 1]):
        bare = above.strip()
        sibling = typed_number(bare)
        if bare and (sibling is None or sibling[:2] != number[:2]):
            return bare
    return ""


def task_columns(lines: list[str], line: int, own: list[dict]) -> list[int]:
    """``assignment_columns`` of an expected file's tasks ``own`` on ``line`` (1-based) of the plan's ``lines``, with
    the intro above its item (``intro_above``): each caller's one way to ask.

    >>> task_columns(["甲办要巡查。（乙办负责）"], 1, [{"text": "甲办要巡查", "leads": ["乙办"], "supports": []}])
    [7]
    """
    return assignment_columns(
        lines[line - 1], [(t["text"], t["leads"] + t["supports"]) for t in own], intro_above(lines, line)
    )


def _subject_opening(line: str, at: int, names: list[str]) -> str | None:
    """The unit, not the task's first, that opens its text at ``at`` as the subject of a modal (``各居委会应在镇社区办
    指导下…``: the guide leads, named first, the subject supports): the loader places such a task where its subject
    opens it (round 33's subject tasks, round 57's guidance; round 79 heldout24, held-out 97 line 42), else None.

    >>> _subject_opening("各居委会应在镇社区办指导下", 0, ["镇社区办", "各居委会"]), _subject_opening("镇社区办负责", 0, ["镇社区办"])
    ('各居委会', None)
    """
    return next(
        (
            name
            for name in names[1:]
            if line.startswith(name, at) and line.startswith(("要", "应", "须"), at + len(name))
        ),
        None,
    )


# round 71 meta71b: a plan as a government site's saved page, as Word's automatic numbering, as LibreOffice's PDF

_FRONT_FIELD = re.compile(r"^([^:：]{1,12})[:：]\s*(.*)$")


def front_matter(text: str) -> dict[str, str]:
    """The fields of a corpus plan's front matter (``标题: …``), empty when it has none.

    >>> front_matter("---\\n标题: 某区方案\\n发布日期: 2025-07-15\\n---\\n正文")
    {'标题': '某区方案', '发布日期': '2025-07-15'}
    """
    lines = text.split("\n")
    own = _plan_lines(lines)
    fields = {}
    for line, mine in zip(lines, own):
        if mine:
            break
        if (m := _FRONT_FIELD.match(line)) is not None and line.strip() != "---":
            fields[m.group(1).strip()] = m.group(2).strip()
    return fields


# the site around the article, as a government portal's page saved from a browser (另存为 → 网页，仅HTML) shows it:
# header, navigation, breadcrumbs, the 字号 bar, share links, footer. Two variants, one a plan: gov.cn's own class
# names (``BreadcrumbNav``, ``pages_content``), and a provincial portal's (``<header>``, ``position``, ``zoom``).
_PAGE_HEAD = (
    """<div class="header"><div class="header_top"><a href="/">{site}</a><span class="toplinks"><a href="/wza/">无障碍</a>
 | <a href="/zzms/">长者模式</a> | <a href="/en/">English</a></span></div>
<div class="logo"><img src="images/logo.png" alt="{site}"></div>
<div class="search_box"><input type="text" placeholder="请输入搜索关键词"><button>搜索</button></div></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/yw/">要闻动态</a></li><li><a href="/zwgk/">政务公开</a></li>
<li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div>
<div class="BreadcrumbNav">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zcwj/">政策文件</a></div>
<div class="main"><div class="article">""",
    """<header><div class="top-bar"><span>欢迎访问{site}门户网站</span><a href="/wza/">无障碍浏览</a></div>
<div class="banner"><h2 class="site-name">{site}</h2></div></header>
<div id="menu"><a href="/">网站首页</a><a href="/zwgk/">政务公开</a><a href="/bsfw/">办事服务</a><a href="/gzcy/">公众参与</a></div>
<div class="position">您当前的位置：<a href="/">首页</a> &gt;&gt; <a href="/zwgk/">信息公开</a> &gt;&gt; 规划计划</div>
<div class="wrap"><div class="detail">""",
)
_PAGE_FONT_BAR = (
    """<div class="pages-date">{date} 10:00 来源：{office}<span class="font index_switchsize">【字号：<a href="javascript:void(0)">大</a>
<a href="javascript:void(0)">中</a> <a href="javascript:void(0)">小</a>】</span><span class="printIco"><a href="javascript:window.print()">打印本页</a></span></div>""",
    """<div class="info">发布时间：{date}　　来源：{office}</div>
<div class="zoom">字号：<a href="#" onclick="doZoom(18)">大</a> <a href="#" onclick="doZoom(16)">中</a> <a href="#" onclick="doZoom(14)">小</a></div>""",
)
_PAGE_FOOT = (
    """</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
<div class="close_print"><a href="javascript:window.print()">【打印】</a><a href="javascript:window.close()">【关闭】</a></div>
</div></div>
<div class="footer"><p><a href="/gywm/">关于我们</a> | <a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a></p>
<p>主办单位：{site}办公室　承办单位：{site}大数据中心</p>
<p>网站标识码：3100000011　沪ICP备05001234号　沪公网安备31010102000001号</p></div>""",
    """</div>
<div class="bdsharebuttonbox"><span>分享：</span><a class="bds_weixin">微信</a><a class="bds_tsina">微博</a></div>
</div></div>
<footer><div class="links">相关链接：<a href="http://www.gov.cn/">中国政府网</a></div>
<p>主办单位：{site}办公室　　网站标识码：3200000021</p><p>苏ICP备12001234号-1</p></footer>""",
)
# the page's lines before the article's body, as a reader shows them: the policy's fields (two a row of the table,
# four rows) and the date's line (without its 字号 bar); the second variant's date line only
PAGE_LINES_BEFORE = (5, 1)


def _fields_table(fields: dict[str, str]) -> str:
    """gov.cn's table of a policy's fields above its text (索引号, 主题分类, 发文机关 …), two fields a row."""
    date = fields.get("发布日期", "")
    pairs = [
        ("索引号", "000014349/2025-00031"),
        ("主题分类", fields.get("分类", "其他")),
        ("发文机关", fields.get("发布单位", "")),
        ("成文日期", date),
        ("标题", fields.get("标题", "")),
        ("发文字号", fields.get("文号", "")),
        ("发布日期", date),
        ("状态", fields.get("状态", "有效")),
    ]
    rows = []
    for k in range(0, len(pairs), 2):
        cells = "".join(f"<td><b>{escape(name)}：</b></td><td>{escape(value)}</td>" for name, value in pairs[k : k + 2])
        rows.append(f"<tr>{cells}</tr>")
    return '<table class="policyLibraryOverview_header">' + "".join(rows) + "</table>"


def as_gov_page(text: str, variant: int = 0) -> Copy:
    """The plan as a government portal's page saved from a browser: the site's header, navigation, breadcrumbs, a
    字号 大 中 小 bar, share links and a footer with 主办单位 and 网站标识码 around the article; the front matter's fields
    in the page's ``<title>`` and (``variant`` 0) gov.cn's table of fields above the text; each paragraph a ``<p>``
    indented by two full-width spaces, a markdown heading an ``<h1>``; the blank lines gone (a reader drops them). A
    line's copy is its place among the page's shown lines (``PAGE_LINES_BEFORE[variant]`` before the body).

    >>> copy = as_gov_page("---\\n标题: 某区方案\\n---\\n\\n# 某区方案\\n\\n1.推进改革（牵头单位：区发改委）", 1)
    >>> copy.where(7, 0), "<h1>某区方案</h1>" in copy.data.decode(), "网站标识码" in copy.data.decode()
    (3, True, True)
    """
    fields = front_matter(text)
    site = "某市人民政府" if variant == 0 else "某省人民政府"
    title, office, date = fields.get("标题", ""), fields.get("发布单位", site), fields.get("发布日期", "")
    lines = text.split("\n")
    body: list[str] = []
    new_of_old: list[int] = []
    shown = PAGE_LINES_BEFORE[variant]
    for line, mine in zip(lines, _plan_lines(lines)):
        if mine and line.strip():
            shown += 1
        new_of_old.append(shown)
        if not mine or not line.strip():
            continue
        if line.startswith("# "):
            body.append(f"<h1>{escape(line[2:].strip())}</h1>")
        else:
            body.append(f'<p style="text-indent:2em;">　　{escape(line.strip())}</p>')
    head = _PAGE_HEAD[variant].format(site=site)
    bar = _PAGE_FONT_BAR[variant].format(date=escape(date), office=escape(office))
    fields_table = _fields_table(fields) if variant == 0 else ""
    content = ('<div class="pages_content" id="UCAP-CONTENT">' if variant == 0 else '<div class="article-con">') + (
        "\n".join(body)
    )
    page = (
        '<!DOCTYPE html>\n<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        f"<title>{escape(title)}_{site}</title>\n"
        '<link rel="stylesheet" href="css/common.css"><script src="js/jquery.min.js"></script>\n'
        "<script>function doZoom(size){document.getElementById('zoom').style.fontSize=size+'px';}</script>\n"
        f"</head><body>\n{head}\n{fields_table}\n{bar}\n{content}\n{_PAGE_FOOT[variant].format(site=site)}\n</body></html>"
    )
    return Copy(page.encode("utf-8"), ".html", lambda line, column: new_of_old[line - 1])


_CHINESE_DIGITS = "一二三四五六七八九"
# the numbers a typist puts before a heading or an item, and the list level Word numbers it with: its format
# (w:numFmt), and its text with the number's place (%1); the number's own text, to be read as a count
_TYPED_NUMBERS = (
    (re.compile(r"([一二三四五六七八九十]{1,3})、"), "chineseCounting", "%1、"),
    (re.compile(r"（([一二三四五六七八九十]{1,3})）"), "chineseCounting", "（%1）"),
    (re.compile(r"\(([一二三四五六七八九十]{1,3})\)"), "chineseCounting", "(%1)"),
    (re.compile(r"(\d{1,2})([.．、])(?![\d.．])"), "decimal", "%1{}"),
    (re.compile(r"（(\d{1,2})）"), "decimal", "（%1）"),
    (re.compile(r"\((\d{1,2})\)"), "decimal", "(%1)"),
    (re.compile(r"([①-⑳])"), "decimalEnclosedCircle", "%1"),
)
_SUFFIXES = ("nothing", "space", "tab")  # what Word puts between a number and its text (w:suff)


def chinese_count(numeral: str) -> int:
    """The count a Chinese numeral of one to three characters writes (一 … 九十九).

    >>> [chinese_count(n) for n in ("一", "十", "十二", "二十", "九十九")]
    [1, 10, 12, 20, 99]
    """
    if "十" not in numeral:
        return _CHINESE_DIGITS.index(numeral) + 1
    tens, _, ones = numeral.partition("十")
    return (_CHINESE_DIGITS.index(tens) + 1 if tens else 1) * 10 + (_CHINESE_DIGITS.index(ones) + 1 if ones else 0)


def typed_number(line: str) -> tuple[str, str, int, str] | None:
    """(format, level text, count, the rest of the line) of a line opening with a typed heading's or item's number
    (``一、`` ``（一）`` ``1.`` ``（1）`` ``①``), else None.

    >>> typed_number("（二）加强统筹"), typed_number("3．推进改革"), typed_number("2025年完成"), typed_number("1.5万元")
    (('chineseCounting', '（%1）', 2, '加强统筹'), ('decimal', '%1．', 3, '推进改革'), None, None)
    """
    for pattern, fmt, level_text in _TYPED_NUMBERS:
        m = pattern.match(line)
        if m is None:
            continue
        value = m.group(1)
        if fmt == "chineseCounting":
            count = chinese_count(value)
        elif fmt == "decimal":
            count = int(value)
        else:
            count = ord(value) - ord("①") + 1
        if fmt == "decimal" and "{}" in level_text:
            level_text = level_text.format(m.group(2))
        return fmt, level_text, count, line[m.end() :]
    return None


def _numbering_xml(kinds: list[tuple[str, str]], lists: list[tuple[int, int | None]], suffix: str) -> str:
    """A ``numbering.xml`` of one single-level abstract list per kind of number (format, level text) and the lists
    (w:num) using them, each (kind, the count it restarts at, None for none)."""
    abstract = "".join(
        f'<w:abstractNum w:abstractNumId="{k}"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0">'
        f'<w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:suff w:val="{suffix}"/><w:lvlText w:val="{escape(text)}"/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl></w:abstractNum>'
        for k, (fmt, text) in enumerate(kinds)
    )
    nums = "".join(
        f'<w:num w:numId="{n}"><w:abstractNumId w:val="{kind}"/>'
        + (f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{start}"/></w:lvlOverride>' if start else "")
        + "</w:num>"
        for n, (kind, start) in enumerate(lists, 1)
    )
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering xmlns:w="{_W}">{abstract}{nums}</w:numbering>'


def as_numbered_docx(text: str, suffix: int = 0, wps: bool = False) -> Copy:
    """``as_docx``'s Word file with each typed heading's and item's number (``typed_number``) made Word's automatic
    numbering: the paragraph holds the rest of its text and a ``w:numPr`` naming a list whose level shows that number
    (the number a reader sees is not in the paragraph's text). One single-level list per kind of number, as Word's
    numbering button makes one; where the typed count does not go on by one from the last of its kind (``1.`` again
    under the next ``（二）``), a new list restarting there (Word's 重新开始于 / 设置编号值: a ``w:num`` with a start
    override). ``_SUFFIXES[suffix]`` between a number and its text.

    >>> from reformgraph.loaders.formats_docx import docx_content
    >>> copy = as_numbered_docx("一、任务\\n\\n1.推进改革\\n\\n2.完善制度\\n\\n二、保障\\n\\n1.加强领导")
    >>> docx_content(copy.data, path="x.docx")[0]
    ['一、任务', '', '1.推进改革', '', '2.完善制度', '', '二、保障', '', '1.加强领导']
    >>> import zipfile
    >>> part = zipfile.ZipFile(io.BytesIO(copy.data)).read("word/document.xml").decode()
    >>> "1.推进" in part, "推进改革" in part
    (False, True)

    ``wps``: the numbering as WPS writes it (round 76): one multi-level list (``w:multiLevelType`` multilevel) whose
    levels are the kinds of number in the order they come (一、 level 0, （一） level 1, 1. level 2 …, each level's
    text its own number alone: ``%1、``, ``（%2）``, ``%3.``), every numbered paragraph in it at its kind's level
    (``w:ilvl``), a level restarting under any level above it (Word's and WPS's ``lvlRestart`` by default); where the
    typed count is not the one the list would show, a new instance of the list (``w:num``) whose ``startOverride``
    sets that level's count and the next count of each level above. A tenth kind of number stays typed.

    >>> copy = as_numbered_docx("一、任务\\n\\n1.推进改革\\n\\n二、保障\\n\\n1.加强领导\\n\\n3.强化督查", wps=True)
    >>> docx_content(copy.data, path="x.docx")[0]
    ['一、任务', '', '1.推进改革', '', '二、保障', '', '1.加强领导', '', '3.强化督查']
    """
    kinds: list[tuple[str, str]] = []
    lists: list = []  # each list (w:num): (kind, the count it restarts at); wps: (-1, each level's start)
    current: dict[int, tuple[int, int]] = {}  # kind → (its list's number, the last count shown)
    shown: list[int] = []  # wps: the count each level of the list shows last (0: none since a level above)
    paragraphs = []
    lines = text.split("\n")
    for line, mine in zip(lines, _plan_lines(lines)):
        heading = line.startswith("# ")
        words = line[2:] if heading else line
        numbered = typed_number(words) if mine else None
        numpr = ""
        if numbered is not None:
            fmt, level_text, count, rest = numbered
            if (fmt, level_text) not in kinds:
                kinds.append((fmt, level_text))
            kind = kinds.index((fmt, level_text))
            if wps and kind < _WPS_LEVELS:
                shown += [0] * (kind + 1 - len(shown))
                if not lists or shown[kind] + 1 != count:  # a new instance: this level's count, the next of those above
                    lists.append((-1, (*[n + 1 for n in shown[:kind]], count)))
                shown[kind] = count
                del shown[kind + 1 :]
                numpr = f'<w:numPr><w:ilvl w:val="{kind}"/><w:numId w:val="{len(lists)}"/></w:numPr>'
                words = rest
            elif not wps:
                last = current.get(kind)
                if last is None or last[1] + 1 != count:
                    lists.append((kind, None if count == 1 and last is None else count))
                    last = (len(lists), count - 1)
                current[kind] = (last[0], count)
                numpr = f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{last[0]}"/></w:numPr>'
                words = rest
        style = '<w:pStyle w:val="Heading1"/>' if heading else ""
        ppr = f"<w:pPr>{style}{numpr}</w:pPr>" if style or numpr else ""
        run = f'<w:r><w:t xml:space="preserve">{escape(words)}</w:t></w:r>' if words else ""
        paragraphs.append(f"<w:p>{ppr}{run}</w:p>")
    data = _docx_of(paragraphs)
    suffixed = _SUFFIXES[suffix % len(_SUFFIXES)]
    numbering = _wps_numbering_xml(kinds, lists, suffixed) if wps else _numbering_xml(kinds, lists, suffixed)
    data = rewrite_member(data, "word/numbering.xml", lambda old: numbering)
    return Copy(data, ".docx", lambda line, column: line)


_WPS_LEVELS = 9  # a list's levels (w:ilvl 0-8)


def _wps_numbering_xml(kinds: list[tuple[str, str]], lists: list[tuple[int, tuple[int, ...]]], suffix: str) -> str:
    """A ``numbering.xml`` as WPS writes a multi-level list: one abstract list whose level k is the k-th kind of
    number (its format, its text with ``%k+1`` in place of ``%1``), and its instances (w:num), each with the
    ``startOverride`` of its levels (the counts it starts at)."""
    levels = "".join(
        f'<w:lvl w:ilvl="{k}" w:tentative="0"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:suff w:val="{suffix}"/>'
        f'<w:lvlText w:val="{escape(text.replace("%1", f"%{k + 1}"))}"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr></w:lvl>'
        for k, (fmt, text) in enumerate(kinds[:_WPS_LEVELS])
    )
    abstract = (
        '<w:abstractNum w:abstractNumId="0"><w:nsid w:val="7A3C2E15"/><w:multiLevelType w:val="multilevel"/>'
        f'<w:tmpl w:val="7A3C2E15"/>{levels}</w:abstractNum>'
    )
    nums = "".join(
        f'<w:num w:numId="{n}"><w:abstractNumId w:val="0"/>'
        + "".join(
            f'<w:lvlOverride w:ilvl="{k}"><w:startOverride w:val="{start}"/></w:lvlOverride>'
            for k, start in enumerate(starts)
        )
        + "</w:num>"
        for n, (_, starts) in enumerate(lists, 1)
    )
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering xmlns:w="{_W}">{abstract}{nums}</w:numbering>'


_UNPLACED = str.maketrans("", "", "“”‘’")  # quotation marks: a PDF's text layer may set them apart from their words


def _visible(line: str) -> str:
    return "".join(line.split()).translate(_UNPLACED)


def aligned_where(text: str, copy_text: str) -> Callable[[int, int], int]:
    """A ``where`` for a copy whose lines are laid out anew (a PDF's text layer: paragraphs wrapped where the page
    breaks them, pages' furniture dropped): each of the plan's lines is found in ``copy_text``'s characters (spaces
    left out) in order (``_line_starts``), and a column goes to the copy's line holding the characters from it on
    (quotation marks left out on both sides).

    >>> where = aligned_where("一、任务\\n\\n1.推进改革，全面完成。（牵头单位：市发改委）", "一、任务\\n1.推进改革，全面\\n完成。（牵头单\\n位：市发改委）")
    >>> where(1, 0), where(3, 0), where(3, 12)
    (1, 2, 3)
    """
    chars, line_of = [], []
    for n, line in enumerate(copy_text.split("\n"), 1):
        for c in line.translate(_UNPLACED):
            if not c.isspace():
                chars.append(c)
                line_of.append(n)
    stream = "".join(chars)
    lines = text.split("\n")
    starts = _line_starts([_visible(line) for line in lines], stream)

    def where(line: int, column: int) -> int:
        old = lines[line - 1]
        offset = len(_visible(old[:column]))
        key = _visible(old[column:])[:8]
        start = starts[line - 1]
        near = start + max(offset - 8, 0)
        k = stream.find(key, near, near + len(key) + 64) if key else -1
        k = start + offset if k == -1 else k
        return line_of[min(k, len(line_of) - 1)] if line_of else line

    return where


_PIECE = 8  # characters: a line's piece looked for in a copy's characters
_AHEAD = 4000  # characters: how far past the line before a line's piece is looked for


def _line_starts(seen: list[str], stream: str) -> list[int]:
    """Where each of a plan's lines (``seen``: each line's visible characters) starts in a copy's characters
    (``stream``). The lines whose first ``_PIECE`` characters the copy holds are placed first, all at once: of the
    places each such opening is found, the ones in the plan's order that place the most of its text
    (``_anchored``). Each other line is found from where the line before it ended, by its first piece the copy holds
    as it is, before the next line placed so (else it starts where the line before ended). Round 78 printed78:
    before, every line was looked for only from where the line before was found, and a table laid out row by row
    across its columns (a PDF's text layer of a Word table) holds a cell's words apart, its 8 characters found
    pages on (held-out 22's ``镇级``, ``农村公路规划编制``): every line after the table was placed at the copy's end.

    >>> _line_starts(["一、任务", "推进改革全面完成", "甲", "完善机制全面建成"], "一、任务推进改革全面完成完善机制全面建成甲")
    [0, 4, 5, 12]

    A cell wrapped in its column (``区交通委负`` / ``责公路管理。``) is not placed where its words stand whole pages on:

    >>> stream = "1区交通委负推进改革全面完成完善机制全面建成责公路管理。附件区交通委负责公路管理"
    >>> _line_starts(["1", "区交通委负责公路管理", "推进改革全面完成", "完善机制全面建成"], stream)
    [0, 1, 6, 14]
    """
    anchors = _anchored(seen, stream)
    following = len(stream)  # the start of the next anchored line, from the end back
    before: list[int] = [0] * len(seen)
    for i in range(len(seen) - 1, -1, -1):
        before[i] = following
        if i in anchors:
            following = anchors[i]
    starts: list[int] = []
    at = 0
    for i, line in enumerate(seen):
        found = anchors.get(i, -1)
        if found == -1:
            limit = min(at + _AHEAD, before[i])
            for k in range(0, max(len(line) - 4, 1), _PIECE):  # the line's first piece the copy holds as it is
                key = line[k : k + _PIECE]
                found = stream.find(key, at, limit) if key else -1
                if found != -1:
                    found = max(found - k, at)
                    break
        starts.append(at if found == -1 else found)
        if found != -1:
            at = min(max(found + len(line) - _PIECE, found + 1), before[i])
    return starts


def _anchored(seen: list[str], stream: str) -> dict[int, int]:
    """Of the lines of ``seen`` at least ``_PIECE`` characters long, those placed by their first ``_PIECE``
    characters, and where: of every place in ``stream`` each such opening is found, the chain of places rising with
    the lines that holds the most characters of the lines (the longest increasing chain, weighted), each line
    starting past the one before it (but its last ``_PIECE`` characters, as ``_line_starts`` goes on), the earlier
    place taken where two chains hold as many.

    >>> _anchored(["推进改革全面完成", "甲", "完善机制全面建成", "推进改革全面完成"], "推进改革全面完成完善机制全面建成推进改革全面完成")
    {0: 0, 2: 8, 3: 16}
    """
    size = len(stream) + max(map(len, seen), default=0) + 1
    # a Fenwick tree of the heaviest chains by where their last line ends, (weight, -place, candidate)
    tree: list[tuple[int, int, int]] = [(0, 0, -1)] * (size + 1)
    places: list[tuple[int, int, int]] = []  # candidates: (line, place, the candidate before it in its chain)
    best = (0, 0, -1)
    for i, line in enumerate(seen):
        if len(line) < _PIECE:
            continue
        key, own = line[:_PIECE], []
        at = stream.find(key)
        while at != -1:
            k, top = at + 1, (0, 0, -1)  # the heaviest chain whose last line ends by ``at``
            while k > 0:
                top = max(top, tree[k])
                k -= k & -k
            own.append((at, top[0] + len(line), top[2]))
            at = stream.find(key, at + 1)
        for at, weight, previous in own:
            places.append((i, at, previous))
            entry = (weight, -at, len(places) - 1)
            best = max(best, entry)
            k = max(at + len(line) - _PIECE, at + 1) + 1  # where the next line may start, as ``_line_starts`` goes on
            while k <= size:
                tree[k] = max(tree[k], entry)
                k += k & -k
    chain: dict[int, int] = {}
    candidate = best[2]
    while candidate != -1:
        i, at, candidate = places[candidate]
        chain[i] = at
    return dict(sorted(chain.items()))


# round 72 meta72: a plan as a WeChat official account's article, typed in full-width characters, pasted from a PDF
# with a space between every character (the .doc and .odt copies are LibreOffice's: test_grammar72_meta72)

_WECHAT_HEAD = """<div class="rich_media_wrp"><div class="rich_media_area_primary"><div class="rich_media_area_primary_inner">
<div id="img-content" class="rich_media_wrp">
<h1 class="rich_media_title" id="activity-name">{title}</h1>
<div id="meta_content" class="rich_media_meta_list"><span id="copyright_logo" class="wx_tap_link js_wx_tap_highlight rich_media_meta icon_appmsg_tag appmsg_title_tag weui-wa-hotarea">原创</span>
<span class="rich_media_meta rich_media_meta_text">{office}</span>
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" class="wx_tap_link js_wx_tap_highlight weui-wa-hotarea" id="js_name">{account}</a></span>
<span class="rich_media_meta rich_media_meta_text"><em id="publish_time" class="rich_media_meta rich_media_meta_text">{date} 18:30</em></span>
<span class="rich_media_meta rich_media_meta_text" id="js_ip_wording_wrp">发表于<span id="js_ip_wording">上海</span></span></div>
<div class="rich_media_content js_underline_content autoTypeSetting24psection" id="js_content" style="visibility: visible;">
<section style="text-align: center;margin-bottom: 0px;"><span style="color: rgb(0, 122, 170);font-size: 14px;">点击蓝字 关注我们</span></section>
<p style="text-align: center;"><img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.cn/mmbiz_gif/x/640" style="width: 100%;"></p>
<section style="margin: 10px 8px;line-height: 1.75em;">"""
_WECHAT_FOOT = """</section>
<p style="text-align: center;"><br></p>
<section style="text-align: center;"><span style="font-size: 12px;color: rgb(136, 136, 136);">来源：{office}</span></section>
<section style="text-align: center;"><span style="font-size: 12px;color: rgb(136, 136, 136);">编辑：融媒体中心</span></section>
<p style="text-align: center;"><img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.cn/mmbiz_png/y/640"></p>
<section style="text-align: center;"><span style="font-size: 12px;">长按识别二维码关注我们</span></section>
</div>
<div class="rich_media_tool_area"><div class="rich_media_tool" id="js_toobar3"><div class="weui-flex">
<a id="js_view_source" class="media_tool_meta meta_primary" href="##">阅读原文</a>
<div id="js_read_area3" class="media_tool_meta tips_global_primary meta_primary">阅读 <span id="readNum3">1.2万</span></div>
<span class="media_tool_meta meta_extra" id="js_like_btn"><span class="praise_num" id="likeNum3">点赞</span></span>
<span class="media_tool_meta meta_extra" id="like3"><span class="wx_follow_hd">在看</span></span>
<span class="media_tool_meta meta_extra" id="js_share_btn">分享</span></div></div>
<div class="discuss_container" id="js_cmt_area"><a href="##" id="js_cmt_write">写留言</a></div></div>
<div class="qr_code_pc_outer"><div class="qr_code_pc"><img class="qr_code_pc_img" src="data:image/png;base64,iVBORw0KGgo=">
<p>微信扫一扫<br>关注该公众号</p></div></div>
</div></div></div></div>
<div id="js_pc_qr_code" class="qr_code_pc_outer"><p>继续滑动看下一个</p><p>轻触阅读原文</p>
<p class="wx_profile_name">{account}</p><p>向上滑动看下一个</p><p>知道了</p></div>
<div class="weui-dialog"><p>微信扫一扫<br>使用小程序</p><a>取消</a><a>允许</a></div>
<div id="js_pc_weapp_code_des">预览时标签不可点</div>"""
# the shown lines before the article's body: its title, the line of its account, date and place, 点击蓝字 关注我们
WECHAT_LINES_BEFORE = 3
_WECHAT_INDENT = ("text-indent: 2em;", "")
_TITLE_NUMBER = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）|\d{1,2}[.．、](?![\d.．]))"
)


def _wechat_line(line: str, variant: int) -> str:
    """One paragraph line as the WeChat editor styles it: its typed number in bold, its words in a styled span (a
    heading ``一、…`` all bold, coloured), a markdown heading an editor's bold centred section.

    >>> _wechat_line("1.推进改革", 0)
    '<span style="font-size: 16px;letter-spacing: 1px;"><strong>1.</strong></span><span style="font-size: 16px;letter-spacing: 1px;">推进改革</span>'
    """
    span = '<span style="font-size: 16px;letter-spacing: 1px;">{}</span>'
    if line.startswith("# "):
        return (
            f'<strong><span style="font-size: 18px;color: rgb(192, 0, 0);">{escape(line[2:].strip())}</span></strong>'
        )
    m = _TITLE_NUMBER.match(line)
    if m is None:
        return span.format(escape(line))
    if m.group().endswith("、") and not m.group()[0].isdigit():
        return f'<strong><span style="font-size: 17px;color: rgb(0, 112, 192);">{escape(line)}</span></strong>'
    number = f"<strong>{escape(m.group())}</strong>"
    return span.format(number) + span.format(escape(line[m.end() :]))


def as_wechat_page(text: str, variant: int = 0) -> Copy:
    """The plan as a WeChat official account's article saved from a browser (.html): the article's title, its
    account's line (原创, the office, the account, the date, 发表于 a place), 点击蓝字 关注我们 and a banner above the
    text; 来源, 编辑, a QR code's 长按识别二维码关注我们, and the page's furniture (阅读原文, 阅读 1.2万, 点赞, 在看, 分享,
    写留言, 微信扫一扫 关注该公众号, 继续滑动看下一个, 预览时标签不可点) after it. The text in nested ``<section>``s with
    inline styles, as the editor writes it: ``variant`` 0 a ``<p>`` a paragraph indented by ``text-indent: 2em``,
    blank paragraphs ``<p><br></p>``; ``variant`` 1 each part's paragraphs one ``<section>`` broken by ``<br>``
    (pasted from Word into the editor). A line's copy is its place among the shown lines
    (``WECHAT_LINES_BEFORE`` before the body, blank lines gone).

    >>> copy = as_wechat_page("---\\n标题: 某区方案\\n---\\n\\n# 某区方案\\n\\n1.推进改革（牵头单位：区发改委）", 1)
    >>> copy.where(7, 0), "<br>" in copy.data.decode(), "阅读原文" in copy.data.decode()
    (5, True, True)
    """
    fields = front_matter(text)
    lines = text.split("\n")
    first = next((line.strip("# ") for line, mine in zip(lines, _plan_lines(lines)) if mine and line.strip()), "")
    title, office = fields.get("标题", first), fields.get("发布单位", "某市人民政府")
    year, _, rest = fields.get("发布日期", "").partition("-")
    date = f"{year}年{rest.replace('-', '月')}日" if rest else ""  # WeChat's 2023年08月23日
    account = (office or "某市") + "发布"
    new_of_old: list[int] = []
    shown = WECHAT_LINES_BEFORE
    parts: list[list[str]] = [[]]  # variant 1: the paragraphs of one section, a part (一、…) opening the next
    for line, mine in zip(lines, _plan_lines(lines)):
        words = line.strip()
        if mine and words:
            shown += 1
        new_of_old.append(shown)
        if not mine:
            continue
        styled = _wechat_line(words, variant) if words else ""
        if variant == 0:
            indent = _WECHAT_INDENT[0] if words and not words.startswith("# ") else ""
            parts[-1].append(f'<p style="{indent}line-height: 1.75em;">{styled or "<br>"}</p>')
        elif words:
            if words.startswith("# ") or _TITLE_NUMBER.match(words) and "、" in words[:4]:
                parts.append([])
            parts[-1].append(styled)
    if variant == 0:
        body = "<section><section>" + "\n".join(parts[0]) + "</section></section>"
    else:
        body = "\n".join(
            f'<section style="{_WECHAT_INDENT[0]}"><section><span>' + "<br>".join(part) + "</span></section></section>"
            for part in parts
            if part
        )
    head = _WECHAT_HEAD.format(title=escape(title), office=escape(office), account=escape(account), date=escape(date))
    page = (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">\n'
        f'<meta property="og:title" content="{escape(title)}"><meta property="og:site_name" content="微信公众平台">\n'
        f"<title>{escape(title)}</title>\n"
        '<style>.rich_media_content{{overflow:hidden;}}</style><script>var ct="1752000000";var nickname="x";</script>\n'
        f'</head><body id="activity-detail" class="zh_CN wx_wap_page">\n{head}\n{body}\n'
        f"{_WECHAT_FOOT.format(office=escape(office), account=escape(account))}\n</body></html>"
    )
    return Copy(page.encode("utf-8"), ".html", lambda line, column: new_of_old[line - 1])


_WIDE_ASCII = {c: c + 0xFEE0 for c in range(0x21, 0x7F) if chr(c) not in "#*|>"} | {0x20: 0x3000}
_NARROW = {v: k for k, v in _WIDE_ASCII.items()}


def narrow(value):
    """``value`` (a string, or lists and tuples of them) with full-width ASCII and ideographic spaces made ASCII:
    a reading of ``full_width``'s copy compared with the plan's.

    >>> narrow(("２０２５年１２月底前", ["ＰＰＰ项目"], None))
    ('2025年12月底前', ['PPP项目'], None)
    """
    if isinstance(value, str):
        return value.translate(_NARROW)
    if isinstance(value, (list, tuple)):
        return type(value)(narrow(v) for v in value)
    return value


def _table_line(line: str) -> bool:
    return line.lstrip().startswith("|")


def full_width(text: str) -> Copy:
    """The plan as a typist in a Chinese input method's full-width mode writes it: every ASCII letter, digit and
    mark full-width (``２０２５年１２月底前``, ``１．推进``, ``（５Ｇ）``), a space an ideographic space (U+3000), each
    paragraph indented by two ideographic spaces (Word's 首行缩进 typed as spaces); markdown's own marks (``#``,
    ``*``, ``|``, ``>``) left as they are.

    >>> full_width("---\\n标题: x\\n---\\n1.2025年底前完成5G基站建设").data.decode().split("\\n")[3]
    '\\u3000\\u3000１．２０２５年底前完成５Ｇ基站建设'
    """
    lines = text.split("\n")
    out = []
    for line, mine in zip(lines, _plan_lines(lines)):
        if mine and line.strip():
            wide = line.translate(_WIDE_ASCII)
            plain = not line.startswith("#") and not _table_line(line)
            line = "\u3000\u3000" + wide.lstrip("\u3000") if plain else wide
        out.append(line)
    return Copy(_encoded(out), ".txt", lambda line, column: line)


def spaced_out(text: str) -> Copy:
    """The plan as pasted from a PDF whose text is set with letter-spacing: a space between every two characters
    of each paragraph line (``推 进 改 革 （ 牵 头 单 位 ： 市 发 改 委 ）``); a markdown heading spaced after its
    ``#``, a table's lines left alone.

    >>> spaced_out("---\\n标题: x\\n---\\n# 方案\\n1.推进改革（牵头单位：市发改委）").data.decode().split("\\n")[3:]
    ['# 方 案', '1 . 推 进 改 革 （ 牵 头 单 位 ： 市 发 改 委 ）']
    """
    lines = text.split("\n")
    out = []
    for line, mine in zip(lines, _plan_lines(lines)):
        if mine and line.strip() and not _table_line(line):
            mark = line[: len(line) - len(line.lstrip("#"))]
            line = (mark + " " if mark else "") + " ".join("".join(line[len(mark) :].split()))
        out.append(line)
    return Copy(_encoded(out), ".txt", lambda line, column: line)


_LEDGER_HEADER = ("序号", "重点任务", "牵头单位", "配合单位", "完成时限")
_LEDGER_WORDS = 100  # characters: the most of a task's words an office copies into its ledger's 重点任务 cell
_PART = re.compile(r"^#*\s*([一二三四五六七八九十]{1,3}、\S.{0,40})$")


def _compact(line: str) -> str:
    return re.sub(r"[\s*]", "", line.lstrip("#"))


def _task_words(lines: list[str], task: dict, later: str) -> str:
    """The words of ``task`` an office copies into its ledger's 重点任务 cell: from where its text starts (on its
    line or the nearest above), to its assignment's bracket, the next task's text (``later``) or the line's end, at
    most ``_LEDGER_WORDS`` characters cut after a sentence's end.

    >>> _task_words(["1.推进改革，完成任务。（牵头单位：市发改委）2.完善制度。"], {"line": 1, "text": "推进改革"}, "完善制度")
    '推进改革，完成任务。'
    """
    start = _compact(task["text"])
    words = start
    for k in range(task["line"] - 1, max(-1, task["line"] - 41), -1):
        compact = _compact(lines[k])
        if (at := compact.find(start)) != -1:
            words = compact[at:]
            break
    ends = [len(words)]
    if later and (k := words.find(later, len(start))) != -1:
        ends.append(k)
    for m in _BRACKET.finditer(words, len(start)):
        if _ROLE.search(m.group()):
            ends.append(m.start())
            break
    words = words[: min(ends)]
    if len(words) > _LEDGER_WORDS:
        cut = max(words.rfind(mark, 0, _LEDGER_WORDS) for mark in "。；")
        words = words[: cut + 1] if cut > len(start) else words[:_LEDGER_WORDS]
    return words


def _part_of(lines: list[str], line: int) -> str | None:
    """The part heading (``一、…``) a task's line is under, None before the first."""
    for k in range(line - 1, -1, -1):
        if (m := _PART.match(lines[k].strip())) is not None:
            return m.group(1)
    return None


@dataclass(frozen=True)
class Ledger:
    """An office's 台账 of a plan's tasks (``ledger_of``): its title, its 填报单位/填报日期 line, its header and rows
    (a part's row its heading alone, merged across: ``across``; ``down``: the (first, last) rows, 0-based among
    ``rows``, of a 类别 cell merged down), and each task's row (0-based among ``rows``) keyed by its line and
    assignment column."""

    title: str
    filled: str
    header: tuple[str, ...]
    rows: list[list]
    across: frozenset[int]
    down: list[tuple[int, int]]
    row_of: dict[tuple[int, int], int]


def ledger_of(text: str, tasks: list[dict], variant: int = 0) -> Ledger | None:
    """The plan's tasks as an office's 台账: the header 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限, one row a task
    (its words, ``_task_words``; its units as written; its deadline's words), each part of the plan (``一、…``) a row
    merged across above its tasks and a cell's units joined by 、 (``variant`` 0), or a 类别 column's cell merged
    down its tasks' rows and a cell's units one a line (Alt+Enter in Excel: ``variant`` 1). None when a task names
    no lead (no ledger's row).

    >>> plan = "---\\n标题: 某区方案\\n发布日期: 2025-07-15\\n---\\n一、任务\\n1.推进改革。（牵头单位：区发改委）"
    >>> task = {"line": 6, "text": "推进改革", "leads": ["区发改委"], "supports": [], "deadline_raw": None}
    >>> ledger = ledger_of(plan, [task])
    >>> ledger.title, ledger.rows, ledger.row_of
    ('某区方案重点任务台账', [['一、任务', None, None, None, None], [1, '推进改革。', '区发改委', '', '']], {(6, 8): 1})
    """
    if not tasks or any(not task["leads"] for task in tasks):
        return None
    fields = front_matter(text)
    lines = text.split("\n")
    first = next((line.strip("# ") for line, mine in zip(lines, _plan_lines(lines)) if mine and line.strip()), "")
    title = fields.get("标题", first)
    title = m.group(1) if (m := re.search(r"《([^《》]{4,60})》", title)) is not None else title  # 关于印发《X》的通知
    year, _, rest = fields.get("发布日期", "").partition("-")
    header = _LEDGER_HEADER if variant == 0 else ("序号", "类别", *_LEDGER_HEADER[1:])
    width = len(header)
    signed = (m.group() for line in lines if (m := re.fullmatch(r"\d{4}年\d{1,2}月\d{1,2}日", line.strip())))
    dated = f"{year}年{int(rest[:2])}月{int(rest[3:5])}日" if len(rest) == 5 else next(signed, "")  # or its signature's
    filled = f"填报单位：{fields.get('发布单位', '')}（盖章）" + " " * 8 + f"填报日期：{dated}"
    on_line: dict[int, list[dict]] = {}
    for task in tasks:
        on_line.setdefault(task["line"], []).append(task)
    columns = {}
    for line, own in on_line.items():
        found = task_columns(lines, line, own)
        columns.update({id(task): column for task, column in zip(own, found)})
    rows: list[list] = []
    across: set[int] = set()
    down: list[tuple[int, int]] = []
    row_of: dict[tuple[int, int], int] = {}
    part, part_rows = None, []
    for n, task in enumerate(tasks, 1):
        later = _compact(tasks[n]["text"]) if n < len(tasks) else ""
        heading = _part_of(lines, task["line"])
        if heading != part:
            if variant == 1 and len(part_rows) > 1:
                down.append((part_rows[0], part_rows[-1]))
            part, part_rows = heading, []
            if heading and variant == 0:
                across.add(len(rows))
                rows.append([heading] + [None] * (width - 1))
        cells = [
            _task_words(lines, task, later),
            ("、" if variant == 0 else "\n").join(task["leads"]),
            ("、" if variant == 0 else "\n").join(task["supports"]),
            task["deadline_raw"] or "",
        ]
        first_cells = [n] if variant == 0 else [n, (heading or "") if not part_rows else None]
        part_rows.append(len(rows))
        row_of[(task["line"], columns[id(task)])] = len(rows)
        rows.append(first_cells + cells)
    if variant == 1 and len(part_rows) > 1:
        down.append((part_rows[0], part_rows[-1]))
    return Ledger(f"{title}重点任务台账", filled, header, rows, frozenset(across), down, row_of)


def as_ledger(text: str, tasks: list[dict], variant: int = 0) -> Copy | None:
    """The plan's tasks as an office's 台账 (.xlsx): a title row and a 填报单位/填报日期 line above the header and the
    rows of ``ledger_of`` (its ``variant``), the merged cells merged. None when a task names no lead (no ledger's
    row). A task's copy is its row (``where`` keyed by the task's line and assignment column, as
    test_grammar70_meta70's ``mapped_tasks`` asks).

    >>> plan = "---\\n标题: 某区方案\\n发布日期: 2025-07-15\\n---\\n一、任务\\n1.推进改革。（牵头单位：区发改委）"
    >>> task = {"line": 6, "text": "推进改革", "leads": ["区发改委"], "supports": [], "deadline_raw": None}
    >>> copy = as_ledger(plan, [task])
    >>> copy.suffix, copy.where(6, 8)
    ('.xlsx', 5)
    """
    import openpyxl

    ledger = ledger_of(text, tasks, variant)
    if ledger is None:
        return None
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "任务台账"
    width = len(ledger.header)
    sheet.append([ledger.title] + [None] * (width - 1))
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    sheet.append([ledger.filled] + [None] * (width - 1))
    sheet.merge_cells(start_row=2, start_column=1, end_row=2, end_column=width)
    sheet.append(list(ledger.header))
    above = 4  # a ledger's row k (0-based) is the sheet's row k + 4
    for k, row in enumerate(ledger.rows):
        sheet.append(row)
        if k in ledger.across:
            sheet.merge_cells(start_row=k + above, start_column=1, end_row=k + above, end_column=width)
    for first, last in ledger.down:
        sheet.merge_cells(start_row=first + above, start_column=2, end_row=last + above, end_column=2)
    out = io.BytesIO()
    book.save(out)
    return Copy(out.getvalue(), ".xlsx", lambda line, column: ledger.row_of[(line, column)] + above)


# simplified characters that stay in a traditional text (通用规范汉字表's 制度, 合同, 局; 台账's 台 as 臺) or whose
# traditional form is not OpenCC's first (历 歷, not 厤): the traditional copy's choices where the first would be a
# variant no office types
_TRADITIONAL_KEPT = "局合同升核出布表向周志扣松板困回家修查教群真即峰污念累既制面只系干着"
_TRADITIONAL_CHOSEN = {
    "历": "歷", "台": "臺", "采": "採", "当": "當", "术": "術", "镇": "鎮", "证": "證", "湿": "濕", "奖": "獎",
    "尽": "盡", "钟": "鐘", "线": "線", "录": "錄", "启": "啟", "里": "裡", "只": "只", "并": "並", "面": "面",
}  # fmt: skip


@cache
def _to_traditional() -> dict[int, str]:
    """Simplified → traditional, one character for one: OpenCC's first traditional form of each (the loader's
    ``hanzi_table``, read the other way), but ``_TRADITIONAL_KEPT`` and ``_TRADITIONAL_CHOSEN``."""
    from reformgraph.loaders.hanzi_table import SIMPLIFIED, TRADITIONAL

    table: dict[int, str] = {}
    for traditional, simple in zip(TRADITIONAL, SIMPLIFIED):
        if simple != traditional and simple not in _TRADITIONAL_KEPT:
            table.setdefault(ord(simple), _TRADITIONAL_CHOSEN.get(simple, traditional))
    return table


def in_traditional(text: str) -> Copy:
    """The plan as a portal's 繁體 switch or a Hong Kong or Macau office gives it: every character in its
    traditional form (``牽頭單位：市發展改革委``), the front matter as it is.

    >>> in_traditional("---\\n标题: x\\n---\\n1.推进改革（牵头单位：区发展改革委）").data.decode().split("\\n")[3]
    '1.推進改革（牽頭單位：區發展改革委）'
    """
    lines = text.split("\n")
    table = _to_traditional()
    out = [line.translate(table) if mine else line for line, mine in zip(lines, _plan_lines(lines))]
    return Copy(_encoded(out), ".md", lambda line, column: line)


# round 73 meta73: a plan as a Word draft with tracked changes and comments, as Word's web page (.mht, filtered
# .htm), as an e-mail forwarding it (.eml), as Windows Notepad saves it (UTF-16, or the system's GBK, CRLF)

_REVISION = 'w:author="区政府办公室" w:date="2024-04-12T09:30:00Z"'
_DECOY_UNIT = "区档案局"  # a unit a reviewer struck: no plan names it (tests/test_grammar73_meta73)
_DECOY_TASK = "完善档案管理制度，规范文件材料归档。（牵头单位：区档案局）"
_REVIEW = "建议将区档案局列为配合单位，请牵头单位：区档案局核实。"
_ROLE_BRACKET = re.compile(r"[（(][^（()）]*(?:牵头|负责|配合|协办|责任单位)[^（()）]*[）)]")
_CONTENT_TYPES_COMMENTS = (
    '<Override PartName="/word/comments.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>'
)
_RELS_COMMENTS = (
    '<Relationship Id="rIdComments" Target="comments.xml" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"/>'
)


def _run(words: str, tag: str = "w:t") -> str:
    return f'<w:r><{tag} xml:space="preserve">{escape(words)}</{tag}></w:r>' if words else ""


def _tracked_runs(line: str, serial: int) -> tuple[str, int]:
    """A paragraph's runs as a reviewed draft holds ``line`` (Word's 修订): in a bracket assigning units, its last
    unit inserted by the reviewer (``w:ins``) and ``、区档案局`` struck before its close (``w:del``); a line with no
    such bracket has a struck ``（牵头单位：区档案局）`` in its middle and its last five characters inserted. Shown
    (all changes accepted), the runs are ``line``. ``serial`` numbers the revisions; the next one is returned.

    >>> runs, _ = _tracked_runs("1.推进改革（牵头单位：区发改委、区财政局）", 1)
    >>> from reformgraph.loaders.formats_docx import docx_content
    >>> docx_content(_docx_of([f"<w:p>{runs}</w:p>"]), path="x.docx")[0]
    ['1.推进改革（牵头单位：区发改委、区财政局）']
    """
    inserted = lambda words: f'<w:ins w:id="{serial}" {_REVISION}>{_run(words)}</w:ins>' if words else ""  # noqa: E731
    struck = lambda words: f'<w:del w:id="{serial + 1}" {_REVISION}>{_run(words, "w:delText")}</w:del>'  # noqa: E731
    brackets = list(_ROLE_BRACKET.finditer(line))
    if brackets:
        bracket = brackets[-1]
        close = bracket.end() - 1
        start = (
            max(line.rfind("、", bracket.start(), close), line.find("：", bracket.start(), close), bracket.start()) + 1
        )
        runs = _run(line[:start]) + inserted(line[start:close]) + struck("、" + _DECOY_UNIT) + _run(line[close:])
    else:
        middle = len(line) // 2
        head, tail = line[:middle], line[middle:]
        last = 5 if len(tail) > 8 else 0
        runs = (
            _run(head)
            + struck(f"（牵头单位：{_DECOY_UNIT}）")
            + _run(tail[: len(tail) - last])
            + inserted(tail[len(tail) - last :])
        )
    return runs, serial + 2


def as_tracked_docx(text: str) -> Copy:
    """The plan as a Word draft circulated for review (修订 and 批注 kept): round 70's Word copy, each of its own
    lines with revisions (``_tracked_runs``: an inserted unit, a struck one), every fourth line commented on (a
    ``w:commentRangeStart``/``End`` around it, a ``w:commentReference`` run, the comment's words in
    word/comments.xml naming a unit and a role), and after the first line assigning a lead a whole paragraph struck
    (its runs and its paragraph mark deleted: a task the reviewer took out). Shown with the changes accepted, the
    copy is the plan, a line to a paragraph (the struck paragraph none).

    >>> copy = as_tracked_docx("# 方案\\n\\n1.推进改革（牵头单位：区发改委、区财政局）\\n\\n2.完善机制，年底前完成。")
    >>> from reformgraph.loaders.formats_docx import docx_content
    >>> docx_content(copy.data, path="x.docx")[0]
    ['# 方案', '', '1.推进改革（牵头单位：区发改委、区财政局）', '', '2.完善机制，年底前完成。']
    """
    lines = text.split("\n")
    paragraphs, comments = [], []
    serial, struck = 100, False
    for k, (line, mine) in enumerate(zip(lines, _plan_lines(lines))):
        heading = line.startswith("# ")
        style = '<w:pPr><w:pStyle w:val="Heading1"/></w:pPr>' if heading else ""
        words = line[2:] if heading else line
        if not mine or heading or len(words.strip()) < 6:
            paragraphs.append(f"<w:p>{style}{_run(words)}</w:p>")
            continue
        runs, serial = _tracked_runs(words, serial)
        if k % 4 == 0:
            n = len(comments)
            runs = (
                f'<w:commentRangeStart w:id="{n}"/>{runs}<w:commentRangeEnd w:id="{n}"/>'
                f'<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="{n}"/></w:r>'
            )
            comments.append(
                f'<w:comment w:id="{n}" {_REVISION} w:initials="办"><w:p><w:r><w:annotationRef/></w:r>'
                f"{_run(_REVIEW)}</w:p></w:comment>"
            )
        paragraphs.append(f"<w:p>{runs}</w:p>")
        if not struck and "牵头" in words:
            struck = True
            mark = f'<w:pPr><w:rPr><w:del w:id="{serial}" {_REVISION}/></w:rPr></w:pPr>'
            deleted = f'<w:del w:id="{serial + 1}" {_REVISION}>{_run(_DECOY_TASK, "w:delText")}</w:del>'
            paragraphs.append(f"<w:p>{mark}{deleted}</w:p>")
            serial += 2
    data = _docx_of(paragraphs)
    if comments:
        part = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="{_W}">'
        data = add_member(data, "word/comments.xml", (part + "".join(comments) + "</w:comments>").encode("utf-8"))
        data = rewrite_member(
            data, "[Content_Types].xml", lambda old: old.replace("</Types>", _CONTENT_TYPES_COMMENTS + "</Types>")
        )
        data = rewrite_member(
            data,
            "word/_rels/document.xml.rels",
            lambda old: old.replace("</Relationships>", _RELS_COMMENTS + "</Relationships>"),
        )
    return Copy(data, ".docx", lambda line, column: line)


_WORD_HTML_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=gb2312">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<link rel=File-List href="{stem}.files/filelist.xml">
<title>{title}</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>区政府办公室</o:Author>
  <o:LastAuthor>区政府办公室</o:LastAuthor>
  <o:Revision>3</o:Revision>
  <o:Created>2024-04-12T01:30:00Z</o:Created>
  <o:Pages>3</o:Pages>
  <o:Company>Microsoft</o:Company>
  <o:Version>16.00</o:Version>
 </o:DocumentProperties>
</xml><![endif]-->
<!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:SpellingState>Clean</w:SpellingState>
  <w:GrammarState>Clean</w:GrammarState>
  <w:DrawingGridVerticalSpacing>7.8 磅</w:DrawingGridVerticalSpacing>
  <w:BrowserLevel>MicrosoftInternetExplorer4</w:BrowserLevel>
 </w:WordDocument>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face
	{{font-family:宋体;
	panose-1:2 1 6 0 3 1 1 1 1 1;
	mso-font-charset:134;}}
 @font-face
	{{font-family:仿宋_GB2312;
	mso-font-charset:134;}}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{mso-style-parent:"";
	margin:0cm;
	text-align:justify;
	text-justify:inter-ideograph;
	font-size:16.0pt;
	font-family:仿宋_GB2312;}}
@page WordSection1
	{{size:595.3pt 841.9pt;
	margin:72.0pt 90.0pt 72.0pt 90.0pt;
	mso-footer-margin:49.6pt;
	layout-grid:15.6pt;}}
div.WordSection1
	{{page:WordSection1;}}
-->
</style>
</head>

<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>

<div class=WordSection1 style='layout-grid:15.6pt'>
"""
_LATIN_RUN = re.compile(r"[\x21-\x7e]+(?: [\x21-\x7e]+)*")


def _word_paragraph(line: str, filtered: bool) -> str:
    """One of the plan's lines as Word's HTML writes a paragraph: ``MsoNormal`` indented by two characters, its Latin
    letters and digits in ``<span lang=EN-US>`` (Word marks their language), a heading an ``<h1>``, a blank line a
    paragraph of ``&nbsp;`` (in ``<o:p>`` but in a filtered page).

    >>> _word_paragraph("1.推进改革", True)
    "<p class=MsoNormal style='text-indent:32.0pt'><span lang=EN-US>1.</span>推进改革</p>"
    """
    if not line.strip():
        return (
            "<p class=MsoNormal>&nbsp;</p>"
            if filtered
            else "<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>"
        )
    heading = line.startswith("# ")
    words = escape(line[2:] if heading else line.strip())
    words = _LATIN_RUN.sub(lambda m: f"<span lang=EN-US>{m.group(0)}</span>", words)
    if heading:
        return f"<h1 align=center style='text-align:center'>{words}</h1>"
    indent = "text-indent:32.0pt" if filtered else "text-indent:32.0pt;mso-char-indent-count:2.0"
    return f"<p class=MsoNormal style='{indent}'>{words}{'' if filtered else '<o:p></o:p>'}</p>"


def _word_html(text: str, filtered: bool, stem: str = "plan") -> tuple[str, list[int]]:
    """Round 70's Word copy (``as_docx``: a paragraph a line, the front matter's too) as Word's web page (its HTML,
    the front matter's title in ``<title>`` as well) and each old line's shown line (blank paragraphs show none)."""
    lines = text.split("\n")
    head = _WORD_HTML_HEAD.format(title=escape(front_matter(text).get("标题", "")), stem=stem)
    if filtered:
        head = re.sub(
            r"<!--\[if gte mso 9\]>.*?<!\[endif\]-->\n|<link rel=File-List[^>]*>\n|<meta name=ProgId[^>]*>\n",
            "",
            head,
            flags=re.S,
        )
    body, new_of_old, shown = [], [], 0
    for line in lines:
        shown += bool(line.strip())
        new_of_old.append(shown)
        body.append(_word_paragraph(line, filtered))
    return head + "\n\n".join(body) + "\n\n</div>\n\n</body>\n\n</html>\n", new_of_old


_MHT_BOUNDARY = "----=_NextPart_01DA8C5E.4F2B1A30"
_MHT_NOTE = "此文档为“单个文件网页”，也称为“Web 档案”文件。如果您看到此消息，但是您的浏览器或编辑器不支持“Web 档案”文件。请下载支持“Web 档案”的浏览器。"


def _quoted_printable(data: bytes) -> str:
    from email import quoprimime

    return quoprimime.body_encode(data.decode("latin-1"), maxlinelen=76, eol="\r\n")


def as_word_web_page(text: str, variant: int = 0) -> Copy:
    """The plan's Word copy (round 70's) as Word saves it as a web page, in GB2312 (Chinese Word's default; a character GB2312 lacks as
    ``&#NNNNN;``): ``variant`` 0 a 单个文件网页 (.mht: a MIME archive, the page quoted-printable, its theme and file
    list as parts after it), 1 a 网页，筛选过的 (.htm, Word's own markup filtered out). A line's copy is its place
    among the shown lines (blank paragraphs none).

    >>> copy = as_word_web_page("---\\n标题: 某区方案\\n---\\n\\n# 某区方案\\n\\n1.推进改革（牵头单位：区发改委）")
    >>> copy.suffix, copy.where(7, 0), copy.data.startswith(b"MIME-Version: 1.0")
    ('.mht', 5, True)
    """
    html, new_of_old = _word_html(text, filtered=variant == 1)
    page = html.replace("\n", "\r\n").encode("gb2312", "xmlcharrefreplace")
    where = lambda line, column: new_of_old[line - 1]  # noqa: E731
    if variant == 1:
        return Copy(page, ".htm", where)
    location = "file:///C:/6A2F1B3C/plan"
    parts = [
        f"Content-Location: {location}.htm\r\nContent-Transfer-Encoding: quoted-printable\r\n"
        f'Content-Type: text/html; charset="gb2312"\r\n\r\n{_quoted_printable(page)}\r\n',
        f"Content-Location: {location}.files/colorschememapping.xml\r\nContent-Transfer-Encoding: quoted-printable\r\n"
        'Content-Type: text/xml\r\n\r\n<?xml version=3D"1.0" encoding=3D"UTF-8" standalone=3D"yes"?>\r\n'
        '<a:clrMap xmlns:a=3D"http://schemas.openxmlformats.org/drawingml/2006/main" bg1=3D"lt1" tx1=3D"dk1"/>\r\n',
        f"Content-Location: {location}.files/filelist.xml\r\nContent-Transfer-Encoding: quoted-printable\r\n"
        'Content-Type: text/xml; charset="utf-8"\r\n\r\n<xml xmlns:o=3D"urn:schemas-microsoft-com:office:office">\r\n'
        ' <o:MainFile HRef=3D"../plan.htm"/>\r\n <o:File HRef=3D"colorschememapping.xml"/>\r\n'
        ' <o:File HRef=3D"filelist.xml"/>\r\n</xml>\r\n',
    ]
    archive = (
        f'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="{_MHT_BOUNDARY}"\r\n\r\n'
        f"{_MHT_NOTE}\r\n\r\n"
        + "".join(f"--{_MHT_BOUNDARY}\r\n{part}\r\n" for part in parts)
        + f"--{_MHT_BOUNDARY}--\r\n"
    )
    return Copy(archive.encode("gb2312"), ".mht", where)


_MAIL_NOTE = ("各位同事：", "　　现将{quoted}转发给你们，请结合工作实际认真抓好落实。", "", "{office}综合科", "")
_FORWARDED = (
    (
        "------------------ 原始邮件 ------------------",
        '发件人: "{office}"<bgs@example.gov.cn>;',
        "发送时间: {date}({cn_weekday}) 下午6:30",
        '收件人: "各成员单位"<cydw@example.gov.cn>;',
        "主题: {notice}",
        "",
    ),
    (
        "-----邮件原件-----",
        "发件人: {office} <bgs@example.gov.cn>",
        "发送时间: {date} 18:30",
        "收件人: 各成员单位 <cydw@example.gov.cn>",
        "主题: {notice}",
        "",
    ),
    (
        "-------- 转发的消息 --------",
        "主题: \t{notice}",
        "日期: \t{rfc_date}",
        "发件人: \t{office} <bgs@example.gov.cn>",
        "收件人: \t各成员单位 <cydw@example.gov.cn>",
        "",
    ),
)


def as_email(text: str, variant: int = 0) -> Copy:
    """The plan in an e-mail forwarding it (.eml), as a mail client saves one: a note to colleagues, the office's
    signature, the original message's header block (发件人, 发送时间 the plan's date, 收件人, 主题) and the plan's
    text (its front matter and the corpus's quoted note no part of it; the title is the subject). ``variant`` 0:
    Foxmail's, one text/plain part in UTF-8, quoted-printable; 1: Outlook's, a multipart/alternative whose
    text/plain and text/html parts are GB18030, base64 (the HTML's paragraphs Word's: ``_word_paragraph``); 2:
    Thunderbird's, one flowed text/plain part (``_flowed``: long lines broken at 36 characters by soft breaks),
    UTF-8, base64. A line's copy is its line in the body the reader takes (the HTML's shown lines where there is
    one; a flowed line's pieces joined).

    >>> copy = as_email("---\\n标题: 某区方案\\n发布日期: 2024-04-12\\n---\\n\\n1.推进改革（牵头单位：区发改委）")
    >>> copy.suffix, copy.where(6, 0), b"quoted-printable" in copy.data
    ('.eml', 13, True)
    """
    from email.message import EmailMessage
    from email.policy import SMTP

    fields = front_matter(text)
    title, office = fields.get("标题", "工作方案"), fields.get("发布单位", "区政府办公室")
    year, _, rest = fields.get("发布日期", "").partition("-")
    month, _, day = rest.partition("-")
    sent = datetime.date(int(year), int(month), int(day)) if day else None
    notice = title if title.startswith("关于") else f"关于印发《{title}》的通知"
    values = {
        "quoted": notice if "《" in notice else f"《{notice}》",
        "title": title,
        "notice": notice,
        "office": office,
        "date": f"{sent.year}年{sent.month}月{sent.day}日" if sent else "",
        "cn_weekday": "星期" + "一二三四五六日"[sent.weekday()] if sent else "",
        "rfc_date": f"{sent:%a, %d %b %Y} 18:30:00 +0800" if sent else "",
    }
    head = [line.format(**values) for line in (*_MAIL_NOTE, *_FORWARDED[variant])]
    lines = text.split("\n")
    own = [line for line, mine in zip(lines, _plan_lines(lines)) if mine]
    new_of_old, at = [], len(head)
    for mine in _plan_lines(lines):
        at += mine
        new_of_old.append(at)
    body = [*head, *own]
    message = EmailMessage()
    message["From"] = f"{office}综合科 <zhk@example.gov.cn>"
    message["To"] = "各成员单位 <cydw@example.gov.cn>"
    message["Subject"] = f"转发：{notice}"
    message["Date"] = "Fri, 12 Apr 2024 18:30:00 +0800"
    message["X-Mailer"] = ("Foxmail 7.2.25.228[cn]", "Microsoft Outlook 16.0", "Mozilla Thunderbird 115.9.0")[variant]
    plain = "\r\n".join(body) + "\r\n"
    if variant == 2:
        message.set_content(_flowed(body).encode("utf-8"), maintype="text", subtype="plain", cte="base64")
        message.set_param("charset", "utf-8")
        message.set_param("format", "flowed")
        message.set_param("delsp", "yes")
        return Copy(bytes(message.as_bytes(policy=SMTP)), ".eml", lambda line, column: new_of_old[line - 1])
    if variant == 0:
        message.set_content(plain, charset="utf-8", cte="quoted-printable")
        return Copy(bytes(message.as_bytes(policy=SMTP)), ".eml", lambda line, column: new_of_old[line - 1])
    message.set_content(plain.encode("gb18030"), maintype="text", subtype="plain", cte="base64")
    html, shown_of = _mail_html(head, lines)
    message.add_alternative(html.encode("gb18030"), maintype="text", subtype="html", cte="base64")
    for part in message.iter_parts():
        part.set_param("charset", "gb18030")
    message.set_boundary("----=_NextPart_000_0012_01DA8C5E.4F2B1A30")
    return Copy(bytes(message.as_bytes(policy=SMTP)), ".eml", lambda line, column: shown_of[line - 1])


_DOCX_TYPE = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")


@cache
def _receipt_sheet() -> bytes:
    """A 回执 (reply form) workbook sent beside a plan: its header and an empty row, no task."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["参会回执"])
    sheet.append(["单位名称", "联系人", "职务", "联系电话", "备注"])
    sheet.append([None] * 5)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def as_email_attached(text: str, variant: int = 0) -> Copy:
    """The plan forwarded in an e-mail as an attachment (.eml), as offices circulate one: the covering note of
    ``as_email`` alone in the message's text (现将《…》转发给你们…, no task), and round 70's Word copy (``as_docx``)
    attached under the notice's name; ``variant`` 1 with a 回执 workbook attached before it (a reply form: no task).
    The copy's lines are the attachment's.

    >>> copy = as_email_attached("---\\n标题: 某区方案\\n---\\n\\n1.推进改革（牵头单位：区发改委）", 1)
    >>> copy.suffix, copy.where(5, 0), b'filename*=' in copy.data or b"filename=" in copy.data
    ('.eml', 5, True)
    """
    from email.message import EmailMessage
    from email.policy import SMTP

    fields = front_matter(text)
    title, office = fields.get("标题", "工作方案"), fields.get("发布单位", "区政府办公室")
    notice = title if title.startswith("关于") else f"关于印发《{title}》的通知"
    quoted = notice if "《" in notice else f"《{notice}》"
    note = [line.format(quoted=quoted, office=office) for line in _MAIL_NOTE]
    message = EmailMessage()
    message["From"] = f"{office}综合科 <zhk@example.gov.cn>"
    message["To"] = "各成员单位 <cydw@example.gov.cn>"
    message["Subject"] = f"转发：{notice}"
    message["Date"] = "Fri, 12 Apr 2024 18:30:00 +0800"
    message.set_content("\r\n".join(note) + "\r\n", charset="utf-8", cte="base64")
    if variant == 1:
        message.add_attachment(
            _receipt_sheet(),
            "application",
            "vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            filename="附件2：回执.xlsx",
        )
    name = ("附件1：" if variant == 1 else "") + notice[:60] + ".docx"
    message.add_attachment(as_docx(text).data, *_DOCX_TYPE, filename=name)
    message.set_boundary("----=_NextPart_000_0034_01DA8C5E.4F2B1A30")
    return Copy(bytes(message.as_bytes(policy=SMTP)), ".eml", lambda line, column: line)


_FLOWED_WIDTH = 36  # characters: 72 columns of Chinese text, where Thunderbird breaks a flowed line


def _flowed(lines: list[str]) -> str:
    """``lines`` as a flowed plain-text body (RFC 3676, ``format=flowed; delsp=yes``), as Thunderbird sends one:
    each line longer than ``_FLOWED_WIDTH`` characters broken into pieces, each piece but the last ending in a
    space (a soft break the reader takes out with the space); a line opening with a space or ``>`` stuffed with one
    space; CRLF line ends.

    >>> _flowed(["一、任务", "甲" * 40]).split("\\r\\n") == ["一、任务", "甲" * 36 + " ", "甲" * 4, ""]
    True
    """
    out = []
    for line in lines:
        line = line.rstrip(" ")  # a space closing a line would make it soft
        pieces = [line[k : k + _FLOWED_WIDTH] for k in range(0, len(line), _FLOWED_WIDTH)] or [""]
        for k, piece in enumerate(pieces):
            stuffed = " " + piece if piece.startswith((" ", ">", "From ")) else piece
            out.append(stuffed + (" " if k < len(pieces) - 1 else ""))
    return "\r\n".join(out) + "\r\n"


def _mail_html(head: list[str], lines: list[str]) -> tuple[str, list[int]]:
    """Outlook's HTML of a forwarded plan: the note's paragraphs, the original's header block one paragraph broken
    by ``<br>`` under a rule, the plan's paragraphs as Word writes them; each old line's shown line."""
    note = [_word_paragraph(line, True) for line in head[: len(_MAIL_NOTE)]]
    block = [line for line in head[len(_MAIL_NOTE) :] if line and not line.startswith("-")]
    fields = "<br>\r\n".join(f"<b>{escape(f.split(': ', 1)[0])}:</b> {escape(f.split(': ', 1)[1])}" for f in block)
    shown = sum(1 for line in head[: len(_MAIL_NOTE)] if line.strip()) + len(block)
    new_of_old, body = [], []
    for line, mine in zip(lines, _plan_lines(lines)):
        if mine and line.strip():
            shown += 1
        new_of_old.append(shown)
        if mine:
            body.append(_word_paragraph(line, True))
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb18030">'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>'
        "<body lang=ZH-CN><div class=WordSection1>\r\n"
        + "\r\n".join(note)
        + "\r\n<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
        f"<p class=MsoNormal>{fields}</p></div>\r\n" + "\r\n".join(body) + "\r\n</div></body></html>"
    )
    return html, new_of_old


def as_notepad(text: str, variant: int = 0) -> Copy:
    """The plan as Windows Notepad saves it (.txt, lines ended by CRLF): ``variant`` 0 in 'Unicode' (UTF-16 LE with
    its byte-order mark), 1 in 'ANSI' on a Chinese Windows (GBK, here GB18030, no mark).

    >>> as_notepad("一、任务\\n1.推进", 0).data[:6], as_notepad("一、任务", 1).data[:2]
    (b'\\xff\\xfe\\x00N\\x010', b'\\xd2\\xbb')
    """
    crlf = text.replace("\n", "\r\n")
    data = b"\xff\xfe" + crlf.encode("utf-16-le") if variant == 0 else crlf.encode("gb18030")
    return Copy(data, ".txt", lambda line, column: line)


# ---- round 74 meta74: a plan pasted into a workbook, a Word form's content controls and text boxes, an .odt
# draft with tracked changes ----


def as_pasted_sheet(text: str, variant: int = 0, broken: int = 0, beside: bool = False) -> Copy:
    """The plan pasted from Word into a WPS 表格/Excel sheet (.xlsx), as offices keep a plan beside their 台账: one
    paragraph a row in column A (a blank paragraph an empty row); ``variant`` 1 with each written row merged across
    A:H and wrapped (合并单元格, 自动换行), as a sheet laid out for printing. A line's copy is its row.

    ``broken`` (round 75 meta75): a paragraph's cell of several lines (Alt+Enter, 单元格内换行), as a paragraph with
    manual line breaks pastes: 1, broken after each sentence (。；) but its last; 2, broken every ``BROKEN_AT``
    characters, as a typist fits a column. ``beside``: a contacts table (单位, 联系人, 联系电话) set beside the text's
    first four rows, apart from it by an empty column (D:F, or J:L beside the merged A:H).

    >>> from reformgraph.loaders.formats_xlsx import xlsx_sheets
    >>> sheets, _ = xlsx_sheets(as_pasted_sheet("一、任务\\n\\n1.推进改革", 1).data, path="x.xlsx")
    >>> sheets[0][1]
    [['一、任务'], [None], ['1.推进改革']]
    >>> sheets, _ = xlsx_sheets(as_pasted_sheet("1.推进改革。完善制度。（区发改委）", 0, 1, True).data, path="x.xlsx")
    >>> sheets[0][1][:2]
    [['1.推进改革。\\n完善制度。\\n（区发改委）', None, None, '单位', '联系人', '联系电话'], [None, None, None, '区发展改革委', '王某某', '021-5566××××']]
    """
    import openpyxl
    from openpyxl.styles import Alignment

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Sheet1"
    sheet.column_dimensions["A"].width = 120 if variant == 0 else 12
    for row, line in enumerate(text.split("\n"), 1):
        if not line:
            continue
        cell = sheet.cell(row, 1, _cell_broken(line, broken) if broken and not line.startswith(("---", ">")) else line)
        cell.data_type = "s"  # a line opening with = stays words (pasted text, no formula)
        if variant == 1:
            sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
            cell.alignment = Alignment(wrap_text=True, vertical="center")
        elif broken:
            cell.alignment = Alignment(wrap_text=True)
    if beside:
        left = 10 if variant == 1 else 4
        for row, values in enumerate(_CONTACTS, 1):
            for column, value in enumerate(values, left):
                sheet.cell(row, column, value)
    out = io.BytesIO()
    book.save(out)
    return Copy(out.getvalue(), ".xlsx", lambda line, column: line)


BROKEN_AT = 30  # characters: a typist's line breaks in a cell, ``as_pasted_sheet``'s broken 2
_SENTENCE_BREAK = re.compile(r"(?<=[。；])(?=.)")
_CONTACTS = (
    ("单位", "联系人", "联系电话"),
    ("区发展改革委", "王某某", "021-5566××××"),
    ("区财政局", "李某某", "138××××5566"),
    ("区政务服务中心", "陈某某", "021-5566××××"),
)


def _cell_broken(line: str, broken: int) -> str:
    """``line`` with line breaks inside its cell: after each sentence (``broken`` 1) or every ``BROKEN_AT``
    characters (2).

    >>> _cell_broken("推进改革。完善制度。", 1), _cell_broken("推" * 31, 2).split("\\n")[1]
    ('推进改革。\\n完善制度。', '推')
    """
    if broken == 1:
        return _SENTENCE_BREAK.sub("\n", line)
    return "\n".join(line[k : k + BROKEN_AT] for k in range(0, len(line), BROKEN_AT))


_FORM_NAMESPACES = (
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14 wp14"'
)


def _content_control(inner: str, alias: str, serial: int, block: bool = False) -> str:
    """``inner`` (runs, or paragraphs when ``block``) in a Word content control titled ``alias`` (格式文本内容控件)."""
    props = f'<w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{alias}"/><w:id w:val="{serial}"/></w:sdtPr>'
    return f"<w:sdt>{props}<w:sdtContent>{inner}</w:sdtContent></w:sdt>"


def _inline_text_box(words: str, serial: int) -> str:
    """A run holding an inline text box (嵌入型文本框) whose one paragraph is ``words``, as Word writes it: the
    DrawingML shape for new readers, the VML one (the same words) as the fallback."""
    box = f"<w:txbxContent><w:p>{_run(words)}</w:p></w:txbxContent>"
    width = 190500 * len(words)  # EMU: 15 pt a character
    shape = (
        f'<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{width}" cy="304800"/>'
        f'<wp:docPr id="{serial}" name="文本框 {serial}"/><a:graphic><a:graphicData '
        'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/>'
        f'<wps:spPr><a:prstGeom prst="rect"/></wps:spPr><wps:txbx>{box}</wps:txbx><wps:bodyPr lIns="0" tIns="0" '
        'rIns="0" bIns="0"/></wps:wsp></a:graphicData></a:graphic></wp:inline>'
    )
    fallback = (
        f'<w:pict><v:shape id="文本框 {serial}" type="#_x0000_t202" style="width:{len(words) * 15}pt;height:24pt" '
        f'stroked="f"><v:textbox inset="0,0,0,0">{box}</v:textbox></v:shape></w:pict>'
    )
    return (
        f'<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>{shape}</w:drawing></mc:Choice>'
        f"<mc:Fallback>{fallback}</mc:Fallback></mc:AlternateContent></w:r>"
    )


def as_form_docx(text: str, variant: int = 0) -> Copy:
    """The plan typed into an office's Word template (a 公文 form of content controls): its title paragraph in a
    plain text control, its body in a rich text control (块级 ``w:sdt``), and on each line assigning units in a
    bracket (``（牵头单位：…）``) that bracket in a control of its own (``variant`` 0, the form's 责任单位 field) or in an
    inline text box (``variant`` 1, 嵌入型文本框: the bracket boxed where it is written, Word's shape and its VML
    fallback). Shown, the copy is the plan, a line to a paragraph.

    >>> copy = as_form_docx("# 方案\\n\\n1.推进改革（牵头单位：区发改委）", 0)
    >>> from reformgraph.loaders.formats_docx import docx_content
    >>> docx_content(copy.data, path="x.docx")[0]
    ['# 方案', '', '1.推进改革（牵头单位：区发改委）']
    """
    lines = text.split("\n")
    paragraphs, body = [], []
    serial, titled = 200, False
    for line, mine in zip(lines, _plan_lines(lines)):
        heading = line.startswith("# ")
        style = '<w:pPr><w:pStyle w:val="Heading1"/></w:pPr>' if heading else ""
        words = line[2:] if heading else line
        brackets = list(_ROLE_BRACKET.finditer(words)) if mine and not heading else []
        if brackets:
            bracket = brackets[-1]
            serial += 1
            boxed = (
                _content_control(_run(bracket.group()), "责任单位", serial)
                if variant == 0
                else _inline_text_box(bracket.group(), serial)
            )
            runs = _run(words[: bracket.start()]) + boxed + _run(words[bracket.end() :])
        else:
            runs = _run(words)
        paragraph = f"<w:p>{style}{runs}</w:p>"
        if heading and not titled:
            titled = True
            serial += 1
            paragraph = _content_control(paragraph, "标题", serial, block=True)
        (body if titled else paragraphs).append(paragraph)
    paragraphs.append(_content_control("".join(body), "正文", serial + 1, block=True))
    data = _docx_of(paragraphs)
    data = rewrite_member(
        data, "word/document.xml", lambda old: old.replace("<w:document ", f"<w:document {_FORM_NAMESPACES} ", 1)
    )
    return Copy(data, ".docx", lambda line, column: line)


_ODF = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"'
)
_ODF_CHANGE_INFO = "<office:change-info><dc:creator>区政府办公室</dc:creator><dc:date>2024-04-12T09:30:00</dc:date></office:change-info>"
_ODF_MANIFEST = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest '
    'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
    '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
    '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
    "</manifest:manifest>"
)
_ODF_STYLES = (
    f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles {_ODF}><office:styles>'
    '<style:style style:name="Standard" style:family="paragraph"/>'
    '<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" '
    'style:parent-style-name="Standard" style:default-outline-level="1"><style:text-properties fo:font-size="18pt" '
    'fo:font-weight="bold"/></style:style></office:styles></office:document-styles>'
)


def _odt_of(content: str) -> bytes:
    """An OpenDocument text (.odt) of ``content`` (``office:text``'s children), as LibreOffice zips one: the
    mimetype first and stored."""
    import zipfile

    document = f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {_ODF}><office:body><office:text>'
    members = (
        ("mimetype", "application/vnd.oasis.opendocument.text"),
        ("META-INF/manifest.xml", _ODF_MANIFEST),
        ("styles.xml", _ODF_STYLES),
        ("content.xml", document + content + "</office:text></office:body></office:document-content>"),
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as odt:
        for name, words in members:  # dated alike, so that a plan's copy is the same bytes run after run (its key)
            member = zipfile.ZipInfo(name, date_time=(2024, 4, 12, 9, 30, 0))
            member.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            odt.writestr(member, words)
    return out.getvalue()


def as_tracked_odt(text: str) -> Copy:
    """The plan as a LibreOffice/WPS draft saved as .odt with its changes recorded (编辑 → 跟踪更改 → 记录): on each
    line assigning units in a bracket its last unit inserted (``text:change-start``/``end``) and ``、区档案局`` deleted
    before the close (a ``text:change`` point, the deleted words in the body's ``text:tracked-changes``); a line
    with no such bracket its last five characters inserted; and after the first line assigning a lead a whole
    paragraph deleted (a task the reviewer took out, its paragraph with it). Shown with the changes accepted, the
    copy is the plan, a line to a paragraph.

    >>> import zipfile
    >>> copy = as_tracked_odt("# 方案\\n\\n1.推进改革（牵头单位：区发改委、区财政局）")
    >>> content = zipfile.ZipFile(io.BytesIO(copy.data)).read("content.xml").decode()
    >>> "<text:p>、区档案局</text:p>" in content, '区发改委、<text:change-start text:change-id="ct2"/>区财政局' in content
    (True, True)
    """
    lines = text.split("\n")
    regions, paragraphs = [], []
    struck = False

    def change(kind: str, deleted: str = "") -> str:
        name = f"ct{len(regions) + 1}"
        regions.append(
            f'<text:changed-region xml:id="{name}" text:id="{name}"><text:{kind}>{_ODF_CHANGE_INFO}{deleted}'
            f"</text:{kind}></text:changed-region>"
        )
        return name

    def inserted(words: str) -> str:
        if not words:
            return ""
        name = change("insertion")
        return f'<text:change-start text:change-id="{name}"/>{escape(words)}<text:change-end text:change-id="{name}"/>'

    for line, mine in zip(lines, _plan_lines(lines)):
        heading = line.startswith("# ")
        words = line[2:] if heading else line
        brackets = list(_ROLE_BRACKET.finditer(words)) if mine and not heading else []
        if brackets:
            bracket = brackets[-1]
            close = bracket.end() - 1
            start = (
                max(
                    words.rfind("、", bracket.start(), close), words.find("：", bracket.start(), close), bracket.start()
                )
                + 1
            )
            cut = change("deletion", f"<text:p>、{_DECOY_UNIT}</text:p>")
            shown = (
                escape(words[:start])
                + inserted(words[start:close])
                + f'<text:change text:change-id="{cut}"/>'
                + escape(words[close:])
            )
        elif mine and not heading and len(words.strip()) >= 8:
            shown = escape(words[:-5]) + inserted(words[-5:])
        else:
            shown = escape(words)
        if struck is None:  # the paragraph after the one deleted: the deletion's point opens it
            cut = change("deletion", f"<text:p>{escape(_DECOY_TASK)}</text:p><text:p/>")
            shown = f'<text:change text:change-id="{cut}"/>' + shown
            struck = True
        if heading:
            paragraphs.append(f'<text:h text:style-name="Heading_20_1" text:outline-level="1">{shown}</text:h>')
        else:
            paragraphs.append(f"<text:p>{shown}</text:p>")
        if struck is False and mine and "牵头" in words:
            struck = None
    tracked = '<text:tracked-changes text:track-changes="true">' + "".join(regions) + "</text:tracked-changes>"
    return Copy(_odt_of(tracked + "".join(paragraphs)), ".odt", lambda line, column: line)


_PIECES = (3, 2, 5, 4)  # characters: the spans an article editor breaks a paragraph's text into, in turn
_PART_MARKS = ("📌", "🔹")  # the emoji an editor's template sets before a part's heading (一、…)
_XIUMI_SIGN_OFF = '<section style="text-align: right;"><span style="font-size: 12px;">审核：{office}</span></section>'


def _pieces(words: str, leaf: str) -> str:
    """``words`` in spans of ``_PIECES`` characters in turn, as an article editor (秀米, 135编辑器) keeps text it
    styled piece by piece.

    >>> _pieces("推进改革工作任务", "")
    '<span style="letter-spacing: 1px;">推进改</span><span style="letter-spacing: 1px;">革工</span><span style="letter-spacing: 1px;">作任务</span>'
    """
    out, k, turn = [], 0, 0
    while k < len(words):
        size = _PIECES[turn % len(_PIECES)]
        out.append(f'<span{leaf} style="letter-spacing: 1px;">{escape(words[k : k + size])}</span>')
        k, turn = k + size, turn + 1
    return "".join(out)


def as_xiumi_page(text: str, variant: int = 0) -> Copy:
    """The plan as a WeChat article laid out in an editor (秀米, 135编辑器) and saved from a browser (.html): the
    page of ``as_wechat_page`` around it, a ``<section>`` a paragraph holding a ``<p>`` whose text is in spans of a
    few characters (``_pieces``; ``variant`` 1 WeChat's newer ``<span leaf="">``), a blank paragraph
    ``<section><br></section>``, an emoji before each part's heading (``📌一、总体要求``, ``🔹``: one a plan) and
    审核 signing it off under 来源 and 编辑. A line's copy is its place among the shown lines (``WECHAT_LINES_BEFORE``
    before the body, blank lines gone).

    >>> copy = as_xiumi_page("---\\n标题: 某区方案\\n---\\n\\n一、任务\\n\\n1.推进改革（牵头单位：区发改委）", 1)
    >>> copy.where(7, 0), "📌" not in copy.data.decode(), "🔹" in copy.data.decode(), "审核" in copy.data.decode()
    (5, True, True, True)
    """
    page = as_wechat_page(text, 0)
    fields = front_matter(text)
    lines = text.split("\n")
    leaf = ' leaf=""' if variant == 1 else ""
    body = []
    for line, mine in zip(lines, _plan_lines(lines)):
        words = line.strip()
        if not mine:
            continue
        if not words:
            body.append("<section><br></section>")
            continue
        if words.startswith("# "):
            body.append(
                f'<section style="text-align: center;"><p><strong>{_pieces(words[2:].strip(), leaf)}</strong></p></section>'
            )
            continue
        part = _TITLE_NUMBER.match(words) is not None and "、" in words[:4] and not words[0].isdigit()
        mark = f"<span{leaf}>{_PART_MARKS[variant]}</span>" if part else ""
        body.append(
            f'<section style="margin: 0px 8px;"><p style="text-indent: 2em;">{mark}{_pieces(words, leaf)}</p></section>'
        )
    html = page.data.decode("utf-8")
    start = html.index('<section style="margin: 10px 8px;line-height: 1.75em;">')
    start = html.index(">", start) + 1
    end = html.index('</section>\n<p style="text-align: center;"><br></p>', start)
    html = html[:start] + "\n".join(body) + html[end:]
    office = escape(fields.get("发布单位", "某市人民政府"))
    sign_off = "编辑：融媒体中心</span></section>"
    html = html.replace(sign_off, sign_off + "\n" + _XIUMI_SIGN_OFF.format(office=office), 1)
    return Copy(html.encode("utf-8"), ".html", page.where)


# round 74 wordpdf74: a plan as an office prints it: a GB/T 9704-like Word document printed to PDF (the PDF is
# LibreOffice's: tests/test_grammar74_wordpdf74.py)

_PRINT_BODY = "仿宋_GB2312"  # the faces an office's template names (the printer substitutes what it lacks)
_PRINT_TITLE = "方正小标宋简体"
_ANNEX = re.compile(r"附件\s*[0-9０-９]*\s*[：:]?")  # an annex's own heading line: 附件, 附件2, 附件：
_TABLE_RULE = re.compile(r"\|?[\s:|-]+\|?")


def _print_run(paragraph, words: str, face: str = _PRINT_BODY, size: int = 16, bold: bool = False):
    """A run of ``words`` in ``face`` (Latin and East Asian) at ``size`` points added to a python-docx paragraph."""
    from docx.oxml.ns import qn
    from docx.shared import Pt

    run = paragraph.add_run(words)
    run.font.name, run.font.size, run.bold = face, Pt(size), bold
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), face)
    return run


def _page_number(paragraph) -> None:
    """``- N -``: Word's PAGE field between two dashes, as GB/T 9704's 页码 (a field: the printer writes the page's)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    _print_run(paragraph, "- ", size=14)
    run = _print_run(paragraph, "", size=14)
    for kind, words in (("begin", None), ("instr", " PAGE "), ("separate", None), ("t", "1"), ("end", None)):
        element = OxmlElement("w:fldChar" if words is None else ("w:instrText" if kind == "instr" else "w:t"))
        if words is None:
            element.set(qn("w:fldCharType"), kind)
        else:
            element.set(qn("xml:space"), "preserve")
            element.text = words
        run._r.append(element)
    _print_run(paragraph, " -", size=14)


def _print_page(section, title: str, landscape: bool = False) -> None:
    """A section's A4 page (landscape for an annex's wide table), GB/T 9704's margins (天头 37 mm, 订口 28 mm), its
    header the document's title and its footer ``- N -`` centred."""
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm

    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    wide, high = (Cm(29.7), Cm(21.0)) if landscape else (Cm(21.0), Cm(29.7))
    section.page_width, section.page_height = wide, high
    section.top_margin, section.bottom_margin = Cm(3.7), Cm(3.5)
    section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)
    section.header.is_linked_to_previous = section.footer.is_linked_to_previous = True
    if not section.header.paragraphs[0].text:
        head = section.header.paragraphs[0]
        head.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _print_run(head, title, size=10)
        foot = section.footer.paragraphs[0]
        foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _page_number(foot)


def _print_table(document, rows: list[str]) -> None:
    """A markdown table's rows as a gridded Word table fitted to the page's width (Word's 根据窗口调整表格), its cells
    in 仿宋 at 12 points."""
    cells = [[c.strip() for c in r.strip().strip("|").split("|")] for r in rows if not _TABLE_RULE.fullmatch(r.strip())]
    table = document.add_table(rows=0, cols=max(map(len, cells)))
    table.style = "Table Grid"
    table.autofit = True
    for row in cells:
        for cell, words in zip(table.add_row().cells, row, strict=False):
            _print_run(cell.paragraphs[0], words, size=12)


_ROW_END = re.compile(r"附件\s*[0-9０-９]*\s*[：:]?.*")  # what follows a table's last row: the next annex
_MAX_COLUMNS = 9


def _blank_parted(lines: list[str], start: int) -> list[tuple[int, int, str]]:
    """The cells of ``lines`` from ``start`` on that blank lines part: (first line, last line, its lines joined)."""
    out, k = [], start
    while k < len(lines):
        if not lines[k].strip():
            k += 1
            continue
        first = k
        while k + 1 < len(lines) and lines[k + 1].strip():
            k += 1
        out.append((first, k, "\n".join(lines[first : k + 1])))
        k += 1
    return out


def flat_task_tables(text: str) -> list[tuple[int, int, list[str], list[tuple[list[str], bool]]]]:
    """Each numbered task table of ``text`` flattened one cell a line (its cells parted by blank lines, its header
    from ``序号`` on, its rows opening with their numbers 1, 2, 3 …) whose rows all have as many cells as the header
    names or one fewer (the second column's cell merged down from the row above, a 类别 spanning rows): (first line, last line, the header's names, each row's cells and whether it is one
    short). Round 76 printed76: the tables ``as_printed_docx(tables=True)`` prints as Word tables.

    >>> text = "序号\\n\\n类别\\n\\n任务\\n\\n牵头单位\\n\\n1\\n\\n宣传\\n\\n推进宣传。\\n\\n区文明办\\n\\n2\\n\\n开展培训。\\n\\n区教育局"
    >>> flat_task_tables(text)
    [(0, 20, ['序号', '类别', '任务', '牵头单位'], [(['1', '宣传', '推进宣传。', '区文明办'], False), (['2', '开展培训。', '区教育局'], True)])]
    """
    lines = text.split("\n")
    found: list[tuple[int, int, list[str], list[tuple[list[str], bool]]]] = []
    k = 0
    while k < len(lines):
        if lines[k].strip() != "序号":
            k += 1
            continue
        cells = _blank_parted(lines, k)
        j = next((m for m, c in enumerate(cells[: _MAX_COLUMNS + 1]) if c[2].strip() == "1"), 0)
        names, rows, number = [c[2].strip() for c in cells[:j]], [], 1
        while 4 <= len(names) and j < len(cells) and cells[j][2].strip() == str(number):
            end = min(len(cells), j + len(names) + 1)
            stop = next((m for m in range(j + 1, end) if cells[m][2].strip() == str(number + 1)), None)
            if stop is None:  # the last row: up to the header's count, before an annex; one short where the table
                # merges its second column and the row's second cell is a sentence, no 类别's phrase
                last = min(len(cells), j + len(names))
                stop = next((m for m in range(j + 1, last) if _ROW_END.fullmatch(cells[m][2].strip())), last)
                merges = any(merged for _, merged in rows)
                if stop - j == len(names) and merges and re.search("[。；，]", cells[j + 1][2]):
                    stop -= 1
            if stop - j not in (len(names), len(names) - 1):
                break
            rows.append(([c[2] for c in cells[j:stop]], stop - j < len(names)))
            j, number = stop, number + 1
        if len(rows) >= 2 and not rows[0][1] and _table_ends(cells[j : j + 2]):
            found.append((cells[0][0], cells[j - 1][1], names, rows))
            k = cells[j - 1][1] + 1
        else:
            k += 1
    return found


_HEADING_CELL = re.compile(r"[一二三四五六七八九十]{1,3}、.*|附件.*|合计|小计|序号")


def _table_ends(after: list[tuple[int, int, str]]) -> bool:
    """Whether the cells ``after`` a table's last row read (``flat_task_tables``) show the table's end: none, an
    annex, a heading, a summary row, or the next table's header (two short names), not a row's cells cut off."""
    words = [c[2].strip() for c in after]
    if not words or _HEADING_CELL.fullmatch(words[0]):
        return True
    return all(len(w) <= 8 and not re.search(r"[\d。，；]", w) for w in words) and len(words) == 2


def _print_merged_table(document, names: list[str], rows: list[tuple[list[str], bool]]) -> None:
    """A task table as an office's Word table: gridded, its cells in 仿宋 at 12 points, a row one cell short taking
    its second column's cell merged down from the row above (a 类别 spanning its rows: the rows' column counts
    differ)."""
    table = document.add_table(rows=0, cols=len(names))
    table.style = "Table Grid"
    table.autofit = True
    for row, words in enumerate([(names, False), *rows]):
        cells, merged = words
        placed = table.add_row().cells
        for at, cell in zip([0, *range(2, len(names))] if merged else range(len(names)), cells, strict=False):
            for n, line in enumerate(cell.split("\n")):
                _print_run(placed[at].paragraphs[0] if n == 0 else placed[at].add_paragraph(), line, size=12)
        if merged:
            table.cell(row - 1, 1).merge(placed[1])


def as_printed_docx(text: str, tables: bool = False) -> Copy:
    """The plan as an office's Word document for printing (GB/T 9704-like): A4, the title in 小标宋 at 22 points
    centred, every other line a paragraph in 仿宋_GB2312 at 三号 (16 points) indented two characters on a 28-point
    line, the page header the title and the footer ``- N -``; a markdown table a Word table fitted to the page; the
    annex (from a line ``附件`` or ``附件2：`` alone) a landscape section of its own, as its wide task table is
    printed. Blank lines are no paragraphs (GB/T 9704 sets paragraphs apart by indent alone); the front matter is
    printed as lines, as the corpus holds it. Its lines are the Word file's paragraphs, not a PDF's: the PDF's are
    found by ``aligned_where``. (The empty paragraph before 附件 carries the portrait section's end.) With ``tables``,
    each task table flattened one cell a line (``flat_task_tables``) is printed as a Word table, its merged 类别
    cells merged (round 76 printed76).

    >>> from reformgraph.loaders.formats_docx import docx_content
    >>> docx_content(as_printed_docx("# 某区方案\\n\\n1.推进改革（牵头单位：区发改委）\\n\\n附件\\n\\n|序号|任务|\\n|-|-|\\n|1|推进|").data, path="x.docx")[0]
    ['某区方案', '1.推进改革（牵头单位：区发改委）', '', '附件', '序号  任务', '1  推进']
    """
    import docx
    from docx.enum.section import WD_SECTION
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    lines = text.split("\n")
    heading = next((line[2:] for line in lines if line.startswith("# ")), None)
    title = heading or next((line.split(":", 1)[1].strip() for line in lines if line.startswith("标题:")), "工作方案")
    document = docx.Document()
    _print_page(document.sections[0], title)
    table: list[str] = []
    annexed = False
    flat = {first: (last, names, rows) for first, last, names, rows in flat_task_tables(text)} if tables else {}
    skip = -1
    for at, line in enumerate([*lines, ""]):
        if at <= skip:
            continue
        if at in flat:  # a task table flattened one cell a line, printed as the Word table it was (``tables``)
            skip, names, rows = flat[at]
            _print_merged_table(document, names, rows)
            continue
        if line.strip().startswith("|"):
            table.append(line)
            continue
        if table:
            _print_table(document, table)
            table = []
        if not line.strip():
            continue
        if not annexed and _ANNEX.fullmatch(line.strip()):
            _print_page(document.add_section(WD_SECTION.NEW_PAGE), title, landscape=True)
            annexed = True
        paragraph = document.add_paragraph()
        spacing = paragraph.paragraph_format
        spacing.line_spacing, spacing.space_after, spacing.space_before = Pt(28), Pt(0), Pt(0)
        if line.startswith("# "):
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _print_run(paragraph, line[2:], _PRINT_TITLE, size=22)
        else:
            spacing.first_line_indent = Pt(32)
            _print_run(paragraph, line.lstrip("#").strip())
    out = io.BytesIO()
    document.save(out)
    return Copy(out.getvalue(), ".docx", lambda line, column: line)
