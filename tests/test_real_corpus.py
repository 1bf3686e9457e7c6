"""The 14 real documents of tests/fixtures/real: each builds and equals its hand-written expected file.

The expected files were written by reading the texts (tests/fixtures/real/SPEC.md and
README.md). A task is compared field by field: its line, the start of its text, its lead and
supporting units in order, and its deadline as written, normalised, and its status. Then
rules that hold for every output: no unit name ends in a role word or starts with a label,
and no deadline comes from anywhere but the task's own text or its deadline field.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from support.expected_files import (
    bad_unit_names,
    compared,
    deadline_outside_its_task,
    document_path,
    documents,
    measures,
)

from reformgraph.loaders.pipeline import BUNDLED_DOCUMENT, build_from_paths
from reformgraph.loaders.read import read_document
from reformgraph.loaders.vocab import ALL_LABELS

REAL = Path(__file__).parent / "fixtures" / "real"
EXPECTED = sorted(REAL.glob("*.expected.json"))


def test_every_corpus_document_has_an_expected_file():
    assert len(documents(REAL)) == 14
    assert [document_path(e) for e in EXPECTED] == documents(REAL)


@pytest.mark.parametrize("expected_path", EXPECTED, ids=lambda p: p.name[:2])
def test_document_equals_its_expected_file(expected_path: Path):
    read, written = compared(expected_path)
    assert read == written


@pytest.fixture(scope="module")
def outputs():
    """Every corpus document and the bundled one, parsed."""
    return [read_document(p) for p in [*(document_path(e) for e in EXPECTED), BUNDLED_DOCUMENT]]


def test_no_unit_name_ends_in_a_role_word_or_starts_with_a_label(outputs):
    assert bad_unit_names(outputs, ALL_LABELS) == []


def test_every_deadline_is_written_with_its_task(outputs):
    """A deadline's words are in the task's text or on the lines of its assignment: never a data-table year."""
    assert [bad for doc in outputs for bad in deadline_outside_its_task(doc)] == []


def test_data_table_and_year_columns_give_no_tasks_or_deadlines():
    """13 附表3 (lines 538-720) is a district data table; 02's per-year columns are milestones."""
    photovoltaic = read_document(REAL / "13-shanghai-transport-photovoltaic-2023.md")
    assert not [m for m in measures(photovoltaic) if m.line >= 538]
    traffic = read_document(REAL / "02-shanghai-traffic-refined-mgmt-2024-2026.md")
    assert not [m for m in measures(traffic) if m.deadline.date]


def test_the_whole_corpus_builds_one_graph():
    result = build_from_paths([str(document_path(e)) for e in EXPECTED])
    kinds = [k for _, k in result.graph.nodes(data="kind")]
    expected_tasks = sum(json.loads(e.read_text(encoding="utf-8"))["count"] for e in EXPECTED)
    assert kinds.count("Document") == 14
    assert kinds.count("Measure") == expected_tasks
    # long and short forms of one body in one document are flagged (01: 经济技术开发区 / 经开区)
    assert ("经开区", "经济技术开发区") in {(a, b) for a, b, _ in result.near_duplicates} | {
        (b, a) for a, b, _ in result.near_duplicates
    }
