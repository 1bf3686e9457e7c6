"""The workplan reader's fast paths of the speed session (issue 15) read exactly as their plain rules.

``classify_title`` tries only the rules with a word that ends in the title's last character
(``citations._RULES_BY_LAST``) instead of every rule in turn: compared with the rules tried in turn on every
word of the rules, on words glued to one another (a later rule's word ending with an earlier rule's: 办法 and 法,
清单 and 单), on seeded random titles with trailing brackets and line breaks, and on the real documents' titles.
``find_districts`` reads no scope that holds none of the characters the district forms end with (区, 县): compared
with the pattern run over every scope on seeded random scopes.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from reformgraph import districts
from reformgraph.loaders import citations
from reformgraph.loaders.citations import TITLE, classify_title
from reformgraph.loaders.read import decode_text

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = ROOT / "data" / "youyang-2022-18-business-environment-reforms.md"
DOCUMENTS = sorted((ROOT / "tests" / "fixtures").glob("*/[0-9][0-9]-*.md")) + [BUNDLED]
_WORDS = [word for _, words in citations._RULES for word in words]


def _plain_classify(title):
    """``classify_title`` as its rule reads: the first rule a word of which ends the title (after its trailing
    brackets and a final line break), else other."""
    core = title.strip("《》")
    while citations._TRAILING_PAREN.search(core):
        core = citations._TRAILING_PAREN.sub("", core)
    if core.endswith("\n"):
        core = core[:-1]
    return next((category for category, words in citations._RULES if core.endswith(words)), "other")


@pytest.mark.parametrize("word", _WORDS)
def test_every_word_of_the_rules_classifies_as_the_rules_in_turn(word):
    for title in (f"《{word}》", f"《关于{word}》", f"《{word}（2021年版）》", f"《{word}\n》", word, f"《{word}》\n"):
        assert classify_title(title) == _plain_classify(title), title


def test_words_glued_to_one_another_classify_as_the_rules_in_turn():
    for a in _WORDS:
        for b in _WORDS:
            assert classify_title(f"《{a}{b}》") == _plain_classify(f"《{a}{b}》"), (a, b)


def test_random_titles_classify_as_the_rules_in_turn():
    rng = random.Random(2103)
    pieces = [*_WORDS, "关于", "重庆", "（", "）", "(", ")", "2021年版", "\n", "》", "《", "", "办", "清", "证"]
    classified = set()
    for _ in range(20000):
        title = "".join(rng.choice(pieces) for _ in range(rng.randrange(6)))
        assert classify_title(title) == _plain_classify(title), title
        classified.add(classify_title(title))
    assert classified == {"law", "regulation", "list", "form", "policy", "other"}


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.stem)
def test_real_documents_titles_classify_as_the_rules_in_turn(path):
    text = decode_text(path.read_bytes())
    for m in TITLE.finditer(text):
        assert classify_title(m.group(0)) == _plain_classify(m.group(0)), m.group(0)


# ---- districts: a scope holding none of the characters the district forms end with names none ------------------


def _plain_districts(text, path=None):
    """``find_districts`` as its rule reads: every form the pattern finds in the text without whitespace."""
    table = districts.load_districts(path)
    return tuple(dict.fromkeys(table[m.group(0)] for m in districts._pattern(path).finditer(re.sub(r"\s+", "", text))))


def test_scopes_find_the_districts_the_pattern_finds():
    rng = random.Random(2104)
    forms = list(districts.load_districts())
    pieces = [*forms, "区", "县", "市", "全市范围", "两江", "新区", " ", "\n", "、", "各区县", "九龙坡", "万州"]
    found = 0
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(8)))
        assert districts.find_districts(text) == _plain_districts(text), text
        found += bool(_plain_districts(text))
    assert found > 2000


def test_a_table_with_an_empty_form_is_never_gated(tmp_path):
    table = tmp_path / "districts.csv"
    table.write_text("name,aliases\n两江新区,\n,\n", encoding="utf-8")
    assert districts._form_ends(str(table)) is None
    assert districts.find_districts("全市范围", str(table)) == _plain_districts("全市范围", str(table))
