"""A plan as an OFD file (GB/T 33190-2016 版式文档) as the writers of Chinese e-government lay it out (round 75
meta75): 数科 and 福昕's converters, the 电子公文 exporters.

The package: ``OFD.xml`` (``DocBody``: ``DocInfo``, ``DocRoot``), ``Doc_0/Document.xml`` (``CommonData``: the page
area, ``PublicRes``; ``Pages``), ``Doc_0/PublicRes.xml`` (the fonts), and one ``Doc_0/Pages/Page_N/Content.xml`` a
page (``Content/Layer`` of ``TextObject`` elements: ``Boundary`` in millimetres, ``Font``, ``Size``, and
``TextCode`` with ``X``, ``Y`` and ``DeltaX``, the advance of each character after the first, as ofdrw's
``TextCode`` and ONLYOFFICE's ``CTextCode`` read them). The page is GB/T 9704's: A4, the type area 156 × 225 mm
from 37 mm down and 28 mm in, 22 lines of 28 characters of 仿宋 at 三号; the title (a markdown heading) in 小标宋 at
二号 centred, every other line a paragraph indented two characters and wrapped at the type area's edge (no line
opening with a closing mark: ``printing.wrap``), a blank line an empty line's space, the page number ``- N -``
centred at the foot. Three ways the text objects are written, as writers differ:

- ``0``: one ``TextObject`` a printed line, its characters' advances in ``DeltaX`` (``g 5 5.6``: five advances
  of 5.6 mm, the specification's shorthand);
- ``1``: one ``TextObject`` a character (as some PDF-to-OFD converters write), sized in points under a ``CTM``
  that scales them to millimetres, and the page's objects written bottom line first;
- ``2``: one ``TextObject`` a line whose ``TextCode`` is split mid-line into pieces of a few characters, each at
  its own ``X`` (a run of the source's formatting), the later ones inheriting ``Y``.

The copy's lines are found in the reader's text by ``metamorphic.aligned_where``, as a PDF's are.

>>> from reformgraph.loaders.formats_ofd import ofd_text
>>> data = as_ofd("# 某区方案\\n\\n1.推进改革，全面完成各项任务目标。（牵头单位：区发改委）", 1).data
>>> [line.strip() for line in ofd_text(data, path="x.ofd").split("\\n")]
['某区方案', '1.推进改革，全面完成各项任务目标。（牵头单位：区发改', '委）', '-1-']
"""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape

from reformgraph.textwidth import display_width
from support.hostile import OFD_NS
from support.metamorphic import Copy, aligned_where
from support.printing import wrap

PAGE = (210.0, 297.0)  # A4, millimetres
TOP, LEFT, WIDE = 37.0, 28.0, 156.0  # GB/T 9704's type area: its top, its left edge, its width
LINES, CHARACTERS = 22, 28  # a page's lines, a line's characters
BODY = WIDE / CHARACTERS  # 三号 仿宋, a character's width (mm)
PITCH = 225.0 / LINES  # a line's height (mm)
TITLE = 7.8  # 二号 小标宋 (mm)
FOOT = 5.0  # 四号, the page number's size (mm)
POINT = 0.3528  # millimetres a point: the CTM of variant 1's objects
_FONTS = (
    '<ofd:Font ID="2" FontName="仿宋_GB2312" FamilyName="仿宋_GB2312"/><ofd:Font ID="3" FontName="方正小标宋简体"/>'
)


def _advance(ch: str, size: float) -> float:
    """A character's advance: a wide one its size, a narrow one half (``textwidth.display_width``).

    >>> _advance("改", 5.6), _advance("1", 5.6)
    (5.6, 2.8)
    """
    return size * display_width(ch) / 2


def _delta_x(advances: list[float]) -> str:
    """``DeltaX`` of advances, runs of one value written ``g N value`` (GB/T 33190's shorthand).

    >>> _delta_x([5.6, 5.6, 5.6, 2.8])
    'g 3 5.6 2.8'
    """
    out: list[str] = []
    k = 0
    while k < len(advances):
        run = 1
        while k + run < len(advances) and advances[k + run] == advances[k]:
            run += 1
        value = f"{advances[k]:g}"
        out.extend(["g", str(run), value] if run > 1 else [value])
        k += run
    return " ".join(out)


# a printed line: (top y, left x, size, font, its text)
Printed = tuple[float, float, float, str, str]


def _printed_lines(text: str) -> list[list[Printed]]:
    """The plan's lines set on pages: a markdown heading a title centred (wrapped at the type area), every other
    line a paragraph indented two characters; a blank line an empty line's space; 22 lines a page."""
    pages: list[list[Printed]] = [[]]
    slot = 0

    def put(x: float, size: float, font: str, words: str) -> None:
        nonlocal slot
        if slot == LINES:
            pages.append([])
            slot = 0
        if words:
            pages[-1].append((TOP + slot * PITCH, x, size, font, words))
        slot += 1

    for line in text.split("\n"):
        if not line.strip():
            put(LEFT, BODY, "2", "")
        elif line.startswith("# "):
            for piece in wrap(line[2:], int(WIDE / TITLE) * 2).split("\n"):
                wide = sum(_advance(ch, TITLE) for ch in piece)
                put(LEFT + (WIDE - wide) / 2, TITLE, "3", piece)
        else:
            words = line.lstrip("#").strip()
            pieces = wrap("国国" + words, CHARACTERS * 2).split("\n")  # two characters' indent, then wrapped
            pieces[0] = pieces[0][2:]
            for k, piece in enumerate(pieces):
                put(LEFT + (2 * BODY if k == 0 else 0), BODY, "2", piece)
    return pages


def _object(serial: int, line: Printed, variant: int) -> list[str]:
    """A printed line's text objects in ``variant``'s way (the module's list)."""
    top, x, size, font, words = line
    advances = [_advance(ch, size) for ch in words]
    wide, high = sum(advances), size * 1.2
    baseline = f"{size * 0.88:.3f}"
    if variant == 1:
        out, at = [], x
        for k, (ch, step) in enumerate(zip(words, advances)):
            points = size / POINT
            out.append(
                f'<ofd:TextObject ID="{serial}{k:03d}" Boundary="{at:.3f} {top:.3f} {step:.3f} {high:.3f}" '
                f'CTM="{POINT} 0 0 {POINT} 0 0" Font="{font}" Size="{points:.2f}"><ofd:FillColor Value="0 0 0"/>'
                f'<ofd:TextCode X="0" Y="{points * 0.88:.3f}">{escape(ch)}</ofd:TextCode></ofd:TextObject>'
            )
            at += step
        return out
    if variant == 2:
        codes, start, at = [], 0, 0.0
        while start < len(words):
            end = min(len(words), start + 3 + (start * 7 + serial) % 6)  # pieces of 3 to 8 characters
            y = f' Y="{baseline}"' if start == 0 else ""
            deltas = " ".join(f"{a:g}" for a in advances[start : end - 1])
            codes.append(f'<ofd:TextCode X="{at:.3f}"{y} DeltaX="{deltas}">{escape(words[start:end])}</ofd:TextCode>')
            at += sum(advances[start:end])
            start = end
        inner = "".join(codes)
    else:
        inner = f'<ofd:TextCode X="0" Y="{baseline}" DeltaX="{_delta_x(advances[:-1])}">{escape(words)}</ofd:TextCode>'
    return [
        f'<ofd:TextObject ID="{serial}" Boundary="{x:.3f} {top:.3f} {wide:.3f} {high:.3f}" Font="{font}" '
        f'Size="{size:g}">{inner}</ofd:TextObject>'
    ]


def _page(number: int, lines: list[Printed], variant: int) -> str:
    """One page's ``Content.xml``: its lines' text objects and its number centred at the foot."""
    foot = f"- {number} -"
    wide = sum(_advance(ch, FOOT) for ch in foot)
    printed = [*lines, (PAGE[1] - 28.0, (PAGE[0] - wide) / 2, FOOT, "2", foot)]
    objects = [o for k, line in enumerate(printed) for o in _object(100 * number + k, line, variant)]
    if variant == 1:
        objects.reverse()  # a converter's order: bottom first
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><ofd:Page xmlns:ofd="{OFD_NS}"><ofd:Content><ofd:Layer ID="1">'
        + "".join(objects)
        + "</ofd:Layer></ofd:Content></ofd:Page>"
    )


def as_ofd(text: str, variant: int = 0) -> Copy:
    """The plan as an OFD file laid out on GB/T 9704's page, its text objects written in ``variant``'s way (the
    module's list); a line's copy is found in the reader's text (``metamorphic.aligned_where``).

    >>> copy = as_ofd("一、任务\\n\\n1.推进改革（牵头单位：市发改委）", 2)
    >>> copy.suffix, copy.where(3, 0)
    ('.ofd', 2)
    """
    from reformgraph.loaders.formats_ofd import ofd_text

    pages = _printed_lines(text)
    title = next((line[2:] for line in text.split("\n") if line.startswith("# ")), "工作方案")
    listed = "".join(f'<ofd:Page ID="{k + 10}" BaseLoc="Pages/Page_{k}/Content.xml"/>' for k in range(len(pages)))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr(
            "OFD.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><ofd:OFD xmlns:ofd="{OFD_NS}" Version="1.0" DocType="OFD">'
            f"<ofd:DocBody><ofd:DocInfo><ofd:DocID>6f0a1b2c3d4e5f60718293a4b5c6d7e8</ofd:DocID>"
            f"<ofd:Title>{escape(title)}</ofd:Title><ofd:CreationDate>2024-04-12</ofd:CreationDate>"
            "<ofd:Creator>Suwell OFD Writer</ofd:Creator></ofd:DocInfo>"
            "<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>",
        )
        package.writestr(
            "Doc_0/Document.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><ofd:Document xmlns:ofd="{OFD_NS}"><ofd:CommonData>'
            f"<ofd:MaxUnitID>{100 * (len(pages) + 1) * 1000}</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 "
            f"{PAGE[0]:g} {PAGE[1]:g}</ofd:PhysicalBox></ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes>"
            f"</ofd:CommonData><ofd:Pages>{listed}</ofd:Pages></ofd:Document>",
        )
        package.writestr(
            "Doc_0/PublicRes.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><ofd:Res xmlns:ofd="{OFD_NS}" BaseLoc="Res">'
            f"<ofd:Fonts>{_FONTS}</ofd:Fonts></ofd:Res>",
        )
        for k, lines in enumerate(pages):
            package.writestr(f"Doc_0/Pages/Page_{k}/Content.xml", _page(k + 1, lines, variant))
    data = out.getvalue()
    return Copy(data, ".ofd", aligned_where(text, ofd_text(data, path="copy.ofd")))
