"""The assignment index's fast paths (issue 15, parser round 6) read exactly as the rules they stand for.

- ``assign._labelled`` walks the labelled fields of a region and reads each as it is met: the same
  assignment as the fields found first (``LABEL.finditer``, a match at a field start ends the value before
  it) and read one by one, as ``read_region`` was written;
- ``assign.read_inside`` tells whether a label opens the parenthetical from its first field: ``LABEL.match``;
- ``assign._field_value`` reads a value that is one plain unit list without the clause loop: the general
  value reader's units and trailing text;
- ``scan.indexes_of`` finds the openers of no simple pair: every index of the value.
"""

from __future__ import annotations

import random
import re
import time

from reformgraph.loaders import assign, unit_lists
from reformgraph.loaders.deadlines import parse_deadline
from reformgraph.loaders.people import names_a_person
from reformgraph.loaders.roles import Assignment
from reformgraph.loaders.scan import indexes_of
from reformgraph.loaders.unit_names import is_unit_name
from reformgraph.loaders.vocab import (
    ADJUSTED_DEADLINE_LABELS,
    ALL_LABELS,
    DOER_LABELS,
    LABEL,
    LABEL_ROLES,
    PEOPLE_ROLES,
    PERSON_ENDS,
    PERSON_LABELS,
    PHONE_LABELS,
    ROLE_VERBS,
    row_reports_done,
    split_role,
)


def _reference_fields(text: str, start: int, end: int, field_starts: frozenset[int]):
    """The labelled fields from ``LABEL.finditer``: a match at a field start ends the value before it, and so does
    a field's label (no role word) right after a unit name (in the 64 characters before it) that ends a field's
    value (round 24)."""
    starts = []
    marked = set()  # round 54: the starts of fields after a unit and a mark (A/配合单位：B): the mark ends no name
    for m in LABEL.finditer(text, start, end):
        at = m.start()
        if (
            at == start
            or text[at - 1] in unit_lists.FIELD_OPENERS
            or at in field_starts
            or assign._after_level(text, start, at)
        ):
            starts.append(m)
        elif starts:
            before = text[max(starts[-1].end(), at - 64) : at]
            bare = before.rstrip(assign._MARKS_BEFORE_LABEL)
            if is_unit_name(re.split("[、，,/／]", before)[-1]):
                starts.append(m)
            elif bare != before and is_unit_name(re.split("[、，,/／]", bare)[-1]):
                starts.append(m)
                marked.add(at)
            elif LABEL_ROLES[starts[-1].group(1)] in PEOPLE_ROLES and names_a_person(before):
                starts.append(m)  # a person's name right before it (分管厅领导：张某某完成时限：…, round 34)
    ends = [m.start() for m in starts[1:]] + [end]
    # and a field start where a field of a label the grammar does not know opens ends the value (round 30); such a
    # field whose label ends as a person's or a phone's is a person field (round 31)
    fields = []
    for m, e in zip(starts, ends):
        others = sorted(s for s in field_starts if m.end() < s < e and _reference_unknown_field(text, s))
        people = []
        for s, s_end in zip(others, [*others[1:], e]):
            colon = assign.OTHER_FIELD.match(text, s).end()
            if text[s : colon - 1].endswith(PERSON_ENDS):
                people.append((text[s : colon - 1], text[colon:s_end].strip(unit_lists.NAME_PUNCTUATION), colon))
        value = text[m.end() : others[0] if others else e]
        if e in marked and not others:
            value = value.rstrip(assign._MARKS_BEFORE_LABEL)
        fields.append((m.start(), m.group(1), value, people))
    return fields


def _reference_unknown_field(text, at):
    """A label the grammar does not know at ``at``, not a unit name before a known label (round 41)."""
    found = assign.OTHER_FIELD.match(text, at)
    if found is None:
        return False
    label = text[at : found.end() - 1]
    return not any(label[i:] in LABEL_ROLES and is_unit_name(label[:i]) for i in range(2, len(label) - 1))


def _reference_unlabelled(text, start, end, *, lead_in):
    """Units carrying a role verb; else (round 24) the units after one opening clause that names no unit, the
    clause their deadline when it reads as one and they state none."""
    read = unit_lists.read_value(text, start, end, None, strict=True)
    if read is not None and read[0] and any(u.role for u in read[0]):
        units, trailing, first_listed, carried = read
        return Assignment(
            tuple(units), assign._trailing_deadline(text, trailing), False, units[0].pos, first_listed, tuple(carried)
        )
    cut = re.compile("[，,；;]").search(text, start, end) if lead_in else None
    if cut is None or cut.start() == start or is_unit_name(split_role(text[start : cut.start()])[0]):
        return None
    rest = _reference_unlabelled(text, cut.end(), end, lead_in=False)
    if rest is not None and rest.deadline is None and parse_deadline(text[start : cut.start()]).status:
        return rest._replace(deadline=text[start : cut.start()])
    return rest


def _reference_region(text, start, end, *, require_label=False, field_starts=frozenset()):
    """``read_region`` as first written: the fields found first, then each value read by ``_read_value``."""
    fields = _reference_fields(text, start, end, field_starts)
    if not fields:
        if require_label:
            return None
        return _reference_unlabelled(text, start, end, lead_in=True)
    units, deadline, rest, first_listed, carried, roles, people = [], None, None, False, [], [], []
    anchor = first_unit = done = None
    # round 52: doers (实施主体, 业主单位 …) lead where no label from the first field on is a lead's or a responsible's
    labels = [m.group(1) for m in LABEL.finditer(text[start:end]) if start + m.start() >= fields[0][0]]
    doers_lead = not DOER_LABELS.isdisjoint(labels) and all(
        LABEL_ROLES[x] not in ("lead", "responsible") for x in labels
    )
    for at, label, value, others in fields:
        role = assign._field_role(label, value)  # round 41: 具体负责：张三 a person (as the reader asks the value)
        if role == "support" and label in DOER_LABELS and doers_lead:
            role = "responsible"
        roles.append(role)
        if role == "deadline":
            if deadline is None or label in ADJUSTED_DEADLINE_LABELS:  # round 36: 调整后完成时限 first
                deadline = value.strip(unit_lists.NAME_PUNCTUATION) or deadline
            people += others
            continue
        if role == "progress":  # round 36: names no unit; 已完成 marks the task done
            # round 44: a yes-no field's 是 (是否办结：是) marks it done too, as the reader asks ``row_reports_done``
            # (round 79's labels changed the random words, and 是否办结：是 cut after its 是 was drawn for the first time)
            done = done or row_reports_done([(label, value.strip(unit_lists.NAME_PUNCTUATION))])
            people += others
            continue
        if role in ("person", "phone"):  # round 25: a person field names no unit, only people
            value, dated = assign._person_and_deadline(value)  # round 31: a deadline after the person
            if dated is not None and deadline is None:
                deadline = dated
            people.append((label, value.strip(unit_lists.NAME_PUNCTUATION), at + len(label) + 1))
            people += others
            continue
        if value.strip(unit_lists.NAME_PUNCTUATION) in assign._NO_UNIT:  # round 37: 配合单位：无 names no unit
            people += others
            continue
        if "（" in value or "(" in value:  # round 31: a unit's person in brackets after it
            people += assign._bracketed_people(label, value, at + len(label) + 1)
        people += others
        if anchor is None:
            if role in ("lead", "responsible"):
                anchor = at
            elif first_unit is None:
                first_unit = at
        value_start = at + len(label) + 1
        value_end = value_start + len(value)
        # round 41: a line of names of its own (no mark before it, a level or collective opening it) is a list
        cuts = sorted(
            s
            for s in field_starts
            if value_start < s < value_end and text[s - 1] not in "、，,；;" and text[s] in "省市县区乡镇街村州旗各有相"
        )
        for a, b in zip([value_start, *cuts], [*cuts, value_end]):
            found, trailing, fl, ca = unit_lists.read_value(text, a, b, role, strict=False)
            # round 44: a post and a name listed among the units (科长 张某某) are a person of the task
            found, trailing, fl, ca, persons = unit_lists.people_apart((found, trailing, fl, ca))
            people += [(label, u.name, u.pos) for u in persons]
            units.extend(found)
            if trailing and rest is None:
                rest = assign._after_units(text, trailing, b)
            first_listed = first_listed or fl
            carried += ca
    if not units and fields[0][0] > start:  # units before a deadline field (round 23): the text before, unlabelled
        before = _reference_region(text, start, fields[0][0], field_starts=field_starts)
        if before is not None:
            units, anchor, first_listed, carried = (
                list(before.units),
                before.anchor,
                before.first_listed,
                before.carried,
            )
            if deadline is None and before.deadline is not None and people:  # round 31: before a person field
                deadline = before.deadline
    elif units and fields[0][0] > start:
        # round 37: unit names alone before the first label (县司法局；配合单位：…) are the responsible units; round 44:
        # before a lead or responsible label, only units written leading (市发改委牵头；责任单位：各区政府)
        labelled_leads = "lead" in roles or "responsible" in roles
        head = text[start : fields[0][0]]
        if "：" not in head and ":" not in head:
            found, trailing, _, _ = unit_lists.read_value(text, start, fields[0][0], "responsible", strict=False)
            rest_before = (
                assign._after_units(text, trailing, fields[0][0]) if found else head.strip(unit_lists.NAME_PUNCTUATION)
            )
            if (
                found
                and not rest_before
                and all(assign.is_unit_name(u.name) or assign.is_collective(u.name) for u in found)
                and (not labelled_leads or all(u.role == "lead" for u in found))
            ):
                units, anchor = [*found, *units], found[0].pos
    if anchor is None:
        anchor = first_unit if first_unit is not None else fields[0][0]
    if done:
        deadline = f"{deadline}；已完成" if deadline else "已完成"
    return Assignment(
        tuple(units),
        # round 26: words after the units are the deadline unless they are a field of another label
        deadline if deadline is not None else None if rest is None or assign.OTHER_FIELD.match(rest) else rest,
        True,
        anchor,
        first_listed,
        tuple(carried),
        tuple(roles),
        tuple(people),
    )


_UNIT_AND_DEADLINE_LABELS = [label for label in ALL_LABELS if LABEL_ROLES[label] not in ("person", "phone")]
_WORDS = [
    *(label + "：" for label in _UNIT_AND_DEADLINE_LABELS),
    *(label + ":" for label in _UNIT_AND_DEADLINE_LABELS[::3]),
    *(label + "：" for label in (*PERSON_LABELS[::5], *PHONE_LABELS[::2])),  # round 25: a few person fields
    "张三",
    *(verb for verb, _ in ROLE_VERBS[::4]),
    "完成",  # 完成 + 时限： is one label, 时限： alone another
    "责任",
    "牵头",
    "区财政局",
    "各区政府",
    "区住房城乡建委和区规划资源局",
    "市交通委（科信处、宣传处）",
    "商务部等有关部门",
    "会同",
    "排在第一位的部门为牵头部门",
    "下同",
    "2022年6月",
    "持续推进",
    *"、，,/；;。：: （()）",
]


def _region_text(rng: random.Random) -> str:
    return "".join(rng.choice(_WORDS) for _ in range(rng.randrange(0, 14)))


def test_regions_read_as_their_fields_found_first():
    """Labels at and away from field starts (joined values), sub-ranges, line starts, with and without a memo."""
    memo: dict = {}
    checked = joined = by_line = 0
    for seed in range(6000):
        rng = random.Random(seed)
        text = _region_text(rng)
        a = rng.randrange(len(text) + 1)
        b = rng.randrange(a, len(text) + 1)
        labels = [m.start() for m in LABEL.finditer(text)]  # line starts where labels are, and elsewhere
        starts = frozenset(rng.sample(labels, rng.randrange(len(labels) + 1)) + [rng.randrange(len(text) + 1)])
        for start, end in ((0, len(text)), (a, b)):
            for require_label in (False, True):
                expected = _reference_region(text, start, end, require_label=require_label, field_starts=starts)
                for kept in (None, memo):
                    got = assign.read_region(
                        text, start, end, require_label=require_label, field_starts=starts, memo=kept
                    )
                    assert got == expected, (text, start, end, starts)
                checked += 1
            fields = _reference_fields(text, start, end, starts)
            joined += any(LABEL.search(value) for _, _, value, _ in fields)
            by_line += len(fields) > len(_reference_fields(text, start, end, frozenset()))
    assert checked == 24000 and joined > 500  # values that hold a label not at a field start were read
    assert by_line > 500  # and labels that start a field only at a line start


def test_a_label_first_inside_is_a_label_match():
    memo: dict = {}
    for seed in range(6000):
        inner = _region_text(random.Random(seed))
        expected = assign.read_region(inner, 0, len(inner))
        if expected is not None and not (expected.units or expected.labelled):
            expected = None
        got = assign.read_inside(inner, memo)
        assert got == (None if expected is None else (expected, LABEL.match(inner) is not None)), inner


def test_one_list_values_read_as_the_general_value_reader(monkeypatch):
    """``_field_value``: the general reader's units and the text after them, for plain values and others."""
    pieces = ["区财政局", "市交通局", "甲", "牵头", "负责", "配合", "办", " ", "、", "，", ",", "/", "；", ";", "。"]
    pieces += ["：", "等", "和", "（", "）", "下同", "2025年"]
    rng = random.Random(76)
    values = ["".join(rng.choice(pieces) for _ in range(rng.randrange(8))) for _ in range(20000)]
    roles = ["lead", "support", "responsible"]
    fast = [assign._field_value("甲乙丙" + v, v, 3, roles[i % 3]) for i, v in enumerate(values)]
    everything = re.compile("")  # "not plain" always: the general reader everywhere
    monkeypatch.setattr(unit_lists, "_NOT_PLAIN_UNITS", everything)
    monkeypatch.setattr(unit_lists, "NOT_PLAIN_VALUE", everything)
    monkeypatch.setattr(assign, "NOT_PLAIN_VALUE", everything)
    for i, (value, got) in enumerate(zip(values, fast)):
        text = "甲乙丙" + value
        found, trailing, first_listed, carried = unit_lists.read_value(text, 3, len(text), roles[i % 3], strict=False)
        expected = (found, assign._after_units(text, trailing, len(text)), first_listed, carried)
        assert (got[0], got[1], got[2], list(got[3])) == expected, value
    assert sum(1 for v in values if v and "；" not in v[:-1] and not unit_lists.CLAUSE_MARK.search(v[:-1])) > 2000


def test_indexes_of_a_value_are_every_index():
    rng = random.Random(77)
    for _ in range(5000):
        values = [rng.choice([0, 0, 1, 2, 3]) for _ in range(rng.randrange(12))]
        assert indexes_of(values, 0) == [i for i, v in enumerate(values) if v == 0], values


def test_a_huge_region_reads_in_linear_time():
    """200,000 characters of labels, most of them not at a field start (one value joins them all)."""
    for text in (
        "牵头单位：" * 40000,
        "牵头单位：区财政局；" * 20000,
        "牵头单位：区财政局" + "责任单位：区财政局" * 20000,
        "完成时限：" + "时限：" * 66000,
    ):
        began = time.process_time()
        got = assign.read_region(text, 0, len(text))
        assert time.process_time() - began < 2, text[:20]
        assert got == _reference_region(text, 0, len(text))


def test_document_patterns_match_as_written():
    """``CARRIED_UNIT`` opens with one character and a lookahead (so ``re`` scans for that character), and the
    ends of the first-listed statements are found by their last character and a lookbehind: the same matches."""
    from reformgraph.loaders.vocab import _FIRST_LISTED_END, CARRIED_UNIT

    written = {
        CARRIED_UNIT: re.compile(  # (以下均为X，不再列出: round 44)
            r"以下均(?:需要|需|由|要|为)(.{2,20}?)(?:(?:负责)?(?:落实|实施|负责)|(?=[，,]?不再(?:单独|一一)?列出))"
        ),
        _FIRST_LISTED_END: re.compile("为牵头|是牵头"),
    }
    words = ["以", "下", "均", "以下均", "需", "由", "要", "负责", "落实", "实施", "试点城市政府", "甲", "。"]
    words += ["，", "不再列出", "不再一一列出"]
    words += ["为", "是", "牵", "头", "牵头", "为牵头", "是牵头"]
    rng = random.Random(78)
    texts = ["".join(rng.choice(words) for _ in range(rng.randint(0, 16))) for _ in range(20000)]
    for text in texts:
        carried, plain = CARRIED_UNIT, written[CARRIED_UNIT]
        assert [(m.span(), m.groups()) for m in carried.finditer(text)] == [
            (m.span(), m.groups()) for m in plain.finditer(text)
        ], text
        ends, plain = _FIRST_LISTED_END, written[_FIRST_LISTED_END]
        assert [m.end() for m in ends.finditer(text)] == [m.end() for m in plain.finditer(text)], text
    assert sum(1 for t in texts if CARRIED_UNIT.search(t)) > 200
