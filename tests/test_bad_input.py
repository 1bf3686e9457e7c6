"""Hostile and careless input to every command (issue 14), as a table of bad-input classes.

Every failing class must end with exactly one line on stderr, ``error: FILE[:LINE|CELL]: what``, no
traceback, exit code 2 when click rejects the command line (option value, unknown option, missing
argument) and 1 for everything else; nothing may be written and every file in the case's folder must
keep its bytes and modification time. The rule and the limits are in docs/robustness.md.

The whole table runs in-process through CliRunner (fast). A real ``python -m reformgraph`` process,
where stderr is what a user sees, runs (``_real_process_cases``):

- every case that would block or never end if its check regressed (a named pipe with every command,
  ``/dev/zero``, a pipe as ``--aliases``): only a process with a timeout can run them safely;
- every class that only a real process can show (``REAL_PROCESS_CLASSES``): inputs that would fill
  memory if read whole (only a process has the address-space limit), nesting deep enough to reach the
  interpreter's own limits, files handed to third-party readers and their C libraries (which can write
  below Python's ``sys.stderr`` or when the process ends), the Neo4j driver's sockets and threads, and
  a process without a terminal;
- the first case of each group (document, graph JSON, usage, value, output, Neo4j): the real entry
  point, exit code and stderr once per way of failing.

Every other class follows a path one of these already took in a real process (the same check, the
same ``error:`` line through the same ``main``), so CliRunner shows all a process would.
``test_every_command_is_in_the_table`` checks that every command, group and listed class still runs
as a real process.
"""

from __future__ import annotations

import hashlib
import json
import os
import socket
import stat
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from reformgraph.cli import COMMANDS, cli
from reformgraph.jsonio import write_graph_json
from reformgraph.loaders.pipeline import build_from_paths
from reformgraph.resources import bundled_document
from tests.test_parse_noise import plan

GOOD_TEXT = plan(
    "1. 开展调研。（牵头单位：市财政局；配合单位：市高法院；完成时限：2022年5月）\n"
    "2. 建立机制。（牵头单位：市司法局；配合单位：市财政局；完成时限：2022年6月）"
)
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
IN = "{IN}"  # the bad input's place in a command line
TIMEOUT = 120  # a hang guard for real processes, not a speed target


# ---- the files a case can use, made fresh in each case's folder ----------------------------------


def _graph(good: dict, change: Callable[[dict], object]) -> bytes:
    data = json.loads(json.dumps(good))
    change(data)
    return json.dumps(data, ensure_ascii=False).encode()


def _unit(data: dict, name: str) -> dict:
    return next(n for n in data["nodes"] if n.get("kind") == "Unit" and n.get("name") == name)


MARKUP = "[/x][link=http://evil.example]点我[/link][bold]"
ESCAPES = "\x1b[31mRED\x1b]8;;http://evil.example\x1b\\\\x\x1b]8;;\x1b\\\r\u202e"


def _renamed(good: dict, old: str, new: str) -> bytes:
    def change(data):
        unit = _unit(data, old)
        unit["name"] = new
        unit["aliases"] = [new]

    return _graph(good, change)


def _file_builders(good: dict) -> dict[str, Callable[[Path], None]]:
    """File name -> function creating it in a folder (bytes, folder, link, pipe …)."""

    def content(data: bytes) -> Callable[[Path], None]:
        return lambda d, name: (d / name).write_bytes(data)

    def without_unit_name(data):
        del _unit(data, "市财政局")["name"]

    def with_dangling_edge(data):
        data["edges"].append({"source": "unit:市财政局", "target": "measure:nowhere", "rel": "LEADS", "key": 0})

    def with_list_id(data):
        data["nodes"][0]["id"] = ["not", "a", "string"]

    builders = {
        "good.md": content(GOOD_TEXT.encode()),
        "good.json": content(json.dumps(good, ensure_ascii=False).encode()),
        "aliases.csv": content("surface,canonical,category\n财政局,市财政局,department\n".encode()),
        "adir": lambda d, name: (d / name).mkdir(),
        "empty.md": content(b""),
        "blank.md": content(" \n\t\n\u3000\n".encode()),
        "binary.md": content(bytes(range(256)) * 20),
        "latin1.md": content("Réforme à mener, état des lieux.\n".encode("latin-1") * 40),
        "utf16.md": content(GOOD_TEXT.encode("utf-16-le")),  # no BOM: with one, UTF-16 is read (round 25)
        "oneline.md": content(("改革任务推进落实" * 500_000).encode()),  # 12 MB, no line break
        "noassign.md": content("# 某市关于印发某方案的通知\n\n这是一段没有任何分工的文字。\n".encode()),
        "toobig.md": lambda d, name: os.truncate(_touch(d / name), 51 * 1024 * 1024),  # sparse: no disk used
        "fifo.md": lambda d, name: os.mkfifo(d / name),
        "loop.md": lambda d, name: os.symlink(name, d / name),
        "dangling.md": lambda d, name: os.symlink("nowhere.md", d / name),
        "old.doc": content(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500)),
        "junk.docx": content(bytes(range(256)) * 8),
        "junk.xlsx": content(b"PK\x03\x04" + bytes(range(256)) * 8),
        "junk.pdf": content(b"%PDF-1.7\n" + bytes(range(256)) * 8),
        "junk.html": content(bytes(range(128, 256)) * 40),
        "nul.csv": content("任务,牵头单位\n".encode() + b"\x00" * 100),
        "bad\nname\x1b[31m.md": content(b"\x00binary"),
        "notjson.json": content(b"{nope"),
        "empty.json": content(b""),
        "array.json": content(b"[1, 2]"),
        "nodesobject.json": content(b'{"directed": true, "multigraph": true, "nodes": {}, "edges": []}'),
        "nonobject.json": _with(good, lambda data: data["nodes"].append(5)),
        "edgenonobject.json": _with(good, lambda data: data["edges"].append("LEADS")),
        "dangling.json": _with(good, with_dangling_edge),
        "noname.json": _with(good, without_unit_name),
        "listid.json": _with(good, with_list_id),
        "unknownkind.json": _with(good, lambda data: data["nodes"][0].update(kind="Spaceship")),
        "schema.json": _with(good, lambda data: data["graph"].update(schema="other/9")),
        "deep.json": content(b"[" * 100_000 + b"]" * 100_000),
        "gbk.json": content(json.dumps(good, ensure_ascii=False).encode("gbk")),
        "markup.json": lambda d, name: (d / name).write_bytes(_renamed(good, "市财政局", MARKUP + "市财政局")),
        "escapes.json": lambda d, name: (d / name).write_bytes(_renamed(good, "市财政局", "市财政局" + ESCAPES)),
        "noheader.csv": content("财政局,市财政局\n".encode()),
    }
    builders["units.csv"] = content("任务,牵头单位\n开展调研,市财政局\n".encode())
    return builders


def _touch(path: Path) -> Path:
    path.touch()
    return path


def _with(good: dict, change: Callable[[dict], object]) -> Callable[[Path, str], None]:
    return lambda d, name: (d / name).write_bytes(_graph(good, change))


LONG_NAME = "a" * 300 + ".md"
NEVER_MADE = {LONG_NAME, "nope.md", "nope.json"}


@pytest.fixture(scope="module")
def builders(tmp_path_factory) -> dict[str, Callable[[Path, str], None]]:
    folder = tmp_path_factory.mktemp("good")
    (folder / "good.md").write_text(GOOD_TEXT, encoding="utf-8")
    write_graph_json(build_from_paths([str(folder / "good.md")]).graph, folder / "good.json")
    return _file_builders(json.loads((folder / "good.json").read_text(encoding="utf-8")))


# ---- the table ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    """One bad-input class on one command line."""

    name: str
    argv: tuple[str, ...]
    files: tuple[str, ...] = ()
    code: int = 1
    expect: str | tuple[str, ...] = ""  # a part (or parts) of the error line (the file it names, what went wrong)
    env: dict[str, str] = field(default_factory=dict)
    links: tuple[tuple[str, str], ...] = ()  # (link, target) made after the files; "hard:" prefix for a hard link
    blocking: bool = False  # a regression would block or fill memory: run only in a bounded real process
    group: str = ""  # document, graph JSON, usage, value, output or neo4j
    command: str = ""  # the command, where argv[0] alone does not say it (ledger export, ledger import …)

    @property
    def id(self) -> str:
        return f"{self.name}/{self.command or self.argv[0]}"


NEO4J_ENV = {"NEO4J_URI": "bolt://127.0.0.1:1", "NEO4J_PASSWORD": "x"}  # port 1: nothing listens

# Every command that reads INPUT, with a place for the bad input; the rest of the line is valid.
INPUT_COMMANDS: dict[str, tuple[str, ...]] = {
    "build": ("build", IN),
    "stats": ("stats", IN),
    "top": ("top", IN),
    "unit": ("unit", IN, "市财政局"),
    "chain": ("chain", IN, "市财政局", "市高法院"),
    "communities": ("communities", IN),
    "deadlines": ("deadlines", IN, "--as-of", "2022-04"),
    "bottlenecks": ("bottlenecks", IN),
    "complexity": ("complexity", IN),
    "export": ("export", IN, "--out", "out.png"),
    "diff": ("diff", "good.md", IN),
    "load": ("load", IN),
    "explore": ("explore", IN, "--headless", "--port", "{PORT}"),
    "lights": ("lights", IN, "--as-of", "2022-04-30"),
    "ledger export": ("ledger", "export", IN, "--out", "ledger.xlsx"),
    "ledger import (plan)": ("ledger", "import", IN, "good.json"),
    "ledger import (ledger)": ("ledger", "import", "good.md", IN, "--json", "merged.json"),
}

# Bad input files: (class, file name, part of the error line). Each runs with every INPUT command.
BAD_FILES: list[tuple[str, str, str]] = [
    ("missing file", "nope.md", "nope.md: no such file"),
    ("missing graph JSON", "nope.json", "nope.json: no such file"),
    ("directory as input", "adir", "adir: is a directory"),
    ("empty file", "empty.md", "empty.md: the file is empty"),
    ("whitespace only", "blank.md", "blank.md: the file is empty"),
    ("binary file", "binary.md", "binary.md: binary file"),
    ("wrong encoding (Latin-1)", "latin1.md", "latin1.md:1: not UTF-8 or GB18030"),
    ("UTF-16 text without its BOM", "utf16.md", "utf16.md: binary file"),
    ("huge single line (12 MB)", "oneline.md", "oneline.md:1: line is 4,000,000 characters long; the limit is 20,000"),
    ("no assignments", "noassign.md", "noassign.md: no recognisable workplans"),
    ("over the size limit (51 MiB)", "toobig.md", "toobig.md: the file has 53,477,376 bytes; the limit is 52,428,800"),
    ("named pipe (would block)", "fifo.md", "fifo.md: not a regular file"),
    ("device (/dev/zero: never ends)", "/dev/zero", "/dev/zero: not a regular file"),
    ("symlink loop", "loop.md", "loop.md: cannot read (Too many levels of symbolic links)"),
    ("dangling symlink", "dangling.md", "dangling.md: no such file"),
    ("name too long", LONG_NAME, "cannot read (File name too long)"),
    ("OLE2 file that is not Word", "old.doc", "old.doc: an old-Office (OLE2) file holding neither a Word document"),
    ("corrupt .docx", "junk.docx", "junk.docx: "),
    ("corrupt .xlsx", "junk.xlsx", "junk.xlsx: "),
    ("corrupt .pdf (library log lines)", "junk.pdf", "junk.pdf: "),
    ("undecodable .html (library log lines)", "junk.html", "junk.html: "),
    ("NUL bytes in .csv", "nul.csv", "nul.csv: "),
    ("newline and escape in the file name", "bad\nname\x1b[31m.md", "bad\\nname\\x1b[31m.md: binary file"),
    ("graph JSON not JSON", "notjson.json", "notjson.json: not valid UTF-8 JSON"),
    ("graph JSON empty", "empty.json", "empty.json: "),
    ("graph JSON not an object", "array.json", "array.json: not a graph JSON file"),
    ("graph JSON nodes not a list", "nodesobject.json", "nodesobject.json: "),
    ("graph JSON non-object node", "nonobject.json", "nonobject.json:nodes["),
    ("graph JSON non-object edge", "edgenonobject.json", "edgenonobject.json:edges["),
    ("graph JSON edge to a missing node", "dangling.json", "dangling.json:edges["),
    ("graph JSON Unit without a name", "noname.json", "noname.json:nodes["),
    ("graph JSON id not a string", "listid.json", "listid.json:nodes["),
    ("graph JSON unknown kind", "unknownkind.json", "unknownkind.json:nodes[0]: "),
    ("graph JSON wrong schema", "schema.json", "schema.json: "),
    ("graph JSON deep nesting", "deep.json", "deep.json: "),
    ("graph JSON not UTF-8 (GBK)", "gbk.json", "gbk.json: "),
]


BLOCKING = {"fifo.md", "/dev/zero"}  # reading them blocks forever or never ends
# /dev/zero meets the same check as the pipe; one command per way of reading inputs is enough for it
DEVICE_COMMANDS = {"build", "explore", "ledger import (ledger)"}


def _input_cases() -> list[Case]:
    cases = []
    for name, filename, expect in BAD_FILES:
        for command, argv in INPUT_COMMANDS.items():
            if filename == "/dev/zero" and command not in DEVICE_COMMANDS:
                continue
            cases.append(
                Case(
                    name,
                    tuple(filename if a == IN else a for a in argv),
                    ("good.md", "good.json", filename),
                    1,
                    # a ledger's content is read by the ledger reader, with its own words
                    expect.split(":")[0] if command == "ledger import (ledger)" else expect,
                    NEO4J_ENV if command == "load" else {},
                    blocking=filename in BLOCKING,
                    group="graph JSON" if filename.endswith(".json") else "document",
                    command=command,
                )
            )
    return cases


def _locked_dir() -> tuple[str, str]:
    """(output path in a folder nobody may write, the reason it is unwritable)."""
    if IS_ROOT:  # root writes anywhere a mode allows: use a folder no file can be created in
        return "/proc/self/out", "/proc/self (root ignores modes)"
    return "locked/out", "a folder with mode 0555"


LOCKED, LOCKED_WHY = _locked_dir()


def _option_cases() -> list[Case]:
    g = ("good.json",)
    usage = [  # click rejects the command line: exit 2, before any file is read
        ("--months 1000000000", ("deadlines", "good.json", "--as-of", "2022-04", "--months", "1000000000"), "--months"),
        ("--months negative", ("deadlines", "good.json", "--as-of", "2022-04", "--months", "-1"), "--months"),
        ("-n negative (top)", ("top", "good.json", "-n", "-1"), "'-n': -1 is not in the range"),
        ("-n negative (stats)", ("stats", "good.json", "-n", "-5"), "'-n'"),
        ("-n negative (bottlenecks)", ("bottlenecks", "good.json", "-n", "-1"), "'-n'"),
        ("-n negative (complexity)", ("complexity", "good.json", "-n", "-1"), "'-n'"),
        ("-n huge", ("top", "good.json", "-n", "99999999999"), "'-n'"),
        ("-n not a number", ("top", "good.json", "-n", "ten"), "'-n'"),
        ("--by unknown", ("top", "good.json", "--by", "nope"), "--by"),
        ("--format unknown", ("stats", "good.json", "--format", "xml"), "--format"),
        ("export --format unknown", ("export", "good.json", "--out", "x.png", "--format", "bmp"), "--format"),
        # click's wording varies by release ("No such option: --nosuch" in 8.2.0, "No such option '--nosuch'." later):
        # its two words and the option, and the hint reformgraph adds (the command's --help)
        ("unknown option", ("top", "good.json", "--nosuch"), ("No such option", "--nosuch", " top --help')")),
        ("unknown command", ("nosuchcommand",), "No such command 'nosuchcommand'"),
        ("missing argument (diff)", ("diff", "good.json"), "Missing argument 'NEW'"),
        ("missing argument (unit)", ("unit",), "Missing argument 'NAME'"),
        ("--resolution nan", ("communities", "good.json", "--resolution", "nan"), "not a finite number"),
        ("--resolution inf", ("communities", "good.json", "--resolution", "inf"), "--resolution"),
        ("--resolution negative", ("communities", "good.json", "--resolution", "-1"), "--resolution"),
        ("--resolution zero", ("communities", "good.json", "--resolution", "0"), "--resolution"),
        ("--seed negative", ("communities", "good.json", "--seed", "-5"), "--seed"),
        ("--layout-seed above 2**32-1", ("export", "good.json", "--out", "x.png", "--seed", str(2**32)), "--seed"),
        ("--depth 9", ("export", "good.json", "--out", "x.png", "--unit", "市财政局", "--depth", "9"), "--depth"),
        ("--max-nodes 1", ("export", "good.json", "--out", "x.png", "--max-nodes", "1"), "--max-nodes"),
        ("--dpi 100000", ("export", "good.json", "--out", "x.png", "--dpi", "100000"), "--dpi"),
        ("--batch 0", ("load", "good.json", "--batch", "0"), "--batch"),
        ("--warn-days negative", ("lights", "good.json", "--warn-days", "-1"), "--warn-days"),
        ("--stale-days 0", ("ledger", "export", "good.json", "--out", "l.xlsx", "--stale-days", "0"), "--stale-days"),
        ("ledger without a subcommand argument", ("ledger", "import", "good.md"), "Missing argument 'LEDGERS...'"),
        ("--port 80", ("explore", "good.json", "--port", "80"), "--port"),
        ("diff --out without --unit", ("diff", "good.json", "good.json", "--out", "d.png"), "give --unit too"),
    ]
    cases = [
        Case(name, argv, ("good.md", "good.json", "adir"), 2, expect, group="usage") for name, argv, expect in usage
    ]
    unknown = "不存在局"
    failing = [  # the command line is fine; what it names is not (free-text values the command checks): exit 1
        ("--as-of year 0000", ("deadlines", *g, "--as-of", "0000-01"), "no such date: '0000-01'"),
        ("--as-of 2022-02-30", ("deadlines", *g, "--as-of", "2022-02-30"), "no such date"),
        ("--as-of not a date", ("deadlines", *g, "--as-of", "31/3/2022"), "expected a date as YYYY-MM"),
        ("lights --as-of year 0000", ("lights", *g, "--as-of", "0000-01"), "no such date"),
        ("lights --as-of not a date", ("lights", *g, "--as-of", "March"), "expected a date as YYYY-MM"),
        ("unknown unit (lights --unit)", ("lights", *g, "--unit", unknown), "unknown unit"),
        ("unknown unit (unit)", ("unit", *g, unknown), "unknown unit '不存在局'"),
        ("unknown unit (chain)", ("chain", *g, "市财政局", unknown), "unknown unit"),
        ("unknown unit (deadlines --unit)", ("deadlines", *g, "--unit", unknown), "unknown unit"),
        ("unknown unit (export --unit)", ("export", *g, "--out", "x.png", "--unit", unknown), "unknown unit"),
        ("unknown unit (diff --unit)", ("diff", *g, *g, "--unit", unknown), "unknown unit"),
        ("unknown unit with a newline", ("unit", *g, "市财\n政局\x1b[2J"), "unknown unit '市财\\n政局\\x1b[2J'"),
        ("empty unit name", ("unit", *g, ""), "unknown unit ''"),
        ("two names where one is expected", ("unit", *g, "市财政局", "市高法院"), "expected one unit name"),
        ("chain from a unit to itself", ("chain", *g, "市财政局", "财政局"), "are the same unit"),
        ("export --chain to itself", ("export", *g, "--out", "x.png", "--chain", "市财政局", "市财政局"), "same unit"),
        ("export --unit with a whole-graph format", ("export", *g, "--out", "x.graphml", "--unit", "市财政局"), ""),
        ("unknown named query", ("query", "nope"), "unknown query 'nope'"),
        ("query parameter of the wrong type", ("query", "top_units", "--param", "n=abc"), "parameter n must be int"),
        ("query parameter without =", ("query", "top_units", "--param", "bad"), "--param expects NAME=VALUE"),
        ("--aliases missing", ("top", "good.md", "--aliases", "nope.csv"), "nope.csv: no such file"),
        ("--aliases a directory", ("top", "good.md", "--aliases", "adir"), "adir: is a directory, expected an alias"),
        ("--aliases binary", ("top", "good.md", "--aliases", "binary.md"), "binary.md: not a readable UTF-8 CSV"),
        ("--aliases without a header", ("top", "good.md", "--aliases", "noheader.csv"), "noheader.csv:1: expected"),
        ("--aliases NUL bytes", ("top", "good.md", "--aliases", "nul.csv"), "nul.csv:1: expected the header"),
    ]
    files = ("good.md", "good.json", "adir", "binary.md", "noheader.csv", "fifo.md", "nul.csv")
    cases += [Case(name, argv, files, 1, expect, group="value") for name, argv, expect in failing]
    pipe = ("top", "good.md", "--aliases", "fifo.md")
    cases.append(
        Case("--aliases a named pipe", pipe, files, 1, "fifo.md: not a regular file", blocking=True, group="value")
    )
    return cases


def _output_cases() -> list[Case]:
    refuse = "refusing to write over an input file"
    rows = [
        ("output inside a file (build)", ("build", "good.md", "--json", "good.md/x.json"), "good.md is a file"),
        ("output inside a file (export)", ("export", "good.md", "--out", "good.md/x.png"), "good.md is a file"),
        (
            "output inside a file (diff)",
            ("diff", "good.md", "good.json", "--unit", "市财政局", "--out", "good.md/d.png"),
            "",
        ),
        (f"unwritable folder: {LOCKED_WHY} (build)", ("build", "good.md", "--json", f"{LOCKED}/g.json"), ""),
        (f"unwritable folder: {LOCKED_WHY} (export)", ("export", "good.md", "--out", f"{LOCKED}/x.png"), ""),
        ("output = input (build x.md --json x.md)", ("build", "good.md", "--json", "good.md"), f"good.md: {refuse}"),
        (
            "output = input (export x.md --out x.md)",
            ("export", "good.md", "--out", "good.md", "--format", "html"),
            refuse,
        ),
        (
            "output = input (export graph JSON as GraphML)",
            ("export", "good.json", "--out", "good.json", "--format", "graphml"),
            refuse,
        ),
        (
            "output = input (diff a b --out a)",
            ("diff", "good.md", "good.json", "--unit", "市财政局", "--out", "good.md"),
            refuse,
        ),
        (
            "output = the other input (diff a b --out b)",
            ("diff", "good.md", "good.json", "--unit", "市财政局", "--out", "good.json"),
            refuse,
        ),
        ("output = input spelled another way", ("build", "good.md", "--json", "adir/../good.md"), refuse),
        ("output a symlink to an input (build)", ("build", "good.json", "--json", "link.json"), refuse),
        (
            "output a symlink to an input (export)",
            ("export", "good.json", "--out", "link.json", "--format", "html"),
            refuse,
        ),
        (
            "output a symlink to an input (diff)",
            ("diff", "good.md", "good.json", "--unit", "市财政局", "--out", "link.json"),
            refuse,
        ),
        ("output a hard link to an input", ("build", "good.md", "--json", "hard.json"), refuse),
        ("output = the alias table", ("build", "good.md", "--aliases", "aliases.csv", "--json", "aliases.csv"), refuse),
        ("export csv over an input table", ("export", "units.csv", "--out", ".", "--format", "csv"), refuse),
        ("export csv into a file", ("export", "good.md", "--out", "good.json", "--format", "csv"), ""),
        ("output an existing folder (build)", ("build", "good.md", "--json", "adir"), "adir: is a directory"),
        (
            "output an existing folder (export png)",
            ("export", "good.md", "--out", "adir", "--format", "png"),
            "is a directory",
        ),
        ("empty output name (build)", ("build", "good.md", "--json", ""), "--json was given an empty file name"),
        ("empty output name (export)", ("export", "good.md", "--out", ""), "--out was given an empty file name"),
        ("unknown output suffix", ("export", "good.md", "--out", "x.xyz"), "unknown export format 'xyz'"),
        ("output = input (ledger export)", ("ledger", "export", "good.json", "--out", "good.json"), refuse),
        (
            "output = a ledger (ledger import --json)",
            ("ledger", "import", "good.md", "good.json", "--json", "good.json"),
            refuse,
        ),
        ("output a symlink to a ledger", ("ledger", "import", "good.md", "good.json", "--json", "link.json"), refuse),
        (
            "output inside a file (ledger export)",
            ("ledger", "export", "good.md", "--out", "good.md/l.xlsx"),
            "is a file",
        ),
        (
            "empty output name (ledger import)",
            ("ledger", "import", "good.md", "good.json", "--json", ""),
            "empty file name",
        ),
        (
            "diff picture with a wrong suffix",
            ("diff", "good.md", "good.json", "--unit", "市财政局", "--out", "d.txt"),
            ".png, .svg or .pdf",
        ),
    ]
    files = ("good.md", "good.json", "adir", "aliases.csv", "units.csv")
    links = (("link.json", "good.json"), ("hard.json", "hard:good.md"))
    cases = [Case(name, argv, files, 1, expect, links=links, group="output") for name, argv, expect in rows]
    bad_day = {"SOURCE_DATE_EPOCH": "yesterday"}  # the export day (graph/stamp.py) is read as the file is drawn
    for fmt in ("png", "html"):
        argv = ("export", "good.json", "--unit", "市财政局", "--out", f"out.{fmt}")
        cases.append(Case(f"SOURCE_DATE_EPOCH malformed ({fmt})", argv, files, 1, "SOURCE_DATE_EPOCH", bad_day, links))
    cases.append(
        Case(
            "SOURCE_DATE_EPOCH malformed (ledger)",
            ("ledger", "export", "good.md", "--out", "l.xlsx"),
            files,
            1,
            "SOURCE_DATE_EPOCH",
            bad_day,
            links,
            command="ledger export",
        )
    )
    return [replace(c, group="output") for c in cases]


def _neo4j_cases() -> list[Case]:
    rows = [
        ("NEO4J_URI unset", {}, "no graph database given"),
        ("NEO4J_URI malformed", {"NEO4J_URI": "not a uri"}, "expected bolt://HOST:PORT"),
        ("NEO4J_URI http scheme", {"NEO4J_URI": "http://127.0.0.1:7474"}, "expected bolt://HOST:PORT"),
        ("NEO4J_URI broken IPv6", {"NEO4J_URI": "bolt://[::1"}, "Invalid IPv6 URL"),
        ("NEO4J_URI port out of range", {"NEO4J_URI": "bolt://127.0.0.1:99999"}, "Port out of range"),
        ("NEO4J_URI unreachable", {"NEO4J_URI": "bolt://127.0.0.1:1"}, "cannot reach the graph database"),
        ("NEO4J_URI unknown host", {"NEO4J_URI": "bolt://nosuchhost.invalid:7687"}, "cannot reach the graph database"),
        (
            "NEO4J_URI with a password in it",
            {"NEO4J_URI": "bolt://neo4j:s3cret@127.0.0.1:1"},
            "holds a user or password",
        ),
    ]
    cases = []
    for name, env, expect in rows:
        env = {"NEO4J_PASSWORD": "x", **env}
        cases.append(Case(name, ("load", "good.json"), ("good.json",), 1, expect, env, group="neo4j"))
        cases.append(Case(name, ("query", "counts"), (), 1, expect, env, group="neo4j"))
    cases.append(
        Case(
            "no password and no terminal",
            ("query", "counts"),
            (),
            1,
            "no password",
            {"NEO4J_URI": "bolt://127.0.0.1:1"},
            group="neo4j",
        )
    )
    return cases


CASES = _input_cases() + _option_cases() + _output_cases() + _neo4j_cases()
CLASSES = sorted({c.name for c in CASES})


# ---- running a case -----------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _prepare(case: Case, folder: Path, builders) -> tuple[str, ...]:
    if not IS_ROOT and LOCKED.startswith("locked"):
        (folder / "locked").mkdir()
        (folder / "locked").chmod(0o555)
    for name in case.files:
        if name in NEVER_MADE or name.startswith("/"):
            continue
        builders[name](folder, name)
    for link, target in case.links:
        if target.startswith("hard:"):
            os.link(folder / target[5:], folder / link)
        else:
            os.symlink(target, folder / link)
    port = str(_free_port())
    return tuple(a.replace("{PORT}", port) for a in case.argv)


def snapshot(folder: Path) -> dict[str, tuple]:
    """Every entry under ``folder``: kind, bytes' hash and modification time (links and pipes not followed)."""
    out = {}
    for root, dirs, files in os.walk(folder):
        for name in dirs + files:
            path = Path(root) / name
            st = path.lstat()
            if stat.S_ISREG(st.st_mode):
                with path.open("rb") as fh:
                    digest = hashlib.file_digest(fh, "sha256").hexdigest()
                out[str(path.relative_to(folder))] = ("file", digest, st.st_mtime_ns, st.st_size)
            elif stat.S_ISLNK(st.st_mode):
                out[str(path.relative_to(folder))] = ("link", os.readlink(path))
            else:
                out[str(path.relative_to(folder))] = (stat.S_IFMT(st.st_mode), st.st_mtime_ns)
    return out


def check_failure(case: Case, code: int, stdout: str, stderr: str, before: dict, after: dict) -> None:
    lines = stderr.splitlines()
    assert len(lines) == 1, f"expected one line on stderr, got {len(lines)}:\n{stderr[-3000:]}"
    line = lines[0]
    assert line.startswith("error: "), line
    assert "Traceback (most recent call last)" not in stderr and "internal error" not in line, line
    for part in (case.expect,) if isinstance(case.expect, str) else case.expect:
        assert part in line, f"{part!r} not in {line!r}"
    assert code == case.code, f"exit {code}, expected {case.code}: {line}"
    assert stdout == "", f"nothing on stdout when failing, got {stdout[:300]!r}"
    assert after == before, "a file was written, changed or removed: " + ", ".join(
        sorted(k for k in set(before) | set(after) if before.get(k) != after.get(k))
    )


@pytest.fixture()
def run_in(tmp_path, monkeypatch, builders):
    """Run a case in a fresh folder through CliRunner; returns (exit code, stdout, stderr, before, after)."""
    import reformgraph.cli.explore as explore_module

    def never_start(*args, **kwargs):
        raise AssertionError("the explorer's server was started for a bad input")

    monkeypatch.setattr(explore_module.subprocess, "call", never_start)
    monkeypatch.chdir(tmp_path)
    for var in ("NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_DATABASE", "REFORMGRAPH_DEBUG"):
        monkeypatch.delenv(var, raising=False)

    def run(case: Case):
        argv = _prepare(case, tmp_path, builders)
        before = snapshot(tmp_path)
        result = CliRunner().invoke(cli, list(argv), env=case.env, catch_exceptions=False)
        return result.exit_code, result.stdout, result.stderr, before, snapshot(tmp_path)

    return run


@pytest.mark.timeout(60)  # a hang guard (pytest-timeout), not a speed target
@pytest.mark.parametrize("case", [c for c in CASES if not c.blocking], ids=lambda c: c.id)
def test_bad_input_is_one_line_and_writes_nothing(case, run_in):
    check_failure(case, *run_in(case))


# Classes only a real process can show (the rule is in the module docstring); each runs once, with its first command.
REAL_PROCESS_CLASSES = {
    # read whole, they would fill memory: only a real process runs under the address-space limit
    "huge single line (12 MB)",
    "over the size limit (51 MiB)",
    # deep enough to reach the interpreter's own recursion and stack limits
    "graph JSON deep nesting",
    # third-party readers and their C libraries, which can write below sys.stderr or at exit
    "OLE2 file that is not Word",
    "corrupt .docx",
    "corrupt .xlsx",
    "corrupt .pdf (library log lines)",
    "undecodable .html (library log lines)",
    "NUL bytes in .csv",
    # the Neo4j driver's sockets, threads and shutdown
    "NEO4J_URI unreachable",
    "NEO4J_URI unknown host",
    # a process with no terminal to prompt on
    "no password and no terminal",
}


def _real_process_cases() -> list[Case]:
    """Every blocking case, the first case of each REAL_PROCESS_CLASSES class and of each group."""
    chosen: list[Case] = []
    groups: set[str] = set()
    classes: set[str] = set()
    for case in CASES:
        first_real_class = case.name in REAL_PROCESS_CLASSES and case.name not in classes
        if case.blocking or first_real_class or case.group not in groups:
            chosen.append(case)
        groups.add(case.group)
        classes.add(case.name)
    return chosen


MEMORY_LIMIT = 2 * 1024**3  # address space of a real process under test: a runaway read fails, not the machine


def _bounded() -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def run_process(argv, cwd, env=None, **kwargs) -> subprocess.CompletedProcess:
    base = {k: v for k, v in os.environ.items() if not k.startswith(("NEO4J_", "REFORMGRAPH_"))}
    return subprocess.run(
        [sys.executable, "-m", "reformgraph", *argv],
        cwd=cwd,
        env={**base, **(env or {})},
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        stdin=subprocess.DEVNULL,
        preexec_fn=_bounded,
        **kwargs,
    )


@pytest.mark.parametrize("case", _real_process_cases(), ids=lambda c: c.id)
def test_bad_input_in_a_real_process(case, tmp_path, builders):
    """What a user sees: the real stderr (tracebacks, library log lines, warnings).

    Inputs that block or never end (a pipe, /dev/zero) run here for every command, with a timeout and a
    memory limit, and never in-process; which other cases run here is the module docstring's rule.
    """
    argv = _prepare(case, tmp_path, builders)
    before = snapshot(tmp_path)
    out = run_process(argv, tmp_path, case.env)
    check_failure(case, out.returncode, out.stdout, out.stderr, before, snapshot(tmp_path))


def test_every_command_is_in_the_table():
    used = {c.argv[0] for c in CASES} | {" ".join(c.argv[:2]) for c in CASES}
    commands = {name for name in COMMANDS if not isinstance(cli.get_command(None, name), click.Group)}
    groups = {name: cli.get_command(None, name) for name in set(COMMANDS) - commands}
    commands |= {f"{name} {sub}" for name, group in groups.items() for sub in group.commands}
    assert commands <= used, commands - used
    assert len(CLASSES) >= 60, len(CLASSES)
    assert len({c.id for c in CASES}) == len(CASES), "two cases share an id"
    real = _real_process_cases()
    in_real = {c.argv[0] for c in real} | {" ".join(c.argv[:2]) for c in real}
    assert commands <= in_real, f"commands never run as a real process: {commands - in_real}"
    assert {c.group for c in real} == {c.group for c in CASES} and "" not in {c.group for c in CASES}
    assert REAL_PROCESS_CLASSES <= {c.name for c in real}, REAL_PROCESS_CLASSES - {c.name for c in real}


# ---- markup and terminal escapes in documents: printed as text ---------------------------------


MARKUP_COMMANDS = [
    ("top", "markup.json"),
    ("stats", "markup.json"),
    ("unit", "markup.json", "财政局"),
    ("chain", "markup.json", "财政局", "市高法院"),
    ("communities", "markup.json"),
    ("bottlenecks", "markup.json"),
    ("deadlines", "markup.json"),
    ("deadlines", "markup.json", "--as-of", "2022-06"),
    ("diff", "good.json", "markup.json"),
]


@pytest.mark.parametrize("argv", MARKUP_COMMANDS, ids=lambda a: " ".join(a[:1] + a[2:]))
def test_rich_markup_in_a_unit_name_is_printed_as_text(argv, tmp_path, builders, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for name in ("good.json", "markup.json"):
        builders[name](tmp_path, name)
    result = CliRunner().invoke(cli, [*argv, "--format", "table"] if argv[0] != "diff" else [*argv, "--unit", "财政局"])
    assert result.exit_code == 0, result.output
    assert MARKUP in result.stdout  # every bracket kept, nothing interpreted or dropped


def test_markup_and_hyperlinks_stay_text_on_a_colour_terminal(tmp_path, builders):
    builders["markup.json"](tmp_path, "markup.json")
    out = run_process(["top", "markup.json"], tmp_path, {"FORCE_COLOR": "1", "TTY_COMPATIBLE": "1", "COLUMNS": "300"})
    assert out.returncode == 0, out.stderr
    assert "\x1b]8;" not in out.stdout  # no OSC 8 hyperlink was made from [link=…]
    assert "[link=http://evil.example]" in out.stdout


@pytest.mark.parametrize(
    "argv",
    [("top", "escapes.json"), ("unit", "escapes.json", "财政局"), ("chain", "escapes.json", "财政局", "市高法院")],
    ids=lambda a: a[0],
)
def test_terminal_escapes_in_names_are_shown_not_obeyed(argv, tmp_path, builders):
    builders["escapes.json"](tmp_path, "escapes.json")
    out = run_process(list(argv), tmp_path, {"FORCE_COLOR": "1", "COLUMNS": "300"})
    assert out.returncode == 0, out.stderr
    assert "\x1b[31mRED" not in out.stdout and "\x1b]8;;http" not in out.stdout and "\u202e" not in out.stdout
    assert "\\x1b[31mRED" in out.stdout and "\\r" in out.stdout and "\\u202e" in out.stdout


def test_markup_in_a_document_title_and_measure_is_printed_as_text(tmp_path):
    doc = tmp_path / "plan.md"
    doc.write_text(GOOD_TEXT.replace("开展调研", "开展[/x][link=http://evil.example]调研[/link]"), encoding="utf-8")
    result = CliRunner().invoke(cli, ["deadlines", str(doc), "--as-of", "2022-06-30", "--format", "table"])
    assert result.exit_code == 0, result.output
    assert "[/x][link=http://evil.example]" in result.stdout


# ---- edge values that are valid: they must work --------------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        ("deadlines", "good.json", "--as-of", "9999-12"),
        ("deadlines", "good.json", "--as-of", "9999-12-31", "--months", "1200"),
        ("deadlines", "good.json", "--as-of", "0001-01", "--months", "1200"),
        ("deadlines", "good.json", "--as-of", "2022-04", "--months", "0"),
        ("top", "good.json", "-n", "0"),
        ("communities", "good.json", "--resolution", "1000", "--seed", str(2**32 - 1)),
        ("communities", "good.json", "--resolution", "1e-9", "--seed", "0"),
    ],
    ids=lambda a: " ".join(a[2:]),
)
def test_extreme_but_valid_values_work(argv, tmp_path, builders, monkeypatch):
    monkeypatch.chdir(tmp_path)
    builders["good.json"](tmp_path, "good.json")
    result = CliRunner().invoke(cli, list(argv), catch_exceptions=False)
    assert result.exit_code == 0 and result.stderr == "", result.output


def test_output_over_the_bundled_document_is_refused(tmp_path, monkeypatch):
    """With no INPUT the bundled document is the input: an export must not write over it.

    The bundled document is copied and the copy stands in for it, so a regression cannot destroy the
    packaged file.
    """
    import reformgraph.resources

    copy = tmp_path / bundled_document().name
    copy.write_bytes(bundled_document().read_bytes())
    monkeypatch.setattr(reformgraph.resources, "bundled_document", lambda: copy)
    before = snapshot(tmp_path)
    result = CliRunner().invoke(cli, ["export", "--out", str(copy), "--format", "html"])
    assert result.exit_code == 1
    assert result.stderr == f"error: {copy}: refusing to write over an input file\n"
    assert snapshot(tmp_path) == before


def test_a_sub_variant_without_its_item_still_writes_a_valid_graph(tmp_path):
    """A table of contents listing 2.1 but not 2 once made `build` write an invalid graph JSON, then crash."""
    doc = tmp_path / "plan.md"
    text = GOOD_TEXT.replace("2. 第二项改革事项\n工作方案..... ( 5 )\n", "")
    assert text != GOOD_TEXT
    doc.write_text(text, encoding="utf-8")
    out = tmp_path / "g.json"
    result = CliRunner().invoke(cli, ["build", str(doc), "--json", str(out)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    stats = CliRunner().invoke(cli, ["stats", str(out), "--format", "json"], catch_exceptions=False)
    assert stats.exit_code == 0, stats.output  # it reads back: every edge ends at a node of a known kind
    counts = {r["what"]: r["count"] for r in json.loads(stats.stdout)["counts"]}
    assert counts["Workplan"] == 3 and counts["PART_OF"] >= counts["Workplan"] + counts["Measure"]


# ---- the last resort, interrupts, closed pipes, busy ports ---------------------------------------


def test_an_unexpected_exception_is_one_line_asking_for_a_report(monkeypatch, tmp_path, builders):
    """Unit test of the catch-all: a bug anywhere below is one line naming the exception, never a traceback."""
    import reformgraph.cli.metrics as metrics_module

    def broken(*args, **kwargs):
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(metrics_module, "_graph", broken)
    result = CliRunner().invoke(cli, ["top"])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "error: internal error (ZeroDivisionError: division by zero); this is a bug in reformgraph: please "
        "report it with the command you ran (set REFORMGRAPH_DEBUG=1 to see the traceback)"
    ]
    debug = CliRunner().invoke(cli, ["top"], env={"REFORMGRAPH_DEBUG": "1"})
    assert isinstance(debug.exception, ZeroDivisionError)  # the traceback is there for whoever asks


def test_ctrl_c_is_one_line_and_exit_130(monkeypatch):
    import reformgraph.cli.metrics as metrics_module

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(metrics_module, "_graph", interrupted)
    result = CliRunner().invoke(cli, ["top"])
    assert (result.exit_code, result.stderr) == (130, "error: interrupted\n")


@pytest.mark.parametrize("fmt", ["csv", "table"])
def test_a_closed_stdout_is_not_an_error(tmp_path, builders, fmt):
    """`reformgraph top | head -1`: the reader leaves early; no traceback, no "Exception ignored" message."""
    builders["good.json"](tmp_path, "good.json")
    proc = subprocess.Popen(
        [sys.executable, "-m", "reformgraph", "communities", "good.json", "--format", fmt],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
    )
    proc.stdout.close()  # before the command writes anything
    stderr = proc.stderr.read().decode()
    proc.wait(timeout=TIMEOUT)
    assert stderr == "" and proc.returncode in (0, 141), (proc.returncode, stderr)  # rich's own exit would be 1


def test_explore_on_a_busy_port_is_one_line(tmp_path, builders, monkeypatch):
    import reformgraph.cli.explore as explore_module

    monkeypatch.setattr(explore_module.subprocess, "call", lambda *a, **k: pytest.fail("server started"))
    builders["good.json"](tmp_path, "good.json")
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = CliRunner().invoke(cli, ["explore", str(tmp_path / "good.json"), "--port", str(port)])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"error: port {port} on 127.0.0.1 is not free (Address already in use); choose another with --port"
    ]


def test_a_password_in_the_uri_is_never_echoed(tmp_path):
    out = run_process(["query", "counts"], tmp_path, {"NEO4J_URI": "bolt://neo4j:s3cret@127.0.0.1:1"})
    assert out.returncode == 1 and "s3cret" not in out.stderr and len(out.stderr.splitlines()) == 1


def test_keep_going_leaves_out_a_pipe_without_reading_it(tmp_path, builders):
    """`build --keep-going` reports each unreadable input (here a pipe and a missing file) and builds the rest."""
    for name in ("good.md", "fifo.md"):
        builders[name](tmp_path, name)
    out = run_process(["build", "good.md", "fifo.md", "nope.md", "--keep-going", "--json", "g.json"], tmp_path)
    assert out.returncode == 1
    assert out.stderr.splitlines() == [
        "error: fifo.md: not a regular file (a pipe, device or socket), expected a document or a graph JSON file",
        "error: nope.md: no such file",
    ]
    assert (tmp_path / "g.json").exists()
