"""One unit's part in two plans, as a picture: measures led and supported per workplan, old beside new.

Drawn with matplotlib in the CJK font of :mod:`graph.fonts`; PNG, SVG or PDF by the file suffix.
"""

from __future__ import annotations

import io
from pathlib import Path

import networkx as nx

from reformgraph.diff import unit_workplan_roles
from reformgraph.errors import ExportError
from reformgraph.extras import require
from reformgraph.files import write_bytes_atomic

MAX_ROWS = 40


def write_unit_diff_image(
    old: nx.MultiDiGraph,
    new: nx.MultiDiGraph,
    unit: str,
    path: str | Path,
    *,
    labels: tuple[str, str] = ("old", "new"),
    dpi: int = 200,
) -> int:
    """Draw ``unit``'s measures per workplan in both plans to ``path``; return the number of workplan rows."""
    matplotlib = require("matplotlib", "images", "drawing the diff image")

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from reformgraph.render.fonts import find_cjk_font, latin_fallback

    fmt = Path(path).suffix.lower().lstrip(".")
    if fmt not in ("png", "svg", "pdf"):
        raise ExportError(f"{path}: the picture must be .png, .svg or .pdf")
    a, b = unit_workplan_roles(old, unit), unit_workplan_roles(new, unit)
    titles = sorted(set(a) | set(b), key=lambda t: (-(sum(b.get(t, (0, 0))) + sum(a.get(t, (0, 0)))), t))
    if not titles:
        raise ExportError(f"{unit} takes part in no measure of either plan")
    shown = titles[:MAX_ROWS]
    font = find_cjk_font()
    fallback = latin_fallback()
    families = [font.family] + ([fallback.family] if fallback else [])
    with plt.rc_context({"font.family": families, "svg.fonttype": "path", "pdf.fonttype": 42}):
        fig, ax = plt.subplots(figsize=(10, 2.4 + 0.42 * len(shown)))
        y = list(range(len(shown)))
        for offset, roles, label, colour in (
            (-0.2, a, labels[0], ("#9aa5b1", "#d5dbe1")),
            (0.2, b, labels[1], ("#1f6feb", "#9ec5fe")),
        ):
            lead = [roles.get(t, (0, 0))[0] for t in shown]
            support = [roles.get(t, (0, 0))[1] for t in shown]
            ax.barh([v + offset for v in y], lead, height=0.38, color=colour[0], label=f"{label}: 牵头 lead")
            ax.barh(
                [v + offset for v in y],
                support,
                left=lead,
                height=0.38,
                color=colour[1],
                label=f"{label}: 配合 support",
            )
        ax.set_yticks(y, [t if len(t) <= 28 else t[:27] + "…" for t in shown])
        ax.invert_yaxis()
        ax.set_xlabel("措施数 measures")
        total_a = sum(sum(v) for v in a.values())
        total_b = sum(sum(v) for v in b.values())
        more = f"（另有 {len(titles) - len(shown)} 个工作方案未显示）" if len(titles) > len(shown) else ""
        ax.set_title(f"{unit}：{labels[0]} {total_a} → {labels[1]} {total_b} 项措施{more}")
        ax.legend(
            loc="upper center",
            bbox_to_anchor=(0.5, -0.18 if len(shown) > 3 else -0.45),
            ncol=4,
            fontsize=8,
            frameon=False,
        )
        ax.set_xlim(0, max(1, ax.get_xlim()[1]) * 1.05)
        ax.xaxis.get_major_locator().set_params(integer=True)
        fig.tight_layout()
        buf = io.BytesIO()
        try:
            fig.savefig(buf, format=fmt, dpi=dpi)
        finally:
            plt.close(fig)
    write_bytes_atomic(path, buf.getvalue())  # a kill leaves the old file or the new one
    return len(shown)
