"""What a file's tables hold when none was read as a task table: the header row of the first one, as written, and the
``--columns`` spec that would read it (``column_spec``), for the error a user gets, guessed from the cells under it
(a column of unit names leads, the next one supports, a column of dates is the deadline, the longest text the task).

Only read when a file is refused: it costs a readable plan nothing.

>>> rows = [["序号", "事由", "挂帅单位", "参与方", "节点"],
...         ["1", "完成主干道雨污分流改造", "镇建设办", "镇财政所", "2026年10月底前"],
...         ["2", "建成农贸市场智慧监管系统", "镇市场监管所", "镇综合执法队", "2026年7月底前"]]
>>> print(headers_hint([("its table", rows)]))
its table's row 1 has the headers 序号 | 事由 | 挂帅单位 | 参与方 | 节点: to read it, name its columns, e.g. --columns "事由=任务,挂帅单位=牵头,参与方=配合,节点=时限"
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

from reformgraph.errors import DocumentError
from reformgraph.loaders.compact import compact
from reformgraph.loaders.deadlines import parse_deadline
from reformgraph.loaders.tables import column_kind
from reformgraph.loaders.unit_names import is_unit_name
from reformgraph.records import Document
from reformgraph.regexcache import compiled

_NAME_MAX = 12  # characters: a header cell is short
_NOT_A_NAME = compiled("[：:，,。；;、]")  # and holds no clause or list
_SCAN = 15  # rows: how far down a table its header is looked for
_SAMPLE = 20  # rows under the header the columns' roles are guessed from
_UNIT_PARTS = compiled("[、，,；;/]")
_TASK_LEAST = 6  # characters: a task's cells are sentences, longer on average
_ROLE_WORDS = (("task", "任务"), ("lead", "牵头"), ("support", "配合"), ("deadline", "时限"))


def headers_hint(tables: Sequence[tuple[str, Sequence[Sequence[object]]]]) -> str:
    """A sentence naming the first table of ``tables`` (each a place, ``sheet 任务表`` or ``table 2``, and its rows)
    that has a header-like row over rows, its headers as written, and a spec of its columns to copy; by numbers when
    no row is a header (``2=任务,3=牵头``). "" when no table has a column of tasks and one of units under its header
    (a table of contacts, of figures).

    >>> print(headers_hint([("sheet 台账", [["某县台账", "某县台账", "某县台账"], ["1", "新建污水处理设施20座", "县生态环境分局"]])]))
    sheet 台账 has no header row: to read it, name its columns by number, e.g. --columns "2=任务,3=牵头"
    >>> headers_hint([("table 1", [["姓名", "电话"]])]), headers_hint([("table 1", [["姓名", "电话"], ["张三", "12345678901"]])])
    ('', '')
    """
    for place, rows in tables:
        cells = [[compact(str(c)) if c is not None else "" for c in row] for row in rows]
        at = next((k for k, row in enumerate(cells[:_SCAN]) if _header_like(row)), None)
        under = [row for row in cells[(at if at is not None else -1) + 1 :] if sum(map(bool, row)) >= 2][:_SAMPLE]
        if not under or (at is None and not any(len(row) >= 2 for row in under)):
            continue
        roles = _guessed_roles(under)
        if "task" not in roles or "lead" not in roles:
            continue  # no column of tasks or none of units under it: no task table to name (a contacts list)
        if at is None:
            spec = ",".join(f"{i + 1}={word}" for kind, word in _ROLE_WORDS for i in roles.get(kind, ()))
            return f'{place} has no header row: to read it, name its columns by number, e.g. --columns "{spec}"'
        header = cells[at]
        items = [
            f"{header[i] if i < len(header) and header[i] else i + 1}={word}"
            for kind, word in _ROLE_WORDS
            for i in roles.get(kind, ())
            if not (i < len(header) and header[i] and column_kind(header[i]) != "unknown")  # 完成时限: read already
        ]
        spec = ",".join(items) or "HEADER=任务,HEADER=牵头"
        written = " | ".join(str(c).strip() if c is not None else "" for c in rows[at])
        return (
            f'{place}\'s row {at + 1} has the headers {written}: to read it, name its columns, e.g. --columns "{spec}"'
        )
    return ""


def _header_like(row: Sequence[str]) -> bool:
    """Whether a row (compact cells) may be a header: two different short names or more, none a clause or a number.

    >>> _header_like(["序号", "事由", "挂帅单位"]), _header_like(["标题", "标题"]), _header_like(["1", "推进改革，完成"])
    (True, False, False)
    """
    filled = [c for c in row if c]
    return (
        len(set(filled)) >= 2
        and all(len(c) <= _NAME_MAX and not _NOT_A_NAME.search(c) and not c.isdigit() for c in filled)
        and not any(parse_deadline(c).status for c in filled)
    )


def _guessed_roles(rows: Sequence[Sequence[str]]) -> dict[str, tuple[int, ...]]:
    """The columns of ``rows`` (compact cells under a header) by the role their cells suggest: the first two of unit
    names (lead, support), the first of deadlines, the longest text of the rest (task).

    >>> _guessed_roles([["1", "建设平台并上线运行", "县大数据局", "县财政局、县税务局", "2026年6月底前"]])
    {'lead': (2,), 'support': (3,), 'deadline': (4,), 'task': (1,)}
    """
    width = max(map(len, rows))
    columns = [[row[i] for row in rows if i < len(row) and row[i]] for i in range(width)]

    def mostly(values: list[str], test) -> bool:
        return bool(values) and 2 * sum(bool(test(c)) for c in values) >= len(values)

    units = [i for i, v in enumerate(columns) if mostly(v, lambda c: all(map(is_unit_name, _UNIT_PARTS.split(c))))]
    dates = [i for i, v in enumerate(columns) if i not in units and mostly(v, lambda c: parse_deadline(c).status)]
    rest = [i for i in range(width) if i not in units and i not in dates and columns[i]]
    task = max(rest, key=lambda i: sum(map(len, columns[i])) / len(columns[i]), default=None)
    roles: dict[str, tuple[int, ...]] = {"lead": tuple(units[:1]), "support": tuple(units[1:2])}
    roles["deadline"] = tuple(dates[:1])
    if task is not None and sum(map(len, columns[task])) >= _TASK_LEAST * len(columns[task]):
        roles["task"] = (task,)
    return {kind: found for kind, found in roles.items() if found}


Tables = Sequence[Sequence[Sequence[object]]]


def _numbered(tables: Tables) -> str:
    """``headers_hint`` of ``tables``, each named by its number from 1 (``table 2``).

    >>> _numbered([[["姓名", "电话"]], [["事由", "挂帅单位"], ["完成主干道雨污分流改造", "镇建设办"]]])[:31]
    "table 2's row 1 has the headers"
    """
    return headers_hint([(f"table {k}", rows) for k, rows in enumerate(tables, 1)]) if tables else ""


@contextmanager
def tables_hinted(tables: Tables | Callable[[], Tables], path: str) -> Iterator[None]:
    """Within the block, a file's refusal (a ``DocumentError`` itself, no subclass: no task found in its text) says
    what its ``tables`` (none read as a task table) hold and how to read them (``headers_hint``), numbered from 1;
    ``tables`` may be a function giving them, called only on a refusal (a PDF's or an OFD's, whose tables are drawn
    by their ruling lines: round 80).

    >>> with tables_hinted([[["事由", "挂帅单位"], ["完成主干道雨污分流改造", "镇建设办"]]], "a.docx"):
    ...     raise DocumentError("no recognisable workplans", path="a.docx")
    Traceback (most recent call last):
    ...
    reformgraph.errors.DocumentError: a.docx: no recognisable workplans; table 1's row 1 has the headers 事由 | 挂帅单位: to read it, name its columns, e.g. --columns "事由=任务,挂帅单位=牵头"
    """
    try:
        yield
    except DocumentError as error:
        if type(error) is not DocumentError or not (hint := _numbered(tables() if callable(tables) else tables)):
            raise
        raise DocumentError(f"{error.message}; {hint}", path=error.path, line=error.line) from None


def refused_when_unread(document: Document, tables: Callable[[], Tables], path: str) -> Document:
    r"""``document``, unless it holds no task while its ``tables`` (a function giving them: called only then) hold one
    the rules could not read (``headers_hint`` names it): then refused with the hint, as a Word file's or a sheet's
    table no rule reads is (round 80: a PDF whose table is headed ``编号 | 推进事项 | 领办部门 | 协助部门`` was read from
    its text by position, each row a task whose units no column named a lead, and kept with no task and a warning a
    row: the user was told nothing of ``--columns``).

    >>> from dataclasses import replace
    >>> from reformgraph.loaders.parse import parse_document
    >>> rows = [["事由", "挂帅单位"], ["完成主干道雨污分流改造", "镇建设办"]]
    >>> doc = parse_document("某镇方案\n1.推进改革。（镇建设办负责）", path="b.pdf")
    >>> len(refused_when_unread(doc, lambda: [rows], "b.pdf").workplans)
    1
    >>> refused_when_unread(replace(doc, workplans=()), lambda: [rows], "b.pdf")
    Traceback (most recent call last):
    ...
    reformgraph.errors.DocumentError: b.pdf: no task names a lead unit; table 1's row 1 has the headers 事由 | 挂帅单位: to read it, name its columns, e.g. --columns "事由=任务,挂帅单位=牵头"
    """
    if any(w.measures for w in document.workplans) or not (hint := _numbered(tables())):
        return document
    raise DocumentError(f"no task names a lead unit; {hint}", path=path)
