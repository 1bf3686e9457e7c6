"""A task table's title: the heading above it, or its own title row merged across.

>>> title_of_table("附件：重点任务分解表")
'重点任务分解表'
"""

from __future__ import annotations

from collections.abc import Sequence

from reformgraph.loaders.compact import compact
from reformgraph.loaders.vocab import names_issuers
from reformgraph.regexcache import compiled

SECTION_ROW = compiled(r"^([一二三四五六七八九十]{1,3})、")  # 一、重点任务: a section's row or heading
ANNEX_PREFIX = compiled(r"^附(?:件|表)[\d一二三四五六七八九十]*[：:]")  # 附件：, 附表2：


def title_of_table(line_before: str | None) -> str:
    """A table's title: the line before it as ``heading_title`` reads it, else ``工作任务``.

    >>> title_of_table("附件：重点任务分解表"), title_of_table(None), title_of_table("长" * 61), title_of_table("一、重点任务")
    ('重点任务分解表', '工作任务', '工作任务', '重点任务')
    """
    return (heading_title(line_before) if line_before else None) or "工作任务"


_ANNEX_MARK = compiled(r"^附(?:件|表)[\d一二三四五六七八九十]*[：:.．、]?$")  # 附件2 alone
# 填报单位：市司法局  填报时间：2024年3月, and 编制单位：…办公室  2026年1月15日 (a date after the fields: round 36)
_FORM_LINE = compiled(r"^(?:[^\s：:]{1,10}[：:]\S*\s*)+(?:\d{4}年\d{1,2}月\d{1,2}日)?$")
_TITLE_ENDS = ("。", "：", ":", "；", ";", "，", ",")
_TITLE_LOOK_BACK = 4  # non-empty lines above a table looked at for its title
_NO_TITLE = compiled(r"^(?:\d{4}年\d{1,2}月\d{1,2}日|[（(][^）)]*[）)])$")  # a date; （此件公开发布）


def heading_title(line: str) -> str | None:
    """The title a heading gives the table under it: the line without an annex mark (``附件1``) or a section
    enumerator (``一、``); None for a sentence or a label line (ending with ``。`` ``：`` ``，`` …), a form line
    (``填报单位：…``), a bare annex mark, a date or a remark in brackets alone (the end of a plan's body:
    ``2024年3月15日``, ``（此件公开发布）``), or a line longer than 60 characters.

    >>> [heading_title(x) for x in ["附件1  XX市重点任务分工", "# 一、科技体制改革任务", "附件2", "现将任务分工如下："]]
    ['XX市重点任务分工', '科技体制改革任务', None, None]
    >>> [heading_title(x) for x in ["填报单位：市司法局  填报时间：2024年3月", "2024年3月15日", "（此件公开发布）"]]
    [None, None, None]
    """
    line = line.strip().lstrip("#").strip()
    tokens = line.split()
    if len(tokens) > 1 and _ANNEX_MARK.match(tokens[0]):
        tokens = tokens[1:]  # 附件1  XX市重点任务分工
    text = compact("".join(tokens))
    annexed = ANNEX_PREFIX.sub("", text)  # 附件：…分解表 → …分解表
    if _ANNEX_MARK.match(text) or (annexed == text and _FORM_LINE.match(line)):
        return None
    text = SECTION_ROW.sub("", annexed)  # 一、重点任务 → 重点任务
    if not text or len(text) > 60 or text.endswith(_TITLE_ENDS) or _NO_TITLE.match(text):
        return None
    return text


def title_above(lines: Sequence[str], index: int, compacts: Sequence[str] | None = None) -> str | None:
    """The title the lines above line ``index`` (0-based) give a table: the nearest non-empty one as
    ``heading_title`` reads it, looking past form lines (``填报单位：…``) and a bare annex mark (``附件2``) over a
    few lines; None when it is no title (a sentence). With ``compacts`` (a Source's), a line blank there (a page
    number) is skipped.

    >>> title_above(["XX市重点任务分工", "填报单位：市司法局", "", "序号  任务  牵头单位"], 3)
    'XX市重点任务分工'
    >>> title_above(["现将任务分工如下。", "序号  任务  牵头单位"], 1) is None
    True
    """
    looked = 0
    for k in range(index - 1, -1, -1):
        line = lines[k].strip()
        if not line.lstrip("#").strip() or (compacts is not None and not compacts[k]):
            continue
        looked += 1
        if looked > _TITLE_LOOK_BACK:
            break
        title = heading_title(line)
        if title is not None or not (_ANNEX_MARK.match(compact(line)) or _FORM_LINE.match(line.lstrip("#").strip())):
            return title
    return None


def title_row(rows: Sequence[Sequence[str]]) -> str | None:
    """A table's own title: the first of the rows above its header holding one text (a title merged across) that
    ``heading_title`` reads as a title (not a form row: ``填报单位：…``).

    >>> title_row([["XX县改革任务台账", "XX县改革任务台账"], ["填报单位：县发改局", ""]])
    'XX县改革任务台账'
    >>> title_row([["中共江临市委办公室 江临市人民政府办公室", ""], ["江临市2025年任务分解表", ""]])
    '江临市2025年任务分解表'
    """
    for row in rows:
        values = {c for c in row if c}
        if len(values) == 1:
            value = values.pop()
            title = heading_title(value) if not names_issuers(value) else None  # its issuers' names: no title
            if title is not None:
                return title
    return None


__all__ = ["ANNEX_PREFIX", "SECTION_ROW", "heading_title", "title_above", "title_of_table", "title_row"]
