"""A web page's footer, copied or saved with the plan: no part of it.

A plan copied from a government portal, or saved from it, ends with the site's footer: who runs the site
(主办单位：… 承办单位：…, 技术支持：…), its codes (网站标识码, 浙ICP备…号, 公网安备…号), share and print buttons.
Read as text, 主办单位：A 承办单位：B was a task of A's and B's, and an ICP number a document number (round 39).
``without_site_footer`` blanks the footer's lines (the lines stay, so line numbers do): the run of footer lines at
the text's end, when one of them holds a site's mark (a site code, a licence number, 技术支持, 版权所有, a print or
share button). An event plan's own ``主办单位：…；承办单位：…`` line has no such mark after it; a toolbar of print
buttons above the plan is no run at the end.

>>> text = "1.推进改革。（责任单位：市发改委）\\n主办单位：某市人民政府办公室　承办单位：某市大数据局\\n网站标识码：3306000001　浙ICP备05012497号-1"
>>> without_site_footer(text).split("\\n")
['1.推进改革。（责任单位：市发改委）', '', '']
>>> without_site_footer(text + "\\n联系电话：0571-12345678　地址：某市某路1号").split("\\n")[1:]
['', '', '']
>>> text = "1.举办马拉松赛。\\n主办单位：市体育局；承办单位：某体育公司"
>>> without_site_footer(text) is text
True
"""

from __future__ import annotations

from reformgraph.regexcache import compiled

_REACH = 3000  # characters: how far from the end a footer opens
# a site's mark: its code, a licence or record number, who built it, its copyright, print and share buttons
_SITE_MARK = compiled(
    r"网站标识码|ICP备|ICP证|公网安备|技术支持[：:]|版权所有|Copyright|打印本页|关闭窗口|分享到[：:]?"
)
# how a footer's line opens: who runs the site, how to reach it (联系电话：… 地址：…, the line most portals end with:
# round 42), or one of the marks
_FOOTER_LINE = compiled(
    r"\s*(?:主办单位[：:]|主办[：:]|承办单位[：:]|联系电话[：:]|电话[：:]|地址[：:]|邮编[：:]|传真[：:]|联系我们|网站地图|"
    + _SITE_MARK.pattern
    + ")|.{0,20}(?:"
    + _SITE_MARK.pattern
    + ")"
)


def without_site_footer(text: str) -> str:
    """``text`` with a web page's footer lines blanked (the same object when it has none): the lines at its end, back
    to the first that is no footer's, when one of them holds a site's mark (a toolbar of print buttons at the top of a
    page stays: the plan's lines come after it)."""
    tail_at = max(0, len(text) - _REACH)
    if _SITE_MARK.search(text, tail_at) is None:
        return text
    end = len(text.rstrip())
    at = end
    while at > tail_at:
        above = text.rfind("\n", 0, at - 1) + 1
        line = text[above:at].strip()
        if line and not _FOOTER_LINE.match(line):
            break
        at = above
    if at >= end or _SITE_MARK.search(text, at, end) is None:
        return text
    return text[:at] + "\n".join("" for _ in text[at:].split("\n"))
