"""A workbook's 汇总 sheet read beside its other sheets (``loaders/summary_sheets.py``, session 45).

The rows of a 汇总 sheet that reword another sheet's task were found by comparing each with every other sheet's task
row (round 60): 25.9 s for 2,000 rows a side. They are found by an index now. These tests hold the index to the
pairwise rule it stands for, on seeded random rows made so that both answers occur often, and read hostile sizes
under a hang guard only (no speed target in a test: ``benchmarks/bench_hostile.py --office`` prints the figures).
"""

from __future__ import annotations

import random

import pytest

from reformgraph.loaders import summary_sheets
from reformgraph.loaders.sheets import document_from_sheets
from reformgraph.loaders.summary_sheets import TASK_TEXT, held_tasks, rewords, task_row, unheld_rows

pytestmark = pytest.mark.timeout(60)

_HEAD = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]
_UNITS = ["县农业农村局", "县财政局", "县水利局", "各乡镇人民政府", "2026年12月底前", "2027年6月底前"]


def _pairwise(rows, held) -> list[bool]:
    """Each row repeated or reworded by the rule itself, pair by pair (round 60's reading)."""
    out = []
    for row in rows:
        this = task_row(row)
        out.append(
            len(this.words) >= TASK_TEXT
            and (this.words in held.words or any(rewords(this, other) for other in held.rows))
        )
    return out


def _random_rows(rnd: random.Random, count: int, alphabet: str) -> list[list[str | None]]:
    rows = []
    for i in range(count):
        words = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(4, 30)))
        units = rnd.sample(_UNITS, rnd.randint(1, 4))
        rows.append([str(i + 1), words, *units])
    return rows


@pytest.mark.parametrize(("seed", "letters"), [(1, 8), (2, 14), (3, 40), (4, 400)])
def test_the_index_finds_what_the_pairwise_rule_finds(seed, letters):
    """Every row's answer is the pairwise rule's, for alphabets small enough that most rows reword another and
    large enough that almost none do; rows of 4 to 30 characters (shorter and longer than each other), one to four
    other cells each (so that the cells are a subset either way, equal, or neither)."""
    rnd = random.Random(seed)
    alphabet = "".join(chr(0x4E00 + k * 7) for k in range(letters))
    held = held_tasks([_random_rows(rnd, 300, alphabet)])
    rows = [_HEAD, *_random_rows(rnd, 300, alphabet)]
    expected = _pairwise(rows, held)
    read = unheld_rows(rows, held)
    assert read.unchecked == 0
    got = [row[0] is None for row in read.rows] if read.rows else [False] * len(rows)
    assert got == (expected if any(expected) else [False] * len(rows))
    if letters <= 14:
        assert sum(expected) > 30  # the rule is met often: the candidates are found, not only the misses
    assert not all(expected[1:])


def test_a_row_reworded_by_a_shorter_row_is_found_through_the_shorter_rows_rarest_characters():
    """The held row is the shorter: its rarest characters, not the summary row's, are the ones looked up."""
    cells = ["县生态环境局", "各乡镇人民政府", "2026年12月底前"]
    held = held_tasks([[["1", "完成农村生活污水治理", *cells]]])
    rows = [_HEAD, ["1", "年内完成全县农村生活污水治理任务", *cells], ["2", "开展村庄清洁行动", *cells]]
    assert [row[0] for row in unheld_rows(rows, held).rows] == ["序号", None, "2"]


def _hostile(rnd: random.Random, count: int) -> list[list[str | None]]:
    """Rows of 20 characters drawn from 3,000 and the same other cells: no row rewords another, and every character
    is shared by many rows (the index's worst ordinary case)."""
    alphabet = [chr(0x4E00 + k) for k in range(3_000)]
    cells = ["县农业农村局", "县财政局、各乡镇人民政府", "2026年12月底前"]
    return [[str(i + 1), "".join(rnd.choices(alphabet, k=20)), *cells] for i in range(count)]


@pytest.mark.parametrize("count", [1_000, 2_000])
def test_two_thousand_rows_a_side_are_read_in_bounded_time(count):
    """2,000 rows a side took 25.9 s pair by pair (session 44); the timeout guards against a hang only."""
    rnd = random.Random(count)
    held = held_tasks([_hostile(rnd, count)])
    read = unheld_rows([_HEAD, *_hostile(rnd, count)], held)
    assert read.unchecked == 0


def test_past_its_work_a_sheet_is_compared_word_for_word_and_the_reading_says_so(monkeypatch):
    """A workbook built so that the index looks at too much is read in bounded time: the rows past ``REWORD_WORK``
    index entries are compared word for word only, and one warning names the sheet and how many rows."""
    rnd = random.Random(5)
    other = _hostile(rnd, 400)
    summary = [_HEAD, *other[:3], *_hostile(rnd, 400)]  # three tasks repeated word for word, the rest new
    read = unheld_rows(summary, held_tasks([other]), work=2_000)
    assert read.unchecked > 100 and read.first_unchecked > 1
    assert [row[0] for row in read.rows[:5]] == ["序号", None, None, None, "1"]

    monkeypatch.setattr(summary_sheets, "REWORD_WORK", 2_000)
    document = document_from_sheets(
        [("领域任务", [_HEAD, *other]), ("汇总", summary)], path="book.xlsx", key="book", sha256=""
    )
    notes = [w for w in document.warnings if w.kind == "reworded_unchecked"]
    assert len(notes) == 1 and dict(notes[0].params) == {"sheet": "汇总", "count": str(read.unchecked)}
    assert notes[0].line == read.first_unchecked
    tasks = sum(len(w.measures) for w in document.workplans)
    assert 700 < tasks <= 400 + 400  # the summary's new rows are read beside the other sheet's (none repeated twice)
