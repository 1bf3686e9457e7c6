"""Briefing images from the bundled document: real Chinese glyphs, embedded fonts, legends, no phone numbers."""

from __future__ import annotations

import io
import re
import zlib

import pytest

from reformgraph.errors import ExportError
from reformgraph.metrics import unit_load
from reformgraph.render.fonts import DEBIAN_PACKAGE, cmap, find_cjk_font, font_chain, uncovered
from reformgraph.render.image import render_image
from reformgraph.view_model import View, ViewNode
from reformgraph.views import unit_neighbourhood, unit_partners_view

HUB = "市市场监管局"


def _cjk_font_or_skip():
    try:
        return find_cjk_font()
    except ExportError as exc:
        pytest.skip(f"{exc} (the test set-up installs it with .ci/system-deps.sh)")


@pytest.fixture(scope="module")
def font():
    return _cjk_font_or_skip()


@pytest.fixture(scope="module")
def small_unit(bundled_graph) -> str:
    """The non-collective unit with the smallest positive load (name order breaks ties)."""
    loads = unit_load(bundled_graph)
    return min((r for r in loads.values() if r.weighted > 0), key=lambda r: (r.weighted, r.name)).name


def test_hub_is_the_biggest(bundled_graph):
    loads = unit_load(bundled_graph)
    assert max(loads.values(), key=lambda r: r.weighted).name == HUB


@pytest.fixture(scope="module")
def views(bundled_graph, small_unit):
    return {
        "hub": unit_neighbourhood(bundled_graph, HUB, depth=1),
        "hub-depth2": unit_neighbourhood(bundled_graph, HUB, depth=2),
        "small": unit_neighbourhood(bundled_graph, small_unit, depth=2),
    }


@pytest.fixture(scope="module")
def rendered(views, font):
    """``rendered(name, fmt)``: each of ``views`` drawn once per format, shared by the tests that look at it."""
    drawn = {}

    def get(name: str, fmt: str):
        if (name, fmt) not in drawn:
            drawn[name, fmt] = render_image(views[name], fmt, exported="2024-05-01")
        return drawn[name, fmt]

    return get


@pytest.mark.parametrize("fmt", ["png", "svg", "pdf"])
def test_every_label_character_has_a_glyph(views, rendered, font, fmt):
    for name, view in views.items():
        result = rendered(name, fmt)
        assert result.replaced == (), name
        assert uncovered(result.texts, font_chain(font)) == [], name
        # Every Chinese character is drawn by the CJK face itself (not by a fallback).
        cjk = cmap(font.path, font.index)
        han = {ch for t in result.texts for ch in t if "\u4e00" <= ch <= "\u9fff"}
        assert han and all(ord(ch) in cjk for ch in han)
        assert view.title in result.texts and any(t.startswith("来源 Source:") for t in result.texts)


def test_png_is_slide_sized_at_200_dpi(bundled_graph, font):
    from PIL import Image

    result = render_image(unit_neighbourhood(bundled_graph, HUB), "png")
    image = Image.open(io.BytesIO(result.data))
    assert image.size[0] >= 2600 and image.size[1] >= 1450
    assert round(image.info["dpi"][0]) >= 200


def test_svg_has_outlines_and_no_missing_glyphs(views, rendered, font):
    for name in views:
        svg = rendered(name, "svg").data.decode("utf-8")
        glyph_ids = re.findall(r'<path id="([^"]+)"', svg)
        # Text is drawn as outlines (svg.fonttype = path): glyph definitions named <font>-<glyph index>.
        family = re.sub(r"[^a-z0-9]", "", font.family.lower())
        assert any(family in re.sub(r"[^a-z0-9]", "", g.lower()) for g in glyph_ids)
        assert "<text" not in svg
        # Glyph index 0 is .notdef, the "tofu" box drawn for a missing glyph; matplotlib ≥ 3.10 draws
        # characters no font has with its "Last Resort" font instead (a box with the code point).
        assert not [g for g in glyph_ids if re.search(r"-0$", g) or "lastresort" in g.lower()]


def _pdf_streams(pdf: bytes) -> dict[int, bytes]:
    """Object number → decoded stream of every stream object in ``pdf`` (matplotlib writes them plainly)."""
    out = {}
    for m in re.finditer(rb"(\d+) 0 obj\s*<<(.*?)>>\s*stream\r?\n", pdf, re.S):
        end = pdf.index(b"endstream", m.end())
        data = pdf[m.end() : end].rstrip(b"\r\n")
        out[int(m.group(1))] = zlib.decompress(data) if b"/FlateDecode" in m.group(2) else data
    return out


def test_pdf_text_is_outlines_every_reader_draws(bundled_graph, font):
    """No font program a reader could mis-read: the CJK fonts most systems have are CFF-flavoured,
    which matplotlib embeds as a TrueType /FontFile2 (MuPDF and Ghostscript then draw the title,
    legends and footer as garbage). Text is drawn as outlines; any font still embedded is real TrueType."""
    pdf = render_image(unit_partners_view(bundled_graph, f"unit:{HUB}"), "pdf", exported="2024-05-01").data
    streams = _pdf_streams(pdf)
    for ref in re.findall(rb"/FontFile2 (\d+) 0 R", pdf):
        program = streams[int(ref)]
        assert not program.startswith(b"OTTO") and b"CFF " not in program[:512], "a CFF font embedded as TrueType"
    assert b"LastResort" not in pdf  # matplotlib's box font for characters no font has
    # Outlines, not text: no font is embedded at all, so nothing depends on the reader's font handling.
    assert b"/FontDescriptor" not in pdf and b" Tj" not in b"".join(streams.values())


def test_pdf_renders_cleanly_in_mupdf(bundled_graph, font, tmp_path):
    """MuPDF (SumatraPDF and many readers use it) draws the slide without a glyph warning."""
    import shutil
    import subprocess

    if not shutil.which("mutool"):
        pytest.skip("mutool not installed (Debian package mupdf-tools)")
    path = tmp_path / "slide.pdf"
    path.write_bytes(render_image(unit_partners_view(bundled_graph, f"unit:{HUB}"), "pdf").data)
    done = subprocess.run(
        ["mutool", "draw", "-r", "40", "-o", str(tmp_path / "slide.png"), str(path)], capture_output=True, text=True
    )
    glyph_trouble = [w for w in done.stderr.splitlines() if "glyph" in w.lower() or "font" in w.lower()]
    assert done.returncode == 0 and not glyph_trouble, glyph_trouble[:5]


def test_same_view_same_bytes(bundled_graph, font):
    view = unit_neighbourhood(bundled_graph, HUB)
    assert (
        render_image(view, "svg", exported="2024-05-01").data == render_image(view, "svg", exported="2024-05-01").data
    )


def test_phone_numbers_never_drawn_by_default(bundled_graph, views, rendered):
    phones = {p for _, _, d in bundled_graph.edges(data=True) for p in d.get("phones") or ()}
    assert phones
    for name in ("hub", "hub-depth2"):  # depth 1 and 2
        view = views[name]
        for fmt in ("png", "svg"):
            result = rendered(name, fmt)
            drawn = "\n".join(result.texts)
            assert not [p for p in phones if p in drawn]
            assert not [p for p in phones if p.encode() in result.data]
        assert not any(n.kind == "Person" for n in view.nodes)


def test_uncoverable_characters_are_replaced_and_reported(font):
    view = View("测试 \U0001f984", (ViewNode("a", "甲\U000e0100", "Unit", "Unit", 1.0, "x"),), ())
    result = render_image(view, "svg", exported="2024-05-01")
    assert "\U0001f984" in result.replaced
    assert all("\U0001f984" not in t for t in result.texts)
    assert b"LastResort" not in result.data  # replaced before drawing: no box glyphs


def test_no_cjk_font_names_the_package():
    with pytest.raises(ExportError, match=DEBIAN_PACKAGE):
        find_cjk_font(preferred=("No Such Font Family",))


def test_bad_format_and_low_dpi(bundled_graph, font):
    view = unit_neighbourhood(bundled_graph, HUB)
    with pytest.raises(ExportError, match="unknown image format"):
        render_image(view, "bmp")
    with pytest.raises(ExportError, match="200 dpi"):
        render_image(view, "png", dpi=72)


def test_a_chinese_slide_uses_chinese_punctuation(bundled_graph, font):
    """--lang zh: "瓶颈：中介中心性", "来源：…", "大小：…" — not a half-width colon after Chinese text."""
    from reformgraph.render.export import ViewRequest, choose_view

    for kwargs in (dict(view="bottlenecks"), dict(chain=("unit:市财政局", "unit:市高法院")), dict(unit=f"unit:{HUB}")):
        result = render_image(
            choose_view(bundled_graph, ViewRequest(lang="zh", **kwargs)), "svg", exported="2024-05-01"
        )
        assert not [t for t in result.texts if re.search(r"[\u4e00-\u9fff）]: ", t)], kwargs
        assert any(t.startswith("来源：") for t in result.texts)


@pytest.mark.parametrize(
    ("lang", "head"),
    [
        ("zh", "来源（16 份文件）："),
        ("en", "Source (16 documents): "),
        ("both", "来源 Source (16 份文件 16 documents): "),
    ],
)
def test_a_footer_cut_from_many_documents_says_how_many(lang, head):
    """A picture of a 16-plan graph named its first plan and "…" in the footer, as if drawn from it alone."""
    from reformgraph.render.image import footer_text

    source = "; ".join(
        f"关于印发第{i}个改革实施方案的通知 〔2024〕{i}号 (某某市人民政府办公室, 2024-01-01)" for i in range(16)
    )
    view = View(title="t", nodes=(), edges=(), source=source, lang=lang)
    footer = footer_text(view, "2026-12-05")
    assert footer.startswith(head + "关于印发第0个") and "…" in footer
    one = footer_text(View(title="t", nodes=(), edges=(), source="方案 18号", lang=lang), "2026-12-05")
    assert "份文件" not in one and "documents" not in one
