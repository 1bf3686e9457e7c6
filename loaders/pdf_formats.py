"""A PDF's runs in a legend's format (round 51): the text a bold font draws, or a font the legend names.

Most plans are published as PDF printed from Word or WPS, and a legend (``注：加粗的为牵头单位``, ``黑体字为牵头单位``)
gives the units drawn bold a role there as in the .docx. A PDF keeps no runs, only the font each string is drawn
in: a bold face (``NotoSerifCJKjp-Bold``, ``SimHei``; LibreOffice names its synthetic bold ``…-Bold`` too), a font
descriptor's weight (``/FontWeight`` 600 or more) or its force-bold flag. The readers write the text drawn in the
legend's format between ``**`` (``marked_fonts`` and ``unshifted`` for pypdf's layout text, ``marked_chars`` for
pdfplumber's cells),
and each unit so written is marked ★ or ☆ as a Word run's is (``run_formats.marked_units``). Only under a legend:
a PDF with none is read as before, once.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Iterator, Sequence
from functools import cache

from reformgraph.loaders.run_formats import RunLegend, in_colour, marked_units
from reformgraph.loaders.unit_names import is_unit_name
from reformgraph.regexcache import compiled

# a bold face's name (its subset prefix ``CAAAAA+`` aside): Bold, Heavy, Black, Demi/Semibold, Word's ``SimSun,Bold``
_BOLD_NAME = compiled(r"(?i)bold|heavy|black|demi|hei|黑体")
# the names a font a legend names is drawn in (SimHei, STKaiti, FangSong_GB2312, SimSun), by the legend's font
_FONT_NAMES = {
    "黑体": compiled(r"(?i)hei|黑体"),
    "楷体": compiled(r"(?i)kai|楷体"),
    "仿宋": compiled(r"(?i)fangsong|仿宋"),
    "宋体": compiled(r"(?i)(?<!fang)song|simsun|宋体"),
}
_FORCE_BOLD = 1 << 18  # a font descriptor's /Flags bit 19


def font_in_format(name: str, legend: RunLegend, weight: object = None, flags: int = 0) -> bool:
    """Whether a PDF font (its ``/BaseFont`` name, its descriptor's weight and flags) draws its text in the legend's
    format: bold for a bold legend (``font`` ""), else the font the legend names.

    >>> bold, hei = RunLegend("", "★"), RunLegend("黑体", "★")
    >>> font_in_format("CAAAAA+NotoSerifCJKjp-Bold-VKana", bold), font_in_format("BAAAAA+NotoSerifCJKjp-Regular", bold)
    (True, False)
    >>> font_in_format("ABCDEF+SimSun", bold, 700), font_in_format("SimSun", bold, flags=262144)
    (True, True)
    >>> font_in_format("SimHei", hei), font_in_format("FZFangSong-Z02", hei), font_in_format("FangSong", RunLegend("宋体", "★"))
    (True, False, False)
    """
    base = name.partition("+")[2] or name
    if legend.font:
        pattern = _FONT_NAMES.get(legend.font)
        return pattern is not None and pattern.search(base) is not None
    heavy = isinstance(weight, int | float) and weight >= 600
    return heavy or bool(flags & _FORCE_BOLD) or _BOLD_NAME.search(base) is not None


# a character drawn in the legend's format is laid out as its twin in the supplementary private use plane (one
# character as wide as the first, so that the marks do not push the rest of its line out of its columns), and
# written back between ``**`` once the page is laid out (``unshifted``)
_SHIFT = 0xF0000
_SHIFTED = compiled("[\U000f0000-\U000fffff]+")


def shifted(text: str) -> str:
    """``text`` as its private-use twins, written back between ``**`` by :func:`unshifted` once laid out (an OFD's
    text objects in a legend's colour too: round 67).

    >>> unshifted("责任单位：" + shifted("县数据局") + "、县财政局")
    '责任单位：**县数据局**、县财政局'
    """
    return "".join(chr(_SHIFT + ord(c)) if ord(c) < 0x10000 else c for c in text)


class _Marked(dict):
    """A font's character map giving each character it maps as its private-use twin (``marked_fonts``)."""

    def get(self, key, default=None):
        text = dict.get(self, key, default)
        return shifted(text) if isinstance(text, str) else text


def marked_fonts(fonts: dict, legend: RunLegend) -> dict:
    """pypdf's layout fonts (``PageObject._layout_mode_fonts``) with those in the legend's format drawing their text
    as private-use twins, written back between ``**`` by :func:`unshifted` once the page is laid out; under a bold
    legend each font also has a marked twin for the text it draws stroked (``stroked_as_bold``, round 54)."""
    out = {}
    for key, font in fonts.items():
        if legend.colour:  # the text is marked by its fill colour (``coloured_in_format``), no font by itself
            out[key] = font
            out[key + _STROKED_TWIN] = copy.copy(font)
            out[key + _STROKED_TWIN].character_map = _Marked(font.character_map)
            continue
        descriptor = font.font_descriptor
        in_format = font_in_format(font.name, legend, _number(descriptor.weight), descriptor.flags)
        marked = copy.copy(font)
        marked.character_map = _Marked(font.character_map)
        out[key] = marked if in_format else font
        if not legend.font:
            out[key + _STROKED_TWIN] = marked
    return out


# the text render modes that stroke the glyphs' outlines (1 stroke, 2 fill and stroke, 5 and 6 the same adding to the
# clip): Word prints the bold of a font with no bold face so, its regular glyphs filled and stroked (2 Tr)
_STROKED = frozenset((1, 2, 5, 6))
_STROKED_TWIN = " (stroked)"  # the key of a font's marked twin in ``marked_fonts``
_SHOWN = frozenset((b"Tj", b"TJ", b"'", b'"'))


def stroked_as_bold(operations: Iterable, fonts: dict) -> Iterator:
    """A page's content stream operations (``(operands, operator)``) with the text drawn stroked (``Tr`` 1, 2, 5, 6)
    shown in its font's marked twin (``marked_fonts``): a stroked fake bold reads as bold does, written between
    ``**`` once laid out (round 54: before, pypdf's layout kept no render mode and such units were plain). The
    render mode and the font are saved and restored with the graphics state (``q``/``Q``).

    >>> ops = [([], b"BT"), (["/F1", 12], b"Tf"), ([2], b"Tr"), (["县水利局"], b"Tj"), ([0], b"Tr"), (["、"], b"Tj")]
    >>> [(o, op) for o, op in stroked_as_bold(ops, {"/F1": 1, "/F1" + _STROKED_TWIN: 2})][2:6]
    [([2], b'Tr'), (['/F1 (stroked)', 12], b'Tf'), (['县水利局'], b'Tj'), (['/F1', 12], b'Tf')]
    """
    mode, font, saved = 0, None, []
    for operands, op in operations:
        if op == b"q":
            saved.append((mode, font))
        elif op == b"Q" and saved:
            mode, font = saved.pop()
        elif op == b"Tr" and operands and isinstance(operands[0], int | float):
            mode = int(operands[0])
        elif op == b"Tf" and operands:
            font = list(operands)
        elif op in _SHOWN and mode in _STROKED and font is not None and f"{font[0]}{_STROKED_TWIN}" in fonts:
            yield [f"{font[0]}{_STROKED_TWIN}", *font[1:]], b"Tf"
            yield operands, op
            yield font, b"Tf"
            continue
        yield operands, op


def pdf_colour(value: object) -> str:
    """A PDF fill colour (pdfplumber's ``non_stroking_color``, the operands of ``rg``, ``k``, ``sc``) as six hex
    digits: three numbers are RGB, four CMYK; "" for a grey (``g``), a pattern or none.

    >>> pdf_colour((0.7529411764, 0.0, 0.0)), pdf_colour([0, 1, 1, 0]), pdf_colour((0,)), pdf_colour("P0")
    ('C00000', 'FF0000', '', '')
    """
    if not isinstance(value, tuple | list) or len(value) not in (3, 4):
        return ""
    if not all(isinstance(v, int | float) for v in value):
        return ""
    if len(value) == 4:
        c, m, y, k = (float(v) for v in value)
        value = ((1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k))
    return "".join(f"{round(min(max(float(v), 0.0), 1.0) * 255):02X}" for v in value)


_FILL = frozenset((b"rg", b"k", b"g", b"sc", b"scn"))  # the operators setting the colour text is filled in
_DEVICE = frozenset((b"rg", b"k", b"g"))  # those that set a device colour space too
_COMPONENTS = {"DeviceGray": 1, "CalGray": 1, "G": 1, "DeviceRGB": 3, "CalRGB": 3, "RGB": 3, "DeviceCMYK": 4, "CMYK": 4}
_DEPTH = 8  # how deep a colour space's objects are followed (a space built on a space on a space …)


def plain(value: object, depth: int = 0) -> object:
    """A PDF object of pypdf or pdfminer as plain Python (round 67, files35): references resolved, a name as its
    text (``/Indexed`` → ``"Indexed"``), a string or a stream as its bytes, arrays and dictionaries as lists and
    dicts (their keys' ``/`` dropped); numbers kept. Followed ``_DEPTH`` levels deep, None beyond.

    >>> plain(["/Indexed", "/DeviceRGB", 1, b"\\x00\\x00\\x00\\xc0\\x00\\x00"])
    ['Indexed', 'DeviceRGB', 1, b'\\x00\\x00\\x00\\xc0\\x00\\x00']
    """
    if depth > _DEPTH:
        return None
    value = _resolved(value)
    if hasattr(value, "get_data"):  # a stream (an Indexed space's lookup table, a sampled function)
        attributes = value if isinstance(value, dict) else getattr(value, "attrs", None)
        if isinstance(attributes, dict) and any(str(k).lstrip("/") == "N" for k in attributes):  # an ICC profile
            return {str(k).lstrip("/"): plain(v, depth + 1) for k, v in attributes.items() if str(k) != "/Filter"}
        try:
            return bytes(value.get_data())
        except Exception:  # noqa: BLE001 - a stream its library cannot decode is no colour
            return None
    if hasattr(value, "original_bytes"):  # pypdf's string decoded as text
        return bytes(value.original_bytes)
    name = getattr(value, "name", None)  # pdfminer's PSLiteral
    if isinstance(name, str | bytes) and not isinstance(value, str | bytes):
        return name.decode("latin-1") if isinstance(name, bytes) else name
    if isinstance(value, bool | int | float | bytes):
        return value
    if isinstance(value, str):
        return value[1:] if value.startswith("/") else value
    if isinstance(value, list | tuple):
        return [plain(v, depth + 1) for v in value]
    if isinstance(value, dict):
        return {str(k).lstrip("/"): plain(v, depth + 1) for k, v in value.items()}
    return None


def colour_spaces(resources: object) -> dict[str, object]:
    """The named colour spaces of a page's resources (``/ColorSpace``: ``/CS0 [/Indexed …]``), each as ``plain``
    gives it; {} when it names none."""
    resources = _resolved(resources)
    if not isinstance(resources, dict):
        return {}
    spaces = plain(resources.get("/ColorSpace", resources.get("ColorSpace")))
    return {str(k).lstrip("/"): v for k, v in spaces.items()} if isinstance(spaces, dict) else {}


def _resolved(value: object) -> object:
    """``value`` with its references (pypdf's, pdfminer's) followed, nothing else converted."""
    for _ in range(_DEPTH):
        if hasattr(value, "resolve") and not hasattr(value, "get_object"):  # pdfminer's PDFObjRef
            value = value.resolve()
        elif hasattr(value, "get_object") and value.get_object() is not value:  # pypdf's IndirectObject
            value = value.get_object()
        else:
            break
    return value


def space_colour(space: object, values: Sequence) -> str:
    """A colour set in the colour ``space`` (``plain``'s: a device space's name, or an array) by ``values`` (the
    operands of ``sc``/``scn``), as six hex digits (``pdf_colour``); "" when it is no colour this reads: an
    ``Indexed`` space's entry looked up in its table, a ``Separation``'s tint through its tint transform (a type 2
    function, ``C0 + t^N·(C1 − C0)``) into its alternate space, an ``ICCBased`` one by its number of components
    (round 67, files35: before, such a colour's one number read as a grey, and no unit was the legend's colour).

    >>> space_colour(["Indexed", "DeviceRGB", 1, b"\\x00\\x00\\x00\\xc0\\x00\\x00"], [1])
    'C00000'
    >>> red = {"FunctionType": 2, "Domain": [0, 1], "C0": [0, 0, 0, 0], "C1": [0, 1, 1, 0], "N": 1}
    >>> space_colour(["Separation", "Red", "DeviceCMYK", red], [1.0]), space_colour(["Separation", "Red", "DeviceCMYK", red], [0.0])
    ('FF0000', 'FFFFFF')
    >>> space_colour("DeviceCMYK", [0, 1, 1, 0]), space_colour(["Separation", "All", "DeviceGray", {}], [1])
    ('FF0000', '')
    """
    for _ in range(_DEPTH):
        if not all(isinstance(v, int | float) for v in values):
            return ""
        if isinstance(space, str):
            return pdf_colour(list(values)) if _COMPONENTS.get(space, 0) == len(values) else ""
        if not isinstance(space, list) or not space or not isinstance(space[0], str):
            return ""
        family = space[0]
        if family == "ICCBased" and len(space) > 1 and isinstance(space[1], dict):
            alternate = space[1].get("Alternate") or {1: "DeviceGray", 3: "DeviceRGB", 4: "DeviceCMYK"}.get(
                space[1].get("N")
            )
            space = alternate
        elif family == "Indexed" and len(space) == 4 and isinstance(space[3], bytes) and len(values) == 1:
            base, count = space[1], _space_components(space[1])
            index = min(max(int(values[0]), 0), int(space[2]) if isinstance(space[2], int | float) else 0)
            entry = space[3][index * count : (index + 1) * count]
            if not count or len(entry) != count:
                return ""
            space, values = base, [b / 255 for b in entry]
        elif family == "Separation" and len(space) == 4 and space[1] not in ("All", "None") and len(values) == 1:
            values = _tint_transform(space[3], float(values[0]))
            if values is None:
                return ""
            space = space[2]
        elif family in _COMPONENTS and len(space) > 0:  # [/CalRGB <<…>>]
            space = family
        else:
            return ""
    return ""


def _space_components(space: object) -> int:
    """How many components a colour of ``space`` has (0 when unknown)."""
    if isinstance(space, str):
        return _COMPONENTS.get(space, 0)
    if isinstance(space, list) and space and space[0] == "ICCBased" and len(space) > 1 and isinstance(space[1], dict):
        count = space[1].get("N")
        return count if isinstance(count, int) else 0
    if isinstance(space, list) and space and isinstance(space[0], str):
        return _COMPONENTS.get(space[0], 0)
    return 0


def _tint_transform(function: object, tint: float) -> list[float] | None:
    """A Separation's tint through its tint transform when that is an exponential function (type 2); None for
    another (a sampled or PostScript function: not read)."""
    if not isinstance(function, dict) or function.get("FunctionType") != 2:
        return None
    c0, c1, n = function.get("C0", [0.0]), function.get("C1", [1.0]), function.get("N", 1)
    if not (isinstance(c0, list) and isinstance(c1, list) and len(c0) == len(c1) and isinstance(n, int | float)):
        return None
    if not all(isinstance(v, int | float) for v in (*c0, *c1)):
        return None
    scale = min(max(tint, 0.0), 1.0) ** n
    return [a + scale * (b - a) for a, b in zip(c0, c1)]


def coloured_in_format(operations: Iterable, fonts: dict, colour: str, spaces: dict | None = None) -> Iterator:
    """A page's content stream operations with the text filled in the legend's ``colour`` (``rg``, ``k``, ``sc``:
    ``run_formats.in_colour``) shown in its font's marked twin (``marked_fonts``), as ``stroked_as_bold`` shows a
    stroked fake bold: such text is written between ``**`` once laid out (round 67: ``注：红色字体为牵头单位`` in a PDF,
    the leads printed red; before, a PDF's colours were read by nobody and every unit led). The fill colour and
    the font are saved and restored with the graphics state (``q``/``Q``). A colour set in a named colour space of the
    page's resources (``/CS0 cs 1 sc``: ``spaces``, ``colour_spaces``) is read in it (``space_colour``, files35).

    >>> ops = [(["/F1", 12], b"Tf"), ([0.75, 0, 0], b"rg"), (["县水利局"], b"Tj"), ([0], b"g"), (["、"], b"Tj")]
    >>> [(o, op) for o, op in coloured_in_format(ops, {"/F1": 1, "/F1" + _STROKED_TWIN: 2}, "红")][2:6]
    [(['/F1 (stroked)', 12], b'Tf'), (['县水利局'], b'Tj'), (['/F1', 12], b'Tf'), ([0], b'g')]
    """
    shown, font, saved, space = False, None, [], None
    for operands, op in operations:
        if op == b"q":
            saved.append((shown, font, space))
        elif op == b"Q" and saved:
            shown, font, space = saved.pop()
        elif op == b"cs" and operands:
            space = (spaces or {}).get(str(operands[0]).lstrip("/"))
            shown = space is not None and _in_colour(space_colour(space, [1.0]), colour)  # a separation's full tint
        elif op in _FILL:
            if op in _DEVICE or space is None:
                space = None
                shown = _in_colour(pdf_colour(list(operands)), colour)
            else:
                values = [v for v in operands if isinstance(v, int | float)]
                shown = _in_colour(space_colour(space, values), colour)
        elif op == b"Tf" and operands:
            font = list(operands)
        elif op in _SHOWN and shown and font is not None and f"{font[0]}{_STROKED_TWIN}" in fonts:
            yield [f"{font[0]}{_STROKED_TWIN}", *font[1:]], b"Tf"
            yield operands, op
            yield font, b"Tf"
            continue
        yield operands, op


@cache
def _in_colour(value: str, colour: str) -> bool:
    """``run_formats.in_colour``, each fill colour decided once."""
    return in_colour(value, colour)


def unshifted(text: str) -> str:
    """A laid-out page's text with the characters drawn in the legend's format (``marked_fonts``) written back
    between ``**``.

    >>> unshifted("责任单位：" + "".join(chr(0xF0000 + ord(c)) for c in "县数据局") + "、县财政局")
    '责任单位：**县数据局**、县财政局'
    """
    if not any(ord(c) >= _SHIFT for c in text):
        return text
    return _SHIFTED.sub(lambda m: "**" + "".join(chr(ord(c) - _SHIFT) for c in m.group()) + "**", text)


def _number(value: object) -> float | None:
    """A descriptor's weight as a number (pypdf keeps ``"Unknown"`` where there is none)."""
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


def stroked_layout(page) -> None:
    """Lay out a pdfplumber page (in place, before its objects are read) with each character drawn stroked (``Tr``
    1, 2, 5, 6) in its font's stroked twin's name (``STSong-Light (stroked)``), which ``marked_chars`` reads as bold
    under a bold legend (round 55: pdfminer's characters keep no render mode, so a stroked fake bold in a ruled table,
    read through pdfplumber, was plain and every unit led). The layout is the one pdfplumber makes, only the names
    of stroked characters' fonts told apart; a page with none is laid out as before.

    This reaches into pdfplumber's and pdfminer's internals (the aggregator's class, its current item's objects, the
    page's cached layout): a release that changes them leaves the page laid out by pdfplumber itself, its stroked
    text plain (the units it marks lead with the others), never a failed read."""
    try:
        from pdfminer.pdfinterp import PDFPageInterpreter

        device = _stroked_device()(page.pdf.rsrcmgr, pageno=page.page_number, laparams=page.pdf.laparams)
        PDFPageInterpreter(page.pdf.rsrcmgr, device).process_page(page.page_obj)
        layout = device.get_result()
    except (ImportError, AttributeError, TypeError):
        return  # the internals moved: pdfplumber's own layout, as before round 55
    page._layout = layout  # pdfplumber's own cache of the page's layout (``Page.layout``)


@cache
def _stroked_device() -> type:
    """pdfplumber's layout device telling the characters drawn stroked by their font's name (``stroked_layout``)."""
    from pdfplumber.page import PDFPageAggregatorWithMarkedContent

    class StrokedDevice(PDFPageAggregatorWithMarkedContent):
        stroked = False

        def render_string(self, textstate, seq, ncs, graphicstate) -> None:
            self.stroked = textstate.render in _STROKED
            super().render_string(textstate, seq, ncs, graphicstate)

        def render_char(self, *args, **kwargs) -> float:
            adv = super().render_char(*args, **kwargs)
            if self.stroked and self.cur_item._objs:
                char = self.cur_item._objs[-1]
                char.fontname = f"{char.fontname}{_STROKED_TWIN}"
            return adv

    return StrokedDevice


def marked_chars(chars: Iterable[dict], legend: RunLegend, spaces: dict | None = None) -> None:
    """pdfplumber's characters of a page, those drawn in the legend's format written between ``**``, in place (by the
    font's name: pdfplumber keeps no descriptor); under a bold legend, those drawn stroked too (``stroked_layout``);
    under a colour legend, those filled in its colour (``non_stroking_color``, round 67).

    >>> chars = [{"fontname": "STSong-Light (stroked)", "text": "县"}, {"fontname": "STSong-Light", "text": "、"}]
    >>> marked_chars(chars, RunLegend("", "★")); [char["text"] for char in chars]
    ['**县**', '、']
    >>> chars = [{"non_stroking_color": (0.75, 0, 0), "text": "县"}, {"non_stroking_color": (0,), "text": "、"}]
    >>> marked_chars(chars, RunLegend("", "★", colour="红")); [char["text"] for char in chars]
    ['**县**', '、']
    """
    if legend.colour:  # by its fill colour (round 67)
        for char in chars:
            value = char.get("non_stroking_color")
            named = char.get("ncs")
            if spaces and named and named not in _COMPONENTS and isinstance(value, tuple | list):
                value = _named_colour(spaces, named, tuple(value))  # files35: /CS0 cs 1 sc, in the page's space
            if _in_colour(value if isinstance(value, str) else pdf_colour(value), legend.colour):
                char["text"] = f"**{char['text']}**"
        return
    said: dict[str, bool] = {}
    for char in chars:
        name = char.get("fontname") or ""
        if name not in said:
            stroked = name.endswith(_STROKED_TWIN) and not legend.font
            said[name] = stroked or font_in_format(name.removesuffix(_STROKED_TWIN), legend)
        if said[name]:
            char["text"] = f"**{char['text']}**"


def _named_colour(spaces: dict, family: str, values: tuple) -> str:
    """The colour ``values`` give in the page's one colour space of ``family`` (pdfplumber keeps a character's
    space's family, ``Indexed``, ``Separation``, not its name): "" when the page has none, or several that give
    different colours."""
    found = {space_colour(s, values) for s in spaces.values() if isinstance(s, list) and s and s[0] == family}
    return found.pop() if len(found) == 1 else ""


# a span in the format broken at a line's end: ``…（责任单位：**县发展**`` / ``**改革局**、县财政局）``
_WRAPPED_SPAN = compiled(r"\*\*([^*\n]+)\*\*([ \t]*\n[ \t]*)\*\*([^*\n]+)\*\*")


def marked_page(text: str, mark: str) -> str:
    """A page's text, its spans in the format (``**``) marked as units (``run_formats.marked_units``), line by line;
    a unit's span broken at a line's end marked before its first part (the lines joined later read it whole).

    >>> marked_page("（责任单位：**县数****据局**、县财政局）\\n**一、主要任务**", "★")
    '（责任单位：★县数据局、县财政局）\\n一、主要任务'
    >>> marked_page("（牵头单位：**县发展**\\n  **改革局**；配合单位：县财政局）", "★")
    '（牵头单位：★县发展\\n  改革局；配合单位：县财政局）'
    """
    text = text.replace("****", "")
    if "\n" in text and "**\n" in text:
        text = _WRAPPED_SPAN.sub(lambda m: _wrapped(m, mark), text)
    return "\n".join(marked_units(line, mark) if "**" in line else line for line in text.split("\n"))


def _wrapped(m, mark: str) -> str:
    """A span broken at a line's end (``_WRAPPED_SPAN``'s match), marked before its first part when its two parts are
    one unit's name and its first alone is none; else as it was."""
    first, gap, rest = m.groups()
    head, _, tail = rest.partition("、")  # the second part may go on with more units
    if is_unit_name(first.strip()) or not is_unit_name(first.strip() + head.strip()):
        return m.group()
    more = f"**{tail}**" if tail else ""
    return f"{mark}{first}{gap}{head}{'、' if tail else ''}{more}"


def format_spans(cell: str) -> tuple[str, list[str]]:
    """A pdfplumber cell's text without its ``**`` marks, and the texts of its spans in the format (their lines and
    spaces joined).

    >>> format_spans("**县发展改****革局**\\n**（县粮食和**\\n**物资储备局）**、县财政局")
    ('县发展改革局\\n（县粮食和\\n物资储备局）、县财政局', ['县发展改革局（县粮食和物资储备局）'])
    """
    if "**" not in cell:
        return cell, []
    joined = _SPAN_BREAK.sub("", cell.replace("****", ""))
    spans = ["".join(span.split()) for span in _SPAN_TEXT.findall(joined)]
    return cell.replace("**", ""), [span for span in spans if span]


_SPAN_BREAK = compiled(r"\*\*\s+\*\*")
_SPAN_TEXT = compiled(r"\*\*([^*]+)\*\*")


def marked_cell(cell: str, spans: list[str], mark: str) -> str:
    """A table cell's joined text with each of ``spans`` (``format_spans``) found in it marked as a unit in the
    format (``run_formats.marked_units``).

    >>> marked_cell("县发展改革局、县财政局", ["县发展改革局"], "★"), marked_cell("推进改革", ["推进改革"], "★")
    ('★县发展改革局、县财政局', '推进改革')
    """
    for span in spans:
        at = cell.find(span)
        if at >= 0:
            cell = f"{cell[:at]}**{span}**{cell[at + len(span) :]}"
    return marked_units(cell, mark) if spans else cell
