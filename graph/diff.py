"""Comparing two plans: which measures were added, removed or changed hands, which deadlines moved.
Pure: two graphs in, records out.

**Measures are matched by their text and their units, not by their workplan's title**: a
new version whose workplans are retitled ("…工作方案（修订）"), renumbered or regrouped still
matches measure to measure. Every pair of measures gets a score — text similarity
(rapidfuzz ``ratio`` on the text without spaces and punctuation) weighted 0.7, the overlap of
their lead and support units (Jaccard) 0.2 and their workplans' title similarity 0.1 — and
pairs are matched best first, each measure once. A pair counts when the texts are at least
``MEASURE_MATCH`` (80) similar, or at least ``REWORDED_MATCH`` (60) with half their units in
common (a reworded measure kept by the same units). Then, for every matched measure: lead and
support units lost and gained (a lead moving from one unit to another shows even when both
still lead other measures) and a deadline that moved; unmatched measures are listed as added
or removed. Workplans are paired through their measures (most of an old workplan's matched
measures in one new workplan), else by title; a pair whose titles differ is reported renamed.
Units are compared by canonical name, so an alias table that maps both spellings makes them
one unit.

>>> old, new = _example_graphs()
>>> d = diff_graphs(old, new)
>>> [(u.unit, u.lead_old, u.lead_new, u.support_old, u.support_new) for u in d.units]
[('区税务局', 0, 1, 0, 0), ('区大数据局', 1, 1, 0, 1), ('区财政局', 1, 0, 0, 1)]
>>> [(w.change, w.title) for w in d.workplans]
[('added', '要素保障'), ('removed', '组织保障'), ('renamed', '重点任务（修订）')]
>>> [(m.text, m.lead_lost, m.lead_gained, m.support_gained) for m in d.roles]
[('建设平台。', (), (), ('区财政局',)), ('落实资金。', ('区财政局',), ('区税务局',), ())]
>>> [(m.change, m.text) for m in d.measures]
[('added', '保障用地。')]
>>> [(s.text, s.old, s.new, s.months) for s in d.deadlines]
[('建设平台。', '2025-06', '2025-12', 6)]
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

import networkx as nx
from rapidfuzz import fuzz, process

from reformgraph.view_nodes import document_name, many_documents

MEASURE_MATCH = 80.0
REWORDED_MATCH = 60.0
WORKPLAN_TITLE_MATCH = 85.0


@dataclass(frozen=True, slots=True)
class UnitChange:
    """Measures a unit leads and supports in the old and the new plan."""

    unit: str
    lead_old: int
    lead_new: int
    support_old: int
    support_new: int

    @property
    def delta(self) -> int:
        return (self.lead_new + self.support_new) - (self.lead_old + self.support_old)


@dataclass(frozen=True, slots=True)
class WorkplanChange:
    """A workplan only one plan has (``added``: new only; ``removed``: old only), or one whose title
    changed (``renamed``: ``title`` is the new title, ``old_title`` the old one)."""

    change: str
    title: str
    variant: str | None
    number: str
    measures: int
    old_title: str | None = None
    document: str | None = None  # the file it is in (the new plan's for a renamed one)


@dataclass(frozen=True, slots=True)
class RoleChange:
    """A measure both plans have whose lead or supporting units changed."""

    workplan: str  # the new plan's workplan title
    text: str  # the new plan's text
    lead_old: tuple[str, ...]
    lead_new: tuple[str, ...]
    support_old: tuple[str, ...]
    support_new: tuple[str, ...]
    document: str | None = None  # the new plan's file
    old_node: str | None = None  # the measure's node in the old graph
    new_node: str | None = None  # … and in the new one

    @property
    def lead_lost(self) -> tuple[str, ...]:
        return tuple(u for u in self.lead_old if u not in self.lead_new)

    @property
    def lead_gained(self) -> tuple[str, ...]:
        return tuple(u for u in self.lead_new if u not in self.lead_old)

    @property
    def support_lost(self) -> tuple[str, ...]:
        return tuple(u for u in self.support_old if u not in self.support_new)

    @property
    def support_gained(self) -> tuple[str, ...]:
        return tuple(u for u in self.support_new if u not in self.support_old)


@dataclass(frozen=True, slots=True)
class MeasureChange:
    """A measure only one plan has: ``change`` is ``added`` (new only) or ``removed`` (old only)."""

    change: str
    workplan: str
    text: str
    leads: tuple[str, ...]
    supports: tuple[str, ...]
    deadline: str | None
    document: str | None = None
    old_node: str | None = None  # the measure's node in the old graph (a removed one)
    new_node: str | None = None  # … in the new graph (an added one)


@dataclass(frozen=True, slots=True)
class DeadlineChange:
    """A measure both plans have whose deadline moved: ``months`` > 0 slipped, < 0 brought forward
    (None when one plan gives no deadline)."""

    workplan: str
    text: str
    old: str | None
    new: str | None
    months: int | None
    leads: tuple[str, ...]
    units: tuple[str, ...]  # every unit leading or supporting it, in either plan
    document: str | None = None  # the new plan's file
    old_node: str | None = None  # the measure's node in the old graph
    new_node: str | None = None  # … and in the new one

    @property
    def shift(self) -> str:
        """``slipped`` (later), ``forward`` (earlier) or ``undated`` (one plan gives no deadline); a move
        within one month reads by its day, as ``diff_graphs`` reads it.

        >>> DeadlineChange("", "", "2025-06", "2025-06-10", 0, (), ()).shift
        'forward'
        """
        if not (self.old and self.new):
            return "undated"
        return "slipped" if _months(self.new) > _months(self.old) else "forward"


@dataclass(frozen=True, slots=True)
class PlanDiff:
    """Everything that changed from the old plan to the new one."""

    units: tuple[UnitChange, ...]
    workplans: tuple[WorkplanChange, ...]
    roles: tuple[RoleChange, ...]
    measures: tuple[MeasureChange, ...]
    deadlines: tuple[DeadlineChange, ...]
    matched: int = 0  # measures found in both plans
    several_documents: bool = False  # either graph holds more than one file: rows name theirs


@dataclass(frozen=True, slots=True)
class _Measure:
    node: str
    workplan: str  # workplan node id
    title: str  # workplan title (with variant)
    text: str
    key: str  # text without spaces and punctuation
    leads: frozenset[str]
    supports: frozenset[str]
    deadline: str | None
    document: str = ""  # the file's name (its id without ``doc:``)

    @property
    def units(self) -> frozenset[str]:
        return self.leads | self.supports


def diff_graphs(old: nx.MultiDiGraph, new: nx.MultiDiGraph, *, unit: str | None = None) -> PlanDiff:
    """Compare two plan graphs (contract reformgraph/1); ``unit`` keeps only rows about that unit name.

    Parameters
    ----------
    old, new : the earlier and the later plan's graphs (left untouched).
    unit : a canonical unit name, or None for every unit.

    Returns
    -------
    PlanDiff, each list sorted: units by the largest change in measures first; workplans by
    change then title; role changes, added and removed measures in the new (else old) plan's
    order; deadlines by slip (largest first).
    """
    a, b = _measures(old), _measures(new)
    pairs = match_measures(a, b)
    matched_old = {i for i, _ in pairs}
    matched_new = {j for _, j in pairs}
    roles, deadlines = [], []
    for i, j in sorted(pairs, key=lambda p: p[1]):
        m, n = a[i], b[j]
        if m.leads != n.leads or m.supports != n.supports:
            roles.append(
                RoleChange(
                    n.title,
                    n.text,
                    tuple(sorted(m.leads)),
                    tuple(sorted(n.leads)),
                    tuple(sorted(m.supports)),
                    tuple(sorted(n.supports)),
                    n.document,
                    m.node,
                    n.node,
                )
            )
        if m.deadline != n.deadline and (m.deadline or n.deadline):
            months = None
            if m.deadline and n.deadline:
                (mo_a, d_a), (mo_b, d_b) = _months(m.deadline), _months(n.deadline)
                if (mo_a, d_a) == (mo_b, d_b):
                    continue
                months = mo_b - mo_a
            deadlines.append(
                DeadlineChange(
                    n.title,
                    n.text,
                    m.deadline,
                    n.deadline,
                    months,
                    tuple(sorted(m.leads | n.leads)),
                    tuple(sorted(m.units | n.units)),
                    n.document,
                    m.node,
                    n.node,
                )
            )
    measures = [_unmatched("added", n) for j, n in enumerate(b) if j not in matched_new]
    measures += [_unmatched("removed", m) for i, m in enumerate(a) if i not in matched_old]
    workplans = _workplan_changes(old, new, a, b, pairs)
    d = PlanDiff(
        units=tuple(_unit_changes(old, new)),
        workplans=tuple(sorted(workplans, key=lambda w: (w.change, w.title, w.variant or "", w.document or ""))),
        roles=tuple(roles),
        measures=tuple(measures),
        deadlines=tuple(sorted(deadlines, key=lambda d: (-(d.months or 0), d.workplan, d.text, d.document or ""))),
        matched=len(pairs),
        several_documents=many_documents(old) or many_documents(new),
    )
    return d if unit is None else only_unit(d, old, new, unit, (a, b))


def _unmatched(change: str, m: _Measure) -> MeasureChange:
    """A measure only one plan has (``added``: the new one, ``removed``: the old one), with its node there."""
    node = {"new_node" if change == "added" else "old_node": m.node}
    return MeasureChange(
        change, m.title, m.text, tuple(sorted(m.leads)), tuple(sorted(m.supports)), m.deadline, m.document, **node
    )


def only_unit(
    d: PlanDiff,
    old: nx.MultiDiGraph,
    new: nx.MultiDiGraph,
    unit: str,
    measures: tuple[list[_Measure], list[_Measure]] | None = None,
) -> PlanDiff:
    """``d`` (the diff of ``old`` and ``new``) with only the rows about ``unit``: what
    ``diff_graphs(old, new, unit=unit)`` gives, without matching the measures again (a page that
    switches units matches once). ``matched`` still counts the whole plans.

    >>> old, new = _example_graphs()
    >>> d = only_unit(diff_graphs(old, new), old, new, "区税务局")
    >>> d == diff_graphs(old, new, unit="区税务局"), [r.text for r in d.roles], d.matched
    (True, ['落实资金。'], 2)
    """
    a, b = measures or (_measures(old), _measures(new))
    involved = {m.title for m in a + b if unit in m.units}
    return replace(
        d,
        units=tuple(u for u in d.units if u.unit == unit),
        workplans=tuple(w for w in d.workplans if w.title in involved or w.old_title in involved),
        roles=tuple(r for r in d.roles if unit in r.lead_old + r.lead_new + r.support_old + r.support_new),
        measures=tuple(m for m in d.measures if unit in m.leads + m.supports),
        deadlines=tuple(s for s in d.deadlines if unit in s.units),
    )


MATCH_BLOCK_CELLS = 4_000_000  # text scores worked out at once (a block of old texts against every new one)


def match_measures(old: list[_Measure], new: list[_Measure]) -> list[tuple[int, int]]:
    """Pairs ``(i, j)`` of old and new measures that are the same measure (best score first, each once).

    Every pair of measures gets a score (module docstring); pairs are taken best first, ties in the order
    of ``(i, j)``, each measure once. Worked out on groups, so that memory and time follow the distinct
    measures rather than every pair: measures alike in all a score reads (text, units, workplan title)
    are one group, whose pairs with another group all score the same; texts are compared once per
    distinct text, a block of old texts at a time. Two graphs of 100 and 200 copies of one plan
    (63,300 × 126,600 pairs) needed a 32 GB table before.

    >>> m = lambda text, unit, title="任务": _Measure("", "", title, text, text, frozenset({unit}), frozenset(), None)
    >>> match_measures([m("建设平台", "甲"), m("建设平台", "甲"), m("落实资金", "乙")],
    ...                [m("落实资金", "乙"), m("建设平台", "甲"), m("建设平台网站", "丙")])
    [(0, 1), (2, 0), (1, 2)]
    """
    import numpy as np

    if not old or not new:
        return []
    by_old_text, by_new_text = _alike(old), _alike(new)
    old_texts, new_texts = list(by_old_text), list(by_new_text)
    titles: dict[tuple[str, str], float] = {}
    levels: dict[float, list[tuple[list[int], list[int]]]] = {}  # score → the group pairs that score it
    rows = max(1, MATCH_BLOCK_CELLS // len(new_texts))
    for start in range(0, len(old_texts), rows):
        block = old_texts[start : start + rows]
        scores = process.cdist(block, new_texts, scorer=fuzz.ratio, score_cutoff=REWORDED_MATCH, workers=1)
        for r, c in zip(*np.nonzero(scores)):
            text = float(scores[r, c])
            for units_m, title_m, members_m in by_old_text[block[r]]:
                for units_n, title_n, members_n in by_new_text[new_texts[c]]:
                    union = units_m | units_n
                    shared = len(units_m & units_n) / len(union) if union else 1.0
                    if text < MEASURE_MATCH and shared < 0.5:
                        continue
                    pair = (title_m, title_n)
                    if pair not in titles:
                        titles[pair] = fuzz.ratio(_norm(title_m), _norm(title_n))
                    score = 0.7 * text + 20.0 * shared + 0.1 * titles[pair]
                    levels.setdefault(score, []).append((members_m, members_n))
    return _best_first(levels)


def _alike(measures: list[_Measure]) -> dict[str, list[tuple[frozenset[str], str, list[int]]]]:
    """Measures alike in all a pair's score reads, by text key (in order of first use): each group as
    (units, workplan title, indexes ascending)."""
    groups: dict[tuple[str, frozenset[str], str], list[int]] = {}
    for i, m in enumerate(measures):
        groups.setdefault((m.key, m.units, m.title), []).append(i)
    by_text: dict[str, list[tuple[frozenset[str], str, list[int]]]] = {}
    for (key, units, title), members in groups.items():
        by_text.setdefault(key, []).append((units, title, members))
    return by_text


def _best_first(levels: dict[float, list[tuple[list[int], list[int]]]]) -> list[tuple[int, int]]:
    """The pairs that taking every pair ``(i, j)`` best score first, ties by ``(i, j)``, each index once, takes;
    ``levels`` gives, for each score, the groups of old and of new indexes all of whose pairs score it.

    Within a score, old indexes come in ascending order, and each takes the lowest new index not yet taken
    among those it scores with: what going through that score's pairs in ``(i, j)`` order does.

    >>> _best_first({90.0: [([0, 1], [0, 1, 2])], 95.0: [([1], [2])]})
    [(1, 2), (0, 0)]
    """
    used_old: set[int] = set()
    used_new: set[int] = set()
    first_free: dict[int, int] = {}  # id of a list of new indexes → position of its first one perhaps not taken
    pairs = []
    for score in sorted(levels, reverse=True):
        options: dict[int, list[list[int]]] = {}  # old index → the lists of new indexes it scores ``score`` with
        for members_m, members_n in levels[score]:
            for i in members_m:
                if i not in used_old:
                    options.setdefault(i, []).append(members_n)
        for i in sorted(options):
            best = None
            for members_n in options[i]:
                k = first_free.get(id(members_n), 0)
                while k < len(members_n) and members_n[k] in used_new:
                    k += 1
                first_free[id(members_n)] = k
                if k < len(members_n) and (best is None or members_n[k] < best):
                    best = members_n[k]
            if best is not None:
                used_old.add(i)
                used_new.add(best)
                pairs.append((i, best))
    return pairs


def diff_rows(d: PlanDiff) -> dict[str, list[dict]]:
    """The diff as named lists of plain dicts (for tables, CSV and JSON).

    When either graph holds several files (``PlanDiff.several_documents``), every row about a workplan
    or a measure says which file with a ``document`` key, first: the same workplan in 100 plans of one
    template reads alike otherwise.
    """

    def filed(document: str | None, row: dict) -> dict:
        return {"document": document, **row} if d.several_documents else row

    return {
        "units": [
            {
                "unit": u.unit,
                "lead_old": u.lead_old,
                "lead_new": u.lead_new,
                "support_old": u.support_old,
                "support_new": u.support_new,
                "delta": u.delta,
            }
            for u in d.units
        ],
        "workplans": [
            filed(
                w.document,
                {
                    "change": w.change,
                    "workplan": w.title,
                    "old_title": w.old_title,
                    "variant": w.variant,
                    "number": w.number,
                    "measures": w.measures,
                },
            )
            for w in d.workplans
        ],
        "roles": [
            filed(
                r.document,
                {
                    "workplan": r.workplan,
                    "measure": r.text,
                    "lead_lost": list(r.lead_lost),
                    "lead_gained": list(r.lead_gained),
                    "support_lost": list(r.support_lost),
                    "support_gained": list(r.support_gained),
                    "lead_old": list(r.lead_old),
                    "lead_new": list(r.lead_new),
                },
            )
            for r in d.roles
        ],
        "measures": [
            filed(
                m.document,
                {
                    "change": m.change,
                    "workplan": m.workplan,
                    "measure": m.text,
                    "leads": list(m.leads),
                    "supports": list(m.supports),
                    "deadline": m.deadline,
                },
            )
            for m in d.measures
        ],
        "deadlines": [
            filed(
                s.document,
                {
                    "workplan": s.workplan,
                    "measure": s.text,
                    "old": s.old,
                    "new": s.new,
                    "months": s.months,
                    "leads": list(s.leads),
                },
            )
            for s in d.deadlines
        ],
    }


# ---- helpers ----------------------------------------------------------------------------------------


def _name(G: nx.MultiDiGraph, node: str) -> str:
    return G.nodes[node].get("name", node)


def _title(d: dict) -> str:
    title = d.get("title") or ""
    return title + (f"（{d['variant']}）" if d.get("variant") else "")


def _norm(title: str) -> str:
    return re.sub(r"[\s，,、。；;：:（）()【】\[\]“”\"'《》·.！!？?]", "", title or "")


def _measures(G: nx.MultiDiGraph) -> list[_Measure]:
    """Every measure with its workplan, text, lead and support unit names and deadline, in document order."""
    out = []
    for m, d in G.nodes(data=True):
        if d.get("kind") != "Measure":
            continue
        wp = next((t for _, t, r in G.out_edges(m, data="rel") if r == "PART_OF"), None)
        leads, supports = set(), set()
        for u, _, rel in G.in_edges(m, data="rel"):
            if rel == "LEADS":
                leads.add(_name(G, u))
            elif rel == "SUPPORTS":
                supports.add(_name(G, u))
        text = d.get("text") or ""
        out.append(
            _Measure(
                m,
                wp or "",
                _title(G.nodes[wp]) if wp else "",
                text,
                _norm(text),
                frozenset(leads),
                frozenset(supports - leads),
                d.get("deadline"),
                document_name(d.get("document")) or "",
            )
        )
    return out


def _workplans(G: nx.MultiDiGraph) -> dict[str, dict]:
    return {w: d for w, d in G.nodes(data=True) if d.get("kind") == "Workplan"}


def _workplan_changes(
    old: nx.MultiDiGraph, new: nx.MultiDiGraph, a: list[_Measure], b: list[_Measure], pairs: list[tuple[int, int]]
) -> list[WorkplanChange]:
    """Pair workplans through their matched measures (else by title); report added, removed, renamed."""
    wo, wn = _workplans(old), _workplans(new)
    votes: dict[str, Counter] = {}
    for i, j in pairs:
        votes.setdefault(a[i].workplan, Counter())[b[j].workplan] += 1
    count_old = Counter(m.workplan for m in a)
    count_new = Counter(m.workplan for m in b)
    paired: dict[str, str] = {}
    taken: set[str] = set()
    for w in sorted(votes, key=lambda w: -max(votes[w].values())):
        target, n = votes[w].most_common(1)[0]
        if target not in taken and n * 2 >= count_old[w]:
            paired[w] = target
            taken.add(target)
    _pair_by_title(
        {w: _norm(_title(d)) for w, d in wo.items()}, {t: _norm(_title(d)) for t, d in wn.items()}, paired, taken
    )
    out = []
    for w, d in wo.items():
        if w not in paired:
            out.append(_workplan_change("removed", d, count_old[w]))
        elif _norm(_title(d)) != _norm(_title(wn[paired[w]])):
            out.append(_workplan_change("renamed", wn[paired[w]], count_new[paired[w]], _title(d)))
    for w, d in wn.items():
        if w not in taken:
            out.append(_workplan_change("added", d, count_new[w]))
    return out


def _workplan_change(change: str, d: dict, measures: int, old_title: str | None = None) -> WorkplanChange:
    """The change ``change`` of the workplan whose attributes are ``d`` (the new one's for a renamed one)."""
    return WorkplanChange(
        change,
        d.get("title") or "",
        d.get("variant"),
        str(d.get("number")),
        measures,
        old_title,
        document_name(d.get("document")),
    )


def _pair_by_title(old: dict[str, str], new: dict[str, str], paired: dict[str, str], taken: set[str]) -> None:
    """Pair each old workplan not in ``paired`` (in order) with the new one not ``taken`` whose title
    (normalised) is most like its own, the first of equals, when at least ``WORKPLAN_TITLE_MATCH`` alike;
    ``paired`` and ``taken`` are updated. One C scan of the new titles per old workplan (a taken title
    is left out as None, which rapidfuzz skips).

    >>> paired, taken = {}, {"n1"}
    >>> _pair_by_title({"o1": "重点任务", "o2": "组织保障"}, {"n1": "重点任务", "n2": "重点任务修订", "n3": "重点任务"},
    ...                paired, taken)
    >>> paired
    {'o1': 'n3'}
    """
    ids = list(new)
    choices: list[str | None] = [None if t in taken else new[t] for t in ids]
    for w, title in old.items():
        if w in paired:
            continue
        found = process.extractOne(title, choices, scorer=fuzz.ratio, score_cutoff=WORKPLAN_TITLE_MATCH)
        if found is not None:
            k = found[2]
            paired[w] = ids[k]
            taken.add(ids[k])
            choices[k] = None


def _role_counts(G: nx.MultiDiGraph) -> tuple[Counter, Counter]:
    lead, support = Counter(), Counter()
    for u, _, rel in G.edges(data="rel"):
        if rel == "LEADS":
            lead[_name(G, u)] += 1
        elif rel == "SUPPORTS":
            support[_name(G, u)] += 1
    return lead, support


def _unit_changes(old: nx.MultiDiGraph, new: nx.MultiDiGraph) -> list[UnitChange]:
    lo, so = _role_counts(old)
    ln, sn = _role_counts(new)
    rows = [UnitChange(u, lo[u], ln[u], so[u], sn[u]) for u in set(lo) | set(so) | set(ln) | set(sn)]
    rows = [r for r in rows if (r.lead_old, r.support_old) != (r.lead_new, r.support_new)]
    return sorted(rows, key=lambda r: (-abs(r.delta), -abs(r.lead_new - r.lead_old), r.unit))


def _months(date: str) -> tuple[int, int]:
    y, mo = int(date[:4]), int(date[5:7])
    return y * 12 + mo, int(date[8:10]) if len(date) >= 10 else 31


def unit_workplan_roles(
    old: nx.MultiDiGraph, new: nx.MultiDiGraph, unit: str
) -> list[tuple[str, tuple[int, int], tuple[int, int]]]:
    """Per workplan, ``unit``'s (measures led, measures supported) in the old and in the new plan.

    Workplans are paired as in :func:`diff_graphs` (a renamed workplan is one row, under its new
    title). Rows with the most measures first.

    >>> old, new = _example_graphs()
    >>> unit_workplan_roles(old, new, "区财政局")
    [('重点任务（修订）', (1, 0), (0, 1))]
    """
    a, b = _measures(old), _measures(new)
    pairs = match_measures(a, b)
    wo, wn = _workplans(old), _workplans(new)
    renamed = {}
    for i, j in pairs:
        renamed.setdefault(a[i].workplan, Counter())[b[j].workplan] += 1
    title_of_old = {w: _title(wn[c.most_common(1)[0][0]]) for w, c in renamed.items()}
    rows: dict[str, list[int]] = {}
    for m in a:
        if unit in m.units:
            key = title_of_old.get(m.workplan, _title(wo.get(m.workplan, {})))
            rows.setdefault(key, [0, 0, 0, 0])[0 if unit in m.leads else 1] += 1
    for m in b:
        if unit in m.units:
            rows.setdefault(m.title, [0, 0, 0, 0])[2 if unit in m.leads else 3] += 1
    ordered = sorted(rows.items(), key=lambda kv: (-sum(kv[1]), kv[0]))
    return [(t, (c[0], c[1]), (c[2], c[3])) for t, c in ordered]


def _example_graphs() -> tuple[nx.MultiDiGraph, nx.MultiDiGraph]:
    """Two tiny plans in contract shape (for the doctest): the new one retitles 重点任务."""

    def plan(workplans):
        G = nx.MultiDiGraph()
        for n, (title, measures) in enumerate(workplans, start=1):
            w = f"workplan:d:{n}"
            G.add_node(w, kind="Workplan", number=str(n), title=title, variant=None)
            for s, (text, deadline, leads, supports) in enumerate(measures, start=1):
                m = f"measure:d:{n}:{s}"
                G.add_node(m, kind="Measure", text=text, deadline=deadline)
                G.add_edge(m, w, rel="PART_OF")
                for rel, names in (("LEADS", leads), ("SUPPORTS", supports)):
                    for name in names:
                        G.add_node(f"unit:{name}", kind="Unit", name=name)
                        G.add_edge(f"unit:{name}", m, rel=rel)
        return G

    old = plan(
        [
            ("重点任务", [("建设平台。", "2025-06", ["区大数据局"], []), ("落实资金。", None, ["区财政局"], [])]),
            ("组织保障", []),
        ]
    )
    new = plan(
        [
            (
                "重点任务（修订）",
                [("建设平台。", "2025-12", ["区大数据局"], ["区财政局"]), ("落实资金。", None, ["区税务局"], [])],
            ),
            ("要素保障", [("保障用地。", None, [], ["区大数据局"])]),
        ]
    )
    return old, new
