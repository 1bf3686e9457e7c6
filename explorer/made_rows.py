"""A table's rows made when they are read: a page shows the first ``ui.TABLE_ROWS`` of a table, and the rest are
made only when its CSV is downloaded.

The unit page's list of the graph edges behind its picture held 44,000 rows for the busiest unit of a
100-document graph, each with its source text and line: 1.1 s of its first visit for rows the page never showed
(docs/performance.md, session 65).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping, Sequence
from types import MappingProxyType
from typing import Any, overload


class MadeRows(Sequence[Mapping[str, Any]]):
    """The rows ``make(item)`` of ``items``, each made the first time it is read and kept, read-only
    (a ``MappingProxyType``), so one instance can be shared between sessions as the cached figures are.

    >>> made = []
    >>> rows = MadeRows(["a", "b", "c"], lambda s: made.append(s) or {"x": s})
    >>> len(rows), [r["x"] for r in rows[:2]], made
    (3, ['a', 'b'], ['a', 'b'])
    >>> rows[-1]["x"], rows[0] is rows[0], made
    ('c', True, ['a', 'b', 'c'])
    """

    def __init__(self, items: Sequence[Any], make: Callable[[Any], Mapping[str, Any]]) -> None:
        self._items = tuple(items)
        self._make = make
        self._rows: list[Mapping[str, Any] | None] = [None] * len(self._items)
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._items)

    @overload
    def __getitem__(self, index: int) -> Mapping[str, Any]: ...

    @overload
    def __getitem__(self, index: slice) -> list[Mapping[str, Any]]: ...

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self._items)))]
        row = self._rows[index]
        if row is None:
            with self._lock:  # two sessions reading one row make it once
                row = self._rows[index]
                if row is None:
                    row = MappingProxyType(dict(self._make(self._items[index])))
                    self._rows[index] = row
        return row

    def __repr__(self) -> str:
        made = sum(r is not None for r in self._rows)
        return f"<MadeRows: {len(self._items)} rows, {made} made>"
