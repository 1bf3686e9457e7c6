"""One exception hierarchy for ReformGraph, in one module.

Every error a user can cause carries enough to act on: the file, the line (or
cell) when there is one, and what was expected. The command line and the
explorer turn these into one line; nothing else should reach the user.
Exceptions of other libraries (the Neo4j driver, openpyxl …) are translated
into these where the library is called.

>>> str(DocumentError("no workplans found", path="plan.md", line=3))
'plan.md:3: no workplans found'
>>> str(GraphFormatError("edge #4 ends at a missing node", path="graph.json"))
'graph.json: edge #4 ends at a missing node'
"""

from __future__ import annotations


class ReformGraphError(Exception):
    """Base class of every error ReformGraph raises on purpose.

    Every subclass survives pickling with its attributes (a worker process hands
    its error back to the explorer):

    >>> import pickle
    >>> e = pickle.loads(pickle.dumps(DocumentLimitError("too deep", limit="depth", maximum=64, path="a.html")))
    >>> str(e), e.limit, e.maximum
    ('a.html: too deep', 'depth', 64)
    """

    def __reduce__(self):
        return (_restore, (type(self), self.args, self.__dict__.copy()))


def _restore(cls: type[ReformGraphError], args: tuple, state: dict) -> ReformGraphError:
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


class LocatedError(ReformGraphError):
    """An error about a place in a file: ``path[:line]: message`` (``where`` may name a cell instead)."""

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None, where: str | None = None):
        self.message = message
        self.path = path
        self.line = line
        self.where = where
        super().__init__(str(self))

    def __str__(self) -> str:
        if self.path is None and self.line is None and self.where is None:
            return self.message
        place = self.path or "<input>"
        if self.line is not None:
            place = f"{place}:{self.line}"
        elif self.where:
            place = f"{place}:{self.where}"
        return f"{place}: {self.message}"


class DocumentError(LocatedError):
    """A source document cannot be read or parsed."""


class DocumentEncodingError(DocumentError):
    """A document is not UTF-8 or GB18030/GBK text."""


class DocumentLimitError(DocumentError):
    """A document exceeds one of the reader's bounds (``limit`` names it: cells, depth, pages …)."""

    def __init__(self, message: str, *, limit: str, maximum: int, **place):
        self.limit = limit
        self.maximum = maximum
        super().__init__(message, **place)


class MissingConverterError(DocumentError):
    """An old binary format needs an external converter that is not installed; names the Debian package."""

    def __init__(self, message: str, *, package: str, **place):
        self.package = package
        super().__init__(message, **place)


class UnsupportedFormatError(DocumentError):
    """A file's type is not one ReformGraph reads (the explorer's upload checks the extension)."""


class StrictModeError(DocumentError):
    """A document parsed with warnings while --strict was given."""


class LedgerError(LocatedError):
    """A ledger workbook (台账) cannot be read or applied: names the sheet and cell (``where``)."""


class GraphFormatError(LocatedError):
    """A graph JSON file (or a named-query file) does not follow its contract."""


class AliasTableError(ReformGraphError):
    """The alias table file is malformed."""


class UsageError(ReformGraphError):
    """The command line was given arguments it cannot use (e.g. two unit names where one is expected)."""


class ColumnSpecError(UsageError):
    """A spec of columns (``--columns``) cannot be read: names the item and the form expected."""


class MissingExtraError(ReformGraphError):
    """A feature needs an optional dependency that is not installed; names the extra to install."""

    def __init__(self, what: str, extra: str, module: str):
        self.extra = extra
        self.module = module
        super().__init__(f"{what} needs the optional package {module!r}: pip install 'reformgraph[{extra}]'")


class UnknownUnitError(ReformGraphError):
    """A unit name given by the user matches no unit; carries suggestions."""

    def __init__(self, name: str, suggestions: list[str]):
        self.name = name
        self.suggestions = suggestions
        hint = f"; did you mean: {', '.join(suggestions)}?" if suggestions else ""
        super().__init__(f"unknown unit {name!r}{hint}")


class NoChainError(ReformGraphError):
    """Two units are not connected in the coordination graph."""


class DateFormatError(ReformGraphError):
    """A date given by the user is not YYYY-MM-DD or YYYY-MM."""


class ExportError(LocatedError):
    """An export cannot be produced (bad format, missing font, unwritable path)."""


class DatabaseError(ReformGraphError):
    """The graph database is unreachable, refuses the credentials, or fails a load."""


class UnknownQueryError(DatabaseError):
    """No named query has that name."""


class QueryParameterError(DatabaseError):
    """A named query's parameter is missing, unknown or of the wrong type."""


class ReadOnlyViolation(DatabaseError):
    """A query given for read-only use is not on the read-only allow-list (a write, an admin command, a procedure)."""


class QueryTimeout(DatabaseError):
    """A read-only query ran longer than its time limit (it was cancelled)."""


class ResultTooLarge(DatabaseError):
    """A read-only query's answer is larger than the runner returns (rows, values or text)."""


class CypherSyntaxError(ReformGraphError):
    """Cypher text the tokenizer cannot read: an unterminated string, name or comment, or a stray character."""
