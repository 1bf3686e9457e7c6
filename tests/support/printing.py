"""Plans as a page prints them: hard-wrapped at a width, and printed to PDF by LibreOffice.

>>> wrap("1.推进改革，全面完成任务。", 12)  # 。 opens no line: 务 comes down with it
'1.推进改革，\\n全面完成任\\n务。'
>>> wrap("推进改革“一网通办”", 10)  # “ ends no line: it goes down with what it opens
'推进改革\\n“一网通办”'
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Sequence
from pathlib import Path

from reformgraph.textwidth import display_width

NO_OFFICE = "LibreOffice (soffice) is not installed: `make system-deps` installs it"
# a page's rules (GB/T 15834, every Word or WPS line breaker): no line opens with a closing mark (the character
# before it comes down with it), and none ends with an opening mark (it goes down with what it opens)
_NO_LINE_START = set("，。、；：？！）》」』”’〕】%,.;:?!)]")
_NO_LINE_END = set("“‘（《「『〔【([")


def wrap(text: str, columns: int) -> str:
    """Every line of ``text`` broken into lines of at most ``columns`` display columns (a wide character two), as
    a page sets a paragraph."""
    out: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for ch in paragraph.strip():
            if display_width(line + ch) > columns:
                out.append(line[: _break_at(line + ch)])
                line = line[len(out[-1]) :]
            line += ch
        out.append(line)
    return "\n".join(out)


def _break_at(text: str) -> int:
    """Where a line of ``text`` (its last character the one past the margin) breaks: the last place before that
    character that opens no line with a closing mark and ends none with an opening mark; at that character when no
    place does (a line of marks alone).

    >>> _break_at("推进改革“一"), _break_at("任务）。"), _break_at("“”")  # 任 / 务）。
    (4, 1, 1)
    """
    at = len(text) - 1
    while at > 0 and (text[at] in _NO_LINE_START or text[at - 1] in _NO_LINE_END):
        at -= 1
    return at or len(text) - 1


def soffice() -> str | None:
    """The LibreOffice program, or None when it is not installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def print_to_pdf(files: Sequence[Path], outdir: Path, program: str) -> list[Path]:
    """``files`` (text or Word) printed to PDF by LibreOffice into ``outdir``: the PDFs, in order."""
    done = subprocess.run(
        [
            program,
            "--headless",
            f"-env:UserInstallation=file://{outdir}/profile",
            "--convert-to",
            "pdf",
            "--outdir",
            str(outdir),
            *map(str, files),
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    if done.returncode != 0:
        raise RuntimeError(f"LibreOffice could not print {files}: {done.stderr.strip()}")
    return [outdir / f"{Path(f).stem}.pdf" for f in files]


def official_docx(text: str, path: Path) -> Path:
    """``text`` as a Word file set the way a government document is (GB/T 9704): 16-point type, justified
    paragraphs indented two characters, a page number in the footer; one paragraph a line of ``text``."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    document = docx.Document()
    section = document.sections[0]
    section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)
    document.styles["Normal"].font.size = Pt(16)
    footer = section.footer.paragraphs[0]
    footer.text, footer.alignment = "— 1 —", WD_ALIGN_PARAGRAPH.CENTER
    for line in text.splitlines():
        if line.strip():
            paragraph = document.add_paragraph(line.strip())
            paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            paragraph.paragraph_format.first_line_indent = Pt(32)
    document.save(path)
    return path
