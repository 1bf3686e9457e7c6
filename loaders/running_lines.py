"""A printed document's running head and foot: the lines most of its pages open or close with (the plan's title in
Word's page header, a browser's printed time and address), no part of the text. Moved out of ``formats_pdf`` in round
78 (printed78), when the ruled tables' reader (``pdf_tables``, whose pages' lines are pdfplumber's) came to use it.
"""

from __future__ import annotations

from reformgraph.regexcache import compiled


def without_running_lines(pages: list[str]) -> list[str]:
    """The pages without their running head and foot (round 30): a first or last line that most pages share
    (the plan's title at each page's top), which would otherwise join the sentence a page break cuts (``市城`` /
    ``石门市城市更新方案`` / ``管局``). A line of cells (a table's header row repeated on each page) is none; page numbers are dropped elsewhere.

    >>> pages = ["石门市方案\\n（牵头单位：市城", "石门市方案\\n管局）\\n一、任务", "石门市方案\\n二、保障"]
    >>> without_running_lines(pages)
    ['（牵头单位：市城', '管局）\\n一、任务', '二、保障']
    >>> without_running_lines(["石门市方案\\n正文", "另一页"])  # one page's line: no running head
    ['石门市方案\\n正文', '另一页']
    >>> without_running_lines(["县教育局  县工作要点\\n甲", "县教育局    县工作要点\\n乙", "县教育局  县工作要点\\n丙"])
    ['甲', '乙', '丙']

    A head of two lines (a long title that Word's header wraps: round 73 pdf73, ``…关于印发《…工作方`` / ``案》的通知``,
    its second line joined to the units of a task after a page break) goes line by line, up to ``_RUNNING_LINES``:

    >>> without_running_lines(["关于印发《石门市工作方\\n案》的通知\\n（牵头单位：市城", "关于印发《石门市工作方\\n案》的通知\\n管局）"])
    ['（牵头单位：市城', '管局）']
    """
    if len(pages) < 2:
        return pages
    split = [page.split("\n") for page in pages]
    running_lines_dropped(split)
    return ["\n".join(lines) for lines in split]


def running_lines_dropped(split: list[list[str]]) -> list[int]:
    """The pages' lines (``split``, a page's lines a list) without their running head and foot
    (``without_running_lines``' rule), in place; how many lines of its head each page lost. Shared by the ruled
    tables' reader, whose pages' lines are pdfplumber's (round 78 printed78).

    >>> split = [["石门市方案", "甲"], ["石门市方案", "序号  任务  牵头单位"], ["乙"]]
    >>> running_lines_dropped(split), split
    ([1, 1, 0], [['甲'], ['序号  任务  牵头单位'], ['乙']])
    """
    sizes = [len(lines) for lines in split]
    heads = [0] * len(split)
    for end in (0, -1):  # the head, then the foot
        for line in range(_RUNNING_LINES):
            if not _without_running_line(split, end, shortest=4 if line == 0 else 1):
                break
        if end == 0:
            heads = [size - len(lines) for size, lines in zip(sizes, split, strict=True)]
    return heads


_RUNNING_LINES = 3  # lines: the most a running head or foot holds (a title wrapped in the header)
_SECTION_PAGES = 3  # pages: the fewest in a row whose own running head is one (a landscape annex's section)


def _without_running_line(split: list[list[str]], end: int, shortest: int = 4) -> bool:
    """The pages' lines (``split``) without the first (``end`` 0) or last (-1) non-blank line most pages share, or
    ``_SECTION_PAGES`` pages in a row share, when there is one (``without_running_lines``' rule); True when one went.
    A line under a head line that went may be short (``shortest``: the last of a title wrapped in the header, ``知``).

    Pages in a row share a head of their own when a Word section sets it (round 74 wordpdf74: the landscape annex's
    wider header holds the title on one line, the portrait pages' on two; before, the annex's head was read as its
    tasks' text): a section's pages are those in a row.

    >>> head, wide = ["关于印发《石门市工作方", "案》的通知"], "关于印发《石门市工作方案》的通知"
    >>> split = [[*head, "正文"], [*head, "一、任务"], [*head, "二、保障"], [wide, "甲"], [wide, "乙"], [wide, "丙"]]
    >>> _without_running_line(split, 0), [lines[0] for lines in split]
    (True, ['案》的通知', '案》的通知', '案》的通知', '甲', '乙', '丙'])
    """
    shared: dict[str, list[int]] = {}
    for k, lines in enumerate(split):
        at = edge_line(lines, end)
        if at is not None and not _names_columns(lines[at].split()):
            shared.setdefault(_running_key(lines[at]), []).append(k)
    running = {
        key
        for key, ks in shared.items()
        if len(key) >= shortest
        and len(ks) >= 2
        and (len(ks) * 2 >= len(split) or (len(ks) >= _SECTION_PAGES and ks[-1] - ks[0] == len(ks) - 1))
    }
    if not running:
        return False
    for lines in split:
        at = edge_line(lines, end)
        if at is not None and _running_key(lines[at]) in running:
            del lines[at]
    return True


def _running_key(line: str) -> str:
    r"""A page's edge line as the pages share it: without spaces, its numbers one mark. A page printed from a browser
    heads each page with the time and the page's title and foots it with its address and ``1/3``; pypdf spaces
    the head differently on one page (``5:29 AMXX市…``) and the page count differs (round 40: the head was read as
    the first page's title and its lines as text, the plan's title lost).

    >>> _running_key("12/3/26, 5:29 AMXX市通知"), _running_key("12/3/26, 5:29 AM  XX市通知")
    ('#/#/#,#:#AMXX市通知', '#/#/#,#:#AMXX市通知')
    >>> _running_key("https://www.xx.gov.cn/a.html     2/2")
    'https://www.xx.gov.cn/a.html#/#'
    """
    return _NUMBERS.sub("#", "".join(line.split()))


_NUMBERS = compiled(r"\d+")


# the words a table's header cells open with: a header row repeated on each page is no running head
_COLUMN_WORDS = (
    "序号",
    "编号",
    "牵头",
    "配合",
    "责任",
    "协办",
    "完成",
    "时限",
    "时间",
    "任务",
    "工作",
    "项目",
    "措施",
    "主要",
    "具体",
    "备注",
)


def _names_columns(parts: list[str]) -> bool:
    """Whether a line of two or more parts is a table's header row (a part opens as a column's name does): a line of
    one part, or of parts naming no column (``清溪县教育局　　清溪县2026年教育工作要点``, a two-part running head:
    round 37), is not.

    >>> _names_columns(["序号", "重点任务", "牵头单位"]), _names_columns(["清溪县教育局", "清溪县2026年教育工作要点"])
    (True, False)
    """
    return len(parts) > 1 and any(part.startswith(_COLUMN_WORDS) for part in parts)


def edge_line(lines: list[str], end: int) -> int | None:
    """The index of the first (``end`` 0) or last (-1) non-blank line of a page, None for a blank page."""
    order = range(len(lines)) if end == 0 else range(len(lines) - 1, -1, -1)
    return next((i for i in order if lines[i].strip()), None)
