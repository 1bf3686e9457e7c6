"""Round 20: the assignment index splits every parenthetical at its labels first, then reads them (issue 15).

``assign.read_insides`` runs ``LABEL.split`` over all the parenthetical texts the index reads (one stage:
the regex's code and pattern stay hot), then reads each from its parts, and does not walk the fields of a
text no label is in. It is compared with the loop it replaced (:func:`_reference_read`: each text read
whole by ``_labelled``, which splits it itself, then ``_unlabelled``) on the real documents, the bundled
one and seeded random texts and documents: the same index (assignments, their order, label first) and the
same fields read into the shared memo.
"""

from __future__ import annotations

import random
import time
from pathlib import Path

import pytest

from reformgraph.loaders import assign, vocab
from reformgraph.loaders import assignments as idx
from reformgraph.loaders.read import decode_text
from reformgraph.loaders.scan import parentheticals
from reformgraph.loaders.source import Source
from tests.test_idx18_regions import _region_text

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = ROOT / "data" / "youyang-2022-18-business-environment-reforms.md"
DOCUMENTS = sorted((ROOT / "tests" / "fixtures").glob("*/[0-9][0-9]-*.md")) + [BUNDLED]


def _reference_read(inners, memo):
    """``read_inside`` of each text in turn, as first written (the split inside ``_labelled``, every text walked)."""
    out = []
    for inner in inners:
        labelled = assign._labelled(inner, 0, len(inner), frozenset(), memo)
        if labelled is not None:
            out.append((labelled[0], labelled[1] == 0))
        else:
            assignment = assign._unlabelled(inner, 0, len(inner))
            out.append(None if assignment is None else (assignment, False))
    return out


def _reference_found(compact):
    """``index_assignments(...).found`` with the old loop, and the fields it read."""
    text = compact.text
    spans, _ = parentheticals(text)
    held = [span for span in spans if span[1] - span[0] >= 4]
    inners = [text[a + 1 : b] for a, b in held]
    read = dict.fromkeys(inners)
    memo: dict = {}
    triggered = [inner for inner in read if idx._TRIGGER.search(inner)]
    read.update(zip(triggered, _reference_read(triggered, memo)))
    # round 26's step after the reading: lists alone in brackets where the plan says brackets hold units
    bare = vocab.bare_unit_role(text, vocab.search_first_listed(text) is not None)
    if bare == vocab.NO_BARE_UNITS:  # round 28: else a list with a deadline after it (tests/test_grammar28.py)
        # round 40: and those with a role word that read as nothing (（市教育局、各区教育部门）: 部门 a name's)
        untriggered = [inner for inner in read if inner not in triggered or read[inner] is None]
        dated = {}
        for inner in untriggered:
            assignment = assign.read_bare_units(inner, "responsible")
            if assignment is not None and assignment.deadline is not None:
                dated[inner] = assignment
        if dated and not any(read[inner] is not None and read[inner][0].units for inner in triggered):
            bare = "responsible"  # and every list, where no bracket names units otherwise
        else:
            read.update((inner, (assignment, False)) for inner, assignment in dated.items())
            # round 39: and a list closing a numbered item's line (tests/test_grammar39.py)
            closing = idx._closing_unit_lists(compact, held, inners, set(untriggered) - dated.keys())
            read.update((inner, (assignment, False)) for inner, assignment in closing.items())
    bare_read = set()
    if bare != vocab.NO_BARE_UNITS:
        for inner in read:  # and a bracket with a role word that read as nothing (round 29: （省教育厅，省有关部门）)
            if (inner not in triggered or read[inner] is None) and (
                assignment := assign.read_bare_units(inner, bare)
            ) is not None:
                read[inner] = (assignment, False)
                bare_read.add(inner)
    found = [
        idx.Found(a, b + 1, known[0], True, known[1], a + 1)
        for (a, b), inner in zip(held, inners)
        if (known := read[inner]) is not None and not (inner in bare_read and idx._closes_a_name(text, a))
    ]  # (a list alone in brackets right after a name is more of the name: the index's rule since round 34)
    idx._partners_after(found, text)  # round 28's steps after the reading (tests/test_grammar28.py)
    idx._deadlines_after(found, held, text)  # round 25's (tests/test_grammar25.py)
    return tuple(found), memo


_UNITS = ["区财政局", "各区政府", "市交通委", "区司法局", "商务部等有关部门"]


def _inner(rng: random.Random) -> str:
    """A parenthetical's text without brackets (round 6's random regions: labels, units, verbs, marks)."""
    return "".join(ch for ch in _region_text(rng) if ch not in "（()）")


def _document(rng: random.Random) -> str:
    """Task lines with parentheticals: repeated ones, nested, unclosed, label-free and label-first."""
    kept: list[str] = []
    lines = []
    for number in range(rng.randrange(1, 30)):
        parts = [f"{number + 1}. 建设平台"]
        for _ in range(rng.randrange(0, 4)):
            inner = rng.choice(kept) if kept and rng.random() < 0.3 else _inner(rng)
            if rng.random() < 0.2:  # no label: units and a role verb (区财政局、各区政府负责)
                inner = "、".join(rng.sample(_UNITS, rng.randrange(1, 4))) + rng.choice(["负责", "牵头", "配合", ""])
            kept.append(inner)
            opener, closer = rng.choice(["（）", "()", "（)", "(）"])
            nested = "（自治县）" if rng.random() < 0.1 else ""
            parts.append(f"{opener}{inner}{nested}{closer}" if rng.random() < 0.95 else f"{opener}{inner}")
            parts.append(rng.choice(["。", "推进", "", "；"]))
        lines.append("".join(parts))
    return "\n".join(lines)


def _check(text: str) -> None:
    source = Source.from_text(text)
    got = idx.index_assignments(source)
    expected, reference_memo = _reference_found(source.text)
    assert got.found == expected
    assert got.starts == tuple(f[0] for f in expected)
    memo: dict = {}
    spans, _ = parentheticals(source.text.text)
    inners = list(dict.fromkeys(source.text.text[a + 1 : b] for a, b in spans if b - a >= 4))
    triggered = [inner for inner in inners if idx._TRIGGER.search(inner)]
    assert assign.read_insides(triggered, memo) == _reference_read(triggered, {})
    # the same fields read, with the same readings (but those of the usual heads' lists of names alone, which
    # ``assign._usual_head`` reads with no memo: session 44)
    assert memo.items() <= reference_memo.items()


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.stem)
def test_the_index_reads_the_documents_as_the_old_loop(path):
    _check(decode_text(path.read_bytes()))


def test_the_index_reads_random_documents_as_the_old_loop():
    label_free = labelled = 0
    for seed in range(400):
        text = _document(random.Random(seed))
        _check(text)
        found, _ = _reference_found(Source.from_text(text).text)
        labelled += sum(f[2].labelled for f in found)  # plain tuples where rewritten
        label_free += sum(not f[2].labelled for f in found)
    assert labelled > 1000 and label_free > 50  # both kinds were met


def test_random_texts_read_as_one_at_a_time():
    """One batch of texts with repeats: the same readings in the same order as one text after another."""
    rng = random.Random(2120)
    texts = [_inner(rng) for _ in range(6000)]
    texts += rng.sample(texts, 500)
    got = assign.read_insides(texts, {})
    assert got == _reference_read(texts, {})
    # both kinds are met (a count of the random mix, not a reading: round 33's units after words read a few more,
    # round 36's progress and moved-deadline labels make more of the mix labels, and round 38's more labels again;
    # round 41's office labels (承办股室, 配合站（所）…) draw more of the mix's labels from unit labels; round 43's
    # 牵头落实 / 配合落实 labels again: 98 label-free readings)
    assert sum(r is None for r in got) > 500 and sum(r is not None and not r[1] for r in got) > 90


def test_a_huge_parenthetical_reads_in_linear_time():
    """200,000 characters of labels in one batch: the split stage stays one regex pass per text."""
    texts = ["牵头单位：区财政局；" * 20000, "完成时限：" + "时限：" * 66000, "区财政局、" * 40000 + "牵头"]
    began = time.process_time()
    got = assign.read_insides(texts, {})
    assert time.process_time() - began < 4
    assert got == _reference_read(texts, {})
