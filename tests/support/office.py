"""Finding LibreOffice Calc for the tests that open a workbook in it.

``soffice`` alone is not enough: Debian's ``libreoffice-writer-nogui`` (installed for old .doc/.wps files) brings
the ``soffice`` program without Calc, and converting a workbook then writes nothing. Calc is there when its
library lies beside the program.

>>> calc = libreoffice_calc()
>>> calc is None or Path(calc).name in {"soffice", "libreoffice"}
True
"""

from __future__ import annotations

import shutil
from pathlib import Path

CALC_MISSING = "LibreOffice Calc is not installed: apt-get install libreoffice-calc-nogui"


def libreoffice_calc() -> str | None:
    """The ``soffice`` program when LibreOffice Calc is installed with it, else None."""
    program = shutil.which("soffice") or shutil.which("libreoffice")
    if program is None:
        return None
    folder = Path(program).resolve().parent
    return program if any(folder.glob("libsclo.*")) else None
