"""The workplan-book layout: a table of contents, then one workplan per entry, each closing with
its 责任单位及责任人 section (the bundled document's layout).

The table of contents is the skeleton: each entry (an item, or its sub-variants when it has
them) is one workplan, found in the body in the same order. In the body every workplan
opens with a title block followed by a ``一、`` heading. Its measures are the labelled
parentheticals naming a lead (``（牵头单位：…）``, ``（责任单位：…）``); its text runs from the
last enumerated paragraph or heading before the bracket.

>>> from reformgraph.loaders.source import Source
>>> from reformgraph.loaders.assignments import index_assignments
>>> source = Source.from_text(SAMPLE)
>>> reading = read_workplans(source, index_assignments(source))
>>> [(s.number, s.title, s.variant) for s in reading.sections]
[('1', '开展试点改革事项工作方案', None), ('2.1', '优化审批改革事项工作方案', '政府采购')]
>>> d = Draft(*reading.sections[0].drafts[0])  # a draft's fields as a plain tuple
>>> d.text, [u[:2] for u in d.assignment[0]], d.assignment[1], d.line  # (its units, deadline: by index)
('1.开展调研。依据《优化营商环境条例》。', [('市市场监管局', 'lead'), ('市高法院', 'support'), ('市财政局', 'support')], '2022年5月', 15)
>>> [(c.role, c.name, c.phones) for c in reading.sections[0].contacts]
[('分管领导', '杨光', ()), ('联络人', '毕士杰', ('67236219',))]
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from itertools import starmap
from typing import NamedTuple

from reformgraph.districts import find_districts
from reformgraph.loaders.assignments import Index
from reformgraph.loaders.citations import TITLE, classify_title
from reformgraph.loaders.compact import CompactText
from reformgraph.loaders.people import PHONE
from reformgraph.loaders.reading import Reading
from reformgraph.loaders.scan import split_outside
from reformgraph.loaders.source import Source
from reformgraph.loaders.tasklist import _lines_holding
from reformgraph.loaders.tasks import Draft, Section, one_line
from reformgraph.loaders.toc import TocEntryFields, is_toc_line, page_ref_start, parse_toc
from reformgraph.loaders.vocab import LABEL
from reformgraph.records import Citation, Contact, ParseWarning, Reform, ResponsibleUnit, positional_makers, quoted
from reformgraph.regexcache import compiled

SAMPLE = """# 某市人民政府办公室关于印发改革事项工作方案的通知

## 目 录

1. 开展试点改革事项工作方案..... ( 3 )
2. 优化审批改革事项工作方案..... ( 5 )
2.1 政府采购..... ( 5 )

# 开展试点改革事项工作方案
## 一、工作目标
目标。
## 二、适用范围
两江新区。
## 三、工作举措
1. 开展调研。依据《优化营商环境条例》。（牵头单位：市市场监管局；配合单位：市高法院、市财政局；完成时限：2022年5月）
## 五、责任单位及责任人
牵头单位：市市场监管局；分管领导：杨光；联络人：毕士杰；联系电话：67236219。

# 优化审批改革事项工作方案 (政府采购)
## 一、工作目标
## 三、工作举措
(一) 出台文件。(牵头单位：市财政局；完成时限：已完成)
## 五、责任单位及责任人
牵头单位：市财政局。
"""

_RESPONSIBLE = r"[一二三四五六七八九十]+、(责任单位|牵头单位)(及|和)?(责任人|联系人)"
_RESPONSIBLE_HEADING = compiled("^" + _RESPONSIBLE)
_NUMBERED = "[一二三四五六七八九十]+、"
_NUMBERED_HEADING = compiled("^" + _NUMBERED)
_NUMERALS = "一二三四五六七八九十"  # what a numbered heading starts with (looked at before the regex is tried)
_SCOPE_HEADING = compiled("^" + _NUMBERED + "适用范围")
_SECTION_ONE = compiled("一、")  # what a workplan's first heading starts with
_RESPONSIBLE_WORDS = ("、责任单位", "、牵头单位")  # what a 责任单位及责任人 heading holds (the 适用范围
# heading is looked for in each workplan: a third word here would be a third scan of the text)
_SCOPE_WORD = "、适用范围"  # what a 适用范围 heading holds
_ENUMERATOR = compiled(r"\d{1,2}[.．、]|[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]+、|[①-⑳]")
# what an enumerated line may start with besides a digit (``str.isdecimal``, as ``\d``): looked at first
_ENUMERATOR_FIRST = frozenset("（(" + _NUMERALS + "".join(map(chr, range(ord("①"), ord("⑳") + 1))))
_CLOSING = compiled(r"^(抄送|主送|印送)[:：]")
_CLOSING_FIRSTS = frozenset("抄主印")  # what a line _CLOSING matches starts with (looked at before the regex is tried)
# 五、责任单位及责任人 and its other forms after the numeral (``_RESPONSIBLE``'s words, every choice): a line of one numeral
# and one of these is a responsible heading, decided without the regex (``_Layout``)
_RESPONSIBLE_FORMS = tuple(
    f"、{unit}{joint}{person}"
    for unit in ("责任单位", "牵头单位")
    for joint in ("及", "和", "")
    for person in ("责任人", "联系人")
)
_PRINTED = compiled(r"\d{4}年\d{1,2}月\d{1,2}日印发$")
_VARIANT = compiled(r"[（(]([^（()）]+)[)）]$")
_VARIANT_COMMA = compiled(r"\s*,\s*")  # a variant's commas, written ，
_VARIANT_NOISE = compiled(r"[，,\s]")  # what comparing two variants ignores
_LEADING_PHONES = compiled(r"^[\d、，,\-—\s；;/]+")
_NAME_SEPARATORS = compiled(r"[、，,；;。]")
_NAME_ENDS = "、，,；;。"  # _NAME_SEPARATORS as a string (stripped off a value's end)
# A label is 2-6 CJK characters and a colon: checked first (without backtracking), it spares trying the ten
# labels at every other position (a section's split costs a third less).
_CONTACT_LABEL = compiled(
    r"(?=[\u4e00-\u9fa5]{2,6}+[:：])"
    r"(牵头单位|责任单位|配合单位|[\u4e00-\u9fa5]{0,3}(?:领导|负责人|责任人)|联络人|联络员|联系人|联系电话|电话|手机)[:：]"
)
# The usual labels (each one _CONTACT_LABEL reads), each after a character that is not CJK (a mark, a separator
# or the section's start: the 2-6 CJK characters before a colon that _CONTACT_LABEL takes are then the label's
# own, from its first character). Every alternative opens with a literal, so ``re`` scans only for their first
# characters. When these account for every colon of a section, they split it as _CONTACT_LABEL does.
_USUAL_LABELS = (
    "牵头单位", "责任单位", "配合单位", "分管领导", "主要领导", "处室负责人", "处室责任人", "庭负责人", "负责人",
    "责任人", "联络人", "联络员", "联系人", "联系电话", "电话", "手机",
)  # fmt: skip
# "not after a Chinese character" as "not after a letter beyond ASCII" (``[^\W\d_a-zA-Z]``): the same for a plan's
# text, and compiled in a fraction of the time (each ``[\u4e00-\u9fa5]`` is a 20,902-character set to compile:
# 24 ms of every start-up for the sixteen of them)
_USUAL_LABEL = compiled("(" + "|".join(w[0] + r"(?<![^\W\d_a-zA-Z].)" + w[1:] for w in _USUAL_LABELS) + ")[:：]")


class _Block(NamedTuple):
    """A workplan's title block in the body: where it starts and what it says.

    ``_find_blocks`` makes these fields as plain tuples (a tuple literal costs no ``tuple.__new__`` call, and an
    exact tuple is indexed and unpacked by the specialised bytecode), read by index; ``_Block(*b)`` names them.
    """

    start: int  # 0-based index of the first title line
    section_one: int  # 0-based index of the 一、 heading
    title: str
    variant: str | None


_BlockFields = tuple[int, int, str, str | None]  # a ``_Block``'s fields in order, as a plain tuple


def read_workplans(source: Source, index: Index) -> Reading | None:
    """The workplan-book reading of a document, or None when it has no such skeleton.

    Proposed only when title blocks are found and the document has a table of contents
    or a 责任单位及责任人 heading. Its evidence counts the measures read, the table-of-contents
    entries found in the body, and the units and people its responsible sections name.
    """
    lines, compacts = source.lines, source.compacts
    layout = _Layout(source)
    blocks = _find_blocks(source, layout.section_one)
    if not blocks:
        return None
    toc_start = _toc_start(lines, compacts, blocks[0][0])
    if toc_start is None and not layout.responsible:
        return None
    warnings: list[ParseWarning] = []
    toc = parse_toc(lines[toc_start : blocks[0][0]], first_line=toc_start + 1) if toc_start is not None else []
    skeleton, reforms = _skeleton(toc, blocks, warnings)
    matched = _align(skeleton, blocks, warnings)
    sections = _read_workplans(layout, index, blocks, matched, warnings)
    # measures read, table-of-contents entries found in the body, units and people of the responsible sections
    evidence = sum(len(s.drafts) + 1 + len(s.responsible) + len(s.contacts) for s in sections)
    return Reading(
        layout="workplans",
        sections=tuple(sections),
        evidence=evidence,
        warnings=tuple(warnings),
        reforms=reforms,
        first_line=blocks[0][0] + 1,
        head_end=toc_start if toc_start is not None else blocks[0][0],
    )


class _Layout:
    """The lines of a document that structure its workplans (0-based, ascending), found once for all of them."""

    def __init__(self, source: Source):
        self.source = source
        compacts = source.compacts
        # each heading looked for by a word it must hold (string search), then matched on its line
        self.section_one = _lines_starting(source, _SECTION_ONE)
        # 五、责任单位及责任人, matched only on a line holding a word it must hold (二、适用范围: see ``_scope``): each
        # word looked for whole by ``str.find`` (1.49 M instructions on the bundled plan; the regex's scan for its
        # 、, on most lines, 1.76 M)
        headed = sorted(
            [line - 1 for line in _lines_holding(source.text.text, _RESPONSIBLE_WORDS, source, _RESPONSIBLE_WORDS)]
        )
        # one numeral and the usual words decided by ``str.startswith`` (the line holds a word: not empty), any other
        # line by the pattern
        self.responsible = [
            i
            for i in headed
            if ((c := compacts[i]).startswith(_RESPONSIBLE_FORMS, 1) and c[0] in _NUMERALS)
            or _RESPONSIBLE_HEADING.match(c)
        ]
        self.citations: dict[str, str] = {}  # title → category, classified once
        self.districts: dict[str, tuple[str, ...]] = {}  # scope → districts

    def first(self, found: list[int], start: int, end: int) -> int | None:
        """The first of ``found`` in ``[start, end)``, else None."""
        k = bisect_left(found, start)
        return found[k] if k < len(found) and found[k] < end else None


# ---- skeleton: table of contents and title blocks -------------------------------------------


def _find_blocks(source: Source, section_one: Sequence[int]) -> list[_BlockFields]:
    """The title blocks over the ``一、`` headings ``section_one`` (0-based lines)."""
    compacts, text, offsets = source.compacts, source.text.text, source.offsets
    blocks: list[_BlockFields] = []
    for i in section_one:
        if len(compacts[i]) > 30:
            continue
        j, first = i - 1, i
        seen = 0
        while j >= 0 and seen < 6:
            cj = compacts[j]
            if cj:
                if not _is_title_line(cj):
                    break
                first = j
                seen += 1
            j -= 1
        if first == i:
            continue
        title, variant = _split_variant(text[offsets[first] : offsets[i]])  # its lines joined
        blocks.append((first, i, title, variant))  # ``_Block``'s fields
    return blocks


def _body_end(compacts: Sequence[str], start: int) -> int:
    """Where the last workplan ends: before a closing 抄送/印发 block, else at the end of the text."""
    for i in range(start, len(compacts)):
        c = compacts[i]
        if (c[:1] in _CLOSING_FIRSTS and _CLOSING.match(c)) or (c.endswith("印发") and _PRINTED.search(c)):
            return i
    return len(compacts)


def _is_title_line(c: str) -> bool:
    """Whether compact line ``c`` may be part of a workplan's title block.

    >>> _is_title_line("优化审批改革事项工作方案"), _is_title_line("五、责任单位及责任人"), _is_title_line("目录")
    (True, False, False)
    """
    if len(c) > 60 or "：" in c or ":" in c or c.endswith(("。", "；", ";")) or c == "目录":
        return False
    # 五、责任单位及责任人 is a numbered heading too (one numeral and its 、 decided without the pattern)
    if c[0] in _NUMERALS and (c[1:2] == "、" or _NUMBERED_HEADING.match(c)):
        return False
    # ``is_toc_line`` of a compact line: no space or mark at its end
    return c[-1] not in ")）" or page_ref_start(c) is None


def _split_variant(title: str) -> tuple[str, str | None]:
    # the pattern ends with a closing bracket and $ (the end, or before a final newline): not searched otherwise
    m = _VARIANT.search(title) if title.endswith((")", "）", ")\n", "）\n")) else None
    if m and m.start() > 0:
        return title[: m.start()], _VARIANT_COMMA.sub("，", m.group(1))
    return title, None


def _toc_start(lines: Sequence[str], compacts: Sequence[str], limit: int) -> int | None:
    for i in range(limit):
        if compacts[i] in ("目录", "目次"):
            return i + 1
    return next((i for i in range(limit) if is_toc_line(lines[i])), None)


def _skeleton(toc: list[TocEntryFields], blocks: list[_BlockFields], warnings: list[ParseWarning]):
    """(number, reform_number, title, variant) for every workplan the document should hold, and the reforms
    (``Reform``) of the document: each item of the table of contents, else each workplan.

    A sub-variant whose item is missing from the table of contents (``2.1`` without ``2``)
    is read as an item of its own, with a warning, and is a reform of its own.
    """
    if not toc:
        warnings.append(ParseWarning(1, "no table of contents: workplans numbered in body order", "no_toc"))
        out = [(str(i), str(i), b[2], b[3]) for i, b in enumerate(blocks, start=1)]
        return out, tuple([_reform(number, title) for number, _, title, _ in out])
    items = {e[0]: e for e in toc if not e[3]}  # ``TocEntry``'s fields: number, title, line, is_variant, parent
    variants: dict[str, list[TocEntryFields]] = {}
    for e in toc:
        if e[3]:
            variants.setdefault(e[4], []).append(e)
            if e[4] not in items:
                warnings.append(
                    ParseWarning(
                        e[2],
                        f"table of contents: sub-variant {e[0]} has no item {e[4]}",
                        "toc_orphan",
                        (("number", e[0]), ("parent", e[4])),
                    )
                )
    out = []
    reforms = []  # in the table's order: each item, and each sub-variant whose item is missing
    for e in toc:
        number, title, _, is_variant, parent_number = e
        if is_variant:
            parent = items.get(parent_number)
            if parent:
                out.append((number, parent_number, parent[1], title))
            else:
                out.append((number, number, title, title))
                reforms.append(_reform(number, title))
        else:
            reforms.append(_reform(number, title))
            if number not in variants:
                out.append((number, number, title, None))
    return out, tuple(reforms)


def _similarity(title: str, variant: str | None, block: _BlockFields) -> float:
    if title == block[2] and variant == block[3]:  # the usual case: both ratios 100
        return 100.0
    score = _ratio(title, block[2])
    if variant:
        v = _VARIANT_NOISE.sub("", variant)
        bv = _VARIANT_NOISE.sub("", block[3] or "")
        score = (score + _ratio(v, bv)) / 2
    return score


def _ratio(a: str, b: str) -> float:
    """rapidfuzz's ``fuzz.ratio`` (0–100: twice the longest common subsequence over both lengths), exactly.

    Bit-parallel LCS (Hyyrö 2004, as rapidfuzz computes it) on Python integers: titles are short, and
    importing rapidfuzz cost 5 % of a one-document build's start-up for this one comparison.

    A common prefix and a common suffix (taken after the prefix: they do not overlap) belong to a longest common
    subsequence, so only what lies between them is compared bit by bit (as rapidfuzz does): a table of contents'
    title and its body title mostly differ by a word or two (the bundled plan's five such pairs 0.56 → 0.20 M
    instructions). Equal to the whole comparison: ``tests/test_fast_paths_perfwork69.py``.

    >>> _ratio("优化营商环境", "优化营商环境"), round(_ratio("优化营商环境", "优化环境"), 1), _ratio("", "")
    (100.0, 80.0, 100.0)
    """
    total = len(a) + len(b)
    if not total:
        return 100.0
    if a == b:
        return 100.0
    same = _common_prefix(a, b)
    a, b = a[same:], b[same:]
    end = _common_suffix(a, b)
    same += end
    a, b = a[: len(a) - end], b[: len(b) - end]
    masks: dict[str, int] = {}
    for i, ch in enumerate(a):
        masks[ch] = masks.get(ch, 0) | (1 << i)
    full = (1 << len(a)) - 1
    rest = full  # bit i set: column i not yet matched by the LCS
    for ch in b:
        u = rest & masks.get(ch, 0)
        rest = ((rest + u) | (rest - u)) & full
    lcs = same + len(a) - rest.bit_count()
    return (1.0 - (total - 2 * lcs) / total) * 100


def _common_prefix(a: str, b: str) -> int:
    """The length of the longest common prefix of ``a`` and ``b``: a bisection of ``str.startswith`` calls (a
    prefix held by both holds its own prefixes), not a loop over characters.

    >>> _common_prefix("推动招投标", "推动招标投标"), _common_prefix("甲", "乙"), _common_prefix("", "甲")
    (3, 0, 0)
    """
    low, high = 0, min(len(a), len(b))
    while low < high:
        mid = (low + high + 1) >> 1
        if a.startswith(b[:mid]):
            low = mid
        else:
            high = mid - 1
    return low


def _common_suffix(a: str, b: str) -> int:
    """The length of the longest common suffix of ``a`` and ``b`` (``_common_prefix`` from the end).

    >>> _common_suffix("招投标领域", "招标投标领域"), _common_suffix("甲", "乙"), _common_suffix("甲", "")
    (4, 0, 0)
    """
    low, high = 0, min(len(a), len(b))
    while low < high:
        mid = (low + high + 1) >> 1
        if a.endswith(b[len(b) - mid :]):
            low = mid
        else:
            high = mid - 1
    return low


def _align(skeleton, blocks: list[_BlockFields], warnings: list[ParseWarning]):
    """Match each skeleton workplan to a body block, in order."""
    matched = []
    if len(skeleton) == len(blocks):
        for (number, reform, title, variant), (k, block) in zip(skeleton, enumerate(blocks)):
            # the usual workplan: its title and variant the table's (``_similarity``'s first test, without its call)
            if not (title == block[2] and variant == block[3]) and _similarity(title, variant, block) < 45:
                warnings.append(
                    ParseWarning(
                        block[0] + 1,
                        f"workplan {number}: body title {block[2]!r} differs from the table of contents",
                        "toc_title",
                        (("number", number), ("title", block[2])),
                    )
                )
            matched.append((number, reform, title, variant, k))
        return matched
    k = 0
    for number, reform, title, variant in skeleton:
        window = range(k, min(len(blocks), k + 4))
        best = max(window, key=lambda j: _similarity(title, variant, blocks[j]), default=None)
        if best is None or _similarity(title, variant, blocks[best]) < 45:
            warnings.append(
                ParseWarning(
                    blocks[min(k, len(blocks) - 1)][0] + 1,
                    f"workplan {number} ({title}) of the table of contents not found in the body",
                    "toc_missing",
                    (("number", number), ("title", title)),
                )
            )
            continue
        matched.append((number, reform, title, variant, best))
        k = best + 1
    return matched


# ---- the workplans, stage by stage ----------------------------------------------------------------


def _read_workplans(layout: _Layout, index: Index, blocks: list[_BlockFields], matched, warnings) -> list[Section]:
    """The workplans ``matched`` (from ``_align``) read, in one loop: each one's places (its lines, its 责任单位及责任人
    heading, its scope), measures, responsible section, citations and record, in one frame (session 49 read the
    places and the measures of all of them first, each list made and read again: 0.36 M instructions more).

    A workplan's lines ``[start, end)`` go without the empty lines at its end; its responsible heading is the first
    of ``layout.responsible`` in them (the workplans ascend, ``_align``: looked for from the last one's on, and from
    the first heading again when not); its body the lines before that heading. A measure is a labelled
    parenthetical of the body naming a lead; its text starts at the last heading or enumerated line before the
    parenthetical, or where the previous measure ends. A workplan's warnings come as one at a time gave them: its
    measures', then its responsible section's. Equal to a workplan read whole, one at a time:
    ``tests/test_wp20_fast_paths.py``.
    """
    source = layout.source
    offsets, text, compacts, headings = source.offsets, source.text, source.compacts, source.headings
    whole, line_at = text.text, text.line_at
    # the index's parenthetical assignments (``Index.between``: those starting in a body) and its unclosed ones,
    # ascending: only those in a body looked at
    found, found_at, all_unclosed = index.found, index.starts, index.unclosed
    usual_section = _USUAL_SECTION.fullmatch  # ``_responsible``'s usual section, matched here (one call less)
    # where each title may start (its 《), found once for the document: a workplan holding none has no citation
    marks = _title_marks(whole)
    held = len(marks)
    categories, districts_of = layout.citations, layout.districts
    heads = layout.responsible  # ascending; ``r``: the first not before the last workplan's start
    r, heads_held = 0, len(heads)
    before = -1
    sections = []
    for number, reform_number, title, variant, k in matched:
        start = blocks[k][0]
        end = blocks[k + 1][0] if k + 1 < len(blocks) else _body_end(compacts, start)
        while end > start + 1 and not compacts[end - 1]:
            end -= 1
        if start < before:  # not ascending: from the first heading again
            r = 0
        before = start
        while r < heads_held and heads[r] < start:
            r += 1
        resp = heads[r] if r < heads_held and heads[r] < end else None
        scope = _scope(whole, compacts, offsets, start, resp or end)
        body_end = resp if resp is not None else end
        # its measures: the body's parenthetical assignments, the body's text ``[body_start, body_stop)``
        body_start, body_stop = offsets[start], offsets[body_end]
        if all_unclosed:
            for pos in all_unclosed[bisect_left(all_unclosed, body_start) : bisect_left(all_unclosed, body_stop)]:
                if LABEL.match(whole, pos + 1):
                    warnings.append(
                        ParseWarning(
                            line_at(pos),
                            f"workplan {number}: unclosed parenthetical {whole[pos : pos + 20]}…",
                            "unclosed",
                            (("number", number), ("excerpt", whole[pos : pos + 20])),
                        )
                    )
        drafts: list[Draft] = []
        prev_end = body_start
        line = start  # 0-based line of the last offset looked up (they ascend: each lookup starts there)
        for at, f_end, assignment, bracketed, label_first, base in found[
            bisect_left(found_at, body_start) : bisect_left(found_at, body_stop)
        ]:  # the fields of Found
            if not (bracketed and label_first) or at < prev_end:
                continue
            if f_end > body_stop:
                warnings.append(
                    ParseWarning(
                        line_at(at),
                        f"workplan {number}: unclosed parenthetical {whole[at : at + 20]}…",
                        "unclosed",
                        (("number", number), ("excerpt", whole[at : at + 20])),
                    )
                )
                continue
            roles = assignment[6]  # its label roles (``roles.Assignment``'s fields by index: plain or named)
            if "lead" not in roles and "responsible" not in roles:
                if "support" in roles:
                    warnings.append(
                        ParseWarning(
                            line_at(at),
                            f"workplan {number}: parenthetical names no lead unit: {quoted(whole[at:f_end], 60)}",
                            "no_lead_parenthetical",
                            (("number", number), ("excerpt", quoted(whole[at:f_end], 60))),
                        )
                    )
                prev_end = f_end
                continue
            if not assignment[0]:  # its units
                warnings.append(
                    ParseWarning(
                        line_at(at), f"workplan {number}: empty lead unit field", "empty_lead", (("number", number),)
                    )
                )
                prev_end = f_end
                continue
            if assignment[1] is None:  # its deadline
                warnings.append(
                    ParseWarning(
                        line_at(at),
                        f"workplan {number}: measure has no 完成时限",
                        "no_deadline",
                        (("number", number),),
                    )
                )
            seg_start = prev_end
            # the line of ``at``, as ``bisect_right(offsets, at) - 1``: offsets[line] <= at < body_stop; back from it to
            # the measure's first line (a line's first character made once: an enumerator's, else a digit's)
            i = line = bisect_right(offsets, at, line, body_end) - 1
            while i >= start and offsets[i] > prev_end:
                c = compacts[i]
                if c and (
                    i in headings or (((f := c[0]) in _ENUMERATOR_FIRST or f.isdecimal()) and _ENUMERATOR.match(c))
                ):
                    seg_start = offsets[i]
                    break
                i -= 1
            nxt = offsets[line + 1]
            own = f_end <= nxt  # the whole parenthetical on the line of ``at``: its units too
            # the anchor (inside the parenthetical) walked to only when past that line (none of the bundled plan's 633)
            if (anchor := assignment[3] + base) >= nxt:
                line += 1
                while offsets[line + 1] <= anchor:
                    line += 1
            # a Draft's fields as a plain tuple (``tasks.Draft``: finalize unpacks it at a third of a Draft's cost)
            drafts.append((whole[seg_start:at], line + 1, assignment, False, text, base, "", True, own))
            prev_end = f_end
        if not drafts:
            warnings.append(
                ParseWarning(
                    start + 1,
                    f"workplan {number}: no measures (no parenthetical names a lead unit)",
                    "no_measures",
                    (("number", number),),
                )
            )
        # its responsible section
        if resp is None:
            warnings.append(
                ParseWarning(
                    start + 1,
                    f"workplan {number}: no 责任单位及责任人 section",
                    "no_responsible",
                    (("number", number),),
                )
            )
            units = contacts = ()
        else:
            # the section's text is the compact text of its lines: offsets and lines are the document's
            a, b = offsets[resp + 1], offsets[end]
            first = resp + 1  # the section's first line that is not empty: its line and where it ends, known here
            while first < end and not compacts[first]:
                first += 1
            # the section's last line is its workplan's (``end - 1``, not empty): a unit list from its start is on it
            usual = usual_section(whole, a, b) if a < b else None
            if usual is not None:
                units, contacts = _usual_responsible(
                    text, usual, first + 1, offsets[first + 1], (end, offsets[end - 1])
                )
            else:
                units, contacts = _responsible(text, a, b, (first + 1, offsets[first + 1]))
            if not units:
                warnings.append(
                    ParseWarning(
                        resp + 1,
                        f"workplan {number}: responsible section names no unit",
                        "responsible_no_unit",
                        (("number", number),),
                    )
                )
        # its citations: in its body, and in its responsible section when it has one (``_citations``), looked for
        # only when a 《 is in its lines
        m = bisect_left(marks, body_start)
        if m < held and marks[m] < offsets[end]:
            body = (body_start, body_stop, start, body_end)
            spans = [body] if resp is None else [body, (offsets[resp + 1], offsets[end], resp + 1, end)]
            cited = _citations(source, spans, categories, marks)
        else:
            cited = ()
        districts = districts_of.get(scope or "")
        if districts is None:
            districts = districts_of[scope or ""] = find_districts(scope or "")
        # every field in order: title, line_start, drafts, line_end, number, reform_number, variant, scope,
        # responsible, contacts, citations, districts, keep_empty
        sections.append(
            _section(
                title,
                start + 1,
                tuple(drafts),
                end,
                number,
                reform_number,
                variant,
                scope,
                units,
                contacts,
                cited,
                districts,
                True,
            )
        )
    return sections


def _citations(
    source: Source,
    spans: list[tuple[int, int, int, int]],
    categories: dict[str, str],
    marks: Sequence[int] | None = None,
) -> tuple[Citation, ...]:
    """The titles 《…》 cited in the compact-text spans ``(a, b, lo, hi)``: ``[a, b)``, the text of 0-based lines
    ``[lo, hi)`` (a title's line a bisection bounded by them); ``categories`` (title → category) caches
    ``classify_title`` over a document's workplans; ``marks``: where each 《 of the compact text is
    (``_title_marks``), found here when not given.

    A title is matched only where a 《 is (``TITLE`` starts with it, and holds no other: the titles ``finditer``
    finds in a span, each found by a ``match`` at one of the span's marks).

    >>> source = Source.from_text("依据《优化营商环境条例》。\\n\\n《重庆日报》")
    >>> [(c.title, c.category, c.line) for c in _citations(source, [(0, 13, 0, 1), (13, 19, 1, 3)], {})]
    [('《优化营商环境条例》', 'regulation', 1), ('《重庆日报》', 'other', 3)]
    """
    text, offsets = source.text.text, source.offsets
    if marks is None:
        marks = _title_marks(text)
    match = TITLE.match
    held = len(marks)
    citations = []
    for a, b, lo, hi in spans:
        k = bisect_left(marks, a)
        while k < held and (at := marks[k]) < b:
            k += 1
            m = match(text, at, b)
            if m is None:
                continue
            cited = m.group(0)
            category = categories.get(cited)
            if category is None:
                category = categories[cited] = classify_title(cited)
            # ``line_of(at)``: offsets[lo] <= at < offsets[hi]
            citations.append(_citation(cited, category, bisect_right(offsets, at, lo, hi)))
    return tuple(citations)


def _title_marks(text: str) -> list[int]:
    """Where each 《 of ``text`` is, ascending (``str.find``: one C scan, where ``TITLE``'s own scan of the same
    text cost twice as much).

    >>> _title_marks("依据《条例》和《办法》")
    [2, 7]
    """
    marks = []
    at = text.find("《")
    while at != -1:
        marks.append(at)
        at = text.find("《", at + 1)
    return marks


def _lines_starting(source: Source, needle: re.Pattern[str]) -> list[int]:
    """The 0-based lines whose compact form starts with a match of ``needle`` (a literal word), ascending: one
    regex pass over the compact text (a literal first character: a fast scan), each match kept where a line starts
    and held by it. Equal to ``[i for i, c in enumerate(source.compacts) if needle.match(c)]``:
    ``tests/test_fast_paths_perfwork65.py``.

    >>> _lines_starting(Source.from_text("一、目标\\n\\n甲一\\n、乙\\n二、一、\\n一\\n、"), _SECTION_ONE)
    [0]
    """
    offsets = source.offsets
    found: list[int] = []
    for m in needle.finditer(source.text.text):
        at, stop = m.span()
        line = bisect_right(offsets, at) - 1  # ``line_of(at) - 1``: the line holding ``at`` (empty lines hold none)
        if offsets[line] == at and offsets[line + 1] >= stop:
            found.append(line)
    return found


def _scope(text: str, compacts: Sequence[str], offsets: Sequence[int], start: int, end: int) -> str | None:
    """The text under the first 适用范围 heading of lines ``[start, end)``, up to the next numbered heading; ``text``,
    ``compacts``, ``offsets``: the document's ``Source``'s compact text, lines and lines' offsets (handed by the
    caller, which holds them: 124 calls of the bundled plan spared their attribute loads, 0.14 M instructions).

    Its lines' compact text is a slice of the document's (the lines joined), and the heading's line a bisection
    bounded by the workplan's lines.

    >>> source = Source.from_text("方案\\n二、适用范围\\n两江新区、\\n\\n高新区。\\n三、工作举措\\n甲")
    >>> parts = source.text.text, source.compacts, source.offsets
    >>> _scope(*parts, 0, 7), _scope(*parts, 0, 1)
    ('两江新区、高新区。', None)
    """
    stop_at = offsets[end]
    # the heading's line holds its word: looked for from the workplan's start (it is one of its first headings)
    at = text.find(_SCOPE_WORD, offsets[start], stop_at)
    while at != -1:
        heading = bisect_right(offsets, at, start, end) - 1  # ``line_of(at) - 1``: offsets[start] <= at < stop_at
        # the usual heading, 二、适用范围…: one numeral opening the line, the word on it (not run on into the next)
        if offsets[heading] == at - 1 and text[at - 1] in _NUMERALS and offsets[heading + 1] >= at + 5:
            break
        if _SCOPE_HEADING.match(compacts[heading]):
            break
        at = text.find(_SCOPE_WORD, at + 1, stop_at)
    else:
        return None
    stop = end  # the next numbered heading, else the end
    for i in range(heading + 1, end):
        c = compacts[i]
        if c and c[0] in _NUMERALS and (c[1:2] == "、" or _NUMBERED_HEADING.match(c)):  # 三、: without the pattern
            stop = i
            break
    return text[offsets[heading + 1] : offsets[stop]] or None


# ---- responsible section ----------------------------------------------------------------------


_UNIT_RUN = compiled("[^、，,；;/]+")
_SEPARATOR = compiled("[、，,；;/]")  # between the runs of _UNIT_RUN
_BRACKET = compiled("[（()）〔［\\[]")
_UNIT_SPLIT = compiled("[、，,；;/（()）〔［\\[]")  # a separator or a bracket: more than one plain unit


def _units(section: CompactText, start: int, end: int, role: str, line: int | None) -> list[ResponsibleUnit]:
    """The units of a unit list ``section.text[start:end]`` with ``role``, split on 、，,；;/ outside brackets.

    ``line`` is the line of every offset in the span when it is on one line, else None (looked up per unit).
    """
    text = section.text
    if _UNIT_SPLIT.search(text, start, end) is None:  # one unit
        raw = text[start:end].strip("。.：:")
        return [_responsible_unit(raw, role, line if line is not None else section.line_at(start))] if raw else []
    if _BRACKET.search(text, start, end) is None:
        if line is not None:  # no offsets needed: the pieces as strings, at once
            return [
                _responsible_unit(raw, role, line)
                for p in _SEPARATOR.split(text[start:end])
                if (raw := p.strip("。.：:"))
            ]
        pieces = [m.span() for m in _UNIT_RUN.finditer(text, start, end)]
    else:
        pieces = split_outside(text, "、，,；;/", start, end)
    line_at = section.line_at
    return [
        _responsible_unit(raw, role, line if line is not None else line_at(a))
        for a, b in pieces
        if (raw := text[a:b].strip("。.：:"))
    ]


def _responsible(
    section: CompactText, start: int, end: int, first: tuple[int, int] | None = None
) -> tuple[tuple[ResponsibleUnit, ...], tuple[Contact, ...]]:
    """Lead/support units and people (by role, with phones) of 五、责任单位及责任人: ``section.text[start:end]``.

    ``first`` is the section's first line and where it ends when the caller knows them (``section`` a document's
    compact text, ``start`` where a line starts), else they are looked up.
    """
    # first_line: the line of every offset in [a, b) when b <= first_end (else looked up): the section's first
    # line, usually the only one (配合单位 may be on the next); first_end is where it ends (at the end of the text
    # or past ``end``: the same to every comparison below, of offsets up to ``end``)
    if start < end:
        if first is None:
            k = max(0, bisect_right(section.starts, start) - 1)
            first_line = section.lines[k]
            first_end = section.starts[k + 1] if k + 1 < len(section.starts) else end
        else:
            first_line, first_end = first
        # the usual section (one or more lead units, each with its people and phones): read from one match
        # (``_usual_responsible``)
        usual = _USUAL_SECTION.fullmatch(section.text, start, end)
        if usual is not None:
            return _usual_responsible(section, usual, first_line, first_end)
    else:
        first_line, first_end = None, end
    written = section.text[start:end]
    parts = _USUAL_LABEL.split(written)  # [before, label, value, label, value, …]
    if len(parts) >> 1 != written.count("：") + written.count(":"):  # a colon after no usual label: all labels
        parts = _CONTACT_LABEL.split(written)
    units: list[ResponsibleUnit] = []
    people: list[list] = []  # [name, role, phones, unit, line, measure], made into records at the end
    current_unit: str | None = None
    block_people: list[int] = []  # indexes into people of the current unit's 联络人
    # a unit list to read before the next label: its text, role ("lead" also starts a unit's block) and offset;
    # first the unlabelled lead unit before the first label
    before = parts[0] if len(parts) > 1 else ""
    unit_list = before.strip("；;，,。")
    # the list starts after the marks before it (a section may open with the ； that ended the heading's line)
    role, at = ("lead" if unit_list else None), start + len(before) - len(before.lstrip("；;，,。"))
    v_end = start + len(parts[0])
    k = -1
    while True:
        if role is not None:
            units += _unit_list(section, at, unit_list, role, first_line, first_end)
            if role == "lead":
                current_unit = unit_list.split("、")[0] if unit_list else None
                block_people = []
            role = None
        k += 2
        if k >= len(parts):
            break
        label, value = parts[k], parts[k + 1]
        v_start = v_end + len(label) + 1  # after the label and its colon
        v_end = v_start + len(value)
        kind = _CONTACT_KIND.get(label)
        if kind is None or kind == "liaison":  # people
            # one name, maybe with separators after it (the usual value), is not split: letters hold no separator
            one = value.rstrip(_NAME_ENDS)
            if v_end <= first_end and one.isalpha() and len(one) <= 8:  # and no phone: letters hold no digit
                if kind is not None:
                    block_people = [len(people)]
                people.append([one, label, (), current_unit, first_line, None])  # as the loop below makes it
                continue
            value_line = first_line if v_end <= first_end else one_line(section, v_start, v_end - 1)
            new = []
            for name in (one,) if one.isalpha() else _NAME_SEPARATORS.split(value):
                # a phone number has seven digits or more
                if not name or len(name) > 8 or (len(name) >= 7 and PHONE.search(name)):
                    continue
                new.append(len(people))
                at_line = value_line if value_line is not None else section.line_at(v_start + value.index(name))
                people.append([name, label, (), current_unit, at_line, None])
            if kind is not None:
                block_people = new
        elif kind == "phone":
            number = value.rstrip(_NAME_ENDS)
            # one number, maybe one separator after it (the usual value): read as the regexes below would read it
            if number.isdecimal() and len(value) - len(number) <= 1:
                phones, rest = ((number,) if 7 <= len(number) <= 11 else ()), ""
            else:
                phones = tuple(PHONE.findall(value))
                # an unlabelled lead unit may follow the phones: "…63801206。市市场监管局；分管领导：…"
                rest = _LEADING_PHONES.sub("", value).lstrip("。；;，,").rstrip("；;，,。")
            owners = block_people or [i for i, p in enumerate(people) if p[3] == current_unit][-1:]
            if len(owners) == len(phones) and len(owners) > 1:
                for i, phone in zip(owners, phones):
                    people[i][2] = (phone,)
            else:
                for i in owners:
                    people[i][2] = phones
            if rest and not PHONE.fullmatch(rest):
                unit_list, role, at = rest, "lead", v_end - len(value) + value.index(rest)
        else:  # 牵头单位 / 配合单位: a unit list (read at the top of the loop)
            unit_list, role, at = value.rstrip("；;，,。"), kind, v_start
    return tuple(units), tuple(starmap(_contact, people))


def _unit_list(
    section: CompactText,
    at: int,
    unit_list: str,
    role: str,
    first_line: int | None,
    first_end: int,
    last: tuple[int, int] | None = None,
) -> list[ResponsibleUnit]:
    """The units of a responsible section's unit list ``unit_list`` (its text from ``at``) with ``role``; its line
    is ``first_line`` when it ends by ``first_end``, else the section's last line when ``last`` (that line and where
    it starts; the section ends with it) is given and the list starts on it, else looked up.

    >>> section = CompactText.from_compacts(["牵头单位：市财政局；", "配合单位：市公安局、市商务委。"], first_line=7)
    >>> [(u.raw, u.role, u.line) for u in _unit_list(section, 15, "市公安局、市商务委", "support", 7, 10)]
    [('市公安局', 'support', 8), ('市商务委', 'support', 8)]
    """
    b = at + len(unit_list)
    if b <= first_end:
        line = first_line
    elif last is not None and at >= last[1]:  # on the last line, as ``one_line`` finds it
        line = last[0]
    else:
        line = one_line(section, at, b - 1)
    # unit_list is the text of [at, b): letters only (the usual lead unit) are one unit, with no separator,
    # bracket or mark to strip
    if unit_list.isalpha():
        return [_responsible_unit(unit_list, role, line if line is not None else section.line_at(at))]
    if line is not None and unit_list.replace("、", "").isalpha():  # letters between 、: no regex
        return [_responsible_unit(raw, role, line) for raw in unit_list.split("、") if raw]
    return _units(section, at, b, role, line)


def _usual_responsible(
    section: CompactText, usual: re.Match[str], line: int, first_end: int, last: tuple[int, int] | None = None
) -> tuple[tuple[ResponsibleUnit, ...], tuple[Contact, ...]]:
    """What ``_responsible``'s loop reads from a section ``_USUAL_SECTION`` matches (``usual``), whose first line
    is ``line`` (ending at ``first_end``), read from the match's groups at once; ``last``: the section's last line
    and where it starts, when known (``_unit_list``).

    Each of its lead blocks (``_USUAL_BLOCK``) has a lead unit of letters (one unit), three fields of names of
    letters between 、, each name of at most 8 (each one person, with no phone), and phones that are runs of
    digits between 、 (a phone each run of 7 to 11 digits, as ``PHONE`` finds them; the letters Chinese characters,
    the digits ASCII ones: ``_HANZI``), the liaisons' (one each when
    there are as many of both, more than one); a lead block after the first is the unlabelled lead unit the loop
    reads after a phone. Its support units (after 配合单位, no colon) are a unit list as the loop reads it. The
    usual section (one block on the section's first line, one name a field) makes its three contacts at once;
    any other is read block by block (``_usual_block``). Equal to the loop's reading:
    ``tests/test_fast_paths_perfwork.py``, ``tests/test_fast_paths_perfwork61.py``.

    >>> text = "牵头单位：市财政局；分管领导：王银川；处室负责人：李茜；联络人：熊艳娟、张三；联系电话：67575352、13594177712。"
    >>> section = CompactText.from_compacts([text], first_line=3)
    >>> units, contacts = _usual_responsible(section, _USUAL_SECTION.fullmatch(text), 3, len(text))
    >>> [(u.raw, u.role) for u in units], [(c.name, c.role, c.phones) for c in contacts][2:]
    ([('市财政局', 'lead')], [('熊艳娟', '联络人', ('67575352',)), ('张三', '联络人', ('13594177712',))])
    """
    parts = usual.groups()
    lead, role1, names1, role2, names2, role3, names3, phones, more, support = parts
    if more or usual.end(8) > first_end or "、" in names1 or "、" in names2 or "、" in names3:
        units: list[ResponsibleUnit] = []
        contacts: list[Contact] = []
        block, text, stop = usual, section.text, usual.end(9)
        while True:
            _usual_block(section, block, parts, line, first_end, units, contacts)
            if block.end(8) + 1 >= stop:
                break
            block = _USUAL_BLOCK.match(text, block.end(8) + 1)
            parts = block.groups()
        read = tuple(contacts)
    else:  # the usual three people, one name a field, on the section's first line
        units = [_responsible_unit(lead, "lead", line)]
        read = (
            _contact(names1, role1, (), lead, line, None),
            _contact(names2, role2, (), lead, line, None),
            _contact(names3, role3, _phone_runs(phones), lead, line, None),
        )
    if support is not None:
        units += _unit_list(section, usual.start(10), support.rstrip("；;，,。"), "support", line, first_end, last)
    return tuple(units), read


def _phone_runs(phones: str) -> tuple[str, ...]:
    """The phones of runs of digits between 、 (``_USUAL_BLOCK``'s phones): each run of 7 to 11 digits.

    >>> _phone_runs("67575352、135941777121、1234"), _phone_runs("13594177712")
    (('67575352',), ('13594177712',))
    """
    if "、" in phones:
        return tuple([p for p in phones.split("、") if 7 <= len(p) <= 11])
    return (phones,) if 7 <= len(phones) <= 11 else ()


def _usual_block(
    section: CompactText, block: re.Match[str], parts: tuple, line: int, first_end: int, units: list, contacts: list
) -> None:
    """A lead block of a usual section (groups 1 to 8 of ``block``, ``_USUAL_BLOCK``'s, the first eight of
    ``parts``) read into ``units`` and ``contacts`` as ``_responsible``'s loop reads it: a field ending (its mark
    included) by ``first_end`` is on ``line``, one on a single line on that line, else each name on the line of its
    first occurrence in the field.

    >>> section = CompactText.from_compacts(["市财政局；分管领导：王银川；处室", "负责人：李茜；联络人：熊艳娟；电话：67575352。"], 3)
    >>> block, units, contacts = _USUAL_BLOCK.match(section.text), [], []
    >>> _usual_block(section, block, block.groups(), 3, 16, units, contacts)
    >>> [(u.raw, u.line) for u in units], [(c.name, c.line, c.phones) for c in contacts]
    ([('市财政局', 3)], [('王银川', 3, ()), ('李茜', 4, ()), ('熊艳娟', 4, ('67575352',))])
    """
    lead, role1, names1, role2, names2, role3, names3, phones = parts[:8]
    on_line = block.end(8) < first_end  # every field ends on the first line, its mark too
    if on_line and lead.isalpha():  # one unit (as ``_unit_list`` reads letters)
        units.append(_responsible_unit(lead, "lead", line))
    else:
        units += _unit_list(section, block.start(1), lead, "lead", line, first_end)
    numbers = _phone_runs(phones)
    for g, names, role in ((3, names1, role1), (5, names2, role2), (7, names3, role3)):
        if on_line:
            at_line = line
        else:
            a, b = block.span(g)  # the field's value is [a, b]: its names and the mark after them
            at_line = line if b < first_end else one_line(section, a, b)
        if "、" not in names:
            if at_line is None:
                at_line = section.line_at(a)
            contacts.append(_contact(names, role, numbers if g == 7 else (), lead, at_line, None))
            continue
        listed = names.split("、")
        if g < 7:
            owned = [()] * len(listed)
        elif len(numbers) > 1 and len(numbers) == len(listed):  # one phone each
            owned = [(phone,) for phone in numbers]
        else:
            owned = [numbers] * len(listed)
        for name, phones_of in zip(listed, owned):
            name_line = at_line if at_line is not None else section.line_at(a + names.index(name))
            contacts.append(_contact(name, role, phones_of, lead, name_line, None))


# the records of a workplan, made with every field in order (see ``positional_makers``)
_responsible_unit, _contact, _citation, _section, _reform = positional_makers(
    ResponsibleUnit, Contact, Citation, Section, Reform
)


_CONTACT_KIND = {
    "牵头单位": "lead",
    "责任单位": "lead",
    "配合单位": "support",
    "联系电话": "phone",
    "电话": "phone",
    "手机": "phone",
    "联络人": "liaison",
    "联络员": "liaison",
    "联系人": "liaison",
}

# The usual responsible section, whole: a lead unit, two fields of people, the liaisons, their phones, then maybe
# more such blocks of an unlabelled lead unit, then maybe the support units (``_usual_responsible`` reads it). Every
# label follows a mark (or the section's start) and every colon is a label's: ``_USUAL_LABEL`` splits it at these
# labels and no other. Its units and names are of Chinese characters (``_HANZI``): letters all (``[^\W\d_]``, what
# the loop reads as a name's), matched by a range where a class of letters is a look-up of each character's category;
# its phones of ASCII digits (``\d`` is a look-up too); a name or phone of any other letter or digit is read by the
# loop. The repeats a mark ends (no letter nor 、 after a unit or a name, no digit nor 、 after a phone) are possessive:
# what they give back could not be followed, so no state is kept to give it back (the match 1.65 → 1.03 M
# instructions over the bundled plan's 124 sections; session 47).
_HANZI = r"[\u4e00-\u9fa5]"  # the CJK ideographs of Unicode 1.1: every one ``str.isalpha``, none a digit
_NAMES = rf"{_HANZI}{{1,8}}(?:、{_HANZI}{{1,8}})*+"


def _lead_block(group: str) -> str:
    """A lead block's pattern (a lead unit, three fields of names, the phones), its eight parts each in ``group``
    and ``)``: ``(`` (captured) or ``(?:``."""
    return (
        group
        + _HANZI
        + r"++)[；;，,。]"
        + 2
        * (
            group
            + "|".join(w for w in _USUAL_LABELS if w not in _CONTACT_KIND)
            + ")[:：]"
            + group
            + _NAMES
            + ")[；;，,。]"
        )
        + group
        + "|".join(w for w in _USUAL_LABELS if _CONTACT_KIND.get(w) == "liaison")
        + ")[:：]"
        + group
        + _NAMES
        + ")[；;，,。](?:"
        + "|".join(w for w in _USUAL_LABELS if _CONTACT_KIND.get(w) == "phone")
        + r")[:：]"
        + group
        + r"[0-9]++(?:、[0-9]+)*+)[。；;]"
    )


_USUAL_BLOCK = compiled(_lead_block("("))
_USUAL_SECTION = compiled(
    "(?:牵头单位|责任单位)[:：]" + _lead_block("(") + "((?:" + _lead_block("(?:") + ")*)(?:配合单位[:：]([^:：]*))?"
)
