"""Duties listed unit by unit: under a 职责分工 heading, a paragraph introduced by a unit's name is its task.

Plans often end with a 职责分工 / 责任分工 / 部门职责 section that gives each body its duties,
written three ways; each paragraph is a task that its units lead:

- ``区民防办：负责制定…`` — unit names, a colon (or a dash: ``区民防办——负责制定…``), the duties;
- ``1.街道消委办。牵头开展…`` — an enumerated item that opens with the unit's name and a 。;
- ``（一）区绿化市容局`` on a heading line of its own, the duties in the paragraph after it.

Only a list of unit names introduces a duty paragraph: a department type (``城管执法部门``),
a label (``责任单位：``) or an addressee line with nothing after its colon never does. A name ending
in 机构 is a body, not a type, when the plan set it up before (``成立…协调监管机制`` → ``协调监管机构：…``).
A department type is the body of a duty only with its 负责 right after it (``公安部门负责…``, ``type_duty``: round 70).

>>> text = "区民防办：负责制定区级规划。"
>>> [(u.name, u.role) for u in read_duty(text, 0, len(text)).units]
[('区民防办', 'lead')]
>>> text = "1.派出所。配合开展关爱工作。"
>>> [(u.name, u.role) for u in read_duty(text, 0, len(text)).units]
[('派出所', 'lead')]
>>> heading = "（二）区建管委、区水务局等建设主管部门"
>>> [u.name for u in duty_heading(heading, 0, len(heading)).units]
['区建管委', '区水务局']
>>> duty_heading("（四）城管执法部门", 0, 9) is None, read_duty("各区人民政府：", 0, 7) is None
(True, True)
"""

from __future__ import annotations

import functools

from reformgraph.loaders.people import PHONE, is_contact, names_a_person
from reformgraph.loaders.roles import Assignment, RoleUnit, dedupe
from reformgraph.loaders.unit_lists import read_units
from reformgraph.loaders.unit_names import (
    NEIGHBOURHOOD_ACTORS,
    is_collective,
    is_unit_name,
    names_a_type,
    opens_like_a_body,
    shares_each,
)
from reformgraph.loaders.vocab import LABEL, SET_UP_BODY
from reformgraph.regexcache import compiled

# the heading of a section that lists duties unit by unit
DUTY_SECTION = compiled(r"职责|分工|职能")
_ENUMERATOR = compiled(
    r"(?:\d{1,3}[.．、](?!\d)|[（(][一二三四五六七八九十百\d]{1,4}[)）]|[一二三四五六七八九十百]{1,4}、|[①-⑳])"
)
_HEAD_END = "：:。"
_DASH = "——"  # 区教育局——负责…: a dash after the units, as a colon (round 58)
_HEAD_MARKS = (*_HEAD_END, _DASH)
_MAX_HEAD = 60  # characters of unit names before the colon


_BODY = "机构"
_LEVEL = "市区县镇乡"


@functools.lru_cache(maxsize=2)
def _set_up_bodies(text: str) -> dict[str, int]:
    """Each ending (two characters or more) of the name of a body ``text`` sets up, and where it is first set up.

    >>> _set_up_bodies("成立区级协调监管机制。")
    {'区级协调监管': 2, '级协调监管': 2, '协调监管': 2, '调监管': 2, '监管': 2}
    """
    found: dict[str, int] = {}
    for m in SET_UP_BODY.finditer(text):
        words = m.group(1)
        for k in range(len(words) - 1):
            found.setdefault(words[k:], m.start(1))
    return found


def _set_up_before(text: str, name: str, start: int) -> bool:
    """True when ``name`` (X机构) is a body the plan set up before ``start`` (成立…X机制): one body, not a type.

    The level a name may open with (区协调监管机构) need not be written where the body is set up.

    >>> text = "成立区试点工作协调监管机制。（二）协调监管机构：建立入市监管制度。"
    >>> _set_up_before(text, "协调监管机构", 16), _set_up_before(text, "区协调监管机构", 16)
    (True, True)
    >>> _set_up_before(text, "金融机构", 16), _set_up_before("（二）协调监管机构：…。成立区协调监管机制。", "协调监管机构", 0)
    (False, False)
    """
    if not name.endswith(_BODY) or is_collective(name):
        return False
    bodies = _set_up_bodies(text)
    stem = name.removesuffix(_BODY)
    at = bodies.get(stem, -1)
    if at < 0 and stem[:1] in _LEVEL:
        at = bodies.get(stem[1:], -1)
    return 0 <= at < start


def _units(text: str, start: int, end: int) -> Assignment | None:
    """``text[start:end]`` as a list of unit names that lead, or None when it is anything else."""
    if end - start < 2 or LABEL.match(text, start):
        return None
    units = read_units(text, start, end, default="lead")
    if not units or any(
        not (is_unit_name(u.name) or shares_each(u.name, units[0].name))  # 各镇、街道：(round 63 heldout6)
        or u.name in NEIGHBOURHOOD_ACTORS  # 3．物业公司：…: one in every estate, no body's duty (round 77 heldout22)
        or (
            names_a_type(u.name)
            and not is_collective(u.name)
            # 各街镇、区管企业：every town and every enterprise the district runs (round 76 heldout21)
            and not shares_each(u.name, units[0].name)
            and not _set_up_before(text, u.name, start)
        )
        for u in units
    ):
        return None
    units = [u.with_role("lead") for u in units]
    return Assignment(units=tuple(units), anchor=units[0].pos)


def _body_start(text: str, start: int) -> int:
    m = _ENUMERATOR.match(text, start)
    return m.end() if m else start


_LED_BY = compiled(r"由[^，,。；;]{2,40}?(?:牵头|负责)")


def read_duty(text: str, start: int, end: int) -> Assignment | None:
    """The units of a paragraph ``text[start:end]`` that opens with unit names and ``：``/``。`` and goes on."""
    s = _body_start(text, start)
    k = _head_end(text, s, end)
    if k == -1:
        return None
    after = _after_head(text, k)
    if after >= end or not text[after:end].strip("。；; "):
        return None  # nothing after the colon: an addressee line
    if text.startswith("由", after) and _LED_BY.match(text, after, end):
        return None  # 综合协调组：由市政府办公室牵头，…: a working group's name, its units after it (round 38)
    if is_contact(text[after:end]):
        return None  # 1.县财政局：李某某，13900002222: a 联络员名单's line, no duty (round 52)
    if text[k] == "。" and _names_its_lead(text, after, end, titled=not opens_like_a_body(text[s:k])):
        # （五）非法改装查处。区公安分局牵头负责…: a run-in title, the sentence names its own lead (round 77); and
        # （五）改装查处。区公安分局负责…, the title no body's name (round 78 left48)
        return None
    return _units(text, s, k)


_HEAD_ROLE_VERBS = ("指导", "会同", "配合", "协助", "督促", "组织", "协调", "牵头", "负责")
# the subject of a sentence that names its own lead: units, then 牵头 (a modal verb between: 要, 应); not 负责, which
# a duty head's paragraph may give a body under it (区商务局。各街道负责日常巡查。)
_OWN_LEAD = compiled(r"([^，,。；;：:、]{2,40}?(?:、[^，,。；;：:、]{2,40}?)*)(?:要|应)?牵头")
# and 负责 after a head that opens as no body's name does (its place or level): 改装查处。区公安分局负责… (round 78)
_OWN_DUTY = compiled(r"([^，,。；;：:、]{2,40}?(?:、[^，,。；;：:、]{2,40}?)*)(?:要|应)?负责")


def _names_its_lead(text: str, start: int, end: int, *, titled: bool = False) -> bool:
    """Whether the sentence at ``start`` opens with unit names and 牵头: it names its own lead, so the words
    before its ``。`` are the item's run-in title (``非法改装查处。``, ``改装查处`` read as a 处's name), no unit.
    With ``titled`` (the head opens with no place or level, as a body's name does: ``改装查处``, not ``区城管局``),
    units opening with their place or level and 负责 name it too (round 78 left48); a body's head keeps the share it
    gives a body under it (``区城管局。各街道负责日常巡查。``).

    >>> _names_its_lead("区公安分局牵头负责查处。", 0, 12), _names_its_lead("区公安分局、区城管局牵头查处。", 0, 15)
    (True, True)
    >>> _names_its_lead("各街道负责日常巡查。", 0, 10)
    False
    >>> _names_its_lead("牵头开展排查，各街道负责落实。", 0, 15), _names_its_lead("会同区民政局负责养老服务。", 0, 13)
    (False, False)
    >>> _names_its_lead("指导各街道负责市场整治。", 0, 12)
    False
    >>> _names_its_lead("区公安分局负责查处。", 0, 10, titled=True), _names_its_lead("经营单位负责自查。", 0, 9, titled=True)
    (True, False)
    """
    if text.startswith(_HEAD_ROLE_VERBS, start):
        return False  # (指导各街道负责…, 会同B负责…: the head's own duty, naming its partners)
    m = _OWN_LEAD.match(text, start, end)
    if m is not None:
        units = _units(text, start, m.end(1))
        return units is not None and units.anchor == start
    if not titled or (m := _OWN_DUTY.match(text, start, end)) is None:
        return False
    units = _units(text, start, m.end(1))
    return (
        units is not None and units.anchor == start and all(opens_like_a_body(u.name) for u in units.units)
    )  # (no kind of actor: 经营单位负责…)


# a department type (a kind of government department written by its field: 公安部门, 交通运输管理部门) as the body of a
# duty, right before its 负责 (round 70 heldout15)
# (round 71 left41: or its colon between, 公安部门：负责…, a duties list's item as a body's is written: 区公安分局：负责…)
_TYPE_BEFORE_DUTY = compiled(r"([\u4e00-\u9fff]{2,12}部门)[：:]?负责")
_TYPE_REACH = 80  # characters after a paragraph's start where its body's 负责 may stand (after a title and a clause)
_CLAUSE_OPENING = "，,。；;"


def type_duty(text: str, start: int, end: int) -> Assignment | None:
    """The duty a paragraph ``text[start:end]`` of a duties passage gives a department type: the clause whose 负责
    comes first opens with one department type (``公安部门负责…``, after a title and a collective's clause too:
    ``明确职责。各职能管理部门除…外，安全监管部门负责…``), which leads, and the partners the duty names after 会同 or
    协同 support (round 70 heldout15, held-out 70: a 部门职责 passage of generic types, SPEC's decision left to the
    reader, read as held-out 62 reads types that are the work's subjects). None for anything else: a sector list
    (``公安、交通等部门负责…``), a collective (``有关部门负责…``), a kind of actor (``经营单位负责…``).

    >>> t = "交通运输管理部门负责运输证的录入；会同有关部门做好处理工作。"
    >>> [(u.name, u.role) for u in type_duty(t, 0, len(t)).units]
    [('交通运输管理部门', 'lead'), ('有关部门', 'support')]
    >>> t = "（二）明确职责。各职能管理部门除依法履职外，安全监管部门负责监督检查。"
    >>> [u.name for u in type_duty(t, 0, len(t)).units]
    ['安全监管部门']
    >>> type_duty("公安、交通等部门负责巡查。", 0, 13), type_duty("有关部门负责巡查。", 0, 9)
    (None, None)
    >>> t = "公安部门：负责秩序管理；会同交通运输部门开展监管。"  # a colon after the type (round 71 left41)
    >>> [(u.name, u.role) for u in type_duty(t, 0, len(t)).units]
    [('公安部门', 'lead'), ('交通运输部门', 'support')]
    """
    from reformgraph.loaders.prose import duty_partners

    m = _TYPE_BEFORE_DUTY.search(text, start, min(end, start + _TYPE_REACH))
    if m is None:
        return kind_duty(text, start, end) if text.find("负责", start, end) != -1 else None
    opening = max(text.rfind(c, start, m.start()) for c in _CLAUSE_OPENING) + 1
    name = text[max(opening, _body_start(text, start)) : m.end(1)]
    if name != m.group(1) or is_collective(name) or not is_unit_name(name):
        return None  # the type does not open its clause (公安、交通等部门, 各有关部门) or is no unit's name
    lead = RoleUnit(name, "lead", m.start(1))
    partners = [u for u in duty_partners(text, m.end(), end) if u.name != name]
    return Assignment(units=(lead, *dedupe(partners)), anchor=m.start(1))


# a kind of body named by what it is, not a 部门 type, before a colon and its 负责 (消防救援机构：负责…, 供电企业：…,
# 人民银行各分支机构：…, 建设单位：…, 责任主体：…), or a level with the other it stands for in brackets (村（社区）：…):
# round 72 left42
_KIND_BEFORE_DUTY = compiled(r"[：:]负责")
_KIND_ENDS = ("机构", "企业", "单位", "主体")
_LEVEL_PAIR = compiled(r"(?:乡镇|镇|乡|村|社区|街道|村居)[（(](?:乡镇|镇|乡|村|社区|街道|居)[）)]")


def kind_duty(text: str, start: int, end: int) -> Assignment | None:
    """The duty a paragraph ``text[start:end]`` of a duties passage gives a kind of body written before a colon
    (``消防救援机构：负责…；会同住房城乡建设部门…``): the kind leads as written, the partners after 会同 or 协同 support,
    as ``type_duty`` reads ``公安部门：负责…`` (round 71 left41). A duties list names each body before a colon, a kind
    too (a plan assigns the work to whichever fire authority, power company or village committee there is). None for a
    collective (``有关单位：负责…``, ``各类企业：…``), a sector list (``供水、供电企业：…``) and a kind with no colon
    (``经营单位负责…``: an actor's obligation, round 70).

    >>> t = "消防救援机构：负责火灾隐患排查；会同住房城乡建设部门开展检查。"
    >>> [(u.name, u.role) for u in kind_duty(t, 0, len(t)).units]
    [('消防救援机构', 'lead'), ('住房城乡建设部门', 'support')]
    >>> [u.name for u in kind_duty("村（社区）：负责日常巡查。", 0, 13).units]
    ['村（社区）']
    >>> kind_duty("有关单位：负责巡查。", 0, 10), kind_duty("经营单位负责巡查。", 0, 9)
    (None, None)
    """
    from reformgraph.loaders.prose import duty_partners

    m = _KIND_BEFORE_DUTY.search(text, start, min(end, start + _TYPE_REACH))
    if m is None:
        return None
    at = _body_start(text, start)
    name = text[at : m.start()]
    if not (
        _LEVEL_PAIR.fullmatch(name) is not None
        or (name.endswith(_KIND_ENDS) and names_a_type(name) and is_unit_name(name) and not is_collective(name))
    ) or any(c in name for c in "、，,"):
        return None
    # a kind's partners may be kinds, a label word too (监理单位：…会同建设单位开展验收: round 73 left43)
    partners = [u for u in duty_partners(text, m.end(), end, kinds=True) if u.name != name]
    return Assignment(units=(RoleUnit(name, "lead", at), *dedupe(partners)), anchor=at)


def _head_end(text: str, start: int, end: int) -> int:
    """Where the first ``：``, ``:``, ``。`` or ``——`` of ``text[start:end]`` is within ``_MAX_HEAD`` characters, or -1.

    >>> _head_end("区教育局——负责招生。", 0, 11), _head_end("区教育局：负责招生——入学。", 0, 14)
    (4, 4)
    """
    bound = min(end, start + _MAX_HEAD)
    found = [at for at in (text.find(mark, start, bound) for mark in _HEAD_MARKS) if at != -1]
    return min(found, default=-1)


def _after_head(text: str, k: int) -> int:
    """Where the duties start after the head's end ``k`` (a colon or ``。``, or the two characters of a dash).

    >>> _after_head("区教育局——负责招生。", 4), _after_head("区教育局：负责招生。", 4)
    (6, 5)
    """
    return k + len(_DASH) if text.startswith(_DASH, k) else k + 1


_CONTACT_MOST = 100  # characters: the longest contact's line looked at (units, a role, a person, posts, phones)


def contact_line(text: str, start: int, end: int) -> bool:
    """Whether a paragraph ``text[start:end]`` is a contact list's line: unit names, their part in the work in
    brackets or not, a colon, then a person and a phone (``people.is_contact``), as a 联络员名单 lists them. A duty
    (``县财政局：负责资金保障，咨询电话：…``) is none (round 53; round 52 read the line without the role).

    >>> t, u = "1.市民政局（牵头）：张某某，13800001111", "市财政局（配合）：李某某（科长），电话：0571-87001234"
    >>> contact_line(t, 0, len(t)), contact_line(u, 0, len(u))
    (True, True)
    >>> t = "1.市财政局（牵头）：负责资金保障，咨询电话：0571-87001234"
    >>> contact_line(t, 0, len(t)), contact_line("推进工作：张某某，13800001111", 0, 21)
    (False, False)
    >>> t = "王某某（市市场监管局，牵头）：13800001111"  # the person first (round 54)
    >>> contact_line(t, 0, len(t))
    True
    """
    if end - start > _CONTACT_MOST:
        return False  # a task's paragraph, most often longer
    s = _body_start(text, start)
    k = _head_end(text, s, end)
    if k == -1 or text[k] == "。":
        return False
    if is_contact(text[k + 1 : end]):
        units = read_units(text, s, k, default="lead")
        if units and all(is_unit_name(u.name) for u in units):
            return True
    return text[k - 1] == "）" and _person_before_units(text, s, k, end)


# the label of a contact's line (联系人：张某某，138…; 联络员：…): round 55
_CONTACT_LABEL = compiled(r"(?:联系人|联络人|联络员)(?:及电话)?[：:]")


def contact_item(text: str, start: int, end: int) -> bool:
    """Whether a numbered item ``text[start:end]`` is the contact of its section, a person and a phone after a
    contact's label (``3.联系人：张某某，市科协科普部，13812345678。``: round 55), not a task that names no unit.

    >>> t = "3.联系人：张某某，市科协科普部，13812345678。"
    >>> contact_item(t, 0, len(t)), contact_item("3.联系人：负责对接，做好服务。", 0, 16)
    (True, False)
    """
    if end - start > _CONTACT_MOST:
        return False
    m = _CONTACT_LABEL.match(text, _body_start(text, start))
    return m is not None and is_contact(text[m.end() : end])


def _person_before_units(text: str, start: int, colon: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a contact's line written person first: a person, the unit's names (and its
    part) in brackets, a colon, a phone and no more words (``王某某（市市场监管局，牵头）：13800001111``; round 54).

    >>> t = "赵某某（市商务局，配合）：0571-87001234"
    >>> _person_before_units(t, 0, t.index("："), len(t))
    True
    >>> t = "畅通投诉渠道（市市场监管局，牵头）：优化平台，咨询电话：12315"
    >>> _person_before_units(t, 0, t.index("："), len(t))
    False
    """
    opening = text.find("（", start, colon)
    if opening == -1 or text[colon - 1] != "）" or not names_a_person(text[start:opening]):
        return False
    phone = PHONE.search(text, colon + 1, end)
    if (
        phone is None
        or text[colon + 1 : phone.start()].strip("电话手机联系方式：: ")
        or text[phone.end() : end].strip("。； ")
    ):
        return False
    units = read_units(text, opening + 1, colon - 1, default="lead")
    return bool(units) and all(is_unit_name(u.name) for u in units)


def duty_heading(text: str, start: int, end: int) -> Assignment | None:
    """The units of a heading ``text[start:end]`` that is only a list of unit names (``（一）区绿化市容局``)."""
    s = _body_start(text, start)
    if s == start or end - s > _MAX_HEAD:
        return None
    return _units(text, s, end)


def colon_heading(text: str, start: int, end: int) -> Assignment | None:
    """The units of an unnumbered line ``text[start:end]`` that is only a list of unit names closed by a colon
    (``区商务局：``, ``各镇、区属企业：``), as a duties list writes a unit's name over its paragraph; None for any other
    line (a label: ``责任单位：``; words that name no unit: ``主要任务：``; a numbered heading: ``duty_heading``'s).

    >>> [u.name for u in colon_heading("区商务局：", 0, 5).units], colon_heading("责任单位：", 0, 5)
    (['区商务局'], None)
    >>> colon_heading("主要任务：", 0, 5), colon_heading("（一）区商务局：", 0, 8), colon_heading("区商务局", 0, 4)
    (None, None, None)
    """
    if text[end - 1 : end] not in ("：", ":") or end - start > _MAX_HEAD or _ENUMERATOR.match(text, start):
        return None
    return _units(text, start, end - 1)


# a duty's number after the unit's colon or after the duty before it: 1. 2、 （3）
_FIRST_NUMBERS = ("1.", "1．", "1、", "（1）", "(1)")  # what the first duty opens with (looked at before any regex)
_DUTY_NUMBER = compiled(r"(?<=[：:；;。])(?:(\d{1,2})[.．、](?!\d)|[（(](\d{1,2})[)）])")


def numbered_duties(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the numbered duties of a unit's paragraph ``text[start:end]`` (``市财政局：1.落实…；2.推进…``),
    numbered 1, 2, 3 … in order after its colon; [] for fewer than two.

    >>> t = "市财政局：1.落实采购政策，6月底前完成；2.推进电子化，12月底前完成。"
    >>> [t[a:b] for a, b in numbered_duties(t, 0, len(t))]
    ['1.落实采购政策，6月底前完成；', '2.推进电子化，12月底前完成。']
    >>> numbered_duties("市财政局：负责资金保障，2.5万元。", 0, 17)
    []
    """
    bound = min(end, start + _MAX_HEAD)
    colon = min((at for at in (text.find("：", start, bound), text.find(":", start, bound)) if at != -1), default=-1)
    if colon == -1 or not text.startswith(_FIRST_NUMBERS, colon + 1):
        return []
    starts = []
    for m in _DUTY_NUMBER.finditer(text, colon, end):
        if int(m.group(1) or m.group(2)) != len(starts) + 1:
            break
        starts.append(m.start())
    if len(starts) < 2 or starts[0] != colon + 1:
        return []
    return list(zip(starts, [*starts[1:], end]))
