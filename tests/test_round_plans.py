"""Rounds 40 to 49's plans (docs/loader.md): each reads as the reading written by hand before the parser ran on it.

In each round, helpers each wrote plans of one kind as offices publish them (round 40: prose roles, deadlines, task
tables, the topics of 2023-2026, national and provincial 分工方案, unit names, a fresh set of the commonest kinds;
round 41: a fresh set again, the bottom of the hierarchy, round 40's left-overs, plans written to name bodies in
several ways; round 42: two more fresh sets, published files, 督办/整改 ledgers, round 41's left-overs;
tests/fixtures/round4N/*/), and each plan's expected file by reading it
(tests/fixtures/real/SPEC.md), before running the parser. They are no real documents: they are written in the
manner of real ones, to find what the grammar misses. The comparison is SPEC.md's, task by task, except the
deadline's raw words: the readers chose different spans of a sentence for them (``于今年三季度末前`` against
``今年三季度末前``), while the date and status, which the graph uses, are compared.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.expected_files import compared, deadline_outside_its_task, document_path

from reformgraph.loaders.parse import parse_document
from reformgraph.loaders.read import read_document

FIXTURES = Path(__file__).parent / "fixtures"
EXPECTED = sorted(
    path
    for round_ in (
        "round40",
        "round41",
        "round42",
        "round43",
        "round44",
        "round45",
        "round46",
        "round47",
        "round48",
        "round49",
        "round50",
        "round51",
        "round52",
        "round53",
        "round54",
        "round55",
        "round56",
        "round57",
        "round58",
        "round59",
        "round60",
        "round61",
        "round62",
        "round63",
        "round64",
        "round65",
        "round66",
        "round67",
        "round68",
        "round69",
        "round70",
        "round71",
        "round72",
        "round73",
        "round74",
        "round75",
        "round76",
        "round77",
        "round78",
        "round79",
        "round80",
        "round81",
    )
    for path in (FIXTURES / round_).glob("*/*.expected.json")
)
# Plans the loader does not read exactly yet, as ``round41/fresh/03``: what is left (docs/loader.md, each round's
# "Left")
NOT_YET_READ = {
    "round41/left/07": "各级林业和草原主管部门要… (各级: round 40's choice, no task)",
    "round47/files10/09": "a borderless sheet printed too narrow: a row's number glued to its task, clipped names",
}


def _name(path: Path) -> str:
    return f"{path.parent.parent.name}/{path.parent.name}/{path.name[:2]}"


def _cases():
    for path in EXPECTED:
        name = _name(path)
        reason = NOT_YET_READ.get(name)
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        yield pytest.param(path, marks=marks, id=name)


def _without_raw(rows: list[tuple]) -> list[tuple]:
    return [row[:4] + row[5:] for row in rows]  # (line, text, leads, supports, date, status)


THEMES = {
    "round40": ["dates", "dates2", "fresh", "national", "prose", "prose2", "tables", "tables2", "topics", "units"],
    "round41": [
        "aliases",
        "fresh",
        "fresh2",
        "fresh_b2",
        "fresh_b3",
        "fresh_b4",
        "fresh_b5",
        "fresh_b6",
        "left",
        "left2",
        "places",
        "township",
        "xfails",
    ],
    "round42": ["files3", "files4", "fresh3", "fresh4", "fresh5", "ledgers", "left3", "left4"],
    "round43": ["deadlines3", "files5", "fresh6", "fresh7", "fresh8", "left5", "left6"],
    "round44": ["files7", "fresh10", "fresh9", "left7", "prose3", "tables4"],
    "round45": ["files8", "fresh11", "left8"],
    "round46": ["files9", "fresh12", "left9"],
    "round47": ["files10", "fresh13", "left10"],
    "round48": ["files11", "fresh14", "left11"],
    "round49": ["files12", "left12"],
    "round50": ["files13", "fresh15", "left13"],
    "round51": ["files14", "fresh16", "left14"],
    "round52": ["files15", "fresh17", "left15"],
    "round53": ["fresh18", "left16"],
    "round54": ["files16", "fresh19", "freshfiles3", "left17"],
    "round55": ["files17", "fresh20", "left18"],
    "round56": ["files18", "fresh21", "fresh22", "left19"],
    "round57": ["files19", "files20", "fresh23", "fresh24", "left20", "left21", "left22"],
    "round58": ["files21", "files22", "files23", "fresh25", "fresh26", "fresh27", "left23", "left24", "left25"],
    "round59": ["files24", "fresh28", "fresh29", "left26", "left27"],
    "round60": ["files25", "fresh30", "left28"],
    "round61": ["files26", "files27", "fresh31", "left29"],
    "round62": ["files28", "files29", "fresh32", "fresh33", "left30", "left31"],
    "round63": ["files30", "heldfix25", "heldfix63", "left32"],
    "round64": ["files31", "heldfix64", "left33", "left34"],
    "round65": ["files32", "left35"],
    "round66": ["files33", "left36"],
    "round67": ["files34", "files35", "fresh34", "left37", "left38"],
    "round68": ["fresh35", "heldfix68", "heldfix68b", "left39"],
    "round69": ["heldfix69", "heldfix69b", "left40"],
    "round70": ["fresh36", "heldfix70"],
    "round71": ["left41"],
    "round72": ["fresh72", "left42"],
    "round73": ["fresh73", "ledger73", "left43"],
    "round74": ["fresh74", "left44", "mail74"],
    "round75": ["fresh75", "left45", "mail75", "rows75"],
    "round76": ["fresh76", "left46", "mail76", "provinces76"],
    "round77": ["fresh77", "left47", "provinces77"],
    "round78": ["fresh78", "left48"],
    "round79": ["columns79", "fresh79", "left49"],
    "round80": ["fresh80", "left50"],
    "round81": ["fresh81", "left51"],
}


def test_every_theme_has_its_plans():
    for round_, themes in THEMES.items():
        assert sorted({p.parent.name for p in EXPECTED if p.parent.parent.name == round_}) == themes
    assert len(EXPECTED) >= 195


@pytest.mark.parametrize("expected_path", list(_cases()))
def test_the_plan_reads_as_written_by_hand(expected_path: Path):
    read, written = compared(expected_path)
    assert _without_raw(read) == _without_raw(written)


def test_every_deadline_of_the_plans_is_written_with_its_task():
    # the plans read exactly (a plan not read yet may misplace a date, as tables2/02 does: NOT_YET_READ)
    # and the plans written as text: an office file's lines are its paragraphs and rows, no text to look in (round 44)
    read = [p for p in EXPECTED if _name(p) not in NOT_YET_READ and document_path(p).suffix in (".md", ".txt")]
    outputs = [read_document(document_path(p)) for p in read]
    assert [bad for doc in outputs for bad in deadline_outside_its_task(doc)] == []


def test_a_deadline_field_does_not_run_into_the_signature_after_a_blank_line():
    """The last task's ``完成时限：每季度``, then a blank line and the issuer: before, the raw deadline was
    ``每季度洛阳市人民政府办公室`` (the signature read as the rest of a name cut by a line break)."""
    text = (
        "某市2026年工作要点\n\n1．建立健全企业用工服务机制。\n责任单位：市人社局\n完成时限：每季度\n\n"
        "某市人民政府办公室\n2026年2月16日\n"
    )
    [measure] = [m for w in parse_document(text, path="x.txt").workplans for m in w.measures]
    assert (measure.deadline.raw, measure.deadline.status) == ("每季度", "ongoing")
    assert [u.raw for u in measure.leads] == ["市人社局"]
