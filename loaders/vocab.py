"""The one vocabulary of the extraction grammar: labels, role verbs, conventions (unit names: ``unit_names``;
table columns: ``column_names``).

Every layout reads roles from here, so a label means the same thing in a
parenthetical ``（牵头单位：…）``, on a line of its own, and as a table column.

Roles:

- ``lead``: 牵头单位/牵头部门/推进单位/主责单位/指导部门 …, verbs 牵头, 牵头负责, 主责, 指导;
- ``responsible``: 责任单位/责任部门/责任主体, verbs 负责, 按职责分工负责 … —
  every such unit leads, unless the same assignment marks a lead (then they support) or the
  document states that the first-listed unit leads;
- ``implement``: verbs 落实, 负责落实, 组织落实, 组织实施 … — responsible units that carry a task out: they lead
  like ``responsible`` units, but support when the same list has a 负责 group
  (``A按职责分工负责落实、B组织落实``: A leads, B supports);
- ``support``: 配合单位/协办单位/参与单位/支撑单位/协同单位/实施主体/实施部门 …, verbs 配合, 参与, 协助.

>>> label_role("支撑单位"), label_role("责任部门"), label_role("指导部门"), label_role("完成时限")
('support', 'responsible', 'lead', 'deadline')
>>> split_role("工业和信息化部牵头负责"), split_role("各有关部门和单位按职责分工负责")
(('工业和信息化部', 'lead'), ('各有关部门和单位', 'responsible'))
>>> split_role("国家统计局参与"), split_role("区财政局")
(('国家统计局', 'support'), ('区财政局', None))
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reformgraph.loaders.compact import compact
from reformgraph.loaders.unit_names import is_unit_name
from reformgraph.regexcache import compiled
from reformgraph.unit_forms import SHORT_FORM_PATTERN

# ---- labels ---------------------------------------------------------------------------------------

LEAD_LABELS = (
    "牵头单位",
    "牵头部门",
    "牵头责任单位",
    "牵头处室",
    "牵头科室",
    "牵头股室",
    "推进单位",
    "主责单位",
    "主责部门",
    "主办单位",
    "指导部门",
    "指导单位",
    "主要负责单位",
    "主要负责部门",
    "主要责任单位",
    "主办部门",
    "发起部门",  # round 38: a 双随机 plan's department that starts each inspection
    "检查主体",
    "执法主体",
    "抽查主体",
    "牵头整改单位",  # round 32: 整改方案 (rectification plans after an inspection or audit)
    "整改牵头单位",
    "整改牵头部门",
    "承接部门",  # round 39: a list of powers handed down (下放): the unit that takes the power over and must be ready
    "承接单位",
    "承接主体",
    "数据提供部门",  # round 39: a data-sharing list: the department that owes the data
    "数据提供单位",
    "提供部门",
    "提供单位",
    "牵头单位（部门）",  # round 40: a label with the other name of its kind in brackets, read in any plan
    "牵头部门（单位）",
    "主办处室",  # round 40: a 省厅's 工作要点 by its offices (处室), with each label of the kind 单位 has
    "主责处室",
    "牵头企业",  # round 43: a 国资委's plan, the enterprise that leads a task its peers share
    # round 43: a 领导批示件's 落实分工 (批示件：… / 牵头落实：A / 配合落实：B), each with or without its noun
    "牵头落实",
    "牵头落实单位",
    "牵头落实部门",
    # round 65: a 局's plan naming the division that leads and guides each measure (牵头指导处室：市局…处), its
    # districts' bureaus the ones that carry it out
    "牵头指导处室",
    "牵头指导单位",
    "牵头指导部门",
)
# round 41: the offices at the bottom of the hierarchy, a 局's 科室 and 股室 (written 科（股）室, 股（室）), a hospital's
# or a school's 部室, a township's 站所 and 办所 (站（所）, 办（所）): each labelled with every role word 单位 takes
# (牵头科（股）室, 承办股室, 协助部室), as a 局's, a 镇's, a school's or a hospital's own plan writes them
_OFFICE_NOUNS = ("科室", "股室", "部室", "站所", "办所", "科（股）室", "股（室）", "处（科）室", "站（所）", "办（所）")
# round 79: a 市局's or a 省厅's 处室 take every role word too (承办处室, 落实处室, 会办处室: before, only the 处室 labels
# listed one by one read, and a bureau's 承办处室 column or field named no unit)
_OFFICE_NOUNS = _OFFICE_NOUNS + ("处室",)


def _office_labels(role_words: tuple[str, ...]) -> tuple[str, ...]:
    """The labels of the offices at the bottom of the hierarchy with each of ``role_words``.

    >>> _office_labels(("牵头",))[:3]
    ('牵头科室', '牵头股室', '牵头部室')
    """
    return tuple(word + noun for word in role_words for noun in _OFFICE_NOUNS)


def _with(labels: tuple[str, ...], more: tuple[str, ...]) -> tuple[str, ...]:
    """``labels`` and then those of ``more`` not among them, in order.

    >>> _with(("牵头单位", "牵头科室"), ("牵头科室", "牵头股室"))
    ('牵头单位', '牵头科室', '牵头股室')
    """
    return tuple(dict.fromkeys(labels + more))


# round 60: an office label with the other name of its kind in brackets (责任科室（单位）：, 主责股室（单位）：, 协同处室（单位）：),
# a 局's plan naming its 科室 and its 二级单位 in one list, as round 40's 责任单位（部门）
_OFFICE_NOUNS = _OFFICE_NOUNS + tuple(noun + "（单位）" for noun in ("科室", "股室", "处室"))
LEAD_LABELS = _with(LEAD_LABELS, _office_labels(("牵头", "主办", "主责")))
RESPONSIBLE_LABELS = (
    "责任单位",
    "责任部门",
    "责任主体",
    "负责单位",
    "负责部门",
    "责任处室",
    "责任科室",
    "责任股室",
    "负责处室",  # round 40
    "承办单位",
    "承办部门",
    "分办单位",  # round 38: a 建议/提案 交办 list's units that each answer for their part
    "落实单位",
    "责任单位及责任人",  # round 30: units with their people in brackets (县数据局（卫某某）)
    "责任单位及负责人",
    "整改责任单位",  # round 32: 整改方案
    "整改责任部门",
    "整改单位",
    "承办单位及责任人",
    "责任站所",  # round 34: a township's 站所 and 村 (【责任站所】镇农业综合服务中心【责任村】各村（社区）)
    "责任村",
    "责任分工",  # round 34: 责任分工：A牵头，B配合，C参与。 (a role-verb list, as under 责任单位：)
    "任务分工",
    "主管部门",  # round 35: a 分工表's column of the competent department
    "主管单位",
    "主要部门",  # round 66: a 重点安排表's column of the departments that carry each task (held-out 50)
    "主要单位",
    "成员单位",  # round 38: 成员单位 | 主要职责 (alone: they lead), a working group's card (beside 牵头单位: they support)
    "起草单位",  # round 38: a 立法计划's drafting units
    "起草部门",
    "报送单位",
    "帮扶单位",  # round 38: 结对帮扶 lists (the village helped is a place, no unit)
    "结对单位",
    "派出单位",
    "对口单位",
    "执行单位",
    "责任社区",  # round 38: a 街道's communities and grids, a village's bodies
    "责任村（社区）",
    "责任村",
    "责任网格",
    "实施社区",
    "落实主体",
    "村级落实主体",
    "责任单位（部门）",  # round 40: a label with the other name of its kind in brackets, read in any plan
    "责任部门（单位）",
    "责任企业",  # round 43: a 国资委's plan names the enterprises that carry a task (alone: they lead; beside a
    # 牵头处室: they support, as 责任单位 beside a 牵头 field does)
    "责任子公司",  # round 60: a group's plan so names its subsidiaries (beside its 牵头部门 | 配合部门: they support)
    # round 79: a 安全生产 or 专项整治 list names who carries the duty (主体责任单位) beside who oversees it (监管责任单位,
    # below): the bearer answers for the work, as 承担主体责任 does in prose. (属地责任单位 | 行业监管部门 columns read so
    # already, by the names they hold; as labels they would open two new branches of the label pattern, 属 and 行, a
    # character the text holds thousands of times: not taken, by the cost gate; as fields they are read as these
    # labels since round 81, ``LABELS_NAMED_OTHERWISE`` below)
    "主体责任单位",
    "主体责任部门",
)
RESPONSIBLE_LABELS = _with(RESPONSIBLE_LABELS, _office_labels(("责任", "负责", "承办", "落实", "具体负责")))
# round 79: the department that oversees a 主体责任单位's work (监管责任单位): as 监管部门 (round 56) it supports beside the
# bearer of the duty; alone it leads (``DOER_LABELS``). Before, a 监管责任单位 column led beside the 主体责任单位 (both
# held 责任单位) and the fields made no assignment
_OVERSEERS = ("监管责任单位", "监管责任部门")
# round 81 left51: a 安全生产 list's fields naming the locality's share and the sector's (（属地责任单位：A；行业监管部门：B）,
# （行业主管部门：A；属地责任：B）) are the bearer's and the overseer's of round 79, each read as the label of the same
# role and length written here (so the fields' offsets stay: ``assign.fields_named_otherwise``). Not in the one label
# pattern (``LABEL``): labels opening with 属 or 行 cost its search a branch on a common character (round 79's cost gate);
# asked only of a bracket no label of the pattern reads, opening with one of them and its colon
LABELS_NAMED_OTHERWISE = {
    "属地责任单位": "主体责任单位",
    "属地责任部门": "主体责任部门",
    "属地责任": "责任单位",
    "行业监管部门": "监管责任部门",
    "行业监管单位": "监管责任单位",
    "行业主管部门": "监管责任部门",
}
SUPPORT_LABELS = (
    "配合单位",
    "配合部门",
    "协办单位",
    "协办部门",
    "参与单位",
    "参与部门",
    "支撑单位",
    "协同单位",
    "协同部门",
    "协助单位",
    "实施主体",
    "实施单位",
    "实施部门",
    "参加单位",
    "协作单位",
    "支持单位",
    "支持部门",
    "参加部门",
    "协作部门",
    "协助部门",
    "配合处室",
    "协办处室",
    "配合科室",
    "配合股室",
    "协办科室",
    "会办单位",  # round 32: 江苏、浙江 write 会办 for 协办
    "会办部门",
    "协同科室",  # round 38: a 街道's or a hospital's offices
    "协同处室",
    "协作科室",
    "参与科室",
    "参与处室",  # round 40: a 省厅's offices, as 参与科室
    "协助处室",
    "协作处室",
    "协同责任单位",
    "配合责任单位",  # round 61: a 督察整改方案's partners beside its 牵头责任单位 (round 32's label)
    "联合检查部门",  # round 38: the departments that join an inspection
    "联合抽查部门",
    "配合检查部门",
    "参演单位",  # round 38: a drill's units
    "参训单位",
    "数据需求部门",  # round 39: a data-sharing list: the department that asks for the data
    "数据需求单位",
    "需求部门",
    "需求单位",
    "配合单位（部门）",  # round 40: a label with the other name of its kind in brackets, read in any plan
    "配合部门（单位）",
    "协办单位（部门）",
    "协办部门（单位）",
    "配合落实",  # round 43: a 领导批示件's 落实分工 (牵头落实：A / 配合落实：B)
    "配合落实单位",
    "配合落实部门",
    # round 56: the department that oversees the firms a 责任主体 field names (责任主体：各燃气经营企业；监管部门：A),
    # as A履行监管职责 beside A承担主体责任 supports (round 38); alone it leads (``DOER_LABELS``)
    "监管部门",
    "监管单位",
    # round 61: an 审计整改 plan's 主管部门 that 承担督促整改责任 over the audited unit (整改责任单位 | 督促整改单位): beside
    # the unit that rectifies it supports, as 监管部门 does; alone it leads (``DOER_LABELS``)
    "督促整改单位",
    "督促整改部门",
    # round 58: a 整改清单's partners, beside its 整改牵头单位 / 整改责任单位 (round 32)
    "整改配合单位",
    "整改配合部门",
    "整改协办单位",
    # round 62: a project list's units that take part in building it (牵头单位 | 参建单位: they give the needs, data and
    # sites), as 参与单位
    "参建单位",
    *_OVERSEERS,
)
SUPPORT_LABELS = _with(SUPPORT_LABELS, _office_labels(("配合", "协办", "协助", "协同", "协作", "参与", "会办")))


def _labels_of(role_words: tuple[str, ...], nouns: tuple[str, ...]) -> tuple[str, ...]:
    """Each of ``role_words`` with each of ``nouns``: a kind of unit's labels.

    >>> _labels_of(("牵头", "配合"), ("司局",))
    ('牵头司局', '配合司局')
    """
    return tuple(word + noun for word in role_words for noun in nouns)


# round 58: a ministry's 司局 labelled as a 省厅's 处室 are (牵头司局：A；配合司局：B), and the support labels with the
# other name of their kind in brackets (协同部门（单位）：, as round 40's 配合部门（单位）); before, the bracket or the
# label line was no assignment
_MINISTRY_OFFICES = ("司局",)
_EITHER_NAME = ("部门（单位）", "单位（部门）")
LEAD_LABELS = _with(LEAD_LABELS, _labels_of(("牵头", "主责", "主办"), _MINISTRY_OFFICES))
RESPONSIBLE_LABELS = _with(RESPONSIBLE_LABELS, _labels_of(("责任", "负责", "承办"), _MINISTRY_OFFICES))
SUPPORT_LABELS = _with(
    SUPPORT_LABELS,
    _labels_of(("配合", "协办", "协助", "协同", "参与", "会办"), _MINISTRY_OFFICES)
    + _labels_of(("协同", "协助", "参与", "协作"), _EITHER_NAME),
)
# a project's owner (the company or body that builds it: round 52, a column's name in fresh17, a label in prose in
# left15): beside a lead or responsible field it carries out the task, a support as 实施主体 is; alone it leads
# (round 58: 项目单位, 建设单位 and 项目建设单位, the owner's other names)
PROJECT_OWNER_LABELS = ("业主单位", "项目业主", "项目业主单位", "项目单位", "建设单位", "项目建设单位")
SUPPORT_LABELS = _with(SUPPORT_LABELS, PROJECT_OWNER_LABELS)
# the support labels naming who carries the work out: alone (no lead or responsible field or column) they lead
# (and the overseer's: round 56)
DOER_LABELS = frozenset(
    {"实施主体", "实施单位", "实施部门", *PROJECT_OWNER_LABELS, "监管部门", "监管单位", "督促整改单位", "督促整改部门"}
    | set(_OVERSEERS)
)
# what a field or a table's cell writes for none (配合单位：无, a 配合单位 cell ``／`` or ``——``): no unit, no date; one
# list for labels (``assign``) and cells (``tables``) since round 54 (before, two: ``／`` and ``暂无`` a unit in a cell)
NONE_WRITTEN = frozenset({"无", "暂无", "/", "／", "—", "——", "－", "-", "--"})
# what a field or a table's cell writes for the same units as the task or row above (（责任单位：同上）, a 台账's 同上
# cell): one list for fields (``tasks``) and cells (``tables``) since session 39 (before, two: 同上。 and 同上述 only in
# a cell); round 57: the ditto marks a 台账 writes in a cell (〃, U+3003, and ″, the double prime typed for it)
DITTO_MARKS = frozenset({"〃", "″"})
DITTO_WRITTEN = frozenset({"同上", "同上。", "同前", "同上述", "同上单位", *DITTO_MARKS})


# round 47: a unit label with its person's field in brackets (主办单位（责任人）：县发展改革局（李某某）, 牵头科室（负责人）：,
# 配合单位（责任人）：A（钱某）、B（孙某某）): the label; each unit's person, in brackets after it, is its contact
# (``assign._bracketed_people``), as under 责任单位及责任人 (round 30)
_PERSON_IN_BRACKETS = ("（责任人）", "（负责人）")
_PERSONS_UNIT_NOUNS = ("单位", "部门", "科室", "处室", "股室", "站所")


def _with_person(labels: tuple[str, ...]) -> tuple[str, ...]:
    """``labels`` and, for each naming a kind of unit, the label with its person's field in brackets after it.

    >>> _with_person(("牵头单位", "责任村"))
    ('牵头单位', '责任村', '牵头单位（责任人）', '牵头单位（负责人）')
    """
    return _with(labels, tuple(a + b for a in labels if a.endswith(_PERSONS_UNIT_NOUNS) for b in _PERSON_IN_BRACKETS))


# round 48: the same person's field in half-width brackets (主办单位(责任人)：A(李某)), as a plan typed with an ASCII
# keyboard writes it: ``person_field_full_width`` writes it full-width before the labels are looked for
_HALF_WIDTH_PERSON = compiled(
    "(?<=" + "|".join(_PERSONS_UNIT_NOUNS) + r")\((" + "|".join(b[1:-1] for b in _PERSON_IN_BRACKETS) + r")\)(?=[:：])"
)
HALF_WIDTH_PERSON_FIELDS = tuple(b[1:-1] + ")" for b in _PERSON_IN_BRACKETS)  # after the "(": 责任人), 负责人)


def person_field_full_width(line: str) -> str:
    """``line`` with a unit label's person field in half-width brackets written full-width, as ``_with_person``'s
    labels are.

    >>> person_field_full_width("主办单位(责任人)：县商务局(吴某某)"), person_field_full_width("牵头科室(负责人):党政办")
    ('主办单位（责任人）：县商务局(吴某某)', '牵头科室（负责人）:党政办')
    >>> person_field_full_width("各单位(负责人)要…"), person_field_full_width("联系人(负责人)：张某")  # no label's colon; no unit
    ('各单位(负责人)要…', '联系人(负责人)：张某')
    """
    return _HALF_WIDTH_PERSON.sub(r"（\1）", line)


LEAD_LABELS = _with_person(LEAD_LABELS)
RESPONSIBLE_LABELS = _with_person(RESPONSIBLE_LABELS)
SUPPORT_LABELS = _with_person(SUPPORT_LABELS)

# round 73 fresh73: a unit label with how its units share the task in brackets before the colon (责任部门（按职责分工）：
# A、B、C, 配合单位（按职责）：): the label, its role the label's own (the units of 责任部门 all lead, as a list closed by
# 按职责分工负责 does); before, the line was no field and its task was lost. Only the labels of four characters ending
# in 单位 or 部门 (the usual ones), so that the labels' trie stays small
_DUTY_SHARE_IN_BRACKETS = ("（按职责分工）", "（按职责）")


def _with_duty_share(labels: tuple[str, ...]) -> tuple[str, ...]:
    """``labels`` and, for each of four characters naming units or departments, the label with ``（按职责分工）`` or
    ``（按职责）`` after it.

    >>> _with_duty_share(("责任部门", "责任村"))
    ('责任部门', '责任村', '责任部门（按职责分工）', '责任部门（按职责）')
    """
    return _with(
        labels,
        tuple(a + b for a in labels if len(a) == 4 and a.endswith(("单位", "部门")) for b in _DUTY_SHARE_IN_BRACKETS),
    )


LEAD_LABELS = _with_duty_share(LEAD_LABELS)
RESPONSIBLE_LABELS = _with_duty_share(RESPONSIBLE_LABELS)
SUPPORT_LABELS = _with_duty_share(SUPPORT_LABELS)
DEADLINE_LABELS = (
    "完成时限",
    "完成时间",
    "完成期限",
    "时间节点",
    "时间安排",
    "时限",
    "时间要求",
    "时限要求",
    "计划完成时间",
    "办结时限",
    "截止日期",
    "完成日期",
    "进度安排",
    "时间进度",
    "时序进度",
    "进度要求",
    "整改时限",  # round 32: 整改方案 and 督办 lists
    "整改期限",
    "整改完成时限",
    "整改完成时间",
    "办理时限",
    "办理期限",
    "办结时间",
    "办结期限",
    "答复时限",  # round 46: a 建议/提案 交办's time to answer the proposer (办复: 办理并答复)
    "办复时限",
    "完成节点",  # round 35
    "整治时限",  # round 38: 专项整治 and 巡视整改 plans
    "整治期限",
    "治理时限",
    "销号时限",
    "落实时限",
    "推进时限",
    "建设周期",  # round 62: a project's building period as a field (建设周期：2026年4月—2027年3月), as its column (round 38)
)
# the time a service takes to settle one application, as a 政务服务 list's 办结时限 / 承诺时限 column gives it (5个工作日,
# 即办, 当场办结): no date the task must meet (round 42)
_PROCESSING_TIME = compiled(
    r"(?:法定|承诺)?(?:(?:\d{1,3}|[一二三四五六七八九十]{1,3})个?(?:工作日|自然日|日|天|小时)内?|即办件?|即时办结|当场办结|立即办结)"
)


def is_processing_time(cell: str) -> bool:
    """Whether a table cell gives the time to settle one application (``5个工作日``, ``即办``), not a deadline.

    >>> is_processing_time("5个工作日"), is_processing_time("即办"), is_processing_time("20日")
    (True, True, True)
    >>> is_processing_time("2024年6月底前"), is_processing_time("收到通知后3个工作日内"), is_processing_time("")
    (False, False, False)
    """
    return _PROCESSING_TIME.fullmatch("".join(cell.split())) is not None


# the people a task names (``责任领导：王五``, ``责任人：赵六``): a person field names no unit, it ends the field before it.
# Each label is tried wherever its first character is met in a parenthetical: labels opening with a common
# character (市级领导, 具体责任人, 第一责任人, 办公电话: 市, 具, 第, 办) are left out, costing 0.2 ms a parse of the
# bundled plan for plans that rarely write them so. They still name person columns (``tables.column_kind``).
PERSON_LABELS = (
    "牵头领导",
    "责任领导",
    "分管领导",
    "主要领导",
    "包保领导",
    "联系领导",
    "牵头市领导",
    "牵头县领导",
    "牵头区领导",
    "责任市领导",
    "责任县领导",
    "责任区领导",
    "分管市领导",
    "分管县领导",
    "分管区领导",
    "责任人",
    "负责人",
    "主要责任人",
    "联系人",
    "联络人",
    "联络员",
    "经办人",
    "督办领导",  # round 30
    "包联领导",
    "包联县领导",
    "包联市领导",
    "包联区领导",  # round 42
    "领衔领导",
    "领衔县领导",
    "领衔市领导",
    "联系人及电话",
    "包保县领导",  # round 31
    "包保市领导",
    "包保区领导",
    "联系县领导",
    "联系市领导",
    "联系区领导",
    "联系厅领导",  # round 42: a 省厅's plan names the leader each task reports to so (联系厅领导：李某); unlisted, the
    "联系局领导",  # leader's line broke its item from the label lines under it
    "联系委领导",
    "联系省领导",
    "分管厅领导",  # round 34: a 省直 department's leaders (厅, 局, 委), a province's
    "分管局领导",
    "分管委领导",
    "分管省领导",
    "牵头厅领导",
    "牵头局领导",
    "牵头省领导",
    "责任厅领导",
    "责任局领导",
    "厅领导",  # round 41: a 省厅's own plan names its leader so (厅领导：张某　责任处室：…)
    "局领导",  # round 42: a 局's own plan so (局领导：刘某  责任股室：…); the colon after it keeps 市教育局领导小组 a name
    # round 60: a university's and a hospital's own plans name the 校领导 / 院领导 each task reports to (责任校领导：副校长
    # 何某某 over its 牵头部门 line); unlisted, the leader's line was the task's text
    *(role + body for role in ("责任", "分管", "牵头", "联系") for body in ("校领导", "院领导")),
)
# how a document's title ends (江临市2024年…工作方案, 关于印发…的通知): a running head copies one (``source``), a long
# title line ends so (``parse``), a sheet of one year's tasks is titled so (``tasks``)
TITLE_ENDS = (
    "方案",
    "要点",
    "清单",
    "计划",
    "意见",
    "通知",
    "办法",
    "规划",
    "文件",
    "分工",
    "台账",
    "细则",
    "决定",
    "函",
)
# an annex's mark alone (附件, 附件2：), compacted: above an annex's title, or a sheet's first row; no title itself
ANNEX_MARK = compiled(r"附件\d{0,2}[：:]?")
# an issuing body's name alone on a line or in a sheet's first row (中共江临市委办公室, 东湖街道办事处): above a notice's
# title, or beside another issuer's (a joint notice), it is no title
ISSUER_NAME = compiled(
    r"(?:中共)?[^，,。；;：:（()）、《》]{2,36}(?:办公室|办公厅|办事处|人民政府|委员会|党委|党工委|领导小组|指挥部|局|厅|委|院)"
)


def names_issuers(text: str, name_pattern: re.Pattern[str] = ISSUER_NAME) -> bool:
    """Whether ``text`` is only the names of issuing bodies (each a full match of ``name_pattern``), apart by spaces
    (a red head: no title).

    >>> names_issuers("中共江临市委办公室  江临市人民政府办公室"), names_issuers("江临市2025年任务分解表")
    (True, False)
    """
    names = text.split()
    return bool(names) and all(name_pattern.fullmatch(name) for name in names)


# the level a person or unit label may open with (县级责任领导：韩某某, round 31; 区级责任主体：各区政府, round 43)
LEADER_LEVELS = frozenset({"县级", "市级", "区级", "省级", "镇级", "乡级"})
# a phone field: the numbers of the person named before it
PHONE_LABELS = ("联系电话", "联系方式", "电话", "手机")
UNIT_LABELS = LEAD_LABELS + RESPONSIBLE_LABELS + SUPPORT_LABELS
# how the name of a person or phone field or column ends (市级责任领导, 具体负责人, 办公电话)
PERSON_ENDS = ("领导", *PERSON_LABELS, *PHONE_LABELS)
# round 41: labels a plan writes for the office that does the work or for the person who does it (具体负责：政策法规科
# / 具体负责：张某某): a field of one reads as a person's where its value names a person (``assign``)
OFFICE_OR_PERSON_LABELS = frozenset({"具体负责"})
# role words written as a field's label (``（牵头：A；配合：B）``): labels of fields, never names of table columns
SHORT_LABELS = {
    "牵头": "lead",
    "主责": "lead",
    "主办": "lead",
    "承办": "responsible",
    "责任": "responsible",
    "配合": "support",
    "协办": "support",
    "会办": "support",
    # round 43: a 建议/提案 交办 table's 分办 (分办：A、B in its 主办单位 cell): each unit handles and answers it alone
    "分办": "responsible",
    "参与": "support",
    "协同": "support",  # round 27
    "具体负责": "responsible",  # round 41: the office that does the work (具体负责：政策法规科), as A具体负责… in prose
    "协助": "support",
    "时间": "deadline",
    "截止时间": "deadline",
    "完成节点": "deadline",
}
# a task's progress as a 通报 or a 台账 reports it (进展情况：滞后，选址尚未确定): a field of its own, which ends the
# deadline's before it and names no unit (round 36)
PROGRESS_LABELS = ("进展情况", "推进情况", "完成情况", "工作进展", "目前进展", "落实情况", "进度情况") + (
    "办理情况",  # round 72 fresh72: a 督查督办 台账's report (办理情况：已办结), and its other names
    "办理进度",
    "办理结果",
)
# how a progress report says the task is done (round 42: a 整改台账's 已销号 / 已整改到位, the item closed)
_DONE_WORDS = ("已完成", "已全面完成", "已办结", "已全部完成", "已销号", "已整改到位", "已整改完成") + (
    # round 43: a project ledger's end words (已完工并投入使用, 已全部建成)
    "已完工",
    "已全部完工",
    "已竣工",
    "已建成",
    "已全部建成",
    "已投入使用",
    "已交付使用",
)
_PART_DONE = compiled(r"[%％]|过半|目标的|计划的|任务的|\d成|[一二三四五六七八九]成")  # 已完成全年目标的85%: a share


# what may follow the done word in its clause and still mean the whole task (round 42): 已完成整改, 已完成年度目标任务,
# 已完成（提前）; any other object is one step of it (已完成系统对接, 已完成方案起草, 已完成招标)
_WHOLE_TASK_DONE = compiled(
    r"(?:全部|所有|各项|本项|年度|全年|既定|整改|目标|任务|工作|到位|验收|销号|并通过验收|[（(][^（()）]{0,12}[）)]"
    # round 43: a project built and in use (已完成建设并投入使用, 已完成竣工验收并交付使用); not 立项并开工, 招标
    r"|建设|竣工|建成|并?(?:投入|交付)使用|并?投用|并?投产|并?通车)*"
)
# a short subject before 已全部… in a progress cell (5所敬老院已全部完工并投入使用): every one of them done (round 43)
_ALL_DONE = "已全部"
_SUBJECT_REACH = 12
_NOT_ALL = compiled(r"正在|尚|未|部分|其中")


def reports_done(progress: str) -> bool:
    """Whether a progress field or cell (``进展情况：已完成``, a 进展情况 column's ``已完成，…``) says its task is done:
    it opens with 已完成 (已办结 …) and its first clause reports no share of the work (``已完成全年目标的85%``) and
    no single step of it (``已完成系统对接，正在…``, round 42).

    >>> reports_done("已完成"), reports_done("已完成，全年已有15个项目实现拿地即开工"), reports_done("已办结")
    (True, True, True)
    >>> reports_done("已完成全年目标的85%"), reports_done("正在推进，平台已完成开发测试")
    (False, False)
    >>> reports_done("已完成整改，长效机制持续推进"), reports_done("已全部完成"), reports_done("已完成（提前）")
    (True, True, True)
    >>> reports_done("已完成系统对接，正在开展数据治理"), reports_done("已完成方案起草")
    (False, False)
    >>> reports_done("已完成建设并投入使用"), reports_done("已完成竣工验收并交付使用"), reports_done("已完成立项并开工")
    (True, True, False)
    >>> reports_done("5所敬老院已全部完工并投入使用"), reports_done("其中3所已全部完工"), reports_done("已完成招标，正在施工")
    (True, False, False)
    """
    text = progress.lstrip(" 。.：:；;，,\t")
    if not text.startswith(_DONE_WORDS):
        at = text.find(_ALL_DONE, 1, _SUBJECT_REACH)
        if at == -1 or _NOT_ALL.search(text, 0, at) or any(c in "，,。；;" for c in text[:at]):
            return False
        text = text[at:]  # 5所敬老院已全部完工…: its subject, then the done word (round 43)
        if not text.startswith(_DONE_WORDS):
            return False
    end = next((k for k, c in enumerate(text) if c in "，,。；;"), len(text))
    after = next(len(word) for word in _DONE_WORDS if text.startswith(word))
    return _PART_DONE.search(text, 0, end) is None and _WHOLE_TASK_DONE.fullmatch(text, after, end) is not None


# round 42: a 台账's status columns besides 进展情况: 整改状态 / 完成状态, 销号情况 / 整改情况, 1月进展 / 一季度进展 /
# 整改进展 (a month's or a quarter's report), and the yes-no columns whose 是 says the task is closed
_STATUS_COLUMN_ENDS = ("状态", "进展", "销号情况", "整改情况")
# a progress column's name may open with its period (截至6月底进展情况, 1—5月完成情况)
_PROGRESS_COLUMN_ENDS = PROGRESS_LABELS + _STATUS_COLUMN_ENDS
# round 73 ledger73: a 清单's 进度 column (推进中 / 已完成), the progress alone or as of now; not a schedule's
# 时间进度 or 进度安排 (a deadline's column), nor 进度 inside a longer name
_PROGRESS_ALONE = frozenset(("进度", "目前进度", "当前进度", "最新进度"))
_DONE_YES_NO_COLUMNS = ("是否完成", "是否已完成", "是否销号", "是否已销号", "是否办结", "是否整改到位", "是否整改完成")
# a yes-no column's answers: 是 or a tick says yes, 否 or a cross no (a 是否完成 column; a 是否牵头 column, round 58)
YES_ANSWERS = ("是", "√", "✓", "✔")
NO_ANSWERS = ("否", "×", "✗", "✘")
# round 44: fields after the deadline in a bracket, as a 跑道 清单 writes them (（牵头单位：A；完成时限：2024年6月；
# 是否完成：是；备注：…）): a yes-no field (_DONE_YES_NO_COLUMNS) and a note are read as a progress field is, which
# ends the deadline before it and names no unit; 是 (and a note's 已完成) says the task is done, 否 leaves the date
NOTE_LABELS = ("备注",)


def names_progress_column(name: str) -> bool:
    """Whether a table column named ``name`` (whitespace removed) reports its rows' progress or status.

    >>> [names_progress_column(n) for n in ("进展情况", "整改状态", "2月进展", "一季度进展", "销号情况", "是否销号")]
    [True, True, True, True, True, True]
    >>> names_progress_column("截至6月底进展情况"), names_progress_column("1—5月完成情况")  # its period first
    (True, True)
    >>> names_progress_column("整改措施"), names_progress_column("是否纳入考核")
    (False, False)
    >>> names_progress_column("进度"), names_progress_column("当前进度"), names_progress_column("时间进度")  # round 73
    (True, True, False)
    """
    return name.endswith(_PROGRESS_COLUMN_ENDS) or name in _DONE_YES_NO_COLUMNS or name in _PROGRESS_ALONE


def _gives_verdict(name: str) -> bool:
    """Whether the status column named ``name`` gives the ledger's verdict on a row (整改状态, 销号情况, 是否销号),
    not a report of the work done (进展情况, 2月进展, 整改情况).

    >>> _gives_verdict("整改状态"), _gives_verdict("是否完成"), _gives_verdict("整改情况")
    (True, True, False)
    """
    return name.endswith(("状态", "销号情况")) or name in _DONE_YES_NO_COLUMNS


def _says_done(name: str, cell: str) -> bool:
    """Whether ``cell`` of the status column ``name`` says done: 已完成 / 已销号 (``reports_done``), or 是 in a
    是否销号 / 是否完成 column.

    >>> _says_done("整改状态", "已销号"), _says_done("是否完成", "是"), _says_done("是否销号", "否")
    (True, True, False)
    """
    return (name in _DONE_YES_NO_COLUMNS and cell.strip() in YES_ANSWERS) or reports_done(cell)


def row_reports_done(cells: list[tuple[str, str]]) -> bool:
    """Whether a 台账 row's progress and status cells (column name, cell) say its task is done. A verdict column
    that is filled (整改状态, 销号情况, 是否销号) decides: ``已完成协商3宗`` reported beside ``序时推进`` is work
    under way (round 42); with none filled, a report opening with 已完成 does.

    >>> row_reports_done([("整改情况", "已完成协商3宗"), ("销号情况", "序时推进")])
    False
    >>> row_reports_done([("进展情况", "已完成"), ("是否销号", "")]), row_reports_done([("整改状态", "已销号")])
    (True, True)
    """
    verdicts = [(name, cell) for name, cell in cells if cell.strip() and _gives_verdict(name)]
    return any(_says_done(name, cell) for name, cell in (verdicts or cells))


# round 42: a verdict column's words for a task that goes on (整改状态 持续推进): with no deadline, the row's status
_ONGOING_VERDICTS = ("持续推进", "持续整改", "长期坚持", "长期推进", "常态化推进", "持续开展", "常态推进")


def ongoing_verdict(cells: list[tuple[str, str]]) -> str | None:
    """The words of a 台账 row's verdict column (column name, cell) saying its task goes on, or None.

    >>> ongoing_verdict([("3月进展", "每月排查企业326家"), ("整改状态", "持续推进")])
    '持续推进'
    >>> ongoing_verdict([("3月进展", "持续推进"), ("整改状态", "序时推进")]) is None
    True
    """
    return next(
        (cell.strip() for name, cell in cells if _gives_verdict(name) and cell.strip() in _ONGOING_VERDICTS), None
    )


# a deadline moved, as a 通报 writes it (原定完成时限：6月底，已申请延期至9月底 / 调整后完成时限：9月底): fields of the
# deadline, the adjusted one read before any other (round 36); no column's names (原完成时限 is what a column held)
ADJUSTED_DEADLINE_LABELS = ("调整后完成时限", "调整后时限", "调整后完成时间", "延期后完成时限", "调整后整改时限")
FORMER_DEADLINE_LABELS = ("原定完成时限", "原完成时限", "原定完成时间", "原计划完成时间", "原整改时限")
ALL_LABELS = (
    UNIT_LABELS
    + DEADLINE_LABELS
    + tuple(SHORT_LABELS)
    + PERSON_LABELS
    + PHONE_LABELS
    + PROGRESS_LABELS
    + _DONE_YES_NO_COLUMNS
    + NOTE_LABELS
    + ADJUSTED_DEADLINE_LABELS
    + FORMER_DEADLINE_LABELS
)

_LABEL_ROLE = (
    {label: "lead" for label in LEAD_LABELS}
    | {label: "responsible" for label in RESPONSIBLE_LABELS}
    | {label: "support" for label in SUPPORT_LABELS}
    | {label: "deadline" for label in DEADLINE_LABELS + ADJUSTED_DEADLINE_LABELS + FORMER_DEADLINE_LABELS}
    | SHORT_LABELS
    | {label: "person" for label in PERSON_LABELS}
    | {label: "phone" for label in PHONE_LABELS}
    | {label: "progress" for label in PROGRESS_LABELS + _DONE_YES_NO_COLUMNS + NOTE_LABELS}
)


LABEL_ROLES = _LABEL_ROLE  # label → lead, responsible, support, deadline, person, phone or progress
PEOPLE_ROLES = frozenset({"person", "phone"})  # the roles of the labels whose fields name people (and tables' columns)


# the words of an assignment: a parenthetical (or a bracket) is read as one only when it holds one of them
ASSIGNMENT_WORDS = compiled(
    r"单位|部门|主体|牵头|负责|总责|配合|参与|指导|落实|协助|协办|协同|主责|会同|支撑|时限|时间|期限|处室|主办|承办|责任"
    r"|统筹|主抓|抓总|支持|督导|司其职|负其责"  # 各司其职, 各负其责 (round 54; 司, 负: rarer than 各 in brackets)
    r"|分办|会办(?!公)"  # round 46: a 交办's （分办：A、B）, （A主办，B会办） (not 委员会办公室)
    # round 58: （A承建，B监管）, the builder and its supervisor (roles of round 57 and 58); not the 监管 or 监督 of a
    # unit's name (区市场监管局, 市场监督管理局), which made a bracket of units alone an assignment
    r"|承建|监管(?![局所分总办])|监督(?!管理[局委]|局)|承担"
)


# a label and its colon, at the start of a field (after an opening bracket or a field separator)
def trie_pattern(words) -> str:
    """A regex matching any of ``words``, its alternatives factored by their shared beginnings (a trie), longer ones
    tried first: ``re`` tries an alternation's branches one by one at each place, so a flat list of 200 labels
    costs a try of each that opens with the character met; the trie, one per character (round 38: with the labels
    round 38 added, a third more for ``LABEL.split`` over a plan's parentheticals as a flat list).

    >>> trie_pattern(["牵头单位", "牵头部门", "牵头"])
    '牵头(?:(?:单位|部门))?'
    >>> import re; [m.group() for m in re.finditer(trie_pattern(["时限", "完成时限", "完成时间"]), "完成时限，时限")]
    ['完成时限', '时限']
    """
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


LABEL = compiled(rf"({trie_pattern(ALL_LABELS)})[:：]")

# the bodies a plan sets up: 成立区试点工作协调监管机制, 建立试点工作推进专班 (the words before the body word, in one
# clause): a 机构 set up is a body, not a type (``duties``); the members listed after it are its make-up (``source``)
SET_UP_BODY = compiled(
    r"(?:成立|建立|组建|设立)([^，,。；;：:、（）()《》]{2,20}?)(?:机制|机构|小组|专班|办公室|委员会|工作组|指挥部)"
)


_LABEL_LENGTHS = sorted({len(label) for label in ALL_LABELS}, reverse=True)


def label_before(text: str, colon: int) -> str | None:
    """The label that ends just before the colon at ``colon`` (longest first), else None.

    >>> label_before("（完成时限：2025年）", 5), label_before("联系电话：1", 4), label_before("说明：1", 2)
    ('完成时限', '联系电话', None)
    """
    for length in _LABEL_LENGTHS:
        if length <= colon and text[colon - length : colon] in _LABEL_ROLE:
            return text[colon - length : colon]
    return None


def last_field_role(line: str) -> str | None:
    """``label_role`` of the label before the last colon of ``line``: the role of its last field, else None.

    >>> last_field_role("推进改革。A负责。完成时限：每月"), last_field_role("责任单位：县民政局"), last_field_role("推进改革")
    ('deadline', 'responsible', None)
    """
    colon = max(line.rfind("："), line.rfind(":"))
    return label_role(label_before(line, colon) or "") if colon > 0 else None


def label_role(label: str) -> str | None:
    """``lead``, ``responsible``, ``support``, ``deadline``, ``person`` or ``phone`` for a label; None for other
    words.

    >>> label_role("责任领导"), label_role("联系电话"), label_role("领导")
    ('person', 'phone', None)
    """
    return _LABEL_ROLE.get(label)


# a paragraph that opens with an outline's number: 1. （一） 一、 ① 第三条 第二部分 第一、 其一，
# a decimal outline's number (2.1, 2.1.1, round 30): before a word, not a quantity (2.5万户, 1.5亿元, 3.2米)
DECIMAL_NUMBER = r"\d{1,2}(?:[.．]\d{1,2}){1,3}(?![\d.．万亿千百元倍个家户人次米吨亩年月日号%％])"
# an item's number over the date its words open with (2.2024年底前…, 2.11月30日前…): no decimals of a year or a month
# (round 77 sweep77: held-out 12 as a PDF's text at 30, ``2.11月30日前，…`` under a sentence ending near the margin ran
# on into the item above, its deadline read as that item's too)
OVER_A_DATE = r"(?=\d{4}年|\d{1,2}月)"
ENUMERATED = compiled(
    r"^(?:"
    + DECIMAL_NUMBER
    + r"|\d{1,3}[.．、](?:(?!\d)|"
    + OVER_A_DATE
    + r")|\d{1,2}[)）](?=[\u4e00-\u9fff])|[（(][一二三四五六七八九十百\d]{1,4}[)）]"
    r"|[一二三四五六七八九十百]{1,4}、|[①-⑳]"
    r"|第[一二三四五六七八九十]{1,3}(?:[条章节、]|部分)|其[一二三四五六七八九十]{1,2}[，,、])"
)


def opens_an_item(cell: str) -> bool:
    """Whether a table cell of several lines opens with an item's number (``1.设置检查站。`` over its field lines): a
    task list inside a cell, whose first item starts a line of the text of its own (round 59).

    >>> opens_an_item("1.设置检查站。\\n牵头单位：镇应急办"), opens_an_item("1.设置检查站。")
    (True, False)
    >>> opens_an_item("设置检查站。\\n牵头单位：镇应急办"), opens_an_item("\\n1.设置检查站。\\n牵头单位：镇应急办")
    (False, True)
    """
    first, _, rest = cell.strip().partition("\n")
    return bool(rest.strip()) and ENUMERATED.match("".join(first.split())) is not None


# ---- role verbs -------------------------------------------------------------------------------------

# the fields a main duty is named by (落实安全生产主体责任, 落实消防安全主体责任: round 58 left23)
_MAIN_DUTY_FIELDS = ("安全生产", "消防安全", "安全", "防汛")
# A role verb written after the units it applies to: 〈units〉牵头, 〈units〉负责 …  Longest first.
ROLE_VERBS: tuple[tuple[str, str], ...] = tuple(
    sorted(
        (
            ("牵头负责", "lead"),
            ("负责牵头", "lead"),
            ("牵头抓总", "lead"),
            ("牵头落实", "lead"),
            ("牵头组织", "lead"),
            ("共同牵头", "lead"),
            ("联合牵头", "lead"),  # round 30: co-leads, an overall lead, who pulls the work together
            ("双牵头", "lead"),
            ("并列牵头", "lead"),  # round 74: A、B并列牵头 / A（并列牵头）、B（并列牵头）, co-leads side by side
            ("总牵头", "lead"),
            ("统筹推进", "lead"),
            ("统筹", "lead"),
            ("抓总", "lead"),
            ("主抓", "lead"),
            ("负总责", "lead"),
            ("负主责", "lead"),  # round 56: A负主责，B配合 (as 主责: round 53)
            ("为牵头单位", "lead"),
            ("为牵头部门", "lead"),
            ("为责任单位", "responsible"),
            ("为责任部门", "responsible"),
            ("为配合单位", "support"),
            ("为配合部门", "support"),
            # round 56: A作为牵头部门，会同B… (作为 was read into A's name: no task)
            ("作为牵头单位", "lead"),
            ("作为牵头部门", "lead"),
            ("作为责任单位", "responsible"),
            ("作为责任部门", "responsible"),
            ("作为配合单位", "support"),
            ("作为配合部门", "support"),
            ("按职责分工牵头负责", "lead"),
            ("按职责牵头负责", "lead"),
            # round 59: （按职责分工牵头） in brackets after a list's units (A、B（按职责分工牵头），C协同): each leads its part
            ("按职责分工牵头", "lead"),
            ("按照职责分工牵头", "lead"),
            ("按职责牵头", "lead"),
            ("分别牵头", "lead"),
            ("牵头", "lead"),
            ("主责", "lead"),
            ("指导", "lead"),
            ("负责督导", "support"),  # the unit that oversees the others' work: beside those who do it
            ("督导", "support"),
            # round 59: the overseer's other verbs closing a list (A牵头，B参与，C督查 / C跟踪督办): a support, as 督导
            # (before, C was lost, or kept 督办 in its name)
            ("督查", "support"),
            ("督办", "support"),
            # round 58: the supervisor beside the builder or operator who carries the work out (A负责实施，B监管), as
            # 督导 and round 38's 履行监管职责
            ("监管", "support"),
            ("加强监管", "support"),  # A负责，B加强监管 (as round 45's B加强指导)
            ("监督", "support"),  # A负责实施，B、C监督
            ("负责监管", "responsible"),  # (a duty of its own: alone it leads, as before 监管 was a role)
            ("负责监督", "responsible"),
            ("按职责分工负责", "responsible"),
            # round 40: the manner alone closing a clause of units, its work after a comma (A、B按照职责分工，将…)
            ("按照职责分工", "responsible"),
            ("根据职责分工", "responsible"),
            ("按职责分工", "responsible"),
            ("按职责分工落实", "implement"),
            ("按职责分工负责落实", "responsible"),
            ("按职责组织落实", "implement"),
            ("按职责分别负责", "responsible"),
            ("按职责负责", "responsible"),
            ("分别负责", "responsible"),
            ("分工负责", "responsible"),  # round 55: A牵头，B、C分工负责 (each its part of the lead's task)
            ("共同负责", "responsible"),
            ("具体负责", "responsible"),
            # round 40: the body that carries the task out after the ministries' 负责 group (（中央网信办、公安部按职责分工
            # 负责；各省级人民政府负责落实）): a support, as 落实; alone (（A、B负责落实）) it leads
            ("负责落实", "implement"),
            ("负责组织实施", "responsible"),  # round 36: …，市商务局负责组织实施。
            ("负责实施", "responsible"),
            ("负责推进", "responsible"),
            ("组织落实", "implement"),
            ("组织实施", "implement"),
            ("具体实施", "implement"),  # round 30: those who carry the work out (beside a lead: its partners)
            ("具体承担", "implement"),  # round 58: A牵头，B具体承担 (as 具体实施)
            ("分别组织", "implement"),  # round 58: A牵头，各隶属海关分别组织 (组织 alone ends 党组织: no role)
            ("具体承办", "implement"),  # round 38
            ("抓好落实", "implement"),  # round 34: 市安委会各成员单位按职责分工抓好落实
            ("抓落实", "implement"),  # round 57: A负责，B抓落实 (as 抓好落实)
            ("承建", "implement"),  # round 57 left21: A负责，B承建 (the builder carries the lead's work out, as 实施)
            ("实施", "implement"),  # round 57: A指导，B实施 (round 40 had undone it: A指导B实施, now two units)
            ("按属地负责", "responsible"),  # round 31: the local governments, each over its own area
            ("属地负责", "responsible"),
            ("按属地落实", "implement"),
            # round 40: national 分工 lists close with （…按职责分工负责，各地区按属地原则落实）
            ("按属地原则落实", "implement"),
            ("按照属地原则落实", "implement"),
            ("按属地原则负责", "responsible"),
            ("按照属地原则负责", "responsible"),
            ("落实属地责任", "implement"),
            ("为责任主体", "responsible"),
            ("是责任主体", "responsible"),
            ("负主体责任", "responsible"),  # round 32: the body that answers for the work, as 为责任主体
            ("承担主体责任", "responsible"),
            ("落实主体责任", "responsible"),  # round 57 left21: A落实主体责任，B履行监管职责 (as 承担主体责任)
            # round 58 left23: the main duty named by its field (各小微企业落实消防安全主体责任，B履行监管职责)
            *((f"{verb}{field}主体责任", "responsible") for verb in ("落实", "承担") for field in _MAIN_DUTY_FIELDS),
            ("承担属地主体责任", "responsible"),  # round 38
            ("落实属地管理责任", "responsible"),
            ("负属地责任", "implement"),
            ("各司其职", "responsible"),
            ("各负其责", "responsible"),  # round 54: as 各司其职
            ("抓总", "lead"),  # round 38: A抓总，B负责落实
            ("履行监管职责", "support"),  # round 38: A承担主体责任，B履行监管职责
            ("为主负责", "lead"),  # round 32: 县交通运输局为主，县财政局配合
            ("为主", "lead"),
            ("共同推进", "implement"),
            ("协同推进", "implement"),
            ("负责", "responsible"),
            ("落实", "implement"),
            ("共同参与", "support"),
            ("按职责组织配合", "support"),
            ("按职责分工配合", "support"),  # round 38
            ("按照职责分工配合", "support"),
            ("按职责配合", "support"),
            ("组织配合", "support"),
            ("配合", "support"),
            ("参与", "support"),
            ("参加", "support"),  # round 38: 由A牵头，B、C参加 (a working group's members)
            ("负责业务指导", "lead"),  # round 38: a guiding unit leads, as 指导 (the real corpus's reading)
            ("负责技术指导", "lead"),
            ("负责法律指导", "lead"),
            ("负责指导", "lead"),
            # round 43: 督促指导 guides as 指导 does (before, 督促 stayed in the name and the unit was lost)
            ("负责督促指导", "lead"),
            ("督促指导", "lead"),
            ("全程监督", "support"),  # round 38: an overseer beside the doers (纪检监察组全程监督)
            ("负责监督", "support"),
            ("协助", "support"),
            ("协办", "support"),
            # round 46: a 建议/提案 交办's roles written as verbs (由A主办，B、C会办; 由A、B分办), as its labels read
            ("主办", "lead"),
            ("会办", "support"),
            ("分办", "responsible"),
            # round 61: a 交办's 分办 written out (A、B分别办理，各自答复提案人): each unit handles and answers it alone
            ("分别办理", "responsible"),
            # round 48: 承办, the unit that carries an event or a case out (市委宣传部主办，各区承办): responsible as
            # 负责 is, so a partner after a lead's 主办 or 牵头, the lead when it is the task's only role (由A承办)
            ("承办", "responsible"),
            ("协同", "support"),
            ("支持配合", "support"),  # round 30
            ("做好配合", "support"),
            ("给予支持", "support"),
            ("支持", "support"),
        ),
        key=lambda pair: -len(pair[0]),
    )
)
_ROLE_SUFFIX = compiled(rf"({trie_pattern(v for v, _ in ROLE_VERBS)})$")
_VERB_ROLE = dict(ROLE_VERBS)
# "X会同Y负责": X leads, Y supports
WITH = "会同"


def find_with(text: str, start: int, end: int) -> int:
    """Where ``会同`` (X会同Y…) stands in ``text[start:end]``, else -1; not the 会 of a 委员会 that agreed
    (``经区安委会同意``, round 38).

    >>> find_with("经区安委会同意，A会同B制定", 0, 15), find_with("经区安委会同意", 0, 7)
    (9, -1)
    """
    at = text.find(WITH, start, end)
    while at != -1 and text.startswith("意", at + 2):
        at = text.find(WITH, at + 2, end)
    return at


ROLE_LAST = frozenset(v[-1] for v, _ in ROLE_VERBS)  # the last characters of the role verbs
# a role written in brackets after a unit: 市市场监管局（牵头）, 市财政局(配合单位), 市税务局（按职责分工负责）; round 42:
# also in the angle or square brackets some offices set a role in (基础教育科〈牵头〉, 督导室［牵头］, a table cell's
# 发展规划股[牵头] and 电教中心【牵头】; in a line of text those two are round brackets by then: ``source.compact_lines``)
ROLE_CLOSERS = "）)〉］]】"  # the brackets a role after a unit may close with
# a mark set on a unit of a list and what it says of it when no legend says otherwise (★区住建局、区财政局: the marked
# unit leads; a table's cell, round 44; a unit list of a line of text, before or after the name, round 45)
UNIT_MARKS = {
    **dict.fromkeys("●★▲◆■", "lead"),
    **dict.fromkeys("○☆△◇□", "support"),
    **dict.fromkeys("√✓✔", "single"),
}
# (round 43: a 督办通知单's or a 交办 list's 承办单位：A（主办），B、C（协办）; round 46: 主办 and 会办 are role verbs, in
# prose too)
_BRACKET_ROLE = compiled(rf"[（(〈［\[【]({trie_pattern(v for v, _ in ROLE_VERBS)})(?:单位|部门)?[）)〉］\]】]$")
# a note in brackets on how a unit takes part: 信息中心（具体承担）, 中央网信办信息化发展局（部外协调）
_BRACKET_NOTE = compiled(
    r"[（(](?:(?:具体|部外|部内|技术|业务|协同)?(?:承担|支撑|协调|指导|参与|协助|实施|落实|保障)|设在[^（()）]{2,20}"
    r"|按(?:照)?职责(?:分工)?[^（()）]{0,8})[）)]$"
)  # and where a body sits: 区委作风办（设在区纪委监委） (round 38)


# the last character of a body's name before a verb joining it to another body's (A同B, A联合B, A督促B), and the
# first character of the other's (a level, or 各): two bodies written together are no name (rounds 45, 55, 57)
BODY_NAME_LAST = "局委办厅部院行室队所站心处科股府团组社馆校园关台署"
BODY_NAME_FIRST = "省市县区乡镇街村州旗各"


# how a unit does its part, written between it and its role verb: 按照职责分工（负责）, 积极（配合）, 抓好（落实）
_MANNER = compiled(
    r"(?:(?:按照|按|根据|依据|依照|依|结合)(?:各自)?(?:职能职责|职责职能|职责分工|职能分工|职责范围|职责|职能)(?:分工)?"
    r"|积极|共同|分别|具体|协同|全力|切实|认真|各自|统筹|全面|抓好|依法依规|依法"  # round 40: 依职责分工负责, 依法负责
    r"|(?:予以|给予)(?:技术|业务)?"  # round 40: 县城管局、县水利局予以配合; round 62: 给予技术指导
    r"|做好|主动|密切"  # round 41: 区城管执法局按职责做好配合, 主动配合, 密切配合
    r"|从旁"  # round 55: 县自然资源局从旁协助
    r"|联动|协作|协调|分头"  # round 56: B、C联动配合, 协作配合, 协调配合, 分头落实 (结合职能抓好落实: above)
    r"|跟踪|全程|定期"  # round 59: C跟踪督办, 全程督导, 定期督导
    r"|(?:按照|按|根据|依据)“[^“”]{1,16}”的?(?:要求|原则)"  # round 30: 按照“管行业必须管安全”要求
    r"|(?:按照|按|根据|依据|依照)(?:干部|人事)?管理权限)+$"  # round 58: 厅属各单位按照干部管理权限负责
)
_MANNER_LAST = frozenset("工责能围极同别体力实真自筹面好求则法规以予动切旁作调头限踪程期术务")
# how far back from a name's end the manner is looked for: the longest (按照各自职能职责分工) with room for an adverb
# before it; a bound, so that a hostile item of thousands of 积极 costs no more than a short one
_MANNER_REACH = 24


# what a statement of a group's units writes before them: 以上工作由, 本部分任务均由, 上述两项任务由 (``split_role``)
# the marks a line may open with before its number or words: bullets, and a post's emoji (▲ ● ▶ ✅ 📌 👉 …)
DECORATIONS = "▲△◆◇★☆●○■□◎►▶•·✅✔☑➤➢→※📌🔹🔸👉✨⭐🔺▪▫◉🔷🔶💡📍🏷\ufe0f"  # and an emoji's variation selector
GROUP_OPENING = r"(?:以上|上述|以下|本部分|本节)(?:各项|所有|全部|[两二三四五六七八九十\d几]+项)?(?:重点|主要)?(?:任务|工作|事项|举措|措施)?均?"
GROUP_PREAMBLE = compiled(GROUP_OPENING + "由")
GROUP_PREFIX = compiled(GROUP_OPENING)  # ``match``: a line opening with the group's words (上述任务牵头单位：…)
# the one task a label after them is about, written before it (round 40): ``…。此项工作的责任单位为A，配合单位为B``
_TASK_TOPIC_BEFORE = compiled(r"(?:^|(?<=[。；;，,]))(?:此|该|本|这)项(?:工作|任务|事项|举措|措施)的?$")
_TASK_TOPIC_REACH = 6  # characters: the longest topic (此项工作的 and one more)


def after_task_topic(line: str, at: int) -> bool:
    """True when ``line[:at]`` ends with the words naming the task a label at ``at`` is about, where a field may
    start (after ``。；，`` or at the line's start): ``此项工作的责任单位：…`` (round 40).

    >>> after_task_topic("全面摸排。此项工作的责任单位：A", 10), after_task_topic("推进此项工作的责任单位：A", 7)
    (True, False)
    """
    return (
        at >= 3
        and line[at - 1] in "的作务项施"
        and _TASK_TOPIC_BEFORE.search(line, max(0, at - _TASK_TOPIC_REACH), at) is not None
    )


_GROUP_FIRST = frozenset("以上本")


def split_role(segment: str) -> tuple[str, str | None]:
    """(name, role) of one list item: a trailing role verb, or a role in brackets, is removed and gives the role;
    the manner written before the verb goes with it.

    >>> split_role("市市场监管局（牵头）"), split_role("市交通委（计划财务处）")
    (('市市场监管局', 'lead'), ('市交通委（计划财务处）', None))
    >>> split_role("市人社局按照职责分工负责"), split_role("市财政局积极配合"), split_role("市商务委为牵头单位")
    (('市人社局', 'responsible'), ('市财政局', 'support'), ('市商务委', 'lead'))
    >>> split_role("县水利局予以配合"), split_role("县残联给予协助")
    (('县水利局', 'support'), ('县残联', 'support'))
    >>> split_role("区城管执法局按职责做好配合"), split_role("区公安分局密切配合")
    (('区城管执法局', 'support'), ('区公安分局', 'support'))
    >>> split_role("县林业局负责指导"), split_role("本部分任务均由市经济信息化委牵头")
    (('县林业局', 'lead'), ('市经济信息化委', 'lead'))
    >>> split_role("信息中心（技术支撑）"), split_role("中央网信办信息化发展局（部外协调）")
    (('信息中心', None), ('中央网信办信息化发展局', None))
    >>> split_role("省税务局按照职责分工")  # its work after a comma (round 40)
    ('省税务局', 'responsible')
    >>> split_role("县财政局予以指导"), split_role("县财政局指导")  # round 41
    (('县财政局', 'support'), ('县财政局', 'lead'))
    >>> split_role("市市场监管局给予技术指导"), split_role("市市场监管局负责技术指导")  # round 62
    (('市市场监管局', 'support'), ('市市场监管局', 'lead'))
    >>> split_role("基础教育科〈牵头〉"), split_role("督导室［牵头］"), split_role("教研室〈配合〉")  # round 42
    (('基础教育科', 'lead'), ('督导室', 'lead'), ('教研室', 'support'))
    >>> split_role("发展规划股[牵头]"), split_role("电教中心【牵头】")
    (('发展规划股', 'lead'), ('电教中心', 'lead'))
    >>> split_role("市公安局交警支队（主办）"), split_role("市城管局（会办）")  # round 43
    (('市公安局交警支队', 'lead'), ('市城管局', 'support'))
    >>> split_role("市文旅局主办"), split_role("市公安局会办"), split_role("市医保局分办")  # round 46: a 交办's verbs
    (('市文旅局', 'lead'), ('市公安局', 'support'), ('市医保局', 'responsible'))
    >>> split_role("各社区党组织配合"), split_role("县教育局组织配合")  # round 58: a unit's name ending in a verb's words
    (('各社区党组织', 'support'), ('县教育局', 'support'))
    """
    if segment[:1] in _GROUP_FIRST and (group := GROUP_PREAMBLE.match(segment)) is not None:
        segment = segment[group.end() :]  # 本部分任务由A牵头: A
    if not segment or segment[-1] not in ROLE_LAST:
        if segment[-1:] in ROLE_CLOSERS and (m := _BRACKET_ROLE.search(segment)) is not None and m.start() > 0:
            return segment[: m.start()], _VERB_ROLE[m.group(1)]
        if segment[-1:] in ("）", ")") and (m := _BRACKET_NOTE.search(segment)) is not None and m.start() > 0:
            return segment[: m.start()], None  # 信息中心（技术支撑）: how it takes part, no part of its name (round 37)
        return segment, None
    m = _ROLE_SUFFIX.search(segment)
    if m is None or m.start() == 0:
        return segment, None
    name = segment[: m.start()]
    if m.end() - m.start() > 2 and not is_unit_name(name) and (shorter := _unit_before_shorter_verb(segment, m)):
        m, name = shorter, segment[: shorter.start()]  # 各社区党组织配合: the unit's 组织, not 组织配合 (round 58)
    if name[-1] in ROLE_LAST and (inner := _ROLE_SUFFIX.search(name)) is not None and inner.start() > 0:
        name = name[: inner.start()]  # two verbs: 负责指导, 牵头负责 … (the last one gives the role)
    role = _VERB_ROLE[m.group(1)]
    if name[-1] in _MANNER_LAST and (manner := _MANNER.search(name, len(name) - _MANNER_REACH)) is not None:
        if role == "lead" and (name[-2:] in _GIVING or name[-4:-2] in _GIVING):
            # 县财政局予以指导 beside 县民政局牵头: the partner's help, as prose reads it (round 41); 给予技术指导
            # likewise (round 62: before, 技术 kept it a lead's name, 市市场监管局给予技术)
            role = "support"
        name = name[: manner.start()] or name
    return name, role


def _unit_before_shorter_verb(segment: str, m: re.Match[str]) -> re.Match[str] | None:
    """A shorter role verb closing ``segment`` than ``m`` whose words before it are a unit's name, or None: the name
    ends in the longer verb's first words (各社区党组织配合: 党组织 and 配合, not 各社区党 and 组织配合).

    >>> _unit_before_shorter_verb("各社区党组织配合", _ROLE_SUFFIX.search("各社区党组织配合")).group()
    '配合'
    """
    shorter = _ROLE_SUFFIX.search(segment, m.start() + 1)
    return shorter if shorter is not None and is_unit_name(segment[: shorter.start()]) else None


_GIVING = frozenset(("予以", "给予"))  # 予以指导, 给予指导: guidance given to another's task


def lone_role(segment: str) -> str | None:
    """The role of a list item that is a role phrase alone, with no unit before it (``A、B，按职责分工负责``: the
    phrase gives its role to the units before it, round 34), else None.

    >>> lone_role("按职责分工负责"), lone_role("各司其职"), lone_role("积极配合"), lone_role("市财政局配合")
    ('responsible', 'responsible', 'support', None)
    """
    if not segment or segment[-1] not in ROLE_LAST:
        return None
    m = _ROLE_SUFFIX.search(segment)
    if m is None or (m.start() and _MANNER.fullmatch(segment, 0, m.start()) is None):
        return None
    return _VERB_ROLE[m.group(1)]


# a role verb anywhere in an item (``split_duty``)
_ROLE_VERB_INSIDE = compiled(trie_pattern(v for v, _ in ROLE_VERBS))
DUTY_OBJECT = 10  # characters: the longest object of a unit's duty read as its role (落实属地责任, 做好资金保障)


def split_duty(item: str) -> tuple[str, str] | None:
    """(name, role) of an item that is a unit name, a role verb and a short object (``各区县政府落实属地责任``,
    ``市财政局负责资金保障``, ``各街镇积极配合做好宣传``): the unit does its part in the verb's role; None for
    anything else (a task's words, a name holding a verb: ``市协同创新中心``).

    >>> split_duty("各区县政府落实属地责任"), split_duty("市财政局积极配合做好宣传")
    (('各区县政府', 'implement'), ('市财政局', 'support'))
    >>> split_duty("市协同创新中心"), split_duty("推进改革落实到位")
    (None, None)
    >>> split_duty("县财政局提供资金保障"), split_duty("县财政局保障资金"), split_duty("区大数据中心给予技术支持")
    (('县财政局', 'support'), ('县财政局', 'support'), ('区大数据中心', 'support'))
    """
    for m in _ROLE_VERB_INSIDE.finditer(item, 2):
        if len(item) - m.end() > DUTY_OBJECT:
            continue
        name, role = split_role(item[: m.end()])
        if role is not None and is_unit_name(name):
            return name, role
    return _share(item)


# what a partner provides, right after its name, with no role verb: 提供资金保障, 给予技术支持, 做好经费保障, 保障资金
# (prose reads these verbs as a further unit's part: ``prose._SHARE_VERB``); round 41 reads them in brackets too;
# round 46: and the duty it carries out, 履行出资人职责 (prose: ``prose._SUPPORT_VERB``)
_SHARE_INSIDE = compiled(r"提供|给予|做好|保障|履行")


def _share(item: str) -> tuple[str, str] | None:
    """(name, "support") of an item that is a unit name, a verb of what it provides and a short object (``县财政局提供
    资金保障`` beside ``县民政局负责``: before round 41 the bracket lost it); None for anything else.

    >>> _share("县财政局保障资金"), _share("保障资金"), _share("县财政局提供各乡镇开展农村低保兜底工作所需的全部资金")
    (('县财政局', 'support'), None, None)
    >>> _share("市审计局依职责做好审计监督"), _share("市国资委履行出资人职责")  # round 46: a manner before the verb
    (('市审计局', 'support'), ('市国资委', 'support'))
    """
    m = _SHARE_INSIDE.search(item, 2)
    if m is None or len(item) - m.end() > DUTY_OBJECT:
        return None
    name = item[: m.start()]
    if (manner := _MANNER.search(name)) is not None and manner.start():
        name = name[: manner.start()]  # 按职责, 依职责, 依法: how it does its part (``split_role``'s manners)
    return (name, "support") if is_unit_name(name) else None


# A指导B实施: one unit guiding (or organising, urging) another that carries the task out, in one item (round 30)
_GUIDES = compiled(r"(.{2,30}?)(?:指导|督促|组织)(.{2,30}?)(?:具体)?(?:实施|落实|执行|推进|开展)?")


def split_guided(item: str) -> tuple[str, str] | None:
    """(the unit that guides, the unit that carries out) of an item naming both (``市国资委指导市属国有企业实施``);
    None for anything else.

    >>> split_guided("人民银行南岭市分行指导各银行业金融机构实施"), split_guided("市国资委指导推进改革")
    (('人民银行南岭市分行', '各银行业金融机构'), None)
    """
    m = _GUIDES.fullmatch(item)
    if m is None or not is_unit_name(m.group(1)) or not is_unit_name(m.group(2)):
        return None
    return m.group(1), m.group(2)


# ---- conventions stated once for the whole document ----------------------------------------------

# 列第一位者为牵头单位 / 排在第一位的部门为牵头部门 / 排在首位的为牵头单位 / 第一个单位为牵头单位 / 排名第一的为牵头单位
# / 排在最前面的为牵头单位 (排在前面的 is not read: 前 is in most deadlines, the values holding it would all take the slow path)
# / 首列单位为牵头单位 / 第一家为牵头单位 (round 59 left27: the first-listed unit named by its column's head, by 家)
_FIRST_PLACES = ("第一位", "首位", "第一个", "第一家", "首列", "最前面", "最前", "第一")
# (排在首位或标注“牵头”的为牵头单位: another mark of the lead beside the first place, round 39)
_FIRST_OR = 12  # characters: the longest other mark after 或
# (round 57: 每项任务的第一个责任单位为牵头单位, the list's label named after the place)
# (round 59 left27: 排名第一者牵头 / 排序第一的单位牵头, with no 为: the 牵头 closing its clause, so that a unit ranked
# first doing a task, 排名第一的单位牵头承办现场会, is no statement)
# (round 60: the kind named with its level, 排在第一位的省直部门为牵头单位 / 列第一位的市级单位为牵头单位, a province's or a
# city's plan whose lists name its own departments beside the governments below)
_FIRST_LEVEL = "(?:[省市县区]直|[省市县区]级)"
_FIRST_TAIL = (
    rf"(?:或[^，。；,;]{{1,{_FIRST_OR}}}?)?(?:(?:者|的)?(?:责任)?(?:{_FIRST_LEVEL}?(?:部门|单位))?(?:为|是)牵头"
    r"|(?:者|的(?:责任)?(?:部门|单位))牵头(?=(?:单位|部门)?(?:[，,。；;）)]|$)))"
)
FIRST_LISTED_LEADS = compiled(rf"(?:{'|'.join(_FIRST_PLACES)}){_FIRST_TAIL}")
_FIRST_LISTED_ENDS = ("为牵头", "是牵头", "者牵头", "位牵头", "门牵头")  # every statement ends with one of these
_FIRST_LISTED_AFTER = len("单位）")  # characters after its end that say the 牵头 closes its clause
_FIRST_LISTED_REACH = (
    max(map(len, _FIRST_PLACES)) + len("者责任省直部门") + 1 + _FIRST_OR
)  # how far before its end a statement starts
# where a statement may end: its last character, then the whole end behind it (one pass of ``re`` that scans
# for a single character, about four times faster than ``str.find`` for each end over a document)
_FIRST_LISTED_END = compiled(rf"{_FIRST_LISTED_ENDS[0][-1]}(?<={'|'.join(_FIRST_LISTED_ENDS)})")


def search_first_listed(text: str) -> re.Match[str] | None:
    """``FIRST_LISTED_LEADS.search(text)`` (the leftmost match), fast on a whole document.

    Every statement ends with 牵头 after one of ``_FIRST_LISTED_ENDS``, found in one pass; the pattern is tried
    only just before them.

    >>> search_first_listed("各项任务排在第一位的部门为牵头部门，下同").start()
    6
    >>> search_first_listed("（排名第一者牵头，其余单位配合）").group(), search_first_listed("排名第一的单位牵头承办现场会")
    ('第一者牵头', None)
    """
    found = []
    for end in _FIRST_LISTED_END.finditer(text):
        at = end.end()
        m = FIRST_LISTED_LEADS.search(
            text, max(0, at - len(_FIRST_LISTED_ENDS[0]) - _FIRST_LISTED_REACH), at + _FIRST_LISTED_AFTER
        )
        if m is not None:
            found.append(m)
    return min(found, key=lambda m: m.start(), default=None)


# 括号内为牵头单位 / 括号中的单位为责任单位 / 括号里是牵头部门: the plan says that a bracket after a task lists its
# units, so a list of unit names alone in brackets (（县发改局、县财政局）) is an assignment
BRACKET_STATEMENT = compiled(
    r"括号(?:内|中|里)(?:的|所列)?(?:单位|部门)?(?:为|是)(?:各项任务的)?(牵头|主要责任|主责|责任|承办)(?:单位|部门)"
)
_BRACKET_ROLES = {"牵头": "lead", "主要责任": "lead", "主责": "lead", "责任": "responsible", "承办": "responsible"}
NO_BARE_UNITS = "none"  # ``bare_unit_role``: the plan says nothing of lists alone in brackets


def bare_unit_role(text: str, first_listed: bool) -> str | None:
    """Whether a list of unit names alone in brackets after a task is an assignment in the plan ``text``, and
    the role of its units: the role a statement gives them (``括号内为牵头单位``: lead); None (no role: the
    first-listed unit leads) when the plan says only that the first-listed unit leads (``first_listed``, from
    ``search_first_listed``); ``NO_BARE_UNITS`` otherwise (a list in brackets may be examples: （黄浦区、徐汇区）).

    Each 括 is found by a search for that one character and the statement tried there (0.02 ms over the bundled
    plan; ``re`` looking for 括号 over the whole text: 0.1 ms).

    >>> bare_unit_role("注：括号内为责任单位。", False), bare_unit_role("…为牵头单位", True), bare_unit_role("（北京）", False)
    ('responsible', None, 'none')
    """
    at = text.find("括")
    while at != -1:
        stated = BRACKET_STATEMENT.match(text, at)
        if stated is not None:
            return _BRACKET_ROLES[stated.group(1)]
        at = text.find("括", at + 1)
    return None if first_listed else NO_BARE_UNITS


# 以下均需试点城市政府落实，不再列出: a unit carried into every later task as a supporting unit
# (written with a lookahead after 以 so that ``re`` scans a document for that one character, twice as fast as
# for the three of 以下均; the same matches)
# (以下各项任务均需…, 以下工作均由…: the same statement naming what follows; 以下均为X，不再列出 names X alone, the
# 不再列出 after it saying so: round 44)
# (以下各项工作均需要各单位负责，不再单独列出: 需要 as 需, its 要 no part of the unit; round 67 heldout12, held-out 57)
CARRIED_UNIT = compiled(
    r"以(?=下[均各任工事])下(?:各项)?(?:任务|工作|事项)?均(?:需要|需|由|要|为)(.{2,20}?)"
    r"(?:(?:负责)?(?:落实|实施|负责)|(?=[，,]?不再(?:单独|一一)?列出))"
)
_CARRIED_REACH = (6, 4, 2)  # characters from the 以 of a ``CARRIED_UNIT`` match to its 均 (以下各项任务均, …, 以下均)


def carried_units(text: str) -> list[re.Match[str]]:
    """``CARRIED_UNIT.finditer(text)``'s matches, looked for only where a match can start: ``以下`` two, four or six
    characters before a 均 (rare: 5 in the bundled plan, against 205 以 that ``re`` stops at), each such place in
    order from where the match before ended, as ``finditer`` goes (tests/test_fast_paths_perffinal63.py).

    >>> [m.group(1) for m in carried_units("以下各项任务均需试点城市政府落实，不再列出。均衡发展")]
    ['试点城市政府']
    """
    starts = set()
    at = text.find("均")
    while at != -1:
        starts.update(start for start in (at - 6, at - 4, at - 2) if start >= 0 and text.startswith("以下", start))
        at = text.find("均", at + 1)
    found: list[re.Match[str]] = []
    end = 0
    for start in sorted(starts):
        if start >= end and (m := CARRIED_UNIT.match(text, start)) is not None:
            found.append(m)
            end = m.end()
    return found


# round 65: the bodies a list names once as the ones that carry out its task and every later one, after its lead:
# （牵头指导处室：市局产品质量处，各区市场监管局、临港新片区市场监管局、机场分局为实施单位，下同）. They support each
# task from there on, as a unit carried by 以下均需…落实 does (corpus 09, round 44); 下同 is said of the doers here,
# no first-listed convention (whose words are 列第一位…). The list opens after a mark (the lead's clause before it).
IMPLEMENTERS_CARRIED = compiled(
    r"(?<=[，,；;（(：:])([^，,；;（()）：:。\n]{2,80}?)(?:均)?(?:为|是|作为)(?:实施|落实|执行)(?:单位|主体|部门)[，,]下同"
)
IMPLEMENTERS_REACH = 100  # characters before a 下同 where the doers' list may open


def implementers_carried(text: str) -> list[tuple[int, str]]:
    """(offset, unit) of each body a list names once as carrying out its task and every later one
    (``…，A、B为实施单位，下同``), looked for only before a 下同 (``IMPLEMENTERS_CARRIED``).

    >>> implementers_carried("（牵头指导处室：市局质量处，各区市场监管局、机场分局为实施单位，下同）")
    [(14, '各区市场监管局'), (22, '机场分局')]
    >>> implementers_carried("（牵头单位：市财政局，列第一位的为牵头单位，下同）"), implementers_carried("A为实施单位，B配合")
    ([], [])

    Each 下 is found by a C scan and the 同 after it tried (a scan for the two characters, which stops nowhere but
    steps through the text, cost the bundled plan 0.24 M instructions more than one for 下 and its 125 stops).
    """
    found = []
    at = text.find("下")
    while at != -1:
        if text[at + 1 : at + 2] == "同":
            found += _implementers_before(text, at)
        at = text.find("下", at + 1)
    return found


def _implementers_before(text: str, at: int) -> list[tuple[int, str]]:
    """(offset, unit) of each body the list before the 下同 at ``at`` names as carrying out the tasks from there on.

    >>> _implementers_before("，甲局、乙局等为实施单位，下同", 13)
    [(1, '甲局'), (4, '乙局')]
    """
    m = IMPLEMENTERS_CARRIED.search(text, max(0, at - IMPLEMENTERS_REACH), at + 2)
    if m is None or m.end() != at + 2:
        return []
    found = []
    offset = m.start(1)
    for piece in m.group(1).split("、"):
        name = piece.removesuffix("等")
        if is_unit_name(name):
            found.append((offset, name))
        offset += len(piece) + 1
    return found


CONVENTION_WORDS = compiled(r"下同|不再(?:单独|一一)?列出|以下(?:各项)?(?:任务|工作|事项)?均")
# what a statement of the conventions writes before them in its clause: 各项任务中，列第一位者为牵头单位; and a unit
# carried into every task without 以下, said so by the 不再列出 after it: 各项任务均需各地区落实，不再列出 (round 32)
CONVENTION_LEAD_IN = compiled(
    r"(?:(?:以下|上述)?各项(?:任务|工作|事项)?中?|(?:各项|所有)(?:任务|工作|事项)?均(?:需要|需|由|要)(.{2,20}?)(?:负责)?"
    r"(?:落实|实施|负责))[，,]?"
)
_NOT_LISTED = compiled(r"不再(?:单独|一一)?列出")
# (均需要A负责 as 均需A负责 in both: round 67 heldout12, ``CARRIED_UNIT``)
_STATED_REACH = 3000  # characters: a plan's preamble, or its closing note
_UNLISTED_CARRIED = compiled(
    r"(?:各项|所有)(?:任务|工作|事项)?均(?:需要|需|由|要)(.{2,20}?)(?:负责)?(?:落实|实施|负责)[，,]?不再(?:单独|一一)?列出"
)
# round 40: the unit named first, as the body that carries out every task: 各县（市、区）人民政府为各项任务的落实主体，
# 不再一一列出 (a clause of its own: a mark before it; a name may hold a bracket)
_SUBJECT_CARRIED = compiled(
    r"(?<=[，,。；;：:\n（(])((?:[^，,。；;：:\n（(）)]|[（(][^）)]{1,8}[）)]){2,20}?)(?:均|也)?(?:为|是|作为)"
    r"(?:各项|所有|以下)(?:任务|工作|事项)?的?(?:落实|实施|责任)主体[，,]?(?:以下)?不再(?:单独|一一)?列出"
)


def unlisted_carried(text: str) -> list[tuple[int, str]]:
    """(offset, unit) of each unit a plan carries into every task without listing it there, said once with
    不再列出 after it (``各项任务均需各地区落实，不再列出``): in the preamble or a closing note, so looked for in the
    first and last ``_STATED_REACH`` characters only (a scan of the whole plan costs it 0.8 M instructions).

    >>> unlisted_carried("分工如下（列第一位者为牵头单位。各项任务均需各地区落实，不再列出）：")
    [(16, '各地区')]
    >>> unlisted_carried("其他为配合单位；各县（市、区）人民政府为各项任务的落实主体，不再一一列出。")
    [(8, '各县（市、区）人民政府')]
    """
    found = []
    spans = (
        ((0, len(text)),)
        if len(text) <= 2 * _STATED_REACH
        else ((0, _STATED_REACH), (len(text) - _STATED_REACH, len(text)))
    )
    for start, end in spans:
        for unlisted in _NOT_LISTED.finditer(text, start, end):
            m = _UNLISTED_CARRIED.search(text, max(0, unlisted.start() - 40), unlisted.end())
            if m is None and text.find("主体", max(0, unlisted.start() - 6), unlisted.start()) != -1:
                m = _SUBJECT_CARRIED.search(text, max(0, unlisted.start() - 40), unlisted.end())
            if m is not None:
                found.append((m.start(), m.group(1)))
    return found


def defined_short_forms(text: str, places: Sequence[int] | None = None) -> dict[str, str]:
    """The short names a plan defines for units anywhere in its text (``市地方金融管理局（以下简称市金融局）``,
    ``（简称“市国资委”）``): name → short name, for the graph to join the two (round 34). Each definition is a
    unit's name right before the bracket (back to the mark before it) and a unit's name inside. Looked for at ``places`` only
    (``short_form_places``; the caller's, when it found them already).

    >>> defined_short_forms("为推动工作，市地方金融管理局（以下简称市金融局）、市政府国有资产监督管理委员会（以下简称“市国资委”）制定本方案。")
    {'市地方金融管理局': '市金融局', '市政府国有资产监督管理委员会': '市国资委'}
    >>> defined_short_forms("建设平台（以下简称“平台”）")
    {}
    >>> defined_short_forms("为推动工作，青峰高新区投资发展集团有限公司（下称投发集团）、自治区民族宗教事务委员会（简称自治区民宗委，下同）负责")
    {'青峰高新区投资发展集团有限公司': '投发集团', '自治区民族宗教事务委员会': '自治区民宗委'}
    >>> defined_short_forms("某市政务服务和数据管理局（以下简称市政数局）会同某市发展和改革委员会（以下简称市发改委）制定")
    {'某市政务服务和数据管理局': '市政数局', '某市发展和改革委员会': '市发改委'}
    >>> defined_short_forms("，会同县人民政府（以下简称县政府）制定")
    {'会同县人民政府': '县政府'}

    A definition may be a sentence of its own, as a footnote writes one (round 65): the name, a comma, then
    ``以下简称Y`` closing the sentence.

    >>> defined_short_forms("①某市发展和改革委员会，以下简称市发改委。"), defined_short_forms("建设数据平台，以下简称平台。")
    ({'某市发展和改革委员会': '市发改委'}, {})
    """
    found: dict[str, str] = {}
    for at in short_form_places(text) if places is None else places:
        opened = max(text.rfind("（", max(0, at - 4), at), text.rfind("(", max(0, at - 4), at))
        m = _DEFINED_SHORT.match(text, opened) if opened != -1 else None
        if (
            m is None
            and (opened := max(text.rfind("，", max(0, at - 4), at), text.rfind(",", max(0, at - 4), at))) != -1
        ):
            m = _SENTENCE_SHORT.match(text, opened)  # X，以下简称Y。 (round 65)
        if m is not None:
            name, short = name_before(text, opened, "，,。；;：:、）)\n").lstrip(_NOTE_NUMBERS), m.group(1)
            if name.startswith(WITH) and not name.startswith("县", len(WITH)):
                name = name[
                    len(WITH) :
                ]  # A（以下简称甲）会同B（以下简称乙）: B's, not 会同B's (round 64; 会同县 a county)
            if is_unit_name(name) and is_unit_name(short) and name != short:
                found[name] = short
    return found


def short_form_places(text: str) -> list[int]:
    """Where ``text`` writes 称 after 简, 下 or 文: the 称 of every definition ``SHORT_FORM_PATTERN`` reads
    (（以下简称, （简称, （下称, （以下称, （下文称), so ``defined_short_forms`` looks at these only (a match from a
    bracket just before another 称 is one of these places' too, the same definition: session 47) and
    ``parse._glossary`` finds its 简称 lines among them. One search for 称 (round 62: it stops less often than 简)
    for both.

    >>> short_form_places("市地方金融管理局（以下简称市金融局）的名称（下称名称）")
    [12, 23]
    """
    places: list[int] = []
    at = text.find("称", 1)
    while at != -1:
        if text[at - 1] in "简下文":
            places.append(at)
        at = text.find("称", at + 1)
    return places


_DEFINED_SHORT = compiled(SHORT_FORM_PATTERN)
_NOTE_NUMBERS = "".join(map(chr, range(0x2460, 0x2474)))  # ① … ⑳: a note's number typed before its words
# a definition as a sentence of its own after the name and a comma (a footnote's: X，以下简称Y。, round 65)
_SENTENCE_SHORT = compiled(
    r"[，,](?:以下|下文)?简称[：:]?[“\"「]?([^（()）“”\"「」，,。；;：:\s]{2,15}?)[”\"」]?(?:[，,]下同)?(?:[。；;]|$)",
    re.MULTILINE,
)
_NAME_REACH = 31  # characters before a bracket in which the name it follows is looked for


def name_before(text: str, at: int, marks: str) -> str:
    """What ``text`` holds right before ``at`` back to the last of ``marks`` (within ``_NAME_REACH`` characters): the
    name a bracket at ``at`` may follow (a definition's ``X（以下简称Y）``, a merged office's ``X（Y）``).

    >>> name_before("为推动工作，市地方金融管理局（以下简称市金融局）", 14, "，、"), name_before("责任单位：省市场监管局（", 11, "：（")
    ('市地方金融管理局', '省市场监管局')
    """
    before = text[max(0, at - _NAME_REACH) : at]
    return before[max(before.rfind(mark) for mark in marks) + 1 :]


def glossary_short_forms(
    lines: Sequence[str], rows: Sequence[int] | None = None
) -> tuple[dict[str, str], list[tuple[int, int]]]:
    """The short forms an annex's table of them defines (``单位简称对照表``), as ``defined_short_forms``'s: name → short
    name, and the glossary's lines (0-based, end exclusive: no task is read there). A table whose header names a
    short-form column and a full-name column (``| 序号 | 简称 | 全称 |``, ``单位全称 | 单位简称``; cells set apart by
    bars, tabs or two spaces and more, as a Word table's rows are laid out as text: round 63), each row after it a
    pair; or a title naming such a table (``单位简称对照表``, ``部门简称一览``) with one
    ``全称（简称）`` a line under it (``1.中共某县委机构编制委员会办公室（县委编办）``). Both names must be units'. ``rows``:
    the lines holding 简称 (0-based, in order), where the caller found them in one search of its text (a loop over
    every line costs 6 M instructions on the bundled plan); None: looked for here.

    >>> rows = ["附件2", "单位简称对照表", "| 序号 | 简称 | 全称 |", "|---|---|---|", "| 1 | 市数据局 | 某市大数据管理局 |", "说明"]
    >>> glossary_short_forms(rows)
    ({'某市大数据管理局': '市数据局'}, [(3, 5)])
    >>> glossary_short_forms(["附件", "单位简称对照表", "", "1.中共某县委机构编制委员会办公室（县委编办）", "2.某县疾病预防控制中心（县疾控中心）"])
    ({'中共某县委机构编制委员会办公室': '县委编办', '某县疾病预防控制中心': '县疾控中心'}, [(3, 5)])
    >>> glossary_short_forms(["简称对照表", "1.建设数据平台（数据平台）", "| 简称 | 说明 |", "| 市数据局 | 负责汇总 |"])
    ({}, [])
    >>> glossary_short_forms(["单位简称对照表", "序号  简称  全称", "1  县政数局  某县政务服务和数据管理局"])
    ({'某县政务服务和数据管理局': '县政数局'}, [(2, 3)])
    """
    found: dict[str, str] = {}
    spans: list[tuple[int, int]] = []
    done = 0  # the lines before it were read
    for i in [k for k, line in enumerate(lines) if "简称" in line] if rows is None else rows:
        line = lines[i]
        # …本方案中下列单位以下简称： (round 63; its colon closing the line looked for first: most lines are paragraphs)
        lead_in = line.rstrip()[-1:] in "：:" and _GLOSSARY_LEAD_IN.search(line) is not None
        if i < done or (
            len(line) > _TITLE_MOST and "|" not in line and "｜" not in line and "\t" not in line and not lead_in
        ):
            continue  # a paragraph (long, no cells): no glossary's title or header
        cells = [compact(c) for c in _CELL_BREAK.split(line)]
        short = next((k for k, c in enumerate(cells) if c in _SHORT_CELLS), None)
        full = next((k for k, c in enumerate(cells) if c in _FULL_CELLS), None)
        pairs: list[tuple[str, str]] = []
        first = j = i + 1
        if short is not None and full is not None:  # a table's header: its rows after it (a rule row skipped)
            while j < len(lines) and _CELL_BREAK.search(lines[j]) is not None:
                row = [compact(c) for c in _CELL_BREAK.split(lines[j])]
                if max(short, full) < len(row) and not _RULE_ROW.fullmatch(row[short]):
                    pairs.append((row[full], row[short]))
                j += 1
        elif lead_in or _GLOSSARY_TITLE.fullmatch(compact(line)) is not None:
            # a title (or a sentence ending 以下简称：): one 全称（简称） a line under it, or one 简称：全称 (round 63)
            while j < len(lines) and not lines[j].strip():
                j += 1
            first = j
            while j < len(lines) and (pair := _listed_pair(compact(lines[j]))) is not None:
                pairs.append(pair)
                j += 1
        named = [(name, short_name) for name, short_name in pairs if _both_units(name, short_name)]
        if named:
            found.update(named)
            spans.append((first if first < j else i + 1, j))
        done = max(j, i + 1)
    return found, spans


def _listed_pair(line: str) -> tuple[str, str] | None:
    """(full name, short form) a glossary's line writes: ``全称（简称）``, or ``简称：全称`` (either way round: the shorter
    name is the short form, round 63); None for a line of neither form.

    >>> _listed_pair("1.某县疾病预防控制中心（县疾控中心）"), _listed_pair("县住建局：某县住房和城乡建设局；")
    (('某县疾病预防控制中心', '县疾控中心'), ('某县住房和城乡建设局', '县住建局'))
    >>> _listed_pair("联系人：王某某，电话：138xxxx0000") is None
    True
    """
    if (m := _LISTED_FORM.fullmatch(line)) is not None:
        return m.group(1), m.group(2)
    if (m := _LISTED_COLON.fullmatch(line)) is not None and len(m.group(1)) != len(m.group(2)):
        short, name = sorted(m.groups(), key=len)
        return name, short
    return None


def _both_units(name: str, short: str) -> bool:
    return name != short and is_unit_name(name) and is_unit_name(short)


# round 62 left31: a glossary's cells (bars of a pipe table, a tab; round 63: two spaces or more, a Word table's row
# as the .docx and .doc readers write it in a text of no task table), its columns' names, its title and its lines
_CELL_BREAK = compiled(r"[|｜\t]| {2,}")
_SHORT_CELLS = frozenset(("简称", "单位简称", "部门简称", "机构简称"))
_FULL_CELLS = frozenset(("全称", "单位全称", "部门全称", "机构全称", "单位名称", "规范名称", "单位规范名称"))
_RULE_ROW = compiled(r":?-{3,}:?")
# characters: the longest line a glossary's title is written on (附件2：某某市直单位简称对照表, spaced out)
_TITLE_MOST = 40
_GLOSSARY_TITLE = compiled(r"(?:附件\d{0,2}[：:])?[\u4e00-\u9fff]{0,8}简称(?:对照|对应|一览)表?")
_LISTED_COLON = compiled(
    r"(?:\d{1,3}[.．、]|[（(]\d{1,3}[)）])?([^（()）。；;，,：:]{2,40})[：:]([^（()）。；;，,：:]{2,40})[。；;]?"
)
# a sentence ending with the words that open a list of short forms under it (本方案中下列单位以下简称：, 单位简称如下：)
_GLOSSARY_LEAD_IN = compiled(r"(?:以下简称|简称如下|简称对照如下)[：:]\s*$")
_LISTED_FORM = compiled(
    r"(?:\d{1,3}[.．、]|[（(]\d{1,3}[)）])?([^（()）。；;，,：:]{2,40})[（(]([^（()）。；;，,：:]{2,15})[)）][。；;]?"
)
