"""Finding a CJK font for exported images, and proving it covers the label text.

The project relies on the Debian package ``fonts-noto-cjk`` (installed by
``.ci/system-deps.sh``, which ``make test`` and ``make explore`` run). The font
is found through matplotlib's font manager, by family name, so the right face
of the ``.ttc`` collection is used (Noto Sans CJK **SC**, simplified-Chinese
glyph forms; not the collection's first face, which is JP). Other common CJK
families (Source Han Sans, WenQuanYi, Microsoft YaHei, SimHei, PingFang …) are
accepted in a fixed order of preference.

matplotlib caches its font list (``fontlist-v*.json``) and never rescans it: a
font installed after the cache was built is invisible to it. So when no
preferred family is in the list, :func:`find_cjk_font` registers the CJK font
files it can find itself — through fontconfig (``fc-list :lang=zh``) and at the
known paths of Debian/Ubuntu, Fedora, Windows and macOS (:data:`KNOWN_FONT_FILES`)
— with ``FontManager.addfont`` (every face of a collection), and looks again.

Coverage is checked with fontTools against the face's cmap before drawing:
:func:`font_chain` returns the fonts matplotlib will fall back through, and
:func:`uncovered` lists characters none of them can draw. No CJK font at all
raises :class:`reformgraph.errors.ExportError` naming the package to install.

>>> DEBIAN_PACKAGE
'fonts-noto-cjk'
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from reformgraph.errors import ExportError
from reformgraph.extras import require

DEBIAN_PACKAGE = "fonts-noto-cjk"
CJK_FAMILIES = (
    "Noto Sans CJK SC",
    "Noto Sans SC",
    "Source Han Sans SC",
    "Source Han Sans CN",
    "Noto Sans CJK TC",
    "WenQuanYi Zen Hei",
    "WenQuanYi Micro Hei",
    "Microsoft YaHei",
    "PingFang SC",
    "SimHei",
    "Droid Sans Fallback",
    "Noto Sans CJK JP",
)
# Where CJK fonts live when matplotlib's cached font list does not know them (globs; %WINDIR% expanded).
KNOWN_FONT_FILES = (
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",  # Debian/Ubuntu fonts-noto-cjk
    "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",  # Fedora
    "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",  # Arch
    "/usr/share/fonts/opentype/noto/NotoSansCJKsc-Regular.otf",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "%WINDIR%/Fonts/msyh.ttc",  # Microsoft YaHei
    "%WINDIR%/Fonts/msyh.ttf",
    "%WINDIR%/Fonts/simhei.ttf",  # SimHei
    "/System/Library/Fonts/PingFang.ttc",  # macOS
    "/System/Library/AssetsV2/com_apple_MobileAsset_Font*/*/AssetData/PingFang.ttc",
    "/Library/Fonts/Microsoft/SimHei.ttf",
    "~/Library/Fonts/NotoSansCJK*-Regular.*",
    "~/.local/share/fonts/NotoSansCJK*-Regular.*",
    "~/.fonts/NotoSansCJK*-Regular.*",
)
LATIN_FALLBACK = "DejaVu Sans"  # ships with matplotlib: arrows, dashes and symbols CJK fonts may lack
PROBE = "市场监管局"


@dataclass(frozen=True)
class FontFace:
    """One face of a font file: its family name (for matplotlib), file and index in a .ttc."""

    family: str
    path: str
    index: int = 0


def _ttflist():
    require("matplotlib", "images", "finding fonts for images")
    from matplotlib import font_manager

    return font_manager.fontManager.ttflist


def find_cjk_font(preferred: Sequence[str] = CJK_FAMILIES) -> FontFace:
    """The first installed family in ``preferred`` whose regular face has glyphs for Chinese.

    Looks in matplotlib's font list first; when that (possibly stale) list has none, registers
    the CJK font files found on the system (:func:`cjk_font_files`) and looks again.
    Raises ExportError (naming the Debian package) when none is installed.
    """
    face = _first_covering(preferred)
    if face is None and register_cjk_fonts():
        face = _first_covering(preferred)
    if face is not None:
        return face
    raise ExportError(
        "no CJK font found for Chinese labels; install the Debian package "
        f"{DEBIAN_PACKAGE} (apt-get install {DEBIAN_PACKAGE}, or run `make system-deps`)"
    )


_REGISTERED: set[str] = set()


def cjk_font_files() -> list[str]:
    """CJK font files on this machine: fontconfig's answer for Chinese, then the known paths.

    Pure discovery (no matplotlib): the files exist, in order of preference, without repeats.
    """
    found: list[str] = []
    fc_list = shutil.which("fc-list")
    if fc_list:
        try:
            out = subprocess.run(
                [fc_list, ":lang=zh", "file"], capture_output=True, text=True, timeout=20, check=False
            ).stdout
        except (OSError, subprocess.SubprocessError):
            out = ""
        files = sorted({line.split(":", 1)[0].strip() for line in out.splitlines() if line.strip()})
        # Sans before serif, regular before bold: the order find_cjk_font prefers anyway.
        files.sort(key=lambda f: ("serif" in f.lower(), "bold" in f.lower(), f))
        found += files
    windir = os.environ.get("WINDIR", "C:/Windows")
    for pattern in KNOWN_FONT_FILES:
        pattern = os.path.expanduser(pattern.replace("%WINDIR%", windir))
        found += sorted(glob.glob(pattern))
    seen: set[str] = set()
    return [f for f in found if os.path.isfile(f) and not (f in seen or seen.add(f))]


def register_cjk_fonts() -> int:
    """Add every CJK font file found on the system to matplotlib's font manager (once per file).

    Returns how many files were newly registered (0: nothing new to try).
    """
    require("matplotlib", "images", "finding fonts for images")
    from matplotlib import font_manager

    known = {f.fname for f in font_manager.fontManager.ttflist}
    added = 0
    for path in cjk_font_files():
        if path in _REGISTERED or path in known:
            continue
        _REGISTERED.add(path)
        try:
            font_manager.fontManager.addfont(path)
        except (OSError, RuntimeError, ValueError):  # an unreadable file: skip it, try the next
            continue
        added += 1
    return added


def _first_covering(preferred: Sequence[str]) -> FontFace | None:
    entries = _ttflist()
    for family in preferred:
        faces = [f for f in entries if f.name == family]
        if not faces:
            continue
        # Prefer the regular weight, then the lowest weight above it (never pick Bold by accident).
        faces.sort(key=lambda f: (abs(_weight(f.weight) - 400), f.fname, getattr(f, "index", 0)))
        face = FontFace(family, faces[0].fname, int(getattr(faces[0], "index", 0) or 0))
        if not uncovered(PROBE, (face,)):
            return face
    return None


def _weight(w) -> int:
    if isinstance(w, int):
        return w
    return {"normal": 400, "regular": 400, "book": 400, "medium": 500, "bold": 700}.get(str(w).lower(), 400)


def latin_fallback() -> FontFace | None:
    """DejaVu Sans (bundled with matplotlib), used for characters the CJK font lacks."""
    for f in _ttflist():
        if f.name == LATIN_FALLBACK and _weight(f.weight) == 400 and f.style == "normal":
            return FontFace(f.name, f.fname, int(getattr(f, "index", 0) or 0))
    return None


def font_chain(primary: FontFace) -> tuple[FontFace, ...]:
    """The fonts matplotlib falls back through for labels: the CJK face, then DejaVu Sans."""
    fallback = latin_fallback()
    return (primary,) if fallback is None else (primary, fallback)


@lru_cache(maxsize=16)
def cmap(path: str, index: int = 0) -> frozenset[int]:
    """Code points a font face maps to glyphs (read with fontTools; cached)."""
    from fontTools.ttLib import TTCollection, TTFont

    try:
        if path.lower().endswith((".ttc", ".otc")):
            holder = TTCollection(path, lazy=True)
            font = holder.fonts[index]
        else:
            holder = font = TTFont(path, lazy=True, fontNumber=index)
        try:
            table = font.getBestCmap() or {}
        finally:
            holder.close()
    except Exception as exc:  # fontTools raises many types for broken files
        raise ExportError(f"{path}: cannot read the font ({exc})") from exc
    return frozenset(table)


def _drawable(ch: str) -> bool:
    return not (ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp"))


def uncovered(texts: str | Iterable[str], chain: Sequence[FontFace]) -> list[str]:
    """Characters of ``texts`` that no face in ``chain`` has a glyph for (sorted, unique).

    >>> uncovered("abc", ())
    ['a', 'b', 'c']
    """
    if isinstance(texts, str):
        texts = (texts,)
    chars = {ch for t in texts for ch in t if _drawable(ch)}
    maps = [cmap(f.path, f.index) for f in chain]
    return sorted(ch for ch in chars if not any(ord(ch) in m for m in maps))


def coverage_face(ch: str, chain: Sequence[FontFace]) -> FontFace | None:
    """The first face in ``chain`` that has ``ch`` (what matplotlib's fallback will use)."""
    for f in chain:
        if ord(ch) in cmap(f.path, f.index):
            return f
    return None
