"""The day an export is stamped with: today, or ``SOURCE_DATE_EPOCH``'s day for reproducible outputs.

Slides, HTML pages and ledger workbooks print the day they were exported. Two runs of the same export
on either side of midnight would otherwise differ in that one line, so a run that must be byte for
byte repeatable (a build farm, a test that compares two runs) sets ``SOURCE_DATE_EPOCH`` — the
reproducible-builds convention: whole seconds since 1970-01-01 UTC — and every export prints that
day (in UTC) instead.

>>> export_day({"SOURCE_DATE_EPOCH": "1764979200"}).isoformat()
'2025-12-06'
>>> export_day({}) == date.today()
True
>>> try:
...     export_day({"SOURCE_DATE_EPOCH": "yesterday"})
... except UsageError as exc:
...     print(exc)
SOURCE_DATE_EPOCH: expected whole seconds since 1970-01-01 UTC, got 'yesterday'
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from datetime import UTC, date, datetime

from reformgraph.errors import UsageError

EPOCH_VARIABLE = "SOURCE_DATE_EPOCH"


def export_day(environ: Mapping[str, str] | None = None) -> date:
    """The day exports print: ``SOURCE_DATE_EPOCH``'s UTC day when it is set, else today."""
    value = (os.environ if environ is None else environ).get(EPOCH_VARIABLE, "").strip()
    if not value:
        return date.today()
    try:
        return datetime.fromtimestamp(int(value), tz=UTC).date()
    except (ValueError, OverflowError, OSError):
        raise UsageError(f"{EPOCH_VARIABLE}: expected whole seconds since 1970-01-01 UTC, got {value!r}") from None
