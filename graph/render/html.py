"""A view as ONE self-contained, offline HTML file (vis-network inlined, no external requests).

pyvis's own template loads vis-network, tom-select and Bootstrap from public CDNs
(even with ``cdn_resources="in_line"``, Bootstrap stays remote), so it cannot be
used from a USB stick or an intranet. This module writes vis-network's nodes,
edges and options (:func:`vis_data`, the dicts a pyvis ``Network`` would hold)
into a small template of its own that inlines ``vis-network.min.js`` and
``vis-network.css`` from the copy pyvis ships in its package
(``pyvis/lib/vis-9.1.2``; vis-network is dual Apache-2.0/MIT and the licence
header stays in the inlined script). pyvis itself is not imported (it imports
IPython: 5 MiB and 0.2–0.4 s); :func:`view_to_pyvis` gives a pyvis ``Network``
for those who want pyvis's own API. A Content-Security-Policy
meta tag forbids every network fetch, so a missed URL fails loudly in the
browser instead of leaking.

Positions come from :mod:`graph.layout` (networkx, seeded) and physics is off:
the biggest hub opens already laid out and does not thrash.

Escaping: every document string reaches the page either through
``html.escape`` (headings, notes, legend, footer) or as JSON inside a
``<script>`` block with ``<``, ``>``, ``&`` and U+2028/9 escaped; tooltips are
turned into DOM elements with ``textContent``, never ``innerHTML``.

>>> from reformgraph.views import View, ViewNode, ViewEdge
>>> v = View("<b>t</b>", (ViewNode("a", "<img src=x onerror=alert(1)>", "Unit", "Unit", 1.0, "x"),), ())
>>> page = render_html(v, exported="2024-01-01")
>>> "<img src=x" in page, "&lt;b&gt;t&lt;/b&gt;" in page, "https://" in page.split("<script>")[0]
(False, True, False)
"""

from __future__ import annotations

import html
import importlib.util
import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from reformgraph.errors import ExportError, MissingExtraError
from reformgraph.extras import require
from reformgraph.files import write_text_atomic
from reformgraph.render.layout import (
    DEFAULT_SEED,
    EDGE_COLOURS,
    EM_PX,
    Placement,
    canvas_for,
    edge_legend,
    group_colours,
    group_label,
    legend_number,
    place,
    size_legend_values,
    size_title,
)
from reformgraph.view_model import View
from reformgraph.view_nodes import bi

VIS_VERSION = "9.1.2"
FONT_FAMILY = "Noto Sans CJK SC, Source Han Sans SC, Microsoft YaHei, PingFang SC, SimHei, sans-serif"


@lru_cache(maxsize=1)
def vis_assets() -> tuple[str, str]:
    """(vis-network.min.js, vis-network.css) from the copy shipped inside the pyvis package.

    The package is found without importing it (``importlib.util.find_spec`` runs none of its code).
    """
    spec = importlib.util.find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise MissingExtraError("the HTML export", "images", "pyvis")
    lib = Path(next(iter(spec.submodule_search_locations))).resolve() / "lib" / f"vis-{VIS_VERSION}"
    try:
        js = (lib / "vis-network.min.js").read_text(encoding="utf-8")
        css = (lib / "vis-network.css").read_text(encoding="utf-8")
    except OSError as exc:
        raise ExportError(
            f"vis-network {VIS_VERSION} not found in the pyvis package ({lib}); reinstall pyvis>=0.3.2"
        ) from exc
    return js, css


@lru_cache(maxsize=1)
def _inline_js() -> str:
    """vis-network.min.js as it goes inside <script> (escaped once per process: it is 0.47 MB)."""
    return vis_assets()[0].replace("</script", "<\\/script")


def placed(view: View, *, seed: int = DEFAULT_SEED, canvas: tuple[float, float] | None = None) -> Placement:
    """The view placed on ``canvas`` (em), by default the slide's (:func:`graph.render.layout.canvas_for`):
    the same positions and labels as the image export."""
    return place(view, canvas or canvas_for(view), seed=seed)


def vis_data(
    view: View, *, seed: int = DEFAULT_SEED, placement: Placement | None = None
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], dict[str, Any]]:
    """vis-network's ``(nodes, edges, options)`` for ``view``: fixed seeded positions, physics off,
    plain-text titles; the dicts a pyvis ``Network`` builds with ``add_node`` / ``add_edge``.

    Node labels are not vis-network's (it can only put them under a dot): the page draws the
    placed labels itself (:func:`render_html`). Titles are plain text (document text, not HTML):
    render them with :func:`render_html`, or escape them if you use pyvis's own template.

    >>> from reformgraph.views import View, ViewNode, ViewEdge
    >>> v = View("t", (ViewNode("a", "甲", "Unit", "Unit", 1.0, "甲局"), ViewNode("b", "乙", "Unit", "Unit", 1.0, "乙局")),
    ...          (ViewEdge("a", "b", "LEADS", "牵头"),))
    >>> nodes, edges, options = vis_data(v)
    >>> [n["id"] for n in nodes], edges[0]["from"], edges[0]["to"], edges[0]["arrows"], options["physics"]
    (['a', 'b'], 'a', 'b', 'to', {'enabled': False})
    """
    p = placement or placed(view, seed=seed)
    colours = group_colours(view)
    nodes: list[dict[str, Any]] = []
    seen: set[str] = set()
    for n in view.nodes:
        if n.id in seen:  # as pyvis: a node id added twice is kept once
            continue
        seen.add(n.id)
        x, y = p.pos.get(n.id, (0.0, 0.0))
        nodes.append(
            {
                "color": colours.get(n.group, "#999999"),
                "title": n.title,
                "size": p.diameter.get(n.id, 1.0) * EM_PX / 2,
                "x": round(x * EM_PX, 2),
                "y": round(-y * EM_PX, 2),
                "physics": False,
                "borderWidth": 4 if n.focus else 1,
                "font": {"size": 1},
                "id": n.id,
                "label": " ",
                "shape": "square" if n.kind == "Group" else "dot",
            }
        )
    top = max((e.weight for e in view.edges), default=1.0)
    edges: list[dict[str, Any]] = []
    for e in view.edges:
        if e.source not in seen or e.target not in seen:
            raise ExportError(f"view {view.title!r}: edge {e.source} -> {e.target} ends at a node not in the view")
        width = 1.0 + 5.0 * (e.weight / top) ** 0.5 if top > 1 else 1.5
        curved = e.rel == "LEADS_UNIT"
        edges.append(
            {
                "title": e.label,  # in the view's language (never the rel's code)
                "width": width,
                "arrows": "to" if e.rel != "COORDINATES" else "",
                "color": {"color": EDGE_COLOURS.get(e.group, "#9aa5b1"), "opacity": 0.8 if e.group else 0.55},
                "smooth": {"enabled": True, "type": "curvedCW", "roundness": 0.15} if curved else False,
                "from": e.source,
                "to": e.target,
            }
        )
    options = {
        "physics": {"enabled": False},
        "interaction": {
            "hover": True,
            "tooltipDelay": 120,
            "navigationButtons": False,
            "keyboard": True,
            "dragNodes": False,  # a dragged node would leave its label behind
        },
        "edges": {"smooth": False},
        "nodes": {"font": {"face": FONT_FAMILY}},
    }
    return nodes, edges, options


def view_to_pyvis(view: View, *, seed: int = DEFAULT_SEED, height: str = "720px", placement: Placement | None = None):
    """A pyvis ``Network`` holding :func:`vis_data` (for pyvis's own API; :func:`render_html` needs no pyvis).

    Titles are plain text (document text, not HTML): escape them if you use pyvis's own template.
    """
    network = require("pyvis.network", "images", "a pyvis Network")
    nodes, edges, options = vis_data(view, seed=seed, placement=placement)
    net = network.Network(height=height, width="100%", directed=True, cdn_resources="local")
    for node in nodes:
        net.nodes.append(node)
        net.node_ids.append(node["id"])
        net.node_map[node["id"]] = node
    net.edges.extend(edges)
    net.options = options
    return net


def _labels(view: View, p: Placement) -> list[dict[str, Any]]:
    """The placed labels for the page's canvas: text, anchor in px, alignment, size in px."""
    out = []
    for label in p.labels.values():
        out.append(
            {
                "text": label.text,
                "x": round(label.x * EM_PX, 2),
                "y": round(-label.y * EM_PX, 2),
                "align": label.ha,
                "baseline": {"top": "top", "bottom": "bottom"}.get(label.va, "middle"),
                "size": round(EM_PX * label.scale, 2),
            }
        )
    return out


def _script_json(value: Any) -> str:
    """JSON safe to put inside <script>: no '</script>', no HTML-significant characters."""
    text = json.dumps(value, ensure_ascii=False)
    return (
        text.replace("&", "\\u0026")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


_TEMPLATE = """<!DOCTYPE html>
<html lang="{html_lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; font-src data:; connect-src 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="ReformGraph (vis-network {vis_version}, inlined)">
<title>{title}</title>
<style>{vis_css}</style>
<style>
body {{ font-family: {font_family}; margin: 0; color: #222; display: flex; flex-direction: column; min-height: 100vh; }}
header {{ padding: 10px 16px 0 16px; }}
h1 {{ font-size: 20px; margin: 0 0 4px 0; }}
ul.notes {{ margin: 4px 0; padding-left: 20px; font-size: 13px; color: #555; }}
#net {{ width: 100%; height: {height}; flex: 1 0 auto; border-top: 1px solid #ddd; border-bottom: 1px solid #ddd; }}
.legend {{ padding: 6px 16px; font-size: 14px; display: flex; flex-wrap: wrap; gap: 6px 18px; align-items: center; }}
.legend .sw {{ display: inline-block; width: 12px; height: 12px; border-radius: 6px; margin-right: 4px; vertical-align: middle; }}
.legend .ln {{ display: inline-block; width: 22px; height: 4px; margin-right: 4px; vertical-align: middle; }}
.legend .dot {{ display: inline-block; border-radius: 50%; background: #bbb; margin-right: 4px; vertical-align: middle; }}
footer {{ padding: 4px 16px 12px 16px; font-size: 12px; color: #666; }}
div.vis-tooltip {{ white-space: pre-wrap; max-width: 420px; font-family: inherit; }}
</style>
</head>
<body>
<header><h1>{title}</h1>{notes}</header>
<div id="net"></div>
<div class="legend"><b>{group_title}</b>{group_items}</div>{edge_legend}{size_legend}{ranking}
<footer>{footer}</footer>
<script>{vis_js}</script>
<script>
(function () {{
  "use strict";
  var nodes = {nodes};
  var edges = {edges};
  var labels = {labels};
  var options = {options};
  var canvasSize = {canvas};
  var minScale = {min_scale};
  var centreY = {centre_y};
  var fontFamily = {font_family_json};
  function tip(text) {{
    var el = document.createElement("div");
    el.textContent = text;
    return el;
  }}
  nodes.forEach(function (n) {{ if (typeof n.title === "string") n.title = tip(n.title); }});
  edges.forEach(function (e) {{ if (typeof e.title === "string") e.title = tip(e.title); }});
  var container = document.getElementById("net");
  var network = new vis.Network(container,
    {{ nodes: new vis.DataSet(nodes), edges: new vis.DataSet(edges) }}, options);
  // The labels were placed with the nodes (no two overlap); draw them where they were placed, each on a
  // white box: a halo round the strokes alone lets the lines that run to a hub show through its name.
  function labelBox(ctx, l) {{
    var w = ctx.measureText(l.text).width, pad = Math.max(2, l.size * 0.15);
    var x = l.align === "center" ? l.x - w / 2 : l.align === "right" ? l.x - w : l.x;
    var top = l.baseline === "top" ? l.y : l.baseline === "bottom" ? l.y - l.size * 1.2 : l.y - l.size * 0.6;
    return [x - pad, top - pad / 2, w + 2 * pad, l.size * 1.2 + pad];
  }}
  network.on("afterDrawing", function (ctx) {{
    ctx.save();
    labels.forEach(function (l) {{
      ctx.font = l.size + "px " + fontFamily;
      ctx.textAlign = l.align;
      ctx.textBaseline = l.baseline;
      var b = labelBox(ctx, l);
      ctx.fillStyle = "rgba(255,255,255,0.9)";
      ctx.fillRect(b[0], b[1], b[2], b[3]);
      ctx.fillStyle = "#222";
      ctx.fillText(l.text, l.x, l.y);
    }});
    ctx.restore();
  }});
  // Show the whole placed canvas, labels included; never smaller than minScale (labels ≥ 12 px).
  // In a frame of a page (the explorer, which sizes the frame to what it holds) the network is as tall as the
  // drawing at the scale the frame's width allows: in a frame sized for the drawing at full size, a large
  // star drawn at 0.8 on a 1280 px laptop had ~100 px of blank above and below it (session 62). A browser
  // window of its own is left to the network, which fills it, as before.
  var framed = false;
  try {{ framed = window.self !== window.top && !!window.frameElement; }} catch (e) {{ framed = false; }}
  if (framed) {{
    document.body.style.minHeight = "0";
    container.style.flex = "0 0 auto";
  }}
  function frame() {{
    if (framed) {{
      var fit = Math.max(minScale, Math.min(1, container.clientWidth / canvasSize[0]));
      var tall = Math.ceil(canvasSize[1] * fit) + "px";
      if (container.style.height !== tall) {{
        container.style.height = tall;
        network.setSize("100%", tall);
      }}
    }}
    var s = Math.min(container.clientWidth / canvasSize[0], container.clientHeight / canvasSize[1]);
    network.moveTo({{ position: {{ x: 0, y: centreY }}, scale: Math.max(minScale, s), animation: false }});
  }}
  frame();
  window.addEventListener("resize", frame);
  network.once("afterDrawing", function () {{ document.body.setAttribute("data-rendered", "1"); }});
  window.reformgraphNetwork = network;
  window.reformgraphLabels = labels;
}})();
</script>
</body>
</html>
"""

MIN_LABEL_PX = 12


def render_html(
    view: View,
    *,
    seed: int = DEFAULT_SEED,
    height: str | None = None,
    exported: str | None = None,
    placement: Placement | None = None,
    canvas: tuple[float, float] | None = None,
) -> str:
    """The whole page as one string: title, notes, network, legends, footer; nothing loaded from outside.

    ``height`` is the network's height (CSS); by default the placed canvas's height at 1 em = 15 px.
    ``placement`` is :func:`placed` for the view when the caller has it already; ``canvas`` (em) the
    area to place it on otherwise (the slide's by default; the explorer passes
    :func:`graph.render.layout.screen_canvas`, no wider than a laptop's page).
    """
    p = placement or placed(view, seed=seed, canvas=canvas)
    W, H = p.canvas
    # Show what was placed, not the empty canvas around a small picture: the height of the drawing.
    top, bottom = _vertical_extent(p)
    H = min(H, max(bottom - top + 4.0, 16.0))
    height = height or f"{int(H * EM_PX) + 24}px"
    vis_nodes, vis_edges, options = vis_data(view, seed=seed, placement=p)
    css = vis_assets()[1]
    esc = html.escape
    lang = view.lang
    notes = ('<ul class="notes">' + "".join(f"<li>{esc(n)}</li>" for n in view.notes) + "</ul>") if view.notes else ""
    colours = group_colours(view)
    group_items = "".join(
        f'<span><span class="sw" style="background:{esc(c)}"></span>{esc(group_label(g, lang))}</span>'
        for g, c in colours.items()
    )
    edges = edge_legend(view)
    edge_html = ""
    if edges:
        items = "".join(
            f'<span><span class="ln" style="background:{esc(c)}"></span>{esc(label)}</span>' for label, c in edges
        )
        title = bi("连线：谁牵头（箭头指向配合单位）", "Links: who leads (arrow to the supporter)", lang)
        edge_html = f'\n<div class="legend"><b>{esc(title)}</b>{items}</div>'
    size_items = ""
    for value in size_legend_values([n for n in view.nodes if not n.focus]):
        d = int(round((p.scale.diameter(value) or 1.0) * EM_PX))
        size_items += (
            f'<span><span class="dot" style="width:{d}px;height:{d}px"></span>{esc(legend_number(value))}</span>'
        )
    footer = esc(page_footer(view, exported))
    return _TEMPLATE.format(
        html_lang="en" if lang == "en" else "zh-CN",
        vis_version=VIS_VERSION,
        title=esc(view.title),
        vis_css=css,
        font_family=FONT_FAMILY,
        font_family_json=_script_json(FONT_FAMILY),
        height=esc(height),
        notes=notes,
        group_title=esc(view.group_label),
        group_items=group_items,
        edge_legend=edge_html,
        size_legend=(f'\n<div class="legend"><b>{esc(size_title(view))}</b>{size_items}</div>' if size_items else ""),
        ranking=(
            f'\n<div class="legend"><b>{esc(view.ranking_label)}</b>'
            + "".join(f"<span>{esc(line)}</span>" for line in view.ranking)
            + "</div>"
            if view.ranking
            else ""
        ),
        footer=footer,
        vis_js=_inline_js(),
        nodes=_script_json(vis_nodes),
        edges=_script_json(vis_edges),
        labels=_script_json(_labels(view, p)),
        options=_script_json(options),
        canvas=_script_json([round(W * EM_PX + 2 * EM_PX, 1), round(H * EM_PX + 2 * EM_PX, 1)]),
        centre_y=_script_json(round(-(top + bottom) / 2 * EM_PX, 1)),
        min_scale=MIN_LABEL_PX / EM_PX,
    )


# Ten lines of the page's footer (12 px) on a 1280 px laptop: the titles of 15 plans are named whole
# (session 33); those of the 87 held-out plans had made forty lines between the picture and its page.
PAGE_FOOTER_EM = 640.0


def page_footer(view: View, exported: str | None = None) -> str:
    """The page's footer line: source, export date, privacy note — as the slide's
    (:func:`graph.render.image.slide_footer`), with ten lines of room: a source of more documents than
    fit says how many they are and is cut.

    >>> from reformgraph.views import View
    >>> page_footer(View("t", (), (), lang="zh", source="甲方案; 乙方案"), "2026-12-07")
    '来源：甲方案; 乙方案  ·  导出：2026-12-07  ·  ReformGraph  ·  电话号码已隐藏'
    >>> many = page_footer(View("t", (), (), lang="zh", source="; ".join(["某区某某工作方案的通知"] * 87)), "2026-12-07")
    >>> many[:11], len(many) < 700
    ('来源（87 份文件）：', True)
    """
    from reformgraph.render.image import slide_footer

    return slide_footer(
        view.source, exported, view.lang, contacts_hidden=not view.include_contacts, max_em=PAGE_FOOTER_EM
    )


def _vertical_extent(p: Placement) -> tuple[float, float]:
    """The lowest and highest y (em) of any marker or label drawn."""
    ys = [y - p.diameter[n] / 2 for n, (_, y) in p.pos.items()] + [y + p.diameter[n] / 2 for n, (_, y) in p.pos.items()]
    ys += [b for label in p.labels.values() for b in (label.box[1], label.box[3])]
    return (min(ys), max(ys)) if ys else (0.0, 0.0)


def write_html(view: View, path: str | Path, **kwargs: Any) -> Path:
    """Write :func:`render_html` to ``path`` (UTF-8, atomically); ExportError if it cannot be written."""
    path = Path(path)
    write_text_atomic(path, render_html(view, **kwargs))  # a kill leaves the old file or the new one
    return path
