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

from collections.abc import Sequence
from dataclasses import dataclass

from reformgraph.loaders.tasks import Section
from reformgraph.records import ParseWarning, Reform

# when two readings have equal evidence, the one that says more about the structure wins
_PREFERENCE = {"workplans": 2, "table": 1, "outline": 0}


@dataclass(frozen=True)
class Reading:
    """What one layout recogniser read: sections of drafts, its evidence and warnings.

    ``first_line``/``last_line`` (1-based, inclusive) bound the lines it covers;
    ``head_end`` is where a document's front part (title, number, date) ends for it.
    """

    layout: str
    sections: tuple[Section, ...]
    evidence: int = 0
    warnings: tuple[ParseWarning, ...] = ()
    reforms: tuple[Reform, ...] | None = None
    first_line: int = 1
    last_line: int | None = None
    head_end: int | None = None

    @property
    def tasks(self) -> int:
        return sum(len(s.drafts) for s in self.sections)


def choose(readings: Sequence[Reading | None]) -> Reading | None:
    """The best-evidenced reading (ties: the one that reads more structure); None if none was proposed."""
    proposed = [r for r in readings if r is not None]
    if not proposed:
        return None
    return max(proposed, key=lambda r: (r.evidence, _PREFERENCE.get(r.layout, 0)))
