"""Finding LibreOffice Calc for the tests that open a workbook in it; LibreOffice's copy of a file in another format
for the fixtures' generators (``tests/fixtures/round*/*/make_fixtures.py``).

``soffice`` alone is not enough: Debian's ``libreoffice-writer-nogui`` (installed for old .doc/.wps files) brings
the ``soffice`` program without Calc, and converting a workbook then writes nothing. Calc is there when its
library lies beside the program.

>>> calc = libreoffice_calc()
>>> calc is None or Path(calc).name in {"soffice", "libreoffice"}
True
"""

from __future__ import annotations

import datetime
import fcntl
import html
import io
import shutil
import subprocess
import tempfile
import zipfile
import zlib
from contextlib import contextmanager
from pathlib import Path

CALC_MISSING = "LibreOffice Calc is not installed: apt-get install libreoffice-calc-nogui"


def libreoffice_calc() -> str | None:
    """The ``soffice`` program when LibreOffice Calc is installed with it, else None."""
    program = shutil.which("soffice") or shutil.which("libreoffice")
    if program is None:
        return None
    folder = Path(program).resolve().parent
    return program if any(folder.glob("libsclo.*")) else None


def libreoffice_copy(src: Path, kind: str, out: Path) -> None:
    """LibreOffice's copy of ``src`` as ``kind`` (``pdf``, ``doc``, ``xls``, ``odt``, or with a filter after a colon,
    ``pdf:writer_pdf_Export``) written at ``out``; a profile of its own, so that a LibreOffice already open is not
    used (nor changed)."""
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp) / ("input" + src.suffix)
        shutil.copy(src, work)
        outdir = Path(tmp) / "out"
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--convert-to", kind]
            + ["--outdir", str(outdir), str(work)],
            check=True,
            capture_output=True,
            timeout=180,
        )
        shutil.copy(outdir / ("input." + kind.split(":")[0]), out)


WRITER_MISSING = "LibreOffice Writer is not installed: apt-get install libreoffice-writer-nogui"


def libreoffice_writer() -> str | None:
    """The ``soffice`` program when LibreOffice Writer is installed with it (its library beside it), else None."""
    program = shutil.which("soffice") or shutil.which("libreoffice")
    if program is None:
        return None
    folder = Path(program).resolve().parent
    return program if any(folder.glob("libswlo.*")) else None


def libreoffice_copies(sources: list[Path], kind: str, outdir: Path) -> None:
    """LibreOffice's copies of ``sources`` as ``kind`` written in ``outdir`` (each under its stem), in one run of
    ``soffice`` (its start is most of a small file's time) with a profile of its own."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--convert-to", kind]
            + ["--outdir", str(outdir), *map(str, sources)],
            check=True,
            capture_output=True,
            timeout=600,
        )


@contextmanager
def locked_folder(folder: Path):
    """``folder`` made and held under an exclusive lock (its ``.lock`` file) while the block runs: two test workers
    filling one cache of LibreOffice copies make each copy once.

    >>> with tempfile.TemporaryDirectory() as tmp, locked_folder(Path(tmp) / "cache") as held:
    ...     (held / ".lock").exists()
    True
    """
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield folder


def with_shared_strings_replaced(path: Path, old: str, new: str) -> bytes:
    """The workbook at ``path`` with ``old`` replaced by ``new`` in its shared strings (a legend reworded, a cell's
    units changed), every other part of the file as it was."""
    out = io.BytesIO()
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "xl/sharedStrings.xml":
                data = data.replace(old.encode(), new.encode())
            target.writestr(item, data)
    return out.getvalue()


def one_task_table(document, legend: str):
    """A district's table of one task under ``legend``, added to a python-docx ``document``: the paragraph of the
    task's 责任单位 cell, for the units to be written in as a test wants them (bold runs, styles …)."""
    document.add_paragraph("某区2026年重点任务清单")
    document.add_paragraph(legend)
    table = document.add_table(rows=2, cols=3)
    for cell, name in zip(table.rows[0].cells, ("序号", "重点任务", "责任单位")):
        cell.text = name
    cells = table.rows[1].cells
    cells[0].text, cells[1].text = "1", "推进政务云资源整合。"
    return cells[2].paragraphs[0]


def one_task_page(sheet: str, unit_cell: str, legend: str, *, table: str = "", around: str = "") -> bytes:
    """A page of one task under ``legend`` styled by the style sheet ``sheet``: a table (its attributes ``table``)
    of 序号, 重点任务 and the unit cell ``unit_cell`` (a whole ``<td>``), inside ``<div {around}>`` when given; the
    page's bytes, for the units' format to be read as a test writes it."""
    rows = (
        f"<table {table}><tr><td>序号</td><td>重点任务</td><td>责任单位</td></tr>"
        f"<tr><td>1</td><td>推进政务云资源整合。</td>{unit_cell}</tr></table>"
    )
    body = f"<p>{legend}</p>{rows}"
    if around:
        body = f"<div {around}>{body}</div>"
    return f"<html><head><meta charset='utf-8'><style>{sheet}</style></head><body>{body}</body></html>".encode()


def one_task_ofd(out: Path, legend: str, lead: str = "", *, resources: str = "") -> None:
    """An OFD of one task under ``legend`` at ``out`` (rounds 67 files34, files35), its lead 区城管局 a TextObject of
    its own carrying the attributes, and after a ``>`` the children, that ``lead`` gives (``DrawParam="7"``,
    ``Weight="700"``, ``Font="4"``, ``><ofd:FillColor Value="192 0 0"/>``), the package's public resources holding
    ``resources`` too; 、各街道办事处 after it plain."""
    ns = "http://www.ofdspec.org/2016"

    def piece(k: int, x: float, y: float, text: str, more: str = "") -> str:
        attributes, _, children = more.partition(">")
        font = "" if "Font=" in attributes else ' Font="3"'
        return (
            f'<ofd:TextObject ID="{k}" Boundary="{x} {y} 150 6"{font} Size="4" {attributes}>{children}'
            f'<ofd:TextCode X="0" Y="4">{text}</ofd:TextCode></ofd:TextObject>'
        )

    objects = [
        piece(1, 20, 20, "某区2026年背街小巷环境整治方案"),
        piece(2, 20, 30, legend),
        piece(3, 20, 40, "1.开展背街小巷清理行动。（责任单位："),
        piece(4, 96, 40, "区城管局", lead),
        piece(5, 128, 40, "、各街道办事处）"),
    ]
    layer = "".join(objects)
    page = f'<ofd:Page xmlns:ofd="{ns}"><ofd:Content><ofd:Layer ID="2">{layer}</ofd:Layer></ofd:Content></ofd:Page>'
    ofd_package([page], out, resources=resources)


def one_task_book(legend: str, units, *, task: str = "推进政务云资源整合。", font=None) -> bytes:
    """An .xlsx of one task under ``legend``: a sheet of the legend's row, 序号 | 工作任务 | 责任单位 and the task's
    row, its 责任单位 cell ``units`` (text or openpyxl rich text) in ``font`` when given; the workbook's bytes, for
    the units' format to be read as a test writes it (as :func:`one_task_table` for Word, :func:`one_task_page`
    for a web page)."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append([legend])
    sheet.append(["序号", "工作任务", "责任单位"])
    sheet.append(["1", task, units])
    if font is not None:
        sheet["C3"].font = font
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


SERIF = "Noto Serif CJK SC"  # the face the fixtures' Word files set (fonts-noto-cjk)


def set_font(run, face: str = SERIF) -> None:
    """Set a python-docx ``run`` in ``face`` for Latin and East Asian text (Word's ``w:eastAsia`` font too)."""
    from docx.oxml.ns import qn

    run.font.name = face
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), face)


def add_paragraph(container, text: str):
    """A paragraph of ``text`` added to a python-docx ``container`` (a document or a cell), in ``SERIF``."""
    paragraph = container.add_paragraph()
    set_font(paragraph.add_run(text))
    return paragraph


def grid_table(document, header, rows, widths):
    """A gridded Word table of ``header`` and ``rows`` in ``SERIF`` (a row's cell None: merged into the cell above,
    Word's vertical merge; "" an empty cell of its own), its columns ``widths`` centimetres wide."""
    from docx.shared import Cm

    table = document.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    for cell, name in zip(table.rows[0].cells, header, strict=False):
        set_font(cell.paragraphs[0].add_run(name))
    for row in rows:
        cells = table.add_row().cells
        for k, value in enumerate(row):
            if value:
                set_font(cells[k].paragraphs[0].add_run(value))
    for r, row in enumerate(rows, start=1):
        for k, value in enumerate(row):
            if value is None:
                table.cell(r - 1, k).merge(table.cell(r, k))
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=False):
            cell.width = Cm(width)
    return table


def titled_sheet(workbook, name: str, title: str, header):
    """A workbook's active sheet renamed ``name``: ``title`` in a bold row merged over the ``header``'s columns, then
    the ``header``; the sheet, for the caller's rows."""
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    sheet = workbook.active
    sheet.title = name
    sheet.append([title])
    sheet.merge_cells(f"A1:{get_column_letter(len(header))}1")
    sheet["A1"].font = Font(bold=True, size=16)
    sheet["A1"].alignment = Alignment(horizontal="center")
    sheet.append(list(header))
    return sheet


def save_titled_list(name: str, title: str, header, rows, widths, when, out: Path) -> None:
    """A list as an office's workbook: ``titled_sheet``'s title and ``header``, then ``rows``, the second column's
    cells wrapped, the columns ``widths`` wide, created and modified at ``when``, saved at ``out``."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    sheet = titled_sheet(workbook, name, title, header)
    for row in rows:
        sheet.append(list(row))
    for row in sheet.iter_rows(min_row=3):
        row[1].alignment = Alignment(wrap_text=True, vertical="center")
    for k, width in enumerate(widths, 1):
        sheet.column_dimensions[get_column_letter(k)].width = width
    workbook.properties.created = when
    workbook.properties.modified = when
    workbook.save(out)


def summary_sheet(workbook, title: str, header, fields):
    """A workbook's 汇总 sheet (its active one, renamed): ``title`` in a bold row merged over the columns, ``header``,
    then each field's tasks numbered on from 1 (``fields``: field name → rows of task, lead, partners, deadline, and
    anything after them, unused), the field's name in column B merged down its rows; returns the sheet, for the
    caller's notes and widths."""
    from openpyxl.styles import Alignment

    sheet = titled_sheet(workbook, "汇总", title, header)
    number = 0
    for field, tasks in fields.items():
        first = sheet.max_row + 1
        for k, (task, lead, partners, due, *_) in enumerate(tasks):
            number += 1
            sheet.append([str(number), field if k == 0 else None, task, lead, partners, due])
        if len(tasks) > 1:
            sheet.merge_cells(f"B{first}:B{first + len(tasks) - 1}")
        sheet[f"B{first}"].alignment = Alignment(vertical="center")
    return sheet


def list_numbering(document, abstract: str, lists: int) -> list[str]:
    """Word list numbering in ``document``'s numbering part: the abstract list ``abstract`` (one ``w:abstractNum``
    element's XML, its ``w:abstractNumId`` set, the ``w`` namespace declared) and ``lists`` lists of it, each
    counting from its own start (a ``w:num`` whose first level restarts); their ids, for ``numbered``."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    part = document.part.numbering_part.element
    element = parse_xml(abstract)
    first = part.find(element.tag.replace("abstractNum", "num"))
    if first is not None:
        first.addprevious(element)  # every abstract list comes before the lists (the schema's order)
    else:
        part.append(element)
    source = element.get(element.tag.replace("abstractNum", "abstractNumId"))
    taken = (
        {int(n.get(n.tag.replace("num", "numId"))) for n in part.iterchildren(first.tag)}
        if first is not None
        else set()
    )
    ids = []
    for k in range(lists):
        number = str(max(taken | {0}) + 1 + k)
        part.append(
            parse_xml(
                f'<w:num {nsdecls("w")} w:numId="{number}"><w:abstractNumId w:val="{source}"/>'
                '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
            )
        )
        ids.append(number)
    return ids


def numbered(paragraph, num_id: str, level: int = 0):
    """``paragraph`` (python-docx) made an item of the Word list ``num_id`` at ``level``; the paragraph."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    paragraph._p.get_or_add_pPr().insert(
        0, parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>')
    )
    return paragraph


OFD_NS = "http://www.ofdspec.org/2016"
MM = 25.4 / 72  # millimetres a point


def ofd_package(pages: list[str], out: Path, *, box: str = "0 0 210 297", resources: str = "") -> None:
    """An OFD package at ``out`` of one document whose pages hold ``pages`` (each a ``Content.xml``'s
    ``ofd:Page`` element), its text in 宋体 (font 3); ``resources``, more of the public resources' elements (a bold
    font, ``ofd:DrawParams``)."""
    listed = "".join(f'<ofd:Page ID="{i + 10}" BaseLoc="Pages/Page_{i}/Content.xml"/>' for i in range(len(pages)))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(
            "OFD.xml",
            f'<ofd:OFD xmlns:ofd="{OFD_NS}" Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocInfo><ofd:Creator>make_fixtures.py</ofd:Creator></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>',
        )
        z.writestr(
            "Doc_0/Document.xml",
            f'<ofd:Document xmlns:ofd="{OFD_NS}"><ofd:CommonData><ofd:MaxUnitID>9999</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>{box}</ofd:PhysicalBox></ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes></ofd:CommonData><ofd:Pages>{listed}</ofd:Pages></ofd:Document>',
        )
        z.writestr(
            "Doc_0/PublicRes.xml",
            f'<ofd:Res xmlns:ofd="{OFD_NS}" BaseLoc="Res"><ofd:Fonts><ofd:Font ID="3" FontName="宋体" FamilyName="宋体"/></ofd:Fonts>{resources}</ofd:Res>',
        )
        for i, content in enumerate(pages):
            z.writestr(f"Doc_0/Pages/Page_{i}/Content.xml", content)
    out.write_bytes(buf.getvalue())


def ofd_from_pdf(
    pdf_path: Path, out: Path, *, colours: bool = False, draw_params: bool = False, weights: bool = False
) -> None:
    """The pages of the PDF at ``pdf_path`` as an OFD package at ``out``, as a converter writes one from the printed
    pages: each word a ``TextObject`` placed in millimetres (its characters' advances in ``DeltaX``), each rule a
    ``PathObject``; with ``colours``, a word printed in a colour (an RGB fill, not black) keeps it as its
    ``FillColor`` (``Value="192 0 0"``), or with ``draw_params`` through a draw parameter of the public resources
    (``<ofd:DrawParam ID="7"><ofd:FillColor …/>``, the text object's ``DrawParam="7"``); with ``weights``, a word
    printed in a bold font is drawn in the package's bold font (``Font="4"``, ``Bold="true"``) with ``Weight="700"``."""
    import html

    import pdfplumber

    pages = []
    attrs = ["size", "non_stroking_color"] if colours or draw_params else ["size"]
    attrs += ["fontname"] if weights else []
    params: dict[str, int] = {}
    with pdfplumber.open(pdf_path) as pdf:
        for page in pdf.pages:
            words = page.extract_words(keep_blank_chars=False, x_tolerance=1.5, extra_attrs=attrs)
            objs = []
            for k, w in enumerate(words):
                size = w["size"] * MM
                x, y = w["x0"] * MM, w["top"] * MM
                width = (w["x1"] - w["x0"]) * MM
                text = html.escape(w["text"])
                n = len(w["text"])
                delta = " ".join(f"{width / n:.3f}" for _ in range(n - 1))
                dx = f' DeltaX="{delta}"' if n > 1 else ""
                fill = w.get("non_stroking_color")
                coloured = isinstance(fill, tuple | list) and len(fill) == 3 and any(fill)
                value = " ".join(str(round(v * 255)) for v in fill) if coloured else ""
                fill = f'<ofd:FillColor Value="{value}"/>' if coloured else ""
                param = ""
                if coloured and draw_params:
                    param = f' DrawParam="{params.setdefault(value, 7 + len(params))}"'
                    fill = ""
                font = ' Font="4" Weight="700"' if weights and "Bold" in w.get("fontname", "") else ' Font="3"'
                objs.append(
                    f'<ofd:TextObject ID="{100 + k}" Boundary="{x:.3f} {y:.3f} {width + 1:.3f} {size * 1.2:.3f}"{font} Size="{size:.3f}"{param}>{fill}<ofd:TextCode X="0" Y="{size * 0.88:.3f}"{dx}>{text}</ofd:TextCode></ofd:TextObject>'
                )
            lines = []
            for k, e in enumerate(
                page.lines
                + [{"x0": r["x0"], "x1": r["x1"], "top": r["top"], "bottom": r["bottom"]} for r in page.rects]
            ):
                x0, x1, t, b = e["x0"] * MM, e["x1"] * MM, e["top"] * MM, e["bottom"] * MM
                lines.append(
                    f'<ofd:PathObject ID="{5000 + k}" Boundary="{x0:.3f} {t:.3f} {max(x1 - x0, 0.2):.3f} {max(b - t, 0.2):.3f}"><ofd:AbbreviatedData>M 0 0 L {x1 - x0:.3f} {b - t:.3f}</ofd:AbbreviatedData></ofd:PathObject>'
                )
            pages.append(
                f'<ofd:Page xmlns:ofd="{OFD_NS}"><ofd:Area><ofd:PhysicalBox>0 0 {page.width * MM:.1f} {page.height * MM:.1f}</ofd:PhysicalBox></ofd:Area><ofd:Content><ofd:Layer ID="2">{"".join(lines)}{"".join(objs)}</ofd:Layer></ofd:Content></ofd:Page>'
            )
    resources = ""
    if weights:
        resources += '<ofd:Fonts><ofd:Font ID="4" FontName="宋体" FamilyName="宋体" Bold="true"/></ofd:Fonts>'
    if params:
        listed = "".join(
            f'<ofd:DrawParam ID="{i}"><ofd:FillColor Value="{v}"/></ofd:DrawParam>' for v, i in params.items()
        )
        resources += f"<ofd:DrawParams>{listed}</ofd:DrawParams>"
    ofd_package(pages, out, resources=resources)


PACKAGE_NS = "http://schemas.microsoft.com/office/2006/xmlPackage"


def flat_opc(docx: bytes) -> bytes:
    """A .docx's parts as Word 2007's flat XML document (“Word XML 文档”: ``<pkg:package>``, each part a
    ``pkg:part`` named by its path, its XML inside ``pkg:xmlData`` with its declaration dropped, any other part
    base64 in ``pkg:binaryData``), as Word saves one and OA systems fill one from a template; no
    ``[Content_Types].xml`` part (each part says its own type)."""
    import base64
    import re

    with zipfile.ZipFile(io.BytesIO(docx)) as z:
        types = z.read("[Content_Types].xml").decode()
        defaults = dict(re.findall(r'<Default Extension="([^"]+)" ContentType="([^"]+)"', types))
        overrides = dict(re.findall(r'<Override PartName="([^"]+)" ContentType="([^"]+)"', types))
        parts = []
        for name in z.namelist():
            if name == "[Content_Types].xml":
                continue
            data = z.read(name)
            kind = overrides.get("/" + name) or defaults.get(name.rsplit(".", 1)[-1], "application/octet-stream")
            if kind.endswith("xml"):
                xml = re.sub(r"^<\?xml[^>]*\?>\s*", "", data.decode("utf-8"))
                body = f"<pkg:xmlData>{xml}</pkg:xmlData>"
                padding = ' pkg:padding="512"' if name.endswith(".rels") else ""
            else:
                body = f"<pkg:binaryData>{base64.encodebytes(data).decode('ascii')}</pkg:binaryData>"
                padding = ' pkg:compression="store"'
            parts.append(f'<pkg:part pkg:name="/{name}" pkg:contentType="{kind}"{padding}>{body}</pkg:part>')
    return (
        '<?xml version="1.0" standalone="yes"?>\r\n<?mso-application progid="Word.Document"?>\r\n'
        f'<pkg:package xmlns:pkg="{PACKAGE_NS}">' + "".join(parts) + "</pkg:package>"
    ).encode("utf-8")


# ---- Word 2003 XML (WordprocessingML) ------------------------------------------------------------------------------

W03_HEAD = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<?mso-application progid="Word.Document"?>\n'
    '<w:wordDocument xmlns:aml="http://schemas.microsoft.com/aml/2001/core" '
    'xmlns:dt="uuid:C2F41010-65B3-11d1-A29F-00AA00C14882" xmlns:ve="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word" '
    'xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml" '
    'xmlns:wx="http://schemas.microsoft.com/office/word/2003/auxHint" '
    'xmlns:wsp="http://schemas.microsoft.com/office/word/2003/wordml/sp2" '
    'xmlns:sl="http://schemas.microsoft.com/schemaLibrary/2003/core" w:macrosPresent="no" w:embeddedObjPresent="no" '
    'w:ocxPresent="no" xml:space="preserve">\n'
    '<w:ignoreSubtree w:val="http://schemas.microsoft.com/office/word/2003/wordml/sp2"/>\n'
    "<o:DocumentProperties><o:Author>{author}</o:Author><o:LastAuthor>oa</o:LastAuthor><o:Revision>2</o:Revision>"
    "<o:Created>2026-03-18T01:20:00Z</o:Created><o:Pages>3</o:Pages><o:Version>12</o:Version></o:DocumentProperties>\n"
    '<w:fonts><w:defaultFonts w:ascii="Times New Roman" w:fareast="宋体" w:h-ansi="Times New Roman" w:cs="Times New Roman"/>'
    '<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/><w:charset w:val="86"/><w:family w:val="Modern"/>'
    '<w:pitch w:val="fixed"/></w:font></w:fonts>\n'
    "{lists}"
    '<w:styles><w:versionOfBuiltInStylenames w:val="7"/><w:latentStyles w:defLockedState="off" w:latentStyleCount="156"/>'
    '<w:style w:type="paragraph" w:default="on" w:styleId="a"><w:name w:val="Normal"/><wx:uiName wx:val="正文"/>'
    '<w:pPr><w:widowControl w:val="off"/><w:jc w:val="both"/></w:pPr><w:rPr><wx:font wx:val="Times New Roman"/>'
    '<w:kern w:val="2"/><w:sz w:val="32"/><w:sz-cs w:val="24"/><w:lang w:val="EN-US" w:fareast="ZH-CN" w:bidi="AR-SA"/>'
    "</w:rPr></w:style>"
    '<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><wx:uiName wx:val="标题 1"/>'
    '<w:basedOn w:val="a"/><w:next w:val="a"/><w:pPr><w:pStyle w:val="1"/><w:outlineLvl w:val="0"/></w:pPr>'
    '<w:rPr><w:rFonts w:eastAsia="黑体"/><w:b/><w:kern w:val="44"/></w:rPr></w:style>'
    '<w:style w:type="table" w:default="on" w:styleId="a1"><w:name w:val="Normal Table"/><wx:uiName wx:val="普通表格"/>'
    '<w:rPr><wx:font wx:val="Times New Roman"/><w:lang w:val="EN-US" w:fareast="ZH-CN" w:bidi="AR-SA"/></w:rPr>'
    '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
    '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>'
    "</w:tblCellMar></w:tblPr></w:style></w:styles>\n"
    '<w:docPr><w:view w:val="print"/><w:zoom w:percent="100"/><w:doNotEmbedSystemFonts/>'
    '<w:attachedTemplate w:val=""/><w:defaultTabStop w:val="420"/><w:drawingGridVerticalSpacing w:val="156"/>'
    '<w:punctuationKerning/><w:characterSpacingControl w:val="CompressPunctuation"/><w:validateAgainstSchema/>'
    '<w:saveInvalidXML w:val="off"/><w:ignoreMixedContent w:val="off"/><w:alwaysShowPlaceholderText w:val="off"/>'
    "<w:compat><w:spaceForUL/><w:balanceSingleByteDoubleByteWidth/><w:doNotLeaveBackslashAlone/>"
    "<w:ulTrailSpace/><w:doNotExpandShiftReturn/><w:adjustLineHeightInTable/><w:breakWrappedTables/>"
    "<w:snapToGridInCell/><w:wrapTextWithPunct/><w:useAsianBreakRules/><w:dontGrowAutofit/>"
    '<w:useFELayout/></w:compat><wsp:rsids><wsp:rsidRoot wsp:val="00A61C2B"/></wsp:rsids></w:docPr>\n'
    "<w:body><wx:sect>\n"
)
W03_FOOT = (
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" '
    'w:header="851" w:footer="992" w:gutter="0"/><w:cols w:space="425"/><w:docGrid w:type="lines" w:line-pitch="579"/>'
    "</w:sectPr></wx:sect></w:body></w:wordDocument>\n"
)


def w03_run(text: str, font: str = "仿宋_GB2312", bold: bool | str = False, style: str = "", latin: str = "") -> str:
    """A run of Word 2003 XML in ``font``: ``bold`` True writes ``<w:b/>``, a string its ``w:val`` (``on``,
    ``off``); ``style`` a character style's id (``w:rStyle``); ``latin`` the Latin font when it is another
    (``w:ascii`` and ``w:h-ansi``; ``font`` then the East Asian one alone, ``w:fareast``, as Word 2003 writes a
    Chinese font chosen for Chinese text)."""
    b = "<w:b/>" if bold is True else f'<w:b w:val="{bold}"/>' if bold else ""
    s = f'<w:rStyle w:val="{style}"/>' if style else ""
    return (
        f'<w:r><w:rPr>{s}<w:rFonts w:ascii="{latin or font}" w:fareast="{font}" w:h-ansi="{latin or font}" w:hint="fareast"/>'
        f'<wx:font wx:val="{font}"/>{b}<w:sz w:val="32"/></w:rPr><w:t>{html.escape(text, quote=False)}</w:t></w:r>'
    )


def w03_paragraph(text: str, align: str = "", *, font: str = "仿宋_GB2312", bold: bool = False, runs: str = "") -> str:
    props = f'<w:jc w:val="{align}"/>' if align else '<w:ind w:first-line-chars="200" w:first-line="640"/>'
    return f"<w:p><w:pPr>{props}</w:pPr>{runs or w03_run(text, font, bold)}</w:p>\n"


def w03_item(number: str, level: int, runs: str, ilfo: int = 1) -> str:
    """A paragraph of a Word list as Word 2003 saves it: its list (``w:ilfo``) and the number it shows (``wx:t``)."""
    return (
        f'<w:p><w:pPr><w:listPr><w:ilvl w:val="{level}"/><w:ilfo w:val="{ilfo}"/>'
        f'<wx:t wx:val="{number}" wx:wTabBefore="640" wx:wTabAfter="0"/><wx:font wx:val="仿宋_GB2312"/></w:listPr>'
        f'<w:ind w:first-line-chars="200" w:first-line="640"/></w:pPr>{runs}</w:p>\n'
    )


def w03_cell(
    text: str | None,
    width: int,
    *,
    span: int = 1,
    merge: str = "",
    bold: bool = False,
    hmerge: str = "",
    runs: str = "",
) -> str:
    """A table cell: ``merge`` "restart" opens a vertical merge, "continue" goes on with the one above (its text not
    written again); ``hmerge`` the same across (Word 2003's ``w:hmerge``: a "continue" cell holds an empty
    paragraph); ``runs`` the paragraph's runs as written (``w03_run``s), for ``text``."""
    props = f'<w:tcW w:w="{width}" w:type="dxa"/>'
    if span > 1:
        props += f'<w:gridSpan w:val="{span}"/>'
    if merge == "restart":
        props += '<w:vmerge w:val="restart"/>'
    elif merge == "continue":
        props += "<w:vmerge/>"
    if hmerge == "restart":
        props += '<w:hmerge w:val="restart"/>'
    elif hmerge == "continue":
        props += "<w:hmerge/>"
    props += '<w:vAlign w:val="center"/>'
    body = "" if "continue" in (merge, hmerge) else runs or (w03_run(text, "仿宋_GB2312", bold) if text else "")
    return f'<w:tc><w:tcPr>{props}</w:tcPr><w:p><w:pPr><w:jc w:val="center"/></w:pPr>{body}</w:p></w:tc>'


def w03_table_open(widths) -> str:
    """A Word 2003 XML table's opening as Word writes a gridded one: its width the sum of the columns' ``widths``
    (twips), single borders, the grid; the rows and ``</w:tbl>`` are the caller's."""
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    return (
        f'<w:tbl><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:jc w:val="center"/><w:tblBorders>'
        '<w:top w:val="single" w:sz="4" wx:bdrwidth="10" w:space="0" w:color="000000"/>'
        '<w:left w:val="single" w:sz="4" wx:bdrwidth="10" w:space="0" w:color="000000"/>'
        '<w:bottom w:val="single" w:sz="4" wx:bdrwidth="10" w:space="0" w:color="000000"/>'
        '<w:right w:val="single" w:sz="4" wx:bdrwidth="10" w:space="0" w:color="000000"/>'
        '<w:insideH w:val="single" w:sz="4" wx:bdrwidth="10" w:space="0" w:color="000000"/>'
        '<w:insideV w:val="single" w:sz="4" wx:bdrwidth="10" w:space="0" w:color="000000"/>'
        f'</w:tblBorders><w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>\n'
    )


# ---- Word's notes (footnotes, endnotes) ----------------------------------------------------------------------------

_NOTE_PARTS = {
    "footnote": ("footnotes", "/word/footnotes.xml"),
    "endnote": ("endnotes", "/word/endnotes.xml"),
}


def add_notes(document, kind: str, notes) -> None:
    """A notes part (``kind`` "footnote" or "endnote") added to a python-docx ``document`` as Word writes one: its
    separator and continuation notes (ids -1 and 0), then each of ``notes`` (a note's text, or a list of its
    paragraphs' texts) numbered from 1, its paragraphs in ``SERIF``, its first opening with the note's mark."""
    from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    plural, name = _NOTE_PARTS[kind]
    tag = "footnote" if kind == "footnote" else "endnote"
    ref = "footnoteRef" if kind == "footnote" else "endnoteRef"
    font = f'<w:rFonts w:ascii="{SERIF}" w:hAnsi="{SERIF}" w:eastAsia="{SERIF}"/>'
    body = [
        f'<w:{tag} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{tag}>',
        f'<w:{tag} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:{tag}>',
    ]
    for number, note in enumerate(notes, start=1):
        paragraphs = [note] if isinstance(note, str) else list(note)
        runs = []
        for k, text in enumerate(paragraphs):
            mark = f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:{ref}/></w:r>' if k == 0 else ""
            runs.append(
                f'<w:p><w:pPr><w:pStyle w:val="a3"/></w:pPr>{mark}<w:r><w:rPr>{font}<w:sz w:val="18"/></w:rPr>'
                f'<w:t xml:space="preserve">{html.escape(text, quote=False)}</w:t></w:r></w:p>'
            )
        body.append(f'<w:{tag} w:id="{number}">{"".join(runs)}</w:{tag}>')
    xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:{plural} xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        + "".join(body)
        + f"</w:{plural}>"
    )
    content = CONTENT_TYPE.WML_FOOTNOTES if kind == "footnote" else CONTENT_TYPE.WML_ENDNOTES
    relation = RELATIONSHIP_TYPE.FOOTNOTES if kind == "footnote" else RELATIONSHIP_TYPE.ENDNOTES
    part = Part(PackURI(name), content, xml.encode("utf-8"), document.part.package)
    document.part.relate_to(part, relation)


def note_reference(paragraph, kind: str, number: int):
    """A note's mark (a superscript ``w:footnoteReference`` or ``w:endnoteReference`` run) added to a python-docx
    ``paragraph`` where its text has reached; the paragraph."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    tag = "footnoteReference" if kind == "footnote" else "endnoteReference"
    paragraph._p.append(
        parse_xml(
            f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:{tag} w:id="{number}"/></w:r>'
        )
    )
    return paragraph


def noted_table_document(lead_in: str, rows, footnotes, endnotes=()):
    """A python-docx document of one paragraph ``lead_in`` marked with footnote 1 and closed by 制定本清单。, then a
    table of ``rows`` (its first the header), then the ``footnotes`` (and ``endnotes``) as :func:`add_notes` writes
    them: the short-form tests' plan whose notes define the names its table uses."""
    import docx

    document = docx.Document()
    paragraph = document.add_paragraph(lead_in)
    note_reference(paragraph, "footnote", 1)
    paragraph.add_run("制定本清单。")
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for row, texts in zip(table.rows, rows, strict=True):
        for cell, text in zip(row.cells, texts, strict=True):
            cell.text = text
    add_notes(document, "footnote", footnotes)
    if endnotes:
        add_notes(document, "endnote", endnotes)
    return document


# ---- text boxes and content controls -------------------------------------------------------------------------------

_WPS_NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w10="urn:schemas-microsoft-com:office:word"'
)


def text_box(document, blocks, *, width_cm: float, height_cm: float):
    """The python-docx ``blocks`` (tables, paragraphs: their ``_element``s, already in ``document``) moved into a text
    box anchored in a new paragraph at the body's end, as Word 2010 and later write one: ``mc:AlternateContent``, its
    ``mc:Choice`` a DrawingML shape (``wps:txbx``) and its ``mc:Fallback`` the same box in VML (``v:textbox``) for
    older readers, each holding a copy of the blocks in ``w:txbxContent``; the anchoring paragraph."""
    import copy

    from docx.oxml import parse_xml

    inner = []
    for block in blocks:
        element = getattr(block, "_element", block)
        element.getparent().remove(element)
        inner.append(element)
    cx, cy = int(width_cm * 360000), int(height_cm * 360000)
    paragraph = document.add_paragraph()
    run = parse_xml(
        f'<w:r {_WPS_NS}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        f'<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" '
        f'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        f'<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
        f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
        f'<wp:docPr id="1" name="文本框 1"/><wp:cNvGraphicFramePr/>'
        f'<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:ln w="6350"><a:solidFill><a:srgbClr val="000000"/>'
        f"</a:solidFill></a:ln></wps:spPr><wps:txbx><w:txbxContent/></wps:txbx>"
        f'<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" '
        f'anchor="t"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>'
        f'</mc:Choice><mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
        f'path="m,l,21600r21600,l21600,xe" xmlns:o="urn:schemas-microsoft-com:office:office"/>'
        f'<v:shape id="文本框 1" o:spid="_x0000_s1026" type="#_x0000_t202" '
        f'style="position:absolute;margin-left:0;margin-top:0;width:{width_cm * 28.35:.1f}pt;'
        f'height:{height_cm * 28.35:.1f}pt;z-index:251659264" strokeweight=".5pt" '
        f'xmlns:o="urn:schemas-microsoft-com:office:office"><v:textbox><w:txbxContent/></v:textbox>'
        f'<w10:wrap type="topAndBottom"/></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>'
    )
    boxes = list(run.iter("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}txbxContent"))
    for element in inner:
        boxes[0].append(element)
        boxes[1].append(copy.deepcopy(element))
    paragraph._p.append(run)
    return paragraph


def content_control(element, *, alias: str, kind: str = "text", items=(), prompt: bool = False):
    """A Word content control (``w:sdt``) put around ``element`` (a cell ``w:tc``, a row ``w:tr``, a run ``w:r``) as
    a form template's fields are: its ``w:sdtPr`` names it (``alias``, ``w:tag``) and says its ``kind``
    ("text" plain text, "list" a drop-down of ``items``, "date" a date picker writing 2026年M月d日 dates, "repeat" a
    repeating section's item), and ``prompt`` that it still shows its placeholder (``w:showingPlcHdr``); the
    ``w:sdt``."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    kinds = {
        "text": "<w:text/>",
        "list": "<w:dropDownList>"
        + "".join(f'<w:listItem w:displayText="{i}" w:value="{i}"/>' for i in items)
        + "</w:dropDownList>",
        "date": '<w:date><w:dateFormat w:val="yyyy年M月d日"/><w:lid w:val="zh-CN"/>'
        '<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>',
        "repeat": '<w15:repeatingSectionItem xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"/>',
    }
    shown = "<w:showingPlcHdr/>" if prompt else ""
    sdt = parse_xml(
        f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{alias}"/>'
        f'<w:id w:val="{zlib.crc32(alias.encode()) % 900000000 + 100000}"/>{shown}{kinds[kind]}</w:sdtPr><w:sdtContent/></w:sdt>'
    )
    element.addprevious(sdt)
    sdt[1].append(element)
    return sdt


# ---- Excel 2003 XML Spreadsheet (.xml) workbooks of one sheet, as Excel writes them ---------------------------------

_XMLSS_STYLES = """  <Style ss:ID="Default" ss:Name="Normal">
   <Alignment ss:Vertical="Center"/>
   <Font ss:FontName="宋体" x:CharSet="134" ss:Size="11" ss:Color="#000000"/>
  </Style>
  <Style ss:ID="s62"><Font ss:FontName="方正小标宋简体" x:CharSet="134" ss:Size="16"/></Style>
  <Style ss:ID="s63"><Alignment ss:Vertical="Center" ss:WrapText="1"/>
   <Font ss:FontName="黑体" x:CharSet="134" ss:Size="11"/></Style>
  <Style ss:ID="s64"><Alignment ss:Vertical="Center" ss:WrapText="1"/></Style>
"""
_XMLSS_FOOT = """  </Table>
  <WorksheetOptions xmlns="urn:schemas-microsoft-com:office:excel">
   <PageSetup><Layout x:Orientation="Landscape"/></PageSetup>
   <Selected/>
   <ProtectObjects>False</ProtectObjects>
   <ProtectScenarios>False</ProtectScenarios>
  </WorksheetOptions>
 </Worksheet>
</Workbook>
"""


def xmlss_workbook(rows, *, author: str, created: str, sheet: str, widths, styles: str = "") -> bytes:
    """An Excel 2003 XML Spreadsheet of one landscape sheet: ``rows`` (``<Row>`` elements), the styles ``s62`` (title),
    ``s63`` (header), ``s64`` (cell) and ``styles`` (more ``<Style>`` lines), columns of ``widths`` (a list of
    lines, each a list of widths).

    >>> book = xmlss_workbook(["<Row/>"], author="县水利局", created="2026-03-12T01:30:00Z", sheet="台账", widths=[[36, 90]])
    >>> book.startswith(b'<?xml version="1.0"'), b'ss:ExpandedColumnCount="2"' in book, b"   <Row/>\\n" in book
    (True, True, True)
    """
    columns = "".join("   " + "".join(f'<Column ss:Width="{w}"/>' for w in line) + "\n" for line in widths)
    head = f"""<?xml version="1.0" encoding="UTF-8"?>
<?mso-application progid="Excel.Sheet"?>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"
 xmlns:o="urn:schemas-microsoft-com:office:office"
 xmlns:x="urn:schemas-microsoft-com:office:excel"
 xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"
 xmlns:html="http://www.w3.org/TR/REC-html40">
 <DocumentProperties xmlns="urn:schemas-microsoft-com:office:office">
  <Author>{author}</Author>
  <Created>{created}</Created>
  <Version>16.00</Version>
 </DocumentProperties>
 <Styles>
{_XMLSS_STYLES}{styles} </Styles>
 <Worksheet ss:Name="{sheet}">
  <Table ss:ExpandedColumnCount="{sum(len(line) for line in widths)}" x:FullColumns="1" x:FullRows="1" ss:DefaultRowHeight="14.25">
{columns}"""
    body = "".join("   " + r + "\n" for r in rows)
    return (head + body + _XMLSS_FOOT).encode("utf-8")


def xmlss_text(text: str, style: str = "s64", across: int = 0) -> str:
    """A cell of plain text, merged over ``across`` more columns.

    >>> xmlss_text("附件", "s63")
    '<Cell ss:StyleID="s63"><Data ss:Type="String">附件</Data></Cell>'
    """
    merge = f' ss:MergeAcross="{across}"' if across else ""
    return f'<Cell ss:StyleID="{style}"{merge}><Data ss:Type="String">{text}</Data></Cell>'


def xmlss_rich(runs: str, style: str = "s64") -> str:
    """A cell of rich text as Excel writes it: ``ss:Data`` in HTML's namespace holding ``<B>``, ``<Font>`` runs.

    >>> xmlss_rich("<B>县住建局</B>").startswith('<Cell ss:StyleID="s64"><ss:Data ss:Type="String" xmlns=')
    True
    """
    return (
        f'<Cell ss:StyleID="{style}"><ss:Data ss:Type="String" xmlns="http://www.w3.org/TR/REC-html40">{runs}'
        "</ss:Data></Cell>"
    )


def fixed_times(document, when: datetime.datetime = datetime.datetime(2026, 3, 1, 9, 0, 0)) -> None:
    """A Word document's core properties (or an openpyxl workbook's properties) created and modified at one fixed
    time (``when``, 2026-03-01 09:00 unless given), so that a fixture's generator writes the same properties on every
    run. openpyxl's ``save`` stamps a workbook's modified time again with the time of saving, so a saved workbook
    keeps ``when`` as its created time only (and a zip's entries carry their writing time in either kind of file).

    >>> import docx, openpyxl
    >>> document = docx.Document()
    >>> fixed_times(document)
    >>> document.core_properties.modified.isoformat()
    '2026-03-01T09:00:00+00:00'
    >>> workbook = openpyxl.Workbook()
    >>> fixed_times(workbook, datetime.datetime(2027, 1, 12, 9, 0, 0))
    >>> workbook.properties.created.isoformat()
    '2027-01-12T09:00:00'
    """
    properties = document.core_properties if hasattr(document, "core_properties") else document.properties
    properties.created = when
    properties.modified = when


def save_paragraphs(paragraphs, author: str, out: Path) -> None:
    """A plan as Word writes it, one paragraph a line (``add_paragraph``), with ``author`` and fixed times
    (``fixed_times``), saved at ``out``: the fixtures' generators' plain .docx."""
    import docx

    document = docx.Document()
    for text in paragraphs:
        add_paragraph(document, text)
    save_document(document, author, out)


def save_document(document, author: str, out: Path) -> None:
    """A python-docx ``document`` saved at ``out`` with ``author`` and fixed times (``fixed_times``)."""
    document.core_properties.author = author
    fixed_times(document)
    document.save(out)


def libreoffice_saved(document, kind: str, out: Path) -> None:
    """A python-docx ``document`` as LibreOffice saves it in ``kind`` (pdf, doc, odt) at ``out``, its core properties
    at the fixed time (``fixed_times``) so that a generator writes the same file on every run."""
    fixed_times(document)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "plan.docx"
        document.save(src)
        libreoffice_copy(src, kind, out)


def coloured_leads_plan(paragraphs, items, *, colour=None, bold: bool = False):
    """A Word document of ``paragraphs`` then ``items`` for a legend's fixtures (rounds 67 files34, files35): each
    item ``(text, leads, rest, due)`` a paragraph whose parenthetical ``（责任单位：…）`` names ``leads`` in runs of
    ``colour`` (an ``RGBColor``; C00000 when not given) or, with ``bold``, in bold runs, before ``rest``, then ``due``;
    a str item a paragraph of its own (a heading, a legend).

    >>> d = coloured_leads_plan(["标题"], [("1.推进改革。", ["甲局"], "、乙局", "完成时限：长期坚持")])
    >>> [p.text for p in d.paragraphs]
    ['标题', '1.推进改革。（责任单位：甲局、乙局；完成时限：长期坚持）']
    >>> str(d.paragraphs[1].runs[1].font.color.rgb), d.paragraphs[1].runs[1].text
    ('C00000', '甲局')
    """
    import docx
    from docx.shared import RGBColor

    colour = RGBColor(0xC0, 0x00, 0x00) if colour is None else colour
    document = docx.Document()
    for text in paragraphs:
        add_paragraph(document, text)
    for item in items:
        if isinstance(item, str):
            add_paragraph(document, item)
            continue
        text, leads, rest, due = item
        paragraph = add_paragraph(document, text + "（责任单位：")
        for k, lead in enumerate(leads):
            if k:
                set_font(paragraph.add_run("、"))
            run = paragraph.add_run(lead)
            set_font(run)
            if bold:
                run.bold = True
            else:
                run.font.color.rgb = colour
        set_font(paragraph.add_run(f"{rest}；{due}）"))
    return document


def coloured_units_cell(leads, rest: str, colour, *, font: str = "宋体", size: int = 11):
    """A 责任单位 cell of an .xlsx 台账 under a colour legend (rounds 66 files33, 67 files34): ``leads`` in runs of
    ``colour`` (an openpyxl ``Color`` or an rgb string) between 、, then ``rest`` (the supports, from its 、) plain.

    >>> cell = coloured_units_cell(["县农业农村局", "县水利局"], "、县财政局", "FFFF0000")
    >>> [block.text if hasattr(block, "text") else block for block in cell]
    ['县农业农村局', '、', '县水利局', '、县财政局']
    """
    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.cell.text import InlineFont

    runs: list = []
    for k, lead in enumerate(leads):
        if k:
            runs.append("、")
        runs.append(TextBlock(InlineFont(rFont=font, sz=size, color=colour), lead))
    if rest:
        runs.append(TextBlock(InlineFont(rFont=font, sz=size), rest))
    return CellRichText(runs)
