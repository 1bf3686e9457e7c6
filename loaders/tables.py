"""Task tables (任务分解表): their columns and their rows (from .xlsx/.docx/.csv/.html, pipe and spaced tables).

Tables flattened one cell per line are read by ``flat_tables``, a table's title by ``table_titles``.

A header names the columns (``column_names.COLUMN_NAMES``): a task column (or, with a 序号 column,
the first text column), unit columns (牵头/责任/配合/实施主体/指导部门 …), and optional
deadline, category, detail, per-year target and scope columns. A table without a unit
column is a data table, not a task list: its years are never deadlines.

- Unit cells are read with the column's role (a 责任单位 column: every unit leads, unless
  the cell marks ``X牵头``); ``——`` is an empty cell.
- A row without a unit cell takes the previous row's (a merged cell covering it); its
  ``line`` is then its own task cell's line, else the line of its first unit cell.
- Per-year target columns (``2024年工作项目``, ``2025年计划``) and the quarter columns a merged ``进度安排``
  is divided into (``一季度`` … ``四季度``, ``上半年``, ``3月``) are milestones, never deadlines.
- A row whose only text is a ``一、…`` heading, a merged-across row, or (flattened) a line
  repeating a heading of the body opens a workplan; a repeated header is skipped.

>>> rows = [["序号", "工作任务", "牵头单位", "配合单位", "完成时限"],
...         ["一、", "营商环境", "", "", ""],
...         ["1", "建设平台", "区大数据局", "区财政局、区税务局", "2025年底"],
...         ["序号", "工作任务", "牵头单位", "配合单位", "完成时限"],
...         ["2", "清理证明", "", "", "持续推进"]]
>>> [(s.title, [(d.text, [u.name for u in d.assignment.units], d.assignment.deadline, d.line)
...   for d in s.drafts]) for s in table_sections(rows)]
[('营商环境', [('建设平台', ['区大数据局', '区财政局', '区税务局'], '2025年底', 3), ('清理证明', ['区大数据局', '区财政局', '区税务局'], '持续推进', 5)])]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from reformgraph.districts import PLACE_ENDS
from reformgraph.loaders.assign import read_field, read_parenthetical, read_region
from reformgraph.loaders.by_unit_tables import by_unit_as_rows
from reformgraph.loaders.column_names import (
    COLUMN_NAME_HEADS,
    COLUMN_NAMES,
    MILESTONE_COLUMN,
)
from reformgraph.loaders.column_spec import given_columns, positioned_header
from reformgraph.loaders.compact import compact, without_invisible
from reformgraph.loaders.date_words import iso_day
from reformgraph.loaders.deadlines import parse_deadline, plan_year_of, status_words
from reformgraph.loaders.matrix_tables import MARK_ROLES, marks_of_tasks, matrix_as_columns, without_marks
from reformgraph.loaders.people import names_a_person
from reformgraph.loaders.plan_periods import CampaignPeriod, date_line, default_deadline
from reformgraph.loaders.prose import clause_partners
from reformgraph.loaders.roles import Assignment, RoleUnit
from reformgraph.loaders.scan import split_outside
from reformgraph.loaders.table_titles import SECTION_ROW, title_row
from reformgraph.loaders.tasks import Conventions, Draft, Section, document_from_sections, strip_enumerator
from reformgraph.loaders.text_deadlines import text_deadline, title_festival
from reformgraph.loaders.traditional import folded_tables, with_folded_note
from reformgraph.loaders.unit_codes import names_numbers, unit_codes, with_numbers_named
from reformgraph.loaders.unit_lists import LIST_MARK
from reformgraph.loaders.unit_names import is_unit_name, names_a_post, strip_name_brackets
from reformgraph.loaders.vocab import (
    DITTO_MARKS,
    DITTO_WRITTEN,
    DOER_LABELS,
    LABEL,
    LABEL_ROLES,
    NO_ANSWERS,
    NONE_WRITTEN,
    PEOPLE_ROLES,
    PERSON_ENDS,
    PHONE_LABELS,
    SHORT_LABELS,
    UNIT_MARKS,
    YES_ANSWERS,
    defined_short_forms,
    glossary_short_forms,
    is_processing_time,
    label_role,
    names_progress_column,
    ongoing_verdict,
    row_reports_done,
    search_first_listed,
    short_form_places,
)
from reformgraph.records import Document
from reformgraph.regexcache import compiled

# a column of the stages a task goes through, each cell a stage and its months (第一阶段 / 2026年3月—6月): its
# deadline, when the header is the whole cell (阶段目标 holds targets, not times; round 36)
_STAGE_COLUMNS = (
    "实施阶段",
    "阶段",
    "阶段安排",
    "推进阶段",
    "时间阶段",
    "工作阶段",
    "实施步骤",
    "步骤安排",
    "推进步骤",
)
_THIS_STAGE = "本阶段"  # a deadline cell naming the row's own stage (本阶段, 本阶段内, 本阶段结束前: round 62)
COLUMN_KIND_OF = {name: kind for kind, names in COLUMN_NAMES.items() for name in names} | dict.fromkeys(
    _STAGE_COLUMNS, "deadline"
)
_SPLIT_HEAD = COLUMN_NAME_HEADS  # the first halves of header cells broken over two lines (牵头 / 部门)
_CONTAINED_ORDER = ("lead", "support", "single", "deadline", "number", "section", "task", "detail", "other")
UNIT_KINDS = ("lead", "single", "support")
_TEXT_KINDS = ("section", "task", "detail", "milestone", "unknown")
UNIT_COLUMN_ROLE = {"lead": "lead", "single": "responsible", "support": "support"}
_JOINED = compiled("[及和、与/]")
# a full-width part row of a flattened table: 行动一：…, 任务二：…, 第三部分 …
PART_ROW = compiled(
    r"^(?:(?:行动|任务|专项|工程|板块|领域)[一二三四五六七八九十\d]{1,3}[：:、]|第[一二三四五六七八九十]{1,3}(?:部分|篇)[：:、]?)"
)
# 注：…, or 备注 alone in its (序号) cell with the note in the cells beside it (round 43: its empty unit cells took
# the units of the row above, a false task); round 60: 填表说明 (a 汇总 sheet's, read since round 59: its 牵头单位 led)
_NOTE_ROW = compiled(r"(?:注|备注|说明|填报说明|填表说明|附注)\d?(?:[：:]|$)")
# round 64: 报送单位：…（盖章） (a 台账's line of who sends it back, merged across under the rows: its unit led)
_SIGN_OFF_ROW = compiled(
    r"(?:填表人|填报人|制表人|审核人|审核|核稿|签发人|联系人|联系电话|填报单位|填报时间|填表时间|制表时间"
    r"|报送单位|报送部门|填报部门|报送时间)[：:]"
)
# round 65: a unit's name then its contact fields (梅岭区住房和城乡建设局    联系人：…    联系电话：…, its spaces gone),
# the line under a 台账 naming who filled it in with no 填报单位： label
_UNIT_SIGN_OFF = compiled(r"(\S{2,40}?)(?:（盖章）)?[\s\u3000]*(?:联系人|联系电话)[：:]")
# how a form's example row opens its task cell: （示例）, 【例】, 示例：, 例：
_EXAMPLE_MARKS = (
    "（示例）",
    "(示例)",
    "【示例】",
    "[示例]",
    "示例：",
    "示例:",
    "（例）",
    "(例)",
    "【例】",
    "例：",
    "例:",
    "如：",
)
_COUNTED_IN = ("（个）", "(个)", "（项）", "(项)", "（件）", "(件)", "（家）", "(家)")  # a column's count unit
_COUNT_ENDS = ("数", "数量", "占比", "比例")  # how a count column's name ends (任务数, 个数, 项数, 数量 …)
_NONE_MARKS = NONE_WRITTEN  # a cell that says it holds nothing (not a placeholder)
EMPTY_CELL = {*NONE_WRITTEN, "…", "请选择", "--请选择--", "—请选择—"}  # and a dropdown's placeholder
MAX_HEADER = 24  # columns; a longer run of column-like lines is not one header
_NAME_MAX = 12  # characters: a column's name is short
_NOT_A_NAME = compiled("[：:，,。；;]")  # and has no field or clause in it


_FORMER = ("原", "调整前", "变更前")  # what a column held before: 原责任单位, 调整前牵头单位


def column_kind(name: str) -> str:
    """What a header cell names: the kind the user's spec gives it (``column_spec``, ``--columns``) while a document is
    read under one, else the kind the rules give its name (``named_kind``).

    >>> from reformgraph.loaders.column_spec import columns_given, parse_columns
    >>> with columns_given(parse_columns("节点=时限,牵头单位=配合")):
    ...     column_kind("节 点"), column_kind("牵头单位"), column_kind("配合单位")
    ('deadline', 'support', 'support')
    >>> column_kind("节点"), column_kind("牵头单位")
    ('unknown', 'lead')
    """
    if (given := given_columns()) is not None and (kind := given.kind_of(name)) is not None:
        return kind
    return named_kind(name)


@lru_cache(maxsize=4096)
def named_kind(name: str) -> str:
    """What a header cell names: number, section, task, detail, milestone, other, lead, single, support,
    deadline — or ``unknown``.

    >>> [column_kind(c) for c in ["序号", "重点任务（2024-2026）", "2025年计划", "牵头部门", "实施主体", "交通子行业"]]
    ['number', 'task', 'milestone', 'lead', 'support', 'unknown']
    >>> [column_kind(c) for c in ["进度安排", "一季度", "上半年", "12月", "完成时限"]]
    ['deadline', 'milestone', 'milestone', 'milestone', 'deadline']
    >>> [column_kind(c) for c in ["责任领导", "牵头单位负责人", "联系电话", "责任单位及责任人", "责任人及联系方式"]]
    ['person', 'person', 'phone', 'single', 'person']
    >>> [column_kind(c) for c in ["实施阶段", "实施步骤", "阶段目标"]]
    ['deadline', 'deadline', 'detail']
    >>> [column_kind(c) for c in ["牵头任务数", "配合任务数量", "任务占比", "原责任单位", "调整前牵头单位"]]
    ['other', 'other', 'other', 'other', 'other']
    >>> [column_kind(c) for c in ["任务状态", "事项办理情况", "目标完成情况", "任务内容", "工作事项"]]
    ['other', 'other', 'other', 'task', 'task']
    """
    name = compact(name)
    core = strip_name_brackets(name) or name
    if name.endswith(("）", ")")) and (role := _bracketed_role(name, strip_name_brackets(name))) is not None:
        return role
    for candidate in (name, core):
        if candidate in COLUMN_KIND_OF:
            return COLUMN_KIND_OF[candidate]
        if (
            candidate in _SHORT_COLUMNS
        ):  # 牵头 | 配合, 主办 | 承办 | 协办: a role word alone names the column (round 38)
            return _SHORT_COLUMNS[candidate]
    if MILESTONE_COLUMN.match(core):
        return "milestone"
    if core.endswith(_COUNT_ENDS) or name.endswith(_COUNTED_IN):  # 牵头任务数, 配合任务数量: a 汇总 sheet's counts
        return "other"  # (round 31); 涉及部门事项（个）: a count in its unit (round 39)
    if core.startswith(_FORMER):  # 原责任单位, 调整前责任单位: what a column held before (round 32)
        return "other"
    if _LEAD_BY_NAME.fullmatch(core):  # 牵头考核单位, 牵头落实部门 (round 38)
        return "lead"
    if core.endswith("职责"):  # 配合单位职责: what a row's partner does, no unit (round 38)
        return "other"
    if core.startswith(("分年度", "年度目标")):  # 分年度目标任务 over 2024年 | 2025年 …: the years' targets
        return "milestone"
    # a column of two things is named by its first: 责任人及联系方式, 责任单位及责任人
    first = _JOINED.split(core, 1)[0]
    if first.endswith(PERSON_ENDS):  # 牵头单位负责人, 市级责任领导
        return "phone" if first.endswith(PHONE_LABELS) else "person"
    if len(core) <= 12:
        for kind in _CONTAINED_ORDER:
            if any(n in core for n in COLUMN_NAMES[kind] if len(n) >= 2):
                # 任务状态, 事项办理情况, 目标完成情况: the status of the work a text column's word names, a progress
                # column (round 78 fresh78: an OA export's 任务状态 was a second task column, its 已完成 unread)
                return "other" if kind in _WORK_KINDS and names_progress_column(core) else kind
    return "unknown"


_WORK_KINDS = ("section", "task", "detail")  # the text columns whose words a progress column's name may open with


# a column named by a role word alone (牵头 | 配合 | 时限; an event's 主办 | 承办 | 协办)
_SHORT_COLUMNS = {
    "牵头": "lead",
    "主办": "lead",
    "主责": "lead",
    "承办": "single",
    "配合": "support",
    "协办": "support",
    "会办": "support",
    "参与": "support",
    "时限": "deadline",
    "序": "number",
}


def _bracketed_role(name: str, core: str) -> str | None:
    """The kind a role word in a header's brackets gives its column: ``责任单位（牵头）`` | ``责任单位（配合）`` (the
    responsible units split in two columns on one header row), or ``（牵头）`` | ``（配合）`` under a merged 责任单位;
    None when the brackets hold no role word alone (``牵头单位（部门）``, ``责任单位（盖章）``). Round 41: before, both
    columns read as 责任单位, and every unit of the row led.

    >>> _bracketed_role("责任单位（牵头）", "责任单位"), _bracketed_role("责任部门(协办)", "责任部门")
    ('lead', 'support')
    >>> _bracketed_role("（配合）", ""), _bracketed_role("牵头单位（部门）", "牵头单位"), _bracketed_role("序号", "序号")
    ('support', None, None)
    """
    if name == core:
        return None  # no bracket
    inner = name[len(core) + 1 : -1] if core else name[1:-1]
    role = _SHORT_COLUMNS.get(inner)
    if role not in ("lead", "support"):
        return None
    return role if not core or column_kind(core) in UNIT_KINDS else None


# a lead column named with what its units lead in between: 牵头考核单位, 牵头推进部门
_LEAD_BY_NAME = compiled(r"牵头[\u4e00-\u9fff]{1,4}(?:单位|部门)")


@dataclass(frozen=True)
class Columns:
    """The kinds of a task table's columns, in order."""

    kinds: tuple[str, ...]

    def first(self, *kinds: str) -> int | None:
        return next((i for i, k in enumerate(self.kinds) if k in kinds), None)

    @property
    def units(self) -> tuple[int, ...]:
        return tuple(i for i, k in enumerate(self.kinds) if k in UNIT_KINDS)

    @property
    def task(self) -> int | None:
        """The task column: one named so, else the first unnamed or detail text column."""
        found = self.first("task")
        if found is None:
            found = next(
                (i for i in self.text_before_units if self.kinds[i] in ("unknown", "detail")),
                None,
            )
        return found

    @property
    def text_before_units(self) -> tuple[int, ...]:
        first_unit = min(self.units) if self.units else len(self.kinds)
        return tuple(i for i in range(first_unit) if self.kinds[i] in _TEXT_KINDS or self.kinds[i] == "deadline")

    @property
    def described(self) -> tuple[int, ...]:
        """The text columns before the units, other than the task's, that describe the row's task (a 重点内容 or
        主要内容 cell beside 任务类型): the row's words that may state its deadline where no column holds one.

        >>> detect_columns(["序号", "任务类型", "重点内容", "责任单位", "参考文件"]).described
        (2,)
        """
        task = self.task
        return tuple(i for i in self.text_before_units if i != task and self.kinds[i] in ("detail", "unknown"))

    @property
    def after_units(self) -> tuple[int, ...]:
        last_unit = max(self.units) if self.units else len(self.kinds) - 1
        return tuple(range(last_unit + 1, len(self.kinds)))


def detect_columns(header: Sequence[object]) -> Columns | None:
    """The columns of a header row; None unless it names a unit column and a task (or 序号 + a text) column.

    >>> detect_columns(["序号", "重点任务", "责任单位", "完成时限"]).kinds
    ('number', 'task', 'single', 'deadline')
    >>> detect_columns(["序号", "工作任务", "具体措施", "牵头单位"]).kinds  # the broad task groups, the measure is the task
    ('number', 'section', 'task', 'lead')
    >>> detect_columns(["重点任务", "具体内容", "牵头单位"]).kinds  # the contents are the tasks (round 38)
    ('section', 'task', 'lead')
    >>> detect_columns(["一级任务", "二级任务", "三级任务", "牵头单位"]).kinds  # the most specific level (round 39)
    ('section', 'detail', 'task', 'lead')
    >>> detect_columns(["年份", "指标", "数值"]) is None
    True
    >>> detect_columns(["条款", "政策事项", "牵头单位", "配合单位"]).kinds  # no column named a task: the last text
    ('unknown', 'task', 'lead', 'support')
    """
    cells = [compact(str(c)) if c is not None else "" for c in header]
    kinds = [column_kind(c) if c else "unknown" for c in cells]
    tasks = [i for i, k in enumerate(kinds) if k == "task"]
    first_unit = next((i for i, k in enumerate(kinds) if k in UNIT_KINDS), len(kinds))
    if len(tasks) >= 2 and "section" not in kinds and tasks[1] < first_unit:
        # 工作任务 | 具体措施 before the units (a 台账): the broad task groups the rows, each row is its measure
        kinds[tasks[0]] = "section"
        tasks = tasks[1:]
    if len(tasks) >= 2 and "section" in kinds and tasks[1] < first_unit:
        # 一级任务 | 二级任务 | 三级任务, 重点领域 | 重点任务 | 具体举措: levels of the work, the most specific before
        # the units is each row's task, the levels between group it (round 39)
        last = max(t for t in tasks if t < first_unit)
        tasks = [last, *(t for t in tasks if t != last)]
    for i in tasks[1:]:  # a name's further occurrences (a second 任务 column) describe the task: detail
        kinds[i] = "detail"
    if tasks and (later := [i for i in range(tasks[0] + 1, first_unit) if kinds[i] == "section"]):
        for (
            i
        ) in later:  # 事项名称 | 事项内容, 事项名称 | 涉及部门事项: a column after the task's describes it (round 39)
            kinds[i] = "detail"
    if len(tasks) == 1 and "section" not in kinds and cells[tasks[0]] in _BROAD_TASK_COLUMNS:
        content = next((i for i in range(tasks[0] + 1, first_unit) if cells[i] in _CONTENT_COLUMNS), None)
        if content is not None:  # 重点任务 | 具体内容 | 牵头单位: the task groups its contents, each row one (round 38)
            kinds[tasks[0]], kinds[content] = "section", "task"
    unit_cols = [i for i, k in enumerate(kinds) if k in UNIT_KINDS]
    if unit_cols and all(kinds[i] == "support" and cells[i] in _DOERS for i in unit_cols):
        for i in unit_cols:  # 职权名称 | 实施主体: the body that does it, with no lead beside it (round 38)
            kinds[i] = "single"
    if tasks and cells[tasks[0]].endswith("职责") and not any(k in UNIT_KINDS for k in kinds):
        for i, c in enumerate(cells):  # 单位 | 职责: a table of units and their duties (not 单位 of a quantity)
            if c in _UNITS_OF_DUTIES:
                kinds[i] = "single"
    if tasks and "村" in "".join(cells) and not any(k in UNIT_KINDS for k in kinds):
        for i, c in enumerate(
            cells
        ):  # 村（社区） | 工作任务: a 镇's tasks by village, each village doing its own (round 73)
            if c in _VILLAGE_COLUMNS:
                kinds[i] = "single"
    if "lead" in kinds and (deputies := [i for i, k in enumerate(kinds) if k == "lead" and cells[i][:1] == "副"]):
        if len(deputies) < kinds.count("lead"):  # 组长单位 | 副组长单位: the deputy's units work with the leader's
            for i in deputies:  # (round 78 left48; before, both led; a deputy with no leader's column leads)
                kinds[i] = "support"
    cols = Columns(tuple(kinds))
    if not cols.units:
        return None
    if cols.first("task") is None and not (cols.first("number") is not None and cols.task is not None):
        # no column named a task: the last text column before the units names the tasks (政策事项, 条款, 具体事项)
        # when the header names more than one unit or deadline column (round 37)
        text = [i for i in range(first_unit) if kinds[i] in ("section", "unknown", "detail")]
        if (
            not text
            or sum(k in UNIT_KINDS or k == "deadline" for k in kinds) < 2
            or any(len(c) > _NAME_MAX or _NOT_A_NAME.search(c) for c in cells)  # a line of fields, no header
        ):
            return None
        named = [i for i in text if cells[i].endswith(("名称", "事项", "内容"))]  # 赛事名称 | 比赛地点 (round 38)
        kinds[(named or text)[-1]] = "task"
        cols = Columns(tuple(kinds))
    return cols


# support columns that are the doers when alone (a project's owner: round 52)
_DOERS = DOER_LABELS
_UNITS_OF_DUTIES = frozenset({"单位", "部门"})  # the units' column of a table of duties (单位 | 职责)
# a detail column that holds what a task column's task is made of, a row each (``detect_columns``)
_CONTENT_COLUMNS = frozenset({"具体内容", "主要内容", "实施内容"})
# a 镇's column of the villages (communities) its tasks are split to: with no unit column beside it, the villages are
# the tasks' bodies (round 73 fresh73: 村（社区） | 工作任务 | 包村领导 | 包村干部); beside a unit column, the places worked in
_VILLAGE_COLUMNS = frozenset(
    {"村", "行政村", "村名", "村（社区）", "村(社区)", "村（居）", "村(居)", "社区（村）", "村（社区）名称"}
)
_BROAD_TASK_COLUMNS = frozenset({"任务", "重点任务", "主要任务", "工作任务", "重点工作", "主要工作", "改革任务"})


# a role word heading a column under a merged header cell (责任单位 over 牵头 | 配合)
_KIND_OF_ROLE = {
    role: kind for kind, role in UNIT_COLUMN_ROLE.items()
}  # a label's role → its column's kind (responsible → single)
_SUB_KINDS = {label: _KIND_OF_ROLE.get(role, role) for label, role in SHORT_LABELS.items()}


def sub_header(cols: Columns, row: Sequence[str], above: Sequence[str] = ()) -> Columns | None:
    """The columns of a header of two rows: the row under the header, when every cell it fills names a
    column (``牵头`` | ``配合`` under a merged ``责任单位``), names those columns; None when it is no header row.
    A cell that repeats the header cell ``above`` it (a name merged over both rows, its value given to each)
    is that column's name again.

    >>> top = detect_columns(["序号", "工作任务", "责任单位", "", "完成时限"])
    >>> sub_header(top, ["", "", "牵头", "配合", ""]).kinds
    ('number', 'task', 'lead', 'support', 'deadline')
    >>> sub_header(top, ["1", "推进证照分离", "市市场监管局", "市司法局", "2024年6月"]) is None
    True
    >>> sub_header(detect_columns(["序号", "任务", "责任单位", "责任单位", "进度"]),
    ...            ["序号", "任务", "牵头单位", "配合单位", "进度"], ["序号", "任务", "责任单位", "责任单位", "进度"]).kinds
    ('number', 'task', 'lead', 'support', 'unknown')
    """
    kinds = list(cols.kinds) + ["unknown"] * (len(row) - len(cols.kinds))
    named = False
    for i, cell in enumerate(row):
        if not cell or (i < len(above) and cell == above[i]):
            continue
        if SECTION_ROW.match(cell):
            return None  # 一、重点行业领域安全治理: the first section's row under the header (round 32)
        kind = _SUB_KINDS.get(cell) or column_kind(cell)
        if kind == "unknown":
            if i < len(above) and above[i] and i < len(cols.kinds) and _merged_across(above, i):
                kind = cols.kinds[i]  # 总投资 | 其中：中央资金 under a merged 投资: parts of its column (round 38)
            elif (j := _spanned_by(above, i)) is not None and cols.kinds[j] in UNIT_KINDS and not is_unit_name(cell):
                kind = cols.kinds[j]  # 单位名称 | 牵头/配合 under a 责任单位 spanning both, the next cell left empty
            else:
                return None
        if i >= len(cols.kinds) or kind != cols.kinds[i] or i < len(above):
            named = True  # a column the row above did not name so, or named otherwise (一级指标 | 二级指标 under
            # 指标名称 merged over both: round 38)
        kinds[i] = kind
    below = Columns(tuple(kinds))
    return below if named and below.units else None


_HEADER_ROWS = 4  # rows: the most a table's header is written over


def _spanned_by(row: Sequence[str], i: int) -> int | None:
    """The header cell of ``row`` spanning column ``i`` as a page's ``colspan`` or a sheet's merge writes it, its
    name in its first cell and the cells it covers left empty: ``i`` itself when the next cell is empty, else the
    nearest named cell left of an empty ``i``; None when ``i`` is named alone or nothing is named before it (round
    58: ``责任单位`` over ``单位名称`` | ``牵头/配合``; before, only a name repeated over its span was read so).

    >>> [_spanned_by(["序号", "责任单位", "", "完成时限"], i) for i in range(4)]
    [None, 1, 1, None]
    >>> _spanned_by(["", "责任单位"], 0), _spanned_by(["责任单位", "完成时限"], 0)
    (None, None)
    """
    if i >= len(row):
        return None
    if row[i]:
        return i if i + 1 < len(row) and not row[i + 1] else None
    return next((j for j in range(i - 1, -1, -1) if row[j]), None)


def _merged_across(row: Sequence[str], i: int) -> bool:
    """Whether the header cell ``row[i]`` is merged across columns (its value repeated beside it)."""
    return (i > 0 and row[i - 1] == row[i]) or (i + 1 < len(row) and row[i + 1] == row[i])


_LIST_MARKS = "、，,；;：:/"


def unit_cell_text(value: str) -> str:
    """A unit cell whose units stand on lines of their own (a line break in an Excel or Word cell), or apart
    by spaces, written as one list: ``、`` between them, ``；`` before a labelled line, nothing before a
    bracket (``（牵头）`` on its own line is its unit's role) or next to a mark that already separates.
    A cell spelled out letter by letter (``市 财 政 局``) stays one name.

    >>> unit_cell_text("市司法局\\n市政务服务局"), unit_cell_text("市发展改革委\\n（牵头）\\n市财政局")
    ('市司法局、市政务服务局', '市发展改革委（牵头）、市财政局')
    >>> unit_cell_text("牵头：市税务局\\n配合：市财政局、\\n市人社局"), unit_cell_text("市 财 政 局")
    ('牵头：市税务局；配合：市财政局、市人社局', '市 财 政 局')
    >>> unit_cell_text("牵头 市教育局；配合 市财政局、市公安局")  # a label set apart by a space (round 35)
    '牵头：市教育局；配合：市财政局、市公安局'
    >>> unit_cell_text("县发改局、县 自然资源局"), unit_cell_text("县教育局、县\u3000财政局、县民政局")
    ('县发改局、县自然资源局', '县教育局、县财政局、县民政局')
    """
    pieces = value.split()
    if len(pieces) < 2 or any(len(p) < 2 for p in pieces):
        return value
    short = after_short_line(value) if "\n" in value else None
    out = pieces[0]
    for k, piece in enumerate(pieces[1:], 1):
        tail = _LAST_ITEM.split(out)[-1]
        if _ends_in_label(out):
            out += "：" + piece
        elif piece[0] in "（(" or piece[0] in _LIST_MARKS or out[-1] in _LIST_MARKS:
            out += piece
        elif is_unit_name(tail + piece.split("、", 1)[0]) and (
            (not is_unit_name(tail) and not (short and short[k])) or _word_across(tail, piece)
        ):
            # 县发改局、县　自然资源局: a space inside a name of the list (round 37); 区住房城乡 / 建设管理委: a name
            # broken by the column's width, not after a line short of it (街道 / 街道消防委: round 73); 区人力资源社 /
            # 会保障局: though 社 can end a name, the break splits a word, whatever the lines' widths (round 74 left44)
            out += piece
        elif LABEL.match(piece):
            out += "；" + piece
        else:
            out += "、" + piece
    return out


_LAST_ITEM = compiled("[、，,；;：:]")


# words a name holds whose first character can end a body's name (供销社, 卫生健康委): a line ending in it and the next
# opening with the word's second character is one name broken by the column's width; no body's name opening with 会
# or 员. 办公 alone is none (平安办 / 公安派出所: two bodies, held-out 36's ledger copy, where 公 opens many names), but
# 办公室 and 办公厅 are (市政府办 / 公室: no body's name opens with 公室 or 公厅; round 75 left45); so 办事处 (街道办 /
# 事处), 组织部 (县委组 / 织部: 组 ends 工作组), 联合会 (联 ends 妇联; 合作社 opens names), 司法局 and 司法所 (司 ends
# 公司; 法院 opens names), 科技局 and 科学技术 (科 ends a section's name), 行政审批, 行政执法 and 行政服务 (行 ends 农商行;
# 政务服务中心 opens names): what follows the break opens no body's name (round 76 left46)
_WORDS_ACROSS = (
    "社会",
    "委员",
    "办公室",
    "办公厅",
    "办事处",
    "组织部",
    "联合会",
    "司法局",
    "司法所",
    "科技局",
    "科学技术",
    "行政审批",
    "行政执法",
    "行政服务",
)
# a word's first character: the rests of the words it opens (str.startswith takes the tuple: one call a break)
_REST_AFTER = {w[0]: tuple(v[1:] for v in _WORDS_ACROSS if v[0] == w[0]) for w in _WORDS_ACROSS}


def _word_across(tail: str, piece: str) -> bool:
    """Whether the line break between ``tail`` and ``piece`` splits one of ``_WORDS_ACROSS`` (round 74 left44), its
    first character ending ``tail`` (round 75: a word of three characters; round 76: of four).

    >>> _word_across("区人力资源社", "会保障局"), _word_across("县卫生健康委", "员会"), _word_across("区供销社", "区财政局")
    (True, True, False)
    >>> _word_across("市政府办", "公室"), _word_across("平安办", "公安派出所"), _word_across("平安办", "公")
    (True, False, False)
    >>> _word_across("各街道办", "事处"), _word_across("县行", "政审批服务局"), _word_across("县农商行", "政务服务中心")
    (True, True, False)
    """
    return piece.startswith(_REST_AFTER.get(tail[-1:], ()))


def after_short_line(value: str) -> list[bool]:
    r"""For each piece of ``value.split()`` (a cell's lines), whether it opens a line after one narrower than the
    cell's widest by more than a character (round 73). A name broken by a column's width fills the line it breaks
    (less one character where a mark may not open the next), so the line before such a break is as wide as the
    cell's widest: a shorter one ended where its writer broke it, a name of its own (``街道`` over ``街道消防委``,
    ``公安`` / ``法院`` / ``检察`` / ``监察机关``: Alt+Enter between the units of a list). Widths as printed: a
    Chinese character two, an ASCII one.

    >>> after_short_line("街道\n街道消防委"), after_short_line("区住房城乡\n建设管理委\n区市场监管\n局")
    ([False, True], [False, False, False, False])
    >>> after_short_line("县发展和改革\n局\n县财政局"), after_short_line("县　自然资源局")
    ([False, False, True], [False, False])
    """
    lines = [line.split() for line in value.split("\n")]
    lines = [pieces for pieces in lines if pieces]
    widths = [sum(1 if ord(c) < 0x1100 else 2 for c in "".join(pieces)) for pieces in lines]
    widest = max(widths, default=0)
    out: list[bool] = []
    for k, pieces in enumerate(lines):
        out += [k > 0 and widths[k - 1] < widest - 2] + [False] * (len(pieces) - 1)
    return out


def _ends_in_label(text: str) -> bool:
    """Whether the last clause of ``text`` is a unit label alone (``牵头``, ``…；配合单位``): a space after it is its colon.

    >>> _ends_in_label("牵头"), _ends_in_label("市教育局；配合单位"), _ends_in_label("市教育局")
    (True, True, False)
    """
    last = text[max(text.rfind("；"), text.rfind(";")) + 1 :]
    return last in LABEL_ROLES  # the short labels (牵头, 配合) among them


def _next_header(
    cells: Sequence[Sequence[str]], header_at: int, cols: Columns, header_rows: Sequence[Sequence[str]]
) -> int | None:
    """Where a second table stacked under the one whose header is row ``header_at`` starts (its title rows, then a
    header of names of its own: 序号 | 工作内容 | 责任单位 | 协同单位 | 时间要求 under 序号 | 重点任务 | 牵头单位 …),
    else None (round 36). A row repeating one of ``header_rows`` is no second table (``repeats_header``).

    >>> rows = [["序号", "重点任务", "牵头单位"], ["1", "建平台", "市数据局"], ["二、长期工作", "", ""],
    ...         ["序号", "工作内容", "责任单位"], ["1", "建机制", "市财政局"]]
    >>> _next_header(rows, 0, detect_columns(rows[0]), rows[:1]), _next_header(rows[:3], 0, detect_columns(rows[0]), rows[:1])
    (2, None)
    """
    task = cols.task
    if task is None:
        return None
    for k in range(header_at + 2, len(cells)):
        named = _cell(cells[k], task)
        if (
            named
            and len(named) <= 12
            and COLUMN_KIND_OF.get(named) == "task"
            and not repeats_header(cells[k], header_rows)
            and detect_columns(cells[k]) is not None
        ) or heads_contacts(cells[k]):
            start = k
            while start - 1 > header_at + 1 and len({c for c in cells[start - 1] if c}) <= 1:
                start -= 1  # the new table's title rows (merged across) and the blank rows before them
            return start
    return None


# round 61 left29: a single unit column (责任单位 | 联络员 | 职务 | 联系电话) is a contacts list's column of its units, as
# 单位 is, when no other unit column is beside it; a lead's or partner's column names a role in a task (round 60's
# 牵头单位 | 联系人 | 联系电话 stays no list of contacts)
_NO_CONTACTS_COLUMN = frozenset(("task", "lead", "support", "deadline"))


def heads_contacts(row: Sequence[str]) -> bool:
    """Whether ``row`` names the columns of a list of contacts (``单位 | 联络员 | 职务 | 联系电话``): a person's column
    and a phone's, and none of a task's, a unit's role or a deadline. Under a task table on the same sheet (a
    workbook's 附：联络员名单) it starts a table of its own, whose rows are people, no tasks (round 60).

    >>> heads_contacts(["单位", "联络员", "职务", "联系电话"]), heads_contacts(["序号", "重点任务", "责任人", "联系电话"])
    (True, False)
    >>> heads_contacts(["县农业农村局", "周某某", "股长", "13807450101"]), heads_contacts(["牵头单位", "联系人", "联系电话"])
    (False, False)
    >>> heads_contacts(["责任单位", "联络员", "职务", "联系电话"]), heads_contacts(["责任单位", "协办单位", "联系人", "联系电话"])
    (True, False)
    """
    filled = [c for c in row if c]
    if len(filled) < 2 or not any(len(c) <= 8 and c.endswith(PHONE_LABELS) for c in filled):
        return False
    kinds = [column_kind(c) for c in filled]
    return (
        "person" in kinds
        and "phone" in kinds
        and kinds.count("single") <= 1  # 责任单位 alone: the list's units (round 61)
        and _NO_CONTACTS_COLUMN.isdisjoint(kinds)
    )


def _holds_processing_times(cells: list[list[str]], start: int, col: int) -> bool:
    """Whether column ``col`` of the rows from ``start`` gives times to settle an application (``5个工作日``, ``即办``:
    a 政务服务 list's 办结时限), every filled cell of it, and has one at least (round 42).

    >>> _holds_processing_times([["1", "5个工作日"], ["2", "即办"], ["3", ""]], 0, 1)
    True
    >>> _holds_processing_times([["1", "5个工作日"], ["2", "2024年6月底前"]], 0, 1)
    False
    """
    filled = [row[col] for row in cells[start:] if col < len(row) and row[col].strip()]
    return bool(filled) and all(is_processing_time(cell) for cell in filled)


def _adjusted_deadline(cols: Columns, header_rows: Sequence[Sequence[str]]) -> int | None:
    """The deadline column: one named as moved (``调整后完成时限`` beside ``完成时限``: round 36), else the first.

    >>> header = ["序号", "任务", "牵头单位", "完成时限", "调整后完成时限"]
    >>> _adjusted_deadline(detect_columns(header), [header]), _adjusted_deadline(detect_columns(header[:4]), [header[:4]])
    (4, 3)
    """
    for i, kind in enumerate(cols.kinds):
        if kind == "deadline" and any(i < len(r) and r[i].startswith(_ADJUSTED) for r in header_rows):
            return i
    return cols.first("deadline")


_ADJUSTED = ("调整后", "延期后", "变更后", "调整为")


def repeats_header(row: Sequence[str], names: Sequence[Sequence[str]]) -> bool:
    """True when ``row`` is the header again (after a page break): two or more filled cells, each naming its
    column as a row of the header ``names`` does. A header of two rows may come back as either row, both, or
    one flat row of the names each column ends up with.

    >>> upper, lower = ["序号", "任务", "责任单位", "", "完成时限"], ["", "", "牵头单位", "配合单位", ""]
    >>> [repeats_header(r, [upper, lower]) for r in (upper, lower, ["序号", "任务", "牵头单位", "配合单位", "完成时限"])]
    [True, True, True]
    >>> repeats_header(["1", "任务", "牵头单位", "", ""], [upper, lower]), repeats_header(["", "任务"], [upper])
    (False, False)
    """
    filled = 0
    for i, cell in enumerate(row):
        if not cell:
            continue
        if not any(i < len(r) and r[i] == cell for r in names):
            return False
        filled += 1
    return filled >= 2


# ---- real rows ------------------------------------------------------------------------------------

SUMMARY_ROW = compiled(r"^(?:汇总|合计|总计|小计)$")
_EMPTY_ROW = compiled(r"\d{1,4}|[（(]?以下(?:空白|无正文)[)）]?")  # a row's number alone, or the mark closing a form


# the numbers of a cell's list of units (1. 2、 （1） ①), each before a name
_CELL_NUMBERS = compiled(
    r"\s*(?:(?:^|(?<=[\s、，,；;。]))\d{1,2}[.．、](?!\d)|[（(]\d{1,2}[)）]|[①-⑳])\s*(?=[\u4e00-\u9fff])"
)
_NUMBER_FIRST = frozenset("123456789（(①②③④⑤⑥⑦⑧⑨⑩")


def cell_units(value: str, role: str, line: int) -> tuple[list[RoleUnit], str | None]:
    """The units of one unit cell, read with its column's role (labels written in the cell win), and the
    deadline the cell states after them (``A牵头，B配合，2023年底前完成``), else None.

    >>> units, deadline = cell_units("区财政局牵头，区税务局配合，2023年底前完成", "responsible", 7)
    >>> [(u.name, u.role, u.pos) for u in units], deadline
    ([('区财政局', 'lead', 7), ('区税务局', 'support', 7)], '2023年底前完成')
    >>> [(u.name, u.role) for u in cell_units("发展规划司（牵头）；市场与信息化司", "responsible", 7)[0]]
    [('发展规划司', 'lead'), ('市场与信息化司', 'responsible')]
    >>> [(u.name, u.role) for u in cell_units("市城管局（牵头）、市水务集团", "lead", 7)[0]]  # round 71 left41
    [('市城管局', 'lead'), ('市水务集团', 'responsible')]
    >>> [u.name for u in cell_units("——县财政局、县审计局", "lead", 7)[0]], cell_units("——", "lead", 7)  # round 81
    (['县财政局', '县审计局'], ([], None))
    """
    if not value or value in EMPTY_CELL:
        return [], None
    if value[0] in _CELL_DASHES and "\u4e00" <= (bare := value.lstrip(_CELL_DASHES))[:1] <= "\u9fff":
        value = bare  # ——县财政局, —县审计局: a dash opening the cell sets its units off, no name's (round 81 left51)
    if value[0] in _NUMBER_FIRST and (numbered := _CELL_NUMBERS.sub("、", value).strip("、")) != value:
        value = numbered  # 1.区税务局 2.区医保局, （1）区税务局（2）区医保局: a numbered list of units (round 38)
    if not _UNIT_MARKS.isdisjoint(value):  # ★区住建局、区财政局: the marked unit leads, as a matrix's ★ (round 44)
        # in a 责任单位 column; in a lead or supporting column the column says the role, and a mark is a bullet
        value = _MARKED_UNIT.sub(_marked_role if role == "responsible" else r"\2", value)
    labelled = read_region(value, 0, len(value), require_label=True) if "：" in value or ":" in value else None
    if labelled is None and "；" in value:
        value = value.replace("；", "，")  # 发展规划司（牵头）；市场与信息化司: a unit cell's ； lists units (round 37)
    if role == "lead" and labelled is None and "（牵头）" in value:
        # 牵头单位 cell 市城管局（牵头）、市水务集团: the bracket marks the lead among the cell's units, the others support,
        # as in a 责任单位 cell (round 71 left41; before, every unit of the lead column led)
        role = "responsible"
    read = labelled if labelled is not None and labelled.units else read_field(value, role)
    deadline = read.deadline if read.deadline and parse_deadline(read.deadline).status else None
    return [
        RoleUnit(u.name, u.role, line, u.written, u.implied) for u in read.units if not names_a_post(u.name)
    ], deadline


_CELL_DASHES = "—－-─–"  # the dashes a unit cell may open with (a list's dash; alone, a cell holding nothing)
_UNIT_MARKS = frozenset(UNIT_MARKS)
_MARKS = "".join(sorted(_UNIT_MARKS))
# a mark opening a unit of a list: ★区住建局、区财政局 (the unit ends at the next separator or mark)
_MARKED_UNIT = compiled(rf"(?:^|(?<=[、，,；;\s]))([{_MARKS}])([^、，,；;\s{_MARKS}]+)")
_MARK_BRACKETS = {"lead": "（牵头）", "support": "（配合）"}


def _marked_role(m: re.Match) -> str:
    """A unit opened by a mark, written with the mark's role in brackets (``★A`` → ``A（牵头）``; ``√A`` → ``A``).

    >>> _MARKED_UNIT.sub(_marked_role, "★区住建局、区财政局、☆各街道")
    '区住建局（牵头）、区财政局、各街道（配合）'
    """
    return m.group(2) + _MARK_BRACKETS.get(MARK_ROLES[m.group(1)], "")


def _two_row_header(cells: list[list[str]]) -> int | None:
    """Where a header of two rows ends whose rows name the columns only together (``序号 | 重点任务 | 责任分工 | |
    完成时限`` over `` | | 牵头单位 | 配合单位 |``: the upper's group cell a word no column is named by, and its merge
    lost, as a CSV loses it): that row of ``cells``, rewritten as the two rows read as one; else None (round 31).

    >>> cells = [["序号", "重点任务", "责任分工", "", "完成时限"], ["", "", "牵头单位", "配合单位", ""], ["1", "推进", "甲局", "", ""]]
    >>> _two_row_header(cells), cells[1]
    (1, ['序号', '重点任务', '牵头单位', '配合单位', '完成时限'])
    """
    for i in range(min(14, len(cells) - 1)):
        upper, lower = cells[i], cells[i + 1]
        if sum(1 for c in upper if c) < 2 or not any(lower):
            continue
        width = max(len(upper), len(lower))
        joined = [(lower[k] if k < len(lower) else "") or (upper[k] if k < len(upper) else "") for k in range(width)]
        if detect_columns(joined):
            cells[i + 1] = joined
            return i + 1
    return None


def key_value_record(cells: Sequence[Sequence[str]]) -> list[list[str]] | None:
    """A table of one task written as a card, a field a row (``项目名称 | 青山县供水工程``, ``牵头单位 | 县水利局`` …),
    as a header row of its labels over a row of its values; None for any other table (round 37). A card names a
    task and a unit, and most of its labels are column names.

    >>> key_value_record([["项目名称", "供水工程"], ["牵头单位", "县水利局"], ["完成时限", "2026年9月底前"]])
    [['项目名称', '牵头单位', '完成时限'], ['供水工程', '县水利局', '2026年9月底前']]
    >>> key_value_record([["责任单位", "工作任务"], ["县水利局", "供水工程"], ["县财政局", "资金保障"]]) is None
    True
    """
    if not 2 <= len(cells) <= _CARD_ROWS:
        return None
    labels: list[str] = []
    values: list[str] = []
    for row in cells:
        filled = [c for c in row if c]
        if not filled:
            continue
        if len(set(filled)) > 2:
            return None
        labels.append(filled[0])
        values.append(next((c for c in filled[1:] if c != filled[0]), ""))
    kinds = [column_kind(label) for label in labels]
    if "task" not in kinds or not any(k in UNIT_KINDS for k in kinds) or kinds.count("unknown") * 2 > len(kinds):
        return None
    return [labels, values]


_CARD_ROWS = 20  # rows: the most fields a card holds


def _owner(title: str) -> str | None:
    """The unit a table of tasks is of, named at the start of its title (a sheet's, the heading above it): a
    department's list in a plan broken down by department, else None (a place's name is the plan's, not a unit's).

    >>> _owner("区教育局2026年深化改革重点任务清单"), _owner("区卫生健康委任务清单"), _owner("江城市2026年重点任务清单")
    ('区教育局', '区卫生健康委', None)
    >>> _owner("区财政局"), _owner("区财政局牵头任务清单"), _owner("Sheet1")
    ('区财政局', '区财政局', None)

    A sheet's number, the count of its tasks and a 牵头 after the name are no part of it (round 46: a workbook of a
    sheet per lead names them so; before, no lead and the rows no task):

    >>> _owner("1.省发展改革委"), _owner("省发展改革委（3项）"), _owner("省工信厅(2)"), _owner("省商务厅牵头")
    ('省发展改革委', '省发展改革委', '省工信厅', '省商务厅')
    """
    title = _COUNTED.sub("", strip_enumerator(title)) if title[:1].isdigit() or title[-1:] in "）)" else title
    m = _OWNER_TITLE.match(title)
    if m is None and not (len(title) <= _NAME_MAX + 8 and is_unit_name(title)):
        return None
    name = m.group(1) if m is not None else title  # a sheet named by its unit alone: 区财政局 (round 39)
    return name if is_unit_name(name) and not name.endswith((*PLACE_ENDS, "新区", "街道")) else None


def _positioned_sections(
    rows: Sequence[Sequence[object]],
    cells: list[list[str]],
    first_row: int,
    title: str,
    carry_units: bool,
    row_lines: Sequence[int] | None,
) -> list[Section]:
    """The sections of a table no header row of which was recognised, read by the columns' numbers the user gave
    (``--columns "2=任务,3=牵头"``: ``column_spec.positioned_header``); [] with no such spec, as without one.

    >>> from reformgraph.loaders.column_spec import columns_given, parse_columns
    >>> rows = [["某县任务表", "某县任务表", "某县任务表"], ["1", "建设平台", "县大数据局"], ["2", "清理证明", "县司法局"]]
    >>> table_sections(rows)
    []
    >>> with columns_given(parse_columns("2=任务,3=牵头")):
    ...     [(d.text, d.line) for s in table_sections(rows) for d in s.drafts]
    [('建设平台', 2), ('清理证明', 3)]
    """
    given = given_columns()
    if given is None or not given.spec.positions:
        return []
    at = positioned_header(cells, given.spec)
    if at is None:
        return []
    header = given.spec.header_row(max(map(len, cells)))
    if detect_columns(header) is None:
        return []
    lines = list(row_lines) if row_lines is not None else [first_row + k for k in range(len(rows))]
    return table_sections(
        [*rows[:at], header, *rows[at:]],
        first_row=first_row,
        title=title,
        carry_units=carry_units,
        row_lines=[*lines[:at], lines[at], *lines[at:]],
    )


# a title that opens with a unit's name: 区教育局2026年…清单, 区卫生健康委任务清单, 区民政局关于…的任务分工; a
# sheet's name that is a unit's with its role: 省商务厅牵头 (round 46)
_OWNER_TITLE = compiled(
    r"(.{3,20}?)(?:\d{4}年|关于|(?:牵头|负责|承担)?(?:重点|改革|工作)*(?:任务|工作|事项)(?:清单|台账|分工|表)"
    r"|(?:牵头|负责)(?:任务|事项)?$)"
)
# the count of a sheet's tasks after its unit's name: 省发展改革委（3项）, 省工信厅(2)
_COUNTED = compiled(r"[（(]\d{1,3}[项个条]?[）)]$")


def table_sections(
    rows: Sequence[Sequence[object]],
    *,
    first_row: int = 1,
    title: str = "工作任务",
    carry_units: bool = True,
    row_lines: Sequence[int] | None = None,
) -> list[Section]:
    """Workplan sections of one table (rows of cells); [] when it is not a task table.

    ``title`` names the table's tasks unless a title row above its header does (``title_row``).
    ``first_row`` is the row number of ``rows[0]`` (a task's ``line`` is its row); with
    ``carry_units`` a row without a unit cell takes the previous task's units (a merged
    cell, as csv loses it); ``row_lines`` gives each row's line number instead. Each
    section also unpacks as the former ``(title, first_row, tasks)`` triple.
    """
    cells = [[compact(str(c)) if c is not None else "" for c in row] for row in rows]
    record = key_value_record(cells)
    if record is not None:  # 项目名称 | … / 牵头单位 | … / 完成时限 | …: one task a table, as a header and its row
        cells = rows = record
    cells = matrix_as_columns(cells, column_kind)  # a column per unit, marks in the rows (round 35)
    by_unit = by_unit_as_rows(cells)  # a row per unit, its tasks in its cells (round 36)
    if by_unit is not None:
        cells, lines = by_unit
        row_lines = [row_lines[k] if row_lines is not None else first_row + k for k in lines]
        rows = cells
    header_at = next((i for i, row in enumerate(cells[:15]) if detect_columns(row)), None)
    if header_at is None:
        header_at = _two_row_header(cells)
    if header_at is None:
        # no unit column: the units in labelled fields closing the task cells (【牵头单位】A【配合单位】B, round 76),
        # imported here, where a table has no unit header (the text plans' parse never loads it)
        from reformgraph.loaders.field_cells import fields_as_columns

        fielded = fields_as_columns(cells, column_kind)
        if fielded is not None:
            cells = rows = fielded
            header_at = next((i for i, row in enumerate(cells[:15]) if detect_columns(row)), None)
    if header_at is None:
        return _positioned_sections(rows, cells, first_row, title, carry_units, row_lines)
    cols = detect_columns(cells[header_at])
    given, title = title, title_row(cells[:header_at]) or title
    owner = None
    if "support" in cols.kinds and not any(k in ("lead", "single") for k in cols.kinds):
        # a title row naming the plan (青崖市2026年…清单) over a sheet named by its lead (市商务局): the sheet's name
        # says whose the tasks are (round 61)
        owner = _owner(title) or (_owner(given) if given != title else None)
    if owner is not None:  # 区教育局任务清单 | 配合单位 …: the unit the table is of leads its rows (round 37)
        cells = [
            row if k < header_at else [*row, "牵头单位" if k == header_at else owner] for k, row in enumerate(cells)
        ]
        rows = [row if k < header_at else [*row, cells[k][-1]] for k, row in enumerate(rows)]
        cols = detect_columns(cells[header_at])
    header = cells[header_at]
    header_rows = [header]  # the rows naming the columns: a row repeating them is the header again
    while header_at + 1 < len(cells) and len(header_rows) < _HEADER_ROWS:
        below = sub_header(cols, cells[header_at + 1], cells[header_at])
        if below is None:
            break
        # 责任单位 over 牵头 | 配合: the row under the header names the columns; and a third or fourth row under
        # that (任务分工及进度安排 / 责任分工 | 进度安排 / 牵头 | 配合 | 完成时限: round 38)
        cols, header_at = below, header_at + 1
        header_rows.append(cells[header_at])
    second = _next_header(cells, header_at, cols, header_rows)
    if second is not None:  # a second table under the first, its header naming its columns in words of its own
        return [
            *table_sections(
                rows[:second], first_row=first_row, title=title, carry_units=carry_units, row_lines=row_lines
            ),
            *table_sections(
                rows[second:],
                first_row=first_row + second,
                title=title,
                carry_units=carry_units,
                row_lines=row_lines[second:] if row_lines is not None else None,
            ),
        ]
    # 责任单位 | 责任分工 (牵头 / 配合): the column says the role of its row's units (round 57)
    role_col = role_column(cells, header_at + 1, cols)
    if role_col is not None:
        cols = Columns(tuple("other" if i == role_col else k for i, k in enumerate(cols.kinds)))
    # units (and people: 李某某 / 赵某某, round 34) on lines of their own in a cell are a list, not one name
    listed = [*cols.units, *(i for i, k in enumerate(cols.kinds) if k in PEOPLE_ROLES)]
    for k in range(header_at + 1, len(rows)):
        for i in listed:
            value = rows[k][i] if i < len(rows[k]) else None
            if isinstance(value, str) and len(value.split()) > 1:
                cells[k][i] = compact(unit_cell_text(value))
    groups: list[tuple[str, int, list[Draft]]] = []
    current: tuple[str, int, list[Draft]] | None = None
    prev: Assignment | None = None
    task_col = cols.task
    deadline_col = _adjusted_deadline(cols, header_rows)
    section_col = cols.first("section")

    # person columns (责任领导, 责任人, 联系电话), each with its name (the lower header row's, else the upper's)
    def header_name(i: int) -> str:  # a column's name: the lower header row's, else the upper's
        return next((r[i] for r in (cells[header_at], header) if i < len(r) and r[i]), "")

    lead_people = [i for i, k in enumerate(cols.kinds) if k == "person" and header_name(i).startswith("牵头")]
    person_cols = [  # a column of two things is named by its first (责任人及联系方式: 责任人)
        (i, _JOINED.split(header_name(i) or "责任人", 1)[0]) for i, k in enumerate(cols.kinds) if k in PEOPLE_ROLES
    ]

    # a stage column (阶段: 集中整治阶段（5月—10月）) beside a deadline column (完成时限: 6月30日前): the deadline's cell,
    # and the stage's only where it is blank (round 39)
    stage_col = None
    if deadline_col is not None and compact(header_name(deadline_col)) in _STAGE_COLUMNS:
        named = [i for i, k in enumerate(cols.kinds) if k == "deadline" and i != deadline_col]
        if (other := next((i for i in named if compact(header_name(i)) not in _STAGE_COLUMNS), None)) is not None:
            stage_col, deadline_col = deadline_col, other

    if deadline_col is not None and _holds_processing_times(cells, header_at + 1, deadline_col):
        # 承诺办结时限 | 上线时间: the time a service takes is no deadline; another deadline column, else none (round 42)
        deadline_col = next(
            (
                i
                for i, k in enumerate(cols.kinds)
                if k == "deadline" and i != deadline_col and not _holds_processing_times(cells, header_at + 1, i)
            ),
            None,
        )

    get = _cell
    # with no deadline column, a schedule of periods (一季度 … 四季度, 1月 … 12月): a row's deadline is the last
    # period its cells mark or fill (round 37)
    periods = (
        [(i, name) for i, k in enumerate(cols.kinds) if k == "milestone" and _PERIOD.fullmatch(name := header_name(i))]
        if deadline_col is None
        else []
    )
    if periods:  # 2026年 | 2027年 | 长期坚持: a continuing column after the periods, its mark ongoing (round 77)
        periods += [(i, name) for i, name in enumerate(map(header_name, range(len(cols.kinds)))) if continuing(name)]
        periods.sort()
    detail_cols = [i for i, k in enumerate(cols.kinds) if k == "detail"]
    # the cells a row's deadline may be stated in when no column holds one: its detail columns and, as the plan's text
    # reads a flattened row (flat_tables), an unnamed text column before its units (任务类型 | 重点内容 | 责任单位:
    # round 78 word01; before, ``…2026年底前，完成…`` in a Word table's 重点内容 cell was no deadline)
    dated_cols = sorted({*detail_cols, *cols.described})
    # a 台账's 进展情况 column: its 已完成 marks the row's task done, as a 进展情况 field does (round 41)
    # round 42: and its status columns (整改状态, 是否销号, 1月进展 …), which the header reads as of no kind it knows
    progress_cols = [
        (i, name)
        for i, k in enumerate(cols.kinds)
        if k in ("other", "unknown") and names_progress_column(name := compact(header_name(i)))
    ]
    note_cols = [i for i, k in enumerate(cols.kinds) if k == "other" and header_name(i).startswith(_NOTE_COLUMNS)]
    # the levels above the task (二级任务 of 一级 | 二级 | 三级任务): a row with no task of the lowest level is one
    upper_levels = [i for i in detail_cols if section_col is not None and section_col < i < (task_col or 0)]
    number_col = cols.first("number")
    if number_col is not None:
        _give_level_rows_units(cells, header_at + 1, number_col, cols.units, deadline_col)
    # numbered as a decimal outline (1.1, 1.2 under 1): a whole number's row with no unit and no deadline is a
    # group's title, not a task (round 30)
    outline = number_col is not None and any(
        _DECIMAL_CELL.fullmatch(get(r, number_col)) for r in cells[header_at + 1 : header_at + 200]
    )
    above: list[str] = []  # the last task's row
    stage = ""  # the stage column's last cell: a stage's cell merged down over its rows (round 62)
    lead_col = cols.first("lead", "single")
    for k, row in _numbered_rows(cells, rows, header_at + 1, task_col, [*cols.units, deadline_col], lead_col):
        number = row_lines[k] if row_lines is not None else first_row + k
        filled = [c for c in row if c]
        if not filled or repeats_header(row, header_rows):
            continue
        if _NOTE_ROW.match(filled[0]) or _SIGN_OFF_ROW.match(filled[0]) or _unit_sign_off(filled):
            # 注：…联系人：…, merged across or not: a note under the table, no task and no group (round 33); 填表人：…
            # 审核人：… 联系电话：…, a form's sign-off (round 37); a unit's name then 联系人： (round 65)
            continue
        if _EMPTY_ROW.fullmatch(filled[0]) and len(filled) == 1:
            continue  # a row of its number alone, （以下空白）: a placeholder, no group's heading (round 37)
        if SUMMARY_ROW.match(filled[0]) or SUMMARY_ROW.match(get(row, number_col)):
            continue  # 合计 | 2项: the table's sums, in its number column too (round 37)
        if above and any("同" in c or c in DITTO_MARKS for c in filled):
            row = ditto_filled(row, above, header_rows[-1])
        if role_col is not None and above and _unit_row_of_merged_task(row, cols, task_col, number_col):
            # 区住建局 | 配合 under a task whose number and text cells were merged (lost in a csv, cut where a Word
            # table is split): a unit row of that task, as the role column says of each row (round 58)
            row = _merged_cells_filled(row, above, (task_col, number_col, deadline_col))
        task = get(row, task_col) or next((get(row, i) for i in reversed(upper_levels) if get(row, i)), "")
        if task.startswith(_EXAMPLE_MARKS):
            continue  # （示例）推进…: a form's example row, no task (round 38)
        if not task and current is not None and current[2] and _partners_only(row, cols):
            # a row of partners alone: more partners of the task above (a merge cut where a Word table is split over
            # a page; round 58: before, a group's heading named by the partner)
            current[2][-1] = _continued(current[2][-1], row, cols, number)
            prev = current[2][-1].assignment
            continue
        unit_values = [(i, get(row, i)) for i in cols.units]
        heading = next((c for c in filled if SECTION_ROW.match(c)), None)
        lone = len(set(filled)) == 1 and (len(filled) > 1 or not task)  # merged across, or outside the task column
        if not lone and task and _CN_NUMBER_CELL.fullmatch(get(row, number_col)) and len(set(filled)) == 2:
            # 一 | 推动科技创新… merged over every other column: a group's heading numbered in its own cell (round 39)
            lone = sum(c == task for c in filled) == len(filled) - 1 > 1
        group_row = (
            task
            and (
                (outline and _WHOLE_NUMBER_CELL.fullmatch(get(row, number_col)))
                # 1.1 over rows numbered 1.1.1, 1.1.2: an outline's heading of a lower level (round 78)
                or (outline and _outline_heading(get(row, number_col), cells[k + 1 : k + 3], number_col))
                # numbered 一 or （一） over rows numbered 1, 2 (round 31), or titled so in the task cell
                or _CN_NUMBER_CELL.fullmatch(get(row, number_col))
                or (not get(row, number_col) and _CN_NUMBER_CELL.match(task))
            )
            and not any(v for _, v in unit_values)
            and not get(row, deadline_col)
        )
        if lone or group_row or (heading and not any(v for _, v in unit_values)):
            if group_row:
                opening = _CN_NUMBER_CELL.match(task)
                name = task[opening.end() :] if opening else task  # （三）数字化转型: the group's words
            else:
                name = SECTION_ROW.sub("", heading or (task if filled[0] == get(row, number_col) else filled[0]))
            if not name and task:
                name = task
            current = (name or filled[0], number, [])
            groups.append(current)
            prev = None
            continue
        if not task and current is not None and current[2] and _goes_on_open(row, above, cols):
            # 县城管局、 / 县住建局 with no task, number or lead of its own: the row above, broken at a page (round 37)
            current[2][-1] = _continued(current[2][-1], row, cols, number)
            prev = current[2][-1].assignment
            continue
        if not task or SUMMARY_ROW.match(task):  # a 合计 row: the table's sums, no task (round 34)
            continue
        if current is not None and current[2] and continues_row(row, above, cols, merges_lost=carry_units):
            current[2][-1] = _continued(current[2][-1], row, cols, number)
            prev = current[2][-1].assignment
            continue
        section = get(row, section_col)
        if section and (current is None or current[0] != section):
            current = (section, number, [])
            groups.append(current)
        if current is None:
            current = (title, number, [])
            groups.append(current)
        read_cells = [cell_units(v, UNIT_COLUMN_ROLE[cols.kinds[i]], number) for i, v in unit_values]
        units = [u for found, _ in read_cells for u in found]
        if role_col is not None and (said := row_role(get(row, role_col), cells[header_at][role_col])) is not None:
            units = [u._replace(role=said) if u.role == "responsible" else u for u in units]
            if noted := noted_partners(get(row, role_col), number):  # 牵头，B协助 (round 59); 配合，B (round 60)
                named = {u.name for u in units}
                units = [*units, *(u for u in noted if u.name not in named)]
        if lead_people:  # 陈立新（市发展改革委） under 牵头市领导（牵头单位）: the unit in brackets leads (round 38)
            units = [*_bracketed_units(row, lead_people, number, get), *units]
        deadline = get(row, deadline_col) or get(row, stage_col) or next((d for _, d in read_cells if d), None)
        if stage_col is not None:
            stage = get(row, stage_col) or stage
            if stage and (not deadline or deadline.startswith(_THIS_STAGE)):
                # 本阶段结束前, or no deadline under a stage's cell merged down: the row's stage's end (round 62)
                deadline = stage
        if deadline is None and periods:
            deadline = next((name for i, name in reversed(periods) if get(row, i) not in _NOTHING_MARKED), None)
        if deadline is None and deadline_col is None and dated_cols:
            # 目标值 “…，6月底前完成年度集中征缴”: with no deadline column, a date a target or content cell states (round 37)
            deadline = next((d for i in dated_cols if (d := dated_words(get(row, i))) is not None), None)
        if deadline is None and deadline_col is None and note_cols:  # 备注 2026年6月底前, 按季度推进 (round 55)
            deadline = next((d for i in note_cols if (d := noted_deadline(get(row, i))) is not None), None)
        if progress_cols:
            deadline = _ledger_status(deadline, [(name, get(row, i) or "") for i, name in progress_cols])
        if (
            deadline_col is not None
            and note_cols
            and any((get(row, i) or "").strip() in _DONE_NOTES for i in note_cols)
        ):
            # 完成时限 2026年3月底前 | 备注 已完成: the note reports the task done, as a 进展情况 column's does; the
            # deadline stays the column's (SPEC, round 74 left44; before, a note beside a deadline column gave nothing)
            deadline = _ledger_status(deadline, [("进展情况", "已完成")])
        # 承接部门 written —: the row says it has no lead (a power cancelled, not handed down): none carried from
        # above, and the units it names do the work (round 39)
        no_lead = any(
            cols.kinds[i] in ("lead", "single") and i < len(row) and row[i] in _NONE_MARKS for i in cols.units
        )
        if no_lead and units and all(u.role == "support" for u in units):
            units = [u._replace(role="responsible") for u in units]
        elif carry_units and prev is not None and not no_lead:
            units = _carry(units, prev, cols, unit_values)
        if not units:
            continue
        for i in note_cols:  # a 备注 cell naming the lead (round 40) or partners (round 44)
            units = note_units(units, get(row, i), number)
        people = tuple((name, v, number) for i, name in person_cols if (v := get(row, i))) if person_cols else ()
        persons = [u for u in units if names_a_person(u.name) and not is_unit_name(u.name)]
        if persons:  # 市数据局 / 王某某 in a 责任单位及责任人 cell: the unit's person, no unit (round 31)
            people += tuple(("责任人", u.name, number) for u in persons)
            units = [u for u in units if u not in persons]
            if not units:
                continue
        if current[2] and one_spanned_task(row, above, (task_col, number_col, deadline_col)):
            # the task's number, text and deadline spanned over rows of a unit each: its units joined (round 57),
            # and a row's own deadline added to the task's (files20)
            current[2][-1] = _with_row_units(current[2][-1], units, people, deadline)
            prev, above = current[2][-1].assignment, row
            continue
        assignment = Assignment(units=tuple(units), deadline=deadline, labelled=True, anchor=number, people=people)
        current[2].append(Draft(strip_enumerator(task), number, assignment))
        prev, above = assignment, row
    named = [g for g in groups if g[2]]
    if (
        section_col is not None
        and column_kind(header_name(section_col)) == "task"  # 重点任务 over 具体措施, not a 类别 or 领域 column
        and len(named) >= _ONE_ROW_GROUPS
        and all(len(ds) == 1 for _, _, ds in named)
    ):  # 重点任务 | 具体措施 with a task a row, none merged or repeated (round 37; before, a workplan a row)
        groups = _rows_named_by_group(groups, title)
    return [Section(t, line, tuple(_sub_rows_joined(ds))) for t, line, ds in groups if ds]


_NAME_AND_UNIT = compiled(r"([\u4e00-\u9fff]{2,4})[（(]([^（()）]{2,30})[)）]")


def _bracketed_units(row, columns: list[int], line: int, get) -> list[RoleUnit]:
    """The units written in brackets after the people of a lead person column (``陈立新（市发展改革委）``): they lead.

    >>> [u.name for u in _bracketed_units(["陈立新（市发展改革委）"], [0], 3, lambda r, i: r[i])]
    ['市发展改革委']
    """
    out = []
    for i in columns:
        for m in _NAME_AND_UNIT.finditer(get(row, i)):
            if is_unit_name(m.group(2)) and not is_unit_name(m.group(1)):
                out.append(RoleUnit(m.group(2), "lead", line))
    return out


# a column of notes beside the unit columns (备注, 说明): a cell there may name the row's lead (round 40)
_NOTE_COLUMNS = ("备注", "说明")
# a note that is a status word alone, the row's task reported done (round 74 left44; 已完成选址, a step, is none)
_DONE_NOTES = ("已完成", "已办结")


def note_units(units: list[RoleUnit], note: str, line: int) -> list[RoleUnit]:
    """``units`` of a row as its 备注 cell ``note`` changes them: the lead it names (``_note_leads``, when the row
    names none), and the partners it names with a supporting verb (``B配合保障资金``, ``需B、C配合办理用地手续``:
    round 44), added as supports.

    >>> units = [RoleUnit("县卫生健康局", "responsible", 5)]
    >>> [(u.name, u.role) for u in note_units(units, "需县自然资源局、县林业局配合办理用地手续", 5)]
    [('县卫生健康局', 'responsible'), ('县自然资源局', 'support'), ('县林业局', 'support')]
    >>> note_units(units, "市级考核指标", 5) == units, note_units(units, "配合做好宣传", 5) == units
    (True, True)

    A clause listing partners under their label (``配合单位：B、C``) or after ``会同`` (the row's unit 会同 B) names
    them too (round 60):

    >>> [u.name for u in note_units(units, "配合单位：县财政局、县城投集团；方案报县政府审定", 5)[1:]]
    ['县财政局', '县城投集团']
    >>> [u.name for u in note_units(units, "会同县水利局", 5)[1:]], note_units(units, "会同有关方面研究", 5) == units
    (['县水利局'], True)
    """
    if not note:
        return units
    if "牵头" in note and not any(u.role == "lead" for u in units):
        units = _note_leads(units, note, line)
    if not any(word in note for word in _NOTE_PARTNER_WORDS):
        return units
    named = {u.name for u in units}
    for a, b in split_outside(note, _NOTE_CLAUSE, 0, len(note)):
        listed = _listed_partners(note[a:b], line)
        a += note.startswith(_NOTE_ASKS, a)  # 需B配合…, 请B配合…: the units after the word asking them
        for u in listed or clause_partners(note, a, b):
            if u.name not in named and is_unit_name(u.name):
                units = [*units, RoleUnit(u.name, "support", line)]
                named.add(u.name)
    return units


def _listed_partners(clause: str, line: int) -> list[RoleUnit]:
    """The units a 备注's ``clause`` lists as partners under a supporting label (``配合单位：B、C``, ``协办单位：B``)
    or after ``会同`` (``会同B``), each a unit's name; [] for any other clause (round 60).

    >>> [u.name for u in _listed_partners("协办单位：县财政局、县审计局", 5)], _listed_partners("牵头单位：县财政局", 5)
    (['县财政局', '县审计局'], [])
    >>> _listed_partners("配合单位：另行明确", 5), _listed_partners("会同相关方面研究", 5)
    ([], [])
    """
    label = LABEL.match(clause)
    if label is not None and label_role(label[1]) == "support":
        names = clause[label.end() :]
    elif clause.startswith("会同"):
        names = clause[2:]
    else:
        return []
    listed = [name for name in LIST_MARK.split(names.rstrip("。")) if name]
    if not listed or not all(is_unit_name(name) for name in listed):
        return []
    return [RoleUnit(name, "support", line) for name in listed]


_NOTE_PARTNER_VERBS = ("配合", "协助", "参与", "协同")
# the cheap test before a 备注's clauses are read: a partner's verb, 会同, or a label's colon (round 60)
_NOTE_PARTNER_WORDS = (*_NOTE_PARTNER_VERBS, "会同", "：", ":")
_NOTE_CLAUSE = "，,；;。"
_NOTE_ASKS = ("需", "请", "由")


def _note_leads(units: list[RoleUnit], note: str, line: int) -> list[RoleUnit]:
    """``units`` of a row whose 备注 cell ``note`` names its lead (``由A牵头``, ``A牵头``, ``牵头单位：A``): the units it
    names lead and the row's others support (a 责任单位 column read first-listed or all leading before: round 40).
    A note naming no lead leaves them as they are.

    >>> units = [RoleUnit("市工商联", "responsible", 5), RoleUnit("市营商环境办", "responsible", 5)]
    >>> [(u.name, u.role) for u in _note_leads(units, "由市营商环境办牵头", 5)]
    [('市营商环境办', 'lead'), ('市工商联', 'support')]
    >>> _note_leads(units, "纳入为民办实事项目", 5) == units
    True
    """
    if "牵头" not in note:
        return units
    named = [u for u in cell_units(note, "support", line)[0] if u.role == "lead" and is_unit_name(u.name)]
    if not named:
        return units
    leads = {u.name for u in named}
    return [*named, *(u._replace(role="support") for u in units if u.name not in leads)]


def one_spanned_task(
    row: Sequence[str], above: Sequence[str], columns: tuple[int | None, int | None, int | None]
) -> bool:
    """Whether a row goes on with the task of the row ``above`` as a row of its units: its task text, its number and
    its deadline (``columns``: the task's, number's and deadline's columns) are the row above's, as a cell spanning
    both (``rowspan``, Word's vertical merge) gives them to each row (round 57: before, each row of a task spanned
    over rows of a unit each was a task of that unit). A row of another number or text is a task of its own, even
    under a deadline spanned over both. Under one number and text, a row may write a deadline of its own (the
    task's unit rows each due by their own date: one task, its dates joined, files20); with no number, rows of
    one text and deadlines of their own stay tasks of their own.

    >>> above = ["1", "推进老旧小区改造。", "区住建局", "6月底前"]
    >>> one_spanned_task(["1", "推进老旧小区改造。", "区财政局", "6月底前"], above, (1, 0, 3))
    True
    >>> one_spanned_task(["2", "实施管网改造。", "区水务局", "6月底前"], above, (1, 0, 3))
    False
    >>> one_spanned_task(["1", "推进老旧小区改造。", "区财政局", "9月底前"], above, (1, 0, 3))
    True
    >>> one_spanned_task(["", "推进老旧小区改造。", "区财政局", "9月底前"], ["", *above[1:]], (1, 0, 3))
    False
    """
    task_col, number_col, deadline_col = columns
    task = _cell(row, task_col)
    number = _cell(row, number_col)
    return (
        bool(task)
        and bool(above)
        and task == _cell(above, task_col)
        and number == _cell(above, number_col)
        and (bool(number) or _cell(row, deadline_col) == _cell(above, deadline_col))
    )


def _with_row_units(draft: Draft, units: Sequence[RoleUnit], people: tuple, deadline: str | None = None) -> Draft:
    """``draft`` with the units (and people) of a further row of its task after its own, each as its row says (a
    unit its rows name twice is one: ``roles.resolve``); the roles resolve over the whole list, so that a row's
    unit marked lead (bold, ``（牵头）``, a 牵头 cell) leads and the others support, or the first listed leads under
    that convention. The row's ``deadline``, when the task's do not hold it, joins them (``joined_deadlines``)."""
    before = draft.assignment
    joined = before._replace(
        units=(*before.units, *units),
        people=(*before.people, *people),
        deadline=joined_deadlines(before.deadline, deadline),
    )
    return draft._replace(assignment=joined)


def joined_deadlines(written: str | None, more: str | None) -> str | None:
    """A task's deadline words ``written`` with a further row's ``more`` after them, joined by ``；`` as several
    dates of one task are (tests/fixtures/real/SPEC.md: the latest is its deadline); a date already written is not
    written twice.

    >>> joined_deadlines("2026年9月底前", "2026年6月底前"), joined_deadlines("2026年9月底前；2026年6月底前", "2026年9月底前")
    ('2026年9月底前；2026年6月底前', '2026年9月底前；2026年6月底前')
    >>> joined_deadlines(None, "2026年6月底前"), joined_deadlines("2026年6月底前", None)
    ('2026年6月底前', '2026年6月底前')
    """
    if not more or not written:
        return written or more
    return written if more in written.split("；") else f"{written}；{more}"


def role_column(cells: Sequence[Sequence[str]], start: int, cols: Columns) -> int | None:
    """The column (by its cells from row ``start``, its name on the header row above) that says each row's units'
    role, a role word a row (``牵头`` / ``配合``, ``牵头单位``): read as a unit column by its name (``责任分工``) or
    none (round 57); or an answer a row (``是`` / ``否``) under a name asking whether the row leads (``是否牵头``,
    ``是否牵头单位``: files20); None when the table has none, or no other column of units.

    >>> cols = detect_columns(["序号", "重点任务", "责任单位", "责任分工", "完成时限"])
    >>> rows = [["1", "改造", "市住建局", "牵头", "6月"], ["1", "改造", "市财政局", "配合", "6月"]]
    >>> role_column(rows, 0, cols), role_column([rows[0], [*rows[1][:3], "市财政局", "6月"]], 0, cols)
    (3, None)
    >>> rows = [["序号", "重点任务", "责任单位", "是否牵头", "完成时限"], ["1", "改造", "市住建局", "是", "6月"]]
    >>> role_column([*rows, ["1", "改造", "市财政局", "否", "6月"]], 1, detect_columns(rows[0]))
    3
    """
    names = cells[start - 1] if start else ()
    for i, kind in enumerate(cols.kinds):
        if kind in ("task", "number", "deadline") or not any(j != i for j in cols.units):
            continue
        said = [row_role(c, _cell(names, i)) for row in cells[start:] if (c := _cell(row, i))]
        if len(said) >= 2 and all(said) and "lead" in said:
            return i
    return None


def row_role(cell: str, column: str = "") -> str | None:
    """The role a role column's cell gives its row's units: ``lead`` (牵头, 主责, 牵头单位), ``support`` (配合,
    协办, 配合部门), else None; under a ``column`` name asking whether its row leads (``asks_whether_lead``), the
    answer ``是`` (or a tick, ``√``) leads, and ``否``, a cross or a blank cell supports (round 58: a 是否牵头 column
    ticked for the leads and left blank for the others).

    >>> row_role("牵头"), row_role("配合单位"), row_role("责任"), row_role("市财政局"), row_role("")
    ('lead', 'support', None, None, None)
    >>> row_role("是", "是否牵头"), row_role("否", "是否为牵头单位"), row_role("是", "是否纳入考核"), row_role("是")
    ('lead', 'support', None, None)
    >>> row_role("√", "是否牵头"), row_role("", "是否牵头"), row_role("√"), row_role("", "是否纳入考核")
    ('lead', 'support', None, None)
    >>> row_role("●", "是否牵头"), row_role("○", "是否牵头"), row_role("×", "是否牵头单位")
    ('lead', 'support', 'support')
    """
    if cell in _ANSWERS or not cell:
        return _ANSWERS.get(cell, "support") if asks_whether_lead(column) else None
    return _role_word(cell) or _role_word(_bracketed_or_noted_role(cell))


def _role_word(word: str) -> str | None:
    """``lead`` or ``support`` for a role word alone (``牵头``, ``配合单位``), else None."""
    role = SHORT_LABELS.get(word.removesuffix("单位").removesuffix("部门"))
    return role if role in ("lead", "support") else None


def _bracketed_or_noted_role(cell: str) -> str:
    """The role word of a role column's cell that writes it in brackets (``（牵头）``) or closes it with a note after
    a stop (``牵头，已完成系统对接``: a 备注 column telling each unit row's role, round 58 files23); an empty string
    for any other cell, or when the note names a role again (``牵头，配合单位另行明确``).

    >>> _bracketed_or_noted_role("（牵头）"), _bracketed_or_noted_role("配合；按季度报送进展"), _bracketed_or_noted_role("牵头，配合另定")
    ('牵头', '配合', '')
    """
    found = _ROLE_IN_BRACKETS_OR_NOTED.match(cell)
    if found is None:
        return ""
    word, note = found["bracketed"] or found["word"], found["note"] or ""
    if any(_role_word(w) for w in _ROLE_WORDS if w in note) and not noted_partners(cell, 0):
        return ""
    return word


def noted_partners(cell: str, line: int) -> list[RoleUnit]:
    """The units a role column's cell names after its row's role mark, as the task's partners (``牵头，区交通运输局协助``,
    ``牵头，会同区体育局``, ``牵头，区体育局``: round 59; after a partner's mark, ``配合，会同区发展和改革局``, ``配合，区公安
    分局交警大队协助``, ``配合，区应急管理局``: round 60); [] for any other cell (a note of no unit's name).

    >>> [(u.name, u.role) for u in noted_partners("牵头，区交通运输局、区财政局协助", 5)]
    [('区交通运输局', 'support'), ('区财政局', 'support')]
    >>> [u.name for u in noted_partners("牵头，会同区体育局", 5)], noted_partners("牵头，配合单位另行明确", 5)
    (['区体育局'], [])
    >>> [u.name for u in noted_partners("配合，区财政局", 5)], noted_partners("配合，负责抢险物资调配", 5)
    (['区财政局'], [])
    >>> noted_partners("牵头，已完成系统对接", 5), noted_partners("牵头", 5)
    ([], [])
    """
    found = _ROLE_IN_BRACKETS_OR_NOTED.match(cell)
    if found is None or not found["note"] or _role_word(found["word"] or "") is None:
        return []
    note = found["note"].rstrip("。；;").removeprefix("会同")
    for verb in _NOTE_PARTNER_VERBS:
        note = note.removesuffix(verb)
    names = [name for name in LIST_MARK.split(note) if name]
    if not names or not all(is_unit_name(name) for name in names):
        return []
    return [RoleUnit(name, "support", line) for name in names]


# a role word in its brackets, or before a stop and a note (round 58 files23)
_ROLE_IN_BRACKETS_OR_NOTED = compiled(
    r"[（(【\[](?P<bracketed>[^）)】\]]{2,4})[）)】\]]$|(?P<word>[^，,；;。]{2,4})[，,；;。](?P<note>.+)"
)
_ROLE_WORDS = tuple(word for word, role in SHORT_LABELS.items() if role in ("lead", "support"))


# a 是否牵头 column's answers, as the roles they give (files20: 是 / 否; round 58: a tick or a unit's lead mark ●
# says yes, a cross or a partner's mark ○ no)
_ANSWERS = {
    **{mark: "support" if role == "support" else "lead" for mark, role in UNIT_MARKS.items()},
    **dict.fromkeys(YES_ANSWERS, "lead"),
    **dict.fromkeys(NO_ANSWERS, "support"),
}


def asks_whether_lead(name: str) -> bool:
    """Whether a column's ``name`` asks, row by row, whether the row's unit leads (``是否牵头``, ``是否为牵头单位``).

    >>> asks_whether_lead("是否牵头单位"), asks_whether_lead("是否纳入考核"), asks_whether_lead("牵头单位")
    (True, False, False)
    """
    return name.startswith("是否") and "牵头" in name


def _leads(assignment: Assignment) -> list[str]:
    return [u.name for u in assignment.units if u.role in ("lead", "responsible")]


def _sub_rows_joined(drafts: list[Draft]) -> list[Draft]:
    """Rows of one task each naming one of its partners (the task's cells merged down, a 配合单位 a row): one task,
    every row's units (round 38; before, a task a row).

    >>> a = Assignment(units=(RoleUnit("住建局", "lead", 2), RoleUnit("城管局", "support", 2)), deadline="11月")
    >>> b = Assignment(units=(RoleUnit("住建局", "lead", 3), RoleUnit("市场监管局", "support", 3)), deadline="11月")
    >>> [[u.name for u in d.assignment.units] for d in _sub_rows_joined([Draft("整治", 2, a), Draft("整治", 3, b)])]
    [['住建局', '城管局', '市场监管局']]
    """
    out: list[Draft] = []
    for d in drafts:
        if (
            out
            and d.text == out[-1].text
            and d.assignment is not None
            and out[-1].assignment is not None
            and d.assignment.deadline == out[-1].assignment.deadline  # a row of its own deadline is a task of its own
            and _leads(d.assignment) == _leads(out[-1].assignment)
        ):
            before = out[-1].assignment
            names = {u.name for u in before.units}
            more = tuple(u for u in d.assignment.units if u.name not in names)
            out[-1] = out[-1]._replace(assignment=before._replace(units=before.units + more))
            continue
        out.append(d)
    return out


def _rows_named_by_group(groups: list[tuple[str, int, list[Draft]]], title: str) -> list[tuple[str, int, list[Draft]]]:
    """Groups of one row each (a broad task's cell over its one measure) as the row's task named by its group
    (``推行“高效办成一件事”：新增场景8个``), the rows one group titled ``title``, or one under each category row above
    them (a group with no row: ``一、政务服务（6项）``).

    >>> d = Draft("新增场景8个", 4, None)
    >>> [(t, [x.text for x in ds]) for t, _, ds in _rows_named_by_group([("政务服务", 3, []), ("推行一件事", 4, [d])], "表")]
    [('政务服务', ['推行一件事：新增场景8个'])]
    """
    merged: list[tuple[str, int, list[Draft]]] = []
    for t, line, ds in groups:
        if not ds:
            merged.append((t, line, []))  # a category row's group: the rows after it are its
            continue
        if not merged:
            merged.append((title, line, []))
        merged[-1][2].append(ds[0]._replace(text=f"{t}：{ds[0].text}"))
    return merged


_ONE_ROW_GROUPS = 2  # groups: a table of this many groups of one row each names each row's task in its group cell
# (round 41: two, not three; a workbook's sheet per 领域 often holds two tasks, and two groups of one row each group
# nothing either: before, each of those sheets was a workplan a row while its sibling of three rows was one workplan)


def dated_words(text: str) -> str | None:
    """The dates a cell's words state (``text_deadline``'s, in any year: the plan's is read later), or None when they
    state none or only a continuing word.

    >>> dated_words("参保率稳定在95%以上，6月底前完成年度集中征缴"), dated_words("按月通报"), dated_words("")
    ('6月底前', None, None)
    """
    if not text:
        return None
    found = text_deadline(text, plan_year=_ANY_YEAR)
    return found.raw if found.status == "scheduled" else None


_ANY_YEAR = 2000  # a year for ``text_deadline`` to place 6月底前 in: only its words are kept


def noted_deadline(note: str) -> str | None:
    """The deadline a 备注 cell states in a table with no deadline column (round 55): its date's words
    (``dated_words``), or the whole cell when it opens with a continuing time word and holds no other clause
    (``按季度推进``, ``长期坚持``), as a 完成时限 cell's reads; None for any other note.

    >>> noted_deadline("2026年9月底前完成验收"), noted_deadline("按季度推进"), noted_deadline("已纳入省级试点")
    ('2026年9月底前', '按季度推进', None)
    >>> noted_deadline("需县财政局配合，按季度拨付"), noted_deadline("由县财政局按季度拨付"), noted_deadline("")
    (None, None, None)
    >>> noted_deadline("长期"), noted_deadline("已完成")  # a status's words alone, as a 完成时限 cell's (round 73)
    ('长期', '已完成')
    """
    if not note:
        return None
    if (dated := dated_words(note)) is not None:
        return dated
    if status_words(note) and parse_deadline(note).status in ("ongoing", "done"):
        return note
    found = text_deadline(note, plan_year=_ANY_YEAR)
    alone = found.raw is not None and note.startswith(found.raw) and not any(c in note for c in _NOTE_CLAUSE)
    return note if found.status == "ongoing" and alone else None


# a column of a schedule's period: a quarter, a half-year, a month
_PERIOD = compiled(
    r"(?:第?[一二三四1-4]季度(?:末|底)?|[上下]半年|(?:[1-9]|1[0-2]|[一二三四五六七八九十]|十[一二])月(?:份|底|末)?)"
    r"(?:前|以前)?|20\d{2}年度?"
)  # and a year's column of a plan over several years (2024年 | 2025年 | 2026年: round 38)
_NOTHING_MARKED = frozenset({"", *EMPTY_CELL, "×"})  # a period's cell that holds nothing


def continuing(name: str) -> bool:
    """Whether a column's ``name`` is a continuing time's words alone (``长期坚持``, ``持续推进``): a schedule's last
    column, beside its periods, whose mark says the row's task goes on (round 77).

    >>> continuing("长期坚持"), continuing("持续推进"), continuing("2027年"), continuing("已完成"), continuing("备注")
    (True, True, False, False, False)
    """
    return status_words(name) and parse_deadline(name).status == "ongoing"


def ditto_filled(row: Sequence[str], above: Sequence[str], header: Sequence[str]) -> list[str]:
    """``row`` with each cell that says "as above" (``同上``) holding the cell above it in the last task's row
    (``above``), and each empty cell that another cell of the row says so of by its column's name (a 备注 cell
    ``牵头单位同上``, or with the name's 单位 left out: ``牵头同上``) filled so too (round 35).

    >>> ditto_filled(["2", "盘活土地", "同上", "区财政局", "同上"], ["1", "推行出让", "区自然资源局", "", "9月底前"], [])
    ['2', '盘活土地', '区自然资源局', '区财政局', '9月底前']
    >>> header = ["序号", "工作任务", "牵头单位", "配合单位", "备注"]
    >>> ditto_filled(["2", "盘活土地", "", "区财政局", "牵头单位同上"], ["1", "推行出让", "区自然资源局", "", ""], header)
    ['2', '盘活土地', '区自然资源局', '区财政局', '牵头单位同上']
    """
    out = [above[i] if c in DITTO_WRITTEN and i < len(above) else c for i, c in enumerate(row)]
    said = [c for c in out if c.endswith("同上") or "同上，" in c or "同上；" in c]
    if said:
        for i, c in enumerate(out):
            name = header[i] if i < len(header) else ""
            if c or not name or i >= len(above) or not above[i]:
                continue
            short = name.removesuffix("单位")
            if any(f"{name}同上" in s or (short and f"{short}同上" in s) for s in said):
                out[i] = above[i]
    return out


# the number opening an item inside a cell: 1. 2. (at the cell's start or after a line break or a sentence's end)
_CELL_ITEM = compiled(
    r"(?:^|(?<=[\n。；;]))\s*(?:(\d{1,2})(?:[.．、](?!\d)|[.．](?=20\d\d年))|[（(](\d{1,2})[)）]|([①-⑩]))"
)  # ①…；②…: circled numbers too (round 44)
# how a cell of items numbered on one line opens (a pipe table's <br> is ；): 1.…；2.…, ①…；②…
_ITEM_FIRST = frozenset("123456789（(①②③④⑤⑥⑦⑧⑨⑩")


def _item_number(m: re.Match) -> int:
    """The number of an item's mark matched by ``_CELL_ITEM`` (``2.``, ``（2）``, ``②`` → 2)."""
    return ord(m.group(3)) - ord("①") + 1 if m.group(3) else int(m.group(1) or m.group(2))


def cell_items(cell: str) -> list[str] | None:
    r"""The items of a cell numbered 1, 2, … from its start (two or more), each without its number; None otherwise.

    >>> cell_items("1.建成政务云平台。\n2.完善政务外网。"), cell_items("建成平台"), cell_items("1.甲\n3.乙")
    (['建成政务云平台。', '完善政务外网。'], None, None)
    """
    marks = list(_CELL_ITEM.finditer(cell))
    if len(marks) < 2 or marks[0].start() != 0 or [_item_number(m) for m in marks] != list(range(1, len(marks) + 1)):
        return None
    ends = [m.start() for m in marks[1:]] + [len(cell)]
    return [cell[m.end() : e].strip().rstrip("；;") for m, e in zip(marks, ends)]


# a cell's item closing with its own units in brackets: 1.…（县水利局负责）；2.…（县交通运输局负责） (round 40)
_ITEM_UNITS = compiled(r"[（(]([^（()）]{2,60})[)）][。；;，,]?$")


def item_units(item: str) -> tuple[str, str] | None:
    """(words, units' words) of an item of a cell that closes with its own units in brackets, else None.

    >>> item_units("开展供水保障行动（县水利局负责）；"), item_units("开展行动（2024年底前）")
    (('开展供水保障行动', '县水利局负责'), None)
    """
    m = _ITEM_UNITS.search(item)
    if m is None:
        return None
    read = read_parenthetical(m.group(1))
    if read is None or not any(u.role in ("lead", "responsible") for u in read.units):
        return None
    return item[: m.start()], m.group(1)


def _numbered_rows(
    cells: list[list[str]],
    rows: Sequence[Sequence[object]],
    start: int,
    task_col: int | None,
    given: Sequence[int | None],
    lead_col: int | None = None,
):
    """(index, row) of each row of ``cells`` from ``start``; a row whose task cell holds items numbered 1, 2, … on
    lines of their own (in ``rows``, the cells as written) and whose unit or deadline cells hold as many, numbered
    alike, is a row for each item (several tasks in one row, each with its units and deadline: round 39). A cell not
    numbered so holds the same for every item. So is a row whose items, on one line or several, each close with
    units of their own in brackets (``1.…（县水利局负责）；2.…（县交通运输局负责）``): those units fill its
    ``lead_col`` (round 40; before, one task of the row's lead, or of the lead carried from the row above)."""
    columns = [i for i in given if i is not None]
    for k in range(start, len(cells)):
        row = cells[k]
        written = rows[k] if k < len(rows) else ()
        task = written[task_col] if task_col is not None and task_col < len(written) else None
        # items on lines of their own, or on one line (1.…；2.…, ①…；②…: a pipe table's cell, round 44)
        lines = isinstance(task, str) and ("\n" in task or (task[:1] in _ITEM_FIRST and "；" in task))
        bracketed = lead_col is not None and isinstance(task, str) and ("）" in task or ")" in task)
        items = cell_items(task) if lines or bracketed else None
        split = {i: cell_items(str(written[i])) for i in columns if i < len(written) and written[i]} if lines else {}
        if items and not any(v is not None and len(v) == len(items) for v in split.values()):
            owned = [item_units(item) for item in items] if bracketed else None
            if owned and all(owned):
                for words, units in owned:
                    sub = list(row)
                    sub[task_col], sub[lead_col] = compact(words), compact(units)
                    yield k, sub
                continue
        if not items or not any(v is not None and len(v) == len(items) for v in split.values()):
            yield k, row
            continue
        for n, item in enumerate(items):
            sub = list(row)
            sub[task_col] = compact(item)
            for i, values in split.items():
                if values is not None and len(values) == len(items):
                    sub[i] = compact(values[n])
            yield k, sub


def _give_level_rows_units(
    cells: list[list[str]], start: int, number_col: int, unit_cols: Sequence[int], deadline_col: int | None
) -> None:
    """Levels written as rows: a row numbered （一） (or 一) that names units or a deadline, with rows numbered 1, 2
    under it, heads them; each takes the heading's cell of every unit and deadline column it leaves blank (its own
    责任单位 beside the heading's 牵头单位), and the heading's cells are emptied (a group's heading: round 39).

    >>> cells = [["（一）", "创新平台提能", "市科技局", "市发改委", ""], ["1", "新增平台", "", "", "2025年12月"],
    ...          ["2", "揭榜挂帅", "", "市工信局", ""]]
    >>> _give_level_rows_units(cells, 0, 0, [2, 3], 4); cells
    [['（一）', '创新平台提能', '', '', ''], ['1', '新增平台', '市科技局', '市发改委', '2025年12月'], ['2', '揭榜挂帅', '市科技局', '市工信局', '']]
    """
    columns = [*unit_cols, *([] if deadline_col is None else [deadline_col])]
    k = start
    while k < len(cells):
        head = cells[k]
        if not (_CN_NUMBER_CELL.fullmatch(_cell(head, number_col)) and any(_cell(head, i) for i in columns)):
            k += 1
            continue
        j = k + 1
        while j < len(cells) and _WHOLE_NUMBER_CELL.fullmatch(_cell(cells[j], number_col)):
            j += 1
        # a heading when a row under it names none of the units it does (p's 分工表: rows under a （一） task that
        # each name their own units leave the （一） row a task of its own)
        named = [i for i in unit_cols if i < len(head) and _cell(head, i)]
        if j > k + 1 and any(not any(_cell(row, i) for i in named) for row in cells[k + 1 : j]):
            for row in cells[k + 1 : j]:
                for i in columns:
                    if i < len(head) and i < len(row) and not _cell(row, i):
                        row[i] = head[i]
            for i in columns:
                if i < len(head):
                    head[i] = ""
        k = j


def _outline_heading(number: str, below: Sequence[Sequence[str]], number_col: int | None) -> bool:
    """Whether a row numbered ``number`` heads the rows ``below`` it in an outline: the next row's number opens with
    it and a dot (``1.2`` over ``1.2.1``), as an OA system's 任务分解 numbers a task's parts (round 78 fresh78).

    >>> _outline_heading("1.2", [["1.2.1", "实施技改项目"]], 0), _outline_heading("1.2", [["", ""], ["1.2.1", ""]], 0)
    (True, True)
    >>> _outline_heading("1.2", [["1.3", "推动…"]], 0), _outline_heading("1.2", [["1.21", "…"]], 0)  # a sibling
    (False, False)
    """
    following = next((n for row in below if (n := _cell(row, number_col))), "")
    return (
        bool(number)
        and len(following) > len(number) + 1
        and following[len(number)] in ".．"
        and following.startswith(number)
    )


_DECIMAL_CELL = compiled(r"\d{1,2}(?:[.．]\d{1,2}){1,3}")
_WHOLE_NUMBER_CELL = compiled(r"\d{1,2}[.．、]?")
_CN_NUMBER_CELL = compiled(r"[一二三四五六七八九十]{1,3}[、.．]?|[（(][一二三四五六七八九十]{1,3}[)）]")


def _cell(row: Sequence[str], index: int | None) -> str:
    """The text of cell ``index`` of a row ("" for no such column and for a cell marked empty: ``——``)."""
    if index is None or index >= len(row) or row[index] in EMPTY_CELL:
        return ""
    return row[index]


_OPEN_ENDS = ("，", ",", "、", "：", ":")  # a task text ending so goes on


def continues_row(row: Sequence[str], above: Sequence[str], cols: Columns, *, merges_lost: bool = False) -> bool:
    """Whether a table row continues the task of the row ``above`` (one row split over a page, or text typed on
    into a new row): it has task text, but no number, no lead or responsible unit and no deadline of its own,
    and either follows task text left open (``，``) or holds nothing else (cells equal to the row above's are a
    merged cell's). With ``merges_lost`` (a csv or Markdown table: an empty cell may be a merged one's), a row
    holding nothing else is a task under merged unit cells unless the table numbers its rows. The spaced rows
    of a text table hand their wrapped lines here alike.

    >>> cols = detect_columns(["序号", "工作任务", "牵头单位", "配合单位", "完成时限"])
    >>> above = ["1", "建立机制，", "县发改局", "县统计局", "9月底前"]
    >>> continues_row(["", "探索交易路径。", "", "", ""], above, cols)
    True
    >>> continues_row(["", "探索交易路径。", "", "县财政局", ""], above, cols)  # supports after open text
    True
    >>> continues_row(["", "探索交易路径。", "", "县财政局", ""], ["1", "建立机制。", "县发改局", "", ""], cols)
    False
    >>> continues_row(["2", "探索交易路径。", "", "", ""], above, cols)  # a number of its own: a task
    False
    >>> unnumbered = detect_columns(["工作任务", "牵头单位", "完成时限"])
    >>> continues_row(["探索交易路径。", "", ""], ["建立机制。", "县发改局", "9月底前"], unnumbered, merges_lost=True)
    False
    """
    task_col = cols.task
    if not above or not _cell(row, task_col) or _cell(row, cols.first("number")) or _cell(row, cols.first("deadline")):
        return False
    if any(_cell(row, i) for i in cols.units if cols.kinds[i] in ("lead", "single")):
        return False
    alone = all(
        not c or i == task_col or (i < len(above) and c == above[i]) for i, c in enumerate(row) if i < len(cols.kinds)
    )
    if alone and (not merges_lost or cols.first("number") is not None):
        return True
    return _cell(above, task_col).endswith(_OPEN_ENDS) or units_go_on(row, above, cols)


def units_go_on(row: Sequence[str], above: Sequence[str], cols: Columns) -> bool:
    """Whether a unit cell of ``row`` goes on with the cell above it left open (``市住房城乡建设局、`` over
    ``市城市管理局``): a row wrapped in every column at once, its task's words too (round 58: a sheet's row pasted
    as text, ``2	开展漏损普查，建立	市水务集团	市住房城乡建设局、`` / ``	漏损台账		市城市管理局``).

    >>> cols = detect_columns(["序号", "工作任务", "牵头单位", "配合单位", "完成时限"])
    >>> units_go_on(["", "漏损台账", "", "市城管局", ""], ["2", "开展普查，建立", "市水务集团", "市住建局、", "每季度"], cols)
    True
    >>> units_go_on(["", "开展检查", "", "市城管局", ""], ["2", "开展普查。", "市水务集团", "市住建局", "每季度"], cols)
    False
    """
    return any(_cell(row, i) and _cell(above, i).endswith(_OPEN_ENDS) for i in cols.units)


def _goes_on_open(row: Sequence[str], above: Sequence[str], cols: Columns) -> bool:
    """Whether a row with no task text goes on with the row ``above`` (a task's row broken where a page ends): it has
    no number, lead, responsible unit or deadline of its own, and each cell it fills goes on with a cell above left
    open (``县城管局、`` over ``县住建局``; ``完成解放路、人民路、`` over ``新华巷等5条…``).

    >>> cols = detect_columns(["序号", "项目", "内容", "责任单位", "配合单位", "完成时限"])
    >>> above = ["2", "背街小巷改造", "完成解放路、", "街道城管办", "县城管局、", "11月"]
    >>> _goes_on_open(["", "", "新华巷改造", "", "县住建局", ""], above, cols)
    True
    >>> _goes_on_open(["", "", "", "", "县住建局", ""], ["2", "改造", "完成", "街道城管办", "县城管局", "11月"], cols)
    False
    """
    if not above or _cell(row, cols.first("number")) or _cell(row, cols.first("deadline")):
        return False
    if any(_cell(row, i) for i in cols.units if cols.kinds[i] in ("lead", "single")):
        return False
    filled = [i for i, c in enumerate(row) if c]
    return bool(filled) and all(_cell(above, i).endswith(_OPEN_ENDS) for i in filled)


def _unit_row_of_merged_task(row: Sequence[str], cols: Columns, task_col: int | None, number_col: int | None) -> bool:
    """Whether a row names units but no number and no task text of its own (in a table telling each row's role by
    a role column: the row of a task whose number and text cells are merged over its unit rows, the merge lost).

    >>> cols = detect_columns(["序号", "工作任务", "责任单位", "是否牵头", "完成时限"])
    >>> _unit_row_of_merged_task(["", "", "区住建局", "", "6月底前"], cols, 1, 0)
    True
    >>> _unit_row_of_merged_task(["2", "", "区住建局", "", ""], cols, 1, 0), _unit_row_of_merged_task(["", "", "", "", "6月"], cols, 1, 0)
    (False, False)
    """
    if _cell(row, task_col) or _cell(row, number_col):
        return False
    return any(_cell(row, i) for i in cols.units)


def _merged_cells_filled(row: Sequence[str], above: Sequence[str], columns: tuple[int | None, ...]) -> list[str]:
    """``row`` with its empty cells of ``columns`` (the task's, number's, deadline's) taken from the row ``above``, as
    the cells merged over both would give them.

    >>> _merged_cells_filled(["", "", "区住建局", "", ""], ["1", "改造", "区城管局", "√", "6月"], (1, 0, 4))
    ['1', '改造', '区住建局', '', '6月']
    >>> _merged_cells_filled(["", "", "区住建局", "", "9月"], ["1", "改造", "区城管局", "√", "6月"], (1, 0, 4))[4]
    '9月'
    """
    filled = list(row)
    for i in columns:
        if i is not None and i < len(filled) and not filled[i]:
            filled[i] = _cell(above, i)
    return filled


def _partners_only(row: Sequence[str], cols: Columns) -> bool:
    """Whether a row fills nothing but partner columns (配合单位): the task above's further partners, written on a row
    of their own where its other cells are merged, or left empty where a Word table split over a page cut their
    merge (round 58; before, the row was dropped with its partners).

    >>> cols = detect_columns(["序号", "工作任务", "牵头单位", "配合单位", "完成时限"])
    >>> _partners_only(["", "", "", "区交警大队", ""], cols), _partners_only(["", "", "区城管局", "区交警大队", ""], cols)
    (True, False)
    >>> _partners_only(["", "", "", "", "2026年6月底前"], cols), _partners_only(["", "", "", "", ""], cols)
    (False, False)
    """
    filled = [i for i, c in enumerate(row) if c]
    return bool(filled) and all(i < len(cols.kinds) and cols.kinds[i] == "support" for i in filled)


def _ledger_status(deadline: str | None, cells: list[tuple[str, str]]) -> str | None:
    """A 台账 row's deadline words with what its progress and status ``cells`` (column name, cell) say: ``；已完成``
    joined when they say done (round 41), a verdict column's 持续推进 as the words of a row with no deadline
    (round 42).

    >>> _ledger_status("2024年6月", [("整改状态", "已销号")]), _ledger_status(None, [("整改状态", "持续推进")])
    ('2024年6月；已完成', '持续推进')
    >>> _ledger_status("2024年6月", [("整改状态", "持续推进")])
    '2024年6月'
    """
    if row_reports_done(cells):
        return f"{deadline}；已完成" if deadline else "已完成"  # the plan's words, status done (round 41)
    return deadline or ongoing_verdict(cells)


def _continued(draft: Draft, row: Sequence[str], cols: Columns, line: int) -> Draft:
    """``draft`` with the continuing ``row``'s task text after its own and the units of its unit cells after its
    units (a unit named twice, as a merged cell repeats it, is one: ``roles.resolve``)."""
    more = [u for i in cols.units for u in cell_units(_cell(row, i), UNIT_COLUMN_ROLE[cols.kinds[i]], line)[0]]
    assignment = draft.assignment._replace(units=(*draft.assignment.units, *more)) if more else draft.assignment
    return draft._replace(text=draft.text + _cell(row, cols.task), assignment=assignment)


def _carry(units: list[RoleUnit], prev: Assignment, cols: Columns, unit_values) -> list[RoleUnit]:
    """A row's units with what merged cells above give it.

    No unit cell at all: every unit cell of the row above (one merged block). Supporting
    cells but no lead/责任 cell: the lead/责任 units of the row above, then its own.
    """
    if not units:
        return list(prev.units)
    own_lead = any(v for i, v in unit_values if cols.kinds[i] in ("lead", "single"))
    if own_lead:
        return units
    carried = [u for u in prev.units if u.role in ("lead", "responsible", "implement")]
    return carried + units


def document_from_tables(
    tables: Sequence[Sequence[Sequence[object]]],
    *,
    path: str,
    key: str,
    sha256: str,
    title: str,
    carry_units: bool = True,
    paragraphs: Sequence[str] = (),
    titles: Sequence[str | None] = (),
    row_lines: Sequence[Sequence[int]] | None = None,
) -> Document | None:
    """A Document from every task table among ``tables`` (row numbers count from 1 in each, or each row's line is
    its entry of ``row_lines``, a table's rows' lines: an OFD's drawn table, round 76); None if none is one.

    Each table's tasks are titled by its title row, else by its entry of ``titles`` (the heading above it, a
    sheet's name), else by the document's ``title``. What the document states once for all its tasks is read
    from its cells and its ``paragraphs`` (the text outside the tables): ``table_conventions``.
    """
    tables, paragraphs, titles, title, count = _as_read(tables, paragraphs, titles, title)
    sections: list[Section] = []
    listed: set[str] = set()  # the tasks of the tables before (their texts)
    for k, rows in enumerate(tables):
        found = table_sections(
            rows,
            title=(titles[k] if k < len(titles) else None) or title,
            carry_units=carry_units,
            row_lines=row_lines[k] if row_lines is not None else None,
        )
        texts = {compact(d.text) for s in found for d in s.drafts}
        if listed and texts and texts <= listed:
            continue  # a table listing the tasks of one before it again (a 进展情况报送表 filled with them): round 38
        listed |= texts
        sections.extend(found)
    if not sections:
        return None
    cells = (compact(str(c)) for rows in tables for row in rows for c in row if c)
    said = [compact(p) for p in paragraphs]
    date = next((d for p in said if (d := date_line(p)) is not None), None)  # a notice's date (round 32)
    date = date or filled_on(tables) or filled_on_line(said)  # a 台账's form line, in a row or above its table
    conventions = table_conventions([*said, *cells], title=title, date=date, tables=tables)
    doc = document_from_sections(
        sections, path=path, key=key, sha256=sha256, title=title, conventions=conventions, date=date
    )
    if names_numbers(doc):  # a unit cell of numbers (3、5), named by the plan's code list, above or below (round 74)
        codes, _ = unit_codes("\n".join([*paragraphs, *(str(c) for rows in tables for row in rows for c in row if c)]))
        doc = with_numbers_named(doc, codes) if codes else doc
    return with_folded_note(doc, count) if count else doc


# a form's date above its header: 填报单位：某区住建局（盖章）  填报日期：2023年4月12日 (round 72 meta72)
_FILLED_ON = compiled(
    r"(?:填报|填表|制表|报送)(?:日期|时间)[：:]\s*(\d{4})\s*[年\-./]\s*(\d{1,2})\s*[月\-./]\s*(\d{1,2})"
)
_FILLED_ROWS = 4  # rows: how far down a table its form's date line stands (a title, the date, the header)


def filled_on(tables: Sequence[Sequence[Sequence[object]]]) -> str | None:
    """The date (ISO) a form's line above its table's header says it was filled in (a 台账's ``填报日期：…``): the
    document's date when no notice dates it, so that ``年底前``, ``9月`` and ``印发之日起30日内`` have their year.
    Only a line across the form (a row of one value: a merged row) among a table's first rows, holding 日期
    or 时间, is searched; a task's row (``报送日期：…前`` in its cell) is not.

    >>> filled_on([[["某区台账"], ["填报单位：某区住建局（盖章）    填报日期：2023年4月12日"], ["序号", "重点任务"]]])
    '2023-04-12'
    >>> filled_on([[["序号", "重点任务", "完成时限"], ["1", "完成报送", "报送日期：2023年4月12日"]]]) is None
    True
    """
    for rows in tables:
        for row in rows[:_FILLED_ROWS]:
            filled = [cell for cell in row if cell]  # a merged row's value in each of its cells, as read
            cell = filled[0] if filled and all(c == filled[0] for c in filled) else None
            if isinstance(cell, str) and (date := _filled_date(cell)) is not None:
                return date
    return None


def filled_on_line(paragraphs: Sequence[str]) -> str | None:
    """The date (ISO) a form's line among the text outside a document's tables says the form was filled in: a line
    opening with a form's field (``填报单位：…（盖章）  填报日期：…``, ``填报日期：…``) printed above a table drawn
    or ruled in a PDF or an OFD, where the line is no row of the table (round 77 printed77: an OFD's 台账 read its
    ``印发之日起30日内`` with no year). A sentence naming the field in its middle (``请于…前报送，报送日期：…``) is
    no form's line.

    >>> filled_on_line(["某区推进改革任务台账", "填报单位：某区发改委（盖章）  填报日期：2024年5月20日"])
    '2024-05-20'
    >>> filled_on_line(["各单位于月底前报送进展，报送日期：2024年5月20日"]) is None
    True
    """
    for line in paragraphs:
        if _SIGN_OFF_ROW.match(line) or _FILLED_ON.match(line):
            if (date := _filled_date(line)) is not None:
                return date
    return None


def _filled_date(cell: str) -> str | None:
    """The date (ISO) of a form's ``填报日期：…`` (or 填表时间, 制表日期 …) in ``cell``, a valid month's; else None.

    >>> _filled_date("填报日期：2023年4月12日"), _filled_date("填报日期：2023年14月12日")
    ('2023-04-12', None)
    """
    if "日期" in cell or "时间" in cell:
        if (m := _FILLED_ON.search(cell)) is not None and 1 <= int(m.group(2)) <= 12:
            return iso_day(m)
    return None


def _as_read(
    tables: Sequence[Sequence[Sequence[object]]], paragraphs: Sequence[str], titles: Sequence[str | None], title: str
) -> tuple[list, list[str], list[str | None], str, int]:
    """``document_from_tables``' input as the text reader reads its text: without the characters no one sees
    (``compact.without_invisible``) and in simplified characters (``traditional.folded_tables``), with how many
    characters were folded. Round 44: every reader of tables (Word, .doc, .odt, CSV, sheets, web pages, PDFs) is
    served here once; before, a .docx, .doc or CSV table headed 牽頭單位 was not read, and a sheet's cell kept its
    zero-width spaces (区市场\u200b监管局, a unit of its own).

    >>> _as_read([[["序號", "牽頭單位"], ["1", "县\u200b财政局"]]], ["现将方案印發"], [None], "方案")
    ([[['序号', '牵头单位'], ['1', '县财政局']]], ['现将方案印发'], [None], '方案', 5)
    """
    parts = [*tables, [list(paragraphs), list(titles), [title]]]
    joined = joined_cells(parts)  # one join, searched for invisible characters and for traditional ones (round 45)
    if (visible := without_invisible(joined)) is not joined:
        parts = [[[without_invisible(c) if c and isinstance(c, str) else c for c in row] for row in p] for p in parts]
        joined = visible  # the cells' own join: each cell's characters dropped alike, the line breaks kept
    parts, count = folded_tables(parts, joined)
    *tables, (paragraphs, titles, (title,)) = parts
    # ★ marking a task, as a legend under the table or in its note row says: no unit's role (round 45); the legend
    # read in the folded cells when any were folded (注：標★的為…)
    if marks := marks_of_tasks(joined_cells(parts) if count else joined):
        tables = [
            [[without_marks(c, marks) if c and isinstance(c, str) else c for c in row] for row in t] for t in tables
        ]
    return tables, paragraphs, titles, title, count


def joined_cells(tables: Sequence[Sequence[Sequence[object]]]) -> str:
    """The texts of every cell of ``tables`` joined by line breaks (a cell that is no text, or empty, left out).

    >>> joined_cells([[["序号", None, ""], ["1", 2, "甲局"]]])
    '序号\\n1\\n甲局'
    """
    return "\n".join(c for table in tables for row in table for c in row if c and isinstance(c, str))


def _unit_sign_off(filled: Sequence[str]) -> bool:
    """Whether a row is one text (merged across: its first cell's text in another cell, or alone) naming a unit,
    then its contact person or phone: the line under a 台账 of who filled it in, written with no ``填报单位：`` (round 65: before, a task led
    by the unit, due the phone number's digits as a year).

    >>> _unit_sign_off(["某区住房和城乡建设局联系人：龚某某联系电话：138xxxx8426"] * 3)
    True
    >>> _unit_sign_off(["1", "明确各乡镇联系人：负责日常联络", "县应急局"]), _unit_sign_off(["请各乡镇明确联系人：负责联络"] * 2)
    (False, False)
    """
    if "联系" not in filled[0] or (len(filled) > 1 and filled.count(filled[0]) < 2):
        return False
    m = _UNIT_SIGN_OFF.match(filled[0])
    return m is not None and is_unit_name(m.group(1))


def table_conventions(
    texts: Sequence[str], *, title: str, date: str | None = None, tables: Sequence[Sequence[Sequence[object]]] = ()
) -> Conventions:
    """What a document of task tables states once for all its tasks: that the first-listed unit of a cell leads
    (``vocab.search_first_listed``: the convention the text readers apply), stated anywhere in ``texts`` — a note
    under a table, a note row merged across, a header cell ``责任单位（排在第一位的为牵头单位）``. It holds for every
    task: a table row's line is its row in its table, not a line of the text to count from. ``date``: the
    notice's date, which gives the plan's year when the title names none. The short forms a table of them among
    ``tables`` defines (``table_glossary``), looked for only when ``texts`` write 简称; and those ``texts`` define
    themselves (round 64): a preamble's or a note row's ``X（以下简称Y）`` (``vocab.defined_short_forms``), a note's
    ``简称：全称`` lines under ``表中单位简称如下：`` (``vocab.glossary_short_forms``, each text a line).

    >>> table_conventions(["序号", "责任单位", "注：责任单位排在第一位的为牵头单位。"], title="2024年台账")
    Conventions(first_listed_from=1, carried=(), plan_year=2024, document_date=None, notes=(), default_deadline=None)
    >>> table_conventions(["序号", "责任单位"], title="台账").first_listed_from is None
    True
    """
    whole = "\n".join(texts)
    stated = search_first_listed(whole) is not None
    plan_year = plan_year_of(title, date)
    return Conventions(
        first_listed_from=1 if stated else None,
        plan_year=plan_year,
        document_date=date,
        default_deadline=default_deadline(whole, plan_year),
        campaign=CampaignPeriod(whole),  # 攻坚期间 in a deadline column (round 40)
        short_forms=_short_forms(texts, whole, tables),
        festival=title_festival(title),
    )


def _short_forms(texts: Sequence[str], whole: str, tables: Sequence[Sequence[Sequence[object]]]) -> dict[str, str]:
    """The short forms a document of task tables defines: a table of them (``table_glossary``, round 63), and its
    paragraphs' and cells' own definitions as a text's are read (round 64: before, a preamble's
    ``某市发展和改革委员会（以下简称市发改委）`` or a note's ``简称：全称`` lines defined nothing in an office file).
    ``whole``: ``texts`` joined by line breaks; looked for only where it writes 称 after 简, 下 or 文.

    >>> _short_forms(["某市发展和改革委员会（以下简称市发改委）牵头制定本表。", "序号"], "", [])
    {'某市发展和改革委员会': '市发改委'}
    """
    whole = whole or "\n".join(texts)
    places = short_form_places(whole)
    if not places:
        return {}
    found = defined_short_forms(whole, places)
    if "简称" in whole:
        # a note cell of several lines (Alt+Enter in a sheet: 表中单位简称如下： and a 简称：全称 a line) its lines
        broken = [c for rows in tables for row in rows for c in row if isinstance(c, str) and "简称" in c and "\n" in c]
        lines = [*texts, *(line for cell in dict.fromkeys(broken) for line in cell.splitlines())]
        found |= glossary_short_forms(lines)[0] | table_glossary(tables)
    return found


def notes_short_forms(notes: Sequence[str]) -> dict[str, str]:
    """The short forms a document's notes define (a Word file's footnotes and endnotes, each paragraph a text: round
    65), read as a document's paragraphs are (``_short_forms``): ``X（以下简称Y）``, ``X，以下简称Y。``, the
    ``简称：全称`` lines under ``表中其他单位简称如下：``.

    >>> notes_short_forms(["①某市发展和改革委员会，以下简称市发改委。", "表中其他单位简称如下：", "市数据局：某市数据局"])
    {'某市发展和改革委员会': '市发改委', '某市数据局': '市数据局'}
    """
    return _short_forms(notes, "", ()) if notes else {}


def table_glossary(tables: Sequence[Sequence[Sequence[object]]]) -> dict[str, str]:
    """The short forms a table of them defines (``序号 | 简称 | 全称`` in a Word or WPS file, a sheet 单位简称对照表 of
    ``单位简称 | 单位全称``): name → short name, read by round 62's rule for text (``vocab.glossary_short_forms``)
    with each row's cells set apart by tabs, as that rule splits a line (round 63: before, a table of short forms in
    an office file of task tables defined nothing, the full and short forms two units in the graph).

    >>> table_glossary([[["序号", "简称", "全称"], ["1", "市发改委", "某市发展和改革委员会"]], [["序号", "牵头单位"]]])
    {'某市发展和改革委员会': '市发改委'}
    >>> table_glossary([[["简称", "说明"], ["市发改委", "负责汇总"]]])
    {}
    """
    found: dict[str, str] = {}
    for rows in tables:
        lines = ["\t".join(c if isinstance(c, str) else "" if c is None else str(c) for c in row) for row in rows]
        if any("简称" in line for line in lines):
            found |= glossary_short_forms(lines)[0]
    return found


__all__ = [
    "COLUMN_NAMES",
    "Columns",
    "column_kind",
    "detect_columns",
    "document_from_tables",
    "continues_row",
    "notes_short_forms",
    "repeats_header",
    "table_conventions",
    "table_glossary",
    "table_sections",
]
