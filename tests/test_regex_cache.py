"""Expressions compiled once per Python (``reformgraph.regexcache``): the same expressions, and a cache that fails
only by being slower."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import zlib
from array import array

import pytest

from reformgraph import cachedir, regexcache
from reformgraph.loaders.pipeline import BUNDLED_DOCUMENT

_REPORT = """
import json, sys
import reformgraph.cli, reformgraph.loaders.parse, reformgraph.build
from reformgraph import regexcache
from reformgraph.loaders.parse import parse_document
from reformgraph.loaders.read import decode_text
from reformgraph.loaders.pipeline import BUNDLED_DOCUMENT
document = parse_document(decode_text(BUNDLED_DOCUMENT.read_bytes()))
measures = [(m.line, [u.raw for u in m.leads], [u.raw for u in m.supports]) for w in document.workplans for m in w.measures]
print(json.dumps({"used": len(regexcache._used), "fresh": len(regexcache._fresh), "measures": measures}))
"""


def _report(folder) -> dict:
    env = {**os.environ, cachedir.FOLDER_VARIABLE: str(folder)}
    out = subprocess.run([sys.executable, "-c", _REPORT], env=env, capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def _entry(folder):
    (entry,) = (folder / "patterns").glob("*.patterns")
    return entry


@pytest.fixture
def fresh_state(monkeypatch, tmp_path):
    """regexcache as in a new process, its folder this test's own."""
    monkeypatch.setenv(cachedir.FOLDER_VARIABLE, str(tmp_path))
    monkeypatch.setattr(regexcache, "_state", False)
    monkeypatch.setattr(regexcache, "_fresh", {})
    monkeypatch.setattr(regexcache, "_used", set())
    monkeypatch.setattr(regexcache.atexit, "register", lambda fn: None)  # written by the test, not at its exit
    return tmp_path


def test_a_second_process_compiles_nothing_and_reads_the_plan_the_same(tmp_path):
    first = _report(tmp_path)
    assert first["used"] == 0 and first["fresh"] >= 150, "a first process compiles every expression itself"
    second = _report(tmp_path)
    assert second["fresh"] == 0 and second["used"] == first["fresh"], "the second makes every one from the file"
    assert second["measures"] == first["measures"] and len(first["measures"]) > 600
    table = regexcache._read(_entry(tmp_path))
    assert len(table) == first["fresh"]
    for (pattern, flags), parts in table.items():  # each kept expression is the one re.compile makes
        assert regexcache._made(pattern, parts) == re.compile(pattern, flags), pattern


def test_a_build_writes_the_same_graph_with_and_without_kept_expressions(tmp_path):
    outputs = []
    for setting in ("off", str(tmp_path / "cache"), str(tmp_path / "cache")):
        out = tmp_path / f"graph{len(outputs)}.json"
        env = {**os.environ, cachedir.FOLDER_VARIABLE: setting}
        command = [sys.executable, "-m", "reformgraph", "build", str(BUNDLED_DOCUMENT), "--json", str(out)]
        subprocess.run(command, env=env, capture_output=True, check=True)
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1] == outputs[2]
    assert _entry(tmp_path / "cache").stat().st_mode & 0o777 == 0o600
    assert not (tmp_path / "off").exists()


def test_what_is_compiled_afresh_is_kept_and_made_from_the_file_next(fresh_state):
    year = regexcache.compiled(r"(?P<year>\d{4})年", re.I)
    assert list(regexcache._fresh) == [(r"(?P<year>\d{4})年", re.I.value)]
    regexcache._keep_fresh()
    regexcache._state = False  # a new process
    again = regexcache.compiled(r"(?P<year>\d{4})年", re.I)
    assert again == year and again.groupindex == {"year": 1} and again.search("2026年").group("year") == "2026"
    assert regexcache._used == {(r"(?P<year>\d{4})年", re.I.value)}


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[:-5],  # cut short
        lambda data: data[:-3] + bytes([data[-3] ^ 1]) + data[-2:],  # one bit changed (the CRC tells)
        lambda data: b"NOTPATTERNS1" + data[12:],  # another file
        lambda data: b"",
    ],
    ids=["cut short", "a bit changed", "another magic", "empty"],
)
def test_a_damaged_file_is_a_miss(fresh_state, damage):
    regexcache.compiled(r"[一-龥]+局")
    regexcache._keep_fresh()
    entry = _entry(fresh_state)
    assert regexcache._read(entry)
    entry.write_bytes(damage(entry.read_bytes()))
    assert regexcache._read(entry) == {}
    regexcache._state = False
    assert regexcache.compiled(r"[一-龥]+局").fullmatch("市财政局") and regexcache._used == set()


def test_a_file_of_another_python_or_of_another_user_is_not_read(fresh_state, monkeypatch):
    regexcache.compiled(r"\d+项")
    regexcache._keep_fresh()
    entry = _entry(fresh_state)
    assert regexcache._read(entry)
    monkeypatch.setattr(cachedir, "is_own", lambda seen: False)
    assert regexcache._read(entry) == {}
    monkeypatch.undo()
    payload = __import__("marshal").dumps((("3.99.0 another",), {(r"\d+项", 32): (32, b"\1\0\0\0", 0, {}, ())}))
    entry.write_bytes(regexcache._MAGIC + zlib.crc32(payload).to_bytes(4, "little") + payload)
    assert regexcache._read(entry) == {}


def test_an_entry_the_engine_refuses_falls_back_to_compiling(fresh_state):
    regexcache._state = (
        fresh_state / "patterns" / "x.patterns",
        {(r"a+", 0): (32, array("I", [999, 1, 2]).tobytes(), 0, {}, ())},
    )
    pattern = regexcache.compiled(r"a+")
    assert pattern == re.compile(r"a+") and pattern.fullmatch("aaa")
    assert regexcache._state[1] == {}, "a refused entry stops the file being used"


def test_a_full_file_keeps_only_what_the_writing_process_used(fresh_state, monkeypatch):
    for word in ("甲", "乙", "丙"):
        regexcache.compiled(word + r"\d")
    regexcache._keep_fresh()
    regexcache._state, regexcache._used = False, set()
    regexcache.compiled(r"甲\d")  # from the file
    regexcache.compiled(r"丁\d")  # afresh
    monkeypatch.setattr(regexcache, "MAX_ENTRIES", 3)
    regexcache._keep_fresh()
    assert sorted(p for p, _ in regexcache._read(_entry(fresh_state))) == [r"丁\d", r"甲\d"]


def test_turned_off_nothing_is_written(fresh_state, monkeypatch):
    monkeypatch.setenv(cachedir.FOLDER_VARIABLE, "off")
    assert regexcache.compiled(r"\d+条").match("3条")
    regexcache._keep_fresh()
    assert not regexcache._fresh and not any(fresh_state.iterdir())
