"""Plans written in traditional characters (繁體), read as the simplified plans the vocabulary knows.

A plan served through a portal's 简/繁 switch, a Macau or Hong Kong plan, or a simplified plan with an attachment
in traditional characters names its roles 牽頭單位, 責任單位, 主責部門 and its deadlines 完成時限: no label, role
verb or deadline word of the vocabulary matches them, and the whole plan was refused. ``folded`` gives such a
text its simplified characters, one for one (the same length: every line and offset stays where it was); a text
with none of the tell-tale characters comes back as it is, at the cost of three one-character searches.
Decision (docs/loader.md, round 39): the units, tasks and quotes of a folded plan are in simplified characters,
so that 市發展改革委 and 市发展改革委 are one unit of the graph; the document says so in a warning.

>>> folded("牽頭單位：市發展改革委；完成時限：2025年6月")
'牵头单位：市发展改革委；完成时限：2025年6月'
>>> text = "牵头单位：市发展改革委"
>>> folded(text) is text
True
"""

from __future__ import annotations

from functools import cache

# 單 of 單位, 責 of 責任 and 主責部門, 發 of 發展 and 印發: a plan in traditional characters that names a unit's role
# holds one of them; a simplified plan holds none (each search is one pass of a C scan, about 0.1 M instructions
# over the bundled plan)
_TELLS = ("單", "責", "發")


def folded(text: str) -> str:
    """``text`` with its traditional characters as simplified ones (the same object when it has none to fold)."""
    if not any(tell in text for tell in _TELLS):
        return text
    plain = text.translate(_table())
    return text if plain == text else plain


def simplified(text: str) -> str:
    """``text``'s traditional characters as simplified ones, whether or not it holds a tell: a table cell of a
    document ``folded`` found traditional (round 42: ``區民政局`` holds none of the tells).

    >>> simplified("區民政局"), folded("區民政局")
    ('区民政局', '區民政局')
    """
    return text.translate(_table())


def with_folded_note(document, count: int):
    """``document`` with the warning that ``count`` traditional characters were read as simplified ones first (the one
    note ``parse_document`` and ``tables.document_from_tables`` both give); ``document`` itself when it holds the
    note already (a table's document with the tasks of the text around it, each folded: round 44).

    >>> from reformgraph.loaders.parse import parse_document
    >>> once = with_folded_note(parse_document("某县方案\\n\\n1.推进改革。（县财政局负责）"), 3)
    >>> [w.kind for w in once.warnings], with_folded_note(once, 5) is once
    (['traditional'], True)
    """
    from dataclasses import replace

    from reformgraph.records import ParseWarning

    if any(w.kind == "traditional" for w in document.warnings):
        return document

    note = ParseWarning(
        1,
        f"read in simplified characters: {count} traditional characters folded",
        "traditional",
        (("count", str(count)),),
    )
    return replace(document, warnings=(note, *document.warnings))


def folded_count(text: str, plain: str) -> int:
    """How many characters ``folded`` changed (``plain`` is ``folded(text)``).

    >>> folded_count("牽頭單位", "牵头单位")
    3
    """
    return sum(a != b for a, b in zip(text, plain)) if plain is not text else 0


@cache
def _table() -> dict[int, int]:
    from reformgraph.loaders.hanzi_table import SIMPLIFIED, TRADITIONAL

    return str.maketrans(TRADITIONAL, SIMPLIFIED)


def folded_tables(tables: list, joined: str) -> tuple[list, int]:
    """``tables`` (each a list of rows of cells: texts, None, or a page's other values, kept) in simplified characters when their cells are written in
    traditional ones (``牽頭單位``, ``完成時限``), and how many characters were folded; ``tables`` themselves and 0
    otherwise. One search of ``joined``, the cells' texts joined (``tables.joined_cells``: the caller's, which it
    also searches for invisible characters; round 45), decides, as ``folded`` does (round 43: a workbook's or a web
    page's header in traditional characters named no column the vocabulary knows; text and PDFs were folded since
    rounds 39 and 42).

    >>> folded_tables([[["序號", "牽頭單位"], ["1", None]]], "序號\\n牽頭單位\\n1")
    ([[['序号', '牵头单位'], ['1', None]]], 4)
    >>> folded_tables([[["序号", "牵头单位"]]], "序号\\n牵头单位")[1]
    0
    """
    plain = folded(joined)
    if plain is joined:
        return tables, 0
    fold = [[[simplified(c) if c and isinstance(c, str) else c for c in row] for row in table] for table in tables]
    return fold, folded_count(joined, plain)
