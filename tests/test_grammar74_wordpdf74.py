"""Round 74 wordpdf74: a real plan as an office prints it (metamorphic tests, after round 71 meta71b's PDF).

Each of the real and held-out plans whose expected file holds (test_grammar70_meta70's ``PLANS``, 93) is written as
an office's GB/T 9704-like Word document (``metamorphic.as_printed_docx``: 仿宋 body, 小标宋 title, the title in the
page header, ``- N -`` in the footer, a markdown table a Word table, the annex a landscape section) and printed to
PDF by LibreOffice; the PDF is read through the PDF reader and compared with the plan's expected file, the
expected tasks' lines found in its text layer (``metamorphic.aligned_where``), as test_grammar71_meta71b's
``libreoffice-pdf`` is. The PDFs are made once, in one run of LibreOffice, into a folder of the system's temporary
folder kept between runs (by the plan's SHA-256); skipped where LibreOffice Writer is absent.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from support import metamorphic
from support.office import WRITER_MISSING, libreoffice_writer
from test_grammar70_meta70 import PLANS, _name, copy_cases
from test_grammar70_meta70 import copy_compared as meta70_compared
from test_grammar71_meta71b import libreoffice_pdf

WORD_PDF_CACHE = Path(tempfile.gettempdir()) / "reformgraph-metamorphic-word-pdf"


def word_pdf(text: str, index: int) -> metamorphic.Copy:
    """The plan as an office's Word document printed by LibreOffice: the PDF's bytes, its lines the text layer's."""
    return libreoffice_pdf(text, index, WORD_PDF_CACHE, metamorphic.as_printed_docx)


TRANSFORMS = {"word-pdf": word_pdf}
# transform/plan → why its copy does not read as the plan yet
NOT_YET_READ: dict[str, str] = {}


def _cases():
    return copy_cases(
        TRANSFORMS, NOT_YET_READ, lambda transform: WRITER_MISSING if libreoffice_writer() is None else None
    )


def copy_compared(expected: Path, index: int, transform: str) -> tuple[list[tuple], list[tuple]]:
    """(the copy's reading, the expected file's mapped to the copy) of one plan: meta70's comparison, handed this
    module's transform."""
    return meta70_compared(expected, index, transform, copying=TRANSFORMS[transform])


@pytest.mark.parametrize(("expected", "index", "transform"), list(_cases()))
def test_a_printed_copy_reads_as_the_plan(expected: Path, index: int, transform: str):
    read, written = copy_compared(expected, index, transform)
    assert read == written


def test_every_plan_is_printed():
    """Every plan test_grammar70_meta70 copies (93); each strict xfail is a case of the module."""
    assert len(PLANS) == 93
    assert len(list(_cases())) == len(PLANS)
    cases = {f"{c.values[2]}/{_name(c.values[0])}" for c in _cases()}
    assert set(NOT_YET_READ) <= cases
