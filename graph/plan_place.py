"""The place a plan is a plan of, and unit names that spell it out.

A city's plan names its bodies with the city's name once and without it after (``江临市发展和改革委员会`` /
``市发改委``), as a county's does with the county's (``临川县财政局`` / ``县财政局``). Within the plan both are the
same body: the graph gives the spelled-out name the plan's short one (``市发展和改革委员会``), which the alias table
and the standard forms then resolve as any other (``市发展改革委``). Another city's bodies in the plan keep their
names (a province's plan names each city's).

>>> place = own_place("江临市2024年营商环境工作要点", None)
>>> place, local_name("江临市发展和改革委员会", place), local_name("中共江临市委组织部", place)
('江临市', '市发展和改革委员会', '市委组织部')
>>> local_name("南岭市发展改革委", place), local_name("江临市", place), local_name("江临市东湖区财政局", place)
('南岭市发展改革委', '江临市', '江临市东湖区财政局')
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from reformgraph.regexcache import compiled
from reformgraph.unit_forms import system_short_form

# a place's name opening a title or an issuer: 江临市, 临川县, 浦东新区, 江西省, 恩施土家族苗族自治州 (its letters
# written as "a letter beyond ASCII", not [一-龥]: a set of 20,902 characters costs every start-up 1.6 ms to compile)
_PLACE = compiled(r"(?:中共)?([^\W\d_a-zA-Z]{2,7}?(?:自治州|自治县|新区|省|市|县|区|州|盟|旗))")
# a title's or issuer's place may have a one-letter name (沛县, 某县, 中共某市委; round 41, places: 某县市场监管局's
# plan was 某县市's), but not one of the words a title opens with (全市, 本县, 各区), nor X州 (苏州市, 通州区)
_ONE_LETTER_PLACE = compiled(r"(?:中共)?([^\W\d_a-zA-Z](?:省|市|县|区|旗))")
_NOT_A_ONE_LETTER_PLACE = "全本各我该两每省市县区州"
# words no place's name holds (全面推进城市…, 关于…): such a title opens with no place
_NOT_A_PLACE = ("的", "关于", "推进", "加强", "全面", "深化", "建设", "开展", "实施", "印发", "进一步", "工作", "城市")


def _a_place(name: str) -> bool:
    """Whether ``name``, read as a place's, is one: it holds no word of a title's (``_NOT_A_PLACE``) and opens with no
    body's level word (round 78): 区绿化市容局 is a district's 绿化市容局, not 区绿化市's 容局, and 县市场监管局 no 县市's;
    no place's name opens with 省, 县 or 区, and one opening with 市 is a district's (市中区, 市北区).

    >>> _a_place("江临市"), _a_place("区绿化市"), _a_place("县市"), _a_place("市中区"), _a_place("全面推进城市")
    (True, False, False, True, False)
    """
    if name[0] in _LEVEL_OPENINGS and (name[0] != "市" or not name.endswith(_DISTRICT_ENDS)):
        return False
    return not any(word in name for word in _NOT_A_PLACE)


# the level words a body's name opens with (区财政局, 县市场监管局): no place's name opens so (round 78)
_LEVEL_OPENINGS = "省市县区"


def own_place(title: str | None, issuer: str | None) -> str | None:
    """The place whose plan this is, from the name its title or issuer opens with; None when neither opens so.

    >>> own_place("临川县2024年数字政府建设工作要点", None), own_place("关于印发方案的通知", "浦东新区人民政府")
    ('临川县', '浦东新区')
    >>> own_place("全面推进城市更新行动方案", None), own_place("国务院办公厅关于印发方案的通知", None)
    (None, None)
    >>> own_place("某县市场监管局2024年工作要点", None), own_place("中共某市委办公室关于印发方案的通知", None)
    ('某县', '某市')
    >>> own_place("全市2024年营商环境工作要点", None), own_place("苏州市工作要点", None), own_place("赣州市南康区方案", None)
    (None, '苏州市', '赣州市南康区')

    When both name a place they agree (round 78): the fuller when one holds the other (the title's 东湖区, the issuer's
    江临市东湖区), the title's when the issuer line writes it too, else the issuer's, the plan's author (a town's title
    青石镇市容环境… read 青石镇市, a place its issuer, 江临市西山区青石镇人民政府, does not write; since round 79 its
    市容, as 市场, is a word and opens no place 青石镇市).

    >>> own_place("东湖区2024年工作方案", "江临市东湖区人民政府"), own_place("青石镇市容环境考核办法", "江临市西山区青石镇人民政府")
    ('江临市东湖区', '江临市西山区')
    >>> own_place("东城区2022年工作方案", "北京市东城区人民政府办公室")  # a district whose name ends 城区 is no zone
    '北京市东城区'
    >>> own_place("关于印发方案的通知", "国家市场监督管理总局")  # 市场 is a word, not 国家市's 场 (round 79)
    """
    found = [place for place in map(_opening_place, (title, issuer)) if place is not None]
    if len(found) < 2 or found[0] == found[1]:
        return found[0] if found else None
    named, author = found
    if author.endswith(named):
        return author
    return named if named.endswith(author) or named in (issuer or "") else author


def joint_places(title: str | None, issuer: str | None, place: str | None) -> tuple[str, ...]:
    """The other places of a joint plan of ``place`` (``own_place``): those its title names right after it, or its
    issuers after its own (round 81), each of its rank (青川县白沙区…, 青川县、石门县…: a county and a district, two
    counties). Not a place inside it (东岚省江临市…: a province's city; 白沙区临港片区…: a zone), nor a city after a
    city unless a mark sets them apart (苏州市昆山市: a county-level city of its prefecture).

    >>> joint_places("青川县白沙区2026年跨界协同任务清单", None, "青川县"), joint_places("青川县、石门县联防方案", None, "青川县")
    (('白沙区',), ('石门县',))
    >>> joint_places("东岚省江临市2026年工作要点", None, "东岚省"), joint_places("白沙区临港片区建设方案", None, "白沙区")
    ((), ())
    >>> joint_places("苏州市昆山市工作要点", None, "苏州市"), joint_places("苏州市与嘉兴市协同方案", None, "苏州市")
    ((), ('嘉兴市',))
    >>> joint_places("关于印发协同方案的通知", "青川县人民政府、石门县人民政府", "青川县")
    ('石门县',)
    >>> joint_places("中共东岚省委办公厅东岚省人民政府办公厅印发…", None, "东岚省"), joint_places("青川县落实县委…", None, "青川县")
    ((), ())
    """
    if not place:
        return ()
    found = _places_after(title or "", place)
    if not found and issuer and issuer.count("、") + issuer.count(" ") > 0:
        parts = [_opening_place(part) for part in _ISSUER_MARKS.split(issuer)]
        if parts[0] == place:
            found = tuple(p for p in dict.fromkeys(parts[1:]) if p and p != place and _of_rank(p, place))
    return found


def _places_after(title: str, place: str) -> tuple[str, ...]:
    """The places of ``place``'s rank ``title`` names right after ``place``, which it opens with (``joint_places``)."""
    at = 2 if title.startswith("中共") else 0
    if not title.startswith(place, at):
        return ()
    at += len(place)
    found: list[str] = []
    while True:
        mark = _JOINT_MARK.match(title, at)
        m = _PLACE.match(title, mark.end())
        if m is None or m.start(1) != mark.end():
            return tuple(found)
        other = m.group(1)
        if (
            not _a_place(other)
            or not _of_rank(other, place)
            or title.startswith(_WORDS_OPENING_WITH_A_LEVEL, m.end(1) - 1)
            or (not mark.group() and other.endswith("市") and place.endswith("市"))
        ):
            return tuple(found)
        found.append(other)
        at = m.end()


# what sets two places of a joint plan's title apart (青川县、石门县; 苏州市与嘉兴市), and two issuers
_JOINT_MARK = compiled(r"[、与和·\s]?")
_ISSUER_MARKS = compiled(r"[、\s]+")
# letters of a body's name or a title's verb, which no place's name after another holds (湖南省委办公厅湖南省…: the
# party committee's office, then the government's; 共青团云溪县委; 梧川县落实县委…)
_BODY_LETTERS = frozenset("局厅委办室部府政院团落批实转")
# a place's rank by how its name ends: a province's, a city's, a county's (a district is a county's rank)
_RANKS = (("自治区", 1), ("省", 1), ("自治州", 2), ("市", 2), ("州", 2), ("盟", 2), ("县", 3), ("区", 3), ("旗", 3))


def _of_rank(other: str, place: str) -> bool:
    """Whether ``other``, read as a place after ``place``, is one of its rank: no zone (临港片区), no body's letter."""
    return (
        not other.endswith(_ZONE_ENDS) and not any(ch in _BODY_LETTERS for ch in other) and _rank(other) == _rank(place)
    )


def _rank(place: str) -> int:
    return next((rank for end, rank in _RANKS if place.endswith(end)), 0)


def two_places_body(a: str, b: str) -> bool:
    """Whether the unit names ``a`` and ``b`` name bodies of two places, which are two units however alike they look:
    two districts' (上海市杨浦区应急管理局, 上海市青浦区应急管理局: round 78), or a city's and one of its districts'
    (上海市应急局, 上海市奉贤区应急管理局) unless the city's name holds the district's (上海市公安局松江分局, a branch).
    One place written fuller (江临市东湖区, 东湖区) is one place.

    >>> two_places_body("江临市东湖区应急管理局", "江临市西山区应急管理局"), two_places_body("东湖区民政局", "东湖区财政局")
    (True, False)
    >>> two_places_body("东湖区建管委", "东湖区建设管理委"), two_places_body("市财政局", "江临市财政局")
    (False, False)
    >>> two_places_body("江临市应急局", "江临市东湖区应急管理局"), two_places_body("江临市公安局东湖分局", "江临市东湖区公安分局")
    (True, False)
    >>> two_places_body("江临市东湖区财政局", "东湖区财政局")
    False
    """
    place_a, place_b = _opening_place(a), _opening_place(b)
    if place_a in (None, a) or place_b in (None, b) or place_a.endswith(place_b) or place_b.endswith(place_a):
        return False  # a name that is a place alone (经开区) is no body of one
    if place_b.startswith(place_a):  # a city's body and one of its districts' (东湖区: 东湖)
        return place_b[len(place_a) : -1] not in a
    if place_a.startswith(place_b):
        return place_a[len(place_b) : -1] not in b
    return True


def without_shared_place(a: str, b: str) -> tuple[str, str]:
    """``a`` and ``b`` without the place both open with (their bodies, to be compared as names: a district's 体育局 and
    教育局 look alike only by the district's name), else as they are.

    >>> without_shared_place("江临市东湖区体育局", "江临市东湖区教育局"), without_shared_place("市财政局", "区财政局")
    (('体育局', '教育局'), ('市财政局', '区财政局'))

    A town both name after it is shared too (round 79: a town's 城建中心 and 城运中心, shown 江临市西山区青石镇X).

    >>> without_shared_place("江临市西山区青石镇城建中心", "江临市西山区青石镇城运中心")
    ('城建中心', '城运中心')
    >>> without_shared_place("江临市西山区青石镇城运中心", "江临市西山区白沙镇城运中心")
    ('青石镇城运中心', '白沙镇城运中心')
    """
    place = _opening_place(a)
    if place is None or place in (a, b) or _opening_place(b) != place:
        return a, b
    a, b = a[len(place) :], b[len(place) :]
    town = _SHARED_TOWN.match(a)
    if town is not None and b.startswith(town.group()) and min(len(a), len(b)) > town.end() + 1:
        return a[town.end() :], b[town.end() :]
    return a, b


def two_bodies_by_name(a: str, b: str) -> bool:
    """Whether ``a`` and ``b``, two bodies of one place (``without_shared_place``), are two by their names however
    alike they look: two towns or streets, each named (大宁路街道, 江宁路街道: two places), or two short names one
    character apart (城建中心, 城运中心; 体育局, 教育局: another body's name, not another spelling, which a longer
    name may be: 规划资源局, 规化资源局) (round 80); a town's body and its district's (城桥镇城运中心, 城运中心;
    round 81).

    >>> two_bodies_by_name("大宁路街道", "江宁路街道"), two_bodies_by_name("城建中心", "城运中心")
    (True, True)
    >>> two_bodies_by_name("规划资源局", "规化资源局"), two_bodies_by_name("综合行政执法队", "行政执法队")
    (False, False)
    >>> two_bodies_by_name("交通委员会客运处", "交通委员会货运处"), two_bodies_by_name("市场监管局信用处", "市场监管局认证处")
    (True, True)
    >>> two_bodies_by_name("市场监管局标准技术处", "市场监管局标准技术管理处"), two_bodies_by_name("交通委综合计划处", "交通委综合计画处")
    (False, False)
    """
    if a != b and _SHARED_TOWN.fullmatch(a) and _SHARED_TOWN.fullmatch(b):
        return True
    if two_levels_body(a, b):
        return True  # a town's body and its district's (城桥镇城运中心, 城运中心; round 81)
    body = _OPENING_BODY.match(a)
    if body is not None and b.startswith(body.group()) and min(len(a), len(b)) > body.end():
        # one body's two divisions (交通委员会客运处, 货运处; 市场监督管理局信用监督管理处, 认证监督管理处): their
        # names apart, one character of a short name or a word (two characters or more in a row) of a longer one
        a, b = a[body.end() :], b[body.end() :]
        apart = [i for i, (x, y) in enumerate(zip(a, b)) if x != y] if len(a) == len(b) else []
        if len(apart) > 1 and apart[-1] - apart[0] == len(apart) - 1:
            return True
    return len(a) == len(b) <= _SHORT_BODY and sum(x != y for x, y in zip(a, b, strict=True)) == 1


def two_levels_body(a: str, b: str) -> bool:
    """Whether ``a`` and ``b``, two bodies of one place (``without_shared_place``), are a town's (or a street's) body
    and its district's: 城桥镇城运中心 and 城运中心 (round 81).

    >>> two_levels_body("城桥镇城运中心", "城运中心"), two_levels_body("城运中心", "城桥镇城运中心"), two_levels_body("综合行政执法队", "行政执法队")
    (True, True, False)
    >>> two_levels_body("住房城乡建设委", "建设委"), two_levels_body("城乡建设局", "建设局")  # 城乡: no town's name
    (False, False)
    """
    if len(a) < len(b):
        a, b = b, a
    town = _SHARED_TOWN.match(a) if len(a) > len(b) + 2 else None
    return town is not None and a[town.end() :] == b and not town.group().endswith("城乡")


_SHORT_BODY = 4  # characters: a body's name this short one character apart from another names another body
# the body a division's name opens with (交通委员会客运处: 交通委员会)
_OPENING_BODY = compiled(".{2,}?(?:委员会|局|厅|委)")


# a town or street a unit's name opens with after its district's (江临市西山区青石镇城运中心; round 79)
_SHARED_TOWN = compiled(r"[^\W\d_a-zA-Z]{1,6}?(?:街道|镇|乡)")


def _opening_place(text: str | None) -> str | None:
    """The place ``text`` (a title or an issuer) opens with, with the district after its city's name, else None."""
    m = _one_letter_place(text or "") or _PLACE.match(text or "")
    if (
        m is not None
        and _a_place(m.group(1))
        and not (text or "").startswith(_WORDS_OPENING_WITH_A_LEVEL, m.end(1) - 1)
    ):
        return m.group(1) + _district_after(text, m)
    return None  # 国家市场监督管理总局 opens with no place 国家市, 绿化市容局 with no 绿化市 (round 79)


def _one_letter_place(text: str) -> re.Match[str] | None:
    """The match of a place of a one-letter name opening ``text`` (沛县, 某市), else None (round 41).

    >>> _one_letter_place("沛县2024年工作要点")[1], _one_letter_place("苏州市工作要点"), _one_letter_place("市中区方案")
    ('沛县', None, None)
    """
    m = _ONE_LETTER_PLACE.match(text)
    return m if m is not None and m[1][0] not in _NOT_A_ONE_LETTER_PLACE else None


# a district or county named after its city (成都市武侯区人民政府办公室): the plan is the district's (round 41); not a
# zone of the city (赣州市开发区, 某市主城区); a district whose name ends 城区 is one (北京市东城区), the city's
# own areas by those names no district (主城区, 老城区, 中心城区)
_CITY_ENDS = ("市", "州", "盟")
_DISTRICT_ENDS = ("区", "县", "旗")
_ZONE_ENDS = (
    "开发区",
    "主城区",
    "老城区",
    "中心城区",
    "园区",
    "片区",
    "景区",
    "示范区",
    "试验区",
    "自贸区",
    "高新区",
    "保税区",
    "功能区",
    "新区",
)


def _district_after(text: str, city: re.Match[str]) -> str:
    """The district or county named right after the city ``city`` opening ``text``, else "" (round 41).

    >>> own_place("上海市松江区人民政府办公室关于转发方案的通知", None), own_place(None, "成都市武侯区人民政府办公室")
    ('上海市松江区', '成都市武侯区')
    >>> own_place("赣州市开发区2024年工作要点", None), own_place("上海市交通委员会关于印发计划的通知", None)
    ('赣州市', '上海市')
    >>> own_place("北京市西城区人民政府关于印发方案的通知", None), own_place("江临市主城区交通治理方案", None)
    ('北京市西城区', '江临市')
    """
    if not city.group(1).endswith(_CITY_ENDS):
        return ""
    district = _PLACE.match(text, city.end())
    if district is None or not district.group(1).endswith(_DISTRICT_ENDS) or district.group(1).endswith(_ZONE_ENDS):
        return ""
    return district.group(1) if _a_place(district.group(1)) else ""


@cache
def _place_names(place: str) -> tuple[str, ...]:
    """``place`` and, for a district named after its city (``own_place``), the district's own name and its city's
    (whose bodies the district's plan names as its city's plan does: 成都市财政局 is 市财政局; round 41).

    >>> _place_names("成都市武侯区"), _place_names("赣州市")
    (('成都市武侯区', '武侯区', '成都市'), ('赣州市',))
    """
    city = _PLACE.match(place)
    if city is None or city.end() == len(place):
        return (place,)
    return (place, place[city.end() :], city.group(1))


# the Youth League's committee of a place, as plans write it in full (round 41)
_LEAGUE = ("共青团", "中国共产主义青年团")


def _league_committee(name: str, place: str) -> str | None:
    """团市委 for the Youth League's committee of ``place`` written in full, else None (round 41).

    >>> _league_committee("共青团赣州市委", "赣州市"), _league_committee("中国共产主义青年团正定县委员会", "正定县")
    ('团市委', '团县委')
    >>> _league_committee("共青团中央", "赣州市"), _league_committee("共青团南康区委", "赣州市")
    (None, None)
    """
    for opening in _LEAGUE:
        if name.startswith(opening) and name.startswith(place, len(opening)):
            if name[len(opening) + len(place) :] in ("委", "委员会"):
                return f"团{place[-1]}委"
    return None


@cache  # pure, and asked for every mention of a build: once per name and place
def local_name(name: str, place: str | None) -> str:
    """``name`` as the plan of ``place`` writes it short: the place's name (and a 中共 before it) dropped, its level
    kept (``江临市财政局`` → ``市财政局``); the name itself when it does not open with the place or is only the place.

    >>> local_name("成都市武侯区税务局", "成都市武侯区"), local_name("武侯区税务局", "成都市武侯区")
    ('区税务局', '区税务局')
    >>> local_name("成都市财政局", "成都市武侯区"), local_name("共青团武侯区委", "成都市武侯区")
    ('市财政局', '团区委')
    >>> local_name("成都市武侯区税务局", "武侯区"), local_name("成都市锦江区税务局", "武侯区")
    ('区税务局', '成都市锦江区税务局')
    """
    if not place:
        return name
    for written in _place_names(place):  # 成都市武侯区's plan writes itself 成都市武侯区 and 武侯区 (round 41)
        local = _local_name(name, written)
        if local != name:
            return local
    return name


def _local_name(name: str, place: str) -> str:
    if place[-1] not in name:
        return name
    if name[0] in "共中" and (league := _league_committee(name, place)) is not None:
        return league
    start = 2 if name.startswith("中共") else 0
    if not name.startswith(place, start) and (city := _PLACE.match(name, start)) is not None:
        start = city.end()  # 成都市武侯区税务局 in 武侯区's plan: its city before it (round 41)
    if not name.startswith(place, start) or len(name) - start - len(place) < 2:
        return name
    rest = name[start + len(place) :]
    inner = _PLACE.match(rest)
    if inner is not None and _a_place(inner.group(1)):
        return name  # 上海市松江区建设管理委: a body of a place inside the plan's
    return place[-1] + rest


# round 60 (places): what may open a body's name before its city's (中共重庆市委…, 共青团重庆市委, 人民银行重庆市分行)
_BODY_OPENINGS = ("中共", "共青团", "中国共产主义青年团", "人民银行")
_CITY_END = compiled("[市州盟]")  # how a city-level place's name ends (``_CITY_ENDS``)


def plan_city(place: str | None, bodies: Iterable[str]) -> str | None:
    """The city of a county's or district's plan whose title and issuer name the county alone (``own_place``), from
    the bodies it names (round 60): the one city-level place that opens a body's name in full (重庆市税务局,
    中共重庆市委办公厅) and that two bodies or more name, in full or by its name alone (重庆海关); else None. Two
    cities so named (a plan naming two cities' bodies): which is its own is unknown. A city one body names is no
    rival (工行市分行, a partner's office), nor one written only in a task's text (学习借鉴上海市经验).

    >>> plan_city("酉阳县", ["市市场监管局", "国家税务总局重庆市税务局", "重庆海关", "成都市税务局", "县财政局"])
    '重庆市'
    >>> plan_city("酉阳县", ["重庆市税务局", "县财政局"]), plan_city("酉阳县", ["重庆市税务局", "重庆海关", "成都市税务局", "成都海关"])
    (None, None)
    >>> plan_city("重庆市", ["重庆市税务局", "重庆海关"]), plan_city("成都市武侯区", ["成都市税务局", "成都海关"])
    (None, None)
    """
    if place is None or not place.endswith(_DISTRICT_ENDS) or len(_place_names(place)) > 1:
        return None
    names = {_body_name(system_short_form(name)) for name in set(bodies)}
    cities = {
        m.group(1)
        for name in names
        if _CITY_END.search(name, 2, 10) is not None  # the cheap test first: 市财政局 opens with no city
        and (m := _PLACE.match(name)) is not None
        and _a_city(m, name)
    }
    # 中邮重庆市分公司 opens with no place: its 中邮重庆市 is 重庆市 when that opens another body
    cities = {c for c in cities if not any(c != other and c.endswith(other) for other in cities)}
    named = [c for c in cities if sum(_city_stem(c) in name for name in names) >= 2]
    return named[0] if len(named) == 1 else None


def _body_name(name: str) -> str:
    """``name`` without an opening its city's name follows (``_BODY_OPENINGS``)."""
    if not name.startswith(_BODY_OPENINGS):  # the cheap test first: most names have none
        return name
    return name[len(next(o for o in _BODY_OPENINGS if name.startswith(o))) :]


def _a_city(place: re.Match[str], name: str) -> bool:
    """Whether ``place``, opening ``name``, is a city-level place (江临市, 恩施土家族苗族自治州) before a body (not
    市级…, 市域…)."""
    city, rest = place.group(1), name[place.end() :]
    return city.endswith(_CITY_ENDS) and _a_place(city) and len(rest) >= 2 and rest[0] not in _NOT_A_BODY_AFTER_LEVEL


def _city_stem(city: str) -> str:
    """A city's name without its level: 重庆市 → 重庆, as 重庆海关 writes it."""
    return city[: -len(next(end for end in ("自治州", *_CITY_ENDS) if city.endswith(end)))]


# round 41 (places): the word a plan writes before its own bodies (县财政局, 州发展改革委, 自治区财政厅), by how
# its place's name ends, longest ending first
_LEVEL_WORDS = (
    ("自治区", "自治区"),
    ("自治州", "州"),
    ("自治县", "县"),
    ("新区", "区"),
    ("省", "省"),
    ("市", "市"),
    ("州", "州"),
    ("盟", "盟"),
    ("县", "县"),
    ("旗", "旗"),
    ("区", "区"),
)


def _level_word(place: str) -> str | None:
    return next((word for end, word in _LEVEL_WORDS if place.endswith(end)), None)


def place_levels(place: str) -> dict[str, str]:
    """The level word a plan of ``place`` writes before its bodies → the place whose bodies it names so: its own,
    and for a district named after its city, the city's too (成都市财政局 is its 市财政局; round 41).

    >>> place_levels("成都市武侯区"), place_levels("恩施土家族苗族自治州"), place_levels("浦东新区")
    ({'区': '成都市武侯区', '市': '成都市'}, {'州': '恩施土家族苗族自治州'}, {'区': '浦东新区'})
    """
    names = _place_names(place)
    levels = {}
    for name in (names[0], names[-1]) if len(names) == 3 else names:
        if (word := _level_word(name)) is not None:
            levels.setdefault(word, name)
    return levels


def place_qualifiers(places: list[str | None], unknown: frozenset[str] = frozenset()) -> dict[str, dict[str, str]]:
    """For one graph of plans of ``places`` (``own_place`` of each, None when unknown): each place → the level
    words of which the plans hold two places or more → the name its bodies of that level show (round 41). Two
    counties' plans both write 县财政局: two bodies, shown as 南城县财政局 and 黎川县财政局; a city's plan and its
    county's both write 市财政局: one body (the graph holds one city), shown as written. A district written
    with and without its city (成都市武侯区, 武侯区) is one place, shown with it.

    >>> q = place_qualifiers(["南城县", "黎川县", "抚州市", None])
    >>> q["南城县"], q["抚州市"]
    ({'县': '南城县'}, {})
    >>> place_qualifiers(["成都市武侯区", "武侯区", "成都市锦江区"])["武侯区"]
    {'区': '成都市武侯区'}
    >>> place_qualifiers(["成都市武侯区", "武侯区"])["武侯区"], place_qualifiers(["昆山市", "苏州市"])["昆山市"]
    ({}, {'市': '昆山市'})

    ``unknown``: the level words the plans of unknown place write before bodies (``written_levels``): their 市财政局
    may be another city's, so a known place's bodies of such a level show its name, and the unknown's stay as
    written, apart (round 78).

    >>> place_qualifiers(["抚州市", None])["抚州市"], place_qualifiers(["抚州市", None], frozenset("市"))["抚州市"]
    ({}, {'市': '抚州市'})
    """
    known = sorted({p for p in places if p}, key=len, reverse=True)
    by_level: dict[str, list[str]] = {}  # level word → its places, one name each (the longest written)
    shown: dict[tuple[str, str], str] = {}  # (level word, a place as written) → the name it shows
    for place in known:
        for word, name in place_levels(place).items():
            same = next((p for p in by_level.setdefault(word, []) if p.endswith(name)), None)
            if same is None:
                by_level[word].append(name)
            shown[(word, name)] = same or name
    shared = {word for word, names in by_level.items() if len(names) > 1 or word in unknown}
    return {
        place: {word: shown[(word, name)] for word, name in place_levels(place).items() if word in shared}
        for place in known
    }


def with_cities(places: list[str | None], cities: list[str | None]) -> list[str | None]:
    """The graph's ``places`` (``own_place`` of each plan), each written after its city of ``cities`` (``plan_city``
    of each plan, None when unknown) where the graph holds another place of the city's level (round 60): beside
    上海市's plan, 酉阳县's 市市场监管局 is 重庆市's, not 上海市's. With one city at that level in the graph a place
    stays as written (its 市X is the one city's, and its 重庆市税务局 keeps its name).

    >>> with_cities(["酉阳县", "上海市", None], ["重庆市", None, None])
    ['重庆市酉阳县', '上海市', None]
    >>> with_cities(["酉阳县", None], ["重庆市", None]), with_cities(["酉阳县", "重庆市"], ["重庆市", None])
    (['酉阳县', None], ['酉阳县', '重庆市'])
    """
    placed = [
        place if city is None or place is None else city + place for place, city in zip(places, cities, strict=True)
    ]
    qualifiers = place_qualifiers(placed)
    return [
        new if city is not None and new is not None and _level_word(city) in qualifiers[new] else place
        for place, city, new in zip(places, cities, placed, strict=True)
    ]


def written_levels(names: Iterable[str]) -> frozenset[str]:
    """The level words (县, 市 …) the bodies ``names`` open with, as ``qualified_name`` reads them (round 78).

    >>> sorted(written_levels(["市财政局", "县税务局", "市场监管局", "区域中心", "各区政府", "国家发展改革委"]))
    ['县', '市']
    """
    words = {word for _, word in _LEVEL_WORDS}
    return frozenset(word for name in set(names) for word in words if qualified_name(name, {word: "某"}) != name)


# what follows a level word that names no body of the place: 县级融媒体中心, 区域…, 市域… (市场监管局 and 市县两级
# are tested apart: 县市场监管局 and 市民政局 are bodies)
_NOT_A_BODY_AFTER_LEVEL = ("级", "域")


# words a body's name may open with whose first letter, though a level word's, names no level: 市场 (市场监管局), 市容
# (a town's 市容办, 市容所; round 78)
_WORDS_OPENING_WITH_A_LEVEL = ("市场", "市容")


def opens_with_place(name: str) -> bool:
    """Whether the unit name ``name`` opens with a place's name, as a title's place is read (``own_place``): a zone's
    (临港新片区管委会) or a city's (江临市财政局), not a body's word 市场 or 市容 after another (绿化市容局; round 79).

    >>> opens_with_place("临港新片区管委会"), opens_with_place("江临市财政局"), opens_with_place("绿化市容局")
    (True, True, False)
    >>> opens_with_place("房管局"), opens_with_place("区财政局")
    (False, False)
    """
    return _opening_place(name) is not None


def qualified_name(name: str, levels: dict[str, str]) -> str:
    """``name`` with its level word (县 in 县财政局) replaced by the place ``levels`` gives that level (round 41:
    ``place_qualifiers``); the name itself when it opens with none of them.

    >>> qualified_name("县财政局", {"县": "南城县"}), qualified_name("市财政局", {"县": "南城县"})
    ('南城县财政局', '市财政局')
    >>> qualified_name("区税务局", {"区": "成都市武侯区"}), qualified_name("市场监管局", {"市": "九江市"})
    ('成都市武侯区税务局', '市场监管局')
    >>> qualified_name("县市场监管局", {"县": "南城县"}), qualified_name("县级融媒体中心", {"县": "南城县"})
    ('南城县市场监管局', '县级融媒体中心')
    >>> qualified_name("团市委", {"市": "赣州市"}), qualified_name("团县委", {"市": "赣州市"})
    ('团赣州市委', '团县委')
    >>> qualified_name("市容办", {"市": "上海市"}), qualified_name("市容环境卫生管理所", {"市": "上海市"})
    ('市容办', '市容环境卫生管理所')
    """
    if name[0] == "团" and len(name) == 3 and name[1] in levels and name[2] == "委":
        return f"团{levels[name[1]]}委"  # the Youth League's committee (``_league_committee``) as its documents sign
    for word, place in levels.items():
        if name.startswith(word) and len(name) > len(word) + 1 and name[len(word)] not in _NOT_A_BODY_AFTER_LEVEL:
            if name.startswith(_WORDS_OPENING_WITH_A_LEVEL) or "两级" in name:
                return name  # 市场监管局 and a town's 市容办 name no place's; 市县两级… is every level's
            return place + name[len(word) :]
    return name


def place_index(places: list[str | None]) -> dict[str, tuple[str, ...]]:
    """The first two characters of each name the plans' ``places`` are written by (成都市武侯区 and 武侯区) → those
    places: a unit name opening with a place of the graph is looked up in a dict, not tried against each place.

    >>> place_index(["成都市武侯区", "南城县", None])
    {'成都': ('成都市武侯区',), '武侯': ('成都市武侯区',), '南城': ('南城县',)}
    """
    index: dict[str, tuple[str, ...]] = {}
    for place in dict.fromkeys(p for p in places if p):
        for name in _place_names(place)[:2]:  # a district's city's bodies are not the district's (成都市财政局)
            if place not in index.get(name[:2], ()):
                index[name[:2]] = (*index.get(name[:2], ()), place)
    return index


def body_of_place(name: str, index: dict[str, tuple[str, ...]]) -> tuple[str, str] | None:
    """(the place, the body's name as that place's plan writes it) when ``name`` spells out a place of the graph
    before a body (``place_index``): a province's plan naming 九江市财政局 in one graph with 九江市's plan (round 41).

    >>> index = place_index(["九江市", "成都市武侯区"])
    >>> body_of_place("九江市财政局", index), body_of_place("武侯区税务局", index), body_of_place("九江学院", index)
    (('九江市', '市财政局'), ('成都市武侯区', '区税务局'), None)
    """
    for place in index.get(name[2:4] if name.startswith("中共") else name[:2], ()):
        if (local := local_name(name, place)) != name:
            return place, local
    return None
