"""Benchmark: parse time of hostile inputs at sizes n, 2n and 4n, to see which grow faster than their size.

Run: .venv/bin/python benchmarks/bench_hostile.py [N] [--office]   (N: the first size in thousands of units, default 50)
Each input is made in code (no files); each line prints its sizes, CPU times (best of 3) and their ratios:
a ratio near 2 at each doubling is linear, near 4 quadratic. The inputs of round 43 first (each once quadratic:
the times before the fix are in the comment beside it), then the other shapes tried in round 43, all linear.
With ``--office``, .docx files of n paragraphs and of tables of n rows × 30 columns (made with python-docx) are read
by ``read_document`` at n, 2n, 4n, with their peak Python memory (tracemalloc, which makes the CPU about 3 times
slower), and an .xlsx of ten task rows with an empty cell styled at Z1048576 (refused as 27 million cells before
round 43). One run without tracemalloc (round 43, 2 shared cores, peak RSS): paragraphs 5,000/10,000/20,000
0.7/1.0/1.9 s, 53/67/95 MB; tables of 500/1,000/2,000 rows 0.9/1.4/2.7 s, 57/73/107 MB; a PDF of 250/500/1,000
pages (LibreOffice's print of the paragraphs, not made here) 4.1/6.7/14.8 s, 67/81/102 MB.
"""

from __future__ import annotations

import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from reformgraph.errors import DocumentError
from reformgraph.loaders.parse import parse_document
from reformgraph.loaders.vocab import DEADLINE_LABELS, LEAD_LABELS, SUPPORT_LABELS

REPEAT = 3
_LABELS_AND_COLONS = "：".join(LEAD_LABELS + SUPPORT_LABELS + DEADLINE_LABELS)
_PIPE_HEAD = "| 序号 | 重点任务 | 牵头单位 | 完成时限 |\n|---|---|---|---|\n"


def _lines(line: str, count: int) -> str:
    return "\n".join([line] * count)


# name → text of about k thousand characters
HOSTILE = {
    # before round 43 (n = 50: sizes 60, 120, 240 KB): 1.7 s, 6.4 s, 26 s
    "lines of 牵头单位：——": lambda k: _lines("牵头单位：——", k * 150),
    # before: 1.9 s, 7.4 s, over 60 s
    "lines of 牵头：配合：": lambda k: _lines("牵头：配合：", k * 150),
    # before: 3.1 s, 12.5 s, over 60 s
    "one line of labels and colons": lambda k: _LABELS_AND_COLONS * max(1, k),
    # before: 0.75 s, 2.7 s, 11 s
    "lines of 50 nested brackets": lambda k: _lines("（" * 50 + "牵头单位：区财政局" + "）" * 50, k * 1000 // 110),
    # before: 2.6 s, 5.1 s, 11 s (linear, 50 s per MB)
    "one line of nested brackets": lambda k: "（" * (k * 500) + "牵头单位：区财政局" + "）" * (k * 500),
    "one line, no punctuation": lambda k: "改革推进工作" * (k * 1000 // 6),
    "unclosed （牵头单位： lines": lambda k: _lines("1. 推进（牵头单位：区财政局、", k * 1000 // 15),
    "a line of 、": lambda k: "、" * (k * 1000),
    "a field of many units": lambda k: "1. 推进改革。牵头单位：" + "、".join(["区财政局", "区发展改革委"] * (k * 100)),
    "runs of ——": lambda k: _lines("——" * 50, k * 10),
    "a table of many columns": lambda k: "|" + "|".join(["牵头单位"] * (k * 100)) + "|\n|" + "|---" * (k * 100) + "|",
    "empty pipe rows": lambda k: _PIPE_HEAD + _lines("| | | | |", k * 100),
    "lead labels, no colon": lambda k: "".join(LEAD_LABELS) * (k * 1000 // sum(map(len, LEAD_LABELS))),
    "many headings": lambda k: "".join(f"{'一二三四五六七八九十'[i % 10]}、重点任务\n" for i in range(k * 150)),
    "many labelled tasks": lambda k: (
        "一、重点任务\n"
        + "".join(
            f"{i}. 建设平台{i}。（牵头单位：区大数据局；完成时限：2024年{i % 12 + 1}月）\n" for i in range(1, k * 15)
        )
    ),
}


def _parse_or_refuse(text: str) -> None:
    try:
        parse_document(text, path="hostile.md")
    except DocumentError:
        pass


def best_time(text: str) -> float:
    """The best CPU time of ``REPEAT`` parses of ``text``."""
    times = []
    for _ in range(REPEAT):
        t = time.process_time()
        _parse_or_refuse(text)
        times.append(time.process_time() - t)
    return min(times)


def _docx_paragraphs(path: Path, count: int) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("一、重点任务")
    for i in range(1, count + 1):
        document.add_paragraph(f"{i}. 建设平台第{i}项。（牵头单位：区大数据局；完成时限：2024年{i % 12 + 1}月）")
    document.save(path)


def _docx_table(path: Path, rows: int, cols: int = 30) -> None:
    import docx

    document = docx.Document()
    table = document.add_table(rows=rows, cols=cols)
    head = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]
    for r, row in enumerate(table.rows):
        values = head if r == 0 else [str(r), f"推进改革事项{r}", "区财政局", "区税务局", "2024年底"]
        for cell, value in zip(row.cells, values):
            cell.text = value
    document.save(path)


def _xlsx_styled_to_the_end(path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Font

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["序号", "重点任务", "牵头单位", "配合单位", "完成时限"])
    for i in range(1, 11):
        sheet.append([i, f"推进改革事项{i}", "区财政局", "区税务局", "2024年底"])
    sheet["Z1048576"].font = Font(bold=True)
    book.save(path)


def _xlsx_summary_beside_fields(path: Path, rows: int) -> None:
    """A 领域 sheet and a 汇总 sheet of ``rows`` tasks each, 20 characters drawn from 3,000 and the same units and
    deadline in every row: every 汇总 row is looked for among the 领域 rows, reworded (round 60's pairwise check took
    1.8/6.9/25.9 s for 500/1,000/2,000 rows; ``loaders/summary_sheets.py``'s index since session 45)."""
    import random

    import openpyxl

    rnd = random.Random(rows)
    alphabet = [chr(0x4E00 + k) for k in range(3_000)]
    book = openpyxl.Workbook()
    for sheet, title in ((book.active, "领域任务"), (book.create_sheet(), "汇总")):
        sheet.title = title
        sheet.append(["序号", "重点任务", "牵头单位", "配合单位", "完成时限"])
        for i in range(1, rows + 1):
            words = "".join(rnd.choices(alphabet, k=20))
            sheet.append([i, words, "县农业农村局", "县财政局、各乡镇人民政府", "2026年12月底前"])
    book.save(path)


def _read_cost(path: Path) -> tuple[float, float, str]:
    """(CPU seconds, peak MiB traced, what was read) of one ``read_document``."""
    from reformgraph.loaders.read import read_document

    tracemalloc.start()
    t = time.process_time()
    try:
        document = read_document(path)
        read = f"{sum(len(w.measures) for w in document.workplans)} tasks"
    except DocumentError as error:
        read = f"refused: {error}"[:80]
    cpu = time.process_time() - t
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return cpu, peak, read


def office() -> None:
    """The office files at n, 2n, 4n: CPU and peak memory of ``read_document``."""
    with tempfile.TemporaryDirectory() as folder:
        for name, make, sizes in (
            ("docx paragraphs", _docx_paragraphs, (5_000, 10_000, 20_000)),
            ("docx table rows x 30", _docx_table, (500, 1_000, 2_000)),
            ("xlsx 汇总 beside 领域 rows", _xlsx_summary_beside_fields, (500, 1_000, 2_000)),
        ):
            figures = []
            for n in sizes:
                path = Path(folder) / f"{n}.{'xlsx' if name.startswith('xlsx') else 'docx'}"
                make(path, n)
                cpu, peak, read = _read_cost(path)
                figures.append(f"{n}: {cpu:.2f} s {peak:.0f} MiB ({read})")
            print(f"{name:24s} " + "; ".join(figures), flush=True)
        path = Path(folder) / "styled.xlsx"
        _xlsx_styled_to_the_end(path)
        cpu, peak, read = _read_cost(path)
        print(f"{'xlsx styled to row 1M':24s} {cpu:.2f} s {peak:.0f} MiB ({read})")


def main(first: int = 50) -> None:
    print(f"{'input':32s} {'sizes (KB)':>20s} {'CPU (s)':>24s}  ratios")
    for name, make in HOSTILE.items():
        texts = [make(k) for k in (first, 2 * first, 4 * first)]
        times = [best_time(t) for t in texts]
        sizes = "/".join(f"{len(t) // 1000}" for t in texts)
        cpu = "/".join(f"{t:.3f}" for t in times)
        ratios = "/".join(f"{b / a:.1f}" if a > 0 else "-" for a, b in zip(times, times[1:]))
        print(f"{name:32s} {sizes:>20s} {cpu:>24s}  {ratios}", flush=True)


if __name__ == "__main__":
    numbers = [a for a in sys.argv[1:] if a.isdigit()]
    main(int(numbers[0]) if numbers else 50)
    if "--office" in sys.argv:
        office()
