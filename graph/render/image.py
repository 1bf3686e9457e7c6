"""A view as a briefing image: PNG (≥ 200 dpi), SVG or PDF, with real Chinese glyphs.

Drawn with matplotlib's object API (no pyplot global state, safe inside the
explorer's server threads) on a 16:9 slide-sized canvas: title, the notes that
say what was summarised, the network at seeded positions (:mod:`graph.layout`),
a legend for colours and one for sizes, and a footer with the source document,
the export date and a privacy note.

Fonts: labels use the CJK face :func:`graph.fonts.find_cjk_font` finds (Noto Sans
CJK SC from ``fonts-noto-cjk``) with DejaVu Sans as fallback for symbols. Every
string is checked against both faces' cmaps *before* drawing; characters
neither has are replaced by "?" and reported (``ImageResult.replaced``), so an
image never shows boxes. SVG text is written as outlines (``svg.fonttype:
path``) and PDF embeds subset fonts (``pdf.fonttype: 42``): the files look the
same on machines without the font. Metadata dates are left out so the same
view gives the same bytes.
"""

from __future__ import annotations

import io
import textwrap
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reformgraph.errors import ExportError
from reformgraph.extras import require
from reformgraph.files import write_bytes_atomic
from reformgraph.render.fonts import FontFace, find_cjk_font, font_chain, uncovered
from reformgraph.render.layout import (
    DEFAULT_SEED,
    group_colours,
    group_label,
    positions,
    size_legend_values,
    size_scale,
)
from reformgraph.views import View

IMAGE_FORMATS = ("png", "svg", "pdf")
DEFAULT_DPI = 200
SLIDE_INCHES = (13.333, 7.5)  # 16:9, the size of a PowerPoint slide
NODE_AREA = (60.0, 1400.0)  # marker area in pt² for the smallest / largest sized node


@dataclass(frozen=True)
class ImageResult:
    """What was drawn: the format, the font used for labels, every string drawn, and replaced characters."""

    format: str
    font: FontFace
    texts: tuple[str, ...]
    replaced: tuple[str, ...]
    data: bytes


def _texts(view: View, footer: str) -> list[str]:
    out = [view.title, view.group_label, "大小 size: " + view.size_label, footer]
    out += list(view.notes)
    out += [n.label for n in view.nodes]
    out += [group_label(g) for g in {n.group for n in view.nodes}]
    out += [format(v, ".3g") for v in size_legend_values(view.nodes)]
    return out


def footer_text(view: View, exported: str | None = None) -> str:
    """The footer line: source document, export date, privacy note."""
    text = (
        f"来源 Source: {view.source or '—'}  ·  导出 Exported: {exported or date.today().isoformat()}  ·  ReformGraph"
    )
    if not view.include_contacts:
        text += "  ·  电话号码已隐藏 phone numbers hidden"
    return text


def render_image(
    view: View,
    fmt: str = "png",
    *,
    dpi: int = DEFAULT_DPI,
    seed: int = DEFAULT_SEED,
    exported: str | None = None,
    font: FontFace | None = None,
    size: tuple[float, float] = SLIDE_INCHES,
) -> ImageResult:
    """Draw ``view`` and return the file's bytes with what was drawn.

    Raises ExportError for an unknown format, a dpi below 200 for PNG, or no CJK font.
    """
    fmt = fmt.lower()
    if fmt not in IMAGE_FORMATS:
        raise ExportError(f"unknown image format {fmt!r} (expected one of {', '.join(IMAGE_FORMATS)})")
    if fmt == "png" and dpi < DEFAULT_DPI:
        raise ExportError(f"PNG needs at least {DEFAULT_DPI} dpi for slides (got {dpi})")
    matplotlib = require("matplotlib", "images", "drawing PNG/SVG/PDF images")
    from matplotlib.figure import Figure

    face = font or find_cjk_font()
    chain = font_chain(face)
    footer = footer_text(view, exported)
    missing = set(uncovered(_texts(view, footer), chain))

    def clean(text: str) -> str:
        return "".join("?" if ch in missing else ch for ch in text) if missing else text

    rc = {
        "font.family": [f.family for f in chain],
        "svg.fonttype": "path",
        "pdf.fonttype": 42,
        "ps.fonttype": 42,
        "svg.hashsalt": "reformgraph",
        "axes.unicode_minus": False,
    }
    with matplotlib.rc_context(rc):
        fig = Figure(figsize=size, dpi=dpi, layout=None)
        _draw(fig, view, seed=seed, clean=clean, footer=footer)
        buf = io.BytesIO()
        metadata = {
            "png": {"Software": "ReformGraph"},
            "svg": {"Date": None, "Creator": "ReformGraph"},
            "pdf": {"CreationDate": None, "ModDate": None, "Creator": "ReformGraph"},
        }[fmt]
        fig.savefig(buf, format=fmt, dpi=dpi, metadata=metadata, facecolor="white")
    return ImageResult(fmt, face, tuple(clean(t) for t in _texts(view, footer)), tuple(sorted(missing)), buf.getvalue())


def write_image(view: View, path: str | Path, fmt: str | None = None, **kwargs) -> ImageResult:
    """Render and write to ``path`` (format from the suffix unless given); ExportError if unwritable."""
    path = Path(path)
    fmt = (fmt or path.suffix.lstrip(".") or "png").lower()
    result = render_image(view, fmt, **kwargs)
    write_bytes_atomic(path, result.data)  # a kill leaves the old file or the new one
    return result


def _wrap(text: str, width: int = 26) -> str:
    """Wrap a legend title (CJK characters count double)."""
    lines, line, used = [], "", 0
    for word in text.split(" "):
        w = sum(2 if ord(ch) > 0x2E7F else 1 for ch in word)
        if line and used + 1 + w > width:
            lines.append(line)
            line, used = word, w
        else:
            line, used = (f"{line} {word}" if line else word), used + (1 if line else 0) + w
    lines.append(line)
    return "\n".join(lines)


def _draw(fig, view: View, *, seed: int, clean, footer: str) -> None:
    from matplotlib import patheffects
    from matplotlib.collections import LineCollection
    from matplotlib.lines import Line2D

    W, H = fig.get_size_inches()
    fig.text(0.02, 0.965, clean(view.title), fontsize=18, va="top")
    notes = [textwrap.shorten(clean(n), width=160, placeholder="…") for n in view.notes]
    note_top = 0.915
    for i, note in enumerate(notes[:6]):
        fig.text(0.025, note_top - i * 0.028, "• " + note, fontsize=8.5, color="#8a5300", va="top")
    if len(notes) > 6:
        fig.text(0.025, note_top - 6 * 0.028, f"• … (+{len(notes) - 6})", fontsize=8.5, color="#8a5300", va="top")
    top = note_top - min(len(notes), 7) * 0.028 - 0.01
    ax = fig.add_axes((0.02, 0.07, 0.76, max(0.3, top - 0.07)))
    ax.set_axis_off()
    fig.text(0.02, 0.02, clean(footer), fontsize=7.5, color="#555555", va="bottom")

    pos = positions(view, seed=seed)
    colours = group_colours(view)
    area = size_scale(view.nodes, *NODE_AREA, base=NODE_AREA[0] * 1.5)
    top_w = max((e.weight for e in view.edges), default=1.0)
    segs, widths = [], []
    for e in view.edges:
        if e.source in pos and e.target in pos:
            segs.append((pos[e.source], pos[e.target]))
            widths.append(0.5 + 3.0 * (e.weight / top_w) ** 0.5 if top_w > 1 else 0.8)
    ax.add_collection(LineCollection(segs, linewidths=widths, colors="#9aa5b1", alpha=0.55, zorder=1))
    for marker, nodes in (
        ("o", [n for n in view.nodes if n.kind != "Group"]),
        ("s", [n for n in view.nodes if n.kind == "Group"]),
    ):
        if not nodes:
            continue
        ax.scatter(
            [pos[n.id][0] for n in nodes],
            [pos[n.id][1] for n in nodes],
            s=[area[n.id] for n in nodes],
            c=[colours.get(n.group, "#999999") for n in nodes],
            marker=marker,
            edgecolors=["#111111" if n.focus else "white" for n in nodes],
            linewidths=[2.2 if n.focus else 0.6 for n in nodes],
            zorder=2,
        )
    n_nodes = len(view.nodes)
    fs = 9.0 if n_nodes <= 25 else 8.0 if n_nodes <= 45 else 7.0
    halo = [patheffects.withStroke(linewidth=2.2, foreground="white")]
    for n in view.nodes:
        x, y = pos[n.id]
        ax.annotate(
            clean(n.label),
            (x, y),
            xytext=(0, -(area[n.id] ** 0.5) / 2 - 2),
            textcoords="offset points",
            ha="center",
            va="top",
            fontsize=fs + (2 if n.focus else 0),
            path_effects=halo,
            zorder=3,
        )
    ax.set_xlim(-1.3, 1.3)  # room for labels left and right of the outermost nodes
    ax.set_ylim(-1.2, 1.1)
    ax.set_aspect("auto")

    group_handles = [
        Line2D(
            [],
            [],
            marker="o",
            linestyle="",
            markersize=9,
            markerfacecolor=c,
            markeredgecolor="white",
            label=clean(group_label(g)),
        )
        for g, c in colours.items()
    ]
    if any(n.kind == "Group" for n in view.nodes):
        group_handles.append(
            Line2D(
                [],
                [],
                marker="s",
                linestyle="",
                markersize=9,
                markerfacecolor="#dddddd",
                markeredgecolor="#888888",
                label=clean("方块 = 合并节点 (grouped)"),
            )
        )
    if any(n.focus for n in view.nodes):
        group_handles.append(
            Line2D(
                [],
                [],
                marker="o",
                linestyle="",
                markersize=9,
                markerfacecolor="white",
                markeredgecolor="#111111",
                markeredgewidth=2,
                label=clean("黑框 = 焦点 (focus)"),
            )
        )
    leg1 = fig.legend(
        handles=group_handles,
        loc="upper left",
        bbox_to_anchor=(0.79, top),
        fontsize=8.5,
        title=_wrap(clean(view.group_label)),
        title_fontsize=9.5,
        frameon=False,
        alignment="left",
    )
    leg1.set_in_layout(False)
    ref = size_legend_values(view.nodes)
    if ref:
        sized = [n for n in view.nodes if n.size is not None]
        size_handles = []
        for value in ref:
            node = min(sized, key=lambda n: abs(n.size - value))
            size_handles.append(
                Line2D(
                    [],
                    [],
                    marker="o",
                    linestyle="",
                    markersize=area[node.id] ** 0.5,
                    markerfacecolor="#bbbbbb",
                    markeredgecolor="white",
                    label=clean(format(value, ".3g")),
                )
            )
        leg2 = fig.legend(
            handles=size_handles,
            loc="lower left",
            bbox_to_anchor=(0.79, 0.08),
            fontsize=8.5,
            title=_wrap(clean("大小 size: " + view.size_label)),
            title_fontsize=9.5,
            frameon=False,
            labelspacing=1.6,
            borderpad=1.0,
            alignment="left",
        )
        leg2.set_in_layout(False)
