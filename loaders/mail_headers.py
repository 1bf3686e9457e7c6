"""The header block above an earlier message in a reply or a forward that does not quote it (round 76 mail76).

Outlook desktop writes an HTML reply with the message it answers below, unquoted: a ``<div>`` with a top border
holding that message's fields (``发件人:`` / ``From:``, ``发送时间:`` / ``Sent:``, ``收件人:`` / ``To:``, ``主题:`` /
``Subject:``), then its text. Outlook on the web does the same under an ``<hr>`` (``<div id="divRplyFwdMsg">``), and
plain-text replies and forwards put a separator line above the fields (``-----原始邮件-----``, ``-----Original
Message-----``, ``---------- Forwarded message ---------``, QQ Mail's and Foxmail's ``------------------ 原始邮件
------------------``). Whatever the client, the fields are the mark: a run of header field lines naming a sender and
a date starts the earlier message, which goes on to the end of the quote the block stands in (or of the text).
``header_levels`` turns each such message into a level deeper, as a quote is, so that the reply's own words and
each earlier message are read as messages of their own (``formats_mht.quote_layers``,
``formats_html.read_html_layers``).

>>> header_levels(["收到。", "-----原始邮件-----", "发件人: 县政府办", "发送时间: 2026年4月7日", "一、任务"], [0] * 5)
[0, 1, 1, 1, 1]
"""

from __future__ import annotations

from collections.abc import Sequence

from reformgraph.regexcache import compiled

SENDERS = ("发件人", "寄件者", "寄件人", "From")
DATES = ("发送时间", "发件时间", "发送日期", "寄件日期", "日期", "时间", "Sent", "Date")
_OTHERS = (
    "收件人",
    "收件者",
    "抄送人",
    "抄送",
    "副本",
    "主题",
    "主旨",
    "附件",
    "重要性",
    "To",
    "Cc",
    "CC",
    "Subject",
    "Attachments",
    "Importance",
)
# a header field's line: its label (bold in HTML, ** under a legend) and a colon, half- or full-width
_FIELD = compiled(r"^[\s*]*(" + "|".join((*SENDERS, *DATES, *_OTHERS)) + r")[\s*]*[:：]")
# a separator line above the fields: 原始邮件, 原邮件, 转发邮件(信息), 转发的消息, Original Message, Forwarded message
_SEPARATOR = compiled(
    r"(?i)^\s*-{2,}\s*(?:原始邮件|(?:回复的)?原邮件|转发(?:的)?邮件(?:信息)?|转发的消息|"
    r"Original Message|Forwarded message)\s*-{2,}\s*$"
)
# the earlier messages of a thread read apart, at most: the older ones below the last read together, as before round 76
# (each level is a reading of the whole text: a header block repeated thousands of times costs 16 readings, no more)
THREAD = 16
# what a text must hold for a header block to be looked for: a sender's label and a colon (a gate: most texts lack it)
HEADER_MARK = compiled(r"(?:发件人|寄件者|寄件人|From)[\s*]*[:：]")


def field_label(line: str) -> str | None:
    """The label of a header field's line (``发件人: 县政府办`` → ``发件人``), None for any other line.

    >>> field_label("**From:** 县政府办"), field_label("主题：关于印发方案的通知"), field_label("时间节点：6月底前完成")
    ('From', '主题', None)
    """
    m = _FIELD.match(line)
    return m.group(1) if m else None


def header_starts(lines: Sequence[str], levels: Sequence[int]) -> list[int]:
    """Where each earlier message starts: a run of consecutive header field lines of one level, a sender's
    (``SENDERS``) and a date's (``DATES``) among them, opens at its separator line when one stands just above it (blank
    lines between), else at its first field; a separator line with a field below it opens one too. A run naming no
    sender or no date (``时间：`` and ``地点：`` of a meeting notice, ``主题：`` alone) opens none.

    >>> header_starts(["收到", "From: a", "Sent: b", "Subject: c", "一、任务"], [0] * 5)
    [1]
    >>> header_starts(["会议通知", "时间：3月5日", "主题：部署工作"], [0] * 3)
    []
    """
    starts: list[int] = []
    k = 0
    while k < len(lines):
        if field_label(lines[k]) is None:
            k += 1
            continue
        end = k
        labels = set()
        while end < len(lines) and levels[end] == levels[k] and (label := field_label(lines[end])) is not None:
            labels.add(label)
            end += 1
        above = k - 1
        while above >= 0 and not lines[above].strip() and levels[above] == levels[k]:
            above -= 1
        separated = above >= 0 and levels[above] == levels[k] and _SEPARATOR.match(lines[above]) is not None
        if separated or (labels & set(SENDERS) and labels & set(DATES)):
            starts.append(above if separated else k)
        k = end
    return starts


def header_levels(lines: Sequence[str], levels: Sequence[int], most: int = 64) -> list[int]:
    """The lines' message levels (a quote's depth, 0 the message's own words) with each earlier message below a
    header block (``header_starts``) a level deeper than the block's, from the block to where the quote it stands in
    ends (a line with text of a shallower level) or the text does; at most ``THREAD`` levels so opened and none past
    ``most`` (``Limits.depth``): a block repeated thousands of times deepens no further, the messages past it read
    together in the deepest level.

    >>> header_levels(["收到", "From: a", "Sent: b", "一、任务", "谢谢"], [1, 1, 1, 1, 0])  # a quote holding a forward
    [1, 2, 2, 2, 0]
    """
    if not any("From" in line or "发件人" in line or "寄件" in line for line in lines):
        return list(levels)  # no sender's label: no header block (a gate; most texts lack it)
    starts = set(header_starts(lines, levels))
    out: list[int] = []
    opened: list[int] = []  # the level of each header block whose message goes on
    for k, (line, level) in enumerate(zip(lines, levels)):
        if line.strip():
            while opened and opened[-1] > level:
                opened.pop()
        if k in starts and len(opened) < THREAD and level + len(opened) < most:
            opened.append(level)
        out.append(level + len(opened))
    return out
