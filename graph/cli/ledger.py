"""The ``ledger`` and ``lights`` commands: from "who must do what" to "who is behind".

``ledger export`` writes the 台账 workbook units fill in; ``ledger import`` reads their
copies back onto the plan's measures (graph JSON); ``lights`` says which measures are red,
yellow or green on a day and which units lead the red ones. Rules: docs/progress.md.

Example:
    reformgraph ledger export plan.docx --out 台账.xlsx --by-unit
    reformgraph ledger import plan.docx 台账.xlsx --json graph.json
    reformgraph lights graph.json --as-of 2026-06-30 --unit 发改委
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import date
from pathlib import Path

import click

from reformgraph.cli.common import (
    TABLE_TEXT,
    alias_table_if_readable,
    aliases_option,
    check_input_file,
    emit_json,
    emit_sections,
    format_option,
    guard_output,
    include_collective_option,
    load_inputs,
    resolve_unit_name,
    say,
    shorten,
    top_n_option,
)

#: Matches by text less similar than this are listed for the user to check.
CHECK_BELOW = 90


def rule_options(func: Callable) -> Callable:
    """``--warn-days N`` and ``--stale-days N``: the two numbers of the light rule."""
    func = click.option(
        "--stale-days",
        default=90,
        show_default=True,
        type=click.IntRange(1, 3650),
        help="No deadline: an update this recent is green, up to twice as old yellow, older red.",
    )(func)
    return click.option(
        "--warn-days",
        default=30,
        show_default=True,
        type=click.IntRange(0, 3650),
        help="Yellow when the deadline is this many days away or fewer.",
    )(func)


def _rule(warn_days: int, stale_days: int):
    from reformgraph.lights import LightRule

    return LightRule(warn_days=warn_days, stale_days=stale_days)


def _plan_title(G) -> str:
    titles = [G.nodes[d].get("title") for d in G.graph.get("documents", []) if d in G]
    return titles[0] if len(titles) == 1 and titles[0] else ""


@click.group()
def ledger() -> None:
    """The 台账: export a plan's measures for units to fill in; import their updates.

    Example: reformgraph ledger export plan.docx --out 台账.xlsx
    """


@ledger.command("export")
@click.argument("plan", type=click.Path())
@aliases_option
@click.option("--out", required=True, type=click.Path(), help="The workbook to write (.xlsx).")
@click.option("--by-unit", is_flag=True, help="One sheet per lead unit (a measure with two leads is on both).")
@rule_options
def export_ledger(plan: str, alias_path: str | None, out: str, by_unit: bool, warn_days: int, stale_days: int) -> None:
    """Write the ledger workbook of PLAN (a document, or a graph JSON whose progress pre-fills it).

    Columns 序号 … 校验码; units fill 进展情况, 状态 (a drop-down) and 更新日期; 亮灯 is a
    formula coloured red/yellow/green. A 说明 sheet says how to fill it in.

    Example: reformgraph ledger export plan.docx --out 台账.xlsx --by-unit
    """
    from reformgraph.extras import require
    from reformgraph.progress import ledger_entries
    from reformgraph.render.ledger import write_ledger

    require("openpyxl", "formats", "writing the ledger workbook (.xlsx)")
    guard_output(out, (plan,), option="--out", alias_path=alias_path)
    G = load_inputs((plan,), alias_path).graph
    entries = ledger_entries(G)
    sheets = write_ledger(out, entries, by_unit=by_unit, rule=_rule(warn_days, stale_days), title=_plan_title(G))
    filled = sum(1 for e in entries if e.progress)
    note = f"; progress already reported on {filled}" if filled else ""
    say(f"wrote {out}: {len(entries)} measures on {len(sheets)} sheet(s){note}")


def _read_rows(paths: tuple[str, ...]):
    from reformgraph.jsonio import is_graph_json, read_graph_json
    from reformgraph.loaders.ledger import read_ledger
    from reformgraph.progress import rows_from_graph

    rows = []
    for path in paths:
        if is_graph_json(path):
            rows.extend(rows_from_graph(read_graph_json(path), Path(path).name))
        else:
            rows.extend(read_ledger(path))
    return rows


def _canonical(alias_path: str | None):
    table = alias_table_if_readable(alias_path)
    return None if table is None else lambda name: table.resolve(name).canonical


def _short(text: str, width: int = 30) -> str:
    return shorten(" ".join(text.split()), width)


@ledger.command("import")
@click.argument("plan", type=click.Path())
@click.argument("ledgers", nargs=-1, required=True, type=click.Path())
@aliases_option
@click.option("--json", "json_out", type=click.Path(), default=None, help="Write the graph JSON here.")
@click.option("--strict", is_flag=True, help="Write nothing when any row matches no measure.")
def import_ledger(plan: str, ledgers: tuple[str, ...], alias_path: str | None, json_out: str | None, strict: bool):
    """Put the progress in LEDGERS (filled 台账 .xlsx, or an older graph JSON) on PLAN's measures.

    Rows match by 措施编号 and 校验码, else by text and lead unit; every row that matches
    no measure is listed with its row number. A bad cell stops the import with one line
    naming it, and nothing is written. Without --json, only the report is printed.
    To keep progress across a re-built plan, give the older graph JSON as a ledger.

    Example: reformgraph ledger import plan.docx 台账.xlsx 发改委.xlsx --json graph.json
    """
    from reformgraph.errors import LedgerError
    from reformgraph.jsonio import write_graph_json
    from reformgraph.progress import apply_progress, measure_keys
    from reformgraph.progress_match import choose, match_rows

    guard_output(json_out, (plan, *ledgers), option="--json", alias_path=alias_path)
    for path in ledgers:
        check_input_file(path, "a filled 台账 .xlsx or a graph JSON")
    G = load_inputs((plan,), alias_path).graph
    rows = _read_rows(ledgers)
    matches = match_rows(rows, measure_keys(G), canonical=_canonical(alias_path))
    unmatched = [m for m in matches if m.measure is None]
    if strict and unmatched:
        first = unmatched[0]
        raise LedgerError(
            f"{len(unmatched)} row(s) match no measure (--strict); first: {first.row.where}: {first.note}"
        )
    chosen = choose(matches)
    H = apply_progress(G, {m: c.row for m, c in chosen.items()})
    if json_out is not None:
        write_graph_json(H, json_out)
    how = Counter(m.how for m in matches if m.measure)
    reported = sum(1 for c in chosen.values() if c.row.reports)
    lowest = min((m.score for m in matches if m.how == "text"), default=100)
    say(
        f"read {len(rows)} row(s) from {len(ledgers)} ledger(s): matched {len(matches) - len(unmatched)} "
        f"({how['id']} by 措施编号, {how['check']} by 校验码, {how['text']} by text and lead unit"
        + (f", lowest similarity {lowest}%" if how["text"] else "")
        + f"), not matched {len(unmatched)}; progress on {reported} measure(s)"
    )
    for m in matches:
        if m.how == "text" and m.score < CHECK_BELOW:
            say(f"check: {m.row.where}: matched {m.measure} by similar text ({m.score}%)", err=True)
    for c in chosen.values():
        if c.overruled:
            others = "; ".join(r.where for r in c.overruled)
            say(f"note: {c.measure}: kept {c.row.where} (latest 更新日期), not {others}", err=True)
    for m in unmatched:
        say(f"not matched: {m.row.where}: {m.note} — {_short(m.row.text) or '(no text)'}", err=True)
    if json_out is not None:
        say(f"wrote {json_out}")
    else:
        click.echo("nothing written (give --json OUT to write the graph)")


@click.command()
@click.argument("graph", type=click.Path())
@aliases_option
@click.option("--as-of", "as_of", default=None, help="The day to judge on, YYYY-MM-DD (default: today).")
@click.option("--unit", "unit_name", default=None, help="Only this unit: its lights and the measures it leads.")
@rule_options
@include_collective_option
@format_option
@top_n_option(20)
def lights(graph, alias_path, as_of, unit_name, warn_days, stale_days, include_collective, fmt, top_n):
    """红黄绿 per measure and per lead unit on a day, units ranked by red measures.

    green: reported 已完成, or the deadline is more than --warn-days away; yellow: due
    within --warn-days; red: past the deadline and not done, or reported 已延期. A measure
    without a deadline (长期推进/持续推进) is judged by its last 更新日期 (--stale-days).

    Example: reformgraph lights graph.json --as-of 2026-06-30 --unit 发改委
    """
    from reformgraph.lights import light_totals, measure_lights, unit_lights
    from reformgraph.metrics import parse_date
    from reformgraph.progress import status_word

    G = load_inputs((graph,), alias_path).graph
    day = parse_date(as_of) if as_of else date.today()
    rule = _rule(warn_days, stale_days)
    unit = resolve_unit_name(G, unit_name, alias_path) if unit_name else None
    every = measure_lights(G, day, rule, include_collective=include_collective or unit is not None)
    units = unit_lights(every)
    if unit is not None:
        every = [ml for ml in every if unit in ml.leads]
        units = [u for u in units if u.unit == unit]
    unit_rows = [
        {"unit": u.name, "red": u.red, "yellow": u.yellow, "green": u.green, "total": u.total}
        for u in (units[:top_n] if top_n and unit is None else units)
    ]
    measure_rows = [
        {
            "light": ml.light,
            "reason": ml.reason,
            "id": ml.measure,
            "measure": f"{ml.workplan}#{ml.seq}",
            "due": ml.due or ml.deadline_raw,
            "status": status_word(ml.progress_status),
            "updated": ml.progress_updated,
            "lead": "、".join(ml.lead_names),
            "text": ml.text if fmt != "table" else _short(ml.text, TABLE_TEXT),
        }
        for ml in every
    ]
    totals = light_totals(every)
    head = {"as_of": day.isoformat(), "warn_days": warn_days, "stale_days": stale_days, "totals": totals}
    if fmt == "json":
        emit_json({**head, "units": unit_rows, "measures": measure_rows})
        return
    sections = [("units", unit_rows, f"lead units by red measures on {day.isoformat()}")]
    if unit is not None:
        sections.append(("measures", measure_rows, f"measures led by {G.nodes[unit].get('name', unit)}"))
    shown = {"measures": [k for k in (measure_rows[0] if measure_rows else {}) if k != "id"]} if fmt == "table" else {}
    emit_sections(fmt, sections, columns=shown, empty=True)
    if fmt == "table":
        click.echo(f"{day.isoformat()}: red {totals['red']}, yellow {totals['yellow']}, green {totals['green']}")
