"""Download buttons for the view on screen: the same exports as ``reformgraph export``.

HTML is the page already drawn (one offline file). PNG/SVG/PDF are drawn by
``graph.image_render`` only when the button is clicked (a callable passed
to ``st.download_button``), so reruns never pay for matplotlib; the HTML is
encoded on click too (an eager download button hashes and stores a copy of
the 0.7 MB page on every rerun of every session). The view
is the one on screen, in its current state (depth, filters, sizes, colours);
phone numbers stay out, as in every export.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Callable
from functools import cache, partial

import networkx as nx
import streamlit as st

from reformgraph.errors import ExportError
from reformgraph.explorer.i18n import t
from reformgraph.view_model import View

MIME = {"png": "image/png", "svg": "image/svg+xml", "pdf": "application/pdf"}


@cache
def cjk_font_problem() -> str | None:
    """None when a CJK font for images is installed, else the one-line reason (asked once per process;
    the warm-up thread of ``explorer/cached.py`` asks first, so no page waits for ``fc-list``).

    Asked of fontconfig first (``fc-list``, milliseconds), so showing the
    download buttons imports neither matplotlib nor fontTools (60 MiB and a
    second on the unit page's first visit); matplotlib's own search, which
    the export uses, answers when fontconfig is missing or lists no CJK family.
    """
    from reformgraph.render.fonts import CJK_FAMILIES, find_cjk_font

    if _fontconfig_families() & set(CJK_FAMILIES):
        return None
    try:
        find_cjk_font()
    except ExportError as exc:
        return str(exc)
    return None


def _fontconfig_families() -> set[str]:
    """Font families fontconfig lists (empty without fontconfig)."""
    try:
        listed = subprocess.run(
            ["fc-list", "--format", "%{family}\\n"], capture_output=True, text=True, timeout=10, check=True
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return set()
    return {name.strip() for line in listed.splitlines() for name in line.split(",")}


def file_stem(text: str) -> str:
    """A safe file name stem from a title (Chinese kept; path and shell characters dropped).

    >>> file_stem("市市场监管局 · 1 度关系 / x")
    '市市场监管局_1_度关系_x'
    """
    stem = re.sub(r"[^\w\u4e00-\u9fff-]+", "_", text).strip("_")
    return stem[:80] or "view"


def _image(view: View, fmt: str) -> bytes:
    from reformgraph.render.image import render_image

    return render_image(view, fmt).data


def download_buttons(view: View, page: str, stem: str, key: str) -> None:
    """HTML, PNG, SVG and PDF download buttons for ``view`` (``page`` is its rendered HTML)."""
    stem = file_stem(stem)
    st.markdown(f"**{t('unit.downloads')}**")
    cols = st.columns(4)
    cols[0].download_button(
        t("unit.download_html"),
        partial(str.encode, page, "utf-8"),
        file_name=f"{stem}.html",
        mime="text/html",
        key=f"{key}_html",
        on_click="ignore",
    )
    image_buttons(cols[1:], partial(_image, view), stem, key)


def image_buttons(cols: list, draw: Callable[[str], bytes], stem: str, key: str) -> None:
    """PNG, SVG and PDF download buttons in ``cols``, each drawing ``draw(fmt)`` only when clicked (disabled,
    with the reason under them, when no CJK font is installed)."""
    problem = cjk_font_problem()
    for col, fmt in zip(cols, ("png", "svg", "pdf")):
        col.download_button(
            t(f"unit.download_{fmt}"),
            partial(draw, fmt),
            file_name=f"{stem}.{fmt}",
            mime=MIME[fmt],
            key=f"{key}_{fmt}",
            on_click="ignore",
            disabled=problem is not None,
        )
    if problem:
        st.caption(t("unit.export_failed", error=problem))


def unit_diff_buttons(old: nx.MultiDiGraph, new: nx.MultiDiGraph, unit: str, labels: tuple[str, str], key: str) -> None:
    """PNG, SVG and PDF of ``unit``'s measures per workplan in both versions, as ``reformgraph diff --unit
    --out`` draws them (``graph.render.diff_image``), in the page's language; drawn when clicked."""
    from reformgraph.explorer.i18n import current_lang

    lang = current_lang()
    image_buttons(
        st.columns(4)[:3],
        partial(_diff_image, old, new, unit, labels, lang),
        file_stem(f"{unit}-{labels[0]}-{labels[1]}"),
        key,
    )


def _diff_image(
    old: nx.MultiDiGraph, new: nx.MultiDiGraph, unit: str, labels: tuple[str, str], lang: str, fmt: str
) -> bytes:
    from reformgraph.render.diff_image import render_unit_diff

    return render_unit_diff(old, new, unit, fmt, labels=labels, lang=lang)[0]
