"""The bodies a plan names as its own without a place's name: a town's 镇X, and a bare name (round 79).

A graph of many plans names each district's 区财政局 after its district (``plan_place.place_qualifiers``); two
ways of writing a plan's own body escaped it. A town's or a street's plan (its issuer 江临市西山区青石镇人民政府)
writes its own bodies 镇X (镇财政所, 镇城运中心), which two towns' plans share; and every plan names some of its
bodies with no level word at all (房管局, 城运中心, 街道): a district's plan means the district's, a town's plan the
town's, as its 区X and 镇X do. In a graph of plans of several places they read so (区房管局, 镇城运中心), and
are shown with their place's name where the graph holds two places of that level, as their level-worded kin are.

>>> own = (("区", "江临市东湖区"),)
>>> own_body_name("房管局", own, "区"), own_body_name("区房管局", own, "区"), own_body_name("东湖公安分局", own, "区")
('区房管局', '区房管局', '东湖公安分局')
"""

from __future__ import annotations

from collections.abc import Container, Iterable
from functools import cache

from reformgraph.plan_place import opens_with_place
from reformgraph.regexcache import compiled

# a town or street named in its plan's issuer after its district: 江临市西山区青石镇人民政府,
# 江临市西山区人民政府东湖路街道办事处 (a street's office is its district government's)
_TOWN = compiled(r"(?:人民政府)?([^\W\d_a-zA-Z]{1,6}?(?:街道|镇|乡))(?:人民政府|政府|办事处)")
# the word a town's plan writes before its own bodies (镇财政所, 街道城运中心), by how the town's name ends
_TOWN_WORDS = ("街道", "镇", "乡")


def own_town(issuer: str | None, place: str | None) -> str | None:
    """The town or street whose plan this is: the one its issuer names right after the plan's place ``place``
    (``plan_place.own_place``), its author; else None. A district's own office names none.

    >>> own_town("江临市西山区青石镇人民政府", "江临市西山区"), own_town("江临市西山区人民政府东湖路街道办事处", "江临市西山区")
    ('青石镇', '东湖路街道')
    >>> own_town("江临市西山区人民政府办公室", "江临市西山区"), own_town("青石镇人民政府", None)
    (None, None)
    """
    if not issuer or not place:
        return None
    start = 2 if issuer.startswith("中共") else 0
    for written in (place, place[place.find("市") + 1 :] if "市" in place[:-1] else place):
        if issuer.startswith(written, start):
            m = _TOWN.match(issuer, start + len(written))
            return m.group(1) if m is not None else None
    return None


def issuer_body(issuer: str | None) -> str | None:
    """The one body that issued a plan, whose divisions the plan names bare (客运处: 江临市交通委员会's; round 80):
    its issuer (a joint plan's first, which drafts it), a 中共 before it and its office or party group after it left
    out; None for a government or its office (a government's plan names its bureaus' divisions, which it does not
    say), a party committee, two issuers written with no 、 between them, or none.

    >>> issuer_body("江临市交通委员会"), issuer_body("中共青石县市场监督管理局党组"), issuer_body("南岭市应急管理局办公室")
    ('江临市交通委员会', '青石县市场监督管理局', '南岭市应急管理局')
    >>> issuer_body("江临市人民政府办公厅"), issuer_body("国务院"), issuer_body("江临市财政局 江临市税务局")
    (None, None, None)
    >>> issuer_body("江临市交通委员会、东海海事局"), issuer_body("江临市委办公室、江临市人民政府办公室")
    ('江临市交通委员会', None)
    >>> issuer_body("中共江临市委员会"), issuer_body("中共江临大学委员会江临大学"), issuer_body("江临市第一人民医院")
    (None, None, '江临市第一人民医院')
    """
    if issuer and "、" in issuer:  # a joint plan: its first issuer drafts it and names its own divisions
        issuer = issuer[: issuer.index("、")]
    if not issuer or any(mark in issuer for mark in _JOINT_MARKS) or "政府" in issuer or "国务院" in issuer:
        return None
    body = _ISSUER_BODY.fullmatch(issuer)
    if body is None or body.group(1).endswith(_PARTY_COMMITTEES):
        return None  # 江临市委办公室: the party's committee
    if issuer.startswith("中共") and ("委员会" in body.group(1) or body.group(1).endswith("委")):
        return None  # 中共江临市委员会, 中共江临市委: the party's committee; 中共江临大学委员会江临大学: two issuers
    return body.group(1)


# marks between two issuers of one plan written with no 、 (江临市财政局 江临市税务局)
_JOINT_MARKS = (" ", "\u3000", "，", ",", "；")
# a place's party committee (江临市委), whose plan names its 部 (read as its own by ``own_body_name``)
_PARTY_COMMITTEES = tuple(level + "委" for level in "省市县区州盟旗镇乡")
# an issuer that is one body, with a 中共 before it and its office or party group after it: a bureau, a commission
# (not the party's: 中共江临市委员会), an agency's centre, a university, a hospital, a customs office
_ISSUER_BODY = compiled("(?:中共)?(.{2,}?(?:局|厅|委员会|委|中心|大学|学院|医院|海关))(?:办公室|党组|党委)?")


def division_name(name: str, body: str) -> str:
    """``name`` as its plan means it when it names a division of ``body``, the plan's issuer (``issuer_body``), bare:
    a division (…处, …科, …股, …室) or the organ's party body (机关党委) is the issuer's, shown after it; any other
    name as written (round 80: the divisions of two bodies' plans, 人事处 of a 厅's and a 局's, are two bodies).

    >>> division_name("客运处", "江临市交通委员会"), division_name("机关党委", "东岚省教育厅")
    ('江临市交通委员会客运处', '东岚省教育厅机关党委')
    >>> division_name("区财政局", "江临市交通委员会"), division_name("街道办事处", "江临市交通委员会")
    ('区财政局', '街道办事处')
    >>> division_name("市交通委客运处", "江临市交通委员会"), division_name("国家统计局综合司", "江临市交通委员会")
    ('市交通委客运处', '国家统计局综合司')

    An office the plan names by its issuer's kind (局办公室, 厅财务处) is its issuer's too (round 81); another kind's is not:

    >>> division_name("局办公室", "南岭市应急管理局"), division_name("厅财务处", "东岚省水利厅"), division_name("局办公室", "东岚省水利厅")
    ('南岭市应急管理局办公室', '东岚省水利厅财务处', '局办公室')
    >>> division_name("院感科", "江临市第一人民医院")  # infection control, no 院's 感科: as written (院 opens no place's)
    '院感科'
    """
    if name[0] == body[-1] and name[0] in _ISSUER_KINDS and name.endswith(_ISSUER_OFFICE_ENDS):
        return body + name[1:]  # 局办公室, 厅财务处: the issuing 局's, 厅's (round 81)
    if not (_ORGAN_PARTY.fullmatch(name) or name.endswith(_DIVISION_ENDS) and not name.endswith("办事处")):
        return name
    if name[0] in _LEVEL_OPENINGS or name.startswith(_NOT_OWN_OPENINGS) or opens_with_place(name):
        return name
    if any(end in name[:-1] for end in _BODY_WORDS):
        return name  # a body's division written with its body (交通委客运处): as written
    return body + name


# the kind a plan's issuer names itself by (局办公室: the issuing bureau's office), and the ends of what it so names as
# its own: a division, an office, its party group (局党组), its divisions together (厅机关各处室)
_ISSUER_KINDS = "局厅委"  # not 院: a hospital's 院感科 (infection control) is its own division's name
_ISSUER_OFFICE_ENDS = ("处", "科", "股", "室", "党组", "党委")
# the words that end a body's name (a bureau, a commission, an office), inside a division's name: its body is named
_BODY_WORDS = ("局", "委", "厅", "办", "部", "院", "中心")


def town_word(town: str) -> str:
    """The word a town's plan writes before its own bodies: 镇 for 青石镇, 街道 for 东湖路街道.

    >>> town_word("青石镇"), town_word("东湖路街道"), town_word("白沙乡")
    ('镇', '街道', '乡')
    """
    return next(word for word in _TOWN_WORDS if town.endswith(word))


def town_qualifiers(places: list[str | None], towns: list[str | None]) -> list[dict[str, str]]:
    """For each plan of a graph (its place, ``plan_place.own_place``, and its town, ``own_town``): the level words
    its bodies show with a town's name (镇 → 江临市西山区青石镇), given only when the graph holds the plans of two
    towns or more (as ``place_qualifiers`` gives a level two places share); else nothing.

    >>> town_qualifiers(["江临市西山区", "江临市西山区", "江临市东湖区"], ["青石镇", "白沙街道", None])
    [{'镇': '江临市西山区青石镇'}, {'街道': '江临市西山区白沙街道'}, {}]
    >>> town_qualifiers(["江临市西山区", "江临市西山区"], ["青石镇", None])
    [{}, {}]
    """
    named = {(place, town) for place, town in zip(places, towns, strict=True) if place and town}
    if len(named) < 2:
        return [{} for _ in places]
    return [
        {town_word(town): place + town} if place and town else {} for place, town in zip(places, towns, strict=True)
    ]


def reads_as_own(name: str, category: str) -> bool:
    """Whether a unit ``name`` of ``category`` (``aliases.categorize``) may be its plan's own body when written bare
    (``own_body_name``): a department or a sub-district government; an enterprise named by its trade alone (环卫公司,
    新城公司: the town's, the district's, as each place has its own), not one named by its own name (申通地铁集团,
    新奥燃气公司: one enterprise whichever plan names it); a team a plan sets up (工作领导小组, 工作专班), not a
    university or any other body of no place (同济大学) (round 80).

    >>> reads_as_own("房管局", "department"), reads_as_own("环卫公司", "enterprise"), reads_as_own("工作领导小组", "other")
    (True, True, True)
    >>> reads_as_own("申通地铁集团", "enterprise"), reads_as_own("新奥燃气公司", "enterprise"), reads_as_own("同济大学", "other")
    (False, False, False)
    """
    if category in _OWN_CATEGORIES:
        return True
    if category == "enterprise":
        return _TRADE_COMPANY.fullmatch(name) is not None
    return category == "other" and name.endswith(_TEAM_ENDS)


# the categories a bare name of a plan's own body is read in; an enterprise or an ``other`` body (universities and
# teams alike) only by its name (``reads_as_own``)
_OWN_CATEGORIES = ("department", "subdistrict")
# an enterprise named by its trade alone, which each town or district has one of (环卫公司, 新城公司, 城投公司)
_TRADE_COMPANY = compiled("(?:环卫|保洁|新城|城投|城建|水务|供水|燃气|公交|物业|市政|园林|绿化|投资|开发|资产)公司")
# a team a plan sets up for its work (工作领导小组, 专项工作小组, 工作专班)
_TEAM_ENDS = ("领导小组", "工作小组", "专班")


# a body's name opening so is no place's own: the state's (国家发展改革委, 国务院国资委), the party's
# centre; or an office of the plan's issuer, named after it (局办公室, 局党组, 委内各处室, 厅信息中心, 院纪委, 本局…);
# the Production and Construction Corps' (兵团教育局: a body of the Corps, no region's, round 80)
_NOT_OWN_OPENINGS = ("国家", "国务院", "中央", "全国", "中国", "中共", "局", "委", "厅", "院", "本", "兵团")
# a body's name opening with a level word is the level's (区X, 市X), read by ``plan_place.qualified_name``
_LEVEL_OPENINGS = "省市县区州盟旗"
# the state's systems, whose offices in a place are the state's, not the place's (南宁海关, 石家庄金融监管分局,
# 人行成都分行, 某出入境边防检查站)
_STATE_SYSTEMS = ("海关", "金融监管", "人民银行", "人行", "边防", "海事", "民航")
# a bureau's divisions (客运处, 信用监管科): named bare, they are the issuing bureau's, not the place's
_DIVISION_ENDS = ("处", "科", "股", "室")
# what a town has not: a bureau or a commission (局, 委) a town's plan names bare is its district's
_DISTRICT_BODY_ENDS = ("局", "委")


def own_body_name(
    name: str,
    own: tuple[tuple[str, str], ...],
    shared: Container[str],
    mixed: bool = False,
    stems: Iterable[str] = (),
) -> str:
    """``name`` as its plan means it when written bare (no place's name, no level word: 房管局, 城运中心, 街道): the
    plan's own body, its level word before it, as the plan's 区X and 镇X, which ``plan_place.qualified_name`` then
    shows with the place: only for a level of ``shared``, the graph holding two places of it (two districts' 房管局);
    else as written, unless the graph holds plans of two levels, ``mixed`` (a city's and one district's plans: 宣传部
    is the 市委's in one, the 区委's in the other; round 80), where a town or a zone named by its own name (青石镇,
    开发区), which no other level has, stays as written. ``own``: the plan's levels, each (its level
    word, its place), its own first: a town's plan (镇, then its district's 区) names a bureau or a commission (局,
    委), which a town has not, bare for its district's; a party committee's department (组织部, 宣传部, 统战部,
    社会工作部) is its 市委's, 区委's. The name as written when it is no bare name: it opens with a level word or a
    place (临港新片区管委会), is the state's (国家…, 国务院…, a system of the state's: …海关, …金融监管分局, 人行…), a
    ministry or a ministry's branch (商务部, …部…局), another X部 (a hospital's 护理部, the armed forces' 人武部), an
    office of the plan's issuer named after it (局办公室), a bureau's division (…处, …科: its bureau's, which the name
    does not say), or holds the name of one of the plan's places (东湖公安分局) or of another plan's in the graph,
    ``stems`` (``place_stems``: 九江学院 in a province's plan beside 九江市's is no 省九江学院; a town's name, 城关镇,
    is no 城关区's: round 81).

    >>> town, levels = (("镇", "江临市西山区青石镇"), ("区", "江临市西山区")), "镇区"
    >>> own_body_name("城运中心", town, levels), own_body_name("房管局", town, levels)
    ('镇城运中心', '区房管局')
    >>> own_body_name("宣传部", (("市", "江临市"),), "市"), own_body_name("宣传部", (("市", "江临市"),), "区")
    ('市委宣传部', '宣传部')
    >>> own_body_name("青石司法所", town, levels), own_body_name("镇财政所", town, levels), own_body_name("客运处", town, levels)
    ('青石司法所', '镇财政所', '客运处')
    >>> own_body_name("自然资源部东海局", town, levels), own_body_name("绿化市容局", town, levels)
    ('自然资源部东海局', '区绿化市容局')
    >>> own_body_name("街道办事处", (("区", "江临市西山区"),), levels), own_body_name("开发区", (("区", "江临市西山区"),), levels)
    ('区街道办事处', '区开发区')

    >>> city = (("市", "江临市"),)
    >>> own_body_name("宣传部", city, "", mixed=True), own_body_name("道运中心", city, "", mixed=True)
    ('市委宣传部', '市道运中心')
    >>> own_body_name("青石镇", (("区", "江临市西山区"),), "", mixed=True)
    '青石镇'

    >>> own_body_name("西山公安分局", town, levels), own_body_name("人武部", town, levels), own_body_name("局办公室", town, levels)
    ('西山公安分局', '人武部', '局办公室')
    >>> own_body_name("南岭海关", town, levels), own_body_name("商务部", town, levels), own_body_name("组织部", town, levels)
    ('南岭海关', '商务部', '区委组织部')
    >>> own_body_name("团区委", town, levels), own_body_name("厅信息中心", town, levels)
    ('团区委', '厅信息中心')
    >>> own_body_name("九江学院", (("省", "江西省"),), "", mixed=True, stems=("江西", "九江"))
    '九江学院'
    """
    if not own or not _bare(name, own) or _holds_a_place(name, stems):
        return name
    word = own[-1][0] if len(own) > 1 and name.endswith(_DISTRICT_BODY_ENDS) else own[0][0]
    if word not in shared and (not mixed or name in _ZONES or _NAMED_TOWN.fullmatch(name)):
        return name
    if name in _PARTY_DEPARTMENTS:
        return f"{own[-1][0]}委{name}"  # 宣传部: the 市委's (a town's plan: its district's 区委)
    return word + name


def _holds_a_place(name: str, stems: Iterable[str]) -> bool:
    """Whether ``name`` holds the name of one of the graph's places, ``stems`` (``place_stems``: 九江学院 beside
    九江市's plan); not where a town's word follows it (城关镇: a town called so, which many counties have, no place
    城关区 of the graph; round 81).

    >>> _holds_a_place("九江学院", ("九江",)), _holds_a_place("城关镇政府", ("城关",)), _holds_a_place("城关镇城关社区", ("城关",))
    (True, False, True)
    """
    for stem in stems:
        at = name.find(stem) if len(stem) > 1 else -1
        while at != -1:
            if not name.startswith(_TOWN_WORDS, at + len(stem)):
                return True
            at = name.find(stem, at + 1)
    return False


# the departments of a place's party committee (宣传部: 市委宣传部); any other X部 a plan names bare is a ministry
# (商务部), a hospital's (护理部) or the armed forces' (人武部), none of them a 市委's
_PARTY_DEPARTMENTS = ("组织部", "宣传部", "统战部", "统一战线工作部", "社会工作部")


def _bare(name: str, own: tuple[tuple[str, str], ...]) -> bool:
    """Whether ``name`` names a body with no place and no level word (``own_body_name``)."""
    if name[0] in _LEVEL_OPENINGS or name.startswith(_NOT_OWN_OPENINGS) or "部" in name[:-1]:
        return False
    if name[0] == "团" and name[-1] == "委" and len(name) == 3:
        return False  # the Youth League's 团州委: its level word inside, read by ``qualified_name``
    if name.endswith("部") and name not in _PARTY_DEPARTMENTS or any(word in name for word in _STATE_SYSTEMS):
        return False
    if name.endswith(_DIVISION_ENDS) and not name.endswith("办事处"):  # a street's 街道办事处 is no division
        return False
    if _ORGAN_PARTY.fullmatch(name):
        return False  # 机关党委: the party committee of the organ issuing the plan, no place's (round 80)
    if name.startswith(tuple(word for word, _ in own)):
        return False  # 镇财政所, 街道办事处 in a town's or a street's plan: its level word (or itself)
    if any(stem in name for _, place in own for stem in place_stems(place)):
        return False
    return name in _ZONES or not opens_with_place(name)


# an organ's own party bodies (机关党委, 机关纪委, 机关党支部, 机关工会): its issuer's, as 局办公室 is; the place's
# 机关事务管理局 (机管局) is a body of the place's government, not one of these
_ORGAN_PARTY = compiled("机关(?:党委|纪委|党总支|党支部|工会|工委)")


# a town or a street named by its own name (青石镇, 东湖路街道): its district's, and no other level's
_NAMED_TOWN = compiled(r"[^\W\d_a-zA-Z]{2,6}(?:街道|镇|乡)")


# a zone a plan names by its kind alone, no place (开发区: its district's, not a place called 开发)
_ZONES = ("开发区", "经开区", "高新区", "工业区", "园区", "工业园区")


# a place's name and its level word, one after another in a place's full name (江临市西山区青石镇)
_PLACE_PART = compiled("(.{2,}?)(?:自治区|自治州|自治县|新区|街道|[省市县区州盟旗镇乡])")


@cache
def place_stems(place: str) -> tuple[str, ...]:
    """The names of the places ``place`` writes, without their level words: 江临市西山区青石镇 → 江临, 西山, 青石.

    >>> place_stems("江临市西山区青石镇"), place_stems("江临市东湖路街道"), place_stems("南州市")
    (('江临', '西山', '青石'), ('江临', '东湖路'), ('南州',))
    >>> place_stems("临川土家族自治县"), place_stems("江临壮族自治区")
    (('临川土家族',), ('江临壮族',))
    """
    return tuple(m.group(1) for m in _PLACE_PART.finditer(place))
