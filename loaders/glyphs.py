"""The characters a PDF's text layer stands for, where its fonts map them to look-alikes (round 37).

>>> as_drawn("8⽉底前")
'8月底前'
"""

from __future__ import annotations

import unicodedata

from reformgraph.regexcache import compiled

# A PDF's fonts may map a character's glyph to a Kangxi radical (⽉ U+2F49 for 月, ⼈ for 人: Chromium's and some
# Word exports' text layers) or to a radical of the supplement (⺠ for 民, ⻓ for 长): read as the characters they
# are drawn for (round 37; before, 2026年8⽉底前 was the year's end and ⼈⺠政府 no unit's name). NFKC maps the Kangxi
# block; the supplement's full characters are listed (its components, 讠 钅, stay as they are).
_SUPPLEMENT = (
    dict(
        zip(
            (0x2EA0, 0x2EC4, 0x2EC5, 0x2EC6, 0x2EC9, 0x2ECB, 0x2ED3, 0x2ED4, 0x2ED8, 0x2ED9, 0x2EDA, 0x2EDB, 0x2EDC),
            "民西见角贝车长门青韦页风飞",
        )
    )
    | dict(
        zip(
            (0x2EDD, 0x2EE2, 0x2EE3, 0x2EE4, 0x2EE5, 0x2EE6, 0x2EE7, 0x2EE8, 0x2EE9, 0x2EEA, 0x2EEC, 0x2EEE),
            "食马骨鬼鱼鸟卤麦黄黾齐齿",
        )
    )
    | {
        0x2EF0: "龙",
        0x2EF3: "龟",
        0x2E9F: "母",
    }
)
# NFKC gives the traditional form where a simplified Chinese font draws the radical as the simplified character (⼾
# is drawn 户 in a Chinese plan's fonts, NFKC 戶: 住户, 户籍; round 38)
_SIMPLIFIED_FONT = {0x2F3E: "户"}
_AS_DRAWN = (
    {cp: unicodedata.normalize("NFKC", chr(cp)) for cp in range(0x2F00, 0x2FD6)} | _SUPPLEMENT | _SIMPLIFIED_FONT
)
_RADICAL = compiled("[\u2e80-\u2fdf]")


def as_drawn(text: str) -> str:
    """``text`` with the radicals a PDF's font mapped its characters to read as those characters.

    >>> as_drawn("2026年8⽉底前，县⼈⺠政府办公室，⻓期坚持"), as_drawn("无"), as_drawn("⼾籍")
    ('2026年8月底前，县人民政府办公室，长期坚持', '无', '户籍')
    """
    return text.translate(_AS_DRAWN) if _RADICAL.search(text) else text
