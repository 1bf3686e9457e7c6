"""Round 67, files35: the office files files34 left unread (docs/loader.md, files34's "Left" line): an OFD's colour
given through a draw parameter, an OFD under a bold legend, a PDF's red set in a named colour space (indexed,
separation) or as CMYK, a .doc's footnotes read through catdoc."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from reformgraph.loaders import formats_doc
from reformgraph.loaders.formats_ofd import read_ofd
from reformgraph.loaders.pdf_formats import _STROKED_TWIN, coloured_in_format, marked_chars, space_colour
from reformgraph.loaders.run_formats import RunLegend
from tests.support.office import one_task_ofd
from tests.support.readings import task_rows

HERE = Path(__file__).parent / "fixtures" / "round67" / "files35"
needs_catdoc = pytest.mark.skipif(shutil.which("catdoc") is None, reason="catdoc is not installed")
_RED = "注：责任单位中标红的为牵头单位，其余为配合单位。"
_BOLD = "（加粗的为牵头单位，其余为配合单位）"
_BOTH = [(["区城管局", "各街道办事处"], [])]  # every unit leads: no format read
_READ = [(["区城管局"], ["各街道办事处"])]


def _roles(doc) -> list[tuple[list[str], list[str]]]:
    return [r[1:3] for r in task_rows(doc)]


# ---- an OFD's draw parameters and fonts (formats_ofd._Resources) ------------------------------------------------


def _ofd(tmp_path: Path, legend: str, lead: str, resources: str = "") -> list[tuple[list[str], list[str]]]:
    """The roles of ``one_task_ofd`` under ``legend``, its lead carrying ``lead`` (``DrawParam="7"``,
    ``Weight="700"``, ``Font="4"``), its public resources holding ``resources``."""
    one_task_ofd(tmp_path / "plan.ofd", legend, lead, resources=resources)
    return _roles(read_ofd((tmp_path / "plan.ofd").read_bytes(), path="plan.ofd", key="p", sha256="0"))


def _params(*params: tuple[str, str, str]) -> str:
    """Draw parameters ``(ID, Relative, fill)`` as the public resources list them."""
    listed = "".join(
        f'<ofd:DrawParam ID="{i}"{f" Relative={chr(34)}{r}{chr(34)}" if r else ""}>'
        + (f'<ofd:FillColor Value="{fill}"/>' if fill else "")
        + "</ofd:DrawParam>"
        for i, r, fill in params
    )
    return f"<ofd:DrawParams>{listed}</ofd:DrawParams>"


def test_an_ofds_draw_parameters_red_leads(tmp_path) -> None:
    red = _params(("7", "", "192 0 0"))
    assert _ofd(tmp_path, _RED, 'DrawParam="7"', red) == _READ
    # a draw parameter relative to the red one, no fill of its own, is red too
    assert _ofd(tmp_path, _RED, 'DrawParam="8"', red + _params(("8", "7", ""))) == _READ


def test_an_ofds_draw_parameters_that_mark_no_lead(tmp_path) -> None:
    # guards: a blue draw parameter under a red legend, a red one with no legend, a parameter the resources do not
    # hold, a red parameter overridden by the object's own black fill, two parameters relative to each other
    red = _params(("7", "", "192 0 0"))
    assert _ofd(tmp_path, _RED, 'DrawParam="7"', _params(("7", "", "0 112 192"))) == _BOTH
    assert _ofd(tmp_path, "注：请于每月底前报送进展。", 'DrawParam="7"', red) == _BOTH
    assert _ofd(tmp_path, _RED, 'DrawParam="9"', red) == _BOTH
    assert _ofd(tmp_path, _RED, 'DrawParam="7"><ofd:FillColor Value="0 0 0"/>', red) == _BOTH
    assert _ofd(tmp_path, _RED, 'DrawParam="8"', _params(("8", "9", ""), ("9", "8", ""))) == _BOTH


_BOLD_FONT = '<ofd:Fonts><ofd:Font ID="4" FontName="宋体" FamilyName="宋体" Bold="true"/></ofd:Fonts>'


def test_an_ofds_bold_text_objects_lead_under_a_bold_legend(tmp_path) -> None:
    assert _ofd(tmp_path, _BOLD, 'Weight="700"') == _READ
    assert _ofd(tmp_path, _BOLD, 'Font="4"', _BOLD_FONT) == _READ
    # a font legend: the lead in 黑体 (by the font's name), as a PDF's fonts are read
    hei = '<ofd:Fonts><ofd:Font ID="5" FontName="黑体" FamilyName="黑体"/></ofd:Fonts>'
    assert _ofd(tmp_path, "注：黑体字为牵头单位，其余为配合单位。", 'Font="5"', hei) == _READ


def test_an_ofds_fonts_that_mark_no_lead(tmp_path) -> None:
    # guards: a bold object with no legend, a regular weight under a bold legend, a bold one under a colour legend
    assert _ofd(tmp_path, "注：请于每月底前报送进展。", 'Weight="700"') == _BOTH
    assert _ofd(tmp_path, _BOLD, 'Weight="400"') == _BOTH
    assert _ofd(tmp_path, _RED, 'Font="4" Weight="700"', _BOLD_FONT) == _BOTH


# ---- a PDF's colour in a named colour space (pdf_formats.space_colour) ------------------------------------------

_INDEXED = ["Indexed", "DeviceRGB", 2, bytes.fromhex("000000C000000070C0")]
_TYPE2 = {"FunctionType": 2, "Domain": [0, 1], "C0": [0, 0, 0, 0], "C1": [0, 1, 1, 0], "N": 1}


def test_a_named_spaces_colour() -> None:
    assert space_colour(_INDEXED, [1]) == "C00000"
    assert space_colour(["Separation", "Red", "DeviceCMYK", _TYPE2], [1.0]) == "FF0000"
    assert space_colour(["ICCBased", {"N": 4}], [0, 1, 1, 0]) == "FF0000"
    assert space_colour(["Indexed", ["ICCBased", {"N": 3}], 0, bytes.fromhex("C00000")], [0]) == "C00000"
    # guards: another entry (black, blue), an index past the table (its last entry), a separation's 0 tint (white),
    # the All and None separations, a PostScript tint transform (not read), a DeviceN space, a pattern
    assert (space_colour(_INDEXED, [0]), space_colour(_INDEXED, [2]), space_colour(_INDEXED, [9])) == (
        "000000",
        "0070C0",
        "0070C0",
    )
    assert space_colour(["Separation", "Red", "DeviceCMYK", _TYPE2], [0.0]) == "FFFFFF"
    assert space_colour(["Separation", "All", "DeviceCMYK", _TYPE2], [1.0]) == ""
    assert space_colour(["Separation", "Red", "DeviceCMYK", {"FunctionType": 4}], [1.0]) == ""
    assert space_colour(["DeviceN", ["Red"], "DeviceCMYK", _TYPE2], [1.0]) == ""
    assert space_colour("Pattern", ["P0"]) == ""


def _shown(ops, spaces) -> list[str]:
    """The texts ``coloured_in_format`` shows in the marked twin of their font (those filled in the legend's red)."""
    fonts = {"/F1": 1, "/F1" + _STROKED_TWIN: 2}
    font, marked = "", []
    for operands, op in coloured_in_format([(["/F1", 12], b"Tf"), *ops], fonts, "红", spaces):
        if op == b"Tf":
            font = operands[0]
        elif op == b"Tj" and font.endswith(_STROKED_TWIN):
            marked.append(operands[0])
    return marked


def test_a_pdfs_text_filled_in_a_named_red_is_marked() -> None:
    spaces = {"CS0": _INDEXED, "CS1": ["Separation", "Red", "DeviceCMYK", _TYPE2]}
    ops = [(["/CS0"], b"cs"), ([1], b"sc"), (["县民政局"], b"Tj")]
    assert _shown(ops, spaces) == ["县民政局"]
    ops = [(["/CS1"], b"cs"), ([1], b"scn"), (["县民政局"], b"Tj")]
    assert _shown(ops, spaces) == ["县民政局"]
    ops = [([0, 1, 1, 0], b"k"), (["县民政局"], b"Tj")]  # a CMYK red (already read: round 67, files34)
    assert _shown(ops, spaces) == ["县民政局"]
    # guards: the black entry, a device colour after the named space, a space the page does not name, no spaces
    assert _shown([(["/CS0"], b"cs"), ([0], b"sc"), (["县民政局"], b"Tj")], spaces) == []
    assert _shown([(["/CS0"], b"cs"), ([1], b"sc"), ([0], b"g"), (["县民政局"], b"Tj")], spaces) == []
    assert _shown([(["/CS9"], b"cs"), ([1], b"sc"), (["县民政局"], b"Tj")], spaces) == []
    assert _shown([(["/CS0"], b"cs"), ([1], b"sc"), (["县民政局"], b"Tj")], None) == []


def test_a_pdfs_characters_in_a_named_red_are_marked() -> None:
    legend = RunLegend("", "★", colour="红")
    spaces = {"CS0": _INDEXED}
    chars = [
        {"text": "县", "non_stroking_color": (1,), "ncs": "Indexed"},
        {"text": "、", "non_stroking_color": (0,), "ncs": "Indexed"},
        {"text": "局", "non_stroking_color": (1.0,), "ncs": "Separation"},  # no Separation space on the page
        {"text": "市", "non_stroking_color": (0.75, 0, 0), "ncs": "DeviceRGB"},
    ]
    marked_chars(chars, legend, spaces)
    assert [c["text"] for c in chars] == ["**县**", "、", "局", "**市**"]
    # guard: two indexed spaces that give the entry different colours: not told which, no colour
    chars = [{"text": "县", "non_stroking_color": (1,), "ncs": "Indexed"}]
    marked_chars(chars, legend, {"CS0": _INDEXED, "CS1": ["Indexed", "DeviceRGB", 1, bytes.fromhex("0000000070C0")]})
    assert chars[0]["text"] == "县"


# ---- a .doc's footnotes through catdoc --------------------------------------------------------------------------


@needs_catdoc
def test_a_docs_footnotes_define_short_forms_through_catdoc(monkeypatch) -> None:
    # where neither LibreOffice nor antiword is installed, catdoc reads the .doc: it prints the notes after the text
    # as paragraphs (no marks, no rule), and their X，以下简称Y。 are read as the text's short forms
    monkeypatch.setattr(formats_doc, "CONVERTERS", ("catdoc",))
    path = HERE / "05-district-community-doc-catdoc-footnotes.doc"
    doc = formats_doc.read_doc(path.read_bytes(), path=str(path), key="k", sha256="0")
    written = {u.raw: u.written for w in doc.workplans for m in w.measures for u in (*m.leads, *m.supports)}
    assert written["中共栖霞湾区委员会社会工作部"] == "中共栖霞湾区委员会社会工作部（以下简称区委社会工作部）"
    assert _roles(doc) == [
        (["区民政局"], ["区住建局", "各街道办事处"]),
        (["区委社会工作部"], ["区住建局"]),
        (["区委政法委"], ["区民政局", "各街道办事处"]),
        (["区民政局"], ["区委社会工作部"]),
        (["中共栖霞湾区委员会社会工作部"], ["区民政局"]),
    ]
