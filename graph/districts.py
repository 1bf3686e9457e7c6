"""District names: which districts a text or a unit name mentions.

The list lives in ``data/districts.csv`` (name, aliases) so users can extend it.

>>> find_districts("在两江新区、九龙坡区和永川区先行试点，各区县推广")
('两江新区', '九龙坡区', '永川区')
>>> district_prefix("九龙坡区政府"), district_prefix("市财政局")
('九龙坡区', None)
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache

from reformgraph.regexcache import compiled
from reformgraph.resources import data_path

DEFAULT_DISTRICTS_PATH = data_path("districts.csv")
# how the name of a place of any level ends (某县, 天津市, 滨海新区, 内蒙古自治区, 某盟, 某旗 …): the places before a
# body's name (``unit_forms``), and lists of places that are no units of a task (``loaders.assign``)
PLACE_ENDS = ("市", "县", "区", "省", "州", "旗", "盟", "镇", "乡")


@lru_cache(maxsize=4)
def load_districts(path: str | None = None) -> dict[str, str]:
    """Surface form → canonical district name."""
    table: dict[str, str] = {}
    with open(path or DEFAULT_DISTRICTS_PATH, encoding="utf-8-sig", newline="") as fh:
        rows = csv.DictReader(line for line in fh if not line.startswith("#"))
        for row in rows:
            name = row["name"].strip()
            table[name] = name
            for alias in filter(None, (a.strip() for a in (row.get("aliases") or "").split("|"))):
                table[alias] = name
    return table


@lru_cache(maxsize=4)
def _pattern(path: str | None = None) -> re.Pattern[str]:
    forms = sorted(load_districts(path), key=len, reverse=True)
    return compiled("|".join(map(re.escape, forms)))


@lru_cache(maxsize=4)
def _form_ends(path: str | None = None) -> str | None:
    """The characters the district forms end with (区, 县): a text holding none of them mentions no district. None
    when a form is empty (it would match anywhere).

    >>> sorted(_form_ends())
    ['区', '县']
    """
    forms = load_districts(path)
    return "".join(dict.fromkeys(form[-1] for form in forms)) if all(forms) else None


def find_districts(text: str, path: str | None = None) -> tuple[str, ...]:
    """Canonical districts mentioned in ``text``, in order of first mention."""
    ends = _form_ends(path)
    # a form's last character is in the text when the form is (whitespace aside): most scopes (全市范围) hold neither
    # 区 nor 县, and the pattern of every form is not run over them
    if ends is not None and not any(end in text for end in ends):
        return ()
    table = load_districts(path)
    # the text without its whitespace: ``str.split`` cuts at what ``re``'s ``\s`` matches (Unicode whitespace), and a
    # text of one piece (a compact scope) is itself; a tenth of ``re.sub(r"\s+", "", text)``'s cost (session 46)
    found = (table[m.group(0)] for m in _pattern(path).finditer("".join(text.split())))
    return tuple(dict.fromkeys(found))


def district_prefix(unit_name: str, path: str | None = None) -> str | None:
    """The district a unit name starts with (its seat), or None."""
    m = _pattern(path).match(unit_name)
    return load_districts(path)[m.group(0)] if m else None
