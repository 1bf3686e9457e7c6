"""Finding the CJK font whatever state matplotlib's font cache is in.

matplotlib writes its font list to ``$MPLCONFIGDIR/fontlist-v*.json`` once and never rescans it, so a
font installed after that (``apt-get install fonts-noto-cjk`` after the first ``import matplotlib``)
is invisible to it. The test reproduces that in a fresh config folder: a cache without any CJK face,
then an export in a new process, which must still find the installed font.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest

from reformgraph.render.fonts import CJK_FAMILIES, cjk_font_files


def _run(code: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], env=env, capture_output=True, text=True, timeout=240
    )


def test_a_stale_font_cache_does_not_hide_an_installed_cjk_font(tmp_path):
    files = cjk_font_files()
    if not files:
        pytest.skip("no CJK font file on this machine: install the Debian package fonts-noto-cjk")
    env = {**os.environ, "MPLCONFIGDIR": str(tmp_path / "mpl")}
    # 1. A font cache written as if no CJK font had been installed yet.
    stale = _run(
        f"""
        from matplotlib import font_manager as fm
        cjk = set({list(CJK_FAMILIES)!r})
        fm.fontManager.ttflist = [f for f in fm.fontManager.ttflist if f.name not in cjk and "CJK" not in f.name]
        path = fm.Path(fm.mpl.get_cachedir(), f"fontlist-v{{fm.FontManager.__version__}}.json")
        fm.json_dump(fm.fontManager, path)
        print(path)
        """,
        env,
    )
    assert stale.returncode == 0, stale.stderr
    cache = stale.stdout.strip()
    names = {entry["name"] for entry in json.load(open(cache, encoding="utf-8"))["ttflist"]}
    assert not names & set(CJK_FAMILIES)
    # 2. A new process reads that cache (it is not rebuilt) and still draws Chinese.
    fresh = _run(
        """
        from matplotlib import font_manager as fm
        print(any("CJK" in f.name for f in fm.fontManager.ttflist))
        from reformgraph.render.fonts import find_cjk_font
        from reformgraph.render.image import render_image
        from reformgraph.views import View, ViewNode
        face = find_cjk_font()
        result = render_image(View("市场监管", (ViewNode("a", "市市场监管局", "Unit", "Unit", 1.0, "x"),), ()), "png")
        print(face.family, result.replaced == ())
        """,
        env,
    )
    assert fresh.returncode == 0, fresh.stderr
    was_visible, found = fresh.stdout.strip().splitlines()
    assert was_visible == "False", "the cache was rebuilt, so the test did not reproduce a stale cache"
    family, complete = found.rsplit(" ", 1)
    assert family in CJK_FAMILIES and complete == "True"


def test_known_locations_cover_windows_and_macos():
    from reformgraph.render.fonts import KNOWN_FONT_FILES

    text = " ".join(KNOWN_FONT_FILES)
    for name in ("msyh.ttc", "simhei.ttf", "PingFang.ttc", "NotoSansCJK-Regular.ttc"):
        assert name in text
    assert {"Microsoft YaHei", "SimHei", "PingFang SC"} <= set(CJK_FAMILIES)
