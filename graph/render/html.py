"""A view as ONE self-contained, offline HTML file (vis-network inlined, no external requests).

pyvis's own template loads vis-network, tom-select and Bootstrap from public CDNs
(even with ``cdn_resources="in_line"``, Bootstrap stays remote), so it cannot be
used from a USB stick or an intranet. This module builds the pyvis ``Network``
(nodes, edges, options) and writes it into a small template of its own that
inlines ``vis-network.min.js`` and ``vis-network.css`` from the copy pyvis ships
in its package (``pyvis/lib/vis-9.1.2``; vis-network is dual Apache-2.0/MIT and
the licence header stays in the inlined script). A Content-Security-Policy
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
import json
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from reformgraph.errors import ExportError
from reformgraph.extras import require
from reformgraph.files import write_text_atomic
from reformgraph.render.layout import (
    DEFAULT_SEED,
    group_colours,
    group_label,
    positions,
    scaled_positions,
    size_legend_values,
    size_scale,
)
from reformgraph.views import View

VIS_VERSION = "9.1.2"
PIXELS = 600  # layout [-1, 1] → pixels
NODE_PX = (12.0, 48.0)


@lru_cache(maxsize=1)
def vis_assets() -> tuple[str, str]:
    """(vis-network.min.js, vis-network.css) from the copy shipped inside the pyvis package."""
    pyvis = require("pyvis", "images", "the HTML export")

    lib = Path(pyvis.__file__).resolve().parent / "lib" / f"vis-{VIS_VERSION}"
    try:
        js = (lib / "vis-network.min.js").read_text(encoding="utf-8")
        css = (lib / "vis-network.css").read_text(encoding="utf-8")
    except OSError as exc:
        raise ExportError(
            f"vis-network {VIS_VERSION} not found in the pyvis package ({lib}); reinstall pyvis>=0.3.2"
        ) from exc
    return js, css


def view_to_pyvis(view: View, *, seed: int = DEFAULT_SEED, height: str = "720px") -> Any:
    """A pyvis ``Network`` for ``view``: fixed seeded positions, physics off, plain-text titles.

    Titles are plain text (document text, not HTML): render them with :func:`render_html`, or
    escape them if you use pyvis's own template.
    """
    from pyvis.network import Network

    net = Network(height=height, width="100%", directed=True, cdn_resources="local")
    pos = scaled_positions(positions(view, seed=seed), PIXELS)
    colours = group_colours(view)
    px = size_scale(view.nodes, *NODE_PX, base=14.0)
    for n in view.nodes:
        x, y = pos.get(n.id, (0, 0))
        net.add_node(
            n.id,
            label=n.label,
            title=n.title,
            color=colours.get(n.group, "#999999"),
            size=px[n.id],
            x=x,
            y=y,
            physics=False,
            shape="box" if n.kind == "Group" else "dot",
            borderWidth=4 if n.focus else 1,
            font={"size": 16 if n.focus else 13},
        )
    top = max((e.weight for e in view.edges), default=1.0)
    for e in view.edges:
        width = 1.0 + 5.0 * (e.weight / top) ** 0.5 if top > 1 else 1.5
        net.add_edge(
            e.source,
            e.target,
            title=f"{e.label} ({e.rel})",
            label=e.label if e.weight > 1 else "",
            width=width,
            arrows="to" if e.rel != "COORDINATES" else "",
            color="#9aa5b1",
            font={"size": 10, "color": "#555555"},
        )
    net.set_options(
        json.dumps(
            {
                "physics": {"enabled": False},
                "interaction": {"hover": True, "tooltipDelay": 120, "navigationButtons": False, "keyboard": True},
                "edges": {"smooth": False},
                "nodes": {
                    "font": {"face": "Noto Sans CJK SC, Source Han Sans SC, Microsoft YaHei, PingFang SC, sans-serif"}
                },
            }
        )
    )
    return net


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
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; font-src data:; connect-src 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="ReformGraph (vis-network {vis_version}, inlined)">
<title>{title}</title>
<style>{vis_css}</style>
<style>
body {{ font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif; margin: 0; color: #222; }}
header {{ padding: 10px 16px 0 16px; }}
h1 {{ font-size: 20px; margin: 0 0 4px 0; }}
ul.notes {{ margin: 4px 0; padding-left: 20px; font-size: 13px; color: #7a4b00; }}
#net {{ width: 100%; height: {height}; border-top: 1px solid #ddd; border-bottom: 1px solid #ddd; }}
.legend {{ padding: 6px 16px; font-size: 13px; display: flex; flex-wrap: wrap; gap: 6px 18px; align-items: center; }}
.legend .sw {{ display: inline-block; width: 12px; height: 12px; border-radius: 6px; margin-right: 4px; vertical-align: middle; }}
.legend .dot {{ display: inline-block; border-radius: 50%; background: #bbb; margin-right: 4px; vertical-align: middle; }}
footer {{ padding: 4px 16px 12px 16px; font-size: 12px; color: #666; }}
div.vis-tooltip {{ white-space: pre-wrap; max-width: 420px; font-family: inherit; }}
</style>
</head>
<body>
<header><h1>{title}</h1>{notes}</header>
<div id="net"></div>
<div class="legend"><b>{group_title}</b>{group_items}</div>
<div class="legend"><b>{size_title}</b>{size_items}</div>
<footer>{footer}</footer>
<script>{vis_js}</script>
<script>
(function () {{
  "use strict";
  var nodes = {nodes};
  var edges = {edges};
  var options = {options};
  function tip(text) {{
    var el = document.createElement("div");
    el.textContent = text;
    return el;
  }}
  nodes.forEach(function (n) {{ if (typeof n.title === "string") n.title = tip(n.title); }});
  edges.forEach(function (e) {{ if (typeof e.title === "string") e.title = tip(e.title); }});
  var network = new vis.Network(document.getElementById("net"),
    {{ nodes: new vis.DataSet(nodes), edges: new vis.DataSet(edges) }}, options);
  network.once("afterDrawing", function () {{ document.body.setAttribute("data-rendered", "1"); }});
  window.reformgraphNetwork = network;
}})();
</script>
</body>
</html>
"""


def render_html(view: View, *, seed: int = DEFAULT_SEED, height: str = "720px", exported: str | None = None) -> str:
    """The whole page as one string: title, notes, network, legends, footer; nothing loaded from outside."""
    net = view_to_pyvis(view, seed=seed, height=height)
    js, css = vis_assets()
    esc = html.escape
    notes = ('<ul class="notes">' + "".join(f"<li>{esc(n)}</li>" for n in view.notes) + "</ul>") if view.notes else ""
    colours = group_colours(view)
    group_items = "".join(
        f'<span><span class="sw" style="background:{esc(c)}"></span>{esc(group_label(g))}</span>'
        for g, c in colours.items()
    )
    ref = size_legend_values(view.nodes)
    px = size_scale(view.nodes, *NODE_PX)
    sized = [n for n in view.nodes if n.size is not None]
    size_items = ""
    for value in ref:
        node = min(sized, key=lambda n: abs(n.size - value))
        d = int(round(min(px[node.id], 30)))
        size_items += (
            f'<span><span class="dot" style="width:{d}px;height:{d}px"></span>{esc(format(value, ".3g"))}</span>'
        )
    footer = f"来源 Source: {esc(view.source or '—')} · 导出 Exported: {esc(exported or date.today().isoformat())}"
    footer += " · ReformGraph"
    if not view.include_contacts:
        footer += " · 已隐藏电话号码 phone numbers hidden"
    options = net.options if isinstance(net.options, dict) else json.loads(net.options.to_json())
    return _TEMPLATE.format(
        vis_version=VIS_VERSION,
        title=esc(view.title),
        vis_css=css,
        height=esc(height),
        notes=notes,
        group_title=esc(view.group_label),
        group_items=group_items,
        size_title=esc("大小 size: " + view.size_label),
        size_items=size_items or " —",
        footer=footer,
        vis_js=js.replace("</script", "<\\/script"),
        nodes=_script_json(net.nodes),
        edges=_script_json(net.edges),
        options=_script_json(options),
    )


def write_html(view: View, path: str | Path, **kwargs: Any) -> Path:
    """Write :func:`render_html` to ``path`` (UTF-8, atomically); ExportError if it cannot be written."""
    path = Path(path)
    write_text_atomic(path, render_html(view, **kwargs))  # a kill leaves the old file or the new one
    return path
