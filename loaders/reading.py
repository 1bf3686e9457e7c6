"""A layout's reading of (part of) a document, and the one place where the best reading is chosen.

Each layout recogniser (workplan book with a table of contents, numbered task list, task
table) proposes a ``Reading`` of the lines it covers, with its evidence: how many
assignments it read, plus how much of the document's structure it confirmed. For every
part of the document the reading with the most evidence is kept (``choose``); a layout
never wins because it was tried first.

>>> a = Reading("outline", (), evidence=10)
>>> b = Reading("workplans", (), evidence=12)
>>> choose([a, b]).layout, choose([a, None]).layout, choose([None]) is None
('workplans', 'outline', True)
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reformgraph.loaders.tasks import Section
from reformgraph.records import ParseWarning, Reform

# when two readings have equal evidence, the one that says more about the structure wins
_PREFERENCE = {"workplans": 2, "table": 1, "outline": 0}


class Reading:
    """What one layout recogniser read: sections of drafts, its evidence and warnings.

    ``first_line``/``last_line`` (1-based, inclusive) bound the lines it covers;
    ``head_end`` is where a document's front part (title, number, date) ends for it.
    ``sections`` may be given as a function: a reading that does not win is never built.
    """

    def __init__(
        self,
        layout: str,
        sections: tuple[Section, ...] | Callable[[], tuple[Section, ...]] = (),
        *,
        evidence: int = 0,
        warnings: tuple[ParseWarning, ...] = (),
        reforms: tuple[Reform, ...] | None = None,
        first_line: int = 1,
        last_line: int | None = None,
        head_end: int | None = None,
    ):
        self.layout = layout
        self._sections = sections
        self.evidence = evidence
        self.warnings = warnings
        self.reforms = reforms
        self.first_line = first_line
        self.last_line = last_line
        self.head_end = head_end

    @property
    def sections(self) -> tuple[Section, ...]:
        if callable(self._sections):
            self._sections = tuple(self._sections())
        return self._sections

    def __repr__(self) -> str:
        return f"Reading({self.layout!r}, evidence={self.evidence})"


def choose(readings: Sequence[Reading | None]) -> Reading | None:
    """The best-evidenced reading (ties: the one that reads more structure); None if none was proposed."""
    proposed = [r for r in readings if r is not None]
    if not proposed:
        return None
    return max(proposed, key=lambda r: (r.evidence, _PREFERENCE.get(r.layout, 0)))
