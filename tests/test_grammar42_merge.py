"""Round 42, at the merge: what the helpers' reports saw and left, read where one general rule reads it."""

from __future__ import annotations

from tests.support.readings import plan_units as _units


def test_a_places_party_committees_and_governments_are_one_collective():
    """``各市州党委和人民政府``: the party committees and governments of each city and prefecture, one collective as
    ``各地党委和政府`` is. Before, 人民政府 alone was split off as a unit of its own (round 42, fresh5's report)."""
    plan = "某省方案\n\n1.推进改革。（责任单位：省直有关单位，各市州党委和人民政府）\n\n2.完善机制。（责任单位：各地党委和政府）\n"
    assert _units(plan) == [(["省直有关单位", "各市州党委和人民政府"], []), (["各地党委和政府"], [])]


def test_a_places_own_government_after_a_department_stays_a_unit():
    """人民政府 with its place before it is a unit as before (相关乡镇人民政府, 县人民政府)."""
    plan = (
        "某县方案\n\n1.推进改革。（责任单位：县财政局、相关乡镇人民政府）\n\n2.完善机制。（县人民政府和县财政局负责）\n"
    )
    assert _units(plan) == [(["县财政局", "相关乡镇人民政府"], []), (["县人民政府", "县财政局"], [])]
