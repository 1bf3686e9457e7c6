"""One exception hierarchy for ReformGraph.

Every error a user can cause carries enough to act on: the file, the line when
there is one, and what was expected. The CLI turns these into one line on
stderr and a non-zero exit code; nothing else should reach the user.

>>> str(DocumentError("no workplans found", path="plan.md", line=3))
'plan.md:3: no workplans found'
"""

from __future__ import annotations


class ReformGraphError(Exception):
    """Base class of every error ReformGraph raises on purpose."""


class DocumentError(ReformGraphError):
    """A source document cannot be read or parsed."""

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None):
        self.message = message
        self.path = path
        self.line = line
        super().__init__(str(self))

    def __str__(self) -> str:
        where = self.path or "<input>"
        if self.line is not None:
            where = f"{where}:{self.line}"
        return f"{where}: {self.message}"


class DocumentEncodingError(DocumentError):
    """A document is not UTF-8 or GB18030/GBK text."""


class StrictModeError(DocumentError):
    """A document parsed with warnings while --strict was given."""


class AliasTableError(ReformGraphError):
    """The alias table file is malformed."""


class GraphFormatError(ReformGraphError):
    """A graph JSON file does not follow the reformgraph/1 contract."""


class UnknownUnitError(ReformGraphError):
    """A unit name given by the user matches no unit; carries suggestions."""

    def __init__(self, name: str, suggestions: list[str]):
        self.name = name
        self.suggestions = suggestions
        hint = f"; did you mean: {', '.join(suggestions)}?" if suggestions else ""
        super().__init__(f"unknown unit {name!r}{hint}")


class NoChainError(ReformGraphError):
    """Two units are not connected in the coordination graph."""


class DatabaseError(ReformGraphError):
    """The graph database is unreachable, refuses the credentials, or fails a load."""


class ExportError(ReformGraphError):
    """An export cannot be produced (bad format, missing font, unwritable path)."""


class DateFormatError(ReformGraphError):
    """A date given by the user is not YYYY-MM-DD or YYYY-MM."""
