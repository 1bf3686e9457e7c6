"""Round 20: the workplan reader reads its workplans stage by stage, exactly as one at a time (issue 15).

``workplans._read_workplans`` reads each workplan's places, measures, responsible section and citations in
one loop, in one frame (session 50; round 20 read them stage by stage). It is compared with the loop it
replaced (:func:`_reference_sections`: one workplan read whole before the next, as first written, its
measures by :func:`_reference_measures`, ``workplans._measures`` as it was) on the real documents and on seeded random workplan books whose workplans lack measures, a
responsible section or its units, hold unclosed or support-only parentheticals and citations: the same
sections and the same warnings in the same order.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from reformgraph.loaders import workplans as wp
from reformgraph.loaders.assignments import index_assignments
from reformgraph.loaders.read import decode_text
from reformgraph.loaders.source import Source
from reformgraph.records import ParseWarning, quoted

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = ROOT / "data" / "youyang-2022-18-business-environment-reforms.md"
DOCUMENTS = sorted((ROOT / "tests" / "fixtures").glob("*/[0-9][0-9]-*.md")) + [BUNDLED]


def _reference_workplan(layout, index, start, end, number, reform_number, title, variant, warnings):
    """One workplan read whole (``_read_workplan`` as first written)."""
    source = layout.source
    compacts, text, offsets = source.compacts, source.text, source.offsets
    while end > start + 1 and not compacts[end - 1]:
        end -= 1
    resp = layout.first(layout.responsible, start, end)
    scope = wp._scope(text.text, compacts, offsets, start, resp or end)
    body_end = resp if resp is not None else end
    body_start, body_stop = offsets[start], offsets[body_end]
    drafts = _reference_measures(source, index, body_start, body_stop, start, body_end, number, warnings)
    if not drafts:
        warnings.append(ParseWarning(start + 1, f"workplan {number}: no measures (no parenthetical names a lead unit)"))
    responsible, contacts = (), ()
    spans = [(body_start, body_stop, start, body_end)]  # compact-text span, then its 0-based lines [lo, hi)
    if resp is not None:
        section = (offsets[resp + 1], offsets[end])
        responsible, contacts = wp._responsible(text, *section)
        spans.append((*section, resp + 1, end))
        if not responsible:
            warnings.append(ParseWarning(resp + 1, f"workplan {number}: responsible section names no unit"))
    else:
        warnings.append(ParseWarning(start + 1, f"workplan {number}: no 责任单位及责任人 section"))
    citations = wp._citations(source, spans, layout.citations)
    districts = wp.find_districts(scope or "")
    fields = (title, start + 1, tuple(drafts), end, number, reform_number, variant, scope)
    return wp._section(*fields, tuple(responsible), tuple(contacts), citations, districts, True)


def _reference_measures(source, index, start, end, first, stop, wp_number, warnings):
    """Drafts of the labelled parentheticals naming a lead in ``text[start:end]`` (the body: lines ``first`` to
    ``stop``, ``stop`` excluded), as ``workplans._measures`` read them before session 50: a measure's text starts at
    the last heading or enumerated line before its parenthetical, or where the previous measure ends."""
    text, line_at = source.text.text, source.text.line_at
    offsets, compacts, headings = source.offsets, source.compacts, source.headings
    drafts = []
    prev_end = start
    for pos in [p for p in index.unclosed if start <= p < end]:
        if wp.LABEL.match(text, pos + 1):
            excerpt = text[pos : pos + 20]
            warnings.append(ParseWarning(line_at(pos), f"workplan {wp_number}: unclosed parenthetical {excerpt}…"))
    for at, f_end, assignment, bracketed, label_first, base in index.between(start, end):
        if not (bracketed and label_first) or at < prev_end:
            continue
        if f_end > end:
            excerpt = text[at : at + 20]
            warnings.append(ParseWarning(line_at(at), f"workplan {wp_number}: unclosed parenthetical {excerpt}…"))
            continue
        roles = assignment[6]  # label roles: the index hands plain tuples (roles.Assignment's fields)
        if "lead" not in roles and "responsible" not in roles:
            if "support" in roles:
                excerpt = quoted(text[at:f_end], 60)
                message = f"workplan {wp_number}: parenthetical names no lead unit: {excerpt}"
                warnings.append(ParseWarning(line_at(at), message))
            prev_end = f_end
            continue
        if not assignment[0]:  # units
            warnings.append(ParseWarning(line_at(at), f"workplan {wp_number}: empty lead unit field"))
            prev_end = f_end
            continue
        if assignment[1] is None:  # deadline
            warnings.append(ParseWarning(line_at(at), f"workplan {wp_number}: measure has no 完成时限"))
        seg_start = prev_end
        line = wp.bisect_right(offsets, at) - 1
        for i in range(line, first - 1, -1):
            if offsets[i] <= prev_end:
                break
            c = compacts[i]
            if c and (i in headings or wp._ENUMERATOR.match(c)):
                seg_start = offsets[i]
                break
        own = f_end <= offsets[line + 1]
        line = wp.bisect_right(offsets, assignment[3] + base) - 1
        drafts.append((text[seg_start:at], line + 1, assignment, False, source.text, base, "", True, own))
        prev_end = f_end
    return drafts


def _reference_sections(source):
    """(sections, warnings) of ``read_workplans`` with its workplans read one at a time, or None."""
    index = index_assignments(source)
    layout = wp._Layout(source)
    blocks = [wp._Block(*b) for b in wp._find_blocks(source, layout.section_one)]  # named: read by attribute
    if not blocks:
        return None
    toc_start = wp._toc_start(source.lines, source.compacts, blocks[0].start)
    if toc_start is None and not layout.responsible:
        return None
    warnings = []
    toc = wp.parse_toc(source.lines[toc_start : blocks[0].start], first_line=toc_start + 1) if toc_start else []
    matched = wp._align(wp._skeleton(toc, blocks, warnings)[0], blocks, warnings)
    sections = []
    for number, reform_number, title, variant, k in matched:
        start = blocks[k].start
        end = blocks[k + 1].start if k + 1 < len(blocks) else wp._body_end(source.compacts, start)
        sections.append(_reference_workplan(layout, index, start, end, number, reform_number, title, variant, warnings))
    return tuple(sections), tuple((w.line, w.message) for w in warnings)  # as written first: no kinds


def _read(source):
    reading = wp.read_workplans(source, index_assignments(source))
    return None if reading is None else (reading.sections, tuple((w.line, w.message) for w in reading.warnings))


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_stage_by_stage_reads_the_documents_as_one_at_a_time(path):
    source = Source.from_text(decode_text(path.read_bytes()))
    assert _read(source) == _reference_sections(source)


_TITLES = ["开展试点改革事项工作方案", "优化审批改革事项工作方案", "推进政务服务工作方案 (政府采购)"]
_HEADINGS = ["## 一、工作目标", "## 二、适用范围", "## 三、工作举措", "## 四、保障措施"]
_BODY = [
    "两江新区、九龙坡区。",
    "1. 开展调研。依据《优化营商环境条例》。（牵头单位：市市场监管局；配合单位：市财政局；完成时限：2022年5月）",
    "(一) 出台文件。(牵头单位：市财政局；完成时限：已完成)",
    "2. 强化协同。（配合单位：市财政局）",
    "3. 推行改革。（牵头单位：）",
    "4. 制定清单。（牵头单位：市发展改革委",
    "5. 落实《重庆日报》要求。（责任单位：市委宣传部）",
    "目标。",
    "",
]
_RESPONSIBLE = [
    "## 五、责任单位及责任人",
    "牵头单位：市市场监管局；分管领导：杨光；联络人：毕士杰；联系电话：67236219。",
    "配合单位：市财政局、市税务局。",
    "分管领导：杨光。",
    "依据《中华人民共和国行政许可法》。",
]


def _random_book(rng: random.Random) -> str:
    """A workplan book: a table of contents (or none) and workplans made of the pieces above, at random."""
    count = rng.randrange(1, 5)
    titles = [rng.choice(_TITLES) for _ in range(count)]
    lines = ["# 某市人民政府办公室关于印发改革事项工作方案的通知", ""]
    if rng.random() < 0.8:
        lines += ["## 目 录", ""] + [f"{k}. {t}..... ( {k + 2} )" for k, t in enumerate(titles, start=1)] + [""]
    for title in titles:
        lines += [f"# {title}", "", _HEADINGS[0]]
        for _ in range(rng.randrange(0, 9)):
            lines.append(rng.choice(_HEADINGS[1:] + _BODY + _BODY))
        if rng.random() < 0.8:
            lines += [_RESPONSIBLE[0]] + [rng.choice(_RESPONSIBLE[1:]) for _ in range(rng.randrange(0, 3))]
        lines.append("")
    if rng.random() < 0.3:
        lines.append("抄送：市委办公厅。")
    return "\n".join(lines) + "\n"


def test_stage_by_stage_reads_random_books_as_one_at_a_time():
    rng = random.Random(2020)
    kinds = set()
    for _ in range(600):
        source = Source.from_text(_random_book(rng))
        expected = _reference_sections(source)
        assert _read(source) == expected, source.text.text
        if expected is not None:
            kinds.update(message.split(": ", 1)[-1].split(" ", 1)[0] for _, message in expected[1])
    # every warning a workplan can give was met (each stage's warnings interleave with the others')
    assert {"no", "responsible", "unclosed", "parenthetical", "empty", "measure"} <= kinds, kinds
