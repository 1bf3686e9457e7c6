"""Footnotes at a PDF page's foot: no part of the plan, their reference numbers no part of its text (round 42).

A plan written in Word with footnotes (a term's definition, a source) prints each footnote at its page's foot, its
number glued to its text (``1政务数据资源目录：指…``), and the reference in the body as a small raised number that
the text layer gives as a digit glued to the word it follows (``编制省级政务数据资源目录1，实行…``). Read as text,
the number stayed in the task's text and the footnotes' texts were lines of the plan (one saying ``由…负责`` could be
read as a task). A page's footnotes are the lines at its foot that open with consecutive numbers glued to Chinese
text, each number having its reference, in order, in the page's body after a word and before punctuation or a
word; then the footnotes' lines are blanked (the page keeps its lines) and the references are taken out.

>>> page = "1.编制目录1，实行动态更新。（牵头单位：省政务办）\\n2.开放数据2。\\n1目录：指数据清单。\\n2数据：由各部门负责。"
>>> without_footnotes(page).split("\\n")
['1.编制目录，实行动态更新。（牵头单位：省政务办）', '2.开放数据。', '', '']
>>> page = "1.推进第1项改革。\\n6月底前完成。\\n1推进改革"
>>> without_footnotes(page) is page
True
"""

from __future__ import annotations

from reformgraph.regexcache import compiled

_COUNTED = "个项条次家人名万亿元年月日号"  # what a number counts or dates: 6月底前, 10个 (a wrapped line's start)
_NOTE_LINE = compiled(rf"\s*(\d{{1,2}})(?![{_COUNTED}])(?=[\u4e00-\u9fff“《（])")  # 1政务数据资源目录：指…
_CONTINUATIONS = 3  # lines: the most a footnote wraps onto under its first line
# a reference: a number after a word or a closing mark, before punctuation, a word or the line's end; never a count
# (5个, 10项, 2024年) nor an ordinal (第1)
_REFERENCE = r"(?<=[\u4e00-\u9fff”」》）)])(?<!第){}(?![\d.．%％" + _COUNTED + "])"


def without_footnotes(page: str) -> str:
    """``page`` without its footnotes' lines (blank) and their references' numbers (the same object when it has
    none)."""
    lines = page.split("\n")
    block = _footnote_block(lines)
    if block is None:
        return page
    start, numbers = block
    body = "\n".join(lines[:start])
    cut: list[int] = []
    at = 0
    for number in numbers:
        found = compiled(_REFERENCE.format(number)).search(body, at)
        if found is None:
            return page
        cut.append(found.start())
        at = found.end()
    for position, number in zip(reversed(cut), reversed(numbers)):
        body = body[:position] + body[position + len(str(number)) :]
    return body + "\n" * (len(lines) - start)


def _footnote_block(lines: list[str]) -> tuple[int, list[int]] | None:
    """The first line of the footnotes at the foot of ``lines`` and their numbers, in order (None: no footnotes)."""
    end = len(lines)
    while end and not any("\u4e00" <= c <= "\u9fff" for c in lines[end - 1]):  # blank lines, a page number
        end -= 1
    numbers: list[int] = []
    start = None
    since = 0
    for index in range(end - 1, -1, -1):
        note = _NOTE_LINE.match(lines[index])
        if note is not None and (not numbers or int(note.group(1)) == numbers[0] - 1):
            numbers.insert(0, int(note.group(1)))
            start, since = index, 0
            continue
        since += 1
        if since > _CONTINUATIONS or note is not None:
            break
    if start is None or not numbers or start == 0:
        return None
    if end - start > (len(numbers) * (_CONTINUATIONS + 1)):
        return None
    return start, numbers
