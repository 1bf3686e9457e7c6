"""The per-user cache of big graph JSON files as read (``reformgraph.graphcache``).

A read from the cache must give the very graph the JSON gives (the same dicts in the same order, succ and pred
sharing their key dicts), and must never be used for a file that is not exactly the one it was read from.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from reformgraph import cachedir, graphcache, jsonio
from reformgraph.errors import GraphFormatError
from reformgraph.jsonio import read_graph_data, write_graph_json
from reformgraph.loaders.pipeline import BUNDLED_DOCUMENT


@pytest.fixture
def cache(tmp_path, monkeypatch):
    """A cache folder of the test's own that keeps every graph JSON (whatever its size), however new."""
    folder = tmp_path / "cache"
    monkeypatch.setenv(graphcache.FOLDER_VARIABLE, str(folder))
    monkeypatch.setattr(jsonio, "CACHED_MIN_BYTES", 0)
    monkeypatch.setattr(graphcache, "RACY_NS", -(10**12))
    return folder


@pytest.fixture
def graph_file(tmp_path, bundled_graph):
    path = tmp_path / "graph.json"
    write_graph_json(bundled_graph, path)
    return path


def entries(folder):
    """The graph entries in the cache folder ``folder`` (``REFORMGRAPH_CACHE_DIR``): in its ``graphs``."""
    graphs = folder / "graphs"
    return sorted(graphs.glob("*.graph")) if graphs.exists() else []


def layout(data):
    """Everything a reader of the graph can tell apart, in order: attributes, nodes, both adjacencies."""
    return (
        list(data.graph.items()),
        list(data.nodes.items()),
        [(u, [(v, list(keyed.items())) for v, keyed in nbrs.items()]) for u, nbrs in data.succ.items()],
        [(v, [(u, list(keyed.items())) for u, keyed in nbrs.items()]) for v, nbrs in data.pred.items()],
    )


def no_json_decoding(monkeypatch):
    def refuse(raw, source):
        raise AssertionError("the JSON was decoded: the cache was not used")

    monkeypatch.setattr(jsonio, "_decoded", refuse)


def test_a_second_read_comes_from_the_cache_and_is_the_same_graph(cache, graph_file, monkeypatch):
    first = read_graph_data(graph_file)
    assert len(entries(cache)) == 1
    no_json_decoding(monkeypatch)
    again = read_graph_data(graph_file)
    assert layout(again) == layout(first)
    assert all(keyed is again.pred[v][u] for u, nbrs in again.succ.items() for v, keyed in nbrs.items()), (
        "succ and pred must share their key dicts, as networkx's do"
    )
    assert again.to_networkx().number_of_edges() == first.to_networkx().number_of_edges()


def test_the_cached_graph_is_the_one_the_command_line_shows(tmp_path, bundled_graph):
    """End to end, in real processes and a real cache folder: a file past the size limit, read three times."""
    path = tmp_path / "graph.json"
    write_graph_json(bundled_graph, path)
    copies = 2 * -(-jsonio.CACHED_MIN_BYTES // path.stat().st_size)  # plans enough to pass the size limit
    from reformgraph.loaders.pipeline import build_from_paths

    plans = []
    for i in range(copies):
        plan = tmp_path / f"copy{i}.md"
        plan.write_bytes(BUNDLED_DOCUMENT.read_bytes())
        plans.append(str(plan))
    write_graph_json(build_from_paths(plans).graph, path)
    assert path.stat().st_size >= jsonio.CACHED_MIN_BYTES
    time.sleep(graphcache.RACY_NS / 1e9 + 0.1)  # a file older than RACY_NS: kept on its first read
    folder = tmp_path / "user-cache"
    env = {**os.environ, graphcache.FOLDER_VARIABLE: str(folder)}
    command = [sys.executable, "-m", "reformgraph", "top", str(path), "-n", "5"]
    outputs = [subprocess.run(command, env=env, capture_output=True, text=True, check=True).stdout for _ in range(2)]
    assert len(entries(folder)) == 1
    outputs.append(subprocess.run(command, env=env, capture_output=True, text=True, check=True).stdout)
    off = {**env, graphcache.FOLDER_VARIABLE: "off"}
    outputs.append(subprocess.run(command, env=off, capture_output=True, text=True, check=True).stdout)
    assert len(set(outputs)) == 1 and "市" in outputs[0]


def test_an_edited_file_of_the_same_size_and_time_is_read_again(cache, graph_file):
    first = read_graph_data(graph_file)
    name = next(d["name"] for d in first.nodes.values() if d.get("kind") == "Unit")
    text = graph_file.read_text(encoding="utf-8")
    edited = text.replace(f'"name":"{name}"', f'"name":"{name[::-1]}"', 1)
    assert edited != text and len(edited.encode()) == len(text.encode())
    before = graph_file.stat()
    time.sleep(0.05)  # past the file system's clock tick
    graph_file.write_text(edited, encoding="utf-8")
    os.utime(graph_file, ns=(before.st_atime_ns, before.st_mtime_ns))  # as `cp -p` or `rsync -t` would leave it
    assert graph_file.stat().st_size == before.st_size and graph_file.stat().st_mtime_ns == before.st_mtime_ns
    again = read_graph_data(graph_file)
    assert name[::-1] in {d.get("name") for d in again.nodes.values()}
    assert layout(again) != layout(first)


def test_another_file_at_the_same_path_is_read_again(cache, graph_file, tmp_path, bundled_graph):
    read_graph_data(graph_file)
    other = tmp_path / "other.json"
    smaller = bundled_graph.copy()
    smaller.remove_node(next(iter(smaller)))
    write_graph_json(smaller, other)
    os.replace(other, graph_file)
    assert read_graph_data(graph_file).to_networkx().number_of_nodes() == smaller.number_of_nodes()


@pytest.mark.parametrize("damage", ["a character changed", "flip a payload byte", "cut short", "empty", "not an entry"])
def test_a_damaged_entry_is_a_miss_and_is_written_again(cache, graph_file, damage):
    first = read_graph_data(graph_file)
    (entry,) = entries(cache)
    blob = bytearray(entry.read_bytes())
    if damage == "a character changed":  # still a well-formed entry: only the CRC tells
        name = next(d["name"] for d in first.nodes.values() if d.get("kind") == "Unit").encode()
        at = blob.rindex(name) + len(name) - 1
        blob[at] ^= 0x01  # the last byte of a CJK character: another CJK character
    elif damage == "flip a payload byte":
        blob[-100] ^= 0xFF
    elif damage == "cut short":
        del blob[len(blob) // 2 :]
    elif damage == "empty":
        blob.clear()
    else:
        blob[:8] = b"NOTMAGIC"
    entry.write_bytes(bytes(blob))
    assert layout(read_graph_data(graph_file)) == layout(first)
    assert entry.read_bytes() != bytes(blob), "the damaged entry is replaced by a good one"


def test_an_entry_of_another_reader_or_python_is_not_used(cache, graph_file, monkeypatch):
    read_graph_data(graph_file)
    monkeypatch.setattr(graphcache, "_reader_version", lambda: "another reader")
    calls = []
    real = jsonio._decoded
    monkeypatch.setattr(jsonio, "_decoded", lambda raw, source: calls.append(1) or real(raw, source))
    read_graph_data(graph_file)
    assert calls == [1]


def test_an_entry_that_is_not_the_users_own_is_never_read(cache, graph_file, monkeypatch):
    read_graph_data(graph_file)
    monkeypatch.setattr(cachedir, "is_own", lambda seen: False)  # unit test: the owner check alone
    calls = []
    real = jsonio._decoded
    monkeypatch.setattr(jsonio, "_decoded", lambda raw, source: calls.append(1) or real(raw, source))
    read_graph_data(graph_file)
    assert calls == [1]


def test_the_folder_and_entries_are_the_users_alone(cache, graph_file):
    read_graph_data(graph_file)
    (entry,) = entries(cache)
    assert entry.stat().st_mode & 0o777 == 0o600
    assert all(f.stat().st_mode & 0o777 == 0o700 for f in (cache, cache / "graphs"))


def test_a_new_file_is_not_kept_until_its_change_is_old_enough(tmp_path, monkeypatch, graph_file):
    folder = tmp_path / "cache"
    monkeypatch.setenv(graphcache.FOLDER_VARIABLE, str(folder))
    monkeypatch.setattr(jsonio, "CACHED_MIN_BYTES", 0)
    read_graph_data(graph_file)  # written a moment ago
    assert entries(folder) == []


def test_small_files_and_the_cache_turned_off_keep_nothing(tmp_path, monkeypatch, graph_file):
    folder = tmp_path / "cache"
    monkeypatch.setenv(graphcache.FOLDER_VARIABLE, str(folder))
    monkeypatch.setattr(graphcache, "RACY_NS", -(10**12))
    read_graph_data(graph_file)  # under CACHED_MIN_BYTES
    assert entries(folder) == []
    monkeypatch.setattr(jsonio, "CACHED_MIN_BYTES", 0)
    for off in ("off", "0", ""):
        monkeypatch.setenv(graphcache.FOLDER_VARIABLE, off)
        read_graph_data(graph_file)
    assert entries(folder) == [] and not (tmp_path / "off").exists()


def test_a_folder_that_cannot_be_made_leaves_the_read_as_it_was(cache, graph_file, monkeypatch, tmp_path):
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(graphcache.FOLDER_VARIABLE, str(blocker / "cache"))
    assert read_graph_data(graph_file).to_networkx().number_of_nodes() > 0
    assert blocker.read_text() == "not a folder"
    assert not any(p.name.endswith(".tmp") for p in tmp_path.rglob("*"))


def test_a_file_that_breaks_the_contract_is_refused_and_kept_nowhere(cache, tmp_path):
    path = tmp_path / "bad.json"
    path.write_text('{"directed": true, "multigraph": true, "graph": {}, "nodes": [{"id": 1}], "edges": []}')
    for _ in range(2):
        with pytest.raises(GraphFormatError):
            read_graph_data(path)
    assert entries(cache) == []


def test_entries_of_files_that_are_gone_and_the_least_recently_used_go(cache, tmp_path, bundled_graph, monkeypatch):
    paths = []
    for name in ("a", "b", "c"):
        path = tmp_path / f"{name}.json"
        write_graph_json(bundled_graph, path)
        paths.append(path)
    read_graph_data(paths[0])
    read_graph_data(paths[1])
    assert len(entries(cache)) == 2
    paths[0].unlink()
    read_graph_data(paths[2])  # a write: the entry of a.json, whose file is gone, goes
    assert len(entries(cache)) == 2
    size = entries(cache)[0].stat().st_size
    monkeypatch.setattr(graphcache, "MAX_BYTES", size * 1.5)  # room for one entry
    old = time.time() - 100
    for entry in entries(cache):
        os.utime(entry, (old, old))
    read_graph_data(paths[1])  # a hit: b's entry is now the most recently used
    paths[2].write_bytes(paths[2].read_bytes())  # c changes: its next read writes a new entry
    os.utime(paths[2], (old, old))
    monkeypatch.setattr(graphcache, "RACY_NS", -(10**12))
    read_graph_data(paths[2])
    left = entries(cache)
    assert len(left) == 1 and left[0] == graphcache._entry(paths[2]), "the newest write stays, the rest goes"


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="the XDG rule is the folder on Linux and BSD only")
def test_the_default_folder_follows_the_platforms_rule(monkeypatch, tmp_path):
    monkeypatch.delenv(graphcache.FOLDER_VARIABLE, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert graphcache.cache_folder() == tmp_path / "xdg" / "reformgraph" / "graphs"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/path")  # the XDG rule: a relative path is ignored
    assert graphcache.cache_folder() == tmp_path / ".cache" / "reformgraph" / "graphs"
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert graphcache.cache_folder() == tmp_path / ".cache" / "reformgraph" / "graphs"


def test_what_a_killed_write_left_goes_after_an_hour(cache, graph_file, tmp_path, bundled_graph):
    read_graph_data(graph_file)
    (entry,) = entries(cache)
    stale, fresh = entry.parent / f".{entry.name}.abcd1234.tmp", entry.parent / f".{entry.name}.efgh5678.tmp"
    for left in (stale, fresh):
        left.write_bytes(b"half an entry")
    old = time.time() - 2 * 3600
    os.utime(stale, (old, old))
    other = tmp_path / "other.json"
    write_graph_json(bundled_graph, other)
    read_graph_data(other)  # a write: the folder is tidied
    assert not stale.exists() and fresh.exists()
