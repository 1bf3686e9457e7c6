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

import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from xml.sax.saxutils import escape

from support.hostile import rewrite_member
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


def as_gb18030(text: str) -> Copy:
    """The plan saved as a .txt file in GB18030."""
    return Copy(text.encode("gb18030"), ".txt", lambda line, column: line)


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


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
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{_W}"><w:body>'
        + "".join(paragraphs)
        + "</w:body></w:document>"
    )
    data = rewrite_member(_blank_docx(), "word/document.xml", lambda old: document)
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


def assignment_columns(line: str, tasks: list[tuple[str, list[str]]]) -> list[int]:
    """The column on ``line`` where each of its tasks' units are assigned (``tasks``: each task's text start and
    units, in order), searched from the task's text on it (and after the previous task's assignment): the first
    character inside a bracket naming one of them with a role word (a lone bracket closing a line holds no
    assignment yet), else a label, else its first unit named where its text opens or before a role word, else named; the
    search's start when none is found (the task's units are written elsewhere: its line is its text's first).

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
    """
    columns, start = [], 0
    for text, names in tasks:
        names = [name for name in names if name]
        at = line.find(text, start) if text else -1
        at = line.find(text[:8], start) if text and at == -1 else at
        low = max(start, at)
        column, end = None, None
        for m in _BRACKET.finditer(line, low):
            inside = m.group().replace(" ", "")
            if any(name in inside for name in names) and _ROLE.search(inside):
                column, end = m.start() + 1, m.end()
                break
        if column is None and (m := _LABEL.search(line, low)) is not None:
            column, end = m.start(), m.end()
        if column is None:
            named = [(k, name) for name in names[:1] for k in _occurrences(line, name, low)]
            roled = [(k, name) for k, name in named if k == at or _ROLE_AFTER.match(line, k + len(name))]
            if roled or named:
                k, name = (roled or named)[0]
                column, end = k, k + len(name)
        columns.append(low if column is None else column)
        start = low if end is None else end
    return columns
