"""Parse a reform-plan document (text) into records. Pure: text in, records out.

The table of contents is the skeleton: each entry (an item, or its sub-variants
when it has them) is one workplan, found in the body in the same order. In the
body every workplan opens with a title block followed by a ``一、`` heading and
closes with its 责任单位及责任人 section.

>>> doc = parse_document(SAMPLE, path="sample.md")
>>> [(w.number, w.title, w.variant) for w in doc.workplans]
[('1', '开展试点改革事项工作方案', None), ('2.1', '优化审批改革事项工作方案', '政府采购')]
>>> m = doc.workplans[0].measures[0]
>>> [u.raw for u in m.leads], [u.raw for u in m.supports], m.deadline.date, m.line
(['市市场监管局'], ['市高法院', '市财政局'], '2022-05', 15)
>>> [(c.role, c.name, c.phones) for c in doc.workplans[0].contacts]
[('分管领导', '杨光', ()), ('联络人', '毕士杰', ('67236219',))]
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from reformgraph.districts import find_districts
from reformgraph.errors import DocumentError
from reformgraph.loaders.citations import TITLE, classify_title
from reformgraph.loaders.compact import CompactText, compact
from reformgraph.loaders.deadlines import parse_deadline
from reformgraph.loaders.tasklist import parse_tasklist
from reformgraph.loaders.toc import TocEntry, is_toc_line, parse_toc
from reformgraph.records import (
    Citation,
    Contact,
    Document,
    Measure,
    ParseWarning,
    Reform,
    ResponsibleUnit,
    UnitMention,
    Workplan,
)

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

_SECTION_ONE = re.compile(r"^一、")
_RESPONSIBLE_HEADING = re.compile(r"^[一二三四五六七八九十]+、(责任单位|牵头单位)(及|和)?(责任人|联系人)")
_SCOPE_HEADING = re.compile(r"^[一二三四五六七八九十]+、适用范围")
_NUMBERED_HEADING = re.compile(r"^[一二三四五六七八九十]+、")
_ENUMERATOR = re.compile(r"^(\d{1,2}[.．、]|[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]+、|[①-⑳])")
_LEAD_LABELS = ("牵头单位", "责任单位", "牵头部门", "责任部门")
_FIELD_LABELS = _LEAD_LABELS + ("配合单位", "协办单位", "参与单位", "配合部门", "完成时限", "完成时间", "时限")
_ASSIGNMENT_OPEN = re.compile(r"[（(](?=(?:{})[:：])".format("|".join(_FIELD_LABELS)))
_FIELD_SPLIT = re.compile(r"[；;，,。]?(?=(?:{})[:：])".format("|".join(_FIELD_LABELS)))
_PAREN = re.compile(r"[（()）]")
_UNIT_SEPARATORS = "、，,；;/"
_CONTACT_LABEL = re.compile(
    r"(牵头单位|责任单位|配合单位|[\u4e00-\u9fa5]{0,3}(?:领导|负责人|责任人)|联络人|联络员|联系人|联系电话|电话|手机)[:：]"
)
_PHONE = re.compile(r"(?<!\d)(?:\d{3,4}-)?\d{7,11}(?!\d)")
_MAX_PAREN = 800


@dataclass(frozen=True)
class _Block:
    """A workplan's title block in the body: where it starts and what it says."""

    start: int  # 0-based index of the first title line
    section_one: int  # 0-based index of the 一、 heading
    title: str
    variant: str | None


def parse_document(text: str, *, path: str = "<input>", key: str | None = None, sha256: str = "") -> Document:
    """Parse the text of a reform-plan document.

    Raises DocumentError when the text holds no recognisable workplans.
    """
    lines = text.splitlines()
    if not any(line.strip() for line in lines):
        raise DocumentError("the file is empty", path=path)
    warnings: list[ParseWarning] = []
    compacts = [compact(line) for line in lines]
    blocks = _find_blocks(lines, compacts)
    if not blocks or (
        _toc_start(lines, blocks[0].start) is None and not any(_RESPONSIBLE_HEADING.match(c) for c in compacts)
    ):
        return parse_tasklist(text, path=path, key=key, sha256=sha256)  # no TOC layout: loaders/tasklist.py
    toc_start = _toc_start(lines, blocks[0].start)
    toc = parse_toc(lines[toc_start : blocks[0].start], first_line=toc_start + 1) if toc_start is not None else []
    skeleton = _skeleton(toc, blocks, warnings)
    reforms = (
        tuple(Reform(e.number, e.title) for e in toc if not e.is_variant)
        if toc
        else tuple(Reform(number, title) for number, _, title, _ in skeleton)
    )
    matched = _align(skeleton, blocks, warnings)
    workplans = []
    for _i, (number, reform_number, title, variant, block_index) in enumerate(matched):
        start = blocks[block_index].start
        end = blocks[block_index + 1].start if block_index + 1 < len(blocks) else _body_end(lines, start)
        workplans.append(_parse_workplan(lines, compacts, start, end, number, reform_number, title, variant, warnings))
    meta = _metadata(lines[: toc_start if toc_start is not None else blocks[0].start])
    return Document(
        key=key or "document",
        path=path,
        sha256=sha256,
        title=meta["title"] or blocks[0].title,
        issuer=meta["issuer"],
        doc_number=meta["doc_number"],
        date=meta["date"],
        reforms=reforms,
        workplans=tuple(workplans),
        warnings=tuple(sorted(warnings, key=lambda w: w.line)),
    )


# ---- skeleton: table of contents and title blocks -------------------------------------------


def _find_blocks(lines: Sequence[str], compacts: Sequence[str]) -> list[_Block]:
    blocks: list[_Block] = []
    for i, c in enumerate(compacts):
        if not c.startswith("一、") or not (_SECTION_ONE.match(c) and len(c) <= 30):
            continue
        j, first = i - 1, i
        seen = 0
        while j >= 0 and seen < 6:
            cj = compacts[j]
            if cj:
                if not _is_title_line(lines[j], cj):
                    break
                first = j
                seen += 1
            j -= 1
        if first == i:
            continue
        title_text = "".join(compacts[first:i])
        title, variant = _split_variant(title_text)
        blocks.append(_Block(first, i, title, variant))
    return blocks


def _body_end(lines: Sequence[str], start: int) -> int:
    """Where the last workplan ends: before a closing 抄送/印发 block, else at the end of the text."""
    for i in range(start, len(lines)):
        c = compact(lines[i])
        if re.match(r"^(抄送|主送|印送)[:：]", c) or re.search(r"\d{4}年\d{1,2}月\d{1,2}日印发$", c):
            return i
    return len(lines)


def _is_title_line(raw: str, c: str) -> bool:
    if is_toc_line(raw) or c in ("目录",) or _RESPONSIBLE_HEADING.match(c) or _NUMBERED_HEADING.match(c):
        return False
    if "：" in c or ":" in c or c.endswith(("。", "；", ";")):
        return False
    return len(c) <= 60


def _split_variant(title: str) -> tuple[str, str | None]:
    m = re.search(r"[（(]([^（()）]+)[)）]$", title)
    if m and m.start() > 0:
        return title[: m.start()], re.sub(r"\s*,\s*", "，", m.group(1))
    return title, None


def _toc_start(lines: Sequence[str], limit: int) -> int | None:
    for i in range(limit):
        if compact(lines[i]) in ("目录", "目次"):
            return i + 1
    first = next((i for i in range(limit) if is_toc_line(lines[i])), None)
    return first


def _skeleton(toc: list[TocEntry], blocks: list[_Block], warnings: list[ParseWarning]):
    """(number, reform_number, title, variant) for every workplan the document should hold."""
    if not toc:
        warnings.append(ParseWarning(1, "no table of contents: workplans numbered in body order"))
        return [(str(i), str(i), b.title, b.variant) for i, b in enumerate(blocks, start=1)]
    items = {e.number: e for e in toc if not e.is_variant}
    variants: dict[str, list[TocEntry]] = {}
    for e in toc:
        if e.is_variant:
            variants.setdefault(e.parent, []).append(e)
            if e.parent not in items:
                warnings.append(
                    ParseWarning(e.line, f"table of contents: sub-variant {e.number} has no item {e.parent}")
                )
    out = []
    for e in toc:
        if e.is_variant:
            parent = items.get(e.parent)
            out.append((e.number, e.parent, parent.title if parent else e.title, e.title))
        elif e.number not in variants:
            out.append((e.number, e.number, e.title, None))
    return out


def _similarity(title: str, variant: str | None, block: _Block) -> float:
    score = fuzz.ratio(title, block.title)
    if variant:
        v = re.sub(r"[，,\s]", "", variant)
        bv = re.sub(r"[，,\s]", "", block.variant or "")
        score = (score + (100.0 if v == bv else fuzz.ratio(v, bv))) / 2
    return score


def _align(skeleton, blocks: list[_Block], warnings: list[ParseWarning]):
    """Match each skeleton workplan to a body block, in order."""
    matched = []
    if len(skeleton) == len(blocks):
        for (number, reform, title, variant), (k, block) in zip(skeleton, enumerate(blocks)):
            if _similarity(title, variant, block) < 45:
                warnings.append(
                    ParseWarning(
                        block.start + 1,
                        f"workplan {number}: body title {block.title!r} differs from the table of contents",
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
                    blocks[min(k, len(blocks) - 1)].start + 1,
                    f"workplan {number} ({title}) of the table of contents not found in the body",
                )
            )
            continue
        matched.append((number, reform, title, variant, best))
        k = best + 1
    return matched


# ---- one workplan ------------------------------------------------------------------------------


def _parse_workplan(lines, compacts, start, end, number, reform_number, title, variant, warnings) -> Workplan:
    while end > start + 1 and not compacts[end - 1]:
        end -= 1
    resp = next((i for i in range(start, end) if _RESPONSIBLE_HEADING.match(compacts[i])), None)
    scope = _scope(compacts, start, resp or end)
    body_end = resp if resp is not None else end
    body = CompactText.from_compacts(compacts[start:body_end], first_line=start + 1)
    marks = _paragraph_marks(lines, compacts, body)
    measures = _measures(body, marks, number, warnings)
    if not measures:
        warnings.append(ParseWarning(start + 1, f"workplan {number}: no measures (no parenthetical names a lead unit)"))
    responsible, contacts = (), ()
    if resp is not None:
        section = CompactText.from_compacts(compacts[resp + 1 : end], first_line=resp + 2)
        responsible, contacts = _responsible(section)
        if not responsible:
            warnings.append(ParseWarning(resp + 1, f"workplan {number}: responsible section names no unit"))
    else:
        warnings.append(ParseWarning(start + 1, f"workplan {number}: no 责任单位及责任人 section"))
    citations = tuple(
        Citation(m.group(0), classify_title(m.group(0)), text.line_at(m.start()))
        for text in ((body, section) if resp is not None else (body,))
        for m in TITLE.finditer(text.text)
    )
    return Workplan(
        number=number,
        reform_number=reform_number,
        title=title,
        variant=variant,
        scope=scope,
        line_start=start + 1,
        line_end=end,
        measures=tuple(measures),
        responsible=tuple(responsible),
        contacts=tuple(contacts),
        citations=citations,
        districts=find_districts(scope or ""),
    )


def _scope(compacts, start, end) -> str | None:
    heading = next((i for i in range(start, end) if _SCOPE_HEADING.match(compacts[i])), None)
    if heading is None:
        return None
    stop = next((i for i in range(heading + 1, end) if _NUMBERED_HEADING.match(compacts[i])), end)
    text = "".join(compacts[heading + 1 : stop])
    return text or None


def _paragraph_marks(lines, compacts, body: CompactText) -> list[int]:
    """Compact offsets where an enumerated paragraph or a heading begins."""
    marks = []
    for pos, lineno in zip(body.starts, body.lines):
        if lines[lineno - 1].lstrip().startswith("#") or _ENUMERATOR.match(compacts[lineno - 1]):
            marks.append(pos)
    return marks


def _matching_close(text: str, open_pos: int) -> int | None:
    depth = 0
    for m in _PAREN.finditer(text, open_pos, min(len(text), open_pos + _MAX_PAREN)):
        if m.group(0) in "（(":
            depth += 1
        else:
            depth -= 1
            if depth == 0:
                return m.start()
    return None


def _measures(body: CompactText, marks: list[int], wp_number: str, warnings) -> list[Measure]:
    text = body.text
    measures: list[Measure] = []
    prev_end = 0
    for m in _ASSIGNMENT_OPEN.finditer(text):
        open_pos = m.start()
        if open_pos < prev_end:
            continue  # nested inside the previous parenthetical
        close = _matching_close(text, open_pos)
        if close is None:
            warnings.append(
                ParseWarning(
                    body.line_at(open_pos),
                    f"workplan {wp_number}: unclosed parenthetical {text[open_pos : open_pos + 20]}…",
                )
            )
            continue
        fields = _fields(text, open_pos + 1, close)
        lead_label = next((label for label in _LEAD_LABELS if label in fields), None)
        if lead_label is None:
            if any(label in fields for label in _LEAD_LABELS + ("配合单位", "协办单位", "参与单位", "配合部门")):
                warnings.append(
                    ParseWarning(
                        body.line_at(open_pos),
                        f"workplan {wp_number}: parenthetical names no lead unit: {text[open_pos : close + 1][:60]}",
                    )
                )
            prev_end = close + 1
            continue
        unit_fields = [
            (label, *_split_trailing(text, *fields[label]))
            for label in (lead_label, "配合单位", "协办单位", "参与单位", "配合部门")
            if label in fields
        ]
        leads = _units(body, unit_fields[0][1], unit_fields[0][2])
        supports = tuple(u for _, s, e, _ in unit_fields[1:] for u in _units(body, s, e))
        deadline_field = next((fields[label] for label in ("完成时限", "完成时间", "时限") if label in fields), None)
        trailing = next((t for *_, t in unit_fields if t), None)
        if deadline_field:
            deadline = parse_deadline(text[deadline_field[0] : deadline_field[1]])
        else:
            # an unlabelled deadline after the units: （牵头单位：市卫生健康委；持续推进）
            deadline = parse_deadline(trailing)
            if trailing is None:
                warnings.append(ParseWarning(body.line_at(open_pos), f"workplan {wp_number}: measure has no 完成时限"))
        if not leads:
            warnings.append(ParseWarning(body.line_at(open_pos), f"workplan {wp_number}: empty lead unit field"))
        mark_index = bisect_right(marks, open_pos)
        seg_start = max(prev_end, marks[mark_index - 1] if mark_index else 0)
        measure_text = text[seg_start:open_pos]
        label_pos = text.index(lead_label, open_pos)
        measures.append(
            Measure(
                seq=len(measures) + 1,
                text=measure_text,
                leads=leads,
                supports=supports,
                deadline=deadline,
                line=body.line_at(label_pos),
            )
        )
        prev_end = close + 1
    return measures


def _split_trailing(text: str, start: int, end: int) -> tuple[int, int, str | None]:
    """Cut a unit field at its first ；/; outside brackets: (start, cut, trailing text or None)."""
    depth = 0
    for i in range(start, end):
        ch = text[i]
        if ch in "（(":
            depth += 1
        elif ch in ")）":
            depth -= 1
        elif depth <= 0 and ch in "；;":
            rest = text[i + 1 : end].strip("；;，,。")
            return start, i, rest or None
    return start, end, None


def _fields(text: str, start: int, end: int) -> dict[str, tuple[int, int]]:
    """Label → (start, end) offsets of its value inside one parenthetical."""
    out: dict[str, tuple[int, int]] = {}
    inner = text[start:end]
    for m in re.finditer(r"(?:^|[；;，,。])((?:{}))[:：]".format("|".join(_FIELD_LABELS)), inner):
        label = m.group(1)
        value_start = start + m.end()
        out.setdefault(label, (value_start, end))
        # close the previous field where this one begins
        for other, (s, e) in list(out.items()):
            if other != label and s < start + m.start() < e:
                out[other] = (s, start + m.start())
    return out


def _units(body: CompactText, start: int, end: int) -> tuple[UnitMention, ...]:
    """Split a unit list on 、，,；; outside brackets; keep each raw name and its line."""
    text = body.text
    mentions: list[UnitMention] = []
    depth, item_start = 0, start
    for i in range(start, end + 1):
        ch = text[i] if i < end else "、"
        if ch in "（(":
            depth += 1
        elif ch in ")）":
            depth -= 1
        elif depth <= 0 and ch in _UNIT_SEPARATORS:
            raw = text[item_start:i].strip("。.：:")
            if raw:
                mentions.append(UnitMention(raw, body.line_at(item_start)))
            item_start = i + 1
    return tuple(mentions)


# ---- responsible section ----------------------------------------------------------------------


def _responsible(section: CompactText) -> tuple[tuple[ResponsibleUnit, ...], tuple[Contact, ...]]:
    """Lead/support units and people (by role, with phones) of 五、责任单位及责任人."""
    text = section.text
    labels = list(_CONTACT_LABEL.finditer(text))
    units: list[ResponsibleUnit] = []
    contacts: list[Contact] = []
    current_unit: str | None = None
    block_people: list[int] = []  # indexes into contacts of the current unit's 联络人

    def start_lead(raw: str, pos: int) -> None:
        nonlocal current_unit, block_people
        for u in _units(section, pos, pos + len(raw)):
            units.append(ResponsibleUnit(u.raw, "lead", u.line))
        current_unit = raw.split("、")[0] if raw else None
        block_people = []

    if labels and labels[0].start() > 0:
        lead_text = text[: labels[0].start()].strip("；;，,。")
        if lead_text:
            start_lead(lead_text, 0)
    for k, m in enumerate(labels):
        label = m.group(1)
        v_start = m.end()
        v_end = labels[k + 1].start() if k + 1 < len(labels) else len(text)
        value = text[v_start:v_end]
        if label in ("牵头单位", "责任单位"):
            value = value.rstrip("；;，,。")
            start_lead(value, v_start)
        elif label == "配合单位":
            for u in _units(section, v_start, v_start + len(value.rstrip("；;，,。"))):
                units.append(ResponsibleUnit(u.raw, "support", u.line))
        elif label in ("联系电话", "电话", "手机"):
            phones = tuple(_PHONE.findall(value))
            people = block_people or [i for i, c in enumerate(contacts) if c.unit_raw == current_unit][-1:]
            if len(people) == len(phones) and len(people) > 1:
                for i, phone in zip(people, phones):
                    contacts[i] = _with_phones(contacts[i], (phone,))
            else:
                for i in people:
                    contacts[i] = _with_phones(contacts[i], phones)
            # an unlabelled lead unit may follow the phones: "…63801206。市市场监管局；分管领导：…"
            rest = re.sub(r"^[\d、，,\-—\s；;/]+", "", value)
            rest = rest.lstrip("。；;，,").rstrip("；;，,。")
            if rest and not _PHONE.fullmatch(rest):
                start_lead(rest, v_end - len(value) + value.index(rest))
        else:
            role = label
            names = [n for n in re.split(r"[、，,；;。]", value) if n]
            new = []
            for name in names:
                if len(name) > 8 or _PHONE.search(name):
                    continue
                contacts.append(
                    Contact(
                        name=name,
                        role=role,
                        phones=(),
                        unit_raw=current_unit,
                        line=section.line_at(v_start + value.index(name)),
                    )
                )
                new.append(len(contacts) - 1)
            if role in ("联络人", "联络员", "联系人"):
                block_people = new
    return tuple(units), tuple(contacts)


def _with_phones(contact: Contact, phones: tuple[str, ...]) -> Contact:
    return Contact(contact.name, contact.role, phones, contact.unit_raw, contact.line)


# ---- document metadata ------------------------------------------------------------------------


def _metadata(head: Sequence[str]) -> dict[str, str | None]:
    """Title, issuer, document number and date from the lines before the table of contents."""
    title = issuer = doc_number = date = None
    for i, line in enumerate(head):
        c = compact(line)
        if not c:
            continue
        if title is None and line.lstrip().startswith("#") and not c.startswith(("目录",)):
            title = c
        m = re.search(r"[\[〔［(（]?(\d{4})[\]〕］)）]?[—\-－]*(\d{1,4})号", c)
        if doc_number is None and m and len(c) <= 40:
            doc_number = f"〔{m.group(1)}〕{m.group(2)}号"
        d = re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日", c)
        if date is None and d:
            date = f"{int(d.group(1)):04d}-{int(d.group(2)):02d}-{int(d.group(3)):02d}"
            prev = next((compact(head[j]) for j in range(i - 1, -1, -1) if compact(head[j])), None)
            if prev and len(prev) <= 40 and not prev.endswith("。"):
                issuer = prev
    return {"title": title, "issuer": issuer, "doc_number": doc_number, "date": date}
