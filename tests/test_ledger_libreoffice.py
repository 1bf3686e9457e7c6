"""The ledger in a real spreadsheet program: LibreOffice headless computes the 亮灯 formulas and prints it.

1. The formula in the workbook and ``reformgraph.lights`` agree on every row, on today's
   date, for every branch of the rule (deadlines placed around today, updates of every age).
2. A screenshot: the filled ledger of the bundled plan converted to PDF, then PNG
   (``test-artifacts/ledger-libreoffice.png``), with the three fills of the 亮灯 column drawn.

Skipped, saying which Debian package to install, when LibreOffice (libreoffice-calc-nogui)
or pdftoppm (poppler-utils) is absent.
"""

from __future__ import annotations

import csv
import shutil
import subprocess
from datetime import date, timedelta
from pathlib import Path

import openpyxl
import pytest
from support.ledger import fill_file
from support.office import CALC_MISSING, libreoffice_calc

from reformgraph.lights import LIGHT_WORDS, measure_lights
from reformgraph.loaders.ledger import read_ledger
from reformgraph.metrics.sample import graph_from_measures
from reformgraph.progress import apply_progress, ledger_entries, measure_keys
from reformgraph.progress_match import choose, match_rows
from reformgraph.render.ledger import write_ledger

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts"
SOFFICE = libreoffice_calc()

pytestmark = [
    pytest.mark.timeout(600),
    pytest.mark.skipif(
        SOFFICE is None,
        reason=f"{CALC_MISSING} (then the ledger is checked in it)",
    ),
]


def convert(path: Path, to: str, outdir: Path) -> Path:
    """``soffice --headless --convert-to`` with a private profile (parallel runs do not collide)."""
    profile = outdir / "lo-profile"
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--norestore",
            "--convert-to",
            to,
            "--outdir",
            str(outdir),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    out = outdir / (path.stem + "." + to.split(":")[0])
    assert out.exists(), f"LibreOffice wrote no {out.name}"
    return out


def imported(G, ledger: Path):
    rows = read_ledger(ledger)
    return apply_progress(G, {m: c.row for m, c in choose(match_rows(rows, measure_keys(G))).items()})


def test_the_workbook_formula_and_the_python_rule_agree_on_every_row(tmp_path):
    today = date.today()
    day = lambda n: (today + timedelta(days=n)).isoformat()  # noqa: E731
    deadlines = [-40, -1, 0, 1, 29, 30, 31, 200]
    rows = [("1", "市财政局", "", day(n)) for n in deadlines]  # one untouched, then the same with reports
    rows += [("2", "市财政局", "", day(n)) for n in deadlines]
    rows += [("3", "市税务局", "", None, "ongoing") for _ in range(7)]
    rows += [("4", "市税务局", "", day(-30), "done"), ("4", "市税务局", "", None, None)]
    G = graph_from_measures(rows)
    ledger = tmp_path / "台账.xlsx"
    write_ledger(ledger, ledger_entries(G))
    m = lambda wp, i: f"measure:demo:{wp}:{i}"  # noqa: E731
    reports = {
        m("2", 1): ("已完成", "办结", today),
        m("2", 2): ("已延期", None, today - timedelta(days=3)),
        m("2", 3): ("长期推进", None, today),
        m("2", 4): ("推进中", "开展中", None),
        m("2", 5): ("未启动", None, None),
        m("2", 8): ("已延期", None, None),
        m("3", 1): ("长期推进", None, today - timedelta(days=0)),
        m("3", 2): ("长期推进", None, today - timedelta(days=90)),
        m("3", 3): ("长期推进", None, today - timedelta(days=91)),
        m("3", 4): ("推进中", None, today - timedelta(days=180)),
        m("3", 5): ("推进中", None, today - timedelta(days=181)),
        m("3", 6): ("已完成", None, today - timedelta(days=400)),
        m("4", 1): ("推进中", None, None),  # the plan says done; the unit says otherwise
    }
    fill_file(ledger, reports)
    H = imported(G, ledger)
    expected = {ml.measure: LIGHT_WORDS[ml.light] for ml in measure_lights(H, today)}
    assert len(set(expected.values())) == 3, "the case covers red, yellow and green"
    computed = convert(ledger, "csv:Text - txt - csv (StarCalc):44,34,76,1", tmp_path)
    with computed.open(encoding="utf-8") as fh:
        table = list(csv.DictReader(fh))
    assert date.today() == today, "the day changed during the test; run it again"
    shown = {r["措施编号"]: r["亮灯"] for r in table if r["措施编号"]}
    assert shown == expected


def test_screenshot_of_the_filled_ledger(tmp_path, bundled_graph):
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        pytest.skip("pdftoppm is not installed: apt-get install poppler-utils (it turns the PDF into a PNG)")
    G = bundled_graph
    ledger = tmp_path / "台账.xlsx"
    write_ledger(ledger, ledger_entries(G), title="渝府办发〔2022〕18号 营商环境创新试点改革事项")
    ids = [e.measure for e in ledger_entries(G)][:14]
    today = date.today()
    words = [
        ("已完成", "已出台实施办法，完成系统改造。"),
        ("推进中", "已召开区县座谈会 3 次，正在汇总意见。"),
        ("已延期", "因系统对接推迟，预计下月完成。"),
        ("长期推进", "每月通报推进情况。"),
        ("未启动", None),
    ]
    reports = {mid: (*words[i % len(words)], today - timedelta(days=7 * i)) for i, mid in enumerate(ids)}
    ongoing = next(e.measure for e in ledger_entries(G) if e.due is None and e.plan_status == "ongoing")
    assert ongoing in reports, "the first page shows a measure without a deadline"
    reports[ongoing] = ("长期推进", "每季度开展一次培训，上次为三个多月前。", today - timedelta(days=100))  # yellow
    fill_file(ledger, reports)
    pdf = convert(ledger, "pdf", tmp_path)
    ARTIFACTS.mkdir(exist_ok=True)
    png = ARTIFACTS / "ledger-libreoffice.png"
    subprocess.run(
        [pdftoppm, "-png", "-r", "150", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(png.with_suffix(""))],
        check=True,
        timeout=120,
    )
    assert png.exists() and png.stat().st_size > 50_000
    Image = pytest.importorskip("PIL.Image", reason="Pillow (from the images extra) reads the PNG back")
    with Image.open(png) as im:
        assert im.width > 1000 and im.height > 700
        colours = {c for _, c in im.convert("RGB").getcolors(maxcolors=1 << 20)}
    for hex_colour in ("F8696B", "FFD966", "63BE7B"):  # red, yellow and green 亮灯 fills were drawn
        assert tuple(int(hex_colour[i : i + 2], 16) for i in (0, 2, 4)) in colours, hex_colour
    wb = openpyxl.load_workbook(ledger)
    assert wb.sheetnames == ["台账", "说明"]
