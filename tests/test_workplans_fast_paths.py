"""The workplan reader's fast paths (issue 15) read exactly as the code they replaced.

``_read_workplans``' measures (``_measures`` until session 50: :func:`_measures` reads a body through it) look a
measure's line up among the workplan's own lines (and walk to its anchor's line) instead of bisecting every line
of the document; ``_responsible`` reads every unit list in one place of its
loop, and ``_units`` reads a one-unit list without its pieces; ``TocEntry`` holds ``is_variant`` and
``parent`` as fields; ``_citations`` looks for 《 as a string before the regex scans. Each is compared with the code as first written on seeded random inputs built from
what matters to it (labels, separators, brackets, phones, empty lines, parentheticals broken across lines),
and on the real documents.
"""

from __future__ import annotations

import random
import re
import time
from bisect import bisect_left, bisect_right
from collections import namedtuple
from itertools import starmap
from pathlib import Path

import pytest

from reformgraph.loaders import toc
from reformgraph.loaders import workplans as wp
from reformgraph.loaders.assignments import index_assignments
from reformgraph.loaders.citations import TITLE, classify_title
from reformgraph.loaders.compact import compact
from reformgraph.loaders.read import decode_text
from reformgraph.loaders.scan import split_outside
from reformgraph.loaders.source import Source
from reformgraph.loaders.tasks import Draft, one_line
from reformgraph.loaders.toc import TocEntry, parse_toc
from reformgraph.loaders.vocab import LABEL
from reformgraph.records import ParseWarning, quoted

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = ROOT / "data" / "youyang-2022-18-business-environment-reforms.md"
DOCUMENTS = sorted((ROOT / "tests" / "fixtures").glob("*/[0-9][0-9]-*.md")) + [BUNDLED]


_Block = namedtuple("_Block", "start section_one title variant")  # a title block's fields, by name and by place


def _measures(source, index, start, end, first, stop, wp_number, warnings):
    """The measures of the body ``text[start:end]`` (lines ``first`` to ``stop``), as ``_read_workplans`` reads a
    workplan's (``workplans._measures`` until session 50): a workplan of those lines, with no responsible heading,
    its own warnings about a missing section left out."""
    assert (start, end) == (source.offset(first), source.offset(stop))
    layout = wp._Layout(source)
    layout.responsible = []  # the body is the workplan's whole
    blocks = [_Block(first, first, "", None), _Block(stop, stop, "", None)]
    read = []
    (section,) = wp._read_workplans(layout, index, blocks, [(wp_number, wp_number, "", None, 0)], read)
    warnings += [w for w in read if w.kind not in ("no_measures", "no_responsible")]
    return list(section.drafts)


# ---- the code as first written ------------------------------------------------------------------


def _reference_measures(source, index, start, end, first, wp_number, warnings):
    """``_measures`` with a bisection of every line of the document for each line looked up."""
    text, line_at, line_of = source.text.text, source.text.line_at, source.line_of
    offsets, compacts, headings = source.offsets, source.compacts, source.headings
    drafts = []
    prev_end = start
    for pos in index.unclosed:
        if start <= pos < end and LABEL.match(text, pos + 1):
            warnings.append(
                ParseWarning(line_at(pos), f"workplan {wp_number}: unclosed parenthetical {text[pos : pos + 20]}…")
            )
    compact = source.text
    for at, f_end, assignment, bracketed, label_first, base in index.between(start, end):
        if not (bracketed and label_first) or at < prev_end:
            continue
        if f_end > end:
            warnings.append(
                ParseWarning(line_at(at), f"workplan {wp_number}: unclosed parenthetical {text[at : at + 20]}…")
            )
            continue
        roles = assignment[6]  # its label roles (a plain tuple: ``roles.Assignment``)
        if "lead" not in roles and "responsible" not in roles:
            if "support" in roles:
                warnings.append(
                    ParseWarning(
                        line_at(at),
                        f"workplan {wp_number}: parenthetical names no lead unit: {quoted(text[at:f_end], 60)}",
                    )
                )
            prev_end = f_end
            continue
        if not assignment[0]:  # its units
            warnings.append(ParseWarning(line_at(at), f"workplan {wp_number}: empty lead unit field"))
            prev_end = f_end
            continue
        if assignment[1] is None:  # its deadline
            warnings.append(ParseWarning(line_at(at), f"workplan {wp_number}: measure has no 完成时限"))
        seg_start = prev_end
        i = bisect_right(offsets, at) - 1
        while i >= first and offsets[i] > prev_end:
            c = compacts[i]
            if c and (i in headings or wp._ENUMERATOR.match(c)):
                seg_start = offsets[i]
                break
            i -= 1
        # the last field: its whole parenthetical on one line (``Draft.own_line``)
        own = line_of(f_end - 1) == line_of(at)
        drafts.append(
            Draft(text[seg_start:at], line_of(assignment[3] + base), assignment, False, compact, base, "", True, own)
        )
        prev_end = f_end
    return drafts


def _reference_units(section, start, end, role, line):
    """``_units`` with every list, one unit or more, cut into its pieces first."""
    text = section.text
    if wp._UNIT_SPLIT.search(text, start, end) is None:
        pieces = ((start, end),) if start < end else ()
    elif wp._BRACKET.search(text, start, end) is None:
        if line is not None:
            return [
                wp._responsible_unit(raw, role, line)
                for p in wp._SEPARATOR.split(text[start:end])
                if (raw := p.strip("。.：:"))
            ]
        pieces = [m.span() for m in wp._UNIT_RUN.finditer(text, start, end)]
    else:
        pieces = split_outside(text, "、，,；;/", start, end)
    line_at = section.line_at
    return [
        wp._responsible_unit(raw, role, line if line is not None else line_at(a))
        for a, b in pieces
        if (raw := text[a:b].strip("。.：:"))
    ]


def responsible_read_as_the_reference(seed: int, pieces: list[str], most: int, rounds: int = 8000):
    """Random 责任单位及责任人 sections made of ``pieces`` (1 to ``most - 1`` of them), each read by
    ``workplans._responsible`` and checked equal to :func:`_reference_responsible`; yields (body, what was
    read, the section's compact text) for the caller's own counts."""
    rng = random.Random(seed)
    for _ in range(rounds):
        body = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, most)))
        source = Source.from_text("五、责任单位及责任人\n" + body + "\n")
        section, start = source.text, source.offset(1)
        got = wp._responsible(section, start, len(section.text))
        assert got == _reference_responsible(section, start, len(section.text)), body
        yield body, got, section.text[start:]


def _reference_responsible(section, start, end):
    """``_responsible`` with a closure reading each kind of unit list where it is met."""
    line = one_line(section, start, end - 1) if start < end else None
    line_at = section.line_at
    parts = wp._CONTACT_LABEL.split(section.text[start:end])
    units, people = [], []
    current_unit = None
    block_people = []
    if line is None and start < end:
        k = max(0, bisect_right(section.starts, start) - 1)
        first_line, first_end = section.lines[k], section.starts[k + 1]

    def span_line(a, b):
        if line is not None:
            return line
        return first_line if b <= first_end else one_line(section, a, b - 1)

    def start_lead(raw, pos):
        nonlocal current_unit, block_people
        units.extend(_reference_units(section, pos, pos + len(raw), "lead", span_line(pos, pos + len(raw))))
        current_unit = raw.split("、")[0] if raw else None
        block_people = []

    if len(parts) > 1 and parts[0]:
        lead_text = parts[0].strip("；;，,。")
        if lead_text:
            start_lead(lead_text, start + len(parts[0]) - len(parts[0].lstrip("；;，,。")))
    v_end = start + len(parts[0])
    for k in range(1, len(parts), 2):
        label, value = parts[k], parts[k + 1]
        v_start = v_end + len(label) + 1
        v_end = v_start + len(value)
        kind = wp._CONTACT_KIND.get(label)
        if kind == "lead":
            value = value.rstrip("；;，,。")
            start_lead(value, v_start)
        elif kind == "support":
            v_stop = v_start + len(value.rstrip("；;，,。"))
            units.extend(_reference_units(section, v_start, v_stop, "support", span_line(v_start, v_stop)))
        elif kind == "phone":
            phones = tuple(wp.PHONE.findall(value))
            owners = block_people or [i for i, p in enumerate(people) if p[3] == current_unit][-1:]
            if len(owners) == len(phones) and len(owners) > 1:
                for i, phone in zip(owners, phones):
                    people[i][2] = (phone,)
            else:
                for i in owners:
                    people[i][2] = phones
            rest = wp._LEADING_PHONES.sub("", value).lstrip("。；;，,").rstrip("；;，,。")
            if rest and not wp.PHONE.fullmatch(rest):
                start_lead(rest, v_end - len(value) + value.index(rest))
        else:
            new = []
            value_line = span_line(v_start, v_end)
            for name in wp._NAME_SEPARATORS.split(value):
                if not name or len(name) > 8 or (len(name) >= 7 and wp.PHONE.search(name)):
                    continue
                new.append(len(people))
                at = value_line if value_line is not None else line_at(v_start + value.index(name))
                people.append([name, label, (), current_unit, at, None])
            if kind == "liaison":
                block_people = new
    return tuple(units), tuple(starmap(wp._contact, people))


# ---- random inputs ------------------------------------------------------------------------------------

_SECTION_PIECES = [
    "牵头单位：", "责任单位：", "配合单位：", "分管领导：", "处室负责人：", "庭负责人：", "联络人：", "联络员：",
    "联系人：", "联系电话：", "电话:", "手机：", "牵头单位:", "市财政局", "市市场监管局", "重庆市税务局",
    "市公安局（交巡警）", "杨光", "张玮、胡家睿", "67236219", "13594177712", "023-67575352", "、", "，", ",",
    "；", ";", "。", "/", "（", "）", "(", ")", "：", "\n", "\n\n", "办公室", "甲", "1",
]  # fmt: skip


def _sections(rng, count):
    """Random 责任单位及责任人 sections after their heading, as (source, start offset, end offset)."""
    for _ in range(count):
        body = "".join(rng.choice(_SECTION_PIECES) for _ in range(rng.randrange(1, 24)))
        source = Source.from_text("五、责任单位及责任人\n" + body + "\n")
        yield source, source.offset(1), len(source.text.text)


_BODY_PIECES = [
    "1.开展调研。", "（一）出台文件。", "二、", "## 三、工作举措\n", "依据《优化营商环境条例》。",
    "（牵头单位：市财政局；完成时限：2022年5月）", "（牵头单位：市财政局、市公安局）", "(责任单位：区大数据局)",
    "（配合单位：市财政局）", "（牵头单\n\n位：市财政局；配合单位：市公安局；完成时限：已完成）",
    "（牵头单位：", "\n\n\n\n", "\n", "；", "。", "推进", "（一）", "（牵头单位：）",
    "（完成时限：2022年5月；牵头单位：市\n商务委）", "（完成时限：2022年5月；\n\n牵头单位：市商务委）", "（\n责任单位：区财政局）",
]  # fmt: skip


def _workplan_bodies(rng, count):
    for _ in range(count):
        text = "".join(rng.choice(_BODY_PIECES) for _ in range(rng.randrange(1, 30)))
        yield Source.from_text(text)


# ---- the tests ------------------------------------------------------------------------------------


def test_measures_find_the_lines_bisecting_the_whole_document_would():
    rng = random.Random(151)
    compared = 0
    for source in _workplan_bodies(rng, 1500):
        index = index_assignments(source)
        lines = len(source.compacts)
        for _ in range(3):
            first = rng.randrange(lines)
            stop = rng.randrange(first, lines + 1)
            start, end = source.offset(first), source.offset(stop)
            fast_warnings, plain_warnings = [], []
            got = _measures(source, index, start, end, first, stop, "1", fast_warnings)
            expected = _reference_measures(source, index, start, end, first, "1", plain_warnings)
            assert got == expected, source.text.text
            assert [(w.line, w.message) for w in fast_warnings] == [(w.line, w.message) for w in plain_warnings]
            compared += len(got)
    assert compared > 1000  # the inputs hold measures


def test_responsible_sections_read_as_first_written():
    rng = random.Random(152)
    read = 0
    for source, start, end in _sections(rng, 6000):
        got = wp._responsible(source.text, start, end)
        assert got == _reference_responsible(source.text, start, end), source.text.text
        read += len(got[0]) + len(got[1])
    assert read > 5000


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.stem)
def test_real_documents_read_as_first_written(path):
    source = Source.from_text(decode_text(path.read_bytes()))
    index = index_assignments(source)
    layout = wp._Layout(source)
    blocks = [wp._Block(*b) for b in wp._find_blocks(source, layout.section_one)]  # named: read by attribute
    for k, block in enumerate(blocks):
        end = blocks[k + 1].start if k + 1 < len(blocks) else len(source.compacts)
        resp = layout.first(layout.responsible, block.start, end)
        stop = resp if resp is not None else end
        start_at, stop_at = source.offset(block.start), source.offset(stop)
        assert _measures(source, index, start_at, stop_at, block.start, stop, "1", []) == _reference_measures(
            source, index, start_at, stop_at, block.start, "1", []
        )
        if resp is not None:
            span = (source.offset(resp + 1), source.offset(end))
            assert wp._responsible(source.text, *span) == _reference_responsible(source.text, *span)


def test_citations_are_the_titles_the_regex_finds_in_each_span():
    rng = random.Random(155)
    pieces = [
        "《",
        "》",
        "条例",
        "办法",
        "（2021年版）",
        "\n",
        "\n\n",
        "依据",
        "。",
        "《重庆日报》",
        "《优化营商环境条例》",
    ]
    found = 0
    for _ in range(3000):
        source = Source.from_text("".join(rng.choice(pieces) for _ in range(rng.randrange(30))))
        text = source.text.text
        cuts = sorted(rng.randrange(len(text) + 1) for _ in range(4))
        spans = [(cuts[0], cuts[1]), (cuts[2], cuts[3])]
        expected = [
            (m.group(0), classify_title(m.group(0)), source.line_of(m.start()))
            for a, b in spans
            for m in TITLE.finditer(text, a, b)
        ]
        # each span with lines holding it (``_read_workplans``'s: offsets[lo] <= a, b <= offsets[hi])
        offsets = source.offsets
        lined = [(a, b, bisect_right(offsets, a) - 1, bisect_left(offsets, b)) for a, b in spans]
        assert [(c.title, c.category, c.line) for c in wp._citations(source, lined, {})] == expected, (text, spans)
        found += len(expected)
    assert found > 1000


def test_variants_split_off_as_the_regex_alone_would():
    def reference(title):
        m = wp._VARIANT.search(title)
        if m and m.start() > 0:
            return title[: m.start()], re.sub(r"\s*,\s*", "，", m.group(1))
        return title, None

    rng = random.Random(156)
    pieces = ["方案", "（", "(", ")", "）", "政府采购", ",", " ", "\n", "工程 , 监理"]
    split = 0
    for _ in range(5000):
        title = "".join(rng.choice(pieces) for _ in range(rng.randrange(8)))
        title += rng.choice(["", "", "(政府采购)", "（工程 , 监理）", "(农业)\n", "（林业）\n\n"])
        assert wp._split_variant(title) == reference(title), title
        split += wp._split_variant(title)[1] is not None
    assert split > 1500


def _reference_parse_toc(lines, first_line=1):
    """``parse_toc`` as first written: the entry number dropped by a substitution."""
    entries = []
    pending = None
    for offset, raw in enumerate(lines):
        text = raw.strip().strip("*").strip()
        if not text:
            continue
        squeezed = compact(text)
        m = toc._NUMBER.match(squeezed)
        if m and pending is None:
            pending = (m.group(1), [toc._ENTRY_NUMBER.sub("", text, count=1)], first_line + offset)
        elif pending is not None:
            pending[1].append(text)
        else:
            continue
        if pending and toc.page_ref_start(squeezed) is not None:
            number, parts, line = pending
            entries.append((number, toc.clean_title(" ".join(parts)), line))
            pending = None
    return entries


def test_table_of_contents_entries_read_as_first_written():
    rng = random.Random(154)
    pieces = [
        "1",
        "12",
        "3.1",
        ".",
        "．",
        "、",
        "-",
        "*",
        "•",
        " ",
        "\u3000",
        "\t",
        "方案",
        "政府采购",
        "#",
        "...",
        "（",
        "(",
        ")",
        "）",
        "19",
        "\n",
    ]
    for _ in range(3000):
        lines = "".join(rng.choice(pieces) for _ in range(rng.randrange(40))).split("\n")
        got = [e[:3] for e in parse_toc(lines, first_line=3)]
        assert got == _reference_parse_toc(lines, first_line=3), lines


def test_table_of_contents_entries_hold_what_their_number_says():
    rng = random.Random(153)
    numbers = ["1", "12", "3.1", "3.12", "10.2", "7"]
    for _ in range(500):
        lines = [
            f"{rng.choice(numbers)}{rng.choice(['. ', '、', ' '])}{rng.choice(['方案', '政府采购'])}..... ( {k} )"
            for k in range(rng.randrange(1, 6))
        ]
        for entry in map(TocEntry._make, parse_toc(lines)):  # named: read by attribute
            assert entry.is_variant == ("." in entry.number)
            assert entry.parent == entry.number.split(".")[0]


def test_a_parenthetical_over_many_empty_lines_is_read_in_linear_time():
    # the anchor's line is walked to line by line: 200,000 empty lines inside one parenthetical
    text = "五、工作举措\n1.开展调研。（\n" + "\n" * 200_000 + "牵头单位：市财政局；完成时限：2022年5月）\n"
    source = Source.from_text(text)
    index = index_assignments(source)
    began = time.process_time()
    drafts = _measures(source, index, 0, len(source.text.text), 0, len(source.compacts), "1", [])
    assert time.process_time() - began < 2
    assert [d[1] for d in drafts] == [source.line_of(source.text.text.index("牵头"))] == [200_003]


def test_a_long_responsible_section_is_read_in_linear_time():
    text = "五、责任单位及责任人\n牵头单位：" + "市财政局、" * 40_000 + "；联络人：" + "甲、" * 100_000 + "\n"
    source = Source.from_text(text)
    began = time.process_time()
    units, contacts = wp._responsible(source.text, source.offset(1), len(source.text.text))
    assert time.process_time() - began < 2
    assert len(units) == 40_000 and len(contacts) == 100_000
