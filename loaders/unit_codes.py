"""Units written as numbers (round 58): a plan that says its units are written by number and gives each number's
unit (``清单中责任单位以序号代替，序号与单位对应如下：1—县发展和改革局；2—县行政审批服务局；…``), then writes its
fields with the numbers alone (``（牵头单位：2；配合单位：1、3；完成时限：…）``).

A reader reads each number as its unit: the fields are rewritten with the names, and the legend's pairs are taken
out of its sentence (the sentence names no task). Lines stay where they are. Without such a legend nothing changes:
a number alone in a unit field names nothing. ``parse`` looks for the legend only when a first reading's first or
last task of a workplan has a number for its lead (``names_numbers``), and reads the text once more with the
names. A table's unit cell holding numbers alone (``| 3、5 |``, round 74) has no field to rewrite: the tasks read
from it have their numbers named afterwards (``with_numbers_named``), in a text's pipe table and in every reader's
tables (``tables.document_from_tables``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from reformgraph.loaders.unit_names import is_unit_name
from reformgraph.loaders.vocab import UNIT_LABELS, trie_pattern
from reformgraph.regexcache import compiled

# the legend's opening: the numbers stand for the units (序号与单位对应如下：, 以下代码代表：, 编号表示…, 责任单位代码：),
# or a heading of its own over the pairs, its line closed with no colon (附：责任单位代码 / 责任单位代码对照表; round 74)
LEGEND_WORDS = ("序号", "代码", "编号", "代号")
_LAST_CHARACTERS = "号码"
# a code: a number of one or two digits, or a circled number (①…⑳, round 75: 责任单位：①③, its legend ①县发改局　②…)
CIRCLED = "\u2460-\u2473"
_KEY = rf"\d{{1,2}}|[{CIRCLED}]"
# a pair of the legend: a number, a mark (a circled number needs none), the unit's name
_PAIR_TEXT = rf"(?:\d{{1,2}}\s*[—－\-–:：.．]|[{CIRCLED}])\s*[^；;，,、。\s\d{CIRCLED}]{{2,30}}"
_LEGEND = compiled(
    r"(?:序号|代码|编号|代号)(?:[^。\n]{0,20}?(?:对应|代替|代表|表示)[^。\n]{0,12}?)?"
    # a colon; or the heading's line closing (附：责任单位代码); or the pairs after wide spaces on its line
    # (注：责任单位代码　①区消防救援大队　②…, round 75)
    rf"(?:[：:]|[^。：:\n]{{0,6}}?(?=[ \t\u3000]*\n)|[^。：:\n]{{0,6}}?(?=[ \t\u3000]+(?:{_PAIR_TEXT})))"
    rf"((?:\s*(?:{_PAIR_TEXT})[；;，,、]?){{2,}})"
)
_PAIR = compiled(
    rf"(\d{{1,2}}(?=\s*[—－\-–:：.．])|[{CIRCLED}])\s*[—－\-–:：.．]?\s*([^；;，,、。\s\d{CIRCLED}]{{2,30}})"
)
# a number in a unit list, with the role a bracket after it gives (1（牵头）)
_CODE = r"\d{1,2}(?:[（(](?:牵头|负责|配合|协办)[)）])?"
# a unit field written as numbers: 牵头单位：2；, 配合单位：1、3）, 责任单位：1（牵头）、2; or as circled numbers, one
# after another or apart (责任单位：①③, ②、④、⑤)
_CODED_FIELD = compiled(
    rf"((?:{trie_pattern(UNIT_LABELS)})[:：])({_CODE}(?:[、，,]{_CODE})*|[{CIRCLED}](?:[、，,]?[{CIRCLED}])*)"
    r"(?=[；;）)。\s]|$)"
)
# numbers before a role verb in a bracket: （1牵头，2、3配合；…）, （2负责）
_CODED_ROLE = compiled(r"(?<=[（(，,；;])(\d{1,2}(?:[、，,]\d{1,2})*)(?=牵头|负责|配合|协办|参与|指导)")
_NUMBER = compiled(_KEY)
_CIRCLED_UNITS = compiled(rf"[{CIRCLED}](?:[、，,]?[{CIRCLED}])*")


def unit_codes(text: str) -> tuple[dict[str, str], tuple[int, int] | None]:
    """The units a legend in ``text`` gives its numbers, and the span of its pairs; ``({}, None)`` when none does
    (two pairs at least, each number once, each name a unit's).

    >>> codes, span = unit_codes("责任单位以序号代替，序号与单位对应如下：1—县财政局；2—县民政局。")
    >>> codes, span
    ({'1': '县财政局', '2': '县民政局'}, (20, 33))
    >>> unit_codes("序号对应如下：1—推进改革；2—完成验收。"), unit_codes("（牵头单位：2；配合单位：1）")
    (({}, None), ({}, None))
    >>> unit_codes("附：责任单位代码对照表\\n1．县委办公室　　2．县财政局\\n3．县民政局")[0]
    {'1': '县委办公室', '2': '县财政局', '3': '县民政局'}
    """
    for last in _LAST_CHARACTERS:  # the words' last characters found one by one: ``str.find`` of one character is
        # the fastest scan there is (a regex of the alternatives tries every character; a word's find, 2-character
        # search, scanned the bundled plan 5 times slower, about 3 M instructions for the four)
        at = text.find(last, 1)
        while at != -1:
            if text[at - 1 : at + 1] in LEGEND_WORDS and (legend := _LEGEND.match(text, at - 1)) is not None:
                pairs = _PAIR.findall(legend.group(1))
                codes = dict(pairs)
                if len(codes) == len(pairs) and all(is_unit_name(name) for name in codes.values()):
                    return codes, legend.span(1)
            at = text.find(last, at + 1)
    return {}, None


def with_units_named(text: str, codes: dict[str, str], legend: tuple[int, int]) -> str:
    """``text`` with each unit field written as numbers (``unit_codes``) written with the units' names, and the
    legend's pairs taken out of its sentence (its line breaks kept). A field holding a number the legend does not give stays as written.

    >>> text = "对应如下：1—县财政局；2—县民政局。\\n1.建设平台。（牵头单位：2；配合单位：1、2；完成时限：6月）"
    >>> print(with_units_named(text, {"1": "县财政局", "2": "县民政局"}, (5, 18)))
    对应如下：。
    1.建设平台。（牵头单位：县民政局；配合单位：县财政局、县民政局；完成时限：6月）
    """

    def names(numbers: str) -> str | None:
        if not all(n in codes for n in _NUMBER.findall(numbers)):
            return None
        if "\u2460" <= numbers[0] <= "\u2473":  # ①③: the names listed, 、 between them
            return "、".join(codes[n] for n in _NUMBER.findall(numbers))
        return _NUMBER.sub(lambda n: codes[n.group(0)], numbers).replace("，", "、").replace(",", "、")

    def named_field(field: re.Match[str]) -> str:
        listed = names(field.group(2))
        return field.group(0) if listed is None else field.group(1) + listed

    def named_list(numbers: re.Match[str]) -> str:
        return names(numbers.group(0)) or numbers.group(0)

    start, end = legend
    text = text[:start] + "\n" * text.count("\n", start, end) + text[end:]
    return _CODED_ROLE.sub(named_list, _CODED_FIELD.sub(named_field, text))


def names_numbers(doc) -> bool:
    """Whether the first or the last task of a workplan of ``doc`` (a ``records.Document``) has its first lead
    written as a number alone (``牵头单位：2``): a plan writing its units as numbers writes them so from its start to
    its end, and its legend, above the tasks or below them (round 74: ``附：责任单位代号`` at the end), may read as a
    task of its own, the first or the last. Each unit of every task asked cost the bundled plan 1.3 M instructions
    (round 58), and in its tables 0.15 M (round 74).

    >>> from reformgraph.loaders.parse import parse_document
    >>> names_numbers(parse_document("某县清单\\n\\n1.推进改革。（牵头单位：3）\\n2.完成验收。（县财政局牵头）"))
    True
    """
    return any(
        (leads := m.leads) and ((raw := leads[0].raw).isdigit() or ("\u2460" <= raw[:1] <= "\u2473" and _circled(raw)))
        for w in doc.workplans
        if w.measures
        for m in (w.measures[0], w.measures[-1])
    )


def _circled(raw: str) -> bool:
    """Whether a unit ``raw`` as read is circled numbers alone (``①③``, ``⑫``: round 75; ``str.isdigit`` takes ①–⑨
    only).

    >>> _circled("①③"), _circled("⑫"), _circled("①县财政局"), _circled("县财政局")
    (True, True, False, False)
    """
    return _CIRCLED_UNITS.fullmatch(raw) is not None


def numbered_units(doc) -> bool:
    """Whether a task of ``doc`` (a ``records.Document``) names a unit by a number alone (``3``): a table's unit cell
    of numbers, read before its legend is looked for.

    >>> from reformgraph.loaders.parse import parse_document
    >>> numbered_units(parse_document("某县清单\\n\\n1.推进改革。（牵头单位：3）"))
    True
    """
    return any(u.raw.isdigit() for w in doc.workplans for m in w.measures for u in (*m.leads, *m.supports))


def with_numbers_named(doc, codes: dict[str, str]):
    """``doc`` with each task's unit written as a number alone that ``codes`` gives (``unit_codes``) named so (a
    table's unit cell ``3、5``, whose numbers no field rewrite reaches); a task's leads or supports holding a number
    the legend does not give stay as written, as such a field does (``with_units_named``).

    >>> from reformgraph.loaders.parse import parse_document
    >>> doc = with_numbers_named(parse_document("某县清单\\n\\n1.推进改革。（牵头单位：3；配合单位：4、9）"), {"3": "县财政局", "4": "县民政局"})
    >>> [u.raw for u in doc.workplans[0].measures[0].leads], [u.raw for u in doc.workplans[0].measures[0].supports]
    (['县财政局'], ['4', '9'])
    """

    def named(units):
        if any(u.raw.isdigit() and u.raw not in codes for u in units):
            return units
        return tuple(replace(u, raw=codes[u.raw]) if u.raw in codes else u for u in units)

    plans = tuple(
        replace(w, measures=tuple(replace(m, leads=named(m.leads), supports=named(m.supports)) for m in w.measures))
        for w in doc.workplans
    )
    return replace(doc, workplans=plans)
