"""Old Word (.doc), WPS (.wps) and RTF documents, read through a converter from Debian.

There is no well-kept pure-Python reader of the Word 97 binary format, so the file is
handed to the first converter installed, in this order:

1. LibreOffice (``soffice --headless --convert-to docx``, Debian package
   ``libreoffice-writer-nogui``): the result is read by the .docx reader, so task
   tables stay tables;
2. ``antiword`` (package ``antiword``): text, tables as ``|cell|cell|`` lines, which are
   read back as tables;
3. ``catdoc`` (package ``catdoc``): text only.

A converter that fails hands over to the next; none installed is one line naming the
Debian package. Each run gets a private temporary directory (the input is written there
as ``input.doc``, never under the user's file name), its own LibreOffice profile, a
minimal environment, and ``Limits.converter_seconds``; on time-out its whole process
group is killed. WPS 文字 writes .wps in the Word 97 format, so the same converters read it.

>>> antiword_tables(["标题", "|序号 |任务      |", "|1    |建平台    |", "正文"])
(['标题', '序号  任务', '1  建平台', '正文'], [[['序号', '任务'], ['1', '建平台']]])
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path

from reformgraph.errors import DocumentError, MissingConverterError
from reformgraph.loaders.formats_docx import document_from_content, docx_content, docx_notes
from reformgraph.loaders.limits import DEFAULT_LIMITS, Limits, check_count, check_lines, first_line_of, limit_error
from reformgraph.loaders.sniff import content_kind
from reformgraph.loaders.tables import notes_short_forms
from reformgraph.loaders.tasks import with_short_forms
from reformgraph.records import Document
from reformgraph.regexcache import compiled

CONVERTERS: tuple[str, ...] = ("soffice", "antiword", "catdoc")
PACKAGES = {"soffice": "libreoffice-writer-nogui", "antiword": "antiword", "catdoc": "catdoc"}
MISSING = (
    "reading old Word .doc/.wps files needs a converter: install the Debian package libreoffice-writer-nogui "
    "(or antiword), or save the file as .docx in Word/WPS"
)


class ConversionFailed(Exception):
    """One converter could not read the file (the next one is tried)."""


def _run(args: Sequence[str], *, workdir: Path, limits: Limits, path: str) -> bytes:
    """Run a converter in ``workdir``; its stdout, or ConversionFailed; time-out kills its process group."""
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(workdir), "LANG": "C.UTF-8"}
    with subprocess.Popen(
        list(args),
        cwd=workdir,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    ) as proc:
        try:
            out, err = proc.communicate(timeout=limits.converter_seconds)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()
            raise limit_error(
                "converter_seconds", f"{Path(args[0]).name} did not finish converting", limits, path=path
            ) from None
        finally:
            try:
                os.killpg(proc.pid, signal.SIGKILL)  # helpers it left behind (LibreOffice's oosplash)
            except ProcessLookupError:
                pass
    if proc.returncode != 0:
        message = err.decode("utf-8", "replace").replace(f"{workdir}/", "").strip().splitlines()
        raise ConversionFailed(f"{Path(args[0]).name} exited with {proc.returncode}: {message[0] if message else ''}")
    return out


def soffice_converted(source: Path, target: str, *, limits: Limits, path: str) -> bytes:
    """The bytes of ``source`` converted by LibreOffice to ``target`` (``docx``, ``xlsx``), in ``source``'s folder,
    with a profile of its own; ConversionFailed when LibreOffice writes nothing."""
    workdir = source.parent
    profile = (workdir / "profile").as_uri()
    args = [shutil.which("soffice") or "soffice", "--headless", "--norestore", "--nolockcheck"]
    args += [f"-env:UserInstallation={profile}", "--convert-to", target, "--outdir", str(workdir / "out"), str(source)]
    _run(args, workdir=workdir, limits=limits, path=path)
    result = workdir / "out" / (source.stem + "." + target)
    if not result.is_file():
        raise ConversionFailed(f"LibreOffice wrote no .{target} (not a file it can open)")
    check_count("file_bytes", result.stat().st_size, "the converted document has", path=path, limits=limits)
    return result.read_bytes()


_Content = tuple[list[str], list[list[list[str]]], list[str]]  # text lines, tables, the notes' paragraphs


def _soffice(source: Path, *, limits: Limits, path: str) -> _Content:
    """LibreOffice's .docx of ``source`` read: its body and its footnotes' and endnotes' paragraphs (round 66: a .doc
    or .wps keeps its notes, and the .docx LibreOffice writes holds them in ``word/footnotes.xml``; before, only the
    body was read and a short form a note defines was read by nobody)."""
    converted = soffice_converted(source, "docx", limits=limits, path=path)
    return (*docx_content(converted, path=path, limits=limits), docx_notes(converted, path=path, limits=limits))


def antiword_tables(lines: list[str]) -> tuple[list[str], list[list[list[str]]]]:
    """antiword draws table rows as ``|a |b |``: those runs of lines become tables (and flattened lines)."""
    out: list[str] = []
    tables: list[list[list[str]]] = []
    current: list[list[str]] | None = None
    for line in lines:
        stripped = line.strip()
        if len(stripped) >= 2 and stripped.startswith("|") and stripped.endswith("|"):
            cells = [c.strip() for c in stripped[1:-1].split("|")]
            if current is None:
                current = []
                tables.append(current)
            current.append(cells)
            out.append("  ".join(c for c in cells if c))
        else:
            current = None
            out.append(line)
    return out, [_wrapped_rows_joined(table) for table in tables]


def _wrapped_rows_joined(rows: list[list[str]]) -> list[list[str]]:
    """antiword's rows with each cell's wrapped lines joined: in a table that numbers its rows, a line whose first cell
    is empty goes on with the row above, cell by cell (round 37; before, every printed line a row of its own).

    >>> _wrapped_rows_joined([["序号", "任务"], ["1", "建设全市"], ["", "政务云"], ["2", "建平台"]])
    [['序号', '任务'], ['1', '建设全市政务云'], ['2', '建平台']]
    """
    if not any(row and row[0].isdigit() for row in rows):
        return rows  # its first column is no row number: an empty first cell may be a merged one
    out: list[list[str]] = []
    for row in rows:
        if out and row and not row[0] and len(row) == len(out[-1]) and any(row):
            out[-1] = [a + b for a, b in zip(out[-1], row)]
        else:
            out.append(row)
    return out


def _text_converter(name: str, source: Path, *, limits: Limits, path: str) -> _Content:
    binary = shutil.which(name) or name
    if name == "antiword":
        args = [binary, "-m", "UTF-8.txt", "-w", "0", str(source)]
    else:
        args = [binary, "-d", "utf-8", "-w", str(source)]
    out = _run(args, workdir=source.parent, limits=limits, path=path)
    check_count("text_chars", len(out), "the converted text has", path=path, limits=limits)
    text = out.decode("utf-8", "replace").replace("\f", "\n")
    if not text.strip():
        raise ConversionFailed(f"{name} found no text")
    check_lines(text, path=path, limits=limits)
    lines = text.splitlines()
    if name != "antiword":
        return lines, [], []
    body, notes = antiword_notes(lines)
    return (*antiword_tables(body), notes)


_NOTES_RULE = compiled(r"-{10,}")  # the rule antiword draws above a document's notes
_NOTE = compiled(r"\[(\d{1,4})\]")  # a note's mark, ``[1]``: in the text where it stands, before its note's text


def antiword_notes(lines: list[str]) -> tuple[list[str], list[str]]:
    """antiword's lines without the notes it prints after the text (below a rule of dashes, each opening with its
    mark ``[1]``), and the notes' paragraphs (round 67: a .doc read by antiword gives its footnotes' short forms, as
    LibreOffice's reading does since round 66; before, the notes were read as lines of the text and defined
    nothing, their marks part of the names they follow: ``区城投公司[3]``). The marks are taken out of the text;
    a rule followed by numbered lines whose numbers mark nothing in the text is no notes' rule.

    >>> antiword_notes(["某县住建局[1]会同…", "|1 |县城投公司[2] |", "", "----------------", "[1]某县住建局，以下简称县住建局。",
    ...                 "", "[2]某县城投集团，以下简称县城投公司。"])
    (['某县住建局会同…', '|1 |县城投公司 |', ''], ['某县住建局，以下简称县住建局。', '某县城投集团，以下简称县城投公司。'])
    >>> antiword_notes(["参考文献", "----------------", "[1]某某文件"])[1]
    []
    """
    rule = next((k for k in range(len(lines) - 1, -1, -1) if _NOTES_RULE.fullmatch(lines[k].strip())), None)
    if rule is None:
        return lines, []
    notes: list[str] = []
    numbers: set[str] = set()
    for line in lines[rule + 1 :]:
        text = line.strip()
        if (mark := _NOTE.match(text)) is not None:
            numbers.add(mark.group(1))
            text = text[mark.end() :].strip()
        if text:
            notes.append(text)
    body = lines[:rule]
    marked = {m.group(1) for line in body for m in _NOTE.finditer(line) if "[" in line}
    if not numbers or not numbers <= marked:
        return lines, []
    return [_NOTE.sub(lambda m: "" if m.group(1) in numbers else m.group(), line) for line in body], notes


def doc_content(
    data: bytes, *, path: str, limits: Limits = DEFAULT_LIMITS, converters: Sequence[str] | None = None
) -> tuple[list[str], list[list[list[str]]]]:
    """(text lines, tables) of an old Word/WPS/RTF file, through the first converter that reads it.

    ``converters`` defaults to the module's ``CONVERTERS`` as it is at call time.
    """
    return _doc_parts(data, path=path, limits=limits, converters=converters)[:2]


def _doc_parts(data: bytes, *, path: str, limits: Limits, converters: Sequence[str] | None = None) -> _Content:
    """:func:`doc_content`'s reading with the paragraphs of the file's notes (LibreOffice's reading only)."""
    converters = CONVERTERS if converters is None else converters
    installed = [name for name in converters if shutil.which(name)]
    if not installed:
        wanted = next((PACKAGES[c] for c in converters if c in PACKAGES), PACKAGES["soffice"])
        raise MissingConverterError(MISSING, package=wanted, path=path)
    suffix = ".rtf" if content_kind(data) == "rtf" else ".doc"
    failures: list[str] = []
    with tempfile.TemporaryDirectory(prefix="reformgraph-doc-") as tmp:
        source = Path(tmp) / ("input" + suffix)
        source.write_bytes(data)
        for name in installed:
            try:
                if name == "soffice":
                    return _soffice(source, limits=limits, path=path)
                return _text_converter(name, source, limits=limits, path=path)
            except (ConversionFailed, OSError) as exc:
                failures.append(str(exc) if isinstance(exc, ConversionFailed) else first_line_of(exc))
    raise DocumentError(f"not a readable Word/WPS document ({'; '.join(failures)})", path=path)


def read_doc(data: bytes, *, path: str, key: str, sha256: str, limits: Limits = DEFAULT_LIMITS) -> Document:
    """Parse an old Word/WPS/RTF document: its task tables when it has any, else its text. When the first converter
    gives no table, antiword's tables are tried (LibreOffice may lose a table a .doc draws, as one paragraph of
    run-together cells): when nothing is read (round 37), or when they read more tasks than the paragraphs do (round
    40); the first converter's error stands when they read nothing either."""
    lines, tables, notes = _doc_parts(data, path=path, limits=limits)
    forms = notes_short_forms(notes)  # the short forms its notes define (round 66), as a .docx's (read_docx)
    try:
        doc = document_from_content(lines, tables, path=path, key=key, sha256=sha256)
    except DocumentError:
        drawn = None if tables else _antiword_tables_read(data, path=path, key=key, sha256=sha256, limits=limits)
        if drawn is None:
            raise
        return with_short_forms(drawn, forms)
    if tables:
        return with_short_forms(doc, forms)
    # LibreOffice may lose a table a .doc draws though it reads the paragraphs around it (the table comes out as
    # one paragraph of its cells run together: 序号领域工作任务牵头单位…): antiword's reading, when it finds the
    # table and reads more tasks (round 40: an annex of 5 tasks after 3 numbered items was lost)
    drawn = _antiword_tables_read(data, path=path, key=key, sha256=sha256, limits=limits)
    return with_short_forms(drawn if drawn is not None and _task_count(drawn) > _task_count(doc) else doc, forms)


def _antiword_tables_read(data: bytes, *, path: str, key: str, sha256: str, limits: Limits) -> Document | None:
    """The document antiword's text and tables read as, when antiword is installed (and is not the converter that
    already ran) and draws a table; else None."""
    if "antiword" not in CONVERTERS[1:] or not shutil.which("antiword"):
        return None
    try:
        lines, tables = doc_content(data, path=path, limits=limits, converters=("antiword",))
        return document_from_content(lines, tables, path=path, key=key, sha256=sha256) if tables else None
    except DocumentError:
        return None


def _task_count(doc: Document) -> int:
    r"""How many tasks ``doc`` reads.

    >>> from reformgraph.loaders.parse import parse_document
    >>> _task_count(parse_document("某县方案\n\n1.推进改革。（牵头单位：县发改局）\n"))
    1
    """
    return sum(len(workplan.measures) for workplan in doc.workplans)
