"""Roles written in prose: a paragraph that names units with a role but has no unit parenthetical.

Read in a paragraph that has no other assignment, about named units only (a collective or
a department type such as 各有关部门, 市公安交管部门 is never the subject of a prose role):

- ``由A、B牵头，会同C和D…`` / ``由A牵头，B、C等部门共同参与`` — A, B lead; C, D support;
- ``A、B牵头，C、D履行相应职责，E和F落实主体责任`` / ``由A牵头，B、C为成员单位`` — a clause that is
  only unit names and a lead verb leads; the clauses right after it that are unit names closed by a
  supporting verb or duty phrase (参与, 配合, 为成员单位, 履行相应职责, 落实主体责任 …) support;
- ``A会同B、C…`` (``A要会同…``, ``经A会同…``; with no subject, the paragraph's subject) — A leads, B, C support;
- ``A负责编制…`` at the start of a sentence — A leads;
- ``A是…责任主体`` — A leads;
- ``A要继续做好牵头工作`` — A leads.

>>> text = "海关总署要继续做好牵头工作，优化布局。要加大统筹协调力度，会同有关部门建立协调机制。"
>>> a = read_prose(text, 0, len(text))
>>> [(u.name, u.role) for u in a.units]
[('海关总署', 'lead'), ('有关部门', 'support')]
>>> read_prose("市、区交通运输部门负责公路超限运输许可。", 0, 19) is None
True
"""

from __future__ import annotations

import re

from reformgraph.loaders.assign import Assignment, RoleUnit, dedupe, read_units
from reformgraph.loaders.scan import split_outside
from reformgraph.loaders.vocab import WITH, is_collective, is_unit_name

_SENTENCE = "。；;！？!?"
_CLAUSE = "，,：:"
_LEADING = re.compile(r"^(?:经|由|并|且|再|同时|另外|此外|要|将)+")
_MODAL = re.compile(r"(?:要|将|应当|应|须|需|还要|还将|继续|统一)+$")
_TYPE_NAME = re.compile(r"(?:部门|单位|机构|方面|地区|地方|企业|主体)$")
# where a list of supporting units ends in prose: the verb that follows it
_VERB = re.compile(
    r"按照|按|共同|协同|做好|开展|推进|组织|组建|加强|研究|制定|制订|修订|建立|完善|统筹|筛选|进行|负责|抓好|落实|指导|"
    r"督促|确定|出台|编制|实施|审核|审查|评审|评估|部署|推动|联合|召开|提出|发布|印发|构建|健全|协调|做|的|对|在|于|就|一道|一起"
)
_COLLECTIVE_END = re.compile(r"部门|单位|方面|机构")
_SUPPORT_VERB = re.compile(
    r"共同参与|参与|配合|协同|协助|(?:作)?为成员单位|履行(?:相应|各自)?职责|落实(?:主体|属地)责任|按职责(?:分工)?负责"
)
_LEAD_WORK = re.compile(r"^(.{2,30}?)(?:要|将|应)?(?:继续)?(?:做好|负责|承担)牵头工作")
_RESPONSIBLE_BODY = re.compile(r"^(.{2,30}?)是.{0,40}?责任主体")


def _specific(names: list[RoleUnit]) -> bool:
    return bool(names) and all(
        is_unit_name(u.name) and not is_collective(u.name) and not _TYPE_NAME.search(u.name) for u in names
    )


def _subject(text: str, start: int, end: int) -> list[RoleUnit] | None:
    """The named units written in ``text[start:end]`` as a subject (connectives and modal verbs dropped)."""
    chunk = text[start:end]
    lead = _LEADING.match(chunk)
    s = start + (lead.end() if lead else 0)
    modal = _MODAL.search(text, s, end)
    e = modal.start() if modal else end
    if e <= s:
        return None
    units = read_units(text, s, e, role="lead")
    return units if units and _specific(units) else None


def _supports_after(text: str, start: int, end: int) -> list[RoleUnit]:
    """The longest list of unit names after 会同 that ends where a verb begins or a collective name ends."""
    cuts = {m.start() for m in _VERB.finditer(text, start, end)}
    cuts |= {m.end() for m in _COLLECTIVE_END.finditer(text, start, end)}
    best: list[RoleUnit] = []
    for cut in sorted(c for c in cuts if c > start):
        units = read_units(text, start, cut, role="support")
        if units and all(is_unit_name(u.name) for u in units):
            best = units
    return best


def read_prose(text: str, start: int, end: int) -> Assignment | None:
    """The roles a paragraph ``text[start:end]`` gives to named units in prose, or None."""
    found: list[RoleUnit] = []
    paragraph_subject: list[RoleUnit] | None = None
    for k, (ss, se) in enumerate(split_outside(text, _SENTENCE, start, end)):
        sentence = text[ss:se]
        if not sentence:
            continue
        clauses = split_outside(text, _CLAUSE, ss, se)
        if k == 0:
            m = re.match(r"^(.{2,30}?)(?:要|将|应|负责|会同|牵头)", sentence)
            if m:
                paragraph_subject = _subject(text, ss, ss + len(m.group(1)))
        m = _LEAD_WORK.match(sentence) or _RESPONSIBLE_BODY.match(sentence)
        if m:
            subject = _subject(text, ss, ss + len(m.group(1)))
            if subject:
                found.extend(subject)
        consumed = -1  # the clauses after 由A牵头 that name its partners
        for ci, (cs, ce) in enumerate(clauses):
            if ci <= consumed:
                continue
            at = text.find("由", cs, ce)
            units = None
            if at != -1:
                units = read_units(text, at + 1, ce)
                if not (units and units[-1].role in ("lead", "responsible", "implement") and _specific(units)):
                    units = None
            elif text[ce - 1 : ce] == "头":  # A、B牵头 (the clause is only units and the verb)
                units = read_units(text, cs, ce)
                if not (units and all(u.role == "lead" for u in units) and _specific(units)):
                    units = None
            if units:
                found.extend(u.with_role("lead") for u in units)
                consumed = ci
                for ns, ne in clauses[ci + 1 :]:
                    if text.startswith(WITH, ns):
                        found.extend(_supports_after(text, ns + len(WITH), ne))
                        consumed += 1
                        break
                    verb = _SUPPORT_VERB.search(text, ns, ne)
                    partners = read_units(text, ns, verb.start(), role="support") if verb else None
                    if not (partners and all(is_unit_name(u.name) for u in partners)):
                        break
                    found.extend(partners)
                    consumed += 1
                continue
            with_at = text.find(WITH, cs, ce)
            if with_at != -1:
                subject = _subject(text, cs, with_at) if with_at > cs else None
                if subject is None and not text[cs:with_at].strip("要将并且再"):
                    subject = paragraph_subject
                if subject:
                    found.extend(subject)
                    found.extend(_supports_after(text, with_at + len(WITH), ce))
                continue
            if ci == 0:
                at = text.find("负责", cs, ce)
                if at > cs:
                    subject = _subject(text, cs, at)
                    if subject:
                        found.extend(subject)
    if not any(u.role == "lead" for u in found):
        return None
    units = dedupe(found)
    return Assignment(units=tuple(units), anchor=units[0].pos)
