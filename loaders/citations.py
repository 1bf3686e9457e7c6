"""Cited titles 《…》 and their category.

>>> [classify_title(t) for t in ["《中华人民共和国行政许可法》", "《优化营商环境条例》",
...  "《市场准入负面清单（2021年版）》", "《税收完税证明》", "《关于深化改革的意见》", "《重庆日报》"]]
['law', 'regulation', 'list', 'form', 'policy', 'other']
"""

from __future__ import annotations

from reformgraph.regexcache import compiled

_TRAILING_PAREN = compiled(r"[（(][^（()）]*[)）]$")
_PAREN_ENDS = (")", "）", ")\n", "）\n")  # how a text _TRAILING_PAREN can match in ends
#: (category, the words a title of it ends with), tried in order.
_RULES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("law", ("法", "法典")),
    ("regulation", ("条例", "规定", "细则", "办法", "规则", "规程", "解释", "规范", "准则")),
    ("list", ("清单", "目录", "名录", "名单")),
    ("form", ("证明", "表", "单", "证", "书", "凭证", "回执", "报告", "发票", "执照", "函")),
    (
        "policy",
        (
            "意见",
            "通知",
            "方案",
            "决定",
            "规划",
            "指引",
            "指南",
            "纲要",
            "措施",
            "公告",
            "决议",
            "计划",
            "要点",
            "通告",
            "批复",
            "分工",
        ),
    ),
)
TITLE = compiled(r"《([^《》]{1,120})》")


def _rules_by_last(
    rules: tuple[tuple[str, tuple[str, ...]], ...],
) -> dict[str, tuple[tuple[str, tuple[str, ...]], ...]]:
    """``rules`` as the rules for each last character of their words: a title ending in ``c`` can end with no other
    word, so only ``rules_by_last[c]`` (in the rules' order, each with its words that end in ``c``) is tried.

    >>> _rules_by_last((("law", ("法", "法典")), ("regulation", ("办法", "条例"))))["法"]
    (('law', ('法',)), ('regulation', ('办法',)))
    """
    by_last: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for category, words in rules:
        for last in dict.fromkeys(word[-1] for word in words):
            by_last.setdefault(last, []).append((category, tuple(w for w in words if w[-1] == last)))
    return {last: tuple(tried) for last, tried in by_last.items()}


_RULES_BY_LAST = _rules_by_last(_RULES)


def classify_title(title: str) -> str:
    """law, regulation, policy, list, form or other — by how the title ends."""
    core = title.strip("《》")
    # the pattern ends with a closing bracket and $ (the end, or before a final newline): not searched otherwise
    while core.endswith(_PAREN_ENDS) and _TRAILING_PAREN.search(core):
        core = _TRAILING_PAREN.sub("", core)
    if core.endswith("\n"):  # as a regex's ``$`` would, the rules read a title up to a final newline
        core = core[:-1]
    for category, words in _RULES_BY_LAST.get(core[-1:], ()):  # the first rule a word of which ends the title
        if core.endswith(words):
            return category
    return "other"
