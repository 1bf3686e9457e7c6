"""The people a task names, and their phones: ``责任领导：王五（副县长）``, ``责任人：赵六；联系电话：138…``.

A task's person fields (``vocab.PERSON_LABELS``: 牵头领导, 责任领导, 责任人, 联系人 …) are read wherever its
units are: in its parenthetical, on its label lines, in a table's 责任人 column. Each becomes a ``Contact`` of the
task's workplan that names the task (``measure``). A field's value is a list of names, each maybe with a title
(``副县长王五``, ``王五（副县长）``) and phones; a value that names a post, not a person (``各乡镇主要负责同志``),
names nobody. A phone field (``联系电话：…``) gives its numbers to the people named just before it.

A person whose label names a post of the unit (``责任人``, ``联系人``, ``联络员``, ``分管领导``, ``主要领导``) is a
member of the task's lead unit when the task has one lead; a leader named over the task (``牵头领导``,
``责任领导``, ``牵头市领导``) is not.

>>> person_names("王五（副县长）、赵六（13800001111）")
[('王五', ()), ('赵六', ('13800001111',))]
>>> person_names("县委常委、副县长王五同志"), person_names("各乡镇主要负责同志")
([('王五', ())], [])
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reformgraph.loaders.scan import compiled_on_use
from reformgraph.loaders.unit_names import has_unit_ending, is_unit_name
from reformgraph.loaders.vocab import PHONE_LABELS, UNIT_LABELS
from reformgraph.records import Contact
from reformgraph.regexcache import compiled

# a phone number: seven to eleven digits, maybe after an area code and a dash
PHONE = compiled(r"(?<!\d)(?:\d{3,4}[-－—])?\d{7,11}(?!\d)")
_BRACKETED = compiled(r"[（(]([^（()）]*)[)）]")
_ITEMS = compiled(r"[、，,；;/／\s]+")
# a title before the name (副县长王五, 县住建局局长王五): the shortest run of characters that ends in a title word
_TITLE_WORDS = "长|主任|书记|常委|委员|巡视员|调研员|科员|秘书|主席|部长|组长|干部"
_TITLED = compiled(
    rf"(?:.*?(?:{_TITLE_WORDS}))?([\u4e00-\u9fa5·]{{2,4}}|[\u4e00-\u9fa5]{{1,6}}·[\u4e00-\u9fa5]{{1,8}})"
)
_TITLE_ONLY = compiled(rf".*(?:{_TITLE_WORDS})")
_POST_AFTER = compiled(r"[，,、\s]+")  # what parts a name from the post written after it (张某某，副局长)
# 局长, 副局长：, 党组书记 (1 ms to compile: on the first bracket read as a person's)
_TITLE_BEFORE = compiled_on_use(rf"[\u4e00-\u9fa5]{{0,6}}?(?:{_TITLE_WORDS})[:：]?")
# words that make a value a post or a body, not a person's name
_NOT_A_NAME = compiled(r"各|有关|相关|分管|主要|负责|领导|单位|部门|政府|同志|人员|班子|成员|同上|待定|另定")
# posts of a unit (the person is its member); other leaders (牵头领导, 责任领导, 牵头市领导 …) lead over the task
_OF_THE_UNIT = frozenset({"分管领导", "主要领导"})


_UNIT_LABELS = frozenset(UNIT_LABELS)
_UNITS_PERSON = "责任人"  # the role of a person named in brackets after a unit


# the hundred most common surnames: a bracket after a unit's name that holds two or three characters opening with
# one of these is a person (县发改局（张三）), unless it reads as a unit or a word (（林业）, （高新区）)
_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟"
    "谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
_NOT_A_NAME_END = frozenset("业务区县市局委办处科室所站队院校厂行司部组会中心")


def names_a_person(written: str) -> bool:
    """Whether a bracket written after a unit's name holds a person rather than more of the name: a phone
    number, or a name of two or three characters that opens with a common surname and reads as no unit or word.

    >>> [names_a_person(w) for w in ("张三", "李四 13800000000", "计划财务处", "林业", "高新区", "牵头", "试行")]
    [True, True, False, False, False, False, False]
    >>> names_a_person("卫某某"), names_a_person("某某"), names_a_person("局长冯某某"), names_a_person("副局长：韩某")
    (True, False, True, True)
    >>> names_a_person("市长办公室"), names_a_person("科长"), names_a_person("张长江"), names_a_person("副局长李长春")
    (False, False, True, True)
    >>> names_a_person("张某某，副局长"), names_a_person("王五 副主任"), names_a_person("王五副主任")
    (True, True, True)
    >>> names_a_person("规划科，科长"), names_a_person("林业局局长"), names_a_person("张长江")
    (False, False, True)
    """
    if PHONE.search(written):
        return True
    name = written.strip()
    if (cut := _POST_AFTER.search(name)) is not None and _TITLE_ONLY.fullmatch(name, cut.end()) is not None:
        name = name[: cut.start()]  # 张某某，副局长 / 张某某 副局长: the post after the name (round 40)
    titled = _TITLE_BEFORE().match(name) if name[-1:] not in _NOT_A_NAME_END else None
    if titled is not None and len(name) - titled.end() >= 2:  # not 张长江 (长 a title's word inside a name)
        name = name[titled.end() :]  # 局长冯某某, 副局长：韩某 (round 31): a post before the name
    if 4 <= len(name) <= 9 and _TITLE_ONLY.fullmatch(name, 2) is not None:
        # 王五副主任 (a space dropped): the name, then its post (round 40)
        return any(_TITLE_ONLY.fullmatch(name, k) and _a_name(name[:k]) for k in (2, 3))
    return _a_name(name)


def is_contact(value: str) -> bool:
    """Whether the words after a unit's colon are its contact, not its duty: a person (with a post) and a phone
    (``李某某，13900002222``, ``张某某（科长），电话：0571-88001234``), as a 联络员名单 lists them (round 52).

    >>> is_contact("李某某，13900002222。"), is_contact("张某某（科长），电话：0571-88001234"), is_contact("张某某")
    (True, True, False)
    >>> is_contact("负责资金保障，咨询电话：12345678"), is_contact("王某某负责，13800001111")
    (False, False)
    """
    if PHONE.search(value) is None:
        return False
    first = _FIRST_CLAUSE.match(value)
    person = _BRACKETED.sub("", first.group()) if first is not None else ""
    return bool(person) and names_a_person(person)


_FIRST_CLAUSE = compiled(r"[^，,；;。\s]{2,12}")


# a leader's post before a name in a unit list (分管领导, 分管局领导, 主要领导：): 领导 is no title of names_a_person's, as
# 各乡镇主要领导 names a post (round 44)
_LEADER_POST = compiled(r"[\u4e00-\u9fa5]{0,4}?领导[:：]?")


def a_person_listed(written: str) -> bool:
    """Whether an item of a unit list is a person, not a unit: a post and a name (``科长张某某``, as the compact text
    joins ``科长 张某某``; ``张某某副局长``), a hidden name (``张某某``) or a phone. A bare two- or three-character name
    is not enough: it may be a place listed as a unit (``黄山``, ``周口``) (round 44).

    >>> [a_person_listed(w) for w in ("科长 张某某", "副镇长李某", "张某某", "黄山", "市教育局", "各网格长", "市长办公室")]
    [True, True, True, False, False, False, False]
    >>> a_person_listed("分管领导 王某某"), a_person_listed("分管局领导：李四"), a_person_listed("主要领导")
    (True, True, False)
    """
    name = "".join(written.split()) if " " in written or "\u3000" in written else written
    if "领导" in name and (post := _LEADER_POST.match(name)) is not None:  # 分管领导王某某
        return _a_name(name[post.end() :])
    return (len(name) > 3 or "某" in name) and names_a_person(name)


def a_leader_named(written: str) -> bool:
    """Whether ``written`` names a leader and no body: posts and a name (``副镇长李某某``, ``镇党委委员、政法委员王某某``),
    as ``由副镇长李某某牵头`` writes who leads over a task (round 45). A unit's head (``县林业局局长王某某``) names the unit.

    >>> [a_leader_named(w) for w in ("副镇长李某某", "镇党委委员、政法委员王某某", "县林业局局长王某某", "县林业局")]
    [True, True, False, False]
    >>> a_leader_named("街道副主任何某某")  # the plan's own level, no body's name: the 街道's deputy head
    True
    """
    *posts, last = written.split("、")
    return (
        a_person_listed(last)
        and all(_TITLE_ONLY.fullmatch(post) is not None for post in posts)
        and ((cut := person_after_unit(last)) == 0 or last[:cut] in _OWN_LEVELS)
    )


# a level or the kind of its body named alone, as its own plan names itself (街道副主任, 党委副书记): no body named
_OWN_LEVELS = frozenset({"街道", "乡", "镇", "县", "区", "市", "村", "社区", "党委", "党工委", "政府"})

_PLACE_WORD_END = frozenset("场库港路街村园湖山河")  # 林场, 水库: a place a body runs, no person's name


def person_after_unit(name: str) -> int:
    """The length of the unit's name when ``name`` is a unit's name with a person's written right after it (``市教育局
    张某某``, whose space the compact text dropped; a 台账's 责任单位 naming its contact), else 0 (round 40).

    >>> person_after_unit("市教育局张某某"), person_after_unit("区财政局李四"), person_after_unit("市林业局林场")
    (4, 4, 0)
    >>> person_after_unit("市公安局交警支队"), person_after_unit("区教育局")
    (0, 0)
    >>> person_after_unit("法规科科长张某某"), person_after_unit("办公室主任张某某"), person_after_unit("市长江办王五")
    (3, 3, 4)
    >>> person_after_unit("网格长张某某"), person_after_unit("各网格长张某某")  # a post alone and a name: a person
    (0, 4)
    """
    for k in (3, 2):
        head, tail = name[:-k], name[-k:]
        if len(head) < 3 or tail[-1] in _PLACE_WORD_END:
            continue
        post = _POST_LAST.search(head) if head[-1] in _POST_LAST_CHARACTERS else None  # searched once for both
        if post is not None and head[0] != "各" and not has_unit_ending(head[: post.start()]):
            continue  # 网格长张某某: a post with no body before it and a name, one person (round 45)
        if not has_unit_ending(head):
            if post is None:
                continue
            head = head[: post.start()]  # 法规科科长张某某, 办公室 主任 张某某: the post between (round 44)
            if len(head) < 2 or not has_unit_ending(head):
                continue
        if _a_name(tail) and is_unit_name(head):
            return len(head)
    return 0


# a post that ends a unit's name before a person's (法规科科长, 办公室主任, 立案庭副庭长): round 44
_POST_LAST = compiled(r"副?(?:[\u4e00-\u9fa5]长|主任|书记)$")
_POST_LAST_CHARACTERS = frozenset("长任记")


def _a_name(name: str) -> bool:
    """Whether ``name`` alone is a person's name: hidden (卫某某), or two or three characters opening with a common
    surname that read as no unit or word.

    >>> _a_name("张某某"), _a_name("王五"), _a_name("林业"), _a_name("某某")
    (True, True, False, False)
    """
    if 2 <= len(name) <= 4 and name[0] != "某" and name[1:] in ("某", "某某", "XX", "××"):
        return True  # a name a published copy hides (卫某某, 张某)
    return (
        2 <= len(name) <= 3
        and name[0] in _SURNAMES
        and name[-1] not in _NOT_A_NAME_END
        and not _NOT_A_NAME.search(name)
        and all("\u4e00" <= ch <= "\u9fa5" for ch in name)
    )


def person_names(value: str) -> list[tuple[str, tuple[str, ...]]]:
    """The people a person field's value names, each with the phones written with the name.

    >>> person_names("张三13900002222，李四"), person_names("0731-88886666")
    ([('张三', ('13900002222',)), ('李四', ())], [])
    >>> person_names("张某（党工委委员、办事处副主任）、李四")
    [('张某', ()), ('李四', ())]
    """
    out: list[tuple[str, tuple[str, ...]]] = []
    if "（" in value or "(" in value:  # a title in brackets is one (张某（党工委委员、办事处副主任）): no items inside
        value = _BRACKETED.sub(lambda m: _ITEMS.sub("|", m.group(0)), value)
    for item in _ITEMS.split(value):
        phones = tuple(PHONE.findall(item))
        bare = _BRACKETED.sub("", PHONE.sub("", item)).strip("。：:-－—（）()")  # 13785432109）: a bracket's end
        if bare.endswith("同志"):
            bare = bare[:-2]
        if not bare:  # a phone alone (赵六 0731-88886666): the name's before it
            if out and phones:
                out[-1] = (out[-1][0], out[-1][1] + phones)
            continue
        m = None if _TITLE_ONLY.fullmatch(bare) else _TITLED.fullmatch(bare)  # a title alone (县委常委): no name
        if m is not None and not _NOT_A_NAME.search(m.group(1)):
            out.append((m.group(1), phones))
    return out


def is_member_role(label: str) -> bool:
    """Whether a person field's label names a post of the unit the task names (not a leader over the task).

    >>> is_member_role("责任人"), is_member_role("联络员"), is_member_role("分管领导"), is_member_role("牵头市领导")
    (True, True, True, False)
    """
    return label.endswith(("人", "员")) or label in _OF_THE_UNIT


def task_contacts(
    people: Sequence[tuple[str, str, int]], lead: str | None, line_of: Callable[[int], int], measure: int
) -> list[Contact]:
    """The contacts of one task's person fields ``(label, value, pos)`` (a label of ``vocab.PERSON_LABELS`` or
    ``PHONE_LABELS``, or a person column's name); ``lead`` is its one lead unit (or None),
    ``line_of`` maps a field's ``pos`` to its line, ``measure`` is the task's number in its workplan.

    >>> [(c.name, c.role, c.phones, c.unit_raw) for c in task_contacts(
    ...     [("责任领导", "王五", 3), ("责任人", "赵六", 3), ("联系电话", "13800001111", 3)], "县住建局", int, 2)]
    [('王五', '责任领导', (), None), ('赵六', '责任人', ('13800001111',), '县住建局')]
    """
    rows: list[list] = []  # name, role, phones, unit, line, measure
    last: list[int] = []  # the rows of the person field read last (a phone field's owners)
    for label, value, pos in people:
        if label in _UNIT_LABELS:  # a unit's person in brackets after it (县数据局（卫某某）, ``assign``)
            unit, _, inner = value.replace("(", "（").partition("（")
            last = []
            for name, phones in person_names(inner.rstrip("）)").replace("：", "").replace(":", "")):  # 局长：沈某某
                last.append(len(rows))
                rows.append([name, _UNITS_PERSON, phones, unit, line_of(pos), measure])
            continue
        names = person_names(value)
        if label.endswith(PHONE_LABELS) and not names:  # a phone field (a column of phones that names a person
            phones = tuple(PHONE.findall(value))  # is read as a person's: 联系人及电话 holding 李娜 138…)
            if phones and last:
                if len(last) == len(phones) > 1:
                    for k, phone in zip(last, phones):
                        rows[k][2] = rows[k][2] + (phone,)
                else:
                    for k in last:
                        rows[k][2] = rows[k][2] + phones
            continue
        unit = lead if is_member_role(label) else None
        line = line_of(pos)
        last = []
        for name, phones in names:
            last.append(len(rows))
            rows.append([name, label, phones, unit, line, measure])
    return [Contact(*row) for row in rows]
