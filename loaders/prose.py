"""Roles written in prose: a paragraph that names units with a role but has no unit parenthetical.

Read in a paragraph that has no other assignment, about named units only (a collective or
a department type such as 各有关部门, 市公安交管部门 is never the subject of a prose role, but for
``是…责任主体`` below):

- ``由A、B牵头，会同C和D…`` / ``由A牵头，B、C等部门共同参与`` — A, B lead; C, D support;
- ``A、B牵头，C、D履行相应职责，E和F落实主体责任`` / ``由A牵头，B、C为成员单位`` — a clause that is
  only unit names and a lead or responsible verb (``A、B按职责分工负责``) leads; the clauses right after it
  that are unit names closed by a supporting verb or duty phrase (参与, 配合, 为成员单位, 履行相应职责,
  落实主体责任 …) support;
- ``A会同B、C…`` (``A要会同…``, ``经A会同…``; with no subject, the paragraph's subject) — A leads, B, C support;
- ``A负责编制…``, ``A牵头开展…``, ``A应指导B…`` at the start of a sentence — A leads; ``A牵头B建立…`` — B supports;
- ``A和B列出清单，会同C…`` — 会同 with no subject of its own: the units that open the sentence lead;
- ``A是…责任主体`` (``A为…责任主体``, ``A作为…责任主体``) — A leads; so does a collective of every body of one level (``各乡镇政府``,
  ``各街道办事处``, ``各区``; never ``各有关部门``, ``各级政府``), and a later ``负责会同B…`` / ``会同B…`` of the
  sentence with no subject of its own is A's (B supports);
- ``A应…和指导B…`` / ``A要…并负责…`` — a role verb joined by 和/并 to what A must do: A leads (not
  ``…的监督和指导``, ``督促指导和考核``, ``在…指导下``, ``和指导意见``);
- ``A要继续做好牵头工作`` — A leads;
- ``X应配合Y推进…`` — Y leads, X (collectives too) supports.

A list of units in prose spans at most ``_MAX_LIST`` characters, and a name holding a unit name, a modal
verb and more words (``区应急管理局应督促各街道办事处``) is a clause, never a subject.

>>> text = "海关总署要继续做好牵头工作，优化布局。要加大统筹协调力度，会同有关部门建立协调机制。"
>>> a = read_prose(text, 0, len(text))
>>> [(u.name, u.role) for u in a.units]
[('海关总署', 'lead'), ('有关部门', 'support')]
>>> read_prose("市、区交通运输部门负责公路超限运输许可。", 0, 19) is None
True
>>> t = "镇党政办具体负责汛期值班安排，镇派出所配合。"  # 具体 before the verb, as 要 (round 40)
>>> [(u.name, u.role) for u in read_prose(t, 0, len(t)).units]
[('镇党政办', 'lead'), ('镇派出所', 'support')]
>>> t = "市发展改革委会同有关部门制定了《实施方案》，现印发给你们。"  # who drafted it (round 40)
>>> read_prose(t, 0, len(t)) is None
True
>>> t = "各县（市、区）人民政府为责任主体，市商务局加强指导。"  # 为 as 是 (round 43)
>>> [(u.name, u.role) for u in read_prose(t, 0, len(t)).units]
[('各县（市、区）人民政府', 'lead'), ('市商务局', 'support')]
"""

from __future__ import annotations

import re
from functools import lru_cache
from operator import itemgetter

from reformgraph.loaders.date_words import PERIODS, POINT_PERIODS
from reformgraph.loaders.deadlines import parse_deadline
from reformgraph.loaders.people import a_leader_named
from reformgraph.loaders.plan_periods import during_the_campaign, stage_named
from reformgraph.loaders.roles import ASSISTS_ALONE, Assignment, RoleUnit, dedupe
from reformgraph.loaders.scan import split_outside
from reformgraph.loaders.text_deadlines import (
    states_as_of,
    text_deadline,
    whole_years_target,
    year_first_no_deadline,
    year_of_its_object,
)
from reformgraph.loaders.unit_lists import each_level_end, group_name_at, kind_spelled_out, read_units
from reformgraph.loaders.unit_names import (
    NEIGHBOURHOOD_ACTORS,
    ORGANISATION_KINDS,
    is_collective,
    is_institution_kind,
    is_unit_name,
    names_a_type,
    opens_like_a_body,
    shares_each,
)
from reformgraph.loaders.vocab import (
    ALL_LABELS,
    BODY_NAME_FIRST,
    BODY_NAME_LAST,
    DEADLINE_LABELS,
    ENUMERATED,
    FIRST_LISTED_LEADS,
    UNIT_LABELS,
    WITH,
    find_with,
    lone_role,
    unlisted_carried,
)
from reformgraph.regexcache import compiled

_SENTENCE = "。；;！？!?"
# the periods a clause of recurring work opens with, 每日 … 每年 (``date_words.PERIODS``), and 每季, clipped from 每季度
# (round 37). Every reader of a period in prose takes them from here (round 50; before, three lists written apart), and
# on purpose: ``_PARTNER_RECURRING`` leaves out 每季 (a partner's clause was read with the full words only, round 48);
# the verb after an item's units (``_ITEM_VERB``'s 每…) leaves out 每日 and 每天 (round 38 read it before they were periods,
# not weighed since); ``_recurring_words`` gives the clause for 每季, not the clipped word.
_RECURRING = (*("每" + p for p in PERIODS), "每季")
_CLAUSE = "，,：:"
# ``match``: at a clause's start (一是A…；二是B…: round 38); 经 not where it opens a name (经济发展局, 经开区管委会,
# 经信局, 经发办: round 44; 经发中心, a town's 经济发展服务中心: round 64)
_LEADING = compiled(
    r"(?:经(?!济|开区|信[局委办]|发(?:[局办委]|中心))|由|并|且|再|同时|另外|此外|要|将|明确|请|责成|[一二三四五六七八九十]是)+"
)
_MODAL = compiled(
    r"(?:要|将|应当|应|须|需|还要|还将|继续|统一|分别|共同|具体|可以|可)+$"
)  # A、B分别负责…: round 35; A具体负责…: round 40; A可以会同B…, what A may do with B: round 77 heldout22
_MODAL_LAST = frozenset("要将当应须需续一别同体以可\n")  # the last characters of _MODAL's words ($ matches before a \n)
# where a list of supporting units ends in prose: the verb that follows it
_VERB = compiled(
    r"按照|按|共同|协同|做好|开展|推进|组织|组建|加强|研究|制定|制订|修订|建立|完善|统筹|筛选|进行|负责|抓好|落实|指导|"
    r"督促|确定|出台|编制|实施|审核|审查|评审|评估|部署|推动|联合|召开|提出|发布|印发|构建|健全|协调|做|的|对|在|于|就|一道|一起|"
    r"结合|贯彻|推行|起草|加快|围绕|定期|每|把|依托|利用|另行|抓紧|修改|办理|整合|梳理"  # 整合, 梳理: round 40
    r"|实行"  # 会同县财政局实行…联审 (round 62)
    r"|建设"  # 会同市住房和城乡建设局、市税务局建设…专区: the longest list of names wins, so 建设局 stays whole (round 40)
    r"|打造|培育"  # 会同市商务局打造一批…集聚区 (round 44)
    r"|核定"  # 会同实验室与设备管理处核定…岗位 (round 63)
    r"|遴选|选择|选取"  # 会同A、B、C镇选择…小区, A联合B、C等部门遴选…小区 (round 64)
    r"|根据|依据"  # 会同B根据…情况，组织…: as 按照 (round 64); 会同B依据法律法规… (round 78, held-out 93 line 40)
    r"|查处|严厉|打击"  # 会同市公安局查处…, 会同市公安局、市交通委严厉打击… (round 69: held-out 59 line 80)
    r"|推广"  # 会同省农业农村厅推广…技术 (round 71 left41; 农业技术推广中心 stays whole: the longest list wins)
    # round 72 fresh72: a campaign's verbs, 会同市场监管所规范占道经营, 会同B整治/排查/清理… (市容环境整治办公室 stays whole)
    r"|规范|整治|排查|清理"
    r"|拆除|清除"  # 会同各相关街镇（园区）拆除…限高装置, as 清理 (round 81 heldout27, held-out 106 line 58)
    r"|发现|拦截"  # 会同属地街镇发现…线索并移交…, 会同县公安局拦截违规车辆 (round 78 heldout23, held-out 92)
    r"|联勤联动"  # 组织B、C联勤联动、协同配合 (round 79 heldout24: before, C ran into the words and was lost)
)
_ONE_BY_ONE = r"逐[村户项一级条个批]"  # work done one by one (逐村制定, 逐户排查): round 65
# words that end a list of partners and never sit inside a unit name: 会同区公安分局结合贯彻落实中央办公厅…
# (round 65 left35: and 依法 before the work, 会同州公安局森林警察支队依法查处, whose 处 ends names too, and 逐村/逐户/逐项 …,
# 会同县文化广播电视和旅游局逐村制定, whose 村 does; not 依法治 of a 依法治县办; 发现: 会同属地街镇发现…线索并移交执法部门,
# whose 镇 ends no name the list looks for, and 联合 but in 联合会, 联合社, 联合体: 协同巡查联合县水务局…, a title's 协同
# before a duty's 联合, round 78 heldout23)
_NOT_IN_NAME = compiled(r"结合|贯彻|按照|根据|依法(?!治)|发现|联合(?![会社体国])|" + _ONE_BY_ONE)
_COLLECTIVE_END = compiled(r"部门|单位|方面|机构")
_NAME_LAST = compiled("[局委办厅部院行会室队所站心处科股府团组社馆校园关台协署司]")  # how most names end (司: round 58)
_TASK_FORCE_LAST = compiled(_NAME_LAST.pattern + "|(?<=专)班")  # and a 专班's (round 79)
_DEFINED_LAST = compiled(_TASK_FORCE_LAST.pattern + "|(?<=部)门")  # and a department type's (round 79)
# a manner before the verb is the verb's (各乡镇做好配合工作, 县民政局积极配合): round 28; 予以配合 round 40
# by its duties before what a partner does (做好, 配合 …): 按职责, 按照职责分工, and 依职责, 依照职责, 根据职责 (round 46:
# A牵头，B依职责做好…); not before 负责 (A负责…，B按照职责分工负责: both lead, round 42)
_BY_DUTY = r"(?:按照?|依照?|依据|根据|结合)(?:各自)?(?:职责|职能)(?:分工)?"  # 结合职能抓好落实 (round 56)
_SUPPORT_VERB = compiled(
    # the manner before the verb is the verb's (积极配合, 全力协助; 从旁协助, round 55: before, 从旁 and an adverb before
    # 协助 were read into the partner's name, and the partner was lost)
    r"(?:作)?为配合(?:单位|部门)|(?:积极|主动|全力|密切|予以|给予|从旁|联动|协作|协调)?(?:(?:做好|协助)?配合|协助)|共同参与|(?:积极|主动)?参[与加]|协同"
    r"|(?:作)?为(?:主要)?成员(?:单位)?"
    # a duty a partner carries out itself: 履行职责, 履行各自职责, and the duty named (round 46: 由A牵头，B履行出资人职责,
    # B履行行业监管职责, B履行国有金融资本监管职责)
    r"|履行[\u4e00-\u9fff]{0,10}?职责|落实(?:主体|属地)责任|按职责(?:分工)?负责"
    r"|(?:具体|组织)实施|按职责(?:分工)?(?:抓好|组织)?落实|(?:抓好|组织|具体|分头)落实"  # 由A牵头，B具体实施: B its partner (round 34)
    r"|具体承办|(?:予以|给予)支持"  # 由A统筹协调，B具体承办，C予以支持 (round 44)
    r"|具体(?:负责|组织)实施|负责实施"  # 由A牵头，B具体负责实施 / 具体组织实施: B carries it out (round 41)
    r"|具体负责(?=[。；;]|$)"  # round 43: 由A牵头，B具体负责。 (a 会议纪要's 议定事项), as B负责 after A牵头
    r"|(?:实施|抓落实|承建)(?=[，,。；;]|$)"  # round 57: 由A牵头，B实施，… / A负责，B抓落实 (the role alone, closing its clause)
    r"|" + _BY_DUTY + r"(?:做好|抓好|提供)"  # 由A负责，B、C按职责做好审批服务 (round 35)
    r"|" + _BY_DUTY + r"(?:配合|协助|参与)"  # A负责，B按职责分工配合 (round 38)
    r"|落实(?:行业)?监管责任"  # A负责综合监管，B、C按照“三个必须”落实行业监管责任 (安全生产 plans: round 42)
    r"|[协会]办(?!公)"  # round 46: 由A主办，B、C会办 (a 交办's partners; not 市政协办公室, 委员会办公室)
)
# with 头: how a clause naming its units as leads may end (负责落实, 负责组织实施, 负责推进: round 36)
# (round 38: A抓总，B负责落实; A承担属地主体责任，B履行监管职责; round 40: A、B按照职责分工，将…; round 44: A统筹，B、C各司其职)
_LEAD_CLAUSE_ENDS = ("负责", "总责", "单位", "部门", "落实", "实施", "推进", "抓总", "责任", "职责", "分工", "统筹")
_LEAD_CLAUSE_ENDS += ("主办",)  # round 47: A主办，B、C会办 with no 由 (a 交办's lead, as 由A主办 reads)
_LEAD_CLAUSE_ENDS += ("主责", "主抓")  # round 53: A主责，B配合 with no 由 (lead verbs, as 由A主责 reads)
_LEAD_CLAUSE_ENDS += ("为主",)  # round 56: A为主，B配合 with no 由 (为主 leads in brackets: round 30)
_LEAD_CLAUSE_ENDS += ("承办",)  # round 58: A具体承办，B配合 / A承办，B协办 with no 由 (the doer, as 由A承办 reads)
# round 61: a 交办's 分办 written out with no 由 (A、B分别办理，各自答复提案人): each unit answers for it, as A、B分办 reads
_APART = "分别办理"
_INTERPRETS = compiled(r"负责解释|解释权|负责对本[\u4e00-\u9fff]{1,8}(?:进行)?解释")
# how a meeting's minutes open what they ask (会议要求，A负责…; 会议同意由A…: no comma, read as it is)
_FRAMING = compiled(r"(?:会议|会上|会议认为|会议经研究)?(?:要求|明确|决定|议定|强调|指出|提出|同意)[，,：:]")
_LEAD_WORK = compiled(r"^(.{2,30}?)(?:要|将|应)?(?:继续)?(?:做好|负责|承担)牵头工作")
# round 48: a 联席会议's office too (the plan's coordination)
_LEADING_GROUP = compiled(r"领导小组|专班|组织领导|联席会议")
_SEATED = compiled(r"(?:办公室|专班|工作组)设在([^，,。；;]{2,30})[，,](?:主要职责[：:])?(?:具体)?(?:负责|承担)")
# A要联合B、C…: like 会同 (round 39); A协同B和C推进…, 协同 right before a body's name (round 65 heldout9; not B、C协同推进,
# the partners' verb, whose 协同 no name follows)
_JOINTLY = compiled(r"(?:要|将|应)?(?:联合|协同)(?=[\u4e00-\u9fff])")
# and opening a later clause with no subject of its own (…负责…监管，并协同消防部门对…进行监管: the sentence's subject
# works with them, as ``，并会同B…`` reads; round 71 heldout16, held-out 72 line 127)
_CLAUSE_JOINTLY = compiled(r"(?:并且?|同时|还)?(?:要|将|应)?(?:联合|协同)(?=[\u4e00-\u9fff])")
# 同 right after a name and before a body's (A同B联合开展…), and 与 opening a clause of work done with B (…，与B共同
# 确定…): like 会同 (round 44); not 会同, 共同, 协同, nor 同 before no body (同步, 同级, 同时)
_ALONG = compiled(rf"(?<=[{BODY_NAME_LAST}])同(?=[{BODY_NAME_FIRST}])")
# 联合, 督促 and 协调 between two bodies' names (A联合B开展…, A督促B开展…: round 55; A协调B、C做好…: session 40;
# A督促指导B开展…: round 57, as 督促): two bodies, no name; B the local bodies of the place (A联合属地街镇、C…: round 64)
_JOINS_OR_URGES = compiled(rf"(?<=[{BODY_NAME_LAST}])(?:联合|督促(?:指导)?|协调)(?=[{BODY_NAME_FIRST}]|属地)")
_TOGETHER = compiled(r"(?:要|将|并|还要|还将)?与(?=[^，,。；;]{2,40}?(?:共同|联合|一道|一起))")
# A要加强与B的协作: B its partner (round 39); 的沟通协作, 的工作对接 (round 40)
_WORKS_WITH = compiled(
    r"(?:要|将|应)?(?:加强|强化|做好)?与([^，,。；;与]{2,40}?)的?(?:沟通|工作|业务)?(?:协作|配合|协同|对接|联动|衔接)"
)
# A是…责任主体; A为…责任主体 / A作为…责任主体 says the same (round 43: 各县（市、区）人民政府为责任主体，市商务局加强指导)
# A是…第一责任单位 says the same (round 44); so do A是…处置主体 (the body that deals with each case) and A是…实施的主体
# when 负责 follows (各街镇是…工作实施的主体，负责开展…): round 64, not 实施主体 alone, which carries out a lead's task
_RESPONSIBLE_BODY = compiled(r"^(.{2,30}?)(?:是|作?为).{0,40}?(?:责任(?:主体|单位)|处置主体|实施的?主体(?=[，,]负责))")
# round 65: and A是…行政主管部门 when 负责 follows, the list's short name defined in a bracket between (各镇、街道是…管理
# 工作的行政主管部门（以下简称“管理单位”），具体负责…); not 主管部门 alone, the competent one named in a rule. Tried only
# where the sentence writes 主管部门 (``_declared_body``)
_COMPETENT_BODY = compiled(
    r"^(.{2,30}?)(?:是|作?为).{0,40}?主管部门(?=(?:[（(][^（()）]{0,20}[）)])?[，,](?:具体|主要)?负责)"
)


def _declared_body(sentence: str) -> re.Match[str] | None:
    """``_RESPONSIBLE_BODY``'s match of ``sentence``, or ``_COMPETENT_BODY``'s where it writes 主管部门.

    >>> _declared_body("各镇是辖区工作的行政主管部门，具体负责日常管理").group(1), _declared_body("区水务局是行政主管部门。")
    ('各镇', None)
    """
    m = _RESPONSIBLE_BODY.match(sentence)
    if m is None and "主管部门" in sentence:
        m = _COMPETENT_BODY.match(sentence)
    return m


# the work's owner named after it (该为民办实事项目建设主体为区应急局，统筹开展…; 责任主体为各街道): the body leads (round 63
# heldout4); not 实施主体为B, which carries out a lead's task (SPEC: 实施主体 beside 牵头 supports)
_BODY_NAMED_AFTER = compiled(r"(?:建设|责任)主体(?:为|是)([^，,。；;：:（(]{2,40}?)(?=[，,。；;]|$)")


def _specific(names: list[RoleUnit], *, each: bool = False, kinds: bool = False, types: bool = False) -> bool:
    """True when every name is a named unit (with ``each``, also ``各`` + a body: 各乡镇政府, 各街道办事处, and the
    department of a field at each body of a level: 各省级教育行政部门, round 41; with ``kinds``, also a kind of
    public-service body: 县级公立医院, 乡镇卫生院, round 43; with ``types``, also a department type and a collective of
    government bodies: 市安全监管部门, 有关管理部门, the bodies a list dividing the work by body names, round 68; not
    market actors, 生产经营单位, 相关企业).

    >>> _specific([RoleUnit("各省级教育行政部门", "lead", 0)], each=True), _specific([RoleUnit("各有关部门", "lead", 0)], each=True)
    (True, False)
    >>> _specific([RoleUnit("中小学校", "lead", 0)], each=True), _specific([RoleUnit("国有林场", "lead", 0)], each=True)
    (False, False)
    >>> _specific([RoleUnit("县级公立医院", "lead", 0)], kinds=True), _specific([RoleUnit("养老机构", "lead", 0)], kinds=True)
    (True, True)
    >>> _specific([RoleUnit("责任子公司", "lead", 0)]), _specific([RoleUnit("某某置业有限公司", "lead", 0)])  # round 60
    (False, True)
    """
    return bool(names) and all(
        is_unit_name(u.name)
        and (
            (kinds and is_institution_kind(u.name))  # (基层医疗卫生机构 ends as a type does: a kind all the same)
            or (
                (
                    (types and _GOVERNMENT_BODY.search(u.name) is not None)
                    or not names_a_type(u.name)
                    or (each and _EACH_LEVEL_DEPARTMENT.match(u.name) is not None)
                )
                and not is_institution_kind(u.name)
            )
        )
        and (
            (types and _GOVERNMENT_BODY.search(u.name) is not None)
            or not is_collective(u.name)
            or (each and (_EACH_BODY.match(u.name) is not None or _RELEVANT_BODIES.fullmatch(u.name) is not None))
        )
        and not _holds_a_clause(u.name)
        and _NOT_IN_A_NAME.search(u.name) is None
        and u.name not in _NOT_NAMED_UNITS
        and _URGES_FIRST.match(u.name) is None
        for u in names
    )


# a verb of urging or directing before a body's name (督促辖区物业公司落实…, 指导各街道…): the body is the verb's object,
# the sentence's subject is left unsaid (a duty under its unit's heading), so the words are no subject (round 63
# heldout5: held-out 30's `…;督促辖区物业公司落实消防安全责任，…会同区相关职能部门落实…` read 督促辖区物业公司 as its lead)
# and 具体, which opens no unit's name (由具体项目征收推进工作协调小组统筹决策: each project's own group, a kind: round 69
# heldout14; one pattern, so that the name is looked at once)
_URGES_FIRST = compiled(r"督促|督导|指导|要求|推动|引导|具体")


# a unit label as a sentence's subject names the role, no body (round 60: 责任子公司负责本企业任务的具体落实, a group's
# note on its task list's columns, where 责任子公司 ends as a company's name does)
# a label's words (牵头单位) and a neighbourhood's actors written bare: no named unit, one look at each name
_NOT_NAMED_UNITS = frozenset(UNIT_LABELS) | NEIGHBOURHOOD_ACTORS


# what no unit's name holds: a clause or list mark, or an opening bracket first (a list read across an open
# bracket, ``（具体办法另行制定，市发展改革委``)
_NOT_IN_A_NAME = compiled(r"[，,；;。：:]|^[（(]")


# a modal verb inside a name (not 应急, 应用, 应对): 区应急管理局应督促各街道办事处 is a clause
_MODAL_VERBS = "应当|应|要|须|需|将"  # what a subject must do follows one of these
_MODAL_INSIDE = compiled(f"(?:{_MODAL_VERBS})(?!急|用|对)")
_MODAL_FIRST = frozenset("应要须需将")  # the first characters of ``_MODAL_VERBS``' words


def _holds_a_clause(name: str) -> bool:
    """True when ``name`` is a unit name, a modal verb and more words: a clause that ends like a name.

    >>> _holds_a_clause("区应急管理局应督促各街道办事处"), _holds_a_clause("市政府应急管理办公室")
    (True, False)
    """
    return any(is_unit_name(name[: m.start()]) for m in _MODAL_INSIDE.finditer(name, 2))


# every body of one level (各乡镇政府, 各街道办事处, 各区): a definite set, unlike 各有关部门, 相关单位
_EACH_BODY = compiled(r"各(?!有关|相关|其他|其它|级)")
# the relevant bodies of one level (有关区, 相关镇, 相关街道办事处): named by their level as 各区 is, a set the plan's
# work marks out, never a department type (round 68 heldfix68b: held-out 62's `有关区要对…的区提供支持`)
_RELEVANT_BODIES = compiled(r"(?:有关|相关)(?:区|县|乡镇|镇|街镇|街道)(?:人民政府|政府|办事处)?")
# the department of one field at every body of a level (各省级教育行政部门, 各区县卫生健康部门): a definite set too,
# though it ends in 部门 as 有关部门 does (round 41); 各区 and 各县 bare too (各区交通主管部门: round 71 heldout16, held-out
# 74; not 各区域…, 各县域…)
_EACH_LEVEL_DEPARTMENT = compiled(
    r"各(?:(?:省|地市|设区市|市|县|区|乡镇|乡|镇)级|市州|市县|区县|县区|县（市、区）|市（州）|市、县（市、区）|设区的?市"
    r"|区(?![域划])|县(?!域))"
    r"(?!有关|相关|其他|其它|各)"
    r"[\u4e00-\u9fff]{2,12}(?:部门|机构)$"
)


# characters of a list of units read in prose: about 40 names (the longest in the plans read is 152
# characters, 14 names); a longer span is no list, so that a long paragraph is not read again and again
_MAX_LIST = 400


def _units(text: str, start: int, end: int, **roles: str) -> list[RoleUnit] | None:
    """``read_units`` of ``text[start:end]``, or None when the span is too long to be a list of units."""
    return read_units(text, start, end, **roles) if end - start <= _MAX_LIST else None


# a clause's end inside an item: the partners' clause is one of these spans
_CLAUSE_END = compiled("[，,。；;（(]")


def item_partners(text: str, start: int, end: int) -> list[RoleUnit]:
    """The partners an item ``text[start:end]`` names in a clause of its own, unit names closed by a supporting verb
    (``2.制定专项规划，市自然资源和规划局参与（2026年9月底前完成）。``), when no unit leads in it: the partners of a
    lead stated for its group (round 58). [] when none, or when a clause's names are no units.

    >>> t = "2.制定专项规划，市自然资源和规划局参与（2026年9月底前完成）。"
    >>> [(u.name, u.role) for u in item_partners(t, 0, len(t))]
    [('市自然资源和规划局', 'support')]
    >>> item_partners("1.配合开展检查，做好协调（2026年5月底前）。", 0, 24), item_partners("1.拆除违规广告。", 0, 9)
    ([], [])
    >>> t = "2.督促加油站落实主体责任，市应急管理局配合。"
    >>> [u.name for u in item_partners(t, 0, len(t))]
    ['市应急管理局']
    """
    found: list[RoleUnit] = []
    ns = start
    for m in [*_CLAUSE_END.finditer(text, start, end), None]:
        ne = m.start() if m else end
        verb = _SUPPORT_VERB.search(text, ns, ne)
        if verb is not None and verb.end() == ne and verb.start() > ns:
            if _ORDERS_OTHERS.search(text, ns, verb.start()) is not None:
                ns = ne + 1  # 2．督促加油站落实主体责任，B配合: whom the lead urges, no partner (round 74 left44)
                continue
            partners = _units(text, ns, verb.start(), role="support")
            if not partners or not all(is_unit_name(u.name) for u in partners):
                return []
            found.extend(partners)
        ns = ne + 1
    return found


def _subject(text: str, start: int, end: int, *, each: bool = False) -> list[RoleUnit] | None:
    """The named units written in ``text[start:end]`` as a subject (connectives and modal verbs dropped).

    With ``each``, a collective of every body of one level (``各乡镇政府``) is a subject too. A body designating it
    (``省政府明确各设区市人民政府``) is not (round 63).

    >>> [u.name for u in _subject("省政府明确各设区市人民政府为责任主体", 0, 13, each=True)]
    ['各设区市人民政府']
    >>> _subject("鼓励由各街镇会同区停车公司作为实施主体", 0, 6)  # invited, not assigned (round 64)
    """
    if end - start > _MAX_LIST:
        return None  # and no modal verb is looked for at the end of a long span
    chunk = text[start:end]
    lead = _LEADING.match(chunk)
    s = start + (lead.end() if lead else 0)
    e = _before_modal(text, s, end)
    if e <= s:
        return None
    by = text.rfind("由", s + 1, e)
    if by != -1 and text.endswith(_ENCOURAGES, s, by):
        return None  # 鼓励由A会同B作为实施主体: A is encouraged, not assigned (round 64)
    if by != -1 and text[by - 1] != "自" and not is_unit_name(text[s:by]):
        s = by + 1  # 具体办法由A会同B制定: the subject is A, not the topic before 由 (round 34)
    if "交" in chunk and (h := _handed_over(text, s, e)) > s:
        s = h  # 村级项目移交各街道负责归档: the subject is 各街道, not the work handed to it (round 81 heldout28)
    if (d := _DESIGNATES.search(text, s + 2, e)) is not None and is_unit_name(text[s : d.start()]):
        s = d.end()  # 省政府明确A为…责任主体: A is declared, the province designates it (round 63)
    units = _units(text, s, e, role="lead")
    if units and text[e - 1 : e] in "）)" and kind_spelled_out(text, s, e):
        # 项目户管单位（各村、合作社、相关部门、居委会）负责…: the bodies the plan spells the kind out by, whatever each
        # is (round 72 left42, held-out 72 line 133; before, a collective among them made no subject)
        return units
    if units and each and len(units) > 1:
        # 各镇、街道、嘉定工业区是…主管部门: the bare level after the 各 collective opening the list shares its 各
        # (``shares_each``, round 63 heldout6's duty lists; round 65: a declared subject too)
        named = [units[0], *(u for u in units[1:] if not shares_each(u.name, units[0].name))]
        return units if _specific(named, each=each) else None
    return units if units and _specific(units, each=each) else None


# the verbs that hand work over to the bodies after them (村级工程项目移交各行政村负责归档: round 81 heldout28, held-out
# 108 line 76), as 由 gives it
_HANDED_OVER = ("移交", "交由", "转交", "交给")


def _handed_over(text: str, start: int, end: int) -> int:
    """Where the bodies begin that ``text[start:end]`` hands its work over to (``村级项目移交各街道``), when the words
    before the verb name no unit; else ``start``.

    >>> t = "村级项目移交各街道"
    >>> t[_handed_over(t, 0, len(t)) :], _handed_over("区档案馆移交", 0, 6)
    ('各街道', 0)
    """
    for verb in _HANDED_OVER:
        at = text.rfind(verb, start + 1, end)
        if at != -1 and at + len(verb) < end and not is_unit_name(text[start:at]):
            return at + len(verb)
    return start


_BY_BODIES_ENDS = ("负责", "牵头")  # how a clause of 由 and the bodies assigned ends (由各有关单位负责: round 78)
_ENCOURAGES = ("鼓励", "支持")  # before 由 and its units: what the plan invites, no assignment (round 64)

# the bodies a 由 names qualified by what they cover (由所涉及的A、B…等省级主管部门牵头: round 73 heldout18, held-out 77
# line 11): the qualifier is no part of the first name
_INVOLVED = compiled(r"(?:所|其)?涉及(?:到)?的")
_INVOLVED_REACH = 6  # characters after 由 where the qualifier's 涉及 stands


def _involved(text: str, at: int) -> int:
    """Where the names after a 由 begin at ``at``: past a qualifier of what they cover (``所涉及的``), else ``at``.

    >>> t = "由所涉及的甲省民政厅牵头"
    >>> t[_involved(t, 1) :], _involved("由甲省民政厅牵头", 1)
    ('甲省民政厅牵头', 1)
    """
    m = _INVOLVED.match(text, at)
    return m.end() if m is not None else at


def _before_modal(text: str, start: int, end: int) -> int:
    """Where the modal verbs that close ``text[start:end]`` begin (``省民政厅、省残联共同``, ``A要``), else ``end``.

    >>> t = "省民政厅、省残联共同"
    >>> t[: _before_modal(t, 0, len(t))]
    '省民政厅、省残联'
    """
    # the last character first: most subjects end with a name, and the search tries every position (round 40)
    modal = _MODAL.search(text, start, end) if end > start and text[end - 1] in _MODAL_LAST else None
    return modal.start() if modal else end


def _each_before_with(text: str, start: int, at: int) -> bool:
    """Whether every body of a level may be the subject ``text[start:at]`` of 会同 at ``at``: right before it, with no
    modal or role verb between (``各街道办事处会同B…``, round 40; not ``各乡镇要会同…``, ``各乡镇政府负责会同…``, which
    round 21 and round 33 leave no task).

    >>> t = "各街道办事处会同区住建局建设托育点"
    >>> _each_before_with(t, 0, 6), _each_before_with("各乡镇政府负责会同区有关部门", 0, 7)
    (True, False)
    """
    return _MODAL_INSIDE.search(text, start, at) is None and not text.endswith(("负责", "牵头"), start, at)


def _guiding(text: str, start: int, end: int) -> list[RoleUnit] | None:
    """The units of a later clause ``text[start:end]`` that is only their names and 指导 (``…，县消防救援大队指导，
    各乡镇人民政府具体实施``): they lead (SPEC: X指导, as 由A指导 reads; round 54), else None. Not a clause of work
    (``加强业务指导``) nor one with a duty before 指导 (``区水务局负责督促指导``, read as it was).

    >>> [u.name for u in _guiding("县消防救援大队、县应急管理局指导", 0, 16)]
    ['县消防救援大队', '县应急管理局']
    >>> _guiding("加强业务指导", 0, 6), _guiding("区水务局负责督促指导", 0, 10)
    (None, None)
    """
    units = _units(text, start, end - 2, role="lead")
    return units if units and _specific(units) else None


def _answers_for(text: str, start: int, end: int) -> list[RoleUnit] | None:
    """The units a clause ``text[start:end]`` names answerable for a scope: ``A对本地区…负总责`` (A, every body of a
    level too, leads: round 40), else None.

    >>> [u.name for u in _answers_for("各市州人民政府对本地区发展保障性租赁住房负总责", 0, 23)]
    ['各市州人民政府']
    >>> _answers_for("对本地区工作负总责", 0, 9), _answers_for("各有关部门对本行业负总责", 0, 12)
    (None, None)
    """
    at = text.find("对", start + 2, end)
    if at == -1 or not text.endswith("负总责", start, end):
        return None
    units = _units(text, start, at, role="lead")
    return units if units and _specific(units, each=True) else None


def _supports_after(text: str, start: int, end: int, *, kinds: bool = False) -> list[RoleUnit]:
    """The longest list of unit names after 会同 that ends where a verb begins or a collective name ends. With
    ``kinds`` (a kind of body's own duty), a label word that is a kind of body (建设单位) is a partner too.

    >>> [u.name for u in _supports_after("市住房和城乡建设局、市税务局建设登记专区", 0, 20)]  # round 40
    ['市住房和城乡建设局', '市税务局']
    >>> [u.name for u in _supports_after("市公安局、市文化广电旅游局深入开展专项行动", 0, 21)]  # round 51
    ['市公安局', '市文化广电旅游局']
    >>> [u.name for u in _supports_after("建设单位、市交通建管中心等就方案征询意见", 0, 20)]  # a label word (round 71)
    ['市交通建管中心']
    """
    end = min(end, start + _MAX_LIST)
    # a collective ends the list unless another name follows, with the bracket of its kinds (区有关部门（单位）:
    # round 72 heldout17, held-out 76 line 170; the set keeps it, as held-out 65's 区相关部门（单位）: SPEC's brackets
    # that belong to the name)
    collective_ends: list[int] = []
    for m in _COLLECTIVE_END.finditer(text, start, end):
        if not collective_ends or m.start() >= collective_ends[-1]:  # not the 单位 inside the bracket
            collective_ends.append(_with_kinds(text, m.end()))
    for at in collective_ends:
        if text[at : at + 1] not in ("、", "和", "及", "与"):
            end = at
            break
    cuts = {m.start() for m in _VERB.finditer(text, start, end)}
    cuts |= {at for at in collective_ends if at <= end}
    # and after each character a name may end with, where a separator, a modal or a verb follows: the list may
    # end at a comma (会同B，每季度…), and a verb inside a name (组织 of 市委组织部) cut it short
    cuts |= {m.end() for m in _NAME_LAST.finditer(text, start, end) if _AFTER_UNITS.match(text, m.end())}
    cuts |= _kind_ends(text, start, end)
    best: list[RoleUnit] = []
    for cut in sorted(c for c in cuts if c > start):
        units = _units(text, start, cut, role="support")
        # an open list of fields (会同同级财政、税务等部门): 等部门 closes every field before it (round 42), and so does
        # 等有关部门 or 等相关部门 (会同区发展改革、财政等有关部门: round 77 heldout22, held-out 91 line 114)
        open_fields = text.endswith(_OPEN_FIELDS_CLOSED, start, cut)
        if units and all(
            _partner_name(u.name, units[-1].name, open_fields)
            and not _NOT_IN_NAME.search(u.name)
            and not _name_then_verb(u.name)
            for u in units
        ):
            best = units
    if best and not kinds and text.find("单位", start, end) != -1:
        # 会同建设单位、市交通建管中心…: a bare label word (建设单位, a table's column of the builder) names a kind of
        # actor, never a unit (round 71 heldout16, held-out 74 line 106; the set's units start with no label)
        best = [u for u in best if u.name not in _LABEL_WORDS]
    if best and best[-1].name.endswith(_OPEN_FIELDS_CLOSED[1:]):
        best[-1:] = _field_then_collective(best[-1])  # 会同区发展改革、财政等有关部门 (round 77)
    # 会同物业公司、社区民警等多方力量, 组织居委、志愿者…等工作人员: the neighbourhood's actors written bare, one in every
    # estate, are no partners (round 77 heldout22, held-out 89 lines 54 and 124), as they are no subjects
    return [u for u in best if u.name not in NEIGHBOURHOOD_ACTORS]


_OPEN_FIELDS_CLOSED = ("等部门", "等有关部门", "等相关部门")


def _field_then_collective(unit: RoleUnit) -> list[RoleUnit]:
    """The last partner of an open list of fields closed by a collective (``财政等有关部门`` of ``会同区发展改革、财政
    等有关部门``: round 77 heldout22, held-out 91 line 114) as the field and the collective, as ``商务部等有关部门``
    gives 商务部 and 有关部门 (``unit_lists._open_list``); a name that is no field so closed as it was.

    >>> [(u.name, u.implied) for u in _field_then_collective(RoleUnit("财政等有关部门", "support", 9))]
    [('财政', False), ('有关部门', True)]
    >>> [u.name for u in _field_then_collective(RoleUnit("市财政局等有关部门", "support", 9))]
    ['市财政局等有关部门']
    """
    at = unit.name.rfind("等")
    field, tail = unit.name[:at], unit.name[at + 1 :]
    if is_unit_name(field) or not is_unit_name(field + "部门"):
        return [unit]
    return [
        RoleUnit(field, unit.role, unit.pos, unit.name),
        RoleUnit(tail, unit.role, unit.pos + at + 1, unit.name, True),
    ]


_LABEL_WORDS = frozenset(ALL_LABELS)
_KINDS_BRACKETS = ("（单位）", "(单位)")  # 有关部门（单位）: the collective's other kind of body, part of its name


def _with_kinds(text: str, at: int) -> int:
    """Where a collective ending at ``at`` ends with the bracket of its kinds (``有关部门（单位）``), else ``at``.

    >>> _with_kinds("会同有关部门（单位）落实", 6), _with_kinds("会同有关部门(单位)落实", 6), _with_kinds("会同有关部门落实", 6)
    (10, 10, 6)
    """
    return at + len(_KINDS_BRACKETS[0]) if text.startswith(_KINDS_BRACKETS, at) else at


def duty_partners(text: str, start: int, end: int, *, kinds: bool = False) -> list[RoleUnit]:
    """The partners a duty ``text[start:end]`` with no subject of its own names after 会同 (``…，会同区相关职能部门落实
    警示约谈…``): the duty is its heading's unit's, which works with them, so they support (round 64). [] when no
    unit names follow a 会同. So too after 协同 right before a body's name (``负责协同市财政局建立…``: round 70
    heldout15, held-out 68; 协同 is a partner's word, ``A协同B和C推进…`` in prose, round 65).

    >>> t = "督促物业公司落实责任，对履职不力的单位，会同区相关职能部门落实警示约谈;"
    >>> [(u.name, u.role) for u in duty_partners(t, 0, len(t))]
    [('区相关职能部门', 'support')]
    >>> duty_partners("会同推进整改工作。", 0, 9), duty_partners("经区安委会同意后实施。", 0, 11)
    ([], [])
    >>> t = "负责协同市财政局建立核算机制；协同推进整改。"
    >>> [(u.name, u.role) for u in duty_partners(t, 0, len(t))]
    [('市财政局', 'support')]
    >>> t = "推动设施建设，联合区房管局指导街镇；联合开展执法；联合各部门开展宣传。"
    >>> [(u.name, u.role) for u in duty_partners(t, 0, len(t))]
    [('区房管局', 'support')]

    With ``kinds``, the duty is a kind of body's (``监理单位：负责…，会同建设单位开展验收``): the kinds it works with
    are partners as bodies' names are, a label word too (round 73 left43; elsewhere 建设单位 names no unit, round 71).

    >>> t = "负责实施监理，会同建设单位开展验收。"
    >>> [u.name for u in duty_partners(t, 0, len(t))], [u.name for u in duty_partners(t, 0, len(t), kinds=True)]
    ([], ['建设单位'])
    """
    found: list[RoleUnit] = []
    at = find_with(text, start, end)
    while at != -1:
        found.extend(_supports_after(text, at + len(WITH), end, kinds=kinds))
        at = find_with(text, at + len(WITH), end)
    joint = len(found)
    for word in _JOINT:
        at = text.find(word, start, end)
        while at != -1:
            partners = _supports_after(text, at + len(word), end, kinds=kinds)
            if word == "联合":  # 联合各部门定期…宣传: the departments it works among, no partner (held-out 06 line 32)
                partners = [u for u in partners if not is_collective(u.name)]
            found.extend(partners)
            at = text.find(word, at + len(word), end)
    if len(found) == joint:
        return found
    return sorted(found, key=itemgetter(2))  # in text order, 会同's partners and 协同's


# a duty's partner's words beside 会同 (负责协同市财政局建立…; 联合区房管局指导街镇…, as A联合B in prose: round 78
# heldout23, held-out 92 line 370)
_JOINT = ("协同", "联合")


def _kind_ends(text: str, start: int, end: int) -> set[int]:
    """Where an open list closed by a kind of organisation ends in ``text[start:end]`` (``妇联等群团组织``: 组织 ends
    no name, so no other cut falls there; round 42).

    >>> _kind_ends("残联、妇联等群团组织，确保", 0, 13)
    {10}
    """
    ends = set()
    at = text.find("等", start, end)
    while at != -1:
        ends.update(at + 1 + len(kind) for kind in ORGANISATION_KINDS if text.startswith(kind, at + 1))
        at = text.find("等", at + 1, end)
    return ends


def _partner_name(name: str, last: str, open_fields: bool = False) -> bool:
    """Whether ``name`` names a partner in a list whose last name is ``last``: a unit's name, or a field the
    department that closes the list is shared by (``会同同级财政、发展改革部门``: 同级财政 is the finance department of
    the same level, kept as written, round 41; before, the whole list was lost). With ``open_fields`` the list is
    closed by ``等部门`` (``会同同级财政、税务等部门``), which every field shares, the last too (round 42).

    >>> _partner_name("同级财政", "发展改革部门"), _partner_name("同级财政", "市发展改革委")
    (True, False)
    >>> _partner_name("税务", "税务", True), _partner_name("税务", "税务")
    (True, False)
    """
    if is_unit_name(name):
        return True
    shared = open_fields or (last.endswith(("部门", "机关")) and name != last)  # 机关: round 44
    return shared and is_unit_name(name + "部门")


def _name_then_verb(name: str) -> bool:
    """True when ``name`` is a unit's name of four characters or more and a verb after it: a list of partners read
    into the words after it (``区文化和旅游局开展放心消费示范单位``, round 33), not 市委组织部.

    >>> _name_then_verb("区文化和旅游局开展放心消费示范单位"), _name_then_verb("市委组织部"), _name_then_verb("区商务局")
    (True, False, False)
    >>> _name_then_verb("市消防救援总队牵头组建联防小组")  # round 69: its role verb, then its work
    True
    """
    if (lead := name.find("牵头", 4)) != -1 and is_unit_name(name[:lead]):
        return True  # 会同市消防救援总队牵头组建…联防小组，…: the partner, then 牵头 and the group it sets up
    return any(
        m.start() >= 4 and _NAME_LAST.match(name, m.start() - 1) and is_unit_name(name[: m.start()])
        for m in _VERB.finditer(name, 4)
    )


# what follows the units that open a clause: a verb, a modal or an adverb, a separator; the manner of a verb too
# (会同A、B深入开展…, round 51: before, B was lost, 市文化广电旅游局深入 read as no name; 会同A依法责令…, 会同A保障…:
# round 64)
_AFTER_UNITS = compiled(
    r"[，,。；;：:、]|要|将|应|须|需|认真|稳妥|积极|切实|主动|及时|加快|分别|按时|列出|深入|全面|扎实|大力|广泛|集中|依法|保障|"
    r"打击|"  # 会同区城管执法局、区交通委打击“黑车”…: the partners end before the work (round 69 heldout14)
    + _ONE_BY_ONE
    + "|"
    + _VERB.pattern
)


def _sentence_subject(text: str, start: int, end: int) -> list[RoleUnit] | None:
    """The longest list of named units that opens ``text[start:end]`` and is followed by a verb, or None.

    >>> [u.name for u in _sentence_subject("区公安分局和区公安消防支队列出清单", 0, 17)]
    ['区公安分局', '区公安消防支队']
    >>> [u.name for u in _sentence_subject("试点工作领导小组稳妥推进入市试点工作", 0, 18)]
    ['试点工作领导小组']
    """
    best = None
    for cut in range(start + 2, min(end, start + 40) + 1):
        if cut < end and not _AFTER_UNITS.match(text, cut):
            continue
        units = _units(text, start, cut, role="lead")
        if units and _specific(units):
            best = units
    return best


# a role verb right after the units that open a sentence: A负责编制…, A牵头开展… / A牵头B建立…, A应指导B…; not the
# person in charge (A负责人就…答记者问, A负责同志解读…, A负责人：张某: a portal's 相关链接, a contact list; round 52),
# but A负责人员培训, A负责人才引进 (the work after 负责)
# round 62: and 分别办理 before its object (A、B分别办理建设用地预审…有关手续: each unit handles its part, as A、B分别负责…;
# round 61 read it only closing its clause)
_OPENING_ROLE = compiled(r"负责(?!同志|人(?![员才口民居群事力]))|牵头(?!单位|部门)|指导|分别办理")


def _opening_role(text: str, start: int, end: int) -> list[RoleUnit]:
    """The units a clause ``text[start:end]`` opens with when a role verb follows them: they lead.

    After 牵头 the units it leads (``A牵头各乡镇建立…``) support, and those it organises (``A牵头组织B做好…``, as
    ``A组织B开展…`` since round 40; round 51: before, ``组织B`` was read as a name).

    >>> [(u.name, u.role) for u in _opening_role("区规划资源局牵头各乡镇建立计划库", 0, 16)]
    [('区规划资源局', 'lead'), ('各乡镇', 'support')]
    >>> [(u.name, u.role) for u in _opening_role("县供销社牵头组织县农资公司做好储备", 0, 17)]
    [('县供销社', 'lead'), ('县农资公司', 'support')]
    >>> [u.name for u in _opening_role("县供销社牵头组织开展农资打假", 0, 14)]  # its object is work
    ['县供销社']
    >>> [u.name for u in _opening_role("区规划资源局牵头成立区土方规划工作小组", 0, 19)]  # a group set up (round 78)
    ['区规划资源局']
    >>> [u.name for u in _opening_role("区规划资源局应指导入市主体完成编制", 0, 17)]
    ['区规划资源局']
    >>> [u.name for u in _opening_role("县人力社保局负责人员培训", 0, 12)]  # the units' work (``_OPENING_ROLE``)
    ['县人力社保局']
    >>> [u.name for u in _opening_role("县水利局、县交通运输局分别办理有关手续", 0, 20)]  # round 62
    ['县水利局', '县交通运输局']
    """
    m = _OPENING_ROLE.search(text, start, end)
    if m is None and text.startswith(("，", ","), end):
        return _acting_by_then_role(text, start, end)  # A根据…，负责编制… (round 63)
    if m is None or m.start() == start or text.find("由", start, m.start()) != -1:
        return []  # 建立一支由政府牵头…: 由A牵头 is read on its own
    # 各乡镇人民政府负责…: every body of a level, where it is 负责 right after them (not 各乡镇要指导…: round 33), or 牵头
    # (各区交通主管部门牵头区相关部门主动对接…: round 71 heldout16, held-out 74 line 146)
    subject = _subject(
        text,
        start,
        m.start(),
        each=m.group() in ("负责", "牵头") and not _SUBJECT_MODAL.search(text, start, m.start()),
    )
    if not subject and (manner := _manner_before_role(text, start, m.start(), end)) is not None:
        subject, m = manner  # A、B按照职责分别负责…, A按照“谁主管、谁负责”原则负责… (round 55)
    if not subject and m.start() - start <= _GROUP_NAME_LENGTH:
        subject = _defined_group(text, start, m.start())  # 县级相关部门负责…, after A、B、C（以下统称县级相关部门）
    if not subject and text[m.start() - 1] in "）)" and "统称" in text[start : m.start()]:
        subject = _named_group(text, start, m.start())  # A、B（以下统称网格责任主体）负责…
    if not subject:
        return _coordinated_role(text, start, end)
    if m.group() == "牵头":
        return subject + _led_partners(text, m.start(), end)
    return subject


# after 牵头: the work it leads, no unit it leads; 召开 a meeting it convenes (牵头召开专家评审会: the meeting's name
# ends as a body's may, round 80 heldout25, held-out 98 line 98)
_LEAD_THEN_WORK = ("负责", "成立", "组建", "设立", "召开")


def _led_partners(text: str, at: int, end: int) -> list[RoleUnit]:
    """The units a lead's 牵头 at ``at`` leads (``牵头各乡镇建立…``) or organises (``牵头组织B做好…``), to the clause's
    ``end``: its partners. None after 牵头负责 (one role, its object the work: round 77 fresh77 01's `区商务局牵头负责
    电动自行车经营场所排查` had 负责…场所 as a unit) nor after 牵头成立B小组 (the group it sets up: round 78 heldout23,
    held-out 92 line 306).

    >>> [(u.name, u.role) for u in _led_partners("牵头组织县农资公司做好储备", 0, 13)]
    [('县农资公司', 'support')]
    >>> _led_partners("牵头负责电动自行车经营场所排查", 0, 15), _led_partners("牵头组织开展检查", 0, 8)
    ([], [])
    >>> _led_partners("牵头召开专家评审会", 0, 9)  # a meeting it convenes (round 80)
    []
    """
    if text.startswith(_LEAD_THEN_WORK, at + 2):
        return []
    organised = _organised_by_lead(text, at, end)
    return _supports_after(text, at + 2, end) if organised is None else organised


def _defined_group(text: str, start: int, end: int) -> list[RoleUnit]:
    """The name ``text[start:end]`` the plan gave a list of units earlier (``A、B、C（以下统称县级相关部门）``) as a
    subject: the plan says whom it names, so it leads as a unit's name does, written as it is (round 73 left43; before,
    a collective's words, 相关部门, made it no subject). [] for any other words.

    >>> t = "县教育体育局、县公安局（以下统称县级相关部门）负责督促。县级相关部门负责联合检查。"
    >>> [u.name for u in _defined_group(t, 28, 34)], _defined_group("县级相关部门负责联合检查。", 0, 6)
    (['县级相关部门'], [])
    """
    name = text[start:end]
    if len(name) < 2 or not is_unit_name(name):
        return []
    if text.rfind("统称" + name, 0, start) == -1 and text.rfind("统称“" + name + "”", 0, start) == -1:
        return []
    return [RoleUnit(name, "lead", start)]


def _named_group(text: str, start: int, end: int) -> list[RoleUnit]:
    """The units ``text[start:end]`` lists and names together (``各社区居委会、物业服务企业（以下统称网格责任主体）``) as a
    subject: the plan makes the list one responsible group, so each of them leads whatever it is (a kind of actor too,
    as a kind's bodies spelled out do: round 72 left42; round 73 left43). [] when the list holds no names.

    >>> t = "各社区居委会、物业服务企业（以下统称网格责任主体）"
    >>> [u.name for u in _named_group(t, 0, len(t))], _named_group("做好巡查（以下统称巡查工作）", 0, 14)
    (['各社区居委会', '物业服务企业'], [])
    """
    units = _units(text, start, end, role="lead")
    if not units or not group_name_at(text[start:end]):
        return []
    return units if all(is_unit_name(u.name) and _NOT_IN_A_NAME.search(u.name) is None for u in units) else []


_GROUP_NAME_LENGTH = 15  # characters: the longest name a plan gives a list of units (（以下统称X）)


def _acting_by_then_role(text: str, start: int, end: int) -> list[RoleUnit]:
    """The units that open a clause ``text[start:end]`` of only them and what they act by (``根据…``, ``按照…要求``),
    when the next clause opens with their role verb (``区交通委根据…相关规定，负责编制…``: they lead, round 63);
    else [].

    >>> t = "区交通委根据养护规范和相关规定，负责编制养护计划"
    >>> [u.name for u in _acting_by_then_role(t, 0, t.find("，"))]
    ['区交通委']
    >>> t = "各小区应根据《指导意见》，建立微型消防站，负责初起火灾扑救"  # the next clause is other work
    >>> _acting_by_then_role(t, 0, t.find("，"))
    []
    >>> t = "市交通委在各建设单位和市交通建管中心制定的方案基础上，牵头组织对接"  # the grounds it acts on (round 71)
    >>> [u.name for u in _acting_by_then_role(t, 0, t.find("，"))]
    ['市交通委']
    >>> t = "县住建局将根据违法情形，牵头组织县执法大队、县公安局及时采取措施"  # whom it organises (round 79)
    >>> [(u.name, u.role) for u in _acting_by_then_role(t, 0, t.find("，"))]
    [('县住建局', 'lead'), ('县执法大队', 'support'), ('县公安局', 'support')]
    """
    manner = _MANNER.search(text, start, end)
    if manner is None and text.endswith(_GROUNDS_ENDS, start, end):
        manner = _GROUNDS.search(text, start, end)
    if manner is None or manner.start() == start:
        return []
    modal = _COMMA_MODAL.match(text, end)
    if modal is None or _OPENING_ROLE.match(text, modal.end()) is None:
        return []
    subject = _subject(text, start, manner.start()) or []
    if subject and text.startswith("牵头", modal.end()):
        # A根据…，牵头组织B、C及时采取…: whom the lead organises, its partners, as after A牵头组织 (round 79 heldout24,
        # held-out 95 line 76; before, they were lost)
        stop = next((i for i in range(modal.end(), len(text)) if text[i] in _CLAUSE or text[i] in _SENTENCE), len(text))
        subject = subject + _led_partners(text, modal.end(), stop)
    return subject


def _guide_of_bodies(text: str, ss: int, cs: int, ce: int) -> list[RoleUnit]:
    """The named units opening a sentence at ``ss`` with their work and no modal, when its second clause
    ``text[cs:ce]`` opens with 指导 and bodies (``…等建立健全…机制，指导各区和相关行业协会建立…``): they lead (round 70);
    else []. Not 指导 of a kind of actor (``指导农户做好…``, ``指导企业…``: the work, round 62 left30/05), nor after a
    modal (``A要…，指导B…``: round 40's exhortations under safeguards), nor by every body of a level (``各区政府加强…，
    指导街镇…``: real plan 12 line 56, after the sentence naming the lead); ``read_prose`` asks only while the paragraph
    has named no unit yet.

    >>> t = "市发展改革委、市房屋管理局等建立健全建设管理机制，指导各区和相关行业协会建立推进机制"
    >>> [u.name for u in _guide_of_bodies(t, 0, t.find("，") + 1, len(t))]
    ['市发展改革委', '市房屋管理局']
    >>> t = "县农业农村局开展技术培训，指导农户做好防治"
    >>> _guide_of_bodies(t, 0, t.find("，") + 1, len(t)), _guide_of_bodies("县农业农村局要开展培训，指导各乡镇建立台账", 0, 12, 22)
    ([], [])
    """
    if opening_units(text, cs + 2, ce) is None:
        return []  # no body guided: 指导农户…
    doers = opening_units(text, ss, cs - 1)
    if not doers or not _specific(doers):
        return []  # (every body of a level, 各区政府加强…，指导街镇…: a share, as real plan 12's, no lead of its own)
    after = doers[-1].pos + len(doers[-1].name)
    return [] if _SENTENCE_MODAL.match(text, after + text.startswith("等", after)) else doers


# a clause with no subject of its own opening with a role verb (…，全面负责…; …，督促指导B…): round 63; not 指导 alone
# (…开展技术指导，指导农户做好…: guiding farmers is the work, round 62 left30/05)
_ROLE_AFTER_ITS_WORK = compiled(r"(?:全面|具体|统一)?负责(?!同志|人(?![员才口民居群事力]))|督促指导")
_SENTENCE_MODAL = compiled("要|应当|应|将|须")
# a clause of a duty with no subject of its own after 由 and units doing other work (…，分工负责…)
_SHARED_DUTY = compiled(r"(?:分工|共同|具体)负责")
# how a unit's name ends, the last of a 由 list before its work (由A、B安排专职人员)
_NAME_ENDING = compiled(r".{2,20}?(?:局|委|办|厅|政府|中心)")


# the person a body's name is followed by (平安办主要负责人, 区住建委分管领导): who holds a post, no body doing work
# (由平安办主要负责人兼任消防安全管理办公室主任，具体负责…: round 79 heldout24, held-out 96 line 52)
_POST_OF_A_BODY = compiled(r"(?:主要|分管)?(?:负责人|负责同志|领导)")
# a person taking a post (张三兼任办公室主任, 由李四担任组长): no body's name holds the verb
_TAKES_A_POST = ("兼任", "担任")


def _named_before_work(text: str, start: int, end: int) -> list[RoleUnit] | None:
    """The named units a clause ``text[start:end]`` lists before their work, no role verb (``区建设管理委、区规划资源局
    安排专职人员``), the last name read up to how a unit's name ends; else None.

    >>> [u.name for u in _named_before_work("区建设管理委、区规划资源局安排专职人员", 0, 19)]
    ['区建设管理委', '区规划资源局']
    >>> _named_before_work("施工单位安排专职人员", 0, 10)
    >>> _named_before_work("平安办主要负责人兼任办公室主任", 0, 15)  # a person holding a post (round 79)
    >>> _named_before_work("张三兼任办公室主任", 0, 9)  # a person taking one: no unit 张三兼任办 (round 79, the lead)
    """
    units = _units(text, start, end)
    if not units:
        return None
    last = _NAME_ENDING.match(units[-1].name)
    if (
        last is None
        or _POST_OF_A_BODY.match(units[-1].name, last.end()) is not None
        or any(verb in last.group() for verb in _TAKES_A_POST)
    ):
        return None
    named = [*units[:-1], RoleUnit(last.group(), "lead", units[-1].pos)]
    return named if _specific(named) else None


# a paragraph's units before the duties they bear its work by (街道办事处、镇人民政府按照职责分工充分发挥属地职能…)
_BY_DUTY_OPENING = compiled(r"^(.{2,30}?)(?:按照|按|依照|根据)(?:各自)?职责(?:分工)?")
# the relevant departments of one level (区级相关部门, 县级有关部门): a definite set, as 各省级教育行政部门 is (round 63)
_LEVEL_DEPARTMENTS = compiled(r"(?:省|市|县|区|乡镇|镇)级(?:相关|有关)部门")


def _clause_subject_before(text: str, clauses: list[tuple[int, int]], ci: int) -> list[RoleUnit] | None:
    """The units that open, with a modal verb, a clause of the sentence after its first and before clause ``ci``, the
    nearest first: the subject a later clause with none of its own (``…，会同C建立…``) goes on with (``A牵头修订预案，
    B应优化程序，会同C建立队伍``: B works with C; round 78 heldout23, held-out 93 line 62; before, the sentence's A).

    >>> t = "市交通委牵头修订预案，申通地铁集团应优化程序，会同相关单位建立队伍"
    >>> [u.name for u in _clause_subject_before(t, [(0, 10), (11, 22), (23, 33)], 2)]
    ['申通地铁集团']
    >>> _clause_subject_before(t, [(0, 10), (11, 22), (23, 33)], 1) is None
    True
    >>> t = "（四）公益性项目：各区要加快处置，会同区农业农村委补办手续"
    >>> _clause_subject_before(t, [(0, 9), (9, 16), (17, 30)], 2) is None  # a collective (held-out 85 line 60)
    True
    """
    for pj in range(ci - 1, 0, -1):
        subject = _modal_subject(text, *clauses[pj])
        if subject:
            # named bodies only: a collective's 要会同 (各区要…，会同B…) is no task (held-out 85 line 60, rounds 21, 33)
            return subject if _specific(subject) else None
    return None


def _modal_subject(text: str, start: int, end: int) -> list[RoleUnit] | None:
    """The units a clause ``text[start:end]`` opens with before a modal verb (``县水利局要对…``), named, every body of a
    level, or a level's relevant departments (``区级相关部门要…``), else None (round 63).

    >>> [u.name for u in _modal_subject("区级相关部门要发挥好承上启下作用", 0, 16)]
    ['区级相关部门']
    >>> _modal_subject("相关部门要发挥好作用", 0, 10), _modal_subject("工作人员要认真负责", 0, 9)
    (None, None)
    """
    for modal in _SENTENCE_MODAL.finditer(text, start + 2, min(end, start + _ITEM_NAMES)):
        units = _units(text, start, modal.start(), role="lead")
        if units and (_specific(units, each=True) or all(_LEVEL_DEPARTMENTS.fullmatch(u.name) for u in units)):
            return units
    return None


# a quoted principle a clause of its own, its units' verb opening the next (A、B按照“谁主管、谁负责”原则，分别负责…:
# session 40): how far the clause goes on after the quote (``”的原则``), and the next clause's verb
_PRINCIPLE_TAIL = 4
_COMMA_MODAL = compiled(r"[，,](?:分别|共同|各自|具体)?")


def _manner_before_role(text: str, start: int, at: int, end: int) -> tuple[list[RoleUnit], re.Match] | None:
    """The units opening ``text[start:end]`` before how they do their part (``按照职责``, ``根据…``, ``按照“…”原则``) and
    their role verb, with that verb's match, else None. ``at`` is where a role verb was found first: inside a quoted
    principle (``谁负责``) the units' own verb is looked for after the quote.

    >>> t = "县人社局按照“谁主管、谁负责”原则负责工匠培育"
    >>> units, verb = _manner_before_role(t, 0, t.find("负责"), len(t)); [u.name for u in units], verb.start()
    (['县人社局'], 17)
    >>> _manner_before_role("按照职责分工负责工匠培育", 0, 6, 12) is None
    True
    >>> t = "县人社局按照“谁主管、谁负责”原则，分别负责工匠培育"  # the principle a clause of its own (session 40)
    >>> units, verb = _manner_before_role(t, 0, t.find("负责"), t.find("，")); [u.name for u in units], verb.group()
    (['县人社局'], '负责')
    >>> t = "各小区应根据《指导意见》，建立微型消防站，负责初起火灾扑救"
    >>> _manner_before_role(t, 0, t.find("负责"), len(t)) is None  # no manner alone before the verb
    True
    """
    manner = _MANNER.search(text, start, at)
    if manner is None or manner.start() == start:
        return None
    quote = text.find("“", manner.end(), at)
    words = ""  # the manner and the verb, without a comma between them
    if quote != -1 and (close := text.find("”", quote, end)) > at:
        verb = _OPENING_ROLE.search(text, close + 1, end)  # 按照“谁主管、谁负责”原则负责…: the verb after the quote
        if verb is None and end - close <= _PRINCIPLE_TAIL and (modal := _COMMA_MODAL.match(text, end)):
            verb = _OPENING_ROLE.match(text, modal.end())  # …原则，分别负责… (session 40)
            words = text[manner.start() : end] + text[end + 1 : verb.end()] if verb else ""
        if verb is None:
            return None
    else:
        verb = _OPENING_ROLE.search(text, at, end)
    if verb is None or lone_role(words or text[manner.start() : verb.end()]) is None:
        return None  # the manner alone between the units and their verb (not 应根据《…》，建立…)
    subject = _subject(text, start, manner.start())
    return (subject, verb) if subject else None


def _organised_by_lead(text: str, at: int, end: int) -> list[RoleUnit] | None:
    """The units a lead organises after its 牵头 at ``at`` (``A牵头组织B做好…``, to the clause's ``end``): its partners,
    as ``A组织B开展…`` (round 40; round 51), [] where its object is work or people; None where 组织 does not follow.

    >>> t = "县供销社牵头组织县农资公司做好储备"
    >>> [(u.name, u.role) for u in _organised_by_lead(t, 4, len(t))], _organised_by_lead("A牵头组织开展检查", 1, 9)
    ([('县农资公司', 'support')], [])
    >>> _organised_by_lead("A牵头各乡镇建立计划库", 1, 11) is None
    True
    """
    if not text.startswith(_LEADS_AND_ORGANISES, at) or text.startswith("部", at + len(_LEADS_AND_ORGANISES)):
        return None  # (组织部: a name's)
    return _organised(text, at + len(_LEADS_AND_ORGANISES), end)


_LEADS_AND_ORGANISES = "牵头组织"
_ORGANISES = "组织"


# a role verb joined by 和/并 to the verb phrase after ``A应``: A应根据职责分工带领…统筹协调和指导试点乡镇…
# (not a noun: 督促指导和考核, 的监督和指导, 和指导意见, 在…指导下)
_JOINED_ROLE = compiled(r"(?:和|并)(?:负责|牵头|指导)(?!单位|部门|意见|下|小组|组(?!织)|人|同志)")
_SUBJECT_MODAL = compiled(_MODAL_VERBS)
_CLAUSE_CLOSE = "，,。；;、"  # what ends a clause right after a verb: the verb has no object


def _coordinated_role(text: str, start: int, end: int) -> list[RoleUnit]:
    """The named units that open a clause ``text[start:end]`` with a modal verb, when a later 和/并 joins a
    role verb to what they must do: they lead.

    >>> [u.name for u in _coordinated_role("区应急局、区民政局应带领专班统筹协调和指导各街镇开展排查", 0, 28)]
    ['区应急局', '区民政局']
    >>> _coordinated_role("区应急局应加强对各街镇的监督和指导", 0, 17), _coordinated_role("区应急局应督促指导各街镇", 0, 12)
    ([], [])
    >>> _coordinated_role("区绿化市容局应当指派专人至现场予以核实和指导", 0, 22)  # no object: the act given (round 70)
    []
    """
    joined = _JOINED_ROLE.search(text, start, end)
    if joined is None or text.find("的", start, joined.start()) != -1 or text.find("由", start, joined.start()) != -1:
        return []  # 的: a noun phrase; 由B牵头 is read on its own
    if joined.end() == end or text[joined.end()] in _CLAUSE_CLOSE:
        return []  # 应当…予以核实和指导，: a verb with no object names the act done, no role (round 70, held-out 63 line 46)
    for modal in _SUBJECT_MODAL.finditer(text, start + 2, min(joined.start(), start + 40)):
        subject = _subject(text, start, modal.start())
        if subject:
            return subject
    return []


# 协助 as 配合, and 依法 before it (居民委员会依法协助街道办事处开展…: round 80 heldout25, held-out 99 line 54)
_ASSIST = compiled(r"(?:要|将|应当|应|须|需)?(?:积极|依法)?(?:配合|协助)")


def _assisting(text: str, start: int, end: int) -> list[RoleUnit]:
    """``X应配合Y推进…`` in a clause: Y (named units) leads, X (units, collectives too) supports.

    >>> [(u.name, u.role) for u in _assisting("各乡镇应配合试点工作专班认真排摸地块", 0, 18)]
    [('试点工作专班', 'lead'), ('各乡镇', 'support')]
    >>> [(u.name, u.role) for u in _assisting("居民委员会依法协助街道办事处开展治理", 0, 18)]  # round 80
    [('街道办事处', 'lead'), ('居民委员会', 'support')]
    >>> _assisting("物业服务企业依法协助街道办事处开展治理", 0, 19)  # a kind helps: no task
    []
    >>> _assisting("居民委员会应当协助政府及其派出机关做好工作", 0, 21)  # no body named helped: no task
    []
    """
    m = _ASSIST.search(text, start, end)
    if m is None or m.start() == start:
        return []
    helpers = _units(text, start, m.start(), role="support")
    if not (helpers and all(is_unit_name(u.name) and not names_a_type(u.name) for u in helpers)):
        return []
    led = _sentence_subject(text, m.end(), end)
    if led and "协助" in m.group() and not all(opens_like_a_body(u.name) for u in led):
        return []  # 居民委员会应当协助政府及其派出机关做好…: the government at large, no body named (held-out 76 line 42)
    return led + helpers if led else []


# the words before 各 that make a collective every other body of its level: 其余各镇, 其他各街道 (round 65 heldout9)
_THE_REST_OF_EACH = ("其余各", "其他各")


def _further_subject(text: str, start: int, end: int) -> list[RoleUnit]:
    """The named units a later clause of a sentence whose lead is named opens with, doing their share: leads beside
    it when they are 负责 too (``市城投集团负责搭建…``), else its partners (``市文化广电旅游局做好业态策划``,
    ``市住建局给予技术指导``); [] when the clause opens with no named units and a verb.

    >>> [(u.name, u.role) for u in _further_subject("市城投集团负责搭建投融资平台", 0, 14)]
    [('市城投集团', 'lead')]
    >>> [(u.name, u.role) for u in _further_subject("市住建局给予技术指导", 0, 10)], _further_subject("年内启动一期改造", 0, 8)
    ([('市住建局', 'support')], [])
    >>> [(u.name, u.role) for u in _further_subject("区消防救援支队予以指导", 0, 11)]  # as 给予 (round 41)
    [('区消防救援支队', 'support')]
    >>> [(u.name, u.role) for u in _further_subject("县民政局、县卫生健康局加强业务指导", 0, 17)]  # round 41
    [('县民政局', 'support'), ('县卫生健康局', 'support')]
    >>> [(u.name, u.role) for u in _further_subject("各街道办事处组织摸底", 0, 10)]  # round 45
    [('各街道办事处', 'support')]
    >>> [(u.name, u.role) for u in _further_subject("区社会组织管理局开展宣传", 0, 12)]  # 组织 in a name passed over
    [('区社会组织管理局', 'support')]
    >>> [(u.name, u.role) for u in _further_subject("县河长办每月督查通报", 0, 10)]  # round 47: when, then its work
    [('县河长办', 'support')]
    >>> [(u.name, u.role) for u in _further_subject("各乡镇人民政府负责辖区内工程管护", 0, 16)]  # round 47
    [('各乡镇人民政府', 'support')]
    >>> [(u.name, u.role) for u in _further_subject("县河长办汛期加密调度", 0, 10)]  # round 48: how, then its work
    [('县河长办', 'support')]
    >>> [(u.name, u.role) for u in _further_subject("其余各镇负责镇级体检费用", 0, 12)]  # round 65 heldout9
    [('各镇', 'support')]
    >>> _further_subject("要指导督促各街道和乡镇落实管理责任", 0, 17)  # round 69: the sentence's subject goes on
    []
    """
    if text[start : start + 1] in _MODAL_FIRST and _MODAL_INSIDE.match(text, start):
        return []  # …；要指导督促各街道和乡镇落实…: a modal opens it, so the subject before goes on (held-out 59 line 36)
    read: list[RoleUnit] = []
    verb = ""
    if text.startswith(_THE_REST_OF_EACH, start):
        start += 2  # …，其余各镇负责…: every other body of the level, as 各镇 (round 65 heldout9)
    for m in _SHARE_VERB.finditer(text, start + 2, min(end, start + _ITEM_NAMES)):
        own = m.group() in _OWN_SHARE
        stop = _before_modal(text, start, m.start())
        if stop > start + 2 and text[stop - 1] in _WHEN_LAST and (when := _WHEN.search(text, start + 2, stop)):
            stop = when.start()  # 县河长办每月督查通报, 各村汛期每日巡查: when it does its share (round 47)
        # …，村级项目移交各街道负责归档: the work handed over to the bodies that own it, no part of their names; they
        # lead their share, every body of a level too (round 81 heldout28, held-out 108 line 76)
        handed = _handed_over(text, start, stop) if own and "交" in text[start:stop] else start
        units = _units(text, handed, stop, role="lead" if own else "support")
        # (every body of a level does a partner's share as a named unit does: 各街道办事处组织摸底, round 45; and with
        # 负责 too, as a partner, not beside the lead: …，各乡镇人民政府负责辖区内工程管护, round 47)
        if not (
            units
            and _specific(units, each=True)
            and all(len(u.name) <= _ITEM_NAME and not _NOT_A_NAME_START.match(u.name) for u in units)
        ):
            continue
        if own and not _specific(units) and handed == start:
            units = [u.with_role("support") for u in units]
        if read and not units[-1].name.startswith(read[-1].name + verb):
            break
        read, verb = units, m.group()  # (a verb inside the last name is passed over: 区社会组织管理局组织…)
    return read


# what a further unit of a sentence does, right after its names: its own share (负责: beside the lead), or a part
# 予以 (予以指导), 加强业务指导 (…是责任主体，负责…，县民政局、县卫生健康局加强业务指导): round 41; and 加强 with
# any work of its own (县市场监管局加强食品安全检查: round 50; before, only 加强(业务)指导)
# and 指导 with its object, a guide's own work (省国资委指导省属国有企业扩大招聘…): beside the lead, as 负责 (round 44)
# and the work it organises or carries out (由A牵头，各街道办事处组织摸底，B配合: round 45)
# and what it provides (市财政局保障资金, as in brackets: ``vocab._SHARE_INSIDE``; not the 保障 of 社会保障, 医疗保障局:
# round 46)
# and (round 47) its oversight, inspection or report, or the duty it carries out, after when it does it (县河长办每月督查
# 通报, 镇自然资源所每季度巡查复核, 各乡镇（街道）每月上报…, 各村（社区）落实…制度, 镇综合行政执法队依法查处)
_SHARE_VERB = compiled(
    r"负责|做好|给予|予以|督促指导|协助|提供|做到|抓好|加强(?=[\u4e00-\u9fff])|指导(?=[\u4e00-\u9fff])|组织(?=[\u4e00-\u9fff])|开展"
    r"|(?<!社会)保障(?!局)"
    r"|督查|督导|巡查|抽查|检查|查处|调度|通报|分析研判|研判|上报|落实|履行"
    r"|督办(?![室办])"  # round 48: 县住建局跟踪督办 (not a 督办室's name)
)
# when (or how) a further unit does its share, between its name and its verb (``_further_subject``, round 47)
# (round 48: and how it does it, 加密 (more often), 统筹, 跟踪: 县河长办汛期加密调度, 县应急管理局汛期统筹调度)
_WHEN = compiled("(?:" + "|".join(_RECURRING) + "|定期|汛期|适时|及时|依法|加密|统筹|跟踪)+$")
_WHEN_LAST = frozenset("日天周旬月度季年期时法密筹踪")
_OWN_SHARE = ("负责", "指导")  # the share verbs whose units lead beside the lead


def _lead_wins(found: list[RoleUnit]) -> list[RoleUnit]:
    """A unit one sentence of the paragraph makes lead leads, though another names it as a partner.

    >>> [(u.name, u.role) for u in read_prose("甲局会同乙局制定方案。乙局会同有关部门评估。", 0, 22).units]
    [('甲局', 'lead'), ('乙局', 'lead'), ('有关部门', 'support')]
    """
    leading = {u.name for u in found if u.role == "lead"}
    return [u if u.role == "lead" or u.name not in leading else u.with_role("lead") for u in found]


def _partners(text: str, clauses: list[tuple[int, int]], ci: int, found: list[RoleUnit]) -> int:
    """The partners named in the clauses right after clause ``ci`` (whose units lead), added to ``found``:
    a clause of unit names closed by a supporting verb (``B、C配合``), or ``会同B…``. Returns the last
    clause read.
    """
    consumed = ci
    after_lead = text.endswith(_LEADS_AS_SUCH, 0, clauses[ci][1])
    # after A负责 a bare 落实 only (A负责，各村落实: the villages carry A's task out, round 46; A负责，B负责 both lead)
    after_responsible = not after_lead and text.endswith("负责", 0, clauses[ci][1])
    for ns, ne in clauses[ci + 1 :]:
        if text.startswith(WITH, ns):
            found.extend(_supports_after(text, ns + len(WITH), ne))
            return consumed + 1
        if (
            (after_lead or text.startswith("由", clauses[ci][0]))
            and text.startswith("组织", ns)
            and (organised := _organised(text, ns + 2, ne))
        ):
            # A牵头，组织B、C开展…: whom the lead organises, its partners (round 52); and after the clause 由 opens
            # (…，由A做好验收资料，组织B对工程进行验收: round 81 heldout28, held-out 108 line 68)
            found.extend(organised)
            consumed += 1
            continue
        verb = _SUPPORT_VERB.search(text, ns, ne) or (
            _bare_duty(text, ns, ne)
            if after_lead or (after_responsible and text.endswith("落实", ns, ne)) or text.endswith("承办", ns, ne)
            else None
        )  # (a bare 承办 after any lead's clause: 由A组织，B、C承办, round 48)
        stop = verb.start() if verb else ns
        if verb and 0 <= text.find("负责", ns, stop) < stop - 2:
            break  # B负责指导、协调C和D配合…: B's own duty, whom it directs (no partner of the sentence before: round 63)
        if verb and (manner := _MANNER.search(text, ns + 2, stop)) is not None:
            stop = manner.start()  # B按照“谁起草、谁解读”原则配合: B (round 38)
        partners = _units(text, ns, stop, role="support") if verb else None
        # (公安、检察、法院、司法行政机关各司其职: fields sharing the body that closes the list, round 44)
        if not (
            partners and all(_partner_name(u.name, partners[-1].name) and lone_role(u.name) is None for u in partners)
        ) or _ORDERS_OTHERS.match(partners[0].name):
            break  # (督促企业落实主体责任: whom the lead makes act, no partner: round 42)
        found.extend(partners)
        consumed += 1
    return consumed


def _guided(text: str, clauses: list[tuple[int, int]], ci: int, units: list[RoleUnit]) -> list[RoleUnit]:
    """When clause ``ci`` names the units doing the work (``units``: 负责, 牵头, 负责组织实施 …) and the next clause is
    units and 指导 alone (``由各团场负责，师市民政局指导``): the guiding units lead, as 指导 does everywhere, and
    ``units`` support, as the bracket ``（A负责，B指导）`` is read (the corpus's plan 09: the guiding body leads; round 42,
    before, B was lost); a doer written 牵头 keeps leading beside its guide, as in ``（A牵头，B指导）`` (round 43: 牵头
    says who leads in so many words); 督促指导 / 负责督促指导 guide as 指导 does; else [].

    >>> t = "由各团场负责，师市民政局指导"
    >>> [(u.name, u.role) for u in _guided(t, [(0, 6), (7, 14)], 0, _units(t, 1, 4))]
    [('师市民政局', 'lead'), ('各团场', 'support')]
    >>> _guided("由各团场负责，加强指导", [(0, 6), (7, 11)], 0, _units("由各团场负责", 1, 4))
    []
    >>> t = "A公司负责落实，对号码开展复核，县工信局督促指导"  # round 48: the guide closing the sentence
    >>> [(u.name, u.role) for u in _guided(t, [(0, 7), (8, 15), (16, 24)], 0, _units(t, 0, 3))]
    [('县工信局', 'lead'), ('A公司', 'support')]
    >>> t = "由市住建局牵头，市发改委督促指导"  # round 43: 督促指导 as 指导; 牵头 keeps its unit leading
    >>> [(u.name, u.role) for u in _guided(t, [(0, 7), (8, 16)], 0, _units(t, 1, 7))]
    [('市住建局', 'lead'), ('市发改委', 'lead')]
    """
    if ci + 1 >= len(clauses):
        return []
    ns, ne = clauses[ci + 1]
    if not text.endswith("指导", ns, ne) and "指导" in text[clauses[-1][0] : clauses[-1][1]]:
        ns, ne = clauses[-1]  # 电信、移动…负责落实…，对…开展复核处置，县工信局督促指导: the duties between (round 48)
    if not text.endswith("指导", ns, ne):
        return []
    guides = _guides(text, ns, ne)
    if guides is None:
        return []
    if text.endswith("牵头", 0, clauses[ci][1]):  # 由A牵头，B指导: both lead, in the text's order, as in brackets
        return [*units, *guides]
    return [*guides, *(u.with_role("support") for u in units)]


# the units a sentence's doers work under the guidance of, written before them (在A指导下，B负责…: round 57)
# (round 80 heldout25: 在A的指导和监督下 too, held-out 99 line 160)
_UNDER_GUIDANCE = compiled(
    r"在([^，,。；;在]{2,60}?)的?(?:统筹|业务|技术|具体)?(?:指导(?:和|与)监督|监督(?:和|与)?指导|指导)下"
)


def _guiding_before(text: str, start: int, end: int) -> list[RoleUnit] | None:
    """The units a sentence ``text[start:end]`` names as guiding its doers, ``在A指导下，B负责…``: they lead, as the
    guide of ``（B负责，A指导）`` does (round 43); None when none is named (``在专家指导下``).

    >>> [(u.name, u.role) for u in _guiding_before("在县交通运输局指导下，各乡镇负责实施", 0, 18)]
    [('县交通运输局', 'lead')]
    >>> _guiding_before("在专家指导下，各乡镇负责实施", 0, 14)
    >>> [u.name for u in _guiding_before("在区民政局的指导和监督下，各街道负责实施", 0, 21)]  # round 80
    ['区民政局']
    """
    m = _UNDER_GUIDANCE.search(text, start, end)
    if m is None:
        return None
    guides = _units(text, m.start(1), m.end(1), role="lead")
    return guides if guides and _specific(guides) else None


def _doers_under_guidance(text: str, clauses: list[tuple[int, int]]) -> list[RoleUnit] | None:
    """The units opening a sentence's second clause after its first names the guidance they work under
    (``在区民政局指导下，各街道办事处建立…机制``), whatever their verb: they do the work, and the guide leads (as
    ``在A指导下，B负责…`` reads, round 57; before, with no role verb, no task: round 69 left40); None when the first
    clause is more than the guidance or the second opens with no named unit nor every body of a level.

    >>> t = "在区民政局指导下，各街道办事处建立履职评价机制"
    >>> [u.name for u in _doers_under_guidance(t, [(0, 8), (9, 23)])]
    ['各街道办事处']
    >>> _doers_under_guidance("在区民政局指导下，建立履职评价机制", [(0, 8), (9, 17)])
    """
    if _UNDER_GUIDANCE.fullmatch(text, *clauses[0]) is None:
        return None
    doers = opening_units(text, *clauses[1])
    return doers if doers and _specific(doers, each=True) else None


def _case_then_guidance(text: str, clauses: list[tuple[int, int]]) -> bool:
    """Whether a sentence opens with the case its work is for (``业主委员会无法正常运作的``, closed by 的) and then the
    guidance its doers work under (``在A的指导和监督下``): its third clause's units do the work A guides, as after
    the guidance alone (round 80 heldout25, held-out 99 line 160).

    >>> t = "业主委员会无法运作的，在街道办事处的指导和监督下，居民委员会可以代为组织实施"
    >>> _case_then_guidance(t, [(0, 10), (11, 24), (25, 39)]), _case_then_guidance(t, [(11, 24), (0, 10)])
    (True, False)
    """
    return (
        len(clauses) > 2
        and text[clauses[0][1] - 1] == "的"
        and _UNDER_GUIDANCE.fullmatch(text, *clauses[1]) is not None
    )


# the supervisor's clause after the bearers of the main duty (…，街道城管办履行监管职责): round 38's pair
_SUPERVISES = compiled(r"[^，,。；;]{2,30}?(?:履行[^，,。；;]{0,10}?监管职责|落实(?:行业)?监管责任)")


def _bear_the_main_duty(text: str, units: list[RoleUnit], clauses: list[tuple[int, int]], ci: int) -> bool:
    """Whether ``units``, each body of a kind (``各物业服务企业``), bear the main duty in clause ``ci`` beside a
    supervisor named in the next (``各物业服务企业落实主体责任，街道城管办履行监管职责``): they lead, as named units
    of ``A承担主体责任，B履行监管职责`` do (round 38; round 57 left21: before, firms made no task).

    >>> t = "各物业服务企业落实主体责任，街道城管办履行监管职责"
    >>> _bear_the_main_duty(t, [RoleUnit("各物业服务企业", "responsible", 0)], [(0, 13), (14, 25)], 0)
    True
    >>> _bear_the_main_duty("各物业服务企业落实主体责任", [RoleUnit("各物业服务企业", "responsible", 0)], [(0, 13)], 0)
    False
    """
    cs, ce = clauses[ci]
    return (
        text.startswith("主体责任", ce - 4)
        and ci + 1 < len(clauses)
        and all(_EACH_BODY.match(u.name) is not None and is_unit_name(u.name) for u in units)
        and _SUPERVISES.fullmatch(text, *clauses[ci + 1]) is not None
    )


def _urged_to_bear_it(text: str, start: int, end: int) -> bool:
    """Whether the clause ``text[start:end]`` urges others to bear the main duty (``督促各街镇落实主体责任``): those
    urged are no doers of the task (round 57 left21, heldout 15), as whom a lead urges is no partner (round 42).

    >>> _urged_to_bear_it("督促各街镇落实主体责任", 0, 11), _urged_to_bear_it("各街镇落实主体责任", 0, 9)
    (True, False)
    """
    return text.startswith("主体责任", end - 4) and _ORDERS_OTHERS.match(text, start) is not None


def _guiding_after_modal(text: str, at: int, end: int) -> list[RoleUnit] | None:
    """The units guiding what a subject must do, written right after its modal at ``at`` (``各社区要在街道城管办指导下
    开展…``): they lead, as ``在A指导下，B负责…`` reads (``_guiding_before``); None when none is named so.

    >>> t = "各社区要在街道城管办指导下开展停车位施划"
    >>> [(u.name, u.role) for u in _guiding_after_modal(t, 4, len(t))], _guiding_after_modal("各社区要在专家指导下开展", 4, 12)
    ([('街道城管办', 'lead')], None)
    """
    m = _UNDER_GUIDANCE.match(text, at, end)
    return _guiding_before(text, at, m.end()) if m is not None else None


def _under_guides(guides: list[RoleUnit], doers: list[RoleUnit], led: bool) -> list[RoleUnit]:
    """The units of a sentence done under ``guides``' guidance: the guides lead and the doers support, unless the
    doers are written 牵头 (``led``: both lead, the guides first), as ``_guided`` reads a guide after its doers."""
    return [*guides, *(doers if led else (u.with_role("support") for u in doers))]


def _trailing_partners(text: str, start: int, end: int) -> list[RoleUnit]:
    """The partners a clause names with a supporting verb, later in a sentence whose lead is named: ``A牵头，督促企业
    落实…，B、C配合`` (round 42; before, B and C were lost: only the clause right after the lead's was read).

    >>> t = "县应急管理局牵头，督促企业落实主体责任，县市场监管局、县住建局配合"
    >>> [(u.name, u.role) for u in _trailing_partners(t, 20, len(t))]
    [('县市场监管局', 'support'), ('县住建局', 'support')]
    >>> _trailing_partners("年内完成改造", 0, 6)
    []
    """
    found: list[RoleUnit] = []
    _partners(text, [(start, start), (start, end)], 0, found)
    return found


# verbs a lead sends others to act with, opening the clause that names them (督促企业落实…): no partner's name; and
# 调动, with the manner before it (round 69 heldout14: 乡镇人民政府要发挥…优势，充分调动各部门和单位参与…; literals all,
# so that ``re`` skips to their first characters)
_ORDERS_OTHERS = compiled(r"督促|指导|推动|引导|要求|鼓励|支持|帮助|动员|调动|充分调动|充分动员|广泛动员")


def _bare_duty(text: str, start: int, end: int) -> re.Match | None:
    r"""The bare ``负责`` (各司其职, 落实) closing a clause of units right after a clause whose units lead with 牵头, else None.

    ``A牵头，B、C负责，…`` is written as the bracket ``（A牵头，B、C负责）``: B and C carry out A's task, its partners
    (round 42; a clause with its own duty after 负责, ``B负责资金保障``, stays B's own).

    >>> t = "县经信局牵头，县开发区管委会负责，2021年底前完成"
    >>> _bare_duty(t, 7, 16).group()
    '负责'
    >>> _bare_duty("A牵头，B负责资金保障", 4, 12) is None
    True
    >>> _bare_duty("镇财政所牵头，各村落实", 7, 11).group()  # round 45
    '落实'
    >>> _bare_duty("县林业局牵头，县财政局、各乡镇分工负责", 7, 19).group()  # round 55
    '分工负责'
    """
    duty = next((d for d in _BARE_DUTIES if text.endswith(d, start, end)), None)
    return None if duty is None else _BARE_DUTY.fullmatch(text, max(start, end - len(duty)), end)


# the duty alone closing the clause of a lead's partners: 负责, and 各司其职 (A统筹，B、C各司其职: round 44), and 落实
# (A牵头，B配合，各村落实: as the bracket （A牵头，B配合，各村落实） reads, round 45)
# (round 48: 承办, the units carrying out an event a lead organises: 市委宣传部主办，各区承办)
# (round 54: 各负其责, as 各司其职: 由A牵头，B、C各负其责)
# (round 55: 分工负责, each its part: A牵头，B、C分工负责)
_BARE_DUTIES = ("分工负责", "负责", "各司其职", "各负其责", "落实", "承办")
_BARE_DUTY = compiled("分工负责|负责|各司其职|各负其责|落实|承办")
# the verbs that say, closing a clause of units, that they lead: the partners' clauses after them may close with a
# bare duty (A牵头，B、C负责; A统筹，B、C各司其职: round 44; A主办，B承办: round 48; A牵头抓总，B、C负责: round 55)
_LEADS_AS_SUCH = ("牵头", "统筹", "主办", "抓总")


# how partners do their part, between their names and their verb (B按照…原则配合, B根据职责配合)
# (round 44: 按职责, B按职责予以配合; 在…方面, B在安全保障等方面予以支持; round 46: 依职责, and 依法, B依法履行出资人职责,
# not the 依法 of a name, 县委依法治县办)
_MANNER = compiled(r"按照|根据|依据|依照|按职责|依职责|依法(?!治)|在[^，,。；;]{1,20}?(?:方面|领域|环节)")
# and the grounds a body acts on, a clause of its own before its role (市交通委在…要素平衡方案基础上，牵头组织…: round 71
# heldout16, held-out 74 line 52), looked for where the clause writes them
_GROUNDS = compiled(r"在[^，,。；;]{2,60}?(?:基础上|前提下)")
_GROUNDS_ENDS = ("基础上", "前提下")  # the grounds close the clause: one look at its end


# a time opening a sentence, a clause of its own (2025年11月底前，…; 每季度末，…; 2025年内，…)
_TIME_FIRST = compiled(
    r"(?:\d{4}年)?\d{1,2}月(?:底|末|内|中旬|上旬|下旬)?(?:前|以前|之前)?|\d{4}年(?:底|末|内)?(?:前|以前|之前)?"
    r"|每(?:"
    + "|".join((*POINT_PERIODS, "周"))
    + r")(?:末|初|底)?|(?:\d{4}年)?[上下]半年|(?:\d{4}年)?第?[一二三四]季度(?:末|内)?"
)


def after_opening_time(text: str, start: int, end: int) -> int | None:
    """Where the words after a time that opens ``text[start:end]`` as a clause of its own begin (``2025年内，县财政局
    统筹…``), else None.

    >>> t = "2025年内，县财政局统筹整合资金。"
    >>> t[after_opening_time(t, 0, len(t)):]
    '县财政局统筹整合资金。'
    """
    comma = next(
        (
            i
            for i in (text.find("，", start, min(end, start + 14)), text.find(",", start, min(end, start + 14)))
            if i != -1
        ),
        -1,
    )
    return comma + 1 if comma > start and _is_time(text, start, comma) else None


def work_of_its_own(text: str, start: int, end: int) -> bool:
    """Whether the clause ``text[start:end]`` is work with no subject named: a task's verb in it, neither a time nor
    an opening adverbial alone, and no unit opening it (``汛期前开展农房地质灾害隐患排查``; not ``对列入名录的村寨``,
    ``县气象局开展会商``): under a unit's heading, that unit's work (round 66).

    >>> work_of_its_own("汛期前开展隐患排查", 0, 9), work_of_its_own("对列入名录的村寨", 0, 8)
    (True, False)
    >>> work_of_its_own("县气象局开展会商", 0, 8)
    False
    """
    return (
        _ITEM_VERB.search(text, start, end) is not None
        and not _is_time(text, start, end)
        and not _is_opening_adverbial(text, start, end)
        and opening_units(text, start, end) is None
    )


def _is_time(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a time alone (``2025年11月底前``, ``每季度末``): its first character checked
    before the pattern."""
    return text[start] in _TIME_FIRST_CHARS and _TIME_FIRST.fullmatch(text, start, end) is not None


_TIME_FIRST_CHARS = frozenset("0123456789每上下第一二三四")
# what the work is about, how, when or what for, a clause of its own opening a sentence (对因彩礼引发的纠纷，…;
# 针对…问题，…; 围绕…，…; 为确保…，…; 在…时段，…), holding no role verb; and (round 51) the approach it takes or
# the requirement it carries out (坚持问题导向，…; 立足…，…; 统筹…，…; 紧盯…，…; 利用…，…; 落实…的工作要求，…);
# round 52: the aim or principle it follows (瞄准…目标，…; 秉持…理念，…; 遵循…原则，…) and the means (发挥…作用，…)
_ADVERBIAL_FIRST = compiled(
    r"(?:对于?|针对|围绕|聚焦|按照|根据|依据|依照|依托|通过|借助|结合|为了?)[^，,。；;]{1,40}"
    r"|(?:坚持|立足|统筹|紧盯|紧扣|紧紧围绕|利用|运用|瞄准|秉持|秉承|遵循)[^，,。；;]{1,40}"
    r"|(?:充分)?发挥[^，,。；;]{1,40}?作用"  # round 52: 发挥…作用, the means the work uses
    r"|(?:贯彻)?落实[^，,。；;]{1,40}?(?:要求|部署|精神|决策部署|指示批示)"
    r"|在[^，,。；;]{1,40}?(?:中|期间|时|时段|时期|前|后|下|内|方面|领域|环节)"
    r"|以[^，,。；;]{1,30}?为(?:重点|抓手|核心|主线|载体|契机|突破口|导向|目标)"
    r"|自?20\d{2}年(?:起|开始)|(?:春节|国庆节?|汛期?|入汛|元旦)前"
)
_ADVERBIAL_OPENERS = frozenset("对针围聚按根依通借结为在以自2春国汛入元坚立统紧利运落贯瞄秉遵发充")
# a role verb (负责人, 负责同志: a person in charge, no role: 以企业主要负责人履职为抓手, round 51); the partners' and
# the 交办 roles' verbs too in ``_ANY_ROLE`` (a point naming no role, round 51). Every 负责人… is a person here, unlike
# in ``_OPENING_ROLE``: right after the units opening a sentence 负责人员培训 is their work (A负责人员培训), inside a
# clause it is most often people (以企业负责人员培训为重点); weighed in session 39, no input read differently either way
_ROLE_VERBS = (r"负责(?!人|同志)", "牵头", "配合", "指导", "会同")
_ROLE_INSIDE = compiled("|".join(_ROLE_VERBS))
_ANY_ROLE = compiled("|".join((*_ROLE_VERBS, "协助", "协办", "参与", "主办", "承办")))
_QUOTED = compiled(r"“[^”]{0,30}”")  # a principle's words (按照“谁投资谁负责”的原则) are no role of the clause


def _is_opening_adverbial(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` says only what the work is about, how, when or what for (``对因彩礼引发的婚约财产
    纠纷``, ``围绕森林防火重点时段``, ``为确保森林资源安全``, ``以健身行业为重点``, ``依托12315平台``, ``春节前``,
    ``自2026年起``): a clause opening a sentence whose next clause names the units, as after an opening time (round
    50); or the approach it takes or the requirement it carries out (``坚持问题导向``, ``立足县域自然条件``,
    ``统筹推进林权登记``, ``紧盯重点时段``, ``利用无人机开展监测``, ``落实省林长办的工作要求``: round 51). A role verb
    inside it makes it no such clause, but not one quoted (``按照“谁投资谁负责”的原则``), nor 负责人 (a person).

    >>> t = "对因彩礼引发的纠纷，镇司法所负责调处"
    >>> _is_opening_adverbial(t, 0, 9), _is_opening_adverbial("在森林防火重点时段", 0, 9)
    (True, True)
    >>> _is_opening_adverbial("对县直部门负责的项目开展督查", 0, 14), _is_opening_adverbial("加强政策宣传", 0, 6)
    (False, False)
    >>> _is_opening_adverbial("坚持问题导向", 0, 6), _is_opening_adverbial("以企业主要负责人履职为抓手", 0, 13)  # round 51
    (True, True)
    >>> _is_opening_adverbial("落实省林长办的工作要求", 0, 11), _is_opening_adverbial("落实属地管理责任", 0, 8)
    (True, False)
    >>> _is_opening_adverbial("按照“谁投资谁负责”的原则", 0, 13), _is_opening_adverbial("以奖代补", 0, 4)
    (True, False)
    >>> _is_opening_adverbial("以企业负责人员培训为重点", 0, 12)  # people, not a role verb (``_ROLE_VERBS``)
    True
    >>> _is_opening_adverbial("遵循军地协同原则", 0, 8), _is_opening_adverbial("发挥群团组织纽带作用", 0, 10)  # round 52
    (True, True)
    >>> _is_opening_adverbial("发挥财政资金引导", 0, 8)  # no 作用: the task's work
    False
    """
    return (
        text[start : start + 1] in _ADVERBIAL_OPENERS
        and _ADVERBIAL_FIRST.fullmatch(text, start, end) is not None
        and _ROLE_INSIDE.search(_QUOTED.sub("", text[start:end])) is None
    )


# a sentence reporting what was done (开展了, 进行了: a 通报's opening; 制定了《…》: a covering notice saying who drafted
# the plan it sends, round 40), or naming a group's members
_DONE_ALREADY = compiled(r"(?:开展|进行|组织|召开|完成|实施|部署|印发|出台|制定|起草|编制|拟定|修订)了")
# round 75: or a standing body's make-up opening its sentence (联席会议由A、B等单位组成，A为牵头单位: who sits in a joint
# meeting and who convenes it), not a task setting one up (成立由A牵头、B等部门组成的工作专班: 组成的)
_MEMBERS = compiled(
    r"成员由.{2,300}?组成"
    r"|^[^，,；;]{0,16}?(?:联席会议|领导小组|工作专班|指挥部|委员会|工作组|协调小组)(?:成员单位)?由[^；;]{2,300}?组成(?!的)"
)


# a sentence saying who drafted the plan itself (round 30)
_DRAFTS_THE_PLAN = compiled(
    r"(?:制定|起草|编制|拟定|修订|印发)了?本(?:工作)?(?:实施|行动)?(?:方案|要点|清单|计划|意见|办法|细则|规划)"
)


# a sentence naming who carries out the plan as a whole (round 62): 本方案由A会同B、C等部门组织实施 (the plan its
# subject, opening the sentence), A是本行动的责任主体 (the plan the body answers for: not 本地区, 本辖区, 本单位)
_CARRIES_THE_PLAN = compiled(
    r"^本(?:工作|实施|专项)?(?:方案|要点|计划|办法|细则|规划|行动)由"
    r"|(?:是|作?为)本(?:次|项)?(?:专项)?(?:工作|实施|行动)?(?:方案|计划|行动)的?[\u4e00-\u9fff]{0,4}责任(?:主体|单位)"
)


def read_prose(text: str, start: int, end: int) -> Assignment | None:
    """The roles a paragraph ``text[start:end]`` gives to named units in prose, or None.

    A sentence that states a plan's conventions or names who carries out the whole plan gives no task (round 62):

    >>> t = "各项任务均需各省级人民政府负责落实，不再列出。"
    >>> read_prose(t, 0, len(t)) is None
    True
    >>> t = "本方案由市住房城乡建设委会同市财政局等部门组织实施，各区政府承担属地主体责任。"
    >>> read_prose(t, 0, len(t)) is None
    True
    """
    found: list[RoleUnit] = []
    paragraph_subject: list[RoleUnit] | None = None
    by_duty: list[RoleUnit] | None = None  # the units opening the paragraph before 按照职责分工 (round 68)
    led = False  # the sentence before named a lead
    deadlines: list[tuple[bool, int, int, str]] = []  # (not in a sentence naming units, start, end, clause)
    own_dates: list[tuple[bool, int, int, str]] = []  # the first of those of each sentence naming a lead of its own
    leaders: list[tuple[str, str, int]] = []  # people who lead over the task (由副镇长李某某牵头): its 牵头领导
    labelled: str | None = None  # a deadline field written as a sentence of the paragraph (整改时限：…)
    label_stop = start
    for k, (ss, se) in enumerate(split_outside(text, _SENTENCE, start, end)):
        if ss < label_stop:
            continue  # the field's later steps (时间安排：一季度…；四季度…)
        if labelled is None and k and (labelled := deadline_sentence(text, ss, end)) is not None:
            label_stop = labelled_end(text, ss, end)
            continue
        framing = _FRAMING.match(text, ss, se)
        if framing is not None:  # 会议要求，A负责…: the meeting's words before the sentence's own (round 37)
            ss = framing.end()
        sentence = text[ss:se]
        if not sentence or ("本" in sentence and _DRAFTS_THE_PLAN.search(sentence)):
            continue  # 市数据局会同市财政局研究制定了本工作要点: who drafted the plan, no task of it
        if "解释" in sentence and _INTERPRETS.search(sentence):
            continue  # 本措施由省科技厅会同省财政厅负责解释: who interprets the plan, no task of it (round 37)
        if "本" in sentence and _CARRIES_THE_PLAN.search(sentence):
            continue  # 本方案由A会同B组织实施 / A是本行动的责任主体: who carries out the whole plan, no task (round 62)
        if "列出" in sentence and unlisted_carried(sentence):
            continue  # 各项任务均需A负责落实，不再列出: a unit carried into every task, no task of its own (round 62)
        if ("了" in sentence and _DONE_ALREADY.search(sentence)) or ("组成" in sentence and _MEMBERS.search(sentence)):
            continue  # …会同A、B对…开展了专项督查: what was done (a 通报's opening); 成员由A、B负责人组成: who a
            # group's members are (round 38): no task of either
        if (k == 0 or _names_a_first_place(sentence)) and (
            _states_the_lists_convention(text, ss, se) and (k == 0 or not _gives_roles(text, start, ss))
        ):
            # 说明：责任单位中排在第一位的为牵头单位…；各街道办事处负责…: a note on the plan's lists (round 46); round 60:
            # also after sentences giving no unit a role (各设区市人民政府是本地区…的责任主体，要…。各项任务中，排在第一位的…
            # 为牵头单位: a covering notice on how the plan reads)
            return None
        clauses = split_outside(text, _CLAUSE, ss, se)
        if "：" in sentence or ":" in sentence:
            clauses = _times_of_day_joined(text, clauses)  # 于6月20日18：00前报送: one clause (round 73)
        if "、" in sentence and ("头、" in sentence or "责、" in sentence):
            clauses = _lead_then_partners(text, clauses)  # A牵头、B配合: two clauses (round 54)
        # a kind of body with a role verb of its own (县级公立医院牵头，基层医疗卫生机构参与，建立…; 乡镇卫生院负责) names
        # who does the work in a sector plan; not in a sentence naming a body's members (由县级医院牵头，…为成员单位:
        # how each 医共体 is made, round 43 fresh6)
        kinds = "成员" not in sentence
        named = len(found)
        # 在A指导下，B负责… (round 57); 在A的指导和监督下 (round 80)
        guides = _guiding_before(text, ss, se) if "指导下" in sentence or "监督下" in sentence else None
        if k == 0 or (k == 1 and paragraph_subject is None and by_duty is None and not found):
            # (round 71 left41: or the sentence after a title naming no unit, （一）生活垃圾治理。A负责X；负责会同B做好Y)
            m = re.match(r"^(.{2,30}?)(?:要|将|应|负责|会同|牵头)", sentence)
            if m:
                paragraph_subject = _subject(text, ss, ss + len(m.group(1)))
            elif k == 0 and "职责" in sentence and (m := _BY_DUTY_OPENING.match(sentence)) is not None:
                by_duty = _subject(text, ss, ss + len(m.group(1)), each=True)
        elif by_duty and not found and _ROLE_AFTER_ITS_WORK.match(sentence) is not None:
            # A、B按照职责分工充分发挥属地职能，…。负责调解…: the duty is the units' the paragraph opened with, who bear
            # its work by their duties (round 68 heldfix68b: held-out 61 line 120)
            found.extend(u.with_role("responsible") for u in by_duty)
        # the units a sentence declares responsible; its later clauses with no subject of their own are theirs
        declared: list[RoleUnit] | None = None
        body_end = -1  # where a ``是…责任主体`` clause ends: its partners may follow it (round 41)
        m = _LEAD_WORK.match(sentence)
        if m:
            declared = _subject(text, ss, ss + len(m.group(1)))
        else:
            m = _declared_body(sentence)
            if m:  # 各乡镇政府是…直接责任主体: the plan names every body of a level responsible
                declared = _subject(text, ss, ss + len(m.group(1)), each=True)
                body_end = ss + m.end()
            elif "主体" in sentence and (m := _BODY_NAMED_AFTER.search(sentence)) is not None:
                declared = _units(text, ss + m.start(1), ss + m.end(1), role="lead")
                declared = declared if declared and _specific(declared) else None
                body_end = ss + m.end() if declared else body_end
            elif (
                "设在" in sentence
                and (m := _SEATED.search(sentence)) is not None
                and not _LEADING_GROUP.search(text, start, ss + m.start())
            ):  # (not a 领导小组's, a 专班's or a 联席会议's office: how the plan is led, in its 组织领导, no task)
                # 安委会办公室设在县应急管理局，负责…: the body that hosts the office does its work (round 38)
                declared = _units(text, ss + m.start(1), ss + m.end(1), role="lead")
                declared = declared if declared and _specific(declared) else None
        later_body = 0  # the clause a body is declared in after the sentence's first: those before it are read
        if not declared and len(clauses) > 1 and ("责任" in sentence or "主管部门" in sentence):
            # 非法采砂整治工作，县水利局是第一责任单位，…: the body declared after the work's name (round 44)
            for bi, (bs, _) in enumerate(clauses[1:], 1):
                if (m := _declared_body(text[bs:se])) is not None:
                    declared = _subject(text, bs, bs + len(m.group(1)), each=True)
                    body_end = bs + m.end() if declared else body_end
                    later_body = bi if declared else 0
                    break
        if declared:
            found.extend(declared)
        consumed = -1  # the clauses after 由A牵头 that name its partners
        if led:  # A负责；B、C配合: the partners of the sentence before, in a sentence of their own
            consumed = _partners(text, [(ss, ss), *clauses], 0, found) - 1
        if declared and body_end != -1:
            # A是属地责任主体，B、C按职责做好配合: the partners of the body the sentence declares (round 41)
            # and after its own 负责 clauses (round 41), which are read as before when no partners follow them
            # (…直接责任主体，负责会同区有关部门具体实施: the 会同 clause names them)
            body_clause = _clause_holding(clauses, body_end)
            duties_end = _own_duty_clauses(text, clauses, body_clause)
            last = _partners(text, clauses, duties_end, found)
            consumed = max(consumed, last if last > duties_end else _partners(text, clauses, body_clause, found))
        by_work: list[RoleUnit] | None = None  # the units after a 由 opening a clause of work, no role verb
        for ci, (cs, ce) in enumerate(clauses):
            if by_work and not found and _SHARED_DUTY.match(text, cs, ce) is not None:
                # …，由A、B、C安排专职人员，加强组织管理，分工负责…: the 由 units bear the duty (held-out 61 line 148)
                found.extend(u.with_role("responsible") for u in by_work)
                by_work = None
            if ci <= consumed and not ci < later_body:
                # (A会同B推进…，C是责任主体: the clauses before the declared body's keep their roles, round 65 heldout9)
                continue
            if ci == 0 and k and "具体" in sentence and (executors := _executes_after_its_lead(text, cs, ce, found)):
                # A负责…。包括：…。B具体承担…事务性工作: the executor named after a named lead supports (round 69)
                found.extend(executors)
                consumed = _partners(text, clauses, ci, found)
                continue
            at = text.find("由", cs, ce)
            units = None
            after_by = (
                at + 1 if at == -1 or text.find("涉及", at, at + _INVOLVED_REACH) == -1 else _involved(text, at + 1)
            )
            if at == cs and (verb := _led_by_a_leader(text, at + 1, ce)) != -1:
                # 由副镇长李某某牵头，党政办、综治中心配合: the person leads over the task, the units named with it carry it
                # (round 45): they lead, the person is the task's 牵头领导
                mark = len(found)
                consumed = _partners(text, clauses, ci, found)
                if len(found) > mark:
                    # the units of a bare 负责 clause among them lead, the others support (由…牵头，A负责，B配合);
                    # with none, every unit named carries the task
                    duty = [(a, b) for a, b in clauses[ci + 1 : consumed + 1] if _bare_duty(text, a, b) is not None]
                    found[mark:] = [
                        u.with_role("lead") if not duty or any(a <= u.pos < b for a, b in duty) else u
                        for u in found[mark:]
                    ]
                    leaders.append((_LEADER_LABEL, text[at + 1 : verb], at + 1))
                continue
            if at != -1:
                units = _units(text, after_by, ce)
                # a collective of every body of a level too where 由 opens the clause (由各县（市、区）人民政府负责: round
                # 31; not 以下各项工作均由各区县政府负责落实, a statement of who carries out every later task)
                each = at == cs
                # 由相关职能部门负责，持续开展: a clause of 由, the bodies and the role alone assigns the task to them,
                # a collective of departments too (round 78 fresh78; not 由相关部门负责保障, nor 经费由有关部门负责, nor
                # a convention's 由该部门牵头负责, fresh76 07: the department the sentence refers to, no collective)
                bodies = (
                    each
                    and text.endswith(_BY_BODIES_ENDS, cs, ce)
                    and bool(units)
                    and all(is_collective(u.name) for u in units)
                )
                if not (
                    units
                    and units[-1].role in ("lead", "responsible", "implement")
                    and _specific(units, each=each, kinds=kinds, types=bodies)
                ):
                    units = _by_verb(text, after_by - 1, ce, each=each, kinds=kinds)
                if units is None and each and "负责" in text[ce:se]:
                    by_work = _named_before_work(text, at + 1, ce)  # 由A、B安排专职人员，…，分工负责… (round 68)
            elif text[ce - 1 : ce] == "头" or text[ce - 2 : ce] in _LEAD_CLAUSE_ENDS or text.endswith(_APART, cs, ce):
                # A、B牵头 / A、B按职责分工负责 / A负总责 / (明确)A为牵头单位 (the clause is only units and the verb)
                lead_in = _LEADING.match(text, cs, ce)
                units = _units(text, lead_in.end() if lead_in else cs, ce)
                if not (
                    units
                    and all(
                        u.role in ("lead", "responsible")
                        or _carries_out(text, ce, first=not found and _after_leaders(text, clauses[:ci]))
                        for u in units
                    )
                    and (_specific(units, each=True, kinds=kinds) or _bear_the_main_duty(text, units, clauses, ci))
                    and not _urged_to_bear_it(text, cs, ce)
                ):
                    units = _answers_for(text, lead_in.end() if lead_in else cs, ce)
            elif ci and text[ce - 2 : ce] == "指导":
                units = _guiding(text, cs, ce)  # …，A指导，B具体实施 (round 54)
            if units and (guided := _guided(text, clauses, ci, units)):
                found.extend(guided)  # 由A负责，B指导: B leads, A supports (round 42)
                consumed = _partners(text, clauses, ci + 1, found)
                continue
            if units is None and at == cs and found and "具体负责" in text[cs:ce]:
                units = _each_executor(text, cs, ce)  # 由各大型商业综合体具体负责…: every body of a kind (round 69)
            if (
                units
                and at == cs
                and text.find("具体负责", cs, ce) != -1
                and _executes_after_a_lead(text, start, cs, found, units)
            ):
                # …牵头组织成立…工作组…，由各轨道交通车站具体负责…的建设、推进和实施: the executor supports (round 69)
                found.extend(u.with_role("support") for u in units)
                continue
            if units:
                # 由A、B负责: responsible, which lead unless the plan states that its first-listed unit does
                found.extend(u if u.role == "responsible" else u.with_role("lead") for u in units)
                # 由A牵头组织B做好…: whom the lead organises, its partners, as after A牵头组织 (round 52); 由A牵头B协同
                # 配合…: the units it leads, as after A牵头 (round 64)
                lead_at = text.find("牵头", at, ce)
                organised = _organised_by_lead(text, lead_at, ce)
                if organised is None and lead_at != -1 and not text.startswith(_LEAD_THEN_WORK, lead_at + 2):
                    organised = _supports_after(text, lead_at + 2, ce)
                named_end = units[-1].pos + len(units[-1].name)
                if (
                    organised is None
                    and text.startswith(_ORGANISES, named_end)
                    and text[named_end + 2 : named_end + 3] != "部"
                ):
                    # 由A组织B联勤联动、协同配合: whom A organises, its partners, as after A组织B (round 79 heldout24,
                    # held-out 96 line 154; before, they were lost)
                    organised = _organised(text, named_end + len(_ORGANISES), ce)
                if organised is None and (urged := _urged_with(text, units[-1].pos + len(units[-1].name), ce)) != -1:
                    # 由A督促建设单位会同B…: those the urged actor works with support the lead (round 71 heldfix71,
                    # held-out 74 line 138), as after 由A会同B
                    organised = _supports_after(text, urged + len(WITH), ce)
                found.extend(organised or ())
                consumed = _partners(text, clauses, ci, found)
                continue
            with_at = find_with(text, cs, ce)
            joint = len(WITH)
            if (
                with_at == -1
                and ("联" in text[cs:ce] or "协同" in text[cs:ce])
                and (m := _JOINTLY.search(text, cs + 2, ce) or (_CLAUSE_JOINTLY.match(text, cs, ce) if ci else None))
            ):
                # A要联合B、C，…: B and C its partners, as after 会同 (round 39), when unit names follow 联合
                if _supports_after(text, m.end(), ce):
                    with_at, joint = m.start(), m.end() - m.start()
            if with_at == -1 and ("同" in text[cs:ce] or "与" in text[cs : cs + 3]):
                # A同B联合开展…, …，与B共同确定…: B the partner, as after 会同 (round 44)
                m = _ALONG.search(text, cs + 2, ce) or _TOGETHER.match(text, cs, ce)
                if m is not None and _supports_after(text, m.end(), ce):
                    with_at, joint = m.end() - 1, 1
            if (
                with_at == -1
                and text[cs : cs + 1] in "请责交"
                and (asked := _ASKED.match(text, cs, ce)) is not None
                and _REPORTS.search(text, asked.end(), ce) is None  # 请A于7月21日前上报统计表: a report, no task
            ):
                units = _units(text, asked.start(1), asked.end(1), role="lead")
                if units and _specific(units):  # 请A根据会议意见修改完善…: A does it (round 35)
                    found.extend(units)
                    consumed = _partners(text, clauses, ci, found)
                    continue
            if with_at != -1:
                subject = (
                    _subject(text, cs, with_at, each=_each_before_with(text, cs, with_at)) if with_at > cs else None
                )
                if subject is None and ci and declared and text[cs:with_at].strip("要将并且再") in ("", "负责"):
                    subject = declared  # 各乡镇政府是…责任主体，负责会同区有关部门…
                elif subject is None and text[cs:with_at].strip("要将并且再") in ("", "负责"):
                    # (round 71 left41: 负责会同B… too, a later duty of the same body: A负责X；负责会同B做好Y)
                    subject = (
                        (_clause_subject_before(text, clauses, ci) or _sentence_subject(text, ss, clauses[0][1]))
                        if ci
                        else None
                    ) or paragraph_subject
                if subject:
                    found.extend(subject)
                    found.extend(_supports_after(text, with_at + joint, ce))
                continue
            if (
                ci == 0
                or (
                    ci == 1
                    and (
                        _is_time(text, *clauses[0])
                        or _is_opening_adverbial(text, *clauses[0])
                        or (guides is not None and _UNDER_GUIDANCE.fullmatch(text, *clauses[0]) is not None)
                    )
                )
                or (ci == 2 and guides is not None and _case_then_guidance(text, clauses))
            ):
                # (after a time that opens the sentence: 每季度末，A牵头组织…, 2025年11月底前，由A牵头完成…: round 38;
                # after what the work is about, how, when or what for: 对因彩礼引发的纠纷，A负责及时调处…: round 50;
                # after the units guiding it: 在A指导下，B负责组织排查: round 57)
                opening = _opening_role(text, cs, ce)
                if opening and (guided := _guided(text, clauses, ci, opening)):
                    found.extend(guided)  # A负责，B指导: B leads, A supports (round 42)
                    consumed = _partners(text, clauses, ci + 1, found)
                elif opening:
                    found.extend(opening)
                    consumed = _partners(text, clauses, ci, found)  # A负责…，B配合: B supports
                elif ci and guides is not None and (doers := _doers_under_guidance(text, clauses[ci - 1 :])):
                    found.extend(doers)  # 在A指导下，B建立…: B does the work A guides, with no role verb (round 69)
                    consumed = _partners(text, clauses, ci, found)
            if ci == 1 and len(found) == named and _ROLE_AFTER_ITS_WORK.match(text, cs, ce) is not None:
                # A要发挥好…作用，全面负责…; A要对…进行检查，督促指导B…: the units a modal follows in the sentence's first
                # clause do the role of the next clause, with no subject of its own (round 63; not a later one:
                # 各小区应根据…，建立微型消防站，负责初起火灾扑救, the station's duty)
                subject = _modal_subject(text, ss, clauses[0][1])
                if subject:
                    found.extend(subject)
                    consumed = _partners(text, clauses, ci, found)
                    continue
            if ci == 1 and not found and text.startswith("指导", cs) and (doers := _guide_of_bodies(text, ss, cs, ce)):
                # A、B等建立健全…机制，指导各区和相关行业协会建立…: the units whose work opens the sentence guide bodies in
                # the next clause, with no subject of its own: they lead (SPEC X指导; round 70, held-out 52 line 96);
                # whom they guide is no partner (held-out 22, 25)
                found.extend(doers)
                continue
            if (
                ci
                and len(found) == named
                and text[cs - 1] in "，,"
                and (text.find("负责", cs, ce) != -1 or text.find("牵头", cs, ce) != -1)
                and _ANY_ROLE.search(text, ss, cs) is None
                and (opening := _opening_role(text, cs, ce))
                and opening[0].pos == cs
                and not any(opening_units(text, a, b) or _modal_subject(text, a, b) for a, b in clauses[:ci])
            ):
                # 为…，保洁员今后由各村属地化管理，市容办负责业务指导…; 建立…机制，A、B按职责分工负责督查考核: units opening a
                # clause with their role open the sentence's task whatever clauses of work, purpose or circumstance come
                # before it, naming no role and opened by no unit (round 66; before, only after a time or an opening
                # adverbial). Not after a label (责任单位：A（牵头）), nor after units acting or bound to (A将…，B负责…: round
                # 40; 各乡镇要…，B负责…)
                found.extend(opening)
                consumed = _partners(text, clauses, ci, found)
                continue
            assisting = _assisting(text, cs, ce)
            if not assisting and "与" in text[cs:ce] and (m := _WORKS_WITH.search(text, cs, ce)) is not None:
                subject = _subject(text, cs, m.start()) if m.start() > cs else None
                partners = _units(text, m.start(1), m.end(1), role="support")
                if subject and partners and _specific(partners):  # A要加强与B的协作: B its partner (round 39)
                    assisting = [*subject, *partners]
            if not assisting and ci and any(u.role in ("lead", "responsible") for u in found[named:]):
                assisting = _trailing_partners(text, cs, ce) or _further_subject(
                    text, cs, ce
                )  # …，市城投集团负责搭建…，市住建局给予技术指导 (round 37)
            found.extend(assisting)
        if later_body:
            found[named:] = sorted(found[named:], key=lambda u: u.pos)  # in the order the sentence names them
        if guides and len(found) > named:
            found[named:] = _under_guides(guides, found[named:], "牵头" in sentence)
        led = any(u.role in ("lead", "responsible") for u in found[named:])
        if len(found) > named or len(clauses) == 1:
            dated = [
                (len(found) == named, cs, ce, c)
                for cs, ce in clauses
                if (c := _deadline_clause(text, cs, ce, ongoing=len(found) > named))
            ]
            if len(dated) > 1:
                dated = _without_inner_periods(text, dated)
            deadlines.extend(dated)
            if led and dated:
                own_dates.append(dated[0])
    if not any(u.role == "lead" for u in found):
        if not any(u.role == "responsible" for u in found):
            return None
    elif any(u.role == "responsible" for u in found):
        found = [u.with_role("lead") if u.role == "responsible" else u for u in found]  # beside a lead: leads too
    units = dedupe(_lead_wins(found))
    return Assignment(
        units=tuple(units),
        deadline=_labelled_first(labelled, _with_later_leads_dates(text, deadlines, own_dates)),
        anchor=units[0].pos,
        people=tuple(leaders),
    )


def deadline_sentence(text: str, start: int, end: int) -> str | None:
    """The value of a deadline field opening the sentence at ``start`` of a paragraph ending at ``end``
    (``整改时限：2027年10月底前（每月通报进度）``, to the paragraph's next ``。``), read whole as a field is, else None:
    a prose task's deadline written as a label sentence after its roles (round 75: before, only the date its words
    held was read, a closing note's status and words with no date, ``立行立改``, lost).

    >>> t = "由A牵头，B配合。整改时限：2027年10月底前（已完成）。"
    >>> deadline_sentence(t, 9, len(t)), deadline_sentence(t, 0, len(t))
    ('2027年10月底前（已完成）', None)
    >>> t = "由A牵头。时间安排：一季度完成设计；四季度完成验收。"
    >>> deadline_sentence(t, 5, len(t)), deadline_sentence("由A牵头。时限要加快。", 5, 10)
    ('一季度完成设计；四季度完成验收', None)
    """
    colon = text.find("：", start, min(start + 8, end))
    if colon == -1 or text[start:colon] not in _DEADLINE_LABEL_SET:
        return None
    value = text[colon + 1 : labelled_end(text, start, end)].strip(" 。；;，,")
    return value or None


def _labelled_first(labelled: str | None, prose: str | None) -> str | None:
    """A prose task's deadline: its field's value (``deadline_sentence``) when it states a time or a status, else the
    date its sentences hold (``…，9月底前完成。时限要求：严格按期完成``: 9月底前完成), else the field's words.

    A field holding the year's target, not a time (``完成时限：2026年新增养老服务机构30个``: round 52), is none.

    >>> _labelled_first("立行立改", "9月底前完成"), _labelled_first("严格按期完成", "9月底前完成")
    ('立行立改', '9月底前完成')
    >>> _labelled_first("2026年新增养老服务机构30个", None) is None
    True
    """
    if labelled is None or (prose is not None and parse_deadline(labelled).status is None):
        return prose
    if labelled[:1] == "2" and (year_first_no_deadline(labelled) or year_of_its_object(labelled)):
        return prose  # 2026年新增…30个: the year's target, as the task's words read it
    return labelled


def labelled_end(text: str, at: int, end: int) -> int:
    """Where the sentence of a deadline field at ``at`` ends: the paragraph's next ``。`` after it, else ``end``."""
    stop = text.find("。", at, end)
    return end if stop == -1 else stop


_DEADLINE_LABEL_SET = frozenset(DEADLINE_LABELS)


# a lead's verb, a 、 and a partner's clause: 县民政局牵头、县财政局配合 (round 54)
_LEAD_THEN_PARTNER = compiled(r"(?:牵头|负责)、(?=[^、，,]{2,30}?、?[^、，,]{0,30}?(?:" + _SUPPORT_VERB.pattern + "))")


def _lead_then_partners(text: str, clauses: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``clauses`` with a clause holding a lead's verb, a ``、`` and a partner's clause cut at the ``、``
    (``县民政局牵头、县财政局配合``), as a comma there reads: its units lead, the partners support (round 54; before,
    the partners after the ``、`` were lost).

    >>> t = "县民政局牵头、县财政局配合，年内完成"
    >>> [t[a:b] for a, b in _lead_then_partners(t, [(0, 13), (14, 18)])]
    ['县民政局牵头', '县财政局配合', '年内完成']
    """
    out: list[tuple[int, int]] = []
    for cs, ce in clauses:
        m = _LEAD_THEN_PARTNER.search(text, cs, ce)
        while m is not None and is_unit_name(text[m.end() : _partner_verb_at(text, m.end(), ce)]):
            out.append((cs, m.end() - 1))
            cs = m.end()
            m = _LEAD_THEN_PARTNER.search(text, cs, ce)
        out.append((cs, ce))
    return out


def _partner_verb_at(text: str, start: int, end: int) -> int:
    """Where the first partner's verb after ``start`` opens (``end`` if none)."""
    m = _SUPPORT_VERB.search(text, start, end)
    return m.start() if m is not None else end


def _states_the_lists_convention(text: str, start: int, end: int) -> bool:
    """True when the sentence ``text[start:end]`` opening a paragraph states that the first-listed unit leads, with no
    unit given a role before the statement: the paragraph is a note on how the plan's unit lists read (``说明：责任单位中
    排在第一位的为牵头单位，其余为配合单位；各街道办事处负责辖区内点位的日常管理``), no task of its own (round 46).

    >>> t = "说明：责任单位中排在第一位的为牵头单位，其余为配合单位"
    >>> _states_the_lists_convention(t, 0, len(t)), _states_the_lists_convention("A、B负责，排在第一位的为牵头单位", 0, 17)
    (True, False)
    """
    if "牵头" not in text[start:end]:
        return False
    m = FIRST_LISTED_LEADS.search(text, start, end)
    return m is not None and not _gives_roles(text, start, m.start())


def _gives_roles(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` holds a word giving a unit a role (由, 负责, 牵头, 配合), as
    ``_states_the_lists_convention`` asks of the words before a statement.

    >>> _gives_roles("各区政府是本地区的责任主体。", 0, 14), _gives_roles("由A牵头。", 0, 5)
    (False, True)
    """
    return any(w in text[start:end] for w in _ROLE_GIVING)


_ROLE_GIVING = ("由", "负责", "牵头", "配合")


def _names_a_first_place(sentence: str) -> bool:
    """Whether ``sentence`` holds a word every first-listed statement holds (第一, 首, 最前: ``vocab._FIRST_PLACES``),
    a few scans in C before the statement's pattern is tried on a paragraph's later sentences.

    >>> _names_a_first_place("排在首位的为牵头单位"), _names_a_first_place("由A牵头")
    (True, False)
    """
    return "第一" in sentence or "首" in sentence or "最前" in sentence


_LEADER_LABEL = "牵头领导"  # the person field a leader named leading in prose reads as (``people.task_contacts``)
_LEADER_VERBS = ("牵头负责", "牵头", "负责")
_LEADER_VERB = compiled("|".join(_LEADER_VERBS))  # the same verbs, the longest first, searched for


def _led_by_a_leader(text: str, start: int, end: int) -> int:
    """Where the role verb of a clause ``text[start:end]`` (after its 由) starts when the clause is a person and
    牵头 or 负责 (``副镇长李某某牵头``: :func:`people.a_leader_named`), else -1 (round 45); round 58, the verb with its
    own object too (``王某某同志牵头负责全县招商引资工作``: the person over the task; before, no task).

    >>> t = "由副镇长李某某牵头"
    >>> _led_by_a_leader(t, 1, len(t)), _led_by_a_leader("由县林业局牵头", 1, 7)
    (7, -1)
    >>> t = "王某某同志牵头负责全县招商引资工作"
    >>> _led_by_a_leader(t, 0, len(t)), _led_by_a_leader("县林业局牵头负责全县造林工作", 0, 14)
    (5, -1)
    """
    if not (end - start) > 4:
        return -1
    if text[end - 1 : end] in "头责":
        verb = next((v for v in _LEADER_VERBS if text.endswith(v, start, end)), None)
        at = end - len(verb) if verb is not None else -1
    else:
        at = m.start() if (m := _LEADER_VERB.search(text, start + 2, end)) is not None else -1
    return at if at != -1 and _a_leader(text[start:at]) else -1


def _a_leader(written: str) -> bool:
    """Whether ``written`` names a leader (:func:`people.a_leader_named`), 同志 after the name too.

    >>> _a_leader("王某某同志"), _a_leader("副县长王某某"), _a_leader("各乡镇主要负责同志")
    (True, True, False)
    """
    return a_leader_named(written.removesuffix("同志"))


def _after_leaders(text: str, clauses: list[tuple[int, int]]) -> bool:
    """Whether each clause of ``clauses`` (those before a clause, in its sentence) is a person leading
    (``副县长王某某牵头``): none names a unit, so the clause after them is the first to (round 58).

    >>> _after_leaders("副县长王某某牵头，县商务局具体承办", [(0, 8)]), _after_leaders("各师要落实主体责任", [(0, 9)])
    (True, False)
    >>> _after_leaders("", [])
    True
    """
    return all(_led_by_a_leader(text, start, end) != -1 for start, end in clauses)


def _clause_holding(clauses: list[tuple[int, int]], at: int) -> int:
    """The index of the clause of ``clauses`` (start, end) that holds offset ``at`` (the last one if none does).

    >>> _clause_holding([(0, 5), (6, 12), (13, 20)], 9), _clause_holding([(0, 5)], 9)
    (1, 0)
    """
    return next((k for k, (_, end) in enumerate(clauses) if at <= end), len(clauses) - 1)


def _own_duty_clauses(text: str, clauses: list[tuple[int, int]], ci: int) -> int:
    """The last clause of the run after clause ``ci`` that opens with 负责 and no subject: the duties of the body
    clause ``ci`` declares responsible, which its partners may follow (``A是第一责任主体，负责组织清理，B配合``: B
    supports, round 41; before, only a clause right after the declaration was read for partners).

    >>> t = "A是第一责任主体，负责组织清理，B配合，5月底前完成"
    >>> _own_duty_clauses(t, [(0, 8), (9, 15), (16, 19), (20, 26)], 0)
    1
    """
    while ci + 1 < len(clauses) and text.startswith("负责", clauses[ci + 1][0]):
        ci += 1
    return ci


def _carries_out(text: str, end: int, *, first: bool = False) -> bool:
    """Whether the clause ending at ``end`` closes with 负责落实: its units carry the sentence's task out and lead
    it (round 36), though in a list after a 负责 group 负责落实 names the bodies that support (round 40); or, round
    58, with 具体实施 or 具体承办 in the ``first`` clause naming units (``A具体承办，B配合``: the doer named with the
    task's only role; after a lead, ``A牵头，B具体实施`` or ``A落实主体责任，B具体实施``, B is a partner).

    >>> _carries_out("新建乡镇商贸中心，市商务局负责落实", 17), _carries_out("各区政府组织落实", 8)
    (True, False)
    >>> _carries_out("县商务局具体承办", 8, first=True), _carries_out("县商务局具体实施", 8)
    (True, False)
    """
    return text.startswith("负责落实", end - 4, end) or (first and text.startswith(_CARRYING_OUT, end - 4, end))


_CARRYING_OUT = ("具体实施", "具体承办")


def clause_partners(text: str, start: int, end: int) -> list[RoleUnit]:
    """The units a clause ``text[start:end]`` opens with when a supporting verb follows them (``B、C配合``,
    ``B协助做好…``): partners; [] for any other clause.

    >>> [(u.name, u.role) for u in clause_partners("区委组织部、区人社局协助做好后续管理", 0, 18)]
    [('区委组织部', 'support'), ('区人社局', 'support')]
    >>> clause_partners("严肃问责", 0, 4)
    []
    >>> [u.name for u in clause_partners("各村（社区）具体负责实施", 0, 12)]  # round 41: as 具体实施
    ['各村（社区）']
    >>> [u.name for u in clause_partners("各村具体组织实施", 0, 8)]
    ['各村']
    >>> [u.name for u in clause_partners("各区政府具体负责", 0, 8)], clause_partners("各区政府具体负责汛期值班", 0, 12)
    (['各区政府'], [])
    >>> clause_partners("督促消纳场所经营单位落实主体责任", 0, 16)  # round 68 heldout13: whom a subject urges
    []
    >>> clause_partners("充分调动各部门和单位参与征收工作", 0, 16)  # round 69 heldout14: whom it mobilises
    []
    """
    verb = _SUPPORT_VERB.search(text, start + 2, min(end, start + _ITEM_NAMES))
    if verb is None or _ORDERS_OTHERS.match(text, start) is not None:
        # (…要规范开展日常管理，督促消纳场所经营单位落实主体责任: whom the subject urges, no partner, as after a lead: round 42)
        return []
    partners = _units(text, start, verb.start(), role="support")
    return partners if partners and all(is_unit_name(u.name) for u in partners) else []


# a clause asking named units to do something: 请A根据…, 责成A抓紧… (the units end where what they do begins); a
# 督办通知's 交A办理 / 交由A办理 (round 58: a unit's level after 交, not 交通…, 交警…)
_ASKED = compiled(
    r"(?:请|责成|交由|交(?=[省市县区镇乡街各]))"
    r"(.{2,40}?)(?=根据|按照|按|抓紧|尽快|于|在|对|组织|做好|研究|加快|认真|进一步|立即|及时|结合|督促|制定|修改"
    r"|完善|落实|开展|牵头|负责|办理)"
)


_REPORTS = compiled(r"上报|报送|反馈|提交|报备")


# named units as the subject of what they must do, opening a sentence or a ；-clause: 区市场监管局要…, 区教育局、区卫健委应…
# (or, with no modal, right before the guidance it works under: 县公安局在县教育局指导下开展…, round 58 left23; the
# guidance is then read by ``_guiding_after_modal`` as after a modal). 需的 is no modal: ``…，提供编制更新方案所需的资料``
# names what is needed, and its 所 no body's end (round 68 heldout13, held-out 61 line 82)
# 需 before what is needed (整治所需经费由…, 所需资金: round 78 fresh78) is no modal: the words before it are no subject
_NEEDED = "经费|资金|费用|物资|资源|材料|设备|场地"
_MODAL_SUBJECT = compiled(  # A要对…督办 too (round 35)
    r"(.{2,60}?)(?:要(?!求)|应当|应(?!急|用|对)|须|需(?!求|的|" + _NEEDED + ")|(?=" + _UNDER_GUIDANCE.pattern + "))"
)


# a collective that names places, not bodies: 各地要结合本地区产业基础… (a national plan's exhortation, round 40)
_PLACES = compiled(r"各地$")
# what bodies must feel or mind, no concrete work: 各试点城市政府要高度重视…, 各区县政府要加强领导… (round 40)
_EXHORTED = compiled(r"(?:高度|充分)重视|(?:切实)?加强(?:组织)?领导|(?:充分|提高)认识|统一思想")


def _each_body_must_act(text: str, units: list[RoleUnit], after: int) -> bool:
    """Whether the subject ``units`` of a modal verb ending at ``after`` may lead the task it opens: named units, or
    every body of one level (``各市州人民政府要结合实际，合理确定…``, ``各乡镇人民政府要落实属地管理责任，2021年6月底前…``:
    round 40; round 33 read them as no task), unless a collective names places (``各地要…``), must guide others
    (``各乡镇、居村委要指导业委会…``: the work is theirs, held-out 12's reading) or only mind the work
    (``各试点城市政府要高度重视…``, ``各区县政府要加强领导…``: no concrete thing to do).

    >>> t = "各乡镇人民政府要落实属地管理责任"
    >>> _each_body_must_act(t, [RoleUnit("各乡镇人民政府", "lead", 0)], 8)
    True
    >>> _each_body_must_act("各地要加强统筹", [RoleUnit("各地", "lead", 0)], 3)
    False
    >>> _each_body_must_act("各乡镇要指导业委会", [RoleUnit("各乡镇", "lead", 0)], 4)
    False
    >>> _each_body_must_act("各区县政府要高度重视", [RoleUnit("各区县政府", "lead", 0)], 6)
    False
    """
    collectives = [u.name for u in units if is_collective(u.name)]
    if not collectives:
        return True
    return (
        not (text.startswith("指导", after) and not _dated_sentence(text, after))
        and _EXHORTED.match(text, after) is None
        and not any(_PLACES.match(name) for name in collectives)
    )


def _dated_sentence(text: str, at: int) -> bool:
    """Whether the sentence going on at ``at`` gives its work a date (``…要指导中小学校健全…制度，2026年秋季学期开学前
    实现…全覆盖``): guiding others by a date is work of the guide's own, a task (round 41; prose2/05), while
    ``…要指导业委会按规定使用…`` (held-out 12) stays none.

    >>> _dated_sentence("要指导学校制定方案，2021年9月底前实现全覆盖。", 1), _dated_sentence("要指导业委会按规定使用基金。", 1)
    (True, False)
    """
    stop = text.find("。", at, at + _MAX_LIST)
    return any(
        parse_deadline(text[a:b]).status == "scheduled"
        for a, b in split_outside(text, _CLAUSE, at, stop if stop != -1 else min(len(text), at + _MAX_LIST))
        if "年" in text[a:b] or "月" in text[a:b]
    )


# guidance given to the task of the units before, as a whole clause (县住建局要加强业务指导。): help, as 配合 (round 43;
# round 41 reads 加强业务指导 and 予以指导 after a lead so); not 要加强对…的指导 / 要指导B… (a task of its own)
_GIVEN_GUIDANCE = compiled(r"(?:加强|做好|给予|予以)(?:业务|技术|工作)?指导(?=[。；;，,]|$)")


def _helps(text: str, at: int) -> bool:
    """Whether what units must do at ``at`` is help to another's task: a supporting verb (``配合做好…``) or guidance
    given as a whole clause (``加强业务指导。``, round 43).

    >>> _helps("要加强业务指导。", 1), _helps("要配合做好排查", 1), _helps("要加强对乡镇的指导", 1)
    (True, True, False)
    """
    return _SUPPORT_VERB.match(text, at) is not None or (
        text[at : at + 2] in _GUIDANCE_OPENERS and _GIVEN_GUIDANCE.match(text, at) is not None
    )


_GUIDANCE_OPENERS = frozenset(("加强", "做好", "给予", "予以"))


def _guiding_clause(text: str, start: int, end: int) -> list[RoleUnit] | None:
    """The units of a later clause of ``text[start:end]`` that is only units and a guiding role (``市民政局、市财政局
    负责督促指导``, ``B指导``): they lead the task of the subject before them (round 43: the one reading of a guiding
    unit, real 09's), else None.

    >>> t = "要合理布局助餐点，市民政局、市财政局负责督促指导"
    >>> [(u.name, u.role) for u in _guiding_clause(t, 1, len(t))]
    [('市民政局', 'lead'), ('市财政局', 'lead')]
    >>> _guiding_clause("要落实属地责任，加强指导", 1, 12), _guiding_clause("要落实责任，县财政局予以指导", 1, 14)
    (None, None)
    """
    if text.find("指导", start, end) == -1:
        return None
    for cs, ce in split_outside(text, _SUBJECT_CLAUSE, start, end):
        if cs > start and text.endswith("指导", cs, ce) and (guides := _guides(text, cs, ce)) is not None:
            return guides
    return None


def _guides(text: str, start: int, end: int) -> list[RoleUnit] | None:
    """The units of a clause ``text[start:end]`` that guide (指导, 督促指导, 负责督促指导 make them lead), named units
    all; None when the clause names none so, or its guidance is help given (予以指导 supports: round 43).

    >>> [u.name for u in _guides("市民政局、市财政局负责督促指导", 0, 15)], _guides("市财政局予以指导", 0, 8)
    (['市民政局', '市财政局'], None)
    """
    guides = _units(text, start, end)
    return guides if guides and all(u.role == "lead" for u in guides) and _specific(guides) else None


# a level's bodies written bare (乡镇政府, 街道办事处, 镇人民政府): units (held-out 45's 属地政府, 61's 街道办事处)
_LEVEL_BODY = compiled(r"(?:乡镇|镇|乡|街道|街镇)(?:人民政府|政府|办事处)?")
# fields sharing a closing 部门 (区绿化市容、市场监管部门等; 城管执法、水务等部门): department types, no units
_FIELD_TYPES = compiled(r"[\u4e00-\u9fff、]{2,60}?(?:部门等?|等部门)")
# how a named unit ends, which no field of a type list does (区住建 does not: an abbreviation read as a field)
_NAMED_END = compiled(r"(?:局|委|办|厅|院|中心|政府|公司|队|所|站)$")
_TYPES_TAIL = compiled(r"(?:部门等?|等部门)$")  # what the fields share


def _bodies_beside_types(text: str, start: int, end: int) -> list[RoleUnit] | None:
    """The bodies of a level a subject ``text[start:end]`` lists beside department types joined by one 和
    (``乡镇政府、街道办事处和区绿化市容、城管执法部门等``, ``城管执法、水务等部门和乡镇政府、街道办事处``): the bodies
    lead, the types (SPEC's generic types, no units) dropped (round 68 heldfix68b: held-out 62 lines 34, 48); else None.

    >>> [u.name for u in _bodies_beside_types("乡镇政府、街道办事处和区绿化市容、城管执法部门等", 0, 25)]
    ['乡镇政府', '街道办事处']
    >>> [u.name for u in _bodies_beside_types("城管执法、水务等部门和乡镇政府、街道办事处", 0, 21)]
    ['乡镇政府', '街道办事处']
    >>> _bodies_beside_types("乡镇政府和区城管执法局", 0, 10), _bodies_beside_types("城管执法、水务等部门", 0, 10)
    (None, None)
    """
    subject = text[start:end]
    if subject.count("和") != 1:
        return None
    cut = subject.index("和")
    parts = ((0, subject[:cut]), (cut + 1, subject[cut + 1 :]))
    for (at, bodies), (_, types) in (parts, parts[::-1]):
        if not _types_only(types, 0, len(types)):
            continue
        names = bodies.split("、")
        if not all(_LEVEL_BODY.fullmatch(n) for n in names):
            continue
        units, pos = [], start + at
        for name in names:
            units.append(RoleUnit(name, "lead", pos))
            pos += len(name) + 1
        return units
    return None


# who a sentence of department types names to act in a later clause: 由 and named units before how they act (…等部门要
# 强化…，对…的运输单位，由市城管执法局依法吊销其许可证: round 68 heldfix68b, held-out 62 line 38)
_SHARE_BY = compiled(r"由([^，,。；;：:]{2,40}?)(?=依法|依规|按规定|负责|予以)")


def _types_only(text: str, start: int, end: int) -> bool:
    """Whether a subject ``text[start:end]`` is department types only, fields sharing 部门 (``城管执法、公安等部门``,
    ``绿化市容部门``): no unit, so the sentence's work is no task unless it names a unit later.

    >>> _types_only("城管执法、公安等部门", 0, 10), _types_only("绿化市容部门", 0, 6), _types_only("市公安局等部门", 0, 7)
    (True, True, False)
    """
    types = text[start:end]
    return _FIELD_TYPES.fullmatch(types) is not None and not any(
        _NAMED_END.search(f) for f in _TYPES_TAIL.sub("", types).split("、")
    )


def _share_by(text: str, start: int, end: int) -> list[RoleUnit] | None:
    """The named units of a clause ``text[start:end]`` opening ``由X依法…`` (a share of the sentence's work), else
    None.

    >>> [u.name for u in _share_by("由市城管执法局依法吊销其许可证", 0, 15)], _share_by("由施工单位依法处置", 0, 9)
    (['市城管执法局'], None)
    """
    m = _SHARE_BY.match(text, start, end)
    units = _units(text, m.start(1), m.end(1), role="lead") if m is not None else None
    return units if units and _specific(units) else None


# a collective the plan marks out by what its bodies bear or use, no generic 各有关部门: 各有安全生产监管职责的部门,
# 其他有安全生产监管职责的部门, 各使用信用信息单位 (held-out 59 lines 88, 90, 94; looked for once 职责的 or 各使用 is
# found in the subject)
_DEFINED_COLLECTIVE = compiled(
    r"(?:各|其他|其它)有[\u4e00-\u9fff、]{2,20}?职责的(?:部门|单位|机构)|各使用[\u4e00-\u9fff]{2,12}?(?:部门|单位|机构)"
)


def _defined_collectives(text: str, start: int, end: int) -> list[RoleUnit] | None:
    """The units of a modal's subject ``text[start:end]`` that holds a collective marked out by what its bodies bear
    or use (``各有安全生产监管职责的部门``, ``各使用信用信息单位``), alone or listed with named units or every body of
    a level by 、 or 和 (``市应急局、市公安局和其他有…职责的部门``): each as written, leading; None when another piece is
    no named unit. SPEC keeps collectives as written; the generic ones (``各有关部门要…``) stay no subject.

    >>> t = "各有安全生产监管职责的部门和各区政府"
    >>> [u.name for u in _defined_collectives(t, 0, len(t))]
    ['各有安全生产监管职责的部门', '各区政府']
    >>> t = "市应急局、市公安局和其他有安全生产监管职责的部门"
    >>> [u.name for u in _defined_collectives(t, 0, len(t))]
    ['市应急局', '市公安局', '其他有安全生产监管职责的部门']
    >>> [u.name for u in _defined_collectives("各使用信用信息单位", 0, 9)], _defined_collectives("各有关部门和施工单位", 0, 10)
    (['各使用信用信息单位'], None)
    """
    units: list[RoleUnit] = []
    at = start
    for m in _DEFINED_COLLECTIVE.finditer(text, start, end):
        piece_end = m.start() - 1 if m.start() > at and text[m.start() - 1] in "、和" else m.start()
        if piece_end > at:
            named = _units(text, at, piece_end, role="lead")
            if not named or not _specific(named, each=True):
                return None
            units.extend(named)
        elif m.start() != at:
            return None
        units.append(RoleUnit(m.group(), "lead", m.start()))
        at = m.end() + 1 if m.end() < end and text[m.end()] in "、和" else m.end()
    if not units:
        return None
    if at < end:
        named = _units(text, at, end, role="lead")
        if not named or not _specific(named, each=True):
            return None
        units.extend(named)
    return units


def _executes_after_a_lead(text: str, start: int, cs: int, found: list[RoleUnit], units: list[RoleUnit]) -> bool:
    """Whether the clause at ``cs`` opening ``由X具体负责…`` names the units that carry out a task whose lead the
    paragraph (from ``start``) has already named with 牵头 (``由A会同B牵头组织成立…工作组，…，由各轨道交通车站具体负责…
    的建设、推进和实施``): an executor named after a lead supports (held-out 60 line 43; SPEC's 实施主体 beside a 牵头,
    ``A牵头，B具体负责。``, round 43, and 48's ``其余各镇负责…``). Guards: ``由X具体负责…`` with no lead before it, and
    a lead by 负责 (``A负责…，由B具体负责…``) as before.

    >>> t = "由甲局牵头成立工作组，由各车站具体负责日常运行"
    >>> _executes_after_a_lead(t, 0, 11, [RoleUnit("甲局", "lead", 1)], [RoleUnit("各车站", "lead", 12)])
    True
    >>> _executes_after_a_lead(t, 11, 11, [], [RoleUnit("各车站", "lead", 12)])
    False
    """
    return (
        any(u.role == "lead" for u in found)
        and text.startswith("具体负责", units[-1].pos + len(units[-1].name))
        and text.find("牵头", start, cs) != -1
    )


# the plan's own level, from its issuer or title at its head (上海市崇明区人民政府办公室…: 区; 平安县人民政府…: 县; 绿洲区城中村
# 改造…方案: 区): the first government or office named with its level, else the first place named so (round 69)
_ISSUER_LEVEL = compiled(r"([区县市])(?:人民政府|政府|委员会|办公室)")
_PLACE_LEVEL = compiled(r"[\u4e00-\u9fff](?<![社园小景山城辖片街示试开保校营矿])([区县市])(?![场民长委级属域内外])")
_HEAD_REACH = 400  # characters: where a plan's issuer or title is looked for


def plan_level(text: str) -> str | None:
    """The level of the body issuing a plan whose text is ``text`` (区, 县 or 市), from its head: the first body named
    with a government's or an office's word after its level, else the first place named with one; None if none.

    >>> plan_level("上海市崇明区人民政府办公室关于印发…的通知"), plan_level("平安县人民政府办公室关于…的意见")
    ('区', '县')
    >>> plan_level("绿洲区城中村改造征收补偿工作实施方案"), plan_level("关于加强社区治理的意见")
    ('区', None)
    """
    head = text[:_HEAD_REACH]
    m = _ISSUER_LEVEL.search(head) or _PLACE_LEVEL.search(head)
    return m.group(1) if m is not None else None


# a clause whose named bodies help (区公安部门配合提供…, 区相关部门（单位）协同做好…, 区卫生部门协调区属医院配合提供…): the
# bodies, a modal, a manner, the supporting verb (round 69)
_ASSISTING_CLAUSE = compiled(r"([^，,。；;：:]{2,40}?)(?:积极|主动|全力)?(?:配合|协同)(?!单位|部门|处室|科室)")
# a later clause of the bodies' own that is only their help (…，对强制执行案件应依法全力配合)
_HELP_AFTER = compiled(
    r"[^，,。；;：:]{0,30}?(?:要|应当|应)(?:依法)?(?:积极|主动|全力)?(?:配合|协同)[^，,。；;：:]{0,20}$"
)
_SUBJECT_BEFORE = compiled(r"([^，,。；;：:]{2,30}?)(?:对|要|应当|应)")
_LEAD_ROLE = compiled(r"负责(?!人|同志)|牵头|会同|主办")  # a clause with a lead: its helpers are its partners
_ARRANGES = ("协调", "督促", "组织")  # a body arranging others' help (区卫生部门协调区属医院配合…): the body helps


def assisting_clauses(text: str, start: int, end: int, level: str | None) -> list[tuple[int, int, Assignment]]:
    """(start, end, assignment) of each ``；``- or ``。``-clause of a paragraph ``text[start:end]`` naming no lead in
    which named bodies help, with no role of another before them: ``区公安部门配合提供户籍信息；区民政部门配合提供…``,
    ``…，区相关部门（单位）协同做好调查核查工作``, ``区公安部门对…应依法予以查处，对强制执行案件应依法全力配合``: a task
    each with a support and no lead (SPEC's smallest item; held-out 65 lines 86, 90, as 59's ``市气象局要配合…``). A
    department type written with the plan's own ``level`` (``区公安部门`` in a district's plan) is one body, as held-out
    58 reads ``市安全监管部门`` in a city's; a type of another level, or with none (``纪检监察部门``), is not.

    >>> t = "区公安部门配合提供户籍信息；区民政部门配合提供婚姻登记信息；纪检监察部门配合监督。"
    >>> [(t[a:b], [(u.name, u.role) for u in x.units]) for a, b, x in assisting_clauses(t, 0, len(t), "区")]
    [('区公安部门配合提供户籍信息', [('区公安部门', 'support')]), ('区民政部门配合提供婚姻登记信息', [('区民政部门', 'support')])]
    >>> assisting_clauses(t, 0, len(t), "市"), assisting_clauses("甲局负责统筹，乙局配合。", 0, 12, "区")
    ([], [])
    """
    if _LEAD_ROLE.search(text, start, end) is not None:
        return []  # (A负责…。B配合…: B is A's partner, as read before)
    tasks = []
    for ss, se in split_outside(text, "。；;", start, end):
        if "配合" not in text[ss:se] and "协同" not in text[ss:se]:
            continue
        for cs, ce in split_outside(text, "，,", ss, se):
            own = _ASSISTING_CLAUSE.match(text, cs, ce)
            units = _helping_bodies(text, cs, own.end(1), level) if own is not None else None
            after = units is None and cs > ss and _HELP_AFTER.match(text, cs, ce) is not None
            if after and (m := _SUBJECT_BEFORE.match(text, ss, se)) is not None:
                units = _helping_bodies(
                    text, ss, m.end(1), level
                )  # …，对强制执行案件应依法全力配合: the sentence's subject
            if own is None and not after:
                continue
            if units and _ANY_ROLE.search(text, ss, cs) is None:
                at = min(units[0].pos, cs)
                tasks.append(
                    (at, se, Assignment(units=tuple(units), anchor=units[0].pos, label_roles=(ASSISTS_ALONE,)))
                )
            break
    return tasks


def _helping_bodies(text: str, start: int, end: int, level: str | None) -> list[RoleUnit] | None:
    """The bodies named in ``text[start:end]`` as supports (up to a verb of arranging others: ``区卫生部门协调区属医院``
    gives ``区卫生部门``): named units, every body of a level, a collective of bodies, or department types written
    with the plan's own ``level``; None otherwise.

    >>> [u.name for u in _helping_bodies("区卫生部门协调区属医院", 0, 11, "区")], _helping_bodies("区卫生部门", 0, 5, "县")
    (['区卫生部门'], None)
    """
    if text.find("由", start, end) != -1 or _MODAL_INSIDE.search(text, start, end) is not None:
        return None  # …地区由区属公司配合…: who acts is after 由; 各区局要配合…: a modal's subject (``subject_tasks``)
    for verb in _ARRANGES:
        if (at := text.find(verb, start + 2, end)) != -1:
            end = at
    units = _units(text, start, end, role="support")
    if not units or not all(
        is_unit_name(u.name)
        and (_specific([u], each=True) or (level is not None and u.name[0] == level and names_a_type(u.name)))
        for u in units
    ):
        return None
    return [u.with_role("support") for u in units]


# kinds of work mapped to the bodies that carry them out, one ``；``-clause each, the last closed by their duty
# (市区重大市政项目——区相关职能部门；…——区级集团公司和区土地储备中心；…——乡镇人民政府，负责项目前期手续办理工作): round 69
_MAPPED_TO = "——"
# a kind of body written with a level word (区级集团公司, 县级国有企业): bodies of that kind, no one body
_LEVEL_KIND = compiled(r"(?:市|区|县|乡镇|镇)级(?:国有)?(?:集团公司|集团|公司|企业|国企|单位)$")


def mapped_bodies(text: str, start: int, end: int, level: str | None) -> Assignment | None:
    """The bodies a paragraph's first sentence ``text[start:end]`` maps kinds of work to with dashes, one
    ``；``-clause each (``…项目——区相关职能部门；…——乡镇人民政府，负责项目前期手续办理工作``), its last clause closed by
    ``负责`` and their duty: they lead, once each in text order (held-out 65 line 66); the kinds of body (``区级集团公司``,
    ``委托的开发企业``) are dropped. A department type with the plan's own ``level`` is one body, as in
    ``assisting_clauses``. None unless every clause maps so and one body is kept.

    >>> t = "重大项目——区相关职能部门；储备项目——区级集团公司和区土地储备中心；村级项目——乡镇人民政府或委托的开发企业，负责前期手续。"
    >>> [(u.name, u.role) for u in mapped_bodies(t, 0, len(t), "区").units]
    [('区相关职能部门', 'lead'), ('区土地储备中心', 'lead'), ('乡镇人民政府', 'lead')]
    >>> mapped_bodies("重大项目——区财政局；储备项目——区国资委。", 0, 21, "区")  # no duty closes it
    >>> t = "2．项目实施主体。重大项目——区财政局；储备项目——区国资委，负责前期手续。"
    >>> [u.name for u in mapped_bodies(t, 0, len(t), "区").units]  # after the item's title
    ['区财政局', '区国资委']
    """
    first = text.find(_MAPPED_TO, start, end)
    start = max(start, text.rfind("。", start, first) + 1)  # (after an item's title: 2．项目实施主体。…——…)
    stop = text.find("。", first, end)
    stop = end if stop == -1 else stop
    clauses = split_outside(text, "；;", start, stop)
    last = text.find("，", clauses[-1][0], stop) if clauses else -1
    if len(clauses) < 2 or last == -1 or not text.startswith("负责", last + 1):
        return None
    units: list[RoleUnit] = []
    for n, (cs, ce) in enumerate(clauses):
        at = text.find(_MAPPED_TO, cs, ce)
        if at == -1:
            return None
        s, e = at + len(_MAPPED_TO), last if n == len(clauses) - 1 else ce
        for piece in split_outside(text, "或", s, e):
            found = _units(text, *piece, role="lead") or ()
            units.extend(
                u
                for u in found
                if is_unit_name(u.name)
                and _LEVEL_KIND.search(u.name) is None
                and (_specific([u], each=True) or (level is not None and u.name[0] == level and names_a_type(u.name)))
            )
    units = dedupe(units)
    return Assignment(units=tuple(units), anchor=units[0].pos) if units else None


# a sentence's named units and how they carry out a lead's work (B具体承担…, B具体负责…, B具体实施…): round 69
_EXECUTES = compiled(r"([^，,。；;：:]{2,30}?)具体(?:承担|负责|实施)")


def _executes_after_its_lead(text: str, start: int, end: int, found: list[RoleUnit]) -> list[RoleUnit] | None:
    """The named units a later sentence's first clause ``text[start:end]`` opens with before ``具体承担``/``具体负责``/
    ``具体实施``, as supports, when the paragraph has named another unit its lead (``found``): ``区规划资源局负责…。包括：
    …。区集体土地房屋征收中心具体承担…事务性工作`` (held-out 65 line 58; SPEC's 实施主体 beside a lead, as
    ``_executes_after_a_lead`` reads ``…牵头…，由B具体负责…``). None with no lead before (held-out 21's ``3.落实镇政府
    管养职责。乡镇政府具体负责…``: the body leads as before) or when the executor is the lead itself.

    >>> t = "甲局负责统筹。乙中心具体承担事务性工作。"
    >>> [(u.name, u.role) for u in _executes_after_its_lead(t, 7, 20, [RoleUnit("甲局", "lead", 0)])]
    [('乙中心', 'support')]
    >>> _executes_after_its_lead(t, 7, 20, []), _executes_after_its_lead(t, 7, 20, [RoleUnit("乙中心", "lead", 0)])
    (None, None)
    """
    leads = {u.name for u in found if u.role in ("lead", "responsible")}
    m = _EXECUTES.match(text, start, end) if leads else None
    units = _subject(text, start, m.end(1)) if m is not None else None
    if not units or leads & {u.name for u in units}:
        return None
    return [u.with_role("support") for u in units]


# every body of a kind named as the executor after 由 (由各大型商业综合体具体负责…): 各, the kind, 具体负责
_EACH_EXECUTOR = compiled(r"由(各[\u4e00-\u9fff]{2,12}?)(?=具体负责)")


def _each_executor(text: str, start: int, end: int) -> list[RoleUnit] | None:
    """The collective ``由各X具体负责…`` names in the clause ``text[start:end]``, every body of a kind whose name ends in
    no unit's last character (``各大型商业综合体``), for ``_executes_after_a_lead``; None for a generic collective
    (``各单位``, ``各方``) or words holding a verb.

    >>> _each_executor("由各大型商业综合体具体负责日常运行", 0, 17)[0].name, _each_executor("由各单位具体负责", 0, 8)
    ('各大型商业综合体', None)
    """
    m = _EACH_EXECUTOR.match(text, start, end)
    if m is None or names_a_type(m.group(1)) or m.group(1) in ("各方", "各地") or _VERB.search(m.group(1)):
        return None
    return [RoleUnit(m.group(1), "lead", m.start(1))]


# a share a named unit is given in a clause of its own: 由X, what it acts on, and how (由市城管执法局对违法违规企业依法处罚)
_SHARE_ON = compiled(r"由([^，,。；;：:对]{2,30}?)(?:对[^，,。；;：:]{1,40}?)?(?:依法|依规|按规定|予以)")


def _share_beside(text: str, start: int, end: int) -> list[RoleUnit]:
    """The named units a clause ``text[start:end]`` gives a share of the sentence's work (``由市城管执法局对违法违规
    企业依法处罚``) right after a named subject's clause, not after a condition (``对情节严重的，由X依法吊销…``, the
    subject's own sanction: round 68 heldfix68b's guard): they lead beside the subject (held-out 59 line 80, the lead's
    reading of round 67: ``由X处罚`` gives X a share of its own). [] otherwise.

    >>> t = "市绿化市容局要加强监管，由市城管执法局对违法违规企业依法处罚"
    >>> [(u.name, u.role) for u in _share_beside(t, 12, len(t))]
    [('市城管执法局', 'lead')]
    >>> t = "市交通委要加强检查，对情节严重的，由市城管执法局依法吊销其许可证"
    >>> _share_beside(t, 17, len(t)), _share_beside("甲局要加强监管，由施工单位依法整改", 8, 17)
    ([], [])
    """
    if not text.startswith("由", start) or text[start - 2 : start - 1] == "的":
        return []
    m = _SHARE_ON.match(text, start, end)
    units = _units(text, m.start(1), m.end(1), role="lead") if m is not None else None
    return units if units and _specific(units) else []


def subject_tasks(text: str, start: int, end: int) -> list[tuple[int, int, Assignment]]:
    """(start, end, assignment) of each task a paragraph ``text[start:end]`` writes as a unit doing what it must
    (``区市场监管局要…，2025年6月底前完成…；区教育局要…，9月底前实现…。``: two tasks, round 33): a task opens at each
    clause that opens with named units and 要/应/须 and runs to the next (every body of one level, ``各街道办事处要…``,
    only where it supports: ``各街道办事处要配合…``); a task whose units only support (``各街道办事处要配合…``), or that goes on a sentence whose task names a lead
    with 牵头 (``区商务局要牵头建立…，区市场监管局、区教育局要…``), gives them to the one before. Each task is read as
    prose (``A要会同B…``: B supports), else its units lead; [] when no clause opens so.

    >>> t = "区市场监管局要落实责任，6月底前完成评定；区教育局要落实陪餐制度，区融媒体中心要做好报道。各街道办事处要配合做好治理。"
    >>> [(t[a:b], [(u.name, u.role) for u in x.units]) for a, b, x in subject_tasks(t, 0, len(t))]
    [('区市场监管局要落实责任，6月底前完成评定', [('区市场监管局', 'lead')]), ('区教育局要落实陪餐制度', [('区教育局', 'lead')]), ('区融媒体中心要做好报道。各街道办事处要配合做好治理', [('区融媒体中心', 'lead'), ('各街道办事处', 'support')])]
    >>> t = "各省级教育行政部门要会同同级市场监管部门，4月底前开展排查。"  # round 41
    >>> [[(u.name, u.role) for u in x.units] for a, b, x in subject_tasks(t, 0, len(t))]
    [[('各省级教育行政部门', 'lead'), ('同级市场监管部门', 'support')]]
    >>> subject_tasks("中小学校要落实陪餐制度。", 0, 12)  # a kind of body (round 41)
    []
    """
    opened: list[tuple[int, list[RoleUnit], int]] = []  # (clause start, its subject, where its modal ends)
    last = start
    typed = -1  # where a sentence whose subject is department types only ends, while no unit has a share in it
    for cs, ce in split_outside(text, _SUBJECT_CLAUSE, start, end):
        last = ce
        if cs == start and (number := ENUMERATED.match(text[cs : cs + _NUMBER_REACH])) is not None:
            cs += number.end()  # （一）市财政局要…: the paragraph's number is no part of its subject (round 34)
        m = _MODAL_SUBJECT.match(text, cs, ce)
        units = _subject(text, cs, m.end(1), each=True) if m is not None else None
        if m is not None and not units and "和" in text[cs : m.end(1)]:
            units = _bodies_beside_types(text, cs, m.end(1))  # 乡镇政府、街道办事处和区…部门等要… (round 68)
        if (
            m is not None
            and not units
            and (text.find("职责的", cs, m.end(1)) != -1 or text.find("各使用", cs, m.end(1)) != -1)
        ):
            units = _defined_collectives(text, cs, m.end(1))  # 各有…监管职责的部门和各区政府要… (round 69)
        if m is not None and not units and "部门" in text[cs : m.end(1)] and _types_only(text, cs, m.end(1)):
            typed = text.find("。", cs, end)  # …等部门要…，由市城管执法局依法吊销…: the share a task (round 68)
            typed = end if typed == -1 else typed
            continue
        if cs < typed and text.startswith("由", cs) and (share := _share_by(text, cs, ce)) is not None:
            opened.append((cs, share, share[-1].pos + len(share[-1].name)))
            typed = -1
            continue
        if not units or any(
            _NO_SUBJECT.search(u.name) or is_institution_kind(u.name) or ("与" in u.name and _kinds_joined(u.name))
            for u in units
        ):
            continue  # (中小学校要…: a kind of body, round 41; 商业综合体与车站应…: kinds joined, round 69)
        if m.end() == m.end(1) and _guiding_after_modal(text, m.end(), ce) is None:
            continue  # with no modal, only a unit's guidance makes the subject's work a task (各学校在专家指导下…: none)
        if not _helps(text, m.end()) and not _each_body_must_act(text, units, m.end()):
            continue  # 各地要…, 各乡镇、居村委要指导…: no task of their own here, they may support
        if _APPLIES.match(text, m.end(), ce) is not None:
            continue  # 城建中心应当向领导小组提出申请，经…同意后…: a step of a procedure, no task (round 80 heldout26)
        opened.append((cs, units, m.end()))
    tasks: list[list] = []  # [start, end, assignment]
    for n, (cs, units, after) in enumerate(opened):
        ce = opened[n + 1][0] - 1 if n + 1 < len(opened) else last
        while ce > cs and text[ce - 1] in "。；;，, ":
            ce -= 1
        read = read_prose(text, cs, ce)
        if read is None or not read.units:
            if _helps(text, after):  # 各街道办事处要配合做好…, 县住建局要加强业务指导: the task before's partners
                units = [u.with_role("support") for u in units]
            stop = text.find("。", after, ce)  # in the subject's own sentence
            recurring = next(  # A要…跟踪督办，每月通报一次: work that recurs (round 35); 2026年起每半年… (round 38)
                (
                    _recurring_words(c)
                    for a, b in split_outside(text, _CLAUSE, after, ce if stop == -1 else stop)
                    if (c := text[a:b]).startswith(_RECURRING) or _FROM_YEAR_RECURRING.match(c)
                ),
                None,
            )
            # and a later clause naming units with a share of their own (…，省国资委指导省属国有企业…: round 44)
            # and a clause 由X对…依法处罚 right after the subject's own, X's share beside it (round 69)
            partners = [
                u
                for a, b in split_outside(text, _SUBJECT_CLAUSE, after, ce)
                for u in clause_partners(text, a, b)
                or _further_subject(text, a, b)
                or (_share_beside(text, a, b) if text.startswith("由", a) else ())
            ]
            if text.startswith(WITH, after):  # 各省级教育行政部门要会同同级市场监管部门，…: its partners (round 41)
                partners = [*_supports_after(text, after + len(WITH), ce), *partners]
            read = Assignment(units=(*units, *partners), anchor=units[0].pos, deadline=recurring)
        elif not _helps(text, after) and not {u.name for u in units} & {u.name for u in read.units}:
            # A、B要梳理…；C负责审核: the subjects lead, the clause's own unit beside them (round 34; before, C alone)
            read = read._replace(units=(*units, *read.units), anchor=units[0].pos)
        if text.startswith("在", after) and (guides := _guiding_after_modal(text, after, ce)) is not None:
            # 各社区要在街道城管办指导下开展…: the guide leads, the subjects support (round 57 left21)
            read = read._replace(units=(*guides, *(u.with_role("support") for u in read.units)))
        elif (guides := _guiding_clause(text, after, ce)) is not None:
            # 各县区政府要…，市民政局、市财政局负责督促指导: the guides lead, the subjects support (round 43)
            read = read._replace(units=(*guides, *(u.with_role("support") for u in read.units)))
        mid_sentence = cs > start and text[cs - 1] in "，,"
        if tasks and mid_sentence and "牵头" in text[tasks[-1][0] : cs]:  # A要牵头…，B、C要…: A's partners
            read = read._replace(units=tuple(u.with_role("support") for u in read.units))
        if tasks and all(u.role == "support" for u in read.units) and _assists_on_its_own(text, cs, after, read):
            # 。市气象局要配合做好…技术支持: a task of its own, no lead (round 69)
            tasks.append([cs, ce, read._replace(label_roles=(*read.label_roles, ASSISTS_ALONE))])
        elif tasks and all(u.role == "support" for u in read.units):
            before = tasks[-1][2]
            tasks[-1][1] = ce
            tasks[-1][2] = before._replace(units=tuple(dedupe([*before.units, *read.units])))
        elif any(u.role in ("lead", "responsible") for u in read.units):
            tasks.append([cs, ce, read])
    return [(a, b, x) for a, b, x in tasks]


def _kinds_joined(name: str) -> bool:
    """Whether a subject read as one name is kinds of actor joined by 与 (``商业综合体与车站``), none a named unit: no
    unit, so no task (held-out 60's kinds written bare, ``车站、毗邻建筑…应…``).

    >>> _kinds_joined("商业综合体与车站"), _kinds_joined("区科技与经济委员会"), _kinds_joined("市财政局")
    (True, False, False)
    """
    return "与" in name and all(is_institution_kind(p) or not is_unit_name(p) for p in name.split("与"))


def _assists_on_its_own(text: str, cs: int, after: int, read: Assignment) -> bool:
    """Whether a subject task whose units only support (``read``) is a sentence of its own in which named bodies
    assist (``。市气象局要配合做好…技术支持``): the smallest item with its own assignment, a task with a support and
    no lead (held-out 59 line 46, the lead's reading of round 67), not the partners of the task before, as every body
    of a level's ``各街道办事处要配合…`` (round 33) and a named body's ``要加强业务指导`` (round 43) still are.

    >>> t = "甲局要建设设施。市气象局要配合做好技术支持。"
    >>> _assists_on_its_own(t, 8, 13, Assignment(units=(RoleUnit("市气象局", "support", 8),), anchor=8))
    True
    >>> _assists_on_its_own(t, 8, 13, Assignment(units=(RoleUnit("各街道办事处", "support", 8),), anchor=8))
    False
    """
    return (
        text[cs - 1 : cs] == "。"
        and text.startswith(_ASSISTS, after)
        and not any(is_collective(u.name) for u in read.units)
    )


_ASSISTS = ("配合", "积极配合")  # what a named body must do in a sentence of its own: help (round 69)
# what a body must do when its work is to ask another body for leave (城建中心应当向领导小组提出申请，经领导小组审核同意后…):
# a step of a procedure, the approving body's decision the work, no task of its own (round 80 heldout26, held-out 103
# line 114); the body that works on (城建中心应当加强…, 应当向…报告进展) is read as before
_APPLIES = compiled(
    r"(?:及时|主动)?向[^，,。；;]{1,20}?(?:提出|提交|递交)?(?:书面)?申请(?![^，,。；;]{0,6}?(?:资金|经费|项目|补助|试点))"
)


# what a department type or a collective of government bodies ends with (市安全监管部门, 有关管理部门; not 生产经营单位);
# round 69 left40: and the plan's own units as a whole (各有关单位, 各成员单位, 县安委会各责任单位: the bodies the plan
# addresses or its leading group's members, whatever their kind), never a kind of actor (各生产经营单位, 相关单位)
_GOVERNMENT_BODY = compiled(r"(?:部门|机关|政府)$|^各(?:有关|相关)?单位$|各(?:成员|责任)单位$")
# a list dividing the work by body names none by 各地 (places: round 40) nor 各级… (every level: round 40's choice)
_NO_BODY_OF_A_LIST = compiled(r"各地(?:区)?$|^各级")
# a list of places closed by 等 and what they share (浦东新区、宝山区等综合货运站较多的地区): the places are the subject
_PLACES_SHARING = compiled(r"等[^，,。；;等]{1,30}的地区$")


def body_item(text: str, start: int, end: int) -> tuple[int, int, Assignment] | None:
    """(start, end, assignment) of an item ``text[start:end]`` (after its number) that opens with the body doing it,
    read as an item of a list dividing the work by body (``tasklist``'s ``_by_body`` decides): the body before a
    modal, which may be a department type or a collective there (``市安全监管部门要…``, ``有关管理部门要…``), the
    places before ``等…的地区`` (``浦东新区、宝山区等…较多的地区要…``), the body after a qualifying clause (``…所在的各区
    （县）政府要配合…，负责…``: its own item, whatever its verb), or named units and a verb with no modal
    (``市交通委加快建设…``, ``unit_led_item``); the partners written with 会同 or a supporting verb in its clauses
    (round 68 heldfix68, held-out 58; before, no task). None when the item opens otherwise or only exhorts.

    >>> t = "市安全监管部门要加强执法检查；会同相关职能部门开展联合执法。"
    >>> [(u.name, u.role) for u in body_item(t, 0, len(t))[2].units]
    [('市安全监管部门', 'lead'), ('相关职能部门', 'support')]
    >>> t = "浦东新区、宝山区等货运站较多的地区要加强排查。"
    >>> [u.name for u in body_item(t, 0, len(t))[2].units]
    ['浦东新区', '宝山区']
    >>> t = "设有供应站的各街镇要配合开展巡查，负责日常安全管理。"
    >>> [(u.name, u.role) for u in body_item(t, 0, len(t))[2].units]
    [('各街镇', 'lead')]
    >>> body_item("加强组织领导。县有关部门要高度重视。", 0, 18), body_item("各区县政府要高度重视。", 0, 11)
    (None, None)
    """
    stop = text.find("。", start, min(end, start + _MAX_LIST))
    for m in _BODY_MODAL.finditer(text, start + 2, min(end, start + _MAX_LIST) if stop == -1 else stop):
        s, e = start, m.start()  # (the first modal may be inside the words: 设有供应站的各街镇要…)
        if (places := _PLACES_SHARING.search(text, s, e)) is not None:
            e = places.start()
        elif (of := text.rfind("的", s, e)) != -1:
            s = of + 1  # …道口所在的各区（县）政府: the body after its qualifying clause
        units = _units(text, s, e, role="lead")
        if units and _specific(units, each=True, types=True):
            if any(_NO_BODY_OF_A_LIST.search(u.name) for u in units):
                return None
            break
    else:
        return unit_led_item(text, start, end)
    if _EXHORTED.match(text, m.end()) is not None:
        return None
    partners = [
        u
        for a, b in split_outside(text, _SUBJECT_CLAUSE, m.end(), end)
        for u in (_supports_after(text, a + len(WITH), b) if text.startswith(WITH, a) else clause_partners(text, a, b))
    ]
    return start, end, Assignment(units=tuple(dedupe([*units, *partners])), anchor=units[0].pos)


_BODY_MODAL = compiled("要(?!求)|应当|应(?!急|用|对)|须|需(?!求)")  # ``_MODAL_SUBJECT``'s modals

# the points of a paragraph and their numerals in order: 一是…；二是…, and (round 58) sub-points numbered inside it,
# （1）…；（2）… or ①…；②…
POINT_ORDINAL = compiled("([一二三四五六七八九十])是")  # a point's ordinal (四是); also a list's paragraphs' (round 64)
POINT_ORDINALS = "一二三四五六七八九十"
_POINT_KINDS = (
    (POINT_ORDINAL, POINT_ORDINALS),
    (compiled("[（(]([1-9])[)）]"), "123456789"),
    (compiled("([①-⑨])"), "①②③④⑤⑥⑦⑧⑨"),
)
# what a paragraph of such points holds (its second point): one search before the points are read
SECOND_POINT = compiled("二是|[（(]2[)）]|②")


def _points(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each point's numeral in ``text[start:end]``: of the first kind of ``_POINT_KINDS`` with two
    points or more after a sentence's or a clause's end (or opening it), numbered in order from one; else [].

    >>> t = "加强保护。（1）开展督查；（2）打击毁林。"
    >>> [t[a:b] for a, b in _points(t, 0, len(t))]
    ['（1）', '（2）']
    >>> _points("加强保护。（2）开展督查；（3）打击毁林。", 0, 21), _points("按照（1）号文件（2）款", 0, 12)
    ([], [])
    """
    for pattern, numerals in _POINT_KINDS:
        found = [
            m for m in pattern.finditer(text, start, end) if m.start() == start or text[m.start() - 1] in "。；;，,：:"
        ]
        if len(found) < 2:
            continue
        in_order = all(m.group(1) == numeral for m, numeral in zip(found, numerals))
        return [m.span() for m in found] if in_order else []
    return []


def point_tasks(text: str, start: int, end: int) -> list[tuple[int, int, Assignment]]:
    """(start, end, assignment) of each point a paragraph ``text[start:end]`` lists as ``一是…；二是…；三是…`` (or
    numbers inside it, ``（1）…；（2）…``, ``①…；②…``: round 58) when
    two or more points name a lead of their own: a task each (round 50; before, one task with every point's units
    leading). The first task's text opens with the paragraph (its title), a later one's with its point, after its
    numeral. A point naming no unit (no role word: ``二是严格林地审批``) carries no assignment: it is part of the task
    before it, or of the first task (round 51; before, the paragraph was one task). A point opening with a unit and
    its verb, no role word (``二是县林业站开展巡查``), is that unit's task, as an item so written is (``unit_led_item``;
    round 52: before, read as naming none).
    [] when the points are not in order from 一是, one of them names units but no lead, or fewer than two points
    name a lead (the paragraph is one task).

    >>> t = "加强保护。一是开展督查，由县林业局牵头；二是打击毁林，县公安局负责，县林业局配合。"
    >>> [(t[a:b], [u.name for u in x.units]) for a, b, x in point_tasks(t, 0, len(t))]
    [('加强保护。一是开展督查，由县林业局牵头', ['县林业局']), ('打击毁林，县公安局负责，县林业局配合', ['县公安局', '县林业局'])]
    >>> t = "加强保护。一是开展督查，由县林业局牵头；二是严格审批；三是打击毁林，县公安局负责。"
    >>> [(t[a:b], [u.name for u in x.units]) for a, b, x in point_tasks(t, 0, len(t))]
    [('加强保护。一是开展督查，由县林业局牵头；二是严格审批', ['县林业局']), ('打击毁林，县公安局负责', ['县公安局'])]
    >>> point_tasks("一是开展督查，由县林业局牵头；二是做好宣传。", 0, 22)
    []
    >>> t = "加强巡护。一是开展督查，由县林业局牵头；二是县林业站开展巡查。"  # round 52
    >>> [(t[a:b], [u.name for u in x.units]) for a, b, x in point_tasks(t, 0, len(t))]
    [('加强巡护。一是开展督查，由县林业局牵头', ['县林业局']), ('县林业站开展巡查', ['县林业站'])]
    >>> t = "优化服务。（1）由县政务服务中心牵头，深化改革；（2）由县发展改革局负责推行免申即享。"  # round 58
    >>> [(t[a:b], [u.name for u in x.units]) for a, b, x in point_tasks(t, 0, len(t))]
    [('优化服务。（1）由县政务服务中心牵头，深化改革', ['县政务服务中心']), ('由县发展改革局负责推行免申即享', ['县发展改革局'])]
    """
    points = _points(text, start, end)
    tasks: list[tuple[int, int, Assignment]] = []
    for n, (at, body) in enumerate(points):
        stop = points[n + 1][0] if n + 1 < len(points) else end
        while stop > at and text[stop - 1] in "。；;，, \n":
            stop -= 1
        read = read_prose(text, body, stop)
        if read is None and (led := _unit_led_point(text, body, stop)) is not None:
            read = led  # 二是县林业站开展巡查: the unit doing the point's work, no role word, leads it (round 52)
        if read is not None and any(u.role in ("lead", "responsible") for u in read.units):
            tasks.append((start if not tasks else body, stop, read))
        elif read is None and _names_no_role(text, body, stop):
            if tasks:  # a point naming no unit: part of the task before it (round 51)
                tasks[-1] = (tasks[-1][0], stop, tasks[-1][2])
        else:
            return []
    return tasks if len(tasks) > 1 else []


def _unit_led_point(text: str, start: int, end: int) -> Assignment | None:
    """The assignment of a point ``text[start:end]`` whose first clause opens with named units (every body of one
    level too) and their verb, no role word (``县林业站开展日常巡查，做到…``: 县林业站 leads, round 52), else None: the name and its verb in one
    clause, so that work named before a comma (``恢复重建和改造提升基层社，对…实施…``) is no unit.

    >>> [u.name for u in _unit_led_point("县林业站开展日常巡查，做到全覆盖", 0, 16).units]
    ['县林业站']
    >>> _unit_led_point("恢复重建和改造提升基层社，对薄弱基层社实施改造", 0, 23) is None
    True
    >>> [u.name for u in _unit_led_point("各街道办事处开展环境整治", 0, 12).units]
    ['各街道办事处']
    """
    comma = min((i for i in (text.find("，", start, end), text.find(",", start, end)) if i != -1), default=end)
    led = unit_led_item(text, start, comma)
    if led is not None:
        return led[2]
    units = _clause_subject(text, start, comma)  # 二是各街道办事处开展…: every body of a level (as a stage's)
    return None if units is None else Assignment(units=tuple(units), anchor=units[0].pos)


def _names_no_role(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (a point of a paragraph) holds no role word, a quoted one aside: it names no unit
    given a share of the work (``严格林地审批，规范使用林地定额``), round 51.

    >>> _names_no_role("严格林地审批", 0, 6), _names_no_role("做好宣传，县融媒体中心配合", 0, 13)
    (True, False)
    """
    part = text[start:end]
    return _ANY_ROLE.search(_QUOTED.sub("", part) if "“" in part else part) is None


def stage_task(text: str, start: int, end: int) -> tuple[int, int, Assignment] | None:
    """(start, end, assignment) of a stage of a plan's schedule that names who does its work with no role word
    (``（一）动员部署阶段（2026年3月）。各区政府制定本辖区实施计划…``: 各区政府 leads, round 36): a clause of the sentence
    after the stage's name and its time opens with named units (every body of one level too) and a task's verb (the
    first such clause); else None.

    >>> t = "（一）动员部署阶段（2026年3月）。各区政府制定本辖区实施计划，明确项目清单。"
    >>> a, b, x = stage_task(t, 0, len(t)); t[a:b], [(u.name, u.role) for u in x.units]
    ('各区政府制定本辖区实施计划，明确项目清单', [('各区政府', 'lead')])
    >>> stage_task("（二）集中攻坚阶段（2026年4—9月）。全面推进项目建设。", 0, 27) is None
    True
    """
    stage = _STAGE.match(text, start, end)
    if stage is None:
        return None
    at = stage.end()
    sentence_end = text.find("。", at, end)
    for cs, ce in split_outside(text, _SUBJECT_CLAUSE, at, end if sentence_end == -1 else sentence_end):
        units = _clause_subject(text, cs, ce)  # 各责任单位…，A每月通报…: A's
        if units:
            stop = end
            while stop > at and text[stop - 1] in "。；;，, ":
                stop -= 1
            time = stage.group(1)  # the stage's time is its deadline: 2026年4—9月
            deadline = time if parse_deadline(time).status == "scheduled" else None
            return at, stop, Assignment(units=tuple(units), deadline=deadline, anchor=units[0].pos)
    return None


def _clause_subject(text: str, start: int, end: int) -> list[RoleUnit] | None:
    """The named units (every body of one level too) that open the clause ``text[start:end]`` before a task's verb
    (``_STAGE_VERB``), leading; else None (a stage's, round 36; a point's, round 52).

    >>> [u.name for u in _clause_subject("各街道办事处开展市场周边环境整治", 0, 16)]
    ['各街道办事处']
    >>> _clause_subject("工作人员开展巡查", 0, 8), _clause_subject("严格林地审批", 0, 6)
    (None, None)
    """
    for verb in _STAGE_VERB.finditer(text, start + 2, min(end, start + _MAX_LIST)):
        if text.startswith("的", verb.end()):
            continue  # 迎接县乡村振兴局组织的县级验收: what a unit does, named as a thing (round 63)
        units = _subject(text, start, verb.start(), each=True)
        if units and not any(_NO_SUBJECT.search(u.name) for u in units):
            return units
    return None


def unit_led_item(text: str, start: int, end: int) -> tuple[int, int, Assignment] | None:
    """(start, end, assignment) of an item (``text[start:end]``, after its number) whose sentence opens with named
    units and a verb, no role word (``（2）市气象局加密监测预报频次…``: 市气象局 leads; a 预案's 响应措施, round 37), else
    None. Of the verbs near the start, the one after the longest list of names ends it (市委组织部开展…: not 市委).

    >>> t = "市气象局加密监测预报频次，每3小时报告一次雨情。"
    >>> a, b, x = unit_led_item(t, 0, len(t)); t[a:b], [u.name for u in x.units]
    ('市气象局加密监测预报频次，每3小时报告一次雨情。', ['市气象局'])
    >>> [u.name for u in unit_led_item("市委组织部开展年轻干部培训。", 0, 14)[2].units]
    ['市委组织部']
    >>> unit_led_item("总指挥主持会商，作出部署。", 0, 13), unit_led_item("市场主体登记全程电子化。", 0, 12)
    (None, None)
    >>> unit_led_item("配合市政务服务管理局推进改革。", 0, 15), unit_led_item("选择部分区开展试点。", 0, 10)
    (None, None)
    >>> [u.name for u in unit_led_item("教育部将定期汇总各地工作开展情况。", 0, 17)[2].units]  # round 41
    ['教育部']
    >>> t = "区人力资源和社会保障局将育婴员纳入补贴范围，区卫生健康局配合开展培训。"  # round 40
    >>> [(u.name, u.role) for u in unit_led_item(t, 0, len(t))[2].units]
    [('区人力资源和社会保障局', 'lead'), ('区卫生健康局', 'support')]
    """
    best: list[RoleUnit] | None = None
    best_verb = ""
    reach = start + _ITEM_NAMES
    principle = -1  # where the principle the names work by opens (按照“谁经营、谁负责”的原则)
    if (
        (quote := text.find("“", start, reach)) != -1
        and text.endswith(_BY_PRINCIPLE, start, quote)
        and (close := text.find("”", quote, quote + _PRINCIPLE_QUOTE)) != -1
        and text.startswith(_PRINCIPLE_AFTER, close + 1)
    ):
        # 燃气经营企业（A、B）按照“谁经营、谁负责”的原则全面落实…: the names, then the principle they work by (round 73
        # left43): the names end before it, and the verb may stand after the quote (not a plan's name in quotes:
        # 市发展改革委根据“…三年计划”，简化…, held-out 73 line 70)
        principle = max(text.rfind(by, start, quote) for by in _BY_PRINCIPLE)
        reach = max(reach, close + _AFTER_QUOTE)
    stop = text.find("。", start, min(end, reach))  # the names stand in the item's first sentence
    comma = text.find("，", start, min(end, reach))
    bound = min(end, reach) if stop == -1 else stop
    # (the verb's lookahead may read past the names' reach: A、B和C等相关行业部门不定期对全镇…工程进行…, round 80)
    for verb in _ITEM_VERB.finditer(text, start + 2, bound if stop != -1 else min(end, bound + _VERB_LOOKAHEAD)):
        if verb.start() >= bound:
            break
        if _NAME_LAST.match(text, verb.end()):
            continue  # a verb inside a name, 保障局 of 区人力资源和社会保障局, 组织部: no end of the names (round 40)
        if text.startswith("的", verb.end()):
            continue  # 县乡村振兴局组织的县级验收: what the unit does, named as a thing (round 63), no subject's verb
        if best is not None and -1 < comma < verb.start():
            break  # the names stand in the first clause: A统筹，B、C协同推进 (the partners' verb: round 54)
        names_end = verb.start()
        if text[names_end - 1] in _ADVERB_LAST:
            names_end -= _adverb_before(text, start, names_end)  # A切实加强…, A按照职责分工切实加强… (round 73)
        kind = _kind_then_manner(text, start, names_end)  # 属地单位（各镇、街道）按照职责分工… (round 73)
        cut = (
            principle if start < principle < names_end else _bracket_end(text, start, names_end) if kind else names_end
        )
        if verb.start() > start + _ITEM_NAMES and cut != principle:
            continue  # past the names' reach, only after the principle the names work by
        units = _units(text, start, cut, role="lead")
        # the collective closing a list of named units (A、B和C等相关行业部门不定期对…进行…) leads with them, as SPEC
        # reads A等相关部门; the names it closes are asked (round 80 heldout26, held-out 102 line 72)
        named = units
        if units and units[-1].implied:
            closing = units[-1].name
            named = [u for u in units if not u.implied] if is_collective(closing) and is_unit_name(closing) else []
        if (
            named
            # every body of a level beside a named unit (街道党政办以及各社区居委会组织开展…: round 44)
            and (
                _specific(named, each=not all(is_collective(u.name) for u in named))
                or kind
                # 省级行业主管部门着重加强…, after A、B、C（以下统称省级行业主管部门）: the plan's name for its list, as
                # before 负责 (round 74 left44)
                or (len(units) == 1 and _defined_group(text, units[0].pos, cut) != [])
            )
            and all(
                len(u.name) <= _ITEM_NAME
                and not _NO_SUBJECT.search(u.name)
                and ("同" not in u.name or not _ALONG.search(u.name))  # A同B: two bodies, no name (round 45)
                and not _joins_or_urges(u.name)  # A联合B, A督促B (round 55)
                and not _NOT_A_NAME_START.match(u.name)
                and not _organises_inside(u.name)
                for u in named
            )
            and (best is None or units[-1].pos + len(units[-1].name) > best[-1].pos + len(best[-1].name))
        ):
            best, best_verb = units, verb.group()
    if best is None:
        return None
    after = best[-1].pos + len(best[-1].name)
    stop = text.find("。", after, end)  # in its sentence, a clause of work that recurs: A每季度开展… (round 38)
    clauses = split_outside(text, _CLAUSE, after, end if stop == -1 else stop)
    recurring = next((_recurring_words(c) for a, b in clauses if (c := text[a:b]).startswith(_RECURRING)), None)
    if best_verb == "组织":  # A组织B、C开展…: B and C carry out what A organises, its partners (round 40)
        organised = _organised(text, after + len(best_verb), clauses[0][1] if clauses else end)
        best = best + organised
        if organised and recurring is None:  # A组织B每季度开展一次评比: the time right after them (round 40)
            rest = organised[-1].pos + len(organised[-1].name)
            if text.startswith(_RECURRING, rest):
                recurring = _recurring_words(text[rest : next((b for a, b in clauses if a <= rest < b), end)])
    elif best_verb in ("同", "联合", "协调"):
        # A同B联合开展…, A同B对…开展联合检查: B the partner, as after 会同 (round 44); 联合: round 55; A协调B、C做好…: whom A coordinates do the work with it, its partners (session 40); 协调's
        # object is as often work (A协调解决…, A协调各方力量…), which names no unit and adds none
        best = best + _supports_after(text, after + len(best_verb), clauses[0][1] if clauses else end)
    # a later clause of its sentence that is partners and their verb: A将…纳入…，B配合开展培训 (round 40)
    # and one that is units and 负责: A将资金拨付至企业，B负责资金监管 (B leads beside A, round 40), or units doing
    # their share as a prose sentence's further units do (round 48: 县反诈中心对…实行…，各乡镇人民政府负责组织…: every
    # body of a level with 负责 a partner, round 47)
    best = best + [u for a, b in clauses[1:] for u in clause_partners(text, a, b) or _further_subject(text, a, b)]
    # a ；-clause of its sentence that opens with units of its own and their work (A加强资金保障…；B落实税收优惠政策):
    # they lead beside A, one task (round 44), as a further 负责 clause does
    if "；" in text[after : end if stop == -1 else stop]:
        for a, b in split_outside(text, "；;", after, end if stop == -1 else stop)[1:]:
            if (more := unit_led_item(text, a, b)) is not None:
                best = dedupe([*best, *(u for u in more[2].units if u.role == "lead")])
    return start, end, Assignment(units=tuple(best), deadline=recurring, anchor=best[0].pos)


# what the names a sentence opens with never hold: a role word, a quote or a title's mark, what a body acts by
# (round 63: what a body is declared, 镇作为…责任主体, and a point's ordinal and modal, 一要充分发挥社区…)
_NOT_IN_OPENING = compiled(
    r"负责|牵头|会同|配合|协助|参与|指导|作为|^[一二三四五六七八九十][要是]|[“”‘’《》]|" + _NOT_IN_NAME.pattern
)


# how a plan defines a department type as its bodies (建设主管部门包括A、B、C。; 本细则所称建设主管部门，是指A、B)
_DEFINES = ("包括", "是指", "，包括", "，是指")
_DEFINITION = 80  # characters: the longest list of bodies a definition gives
_DEFINED_TYPES = ("部门", "单位")  # how the name of a type a plan so defines ends


def _defined_bodies(text: str, units: list[RoleUnit]) -> bool:
    """Whether each of ``units`` is a named body or a name the plan defines as a list of them (``_plan_defines``).

    >>> t = "建设主管部门包括区建设管理委、区水务局。建设主管部门督促施工单位。"
    >>> _defined_bodies(t, [RoleUnit("建设主管部门", "lead", 20)]), _defined_bodies(t, [RoleUnit("行业主管部门", "lead", 20)])
    (True, False)
    """
    return all(_specific([u], each=True) or _plan_defines(text, u.name) for u in units)


def _plan_defines(text: str, name: str) -> bool:
    """Whether ``text`` defines ``name``, a department type, as a list of named bodies (``_definitions``).

    >>> _plan_defines("建设主管部门是指区建设管理委、区水务局。", "建设主管部门"), _plan_defines("建设主管部门负责。", "建设主管部门")
    (True, False)
    """
    return name.endswith(_DEFINED_TYPES) and any(text.startswith(name, at - len(name)) for at in _definitions(text))


@lru_cache(maxsize=4)
def _definitions(text: str) -> frozenset[int]:
    """Where ``text`` defines a department type as a list of named bodies (``建设主管部门包括区建设管理委、区水务局、
    区绿化市容局。``, round 79 left49: held-out 92 line 110): the places right after the type's name. The plan's own
    definition makes the type a unit as written (SPEC round 73), whatever its first word (建设, a verb). Not one whose
    list names no body (``建设主管部门包括行业管理部门。``), nor 包括 after any other word (``内容包括…``).

    >>> sorted(_definitions("建设主管部门包括区建设管理委、区水务局。内容包括排摸。")), _definitions("建设主管部门包括行业管理部门。")
    ([6], frozenset())
    >>> sorted(_definitions("本细则所称建设主管部门，是指县住建局、县水利局。"))  # 本细则所称X，是指…
    [11]
    """
    out: set[int] = set()
    for word in _DEFINES:
        at = text.find(word)
        while at >= 0:
            if text.endswith(_DEFINED_TYPES, 0, at):
                begin = stop = at + len(word)
                while stop < len(text) and stop - begin < _DEFINITION and text[stop] not in _SENTENCE:
                    stop += 1
                listed = _units(text, begin, stop, role="lead")
                if listed and _specific(listed):
                    out.add(at)
            at = text.find(word, at + 1)
    return frozenset(out)


def _level_closes(text: str, joint: int) -> int:
    """Where a level's bodies after a name and its joint (``text[joint]``: 、, 和, 及, 与) end, when the sentence's
    words follow them (``区水务局和属地街镇按照…``, ``县公安局、各乡镇负责…``), else 0.

    >>> t = "区水务局和属地街镇按照职责开展巡查。"
    >>> _level_closes(t, 4), _level_closes("区水务局和属地街镇道路管理所开展巡查。", 4)
    (9, 0)

    The type of the listed bodies may close the list after them (``…和属地街镇等单位要…``: round 80 left50).

    >>> _level_closes("区城管局和属地街镇等单位要加强监管。", 4), _level_closes("区城管局和属地街镇等单位人员参加培训。", 4)
    (12, 0)
    """
    level = _LEVEL_SUBJECT.match(text, joint + 1)
    if level is None:
        return 0
    end = level.end() + 3 if text.startswith(_KINDS_CLOSING, level.end()) else level.end()
    return end if _AFTER_UNITS.match(text, end) is not None else 0


_KINDS_CLOSING = ("等单位", "等部门")  # the listed bodies' type closing their list (round 80 left50)


def opening_units(text: str, start: int, end: int) -> list[RoleUnit] | None:
    """The named units a sentence ``text[start:end]`` opens with, whatever its verb, else None (round 63): the longest
    list of names in its first clause that ends right after a character names end with (局, 委, 厅, 处 …) with words
    after it, not inside a verb (组织 of ``党委宣传部组织开展…``) nor before another name of the list.

    >>> [u.name for u in opening_units("市经济信息化委支持推广新模式。", 0, 15)]
    ['市经济信息化委']
    >>> t = "市经济信息化委和市生态环境局联合推进“无废园区”建设。"
    >>> [u.name for u in opening_units(t, 0, len(t))]
    ['市经济信息化委', '市生态环境局']
    >>> [u.name for u in opening_units("党委宣传部组织开展宣传月活动。", 0, 15)], [u.name for u in opening_units("市委金融办引导金融机构。", 0, 12)]
    (['党委宣传部'], ['市委金融办'])
    >>> opening_units("结合电价改革，优化企业用能策略。", 0, 16), opening_units("工作人员开展巡查。", 0, 9)
    (None, None)
    >>> opening_units("市政府明确市城管局为牵头部门。", 0, 15)  # a body designating or approving does no work
    >>> t = "县综合行政执法局依法查处违法行为。各区城市管理局对井盖负监管责任。"
    >>> [u.name for u in opening_units(t, 0, 17)], [u.name for u in opening_units(t, 17, len(t))]  # round 63
    (['县综合行政执法局'], ['各区城市管理局'])
    >>> opening_units("一要充分发挥社区自治作用。", 0, 13), opening_units("各街道、镇作为责任主体的处。", 0, 14)
    (None, None)
    >>> opening_units("各职能部门分工若有遗漏，以网格为准。", 0, 18)  # 部门 is one word: no 各职能部 (round 64)
    >>> [u.name for u in opening_units("属地街镇要积极挖掘消纳空间。", 0, 14)]  # a level's bodies (round 69)
    ['属地街镇']
    >>> [u.name for u in opening_units("各区交通主管部门做好项目储备。", 0, 15)]  # every district's (round 71)
    ['各区交通主管部门']
    >>> opening_units("各相关部门做好项目储备。", 0, 12), opening_units("各区域协调部门做好储备。", 0, 12)
    (None, None)
    >>> [u.name for u in opening_units("各市（州）、县（市、区）要开展自查。", 0, 18)]  # round 73
    ['各市（州）、县（市、区）']
    >>> t = "区水务局和属地街镇按照职责开展巡查。"  # a level's bodies closing the list (round 79)
    >>> [u.name for u in opening_units(t, 0, len(t))]
    ['区水务局', '属地街镇']
    >>> t = "区土方工作专班根据指引每半年更新一张图。"  # a 专班 (round 79)
    >>> [u.name for u in opening_units(t, 0, len(t))], opening_units("加强专班建设。", 0, 7)
    (['区土方工作专班'], None)
    >>> t = "县城管执法局、县自然资源局、县水利局、县住建局、县生态环境局和各乡镇人民政府要强化排查。"  # round 80
    >>> len(opening_units(t, 0, len(t)))
    6
    """
    stop = min(end, start + _ITEM_NAMES)
    if (clause := _CLAUSE_END.search(text, start, stop)) is not None:
        stop = clause.start()
    elif stop < end and text.count("、", start, stop) >= _MANY_NAMES:
        # a list of many names runs on past the reach (区城管执法局、区规划资源局、…和镇政府、街道办事处要…: round 80
        # left50, held-out 92 line 274): twice as far
        stop = min(end, start + 2 * _ITEM_NAMES)
        if (clause := _CLAUSE_END.search(text, start, stop)) is not None:
            stop = clause.start()
    # a name may end right before the bracket defining its short form (上海市交通建设工程管理中心（以下简称市交通建管
    # 中心）组织和督促…: round 71 heldout16, held-out 74 line 50; the bracket is no part of the name)
    defined = 1 if text.startswith(_SHORT_FORM, stop) else 0
    verbs = [(m.start(), m.end()) for m in _VERB.finditer(text, start, stop)]
    best = before_verb = None
    best_cut = verb_cut = start
    # a 专班's name ends in 班 (区土方工作专班根据…: round 79 left49, held-out 92 line 122), looked for where one is written
    ends = _NAME_LAST if text.find("专班", start, stop) < 0 else _TASK_FORCE_LAST
    if text.find("部门", start, stop) >= 0 and _definitions(text):
        ends = _DEFINED_LAST  # and a department type the plan defines as its bodies (建设主管部门督促…: round 79)
    for m in ends.finditer(text, start + 1, stop - 1 + defined):
        cut = m.end()
        if text[cut] in "、和及与" and text[cut + 1 : cut + 2] in _LEVEL_FIRST and (level := _level_closes(text, cut)):
            cut = level  # 区水务局和属地街镇按照…: a level's bodies close the list (round 79 left49, held-out 92 line 248)
        elif text[cut] in "、和及与" or any(a < cut < b for a, b in verbs) or text[cut - 1 : cut + 1] in _ONE_WORD:
            continue  # the list goes on, a verb's first character ends no name (组 of 组织), nor 部门's 部 (round 64)
        units = _units(text, start, cut, role="lead")
        if (
            units
            and (_specific(units, each=True) or _defined_bodies(text, units))  # 各区城市管理局对… (round 63)
            and all(
                len(u.name) <= _ITEM_NAME
                and not _NOT_IN_OPENING.search(u.name)
                and not _NO_SUBJECT.search(u.name)
                and (not _NOT_A_NAME_START.match(u.name) or _plan_defines(text, u.name))
                and not _joins_or_urges(u.name)
                and not _organises_inside(u.name)
                and not _holds_a_clause(u.name)
                and not _DESIGNATES.search(u.name)
                for u in units
            )
        ):
            best, best_cut = units, cut
            if _OPENING_VERB.match(text, cut):
                before_verb, verb_cut = units, cut  # 省住房城乡建设厅制定园区…: the names end before a verb (not at 园)
    if _DESIGNATES.match(text, verb_cut if before_verb else best_cut):
        return None  # 区政府明确…为…场所, 市政府同意…: the body designates or approves, others do the work (round 63)
    if (
        best is None
        and start < stop
        and text[start] in _LEVEL_FIRST
        and (level := _LEVEL_SUBJECT.match(text, start, stop))
    ):
        after = level.end()
        if after < stop and text[after] not in "、和及与" and _AFTER_UNITS.match(text, after):
            return _units(text, start, after, role="lead")  # 属地街镇要积极…: the level's bodies (round 69 heldout14)
    if (
        best is None
        and text.startswith("各", start)
        and (each := each_level_end(text, start, min(end, start + _ITEM_NAMES))) > start + 2
        and text.startswith(_LEVELS_MODAL, each)
    ):
        # 各市（州）、县（市、区）要按照…开展逐项自查: every body of the levels, that must do the work (round 73 heldout18,
        # held-out 77 line 7; a level's collective with its brackets ends in no character a name ends with)
        return [RoleUnit(text[start:each], "lead", start)]
    if (
        best is None
        and text.startswith(("各区", "各县"), start)
        and text.find("部门", start, stop) != -1
        and (field := _EACH_FIELD_OPENING.match(text, start, stop))
    ):
        # 各区交通主管部门做好…: the department of one field at every body of a level, named as its type is (no name
        # ends at 部门's 部, ``_ONE_WORD``), a definite set (``_EACH_LEVEL_DEPARTMENT``; round 71 heldout16, held-out 74)
        units = _units(text, start, field.end(), role="lead")
        if text[field.end()] not in "、和及与" and units and _specific(units, each=True):
            return units
    return before_verb or best


_LEVELS_MODAL = ("要", "应")  # after every body of some levels opening a sentence (各市（州）、县（市、区）要…)
# an opening's department of one field at every body of a level, to its first 部门 (各区交通主管部门做好…)
_EACH_FIELD_OPENING = compiled(r"各[^，,。；;、和及与]{2,14}?部门")


def division_rest(text: str, start: int, end: int) -> list[RoleUnit] | None:
    """The other bodies of a division by body a paragraph ``text[start:end]`` opens with, ``其他审批部门按照要求，做好…``
    (round 71 heldfix71, held-out 73 line 92): after the bodies named a paragraph each, the rest of that kind do
    their share, and lead it as the named bodies lead theirs; None where the paragraph opens otherwise.

    >>> [(u.name, u.role) for u in division_rest("其他审批部门按照要求，做好配套工作。", 0, 18)]
    [('其他审批部门', 'lead')]
    >>> division_rest("其他工作按照要求推进。", 0, 11), division_rest("有关部门做好配套工作。", 0, 11)
    (None, None)
    """
    if not text.startswith(("其他", "其余"), start):
        return None
    m = _DIVISION_REST.match(text, start, end)
    return None if m is None else [RoleUnit(m.group(), "lead", start)]


# the other bodies of a kind opening a paragraph, before their manner or work (其他审批部门按照要求，做好…)
_DIVISION_REST = compiled(
    r"(?:其他|其余)[\u4e00-\u9fff]{1,8}?(?:部门|单位|机构)(?=按照|根据|要|负责|做好|积极|结合|配合|抓好|落实)"
)


def agency_task(text: str, start: int, end: int, prose: Assignment | None) -> Assignment:
    """The task of a paragraph ``text[start:end]`` in a section dividing its work by agency (round 63): the roles
    ``prose`` read in it, with the units every sentence opens with (``opening_units``) leading beside them
    (``A统筹…。B加快…``: A and B lead).

    >>> t = "市住房城乡建设管理委制定分级标准。市交通委加快布局充换电设施。"
    >>> [(u.name, u.role) for u in agency_task(t, 0, len(t), None).units]
    [('市住房城乡建设管理委', 'lead'), ('市交通委', 'lead')]
    >>> t = "县城管局要推动设施建设。县房管局要督促分拣，县城管局联合县房管局加强指导。"  # round 80
    >>> [(u.name, u.role) for u in agency_task(t, 0, len(t), read_prose(t, 0, len(t))).units]
    [('县城管局', 'lead'), ('县房管局', 'lead')]
    >>> t = "区人武部、区退役军人事务局配合做好军队房屋处置工作。"  # their share is to assist (round 80)
    >>> [(u.name, u.role) for u in agency_task(t, 0, len(t), None).units]
    [('区人武部', 'support'), ('区退役军人事务局', 'support')]
    """
    opened: list[RoleUnit] = []
    rhythm = None  # a later sentence's rhythm, of the body opening it (round 80 left50, held-out 92 line 156)
    for a, b in split_outside(text, _SENTENCE, start, end):
        if units := opening_units(text, a, b):
            opened.extend(units)
            if rhythm is None and a > start and "每" in text[a:b]:
                rhythm = _rhythm_of(text[a:b])
    if not opened and prose is None:
        opened = division_rest(text, start, end) or []  # 其他审批部门按照要求，做好…: the division's other bodies
    if prose is None:
        units = dedupe(opened)
        last = units[-1]
        if _ASSIST.match(text, last.pos + len(last.name)) is not None and all(u.pos < last.pos + 1 for u in units):
            # 区人武部、区退役军人事务局配合做好…: bodies whose share is to assist support, as their word says, in a
            # division by agency too (round 80 heldout25, held-out 98 line 60; before, they led)
            helpers = tuple(u.with_role("support") for u in units)
            return Assignment(units=helpers, anchor=helpers[0].pos, deadline=rhythm, label_roles=(ASSISTS_ALONE,))
        return Assignment(units=tuple(units), deadline=rhythm, anchor=units[0].pos)
    # a body opening a sentence leads it where the prose read it elsewhere as a partner (``B要督促…，A联合B…``; not the
    # same words read twice, ``A会同B…``), and is placed where it first opens one (round 80 left50, held-out 92 line 136)
    first: dict[str, int] = {}
    for u in opened:
        first.setdefault(u.name, u.pos)
    kept = [
        u if u.name not in first else u._replace(pos=min(u.pos, first[u.name]))
        for u in prose.units
        if u.role != "support" or first.get(u.name, u.pos) == u.pos
    ]
    named = {u.name for u in kept}
    units = sorted(dedupe([*kept, *(u for u in opened if u.name not in named)]), key=lambda u: u.pos)
    return prose._replace(units=tuple(units))


def intro_item_task(text: str, start: int, end: int, prose: Assignment | None) -> Assignment | None:
    """The task of a numbered item ``text[start:end]`` below a body's intro in a section dividing its work by agency
    (``A开展…工作：`` / ``（1）涉及林地的…，由B进行核实。`` / ``（2）…，C指导…，D指导…``: round 81 left51, held-out 92
    lines 208-220): the bodies its first sentence's clauses open with lead (``item_bodies``), beside the partners
    ``prose`` read; None where no clause opens with a body.

    >>> t = "（3）涉及坑塘的场所，县农业农村局指导做好土壤监测，县水利局指导做好核实，配合县城管局开展联动。"
    >>> [(u.name, u.role) for u in intro_item_task(t, 0, len(t), None).units]
    [('县农业农村局', 'lead'), ('县水利局', 'lead')]
    >>> intro_item_task("（4）做好场所核实。", 0, 10, None) is None
    True
    """
    bodies = item_bodies(text, start, end)
    if bodies is None:
        return None
    named = {u.name for u in bodies}
    partners = [u for u in (prose.units if prose else ()) if u.role == "support" and u.name not in named]
    deadline = prose.deadline if prose else None
    assists = () if any(u.role == "lead" for u in bodies) else (ASSISTS_ALONE,)  # （3）区水务局做好配合…
    return Assignment(units=(*bodies, *partners), deadline=deadline, anchor=bodies[0].pos, label_roles=assists)


def item_bodies(text: str, start: int, end: int) -> list[RoleUnit] | None:
    """The bodies a numbered item ``text[start:end]`` names doing its work, else None: the bodies each clause of its
    first sentence opens with, after 由 or not (``涉及林地的场所，由B进行核实``), each as the plan writes it
    (``_topic_run_in``: ``河道区水务局`` is the topic 河道 run into 区水务局; ``_with_division``: a bureau's division).

    >>> t = "（1）涉及林地的场所，按照相关要求，由县林业局林业管理部门进行核实。"
    >>> [u.name for u in item_bodies(t, 0, len(t))]
    ['县林业局林业管理部门']
    >>> item_bodies("（2）建设单位办理备案时，做好核查。", 0, 18) is None  # a kind of actor is no body
    True
    """
    number = ENUMERATED.match(text[start : start + _NUMBER_REACH])
    begin = start + (number.end() if number else 0)
    stop = next((b for a, b in split_outside(text, _SENTENCE, begin, end) if b > a), end)
    units: list[RoleUnit] = []
    for a, b in split_outside(text, "，,", begin, stop):
        a += text.startswith("由", a)
        opened = [_with_division(text, _topic_run_in(text, u)) for u in opening_units(text, a, b) or ()]
        if opened and _ITEM_ASSIST.match(text, opened[-1].pos + len(opened[-1].name)):
            opened = [u.with_role("support") for u in opened]  # 区水务局做好配合: its share is to assist
        units.extend(opened)
    return dedupe(units) or None


_ITEM_ASSIST = compiled(_ASSIST.pattern + r"|(?:做好|予以|积极)配合")


def _topic_run_in(text: str, unit: RoleUnit) -> RoleUnit:
    """``unit`` without the item's topic run into its name (``河道区水务局`` → ``区水务局``): where a level's
    character (区, 县, 市) inside the name opens a name the document ``text`` writes elsewhere too, and the words
    before it with the level are written nowhere else (no place of the plan's) and are long or written elsewhere
    without it (a topic of the text: ``河道``, ``计量管理``, ``饮用水水源保护区`` of ``…保护区区生态环境局``).

    >>> t = "区水务局加强巡查。（4）河道区水务局负责核实填河手续。填埋河道的，及时查处。"
    >>> _topic_run_in(t, RoleUnit("河道区水务局", "lead", 13))
    RoleUnit(name='区水务局', role='lead', pos=15, written=None, implied=False)
    >>> t = "区水务局加强巡查。（4）嘉定区水务局负责核实填河手续。"  # a place written once: kept whole
    >>> _topic_run_in(t, RoleUnit("嘉定区水务局", "lead", 13)).name
    '嘉定区水务局'
    """
    name = unit.name
    once = text.count(name)
    for i in range(2, len(name) - 3):
        if name[i] not in _LEVEL_CHARS:
            continue
        rest, topic = name[i:], name[:i]
        if (
            text.count(rest) > once
            and text.count(name[: i + 1]) == once
            and (len(topic) >= _LONG_TOPIC or text.count(topic) > once)
            and is_unit_name(rest)
        ):
            return unit._replace(name=rest, pos=unit.pos + i)
    return unit


_LEVEL_CHARS = frozenset("区县市")
_LONG_TOPIC = 4  # characters: words before a level longer than a place's name (青浦, 浦东新) are a topic


def _with_division(text: str, unit: RoleUnit) -> RoleUnit:
    """``unit`` with the division of it named right after it (``区绿化市容局林业管理部门``), where the plan writes one.

    >>> _with_division("区城管局执法部门开展检查", RoleUnit("区城管局", "lead", 0)).name
    '区城管局执法部门'
    >>> _with_division("区城管局等部门开展检查", RoleUnit("区城管局", "lead", 0)).name
    '区城管局'
    """
    after = unit.pos + len(unit.name)
    division = _DIVISION_OF.match(text, after)
    return unit if division is None else unit._replace(name=unit.name + division.group())


# a division of a body named after it (…局林业管理部门): words, none joining or closing a list, then 部门
_DIVISION_OF = compiled(r"(?:(?!等|和|及|与|相关|有关|其他|各)[\u4e00-\u9fff]){2,6}?部门")


def _rhythm_of(sentence: str) -> str | None:
    """How often the work of a ``sentence`` a body opens recurs (``B需每半年向A报送…``): the task's time in a paragraph
    of a section divided by agency where the sentence is that body's own (a rhythm counts only in a task's first
    sentence otherwise: ``text_deadlines.text_deadline``), else None.

    >>> _rhythm_of("属地街镇需每半年向区绿化市容局报送计划"), _rhythm_of("属地街镇做好每一项工作")
    ('每半年', None)
    """
    time = text_deadline(sentence)
    return time.raw if time.status == "ongoing" and (time.raw or "").startswith("每") else None


def _joins_or_urges(name: str) -> bool:
    """True when ``name`` is two bodies' names with 联合, 督促 or 协调 between them (``区园林绿化局联合区城市管理局``):
    the first works with the second, makes it act or coordinates it; no unit's name.

    >>> _joins_or_urges("区园林绿化局督促各街道办事处"), _joins_or_urges("市残疾人联合会")
    (True, False)
    >>> _joins_or_urges("县交通运输局协调县公安局"), _joins_or_urges("县区域协调发展促进中心")
    (True, False)
    >>> _joins_or_urges("县交通运输局督促指导各乡镇人民政府")  # round 57
    True
    """
    return ("联合" in name or "督促" in name or "协调" in name) and _JOINS_OR_URGES.search(name) is not None


def _organises_inside(name: str) -> bool:
    """True when ``name`` is a unit's name, 组织 and more words (``街道城管办组织各社区``): a unit organising others,
    no name (round 40; 市委组织部 is one).

    >>> _organises_inside("街道城管办组织各社区"), _organises_inside("市委组织部")
    (True, False)
    """
    at = name.find("组织", 2)
    return at != -1 and not name.startswith("部", at + 2) and is_unit_name(name[:at])


# who is organised is no unit when these name it: 组织相关企业, 组织专家, 组织市场主体; a body hired for the work,
# 组织专业机构, 组织第三方机构, 中介机构 (round 55); a body selling its service, 组织节能服务机构为企业开展诊断 (round 57)
_NOT_ORGANISED = compiled(r"企业|主体|专家|人员|群众|干部|居民|专业机构|第三方|中介|服务机构")


def _organised(text: str, start: int, end: int) -> list[RoleUnit]:
    """The units right after 组织 (``text[start:end]``, to the clause's end) up to the verb of what they do: the
    organising unit's partners; [] when its object is work or people (组织开展…, 组织相关企业…).

    >>> t = "组织各乡镇人民政府每季度开展一次评比"
    >>> [(u.name, u.role) for u in _organised(t, 2, len(t))], _organised("组织开展专项检查", 2, 8)
    ([('各乡镇人民政府', 'support')], [])
    >>> _organised("组织专业机构对古树实施复壮", 2, 13)  # a body hired for the work (round 55)
    []
    """
    units = _supports_after(text, start, end)
    return [] if any(_NOT_ORGANISED.search(u.name) for u in units) else units


# what an item's units do, right after their names (``unit_led_item``)
_ITEM_VERB = compiled(
    r"加密|派出|加强|做好|开展|推进|组织|落实|指导|督促|协调|制定|制订|编制|实施|部署|启动|提供|安排|抓好|完成|建立|调度"
    r"|及时|立即|迅速|全力|启用|发布|核查|排查|转移|抢修|保障|调集|调拨|监测|通报|统筹|会商|出台|印发"
    r"|完善|查处"  # A不断完善…, A依法查处… (round 74 left44)
    r"|敦促"  # A敦促B实施…, as A督促B… (round 77 heldout22, held-out 89 line 122)
    r"|引导|加快|扩大|承担|联合(?=开展|检查|执法|印发|出台|属地|相关|有关|[省市县区乡镇街村州旗各])"  # A联合B开展… (round 55; 属地: 64)  # a 若干措施's items (round 45: 市融资担保集团有限公司扩大…)
    # A对B开展/实行/实施…: what A works on, then its verb, in one clause (round 48; a 对 inside a name, 商务部对外投资
    # 和经济合作司开展…, ends no name: the verb after the longest list of names wins)
    r"|对(?=[^，,。；;]{1,30}?(?:开展|实行|实施|进行|组织))"
    r"|(?:将)?于(?=\d|[今本明年上下一二三四五六七八九十])|"
    + "|".join(p for p in _RECURRING if p not in ("每日", "每天"))  # A每季度开展… (not 每日, 每天: see _RECURRING)
    +
    # A将B纳入C (round 40; not A将成立…, a plan's intention); A将B拨付至C, 发放至C (money handed on: round 40)
    r"|[将把](?=[^，,。；;]{1,30}?(?:[纳列]入|(?:拨付|发放|下拨|下达|兑付)(?:至|到|给)))"
    r"|将(?=定期|适时|不定期)"  # 教育部将定期汇总…, 将适时开展督查: work it will do again and again (round 41)
    r"|(?<![（(])(?=20\d{2}年(?:\d{1,2}月|底|年底|内|上半年|下半年))"
    # A同B联合开展…: A leads, B its partner; A、B和C共同研究…: the units before 共同 (round 44)
    r"|(?=共同(?=[\u4e00-\u9fff]))|" + _ALONG.pattern
)  # A于6月底前出台…, A2026年6月底前出台…, A每季度开展… (round 38)
_ITEM_NAMES = 40  # characters: how far into an item its units' names reach
_MANY_NAMES = 3  # 、 within that reach: a list that may run on past it (round 80 left50)
_VERB_LOOKAHEAD = 32  # characters: how far past them a verb's lookahead reads (对 + 30 + 进行)
# the adverbs of how a body does its work, between its name and the verb (县应急管理局切实加强…, 燃气经营企业（…）按照…
# 原则全面落实…): no part of the name (round 73 left43); their last characters, one look before the words
_ADVERBS = ("切实", "全面", "认真", "积极", "进一步", "大力", "严格", "着力", "扎实", "深入", "主动")
# and of what comes first, by law, or how long (着重加强, 重点排查, 依法查处, 不断完善, 持续开展: round 74 left44; no body's
# name ends in them, and 省重点建设项目办公室's 重点 stands before no verb of work)
_ADVERBS += ("着重", "重点", "依法", "不断", "持续")
# and how often (A、B和C不定期对…进行大排查, A定期对…开展检查: round 80 heldout26, held-out 102 line 72; 不定期 first)
_ADVERBS += ("不定期", "定期")
# and by what duty (镇财政所、镇经管中心按照职责加强…监督管理: round 81 heldout28, held-out 108 line 86; no body's name
# ends in 职责)
_ADVERBS += ("按照职责", "依照职责", "按职责", "依职责")
_ADVERB_LAST = frozenset(a[-1] for a in _ADVERBS)
_PRINCIPLE_QUOTE = 20  # characters: the longest principle in quotes a kind's bodies work by (“谁经营、谁负责”)
_AFTER_QUOTE = 10  # characters: from its closing quote to the verb (”的原则全面落实)
_BY_PRINCIPLE = ("按照", "根据", "依照", "按")  # the words before a principle in quotes
_PRINCIPLE_AFTER = ("的原则", "原则", "的要求", "要求")  # and after it


def _kind_then_manner(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a kind of body spelled out by a bracket of its bodies (``kind_spelled_out``), then
    nothing or how they work (``按照职责分工``): the bodies are the subject whatever each is, as ``_subject`` reads them
    before a role verb (round 72 left42), here before a verb of work (round 73 left43).

    >>> _kind_then_manner("属地单位（各镇、街道）按照职责分工", 0, 17), _kind_then_manner("市交通委（科信处、宣传处）", 0, 13)
    (True, False)
    """
    close = _bracket_end(text, start, end) - 1
    return (
        close > start
        and (close + 1 == end or _MANNER.match(text, close + 1, end) is not None)
        and kind_spelled_out(text, start, close + 1)
    )


def _bracket_end(text: str, start: int, end: int) -> int:
    """Where the first bracket a kind's name opens in ``text[start:end]`` closes (after its ``）``; a name's bracket
    inside it too), else 0.

    >>> _bracket_end("属地单位（各镇、街道）按照“谁主管、谁负责”（试行）", 0, 24), _bracket_end("属地单位（各县（市、区）政府）按照", 0, 18)
    (11, 15)
    """
    depth = 0
    for at in range(max(text.find("（", start, end), start), end):
        if text[at] == "（":
            depth += 1
        elif text[at] == "）" and depth:
            depth -= 1
            if not depth:
                return at + 1
    return 0


def _adverb_before(text: str, start: int, end: int) -> int:
    """How many characters an adverb of manner (``_ADVERBS``) closing ``text[start:end]`` holds, else 0.

    >>> _adverb_before("县应急管理局切实", 0, 8), _adverb_before("县应急管理局进一步", 0, 9), _adverb_before("市实", 0, 2)
    (2, 3, 0)
    """
    return next((len(a) for a in _ADVERBS if text.endswith(a, start, end) and end - len(a) > start + 1), 0)


# a bracket defining a name's short form
_SHORT_FORM = ("（以下简称", "(以下简称", "（简称", "(简称", "（下称", "(下称")
# how a name read there cannot start: a role word, a verb, a quantity (配合市政务服务管理局…, 选择部分区…)
_NOT_A_NAME_START = compiled(
    r"配合|协助|参与|支持|选择|部分|相关|有关|其他|其余|个别|重点|由|依|根据|向|与|和|为|将|把|请|责成|"
    r"迎接|接受|参加|必须|务必|"
    + _VERB.pattern  # 迎接县乡村振兴局组织的验收: a visit received, no unit's name (round 63)
    # 必须接受区土方消纳调度专班调度: a modal before a visit's verb (round 78 heldout23, held-out 92 line 204)
    # 成立…专班，成员单位为A、B等单位，统筹推进…: the body a sentence sets up, no name (round 78 left48; vocab.SET_UP_BODY)
    + r"|成立|建立|组建|设立"
)
_ITEM_NAME = 20  # characters: the longest name read so (longer: the words after a name)
# the bodies of a level that a sentence may open with, their name ending in no character names end with (镇, 道):
# 属地街镇要…, 各街镇负责… (round 69 heldout14; 各街道办事处 ends in 处 and is read as other names)
_LEVEL_SUBJECT = compiled(r"(?:属地|各|所在)(?:街镇|乡镇|镇街|街道|镇)")
_LEVEL_FIRST = "属各所"  # its first characters: one look before the pattern
# two characters that are one word, the first a character names end with: no name ends inside them (部门, round 64;
# round 69 heldout14: 行业 of 各行业建设主管部门 read as 各行 (banks), 处置 of 查验建筑垃圾处置证 read as a 处)
_ONE_WORD = ("部门", "行业", "处置", "处理")
# what a body that designates or approves does (区政府明确…为…场所, 市政府同意…, 县政府决定…): no work of its own
_DESIGNATES = compiled(r"(?:原则)?(?:明确|同意|决定|批准|确定|指定|责成)")
# what follows the names a sentence opens with: a verb, a role word, a modal; how it acts (依法查处…: round 63)
_OPENING_VERB = compiled(
    _VERB.pattern + "|" + _ITEM_VERB.pattern + r"|牵头|负责|会同|配合|参与|支持|推动|要|应|将|须|是|依法|依规"
)


# a stage of a schedule: its number, its name, its time in brackets (（一）动员部署阶段（2026年3月）。)
_STAGE = compiled(
    r"(?:[（(][一二三四五六七八九十]{1,2}[)）]|\d{1,2}[.．、])?[\u4e00-\u9fff]{2,12}阶段[（(]([^（()）]{2,24})[)）][。：:]?"
)
# what a stage's unit does: the verb its sentence goes on with after the unit's name
_STAGE_VERB = compiled(
    r"制定|制订|组织|开展|完成|通报|推进|建立|梳理|编制|印发|召开|部署|启动|实施|排查|摸排|落实|督促|总结|评估|验收|上报|报送|每[月周季]"
)


# the role verb after 由 and its units, when the verb takes an object: 由A负责统筹安排… (not 由A牵头做好…: a covering
# notice's way to name who coordinates, read as no task before)
# 由A按程序办理 (round 35); 由A牵头完成… (round 38); 由A按程序印发实施, 由A按程序提请…, 由A按规定拨付… (round 43: a
# 会议纪要's 议定事项 after 会议原则同意《…》: whatever A does by procedure, A does the task), and 由A根据会议意见修改完善…
# (round 43: the meeting's or others' 意见 that A works in, as 请A根据…修改完善 since round 35)
# round 44: 由A统筹…, and a verb of the unit's own work after it where 由 opens the clause: …，由A组织清理…, …，由A承担
_BY_VERB = compiled(
    r"负总责|负责|牵头(?!单位|部门)|统筹|(?=按(?:照)?(?:程序|规定|职责分工))|(?=(?:根据|结合|吸收|按照)[^，,。；;]{0,12}?意见)"
    r"|(?=组织(?!部)|承担|指导(?!下|意见)|督促|做好)"
)  # round 81 heldout28: …，由A做好验收资料，组织B… (held-out 108 line 68), as …，由A组织清理


# a sentence opening with a condition: what follows is a procedure for it (若有重大调整，由A督促…)
_CONTINGENCY = compiled(r"[^，,。；;]{0,20}?(?:若|如果|如遇|一旦)")


def _urged_with(text: str, at: int, end: int) -> int:
    """Where the 会同 of an urged actor stands in ``text[at:end]``, right after a lead's name at ``at`` and its 督促
    (``由A督促建设单位会同B…``: round 71 heldfix71), or -1.

    >>> _urged_with("由A督促建设单位会同各区部门摸排", 2, 16), _urged_with("由A督促建设单位摸排", 2, 10)
    (8, -1)
    """
    if not text.startswith("督促", at):
        return -1
    return find_with(text, at + 2, end)


def _by_verb(text: str, at: int, ce: int, *, each: bool, kinds: bool) -> list[RoleUnit] | None:
    """The units after the 由 at ``at`` of a clause ending at ``ce`` read up to the role verb that follows them, when
    the verb takes an object (``由A负责统筹安排…``: round 34), else None. Of the verbs after 由, the first after which
    the words read as units (a verb inside a name, 组织 of 市社会组织管理局, is passed over). 组织 and 承担 only where
    ``each`` (由 opens the clause: ``…，由A组织清理``, ``…，由A承担``; not ``分别由A、B…组织评估``, a description of who
    acts where, nor ``所需资金由A承担``, who pays: round 44).

    >>> t = "由各乡镇人民政府组织清理"
    >>> [(u.name, u.role) for u in _by_verb(t, 0, len(t), each=True, kinds=False)]
    [('各乡镇人民政府', 'lead')]
    >>> t = "所需资金由县财政局承担"
    >>> _by_verb(t, 4, len(t), each=False, kinds=False) is None
    True
    """
    for verb in _BY_VERB.finditer(text, at + 1, ce):
        if text.startswith("解释", verb.end()):  # 本方案由A负责解释: no task
            return None
        if verb.end() > verb.start():
            units = _units(text, at + 1, verb.end())
        elif not each and text.startswith(("组织", "承担", "指导", "督促", "做好"), verb.start()):
            continue
        elif text.startswith("督促", verb.start()) and _CONTINGENCY.match(text, max(text.rfind("。", 0, at), -1) + 1):
            continue  # 若有重大调整，由A督促B…: a procedure for a contingency, no task (round 71 heldfix71)
        else:
            units = _units(text, at + 1, verb.start(), role="lead")
            if text.startswith("做好", verb.start()) and any(
                _joins_or_urges(u.name) or _organises_inside(u.name) for u in units
            ):
                continue  # 由A协调B、C做好…: whom A coordinates do the work (session 40), no names before 做好
        if (
            units
            and units[-1].role in ("lead", "responsible")
            and (
                _specific(units, each=each, kinds=kinds)
                or (each and _level_office(units) and not _local_office(text, at))
            )
        ):
            return units
    return None


# a level's word alone, which names no unit by itself (街道 is a street too) but names the plan's office of that level
# where 由 opens a clause and its role verb follows it (由街道牵头建立…, 由街道负责挂牌督办: round 64); 乡镇, 街镇 and
# 社区 are unit names already
_LEVEL_OFFICES = frozenset(("街道", "镇", "乡"))


def _level_office(units: list[RoleUnit]) -> bool:
    """Whether ``units`` is one level's word alone (``由街道负责…``: the street offices of the plan; round 64).

    >>> _level_office([RoleUnit("街道", "lead", 0)]), _level_office([RoleUnit("街道两侧", "lead", 0)])
    (True, False)
    """
    return len(units) == 1 and units[0].name in _LEVEL_OFFICES


# what a rule's sentence says before its 由 clause: the office of wherever a case arises (所在地街道), or what someone
# must do (装修垃圾应投放…, 应当告知…; not 应急, 应用, 应对)
_RULE_BEFORE = compiled(r"所在地?(?:街道|镇|乡)|应(?!急|用|对)")


def _local_office(text: str, at: int) -> bool:
    """Whether the sentence before the 由 at ``at`` is a rule for others, whose fallback the 由 clause gives (``装修垃圾应
    投放在…，无法设置的，应当告知所在地街道，由街道负责指定…``): a level's word there names the office of wherever a case
    arises, no task of the plan's offices (round 64; held-out 26 line 48, read so by hand, round 63's guard).

    >>> t = "无法设置的，应当告知所在地街道，由街道负责指定堆放场所。"
    >>> _local_office(t, t.index("由")), _local_office("依托平台，由街道牵头建立机制。", 5)
    (True, False)
    >>> t = "其他需挂牌督办的区域，由街道负责挂牌督办；县应急管理局由街道负责联系。"
    >>> _local_office(t, t.index("由")), _local_office(t, t.rindex("由"))
    (False, False)
    """
    begin = max(text.rfind("。", 0, at), text.rfind("；", 0, at), 0)
    return _RULE_BEFORE.search(text, begin, at) is not None


_SUBJECT_CLAUSE = "。；;，,"
_NUMBER_REACH = 12  # characters: the longest number opening a paragraph (（十二）, 1.2.3.)
# names that end as a body's may still be people or places: 安全干部, 工作人员, 消纳场所, 本区…工地
_NO_SUBJECT = compiled(r"干部|人员|场所|工地|群众|居民(?!委员会)|^本[区市县镇]|^直接")


def _staged(text: str, deadlines: list[tuple[bool, int, int, str]]) -> str | None:
    """The deadline of a prose task: its first deadline clause (in a sentence naming its units first), with the
    deadline clauses right after it, a stage each (``2024年汛前完成易涝点整治，2025年底前完成管网建设``: the whole
    schedule, whose last stage is the task's deadline, as in brackets; round 31, before: the first stage alone).

    >>> t = "甲局牵头，2024年汛前完成整治，2025年底前完成建设。"
    >>> _staged(t, [(False, 5, 16, "2024年汛前完成整治"), (False, 17, 28, "2025年底前完成建设")])
    '2024年汛前完成整治，2025年底前完成建设'
    >>> _staged(t, []), _staged(t, [(False, 5, 16, "2024年汛前完成整治")])
    (None, '2024年汛前完成整治')
    """
    if not deadlines:
        return None
    ordered = sorted(deadlines)
    first = ordered[0]
    last_end = first[2]
    for flag, start, end, _ in ordered[1:]:
        if flag != first[0] or start != last_end + 1:
            break
        last_end = end
    return first[3] if last_end == first[2] else text[first[1] : last_end].strip(" 。；;，,")


def _with_later_leads_dates(
    text: str, deadlines: list[tuple[bool, int, int, str]], own_dates: list[tuple[bool, int, int, str]]
) -> str | None:
    """The deadline of a prose task (``_staged``), with the date of each later sentence that names a lead of its
    own, joined by ``；``: ``A由甲负责，6月底前建成；B由乙负责，9月底前完成`` is one task (one paragraph) due by its
    last date, as a bracket's several dates are (round 41; before, the first sentence's date alone).

    >>> t = "甲由A负责，6月底前建成；乙由B负责，9月底前完成。"
    >>> dates = [(False, 6, 12, "6月底前建成"), (False, 19, 25, "9月底前完成")]
    >>> _with_later_leads_dates(t, dates, dates), _with_later_leads_dates(t, dates, dates[:1])
    ('6月底前建成；9月底前完成', '6月底前建成')
    """
    staged = _staged(text, deadlines)
    if staged is None or len(own_dates) < 2:
        return staged
    first = min(deadlines)
    if first[0]:
        return staged  # (the task's first date is in no sentence naming its units)
    staged_end = first[1] + len(staged)
    later = [clause for _, start, _, clause in own_dates if start >= staged_end]
    return "；".join((staged, *later)) if later else staged


_DEADLINE_CLAUSE = 20  # characters: the longest clause of prose read as the task's deadline


def _without_inner_periods(text: str, dated: list[tuple[bool, int, int, str]]) -> list[tuple[bool, int, int, str]]:
    """The dated clauses of a sentence without those whose period is inside the clause (a partner's share,
    ``各乡镇每日巡查``; a report's, ``督导情况每季度通报一次``) when another states a date to finish by: the task is due
    by the date, the period a step of its work (round 49; before, the raw joined both). A clause opening with its
    period (``每季度发布清单，2026年底前完成``) is the task's own schedule and stays.

    >>> t = "A负责，各乡镇每日巡查，2026年5月底前完成"
    >>> [c for *_, c in _without_inner_periods(t, [(False, 4, 11, "每日"), (False, 12, 23, "2026年5月底前完成")])]
    ['2026年5月底前完成']
    >>> t = "A负责，每季度发布清单，2026年底前完成"
    >>> [c for *_, c in _without_inner_periods(t, [(False, 4, 11, "每季度"), (False, 12, 21, "2026年底前完成")])]
    ['每季度', '2026年底前完成']
    """
    inner = [d for d in dated if d[3].startswith("每") and not text.startswith(d[3], d[1])]
    if not inner or len(inner) == len(dated):
        return dated
    return [d for d in dated if d not in inner]


def _deadline_clause(text: str, start: int, end: int, *, ongoing: bool = False) -> str | None:
    """The clause ``text[start:end]`` when it reads as a date to finish by (``2024年底前完成``,
    ``确保6月底前上线``), else None: a prose task's deadline, in the sentence that names its units or a sentence of
    its own. Work that goes on (``持续推进``) is no deadline here, in prose it is as often the task's own words;
    but with ``ongoing`` (the sentence names units) a clause that is only such words is
    (``由A负责，B配合，长期坚持``).

    >>> _deadline_clause("由A负责，2024年底前完成", 5, 14), _deadline_clause("持续推进", 0, 4)
    ('2024年底前完成', None)
    >>> _deadline_clause("由A负责，长期坚持。", 5, 10, ongoing=True), _deadline_clause("全年举办车展不少于4场", 0, 11)
    ('长期坚持', None)
    >>> _deadline_clause("A牵头，每季度发布清单。", 4, 11, ongoing=True), _deadline_clause("每季度发布清单", 0, 7)
    ('每季度', None)
    >>> _deadline_clause("全年完成新建改建公厕30座", 0, 13)  # the year's work done by its end (round 41)
    '全年完成新建改建公厕30座'
    >>> _deadline_clause("A牵头，督导情况每季度通报一次。", 4, 16, ongoing=True)  # round 48
    '每季度'
    >>> _deadline_clause("A负责，各乡镇每日巡查。", 4, 11, ongoing=True), _deadline_clause("A负责，每人每天补助50元", 4, 13, ongoing=True)
    ('每日', None)
    >>> _deadline_clause("A负责，贯穿改造全过程。", 4, 12, ongoing=True), _deadline_clause("贯穿全程", 0, 4)  # round 51
    ('贯穿改造全过程', None)
    >>> t = "截至2025年底，全县尚有危房120座，A负责加快改造。"
    >>> _deadline_clause(t, 0, 9), _deadline_clause("截至2026年6月底前完成", 0, 13)  # what is, and a date (round 79)
    (None, '截至2026年6月底前完成')
    """
    clause = text[start:end].strip(" 。；;，,")
    if len(clause) > _DEADLINE_CLAUSE and (first := _DATE_FIRST.match(clause)) is not None:
        return first.group(1)  # 于6月20日18：00前通过…平台向省政府报送…: the date the long clause opens with (round 73)
    if not clause or len(clause) > _DEADLINE_CLAUSE:
        return None
    if ongoing and (clause in _ONGOING_CLAUSES or clause.startswith(_RECURRING)):
        # …配合，每季度发布推介项目清单: work that recurs, in the sentence naming its units (round 37)
        return _recurring_words(clause)
    if ongoing and clause.startswith(_THROUGHOUT) and parse_deadline(clause).status == "ongoing":
        return clause  # …配合，贯穿改造全过程 / 贯穿全程 / 贯穿始终: work through every step, as a field reads it (round 51)
    if ongoing and "期间" in clause and _through_the_campaign(clause):
        return clause  # …配合，整治期间持续开展: as the words read in a field (round 51)
    if ongoing and "阶段" in clause and stage_named(clause) is not None:
        return clause  # …配合，在第一阶段内完成: the stage of the schedule, as a field naming it reads (round 62)
    if ongoing and "每" in clause and (report := _REPORT_RECURRING.match(clause)) is not None:
        return _recurring_words(clause[report.end() :])  # …，督导情况每季度通报一次 (round 48)
    if ongoing and "每" in clause and (partner := _PARTNER_RECURRING.match(clause)) and is_unit_name(partner.group(1)):
        return partner.group(2)  # A负责，各乡镇每日巡查: the partner's work recurs (round 48)
    if clause.startswith(_WHOLE_YEAR) and whole_years_target(clause):
        return None  # 全年举办车展活动不少于4场: the year's target, no date to finish by (round 36)
    if parse_deadline(clause).status != "scheduled" or year_of_its_object(clause) or year_first_no_deadline(clause):
        return None  # (2026年新增床位200张: the year's target, as in a task's words: round 51)
    if clause.startswith("截至") and states_as_of(text, text.find("截至", start, end)):
        return None  # 截至2025年底，全县尚有…: the time a state is counted at (round 79)
    return clause


_THROUGHOUT = "贯穿"  # 贯穿全程, 贯穿始终, 贯穿整治全过程 (贯穿全年: the year's end, round 35)

# a day to finish by opening a clause too long to be its deadline, a time of day after it (于6月20日18：00前通过全省…平台
# 向省政府报送自查报告: round 73 heldout18, held-out 77 lines 7 and 11): the date's words are the task's deadline
_DATE_FIRST = compiled(r"(?:于|在)?((?:20\d{2}年)?\d{1,2}月\d{1,2}[日号](?:\d{1,2}[：:]\d{2})?前)")


def share_deadline(text: str, start: int, end: int) -> str | None:
    """The date to finish by a paragraph ``text[start:end]`` states for the share of the body it opens with, where no
    role word names it (``各市（州）、县（市、区）要…开展逐项自查。…各市（州）于6月20日18：00前…报送自查报告``: round 73
    heldout18, held-out 77 line 7): the first date before 前 its sentences write, without the 于 before it, else None.

    >>> t = "甲区要开展自查。甲区于6月20日18：00前通过平台向省政府报送自查报告（含电子文档）。"
    >>> share_deadline(t, 0, len(t)), share_deadline("甲区要开展自查。", 0, 8)
    ('6月20日18：00前', None)
    """
    for ss, se in split_outside(text, _SENTENCE, start, end):
        if (m := _DATE_FIRST.search(text, ss, se)) is not None:
            return m.group(1)
    return None


def _times_of_day_joined(text: str, clauses: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``clauses`` with those a time of day's colon parted joined again (``于6月20日18：00前报送`` is one clause, not
    ``于6月20日18`` and ``00前报送``).

    >>> t = "甲局牵头，于6月20日18：00前报送"
    >>> [t[a:b] for a, b in _times_of_day_joined(t, split_outside(t, _CLAUSE, 0, len(t)))]
    ['甲局牵头', '于6月20日18：00前报送']
    """
    out: list[tuple[int, int]] = []
    for a, b in clauses:
        if (
            out
            and a - out[-1][1] == 1
            and text[out[-1][1]] in "：:"
            and text[a - 2 : a - 1].isdigit()
            and text[a : a + 1].isdigit()
        ):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def _through_the_campaign(clause: str) -> bool:
    """Whether ``clause`` is only the campaign's period and a word of work that goes on (``整治期间持续开展``): work
    that goes on through the campaign, as a 完成时限 field reads it (round 50), where it closes a sentence naming the
    task's units (round 51: before, no deadline, the period keeping the clause from the ongoing words).

    >>> _through_the_campaign("整治期间持续开展"), _through_the_campaign("专项行动期间内长期坚持")
    (True, True)
    >>> _through_the_campaign("整治期间开展联合巡查"), _through_the_campaign("“十五五”期间持续推进")
    (False, False)
    """
    at = clause.find("期间") + len("期间")
    return during_the_campaign(clause[:at]) and clause[at:].removeprefix("内") in _ONGOING_CLAUSES


_WHOLE_YEAR = "全年"  # (年内完成改造管网45公里 is a deadline: within the year)


_FROM_YEAR_RECURRING = compiled(r"自?20\d{2}年(?:起|开始)每")  # 2026年起每半年开展…: recurring from a year on
# a clause of a partner whose work recurs, its name then the period (各乡镇每日巡查, 县河长办每月督查通报: round 48)
_PARTNER_RECURRING = compiled(r"([^，,每]{2,16}?)(每(?:" + "|".join(PERIODS) + "))")
# ... or after what is reported that often: 督导情况每季度通报一次, 工作进展每月报送 (round 48)
_REPORT_RECURRING = compiled(r"[\u4e00-\u9fff]{0,6}(?:情况|进展|进度|结果)(?=" + "|".join(_RECURRING) + ")")


def _recurring_words(clause: str) -> str:
    """The words of a clause of recurring work that state its deadline: the time it recurs in (``每周开展一次夜间巡逻``
    → ``每周``, round 41; before, the whole clause), else the clause (``2026年起每半年开展…``).

    >>> _recurring_words("每周开展一次夜间巡逻"), _recurring_words("每季度发布清单"), _recurring_words("2026年起每半年评估")
    ('每周', '每季度', '2026年起每半年评估')
    """
    word = next((w for w in _RECURRING if clause.startswith(w)), None)
    return word if word is not None and word != "每季" else clause


# clauses that say the work goes on, and nothing else: a deadline where they close a sentence naming units
_ONGOING_CLAUSES = frozenset(
    {"长期坚持", "持续推进", "长期推进", "持续开展", "长期开展", "常态化推进", "常态推进", "持续实施", "长期", "持续"}
)
