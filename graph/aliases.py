"""Unit names: from a surface form to one canonical unit, with a category.

The alias table (``data/aliases.csv``: ``surface,canonical,category``) is the
registry of known units; users grow it. Names not in it are normalised (a body's
full and short names as one, ``unit_forms``) and categorised by rule, and reported
as unresolved so the table can be extended.

>>> table = AliasTable.from_rows([("市住房城乡建设委", "市住房城乡建委", "department")])
>>> table.resolve("市住房城乡建设委")
Resolution(canonical='市住房城乡建委', category='department', known=True)
>>> table.resolve("市财政局等有关部门").canonical
'市财政局'
>>> table.resolve("各区县（自治县）政府").category
'collective'
>>> table.resolve("市发改委").canonical, table.resolve("市发展和改革委员会").canonical
('市发展改革委', '市发展改革委')
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from reformgraph.districts import load_districts
from reformgraph.errors import AliasTableError
from reformgraph.plan_place import two_bodies_by_name, two_levels_body, two_places_body, without_shared_place
from reformgraph.regexcache import compiled
from reformgraph.resources import data_path
from reformgraph.unit_forms import CLIPPED, family_forms, short_form, standard_form, system_forms

DEFAULT_ALIAS_PATH = data_path("aliases.csv")
CATEGORIES = (
    "department",
    "collective",
    "district_government",
    "subdistrict",  # round 78: a 街道, 镇, 乡 or a zone below a district (an addition to the contract's list)
    "court",
    "procuratorate",
    "enterprise",
    "association",
    "other",
)

# Suffixes that widen a name to "and others": kept in raw, dropped from the canonical name.
_SUFFIX = compiled(r"(等)?(有关|相关)?(部门|单位)?$")
# 等有关部门, 等市级相关单位, and 等 with the listed bodies' type (区商务局等行业主管部门, 区房管局等建设主管部门)
_TRAILING_ETC = compiled(
    r"等(市级)?(有关|相关|其他)?(市级)?(部门|单位|成员单位|机构)?(和单位)?$|等[\u4e00-\u9fff]{1,6}?(部门|单位|机构)$"
)
_COLLECTIVE = compiled(
    r"^(各|全市|市级|有关|相关|其他|其它)|(有关|相关)(部门|单位|主管部门|机构)(和单位)?$|^.{0,4}(部门|单位)$"
    r"|(有关|相关|各)[\u4e00-\u9fff]{1,6}(部门|单位|机构)$"  # 市有关行政执法部门 (round 30), 县直各行政执法部门 (31)
    r"|各(区|县|部门|单位|级)|成员单位$|^(调解组织|仲裁机构)$"
    r"|[省市县区]属(国有)?企业$"  # 市属国有企业 (round 31), 省属 (32)
    r"|^[\u4e00-\u9fff]{0,4}所在"  # 项目所在乡镇人民政府: whichever the project lies in (round 35)
)
_DISTRICT_GOV = compiled(
    r"(区|县|自治县|市)(人民)?政府$|新区管委会$"
    r"|[\u4e00-\u9fff]{2}(村|社区|村委会|村民委员会|居委会|居民委员会)$"  # 青山村, 河西社区: a village's (round 35)
)
# round 78: the governments below a district or county (街道, 镇, 乡) and the zones a district runs (开发区, 工业区,
# 园区: 街镇（园区） as plans write them), which were counted as district governments
_SUBDISTRICT = compiled(
    r"(街道|街道办事处|街道办|镇|乡)((人民)?政府)?$|(开发区|经开区|高新区|工业区|园区)(管委会|管理委员会)?$"
)
_ZONE_ADMINISTRATION = ("管委会", "管理委员会")
# how the state's bodies open, which 国务院 documents drop (发展改革委 for 国家发展改革委: ``resolve_in_place``)
_STATE_OPENINGS = ("国家", "国务院", "中国")
# the level words a place's own body opens with (市发展改革委): the table listing one says places have the body
_LEVEL_WORDS = ("省", "市", "区", "县")
_COURT = compiled(r"(法院|中院|高院)$|法院")
_PROCURATORATE = compiled(r"检察院")
_CENTRAL_BANK = compiled(r"人民银行|^人行")
_ENTERPRISE = compiled(r"(公司|集团|银行|分行|支行|保险|交易所)$")
_ASSOCIATION = compiled(r"(协会|商会|学会|联合会|联盟|工商联|妇联|总工会|团中央|科协|侨联|残联|红十字会|合作总社)$")
_TRAILING_BRACKETS = compiled(r"[（(][^（()）]*[)）]$")
_DEPARTMENT = compiled(
    r"(局|委|办|厅|署|中心|海关|部|院|所|委员会|办公室|管委会|总队|支队|处|站|队|行|会|室|机关|气象台|政协|科|股|党组)$"
)


@dataclass(frozen=True, slots=True)
class Resolution:
    """The canonical unit for a surface form; ``known`` when the alias table lists it."""

    canonical: str
    category: str
    known: bool


_EACH_LEVELS = compiled(r"^各([区县市乡镇])、([区县市乡镇])")


_HOSTED_AT = compiled(r"（(?:设在|设于|挂靠)[^（）]{2,30}）$")  # where an office sits: no part of its name


def clean_name(raw: str) -> str:
    """Drop whitespace, markdown, footnote marks and a trailing 等有关部门-style suffix; a name the plan gives a
    short form of (``X（以下简称Y）``) is that short form, the name the plan uses for it everywhere else.

    >>> clean_name("市 政府口岸 物流办等有关部门**"), clean_name("区商务局等行业主管部门"), clean_name("市数据局③")
    ('市政府口岸物流办', '区商务局', '市数据局')
    >>> clean_name("江临市人民政府国有资产监督管理委员会（以下简称“市国资委”）"), clean_name("各镇〔街道〕")
    ('市国资委', '各镇（街道）')
    >>> clean_name("各区、县人民政府"), clean_name("县优化营商环境工作专班（设在县司法局）")
    ('各区县人民政府', '县优化营商环境工作专班')
    >>> clean_name("省市场监管局（省知识产权局）"), clean_name("市交通委（计划财务处）"), clean_name("市税务局（第一税务分局）")
    ('省市场监管局', '市交通委（计划财务处）', '市税务局（第一税务分局）')
    """
    name = re.sub(r"[\s*#`>①-⑳⑴-⒇]+", "", raw)
    name = name.replace("(", "（").replace(")", "）").replace("〔", "（").replace("〕", "）")  # 各镇〔街道〕: round 31
    if (short := short_form(name)) is not None:
        name = short[1]
    if name[:1] == "各" and "、" in name[:4]:
        name = _EACH_LEVELS.sub(r"各\1\2", name)  # 各区、县人民政府 is 各区县人民政府 (round 31)
    if name.endswith("）") and ("设在" in name or "设于" in name or "挂靠" in name):
        name = _HOSTED_AT.sub("", name) or name  # 县优化营商环境工作专班（设在县司法局）: the 专班 (round 33)
    # 省市场监管局（省知识产权局）: one body, two names, known by its first (round 35)
    if name.endswith(_SECOND_NAME_ENDS) and (second := _SECOND_NAME.search(name)) is not None and second.start() >= 2:
        name = name[: second.start()]
    stripped = _TRAILING_ETC.sub("", name)
    return stripped or name


# a body's second name in brackets after its first (a merged office: 市水务局（海洋局）, 区经委（商务委）); not a division
# of it (市交通委（计划财务处）), a branch (（第一税务分局）) or a place (各区县（自治县）)
_SECOND_NAME_ENDS = ("局）", "委）", "厅）", "署）", "委员会）")
_SECOND_NAME = compiled(r"（(?![^（）]*分局）)[\u4e00-\u9fff]{1,12}(?:局|委|厅|署|委员会)）$")


def categorize(name: str) -> str:
    """Categorise a canonical name by rule.

    >>> [categorize(n) for n in ["各区县政府", "市高法院", "两江新区管委会", "市财政局", "重庆银行"]]
    ['collective', 'court', 'district_government', 'department', 'enterprise']
    >>> [categorize(n) for n in ["九里亭街道", "市交通委（计划财务处）", "中国人民银行", "全国工商联", "申通地铁集团"]]
    ['subdistrict', 'department', 'department', 'association', 'enterprise']
    >>> [categorize(n) for n in ["某镇人民政府", "某经济技术开发区管委会", "重庆高新区管委会", "某县人民政府"]]
    ['subdistrict', 'subdistrict', 'district_government', 'district_government']
    >>> [categorize(n) for n in ["公安机关", "市气象台", "市政协", "天津海关", "信用监管科", "政策法规股"]]
    ['department', 'department', 'department', 'department', 'department', 'department']
    >>> [categorize(n) for n in ["县直各行政执法部门", "市属国有企业", "县属企业", "市发改", "县政协党组"]]
    ['collective', 'collective', 'collective', 'department', 'department']
    >>> [categorize(n) for n in ["青山村", "河西社区", "龙潭村村民委员会", "各村（社区）", "项目所在村民委员会"]]
    ['district_government', 'district_government', 'district_government', 'collective', 'collective']
    """
    if _COLLECTIVE.search(name):
        return "collective"
    while _TRAILING_BRACKETS.search(name) and _TRAILING_BRACKETS.sub("", name):
        name = _TRAILING_BRACKETS.sub("", name)  # 市交通委（计划财务处） is a 市交通委 department
    if _PROCURATORATE.search(name):
        return "procuratorate"
    if _COURT.search(name):
        return "court"
    if _SUBDISTRICT.search(name):
        return "district_government" if _a_listed_district(name) else "subdistrict"
    if _DISTRICT_GOV.search(name):
        return "district_government"
    if _CENTRAL_BANK.search(name):
        return "department"
    if _ASSOCIATION.search(name):
        return "association"
    if _ENTERPRISE.search(name):
        return "enterprise"
    if _DEPARTMENT.search(name) or (len(name) <= 7 and CLIPPED.fullmatch(name)):  # 市发改: a clipped department
        return "department"
    return "other"


def _a_listed_district(name: str) -> bool:
    """Whether the zone ``name`` (or the zone its administration is named after) is a district of ``data/districts.csv``
    (万盛经开区, 重庆高新区管委会: districts of their city, not zones of a district; round 78).

    >>> _a_listed_district("重庆高新区管委会"), _a_listed_district("万盛经开区"), _a_listed_district("江临经开区")
    (True, True, False)
    """
    for suffix in _ZONE_ADMINISTRATION:
        name = name.removesuffix(suffix)
    return name in load_districts()


class AliasTable:
    """Surface form → (canonical, category), from the CSV and the naming rules."""

    def __init__(self, entries: dict[str, tuple[str, str]]):
        self._entries = entries
        self._cache: dict[str, Resolution] = {}
        self.canonical_names = sorted({c for c, _ in entries.values()})

    @classmethod
    def from_rows(cls, rows: Iterable[tuple[str, str, str]]) -> AliasTable:
        entries: dict[str, tuple[str, str]] = {}
        for surface, canonical, category in rows:
            category = category or categorize(canonical)
            entries[clean_name(surface)] = (canonical, category)
            entries.setdefault(canonical, (canonical, category))
        return cls(entries)

    def resolve(self, raw: str) -> Resolution:
        hit = self._cache.get(raw)
        if hit is None:
            hit = self._cache[raw] = self._resolve(raw)
        return hit

    def resolve_in_place(self, raw: str) -> Resolution:
        """As :meth:`resolve`, for a name in the plan of a place (a province, a city, a district): a short form the
        table gives the state's body (发展改革委 → 国家发展改革委, as 国务院 documents write it) is the place's own
        body there, as written, where places have such a body (the table lists a level's: 市发展改革委; round 79: a
        district's plan naming its 发展改革委, 统计局 read as the state's); a body only the state has (人民银行: its
        branches are the state's, round 41) and a name that says the state (国家发展改革委) are the state's everywhere.

        >>> table = AliasTable.from_rows([("发展改革委", "国家发展改革委", "department"),
        ...     ("市发展改革委", "市发展改革委", "department"), ("人民银行", "中国人民银行", "department")])
        >>> table.resolve("发展改革委").canonical, table.resolve_in_place("发展改革委").canonical
        ('国家发展改革委', '发展改革委')
        >>> table.resolve_in_place("国家发展改革委").canonical, table.resolve_in_place("人民银行").canonical
        ('国家发展改革委', '中国人民银行')
        """
        res = self.resolve(raw)
        if not (res.known and res.canonical.startswith(_STATE_OPENINGS)):
            return res
        name = clean_name(raw)
        if name.startswith(_STATE_OPENINGS):
            return res
        standard = standard_form(name)
        if not any(level + standard in self._entries for level in _LEVEL_WORDS):
            return res
        return Resolution(standard, categorize(standard), False)

    def _resolve(self, raw: str) -> Resolution:
        name = clean_name(raw)
        standard = standard_form(name)  # 市发展和改革委员会 → 市发展改革委 (``unit_forms``)
        for candidate in (
            name,
            re.sub(r"[\s*#`>]+", "", raw),
            standard,
            *family_forms(standard),
            *system_forms(standard),
        ):
            if candidate in self._entries:  # last, another name of its body the table lists (市医疗保障局: 市医保局)
                canonical, category = self._entries[candidate]
                return Resolution(canonical, category, True)
        return Resolution(standard, categorize(standard), False)

    def surfaces(self) -> dict[str, str]:
        """Every listed surface form → canonical name."""
        return {s: c for s, (c, _) in self._entries.items()}


def load_alias_table(path: str | Path | None = None) -> AliasTable:
    """Read ``surface,canonical,category`` rows (header required; ``#`` lines are comments)."""
    path = Path(path) if path else DEFAULT_ALIAS_PATH
    if not path.exists():
        raise AliasTableError(f"{path}: alias table not found")
    rows: list[tuple[str, str, str]] = []
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            reader = csv.reader(line for line in fh if not line.lstrip().startswith("#"))
            header = next(reader, None)
            if header is None or [h.strip() for h in header[:3]] != ["surface", "canonical", "category"]:
                raise AliasTableError(f"{path}:1: expected the header 'surface,canonical,category'")
            for lineno, row in enumerate(reader, start=2):
                if not row or not any(cell.strip() for cell in row):
                    continue
                if len(row) < 2 or not row[0].strip() or not row[1].strip():
                    raise AliasTableError(f"{path}:{lineno}: expected 'surface,canonical[,category]', got {row!r}")
                category = row[2].strip() if len(row) > 2 else ""
                if category and category not in CATEGORIES:
                    raise AliasTableError(
                        f"{path}:{lineno}: unknown category {category!r} (expected one of {', '.join(CATEGORIES)})"
                    )
                rows.append((row[0].strip(), row[1].strip(), category))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:  # unreadable, binary, not UTF-8, NUL bytes, huge fields
        reason = getattr(exc, "strerror", None) or exc
        raise AliasTableError(f"{path}: not a readable UTF-8 CSV alias table ({reason})") from None
    return AliasTable.from_rows(rows)


def is_short_form(short: str, long: str) -> bool:
    """True when ``short`` abbreviates ``long`` the usual way: same first and last character, the
    rest taken in order, no run of more than 3 characters left out (经开区 / 经济技术开发区,
    申通集团 / 申通地铁集团, 港监处 / 港务监管处).

    >>> is_short_form("经开区", "经济技术开发区"), is_short_form("国资委", "区国资委"), is_short_form("民航局", "民航华东管理局")
    (True, False, False)
    """
    if not 2 <= len(short) < len(long) or short[0] != long[0] or short[-1] != long[-1]:
        return False
    # the middle characters in order, none of the long form's runs left out longer than 3 (民航局 is not 民航华东管理局)
    at = 1
    for ch in short[1:-1]:
        found = long.find(ch, at, len(long) - 1)
        if found == -1 or found - at > 3:
            return False
        at = found + 1
    return len(long) - 1 - at <= 3


_PLACE_WEIGHT = 15.0  # points: how much less alike two bodies of one place may be than two whole names


# a district's government and its towns' or streets' (区政府, 镇政府): bodies of two levels, never one (round 79)
_TWO_LEVELS = {"district_government", "subdistrict"}


def _two_kinds(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` are bodies of two kinds however alike they look: a party committee (…党委, …工委) and
    a government's commission (…委: 建设交通工作党委, 建设交通委), or the Youth League's committee (团…委) and another
    body (团东湖区委, 东湖区科委) (round 80).

    >>> _two_kinds("江临市建设交通委", "江临市建设交通工作党委"), _two_kinds("团江临市东湖区委", "江临市东湖区科委")
    (True, True)
    >>> _two_kinds("江临市建管委", "江临市建设管理委"), _two_kinds("机关党委", "机关党委（人事司）")
    (False, False)

    A body and its party group, party committee or office are two too (round 81):

    >>> _two_kinds("江临市统计局", "江临市统计局党组"), _two_kinds("江临市统计局办公室", "江临市统计局"), _two_kinds("江临市统计局", "江临市统计局局")
    (True, True, False)
    """
    if (a[0] == "团") != (b[0] == "团") and (a if a[0] == "团" else b)[-1] == "委":
        return True
    if a.startswith(b) and a[len(b) :] in _ORGANS_OWN or b.startswith(a) and b[len(a) :] in _ORGANS_OWN:
        return True  # a body and its party group or office (江临市统计局, 江临市统计局党组; round 81)
    party = [name.endswith(_PARTY_COMMITTEES) for name in (a, b)]
    return party[0] != party[1] and a[-1] == b[-1] == "委"


_PARTY_COMMITTEES = ("党委", "工委", "党工委")
# what an organ has of its own beside it, named after it (江临市统计局党组, …办公室): another body
_ORGANS_OWN = ("党组", "党委", "机关党委", "办公室")


def near_duplicates(
    names: Iterable[str], table: AliasTable | None = None, threshold: float = 85.0
) -> list[tuple[str, str, float]]:
    """Pairs of distinct canonical names that look like one body spelled two ways.

    Two spellings (fuzzy ratio ≥ ``threshold``) or a long and a short form (``is_short_form``,
    reported with the ratio of their lengths × 100).

    >>> near_duplicates(["市人力社保局", "市人力资源社保局", "市财政局"])
    [('市人力社保局', '市人力资源社保局', 85.7)]
    >>> near_duplicates(["经济技术开发区", "经开区", "区经委"])
    [('经开区', '经济技术开发区', 42.9)]
    >>> near_duplicates(["江临市东湖区应急管理局", "江临市西湖区应急管理局"])  # two districts' bureaus (91%)
    []
    >>> near_duplicates(["江临市应急局", "江临市东湖区应急管理局"])  # a city's bureau and a district's (a short form)
    []
    >>> near_duplicates(["江临市东湖区体育局", "江临市东湖区教育局", "江临市东湖区住房保障和房屋管理局", "江临市东湖区住房保障房屋管理局"])
    [('江临市东湖区住房保障和房屋管理局', '江临市东湖区住房保障房屋管理局', 96.8)]
    >>> near_duplicates(["江临市东湖区政府", "江临市东湖区镇政府", "江临市东湖区人民政府"])  # a district's and its towns'
    [('江临市东湖区政府', '江临市东湖区人民政府', 80.0)]
    """
    from rapidfuzz import fuzz, process  # imported here: most commands never compare names

    unique = sorted(set(names))
    pairs: dict[tuple[str, str], float] = {}
    category = {n: categorize(n) for n in unique}
    specific = [n for n in unique if category[n] != "collective"]

    def two_bodies(a: str, b: str) -> bool:
        # 杨浦区's and 青浦区's 应急管理局 (round 78); a district's 政府 and its 镇政府, one level apart (round 79); a
        # party committee and a commission, the Youth League's committee and another body (round 80)
        return two_places_body(a, b) or {category[a], category[b]} == _TWO_LEVELS or _two_kinds(a, b)

    def two_by_name(a: str, b: str, by=two_bodies_by_name) -> bool:
        # one town's 城建中心 and 城运中心, one district's 大宁路街道 and 江宁路街道 (round 80); a town's 城运中心 and
        # its district's, however short (round 81: ``by``)
        bodies = without_shared_place(a, b)
        return bodies != (a, b) and by(*bodies)

    for i, a in enumerate(specific):
        for b, score, _ in process.extract(a, specific[i + 1 :], scorer=fuzz.ratio, score_cutoff=threshold, limit=None):
            if two_bodies(a, b):
                continue
            # one district's 体育局 and 教育局 look alike by its name alone: their bodies one character apart in three
            # (67) are two; 应急管理局 and 应急管理部门 (73) may be one
            if two_by_name(a, b):
                continue
            bodies = without_shared_place(a, b)
            if bodies == (a, b) or fuzz.ratio(*bodies) >= threshold - _PLACE_WEIGHT:
                pairs[(a, b)] = round(float(score), 1)
    by_first: dict[str, list[str]] = {}
    for n in specific:
        by_first.setdefault(n[0], []).append(n)
    for group in by_first.values():
        for a in group:
            for b in group:
                if is_short_form(a, b) and (a, b) not in pairs and (b, a) not in pairs:
                    if two_bodies(a, b) or two_by_name(a, b, two_levels_body):
                        continue
                    pairs[(a, b)] = round(100.0 * len(a) / len(b), 1)
    return sorted(((a, b, score) for (a, b), score in pairs.items()), key=lambda p: (-p[2], p[0], p[1]))


def suggest(name: str, candidates: Iterable[str], limit: int = 5) -> list[str]:
    """Fuzzy 'did you mean' suggestions, favouring names that contain the query.

    >>> suggest("市场监管局", ["市市场监管局", "市财政局", "市监狱管理局"])[0]
    '市市场监管局'
    """
    from rapidfuzz import fuzz, process

    pool = list(dict.fromkeys(candidates))
    query = clean_name(name)
    contains = [c for c in pool if query and query in c]
    ranked = process.extract(query, pool, scorer=fuzz.WRatio, limit=limit * 2, score_cutoff=50)
    out = sorted(contains, key=len) + [c for c, _, _ in ranked]
    return list(dict.fromkeys(out))[:limit]
