"""One unit's part in two plans, as a slide: measures led and supported per workplan, old beside new.

The same 16:9 frame as every other image (:mod:`graph.render.image`): a title saying what
changed, the bars, a legend beside them (never under the axis, where it was cut off), and a
footer naming both plans and the export date. Workplans are paired as the diff pairs them
(:func:`graph.diff.unit_workplan_roles`), so a renamed workplan is one row; the rows whose numbers
changed come first (the biggest change first) and the title says how many changed. At most
:data:`MAX_ROWS` rows fit a slide with legible names; the title says how many there are in all.
Names are cut so that they stay distinct (:func:`graph.views.distinct_cuts`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import networkx as nx

from reformgraph.diff import unit_workplan_roles
from reformgraph.errors import ExportError
from reformgraph.files import write_bytes_atomic
from reformgraph.view_nodes import bi, colon, distinct_cuts, source_line

MAX_ROWS = 16
ROW_CHARS = 24
LABEL_CHARS = 20  # a version's name in the title (a file's stem), cut past this with "…"
OLD_COLOURS = ("#7f8c99", "#c9d1d9")  # old plan: lead, support (greys)
NEW_COLOURS = ("#1f5fbf", "#9ec0f0")  # new plan: lead, support (blues)


@dataclass(frozen=True)
class DiffImage:
    """What the diff slide shows: workplan rows drawn (of all), labels drawn, overlapping text pairs."""

    rows: int
    total_rows: int
    labels_drawn: int
    overlaps: int
    replaced: tuple[str, ...] = ()
    clipped: int = 0  # texts that run past the slide's edge
    titles: tuple[str, ...] = ()  # the workplan rows drawn, top to bottom (whole titles)
    title: str = ""
    legend: tuple[str, ...] = ()  # the legend's entries: the bars' colours drawn

    def summary(self, path: str | Path) -> str:
        """One line for the terminal."""
        return (
            f"wrote {path} ({self.rows} of {self.total_rows} workplan rows, {self.labels_drawn} labels drawn, "
            f"0 labels hidden, {self.overlaps} overlapping label pairs)"
        )


def render_unit_diff(
    old: nx.MultiDiGraph,
    new: nx.MultiDiGraph,
    unit: str,
    fmt: str = "png",
    *,
    labels: tuple[str, str] = ("old", "new"),
    dpi: int = 200,
    exported: str | None = None,
    lang: str = "both",
) -> tuple[bytes, DiffImage]:
    """The slide's bytes and what it shows. ExportError when ``unit`` is in neither plan."""
    from reformgraph.render.fonts import uncovered
    from reformgraph.render.image import (
        check_format,
        count_clipped,
        count_overlaps,
        draw_frame,
        new_slide,
        save,
        slide_context,
        slide_footer,
    )

    fmt = check_format(fmt, dpi)
    rows = unit_workplan_roles(old, new, unit)
    if not rows:
        raise ExportError(f"{unit} takes part in no measure of either plan")
    # What changed first: rows whose numbers differ (the biggest change first), then the rest as they come.
    changed = sum(1 for _, a, b in rows if a != b)
    rows = sorted(rows, key=lambda r: -(abs(r[1][0] - r[2][0]) + abs(r[1][1] - r[2][1])))
    shown = rows[:MAX_ROWS]
    names = distinct_cuts([t for t, _, _ in shown], ROW_CHARS)
    total_old = sum(sum(a) for _, a, _ in rows)
    total_new = sum(sum(b) for _, _, b in rows)
    # the versions by their names (file stems, cut to fit the line and kept apart); the legend says only 旧版 / 新版,
    # which the title's arrow maps to the names (a stem in the legend ran past the slide's right edge)
    first, second = distinct_cuts(list(labels), LABEL_CHARS)
    title = f"{unit}{colon(lang)}{first} {total_old} → {second} {total_new} " + bi("项举措", "measures", lang)
    if lang == "en":
        title += f", {changed} workplans changed"
    else:  # in both languages the English after the Chinese, with no stray space before its comma
        title += f"，{changed} 个工作方案有变化" + ("" if lang == "zh" else " (workplans changed)")
    if len(rows) > len(shown):
        more = (
            f" (top {len(shown)} of {len(rows)} workplans)" if lang == "en" else f"（前 {len(shown)} / {len(rows)} 个）"
        )
        title += more
    sources = "; ".join(s for s in (source_line(old), source_line(new)) if s) or f"{labels[0]}; {labels[1]}"
    footer = slide_footer(sources, exported, lang, contacts_hidden=False)
    was, now = bi("旧版", "old", lang), bi("新版", "new", lang)
    # only the colours drawn: 市发展改革委's top 16 rows against a revision had no old lead and no new support bar,
    # and the legend named all four
    legend = [
        (version + colon(lang) + bi(*role, lang), colours[part])
        for version, index, colours in ((was, 1, OLD_COLOURS), (now, 2, NEW_COLOURS))
        for part, role in enumerate((("牵头", "lead"), ("配合", "support")))
        if any(row[index][part] for row in shown)
    ]
    xlabel = bi("措施数", "measures", lang)
    with slide_context() as (_, chain):
        missing = set(uncovered([title, footer, xlabel, *names, *(t for t, _ in legend)], chain))

        def clean(text: str) -> str:
            return "".join("?" if ch in missing else ch for ch in text)

        fig = new_slide(dpi=dpi)
        draw_frame(fig, clean(title), clean(footer))
        ax = fig.add_axes((0.27, 0.13, 0.50, 0.75))
        y = list(range(len(shown)))
        for offset, index, colours in ((-0.2, 1, OLD_COLOURS), (0.2, 2, NEW_COLOURS)):
            lead = [row[index][0] for row in shown]
            support = [row[index][1] for row in shown]
            ax.barh([v + offset for v in y], lead, height=0.38, color=colours[0])
            ax.barh([v + offset for v in y], support, left=lead, height=0.38, color=colours[1])
        size = 11 if len(shown) <= 12 else 10
        ax.set_yticks(y, [clean(n) for n in names], fontsize=size)
        ax.set_ylim(len(shown) - 0.5, -0.5)
        ax.set_xlabel(clean(xlabel), fontsize=10)
        ax.set_xlim(0, max(1.0, ax.get_xlim()[1]) * 1.05)
        ax.xaxis.get_major_locator().set_params(integer=True)
        ax.spines[["top", "right"]].set_visible(False)
        from matplotlib.patches import Patch

        fig.legend(
            handles=[Patch(facecolor=c, label=clean(t)) for t, c in legend],
            loc="upper left",
            bbox_to_anchor=(0.79, 0.88),
            fontsize=10,
            frameon=False,
        ).set_in_layout(False)
        overlaps = count_overlaps(fig)
        clipped = count_clipped(fig)
        data = save(fig, fmt, dpi)
    return data, DiffImage(
        len(shown),
        len(rows),
        len(shown),
        overlaps,
        tuple(sorted(missing)),
        clipped,
        tuple(t for t, _, _ in shown),
        title,
        tuple(t for t, _ in legend),
    )


def write_unit_diff_image(
    old: nx.MultiDiGraph,
    new: nx.MultiDiGraph,
    unit: str,
    path: str | Path,
    *,
    labels: tuple[str, str] = ("old", "new"),
    dpi: int = 200,
    lang: str = "both",
) -> DiffImage:
    """Draw ``unit``'s measures per workplan in both plans to ``path`` (.png/.svg/.pdf, written atomically)."""
    fmt = Path(path).suffix.lower().lstrip(".")
    if fmt not in ("png", "svg", "pdf"):
        raise ExportError(f"{path}: the picture must be .png, .svg or .pdf")
    data, drawn = render_unit_diff(old, new, unit, fmt, labels=labels, dpi=dpi, lang=lang)
    write_bytes_atomic(path, data)
    return drawn
