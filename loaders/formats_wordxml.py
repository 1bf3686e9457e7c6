"""Word's XML documents read as the .docx reader reads a .docx. ``sniff.is_word_xml`` knows one by its head, under
any name (``read.format_of``: ``.xml``, ``.doc``).

Word saves a document as one XML file in two forms, and OA systems fill such a file from a template (a 公文 system's
“导出Word”), handing it out as ``.xml`` or ``.doc``:

- Word 2003's XML document (WordprocessingML, ``<?mso-application progid="Word.Document"?>``, root ``w:wordDocument``
  in ``http://schemas.microsoft.com/office/word/2003/wordml``): the paragraphs and tables of a .docx's
  ``document.xml`` under other names in places. It is written again as a .docx's ``document.xml`` (and its
  ``w:styles`` as ``styles.xml``): ``w:vmerge`` becomes ``w:vMerge``, ``w:hlink`` ``w:hyperlink``, the attributes
  ``w:fareast`` and ``w:h-ansi`` (a run's fonts, round 63) ``w:eastAsia`` and ``w:hAnsi``; the number Word
  shows before a list's paragraph (``wx:t`` in ``w:listPr``) is written as the paragraph's first words; a tracked
  insertion or deletion (``aml:annotation`` ``Word.Insertion`` / ``Word.Deletion``) becomes ``w:ins`` / ``w:del``,
  a comment or a bookmark is dropped; Word's hints (``wx:sect``, ``wx:sub-section``, ``wx:pBdrGroup``) are unwrapped,
  its other ``wx:`` elements dropped, as are images' data (``w:binData``) and footnotes (written inline there);
  elements of other namespaces (smart tags, custom XML, VML shapes around a text box) are unwrapped.
- Word 2007's flat XML document (root ``pkg:package``): a .docx's parts in one file, each a ``pkg:part`` named by
  its path, its XML in ``pkg:xmlData`` or its bytes base64 in ``pkg:binaryData``. The parts are packed again as
  the .docx they are, each XML part written again from its events, ``[Content_Types].xml`` made from each part's
  ``pkg:contentType``.

Both are streamed through expat with the depth bounded and no DTD (``containers.scan_xml``); the package made is
checked again by the .docx reader (its members, sizes, every part, the cells) as any .docx is. Before (round 62),
an ``.xml`` of either kind was read as text (its markup as lines), and a ``.doc`` went to LibreOffice.

>>> word = (b'<?xml version="1.0"?><w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml" '
...         b'xmlns:wx="http://schemas.microsoft.com/office/word/2003/auxHint"><w:body><wx:sect><w:p><w:pPr><w:listPr>'
...         b'<wx:t wx:val="1."/></w:listPr></w:pPr><w:r><w:t>task</w:t></w:r></w:p></wx:sect></w:body></w:wordDocument>')
>>> word2003_parts(word, path="t.xml")["word/document.xml"].decode().split("<n0:body>")[1]
'<n0:p><n0:pPr></n0:pPr><n0:r><n0:t xml:space="preserve">1.</n0:t></n0:r><n0:r><n0:t>task</n0:t></n0:r></n0:p></n0:body></n0:document>'
"""

from __future__ import annotations

import base64
import binascii
import io
import zipfile
from xml.sax.saxutils import escape

from reformgraph.errors import DocumentError
from reformgraph.loaders.containers import scan_xml
from reformgraph.loaders.formats_docx import read_docx
from reformgraph.loaders.limits import DEFAULT_LIMITS, Limits, check_count
from reformgraph.records import Document

W03 = "http://schemas.microsoft.com/office/word/2003/wordml"
WX = "http://schemas.microsoft.com/office/word/2003/auxHint"
AML = "http://schemas.microsoft.com/aml/2001/core"
PKG = "http://schemas.microsoft.com/office/2006/xmlPackage"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_XML = "http://www.w3.org/XML/1998/namespace"
_ATTRIBUTE_ESCAPES = {'"': "&quot;", "\n": "&#10;", "\r": "&#13;", "\t": "&#9;"}
NOT_WORD_XML = "an XML document that is neither Word 2003's XML document nor Word 2007's flat XML document"


def _split(name: str) -> tuple[str, str]:
    """(namespace, local name) of an expat name ``uri}local``."""
    uri, _, local = name.rpartition("}")
    return uri, local


class _Writer:
    """XML written again from expat's events: each namespace given a prefix of its own, declared on the root."""

    def __init__(self) -> None:
        self.out: list[str] = []
        self.prefixes: dict[str, str] = {}

    def _name(self, name: str) -> str:
        uri, local = _split(name)
        if not uri:
            return local
        if uri == _XML:
            return "xml:" + local  # xml:space: a prefix no document may declare
        return f"{self.prefixes.setdefault(uri, f'n{len(self.prefixes)}')}:{local}"

    def start(self, name: str, attributes: dict[str, str]) -> None:
        said = "".join(f' {self._name(k)}="{escape(v, _ATTRIBUTE_ESCAPES)}"' for k, v in attributes.items())
        self.out.append(f"<{self._name(name)}{said}>")

    def end(self, name: str) -> None:
        self.out.append(f"</{self._name(name)}>")

    def text(self, chars: str) -> None:
        self.out.append(escape(chars))

    def xml(self) -> bytes:
        if not self.out:
            return b""
        declared = "".join(f' xmlns:{p}="{escape(u, _ATTRIBUTE_ESCAPES)}"' for u, p in self.prefixes.items())
        root = self.out[0][:-1] + declared + ">"
        return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + root + "".join(self.out[1:])).encode()


# Word 2003's elements renamed as a .docx names them
_RENAMED = {"vmerge": "vMerge", "hmerge": "hMerge", "hlink": "hyperlink"}
# and its attributes: a run's East Asian and other Latin fonts (w:rFonts), a language's East Asian one (w:lang),
# which a legend naming a font reads (round 63: before, w:fareast="楷体_GB2312" was no font the .docx reader saw)
_ATTRIBUTES_RENAMED = {"fareast": "eastAsia", "h-ansi": "hAnsi"}
# Word 2003's elements not read: images' data, footnotes and endnotes written where their marks stand
_DROPPED = {"binData", "footnote", "endnote"}
_UNWRAPPED_HINTS = {"sect", "sub-section", "pBdrGroup"}  # wx: elements holding the body's paragraphs
_TRACKED = {"Word.Insertion": "ins", "Word.Deletion": "del"}


class _Word2003:
    """Writes a Word 2003 XML document's body and styles again as a .docx's ``document.xml`` and ``styles.xml``."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.document = _Writer()
        self.styles = _Writer()
        self.target: _Writer | None = None  # the part being written: the body's, the styles'
        self.open: list[str | None] = []  # each open element's name as written (None: not written)
        self.skip = 0  # the depth inside an element not read
        self.in_list = False  # inside a paragraph's w:listPr
        self.number = ""  # the number Word shows before the paragraph (wx:t in w:listPr)
        self.root = True

    def start(self, name: str, attributes: dict[str, str]) -> None:
        if self.skip:
            self.skip += 1
            return
        uri, local = _split(name)
        if self.root:
            if (uri, local) != (W03, "wordDocument"):
                raise DocumentError(NOT_WORD_XML, path=self.path)
            self.root = False
            self.open.append(None)
            return
        if self.in_list:
            if (uri, local) == (WX, "t"):
                self.number = attributes.get(f"{WX}}}val", "")
            self.skip = 1
            return
        written = None
        if self.target is None:  # the document's own elements: its body and its styles are read
            if uri == W03 and local in ("body", "styles"):
                self.target = self.document if local == "body" else self.styles
                if local == "body":
                    self.target.start(f"{W}}}document", {})
                written = f"{W}}}{local}"
            else:
                self.skip = 1
                return
        elif uri == W03:
            if local in _DROPPED:
                self.skip = 1
                return
            if local == "listPr":
                self.in_list = True
                self.open.append(None)
                return
            written = f"{W}}}{_RENAMED.get(local, local)}"
        elif uri == WX:
            if local not in _UNWRAPPED_HINTS:
                self.skip = 1
                return
        elif uri == AML:
            if local == "annotation":
                kind = _TRACKED.get(attributes.get(f"{W03}}}type", ""))
                if kind is None:  # a comment, a bookmark, a change of format: nothing of the text
                    self.skip = 1
                    return
                written = f"{W}}}{kind}"
                attributes = {}  # its author and time: Word 2003's names, no .docx's
        self.open.append(written)
        if written is not None:
            kept = {
                (f"{W}}}{_renamed_attribute(k[len(W03) + 1 :])}" if k.startswith(W03 + "}") else k): v
                for k, v in attributes.items()
                if k.startswith((W03 + "}", _XML + "}"))
            }
            self.target.start(written, kept)

    def end(self, name: str) -> None:
        if self.skip:
            self.skip -= 1
            return
        written = self.open.pop()
        uri, local = _split(name)
        if uri == W03 and local == "listPr":
            self.in_list = False
            return
        if written is None or self.target is None:
            return
        self.target.end(written)
        if uri == W03 and local == "pPr" and self.target is self.document:
            number, self.number = self.number, ""
            if any(ch.isalnum() for ch in number):  # a bullet (a symbol font's character) is no number
                self.target.start(f"{W}}}r", {})
                self.target.start(f"{W}}}t", {f"{_XML}}}space": "preserve"})
                self.target.text(number)
                self.target.end(f"{W}}}t")
                self.target.end(f"{W}}}r")
        if uri == W03 and local in ("body", "styles"):
            if local == "body":
                self.target.end(f"{W}}}document")
            self.target = None

    def text(self, chars: str) -> None:
        if self.target is not None and not self.skip and not self.in_list:
            self.target.text(chars)


def _renamed_attribute(local: str) -> str:
    """A Word 2003 attribute's local name as a .docx names it (``fareast`` → ``eastAsia``, ``h-ansi`` → ``hAnsi``).

    >>> _renamed_attribute("fareast"), _renamed_attribute("h-ansi"), _renamed_attribute("val")
    ('eastAsia', 'hAnsi', 'val')
    """
    return _ATTRIBUTES_RENAMED.get(local, local)


_DOCUMENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_STYLES_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"
_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships"
_OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
_STYLES_RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"


def word2003_parts(data: bytes, *, path: str, limits: Limits = DEFAULT_LIMITS) -> dict[str, bytes]:
    """A Word 2003 XML document's body and styles as a .docx's parts (``word/document.xml``, ``word/styles.xml``,
    with the package's relationships)."""
    reader = _Word2003(path)
    scan_xml(
        data,
        path=path,
        part="document",
        limits=limits,
        start=reader.start,
        end=reader.end,
        text=reader.text,
        qualified=True,
    )
    document = reader.document.xml() or (
        f'<w:document xmlns:w="{W}"><w:body/></w:document>'.encode()  # no body: an empty document
    )
    rels = f'<Relationships xmlns="{_RELATIONSHIPS}"><Relationship Id="rId1" Type="{_OFFICE_DOCUMENT}" Target="word/document.xml"/></Relationships>'
    parts = {"_rels/.rels": rels.encode(), "word/document.xml": document}
    types = {"/word/document.xml": _DOCUMENT_TYPE}
    if styles := reader.styles.xml():
        parts["word/styles.xml"] = styles
        types["/word/styles.xml"] = _STYLES_TYPE
        parts["word/_rels/document.xml.rels"] = (
            f'<Relationships xmlns="{_RELATIONSHIPS}"><Relationship Id="rId1" Type="{_STYLES_RELATIONSHIP}" '
            'Target="styles.xml"/></Relationships>'
        ).encode()
    return {"[Content_Types].xml": _content_types(types), **parts}


def _content_types(types: dict[str, str]) -> bytes:
    """A package's ``[Content_Types].xml``: each part's type by its name, relationships and XML by their ends."""
    overrides = "".join(
        f'<Override PartName="{escape(name, _ATTRIBUTE_ESCAPES)}" ContentType="{escape(kind, _ATTRIBUTE_ESCAPES)}"/>'
        for name, kind in types.items()
    )
    return (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        f'<Default Extension="xml" ContentType="application/xml"/>{overrides}</Types>'
    ).encode()


class _FlatPackage:
    """Collects a flat XML document's parts: each ``pkg:part``'s name, type, and XML written again or bytes."""

    def __init__(self, path: str, limits: Limits) -> None:
        self.path, self.limits = path, limits
        self.parts: dict[str, bytes] = {}
        self.types: dict[str, str] = {}
        self.part: tuple[str, str] | None = None  # the open part's name and type
        self.writer: _Writer | None = None  # the open part's XML, written again
        self.inner = 0  # the depth inside pkg:xmlData
        self.binary: list[str] | None = None
        self.root = True

    def start(self, name: str, attributes: dict[str, str]) -> None:
        if self.writer is not None:
            self.inner += 1
            self.writer.start(name, attributes)
            return
        if self.root:
            if name != f"{PKG}}}package":
                raise DocumentError(NOT_WORD_XML, path=self.path)
            self.root = False
        elif name == f"{PKG}}}part":
            self.part = (attributes.get(f"{PKG}}}name", ""), attributes.get(f"{PKG}}}contentType", ""))
        elif name == f"{PKG}}}xmlData" and self.part is not None:
            self.writer = _Writer()
        elif name == f"{PKG}}}binaryData" and self.part is not None:
            self.binary = []

    def end(self, name: str) -> None:
        if self.writer is not None and self.inner:
            self.inner -= 1
            self.writer.end(name)
        elif name == f"{PKG}}}xmlData" and self.writer is not None:
            self._keep(self.writer.xml())
            self.writer = None
        elif name == f"{PKG}}}binaryData" and self.binary is not None:
            try:
                self._keep(base64.b64decode("".join(self.binary)))
            except (binascii.Error, ValueError):
                raise DocumentError(f"part {self.part[0]}: its base64 data is broken", path=self.path) from None
            self.binary = None
        elif name == f"{PKG}}}part":
            self.part = None

    def text(self, chars: str) -> None:
        if self.writer is not None:
            self.writer.text(chars)
        elif self.binary is not None:
            self.binary.append(chars)

    def _keep(self, data: bytes) -> None:
        """The open part kept under its name (a path inside the package; the first of a name kept), its type listed."""
        name, kind = self.part
        member = name.lstrip("/")
        if not member or ".." in member.split("/") or "\\" in member or member == "[Content_Types].xml":
            return  # a name no package may hold
        if member not in self.parts:
            check_count("zip_members", len(self.parts) + 1, "the package has", path=self.path, limits=self.limits)
            self.parts[member] = data
            self.types["/" + member] = kind or "application/octet-stream"


def flat_parts(data: bytes, *, path: str, limits: Limits = DEFAULT_LIMITS) -> dict[str, bytes]:
    """A Word 2007 flat XML document's parts, as the .docx package holding them has them."""
    package = _FlatPackage(path, limits)
    scan_xml(
        data,
        path=path,
        part="package",
        limits=limits,
        start=package.start,
        end=package.end,
        text=package.text,
        qualified=True,
    )
    return {"[Content_Types].xml": _content_types(package.types), **package.parts}


def _packed(parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def read_wordxml(data: bytes, *, path: str, key: str, sha256: str, limits: Limits = DEFAULT_LIMITS) -> Document:
    """Parse a Word XML document (Word 2003's or Word 2007's flat one, under any name) as the .docx it holds."""
    head = data[:2048]
    parts = (flat_parts if PKG.encode() in head else word2003_parts)(data, path=path, limits=limits)
    return read_docx(_packed(parts), path=path, key=key, sha256=sha256, limits=limits)
