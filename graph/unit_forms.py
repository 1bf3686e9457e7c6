"""The usual names of a body, full and short, as one: 市发展和改革委员会, 市发改委 and 市发展改革委 are one unit.

Plans write a department by its full name (人力资源和社会保障局), its standard short name (人力社保局) or a
colloquial one (人社局), often in the same plan. A unit the alias table does not list is named by the standard
form of its family (``FAMILIES``): the place before the body (市, 某县, 滨海新区 …) stays as written, the body
takes the family's first name. Names of different bodies stay apart: 自然资源局 is not 自然资源和规划局, 经信局 is
not 工信局, 卫生健康委 is not 卫生健康局.

>>> standard_form("市发展和改革委员会"), standard_form("某县发改局"), standard_form("市人社局")
('市发展改革委', '某县发展改革局', '市人力社保局')
>>> standard_form("市自然资源局"), standard_form("国家发改委"), standard_form("发改委")
('市自然资源局', '国家发改委', '发展改革委')
"""

from __future__ import annotations

from collections.abc import Iterable

from reformgraph.districts import PLACE_ENDS
from reformgraph.regexcache import compiled

# (standard name, other names of the same body); the standard is the short name official documents use
FAMILIES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("发展改革委", ("发展和改革委员会", "发展改革委员会", "发展和改革委", "发改委")),
    ("发展改革局", ("发展和改革局", "发改局")),
    ("市场监管局", ("市场监督管理局", "市场监督局")),  # 市场监督局: written so in real plans (held-out 10, 13)
    ("人力社保局", ("人力资源和社会保障局", "人力资源社会保障局", "人社局")),
    ("住房城乡建设局", ("住房和城乡建设局", "住建局")),
    ("住房城乡建设委", ("住房和城乡建设委员会", "住房城乡建设委员会", "住建委")),
    ("卫生健康委", ("卫生健康委员会", "卫健委")),
    ("卫生健康局", ("卫健局",)),
    ("文化旅游局", ("文化和旅游局", "文旅局")),
    ("工业和信息化局", ("工信局",)),
    ("经济和信息化局", ("经信局",)),
    ("经济和信息化委", ("经济和信息化委员会", "经信委")),
    ("交通运输局", ("交通局",)),
    ("应急管理局", ("应急局",)),
    ("城市管理局", ("城管局",)),
    ("科技局", ("科学技术局",)),
    ("医疗保障局", ("医保局",)),
    (
        "国资委",
        (  # 人民政府 is 政府 before these are met (``government_form``, round 41)
            "国有资产监督管理委员会",
            "人民政府国有资产监督管理委员会",
            "政府国有资产监督管理委员会",
            "政府国资委",
            "人民政府国资委",
        ),
    ),
    ("政务服务和数据管理局", ("政务服务数据管理局", "政数局")),
    ("自然资源和规划局", ("自然资源规划局",)),
    ("退役军人事务局", ("退役军人局",)),
    ("行政审批服务局", ("行政审批局",)),
    ("大数据局", ("大数据发展管理局",)),
)
_STANDARD = {other: standard for standard, others in FAMILIES for other in others}
# a body's name at the end, longest first (发展和改革委员会 before 改革委员会-like tails)
_BODY = compiled("(" + "|".join(sorted(_STANDARD, key=len, reverse=True)) + ")$")


def standard_form(name: str) -> str:
    """``name`` with its body's standard name when the body is one of ``FAMILIES`` after a place (or alone);
    else ``name`` as it is. A government's name short (``government_form``) and a national system's body by its
    short name (``system_short_form``) first (round 41).

    >>> standard_form("县人民政府办公室"), standard_form("国家税务总局赣州市税务局"), standard_form("市人民政府国资委")
    ('县政府办公室', '赣州市税务局', '市国资委')
    >>> standard_form("区公安分局交通警察大队")
    '区公安分局交警大队'
    """
    if "政府" in name:
        name = government_form(name)
    if "交通警察" in name:  # 区公安分局交通警察大队 is its 交警大队 (round 41)
        name = name.replace("交通警察", "交警")
    name = system_short_form(name)
    m = _BODY.search(name)
    if m is None:
        return name
    place = name[: m.start()]
    if place and not place.endswith(PLACE_ENDS):  # what may come before the body: nothing, or a place
        return name  # 国家发改委, 市委改革办…: not a place before the body
    return place + _STANDARD[m.group(1)]


_FAMILY = {name: (standard, *others) for standard, others in FAMILIES for name in (standard, *others)}
_ANY_BODY = compiled("(" + "|".join(sorted(_FAMILY, key=len, reverse=True)) + ")$")


def family_forms(name: str) -> list[str]:
    """Every name of ``name``'s body that its family gives (``FAMILIES``), after the same place, the standard one
    first; [] for a body of no family or after no place (round 30: 市医疗保障局 is the 市医保局 an alias table lists).

    >>> family_forms("市医疗保障局"), family_forms("市委改革办")
    (['市医疗保障局', '市医保局'], [])
    """
    m = _ANY_BODY.search(name)
    if m is None:
        return []
    place = name[: m.start()]
    if place and not place.endswith(PLACE_ENDS):
        return []
    return [place + member for member in _FAMILY[m.group(1)]]


# a department named by its place and its stem alone, 局/委 dropped, as working papers and 台账 write them: 市发改,
# 县住建, 区城管 (round 34); the graph joins one to the body of its plan that it clips (``unclipped``, round 35)
CLIPPED_STEMS = (
    "发改|财政|住建|城管|人社|自规|资规|交通|水利|商务|教育|卫健|市监|应急|生态环境|农业农村|农业|文旅|工信|"
    "科技|民政|司法|审计|统计|税务|医保|林业|数据|政数|国资|信访|金融|体育|公安"
)
CLIPPED = compiled(f"([省市县区])({CLIPPED_STEMS})")


def unclipped(names: Iterable[str]) -> dict[str, str]:
    """Each clipped name among ``names`` (``CLIPPED``: 市发改) → the one other name among them it clips: of the same
    place, a body whose name, or another name of its family (``family_forms``), goes on from the stem (市发展改革委:
    发改委). A clipped name that clips none, or two bodies, is left out.

    >>> unclipped(["市发改", "市发展和改革委员会", "市住建", "市住房和城乡建设局", "市城管", "区财政", "市财政局"])
    {'市住建': '市住房和城乡建设局', '市发改': '市发展和改革委员会'}
    >>> unclipped(["市农业", "市农业农村局", "市农业科学院"]), unclipped(["市财政", "市财政局", "县财政局"])
    ({}, {'市财政': '市财政局'})
    """
    names = set(names)
    out: dict[str, str] = {}
    for name in names:
        m = CLIPPED.fullmatch(name) if len(name) <= 7 else None
        if m is None:
            continue
        place, stem = m.groups()
        clips = {
            standard_form(other)
            for other in names
            if len(other) > len(name)
            and other.startswith(place)
            and any(form.startswith(stem, len(place)) for form in (other, *family_forms(standard_form(other))))
        }
        if len(clips) == 1:
            body = clips.pop()
            out[name] = min((o for o in names if len(o) > len(name) and standard_form(o) == body), key=len)
    return dict(sorted(out.items()))


# the short form a plan gives a body in brackets after its name (round 30): X（以下简称Y）, X（简称“Y”）; group 1: Y
# (round 62: X（下称Y）, X（以下称Y）, and 下同 after it, X（简称Y，下同）: the short form holds below)
SHORT_FORM_PATTERN = (
    r"[（(](?:(?:以下|下文)?简称|(?:以下|下文|下)称)[：:]?[“\"「]?([^（()）“”\"「」，,。；;：:]{2,15}?)[”\"」]?"
    r"(?:[，,]下同)?[)）]"
)
SHORT_FORM = compiled(SHORT_FORM_PATTERN + "$")


def short_form(name: str) -> tuple[str, str] | None:
    """(the name, its short form) of a name written with the short form the plan gives it, else None.

    >>> short_form("江临市人民政府国有资产监督管理委员会（以下简称“市国资委”）"), short_form("市交通委（计划财务处）")
    (('江临市人民政府国有资产监督管理委员会', '市国资委'), None)
    >>> short_form("自治区民族宗教事务委员会（简称自治区民宗委，下同）"), short_form("某某投资发展集团有限公司（下称投发集团）")
    (('自治区民族宗教事务委员会', '自治区民宗委'), ('某某投资发展集团有限公司', '投发集团'))
    """
    if "称" not in name:
        return None
    m = SHORT_FORM.search(name)
    return (name[: m.start()], m.group(1)) if m is not None and m.start() >= 2 else None


# round 41: a body of a national system in a place, named as local plans write it: the system's name before the
# place dropped, as the system's own documents do (人民银行赣州市分行, 赣州金融监管分局, 赣州市税务局), and the
# colloquial 人行 / 营管部 spelled out. One body, written three ways across a city's plans, is one unit.
_SYSTEM_OPENINGS = ("中国人民银行", "人民银行", "人行", "国家金融监督管理总局", "国家税务总局")
_BANK_BRANCH = compiled(r"^(?:中国人民银行|人民银行|人行)([^\W\d_a-zA-Z]{2,})$")  # a branch: something follows
_BANK_NAMES = ("人民银行", "中国人民银行", "人行")
_REGULATOR_BRANCH = compiled(r"^国家金融监督管理总局(.{2,}?)监管(分局|局)$")
_REGULATOR_SHORT = compiled(r"^(.{2,}?)金融监管(分局|局)$")
_TAX_BUREAU = compiled(r"^国家税务总局(.{2,}税务局.*)$")


def system_short_form(name: str) -> str:
    """``name`` by the short name of its national system's bodies (round 41), else ``name`` as it is.

    >>> system_short_form("中国人民银行赣州市分行"), system_short_form("人行成都分行营管部")
    ('人民银行赣州市分行', '人民银行成都分行营业管理部')
    >>> system_short_form("国家金融监督管理总局赣州监管分局"), system_short_form("国家税务总局正定县税务局")
    ('赣州金融监管分局', '正定县税务局')
    >>> system_short_form("中国人民银行"), system_short_form("人民银行"), system_short_form("国家税务总局")
    ('中国人民银行', '人民银行', '国家税务总局')
    >>> system_short_form("国家金融监督管理总局某监管局某监管分局")
    '国家金融监督管理总局某监管局某监管分局'
    """
    if not name.startswith(_SYSTEM_OPENINGS):  # the cheap test first: most names are of no national system
        return name
    if (m := _BANK_BRANCH.match(name)) is not None:
        branch = m.group(1)
        if branch.endswith("营管部"):  # 营管部: the 营业管理部 as people say it
            branch = branch[:-3] + "营业管理部"
        return "人民银行" + branch
    if (m := _REGULATOR_BRANCH.match(name)) is not None and "监管" not in m.group(1):  # one place, not a chain
        return f"{m.group(1)}金融监管{m.group(2)}"
    if (m := _TAX_BUREAU.match(name)) is not None:
        return m.group(1)
    return name


def system_forms(short: str) -> list[str]:
    """The other names of a national system's body whose short name is ``short`` (``system_short_form``), so that
    an alias table listing any of them names it (人行重庆营管部 stays the table's name); [] for other bodies.

    >>> system_forms("人民银行重庆营业管理部")[-1], system_forms("赣州金融监管分局"), system_forms("市财政局")
    ('人行重庆营管部', ['国家金融监督管理总局赣州监管分局'], [])
    >>> system_forms("重庆市税务局")
    ['国家税务总局重庆市税务局']
    """
    if short.startswith("人民银行") and len(short) > 5:
        branch = short[4:]
        branches = [branch, branch[:-5] + "营管部"] if branch.endswith("营业管理部") else [branch]
        return [bank + b for b in branches for bank in _BANK_NAMES if bank + b != short]
    if (m := _REGULATOR_SHORT.match(short)) is not None:
        return [f"国家金融监督管理总局{m.group(1)}监管{m.group(2)}"]
    if short.endswith("税务局") and len(short) > 4 and not short.startswith("国家"):
        return ["国家税务总局" + short]
    return []


_PROVINCE_ENDS = ("省", "自治区")


def government_form(name: str) -> str:
    """A government's or its office's name as plans write it short (round 41): 人民政府 is 政府 after a place (as
    the alias table's 北碚区政府 and 各区县政府), and 政府办 the government's 办公室 (a province's 办公厅).

    >>> government_form("各县（市、区）人民政府"), government_form("市人民政府办公室"), government_form("县政府办")
    ('各县（市、区）政府', '市政府办公室', '县政府办公室')
    >>> government_form("省政府办"), government_form("市人民政府"), government_form("市政府督查办")
    ('省政府办公厅', '市政府', '市政府督查办')
    """
    if name.find("人民政府", 1) != -1:
        name = name[0] + name[1:].replace("人民政府", "政府")
    if name.endswith("政府办") and (place := name[:-3]).endswith(PLACE_ENDS):
        return name + ("公厅" if place.endswith(_PROVINCE_ENDS) else "公室")
    return name
