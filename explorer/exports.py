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
from functools import cache, partial

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
    problem = cjk_font_problem()
    for col, fmt in zip(cols[1:], ("png", "svg", "pdf")):
        col.download_button(
            t(f"unit.download_{fmt}"),
            partial(_image, view, fmt),
            file_name=f"{stem}.{fmt}",
            mime=MIME[fmt],
            key=f"{key}_{fmt}",
            on_click="ignore",
            disabled=problem is not None,
        )
    if problem:
        st.caption(t("unit.export_failed", error=problem))
