"""Columns named by the user (``reformgraph build --columns``): a header's text, or a column's number, to a role, for
tables whose headers no rule knows (主办 | 协办 | 办结时间, 落实主体, 节点) or a sheet with no header row at all.

A spec is items parted by commas, each a role and what it names, on either side of ``=``: ``HEADER=ROLE`` (or
``ROLE=HEADER``) names the column headed ``HEADER`` (compared as a header is: without spaces and line breaks,
full-width forms as half-width ones), ``N=ROLE`` the ``N``-th column (from 1) of a table whose header row no rule
recognises, which is then read as if headed so from its first row with a task and a unit. A role is a word (任务/task,
牵头/lead, 配合/support, 责任/responsible, 时限/deadline …, ``ROLES``), or on the right a column name the tables know
(``牵头单位``, ``完成时限``); when both sides are role words, the right one is the role.

>>> parse_columns("任务=工作事项, 牵头=主办，协办＝配合,办结 时间=deadline").names
(('工作事项', 'task'), ('主办', 'lead'), ('协办', 'support'), ('办结时间', 'deadline'))
>>> parse_columns("2=任务,4=牵头").positions
((1, 'task'), (3, 'lead'))
>>> parse_columns("承办科室=责任单位").names
(('承办科室', 'single'),)
"""

from __future__ import annotations

import dataclasses
import unicodedata
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

from reformgraph.errors import ColumnSpecError
from reformgraph.loaders.column_names import COLUMN_NAMES
from reformgraph.records import Document, ParseWarning
from reformgraph.regexcache import compiled

# role words, Chinese and English, → a column's kind (``tables.column_kind``'s kinds)
_ROLE_WORDS = (
    ("任务", "task", "task"),
    ("牵头", "lead", "lead"),
    ("配合", "support", "support"),
    ("责任", "responsible", "single"),
    ("时限", "deadline", "deadline"),
    ("序号", "number", "number"),
    ("类别", "section", "section"),
    ("内容", "detail", "detail"),
    ("备注", "other", "other"),
    ("责任人", "person", "person"),
    ("电话", "phone", "phone"),
)
ROLES: dict[str, str] = {
    **{word: kind for zh, en, kind in _ROLE_WORDS for word in (zh, en)},
    "ignore": "other",
    "忽略": "other",
}
# each kind's name as a header the tables know: a table headed by positions is read as if headed so
KIND_HEADERS: dict[str, str] = {
    "number": "序号",
    "section": "类别",
    "task": "工作任务",
    "detail": "具体内容",
    "lead": "牵头单位",
    "single": "责任单位",
    "support": "配合单位",
    "deadline": "完成时限",
    "other": "备注",
    "person": "责任人",
    "phone": "联系电话",
}
_ROLE_LIST = ", ".join(f"{zh}/{en}" for zh, en, _ in _ROLE_WORDS)
_UNIT_KINDS = ("lead", "single", "support")
_NAMED_KINDS = {name: kind for kind, names in COLUMN_NAMES.items() for name in names}  # 牵头单位 → lead
_ITEMS = compiled(r"[,，;；、\n]")
_MAX_POSITION = 256  # columns: no table is wider (a typo's 1000)
OPTION = "--columns"


def header_key(text: str) -> str:
    """A header's text as a spec's name is compared with it: no whitespace, full-width forms as half-width ones.

    >>> header_key(" 办结\\n时间（天） "), header_key("ＡＢ 单位")
    ('办结时间(天)', 'AB单位')
    """
    return unicodedata.normalize("NFKC", "".join(text.split()))


@dataclass(frozen=True)
class ColumnSpec:
    """Columns named by the user: ``names`` (a header's key, ``header_key``, → kind) and ``positions`` (a column's
    index from 0 → kind), as written."""

    names: tuple[tuple[str, str], ...] = ()
    positions: tuple[tuple[int, str], ...] = ()
    text: str = ""  # the spec as given, for messages

    def kind_of(self, header: str) -> str | None:
        """The kind the spec gives the column headed ``header``; None when it names no such header.

        >>> parse_columns("主办=牵头").kind_of("主 办"), parse_columns("主办=牵头").kind_of("协办")
        ('lead', None)
        """
        key = header_key(header)
        return next((kind for name, kind in self.names if name == key), None)

    def header_row(self, width: int) -> list[str]:
        """A header row of ``width`` cells naming the spec's positions as the tables know their kinds (``KIND_HEADERS``).

        >>> parse_columns("2=任务,3=牵头").header_row(4)
        ['', '工作任务', '牵头单位', '']
        """
        row = [""] * max(width, 1 + max((i for i, _ in self.positions), default=-1))
        for i, kind in self.positions:
            row[i] = KIND_HEADERS[kind]
        return row


def parse_columns(text: str) -> ColumnSpec:
    """The spec ``text`` (``--columns``) read; ColumnSpecError, one line naming the item, when it cannot be.

    >>> parse_columns("牵头")
    Traceback (most recent call last):
    ...
    reformgraph.errors.ColumnSpecError: --columns: 牵头: each item is HEADER=ROLE or N=ROLE (e.g. 主办=牵头, 2=任务)
    >>> parse_columns("3=牵头")
    Traceback (most recent call last):
    ...
    reformgraph.errors.ColumnSpecError: --columns: 3=牵头: columns by number need the task's column and a unit's (e.g. 2=任务,3=牵头)
    """
    names: dict[str, str] = {}
    positions: dict[int, str] = {}
    items = [item.strip() for item in _ITEMS.split(text) if item.strip()]
    if not items:
        raise ColumnSpecError(f"{OPTION}: empty; give HEADER=ROLE or N=ROLE items (e.g. 主办=牵头, 2=任务)")
    for item in items:
        left, sep, right = item.replace("＝", "=").partition("=")
        left, right = header_key(left), header_key(right)
        if not sep or not left or not right:
            raise ColumnSpecError(f"{OPTION}: {item}: each item is HEADER=ROLE or N=ROLE (e.g. 主办=牵头, 2=任务)")
        if right.lower() not in ROLES and (left.lower() in ROLES or right.isdigit()):
            left, right = right, left  # ROLE=HEADER, ROLE=N
        kind = role_kind(right)
        if kind is None:
            raise ColumnSpecError(f"{OPTION}: {item}: names no role; roles: {_ROLE_LIST}")
        if left.isdigit():
            number = int(left)
            if not 1 <= number <= _MAX_POSITION:
                raise ColumnSpecError(f"{OPTION}: {item}: a column's number runs from 1 to {_MAX_POSITION}")
            target, key = positions, number - 1
        else:
            target, key = names, left
        if target.get(key, kind) != kind:
            raise ColumnSpecError(f"{OPTION}: {item}: {left} is given two roles")
        target[key] = kind
    kinds = set(positions.values())
    if positions and ("task" not in kinds or kinds.isdisjoint(_UNIT_KINDS)):
        raise ColumnSpecError(
            f"{OPTION}: {text.strip()}: columns by number need the task's column and a unit's (e.g. 2=任务,3=牵头)"
        )
    return ColumnSpec(tuple(names.items()), tuple(sorted(positions.items())), text.strip())


def role_kind(word: str) -> str | None:
    """The kind a role word (``ROLES``) or a known column name (``牵头单位``) gives a column; None for anything else.

    >>> role_kind("Lead"), role_kind("完成时限"), role_kind("主办单位"), role_kind("县发改局")
    ('lead', 'deadline', 'lead', None)
    """
    if (kind := ROLES.get(word.lower())) is not None:
        return kind
    kind = _NAMED_KINDS.get(word)
    return kind if kind in KIND_HEADERS else None


@dataclass
class GivenColumns:
    """A spec in use while one document is read, and the names of it some cell matched (``seen``)."""

    spec: ColumnSpec
    seen: set[str] = field(default_factory=set)

    def kind_of(self, header: str) -> str | None:
        kind = self.spec.kind_of(header)
        if kind is not None:
            self.seen.add(header_key(header))
        return kind

    @property
    def unseen(self) -> list[str]:
        """The spec's header names no cell of the document matched."""
        return [name for name, _ in self.spec.names if name not in self.seen]


_GIVEN: ContextVar[GivenColumns | None] = ContextVar("given_columns", default=None)


def given_columns() -> GivenColumns | None:
    """The spec in use while a document is read (``columns_given``), else None (no option: nothing to do).

    >>> given_columns() is None
    True
    """
    return _GIVEN.get()


@contextmanager
def columns_given(spec: ColumnSpec) -> Iterator[GivenColumns]:
    """Read every table under ``spec`` within the block (this thread's, this task's reading only).

    >>> with columns_given(parse_columns("主办=牵头")) as given:
    ...     given_columns().kind_of("主办"), given.unseen
    ('lead', [])
    >>> given_columns() is None
    True
    """
    given = GivenColumns(spec)
    token = _GIVEN.set(given)
    try:
        yield given
    finally:
        _GIVEN.reset(token)


def positioned_header(rows: Sequence[Sequence[str]], spec: ColumnSpec, scan: int = 15) -> int | None:
    """Where a header by the spec's positions goes in a table no header row of which was recognised (``rows``,
    compact cells): before its first row (of the first ``scan``) whose task cell and a unit cell are written, not
    a title merged across (one value in every cell); None when no row is so.

    >>> spec = parse_columns("1=任务,2=牵头")
    >>> positioned_header([["某县任务表", "某县任务表"], ["建设平台", "县大数据局"]], spec)
    1
    >>> positioned_header([["建设平台", ""]], spec) is None
    True
    """
    task = next(i for i, kind in spec.positions if kind == "task")
    units = [i for i, kind in spec.positions if kind in _UNIT_KINDS]
    for k, row in enumerate(rows[:scan]):
        filled = {c for c in row if c}
        if task < len(row) and row[task] and any(i < len(row) and row[i] for i in units) and len(filled) > 1:
            return k
    return None


def unseen_columns_noted(document: Document, given: GivenColumns) -> Document:
    """``document`` with a warning naming each header of the spec no cell of it had (a spec's name misspelt, or the
    header of another file's tables): its columns were read by the rules alone.

    >>> from reformgraph.loaders.parse import parse_document
    >>> doc = parse_document("某县方案\\n\\n1.推进改革。（县发改局牵头）")
    >>> [str(w) for w in unseen_columns_noted(doc, GivenColumns(parse_columns("承办科室=牵头"))).warnings]
    ['line 1: --columns names the header 承办科室, which no table of this file has: its tables were read without it']
    """
    unseen = given.unseen
    if not unseen:
        return document
    notes = tuple(
        ParseWarning(
            1,
            f"{OPTION} names the header {name}, which no table of this file has: its tables were read without it",
            "columns_unseen",
            (("header", name),),
        )
        for name in unseen
    )
    return dataclasses.replace(document, warnings=(*document.warnings, *notes))
