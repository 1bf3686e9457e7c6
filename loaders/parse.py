"""Parse a reform-plan document (text) into records. Pure: text in, records out.

One grammar reads every layout. The text is prepared once (``Source``: front matter, compact
lines, one compact text). Then each layout recogniser proposes a reading with its evidence:

- ``flattened_tables`` (loaders/tables.py): task tables flattened one cell per line, and
  ``pipe_tables`` (loaders/pipe_tables.py): Markdown pipe tables; each table is a part of the
  document of its own;
- ``read_workplans`` (loaders/workplans.py): a workplan book with a table of contents;
- ``read_outline`` (loaders/tasklist.py): numbered task lists, parentheticals, label lines, prose.

For the text outside the tables the best-evidenced reading is kept (``reading.choose``).
Conventions stated once for the whole document (the first-listed unit leads; a unit carried
into every later task) and deadlines are applied last, in document order (loaders/tasks.py).

>>> doc = parse_document(SAMPLE, path="sample.md")
>>> [(w.number, w.title) for w in doc.workplans]
[('1', '主要任务')]
>>> [([u.raw for u in m.leads], [u.raw for u in m.supports]) for m in doc.workplans[0].measures]
[(['税务总局'], ['财政部', '海关总署']), (['海关总署'], ['商务部'])]
>>> (doc.doc_number, doc.date, doc.issuer)
('〔2019〕3号', '2019-01-12', '国务院')
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reformgraph.errors import DocumentError
from reformgraph.gcpause import paused_gc
from reformgraph.loaders.assignments import fields_unnumbered, index_assignments
from reformgraph.loaders.column_names import may_hold_tables
from reformgraph.loaders.compact import CompactText, without_invisible
from reformgraph.loaders.date_words import iso_day
from reformgraph.loaders.deadlines import plan_year_of
from reformgraph.loaders.flat_tables import power_lists
from reformgraph.loaders.group_statements import GroupStatements
from reformgraph.loaders.latin_text import SAMPLE_CHARACTERS, mostly_latin
from reformgraph.loaders.mail_headers import field_label
from reformgraph.loaders.matrix_tables import marks_of_tasks, without_marks
from reformgraph.loaders.page_furniture import without_site_footer
from reformgraph.loaders.pipe_tables import pipe_tables
from reformgraph.loaders.plan_periods import CampaignPeriod, date_line, default_deadline
from reformgraph.loaders.reading import Reading, choose
from reformgraph.loaders.scan import compiled_on_use, indexes_of
from reformgraph.loaders.source import Source, two_last
from reformgraph.loaders.spaced_tables import spaced_tables
from reformgraph.loaders.tasklist import read_outline
from reformgraph.loaders.tasks import Conventions, Section, document_from_sections
from reformgraph.loaders.text_deadlines import title_festival
from reformgraph.loaders.text_marks import latin_of
from reformgraph.loaders.toc import is_toc_line
from reformgraph.loaders.traditional import folded, folded_count, with_folded_note
from reformgraph.loaders.unit_codes import (
    names_numbers,
    numbered_units,
    unit_codes,
    with_numbers_named,
    with_units_named,
)
from reformgraph.loaders.vocab import (
    ANNEX_MARK,
    DEADLINE_LABELS,
    ENUMERATED,
    ISSUER_NAME,
    LABEL,
    NO_BARE_UNITS,
    PERSON_LABELS,
    TITLE_ENDS,
    UNIT_LABELS,
    carried_units,
    defined_short_forms,
    glossary_short_forms,
    implementers_carried,
    names_issuers,
    short_form_places,
    unlisted_carried,
)
from reformgraph.loaders.workplans import read_workplans
from reformgraph.records import Document, ParseWarning, quoted
from reformgraph.regexcache import compiled

SAMPLE = """国务院关于促进综合保税区
高水平开放高质量发展的若干意见
国发〔2019〕3号
一、主要任务
1.拓展两个市场。推广试点。（税务总局、财政部、海关总署负责，排在第一位的部门为牵头部门，下同）
2.释放企业产能。允许承接委托加工。（海关总署、商务部负责）
国务院
2019年1月12日
"""

_DOC_NUMBER = compiled(r"[\[〔［(（]?([\dOoＯ]{4})[\]〕］)）]?[—\-－]*(\d{1,4})号")  # 〔2O25〕: OCR's O (round 34)
_ISO_DATE = compiled(r"^(\d{4})-(\d{1,2})-(\d{1,2})")
# a unit or deadline label, then spaces before its value (not a colon): 牵头单位　县发改局, 完成时限  2024年底
_LABEL_SPACES = compiled_on_use(  # 2.2 ms to compile: on the first plan that aligns its labels
    "("
    + "|".join(sorted(UNIT_LABELS + DEADLINE_LABELS + PERSON_LABELS, key=len, reverse=True))
    + ")[ \t\u3000]+(?=[^\\s:：|｜])"
)


def _labels_spaced_as_colons(text: str) -> str:
    """``text`` with the spaces after a unit, deadline or person label read as its colon (``牵头单位　县发改局`` →
    ``牵头单位：县发改局``).

    >>> _labels_spaced_as_colons("牵头单位\\t县城管局")
    '牵头单位：县城管局'
    """
    return _LABEL_SPACES().sub(r"\1：", text)


_SPACED_LABEL_WORDS = tuple(UNIT_LABELS + DEADLINE_LABELS)
_SPACED_LABEL_LAST = frozenset(label[-1] for label in _SPACED_LABEL_WORDS)
_ALIGNED_AT_MOST = 2000  # tabs looked at


def _aligns_labels(text: str) -> bool:
    """Whether ``text`` sets a unit or deadline label apart from its value with a tab (``牵头单位<TAB>县城管局``):
    then it is read with the spaces after its labels as their colons from the start (round 31; before, only when
    nothing else was read, so such fields were lost from a plan with others). A label and an ideographic space
    (``完成时限　2024年底``) are still read so only when nothing else is: a plan indented with 　　 has thousands of
    them, and a plan with none pays a scan of its whole text to know it.

    >>> _aligns_labels("1.加强监管。\\n牵头单位\\t县市场监管局"), _aligns_labels("目录\\t（12）"), _aligns_labels("方案")
    (True, False, False)
    >>> _aligns_labels("序号\\t任务\\t牵头单位\\t配合单位")  # a table's header row
    False
    """
    if "\t" not in text:
        return False
    last = _SPACED_LABEL_LAST
    for pos in indexes_of(text, "\t")[:_ALIGNED_AT_MOST]:
        if text[pos - 1] in last and text.endswith(_SPACED_LABEL_WORDS, max(0, pos - 12), pos):
            start = text.rfind("\n", 0, pos) + 1
            end = text.find("\n", pos)
            # the label alone before the one tab of its line: no row of a table whose cells tabs set apart
            if (
                text[start:pos].strip() in _SPACED_LABEL_SET
                and text.count("\t", start, end if end != -1 else len(text)) == 1
            ):
                return True
    return False


_SPACED_LABEL_SET = frozenset(_SPACED_LABEL_WORDS)
# a label's three last characters, and the labels of two (时限): a word ending as one does ends so
_SPACED_LABEL_ENDS = frozenset(label[-3:] for label in _SPACED_LABEL_WORDS if len(label) >= 3)
_SHORT_LABELS = frozenset(label for label in _SPACED_LABEL_WORDS if len(label) == 2)  # (every label: two or more)


def _may_align_labels(source: Source, text: str) -> bool:
    """False when ``_aligns_labels(text)`` is, ``source`` being ``text``'s: a label before a tab ends a word that
    whitespace follows, and no such word's three last characters (``Source.gap_ends``, a by-product of compacting the
    lines, which holds the ends of every word ending in a label's last character) end as a label does; True when they may
    be, or when ``source``'s lines may lack some of ``text``'s (a front matter's, blanked). The tabs' positions in
    the text cost the bundled plan 0.8 M instructions a parse (its 167 tabs are a table of contents').

    >>> _may_align_labels(Source.from_text("1.加强监管。\\n牵头单位\\t县市场监管局"), "1.加强监管。\\n牵头单位\\t县市场监管局")
    True
    >>> _may_align_labels(Source.from_text("目录\\t（12）\\n正文"), "目录\\t（12）\\n正文")
    False
    """
    ends = source.gap_ends
    if ends is None or source.blanked_front(text):
        return True
    return not _SPACED_LABEL_ENDS.isdisjoint(ends) or not _SHORT_LABELS.isdisjoint(two_last(ends))


_BARE_READ = (
    "the units listed alone in brackets after the tasks are read as their responsible units: the plan does not say"
    " what its brackets hold (括号内为牵头单位 would)"
)
_FRONT_TITLE = ("标题", "title", "题名")
_FRONT_NUMBER = ("文号", "发文字号", "doc_number")
_FRONT_ISSUER = ("发布单位", "发文机关", "issuer")
_FRONT_DATE = ("成文日期", "发布日期", "date")


@dataclass(frozen=True)
class Metadata:
    """What the document says about itself: title, issuer, number, date."""

    title: str | None
    issuer: str | None
    doc_number: str | None
    date: str | None


def parse_document(
    text: str,
    *,
    path: str = "<input>",
    key: str | None = None,
    sha256: str = "",
    page_breaks: frozenset[int] = frozenset(),
) -> Document:
    """Parse the text of a reform-plan document; ``page_breaks``: its 0-based blank lines that stand for a page break,
    where its reader knew them (a PDF's: ``Source.page_breaks``).

    Raises DocumentError when the text is empty, is written in Latin letters (a notes file: ``latin_text``) or
    names no assignment at all; a document that contains assignments is never rejected (what could not be read is
    a warning).

    Python's cyclic collector is paused while it runs: the thousands of records, tuples and lists
    it makes all stay alive (the document holds them) or go with their last reference, and passes
    of the collector over them found nothing (a tenth of a parse, more in a process holding a graph).
    """
    latin_bytes = latin_of(text)  # its Latin-1 characters and rare marks: the invisible ones looked for there, and
    # the source's scans (handed to it when the text reaches it unchanged)
    visible = without_invisible(text, latin_bytes)  # characters no one sees (round 43), of every text read (round 44)
    text, latin_bytes = visible, (latin_bytes if visible is text else None)
    if latin := mostly_latin(text):  # a README or notes file among plans: its quoted wordings are no tasks
        letters, others = latin
        raise DocumentError(
            f"not a plan in Chinese: its first {min(len(text), SAMPLE_CHARACTERS):,} characters hold {letters:,} Latin letters "
            f"and only {others:,} Chinese characters or marks (a README or notes file? leave it out)",
            path=path,
        )
    simplified = folded(text)  # 牽頭單位: a plan in traditional characters, read in simplified ones (round 39)
    count = folded_count(text, simplified)
    # 注：标★的为省级重点任务: ★ marks a task, no unit's role in a table (round 45); read in the folded text, where a
    # legend in traditional characters (注：標★的為…) reads as one in simplified ones
    if marks := marks_of_tasks(simplified):
        simplified = without_marks(simplified, marks)
    with paused_gc():
        # 主办单位：… 网站标识码：…: a portal's footer, no part of the plan (round 39)
        plain = without_site_footer(simplified)
        latin_bytes = latin_bytes if plain is text else None  # (of the text as it was: of this one if unchanged)
        document = _parse_naming_coded_units(
            plain, path=path, key=key, sha256=sha256, latin=latin_bytes, page_breaks=page_breaks
        )
    if not count:
        return document
    return with_folded_note(document, count)


def _parse_naming_coded_units(
    text: str,
    *,
    path: str,
    key: str | None,
    sha256: str,
    latin: bytes | None = None,
    page_breaks: frozenset[int] = frozenset(),
) -> Document:
    """``_parse``, and once more with the units a legend writes as numbers named (``unit_codes``: 序号与单位对应如下：
    1—县发展和改革局；…, then 牵头单位：1; round 58) when the first reading's units hold a number alone or it read
    nothing: the legend is looked for only then (a scan of the whole text for it cost every plan 1 M instructions).
    ``latin``: ``text_marks.latin_of(text)``, when made; ``page_breaks``: ``parse_document``'s."""
    try:
        document = _parse(text, path=path, key=key, sha256=sha256, latin=latin, page_breaks=page_breaks)
    except DocumentError as error:
        document, failed = None, error
    if document is None or names_numbers(document):
        codes, legend = unit_codes(text)
        if legend is not None:
            named = _parse(
                with_units_named(text, codes, legend), path=path, key=key, sha256=sha256, page_breaks=page_breaks
            )
            # a pipe table's unit cells of numbers (no field to rewrite): named afterwards (round 74)
            return with_numbers_named(named, codes) if numbered_units(named) else named
    if document is None:
        raise failed
    return document


def _parse(
    text: str,
    *,
    path: str,
    key: str | None,
    sha256: str,
    retry: bool = True,
    bare: str | None = NO_BARE_UNITS,
    latin: bytes | None = None,
    page_breaks: frozenset[int] = frozenset(),
) -> Document:
    source = Source.from_text(text, latin, page_breaks)  # (``latin``: ``text_marks.latin_of(text)``, when made)
    # 牵头单位<TAB>县城管局: the plan sets its labels apart with whitespace (looked for where a word that whitespace
    # follows may end as a label: ``_may_align_labels``)
    if retry and _may_align_labels(source, text) and _aligns_labels(text):
        spaced = _labels_spaced_as_colons(text)
        if spaced != text:
            return _parse(spaced, path=path, key=key, sha256=sha256, retry=False, bare=bare, page_breaks=page_breaks)
    if not any(source.compacts):
        raise DocumentError("the file is empty", path=path)
    # (both kinds' cells looked for in one pass: a duty table's cells are the lines before the label colons below)
    table_like, duty_like = may_hold_tables(source.compacts)
    if table_like:  # a label alone on its line is a column name, or before its value
        source = source.with_lone_label_colons()
    flat = table_like or duty_like  # 单位 / 职责分工 (round 63 heldout4)
    tables = (_flattened_tables(source) if flat else []) + pipe_tables(source) + spaced_tables(source, text)
    skip = [(t.first_line - 1, t.last_line) for t in tables]
    places = short_form_places(source.text.text)  # 称 after 简, 下 or 文: for the glossary and the definitions
    glossary = _glossary(source, places)
    skip += glossary[1]  # an annex's table of short forms (round 62): names, no tasks
    if table_like or source.page_breaks:  # a PDF's text may lay a list's header out on one line (round 78)
        skip += power_lists(source)  # a 权力和责任清单's cells: statutory powers, no tasks (round 63)
    index = index_assignments(source, bare)
    workplans = read_workplans(source, index)
    head_end = workplans.head_end if workplans is not None else None
    meta = metadata(source, head_end)
    beat = workplans.evidence if workplans is not None else None
    book = workplans.sections if workplans is not None else ()  # its responsible sections: counted, unsearched
    outline = read_outline(source, index, skip=skip, title=meta.title, beat=beat, book=book)
    if index.numbered_fields:  # 1. 组建专班 / 1) 牵头单位：… / 2) 配合单位：…: read as label lines under the item
        return _parse(
            fields_unnumbered(text, index.numbered_fields),
            path=path,
            key=key,
            sha256=sha256,
            retry=retry,
            bare=bare,
            page_breaks=page_breaks,
        )
    body = choose([workplans, outline])  # the one place where layouts compete
    readings = [r for r in [body, *tables] if r is not None and r.sections]  # built first: a build may warn
    warnings = [w for r in [body, *tables] if r is not None for w in r.warnings]
    if not readings:
        # nothing read: once more, with a label and the spaces after it read as the label's colon (牵头单位　A: a
        # form aligned with spaces, which compacting the lines joins into 牵头单位A). Only here: looking for it in
        # every plan would cost a search of the whole text for each label
        spaced = _labels_spaced_as_colons(text) if retry else text
        if retry and spaced == text and ("/" in text or "（" in text):
            spaced = _COMPOUND_LABEL.sub(r"\1：", text)  # 责任处室/单位：, 牵头单位（部门）：: the label (round 38)
        if spaced != text:
            return _parse(spaced, path=path, key=key, sha256=sha256, retry=False, page_breaks=page_breaks)
        if bare == NO_BARE_UNITS and index.spans:
            # and once more with a list of unit names alone in brackets after a task as its responsible units
            # (``1.推进改革。（区民政局、区财政局）``): a plan that names its units only so, and says nothing of it
            return _parse(
                text, path=path, key=key, sha256=sha256, retry=False, bare="responsible", page_breaks=page_breaks
            )
        return _nothing_read(source, path=path, key=key, sha256=sha256, meta=meta, warnings=warnings)
    if index.bare_unstated:
        first = min(d[1] for r in readings for s in r.sections for d in s.drafts)  # its line (a Draft or its tuple)
        warnings.append(ParseWarning(first, _BARE_READ, "bare_units"))
    sections = _in_document_order(readings)
    title = meta.title or (workplans.sections[0].title if body is workplans and workplans.sections else None)
    return document_from_sections(
        sections,
        path=path,
        key=key,
        sha256=sha256,
        title=title or sections[0].title,
        warnings=warnings,
        conventions=conventions(source, meta, glossary[0], places),
        issuer=meta.issuer,
        doc_number=meta.doc_number,
        date=meta.date,
        reforms=body.reforms if body is not None and body.layout == "workplans" else None,
        lines_written=source.lines,
        gap_ends=source.gap_ends,
        full=source.is_full,
    )


def _flattened_tables(source: Source) -> list[Reading]:
    """``flat_tables.flattened_tables``: its modules (a tenth of the loaders' import time, their rules compiled) are
    imported only for a document with a line that may start a table header (``column_names.may_hold_a_table``)."""
    from reformgraph.loaders.flat_tables import flattened_tables

    return flattened_tables(source)


def _in_document_order(readings: Sequence[Reading]) -> list[Section]:
    sections = [s for r in readings for s in r.sections]
    if len(readings) == 1:
        return sections
    return sorted(sections, key=lambda s: s.drafts[0][1] if s.drafts else s.line_start)  # a draft's line


def _nothing_read(source: Source, *, path, key, sha256, meta: Metadata, warnings) -> Document:
    """No task was read: an error when nothing looks like an assignment, else a document of warnings."""
    warned = {w.line for w in warnings}
    seen = [
        ParseWarning(
            i + 1,
            f"could not read the assignment: {quoted(c, 40)}",
            "unread_assignment",
            (("excerpt", quoted(c, 40)),),
        )
        for i, c in enumerate(source.compacts)
        if c and LABEL.search(c) and i + 1 not in warned
    ]
    if not seen and not warned:
        raise DocumentError(
            "no recognisable workplans (no task names a responsible unit: expected a parenthetical such as "
            "（牵头单位：…）/（…负责）, label lines such as 责任单位：…, or a task table)",
            path=path,
        )
    return Document(
        key=key or "document",
        path=path,
        sha256=sha256,
        title=meta.title or "document",
        issuer=meta.issuer,
        doc_number=meta.doc_number,
        date=meta.date,
        reforms=(),
        workplans=(),
        warnings=tuple(sorted([*warnings, *seen], key=lambda w: w.line)),
    )


# ---- document metadata ------------------------------------------------------------------------


def _front(source: Source, names: Sequence[str]) -> str | None:
    return next((source.front[n] for n in names if source.front.get(n)), None)


def text_metadata(text: str) -> Metadata:
    r"""The metadata of a text that may assign nothing (a Word notice's paragraphs around its task table).

    >>> text_metadata("某县人民政府办公室\n某政办发〔2026〕12号\n关于印发某县工作要点的通知").doc_number
    '〔2026〕12号'
    """
    return metadata(Source.from_text(folded(text)))  # read as parse_document reads it (round 44: 某縣府辦〔2025〕18號)


def _cited_number(line: str, start: int, end: int) -> bool:
    """Whether the document number at ``line[start:end]`` is another document's, cited in a bracket with words of the
    sentence around it (``…的通知》（国发明电〔2014〕1号）转发你们``), not this one's own: a short line of a re-wrapped
    copy holds it as the original's long line did not (round 73 heldout18, held-out 77's wrapped copies dated by it).

    >>> t = "通知》（国发明电〔2014〕1号）转发你们"
    >>> m = _DOC_NUMBER.search(t)
    >>> _cited_number(t, m.start(), m.end()), _cited_number("川办发〔2014〕1号", 0, 11)
    (True, False)
    >>> t = "（川办发〔2014〕1号）"
    >>> _cited_number(t, 1, 11)
    False

    A bracket the line closes and does not open was opened on a line above, in a sentence a narrow margin broke
    (``…的通知》（`` / ``国发明电〔2014〕1号）转发你们，请按照通``, round 78 sweep78: held-out 77 wrapped at 20): a
    citation too. A plan's own number is set on a line of its own, its brackets, if any, with it.

    >>> t = "国发明电〔2014〕1号）转发你们，请按照通"
    >>> _cited_number(t, 0, 11)
    True
    """
    opened = max(line.rfind("（", 0, start), line.rfind("(", 0, start))
    closed = min((i for i in (line.find("）", end), line.find(")", end)) if i != -1), default=len(line))
    if opened == -1:  # a bracket closed after it and opened on no part of the line before it: opened above
        return closed < len(line) and max(line.rfind("（", end, closed), line.rfind("(", end, closed)) == -1
    if max(line.rfind("）", 0, start), line.rfind(")", 0, start)) > opened:
        return False  # not inside a bracket
    return opened > 0 or closed + 1 < len(line)  # words before or after the bracket: a citation in a sentence


def metadata(source: Source, head_end: int | None = None) -> Metadata:
    """Title, issuer, document number and date: front matter first, else the text.

    ``head_end`` bounds the lines searched (a table of contents starts the body).
    """
    compacts = source.compacts
    limit = head_end if head_end is not None else len(compacts)
    title = _front(source, _FRONT_TITLE)
    doc_number = _front(source, _FRONT_NUMBER)
    issuer = _front(source, _FRONT_ISSUER)
    date = None
    fields: dict[str, str] = {}
    if title is None and doc_number is None and issuer is None and not source.front:
        fields, first, after = _labelled_head(compacts, min(limit, _HEAD_FIELDS))  # 发文机关：… 成文日期：… (round 38)
        title, doc_number, issuer = fields.get("title"), fields.get("number"), fields.get("issuer")
        date = _iso_date(fields.get("date"))
        top = next((i for i, c in enumerate(compacts[:limit]) if c), 0)
        if first == top and title is None:  # fields open the text: the line after them, if a title
            title = next((c for c in compacts[after:limit] if c), None)
            if title is not None and (len(title) > _LONG_TITLE or title.endswith("。") or ENUMERATED.match(title)):
                title = None
    if title is None:
        title = _text_title(source, limit)
    if doc_number is not None:
        m = _DOC_NUMBER.search(doc_number)
        doc_number = f"〔{m.group(1)}〕{m.group(2)}号" if m else doc_number
    # the signature under the text (its issuer above its date) is looked for while the date is unknown, and also
    # when only a portal's publisher names an issuer (round 40)
    signature_sought = date is None or (issuer is None and "publisher" in fields)
    for i in range(limit):
        c = compacts[i]
        if not c:
            continue
        if doc_number is None and len(c) <= 40:
            m = _DOC_NUMBER.search(c)
            if m and not (("（" in c or "(" in c or "）" in c or ")" in c) and _cited_number(c, m.start(), m.end())):
                doc_number = f"〔{m.group(1)}〕{m.group(2)}号"
        if signature_sought and (signed := date_line(c)) is not None:
            signature_sought = False
            date = date or signed
            prev = next((compacts[j] for j in range(i - 1, -1, -1) if compacts[j]), None)
            beside = ISSUER_NAME.match(c)  # 南屏市委办公室    2026年4月8日: the issuer beside the date (round 37)
            if issuer is None and beside is not None and date_line(c[beside.end() :]) is not None:
                issuer = beside.group()
            elif (
                issuer is None
                and prev
                and len(prev) <= 40
                and not prev.endswith("。")
                and c[0] not in "（("
                and not _ISSUE_LINE.fullmatch(prev)
            ):
                issuer = _signers(source, i) or prev
    if date is None:
        date = _iso_date(_front(source, _FRONT_DATE))
    # a portal's 发布机构 and 发布日期 are its own: the office that put the page up and the day it did. The
    # document's date comes first; its signer, when the publisher is that signer's office (市人民政府办公室 for a
    # 市人民政府 notice: round 40)
    if "publisher" in fields and "issuer" not in fields and not _office_of(issuer, fields["publisher"]):
        issuer = fields["publisher"]
    date = date or _iso_date(fields.get("published")) or posted_on(compacts, min(limit, _HEAD_FIELDS))
    if issuer is None and "source" in fields:
        issuer = _source_issuer(fields["source"])
    return Metadata(title, issuer, doc_number, date)


# a post's byline: the day then the hour it went up (原创 某区发布 2023年04月12日 18:30 发表于上海; round 72 meta72),
# not a time something is due (2023年4月12日17:00前报送) or starts (于2023年4月12日9:00召开)
# Foxmail's and QQ Mail's forwarded header block write the weekday and the half of the day between (发送时间:
# 2023年4月12日(星期三) 下午6:30; round 73 meta73)
_POSTED = compiled(
    r"(?<![于在至到])(\d{4})年(\d{1,2})月(\d{1,2})日(?:[(（](?:星期|周)[一二三四五六日天][)）])?(?:上午|下午|中午|晚上)?"
    r"\d{1,2}[:：]\d{2}(?![\d前止召举开])"
)
# a forwarded e-mail's header block: its date field in the message's own (RFC 5322) form, as Thunderbird and
# Gmail write it in the text they forward (日期: Wed, 12 Apr 2023 18:30:00 +0800; Date: Wed, Apr 12, 2023 at 6:30 PM;
# compacted; round 73 meta73)
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MAILED = compiled(
    r"(?:^|[^\w])(?:日期|发送时间|时间|Date|Sent)[:：](?:[A-Z][a-z]{2},)?"
    r"(?:(?P<day>\d{1,2})(?P<month>[A-Z][a-z]{2})[a-z]*(?P<year>\d{4})\d{1,2}:\d{2}"
    r"|(?P<month2>[A-Z][a-z]{2})[a-z]*(?P<day2>\d{1,2}),(?P<year2>\d{4})(?:at)?\d{1,2}:\d{2})"
)


def posted_on(compacts: Sequence[str], limit: int) -> str | None:
    """The date (ISO) a post's byline among the first ``limit`` lines says it went up, the document's date when
    nothing else dates it (a WeChat article saved from a browser: its date is on its byline alone); or a forwarded
    e-mail's date field (``_MAILED``).

    >>> posted_on(["某区方案", "原创某区融媒体某区发布2023年04月12日18:30发表于上海"], 2)
    '2023-04-12'
    >>> posted_on(["请于2023年4月12日17:00前报送", "会议2023年4月12日9:00召开"], 2) is None
    True

    A forwarded e-mail's date field in the message's own form dates it too (round 73):

    >>> posted_on(["--------转发的消息--------", "日期:Wed,12Apr202318:30:00+0800"], 2)
    '2023-04-12'
    >>> posted_on(["发送时间:2023年4月12日(星期三)下午6:30"], 1), posted_on(["于2023年4月12日(星期三)下午2:30召开"], 1)
    ('2023-04-12', None)
    >>> posted_on(["Date:Wed,Apr12,2023at6:30PM"], 1), posted_on(["更新:Wed,12Apr202318:30:00"], 1)
    ('2023-04-12', None)
    """
    for c in compacts[:limit]:
        if c and (":" in c or "：" in c):
            if (m := _POSTED.search(c)) is not None and 1 <= int(m.group(2)) <= 12:
                return iso_day(m)
            if (m := _MAILED.search(c)) is not None and (m.group("month") or m.group("month2")) in _MONTHS:
                month = _MONTHS.index(m.group("month") or m.group("month2")) + 1
                day, year = int(m.group("day") or m.group("day2")), int(m.group("year") or m.group("year2"))
                return f"{year:04d}-{month:02d}-{day:02d}" if 1 <= day <= 31 else None
    return None


def _source_issuer(source: str) -> str | None:
    """The issuer a portal page's byline names as its source (``来源：临澧县人民政府办公室``), when the text signs none:
    an issuing body's name, not a newspaper's or the site's (``来源：本网``, ``来源：新华社``; round 42).

    >>> _source_issuer("临澧县人民政府办公室"), _source_issuer("本网"), _source_issuer("新华社")
    ('临澧县人民政府办公室', None, None)
    """
    return source if ISSUER_NAME.fullmatch(source) is not None else None


# a body that signs a plan jointly with another (中共某市委办公室 over 某市人民政府办公室): a party or government
# body or its office, never a table's last cell (市财政局) left above a signature
_JOINT_SIGNER = compiled(
    r"(?:中共)?[^，,。；;：:（()）、《》|]{2,30}(?:办公室|办公厅|人民政府|委员会|党委|党工委|领导小组|指挥部)"
    r"|中共[^，,。；;：:（()）、《》|]{1,20}委"
)
_JOINT_LINES = 3  # lines: the most issuers a signature stacks (a party committee, a government, a third body)


def _signers(source: Source, at: int) -> str | None:
    r"""The issuers of a joint signature above the date line ``at``, joined with 、 (``中共某市委办公室、某市人民政府办公室``):
    stacked one a line with at most one blank line between, or two on one line apart by spaces; else None (one
    signer: the line above the date, as before). Each must be a party or government body (``_JOINT_SIGNER``).

    >>> s = Source.from_text("特此通知。\n\n中共某市委办公室\n某市人民政府办公室\n2026年3月9日")
    >>> _signers(s, 4), _signers(Source.from_text("中共某县委　　某县人民政府\n2025年1月2日"), 1)
    ('中共某市委办公室、某市人民政府办公室', '中共某县委、某县人民政府')
    >>> _signers(Source.from_text("| 3 | 市财政局 |\n某市人民政府办公室\n2026年3月9日"), 2) is None
    True
    >>> _signers(Source.from_text("某市民政局　　　某市财政局\n\n2021年4月16日"), 2)  # round 43: two departments
    '某市民政局、某市财政局'
    """
    names: list[str] = []
    j, gap = at - 1, 0
    while j >= 0 and len(names) < _JOINT_LINES and gap <= 1:
        compact = source.compacts[j]
        if not compact:
            gap, j = gap + 1, j - 1
            continue
        if not names_issuers(source.lines[j], _JOINT_SIGNER) and not _departments_side_by_side(source.lines[j]):
            break
        names[:0] = source.lines[j].split()
        gap, j = 0, j - 1
    return "、".join(names) if len(names) > 1 else None


def _departments_side_by_side(line: str) -> bool:
    """Whether ``line`` is two or more issuing bodies apart by spaces (``某市民政局　　　某市财政局``): departments that
    sign a notice jointly, two a line over its date (round 43: before, read as one name run together). A department
    alone stacked over the date may be a table's last cell, so one a line stays ``_JOINT_SIGNER``'s.

    >>> _departments_side_by_side("县教育体育局  县财政局"), _departments_side_by_side("县财政局")
    (True, False)
    """
    return len(line.split()) > 1 and names_issuers(line)


def _iso_date(written: str | None) -> str | None:
    """``2026-03-09`` (or ``2026年3月9日``, as a date line writes it) as an ISO date, else None.

    >>> _iso_date("2026-3-9"), _iso_date("2026年3月9日（周一）"), _iso_date(None)
    ('2026-03-09', '2026-03-09', None)
    """
    m = _ISO_DATE.match(written or "")
    if m:
        return iso_day(m)
    return date_line(written) if written else None


# a document's fields written as labelled lines at its head (a portal's 信息公开 block, an online document's
# properties): label → which field
_HEAD_LABELS = {
    "标题": "title",
    "名称": "title",
    "文件名称": "title",
    "发文机关": "issuer",
    "发布机构": "publisher",  # round 40: the portal's publisher, the issuer when the text signs none
    "发文单位": "issuer",
    "发布单位": "publisher",
    "成文日期": "date",
    "发文日期": "date",
    "印发日期": "date",
    "发布日期": "published",  # round 40: the day the portal published it, the date when the text has none
    "文号": "number",
    "发文字号": "number",
    "生成日期": "published",  # round 39: more of a portal's 信息公开 fields, each ending the one before it
    "公开日期": "published",
    "索引号": "other",
    "主题分类": "other",
    "体裁分类": "other",
    "组配分类": "other",
    "公开方式": "other",
    "公开范围": "other",
    "有效性": "other",
    "时效": "other",
    "信息来源": "other",
    "关键词": "other",
    "来源": "source",  # round 42: a portal page's byline (来源：某县人民政府办公室  发布时间：…  浏览次数：…)
    "发布时间": "published",
    "浏览次数": "other",
}
_HEAD_LABEL = "(" + "|".join(sorted(_HEAD_LABELS, key=len, reverse=True)) + r")[：:]"
_HEAD_FIELD = compiled(f"^{_HEAD_LABEL}(.{{2,90}})$")
_HEAD_LABEL_AT = compiled(_HEAD_LABEL)
HEAD_LABELS = frozenset(_HEAD_LABELS)  # the names of a document's head fields (``formats_html.cell_end``, round 40)
_HEAD_FIELDS = 30  # lines: how far down a document's labelled fields may stand


def _labelled_head(compacts: Sequence[str], limit: int) -> tuple[dict[str, str], int | None, int]:
    """The fields a document's head writes as labelled lines (``发文机关：某县人民政府``, ``成文日期：2026年3月9日``),
    by field, the first of each; the line the fields (or a portal's ``索引号``) start on, None when there is none;
    and the line after the last of them.

    >>> _labelled_head(["标题：某县工作方案", "发文机关：某县人民政府", "成文日期：2026年3月9日", "一、任务"], 4)
    ({'title': '某县工作方案', 'issuer': '某县人民政府', 'date': '2026年3月9日'}, 0, 3)
    """
    fields: dict[str, str] = {}
    first, after = None, 0
    for i, c in enumerate(compacts[:limit]):
        if c and c[0] in _HEAD_FIRST and _HEAD_FIELD.match(c) is not None:
            # 发布机构：某区政府办公室成文日期：2024-05-11: a portal's row of fields, one line (round 39)
            starts = [m for m in _HEAD_LABEL_AT.finditer(c)]
            for m, end in zip(starts, [*(n.start() for n in starts[1:]), len(c)]):
                if value := c[m.end() : end]:
                    fields.setdefault(_HEAD_LABELS[m.group(1)], value)
        elif not c.startswith("索引号"):
            continue
        first = i if first is None else first
        after = i + 1
    if "number" in fields and (m := _DOC_NUMBER.search(fields["number"])) is not None:
        fields["number"] = f"〔{m.group(1)}〕{m.group(2)}号"
    return fields, first, after


_HEAD_FIRST = frozenset(label[0] for label in _HEAD_LABELS)


def _office_of(signer: str | None, publisher: str) -> bool:
    """Whether ``publisher`` (a portal's 发布机构) is the general office of ``signer`` (the notice's signature): a
    government's office posts the notices the government signs.

    >>> _office_of("某市人民政府", "某市人民政府办公室"), _office_of("某市发展改革委", "某市人民政府办公室")
    (True, False)
    """
    return signer is not None and publisher.startswith(signer) and publisher[len(signer) :] in ("办公室", "办公厅")


# a label written with another name of the same kind after it (责任处室/单位, 责任单位（部门）, 牵头单位（部门）)
_COMPOUND_LABEL = compiled(
    r"((?:牵头|责任|配合|协办|主责|承办)(?:单位|部门|处室|科室))(?:/(?:单位|部门|处室|科室)|[（(](?:单位|部门|处室|科室)[)）])[：:]"
)
# an issue's number under a bulletin's or minutes' masthead: 〔2026〕第7期, 第12期
_ISSUE_LINE = compiled(r"(?:[〔\[［(（]\d{4}[〕\]］)）]|\d{4}年)?第\d{1,4}期")
_MASTHEAD_LINES = 8  # lines: how far down a masthead's issue number may be
# a red-headed document's masthead: its issuer(s) and 文件 (江临市人民政府办公室文件, 中共某县委办公室某县人民政府办公室文件)
_HAS_LETTER = compiled_on_use(r"[\u4e00-\u9fffA-Za-z]")  # 2.1 ms to compile: on the first title read from text
_LONG_TITLE = 90  # characters: the longest title line (关于印发…（2025—2027年）的通知) ending as a title does
_NUMBER_LINE = 24  # characters: the longest line that is a document's number alone (石政办发〔2024〕45号)
_MASTHEAD = compiled(r"[^，,。；;：:（(]{2,40}(?:办公室|办公厅|政府|委员会|党委|县委|市委|区委|局|厅|委|部|院|会)文件")


# an issuer's name alone on its line (青石县安全生产委员会办公室, 中共青石县桃源镇委员会)
_NOTICE_AFTER = 6  # lines: how far below an issuer's line the notice's title (关于…的通知) may start


def _issuer_above_notice(compacts: Sequence[str], at: int, limit: int) -> bool:
    """True when line ``at`` is an issuer's name alone and a notice's title (``关于印发…的通知``) starts a few lines
    below it, maybe below another issuer (a joint notice): the title is that notice's, not the issuer (round 32); or
    when its document number follows it (``某某县人民政府办公室`` / ``某政办发〔2025〕9号`` / the plan's title: a
    notice's head, whatever its title reads; round 45, before the issuer was the title)."""
    if ISSUER_NAME.fullmatch(compacts[at]) is None:
        return False
    seen = 0  # the lines of text looked at (blank ones between them do not count: round 37)
    for j in range(at + 1, min(limit, at + 3 * _NOTICE_AFTER)):
        c = compacts[j]
        if not c:
            continue
        seen += 1
        if seen > _NOTICE_AFTER:
            return False
        if c.startswith("关于") or ("关于" in c and c.endswith(TITLE_ENDS)):  # 湖南省生态环境厅办公室关于印发…的通知
            return True
        if "关于" in c and j + 1 < limit and compacts[j + 1].endswith(TITLE_ENDS):  # …关于印发…重点 / 任务…的通知
            return True  # a notice's title broken over two lines (a PDF's text copied: round 37)
        if len(c) <= _NUMBER_LINE and _DOC_NUMBER.search(c):
            return True  # the issuer's document number under its name: the title is below
        if c != "文件" and ISSUER_NAME.fullmatch(c) is None:
            return False  # another issuer (a joint notice) or 文件 under them (round 37) may come between
    return False


def title_of_lines(lines: Sequence[str]) -> str | None:
    """The title the first lines of a document's text read as (``_text_title``: a title over two or three lines, an
    issuer's name or masthead above it skipped), for readers of formats whose paragraphs are those lines.

    >>> title_of_lines(["中共江临市住房和城乡建设局党组", "关于市委巡察反馈意见整改工作方案", "一、总体要求"])
    '中共江临市住房和城乡建设局党组关于市委巡察反馈意见整改工作方案'
    >>> title_of_lines(["湖北省推进政务数据共享开放工作方案", "为加快推进政务数据共享开放，根据《国务院关于加强数字政府建"])
    '湖北省推进政务数据共享开放工作方案'
    >>> title_of_lines(["首页", "政务公开", "互动交流", "当前位置：首页 > 通知公告", "关于印发某市工作方案的通知"])
    '关于印发某市工作方案的通知'

    A title printed over two lines with a blank between, its first ending on a conjunction, is one title; a whole
    title's line is not joined to a line after a blank:

    >>> title_of_lines(["江临市关于加快推进供水和", "", "排水设施改造的实施意见", "", "江政发〔2026〕3号"])
    '江临市关于加快推进供水和排水设施改造的实施意见'
    >>> title_of_lines(["江临市供水设施改造实施方案", "", "江临市人民政府办公室"])
    '江临市供水设施改造实施方案'
    """
    head = list(lines[:_TITLE_LINES])
    if not head:
        return None
    source = Source.from_text(folded("\n".join(head)))  # a 繁體 table's document: its title folded as its cells are
    return _text_title(source, len(source.compacts))


_TITLE_LINES = 40  # the lines a title is looked for in
# how a title's line ends where the title runs on to a later line (a conjunction, 关于, an opening quote or bracket):
# a blank line after it does not end the title
_TITLE_RUNS_ON = ("和", "与", "及", "、", "暨", "的", "关于", "《", "“", "（", "(")
_ANNEX_LEAD = compiled(r"^附件\d{0,2}[：:]?(?=[^\d：:])")  # the same mark before the title on its line


# the gap between a table row's cells when a Word table is read as text (序号  具体工作  牵头单位)
_WIDE_GAP = compiled(r"[ \u3000]{2,}")


def _tab_cells(line: str) -> int:
    r"""How many cells with text a line of cells apart by tabs holds (a title merged across: one, then tabs).

    >>> _tab_cells("序号\t重点任务\t牵头单位"), _tab_cells("合肥市重点工作任务清单\t\t\t")
    (3, 1)
    """
    return sum(1 for cell in line.split("\t") if cell.strip())


def _text_title(source: Source, limit: int) -> str | None:
    """The first heading, else the first lines while they read as a title (a title broken over lines)."""
    lines, compacts = source.lines, source.compacts
    for i in range(limit):
        if compacts[i] and lines[i].lstrip().startswith("#") and compacts[i] not in ("目录", "目次"):
            if ENUMERATED.match(compacts[i]) is None:
                return compacts[i]
            break  # # 一、重点任务 (a Word heading style on the first section): no title; the lines above may be (round 37)
    parts: list[str] = []
    # a bulletin's or minutes' masthead (中共某市委办公室 / 市委专题会议纪要 / 〔2026〕第7期 / its issuer and date):
    # the title is below it (round 37)
    issue = next((i for i in range(min(limit, _MASTHEAD_LINES)) if _ISSUE_LINE.fullmatch(compacts[i])), None)
    menu = False
    for i in range(0 if issue is None else issue + 1, limit):
        c = compacts[i]
        if not c:
            if parts and not parts[-1].endswith(_TITLE_RUNS_ON):
                break
            continue  # a title printed over two lines with a blank between (国务院关于…和 / / …的指导意见): its rest
        if not parts and issue is not None and date_line(c) is not None:
            continue
        if _PAGE_HEAD.search(lines[i]):  # 石泉县人民政府 www.…, 今天是：…, 首页	新闻中心: a page's head (round 39)
            parts.clear()
            continue
        if c in _MENU_FIRST or (menu and len(c) <= _MENU_TAB and not c.endswith(TITLE_ENDS)):
            # 首页 / 政务公开 / 政务服务 …: a page's menu copied one tab a line (round 42)
            parts.clear()
            menu = True
            continue
        menu = False
        if not parts and (
            c == "文件"  # a joint masthead's last line, under its issuers' names (round 37)
            or field_label(c) is not None  # 发件人：…, From: …: an e-mail's header, the plan pasted below it (round 37)
            or _MASTHEAD.fullmatch(c)
            or (len(c) <= _NUMBER_LINE and _DOC_NUMBER.search(c))
            or not _HAS_LETTER().search(c)
            or _issuer_above_notice(compacts, i, limit)
            or ANNEX_MARK.fullmatch(c)
            # 首页 > 政务公开 > 通知公告, 某县政府 | 首页 | 政务公开: a page's trail (round 39)
            or _BREADCRUMB.search(c)
            or c.endswith(("门户网站", "政府网站", "政府网"))  # the site's name above the trail
            or (c[0] in _HEAD_FIRST and _HEAD_FIELD.match(c))  # 发布机构：…成文日期：…: a portal's fields
        ):
            continue  # the issuer's masthead (石门县人民政府办公室文件), its number, a ★ line, 附件1: the title is below
        if (
            is_toc_line(lines[i])
            or ENUMERATED.match(c)
            or (len(c) > 40 and not (len(c) <= _LONG_TITLE and c.endswith(TITLE_ENDS)))
            or c.endswith(("。", "：", ":", "；"))
            or _DOC_NUMBER.search(c)
            or LABEL.search(c)
            or (parts and (date_line(c) is not None or ANNEX_MARK.match(c)))  # a date or 附件2（：…） under it
            or (parts and parts[-1].endswith(TITLE_ENDS) and ISSUER_NAME.fullmatch(c))  # its issuer under it
            # a second whole title under it (滨海新区…任务清单 / 区教育局任务清单, a table's heading): not its rest
            # (…关于印发…方案 / 的通知 is; round 37)
            or (parts and parts[-1].endswith(TITLE_ENDS) and c.endswith(TITLE_ENDS) and c[0] not in "的》”")
            or _BYLINE.match(c)  # a web page's or a 公众号 post's byline under a headline
            # 为加快推进…, 根据…: the preamble's first line under a whole title, hard-wrapped (a PDF's; round 42)
            or (parts and parts[-1].endswith(TITLE_ENDS) and _PURPOSE_OPENING.match(c))
            or ("\t" in lines[i] and _tab_cells(lines[i]) > 1)  # a table's row, cells apart by tabs (round 36)
            or ("  " in lines[i] and len(_WIDE_GAP.split(lines[i].strip())) > 2)  # or by wide gaps (round 39)
        ):
            break
        parts.append(_ANNEX_LEAD.sub("", c, 1) if not parts and c.startswith("附件") else c)  # 附件1XX市…: XX市…
        if len(parts) == 3:
            break
    title = "".join(parts)
    if not title:  # a notice or a message's header block first (各单位：/ 现将《X》印发给你们): the title line below
        return title_cited_above(compacts, limit)
    headline = _HEADLINE.fullmatch(title) if "》" in title else None
    return (headline.group(1) if headline else title) or None


_CITED_TITLE = compiled(r"《([^《》]{4,80})》")
_CITED_LINES = 12  # the lines with text a notice above a plan's title takes, and its own


def title_cited_above(compacts: Sequence[str], limit: int) -> str | None:
    """A plan's own title line below a notice or a message's header block that names it (``现将《X》印发给你们``,
    ``主题：关于印发《X》的通知``), the plan pasted or quoted under them: X, when a line of its own within the text's
    first ``_CITED_LINES`` lines with text reads X (round 75: before, a forwarded plan was titled by its first section
    heading). A title cited and not written below it (a law the notice names) is none.

    >>> title_cited_above(["各单位：", "现将《某县供水方案》印发给你们。", "", "某县供水方案", "一、任务"], 5)
    '某县供水方案'
    >>> title_cited_above(["各单位：", "根据《某某条例》，现通知如下。", "一、任务"], 3) is None
    True
    """
    cited: set[str] = set()
    seen = 0
    for c in compacts[:limit]:
        if not c:
            continue
        if c in cited:
            return c
        seen += 1
        if seen > _CITED_LINES:
            break
        if "《" in c:
            cited.update(m.group(1) for m in _CITED_TITLE.finditer(c))
    return None


# a web page's head above the document: the site's address, today's date, a menu of tabs opening with 首页
_PAGE_HEAD = compiled(r"www\.|https?://|\.gov\.cn|今天是|^\s*首页\s*[\t|｜]|[\t|｜]\s*首页\s*(?:[\t|｜]|$)")
# a web page's trail to the document (首页 > 政务公开 > 通知公告, 当前位置：首页 > …), kept by a copy of the page
_BREADCRUMB = compiled(r"(?:(?:当前|您现在的|您的|所在)位置[：:]|首页[>＞»›→/|｜]|[|｜]首页)")
# a menu's first tab on its own line, and how long its other tabs are (政务公开, 互动交流, 走进信阳; round 42)
_MENU_FIRST = frozenset({"首页", "网站首页"})
_MENU_TAB = 6
# how a plan's preamble opens (为加快推进…, 根据…制定本方案): never a title's rest (round 42)
_PURPOSE_OPENING = compiled(
    r"为(?:了|深入|进一步|加快|全面|贯彻|切实|推动|推进|做好|落实|确保|持续|扎实|更好|积极|认真|有效|着力)|根据|按照|依据|依照"
)
# a post's byline: 原创 东湖发布 2025年03月12日 18:30, 来源：…, 发布时间：… (round 34)
_BYLINE = compiled(r"原创|来源[：:]|作者[：:]|发布时间[：:]|.{0,30}\d{1,2}月\d{1,2}日\d{1,2}:\d{2}")
# a news headline naming the plan: 重磅！《X》印发 → X
_HEADLINE = compiled(r"[^《》]{0,12}《([^《》]{4,80})》(?:正式)?(?:印发|发布|出台|公布|来了|出炉)[！!。]?")


_NOTE_OPENINGS = ("注", "备注", "说明")


_STATED_IN = 200  # characters: how far back the bracket holding a convention may open


def _statement_line(text: CompactText, pos: int) -> int:
    """The line a convention at ``pos`` is stated from: where the bracket holding it opens (the task it closes:
    ``（工业和信息化部、发展改革委等负责。列第一位者为牵头单`` / ``位，下同）``, broken over lines), else its own.

    >>> _statement_line(CompactText.from_compacts(["1.推进。（甲局、乙局负责。列第一", "位者为牵头单位）"]), 20)
    1
    """
    t = text.text
    lo = max(0, pos - _STATED_IN)
    opened = max(t.rfind("（", lo, pos), t.rfind("(", lo, pos))
    if opened != -1 and max(t.find("）", opened, pos), t.find(")", opened, pos)) == -1:
        pos = opened
    return text.line_at(pos)


def _glossary(source: Source, places: Sequence[int]) -> tuple[dict[str, str], list[tuple[int, int]]]:
    """The short forms an annex's table of them defines and its lines (``vocab.glossary_short_forms``), looked for
    only on the lines that write 简称 (round 62), among ``places`` (``vocab.short_form_places``: 称 after 简, 下
    or 文, found once for this and ``vocab.defined_short_forms``)."""
    compacted, rows = source.text.text, []
    for at in places:
        if compacted[at - 1] == "简" and (row := source.text.line_at(at) - 1) not in rows[-1:]:
            rows.append(row)
    return glossary_short_forms(source.lines, rows) if rows else ({}, [])


def conventions(
    source: Source, meta: Metadata, glossary: dict[str, str] | None = None, places: Sequence[int] | None = None
) -> Conventions:
    """What the document states once for every later task, and the years that deadlines need; ``glossary``: the short
    forms an annex's table defines (``_glossary``); ``places``: ``vocab.short_form_places`` of the compact text, when
    the caller found them already."""
    text = source.text
    first = source.first_listed
    first_from = _statement_line(text, first.start()) if first else None
    # a note (``注：排名第一的单位为牵头单位``), usually under the tasks, is about all of them; so is one written as a
    # pipe table's last row (| 注：… | | |: a Word table's note row merged across, round 40)
    if first_from is not None and source.compacts[first_from - 1].lstrip("（(【[|｜").startswith(_NOTE_OPENINGS):
        first_from = 1
    carried = tuple((_statement_line(text, m.start()), m.group(1)) for m in carried_units(text.text))
    carried += tuple((_statement_line(text, at), name) for at, name in unlisted_carried(text.text))  # round 32
    # …，A、B为实施单位，下同: the doers a list names for its task and every later one (round 65)
    carried += tuple((_statement_line(text, at), name) for at, name in implementers_carried(text.text))
    plan_year = plan_year_of(meta.title, meta.date, meta.doc_number)
    return Conventions(
        first_listed_from=first_from,
        carried=carried,
        plan_year=plan_year,
        document_date=meta.date,
        default_deadline=default_deadline(text.text, plan_year),
        campaign=CampaignPeriod(text.text),
        group=GroupStatements(source, plan_year, meta.date),
        short_forms=defined_short_forms(text.text, places) | (glossary or {}),
        festival=title_festival(meta.title),
    )
