"""One definition of each number: a unit's partners and load are the same on every page, command and export."""

from __future__ import annotations

import csv

import pytest
from click.testing import CliRunner

from reformgraph.cli import cli
from reformgraph.metrics import top_units, unit_load, unit_partners, unit_profile
from reformgraph.render.interchange import unit_rows

HUB = "unit:市市场监管局"


@pytest.fixture(scope="module")
def G(bundled_graph):
    return bundled_graph


def test_the_hub_has_collective_partners_that_are_not_counted(G):
    everyone = unit_partners(G, HUB, include_collective=True)
    assert any(p.category == "collective" for p in everyone), "the check below would prove nothing"


@pytest.mark.parametrize("unit", [HUB, "unit:市贸促会", "unit:市财政局"])
def test_partners_and_load_agree_everywhere(G, unit):
    listed = unit_partners(G, unit)
    ranked = {r.unit: r.load for r in top_units(G, by="load", n=None)}[unit]  # 总览, `top`
    page = unit_load(G, include_collective=True)[unit]  # 单位 page (collective units have pages too)
    profile = unit_profile(G, unit).load  # `reformgraph unit`
    csv_row = next(r for r in unit_rows(G) if r["unit"] == unit)  # units.csv
    assert ranked.partners == page.partners == profile.partners == csv_row["partners"] == len(listed)
    assert ranked.weighted == page.weighted == profile.weighted == csv_row["weighted_load"]


def test_unit_command_and_csv_export_print_the_same_partners(G, tmp_path):
    runner = CliRunner()
    shown = runner.invoke(cli, ["unit", "市市场监管局", "--format", "json"])
    assert shown.exit_code == 0, shown.output
    import json

    data = json.loads(shown.output)
    out = runner.invoke(cli, ["export", "--format", "csv", "--out", str(tmp_path / "t")])
    assert out.exit_code == 0, out.output
    with open(tmp_path / "t" / "units.csv", encoding="utf-8-sig") as fh:
        row = next(r for r in csv.DictReader(fh) if r["unit"] == HUB)
    assert int(row["partners"]) == data["summary"]["partners"] == len(data["partners"]) == len(unit_partners(G, HUB))
