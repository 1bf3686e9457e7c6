"""Unit names: whether words name a body (a department, a government, a company, a collective), how a name ends,
and where a run of names written together splits.

>>> is_unit_name("市交通委（计划财务处）"), is_unit_name("全国"), is_unit_name("200辆")
(True, False, False)
"""

from __future__ import annotations

from reformgraph.regexcache import compiled
from reformgraph.unit_forms import CLIPPED

# How the name of a body ends (after a bracketed part such as （计划财务处） is dropped).
# how a body's name ends (a tuple: ``str.endswith`` is one C loop; a regex anchored at the end was tried at every
# character of the name)
_UNIT_ENDS = (
    "部",
    "委",
    "局",
    "办",
    "厅",
    "署",
    "司",
    "会",
    "院",
    "行",
    "政府",
    "中心",
    "单位",
    "部门",
    "机构",
    "集团",
    "公司",
    "企业",
    "国企",  # round 63 heldout4: 区属国企, 市属国企 (the state enterprises a government owns, as 区属企业); 央企 likewise
    "央企",
    "主体",
    "街道",
    "镇",
    "乡",
    "区",
    "县",
    "市",
    "州",
    "室",
    "处",
    "所",
    "站",
    "队",
    "团",
    "社",
    "组",
    "联",
    "中央",
    "科",
    "股",
    "馆",
    "校",
    "园",
    "班",
    "政府办",
    "有关方面",
    "相关方面",
    "部门和地方",  # round 40: 有关部门和地方, 国务院相关部门和地方 (one collective, as 部门和单位)
    "各地",  # round 40: （国家发展改革委牵头，各地按职责分工负责）, as 各地区
    "地方",  # round 40: 有关地方, 各地方 (a collective of the local governments; 地方 alone is a generic noun)
    # 天津海关, 公安机关, 市气象台, 市广播电视台, 市科协, 市政协, 某大学, 各镇街, 各村（社区）
    "海关",
    "机关",
    "气象台",
    "电视台",
    "电台",
    "协",
    "大学",
    "中小学",
    "小学",
    "中学",
    "中专",
    "职专",
    "镇街",
    # round 65: a new town's administration named by its area, as 新区 and 工业区 are (嘉定新城（马陆镇）, one with the
    # town's government; 临港新城)
    "新城",
    "村",
    "社区",
    "车间",
    "林场",  # round 41: 区林业局林场, 县国有林场 (a state forest farm, a public body; 国有林场 as a kind: prose)
    "团场",  # round 42: 各团场, 一四三团场 (新疆生产建设兵团's regiment farms, the level under a 师市)
    "苏木",  # round 42: 各苏木, 嘎查 (内蒙古's townships and villages, as 乡 and 村 elsewhere)
    "嘎查",
    "农场",  # round 42: 各农场, 友谊农场, 各牧场 (a 农垦 group's farms; 家庭农场 is a kind of farm business: ``is_unit_name``)
    "牧场",
    "网格",
    "庭",  # round 44: a court's divisions (立案庭, 民一庭, 民事审判第一庭, 人民法庭); not 家庭 (``is_unit_name``)
    # the posts of the 河长制 and its kin, as a collective of those who hold them: 各村（社区）河长, 镇级林长
    "河长",
    "湖长",
    "林长",
    "田长",
    "路长",
    "网格长",
    # round 58: a party's or the youth league's organisations (各基层党组织, 各社区党组织, 各级团组织), bodies of their own
    # (组织 alone stays a generic noun: ``GENERIC_NOUNS``)
    "党组织",
    "团组织",
    # round 81 heldout27: a joint meeting named by its place and business (市生活垃圾分类减量推进工作联席会议牵头制订…),
    # a body as a 领导小组 is; a meeting held or built, or one written bare, is none (``is_unit_name``)
    "联席会议",
)
# the last characters of those endings: a filter of one set lookup before a list's names are read (round 40: a
# filter of its own had missed 部门, 单位, 机构, 专班, 街道 …)
_UNIT_ENDS_LAST = frozenset(end[-1] for end in _UNIT_ENDS)
UNIT_LAST_CHARACTERS = _UNIT_ENDS_LAST | {"师"}  # 各师, 第八师: ``is_unit_name``
# Words that are never a unit by themselves (a list's "和单位", "等部门"); collectives with a
# qualifier (有关部门, 有关方面) are units.
GENERIC_NOUNS = frozenset(
    {"部门", "单位", "机构", "地方", "方面", "企业", "集团", "公司", "有限公司", "中心", "主体", "政府", "组织"}
    | {"国企", "央企"}  # round 63 heldout4: as 企业 alone
    # round 63 heldout4: the street office of wherever a rule applies (由街道负责指定…), as 政府 alone; 各街道 and a
    # street named (石泉路街道) stay units
    | {"街道"}
    # round 42: 人民政府 alone as 政府 alone, an organ of the places named before it (各市州党委和人民政府: one
    # collective, as 各地党委和政府; before, 各市州党委 and a unit 人民政府)
    | {"人民政府"}
    # round 41: the offices of a 局, a 镇, a school or a hospital named by their kind alone (科室负责人：张某 is a
    # person's label, not the unit 科室 before 负责人：); 各科室, 相关股室, 各临床科室 stay collectives
    | {"科室", "股室", "处室", "部室", "站所"}
)
# the kinds of body an open list of social organisations ends with (工会、共青团、妇联等群团组织): its members are
# named before 等, the kind adds nobody (round 42; before, 妇联等群团组织 was one unit)
ORGANISATION_KINDS = frozenset({"群团组织", "人民团体", "群众团体", "社会组织"})
# kinds of public-service body written bare, with no place, owner or 各 before them (中小学校要落实陪餐制度,
# 幼儿园要…): a kind, not a unit, as the subject of what it must do (round 41; 各中小学校, 县实验小学 stay units)
INSTITUTION_KINDS = frozenset(
    {"学校", "中小学校", "中小学", "高校", "高等学校", "幼儿园", "托育机构", "医院", "医疗机构", "卫生院", "乡镇卫生院"}
    | {"养老机构", "村卫生室", "义务教育学校", "医疗卫生机构", "基层医疗卫生机构", "定点医疗机构", "林场", "国有林场"}
    # round 69: a transport kind written bare (held-out 60 line 55, 车站每半年应组织…演练: no unit; 各轨道交通车站 stays one)
    | {"车站", "地铁车站", "轨道交通车站", "地铁站", "客运站"}
)
# the neighbourhood's actors written bare, one of each in every neighbourhood or street, no unit (round 67 heldout11):
# 物业公司, 居委, 业委会, 街面网格 (物业公司要及时…; 由街面网格负责前端管理: held-out 56; held-out 06 reads 由居委纳入…，
# 会同物业… so); a named one is a unit (某某物业公司, 各居委会, 环卫公司 heading its duties), and so is a committee
# written in full (村委会, 居委会: held-out 47, 06); round 77 heldout22: no duty's head either (3．物业公司：…, 4．业委会：…
# in a street's 职责分工, held-out 89)
NEIGHBOURHOOD_ACTORS = frozenset(("物业", "物业公司", "居委", "业委会", "网格", "街面网格"))
# round 43: a level, ownership or grade word before a kind still names the kind, a body of each place of that level
# (由县级医院牵头，其他若干家县级医疗卫生机构…为成员单位: how a 医共体 is made, no task's units)
_KIND_QUALIFIERS = compiled(
    r"(?:其他|其它)?(?:若干家?|各类)?(?:(?:县|市|区|省|镇|乡|村)级|公立|民营|二级(?:及)?以上|三级)+"
)


def is_institution_kind(name: str) -> bool:
    """True for a kind of public-service body written bare (``医院``) or after a level or grade (``县级医院``).

    >>> is_institution_kind("县级医院"), is_institution_kind("其他若干家县级医疗卫生机构"), is_institution_kind("中小学校")
    (True, True, True)
    >>> is_institution_kind("县人民医院"), is_institution_kind("各中小学校"), is_institution_kind("县级财政部门")
    (False, False, False)
    """
    if name in INSTITUTION_KINDS:
        return True
    qualifiers = _KIND_QUALIFIERS.match(name)
    return qualifiers is not None and qualifiers.end() > 0 and name[qualifiers.end() :] in INSTITUTION_KINDS


_TRAILING_BRACKETS = compiled(r"[（(〔][^（()）〔〕]*[)）〕]$")  # 〔〕 too: 各镇〔街道〕 (round 31)
_TRAILING_CLOSERS = frozenset(")）〕\n")  # the last character of a name ``_TRAILING_BRACKETS`` may match in
_NOT_A_NAME = compiled(r"[\d%％:：。；;！？!?“”\"《》]|[的对在将把从向以使]")
# a public service number inside a body's name (12345, 12315, 110, 120): three or five digits opening with 1, no
# date, count or amount after them (round 30)
_HOTLINE = compiled(r"(?<!\d)1\d{2}(?:\d{2})?(?![\d年月日号%％万亿元个项条家户人次岁天小分秒.．])")
# a task's opening verb: no body's name starts so (推进企业开办 ends like 市重大办, but is a task; round 25)
_TASK_VERB = compiled(
    r"推进|加强|深化|建立|完善|推动|开展|落实|提升|优化|健全|强化|加快|促进|规范|探索|推行|构建|打造|做好|简化|压缩"
    r"|取消|扩大|提高|降低|制定|出台|全面|持续|积极|大力|严格|鼓励|实行|完成|确保|力争|组织开展"
    r"|创建|实施|新建|改建|扩建|培育|引导|支持|组建|搭建|建成|启动|保护|动员"  # round 28: 创建示范社区 (not 建设: 建设管理委)
)
# round 74 sweep74: more such verbs, found before a body's name or a place's (明确街镇负责…, 充分利用轨道交通内既有高架车站:
# a line of a hard-wrapped text opening so was read as a unit's); no lead or partner of the corpus's expected files
# opens with one (组织, 协调, 督导, 服务 do: 组织人事科, 督导室). Asked by their first character, a set's test, so
# that a name costs no more regex branches
_MORE_TASK_VERBS = tuple("明确 利用 充分 督促 要求 依托 结合 围绕 聚焦 通过 加大 发挥 坚持".split())
_MORE_TASK_VERB_FIRSTS = frozenset(verb[0] for verb in _MORE_TASK_VERBS)
# round 81 heldout27: an adverb a verb of work may open with (进一步加强政府对…的组织领导 was read as a body's name); no
# name opens with one before such a verb (继续教育学院: 继续, then no verb of work)
_ADVERB_OF_WORK = compiled(r"进一步|切实|着力|继续")
_ADVERB_FIRSTS = frozenset("进切着继")
# the places a joint meeting's name opens with (市…联席会议, 县“双随机、一公开”联席会议, 国务院…部际联席会议)
_MEETING_PLACE_FIRST = frozenset("国省市县区乡镇街州旗盟")
# a short quoted word inside a name: 区“两旧”专班 (the quotes are dropped before the name test)
_QUOTED_WORD = compiled(r"“[^“”。，；]{1,8}”")


# fixed words holding a sentence particle (以, 对, 在) that bodies are named after: 项目所在乡镇 (round 34), 各地级以上市
# (round 38), and the programmes of 2023-2025 with their 专班 and offices: 市以旧换新工作专班, 市以工代赈办公室,
# 市对口支援办, 市委对台工作办公室, 市对外贸易发展中心 (round 40); the works under way firms are named by (各在建项目
# 施工企业, 各在建工地施工单位: round 58 left23)
_WORKS_UNDER_WAY = ("在建项目", "在建工地", "在建工程")
_NAME_WORDS_WITH_PARTICLE = ("所在", "级以上", "以旧换新", "以工代赈", "对口", "对外", "对台", *_WORKS_UNDER_WAY)


def _without_name_words(core: str) -> str:
    """``core`` without the service numbers and particle-holding fixed words a body's name may contain, for the
    test of sentence words (only reached when that test has already found one).

    >>> _without_name_words("市以旧换新工作专班"), _without_name_words("市公安局110指挥中心")
    ('市工作专班', '市公安局指挥中心')
    >>> _without_name_words("将对口支援资金用于")
    '将支援资金用于'
    """
    core = _HOTLINE.sub("", core)
    for word in _NAME_WORDS_WITH_PARTICLE:  # a few short scans in C, cheaper than one regex of them
        core = core.replace(word, "")
    return core


# a name that is a kind of body, no body: 相关部门, 实施主体, and a 厅's or hospital's offices as a kind (各牵头处室,
# 配合科室: the offices of a 分工表's columns, which no office is named; round 41; before, only prose.py and duties.py
# each held a copy without 处室/科室)
_TYPE_ENDS = ("部门", "单位", "机构", "方面", "地区", "地方", "企业", "主体", "处室", "科室")


# an authority named by the act it performs on an applicant's case (项目备案机关, 审批机关, 登记机关): whichever body
# does that act, no body the plan names (round 70, held-out 52 line 84); not the kinds of organ a plan names as
# partners (公安机关, 监察机关: held-out 38) nor a body's own name (县纪委监委机关, 市机关事务管理局)
_ACT_AUTHORITY = compiled(r"^[^省市县区镇乡]{0,6}?(?:备案|审批|登记|发证|许可|受理|核准|审核|批准|颁证)机关$")
_TYPE_OR_AUTHORITY_ENDS = (*_TYPE_ENDS, "机关")


def names_a_type(name: str) -> bool:
    """True when ``name`` ends in the noun of a kind of body (部门, 单位, 处室 …), or names an authority by its act
    (``项目备案机关``, round 70), not in a body's own name.

    >>> names_a_type("各牵头处室"), names_a_type("配合科室"), names_a_type("有关部门"), names_a_type("规划信息处")
    (True, True, True, False)
    >>> names_a_type("项目备案机关"), names_a_type("审批机关"), names_a_type("公安机关"), names_a_type("县纪委监委机关")
    (True, True, False, False)
    """
    if not name.endswith(_TYPE_OR_AUTHORITY_ENDS):
        return False  # most names: one call in C
    return not name.endswith("机关") or _ACT_AUTHORITY.match(name) is not None


_COLLECTIVE = compiled(
    r"^(?:各|有关|相关|其他|其它|全市|全国)|(?:有关|相关|其他|各)(?:部门|单位|方面|机构|地区|主管部门)(?:和单位)?$"
)


def is_collective(name: str) -> bool:
    """True for a name that stands for many bodies: 各区政府, 有关部门, 市级相关部门, 各有关部门和单位.

    >>> is_collective("市级相关部门"), is_collective("各区政府"), is_collective("市财政局")
    (True, True, False)
    """
    return bool(_COLLECTIVE.search(name))


def strip_name_brackets(name: str) -> str:
    """The name without trailing bracketed parts: ``市交通委（计划财务处）`` → ``市交通委``.

    A name whose last character is no closing bracket (nor a line break, before which ``$`` matches too) has none:
    returned as it is, with no regex call (most names: ``is_unit_name`` asks at each).

    >>> strip_name_brackets("市交通委（计划财务处）（试行）"), strip_name_brackets("市财政局"), strip_name_brackets("")
    ('市交通委', '市财政局', '')
    """
    if name[-1:] not in _TRAILING_CLOSERS:
        return name
    while True:
        stripped = _TRAILING_BRACKETS.sub("", name)
        if stripped == name:
            return name
        name = stripped


def opens_like_a_task(text: str) -> bool:
    """True when ``text`` opens with a verb a task opens with (``推进…``, ``建设智慧社区``): in a table row's cells, the
    task's words, though they end as a unit's name does (…社区, …中心). 建设 counts here, not in ``is_unit_name``,
    where 建设管理委 and 建设处 are names.

    >>> opens_like_a_task("建设智慧社区"), opens_like_a_task("创建示范社区"), opens_like_a_task("区民政局")
    (True, True, False)
    """
    return text.startswith("建设") or _TASK_VERB.match(text) is not None


# the run of levels a collective of every body of those levels opens with (各省、自治区、直辖市及计划单列市、新疆生产
# 建设兵团…): a long name is one when its body after them is short (round 40)
_LEVELS_RUN = compiled(r"(?:各|有关|相关)(?:省|自治区|直辖市|计划单列市|新疆生产建设兵团|副省级城市|[、和及])+")


# levels listed, then counted: 省、市、县三级…, 县、乡、村三级…, 市、区、街道三级… (round 44)
_COUNTED_LEVELS = compiled(r"(?:[省市县区乡镇村]|街道|社区)(?:、(?:[省市县区乡镇村]|街道|社区))+[两二三四五]级")


# what follows 贵 in an addressee's name for itself: 贵局, 贵委, 贵办, 贵厅, 贵部, 贵院, 贵校, 贵司, 贵处, 贵科, 贵所, 贵会,
# 贵单位, 贵中心, 贵公司 (贵州, 贵阳, 贵港, 贵溪 and 贵池 go on otherwise)
_ADDRESSEE_KINDS = frozenset("局委办厅部院校司处科所会单中公")


# the rest of a name's last word, which no name opens with (a line the margin broke: ``…领导小组办`` / ``公室``)
_WORDS_RESTS = ("公室", "公厅", "员会", "导小组")
_RESTS_FIRST = frozenset(rest[0] for rest in _WORDS_RESTS)
_PLACE_BEFORE_DENG = 4  # characters: the longest place name a level counts after (黄浦、静安等区; 乌鲁木齐等市)


def is_unit_name(name: str) -> bool:
    """True when ``name`` reads as the name of a body: short, no sentence words, a unit-like ending.

    >>> is_unit_name("区“两旧”专班"), is_unit_name("推进“两旧”改造"), is_unit_name("推进企业开办")
    (True, False, False)
    >>> is_unit_name("创建示范社区"), is_unit_name("建设处")
    (False, True)
    >>> is_unit_name("市12345热线办"), is_unit_name("市公安局110指挥中心"), is_unit_name("新建120个站点")
    (True, True, False)
    >>> is_unit_name("各村（社区）河长"), is_unit_name("镇级林长"), is_unit_name("延长")
    (True, True, False)
    >>> is_unit_name("市发改"), is_unit_name("县住建"), is_unit_name("市财政资金"), is_unit_name("按责任单位")
    (True, True, False, False)
    >>> is_unit_name("政策法规司"), is_unit_name("各地级以上市人民政府"), is_unit_name("规模以上企业")
    (True, True, False)
    >>> is_unit_name("市以旧换新工作专班"), is_unit_name("市对口支援办"), is_unit_name("开展以旧换新活动")
    (True, True, False)
    >>> is_unit_name("各省、自治区、直辖市及计划单列市、新疆生产建设兵团工业和信息化主管部门")
    True
    >>> is_unit_name("保护司"), is_unit_name("保护生态")
    (True, False)
    >>> is_unit_name("各团场"), is_unit_name("团场"), is_unit_name("各苏木"), is_unit_name("各嘎查")  # round 42
    (True, True, True, True)
    >>> is_unit_name("各师"), is_unit_name("第八师"), is_unit_name("各农场"), is_unit_name("各牧场")  # round 42
    (True, True, True, True)
    >>> is_unit_name("教师"), is_unit_name("律师"), is_unit_name("家庭农场"), is_unit_name("专任教师")
    (False, False, False, False)
    >>> is_unit_name("城市运行"), is_unit_name("安全通行"), is_unit_name("市农发行"), is_unit_name("人民银行某市分行")
    (False, False, True, True)
    >>> is_unit_name("住房城乡"), is_unit_name("统筹城乡"), is_unit_name("古城乡"), is_unit_name("各乡")  # round 62
    (False, False, True, True)
    >>> is_unit_name("县、乡、村三级文明实践阵地"), is_unit_name("市、区、街道三级残联组织"), is_unit_name("三级阵地")
    (True, True, False)
    >>> is_unit_name("立案庭"), is_unit_name("民事审判第一庭"), is_unit_name("各人民法庭"), is_unit_name("困难家庭")
    (True, True, True, False)
    >>> is_unit_name("社区运动会"), is_unit_name("读书分享会"), is_unit_name("社区居委会"), is_unit_name("区工商联合会")
    (False, False, True, True)
    >>> is_unit_name("中石油"), is_unit_name("国家电网"), is_unit_name("石化"), is_unit_name("电网")
    (True, True, False, False)
    >>> is_unit_name("各乡镇建成微型消防站"), is_unit_name("各乡镇综治中心")  # round 54
    (False, True)
    >>> is_unit_name("问题转办"), is_unit_name("事项交办"), is_unit_name("县委督查办"), is_unit_name("县政府办")  # round 63
    (False, False, True, True)
    >>> is_unit_name("我中心"), is_unit_name("我局办公室"), is_unit_name("县农业技术推广中心")  # round 75
    (False, False, True)
    >>> is_unit_name("贵局"), is_unit_name("贵单位"), is_unit_name("你委"), is_unit_name("贵州省发展改革委")  # round 76
    (False, False, False, True)
    >>> is_unit_name("区级文物保护单位"), is_unit_name("区文物保护管理所"), is_unit_name("区文化局")  # round 78
    (False, True, True)
    >>> is_unit_name("公室"), is_unit_name("员会"), is_unit_name("标准化集贸市场等区"), is_unit_name("静安、长宁等区")
    (False, False, False, True)
    >>> is_unit_name("各村居"), is_unit_name("村居"), is_unit_name("进村居"), is_unit_name("农村居")  # round 80
    (True, False, False, False)
    >>> is_unit_name("市生活垃圾分类减量推进工作联席会议"), is_unit_name("召开联席会议"), is_unit_name("联席会议")  # 81
    (True, False, False)
    >>> is_unit_name("进一步加强政府"), is_unit_name("切实加强区政府"), is_unit_name("继续教育学院")  # round 81
    (False, False, True)
    """
    if len(name) > 31 and name[-1] not in "）)" and "“" not in name and _LEVELS_RUN.match(name) is None:
        return False  # too long, with no bracket or quoted word to drop: no name (a long span costs no regex)
    core = strip_name_brackets(name).removesuffix("等")
    if len(core) > 30 and (levels := _LEVELS_RUN.match(core)) is not None:
        core = core[levels.end() :]  # the body the levels share: 工业和信息化主管部门 (round 40)
    if "“" in core:
        core = _QUOTED_WORD.sub("", core)
    if not 2 <= len(core) <= 30 or core in GENERIC_NOUNS or core[0] in "按依我你":
        return False  # 按责任单位, 按部门: how a table is ordered, no body (round 36); 我局, 我中心: the writer of a
        # reply or a letter speaking of itself (已收到，我中心负责的第3项…), no name (round 75); 你局: its reader
    if core[0] == "贵" and core[1] in _ADDRESSEE_KINDS:
        return False  # 贵局, 贵单位: the one a reply or a letter is addressed to, no name (round 76; 贵州, 贵阳 are)
    if _NOT_A_NAME.search(core) and _NOT_A_NAME.search(_without_name_words(core)):
        return False  # a digit only in a service number (市12345热线办, 市公安局110指挥中心) is a name's, and 在 of
        # 项目所在乡镇人民政府 too (round 34), 以 of 各地级以上市 (round 38), 以 of 市以旧换新工作专班 (round 40)
    if core in _COMPANIES_SHORT:  # 电信、移动、联通某某分公司 (round 48), 中石油、中石化某某分公司 (round 49)
        return True  # companies by their short names
    if (core[-1] not in _UNIT_ENDS_LAST or not core.endswith(_UNIT_ENDS)) and (
        len(core) > 6 or CLIPPED.fullmatch(core) is None
    ):  # 市发改, 县住建 (round 34); (the last character asked first: the tuple's loop costs ~7 k for a sentence)
        if "级" in core and _COUNTED_LEVELS.match(core) is not None:
            return True  # 县、乡、村三级文明实践阵地: the bodies of the levels counted, whatever they are (round 44)
        if core[-1] == "居" and core[-2] == "村":
            return core[0] == "各" and len(core) == 3  # 各村居: every village and neighbourhood, as 各居村 (round 80)
        return core[-1] == "师" and _DIVISION.fullmatch(core) is not None  # 各师, 第八师 (not 教师, 律师)
    if core[-1] == "议" and (len(core) < 5 or core[0] not in _MEETING_PLACE_FIRST):
        return False  # 召开联席会议, 完善联席会议, 联席会议: a meeting held, built or bare names no body (round 81)
    if core[0] in _RESTS_FIRST and core.startswith(_WORDS_RESTS):
        return False  # 公室 of 办公室, 员会 of 委员会: a name the margin broke, its head on the line above (round 79)
    if core[-2] == "等" and len(core) - 2 - max(core.rfind("、"), core.rfind("和")) > _PLACE_BEFORE_DENG:
        return False  # 标准化集贸市场等区 (of 等区域): places so counted are short names (静安、长宁等区), round 79
    if core[-1] == "场" and core.endswith(_FARM_KINDS):
        return False  # 家庭农场: a kind of farm business, no body (round 42)
    if core[-1] == "庭" and core.endswith(_NOT_COURTS):
        return False  # 困难家庭, 低保家庭: households, no court's division (round 44)
    if core[-1] == "位" and core.endswith(_SITES_IN_DANWEI):
        return False  # 区级文物保护单位由区文化局…编制: a class of protected site, no body (round 78 heldout23)
    if core[-1] == "会" and core.endswith(_EVENTS_IN_HUI):
        return False  # 社区运动会, 读书分享会: an event or a meeting, no body (round 48)
    if core[-1] == "行" and core.endswith(_WORK_IN_XING):
        return False  # 城市运行 (of a heading 城市运行保障): work, not a bank (round 43)
    if core[-1] == "乡" and core.endswith(_FIELDS_IN_XIANG):
        return False  # 住房城乡 (of a sector list 住房城乡建设、商务…): a field, not a township (round 62)
    if core[-1] == "办" and core.endswith(_WORK_IN_BAN):
        return False  # 问题转办 (a procedure's step 4.问题转办：…): a matter passed on, not an office (round 63)
    if core[0] == "各" and (place := _EACH_PLACE.match(core)) is not None and _TASK_VERB.match(core, place.end()):
        return False  # 各乡镇建成微型消防站: every body of a level and the work it does, no name (round 54)
    adverb = _ADVERB_OF_WORK.match(core) if core[0] in _ADVERB_FIRSTS else None
    verb = _TASK_VERB.match(core, adverb.end() if adverb is not None else 0)
    if adverb is not None and verb is not None:
        return False  # 进一步加强政府(对…的组织领导): an adverb and a verb of work open a sentence, no name (round 81)
    if verb is None and core[0] in _MORE_TASK_VERB_FIRSTS and core.startswith(_MORE_TASK_VERBS):
        return _office_named_by_its_work(core, 2)  # 明确街镇, 充分利用…车站 (round 74)
    return verb is None or _office_named_by_its_work(core, verb.end())


# every body of a level, named by its place alone (各乡镇, 各县（市、区）, 各村（社区）): round 54
_EACH_PLACE = compiled(r"各(?:乡镇|街道|社区|[省市县区乡镇村])+(?:（[^（）]{1,8}）)?")


def shares_each(name: str, first: str) -> bool:
    """True for a level written bare (``街道``, ``镇``) in a list that ``first``, an 各 collective, opens.

    ``各镇、街道、开发区：按照本辖区…`` names every town and every street office: the 各 opening the list is shared by
    the bare level after it (round 63 heldout6). A level with no 各 before it is no body (``街道：`` alone).

    A kind of body a level owns or runs (``区管企业``, ``区属企业``, ``市属国有企业``) shares it too: ``（九）各街镇、区管企业``
    heads the duties of every town and of every enterprise the district runs (round 76 heldout21). A kind nobody owns
    (``建设单位``, ``物业服务企业``: the actors a plan binds) does not, nor the owned kind with no 各 before it.

    >>> shares_each("街道", "各镇"), shares_each("街道", "区绿化市容局"), shares_each("道路", "各镇")
    (True, False, False)
    >>> shares_each("区管企业", "各街镇"), shares_each("建设单位", "各街镇"), shares_each("区管企业", "区财政局")
    (True, False, False)
    """
    if first[:1] != "各" or not is_collective(first):
        return False
    return _EACH_PLACE.fullmatch("各" + name) is not None or _LEVEL_OWNED.fullmatch(name) is not None


# a kind of body a level owns or runs, named by the level and 管/属 (区管企业, 市属国有企业, 镇属单位): round 76 heldout21
_LEVEL_OWNED = compiled(r"[市区县镇乡][管属](?:国有)?(?:企业|国企|单位|公司)")


def opens_with_an_owned_kind(piece: str) -> bool:
    """Whether a list's item ``piece`` opens with a kind of body a level owns or runs, the level and 管/属 before the
    kind (``区属企业``, ``县管企业``, ``市属国有企业负责``): a body of its own, not one more level of a collective
    before it (round 77 left47).

    >>> opens_with_an_owned_kind("区属企业"), opens_with_an_owned_kind("县属企业负责"), opens_with_an_owned_kind("区财政局")
    (True, True, False)
    >>> opens_with_an_owned_kind("属地企业"), opens_with_an_owned_kind("县人民政府")
    (False, False)
    """
    return piece[1:2] in "属管" and _LEVEL_OWNED.match(piece) is not None


# the telecom operators and the tower company (round 48), the oil companies and the grids (round 49) as a plan lists
# them by their short names, the branch's name written once after the last (电信、移动、联通某某分公司负责…,
# 中石油、中石化某某分公司负责…); as written, not expanded (SPEC.md). Not 石油, 石化, 电网 alone (石化产业, 电网运行)
_COMPANIES_SHORT = frozenset(
    ("电信", "移动", "联通", "铁塔", "中国电信", "中国移动", "中国联通", "中国铁塔")
    + ("中石油", "中石化", "中海油", "中国石油", "中国石化", "中国海油", "国家电网", "国网", "南方电网", "南网")
)


# a division of the 新疆生产建设兵团 (round 42): 各师, 第八师, 兵团第十二师; a 师 written after any other word is a
# person's trade (教师, 律师, 医师)
_DIVISION = compiled(r"(?:兵团)?(?:各|第[一二三四五六七八九十]{1,3})师")
_FARM_KINDS = ("家庭农场", "家庭牧场")
# a matter's handling that ends in 办 as an office's short name does (县政府办, 市对口支援办): 转办, 交办, 承办 … (round 63;
# not 督查办, 督办: an office's names)
_WORK_IN_BAN = ("转办", "交办", "承办", "代办", "帮办", "领办", "催办")
# a heritage site's class named in 单位 as a body's name is (文物保护单位, 全国重点文物保护单位): no body (round 78)
_SITES_IN_DANWEI = ("文物保护单位",)
_NOT_COURTS = ("家庭", "门庭", "前庭", "中庭", "天庭")  # words in 庭 that name no court's division (round 44)
# events and meetings named in 会 as a body's name is (委员会, 居委会, 商会, 协会): a heading （四）社区运动会 under a
# 任务分工 heading read as the unit of the paragraph under it before round 48 (not 年会: 基督教青年会 is a body)
_EVENTS_IN_HUI = (
    "运动会", "博览会", "展销会", "展览会", "交易会", "洽谈会", "座谈会", "推进会", "联欢会", "分享会", "发布会", "招聘会",
    "见面会", "动员会", "现场会", "培训会", "交流会", "研讨会", "推介会", "对接会", "表彰会", "报告会", "茶话会", "恳谈会",
    "调度会", "部署会", "听证会", "音乐会", "演唱会", "晚会", "庙会", "灯会", "峰会",
)  # fmt: skip
# words for work that end in 行 as a bank's name does (银行, 分行; 农发行 is a bank's short name, so 发行 is not here):
# a heading 二、城市运行保障 read as ``城市运行`` ensuring (保障) before round 43
_WORK_IN_XING = ("运行", "执行", "进行", "履行", "通行", "出行", "施行", "试行", "实行", "推行", "先行", "旅行", "流行")
# words in 城乡 (urban and rural) that name a field of work, no township (古城乡 is one): round 62 heldout3
_FIELDS_IN_XIANG = ("住房城乡", "统筹城乡")


# the offices a department calls by its work's word alone (保护司, 实施处, 创建办): round 41
_OFFICE_ENDS = "司处科室办"


def _office_named_by_its_work(core: str, verb_end: int) -> bool:
    """Whether ``core``, opening with a task verb that ends at ``verb_end``, is an office's short name: the verb, at
    most one more character and an office's ending (a ministry's 野生动植物保护司 called 保护司 in its own plan's
    lists; before round 41 a task's words, so ``生态司和保护司参与`` was one support). No task is written so short.

    >>> _office_named_by_its_work("保护司", 2), _office_named_by_its_work("保护地司", 2)
    (True, True)
    >>> _office_named_by_its_work("保护区", 2), _office_named_by_its_work("支持企业办", 2)
    (False, False)
    """
    return len(core) - verb_end in (1, 2) and core[-1] in _OFFICE_ENDS


# how the names of posts and office-holders end (各分管领导, 班子成员, 各股室负责人): people, no body
# (包村干部 are a plan's workers: kept). Round 42: and the staff posts a plan gives work to (各班主任, 各网格员,
# 村两委成员, 各任课教师): no body's name ends in 员 or 主任 (委员会, 成员单位 end otherwise). A coordination graph joins
# bodies: a post is people of a body, and as a node it would join class teachers of every school into one unit
_POST_ENDS = ("领导", "负责人", "负责同志", "员", "班子", "书记", "主任", "教师", "老师")
# round 44: the heads of offices, courts' divisions, stations and schools alone (科长, 庭长, 所长 …; not 河长, 网格长:
# the 河长制's posts are the collective of those who hold them, ``_UNIT_ENDS``)
_POST_ENDS += ("科长", "处长", "局长", "所长", "庭长", "院长", "部长", "镇长", "乡长", "站长", "队长", "校长", "组长")
# round 80 fresh80: a post and how its holder takes part, written after a unit in its list (``县住房和城乡建设局，局主要
# 负责同志亲自抓``, ``主要负责人为第一责任人``): the holder, no body (before, a second unit 局主要负责同志亲自抓)
_POST_AT_WORK = compiled(
    r"(?:负责同志|负责人|领导|书记)(?:(?:亲自|具体)(?:抓|部署|过问|推动|协调)|为(?:第一|直接|主要)?责任人)$"
)
_AT_WORK_LAST = frozenset("抓署问动调人")
# a cheap first test of ``names_a_post``
POST_LAST_CHARACTERS = frozenset(end[-1] for end in _POST_ENDS) | _AT_WORK_LAST


def names_a_post(name: str) -> bool:
    """True when ``name`` names office-holders, not a body (``各分管领导``, ``班子成员``, ``各股室负责人``): a unit
    cell's people (round 38), and a task's anywhere (round 42: ``各班主任``, ``各网格员``, ``村两委成员``).

    >>> names_a_post("各分管领导"), names_a_post("班子成员"), names_a_post("各成员单位"), names_a_post("驻局纪检监察组")
    (True, True, False, False)
    >>> names_a_post("各班主任"), names_a_post("各网格员"), names_a_post("村两委"), names_a_post("县委老干部局")
    (True, True, False, False)
    >>> names_a_post("科长"), names_a_post("立案庭庭长"), names_a_post("各网格长"), names_a_post("各村（社区）河长")
    (True, True, False, False)
    >>> names_a_post("局主要负责同志亲自抓"), names_a_post("主要负责人为第一责任人"), names_a_post("县数据资源调度中心")
    (True, True, False)
    """
    return name.endswith(_POST_ENDS) or (name[-1:] in _AT_WORK_LAST and _POST_AT_WORK.search(name) is not None)


def has_unit_ending(name: str) -> bool:
    """True when ``name`` ends as a body's name does (局, 委, 司, 中心 …), not only clipped (市发改, 市教育).

    >>> has_unit_ending("市体育局"), has_unit_ending("市教育")
    (True, False)
    """
    return name.endswith(_UNIT_ENDS)


def ends_as_a_body(name: str) -> bool:
    """True when ``name`` ends as the commonest bodies' names do (局, 委, 办, 政府, 中心, 街镇, 集团 …): stricter than
    ``has_unit_ending`` (no 协, 会, 区, 企业), for a name found where a text's words could be (a line's start, a
    line alone under a task's: round 71 meta71, ``要加大统筹协…``, ``该为民办实事…``, ``范小区``).

    >>> ends_as_a_body("区规划资源局"), ends_as_a_body("属地街镇"), ends_as_a_body("要加大统筹协"), ends_as_a_body("范小区")
    (True, True, False, False)
    """
    return name.endswith(_BODY_ENDS)


_BODY_ENDS = tuple("局 委 办 办公室 厅 部门 中心 政府 街镇 街道 镇 队 院 署 公司 集团 所".split())


# a body's branch named by its area after the body's name (柳北大队 of 柳州市公安局交通警察支队, 宿城分局)
# round 40: a company's or a bank's branch too (中国电信股份有限公司中山分公司, 某农村商业银行某区支行)
_BRANCH = compiled(
    r"[\u4e00-\u9fff]{1,4}?(?:分局|大队|中队|派出所|分所|分中心|分院|管理所|监管所|分公司|支公司|分行|支行|营业部)"
)


_PLACE_LAST = frozenset("区县市镇乡旗")  # how a place's name ends: a name run's part so ending is a place, not a body

# round 81 fresh81: a word that opens with a place's character and names no place (市政工程, 市容; 区域, 县域): a name
# run's part so opening is an office of the body before it (市城市管理局市政工程管理处, 市城管局市容环境卫生管理处: one
# unit each); before, two units, 市政工程管理处 one. 市政府, 市政协, 市政务…, 市政法委 name the place's bodies; 市场 is
# left out: 市场监管局, a body's short name, may follow (市场管理科, a section, is round 67's ``_bodys_section``)
_PLACE_WORD = compiled(r"市(?:容|政(?:工程|设施|公用|养护|道路|桥梁|管理|园林))|区域|县域")


def name_run(name: str) -> list[int]:
    """Where a run of unit names written together splits (a list whose spaces a conversion dropped:
    ``市发展改革委  市财政局`` → ``市发展改革委市财政局``): the starts of its names, ``[0]`` for one name.

    A name splits where its first character comes again, three or more characters on, and both sides read
    as unit names; so 市委市政府督查室 and 市城市管理局 stay one name.

    >>> name_run("市发展改革委市财政局市税务局"), name_run("天津海关天津市商务局"), name_run("市委办公室市政府办公室")
    ([0, 6, 10], [0, 4], [0, 5])
    >>> name_run("市委市政府督查室"), name_run("市城市管理局"), name_run("市政务服务中心市民服务热线")
    ([0], [0], [0])
    >>> name_run("区纪委区监委机关"), name_run("区纪委区监委机关区委组织部")
    ([0], [0, 8])
    >>> name_run("柳州市公安局交通警察支队柳北大队"), name_run("宿迁市公安局宿城分局宿迁市财政局")
    ([0], [0, 10])
    >>> name_run("经开区经济发展局"), name_run("开发区开发建设局"), name_run("经开区财政局经开区经济发展局")
    ([0], [0], [0, 6])
    >>> name_run("中国电信股份有限公司中山分公司"), name_run("某水务集团有限公司某区分公司")
    ([0], [0])
    >>> name_run("教育部教育技术与资源发展中心"), name_run("中央组织部中央宣传部")
    ([0], [0, 5])
    >>> name_run("市文化广电旅游局市场管理科"), name_run("市民政局市财政局社保科")  # a body's section (round 67)
    ([0], [0, 4])
    >>> name_run("市城市管理局市政工程管理处"), name_run("市城管局市容环境卫生管理处"), name_run("市住建局市政府办公室")
    ([0], [0], [0, 4])
    """
    cuts = [0]
    first = name[0]
    at = name.find(first, 3)
    while at != -1:
        if (
            at - cuts[-1] >= 3
            and len(name) - at >= 3
            and is_unit_name(name[cuts[-1] : at])
            and is_unit_name(name[at:])
            and _BRANCH.match(name, at) is None
            and _PLACE_WORD.match(name, at) is None
            and not (name[at - 1] in _PLACE_LAST and name[-1] not in _PLACE_LAST)
            and not _ministrys_own(name, cuts[-1], at)
            and not _works_as_one(name, cuts[-1], at)
            and not _bodys_section(name[at:])
        ):  # 区纪委区监委机关, 区委社会工委区民政局: one organ, the two bodies working as one (合署办公; rounds 37, 43); 柳州市公安局交通警察支队
            # 柳北大队, 宿迁市公安局宿城分局: a body's branch named by its area, one unit (round 38); 经开区经济发展局: a
            # place (a zone) and its own department, one unit (round 40)
            cuts.append(at)
        at = name.find(first, max(at + 1, cuts[-1] + 3))
    return cuts


# a party committee's working committee (工委) and the government department it works as one with (合署办公), as
# 北京's plans write them, without a mark between: 市委社会工委市民政局, 区委教育工委区教委 (round 43)
_WORKING_COMMITTEE_PARTNERS = {
    "纪委": ("监委",),  # 区纪委区监委机关 (round 37)
    "社会工委": ("民政局",),
    "教育工委": ("教委", "教育委员会", "教育局"),
    "农工委": ("农业农村局", "农委"),
    "企业工委": ("国资委",),
    "科技工委": ("科委", "科学技术委员会"),
}


def _works_as_one(name: str, start: int, at: int) -> bool:
    """Whether ``name[start:at]`` is a party working committee and ``name[at:]`` opens with the department of its
    level it works as one with (one organ, as 区纪委区监委机关 is; before round 43, 区委社会工委区民政局 split in two).

    >>> _works_as_one("区委社会工委区民政局", 0, 6), _works_as_one("市委教育工委市教委", 0, 6)
    (True, True)
    >>> _works_as_one("区委社会工委区财政局", 0, 6), _works_as_one("市委组织部市委宣传部", 0, 5)
    (False, False)
    >>> _works_as_one("北京市委社会工委北京市民政局", 0, 8), _works_as_one("区纪委区监委机关", 0, 3)  # a longer place
    (True, True)
    """
    for committee, partners in _WORKING_COMMITTEE_PARTNERS.items():
        if name.endswith(committee, start, at):
            place = name[start : at - len(committee)].removesuffix("委")  # 北京市委社会工委 → 北京市
            return any(name.startswith(place + partner, at) for partner in partners)
    return False


_LOCAL_FIRST = frozenset("省市区县州盟旗镇乡街各团")  # how a local body's name opens (市委组织部, 区委宣传部)
_CENTRAL_OPENINGS = ("中央", "国家", "国务院", "全国")  # a national body of its own (中央组织部中央宣传部: two)


def opens_like_a_body(name: str) -> bool:
    """Whether ``name`` opens as a local body's name does (its place or level: 市委组织部, 各乡镇) or a national
    body's (国家林业和草原局), not as words (为区财政局, 中黑体字为…).

    >>> opens_like_a_body("县司法局"), opens_like_a_body("国家发展改革委"), opens_like_a_body("为区财政局")
    (True, True, False)
    """
    return name[:1] in _LOCAL_FIRST or name.startswith(_CENTRAL_OPENINGS)


# round 67 left37: a section (科, 股) of the body named before it, its own name opening with the body's first character
# (市文化广电旅游局市场管理科: 市场, a market, is no level); before, two units, 市场管理科 one of them
_SECTION_LAST = frozenset("科股")
# how a body's name ends, as a section's own words may hold one (社保科 of 市财政局社保科); vocab.BODY_NAME_LAST without
# the sections' and the places' (vocab reads this module: no import back)
_BODY_IN_A_SECTION = frozenset("局委办厅部室署院所队站心处府")


def _bodys_section(part: str) -> bool:
    """Whether ``part``, after a body's name in a run, is a section of that body (``市场管理科``): it ends with 科 or
    股 and names no body of its own before (``市财政局社保科`` does: a section of its own 市财政局).

    >>> _bodys_section("市场管理科"), _bodys_section("市财政局社保科"), _bodys_section("市财政局")
    (True, False, False)
    """
    return part[-1] in _SECTION_LAST and _BODY_IN_A_SECTION.isdisjoint(part[:-1])


def _ministrys_own(name: str, start: int, at: int) -> bool:
    """Whether ``name[at:]`` is the body ``name[start:at]``, a ministry, names as its own: a centre, an institute or
    a bureau named after the ministry's field (``教育部教育技术与资源发展中心``, ``农业农村部农业贸易促进中心``), one
    unit. Before round 41 the run split into 教育部 and 教育技术与资源发展中心.

    >>> _ministrys_own("教育部教育技术与资源发展中心", 0, 3), _ministrys_own("市委组织部市委宣传部", 0, 5)
    (True, False)

    A national body's 司 after it is its own too (``国家林业和草原局国有林场和种苗管理司``, round 41; before, 国家林业和草原局
    and 国有林场和种苗管理司), unless the 司 opens as a national body of its own does.

    >>> _ministrys_own("国家林业和草原局国有林场和种苗管理司", 0, 8), _ministrys_own("国家林业和草原局国家公园管理司", 0, 8)
    (True, False)
    """
    if name[start] in _LOCAL_FIRST or name.startswith(_CENTRAL_OPENINGS, at):
        return False
    if name[-1] == "司" and name[at - 1] in _NATIONAL_BODY_LAST:
        return True
    return name[at - 1] == "部" and name.startswith(name[start : start + 2], at)


_NATIONAL_BODY_LAST = frozenset("部局委署行")  # how a ministry's or a national bureau's name ends (国家林业和草原局)


_OFFICE_LAST = ("局", "委", "办", "厅", "部", "室", "署")  # how a government office's name ends
_OFFICE_PLACES = frozenset("省市区县州盟旗镇乡")  # the place an office's name opens with (市商务局, 区林业局)


def ends_with_namesake(before: str, inner: str) -> bool:
    """Whether ``before`` (a sentence's words) ends with the name of an office of the same place as ``inner``, one
    office's name in the bracket after it: ``…报送市商务局（市口岸办）`` names one office twice (a merged office's second
    name) glued to the sentence, as ``省市场监管局（省知识产权局）`` after a mark does (round 51: before, the bracket was
    read as the item's list of units in a plan whose bare brackets are lists).

    >>> ends_with_namesake("领导小组办公室设在市商务局", "市口岸办"), ends_with_namesake("建设区级养老服务中心", "区民政局")
    (True, False)
    >>> ends_with_namesake("报送市商务局", "市口岸办、市财政局"), ends_with_namesake("组织开展培训", "市人社局")
    (False, False)

    The Youth League's committee of a place is written with its place inside, 团省委 (round 62: the youth work
    group's office it hosts in its bracket):

    >>> ends_with_namesake("将完成情况报送团省委", "省委青年工作领导小组办公室"), ends_with_namesake("报送团省委", "市商务局")
    (True, False)
    """
    if (
        len(inner) < 3
        or inner[0] not in _OFFICE_PLACES
        or not inner.endswith(_OFFICE_LAST)
        or not before.endswith(_OFFICE_LAST)
        or any(mark in inner for mark in "、，,；;/")
    ):
        return False
    if before[-3:] == f"团{inner[0]}委":  # 团省委（省委…办公室）: the league's committee of the bracket's place
        return is_unit_name(inner)
    at = before.rfind(inner[0], 0, len(before) - 2)
    return at != -1 and is_unit_name(inner) and is_unit_name(before[at:])
