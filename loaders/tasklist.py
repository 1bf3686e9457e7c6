"""Task lists without a table of contents: tasks numbered in the body, or rows of a task table.

Most published plans (工作要点, 任务分解, 实施方案) have no table of contents. Here the
top-level headings (``一、重点任务``) are the workplans and every parenthetical or line
that names a responsible unit closes one task (a measure) of its workplan.

Label rules (documented in docs/formats.md):

- 牵头单位 / 牵头部门 / 推进单位 / 主责单位: every unit listed leads.
- 配合单位 / 配合部门 / 协办单位 / 参与单位 / 协同单位: every unit listed supports.
- 责任单位 / 责任部门 alone (no lead/support split): the first unit leads and the
  others support, unless the text says otherwise: ``X牵头`` / ``Y配合`` inside the
  field mark the roles explicitly, and ``按职责分工负责`` / ``分别牵头`` / ``共同牵头``
  make every listed unit a lead.
- The deadline is the 完成时限 / 完成时间 / 时限 field, else an unlabelled date after
  the units, else a deadline written in the task text (``2026年底前``, ``到2025年底``).

>>> doc = parse_tasklist(SAMPLE, path="plan.md")
>>> [(w.number, w.title) for w in doc.workplans]
[('1', '重点任务'), ('2', '保障措施')]
>>> m = doc.workplans[0].measures[0]
>>> m.text, [u.raw for u in m.leads], [u.raw for u in m.supports], m.deadline.date
('推进排水管网改造，2026年底前完成。', ['区建设管理委'], ['区水务局', '各街镇'], '2026-12')
>>> m = doc.workplans[0].measures[1]
>>> [u.raw for u in m.leads], [u.raw for u in m.supports], m.deadline.date
(['区财政局'], ['区税务局'], '2025-06')
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reformgraph.errors import DocumentError
from reformgraph.loaders.compact import CompactText, compact
from reformgraph.loaders.tables import flattened_rows, table_sections
from reformgraph.loaders.tasks import Task, document_from_sections
from reformgraph.records import Document, ParseWarning

SAMPLE = """---
title: 某区2025年城市更新工作要点
---
# 某区2025年城市更新工作要点

一、重点任务
（一）推进排水管网改造，2026年底前完成。（责任单位：区建设管理委、区水务局，各街镇）
（二）落实资金保障。（牵头单位：区财政局，配合单位：区税务局；完成时限：2025年6月）
二、保障措施
1. 加强督查。（推进单位：区政府办）
"""

LEAD_LABELS = ("牵头单位", "牵头部门", "推进单位", "主责单位")
SINGLE_LABELS = ("责任单位", "责任部门")
SUPPORT_LABELS = ("配合单位", "配合部门", "协办单位", "参与单位", "协同单位")
DEADLINE_LABELS = ("完成时限", "完成时间", "时间节点", "时限")
UNIT_LABELS = LEAD_LABELS + SINGLE_LABELS + SUPPORT_LABELS
ALL_LABELS = UNIT_LABELS + DEADLINE_LABELS

_LABEL = re.compile(r"({})[:：]".format("|".join(ALL_LABELS)))
_SECTION = re.compile(r"^([一二三四五六七八九十]{1,3})、")
_ENUMERATOR = re.compile(
    r"^(\d{1,2}[.．、](?!\d)|[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|[①-⑳])"
)
_MARKED = re.compile(r"[（(](?=[^（()）:：]{1,80}?(?:牵头|负责)[，,、；;）)])")  # （X牵头，Y配合）
_LIST_MARK = re.compile(r"^[-+>•·]+")  # markdown list and quote markers


def parse_tasklist(
    text: str, *, path: str = "<input>", key: str | None = None, sha256: str = "", title: str | None = None
) -> Document:
    """Parse a plan whose tasks are numbered in the body (no table of contents).

    Raises DocumentError when no task names a responsible unit.
    """
    lines = strip_front_matter(text.splitlines())
    compacts = [_LIST_MARK.sub("", compact(line)) for line in lines]
    doc_title = title or _title(lines, compacts)
    flat = flattened_rows(compacts)
    if flat is not None:
        found = table_sections(flat[0], title=doc_title or "工作任务", row_lines=flat[1])
        if found:
            return document_from_sections(
                found, path=path, key=key, sha256=sha256, title=doc_title or found[0][0], text="\n".join(lines)
            )
    sections: list[tuple[str, int, list[Task]]] = []  # (title, first line, tasks)
    current: tuple[str, int, list[Task]] | None = None
    warnings: list[ParseWarning] = []
    paragraph: list[int] = []

    def flush() -> None:
        nonlocal current
        if not paragraph:
            return
        tasks = _paragraph_tasks(compacts, paragraph, warnings)
        paragraph.clear()
        if tasks:
            if current is None:
                current = (doc_title or "工作任务", tasks[0].line, [])
                sections.append(current)
            current[2].extend(tasks)

    for i, c in enumerate(compacts):
        if not c:
            continue
        if _SECTION.match(c) and len(c) <= 40 and not _LABEL.search(c) and not c.endswith(("。", "；")):
            flush()
            current = (_SECTION.sub("", c).rstrip("：:"), i + 1, [])
            sections.append(current)
            continue
        if _ENUMERATOR.match(c) or lines[i].lstrip().startswith("#"):
            flush()
        paragraph.append(i)
    flush()
    sections = [s for s in sections if s[2]]
    if not sections:
        raise DocumentError(
            "no recognisable workplans (no table of contents with '一、' workplans, and no task names a "
            "responsible unit such as 牵头单位/责任单位/推进单位)",
            path=path,
        )
    return document_from_sections(
        [(t, line, tasks) for t, line, tasks in sections],
        path=path,
        key=key,
        sha256=sha256,
        title=doc_title or sections[0][0],
        warnings=warnings,
        text="\n".join(lines),
    )


# ---- body text --------------------------------------------------------------------------------


def strip_front_matter(lines: list[str]) -> list[str]:
    """Blank out a YAML front-matter block (``---`` … ``---``) so line numbers stay true.

    >>> strip_front_matter(["---", "title: x", "---", "正文"])
    ['', '', '', '正文']
    """
    if lines and lines[0].strip() == "---":
        for j in range(1, min(len(lines), 60)):
            if lines[j].strip() in ("---", "..."):
                return [""] * (j + 1) + lines[j + 1 :]
    return lines


def _title(lines: Sequence[str], compacts: Sequence[str]) -> str | None:
    for raw, c in zip(lines, compacts):
        if not c:
            continue
        if raw.lstrip().startswith("#") or (len(c) <= 60 and not _ENUMERATOR.match(c) and not _LABEL.search(c)):
            return c
        return None
    return None


def _paragraph_tasks(compacts: Sequence[str], rows: Sequence[int], warnings: list[ParseWarning]) -> list[Task]:
    """Tasks of one enumerated paragraph: each assignment closes the text before it.

    An assignment is a unit label (in a parenthetical, or starting a field that runs to the
    paragraph's end) or an unlabelled parenthetical that marks roles: （X牵头，Y配合）.
    """
    body = CompactText.from_compacts([compacts[i] for i in range(rows[0], rows[-1] + 1)], first_line=rows[0] + 1)
    text = body.text
    tasks: list[Task] = []
    prev_end = pos = 0
    while True:
        m = _LABEL.search(text, pos)
        while m is not None and m.group(1) not in UNIT_LABELS:
            m = _LABEL.search(text, m.end())
        marked = _MARKED.search(text, pos, m.start() if m is not None else len(text))
        close = _matching_close(text, marked.start()) if marked else None
        if marked and close is not None:
            open_pos, task_end, after = marked.start() + 1, marked.start(), close + 1
            fields = {"责任单位": text[open_pos:close]}
        elif m is not None:
            open_pos = m.start()
            if open_pos > 0 and text[open_pos - 1] in "（(":
                close = _matching_close(text, open_pos - 1)
                end = close if close is not None else len(text)
                after, task_end = (close + 1 if close is not None else len(text)), open_pos - 1
            else:
                end = _next_enumerated(text, body, m.end())
                after, task_end = end, open_pos
            fields = _fields(text[open_pos:end])
        else:
            break
        task_text = _ENUMERATOR.sub("", text[prev_end:task_end].lstrip("。；;，,")).strip()
        if not task_text:
            task_text = _ENUMERATOR.sub("", text[:task_end]).strip()
        tasks.append(
            Task(
                text=task_text,
                lead=_join(fields, LEAD_LABELS),
                single=_join(fields, SINGLE_LABELS),
                support=_join(fields, SUPPORT_LABELS),
                deadline=_join(fields, DEADLINE_LABELS),
                line=body.line_at(open_pos),
            )
        )
        prev_end = pos = after
    return tasks


def _next_enumerated(text: str, body: CompactText, start: int) -> int:
    """End of an unparenthesised label field: the end of its line's paragraph (the next enumerated line)."""
    for s in body.starts:
        if s > start and _ENUMERATOR.match(text[s : s + 6]) and not _LABEL.match(text[s : s + 8]):
            return s
    return len(text)


def _matching_close(text: str, open_pos: int) -> int | None:
    depth = 0
    for i in range(open_pos, min(len(text), open_pos + 800)):
        ch = text[i]
        if ch in "（(":
            depth += 1
        elif ch in ")）":
            depth -= 1
            if depth == 0:
                return i
    return None


def _fields(region: str) -> dict[str, str]:
    """Label → value inside one assignment; a value ends where the next label begins."""
    found = list(_LABEL.finditer(region))
    out: dict[str, str] = {}
    for k, m in enumerate(found):
        end = found[k + 1].start() if k + 1 < len(found) else len(region)
        value = region[m.end() : end].strip("；;，,。 ")
        out.setdefault(m.group(1), value)
    return out


def _join(fields: dict[str, str], labels: Sequence[str]) -> str | None:
    values = [fields[label] for label in labels if fields.get(label)]
    return "、".join(values) if values else None
