"""Whether a unit cell's full line and the line under it are two units or one name the cell wrapped (round 77).

A printed table's unit cell that writes one unit a line (a typed break after each name) shows its breaks only where
a line ends short; where a name fills the column's line, nothing in the drawing tells the typed break from the
margin's wrap (人民银行 / 银保监会 in a column four characters wide, as 人力资源社 / 会保障部). ``pdf_tables._joined``
joins such lines as one name unless they read plainly as two (a level opening the next line: 市税务局 / 市财政局),
and marks the joins that might be two names (``UNSURE``); once the document's tables are whole, each mark is read
here from what a reader has:

- the plan's own vocabulary: a name seen whole elsewhere in the document (another cell, the text around the
  tables). Two names each seen whole, never seen together, are two units; the two seen together are one.
- a name's grammar: the first line ends as a body's name ends (部, 委, 局, 办, 中心, 政府 …) and the next opens as
  a name of its own: at least three characters reading as a body, not opening with a name's tail (会保障部, 员会,
  门和单位) and not the first's own division, branch or office (执法总队, 分局, 区政府 / 新闻办); or two places of
  one level (永丰街道 / 泗泾镇). A first line that ends as a word (市委社会, 人力资源社) is no name's end.
- round 78: a branch bureau named by its own field and place (区建管委 / 公安青浦分局) is no branch of the line
  above; a kind of organ before a kind of actor (区党政机关 / 公共机构) is two kinds; a ministry the plan writes
  alone, after a place (试点城市 / 生态环境部), is no body of the place; a department's field written alone
  (城管, 财政: ``unit_forms.CLIPPED_STEMS``) under a line that reads as no name (绿化市容 / 城管) is a name of its own.
- round 80: a body's name ends with 所 (公安派出所 / 相关职能部门), not a site's (场所) nor a word's first half (用地所 /
  属地…: 所属); a kind of actor after places taken together (属地街镇 / 消纳场所申请单位) is a party of its own; a
  ministry of the state over a bureau named by a place the document writes with its level (交通运输部 / 上海海事局,
  上海 of 上海市…) is one name, the ministry's bureau there.

Weak evidence leaves the lines joined: a name split in two is worse than two names joined.

>>> resolved([[["牵头单位"], ["发展改革委" + UNSURE + "财政部"]]], [])
[[['牵头单位'], ['发展改革委、财政部']]]
"""

from __future__ import annotations

from reformgraph.loaders.unit_names import is_collective, is_unit_name, strip_name_brackets
from reformgraph.regexcache import compiled
from reformgraph.unit_forms import CLIPPED_STEMS

#: the mark ``pdf_tables._joined`` leaves between a unit cell's full line and the next where they might be two
#: units; ``resolved`` reads each (a control character no cell's text holds)
UNSURE = "\x01"
__all__ = [
    "UNSURE",
    "may_part",
    "opens_a_level_word",
    "opens_a_names_rest",
    "opens_a_words_rest",
    "resolved",
    "two_names",
    "vocabulary",
]

# how a body's name ends (a name ending so is whole): ministries, bureaus, offices, centres, companies, schools
_BODY_ENDS = (
    *"部局厅署办处",
    "委",
    "银行",
    "中心",
    "集团",
    "公司",
    "政府",
    "大学",
    "学院",
    "党校",
    "部门",
    "单位",
    "监会",
    "工会",
    "委员会",
    "管委会",
    "协会",
    "商会",
    "所",
)
# words ending with 所 that name a site, not a body (消纳场所, 住所): no name ends with them (round 80)
_SITES = ("场所", "住所", "处所", "厕所")
# words ending with 部 that name a part or a whole of something, not a body (街道内部, 单位外部, 全部, 局部): no name
# ends with them (round 81 sweep81: held-out 103's cell ``街道内部`` / ``审计部门(集体资产办)``, one name)
_PARTS_OF = ("内部", "外部", "全部", "局部")
# what follows 所 in a word (所属, 所在, 所辖): a line ending with 所 over one of them went on a word (用地所 / 属地…)
_SUO_WORDS = tuple("属在辖需")
# a place's name as a document writes it with its level (上海市规划资源局 → 上海), not a market's (农贸市场)
_PLACE_STEM = compiled(r"^([^\W\d_a-zA-Z]{2,3}?)[省市](?!场)")
# a ministry of the state: a name ending with 部 that opens with no level, no collective, no party committee
_STATE_MINISTRY = compiled(r"^[^\W\d_a-zA-Z省市县区镇乡各有相中][^\W\d_a-zA-Z委]{1,8}部$")
# places taken together (属地街镇, 各乡镇, 街镇): a kind of actor after them is a party of its own (round 80)
_PLACES_TOGETHER = compiled(r"^(?:各|属地)|(?:街镇|乡镇)$")
# a party committee (县委, 市委, 党委, 工委): its departments are named after it (县委 / 宣传部), so it ends no name here
_COMMITTEE = compiled(r"(?:[省市县区镇乡党工军]委)$")
# how a name's second half opens: a word's rest (社 / 会保障部, 委 / 员会, 部 / 门和单位, 办 / 公室) or a conjunction
_TAIL_OPENINGS = frozenset("门员会事和与及等室处局委办厅部署所站队分支府司心组院校（）()")
_TAIL_WORDS = ("集团", "有限", "股份", "公室")  # a company's form after its name (某铁路局 / 集团有限公司); 办 / 公室
# the first's own division or branch (市交通委 / 执法总队, 市场监管局 / 机场分局, 国网某公司 / 某分公司)
_OWN_PARTS = compiled(r"(?:[处科室所站]|[总支大中]队|总部|分局|分行|支行|分社|分公司|支公司|分中心|营业部|分部)$")
# a government's own office (区政府 / 新闻办, 省人民政府 / 办公厅)
_OFFICES = compiled(r"(?:办|办公室|办公厅|研究室|参事室)$")
# places by level: a place holds places of a lower level (浦东新区 / 张江镇 is one name), never its own level's
_PLACE_LEVELS = (compiled(r"(?:[省市]|自治区)$"), compiled(r"[区县旗]$"), compiled(r"(?:[镇乡]|街道)$"))
# a department's field, as a clipped name writes it after its place (区城管, 市财政, 公安青浦分局: round 78)
_FIELD = compiled(f"(?:{CLIPPED_STEMS})")
# a branch bureau named by its system's field and its place (公安青浦分局, 税务东城分局)
_FIELD_BRANCH = compiled(f"({CLIPPED_STEMS})[^局]{{2,}}分局")
# the characters a level's name is (a name opening with one names its place's level: 市港航中心, 区财政局) and the words
# opening with one that name no level (市场监管局, 区域发展中心, 县域商业: round 78)
_LEVELS = frozenset("省市县区镇乡")
_LEVEL_WORDS = ("市场", "区域", "县域")
# kinds of actor (a party by what it is or does: 公共机构, 建设单位, 国有企业, 运营主体), as ``duties`` reads them
_ACTOR_KINDS = ("机构", "企业", "单位", "主体")
# what parts names in running text and cells
_APART = compiled(r"[、，,；;：:（）()\s/]+")


def may_part(left: str, line: str) -> bool:
    """Whether a unit cell's line ending the name ``left`` and its next ``line`` might be two names, to be read
    once the document is whole (``two_names``): ``left`` reads as a body's name and ``line`` opens no word's rest.

    >>> may_part("人民银行", "银保监会"), may_part("人力资源社", "会保障部"), may_part("区绿化", "市容局")
    (True, False, False)

    Or ``line`` opens with a department's field (城管, 财政) or with the level ``left`` opened with (市级平台 /
    市港航中心) under a ``left`` that reads as no name (round 78):

    >>> may_part("绿化市容", "城管"), may_part("市级平台", "市港航中心"), may_part("区绿化市容", "局")
    (True, True, False)
    """
    if len(left) < 3 or opens_a_names_rest(line):
        return False
    return is_unit_name(left) or _FIELD.match(line) is not None or _level_again(left, line)


def opens_a_level_word(line: str) -> bool:
    """Whether ``line`` opens with a word whose first character is a level's but which names no level (市场监管局,
    区域发展中心, 县域商业: round 78).

    >>> opens_a_level_word("市场监管局"), opens_a_level_word("市财政局"), opens_a_level_word("市政府")
    (True, False, False)
    """
    return line.startswith(_LEVEL_WORDS)


def _level_again(left: str, right: str) -> bool:
    """Whether ``right`` opens with the level ``left``, three characters or more, opened with (市级平台 / 市港航中心):
    a name names its level once.

    >>> _level_again("市级平台", "市港航中心"), _level_again("市级平台", "市场监管局"), _level_again("区级平台", "市港航中心")
    (True, False, False)
    >>> _level_again("市城", "市管理局")  # 市城市管理局
    False
    """
    return len(left) > 2 and left[0] in _LEVELS and right[:1] == left[0] and not opens_a_level_word(right)


def opens_a_names_rest(line: str) -> bool:
    """Whether ``line`` opens with what only ends a name cut before it: a body's last character (门 of 部门, 局, 委),
    a bracket, a company's form (集团, 有限): the line above went on into it.

    >>> opens_a_names_rest("门；区域性建设项目"), opens_a_names_rest("集团有限公司"), opens_a_names_rest("推进改革。")
    (True, True, False)
    """
    return line[:1] in _TAIL_OPENINGS or line.startswith(_TAIL_WORDS)


def opens_a_words_rest(line: str) -> bool:
    """Whether ``line`` opens with the rest of a word no name opens with: a company's form (集团, 有限), 公室 of 办公室
    (``…领导小组办`` / ``公室``): a unit cell's line above went on into it, though its name ends as a body's (办).

    >>> opens_a_words_rest("公室"), opens_a_words_rest("集团有限公司"), opens_a_words_rest("所在街镇")
    (True, True, False)
    """
    return line.startswith(_TAIL_WORDS)


def vocabulary(texts) -> frozenset[str]:
    """The names a document shows whole: each piece of its ``texts`` (cells, lines) between marks that part names,
    but the pieces still holding a ``UNSURE`` mark.

    >>> sorted(vocabulary(["市财政局、市税务局", "市人民银行" + UNSURE + "市统计局", "（牵头单位：区发改委）"]))
    ['区发改委', '市税务局', '市财政局', '牵头单位']
    """
    return frozenset(piece for text in texts for piece in _APART.split(text) if piece and UNSURE not in piece)


def two_names(left: str, right: str, seen: frozenset[str] = frozenset()) -> bool:
    """Whether ``left`` (the name a unit cell's full line ends) and ``right`` (the name the next line begins, to its
    next break) are two units: each seen whole in the document (``seen``) and never together, or ``left`` ending as
    a body and ``right`` opening as a name of its own (the module's grammar). The two seen together are one name.

    >>> two_names("人民银行", "银保监会"), two_names("发展改革委", "财政部"), two_names("永丰街道", "泗泾镇")
    (True, True, True)

    A first line ending as a word, a second opening as a word's rest, the first's own division or office, a place
    in a place, a name of two characters: one name.

    >>> pairs = [("市委社会", "工作部"), ("人力资源社", "会保障部"), ("各有关部", "门和单位"), ("市交通委", "执法总队")]
    >>> pairs += [("区政府", "新闻办"), ("中共某县委", "宣传部"), ("浦东新区", "张江镇"), ("区经济委", "员会")]
    >>> any(two_names(left, right) for left, right in pairs)
    False

    The document's vocabulary: two names each seen whole are two; the two seen together are one.

    >>> two_names("临港新片区", "市场监管局"), two_names("临港新片区", "市场监管局", frozenset({"临港新片区", "市场监管局"}))
    (False, True)
    >>> two_names("发展改革委", "财政部", frozenset({"发展改革委财政部"}))
    False

    Round 78: a branch named with its own field (公安), two kinds, a ministry seen alone after a place, a field
    written alone; but a branch of the line's own field, a kind the places own, a ministry never seen alone:

    >>> two_names("区建管委", "公安青浦分局"), two_names("区党政机关", "公共机构"), two_names("绿化市容", "城管")
    (True, True, True)
    >>> two_names("试点城市", "生态环境部", frozenset({"生态环境部"})), two_names("试点城市", "生态环境部")
    (True, False)
    >>> two_names("区交通委", "交通执法大队"), two_names("区党政机关", "有关单位"), two_names("浦东新区", "公安")
    (False, False, False)
    """
    if left + right in seen:
        return False
    if left in seen and right in seen and len(left) > 1 and len(right) > 1:
        return True
    if _local_bureau(left, right, seen):
        return False  # a ministry's bureau in a place the plan names (交通运输部 / 上海海事局: round 80)
    if _field_alone(left, right) or (_level_again(left, right) and right in seen and not is_unit_name(left)):
        return True  # a field alone (绿化市容 / 城管); a name the plan writes alone, its level again (市级平台 / 市港航中心)
    if len(left) < 3 or len(right) < 3 or not may_part(left, right) or not is_unit_name(right):
        return False
    if left.count("（") + left.count("(") > left.count("）") + left.count(")"):
        return False  # 各村（社 / 区）: the name goes on inside its bracket
    left = strip_name_brackets(left)  # 市交通委（运行处） / 道运中心: the name before its note in brackets
    level = next((k for k, place in enumerate(_PLACE_LEVELS) if place.search(left)), None)
    if level is not None:  # a place: two only beside a place of its level or above (浦东新区 / 奉贤区, not / 张江镇)
        # or a ministry the plan writes alone (试点城市 / 生态环境部): a place's own 部 is its party committee's, named
        # after the committee (县委 / 宣传部), and a company's (营业部) is its own part
        ministry = right.endswith("部") and right in seen and not _OWN_PARTS.search(right)
        return ministry or _actor_after_places(left, right) or any(p.search(right) for p in _PLACE_LEVELS[: level + 1])
    if left.endswith("机关"):  # organs as a kind (党政机关): a kind of actor after them is one more kind
        return right.endswith(_ACTOR_KINDS) and not is_collective(right)
    if not _ends_a_body(left, right) or _COMMITTEE.search(left) or not is_unit_name(left):
        return False
    if _OWN_PARTS.search(right) and not _OWN_PARTS.search(left) and not _names_its_field(left, right):
        return False  # the body's own division or branch (a division after a division is two: 规划处 / 建设处)
    return not (left.endswith("政府") and _OFFICES.search(right))


def _local_bureau(left: str, right: str, seen: frozenset[str]) -> bool:
    """Whether ``right``, a bureau named by a place the document writes elsewhere with its level (上海 of 上海市…)
    and no level of its own (上海海事局, not 上海市交通委), is the ministry ``left``'s bureau in that place: one name
    (交通运输部上海海事局, as a plan writes 自然资源部东海局; round 80). A bureau named by no place (税务总局, 海洋局)
    under a ministry reads as before.

    >>> seen = frozenset({"广州市交通运输局", "市财政局"})
    >>> _local_bureau("交通运输部", "广州海事局", seen), _local_bureau("交通运输部", "广州市交通运输局", seen)
    (True, False)
    >>> _local_bureau("自然资源部", "税务总局", seen), _local_bureau("交通运输部", "广州海事局", frozenset())
    (False, False)
    >>> _local_bureau("区委宣传部", "广州海事局", seen)
    False
    """
    if not right.endswith("局") or _STATE_MINISTRY.match(left) is None:
        return False
    stems = {m.group(1) for piece in seen if (m := _PLACE_STEM.match(piece))}
    return any(right.startswith(stem) and right[len(stem) : len(stem) + 1] not in _LEVELS for stem in stems)


def _ends_a_body(left: str, right: str) -> bool:
    """Whether ``left`` ends as a body's name (``_BODY_ENDS``), its ``所`` a body's (派出所, 司法所: round 80), not a
    site's (场所, 住所), nor a word's first half with ``right`` (用地所 / 属地村委会: 所属).

    >>> _ends_a_body("公安派出所", "相关职能部门"), _ends_a_body("区财政局", "属地街镇")
    (True, True)
    >>> _ends_a_body("消纳场所", "管理单位"), _ends_a_body("项目用地所", "属地居委会"), _ends_a_body("区政府", "办公室")
    (False, False, True)

    Nor a word naming a part of something (内部, 外部: 街道内部 / 审计部门, the street's own audit office; round 81):

    >>> _ends_a_body("街道内部", "审计部门"), _ends_a_body("区委统战部", "区民宗办")
    (False, True)
    """
    if not left.endswith(_BODY_ENDS) or left.endswith(_PARTS_OF):
        return False
    return not left.endswith("所") or not (left.endswith(_SITES) or right.startswith(_SUO_WORDS))


def _actor_after_places(left: str, right: str) -> bool:
    """Whether ``right``, a kind of actor named by what it does (消纳场所申请单位, 项目建设单位, 运营主体), is a party
    of its own under ``left``, places taken together (属地街镇, 各乡镇): the places are a party, the actor another
    (round 80). A collective after the places is their own (各街镇 / 有关单位), as an actor after one place may be.

    >>> _actor_after_places("属地街镇", "消纳场所申请单位"), _actor_after_places("各乡镇", "项目建设单位")
    (True, True)
    >>> _actor_after_places("各街镇", "有关单位"), _actor_after_places("浦东新区", "项目建设单位")
    (False, False)
    """
    return _PLACES_TOGETHER.search(left) is not None and right.endswith(_ACTOR_KINDS) and not is_collective(right)


def _field_alone(left: str, right: str) -> bool:
    """Whether ``right``, a department's field written alone (城管, 财政: a clipped name's stem), is a name of its own
    under ``left``, a line of three characters or more that reads as no name and no place (绿化市容, 区发展改革, as
    a plan writes fields for bodies: 区建管、绿化市容、城管), the two together no name either (round 78).

    >>> _field_alone("绿化市容", "城管"), _field_alone("区发展改革", "财政")
    (True, True)

    Not after a name or a place (浦东新区 / 公安: 浦东新区公安, the place's clipped name), nor where the field goes on
    (区发展改革 / 财政局), nor after two characters (国家 / 税务):

    >>> _field_alone("浦东新区", "公安"), _field_alone("区发展改革", "财政局"), _field_alone("国家", "税务")
    (False, False, False)
    """
    return (
        len(left) > 2
        and _FIELD.fullmatch(right) is not None
        and not is_unit_name(left)
        and not is_unit_name(left + right)
    )


def _names_its_field(left: str, right: str) -> bool:
    """Whether ``right`` is a branch bureau named by a department's field and a place (公安青浦分局), the field not
    ``left``'s own (区建管委): the branch names its own system, no branch of the body above (round 78). A division
    or a brigade named by its field is the body's own (市交通委 / 科技信息处, 县公安局 / 交通警察大队), as a branch
    named by its place alone is (区税务局 / 东城分局).

    >>> _names_its_field("区建管委", "公安青浦分局"), _names_its_field("区公安局", "公安青浦分局")
    (True, False)
    >>> _names_its_field("市交通委", "科技信息处"), _names_its_field("县公安局", "交通警察大队"), _names_its_field("区税务局", "东城分局")
    (False, False, False)
    """
    branch = _FIELD_BRANCH.fullmatch(right) if right.endswith("分局") else None
    return branch is not None and branch.group(1) not in left


def resolved(tables: list[list[list[str]]], lines: list[str]) -> list[list[list[str]]]:
    """The tables with each ``UNSURE`` mark in their cells read: ``、`` where the names on its two sides are two
    units (``two_names``, the vocabulary of every cell and of the document's ``lines`` outside the tables), else
    nothing (the lines one name, as before). Tables with no mark are returned as they are.

    >>> resolved([[["中共某县委" + UNSURE + "宣传部", "甲"]]], ["（牵头单位：县财政局）"])
    [[['中共某县委宣传部', '甲']]]
    """
    if not any(UNSURE in cell for table in tables for row in table for cell in row):
        return tables
    seen = vocabulary([cell for table in tables for row in table for cell in row] + list(lines))
    return [[[_read(cell, seen) if UNSURE in cell else cell for cell in row] for row in table] for table in tables]


def _read(cell: str, seen: frozenset[str]) -> str:
    """One cell's marks read left to right, each name on the left the one its line ends after the marks before.

    >>> _read("徐汇区政府" + UNSURE + "长宁区政府" + UNSURE + "普陀区政府", frozenset())
    '徐汇区政府、长宁区政府、普陀区政府'
    """
    parts = cell.split(UNSURE)
    out = parts[0]
    for part in parts[1:]:
        left, right = out.rsplit("、", 1)[-1], part.split("、", 1)[0].split(UNSURE, 1)[0]
        out += ("、" if two_names(left, right, seen) else "") + part
    return out
