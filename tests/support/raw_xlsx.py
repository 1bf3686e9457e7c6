"""Workbooks written as raw XML, for readers that must meet every shape a spreadsheet program may write.

openpyxl writes one shape of each thing; Excel, WPS and LibreOffice write others (shared strings,
rich-text runs, formulas with cached values, cells and rows without ``r``, no ``<dimension>``), and a
broken or hostile file any. ``workbook`` packages sheets given as XML bodies; ``cell`` writes one cell.
"""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape

NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"

#: Cell styles (``s``): 0 General, 1 a built-in date (14), 2 a custom date, 3 text (@), 4 a time of day.
STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="{NS}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts>
<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="21" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>"""


def cell(ref: str | None, kind: str, value: object = None, *, style: int | None = None, strings=None) -> str:
    """One ``<c>``: kind is empty, shared, inline, rich, number, bool, error, formula (a cached text), iso.

    ``strings`` (a list) collects shared strings; ``ref`` None leaves ``r`` out.
    """
    r = f' r="{ref}"' if ref else ""
    s = f' s="{style}"' if style is not None else ""
    if kind == "empty":
        return f"<c{r}{s}/>"
    if kind == "shared":
        strings.append(str(value))
        return f'<c{r}{s} t="s"><v>{len(strings) - 1}</v></c>'
    if kind == "inline":
        return f'<c{r}{s} t="inlineStr"><is><t xml:space="preserve">{escape(str(value))}</t></is></c>'
    if kind == "rich":  # two runs, the first with its font, as LibreOffice writes mixed scripts
        text = str(value)
        half = len(text) // 2
        runs = f'<r><rPr><sz val="11"/><rFont val="宋体"/></rPr><t xml:space="preserve">{escape(text[:half])}</t></r>'
        return f'<c{r}{s} t="inlineStr"><is>{runs}<r><t>{escape(text[half:])}</t></r></is></c>'
    if kind == "number":
        return f"<c{r}{s}><v>{value}</v></c>"
    if kind == "bool":
        return f'<c{r}{s} t="b"><v>{int(bool(value))}</v></c>'
    if kind == "error":
        return f'<c{r}{s} t="e"><v>{value}</v></c>'
    if kind == "formula":
        return f'<c{r}{s} t="str"><f>IF(1,"{escape(str(value))}")</f><v>{escape(str(value))}</v></c>'
    if kind == "iso":
        return f'<c{r}{s} t="d"><v>{value}</v></c>'
    raise ValueError(kind)


def shared_strings(strings) -> str:
    items = "".join(f'<si><t xml:space="preserve">{escape(s)}</t></si>' for s in strings)
    return f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{NS}" count="{len(strings)}">{items}</sst>'


def sheet_xml(rows: str, *, dimension: str | None = None, merges: str = "", extra: str = "") -> str:
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    return f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{NS}">{dim}<sheetData>{rows}</sheetData>{merges}{extra}</worksheet>'


def workbook(sheets: list[tuple[str, str]], strings=(), *, styles: str = STYLES) -> bytes:
    """An .xlsx of ``(title, sheet XML)`` pairs, with the shared strings ``strings``."""
    names = "".join(f'<sheet name="{escape(t)}" sheetId="{i}" r:id="rId{i}"/>' for i, (t, _) in enumerate(sheets, 1))
    rels = "".join(
        f'<Relationship Id="rId{i}" Type="{REL}/worksheet" Target="worksheets/sheet{i}.xml"/>'
        for i in range(1, len(sheets) + 1)
    )
    n = len(sheets)
    rels += f'<Relationship Id="rId{n + 1}" Type="{REL}/styles" Target="styles.xml"/>'
    rels += f'<Relationship Id="rId{n + 2}" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>'
    ct = "application/vnd.openxmlformats-officedocument.spreadsheetml"
    overrides = "".join(
        f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="{ct}.worksheet+xml"/>' for i in range(1, n + 1)
    )
    files = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/xl/workbook.xml" ContentType="{ct}.sheet.main+xml"/>{overrides}'
            f'<Override PartName="/xl/styles.xml" ContentType="{ct}.styles+xml"/>'
            f'<Override PartName="/xl/sharedStrings.xml" ContentType="{ct}.sharedStrings+xml"/></Types>'
        ),
        "_rels/.rels": (
            f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG_REL}">'
            f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
        ),
        "xl/workbook.xml": (
            f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{NS}" xmlns:r="{REL}"><sheets>{names}</sheets></workbook>'
        ),
        "xl/_rels/workbook.xml.rels": f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG_REL}">{rels}</Relationships>',
        "xl/styles.xml": styles,
        "xl/sharedStrings.xml": shared_strings(strings),
    }
    for i, (_, xml) in enumerate(sheets, 1):
        files[f"xl/worksheets/sheet{i}.xml"] = xml
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in files.items():
            z.writestr(name, text.encode("utf-8"))
    return buf.getvalue()
