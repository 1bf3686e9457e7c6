"""Typed records a loader produces: what the document says, with line numbers.

Records are frozen dataclasses and hold surface forms only (``raw`` unit names
as written, whitespace removed); resolving aliases is the graph builder's job.

>>> m = UnitMention(raw="市市场监管局", line=12)
>>> m.raw, m.line
('市市场监管局', 12)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class UnitMention:
    """A unit named in the text, as written (whitespace removed), and where.

    ``written`` is the list item it was read from when that differs from ``raw``: ``商务部等``
    gives ``商务部``; ``商务部等有关部门`` gives ``商务部`` and the ``implied`` collective
    ``有关部门`` that closes the open list (an implied collective names no one in particular:
    it is kept in the records but is not a unit of the graph).
    """

    raw: str
    line: int
    written: str | None = None
    implied: bool = False


@dataclass(frozen=True, slots=True)
class Deadline:
    """A measure's deadline: as written, normalised to the last day allowed, and a status.

    ``date`` is ``"YYYY-MM"`` or ``"YYYY-MM-DD"``; ``status`` is ``done``,
    ``ongoing``, ``scheduled`` or None when nothing could be read.
    """

    raw: str | None
    date: str | None
    status: str | None


@dataclass(frozen=True, slots=True)
class Measure:
    """One parenthetical naming a lead unit, with the measure text it closes."""

    seq: int
    text: str
    leads: tuple[UnitMention, ...]
    supports: tuple[UnitMention, ...]
    deadline: Deadline
    line: int


@dataclass(frozen=True, slots=True)
class Contact:
    """A person named in the responsible section or by a task, with their role and phones.

    ``measure`` is the task's number in its workplan when a task names the person (``责任人：…``), else None.
    """

    name: str
    role: str
    phones: tuple[str, ...]
    unit_raw: str | None
    line: int
    measure: int | None = None


@dataclass(frozen=True, slots=True)
class ResponsibleUnit:
    """A unit in the 责任单位及责任人 section: ``role`` is ``lead`` or ``support``."""

    raw: str
    role: str
    line: int


@dataclass(frozen=True, slots=True)
class Citation:
    """A cited title, with its 《》, and its category (law, regulation, policy, list, form, other)."""

    title: str
    category: str
    line: int


@dataclass(frozen=True, slots=True)
class Workplan:
    """One workplan (工作方案): an item of the table of contents or one of its sub-variants."""

    number: str
    reform_number: str
    title: str
    variant: str | None
    scope: str | None
    line_start: int
    line_end: int
    measures: tuple[Measure, ...]
    responsible: tuple[ResponsibleUnit, ...]
    contacts: tuple[Contact, ...]
    citations: tuple[Citation, ...]
    districts: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Reform:
    """A reform item of the table of contents (改革事项)."""

    number: str
    title: str


# what a parse warning is about (``ParseWarning.kind``): a reader that words warnings in its own language (the
# explorer, in Chinese) keys its text by it, filled with the warning's ``params``
WARNING_KINDS = frozenset(
    {
        "unclosed",  # params: excerpt (and number, in a workplan)
        "unread_assignment",  # excerpt
        "row_no_unit",  # excerpt
        "no_toc",
        "toc_orphan",  # number, parent
        "toc_title",  # number, title
        "toc_missing",  # number, title
        "no_measures",  # number
        "no_responsible",  # number
        "responsible_no_unit",  # number
        "no_lead_parenthetical",  # number, excerpt
        "empty_lead",  # number
        "no_deadline",  # number
        "task_no_lead",  # excerpt
        "item_no_unit",  # excerpt
        "bare_units",
        "traditional",  # count: a plan in traditional characters, read in simplified ones
        "spilled_columns",  # pages: a PDF's table printed column block by column block, not read (round 42)
        "hidden_rows",  # sheet, count, rows: a sheet's rows hidden by hand, left out (round 44)
        "reworded_unchecked",  # sheet, count: a 汇总 sheet's rows compared word for word only (session 45)
        "attached_by_reference",  # name, target: a message's attachment by reference, no bytes to read (round 76)
        "columns_unseen",  # header: a header the user's --columns names and no table of the file has (round 79)
    }
)


@dataclass(frozen=True, slots=True)
class ParseWarning:
    """A gap the parser survived: where and what (``message``, in English), of which ``kind``
    (``WARNING_KINDS``; "" for one of no known kind) with the values it names (``params``, by name), so that a
    reader can word it in its own language.

    >>> w = ParseWarning(7, "workplan 2: empty lead unit field", "empty_lead", (("number", "2"),))
    >>> str(w), dict(w.params)
    ('line 7: workplan 2: empty lead unit field', {'number': '2'})
    """

    line: int
    message: str
    kind: str = ""
    params: tuple[tuple[str, str], ...] = ()

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


def quoted(text: str, limit: int) -> str:
    """The plan's words as a warning quotes them: the first ``limit`` characters, then "…" when more were cut, so
    that a reader sees the quotation goes on (an import page showed ``…根据系统开发计划，分阶段完`` as if whole).

    >>> quoted("明确时间节点，推进系统开发。", 7), quoted("推进改革。", 7)
    ('明确时间节点，…', '推进改革。')
    """
    return text if len(text) <= limit else text[:limit] + "…"


@dataclass(frozen=True, slots=True)
class Document:
    """A parsed document: its metadata, reforms, workplans and warnings."""

    key: str
    path: str
    sha256: str
    title: str
    issuer: str | None
    doc_number: str | None
    date: str | None
    reforms: tuple[Reform, ...]
    workplans: tuple[Workplan, ...]
    warnings: tuple[ParseWarning, ...] = field(default=())


def _fillable(cls: type, maker: str) -> tuple[tuple[str, ...], type]:
    """``cls``'s fields and an unfrozen class of the same slots for a maker to fill (``positional_makers``,
    ``rows_record_maker``); TypeError for a class a maker cannot fill (its ``__init__`` is not run).

    >>> _fillable(Deadline, "m")[0]
    ('raw', 'date', 'status')
    """
    names = cls.__slots__
    if any(n.startswith("_") for n in names):  # the maker's own names start with _
        raise TypeError(f"{maker}: {cls.__name__} has a field whose name starts with _")
    if hasattr(cls, "__post_init__"):
        raise TypeError(f"{maker}: {cls.__name__} has a __post_init__, which a maker would skip")
    return names, type(f"_{cls.__name__}Fields", (), {"__slots__": names, "__module__": __name__})


def positional_makers(*classes: type) -> tuple[Callable[..., object], ...]:
    """For each record class, a function making its records from every field in order, at a third of the cost.

    A frozen dataclass's ``__init__`` sets each field through ``object.__setattr__`` (0.7 µs for a
    four-field record); a parser makes thousands of records per document. A maker fills an unfrozen
    twin with the same slots (made by calling it, a tenth less than ``object.__new__`` called from Python;
    plain slot stores) and then gives the object its class: the result is an
    ordinary instance of the class (equal, hashed, printed and frozen as one its constructor makes).
    All fields are positional and required: no defaults, no keywords. The classes must have slots and no
    ``__post_init__`` (their ``__init__`` is not run).
    The makers are compiled together (one ``exec``: compiling is most of what they cost to set up).

    >>> make_mention, make_deadline = positional_makers(UnitMention, Deadline)
    >>> m = make_mention("市财政局", 3, None, False)
    >>> m == UnitMention("市财政局", 3), type(m) is UnitMention
    (True, True)
    """
    namespace: dict[str, object] = {}
    source = []
    for k, cls in enumerate(classes):
        names, namespace[f"_twin{k}"] = _fillable(cls, "positional_makers")
        namespace[f"_cls{k}"] = cls
        stores = "".join(f"    _o.{n} = {n}\n" for n in names)
        source.append(
            f"def make_{cls.__name__}({', '.join(names)}):\n    _o = _twin{k}()\n{stores}"
            f"    _o.__class__ = _cls{k}\n    return _o\n"
        )
    exec("".join(source), namespace)
    return tuple(namespace[f"make_{cls.__name__}"] for cls in classes)


def rows_record_maker(
    cls: type, rows: tuple[str, ...], row_cls: type, shared: str, row: tuple[str | None, ...]
) -> Callable[..., object]:
    """A function of ``cls``'s fields in order and one value more, making a ``cls`` record whose fields ``rows`` are
    handed as rows and kept as tuples of ``row_cls`` records, each made as ``positional_makers``' makers make theirs (each record's field
    ``shared`` the value; ``row`` names the field of each item of a row, None: not kept), all in one frame: a task's
    measure and its units' mentions on one line, with one call where three cost a frame each. A lone row is made
    with no list (most tasks name one lead); no rows make ``()``.

    >>> make = rows_record_maker(Measure, ("leads", "supports"), UnitMention, "line", ("raw", None, None, "written", "implied"))
    >>> d = Deadline(None, None, None)
    >>> m = make(1, "推进。", [("甲局", "lead", 3, None, False)], [], d, 7, 5)
    >>> m == Measure(1, "推进。", (UnitMention("甲局", 5),), (), d, 7), type(m.leads[0]) is UnitMention
    (True, True)
    """
    names, twin = _fillable(cls, "rows_record_maker")
    row_names, row_twin = _fillable(row_cls, "rows_record_maker")
    if sorted([shared, *filter(None, row)]) != sorted(row_names) or not set(rows) <= set(names):
        raise TypeError(f"rows_record_maker: {rows!r}, {shared!r} and {row!r} do not fit {cls.__name__}")
    items = ", ".join(f"_{k}" for k in range(len(row)))  # the makers' own names start with _: no field's
    stores = "".join(f"            _r.{n} = _{k}\n" for k, n in enumerate(row) if n is not None)
    made = (
        f"            _r = _row_twin()\n{stores}            _r.{shared} = _value\n            _r.__class__ = _row_cls\n"
    )
    body = "".join(
        f"    if len({f}) == 1:\n        for {items} in {f}:\n{made}        {f} = (_r,)\n"
        f"    elif {f}:\n        _out = []\n        for {items} in {f}:\n{made}            _out.append(_r)\n"
        f"        {f} = tuple(_out)\n    else:\n        {f} = ()\n"
        for f in rows
    )
    fills = "".join(f"    _o.{n} = {n}\n" for n in names)
    source = (
        f"def make_{cls.__name__}_of_rows({', '.join(names)}, _value):\n{body}"
        f"    _o = _twin()\n{fills}    _o.__class__ = _cls\n    return _o\n"
    )
    namespace: dict[str, object] = {"_twin": twin, "_cls": cls, "_row_twin": row_twin, "_row_cls": row_cls}
    exec(source, namespace)
    return namespace[f"make_{cls.__name__}_of_rows"]
