"""A view as a briefing slide: PNG (≥ 200 dpi), SVG or PDF, with real Chinese glyphs.

Drawn with matplotlib's object API (no pyplot global state, safe inside the
explorer's server threads) on a 16:9 slide (:func:`slide`): a title, the
network, a colour legend (and, for a unit's partners, the lead/support edge
colours), a size legend whose circles are drawn with the same scale as the
nodes, and a footer naming the source document and the export date. Notes about
what was summarised are *not* drawn: the command line prints them and the
explorer shows them beside the picture.

Nodes and labels are placed by :func:`graph.render.layout.place` in em units of
the label font, on a canvas the size of the network area, so no two labels
overlap; after drawing, the real text extents are measured again and
``ImageResult.overlaps`` counts any pair that does (tests require 0).

Fonts: labels use the CJK face :func:`graph.fonts.find_cjk_font` finds (Noto Sans
CJK SC from ``fonts-noto-cjk``) with DejaVu Sans as fallback for symbols. Every
string is checked against both faces' cmaps *before* drawing; characters
neither has are replaced by "?" and reported (``ImageResult.replaced``), so an
image never shows boxes. SVG and PDF text is written as outlines (``svg.fonttype:
path``; in a PDF every text is drawn through a path effect): the files look the
same on machines without the font, and in every PDF reader. (Embedding the font
instead is broken for the CJK fonts most systems have: Noto Sans CJK and Source
Han Sans are CFF-flavoured collections, which matplotlib writes as a TrueType
``/FontFile2`` — poppler copes, MuPDF and Ghostscript draw garbage, matplotlib
issue 20870.) Metadata dates are left out so the same view gives the same bytes.
"""

from __future__ import annotations

import io
import itertools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from reformgraph.errors import ExportError
from reformgraph.extras import require
from reformgraph.files import write_bytes_atomic
from reformgraph.render.fonts import FontFace, find_cjk_font, font_chain, uncovered
from reformgraph.render.layout import (
    DEFAULT_SEED,
    EDGE_COLOURS,
    NETWORK_BOX,
    SLIDE_INCHES,
    Placement,
    canvas_for,
    edge_legend,
    fit_text,
    group_colours,
    group_label,
    label_font_size,
    legend_number,
    place,
    size_legend_values,
    size_title,
    text_width,
)
from reformgraph.stamp import export_day
from reformgraph.view_model import View
from reformgraph.view_nodes import bi, colon

IMAGE_FORMATS = ("png", "svg", "pdf")
DEFAULT_DPI = 200
LEGEND_LEFT = 0.79


@dataclass(frozen=True)
class ImageResult:
    """What was drawn: format, font, every string drawn, replaced characters, label counts, the bytes.

    ``labels_drawn`` / ``labels_hidden``: node labels on the slide / left out for lack of room;
    ``overlaps``: pairs of drawn texts whose measured boxes overlap (labels, legends, title, footer);
    ``clipped``: texts that run past the slide's edge.
    """

    format: str
    font: FontFace
    texts: tuple[str, ...]
    replaced: tuple[str, ...]
    data: bytes
    nodes: int = 0
    labels_drawn: int = 0
    labels_hidden: int = 0
    overlaps: int = 0
    clipped: int = 0


def footer_text(view: View, exported: str | None = None, max_em: float | None = None) -> str:
    """The footer line: source document, export date, privacy note (in the view's language).

    ``max_em``: the width available (em of the footer font); the source is shortened to leave room
    for the date and the privacy note (the slide's width by default).
    """
    return slide_footer(view.source, exported, view.lang, contacts_hidden=not view.include_contacts, max_em=max_em)


def slide_footer(
    source: str, exported: str | None, lang: str, *, contacts_hidden: bool = True, max_em: float | None = None
) -> str:
    """ "来源 Source: … · 导出 Exported: … · ReformGraph · 电话号码已隐藏", the source cut to fit ``max_em``.

    A source of several documents (``source_line``'s "; "-joined titles) too long for the line says how
    many they are before it is cut: a picture of a 16-plan graph named only its first plan and "…", as if
    it came from that plan alone.

    >>> two = "上海市城市更新实施计划 31号 (松江区, 2025-07-15); 酉阳县营商环境改革事项工作方案 18号"
    >>> slide_footer(two, "2026-12-05", "zh", max_em=60.0)
    '来源（2 份文件）：上海市城市更新实施计划 31号 (松…  ·  导出：2026-12-05  ·  ReformGraph  ·  电话号码已隐藏'
    >>> slide_footer("方案 18号", "2026-12-05", "en", contacts_hidden=False)
    'Source: 方案 18号  ·  Exported: 2026-12-05  ·  ReformGraph'
    """
    max_em = max_em or SLIDE_INCHES[0] * 72 * 0.96 / FOOTER_PT
    tail = f"  ·  {bi('导出', 'Exported', lang)}{colon(lang)}{exported or export_day().isoformat()}  ·  ReformGraph"
    if contacts_hidden:
        tail += "  ·  " + bi("电话号码已隐藏", "Phone numbers hidden", lang)
    head = f"{bi('来源', 'Source', lang)}{colon(lang)}"
    documents = len((source or "").split("; "))
    if documents > 1 and text_width(head + source + tail) > max_em:
        count = bi(f"{documents} 份文件", f"{documents} documents", lang)
        head = f"{bi('来源', 'Source', lang)}{f'（{count}）' if lang == 'zh' else f' ({count})'}{colon(lang)}"
    return head + fit_text(source or "—", max_em - text_width(head + tail)) + tail


def _texts(view: View, footer: str) -> list[str]:
    out = [view.title, view.group_label, size_title(view), footer]
    out += [n.label for n in view.nodes]
    out += [group_label(g, view.lang) for g in {n.group for n in view.nodes}]
    out += [label for label, _ in edge_legend(view)]
    out += [legend_number(v) for v in size_legend_values([n for n in view.nodes if not n.focus])]
    out += [bi("方块 = 合并节点", "Square = grouped", view.lang), bi("黑框 = 焦点", "Black ring = focus", view.lang)]
    out += [view.ranking_label, *view.ranking] if view.ranking else []
    return out


@contextmanager
def slide_context(font: FontFace | None = None) -> Iterator[tuple[FontFace, tuple[FontFace, ...]]]:
    """matplotlib settings for every slide: the CJK font chain, outlines in SVG (and PDF, see :func:`save`)."""
    matplotlib = require("matplotlib", "images", "drawing PNG/SVG/PDF images")
    face = font or find_cjk_font()
    chain = font_chain(face)
    rc = {
        "font.family": [f.family for f in chain],
        "svg.fonttype": "path",
        "pdf.fonttype": 42,
        "ps.fonttype": 42,
        "svg.hashsalt": "reformgraph",
        "axes.unicode_minus": False,
    }
    with matplotlib.rc_context(rc):
        yield face, chain


def new_slide(size: tuple[float, float] = SLIDE_INCHES, dpi: int = DEFAULT_DPI):
    """A blank 16:9 figure with its Agg canvas (for measuring text)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=size, dpi=dpi, layout=None)
    FigureCanvasAgg(fig)
    return fig


TITLE_PT = 18
FOOTER_PT = 8


def draw_frame(fig, title: str, footer: str) -> None:
    """Title at the top left, footer at the bottom left: every slide has both, cut to the slide's width."""
    width_pt = fig.get_size_inches()[0] * 72 * 0.96
    size = max(13.0, min(TITLE_PT, width_pt / max(text_width(title), 1.0)))  # shrink a long title first
    fig.text(0.02, 0.965, fit_text(title, width_pt / size), fontsize=size, va="top")
    fig.text(0.02, 0.02, fit_text(footer, width_pt / FOOTER_PT), fontsize=FOOTER_PT, color="#555555", va="bottom")


def _text_boxes(fig) -> list:
    """The drawn boxes (display px) of every visible, non-empty text on ``fig``."""
    from matplotlib.text import Text

    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    boxes = []
    for text in fig.findobj(Text):
        if not text.get_visible() or not str(text.get_text()).strip():
            continue
        bb = text.get_window_extent(renderer)
        if bb.width > 0 and bb.height > 0:
            boxes.append(bb)
    return boxes


def _legend_symbol_boxes(fig) -> list:
    """The drawn boxes (display px) of every legend symbol of ``fig`` that has a size (call after
    :func:`_text_boxes`, which draws the figure)."""
    from matplotlib.transforms import Bbox

    renderer = fig.canvas.get_renderer()
    boxes = []
    for legend in fig.legends:
        for handle in legend.legend_handles:
            bb = handle.get_window_extent(renderer)
            if handle.get_linestyle() == "None" and handle.get_marker() not in (None, "", "None"):
                # a marker alone is drawn at the middle of its handle's length, markersize points across
                half = handle.get_markersize() * fig.dpi / 72 / 2
                x, y = (bb.x0 + bb.x1) / 2, (bb.y0 + bb.y1) / 2
                bb = Bbox.from_extents(x - half, y - half, x + half, y + half)
            if bb.width > 0 and bb.height > 0:
                boxes.append(bb)
    return boxes


def count_overlaps(fig) -> int:
    """Pairs of visible, non-empty texts and legend symbols on ``fig`` whose drawn boxes overlap (1 px
    tolerance): two labels, or a size legend's big circles drawn over each other."""
    boxes = [bb.expanded(1.0, 1.0).padded(-1.0) for bb in _text_boxes(fig) + _legend_symbol_boxes(fig)]
    return sum(1 for a, b in itertools.combinations(boxes, 2) if a.overlaps(b))


def count_clipped(fig) -> int:
    """Texts on ``fig`` that run past the slide's edge (1 px tolerance): cut off in the file."""
    edge = fig.bbox
    return sum(
        1
        for bb in _text_boxes(fig)
        if bb.x0 < edge.x0 - 1 or bb.x1 > edge.x1 + 1 or bb.y0 < edge.y0 - 1 or bb.y1 > edge.y1 + 1
    )


def outline_texts(fig) -> None:
    """Have every text of ``fig`` drawn as outlines: a path effect makes matplotlib draw a text as a
    path instead of with an embedded font (texts that have path effects, such as haloed labels,
    are drawn as paths already)."""
    from matplotlib import patheffects
    from matplotlib.text import Text

    for text in fig.findobj(Text):
        if not text.get_path_effects():
            text.set_path_effects([patheffects.Normal()])


def save(fig, fmt: str, dpi: int) -> bytes:
    """The figure's bytes with fixed metadata (the same drawing gives the same bytes); PDF text as outlines."""
    if fmt == "pdf":
        outline_texts(fig)
    metadata = {
        "png": {"Software": "ReformGraph"},
        "svg": {"Date": None, "Creator": "ReformGraph"},
        "pdf": {"CreationDate": None, "ModDate": None, "Creator": "ReformGraph"},
    }[fmt]
    buf = io.BytesIO()
    fig.savefig(buf, format=fmt, dpi=dpi, metadata=metadata, facecolor="white")
    return buf.getvalue()


def check_format(fmt: str, dpi: int) -> str:
    """The lower-case format, or ExportError for an unknown one or a PNG below 200 dpi."""
    fmt = fmt.lower()
    if fmt not in IMAGE_FORMATS:
        raise ExportError(f"unknown image format {fmt!r} (expected one of {', '.join(IMAGE_FORMATS)})")
    if fmt == "png" and dpi < DEFAULT_DPI:
        raise ExportError(f"PNG needs at least {DEFAULT_DPI} dpi for slides (got {dpi})")
    return fmt


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
    fmt = check_format(fmt, dpi)
    with slide_context(font) as (face, chain):
        footer = footer_text(view, exported)
        missing = set(uncovered(_texts(view, footer), chain))

        def clean(text: str) -> str:
            return "".join("?" if ch in missing else ch for ch in text) if missing else text

        fig = new_slide(size, dpi)
        placement = _draw(fig, view, seed=seed, clean=clean, footer=footer)
        overlaps = count_overlaps(fig)
        clipped = count_clipped(fig)
        data = save(fig, fmt, dpi)
    return ImageResult(
        fmt,
        face,
        tuple(clean(t) for t in _texts(view, footer)),
        tuple(sorted(missing)),
        data,
        nodes=len(view.nodes),
        labels_drawn=len(placement.labels),
        labels_hidden=len(placement.hidden),
        overlaps=overlaps,
        clipped=clipped,
    )


def write_image(view: View, path: str | Path, fmt: str | None = None, **kwargs) -> ImageResult:
    """Render and write to ``path`` atomically (format from the suffix unless given)."""
    path = Path(path)
    fmt = (fmt or path.suffix.lstrip(".") or "png").lower()
    result = render_image(view, fmt, **kwargs)
    write_bytes_atomic(path, result.data)  # a kill leaves the old file or the new one
    return result


def _draw(fig, view: View, *, seed: int, clean: Callable[[str], str], footer: str) -> Placement:
    from matplotlib import patheffects
    from matplotlib.collections import LineCollection
    from matplotlib.patches import FancyArrowPatch

    draw_frame(fig, clean(view.title), clean(footer))
    left, bottom, right, top = NETWORK_BOX
    ax = fig.add_axes((left, bottom, right - left, top - bottom))
    ax.set_axis_off()
    W_in, H_in = fig.get_size_inches()
    fs = label_font_size(len(view.nodes))
    canvas = ((right - left) * W_in * 72 / fs, (top - bottom) * H_in * 72 / fs)
    if (W_in, H_in) == SLIDE_INCHES:
        canvas = canvas_for(view)  # the very canvas the HTML export places the view on
    p = place(view, canvas, seed=seed)
    ax.set_xlim(-canvas[0] / 2, canvas[0] / 2)
    ax.set_ylim(-canvas[1] / 2, canvas[1] / 2)
    pos = p.pos
    colours = group_colours(view)
    top_w = max((e.weight for e in view.edges), default=1.0)

    def width(e) -> float:
        return 0.6 + 4.0 * (e.weight / top_w) ** 0.5 if top_w > 1 else 1.0

    plain = [e for e in view.edges if not e.group and e.source in pos and e.target in pos]
    ax.add_collection(
        LineCollection(
            [(pos[e.source], pos[e.target]) for e in plain],
            linewidths=[width(e) for e in plain],
            colors="#9aa5b1",
            alpha=0.55,
            zorder=1,
        )
    )
    # The partner view's lead/support edges: curved apart, arrow at the supporting unit, coloured by who leads.
    bend = {"focus_leads": 0.12, "partner_leads": 0.12, "together": 0.0}
    for e in view.edges:
        if not e.group or e.source not in pos or e.target not in pos:
            continue
        ax.add_patch(
            FancyArrowPatch(
                pos[e.source],
                pos[e.target],
                connectionstyle=f"arc3,rad={bend.get(e.group, 0.0)}",
                arrowstyle="-|>" if e.rel == "LEADS_UNIT" else "-",
                mutation_scale=6 + 2 * width(e),
                linewidth=width(e),
                color=EDGE_COLOURS.get(e.group, "#9aa5b1"),
                alpha=0.75,
                shrinkA=p.diameter[e.source] * fs / 2,
                shrinkB=p.diameter[e.target] * fs / 2 + 1,
                zorder=1,
            )
        )
    for marker, nodes in (
        ("o", [n for n in view.nodes if n.kind != "Group"]),
        ("s", [n for n in view.nodes if n.kind == "Group"]),
    ):
        if not nodes:
            continue
        ax.scatter(
            [pos[n.id][0] for n in nodes],
            [pos[n.id][1] for n in nodes],
            s=[(p.diameter[n.id] * fs) ** 2 for n in nodes],
            c=[colours.get(n.group, "#999999") for n in nodes],
            marker=marker,
            edgecolors=["#111111" if n.focus else "white" for n in nodes],
            linewidths=[2.2 if n.focus else 0.6 for n in nodes],
            zorder=2,
        )
    halo = [patheffects.withStroke(linewidth=2.4, foreground="white")]
    for label in p.labels.values():
        ax.text(
            label.x,
            label.y,
            clean(label.text),
            ha=label.ha,
            va=label.va,
            fontsize=fs * label.scale,
            path_effects=halo,
            zorder=3,
        )
    _legends(fig, view, p, fs, clean, colours)
    return p


def _legends(fig, view: View, p: Placement, fs: float, clean, colours) -> None:
    from matplotlib.lines import Line2D

    lang = view.lang

    def dot(colour: str, label: str, size: float = 9, edge: str = "white", marker: str = "o", lw: float = 0.6):
        return Line2D(
            [],
            [],
            marker=marker,
            linestyle="",
            markersize=size,
            markerfacecolor=colour,
            markeredgecolor=edge,
            markeredgewidth=lw,
            label=clean(label),
        )

    # a group's name wraps in the column, as the ranking's lines do: "协同组 Community 2 (市规划自然资源局)" ran
    # past the slide's right edge, eight of the bundled plan's community legend cut (session 64)
    handles = [
        dot(c, _wrap(group_label(g, lang), LEGEND_CELLS, break_words=True)) for g, c in colours.items() if g != "Group"
    ]
    if any(n.kind == "Group" for n in view.nodes):
        handles.append(dot("#dddddd", bi("方块 = 合并节点", "Square = grouped", lang), edge="#888888", marker="s"))
    if any(n.focus for n in view.nodes):
        handles.append(dot("white", bi("黑框 = 焦点", "Black ring = focus", lang), edge="#111111", lw=2))
    top = NETWORK_BOX[3]
    first = _side_legend(fig, handles, view.group_label, (LEGEND_LEFT, top), clean)
    edges = edge_legend(view)
    if edges:
        extent = first.get_window_extent(fig.canvas.get_renderer())
        below = extent.transformed(fig.transFigure.inverted()).y0 - 0.02
        lines = [Line2D([], [], color=c, linewidth=2.5, label=_wrap(clean(label), 30)) for label, c in edges]
        second = _side_legend(
            fig,
            lines,
            bi("连线：谁牵头（箭头指向配合单位）", "Links: who leads (arrow to the supporter)", lang),
            (LEGEND_LEFT, below),
            clean,
        )
    above = second if edges else first
    sized = [n for n in view.nodes if n.size is not None and not n.focus]
    values = size_legend_values(sized)
    legend = None
    if values:
        handles = [dot("#bbbbbb", legend_number(v), size=(p.scale.diameter(v) or 1) * fs) for v in values]
        widest = max((p.scale.diameter(v) or 1) * fs for v in values)
        legend = fig.legend(
            handlelength=max(2.0, widest / 9 + 0.4),
            handles=handles,
            loc="lower left",
            bbox_to_anchor=(LEGEND_LEFT, NETWORK_BOX[1]),
            fontsize=9,
            title=_wrap(clean(size_title(view))),
            title_fontsize=10,
            frameon=False,
            labelspacing=row_spacing(widest, 9),
            borderpad=0.8,
            alignment="left",
        )
        legend.set_in_layout(False)
    if view.ranking:
        _ranking(fig, view, clean, above, legend)


def row_spacing(widest: float, fontsize: float, least: float = 1.4) -> float:
    """A legend's ``labelspacing`` (in font sizes) that keeps its rows of circles up to ``widest`` points
    across clear of each other: a row is one font size high plus the spacing, and a circle wider than
    that ran into the next (0.2 over 0.679 on a county's bottleneck slide).

    >>> row_spacing(10.0, 9), round(row_spacing(33.0, 9), 2)
    (1.4, 2.89)
    """
    return max(least, (widest + 2) / fontsize - 1)


def _side_legend(fig, handles, title: str | None, anchor: tuple[float, float], clean, **extra):
    """A legend in the slide's right-hand column, its upper left corner at ``anchor`` (figure fraction).

    Every side legend has the same type sizes and alignment and stays out of the layout engine;
    ``extra`` adds matplotlib legend options (e.g. ``handlelength=0`` for a list without symbols).
    """
    legend = fig.legend(
        handles=handles,
        loc="upper left",
        bbox_to_anchor=anchor,
        fontsize=9,
        title=_wrap(clean(title)),
        title_fontsize=10,
        frameon=False,
        alignment="left",
        **extra,
    )
    legend.set_in_layout(False)
    return legend


def _ranking(fig, view: View, clean, above, below) -> None:
    """The view's ranking as a list between the legends above and below it: as many lines as fit."""
    from matplotlib.lines import Line2D

    renderer = fig.canvas.get_renderer()
    to_fig = fig.transFigure.inverted()
    top = above.get_window_extent(renderer).transformed(to_fig).y0 - 0.02
    floor = below.get_window_extent(renderer).transformed(to_fig).y1 + 0.01 if below is not None else 0.09
    for count in range(len(view.ranking), 0, -1):
        blank = [
            Line2D([], [], linestyle="", marker="", label=_hanging(clean(line), 34)) for line in view.ranking[:count]
        ]
        legend = _side_legend(
            fig, blank, view.ranking_label, (LEGEND_LEFT, top), clean, handlelength=0, handletextpad=0
        )
        if legend.get_window_extent(renderer).transformed(to_fig).y0 >= floor:
            return
        legend.remove()


LEGEND_CELLS = 30  # a legend entry's line beside its symbol: the ranking's 34 less the symbol's room


def _hanging(entry: str, width: int) -> str:
    """A numbered entry of the ranking wrapped in ``width`` cells, its later lines indented past its number, so that
    a value wrapped onto a line of its own stays under its unit's name: the held-out plans' slide drew
    "8. 上海市住房城乡建设管理委" and, below it at the number's place, "0.00148", which read as an entry of its own.
    The indent is two spaces a cell (a space is about half a digit wide).

    >>> print(_hanging("8. 上海市住房城乡建设管理委 0.00148", 34))
    8. 上海市住房城乡建设管理委
          0.00148
    >>> _hanging("1. 市交通局 ◆ 0.148", 34)  # a line that fits, as before
    '1. 市交通局 ◆ 0.148'
    """
    number, _, _ = entry.partition(" ")
    if _cells(entry) <= width or not number.endswith("."):
        return _wrap(entry, width, break_words=True)
    indent = _cells(number) + 1
    first, *rest = _wrap(entry, width - indent, break_words=True).split("\n")
    return "\n".join([first, *(" " * (2 * indent) + line for line in rest)])


def _cells(text: str) -> int:
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in text)


def _wrap(text: str, width: int = 26, *, break_words: bool = False) -> str:
    """Wrap a legend title (CJK characters count double). With ``break_words`` a word wider than a line (a
    unit's name has no spaces) is broken where the line ends, after what stands before it on that line.

    The bottleneck slide's ranking drew "9. 区委宣传部（区文明办、区政府新闻办、区委网信办） 0.001" as "9.", the name
    past the slide's right edge, then "0.001", each on a line of its own:

    >>> print(_wrap("9. 区委宣传部（区文明办、区政府新闻办、区委网信办） 0.001", 34, break_words=True))
    9. 区委宣传部（区文明办、区政府新
    闻办、区委网信办） 0.001
    """
    lines, line, used = [], "", 0
    for word in text.split(" "):
        w = _cells(word)
        if break_words and w > width:
            if line:
                line, used = line + " ", used + 1
            for ch in word:
                if used + _cells(ch) > width:
                    lines.append(line)
                    line, used = "", 0
                line, used = line + ch, used + _cells(ch)
        elif line and used + 1 + w > width:
            lines.append(line)
            line, used = word, w
        else:
            line, used = (f"{line} {word}" if line else word), used + (1 if line else 0) + w
    lines.append(line)
    return "\n".join(lines)
