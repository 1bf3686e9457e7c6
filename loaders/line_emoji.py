"""The emoji a line may open with, as copies of a WeChat post or a chat message carry them into a text file, a
Word paragraph or a web page: a pictograph or dingbat before a part's heading or an item (``📌一、任务分解``,
``🔹（一）镇派出所：``, ``📍街道综治中心牵头，…``) is decoration, and a keycap digit (``1️⃣``, ``🔟``) is the item's
number, read as ``1．`` (round 74 meta74 for web pages; round 75 left45 for text files and Word paragraphs).

>>> print(undecorated_text("📌一、任务分解\\n1️⃣ 开展排查，镇派出所配合。\\n🔟清理沟渠。\\n★区商务局"))
一、任务分解
1．开展排查，镇派出所配合。
10．清理沟渠。
★区商务局
"""

from __future__ import annotations

import re

from reformgraph.regexcache import compiled

# emoji an article's editor sets before a heading or a paragraph (📌, 🔹, 👉, ✅, ➤): pictographs and dingbats, with
# their joiners and presentation selector; not the 2600s' ★ and ☑ (a legend's mark, a box ticked), a keycap 1️⃣, nor
# the dingbats' circled digits ❶ ➀ (U+2776–U+2793: an item's number)
_EMOJI = "\u2700-\u2775\u2794-\u27bf\U0001f300-\U0001faff"
_LEADING_EMOJI = compiled(f"[{_EMOJI}][{_EMOJI}\ufe0f\u200d\\s]*")
# a keycap digit: the digit, its presentation selector (often left out) and the enclosing keycap; 🔟 is one character
_KEYCAP = compiled("([0-9])\ufe0f?\u20e3[ \t\u3000]*|\U0001f51f[ \t\u3000]*")
# a line opening with either, after its indentation: looked for in the whole text before any line is rewritten
_DECORATED_LINE = compiled(f"^[ \t\u3000]*(?:[{_EMOJI}]|[0-9]\ufe0f?\u20e3)", re.MULTILINE)


def without_leading_emoji(line: str) -> str:
    """``line`` without the emoji opening it: a WeChat editor's decoration before a part's heading (秀米, 135编辑器:
    ``📌一、总体要求``), so that the heading's number opens the line (round 74 meta74: before, the heading was no
    heading and its words opened the next task's text). A line of an emoji alone is kept.

    >>> without_leading_emoji("📌一、总体要求"), without_leading_emoji("✅ 1.推进改革"), without_leading_emoji("★区商务局")
    ('一、总体要求', '1.推进改革', '★区商务局')
    >>> without_leading_emoji("❶推进改革")
    '❶推进改革'
    """
    m = _LEADING_EMOJI.match(line)
    return line[m.end() :] if m is not None and m.end() < len(line) else line


def undecorated_line(line: str) -> str:
    """``line`` (its indentation kept) without the emoji opening it, and its opening keycap digit written as an
    item's number (``1️⃣ 开展排查`` → ``1．开展排查``, ``🔟`` → ``10．``); a keycap is no item's number when nothing
    follows it.

    >>> undecorated_line("  🔹（一）镇派出所："), undecorated_line("2\ufe0f\u20e3加强巡查。"), undecorated_line("3\u20e3 清理。")
    ('  （一）镇派出所：', '2．加强巡查。', '3．清理。')
    >>> undecorated_line("👉 1️⃣ 开展排查。"), undecorated_line("1\ufe0f\u20e3"), undecorated_line("2026年6月底前")
    ('1．开展排查。', '1\ufe0f\u20e3', '2026年6月底前')
    """
    body = line.lstrip(" \t\u3000")
    indent = line[: len(line) - len(body)]
    keycap = _KEYCAP.match(body)  # (before the emoji: 🔟 is one)
    if keycap is None:
        body = without_leading_emoji(body)
        keycap = _KEYCAP.match(body)
    if keycap is not None and keycap.end() < len(body):
        body = (keycap.group(1) or "10") + "．" + body[keycap.end() :]
    return indent + body


def undecorated_text(text: str) -> str:
    """``text`` with each line opening with an emoji or a keycap digit rewritten by ``undecorated_line``; the same
    text (unchanged, no line split) when no line does. Its lines stay where they are.

    >>> undecorated_text("一、任务\\n1.推进改革。") == "一、任务\\n1.推进改革。"
    True
    """
    if _DECORATED_LINE.search(text) is None:
        return text
    return "\n".join(undecorated_line(line) for line in text.split("\n"))
