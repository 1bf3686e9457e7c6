"""Matching ledger rows to measures: by id, by 校验码, or by text and lead unit.

A unit may send back its own copy of the ledger: rows reordered, the id columns deleted,
the text edited. Rows are matched in three passes:

1. **id**: the row's 措施编号 names a measure, and that measure is the one the row was
   exported from (its 校验码 agrees; without a 校验码, its text is similar enough);
2. **校验码**: the row's 校验码 (text + lead units at export) equals one measure's, even if the
   id changed (the plan was re-built and measures moved);
3. **text**: the most similar measure text (at least ``threshold`` of 100) among the measures
   the row's lead unit leads; a near tie is broken by the workplan, else the row is ambiguous.

Every row that none of them matches is returned with the reason. Several rows may match one
measure (a measure with two lead units is in both units' sheets): :func:`choose` keeps the
latest update.

>>> from reformgraph.progress import LedgerRow, MeasureKey
>>> keys = [MeasureKey("m1", "开展工作调研，形成报告。", ("市财政局",), frozenset({"市财政局"}), "1 示例", "aaaa0001"),
...         MeasureKey("m2", "完善系统功能。", ("市税务局",), frozenset({"市税务局"}), "1 示例", "aaaa0002")]
>>> rows = [LedgerRow("r2", measure_id="m1", check="aaaa0001"),
...         LedgerRow("r3", text="2.完善 系统功能", leads=("市税务局",)),
...         LedgerRow("r4", text="开展工作调研并形成报告", leads=("市税务局",))]
>>> [(m.row.where, m.measure, m.how) for m in match_rows(rows, keys)]
[('r2', 'm1', 'id'), ('r3', 'm2', 'text'), ('r4', None, '')]
>>> match_rows(rows, keys)[2].note
'no measure led by 市税务局 has a similar text'
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from reformgraph.progress import LedgerRow, MeasureKey, comparable

#: Lowest text similarity (0–100, rapidfuzz ratio on text without punctuation) that matches.
THRESHOLD = 80
#: Two candidates closer than this are a tie (broken by the workplan, else ambiguous).
TIE_MARGIN = 3


@dataclass(frozen=True, slots=True)
class Match:
    """A row and the measure it matched (``measure`` None and a ``note`` when it matched none).

    ``how`` is ``id``, ``check`` (the 校验码) or ``text``; ``score`` the text similarity (100 for id/check).
    """

    row: LedgerRow
    measure: str | None
    how: str
    score: int
    note: str = ""


def similarity(a: str, b: str) -> int:
    """Text similarity 0–100 ignoring whitespace, punctuation and numbering.

    >>> similarity("1.开展工作调研。", "（一）开展工作调研")
    100
    """
    return round(fuzz.ratio(comparable(a), comparable(b)))


def _leads_agree(row_leads: Sequence[str], key: MeasureKey, canonical: Callable[[str], str] | None) -> bool:
    for name in row_leads:
        forms = {name, canonical(name)} if canonical else {name}
        for form in forms:
            if form in key.names:
                return True
            if len(form) >= 2 and any(form in n or n in form for n in key.names if len(n) >= 2):
                return True
    return False


def _by_text(
    row: LedgerRow,
    keys: Sequence[MeasureKey],
    texts: Sequence[str],
    pools: dict[tuple[str, ...], list[int]],
    canonical: Callable[[str], str] | None,
    threshold: int,
) -> Match:
    """Pass 3 for one row; ``texts`` are the keys' texts made :func:`comparable`, ``pools`` caches the
    keys each set of lead names agrees with."""
    text = comparable(row.text)
    if not text:
        return Match(row, None, "", 0, "no 措施编号 or 校验码 that matches, and no 举措 text")
    if row.leads not in pools:
        pools[row.leads] = [i for i, k in enumerate(keys) if not row.leads or _leads_agree(row.leads, k, canonical)]
    pool = pools[row.leads]
    who = f"led by {'、'.join(row.leads)} " if row.leads else ""
    if not pool:
        return Match(row, None, "", 0, f"no measure is led by {'、'.join(row.leads)}")
    scored = sorted(((round(fuzz.ratio(text, texts[i])), i) for i in pool), reverse=True)
    best = scored[0][0]
    if best < threshold:
        return Match(row, None, "", best, f"no measure {who}has a similar text")
    tied = [keys[i] for s, i in scored if s >= best - TIE_MARGIN]
    if len(tied) > 1 and row.workplan:
        same_plan = [k for k in tied if comparable(k.workplan) == comparable(row.workplan)]
        tied = same_plan or tied
    if len(tied) > 1:
        ids = ", ".join(k.id for k in tied[:3])
        return Match(row, None, "", best, f"ambiguous: {len(tied)} measures {who}have this text ({ids})")
    return Match(row, tied[0].id, "text", best)


def match_rows(
    rows: Iterable[LedgerRow],
    keys: Sequence[MeasureKey],
    *,
    canonical: Callable[[str], str] | None = None,
    threshold: int = THRESHOLD,
) -> list[Match]:
    """Match every row to a measure of ``keys`` (one Match per row, in the rows' order).

    ``canonical`` maps a unit name as written to its canonical name (the alias table);
    lead units are compared on names, other spellings and containment (发改委 ⊂ 市发改委).
    """
    by_id = {k.id: k for k in keys}
    texts = [comparable(k.text) for k in keys]
    pools: dict[tuple[str, ...], list[int]] = {}
    by_check: dict[str, list[MeasureKey]] = {}
    for k in keys:
        by_check.setdefault(k.check, []).append(k)
    out = []
    for row in rows:
        key = by_id.get(row.measure_id or "")
        if key is not None:
            if row.check:
                same = row.check == key.check
            else:
                same = not comparable(row.text) or similarity(row.text, key.text) >= threshold
            if same:
                out.append(Match(row, key.id, "id", 100))
                continue
        found = by_check.get(row.check or "", [])
        if len(found) > 1 and row.workplan:
            found = [k for k in found if comparable(k.workplan) == comparable(row.workplan)] or found
        if len(found) == 1:
            out.append(Match(row, found[0].id, "check", 100))
            continue
        out.append(_by_text(row, keys, texts, pools, canonical, threshold))
    return out


@dataclass(frozen=True, slots=True)
class Choice:
    """The row kept for one measure, and the rows that reported on it too but lost."""

    measure: str
    row: LedgerRow
    overruled: tuple[LedgerRow, ...] = ()


def choose(matches: Iterable[Match]) -> dict[str, Choice]:
    """For every matched measure, the row to apply: the latest 更新日期, then the row read last.

    Rows that report nothing never overrule one that does.

    >>> a = LedgerRow("A row 3", status="in_progress", updated="2026-06-01")
    >>> b = LedgerRow("B row 7", status="done", updated="2026-06-01")
    >>> c = choose([Match(a, "m1", "id", 100), Match(b, "m1", "id", 100)])["m1"]
    >>> c.row.where, [r.where for r in c.overruled]
    ('B row 7', ['A row 3'])
    """
    groups: dict[str, list[tuple[int, LedgerRow]]] = {}
    for i, m in enumerate(matches):
        if m.measure is not None:
            groups.setdefault(m.measure, []).append((i, m.row))
    out = {}
    for measure, rows in groups.items():
        ranked = [r for _, r in sorted(rows, key=lambda ir: (ir[1].reports, ir[1].updated or "", ir[0]))]
        winner = ranked[-1]
        out[measure] = Choice(measure, winner, tuple(r for r in ranked[:-1] if r.reports))
    return out
