"""Table columns: the names of a task table's columns by kind (序号, 工作任务, 牵头单位, 配合单位, 完成时限 …), and
whether a text's lines may hold a table header.

>>> may_hold_a_table(["序号", "工作任务", "牵头单位"])
True
"""

from __future__ import annotations

from collections.abc import Iterable

from reformgraph.loaders.vocab import (
    DEADLINE_LABELS,
    LEAD_LABELS,
    PERSON_LABELS,
    PHONE_LABELS,
    RESPONSIBLE_LABELS,
    SUPPORT_LABELS,
)
from reformgraph.regexcache import compiled

COLUMN_NAMES: dict[str, tuple[str, ...]] = {
    "number": (
        "序号",
        "编号",
        "任务编号",
        "事项编号",
        "提案号",
        "建议号",
        "议案号",
        "提案编号",
        "建议编号",
    ),  # round 38: 交办 lists
    "section": (
        "类别",
        "领域",
        "重点领域",
        "任务类别",
        "任务分类",
        "板块",
        "改革领域",
        "专项",
        "事项",
        "主要方向",
        "工作方向",
        "重点方向",
        "一级指标",  # round 38: the indicator group above 二级指标
        "行动",
        "专项行动",
        "工作类别",
    ),
    # round 77: and a 工作专班's or a 领导小组's own table's 组长单位 (组长单位 | 成员单位): the unit heading the 专班 leads
    # its task, its members support (成员单位 beside a lead, round 38); a 组长 column names a person and stays no unit's.
    # A column's name only: as a label of the text's (组长单位：A) it would lengthen every label scan (0.08 M
    # instructions a scan of the bundled plan, whose 组织 each tries it); a 组长单位：A line over a 成员单位：B one is read by
    # ``assignments._group_leader_line`` (round 78), gated by the members' label
    "lead": (*LEAD_LABELS, "组长单位"),
    "single": RESPONSIBLE_LABELS,
    # (a project's owner among them, ``vocab.PROJECT_OWNER_LABELS``: round 52, fresh17's column, left15's label)
    "support": SUPPORT_LABELS,
    "deadline": (
        *DEADLINE_LABELS,
        "时间",  # round 25: 序号 | 任务 | 责任单位 | 时间
        "截止时间",
        "完成阶段",  # round 62: the stage of the schedule a task is done in (集中整治阶段, 巩固提升阶段结束前)
        "建设起止年限",  # round 38: a project's years (2025—2027: due at the end of the last)
        "建设年限",
        "起止年限",
    ),
    "task": (
        "任务",
        "工作任务",
        "重点任务",
        "主要任务",
        "具体任务",
        "任务内容",
        "工作内容",
        "改革举措",
        "具体措施",
        "工作措施",
        "主要举措",
        "改革任务",
        "改革事项",
        "重点改革事项",
        "任务事项",
        "工作事项",
        "重点工作",
        "工作举措",
        "主要措施",
        # round 25: the measure columns of 台账 (改革任务 | 具体举措: the broad task groups its measures)
        "具体举措",
        "重点举措",
        "改革措施",
        "重点措施",
        "推进措施",
        "任务措施",
        "举措",
        "措施",
        "具体工作",
        "主要工作",
        "改革内容",
        "项目名称",
        "项目内容",  # round 45: a 民生项目 ledger's projects (责任单位 | 项目内容 | 配合单位)
        "督办事项",  # round 32: a 督办 list's matters (before, 事项 made them a section column)
        "交办事项",
        "办理事项",
        "督查事项",
        "督办内容",
        "批示内容",
        "批示件",  # round 43: a 领导批示件 落实分工's matters (批示件：省统计局《…》 / 牵头落实：…)
        "批示事项",
        "整改措施",
        "整改要求",  # round 61: a 问题清单's measure under its problem (问题一：… / 整改要求：A牵头…，2026年5月底前完成。)
        "抽查事项",  # round 38: an inspection plan's matters (before, 事项 made them a group)
        "检查事项",
        "检查事项名称",
        "抽查事项名称",
        "职权名称",  # round 38: a 权责清单's powers (实施主体 does them)
        "执法事项",
        "事项名称",  # round 38: 督办 ledgers
        "主要职责",  # round 38: a table of units and their duties (成员单位 | 主要职责): a duty is the unit's task
        "工作职责",
        "具体职责",
        "职责",
        "职责内容",
        "案由",  # round 38: 建议/提案 交办 lists
        "建议题目",
        "提案题目",
        "建议标题",
        "提案标题",
        "建议名称",
        "提案名称",
        "议定事项",  # round 38: 常务会议 督办清单
        "指标名称",  # round 38: 目标任务分解表 and 考核细则 (an indicator a row)
        "考核指标",
        "二级指标",
        "考核内容",
        "考核事项",
        # round 62: a 卫生城市/文明城市 plan's standard items (复审指标：…, 评审内容：… over 牵头单位： / 责任单位：)
        "复审指标",
        "评审内容",
        "测评内容",
    ),
    "detail": (
        "主要内容",
        "具体内容",
        "工作目标",
        "目标",
        "预期成果",
        "工作要求",
        "主要目标",
        "预期成效",
        "成果形式",
        "验收标准",
        "目标要求",
    ),
    "other": (
        "备注",
        "推广范围",
        "适用范围",
        "实施范围",
        "范围",
        "说明",
        "开始时间",
        "启动时间",
        "起始时间",
        "交办时间",  # round 32: when a matter was assigned, not its deadline
        "交办日期",
        "批示时间",
        "立项时间",
        "督办单位",  # round 38: who oversees the work (督导, 督查, 监督, 审核): no doer of the task
        "督导单位",
        "督查单位",
        "监督单位",
        "销号审核单位",
        "抽查对象",  # round 38: whom an inspection looks at (企业, 学校): no units
        "检查对象",
        "监管对象",
        "事项来源",  # round 38: where a matter came from (区政府常务会议, 区领导批示), no task's words
        "任务来源",
        "来源",
        "配合事项",  # round 38: what each partner does, a sub-row each (no group of tasks)
        "协办事项",
        "配合内容",
        "开工时间",  # round 38: a project's start; its 竣工时间 is the deadline
        "计划开工时间",
        # round 38: an indicator's weight, score and target value (numbers, never the task's words)
        "权重",
        "分值",
        "分数",
        "完成值",
        "指标值",
        # round 26: a 台账's progress columns (the ledger reads them, ``ledger.py``; a task table passes them by)
        "进展情况",
        "推进情况",
        "工作进展",
        "完成情况",
        "进度情况",
        "落实情况",
        "办理情况",  # round 72 fresh72: a 督查督办 台账's
        "办理进度",
        "办理结果",
    ),
    "person": PERSON_LABELS,
    "phone": PHONE_LABELS,
}
# the first parts of column names broken over two lines (牵头 / 部门)
COLUMN_NAME_HEADS = frozenset(
    name[:k] for names in COLUMN_NAMES.values() for name in names for k in range(1, len(name))
)
_COLUMN_CELLS = frozenset(name for names in COLUMN_NAMES.values() for name in names) | COLUMN_NAME_HEADS
# the two characters that end a unit column's name before a gap (whitespace) in a spaced table's header, as the spaced
# tables' gate looks for it (``spaced_tables.names_a_column``: 单位, 单位）, 单位), 部门, an office's 科室 处室 股室 部室 or
# 室）, and the bare role 牵头 before a tab); a text none of whose words before whitespace ends so holds no match of the
# gate in its lines (``Source.gap_ends``, a by-product of compacting them)
GAP_ENDS = frozenset(("单位", "位）", "位)", "部门", "科室", "处室", "股室", "部室", "室）", "室)", "牵头"))
GAP_LASTS = "".join(sorted({end[-1] for end in GAP_ENDS}))  # their last characters


def may_hold_a_table(compacts: Iterable[str]) -> bool:
    """False when no line (compact) is a column name or the first part of one: no task table can start.

    >>> may_hold_a_table(["一、目标", "牵头单位"]), may_hold_a_table(["牵头", "部门"]), may_hold_a_table(["正文"])
    (True, True, False)
    """
    return not _COLUMN_CELLS.isdisjoint(compacts)


def is_column_cell(compact: str) -> bool:
    """Whether a line (compact) is a column name or the first part of one (``may_hold_a_table``'s test, for one).

    >>> is_column_cell("牵头单位"), is_column_cell("牵头"), is_column_cell("县发改局")
    (True, True, False)
    """
    return compact in _COLUMN_CELLS


# a table of duties by unit, two columns, the unit's cell then its duties' (成员单位职责分工: 单位 | 职责分工), which
# ``flat_tables`` reads flattened one cell per line (round 63 heldout4): no column name of a task table opens it
DUTY_UNIT_COLUMNS = frozenset({"单位", "部门", "责任单位", "责任部门", "单位名称", "部门名称", "成员单位"})
DUTY_COLUMNS = frozenset({"职责分工", "职责", "主要职责", "工作职责", "具体职责", "职责任务"})


def may_hold_a_duty_table(compacts: Iterable[str]) -> bool:
    """False when no line (compact) names a duties column: no table of duties by unit can start.

    >>> may_hold_a_duty_table(["单位", "职责分工"]), may_hold_a_duty_table(["一、分工"])
    (True, False)
    """
    return not DUTY_COLUMNS.isdisjoint(compacts)


_TABLE_OR_DUTY_CELLS = _COLUMN_CELLS | DUTY_COLUMNS


def may_hold_tables(compacts: Iterable[str]) -> tuple[bool, bool]:
    """(``may_hold_a_table``, ``may_hold_a_duty_table``) of ``compacts``, from one pass over the lines: the lines that
    are either kind's cells found at once (most plans hold none; the two passes cost the bundled plan's parse 1.0 M
    instructions, one 0.5 M).

    >>> may_hold_tables(["一、目标", "牵头单位"]), may_hold_tables(["单位", "职责分工"]), may_hold_tables(["正文"])
    ((True, False), (False, True), (False, False))
    """
    cells = _TABLE_OR_DUTY_CELLS.intersection(compacts)
    if not cells:
        return False, False
    return not _COLUMN_CELLS.isdisjoint(cells), not DUTY_COLUMNS.isdisjoint(cells)


# a note under a table (注：…, 注1：…, 备注：…, 说明：…): the table has ended
NOTE_LINE = compiled(r"^[（(【\[]?(?:注|备注|说明)[\d一二三四五六七八九十]{0,2}[：:．.、]")

# per-year target columns (2024年工作项目, 2025年计划), and the quarter, half-year or month columns a 进度安排 is
# divided into (一季度 | 二季度 …, 上半年, 3月): milestones of the task, never its deadline
MILESTONE_COLUMN = compiled(
    r"^\d{4}(?:年|—|-|－)[\u4e00-\u9fff\d—\-－]{0,10}$|^(?:“?十[一二三四五六七八九]?五”?).{0,12}$"
    r"|^(?:第?[一二三四1-4]季度(?:末|底)?|[上下]半年|(?:[1-9]|1[0-2]|[一二三四五六七八九十]|十[一二])月(?:份|底|末)?)"
    r"(?:前|以前)?(?:[（(].{0,8}[)）])?$"  # 6月底前 | 9月底前 | 12月底前: a schedule's steps (round 39)
)
