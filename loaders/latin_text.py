"""Whether a text is written in Latin letters rather than in Chinese: a README or a notes file in a folder of plans.

A plan is Chinese prose; its Latin letters are a URL, a front matter's keys, ``5G`` or ``PPP``: in every plan the
project holds, its first 4,096 characters hold at most a quarter as many Latin letters as other characters. A notes
file written in English (``SOURCES.md``, ``README.md``, a fixtures' ``SPEC.md``) holds five times as many or more,
even when it quotes Chinese wordings, and its quotes read as tasks with units such as ``A、B``. So a text whose
sample holds at least ``MIN_LETTERS`` Latin letters and more than ``LETTERS_PER_OTHER`` times as many letters as
other characters is not read as a plan (session 46). Only the sample is looked at, so the test costs the same on
any text.

>>> mostly_latin("Notes on the corpus. " * 30 + "一、（牵头单位：市发展改革委）")
(480, 15)
>>> mostly_latin("一、优化营商环境（牵头单位：市发展改革委；完成时限：2026年6月底前）见 https://www.gov.cn/ 。" * 5) is None
True
"""

from __future__ import annotations

SAMPLE_CHARACTERS = 4096
MIN_LETTERS = 200
LETTERS_PER_OTHER = 3
_NOT_LETTERS = bytes(b for b in range(128) if not (65 <= b <= 90 or 97 <= b <= 122))


def letters_and_others(text: str) -> tuple[int, int]:
    """The Latin letters (A–Z, a–z) and the characters past ASCII (Chinese characters and marks) in ``text``'s
    first ``SAMPLE_CHARACTERS`` characters.

    >>> letters_and_others("Plan 一、任务")
    (4, 4)
    """
    sample = text[:SAMPLE_CHARACTERS]
    ascii_part = sample.encode("ascii", "ignore")
    return len(ascii_part.translate(None, _NOT_LETTERS)), len(sample) - len(ascii_part)


def mostly_latin(text: str) -> tuple[int, int] | None:
    """``letters_and_others(text)`` when ``text`` is mostly Latin letters (a notes file, not a plan: see the
    module's docstring), else None."""
    letters, others = letters_and_others(text)
    return (letters, others) if letters >= MIN_LETTERS and letters > LETTERS_PER_OTHER * others else None
