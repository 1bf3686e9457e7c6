"""Numbered task lists: tasks in the body, each closed by the assignment that names its units.

Most published plans (工作要点, 任务分工, 实施方案, 若干意见) have no table of contents. Here
the top-level headings (``一、重点任务``) are the workplans, and a task is the text before
an assignment, from the start of its paragraph or the end of the previous assignment:

- a parenthetical with labels (``（牵头单位：A、B，支撑单位：C）``) or a list of unit
  names with a role verb (``（A、B负责）``, ``（A牵头，B参与）``, ``（A指导）``);
- label lines under the task (``责任单位：A、B`` / ``完成时限：…``);
- in a paragraph with neither, roles written in prose about named units
  (``由A、B牵头，会同C…``, ``A会同有关部门…``, ``A负责编制…``, ``A是…责任主体``);
- under a 职责分工 heading, a paragraph introduced by unit names (``区民防办：负责…``,
  ``1.派出所。配合…``, a heading ``（一）区绿化市容局`` over its duties): loaders/duties.py.

A paragraph starts at an enumerated line (``1.`` ``（一）`` ``一、`` ``①``), a heading, or a
line after a heading or after one that ends a sentence (OCR'd text breaks lines inside paragraphs). A
hard-wrapped text (a PDF's) is read paragraph by paragraph instead of line by line (``_lines_read``): a
short numbered line that fills the page's width opens a paragraph and is no heading.

>>> from reformgraph.loaders.source import Source
>>> from reformgraph.loaders.assignments import index_assignments
>>> source = Source.from_text(SAMPLE)
>>> r = read_outline(source, index_assignments(source))
>>> [(s.title, [(d.text, [(u.name, u.role) for u in d.assignment.units]) for d in s.drafts]) for s in r.sections]
[('重点任务', [('推进排水管网改造，2026年底前完成。', [('区建设管理委', 'responsible'), ('各街镇', 'responsible')])]), ('保障措施', [('加强督查。', [('区政府办', 'lead')]), ('由区财政局牵头，会同各街镇落实资金。', [('区财政局', 'lead'), ('各街镇', 'support')])])]
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection, Mapping, Sequence
from functools import cache, partial
from typing import NamedTuple

from reformgraph.loaders.assign import read_parenthetical
from reformgraph.loaders.assignments import Index, after_measure_label
from reformgraph.loaders.column_names import is_column_cell
from reformgraph.loaders.compact import CompactText
from reformgraph.loaders.deadlines import parse_deadline
from reformgraph.loaders.docx_numbering import chinese_number
from reformgraph.loaders.plan_periods import date_line
from reformgraph.loaders.reading import Reading
from reformgraph.loaders.roles import ASSISTS_ALONE, Assignment, RoleUnit, dedupe, replaced, unit_replaced
from reformgraph.loaders.scan import split_outside
from reformgraph.loaders.source import Source
from reformgraph.loaders.tasks import Draft, Section, strip_enumerator, without_task_label
from reformgraph.loaders.text_deadlines import text_deadline
from reformgraph.loaders.unit_names import (
    ends_as_a_body,
    is_collective,
    is_unit_name,
    names_a_post,
    names_a_type,
    opens_like_a_body,
    strip_name_brackets,
)
from reformgraph.loaders.vocab import (
    ASSIGNMENT_WORDS,
    CARRIED_UNIT,
    DECIMAL_NUMBER,
    DECORATIONS,
    ENUMERATED,
    GROUP_OPENING,
    GROUP_PREAMBLE,
    LABEL,
    OVER_A_DATE,
    SET_UP_BODY,
    WITH,
    label_role,
    last_field_role,
    split_role,
)
from reformgraph.loaders.wrapped import (
    closes_an_assignment,
    heading_style,
    next_would_fit,
    paragraphs,
    title_style,
)
from reformgraph.records import ParseWarning, quoted
from reformgraph.regexcache import compiled
from reformgraph.textwidth import display_width

SAMPLE = """---
title: 某区2025年城市更新工作要点
---
# 某区2025年城市更新工作要点

一、重点任务
（一）推进排水管网改造，2026年底前完成。（责任单位：区建设管理委，各街镇）
二、保障措施
1. 加强督查。（推进单位：区政府办）
2. 由区财政局牵头，会同各街镇落实资金。
"""

_SECTION = compiled(r"^第?([一二三四五六七八九十]{1,3})(?:、|部分)")  # 一、 第一、 第一部分: a workplan's heading
_SPACED_NUMBER = compiled(r"\s*\d{1,2}(?:[.．]\d{1,2}){0,2}[ \t\u3000]+\S")
# a lower heading, short, with no sentence in it: 2.2 成员单位职责, 3 预防预警, （二）部门职责
_SUB_HEADING = compiled(
    r"^(\d{1,2}(?:[.．]\d{1,2}){0,2}(?![.．、\d])|[（(][一二三四五六七八九十]{1,3}[)）])([\u4e00-\u9fff]{2,16})$"
)
_SENTENCE_END = tuple("。；;！？!?：:）)")
_NUMBER = compiled(r"\d{1,3}[.．、]")
_HEADING_LENGTH = 40  # characters: a heading's words before its parenthetical (_is_heading's bound)
# the levels of an outline's numbers, highest first: 一、 （一） 1. （1） ①
_NUMBER_LEVELS = compiled(
    r"([一二三四五六七八九十]{1,3}、)|([（(][一二三四五六七八九十]{1,3}[)）])|(\d{1,3}[.．、](?:(?!\d)|"
    + OVER_A_DATE
    + "))"
    r"|([（(]\d{1,3}[)）])|([①-⑳])"
    r"|(" + DECIMAL_NUMBER + ")"
)
_DECIMAL_GROUP = 6
# a numbered item opening with words and a colon (1.镇党政办：…, （二）区住建局、区城管局：…): a unit's duty when the
# words are units' names (``duties.read_duty`` decides); or a dash (1.区教育局——负责…, as under a duties heading:
# round 59)
_UNIT_COLON_ITEM = compiled(
    r"(?:[（(][一二三四五六七八九十]{1,3}[)）]|\d{1,3}[.．、](?!\d)|[（(]\d{1,3}[)）]|[①-⑳])[^，,。；;：:—]{2,60}(?:[：:]|——)"
)
# a numbered item opening with words, a full stop and a role verb (（一）区房管局。负责定期牵头召开…): a unit's duties
# under any heading, when the words are units' names (``duties.read_duty`` decides), as under a duties heading
# ``1.街道消委办。牵头开展…`` is (round 65: a duties list whose lead-in is a long sentence, no heading)
_UNIT_STOP_ITEM = compiled(
    r"(?:[（(][一二三四五六七八九十]{1,3}[)）]|\d{1,3}[.．、](?!\d)|[（(]\d{1,3}[)）]|[①-⑳])[^，,。；;：:—]{2,30}。"
    r"(?:主要)?(?:负责|牵头|配合|协助|协调)"
)
_STOP_REACH = 37  # characters from a paragraph's start where ``_UNIT_STOP_ITEM``'s full stop may be (its gate)
_DECIMAL = compiled(DECIMAL_NUMBER)


def number_level(text: str, pos: int) -> int | None:
    """The level of the number that opens the paragraph at ``pos`` (1 for 一、, 2 for （一）, 3 for 1., 4 for （1）,
    5 for ①), else None.

    >>> [number_level(t, 0) for t in ("一、总体要求", "（二）深化改革", "3.推进", "（4）开展", "⑤建立", "推进")]
    [1, 2, 3, 4, 5, None]
    >>> [number_level(t, 0) for t in ("2.1提升", "2.1.1深化", "2.5万户")]
    [4, 5, None]
    """
    m = _NUMBER_LEVELS.match(text, pos, pos + 12)
    if m is None:
        return None
    if m.lastindex == _DECIMAL_GROUP:  # 2.1 under 2., 2.1.1 under 2.1 (round 30)
        return 3 + m.group(_DECIMAL_GROUP).count(".") + m.group(_DECIMAL_GROUP).count("．")
    return m.lastindex


def _numbered_item(text: str, pos: int) -> bool:
    """True where a numbered item (``46.加快…``) starts: a sub-heading above it groups items, it titles none.

    >>> _numbered_item("（七）完善法规标准46.加快修订。", 9), _numbered_item("推进改造。", 0)
    (True, False)
    """
    return _NUMBER.match(text, pos) is not None


def _circled_list_goes_on(text: str, marks: Sequence[int], k: int) -> bool:
    """True when the paragraph ``k`` opens with a circled number that goes on from the circled item before it (⑦
    after ⑥) or on to the one after it (① before ②), past the headings between them: an item of a list numbered on
    through its groups' headings (``（四）资金监管`` / ``⑦加强…``), which a heading above it does not title, as it
    titles none of ``7.`` (round 59; before, the heading's words opened the item's text).

    >>> t = "⑥推进。（二）资金监管⑦加强监管。"
    >>> _circled_list_goes_on(t, [0, 4, 11], 2), _circled_list_goes_on("③建立。④推进。（一）光伏④建设。", [0, 4, 8, 13], 3)
    (True, False)
    """
    number = text[marks[k] : marks[k] + 1]
    if not "①" <= number <= "⑳":
        return False
    near = [text[marks[j] : marks[j] + 1] for j in range(max(0, k - _LIST_REACH), min(len(marks), k + _LIST_REACH + 1))]
    at = k - max(0, k - _LIST_REACH)
    before = next((c for c in reversed(near[:at]) if "①" <= c <= "⑳"), None)
    after = next((c for c in near[at + 1 :] if "①" <= c <= "⑳"), None)
    return before == chr(ord(number) - 1) or after == chr(ord(number) + 1)


# paragraphs a numbered heading on its own line may title above its task's assignment, past the task's own (round 62)
_TITLE_REACH = 5
_UNIT_COLON_REACH = 32  # characters: where a unit's duties' colon stands at the latest (``_opens_with_unit``)


# what opens a paragraph on the cases beyond a list's items (除上述情形外, 除以上情况外, 除前款规定外)
_APART_FROM_THE_LIST = ("除上述", "除以上", "除前述", "除前款")


def _title_over_paragraphs(text: str, marks: Sequence[int], titles: set[int], k: int, prev_end: int) -> int:
    """The index of the short numbered line that titles the paragraphs ``k - n … k`` of one task, none of them an
    item of its own list: a heading on its own line over a few paragraphs and sub-points that the assignment closes
    (``1.强化区级主体责任`` / ``区交通委是…`` / ``按照…，区发展改革委…`` / ``(责任单位：…)``), or -1. The paragraphs between
    open with no number at the heading's level or above, nor ``1.``, the first with none at all (a heading over
    ``1.…`` / ``2.…`` groups items), and hold no heading (round 62, held-out 22; before, the text began at the last
    paragraph).

    >>> t = "2.落实责任各街镇要负责落实。(1)负责资金。(2)指导村居。"
    >>> _title_over_paragraphs(t, [0, 6, 15, 21], {0}, 3, 0), _title_over_paragraphs(t, [0, 6, 15, 21], set(), 3, 0)
    (0, -1)
    >>> _title_over_paragraphs("（一）推进改造1.建立。2.推进。", [0, 7, 11], {0}, 2, 0)  # a heading over items
    -1
    """

    def heading(
        i: int,
    ) -> bool:  # a short line, not a sentence's (（1）做好水源地巡查保护，…上报。: a sub-point, round 63)
        return marks[i] in titles and not (i + 1 < len(marks) and text.endswith(_SENTENCE_END, marks[i], marks[i + 1]))

    for j in range(k - 2, max(-1, k - _TITLE_REACH - 1), -1):
        if marks[j] < prev_end:
            return -1
        if heading(j):
            between = range(j + 1, k + 1)
            if _NUMBER.match(text, marks[j + 1]) is not None or number_level(text, marks[j + 1]) is not None:
                return -1
            if any(
                heading(i)
                or _numbered_item(text, marks[i])
                or _sibling_or_higher(text, marks[j], marks[i])
                or ((label := _BARE_LABEL.match(text, marks[i])) is not None and _names_a_field(label.group()))
                or _point_in_a_list(text, marks, i)  # 三是… / 2. / … / 四是…: a point of a list above (round 64)
                for i in between
            ):  # a sub-heading, an item numbered 1. (（一）发展林下种植 / 责任单位：… / 1.…: the group's label), or a
                # field (（一）推进管网改造 / 工作目标：… / 具体措施：…: the task's text is its fields', round 61)
                return -1
            return j if number_level(text, marks[j]) is not None else -1
    return -1


def _numbered_item_goes_on(text: str, marks: Sequence[int], k: int) -> bool:
    """True when paragraph ``k``, opening with no number, label or unit, follows a numbered item's sentences with no
    assignment of their own (``15.研究制定建设标准，…2021年上半年制定出台…。`` / ``在总结评估…的基础上，…。（牵头单位：A）``)
    after items numbered the same way: the item goes on in it, its list closing both (round 64, held-out 35; before,
    the task's text began at the second paragraph and the first one's date was lost).

    >>> t = "14.推进。（牵头单位：甲）15.研究标准，年内出台。在评估基础上谋划。（牵头单位：乙）"
    >>> _numbered_item_goes_on(t, [0, 14, 27], 2), _numbered_item_goes_on("（一）推进。谋划。（牵头单位：乙）", [0, 6], 1)
    (True, False)
    """
    at, before = marks[k], marks[k - 1]
    m = _NUMBER.match(text, before)
    item = k - 2  # the item above, past its list set apart on a line of its own (``（牵头单位：甲）``)
    if item >= 1 and _a_list_alone(text, marks[item], before):
        item -= 1
    return (
        m is not None
        and _NUMBER.match(text, at) is None
        and number_level(text, at) is None
        and _BARE_LABEL.match(text, at) is None
        and _NUMBERED_NAME.match(text, at) is None  # 问题2：…: a block of its own (round 47)
        and not _opens_a_point(text, at)
        and not _opens_with_unit(text[at : at + _UNIT_COLON_REACH])
        and text.endswith("。", before, at)
        and item >= 0
        and _NUMBER.match(text, marks[item]) is not None  # 14.… before 15.…: a list of numbered items
    )


def _a_list_alone(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` (a paragraph) is one assignment list in brackets and nothing else: an item's list
    set on a line of its own under its sentences (``（牵头单位：甲。配合单位：乙）``), which closes the item above it. Not a
    heading's number in brackets (``（一）…（牵头单位：甲）``) nor two brackets (``（2024年）（牵头单位：甲）``).

    >>> _a_list_alone("（牵头单位：甲。配合单位：乙）", 0, 15), _a_list_alone("（一）推进。（牵头单位：甲）", 0, 14)
    (True, False)
    >>> _a_list_alone("（2024年底前）", 0, 9)
    False
    """
    if text[start : start + 1] not in ("（", "(") or text[end - 1 : end] not in ("）", ")"):
        return False
    depth = 0
    for at in range(start, end):
        depth += text[at] in "（("
        depth -= text[at] in "）)"
        if depth == 0:
            return at == end - 1 and ASSIGNMENT_WORDS.search(text, start, end) is not None
    return False


_LIST_REACH = 8  # paragraphs looked through for a circled item's neighbours in its list (its group's headings between)


def _sibling_or_higher(text: str, title: int, pos: int) -> bool:
    """True when the paragraph at ``pos`` is numbered at the level of the short numbered line at ``title`` or
    above it: the next item of the same list (``③建立机制。县自然资源局负总责。`` / ``④建立…``), which that line
    does not title.

    >>> _sibling_or_higher("③建立机制。④推进。", 0, 6), _sibling_or_higher("（一）光伏工程④推进。", 0, 7)
    (True, False)
    """
    level = number_level(text, pos)
    if level is None:
        return False
    above = number_level(text, title)
    return above is not None and level <= above


# not 以…为指导; the lookbehind after 指导, not before it, so that every alternative opens with a literal and
# ``re`` scans for their first characters (a lookbehind first made it try every alternative at every character)
_BARE_LABEL = compiled(r"[\u4e00-\u9fff]{2,8}[：:]")  # a label with no value: 整改措施：, 具体措施：
# the name of a task's field (工作目标, 具体措施, 整改时限 …), not of a point of the heading's work (百个大空间：…, 书香品牌：…,
# 文化志愿者：…: parallel named points the heading's assignment closes, round 64)
_FIELD_NAME = compiled(
    r"[\u4e00-\u9fff]{0,6}(?:目标|措施|内容|任务|举措|要求|时限|时间|成效|进度|标准|问题|情况|重点|做法|安排)"
)


def _names_a_field(label: str) -> bool:
    """Whether a label (``工作目标：``) names a task's field, not a named point of its work (``书香品牌：``; round 64).

    >>> _names_a_field("工作目标："), _names_a_field("整改措施："), _names_a_field("牵头单位："), _names_a_field("书香品牌：")
    (True, True, True, False)
    """
    name = label[:-1]
    return is_column_cell(name) or _FIELD_NAME.fullmatch(name) is not None


_MODAL_HINT = compiled("要|应|须|需|指导下")  # a paragraph may hold units as the subjects of what they must do
# (or of what they do under another's guidance, B在A指导下开展…: round 58 left23)
# the sections where 各成员单位要…, 区财政局要… exhort rather than assign (保障措施, 工作要求): no subject tasks there
# (not a task area named by what it secures: 二、强化要素保障, 五、保障基本民生, round 40)
# round 58: 推进措施 (a 重点项目 plan's: 实行领导包联, 强化要素保障, 加强调度督查 under its projects)
_SAFEGUARDS = compiled("保障(?:措施|机制|支撑)|(?:组织|工作|政策|资金)保障|要求|组织领导|工作机制|督查|考核|推进措施")
# round 61: or a numbered paragraph's own title of that kind, a covering notice's points (一、提高思想认识。…
# 三、强化督导检查。县安委会办公室要加强统筹协调…) before its annex's task table; 督导 (督导检查) as 督查
# (a title that strengthens them, 加强组织领导, 强化督导检查, 严格考核问责; not 推进督导平台建设, 健全督查机制: work)
# round 62: or one in other words, the notice's points that press for the plan's carrying out, its units' duty and
# its publicity (抓好督促落实, 狠抓工作落实, 压实工作责任, 压实责任, 注重宣传引导; not 抓好春耕备耕, 压实企业主体责任, nor
# 加强宣传引导, a plan's task of publicity as often as a notice's point (round 40 fresh/05's （四）): work, whose
# subjects keep their tasks)
_EXHORTS = "(?:抓好|狠抓|抓实)(?:督促|工作)?落实|压实(?:工作)?责任|注重宣传引导"
_SAFEGUARD_TITLE = compiled(
    "(?:(?:加强|强化|严格|严肃)[^。；;，,：:]{0,4}?(?:"
    + _SAFEGUARDS.pattern
    + "|督导)[^。；;，,：:]{0,6}|(?:"
    + _EXHORTS
    + "))。"
)
# a heading that states the plan's own action on requirements (一、明确建设要求, 二、落实一体开发要求): the plan sets
# them there, a section of measures, not one of 工作要求 / 实施要求 / 管理要求 that exhort (round 70); so too a
# campaign's requirements of its cases, kind by kind (三、整治要求: （一）设施农业违法项目：由乡镇人民政府…, round 75
# heldout20, held-out 85), not a rectification's 整改要求, which exhorts the units that rectify (round 63 left32's
# （二）整改完成后，各责任股室要于…前报送…)
_SETS_REQUIREMENTS = compiled("(?:明确|落实)[^，,。；;、]{1,8}要求$|^整治要求$")


def _safeguards_heading(title: str) -> bool:
    """Whether a section's heading ``title`` is one of safeguards or requirements (``_SAFEGUARDS``), where a body's
    modal exhorts, and not the plan's own action on requirements (``_SETS_REQUIREMENTS``, round 70).

    >>> _safeguards_heading("保障措施"), _safeguards_heading("实施要求"), _safeguards_heading("明确建设要求")
    (True, True, False)
    >>> _safeguards_heading("整治要求"), _safeguards_heading("整改要求")  # the cases' own (round 75)
    (False, True)
    """
    found = _SAFEGUARDS.search(title)
    return found is not None and not (found.group() == "要求" and _SETS_REQUIREMENTS.search(title) is not None)


_NOTE_OPENING = ("注：", "注:")
_ANNEX_LIST = ("附件：", "附件:")  # the list of a notice's annexes under its body (round 53)
# an item of it: a number and an annex's title, a bracket after it naming who drew it up (分工表（县发展改革局牵头）)
_ANNEX_ITEM = compiled(r"\d{1,2}[.．、]?[^。；;，,：:]{2,80}")
_ANNEX_ITEM_MOST = 84  # characters: the longest such item (a task's paragraph is most often longer: not matched)
_ITEM_NUMBER = 12  # characters: the longest number opening an item (（十二）, 1.2.3.)
_SCHEDULE = compiled(
    "进度安排|实施步骤|工作步骤|步骤安排|时间安排|推进步骤|阶段安排"
)  # a plan's schedule, stage by stage
# a procedure's section (六、工作流程): its numbered steps say who does what by a modal (5.各镇应建立…日志), the routine
# of the work, no task; a step stating a role in words (由A负责转办) is one (round 63)
_PROCEDURE = compiled("工作流程|办理流程|处置流程|运行流程|工作程序")
# an article's number at a paragraph's start (第四条 操作规则及办理手续, 第一条 为规范…): a plan written as a regulation
_ARTICLE = compiled("第[一二三四五六七八九十百零]{1,4}条")
_FIRST_BREAK = compiled("[，。；;：:]")  # where a duty's first clause ends (``_heading_unit_works_first``)
_ARTICLES_LEAST = 3  # paragraphs opening with an article's number: the plan is written as articles
# a sub-heading of a duties section over the posts and offices set up (（一）组织构架 / 1.区级路长：设立…，由…担任),
# not their duties (round 63)
_SET_UP = compiled("组织(?:体系|构架|架构)|机构设置")
_SET_UP_HEADING = 12  # characters: the longest such sub-heading read
# a body's posts a paragraph names as it sets the body up (镇政府成立…领导小组，组长由镇长担任…; 领导小组下设…办公室，
# 主任由…兼任): round 81 heldout28
_POSTS = compiled(r"由[^，,。；;]{1,20}?(?:担任|兼任)")
_ROLE_IN_SET_UP = compiled("负责(?!人)|牵头")  # the work given to the body (not a 负责人, a post)


def _sets_up(text: str, start: int, end: int) -> bool:
    """Whether the paragraph ``text[start:end]`` sets a body up and names its posts, with no role word: the body's
    make-up under its heading (``（一）工程管理领导小组`` / ``镇政府成立…领导小组，组长由镇长担任…``), no task of the
    heading's body (round 81 heldout28, held-out 109 lines 40 and 52).

    >>> _sets_up("镇政府成立工程管理领导小组，组长由镇长担任，成员为各科室。", 0, 29)
    True
    >>> _sets_up("领导小组下设工程管理办公室，主任由镇规划办负责人兼任。", 0, 27)
    True
    >>> _sets_up("成立工程管理领导小组，组长由镇长担任，负责统筹协调。", 0, 26)  # with its work: read as before
    False
    """
    if _POSTS.search(text, start, end) is None or _ROLE_IN_SET_UP.search(text, start, end) is not None:
        return False
    return SET_UP_BODY.search(text, start, end) is not None or text.find("下设", start, end) != -1


_SECTION_NUMBER = 6  # characters: a top-level heading's number (第十二部分)
# (职责分工: A、B按照职责分工，将…, round 40; round 44: 协助 as 配合, …工作，A是第一责任单位，B协助; A统筹，B、C各司其职,
# looked for from its 司: 各 opens a word on most lines of a plan; round 47: 主办, A主办，B会办 with no 由; round 53:
# 主责, 主抓, A主抓，B协办 with no 由; round 54: 协办, A统筹，B协办: 统筹 alone is too common a word (统筹推进), the
# partner's verb marks the paragraph and prose asks for a unit before 统筹; round 55: 统筹 and a comma before a
# 参与 or 协同 in the same sentence, A统筹，B参与: the partner's verbs are too common alone)
# the partners' verbs after a lead's 抓总 or 统筹 (A抓总，B具体落实; A统筹，B、C按职责分工落实): they carry the task out
_CARRIED_OUT = r"(?:具体|抓好|组织|分头|分工)(?:落实|实施)"
_PARTNERS_AFTER = r"[，,](?=[^。；;\n]{2,60}?(?:参与|协同|" + _CARRIED_OUT + "))"
_PROSE_HINT = compiled(
    r"由|会同|负责|负总责|责任主体|牵头|指导(?<!为指导)|配合|协[助办]|设在|职责分工|(?<=各)司其职"
    # round 57 left21: A落实主体责任，B履行监管职责 (the bearers of the main duty beside their supervisor)
    r"|主(?:[办责抓]|体责任(?=[，,][^，,。；;\n]{2,30}?监管))"
    r"|别办理(?<=分别办理)"  # round 61: A、B分别办理 (a 交办's 分办 written out, no 由), from its rarer 别
    r"|筹(?<=统筹)"
    + _PARTNERS_AFTER  # round 55: A统筹，B参与 / B协同 (prose asks both for units; looked for from its
    # 筹, the lookbehind after it, as 指导's: ``re`` then scans for first characters; written first, the lookbehind
    # made it try every character, 0.4 M instructions on the bundled plan)
    + r"|抓总"
    + _PARTNERS_AFTER  # round 59: A抓总，B具体落实, and A统筹，B、C组织实施 (the partners carry the
    # lead's task out, as prose reads them; before, the paragraph had no word of an assignment and its task was lost);
    # an alternative of its own (as one group with 筹's, ``re`` lost the first characters: 0.2 M on the bundled plan),
    # from its 抓 (from 总 with a lookbehind, the bound's search of 总, ten times as common, cost 0.5 M)
    + r"|置主体(?<=处置主体)"  # round 64: A是…处置主体 (as 责任主体), looked for from its 置 (处 is a hit on many lines)
)
# a paragraph asking units to do something (请A根据…, 责成A…: round 35) is read as prose too; like the subjects of
# 要 (``subject_tasks``), not counted in the outline's bound (a 纪要 meets no workplan book)
# (round 58: a 督办通知's 交A办理, 交由A办理)
_ASKED_HINT = compiled(r"(?<![申邀提报呈聘])请|责成|交(?=由|[省市县区镇乡街各])")


def _named_leads(task: tuple) -> bool:
    """Whether a subject task ``(start, end, assignment)`` is led by named bodies only (no partner, no collective).

    >>> _named_leads((0, 9, Assignment(units=(RoleUnit("市司法局", "lead", 0),))))
    True
    >>> _named_leads((0, 9, Assignment(units=(RoleUnit("各有关部门", "lead", 0),))))
    False
    """
    return all(u.role == "lead" and not is_collective(u.name) for u in task[2].units)


# every body of one level, written as a set (各区政府, 各街镇): beside a named body, a share of a divided point
_EVERY_LEVEL_BODY = compiled(r"各(?:区|县|区县|县区|乡镇|镇|街道|街镇)(?:人民政府|政府|办事处)?")


def _body_leads(task: tuple) -> bool:
    """Whether a subject task is led by named bodies or by every body of one level (``各区政府``), nothing else.

    >>> _body_leads((0, 9, Assignment(units=(RoleUnit("各区政府", "lead", 0),))))
    True
    >>> _body_leads((0, 9, Assignment(units=(RoleUnit("各有关部门", "lead", 0),))))
    False
    """
    return all(
        u.role == "lead" and (not is_collective(u.name) or _EVERY_LEVEL_BODY.fullmatch(u.name) is not None)
        for u in task[2].units
    )


def _divided_among_bodies(subjects: list) -> bool:
    """Whether a safeguards point's subject tasks divide its work among two named bodies or more, each in a clause of
    its own (``市司法局要做好指导…，市城管执法局要出台…细则``): they assign, a task each (round 68 heldfix68b: held-out
    62 line 62), while one body's ``县财政局要保障工作经费`` there still exhorts (round 40) and so do collectives'.
    Round 69: a named body beside every body of a level divides it too (``各区政府要…。市交安委要…``: held-out 59
    lines 34, 36), while bodies of levels alone (``各区要…，各街镇要…``) still exhort.
    """
    return sum(map(_body_leads, subjects)) > 1 and any(map(_named_leads, subjects))


def _safeguard_item(text: str, mark: int, end: int) -> bool:
    """Whether the paragraph ``text[mark:end]`` is a numbered point whose own title (its words up to the first 。)
    names a safeguard (督查, 考核, 组织领导, 督导 …): its subjects exhort, as under a 保障措施 heading (round 61).

    >>> t = "三、强化督导检查。县安委会办公室要加强统筹协调。"
    >>> _safeguard_item(t, 0, len(t)), _safeguard_item("（二）推进督导平台建设。县教育局要…", 0, 18)
    (True, False)
    >>> _safeguard_item("（五）健全督查机制。县督查室要…", 0, 16), _safeguard_item("加强组织领导。县发改局要…", 0, 13)
    (False, False)
    >>> t = "三、抓好督促落实。县督查室要定期调度。"  # round 62: a safeguard in other words
    >>> _safeguard_item(t, 0, len(t)), _safeguard_item("（一）抓好春耕备耕。县农业农村局要…", 0, 19)
    (True, False)
    >>> t = "现将《某县方案》印发给你们。三、加强宣传引导。县融媒体中心要…"  # in the notice sending a plan out
    >>> _safeguard_item(t, t.index("三"), len(t)), _safeguard_item("三、加强宣传引导。县融媒体中心要…", 0, 18)
    (True, False)
    """
    if text.find("。", mark, end) == -1 or (number := ENUMERATED.match(text[mark : mark + _ITEM_NUMBER])) is None:
        return False
    start = mark + number.end()
    if _SAFEGUARD_TITLE.match(text, start, end) is not None:
        return True
    return _PUBLICITY_TITLE.match(text, start, end) is not None and _in_covering_notice(text, mark)


# round 62 left31: a point titled for publicity (加强宣传引导, 强化宣传引导, 做好宣传引导) is work in a plan (round 40
# fresh/05's （四）) and in a notice that is the plan (round 41 left/03's 六、), but a safeguard in a notice that sends a
# plan out, its points pressing for the plan's carrying out, as its 压实工作责任 and 注重宣传引导 do
_PUBLICITY_TITLE = compiled("(?:加强|强化|做好)宣传引导。")
_SENDS_OUT = compiled(r"现将《([^《》]{4,80})》(?:印发|转发|下发)")


def _in_covering_notice(text: str, mark: int) -> bool:
    """Whether ``mark`` is in the notice that sends a plan out: after its ``现将《X》印发给你们`` and before X's own title.

    >>> t = "现将《某县方案》印发给你们，并通知如下：三、加强宣传引导。县融媒体中心要…某县方案一、重点任务（七）加强宣传引导。"
    >>> _in_covering_notice(t, t.index("三、")), _in_covering_notice(t, t.index("（七）")), _in_covering_notice("三、加强宣传引导。", 0)
    (True, False, False)
    """
    at = text.rfind("现将", 0, mark)
    sent = _SENDS_OUT.match(text, at) if at != -1 else None
    return sent is not None and text.find(sent.group(1), sent.end(), mark) == -1


def read_outline(
    source: Source,
    index: Index,
    *,
    skip: Sequence[tuple[int, int]] = (),
    title: str | None = None,
    beat: int | None = None,
    book: Sequence[Section] = (),
) -> Reading:
    """The numbered-task-list reading of the document's lines outside ``skip`` (0-based, end exclusive).

    With ``beat`` (another reading's evidence): when even an upper bound of this reading's
    evidence (its assignments, plus one prose task per line that mentions a role outside
    them) is lower, that bound is its evidence and it is only built if asked for. ``book``: the
    sections of the workplan book that ``beat`` counts, whose responsible sections' lines the bound
    counts whole, unsearched (``book_lines``).
    """
    skipped = [False] * len(source.lines)
    for a, b in skip:
        for i in range(a, min(b, len(source.lines))):
            skipped[i] = True
    if beat is not None:
        bound = _quick_bound(source, index, book_lines(source, book) if book else ((), 0))
        if bound >= beat:
            bound = _evidence_bound(source, index, skipped)
        if bound < beat:
            return Reading("outline", lambda: _read(source, index, skipped, title).sections, evidence=bound)
    return _read(source, index, skipped, title)


# what opens a line of its own kind: a name and a colon (问题2：…, 整改目标：…), a number allowed before the colon
_NAMED_LINE = compiled(r"[\u4e00-\u9fff]{1,8}[\d一二三四五六七八九十]{0,3}[：:]")
# ... with its number (问题2：…, 任务三：…): a block of its own, which no short line above it titles (round 47)
_NUMBERED_NAME = compiled(r"[\u4e00-\u9fff]{1,8}[\d一二三四五六七八九十]{1,3}[：:]")


def _opens_a_named_item(c: str) -> bool:
    """Whether the compact line ``c`` opens an item named with its number (``问题一：…``, ``任务2：…``): a block of its
    own, as a numbered line opens one, whatever the line above (round 58: after a title with no sentence end,
    ``…问题整改清单`` / ``问题一：…``, the first problem's text ran back over the title and the signature above).

    >>> _opens_a_named_item("问题一：部分小区消防通道被占用"), _opens_a_named_item("整改措施：开展清理")
    (True, False)
    >>> _opens_a_named_item("推进改革，完成验收"), _opens_a_named_item("问题：审批慢")
    (False, False)
    """
    return _NUMBERED_NAME.match(c) is not None and LABEL.match(c) is None


def _problem_over_measure(text: str, marks: Sequence[int], k: int) -> bool:
    """Whether paragraph ``k`` (offsets ``marks``) is a measure's label and words (``整改措施：…``) right under an item
    named with its number (``问题1：…。``): the block's problem, a sentence of its own, titles the task whose unit
    labels follow, as the problem written with no sentence end does (round 58 fresh25) (round 63).

    >>> t = "问题1：项目管护不到位。整改措施：建立台账。"
    >>> _problem_over_measure(t, [0, 12], 1), _problem_over_measure("工作目标：完善。整改措施：建立台账。", [0, 8], 1)
    (True, False)
    >>> _problem_over_measure("问题1：收费不规范。整改措施：1.清理；2.公示。", [0, 10], 1)
    False
    """
    colon = text.find("：", marks[k], marks[k] + 6)
    return (
        colon != -1
        and after_measure_label(text, marks[k], colon + 1)
        and ENUMERATED.match(text[colon + 1 : colon + 8]) is None  # 整改措施：1.…；2.…: a task each (round 35)
        and _opens_a_named_item(text[marks[k - 1] : marks[k - 1] + 16])
    )


def _after_label_line(before: str, c: str) -> bool:
    """Whether the line ``c`` starts a paragraph after a label line (``整改时限：2025年12月31日前`` / ``问题2：…``): it
    opens with words and a colon that are no label of the run (round 35; before, the next block of a 整改清单 went
    on in the label line's paragraph, and the labels reached the items after it).

    >>> _after_label_line("整改时限：2025年12月31日前", "问题2：审批时间长。"), _after_label_line("责任单位：A局", "整改时限：9月底")
    (True, False)
    >>> _after_label_line("责任单位：市住建局、", "问题2：审批。"), _after_label_line("建设平台，", "问题2：审批。")
    (False, False)
    """
    return (
        LABEL.match(before) is not None
        and not before.endswith(("、", "，", ","))
        and _NAMED_LINE.match(c) is not None
        and LABEL.match(c) is None
    )


def _closed_by_its_deadline(before: str, c: str) -> bool:
    """Whether a paragraph whose line ``before`` ends in a deadline field (``…。完成时限：每月``) ends there, a blank
    line before the next line ``c``: the field's value is whole unless ``c`` goes on with a date's words (round 54;
    before, the last item ran on into the signature, its issuer in the text, its date the task's deadline).

    >>> _closed_by_its_deadline("推进改革。A负责。完成时限：每月", "某市人民政府办公室")
    True
    >>> _closed_by_its_deadline("完成时限：2026年", "12月底前"), _closed_by_its_deadline("县财政局配合，", "某市人民政府办公室")
    (False, False)
    """
    return c[0] not in _DATE_GOES_ON and last_field_role(before) == "deadline"


def _closed_by_its_units(before: str, c: str) -> bool:
    """Whether a paragraph whose line ``before`` ends in a unit field (``责任单位：A（牵头）、B``) ends there, a blank
    line before the next line ``c``: the field's value is whole when it ends in a unit's name, not after a mark that
    lists more (round 56; before, a group's assignment written after its items ran on into the signature, and the
    group's units were its last item's alone).

    >>> _closed_by_its_units("责任单位：镇自然资源所（牵头）、镇综合行政执法队", "某镇人民政府")
    True
    >>> _closed_by_its_units("责任单位：镇自然资源所（牵头）、", "镇综合行政执法队"), _closed_by_its_units("推进改革，", "某镇人民政府")
    (False, False)
    >>> _closed_by_its_units("牵头单位：市城市管理局", "责任单位：各区人民政府")
    False
    """
    if (
        before.endswith(("、", "，", ",", "；", ";"))
        or last_field_role(before) not in _UNIT_ROLES
        or LABEL.match(c) is not None  # the run of label lines goes on (double-spaced: round 46 fresh12/08)
    ):
        return False
    last = before[max(before.rfind("："), before.rfind(":"), before.rfind("、")) + 1 :]
    return is_unit_name(split_role(last)[0])


_UNIT_ROLES = frozenset(("lead", "responsible", "support"))
_DATE_GOES_ON = frozenset("0123456789０１２３４５６７８９一二三四五六七八九十年月日底前末内季度半上下旬")


def _is_heading(line: str, c: str) -> bool:
    """A heading line (``# …``, a short enumerated line such as ``一、主要任务``, or a short line opening with a heading
    bullet: ``◆ 提升政务服务效能``): the next line starts a paragraph. A short enumerated line whose sentence goes on
    (``_goes_on``) is an item wrapped into the next line, no heading (round 57: ``3.推动节能进机关。A牵头，`` / ``B配合，…``;
    before, the item was cut at the line's end, its partners and date lost).

    >>> _is_heading("（一）推进管网改造", "（一）推进管网改造"), _is_heading("3.推进改造。A牵头，", "3.推进改造。A牵头，")
    (True, False)
    """
    opening = line.lstrip()[:1]
    if "包" in c or "联系" in c:
        c = _without_link_fields(c)  # a village's heading and its link fields (一、东溪村（包联领导：…）: round 73)
    return opening == "#" or (
        len(c) <= 40
        and (
            (ENUMERATED.match(c) is not None and not _goes_on(c))
            or (opening in _HEADING_BULLETS and not c.endswith(("。", "；")))
        )
        and not LABEL.search(c)
        # （五）任务名称：建设公园 opens its item's block (主要内容：… / 牵头单位：…), no heading over it (round 45)
        and not (("：" in c or ":" in c) and without_task_label(bare := strip_enumerator(c)) != bare)
    )


# a line's end that leaves its sentence open (the next line goes on with it): a comma, a list's 、
_GOES_ON = ("，", ",", "、")


def _goes_on(c: str) -> bool:
    """Whether the compact line ``c`` leaves its sentence open: it ends in a comma or a 、, or in the middle of a
    word after a sentence of its own (a 。 in it: a heading's title holds no sentence before it, round 57) or after
    its lead and role verb (``_opens_with_its_lead``: a title names work, not who does it, round 58).

    >>> [_goes_on(c) for c in ("3.推进改造。A牵头，", "3.推进改造。由市机关事务管理局", "（一）坚持问题导向，强化源头治理")]
    [True, True, False]
    >>> [_goes_on(c) for c in ("（一）开展调查。A牵头，B配合。", "（一）推进管网改造", "（三）市机关事务管理局牵头推动节")]
    [False, False, True]
    """
    return c.endswith(_GOES_ON) or (
        _WORD_CHAR.match(c, len(c) - 1) is not None and ("。" in c or _opens_with_its_lead(c))
    )


# a unit and its role verb opening an item, the verb's work after it (（三）市机关事务管理局牵头推动…)
_LEAD_OPENING = compiled(r"(.{2,30}?)(?:牵头|负责|会同)(?=[\u4e00-\u9fff])")


def _opens_with_its_lead(c: str) -> bool:
    """Whether the enumerated line ``c`` opens with a unit leading its work (``（三）市机关事务管理局牵头推动节``,
    ``（一）镇应急办牵头组织开``): a sentence, which a line break cut, not a heading's title (round 58 left23; before,
    the line was a heading and the item's partners and date, on the next line, were lost).

    >>> _opens_with_its_lead("（三）市机关事务管理局牵头推动节"), _opens_with_its_lead("（三）市机关事务管理局")
    (True, False)
    >>> _opens_with_its_lead("（一）强化牵头抓总作用"), _opens_with_its_lead("（二）市财政局负责")
    (False, False)
    """
    m = _LEAD_OPENING.match(strip_enumerator(c))
    return m is not None and is_unit_name(m.group(1))


_WORD_CHAR = compiled(r"[\u4e00-\u9fff\dA-Za-z]")


# the bullets of a plan copied from a web page or a 公众号 post (round 34): a line opening with one starts a paragraph;
# a short line opening with one of the first kind, ending no sentence, is a group's heading
_HEADING_BULLETS = frozenset("◆◇■□●○★☆")
_BULLETS = frozenset(DECORATIONS)


_PROSE_WORDS = (
    "由",
    "会同",
    "负责",
    "负总责",
    "责任主体",
    "牵头",
    "指导",
    "配合",
    "职责分工",
    "协助",
    "协办",  # round 54: A统筹，B协办 (统筹 closes a lead's clause in prose, round 47)
    "司其职",  # 各司其职, where _PROSE_HINT's match starts (a word that starts a line before it could count one for two)
    "主办",  # round 47: A主办，B会办 (a 交办's roles, with no 由)
    "主责",  # round 53: A主责，B协办 (lead verbs, with no 由)
    "主抓",
    # round 55: A统筹，B参与 / B协同, matched from its 筹 (session 41: the bound counted the partner's verb, on a line
    # of its own when the lookahead runs on into the next line: 甲统筹，/ 乙参与 was one line for two)
    "筹，",
    "筹,",
    "抓总，",  # round 59: A抓总，B具体落实
    "抓总,",
    "设在",  # session 41: in _PROSE_HINT since round 44, never counted by the bound
    "主体责任",  # round 57 left21: A落实主体责任，B履行监管职责
    "别办理",  # round 61: A、B分别办理, matched from its 别
    "置主体",  # round 64: A是…处置主体, matched from its 置
)  # what _PROSE_HINT matches, each from where its match starts (so that the bound counts the lines it starts on)
# what each word is looked for by: ``str.find`` of one character is a C scan several times faster than ``re``
# looking for a set of first characters (~60 instructions a character) or than ``str.find`` of a word; one rare
# in plans (头 of 牵头, not 责 of every 责任单位), or the word where every character of it is common (责任主体), or
# where its first one is a hit on most lines (会 of 社会, 会议: 会同 whole, 0.84M instructions against 1.05M)
_PROSE_KEYS = (
    "由",
    "会同",
    "责",  # 负责, 负总责, 责任主体, 职责分工, 主责 and 主体责任: one regex pass at 责 (``_PROSE_SCANS``)
    "责",
    "责",
    "头",
    "指",
    "配",
    "责",
    # 协助 by its 助 (52 stops of the search's byte in the bundled plan, 35 hits); 协办 by the pass at 办: their 协
    # shares its low byte (0x4f) with the high byte of the 4fxx characters (作, 体, 位, 保, 信 …: 6,247 false stops)
    # and is a hit in every 协调 (272 hits for 9 words): session 44, 14.09 → 13.59 M
    "助",
    "办",
    "司",  # 司其职 by its 司 (a few dozen hits: 公司, 司法), not whole
    # round 53: 主办, 主责 and 主抓 by 办, 责 and 抓 (session 48: their 主 was a few hundred hits, 25 true)
    "办",
    "责",
    "抓",
    # 筹 is rare but for 统筹; 设在 whole (设 of every 建设)
    "筹",
    "筹",
    "抓",  # 抓总 (round 59) by its 抓: a tenth as many hits as 总 in the bundled plan
    "抓",
    "设在",
    "责",  # 主体责任 (round 57 left21)
    # round 61: 分别办理 by the pass at 办 (its 别 alone: 83 stops of the search's byte in the bundled plan, 29 hits;
    # whole, a three-character word's search scans the whole text: 0.55 M against 0.13 M; session 46)
    "办",
    "置",  # 处置主体 (round 64) by its 置 (设置, 位置, 处置: a few dozen hits), the match's start
)
# the keys whose words are all found by one pass of a pattern that tries each of the key's occurrences in C: the
# words' keys at other places in them share it (a ``str.find`` loop goes by one place in the words). Session 48:
# 负 (214 hits), 主 (338 hits, 25 true: 主办, 主责, 主体责任) and the whole-word searches of 责任主体, 职责分工 and 协办
# (a two- or four-character word's search scans the whole text) were 4.2 M of the bundled plan's bound; the two passes
# (``re`` scans ~5 instructions a character for a pattern's first literal) and 主抓 by its 抓 are 3.3 M.
# Each pattern matches at an occurrence of its key exactly where one of the key's words has it
# (``tests/test_fast_paths_perfoutline64.py``): the check of the character before the key first, the one that
# fails at most occurrences (责任, 办理, 办公室)
_PROSE_SCANS = {
    "责": compiled(
        r"责(?:(?<=[负主职总体]责)(?:(?<=[负主]责)|(?<=职责)(?=分工)|(?<=负总责)|(?<=主体责)(?=任))|(?=任主体))"
    ),
    "办": compiled(r"办(?<=[协主别]办)(?:(?<!别办)|(?=理))"),
}


def _quick_bound(source: Source, index: Index, counted: tuple[Sequence[tuple[int, int]], int] = ((), 0)) -> int:
    """An upper bound of ``_evidence_bound`` that needs no label-line runs, from string operations mostly.

    Its parenthetical assignments, plus the lines with a colon outside them (where a label line
    could start), plus the lines with a role word outside them (where a prose task could be).
    ``counted`` (``book_lines``): spans of the compact text left unsearched, and what their lines
    count (two a line: a colon and a role word, the most a line can count).
    """
    zones, lines = counted
    outside, assignments = brackets_blanked(source.text.text, index, zones)
    return (
        assignments
        + lines
        + len(_lines_holding(outside, ("：", ":"), source))
        + len(_lines_holding(outside, _PROSE_WORDS, source, _PROSE_KEYS, _PROSE_SCANS))
    )


# what of a role word may end just before a span that the bound leaves unsearched: a word started there runs into it
_PROSE_PREFIXES = frozenset(word[:k] for word in _PROSE_WORDS for k in range(1, len(word)))
_PROSE_REACH = max(len(word) for word in _PROSE_WORDS) - 1
_PROSE_STARTS = frozenset(prefix[-1] for prefix in _PROSE_PREFIXES)


def book_lines(source: Source, book: Sequence[Section]) -> tuple[list[tuple[int, int]], int]:
    """The compact-text spans of the responsible sections of a workplan book's ``book`` (each from its first unit's
    or contact's line to its workplan's last line), which the outline's quick bound counts without searching them,
    and what it counts for their lines: two for each line that is not empty (its colon and its role word, the
    most a line counts). A span starts ``_PROSE_REACH`` characters late where a role word may start before it and
    run into it (``牵头`` broken after 牵), so that the line before still finds it.

    Session 49: the bundled plan's responsible sections (``牵头单位：A；分管领导：…；处室负责人：…``) held 204 of
    its 235 colon lines and 197 of its 481 role-word lines, each found by a search's stop and a bisection.

    >>> from reformgraph.loaders.tasks import Section
    >>> from reformgraph.records import ResponsibleUnit
    >>> s = Source.from_text("一、任务\\n推进改革。\\n三、责任单位及责任人\\n牵头单位：甲局\\n\\n配合单位：乙局")
    >>> book = [Section("工作方案", 1, (), 6, responsible=(ResponsibleUnit("甲局", "lead", 4),))]
    >>> zones, lines = book_lines(s, book)
    >>> lines, [s.text.text[a:b] for a, b in zones]
    (4, ['牵头单位：甲局配合单位：乙局'])
    """
    offsets, text, compacts = source.offsets, source.text.text, source.compacts
    ranges = []
    for section in book:
        units, contacts, end = section.responsible, section.contacts, section.line_end
        first = units[0].line if units else contacts[0].line if contacts else None
        if first is not None and end is not None and first <= end:
            ranges.append((first, end))
    ranges.sort()
    lines_in = len(offsets) - 1
    zones: list[tuple[int, int]] = []
    lines = 0
    last = 0  # the last line counted
    for first, end in ranges:
        if first <= last or end > lines_in:
            first, end = max(first, last + 1), min(end, lines_in)
            if first > end:
                continue
        last = end
        start = offsets[first - 1]
        lines += end - first + 1 - compacts[first - 1 : end].count("")  # the lines that are not empty
        if start < _PROSE_REACH:
            start = _PROSE_REACH
        elif (
            text[start - 1] in _PROSE_STARTS
            and (  # a word's beginning may end there: its last character first
                text[start - 1 : start] in _PROSE_PREFIXES
                or text[start - 2 : start] in _PROSE_PREFIXES
                or text[start - 3 : start] in _PROSE_PREFIXES
            )
        ):
            start += _PROSE_REACH
        if start < offsets[end]:
            zones.append((start, offsets[end]))
    return zones, 2 * lines


_LONGEST_BLANK = 256
_BLANKS = [" " * n for n in range(_LONGEST_BLANK)]  # a bracket's inside blanked, by its length (not made each time)


def brackets_blanked(text: str, index: Index, zones: Sequence[tuple[int, int]] = ()) -> tuple[str, int]:
    """``text`` (the compact text ``index`` was made from) with the inside of each of its assignments' brackets
    blanked, each character a space (what the quick bound searches for colons and role words), and how many of
    those assignments name units. ``zones``: spans ``[a, b)`` in order, apart, blanked as well (``book_lines``).

    >>> from reformgraph.loaders.source import Source
    >>> from reformgraph.loaders.assignments import index_assignments
    >>> source = Source.from_text("一、建平台（牵头单位：区大数据局）。由区财政局牵头。")
    >>> brackets_blanked(source.text.text, index_assignments(source))
    ('一、建平台（          ）。由区财政局牵头。', 1)
    >>> brackets_blanked(source.text.text, index_assignments(source), [(3, 7), (18, 20)])
    ('一、建             ）。  财政局牵头。', 1)
    """
    pieces: list[str] = []
    last = 0
    assignments = 0  # those with units
    spans = iter(zones)
    past = (len(text) + 1, 0)  # no zone left
    at, to = next(spans, past)  # the next zone
    zoned = 0  # where the zones blanked end
    for start, end, assignment, _, _, _ in index.found:
        if assignment[0]:
            assignments += 1
        if at <= start or start + 1 < zoned:  # the zones before the bracket's inside first
            while at <= start:
                last = zoned = _blanked(pieces, text, last, at, to)
                at, to = next(spans, past)
            if last > start + 1:  # one over the bracket's inside
                last = _blanked(pieces, text, last, start + 1, end - 1)
                continue
        pieces.append(text[last : start + 1])
        n = end - start - 2
        pieces.append(_BLANKS[n] if n < _LONGEST_BLANK else " " * n)
        last = end - 1
    while at < past[0]:
        last = _blanked(pieces, text, last, at, to)
        at, to = next(spans, past)
    pieces.append(text[last:])
    return "".join(pieces), assignments


def _blanked(pieces: list[str], text: str, last: int, a: int, b: int) -> int:
    """``[a, b)`` blanked in ``pieces``, which hold ``text`` up to ``last``: the text from ``last`` to ``a``, then
    spaces to ``b`` (what of them is past ``last``); where ``pieces`` end now.

    >>> pieces = ["甲乙"]
    >>> _blanked(pieces, "甲乙丙丁戊己", 2, 3, 5), pieces, _blanked(pieces, "甲乙丙丁戊己", 5, 4, 6), pieces
    (5, ['甲乙', '丙', '  ', ' '], 6, ['甲乙', '丙', '  ', ' '])
    """
    if b <= last:
        return last
    if a > last:
        pieces.append(text[last:a])
        pieces.append(" " * (b - a))
    else:
        pieces.append(" " * (b - last))
    return b


def _lines_holding(
    text: str,
    needles: Sequence[str],
    source: Source,
    keys: Sequence[str] = (),
    scans: Mapping[str, re.Pattern[str]] | None = None,
) -> set[int]:
    """The lines (1-based) on which one of ``needles`` starts in ``text`` (the compact text or a copy of the same
    length): string search, going on from the next line once one is found. A needle is looked for by ``keys[i]``,
    a part of it (its first character when not given), then checked whole; the needles of a key of ``scans`` by
    its pattern, which matches at each of the key's occurrences where one of them holds it (wherever it is in them).

    >>> s = Source.from_text("由甲负责\\n\\n乙\\n丙由丁")
    >>> sorted(_lines_holding(s.text.text, ("由", "负责"), s)), sorted(_lines_holding(s.text.text, ("负责",), s, ("责",)))
    ([1, 4], [1])
    >>> s = Source.from_text("甲负\\n责，乙负总责\\n丙主体责任")
    >>> sorted(_lines_holding(s.text.text, ("负责", "负总责", "主体责任"), s, ("责",) * 3, _PROSE_SCANS))
    [1, 2, 3]
    """
    offsets = source.offsets  # offsets[line]: where the line after ``line`` starts; bisect_right: ``line_of``
    find = text.find
    found: set[int] = set()
    # needles looked for by the same key at the same place in them share one search (负责 and 负总责 by 负); those
    # of a key of ``scans`` share its pattern's pass (the place -1)
    groups: dict[tuple[str, int], tuple[str, ...]] = {}
    for n, needle in enumerate(needles):
        key = keys[n] if keys else needle[0]
        at_key = (key, -1 if scans and key in scans else needle.index(key))
        groups[at_key] = (*groups.get(at_key, ()), needle)
    for (key, k), alike in groups.items():
        if k == -1:  # each match: a needle holds the key there, and starts at most ``reach`` before it
            reach = max([needle.index(key) for needle in alike])
            for m in scans[key].finditer(text):  # type: ignore[index]
                at = m.start()
                line = bisect_right(offsets, at)
                if at - reach >= offsets[line - 1]:  # every needle that holds it starts on its line
                    found.add(line)
                    continue
                for needle in alike:  # a line's start just before the key: the needle's own start
                    start = at - needle.index(key)
                    if start >= 0 and text.startswith(needle, start):
                        found.add(bisect_right(offsets, start))
            continue
        if key in alike:  # the key itself is a needle: each hit is one (no check, no offset)
            at = find(key)
            while at != -1:
                line = bisect_right(offsets, at)
                found.add(line)
                at = find(key, offsets[line])  # the next line's matches: past ``at``
            continue
        at = find(key, k)  # ``at``: where the key would be in a match starting at ``at - k``
        while at != -1:
            if text.startswith(alike, at - k):
                line = bisect_right(offsets, at - k)
                found.add(line)
                at = find(key, offsets[line] + k)  # the next line's matches: past ``at``
            else:
                at = find(key, at + 1)
    return found


def _evidence_bound(source: Source, index: Index, skipped: Sequence[bool]) -> int:
    text = source.text
    taken = sorted([f[:2] for f in index.found] + [(a, b) for a, b, _ in index.runs])
    starts = [a for a, _ in taken]
    prose_lines = set()
    for m in _PROSE_HINT.finditer(text.text):
        at = m.start()
        k = bisect_right(starts, at) - 1
        if k < 0 or at >= taken[k][1]:
            prose_lines.add(text.line_at(at))
    if True not in skipped:
        return sum(1 for f in index.found if f[2][0]) + len(index.runs) + len(prose_lines)
    return (
        sum(1 for f in index.found if f[2][0] and not skipped[text.line_at(f[0]) - 1])
        + sum(1 for a, _, _ in index.runs if not skipped[text.line_at(a) - 1])
        + len(prose_lines)
    )


def _group_number(text: str, para: int, start: int) -> bool:
    """Whether the paragraph at ``para``, its parenthetical at ``start``, is numbered as a group of items: 一、 or
    （一）, a decimal outline's (2.1 over 2.1.1), or 1. over （1） with a heading's words (no comma: round 31).

    >>> _group_number("（一）深化改革（", 0, 7), _group_number("1.深化改革。（", 0, 7), _group_number("1.推行网办，完善渠道。（", 0, 12)
    (True, True, False)
    """
    level = number_level(text, para)
    if level is not None and level <= 2:
        return True
    if level == 3:
        return "，" not in text[para:start]
    return _DECIMAL.match(text, para) is not None


# the number a list's first item opens with (1. （1） ① 一、 2.1; a full-width １ as typed in full-width mode: round 72
# meta72, held-out 57's `１．` under a heading): items under a heading's parenthetical start so
_FIRST_NUMBER = compiled(r"[（(]?[一1１][)）、.．](?!\d)|①|\d{1,2}(?:[.．]\d{1,2}){0,2}[.．][1１](?!\d)")


def _heading_after_fields(tail: str) -> bool:
    """Whether ``tail``, what follows a heading's parenthetical on its line, leaves the line a heading over items:
    nothing, its 。 or ；, or a few words of its title with no stop or comma (``（一）垃圾治理（牵头单位：A；配合单位：B）
    工作任务``, ``（二）（牵头单位：A）农村厕所革命``: round 74 left44; before, the line was a task of its own).

    >>> [_heading_after_fields(t) for t in ("", "。", "工作任务", "农村厕所革命：", "工作，2026年5月底前完成。")]
    [True, True, True, True, False]
    """
    return tail in ("", "。", "；") or (len(tail) <= _TITLE_AFTER_FIELDS and _STOPS.search(tail.rstrip("：:")) is None)


_TITLE_AFTER_FIELDS = 16  # characters: the words of a heading's title after its fields' bracket
_STOPS = compiled("[，,。；;：:（(]")


def _spread_group_assignments(
    found: list[tuple[int, int, int, Assignment, int]],
    marks: Sequence[int],
    ends: Sequence[int],
    claimed: set[int],
    heads: set[int],
    text: CompactText,
    names_units: Callable[[int], bool] = lambda j: False,
    dated: dict[int, str] | None = None,
    dated_brackets: Sequence[tuple[int, str]] = (),
    lead_ins: Collection[int] = (),
) -> tuple[dict[int, int], int]:
    """A group's assignment over its items: a line of labelled units right under a heading, or a parenthetical
    that closes the heading's line (round 25), followed by numbered items that name no unit of their own, gives
    each item those units (``（一）深化商事制度改革`` / ``责任单位：A、B`` / ``1.推进…`` / ``2.推进…``, or
    ``（一）深化商事制度改革（牵头单位：A；配合单位：B）`` / ``1.推进…`` / ``2.推进…``: two tasks of A and B, not one
    task, the heading).

    ``found`` is rewritten in place (the group's entry becomes one entry per item, at the item's end) and the
    items join ``claimed``. Returns each item entry's line (its own line, not the label line's), by its offset,
    and how many assignments were spread (the reading's evidence counts each once).

    Under a heading's parenthetical, an item's own deadline in brackets (``2.1.1 推进…（完成时限：2024年9月底前）``,
    ``dated_brackets``: where each such bracket opens, and its deadline) is its deadline, and its text ends before
    it; an item naming supporting units only (``（配合单位：市司法局）``) is led by the group's leads (round 30).
    ``lead_ins``: where the lead-ins closing an item (``closing_lead_in``) that ``found`` holds start (round 40).
    """
    lines: dict[int, int] = {}
    spread = 0
    dated = dated or {}
    for n in range(len(found) - 1, -1, -1):
        start, end, para, assignment, base = found[n]
        k = bisect_right(marks, para) - 1
        if k < 0 or marks[k] != para:
            continue
        if (
            start == para
            or LABEL.match(text.text, para)  # its paragraph opens with it, or with 责任领导：… (round 35)
            or ((group := _GROUP_STATEMENT.match(text.text, para, start)) is not None and group.end() == start)
        ):  # or with 上述任务 right before its fields (round 37)
            trailing = _trailing_group(text.text, marks, ends, claimed, heads, k, end, names_units)
            if trailing:
                each = _one_each(assignment, len(trailing), text.text[para:end])
                entries = []
                for j, a in zip(trailing, each):  # an item's own date in brackets wins: 1.完成…（2025年8月底前）
                    own = _dated_bracket(text.text, marks[j], ends[j])
                    at, a = (own[0], replaced(a, deadline=own[1])) if own is not None else (ends[j], a)
                    if own is None:  # 2.…，2026年5月底前印发实施。: its own date, not the group's 整改时限
                        a = _item_date_first(a, text.text, marks, ends, j)
                    entries.append((at, ends[j], marks[j], a, base))
                found[n : n + 1] = entries
                claimed.update(trailing)
                lines.update((entry[0], text.line_at(entry[2])) for entry in entries)
                spread += 1
                continue
        under_heading = start == para and k >= 1 and marks[k - 1] in heads  # a label line right under a heading
        if (
            not under_heading
            and not (  # or the heading's own parenthetical: （一）深化…改革（牵头单位：A）
                start - para <= _HEADING_LENGTH
                and _group_number(text.text, para, start)
                and "。" not in text.text[para : start - 1]  # a heading, maybe closed by 。 before its bracket
                and _heading_after_fields(text.text[end : ends[k]])
            )
            and start not in lead_ins  # or 以下事项由A牵头：closing an item (round 40)
        ):
            continue
        items = []
        supported: list[int] = []  # entries of ``found`` after ``n``: items naming supporting units only
        after_n = n + 1
        # a 牵头单位 line under a heading leads the items whose own brackets name no lead (（责任单位：A）: A joins in;
        # round 37)
        group_leads = under_heading and any(u[1] == "lead" for u in assignment[0])
        # the items are numbered a level below the heading's number (一、 over （一）, 1. or ①); under a heading with
        # no number, by 1. （1） or ①
        level = number_level(text.text, marks[k - 1] if under_heading else para) or 2
        if not under_heading and level >= 3 and k + 1 < len(marks) and not _FIRST_NUMBER.match(text.text, marks[k + 1]):
            continue  # an item's sub-items start a list of their own (1. over （1）; 一、 and （一） may number on):
            # 3.开展…（牵头单位：A） / （2）优化法治环境 / 4.… is no item 3 over （2） (round 38)
        for j in range(k + 1, len(marks)):
            item_level = number_level(text.text, marks[j])
            item = item_level is not None and item_level > level
            if not item and (not under_heading or marks[j] in heads or item_level is not None):
                if item_level is None and items and _bare_items_text(text.text, marks, ends, heads, items[-1], j):
                    continue  # 1．完善技术标准 / 制定导则，…。: the bare item's text, as under a unit's heading (round
                    # 75 left45; before, the list ended there and the later items were no task)
                break  # the next heading (（二）, 二、), or under a heading's parenthetical any other paragraph
            if item and j not in claimed and not names_units(j):
                items.append(j)
            elif item and j in claimed and (not under_heading or group_leads):
                while after_n < len(found) and found[after_n][0] < marks[j]:
                    after_n += 1  # ``found`` is in order of its entries' starts: one pointer over the items
                supported.extend(_supports_only(found, after_n, marks[j], ends[j], under_heading))
        if not items and not supported:
            continue
        for m in supported:  # led by the group's leads, beside its supports and their own
            own, own_base = found[m][3], found[m][4]
            units = [unit_replaced(u, pos=u[2] + base - own_base) for u in assignment[0]]  # offsets from its base
            names = {u[0] for u in units}
            units += [
                u if u[1] != "responsible" else unit_replaced(u, role="support") for u in own[0] if u[0] not in names
            ]
            joined = replaced(own, units=tuple(units), deadline=own[1] or assignment[1])
            found[m] = (found[m][0], found[m][1], found[m][2], joined, own_base)
        if not items:
            if supported and (under_heading or start not in lead_ins):
                # the 牵头单位 line, or the heading's own parenthetical (（一）…（牵头单位：A） over items naming their
                # partners only; round 81 fresh81: before, the heading a task of its own), is its items' lead
                del found[n]
                spread += 1
            continue
        after = items[-1] + 1  # a deadline stated for the group after its items (完成时限：长期坚持)
        if assignment[1] is None and after < len(marks) and marks[after] in dated:
            assignment = replaced(assignment, deadline=dated[marks[after]])
        each = _one_each(assignment, len(items), text.text[para:end])
        entries = []
        for j, a in zip(items, each):
            a = _with_own_partners(a, text.text, marks[j], ends[j], base)
            own_bracket = None if under_heading else _bracket_within(dated_brackets, marks[j], ends[j])
            if own_bracket is not None:  # its own deadline in brackets: its text ends before them
                entries.append((own_bracket[0], ends[j], marks[j], replaced(a, deadline=own_bracket[1]), base))
            else:
                a = _item_date_first(a, text.text, marks, ends, j)
                entries.append((ends[j], ends[j], marks[j], a, base))
        found[n : n + 1] = entries
        claimed.update(items)
        lines.update((entry[0], text.line_at(entry[2])) for entry in entries)
        spread += 1
    found.sort(key=lambda f: f[0])
    return lines, spread


def _bare_items_text(
    text: str, marks: Sequence[int], ends: Sequence[int], heads: Collection[int], item: int, j: int
) -> bool:
    """Whether paragraph ``j`` is among the sentences right below the bare item ``item`` (a numbered paragraph closing
    with no 。): every paragraph after the item down to ``j`` unnumbered, no heading, and closed by 。 (round 75).

    >>> t = "1．完善标准\\n制定导则。\\n印发实施。\\n2．推进建设。\\n各地落实。"
    >>> marks, ends = [0, 7, 13, 19, 27], [6, 12, 18, 26, 32]
    >>> _bare_items_text(t, marks, ends, set(), 0, 2), _bare_items_text(t, marks, ends, set(), 3, 4)
    (True, False)
    """
    if text[ends[item] - 1] in _BARE_ENDS:
        return False
    return all(
        text[ends[i] - 1] == "。" and marks[i] not in heads and number_level(text, marks[i]) is None
        for i in range(item + 1, j + 1)
    )


_BARE_ENDS = "".join(_SENTENCE_END)  # an item closing with none of these is bare (a string: one C scan)


def _closing_sub_section(
    text: str, marks: Sequence[int], ends: Sequence[int], titles: set[int], paras: Collection[int], k: int, end: int
) -> int:
    """The index of the sub-heading whose whole sub-section the parenthetical ending at ``end`` assigns, when it closes
    paragraph ``k``, the LAST of the heading's numbered items, and no other item nor intro paragraph of the
    sub-section carries an assignment (``paras``: the paragraphs of the assignments found): ``（一）heading`` / intro /
    ``1．…`` / ``2．…`` / ``3．…（A牵头，B按职责分工负责）`` / ``（二）…`` is one task, the sub-section's, titled by its heading
    (round 68 heldfix68, held-out 57: before, item 3 alone, and the earlier items' sentences with a body and a
    modal tasks of their own). Else -1. The items are numbered one level below the heading from the first, and a
    heading at its level or above (or the end) follows the last.

    >>> t = "（一）压实责任前言。1．要督促。2．要检查。3．要落实。（甲科牵头）（二）推广"
    >>> marks, ends = [0, 7, 10, 16, 22, 34], [7, 10, 16, 22, 34, 39]
    >>> _closing_sub_section(t, marks, ends, {0, 34}, {22}, 4, 34)
    0
    >>> _closing_sub_section(t, marks, ends, {0, 34}, {16, 22}, 4, 34)  # item 2 carries its own: item 3's alone
    -1
    """
    if text[end : ends[k]] not in ("", "。", "；"):
        return -1
    level = number_level(text, marks[k])
    if level is None or level < 3:
        return -1
    if k + 1 < len(marks) and (after := number_level(text, marks[k + 1])) is not None and after >= level:
        return -1  # the list goes on after it
    earliest = k
    for j in range(k - 1, -1, -1):
        item_level = number_level(text, marks[j])
        if item_level is None:
            if marks[j] in titles or marks[j] in paras:
                return -1  # another heading with no number, or a paragraph carrying its own assignment
            continue  # an intro paragraph, or an item's second paragraph
        if item_level == level - 1:
            opens_list = earliest < k and _FIRST_NUMBER.match(text, marks[earliest]) is not None
            return j if opens_list and marks[j] in titles else -1
        if item_level != level or marks[j] in paras:
            return -1
        earliest = j
    return -1


def _sub_sections_closed(
    found: list[_Found],
    marks: Sequence[int],
    ends: Sequence[int],
    titles: set[int],
    claimed: set[int],
    text: str,
    names_units: Callable[[int], bool],
) -> None:
    """Each assignment that closes the last numbered item of a sub-section and the sub-section alone
    (``_closing_sub_section``; no paragraph between naming units with a role in prose, ``names_units``) becomes the
    sub-section's: its entry's text opens at the heading, and the paragraphs between join ``claimed`` (no sentence
    of theirs is a task of its own). ``found`` is rewritten in place."""
    paras = {f[2] for f in found}
    for n, (start, end, para, assignment, base) in enumerate(found):
        k = bisect_right(marks, para) - 1
        if k < 1 or marks[k] != para or not para < start < end <= ends[k]:  # its own bracket
            continue
        heading = _closing_sub_section(text, marks, ends, titles, paras, k, end)
        if heading >= 0 and not any(names_units(j) for j in range(heading + 1, k)):
            # (not over a paragraph naming units with a role of its own, 县供水总公司要负责落实…: its task, round 63)
            found[n] = (start, end, marks[heading], assignment, base)
            claimed.update(range(heading, k))


def _with_own_partners(assignment: Assignment, text: str, start: int, end: int, base: int) -> Assignment:
    """A group's ``assignment`` given to its item ``text[start:end]``, with the partners the item names in prose
    (``prose.item_partners``: ``2.制定…，B参与（2026年9月底前完成）``) after the group's units (round 58; before, the
    item's partner was lost). Positions are offsets from ``base``, as the group's are.

    >>> from reformgraph.loaders.roles import RoleUnit
    >>> a = Assignment(units=(RoleUnit("甲局", "lead", 0),), anchor=0)
    >>> t = "2.制定规划，乙局参与。"
    >>> [(u.name, u.role) for u in _with_own_partners(a, t, 0, len(t), 0).units]
    [('甲局', 'lead'), ('乙局', 'support')]
    """
    if _SUPPORT_HINT.search(text, start, end) is None:
        return assignment
    from reformgraph.loaders.prose import item_partners

    names = {u[0] for u in assignment[0]}
    own = [unit_replaced(u, pos=u[2] - base) for u in item_partners(text, start, end) if u[0] not in names]
    return replaced(assignment, units=(*assignment[0], *own)) if own else assignment


_SUPPORT_HINT = compiled("配合|协助|参[与加]|协同")  # a supporting verb, looked for before the item's clauses


def _with_duty_partners(duty: Assignment, text: str, start: int, end: int) -> Assignment:
    """``duty``, a body's duties ``text[start:end]`` (under its heading, or after its name and a colon or 。), with
    the partners the duties name after 会同 or 协同 (``prose.duty_partners``) supporting its units; as it was when
    the words name none.

    >>> from reformgraph.loaders.roles import RoleUnit
    >>> a = Assignment(units=(RoleUnit("市水务局", "lead", 3),), anchor=3)
    >>> t = "（一）市水务局。负责总体推进；负责协同市财政局建立机制。"
    >>> [(u.name, u.role) for u in _with_duty_partners(a, t, 0, len(t)).units]
    [('市水务局', 'lead'), ('市财政局', 'support')]
    >>> _with_duty_partners(a, "（一）市水务局。负责总体推进。", 0, 15) is a
    True
    """
    if WITH not in text[start:end] and "协同" not in text[start:end]:
        return duty
    from reformgraph.loaders.prose import duty_partners

    named = {u.name for u in duty.units}
    partners = [u for u in duty_partners(text, start, end) if u.name not in named]
    return duty._replace(units=(*duty.units, *dedupe(partners))) if partners else duty


def _cites_by_number(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` gives tasks their units by number (``第1-3项任务由A牵头``).

    >>> _cites_by_number("以上第1-2项任务由甲局牵头。", 0, 14), _cites_by_number("以上工作由甲局牵头。", 0, 10)
    (True, False)
    """
    from reformgraph.loaders.cited_items import CITING

    return CITING.search(text, start, end) is not None


def _cited_by_number(
    found: list[tuple[int, int, int, Assignment, int]],
    marks: Sequence[int],
    ends: Sequence[int],
    claimed: set[int],
    text: str,
) -> list[tuple[int, int]]:
    """Numbered items given their units by a statement citing them by number after them (``第1-3项任务由A牵头，B配合；
    第4项由C负责``, ``任务1、2、5由…``; ``cited_items``), each a task of those units (round 40): their entries join
    ``found``, the items and the statement's paragraph ``claimed`` (no task of its own). An item naming its own units
    keeps them. Returns (entry's offset, item's paragraph offset) of each item read so.

    >>> t = "1.甲改革。2.乙改革，6月底前完成。职责分工。第1、2项由甲局牵头，乙局配合。"
    >>> found = []
    >>> _cited_by_number(found, [0, 6, 19, 24], [6, 19, 24, len(t)], set(), t)
    [(6, 0), (19, 6)]
    >>> [([u.name for u in a.units], a.deadline) for _, _, _, a, _ in found]
    [(['甲局', '乙局'], None), (['甲局', '乙局'], None)]
    """
    from reformgraph.loaders.cited_items import (
        CITING,
        citations,
        cited_items,
        items_of_the_same_list,
        named_citations,
        rest_citation,
    )
    from reformgraph.loaders.prose import read_prose

    out: list[tuple[int, int]] = []
    cited = {bisect_right(marks, m.start()) - 1 for m in CITING.finditer(text)}
    named = _paragraphs_holding(text, "由", marks) - cited  # 老旧小区改造、城中村改造由A牵头: by title (round 40)
    for k in sorted(cited | named):
        if k < 1 or k in claimed:
            continue
        if k in named:
            read = named_citations(text, marks, ends, k)
        else:
            read = [
                (cited_items(text, marks, k, numbers, levels, cited), a, b)
                for numbers, levels, a, b in citations(text, marks[k], ends[k])
            ]
        rest = rest_citation(text, marks[k], ends[k]) if "其" in text[marks[k] : ends[k]] else None
        if rest is not None and read and all(items for items, _, _ in read):
            # 其他工作由C负责 (round 41): C's are the items of the cited ones' list the statement leaves out
            listed = [j for items, _, _ in read for j in items]
            read.append((items_of_the_same_list(text, marks, k, cited, listed), *rest))
        for items, a, b in read:
            assignment = read_prose(text, a, b) if items else None
            if assignment is None or not assignment[0]:
                continue
            for j in items:
                if j in claimed:
                    continue  # its own units win
                found.append((ends[j], ends[j], marks[j], _own_date_first(assignment, text[marks[j] : ends[j]]), 0))
                out.append((ends[j], marks[j]))
                claimed.add(j)
            claimed.add(k)
    found.sort(key=lambda f: f[0])
    return out


_SUPPORT_ROLES = frozenset({"support"})


def _duties_with_partners(
    text: str, mark: int, end: int, at: int, partners: Assignment, base: int
) -> list[tuple[int, int, int, Assignment, int]]:
    """The tasks of a unit's duties paragraph ``text[mark:end]`` (``市人社局：1.…；2.…``, or one duty) in which an
    assignment naming supporting units only (``partners``, written at ``at``, its offsets from ``base``) stands:
    each duty led by the paragraph's unit, the duty holding ``at`` with those partners and their deadline (before:
    one task that names no lead). [] when the paragraph does not open with a unit's name and its colon.

    >>> t = "市人社局：1.推行稳岗返还；2.优化经办，配合单位：市政务服务管理局，9月底前完成。"
    >>> from reformgraph.loaders.assign import read_region
    >>> at = t.index("配合")
    >>> partners = read_region(t, at, len(t), require_label=True)
    >>> [(t[a:s], [(u.name, u.role) for u in d.units], d.deadline) for s, _, a, d, _ in _duties_with_partners(t, 0, len(t), at, partners, 0)]
    [('1.推行稳岗返还；', [('市人社局', 'lead')], None), ('2.优化经办，', [('市人社局', 'lead'), ('市政务服务管理局', 'support')], '9月底前完成')]
    """
    from reformgraph.loaders.duties import numbered_duties, read_duty

    duty = read_duty(text, mark, end)
    if duty is None:
        return []
    spans = numbered_duties(text, mark, end) or [(mark, end)]
    shifted = tuple(unit_replaced(u, pos=u[2] + base) for u in partners[0])
    out = []
    for a, b in spans:
        if a <= at < b:
            joined = replaced(
                duty,
                units=duty[0] + shifted,
                deadline=partners[1],
                people=tuple((label, value, pos + base) for label, value, pos in partners[7]),
            )
            out.append((at, b, a, joined, 0))
        else:
            out.append((b, b, a, duty, 0))
    return out


def _unit_headings(
    found: list[tuple[int, int, int, Assignment, int]],
    marks: Sequence[int],
    ends: Sequence[int],
    claimed: set[int],
    heads: set[int],
    text: str,
    prose_of: Callable[[int, int], Assignment | None],
    pending: list[tuple[int, list[tuple[int, int, int, Assignment, int]]]] | None = None,
) -> int:
    """Tasks listed unit by unit (round 30): a heading that is a unit's name (``一、市发展改革委``) leads the numbered
    items under it, down to the next heading at its level or above, that name no lead of their own (an item's
    supporting units and deadline fields stay its own); items under a sub-heading of its partners' work
    (``（二）配合任务``: the tasks of other units it supports, each led by another) are left as they are.

    A unit's heading over no numbered item may lead the sentences under it instead (``四、区商务局`` / ``推进快递包装
    绿色转型，…，持续推进。``: a duties list that gives one unit a paragraph, round 76), each a task unless it names
    units of its own, when another unit's heading stands at its level (a list of units, no lone title read as a
    name): ``pending`` gains (the heading's start, their ``found`` entries), for ``_sentences_led`` to add when no
    other reading has taken the heading or them.

    ``found`` gains an entry per item the heading leads (and an item's own entry gains the lead) and the items join
    ``claimed``. Returns how many headings lead items.
    """

    led = 0
    entries: dict[int, list[int]] = {}  # paragraph → its entries in ``found`` (those added below are not looked up)
    for n, f in enumerate(found):
        entries.setdefault(f[2], []).append(n)
    unit_levels: list[int | None] = []  # the level of every unit's heading
    over_sentences: list[tuple[int, int | None, list[tuple[int, int, int, Assignment, int]]]] = []
    for k, mark in enumerate(marks):
        if mark not in heads:
            continue
        unit = _heading_unit(text, mark, ends[k])
        if unit is None:
            continue
        level = number_level(text, mark)
        if level is None and text[ends[k] - 1] in "：:":
            level = 1  # 党政办： unnumbered over 1.… / 2.…: a group of its section's, down to the next unit (round 72)
        unit_levels.append(level)
        partners = False  # under a 配合任务 sub-heading
        linked = tuple(RoleUnit(u, "support", mark) for u in heading_link_partners(text[mark : ends[k]]))
        items: list[int] = []
        numbered = False  # whether any numbered paragraph stands under it
        sentences: list[int] = []  # its unnumbered paragraphs that close as sentences, naming no unit of their own
        for j in range(k + 1, len(marks)):
            if marks[j] in heads and not (  # a numbered sentence under it is its item, no sub-heading (round 38)
                # (or a short one closed by its own units: 1．整治楼道。（A配合）, round 73 fresh73; before, its 配合 made it
                # a sub-heading of partners' work, and it and the items after it were no unit's; or a leaf item with no
                # closing 。, round 73 left43)
                (number_level(text, marks[j]) or 0) > (level or 0) > 0
                and (text[ends[j] - 1] in "。；;" or marks[j] in entries or _leaf_item(text, marks, j))
            ):
                sub = number_level(text, marks[j])
                if (level is None or sub is None or sub <= level) or _heading_unit(text, marks[j], ends[j]):
                    break  # the next unit's heading, or the next part of the plan
                partners = _PARTNERS_WORK.search(text, marks[j], ends[j]) is not None
                continue
            if (number := number_level(text, marks[j])) is None:
                if (
                    not (partners or numbered or j in claimed)
                    and _led_sentence(text, marks[j], ends[j])
                    and not ("任" in text[marks[j] : ends[j]] and _sets_up(text, marks[j], ends[j]))
                ):
                    # (not the body's set-up and posts, its make-up: 镇政府成立…领导小组，组长由镇长担任…, round 81)
                    sentences.append(j)
                continue
            numbered = True
            if partners:
                continue
            if level and number <= level:
                break  # （二）平安办： / 1.… / （三）A负责…: the list's next point, no item of the heading (round 73)
            own = entries.get(marks[j])
            if own:
                for n in own:
                    start, end, para, a, base = found[n]
                    if not any(u[1] in ("lead", "responsible") for u in a[0]):
                        lead = RoleUnit(unit, "lead", mark - base)
                        more = tuple(RoleUnit(u.name, "support", mark - base) for u in linked)
                        found[n] = (start, end, para, replaced(a, units=(lead, *more, *a[0])), base)
                        items.append(j)
            elif j not in claimed and (prose := prose_of(marks[j], ends[j])) is not None:
                if _heading_unit_works_first(text, marks[j], ends[j], unit, prose):
                    # 2.汛期前开展…排查，县气象局会同县自然资源局发布预警: the first clause, work with no subject, is the
                    # heading's unit's, which leads beside the later clause's subject (round 66; before, not named)
                    units = (RoleUnit(unit, "lead", mark), *prose.units)
                    found.append((ends[j], ends[j], marks[j], prose._replace(units=units), 0))
                    claimed.add(j)
                    items.append(j)
            elif j not in claimed:
                last = _titled_paragraphs_end(text, marks, ends, heads, claimed, j)
                found.append(_heading_item(text, marks[j], ends[last], RoleUnit(unit, "lead", mark), linked))
                claimed.update(range(j, last + 1))
                items.append(j)
        if not numbered and not items and pending is not None:
            # 四、区商务局 / 推进快递包装绿色转型，…。: the sentences under a unit's heading with no numbered item are
            # its tasks (round 76 fresh76 03; before, none: only numbered items were read under it), when no other
            # reading takes the heading or them (a duties section's heading over its paragraph, round 64)
            lead = RoleUnit(unit, "lead", mark)
            led_items = [
                _heading_item(text, marks[j], ends[j], lead, linked)
                for j in sentences
                if prose_of(marks[j], ends[j]) is None
            ]
            if led_items:
                over_sentences.append((mark, level, led_items))
        if items and text.find("负责", mark, ends[k]) != -1:
            claimed.add(k)  # 党政办负责以下工作：: the heading's own words no task besides its items' (round 72)
        led += bool(items)
    if pending is not None:
        # one of a list of units' headings (another at its level): a lone heading read as a name (held-out 12's
        # （八）建强微型消防站（志愿消防队）, a measure's title) leads no sentence
        pending.extend((mark, led_items) for mark, level, led_items in over_sentences if unit_levels.count(level) > 1)
    found.sort(key=lambda f: f[0])
    return led


def _sentences_led(
    found: list[tuple[int, int, int, Assignment, int]],
    pending: list[tuple[int, list[tuple[int, int, int, Assignment, int]]]],
) -> list[tuple[int, int, int, Assignment, int]]:
    """The entries of the sentences a unit's heading leads (``_unit_headings``' ``pending``) that no entry of
    ``found`` has taken: neither the heading (a duties section's heading read with its paragraph, round 64) nor any
    of its sentences.

    >>> a = Assignment(())
    >>> led = _sentences_led([(5, 9, 3, a, 0)], [(3, [(12, 20, 10, a, 0)]), (30, [(40, 48, 32, a, 0)])])
    >>> [entry[2] for entry in led]  # the first heading was read with its paragraph: the second's sentence only
    [32]
    """
    taken = {f[2] for f in found}
    return [
        entry
        for heading, entries in pending
        if heading not in taken and not any(e[2] in taken for e in entries)
        for entry in entries
    ]


def _titled_paragraphs_end(
    text: str, marks: list[int], ends: list[int], heads: set[int], claimed: set[int], j: int
) -> int:
    """The index of the last paragraph the item ``j`` under a unit's heading spans: the unnumbered paragraphs right
    below it that close as sentences when it is a title (no sentence: ``1、源头工地监管`` over ``督促施工单位…。``),
    else ``j`` itself.

    A unit's 职责清单 gives each item a title line over its duties (round 78 heldout23, held-out 92's annex 2: before,
    the item's text was its title alone).

    >>> t = "1、源头工地监管\\n督促施工单位落实。\\n在出入口安装设备。\\n2、数据协同\\n共享数据。"
    >>> marks, ends = [0, 9, 19, 29, 36], [8, 18, 28, 35, 41]
    >>> _titled_paragraphs_end(t, marks, ends, set(), set(), 0), _titled_paragraphs_end(t, marks, ends, set(), set(), 3)
    (2, 4)
    >>> _titled_paragraphs_end("1、督促施工单位落实。\\n在出入口安装设备。", [0, 12], [11, 21], set(), set(), 0)
    0
    """
    if text[ends[j] - 1] in _CLOSES_A_SENTENCE:
        return j  # 1．推进…。 a sentence of its own: the paragraphs below are no part of it
    last = j
    for m in range(j + 1, len(marks)):
        if marks[m] in heads or m in claimed or number_level(text, marks[m]) is not None:
            break
        if text[ends[m] - 1] not in "。；;":
            break  # 附件3, a table's first cell: no duty of the title's
        last = m
    if last > j and _only_continues(text, marks[j + 1], ends[last]):
        return j  # a time that only continues below a bare item is no time of its (round 75 left45): its title alone
    return last


_WORK_GOES_ON = compiled("持续|长期|常态")  # words of work that goes on, with no rhythm of its own (round 80 left50)


def _only_continues(text: str, start: int, end: int) -> bool:
    """Whether the time the paragraphs ``text[start:end]`` below a bare item state only says their work goes on
    (``巡查情况每月通报，持续推进。``: round 75 left45's guard), not how often the work recurs (``每月核实消纳量…``,
    ``每半年滚动更新``, with no continuing word: round 80 left50, held-out 92 lines 404, 474, the item's time).

    >>> _only_continues("巡查情况每月通报，持续推进。", 0, 14), _only_continues("每半年滚动更新一张图。", 0, 11)
    (True, False)
    """
    time = text_deadline(text[start:end], plan_year=_ANY_YEAR)
    if time.status != "ongoing":
        return False
    return not (time.raw or "").startswith("每") or _WORK_GOES_ON.search(text, start, end) is not None


_CLOSES_A_SENTENCE = frozenset("。；;！!？?：:，,、）)")  # how an item's paragraph ends when it is no bare title


def _heading_item(
    text: str, start: int, end: int, lead: RoleUnit, linked: tuple[RoleUnit, ...]
) -> tuple[int, int, int, Assignment, int]:
    """The ``found`` entry of the item ``text[start:end]`` under a unit's heading, which ``lead`` (the heading's unit)
    leads: a deadline label after its words (``完成时限：…``) its deadline and the end of its task, the units after a
    会同 or before a supporting verb its partners, and the heading's ``linked`` partners.

    >>> t = "推进绿色转型，会同区发改局建立台账。"
    >>> cut, _, _, a, _ = _heading_item(t, 0, len(t), RoleUnit("区商务局", "lead", 0), ())
    >>> cut, [(u.name, u.role) for u in a.units]
    (18, [('区商务局', 'lead'), ('区发改局', 'support')])
    >>> t = "推进绿色转型。完成时限：2027年6月底前"
    >>> cut, _, _, a, _ = _heading_item(t, 0, len(t), RoleUnit("区商务局", "lead", 0), ())
    >>> cut, a.deadline
    (7, '2027年6月底前')
    """
    from reformgraph.loaders.prose import duty_partners

    label = LABEL.search(text, start, end)  # 完成时限：… after its words: the task ends before
    dated = label is not None and text[label.start() - 1] in "。；;，," and label_role(label.group(1)) == "deadline"
    cut = label.start() if dated else end
    deadline = text[label.end() : end].rstrip("。；;") or None if dated else None
    # …，会同B落实…: B the partner of the heading's unit (round 64); …，联合B指导…, as 会同 (round 78 heldout23)
    duty = text[start:cut]
    with_units = duty_partners(text, start, cut) if WITH in duty or "联合" in duty else []
    found = Assignment((lead, *with_units, *linked), deadline=deadline, anchor=start)
    if not with_units:
        # 2．规范商铺经营秩序，市市场监管局配合。: the partners a clause names before its supporting verb, as under a
        # group's fields (round 74 left44; before, the heading's unit alone)
        found = _with_own_partners(found, text, start, cut, 0)
    return (cut, end, start, found, 0)


def _led_sentence(text: str, start: int, end: int) -> bool:
    """Whether the unnumbered paragraph ``text[start:end]`` under a unit's heading may be its task: a sentence closed
    by 。 that is no note, no intro over items (closed by a colon) and no signature or date (no closing 。).

    >>> _led_sentence("推进快递包装绿色转型，持续推进。", 0, 16), _led_sentence("主要履行以下职责：", 0, 9)
    (True, False)
    >>> _led_sentence("2027年2月20日", 0, 10), _led_sentence("注：本表由区商务局填报。", 0, 12)
    (False, False)
    """
    return text.endswith("。", start, end) and not text.startswith(_NOTE_OPENING, start)


def _colon_lists(
    text: str,
    marks: Sequence[int],
    ends: Sequence[int],
    claimed: Collection[int],
    sections: Collection[int],
    section_of: Callable[[int], int],
    heading: Callable[[str, int, int], Assignment | None],
) -> set[int]:
    """The paragraphs of a duties section (``sections``) that no assignment claimed and that are a unit's name alone
    with its colon (``heading``: ``duties.colon_heading``), where the section holds two such paragraphs or more: a
    list of units, each over its duties (``区商务局：`` / ``推进…。`` / ``区财政局：`` / ``统筹…。``); a lone one may be a
    field's label or an addressee over what follows (round 77 left47).

    >>> from reformgraph.loaders.duties import colon_heading
    >>> t = "区商务局：\\n推进流通。\\n区财政局：\\n统筹资金。"
    >>> sorted(_colon_lists(t, [0, 6, 12, 18], [5, 11, 17, 23], (), {0}, lambda pos: 0, colon_heading))
    [0, 2]
    >>> _colon_lists(t[:11], [0, 6], [5, 11], (), {0}, lambda pos: 0, colon_heading)  # one name alone
    set()
    """
    by_section: dict[int, list[int]] = {}
    for k, (mark, end) in enumerate(zip(marks, ends)):
        if (
            text[end - 1 : end] in ("：", ":")
            and k not in claimed
            and (section := section_of(mark)) in sections
            and heading(text, mark, end) is not None
        ):
            by_section.setdefault(section, []).append(k)
    return {k for listed in by_section.values() if len(listed) > 1 for k in listed}


def _leaf_item(text: str, marks: Sequence[int], j: int) -> bool:
    """Whether the numbered paragraph ``j`` (at ``marks[j]``) has no items of its own: the next paragraph is numbered
    at its level or above (``1.开展消防排查`` / ``2.…``), or there is none. Under a unit's heading such an item is the
    unit's task though it closes with no 。 (round 73 left43), where an item over deeper ones (``1.道路交通安全`` /
    ``（1）…``) is their sub-heading. Unnumbered sentences right below it (``1.组织安全培训`` / ``每家企业至少参加一次培训。``
    / ``2.…``) are its text, not items: it is a leaf still (round 74 left44; before, a sub-heading over its text).

    >>> t = "1.开展消防排查\\n2.道路交通安全\\n（1）推进劝导站建设。"
    >>> marks = [0, 9, 18]
    >>> _leaf_item(t, marks, 0), _leaf_item(t, marks, 1), _leaf_item(t, marks, 2)
    (True, False, True)
    >>> t = "1.组织安全培训\\n每家企业参加一次。\\n2.开展演练。\\n1.道路交通安全\\n做好以下工作：\\n（1）劝导。"
    >>> _leaf_item(t, [0, 9, 19, 26, 35, 43], 0), _leaf_item(t, [0, 9, 19, 26, 35, 43], 3)
    (True, False)
    >>> _leaf_item("1.统筹调度\\n负责调度。\\n附件3\\n分工表", [0, 7, 13, 17], 0)  # the annex after it (round 78)
    True
    """
    level = number_level(text, marks[j]) or 0
    for k in range(j + 1, len(marks)):
        below = number_level(text, marks[k])
        if below is not None:
            return below <= level
        below_text = text[marks[k] : marks[k + 1] if k + 1 < len(marks) else len(text)].rstrip()
        if not below_text.endswith("。"):
            # an unnumbered heading or label below it (做好以下工作：): its sub-heading; not an annex's heading
            # (``4、特殊事项协调`` / ``负责统筹调度…。`` / ``附件3``: the list ends there, round 78 heldout23)
            return _ANNEX_HEADING.match(below_text) is not None
    return True


# an annex's heading, alone or run into its title (附件3, 附件3全面加强…分工表, 附件：1.…)
_ANNEX_HEADING = compiled(r"附件(?:\s*[\d一二三四五六七八九十]{1,3}|[：:]|$)")


# an intro over a body's numbered duties: its body (a unit's name), then 应当…履行下列/以下…职责 (第七条 区政府应当落实
# 消防工作责任制，履行下列职责：; 第十条 区政府工作部门应当…履行下列共同职责。) or a few words of its field before 职责 and a
# colon (第八条 镇政府消防工作职责：); round 72 heldout17, held-out 76
_DUTY_INTRO = compiled(
    r"(?P<body>[^，。；：:]{2,24}?)(?:应当|应|(?P<role>负责))[^。；：:]{0,30}(?:履行|承担)(?:下列|以下|如下)[^，。；：:]{0,8}职责[：:。]"
    r"|(?P<field_body>[^，。；：:]{2,24}?)[^，。；：:]{0,6}?(?:工作)?职责[：:]"
)
_DUTY_INTRO_LENGTH = 64  # characters: an intro is one short sentence
_INTRO_ENDS = ("职责：", "职责:", "职责。")  # how an intro ends
# an intro over items that each name their own body (第十一条 区政府工作部门按照职责分工依法履行消防工作职责。): the list
# divides the duties by body
_DIVIDED_INTRO = compiled(r"(?:按照|按|根据)职责分工[^。；]{0,8}履行[^。；]{0,10}职责。")
# a duty that only points at the duties other texts give (（十三）法律、法规、规章规定的其他消防工作职责。, （十一）完成
# 街道、镇部署的其他消防工作任务。): no work of its own
_OTHER_DUTIES = compiled(r"[^。]{0,24}其他[^。]{0,10}(?:职责|任务|工作)。?")


def _duty_intro_body(text: str, mark: int, end: int) -> tuple[tuple[str, ...], bool] | None:
    """(the bodies an intro ``text[mark:end]`` names over its numbered duties, whether it gives them a role word of its
    own), else None: units' names (a collective of departments too: 区政府工作部门), not a kind of market actor
    (建设单位, 物业服务企业). Bodies that are 负责 some work and then 履行下列职责 (``街道办事处、镇人民政府负责综合协调…，
    履行下列职责：``, round 80 heldout25, held-out 99 line 44) are named with a role word: the intro is no task of
    its own, its items are theirs (SPEC round 76).

    >>> _duty_intro_body("第七条区政府应当落实消防工作责任制，履行下列职责：", 0, 25)
    (('区政府',), False)
    >>> t = "第八条镇政府消防工作职责："
    >>> _duty_intro_body(t, 0, len(t))
    (('镇政府',), False)
    >>> t = "第十条区政府工作部门应当在各自职责范围内履行下列共同职责。"
    >>> _duty_intro_body(t, 0, len(t))
    (('区政府工作部门',), False)
    >>> t = "街道办事处、镇人民政府负责协调本辖区治理工作，履行下列职责："
    >>> _duty_intro_body(t, 0, len(t))
    (('街道办事处', '镇人民政府'), True)
    >>> t = "建设单位应当履行下列职责："
    >>> _duty_intro_body(t, 0, len(t)), _duty_intro_body("二、主要职责：", 0, 7)
    (None, None)
    >>> t = "区住建局、建设单位负责协调治理工作，履行下列职责："  # a kind among the bodies: none
    >>> _duty_intro_body(t, 0, len(t))
    """
    if end - mark > _DUTY_INTRO_LENGTH or text[end - 1] not in "：:。":
        return None
    at = mark
    if text.startswith("第", at) and (article := _ARTICLE.match(text, at)) is not None:
        at = article.end()
    intro = _DUTY_INTRO.fullmatch(text, at, end)
    if intro is None:
        return None
    body = intro.group("body")
    if body is None:  # 镇政府消防工作职责: the longest name before the field's words
        field = intro.group("field_body") + text[intro.end("field_body") : intro.end()]
        body = next((field[:n] for n in range(len(field) - 2, 1, -1) if is_unit_name(field[:n])), None)
        if body is None or len(field) - len(body) > len("消防工作职责："):
            return None
    named = intro.group("role") is not None
    bodies = tuple(body.split("、")) if named else (body,)  # A、B负责…: each of them (round 80)
    if any(not is_unit_name(b) or (names_a_type(b) and not b.endswith("部门")) for b in bodies):
        return None
    return bodies, named


_MANNER_AFTER_BODY = ("按规定", "按照规定", "依法", "依规", "按照有关规定", "根据有关规定")
_BODY_NAME_LONGEST = 20  # characters


def _body_then_manner(text: str, start: int, end: int) -> str | None:
    """The body's name an item ``text[start:end]`` opens with right before the manner of its work (``区财政局按规定对
    消防资金进行预算管理``: 按规定, 依法 …), else None; a kind of body (``负责…的单位``, ``建设单位``) none.

    >>> t = "区财政局按规定对消防资金进行预算管理，落实经费保障。"
    >>> _body_then_manner(t, 0, len(t)), _body_then_manner("建设单位依法履行职责。", 0, 11)
    ('区财政局', None)
    >>> _body_then_manner("按规定对消防资金进行预算管理。", 0, 15)
    """
    for n in range(min(_BODY_NAME_LONGEST, end - start), 1, -1):
        if text.startswith(_MANNER_AFTER_BODY, start + n) and is_unit_name(name := text[start : start + n]):
            return None if names_a_type(name) or is_collective(name) else name
    return None


def _duty_intros(
    found: list[_Found],
    marks: Sequence[int],
    ends: Sequence[int],
    claimed: set[int],
    text: str,
    prose_of: Callable[[int, int], Assignment | None],
) -> int:
    r"""A body's duties listed under an intro naming it (round 72 heldout17, held-out 76: a 责任制 细则's articles,
    ``第七条 区政府应当…履行下列职责：`` / ``（一）贯彻执行…`` / ``（二）…``): each numbered item right under the intro
    that names no unit of its own is a task the intro's body leads, as under a heading that is a unit's name
    (``_unit_headings``, round 30; held-out 26's intro under such a heading). An item that only points at the
    duties other texts give (``法律、法规、规章规定的其他消防工作职责``) is no task. Under an intro dividing the duties
    by body (``第十一条 区政府工作部门按照职责分工依法履行消防工作职责。``), an item that opens with its own body and no
    role word (``（十）区财政局按规定对消防资金进行预算管理``) is that body's duty (a kind of actor's none).

    So too under a numbered paragraph that opens with a body's name and a colon, over items a level down (round 77
    heldout22, held-out 89: ``2．各居民区：居委党组织承担社区总牵头的责任，…。`` / ``（1）在开展…前充分听取…`` / ``（2）…``):
    the body leads each item and the intro is no task of its own (SPEC, round 76). A kind's (``3．物业公司：…``: no
    unit, ``duties.read_duty``) leads none; a paragraph with no item a level down below it stays one duty
    (``1．领导小组：…``). ``found`` gains the tasks (in order), the items (and a colon's intro) join ``claimed``;
    returns how many intros lead items.

    >>> t = "三、职责分工\n2．区城管执法局：负责统筹推进。\n（1）制定方案。\n（2）开展宣传。\n3．区财政局：负责保障。"
    >>> lines = t.split("\n")
    >>> marks = [sum(len(line) + 1 for line in lines[:i]) for i in range(len(lines))]
    >>> ends = [mark + len(line) for mark, line in zip(marks, lines)]
    >>> found, claimed = [], set()
    >>> _duty_intros(found, marks, ends, claimed, t, lambda a, b: None), sorted(claimed)
    (1, [1, 2, 3])
    >>> [(t[f[2] : f[1]], [u.name for u in f[3].units]) for f in found]
    [('（1）制定方案。', ['区城管执法局']), ('（2）开展宣传。', ['区城管执法局'])]
    """
    from reformgraph.loaders.prose import body_item, duty_partners

    led = 0
    for k in range(len(marks) - 1):
        if k in claimed or (intro := _intro_leads(text, marks, ends, claimed, k)) is None:
            continue
        leads, a_duty = intro
        level = number_level(text, marks[k + 1])
        items = []
        for j in range(k + 1, len(marks)):
            at_level = number_level(text, marks[j])
            if at_level is None and not text.startswith("第", marks[j]):
                continue  # an item's paragraph after its first (区消防救援支队负责… after （一）区应急管理局负责…)
            if at_level != level:
                break  # the next article (第八条…), chapter or part
            if j in claimed or prose_of(marks[j], ends[j]) is not None:
                continue
            number = ENUMERATED.match(text[marks[j] : marks[j] + _ITEM_NUMBER])
            at = marks[j] + (number.end() if number else 0)
            if not leads:
                # （二）区发展和改革委员会应当将…, （十）区财政局按规定对…: its own body's duty, with no role word, in a
                # list dividing the duties by body (elsewhere a regulation's rule: round 66)
                own = body_item(text, at, ends[j])
                if own is not None and not any(names_a_type(u.name) for u in own[2].units):
                    found.append((ends[j], ends[j], marks[j], own[2], 0))
                    items.append(j)
                elif own is None and (name := _body_then_manner(text, at, ends[j])) is not None:
                    found.append((ends[j], ends[j], marks[j], Assignment((RoleUnit(name, "lead", at),), anchor=at), 0))
                    items.append(j)
                continue
            if _OTHER_DUTIES.fullmatch(text, at, ends[j]) is not None:
                continue
            # …，会同B保障经费: B the partner of the intro's body, as under a unit's heading (round 64)
            partners = duty_partners(text, marks[j], ends[j]) if WITH in text[marks[j] : ends[j]] else []
            lead = Assignment((*leads, *partners), anchor=marks[j])
            lead = _with_own_partners(lead, text, marks[j], ends[j], 0)
            found.append((ends[j], ends[j], marks[j], lead, 0))
            items.append(j)
        claimed.update(items)
        if items and a_duty:
            claimed.add(k)  # 2．各居民区：…: the intro of the items it leads, no duty of its own
        led += bool(items)
    found.sort(key=lambda f: f[0])
    return led


_COLON_INTRO_REACH = 40  # characters: where the colon after a numbered intro's units may stand


def _intro_leads(
    text: str, marks: Sequence[int], ends: Sequence[int], claimed: set[int], k: int
) -> tuple[tuple[RoleUnit, ...], bool] | None:
    """(the units paragraph ``k`` introduces the numbered items below it as the duties of, whether it is a duty's
    own paragraph) for ``_duty_intros``: an intro ending in 职责 (none with an intro dividing the duties by body),
    or a numbered body's name and colon over items a level down; else None."""
    from reformgraph.loaders.duties import read_duty

    if text.endswith(_INTRO_ENDS, marks[k], ends[k]):  # (a paragraph ending 职责：/职责。 first: one C call for most)
        if number_level(text, marks[k + 1]) is None:
            return None
        if (intro := _duty_intro_body(text, marks[k], ends[k])) is not None:
            bodies, named = intro
            return tuple(RoleUnit(b, "lead", text.find(b, marks[k], ends[k])) for b in bodies), named
        return ((), False) if _DIVIDED_INTRO.search(text, marks[k], ends[k]) is not None else None
    reach = min(ends[k], marks[k] + _COLON_INTRO_REACH)
    if (text.find("：", marks[k], reach) == -1 and text.find(":", marks[k], reach) == -1) or k + 1 in claimed:
        return None  # (a colon near the start first, either width: a C call or two for most paragraphs)
    level = number_level(text, marks[k])
    below = number_level(text, marks[k + 1])
    if level is None or below is None or below <= level:
        return None
    duty = read_duty(text, marks[k], ends[k])
    return None if duty is None else (duty.units, True)


def _heading_unit_works_first(text: str, start: int, end: int, unit: str, assignment: Assignment) -> bool:
    """Whether a unit's numbered duty ``text[start:end]``, whose prose (``assignment``) names another lead after its
    first clause, opens with work of the heading's ``unit`` (``2.汛期前开展农房地质灾害隐患排查，县气象局会同县自然资源局…``:
    no subject before the comma, so the heading's; round 66): then ``unit`` leads beside the named one. Not when
    ``unit`` is named in it already (``…，县住房城乡建设局会同县自然资源局…`` under 县自然资源局: its partner).

    >>> t = "2.汛期前开展隐患排查，县气象局会同县自然资源局发布预警。"
    >>> a = Assignment((RoleUnit("县气象局", "lead", 13), RoleUnit("县自然资源局", "support", 19)), anchor=13)
    >>> _heading_unit_works_first(t, 0, len(t), "县应急管理局", a), _heading_unit_works_first(t, 0, len(t), "县自然资源局", a)
    (True, False)
    """
    from reformgraph.loaders.prose import work_of_its_own

    if any(u.name == unit for u in assignment.units):
        return False
    number = ENUMERATED.match(text[start : start + _ITEM_NUMBER])
    at = start + (number.end() if number else 0)
    clause = _FIRST_BREAK.search(text, at, end)
    return (
        clause is not None
        and clause.group() == "，"  # one clause of work before the comma (not a title sentence: 完善…体系。根据…)
        and text.find(WITH, clause.end(), end) != -1  # and another unit's 会同 after it
        and all(u.pos > clause.start() for u in assignment.units)
        and work_of_its_own(text, at, clause.start())
    )


_OTHERS_NAMED = (
    "以上",
    "上述",
    "前述",
    "本",
)  # 以上单位要…, 上述部门要…: the units already named, a subject of their own


def _steps_below(text: str, marks: Sequence[int], k: int) -> list[int]:
    """The paragraphs right after paragraph ``k`` that open with a list's ordinals in order from the first (``一是…``,
    ``二是…``, ``三是…``), at least two, each no paragraph of its own subject: the steps of the work ``k`` gives its
    body (``属地街镇应加强…监督管理，负责…日常管理工作。`` over ``一是…`` to ``四是…``, round 79 left49). [] when fewer,
    or when the first does not open with ``一是``.

    >>> t = "各乡镇应加强监管。一是排摸空间。二是做好调查。县住建局指导。"
    >>> _steps_below(t, [0, 9, 16, 23], 0), _steps_below(t, [0, 9, 23], 0), _steps_below(t, [0, 16, 23], 0)
    ([1, 2], [], [])
    """
    from reformgraph.loaders.prose import POINT_ORDINALS

    out: list[int] = []
    for j in range(k + 1, len(marks)):
        n = len(out)
        if n >= len(POINT_ORDINALS) or not text.startswith(f"{POINT_ORDINALS[n]}是", marks[j]):
            break
        out.append(j)
    return out if len(out) > 1 else []


def _more_duty_paragraphs(
    text: str,
    marks: Sequence[int],
    ends: Sequence[int],
    first: int,
    claimed: Collection[int],
    section_of: Callable[[int], int],
    prose_of: Callable[[int, int], Assignment | None],
) -> list[int]:
    r"""The paragraphs after ``first`` (a duties heading's first paragraph) that go on with the heading's duties: in its
    section, unnumbered, unclaimed sentences (``_led_sentence``) naming no unit of their own (no prose reading), up to
    the first that is not one (the next unit's heading, ``县财政局：`` or ``（二）县财政局``, or a part's) or that opens
    with a subject of its own (its place or level, 各, 以上, 上述: the section's closing words, ``各部门要加强协作…``).

    >>> t = "县住建局：\n负责鉴定。\n建立台账。\n县财政局：\n保障经费。"
    >>> marks, ends = [0, 6, 12, 18, 24], [5, 11, 17, 23, 29]
    >>> _more_duty_paragraphs(t, marks, ends, 1, (), lambda pos: 0, lambda a, b: None)
    [2]
    """
    out: list[int] = []
    section = section_of(marks[first])
    for j in range(first + 1, len(marks)):
        mark, end = marks[j], ends[j]
        if (
            j in claimed
            or section_of(mark) != section
            or number_level(text, mark) is not None
            or not _led_sentence(text, mark, end)
            or opens_like_a_body(text[mark : mark + 6])
            or text.startswith(_OTHERS_NAMED, mark)
            or prose_of(mark, end) is not None
        ):
            break  # (各部门要加强协作…, 以上单位要…: the section's closing words, a subject of their own)
        out.append(j)
    return out


def _first_of_a_list(text: str, marks: Sequence[int], k: int) -> bool:
    r"""Whether paragraph ``k`` is a numbered item with the next item of its list right after it (``1.…`` then
    ``2.…``): under a unit's heading, the first of its numbered duties, no paragraph of the heading's own (round 65:
    a first duty naming units, ``1.…，县住房城乡建设局会同县文化广播电视和旅游局逐村制定…``, read by prose as the others
    are; before, the heading took it as its paragraph, one task on the heading's line with no partner).

    >>> t = "（一）县住建局\n1.指导改造；\n2.督促整改；"
    >>> _first_of_a_list(t, [0, 8, 16], 1), _first_of_a_list("（一）县住建局\n负责改造。", [0, 8], 1)
    (True, False)
    """
    level = number_level(text, marks[k])
    return level is not None and k + 1 < len(marks) and number_level(text, marks[k + 1]) == level


_PARTNERS_WORK = compiled(r"配合|协助|协办|参与")  # a sub-heading of the work a unit does for others' tasks
_UNIT_HEADING_LENGTH = 24  # characters: the longest heading read as a unit's name


def _heading_unit(text: str, start: int, end: int) -> str | None:
    """The unit a heading names, when it names one and nothing else (``一、市发展改革委``, ``（一）市财政局：``).

    >>> _heading_unit("一、市发展改革委", 0, 8), _heading_unit("一、主要任务", 0, 6), _heading_unit("（二）牵头任务", 0, 7)
    ('市发展改革委', None, None)
    >>> _heading_unit("四、机关党委（党总支）直接责任", 0, 15), _heading_unit("二、党组书记第一责任人责任", 0, 13)
    ('机关党委（党总支）', None)
    >>> _heading_unit("（二）社区建设办公室负责以下工作：", 0, 18), _heading_unit("（三）平安办负责：", 0, 9)  # round 72
    ('社区建设办公室', '平安办')
    """
    heading = text[start:end]
    if "包" in heading or "联系" in heading:
        heading = _without_link_fields(heading)  # 一、东溪村（包村领导：…；包村干部：…） (round 73)
    if len(heading) > _UNIT_HEADING_LENGTH:
        return None
    name = strip_enumerator(heading).rstrip("：:。")
    if "负责" in name and (duties := _DUTIES_BELOW.fullmatch(name)) is not None:
        name = duties.group(1)  # 社区建设办公室负责以下工作： over its items (round 72 fresh72)
    if name.endswith(("责任", "职责", "任务清单", "责任清单")) and (duty := _DUTY_OF.fullmatch(name)) is not None:
        name = duty.group(1)  # 机关党委（党总支）直接责任, 机关纪委监督责任: the organ whose duties follow (round 38)
        if "及" in name or "和" in name or strip_name_brackets(name).endswith(("部门", "单位", "机构", "主体")):
            return None  # 适用范围及部门职责, 成员单位（科室）职责: no organ
    if not is_unit_name(name) or split_role(name)[1] is not None:
        return None
    if name.startswith("各"):
        # 各街道办事处, 各镇人民政府: every office of a level, whose duties the items list (round 63 heldout4)
        return name if _EACH_OFFICE.fullmatch(name) is not None else None
    # a kind of body (物业服务企业, 建设单位: the actors a 分工与职责 section binds, whose duties are no unit's; round 63
    # heldout4) leads nothing
    return None if names_a_type(name) else name


# round 73 fresh73: the fields in brackets after a village's (or a unit's) heading naming who is linked to it, a 镇's
# plan by village: 包村领导 (a leader's post), 包村干部 or 包村单位 (the offices whose cadres guide the village: its
# tasks' partners), 包联, 包片, 包保 and 联系 written so too; closing the heading, or before a colon or a few words
# naming the village's work (二、石桥村（包村干部：…）：, 一、东溪村（…）防汛任务, 三、西岭村（…）重点工作：, round 74 left44)
_LINK_FIELDS = compiled(
    r"[（(]((?:包村|包联|包片|包保|联系)[\u4e00-\u9fff]{0,3}[：:][^（()）]*)[）)]"
    r"(?:[\u4e00-\u9fff]{0,4}(?:任务|工作|事项))?[：:]?$"
)
_LINK_PARTNER_LABEL = compiled(r"(?:包村|包联|包片|包保|联系)(?:干部|单位|部门)")


def _without_link_fields(heading: str) -> str:
    """``heading`` without the bracket of link fields closing it (``_LINK_FIELDS``).

    >>> _without_link_fields("一、东溪村（包村领导：镇党委副书记；包村干部：镇农业农村办）"), _without_link_fields("一、东溪村（南片）")
    ('一、东溪村', '一、东溪村（南片）')
    >>> _without_link_fields("二、石桥村（包村干部：镇水利站）："), _without_link_fields("一、东溪村（包村干部：镇水利站）防汛任务")
    ('二、石桥村', '一、东溪村')
    """
    found = _LINK_FIELDS.search(heading)
    return heading[: found.start()] if found else heading


def heading_link_partners(heading: str) -> list[str]:
    """The offices a heading's link fields name as the linked cadres' or units' (``包村干部：镇农业农村办、镇综合执法队``):
    partners of the tasks under it; the leaders' posts and the cadres named by their posts are people, no units.

    >>> heading_link_partners("一、东溪村（包村领导：镇党委副书记；包村干部：镇农业农村办、镇综合执法队）")
    ['镇农业农村办', '镇综合执法队']
    >>> heading_link_partners("二、石桥村（包村领导：镇人大主席；包村干部：镇水利站站长）"), heading_link_partners("一、东溪村")
    ([], [])
    """
    found = _LINK_FIELDS.search(heading) if "包" in heading or "联系" in heading else None
    if found is None:
        return []
    partners = []
    for field in re.split(r"[；;，,]\s*(?=[\u4e00-\u9fff]{2,6}[：:])", found.group(1)):
        label, _, value = field.partition("：") if "：" in field else field.partition(":")
        if _LINK_PARTNER_LABEL.fullmatch(label):
            partners += [u for u in re.split(r"[、，,]", value) if is_unit_name(u) and not names_a_post(u)]
    return partners


# a heading giving a unit the items below it: 党政办负责以下工作, 城管办主要负责以下任务, 平安办负责
_DUTIES_BELOW = compiled(r"(.{2,20}?)(?:主要)?负责(?:以下|如下)?(?:工作|任务|事项)?")


# every office of one level (各街道办事处, 各镇人民政府, 各开发区管委会), a definite set unlike 各有关部门 or 各级政府
_EACH_OFFICE = compiled(r"各(?!有关|相关|其他|其它|级)[\u4e00-\u9fff（）()]{1,10}(?:办事处|人民政府|政府|管委会)")


# a heading naming an organ's duties: its name, then the kind of duty (直接责任, 监督责任, 职责, 任务清单)
_DUTY_OF = compiled(r"(.{2,20}?)(?:的)?(?:主体|直接|监督|第一|领导|全面|管理|工作)?(?:责任|职责|任务清单|责任清单)")


def _supports_only(
    found: Sequence[tuple[int, int, int, Assignment, int]], m: int, para: int, end: int, responsible: bool = False
) -> list[int]:
    """The entries from ``found[m]`` on, up to the end ``end`` of the paragraph at ``para``, of that paragraph whose
    units all support (with ``responsible``, or are a 责任单位 field's: a label names no lead; ``（A负责）`` does)."""
    out = []
    while m < len(found) and found[m][0] <= end:
        a = found[m][3]
        roles = ("support", "responsible") if responsible and a[2] else ("support",)
        if found[m][2] == para and a[0] and all(u[1] in roles for u in a[0]):
            out.append(m)
        m += 1
    return out


# the numbers of items written on one line after a task's label: 整改措施：1.…；2.…；3.…
_INLINE_ITEM = compiled(r"[；;](?=\d{1,2}[.．、](?!\d))")


def inline_items(task: str) -> list[str]:
    """The tasks of a task's text: its items, when a task label opens it and numbered items follow on its line
    (``整改措施：1.开展清理；2.建立清单``: each a task of the same units), else the text without its label.

    >>> inline_items("整改措施：1.开展清理；2.建立清单；3.畅通渠道。"), inline_items("任务名称：打通断头路")
    (['开展清理', '建立清单', '畅通渠道。'], ['打通断头路'])
    >>> inline_items("推进1.5级改造；2.0版本上线")
    ['推进1.5级改造；2.0版本上线']
    """
    bare = without_task_label(task)
    if bare is task or not _INLINE_ITEM.search(bare) or not _ENUMERATED_ITEM.match(task):
        return [bare]
    return [strip_enumerator(item) for item in _INLINE_ITEM.split(bare) if item]


_ENUMERATED_ITEM = compiled(r"[^：:]{2,8}[：:]1[.．、](?!\d)")  # a label, then item 1


_DATED_BRACKET_LONGEST = 24  # characters inside a bracket that is a date alone


def _dated_by_the_line_after(
    found: list[tuple[int, int, int, Assignment, int]],
    marks: Sequence[int],
    ends: Sequence[int],
    text: str,
    dated: dict[int, str],
) -> None:
    """Give a task that states no deadline the deadline written after its bracket on its line (``…（A牵头，B配合）
    完成时限：2026年6月底前``, ``…（A牵头），2026年3月20日前完成``) or the deadline line right after its paragraph
    (``完成时限：（1）…；（2）…``), when no other task starts before it (round 38; before, no deadline, or the next
    task's). ``found`` is rewritten in place."""
    for n, (start, end, para, assignment, base) in enumerate(found):
        if assignment[1] is not None:
            continue
        k = bisect_right(marks, max(para, end - 1))  # the paragraph after the task's own
        nxt = found[n + 1][0] if n + 1 < len(found) else len(text)
        tail = text[end : ends[k - 1]].strip(_TAIL_MARKS) if k >= 1 and end < ends[k - 1] <= nxt else ""
        if tail:
            label = LABEL.match(tail)
            value = tail[label.end() :] if label is not None and label_role(label.group(1)) == "deadline" else None
            if value is None and len(tail) <= _TAIL_DATE and parse_deadline(tail).status in ("scheduled", "ongoing"):
                value = tail  # 2026年3月20日前完成, 持续推进
            if value:
                found[n] = (start, end, para, replaced(assignment, deadline=value), base)
                continue
        if k < len(marks) and marks[k] in dated and nxt > marks[k]:
            found[n] = (start, end, para, replaced(assignment, deadline=dated[marks[k]]), base)
        elif k and k < len(marks) and text[ends[k - 1] - 1] not in _BARE_ENDS:
            if (words := _bare_items_date(marks, ends, text, k, nxt)) is not None:
                found[n] = (start, end, para, replaced(assignment, deadline=words), base)


_TAIL_DATE = 16
# what parts a bracket from the time written after it: a comma or stop, and (round 79) a dash, as a 清单 sets its time
# apart (``…（A牵头）——2026年6月底前``: before, the dash was read as the deadline's first words)
_TAIL_MARKS = "，,。；; —－-─–"


def _bare_items_date(marks: Sequence[int], ends: Sequence[int], text: str, k: int, nxt: int) -> str | None:
    """The date written in the unnumbered sentences under a bare item (a numbered paragraph closing with no 。, the
    one before paragraph ``k``), down to the next numbered paragraph or the next task (at ``nxt``): its words, or
    None. ``1．建立整改台账`` / ``对发现的问题逐项整改，2026年7月底前全部销号。`` is one task (round 74 left44), due when
    its text says (round 75 left45; before, no deadline). A paragraph that is a heading or a label (no closing 。)
    ends the item's text, and a date that only continues (持续推进) is not read from it.

    >>> t = "1．建立台账\\n对问题逐项整改，2026年7月底前全部销号。\\n2．开展巡查。"
    >>> _bare_items_date([0, 7, 30], [6, 29, 37], t, 1, len(t)), _bare_items_date([0, 7, 30], [6, 29, 37], t, 1, 7)
    ('2026年7月底前', None)
    """
    for j in range(k, len(marks)):
        if marks[j] >= nxt or number_level(text, marks[j]) is not None or text[ends[j] - 1] != "。":
            return None
        found = text_deadline(text[marks[j] : ends[j]], plan_year=_ANY_YEAR)
        if found.status == "scheduled":
            return found.raw
    return None  # characters: the longest clause after a bracket read as the task's deadline


def _item_date_first(
    assignment: Assignment, text: str, marks: Sequence[int], ends: Sequence[int], j: int
) -> Assignment:
    """A group's assignment given to its numbered item, paragraph ``j``: the item's own date first
    (``_own_date_first``); and a bare item's (closing with no 。) under a group with a deadline of its own, the date
    the sentences right below it state (``_bare_items_date``), in its text as on its line (round 76 left46: before,
    ``1．完善技术标准`` / ``…，2026年6月底前印发实施。`` under ``（一）…（…；完成时限：2026年12月底前）`` read December).

    >>> t = "1．规范摊位\\n对占道摊位登记，2026年6月15日前完成。\\n2．开展抽检。"
    >>> a = ((), "2026年10月底前", True, 0, False, (), (), ())
    >>> _item_date_first(a, t, [0, 7, 30], [6, 29, 37], 0)[1], _item_date_first(a, t, [0, 7, 30], [6, 29, 37], 2)[1]
    ('2026年6月15日前', '2026年10月底前')
    """
    assignment = _own_date_first(assignment, text[marks[j] : ends[j]])
    if assignment[1] is not None and text[ends[j] - 1] not in _BARE_ENDS:
        if (words := _bare_items_date(marks, ends, text, j + 1, len(text))) is not None:
            return replaced(assignment, deadline=words)
    return assignment


def _own_date_first(assignment: Assignment, words: str) -> Assignment:
    """A group's assignment given to an item whose own ``words`` state a date: without the group's deadline, so that
    the item's own is read from its words (round 38); else the assignment as it is."""
    if assignment[1] is not None and _states_a_date(words):
        return replaced(assignment, deadline=None)
    return assignment


def _states_a_date(words: str) -> bool:
    """Whether a task's ``words`` state a date it is due (``…，2026年5月底前印发实施``), not only a year or a
    continuing word.

    >>> _states_a_date("完善督办制度，2026年5月底前印发实施。"), _states_a_date("开展隐患排查，建立台账。")
    (True, False)
    """
    return "月" in words and text_deadline(words, plan_year=_ANY_YEAR).status == "scheduled"


_ANY_YEAR = 2000  # a year for ``text_deadline`` to place 5月底前 in: only whether a date is stated matters


def _text_after(text: str, start: int, end: int) -> str:
    """The words of ``text[start:end]``, the rest of an item after the assignment that opens it (round 36).

    >>> t = "1.【牵头单位：市委组织部】完善选育机制，2026年6月底前出台办法。"
    >>> _text_after(t, 14, len(t))
    '完善选育机制，2026年6月底前出台办法。'
    """
    return text[start:end].lstrip("。；;，, ").rstrip()


def _dated_bracket(text: str, start: int, end: int) -> tuple[int, str] | None:
    """(where it opens, its date) of the last bracket of ``text[start:end]`` that holds a date alone
    (``（2025年8月底前）``), else None (round 35: an item's own deadline under its block's 整改时限).

    >>> t = "（1）完成平台对接（2025年8月底前）。（2）梳理清单（含区县）。"
    >>> _dated_bracket(t, 0, 21), _dated_bracket(t, 21, len(t))
    ((9, '2025年8月底前'), None)
    """
    opening = text.rfind("（", start + 1, end)
    close = text.find("）", opening, end) if opening != -1 else -1
    if close == -1 or close - opening > _DATED_BRACKET_LONGEST or text[close + 1 : end].strip("。；; "):
        return None
    inner = text[opening + 1 : close]
    if ASSIGNMENT_WORDS.search(inner) or parse_deadline(inner).status != "scheduled":
        return None
    return opening, inner


def _bracket_within(brackets: Sequence[tuple[int, str]], start: int, end: int) -> tuple[int, str] | None:
    """The first of ``brackets`` (offset, deadline; in order) that opens in ``[start, end)``, else None.

    >>> _bracket_within([(3, "2024年"), (9, "长期坚持")], 5, 12), _bracket_within([(3, "2024年")], 5, 12)
    ((9, '长期坚持'), None)
    """
    k = bisect_left(brackets, (start, ""))
    return brackets[k] if k < len(brackets) and brackets[k][0] < end else None


def _one_each(assignment: Assignment, items: int, written: str) -> list[Assignment]:
    """The assignment of each of a group's ``items``: the group's, or, where the group's statement ``written`` says
    its leads lead one item each (``上述两项任务由A、B分别牵头，C配合``) and names as many leads as items, the
    n-th lead for the n-th item, with the group's other units.

    >>> from reformgraph.loaders.assign import read_parenthetical
    >>> a = read_parenthetical("牵头单位：甲局、乙局；配合单位：丙局")
    >>> [[u.name for u in x.units] for x in _one_each(a, 2, "（由甲局、乙局分别牵头）")]
    [['甲局', '丙局'], ['乙局', '丙局']]
    >>> [[u.name for u in x.units] for x in _one_each(a, 2, "（牵头单位：甲局、乙局）")]
    [['甲局', '乙局', '丙局'], ['甲局', '乙局', '丙局']]
    """
    if "分别" in written:
        leads = [u for u in assignment[0] if u[1] in ("lead", "responsible")]
        if len(leads) == items > 1:
            others = tuple(u for u in assignment[0] if u[1] not in ("lead", "responsible"))
            return [replaced(assignment, units=(lead, *others)) for lead in leads]
    return [assignment] * items


# what opens a statement of a group's units: 以上工作, 上述两项任务, 以下各项任务, 本部分任务 (the units follow)
_GROUP_STATEMENT = compiled("[（(]?" + GROUP_OPENING)


def in_annex_list(text: str, marks: Sequence[int], ends: Sequence[int], k: int) -> bool:
    """Whether paragraph ``k`` is the list of a notice's annexes (``附件：1.某县XX任务分工表（县发展改革局牵头）``) or an
    item of it after it (``2.某县工作联系人名单（县发展改革局、县财政局）``): titles of documents, the units in their
    brackets those who drew them up, no task (round 53). A task under an annex's heading (``附件1``) is no item of it.

    >>> t = "附件：1.某县分工表（县发展改革局牵头）2.某县联系人名单（县财政局牵头汇总）附件1（一）推进工作。（县财政局牵头）"
    >>> marks, ends = [0, 20, 39, 42], [20, 39, 42, len(t)]
    >>> [in_annex_list(t, marks, ends, k) for k in range(4)]
    [True, True, False, False]
    """
    while k >= 0:
        if text.startswith(_ANNEX_LIST, marks[k]):
            return True
        if ends[k] - marks[k] > _ANNEX_ITEM_MOST or _ANNEX_ITEM.fullmatch(text, marks[k], ends[k]) is None:
            return False
        k -= 1
    return False


def _paragraphs_holding(text: str, word: str, marks: Sequence[int]) -> set[int]:
    """The indexes of the paragraphs (starting at ``marks``) in which ``word`` stands: one search of the whole text
    for a rare word, not a test of every paragraph.

    >>> _paragraphs_holding("1.甲。2.以下由乙：3.丙", "以下", [0, 3, 10])
    {1}
    """
    found: set[int] = set()
    at = text.find(word)
    while at != -1:
        found.add(bisect_right(marks, at) - 1)
        at = text.find(word, at + 1)
    return found


_FIRST_SUB_POINT = ("（1）", "(1)", "①")
_SECOND_SUB_POINT = ("（2）", "(2)", "②")


def _after_sub_points_lead_in(text: str, begin: int, start: int, next_start: int) -> int:
    """Where the first of an item's numbered sub-points opens when the item's words close with a lead-in and a colon
    (``5.加快…转型。具体包括：（1）实施…（A负责）；（2）…（B负责）``) and the next task, read up to ``next_start``, is its
    second sub-point: each sub-point is a task of its own, so the lead-in is none of the first's text (round 41;
    before, the first sub-point's task opened at the item). Else ``begin``.

    >>> t = "5.加快转型。具体包括：（1）实施行动（甲部负责）；（2）开展行动（乙部负责）。"
    >>> t[_after_sub_points_lead_in(t, 0, 19, 30) : 19], _after_sub_points_lead_in(t, 0, 19, 21)
    ('（1）实施行动', 0)
    """
    colon = max(text.rfind("：", begin, start), text.rfind(":", begin, start))
    if colon == -1 or not text.startswith(_FIRST_SUB_POINT, colon + 1):
        return begin
    if not any(text.find(second, start, next_start) != -1 for second in _SECOND_SUB_POINT):
        return begin
    return colon + 1


def closing_lead_in(text: str, mark: int, end: int) -> int:
    """Where a statement of the units of the sub-items below closes a numbered item's paragraph ``text[mark:end]``
    (``8.提升办事便利度。以下事项由A牵头，B负责：`` / ``（1）…`` / ``（2）…``), else -1: its last sentence opens with
    以下 + 由 and ends with a colon (round 40: national 分工方案 write so).

    >>> t = "8.提升办事便利度。以下事项由甲厅牵头，乙厅负责："
    >>> closing_lead_in(t, 0, len(t)), closing_lead_in("8.提升办事便利度。以下是具体措施：", 0, 18)
    (10, -1)
    """
    if text[end - 1 : end] not in ("：", ":"):
        return -1
    at = text.rfind("。", mark, end) + 1
    if at == 0 or text[at : at + 2] != "以下" or GROUP_PREAMBLE.match(text, at, end) is None:
        return -1
    return at


def roles_only(sentence: str) -> bool:
    """Whether ``sentence`` says only who does the work: each clause unit names and a role word
    (``市数据局牵头，市有关部门按职责分工负责。``, ``由A负责，B配合``).

    >>> roles_only("市数据局牵头，市有关部门按职责分工负责。"), roles_only("由市数据局负责，各县（市、区）配合。")
    (True, True)
    >>> roles_only("市数据局牵头编制目录。"), roles_only("编制公共数据资源目录。")
    (False, False)
    """
    clauses = [c for c in re.split("[，,；;]", sentence.rstrip("。；;")) if c]
    if not clauses:
        return False
    for clause in clauses:
        names, role = split_role(clause)
        names = names.removeprefix("由")
        if role is None or not all(is_unit_name(names[a:b]) for a, b in split_outside(names, "、", 0, len(names))):
            return False
    return True


def _group_assignment(
    text: str, start: int, end: int, prose_of: Callable[[int, int], Assignment | None]
) -> tuple[Assignment, int] | None:
    """(assignment, its offsets' base) of a group statement's rest ``text[start:end]``: label fields
    (``责任单位：A；完成时限：…``) or prose (``由A负责，B配合``); None when it names no unit.

    >>> a, base = _group_assignment("以上任务责任单位：甲局", 4, 11, lambda a, b: None)
    >>> [(u.name, u.role) for u in a.units], base
    ([('甲局', 'responsible')], 4)
    """
    while end > start and text[end - 1] in "）)。；;":  # the statement's own closing bracket
        end -= 1
    if start >= end:
        return None
    if LABEL.match(text, start):
        inner = text[start:end].rstrip("。；;").removesuffix("）").removesuffix(")")
        labelled = read_parenthetical(inner)
        return (labelled, start) if labelled is not None and labelled[0] else None
    prose = prose_of(start, end)
    return (prose, 0) if prose is not None and prose[0] else None


def _has_sibling(text: str, marks: Sequence[int], k: int) -> bool:
    """True when a numbered paragraph at the level of paragraph ``k``'s number comes after it (an assignment's own
    lines between them): ``k`` is the first item of a list, which the heading above it titles as a whole.

    >>> t = "1.清洁行动（1）清垃圾。（2）清塘沟。2.绿化"
    >>> _has_sibling(t, [0, 6, 13, 20], 1), _has_sibling(t, [0, 6, 13, 20], 2)
    (True, False)
    """
    level = number_level(text, marks[k])
    if level is None:
        return False
    for j in range(k + 1, min(k + 4, len(marks))):
        after = number_level(text, marks[j])
        if after is not None:
            return after == level
    return False


def _opens_a_point(text: str, at: int) -> bool:
    """True when the paragraph at ``at`` opens with a point's ordinal (``一是…``, ``四是…``).

    >>> _opens_a_point("四是综合治理。", 0), _opens_a_point("这是新要求。", 0)
    (True, False)
    """
    from reformgraph.loaders.prose import POINT_ORDINAL

    return POINT_ORDINAL.match(text, at) is not None


def _point_in_a_list(text: str, marks: Sequence[int], k: int) -> bool:
    """True when paragraph ``k`` opens with a point's ordinal (``四是``) and a paragraph near it with the one before or
    after it (``三是``, ``五是``): a point of a list of paragraphs, one item each, which no heading or numbered line
    above it titles (round 64: before, ``（二）工作要求。…开展:`` / ``一是…`` read from the heading, and ``四是…`` after a
    nested ``2.`` from that number's words).

    >>> t = "（二）要求。一是属地管理。二是杜绝新增。"
    >>> _point_in_a_list(t, [0, 6, 13], 1), _point_in_a_list("（二）要求。一是属地管理。", [0, 6], 1)
    (True, False)
    """
    from reformgraph.loaders.prose import POINT_ORDINAL, POINT_ORDINALS

    m = POINT_ORDINAL.match(text, marks[k])
    if m is None:
        return False
    n = POINT_ORDINALS.index(m.group(1))
    last = len(POINT_ORDINALS) - 1
    near = (f"{POINT_ORDINALS[n - 1]}是" if n else "", f"{POINT_ORDINALS[n + 1]}是" if n < last else "")
    near = tuple(w for w in near if w)
    return any(
        text.startswith(near, marks[j]) for j in range(max(0, k - _LIST_REACH), min(len(marks), k + _LIST_REACH + 1))
    )


def _trailing_group(
    text: str,
    marks: Sequence[int],
    ends: Sequence[int],
    claimed: set[int],
    heads: set[int],
    k: int,
    end: int,
    names_units: Callable[[int], bool] = lambda j: False,
) -> list[int]:
    """The items a group's assignment written after them covers: the paragraph ``k`` is an assignment alone
    (``（责任单位：A、B）`` or label lines), the paragraphs before it back to a heading are items numbered alike, two or
    more of which name no unit of their own (``claimed`` by an assignment or ``names_units``: in prose; those that do
    keep theirs, round 36), and a heading, a higher number or the end comes after it (``（一）…`` / ``1.推进…`` /
    ``2.推进…`` / ``（责任单位：A、B）`` / ``（二）…``: two tasks of A and B). Else ``[]``: the assignment is the
    paragraph before it's alone.

    >>> t = "（一）建设1.建网。2.建站。（责任单位：甲局）（二）推广"
    >>> marks, ends = [0, 5, 10, 15, 24], [5, 10, 15, 24, 29]
    >>> _trailing_group(t, marks, ends, {2}, {0, 24}, 3, 24), _trailing_group(t, marks, ends, {1, 2}, {0, 24}, 3, 24)
    ([1, 2], [])
    >>> t = "（一）建设1.建网。2.建站（甲局负责）。3.建库。（责任单位：乙局）（二）推广"
    >>> marks, ends = [0, 5, 10, 21, 26, 35], [5, 10, 21, 26, 35, 40]
    >>> _trailing_group(t, marks, ends, {2, 4}, {0, 35}, 4, 35)
    [1, 3]
    """
    if text[end : ends[k]] not in ("", "。", "；"):
        return []
    nxt = bisect_right(marks, end - 1)  # the paragraph after the assignment (label lines may run over several)
    above = _GROUP_STATEMENT.match(text, marks[k], ends[k]) is not None  # 以上任务由…: it says it covers those above
    items: list[int] = []
    level = 0
    for j in range(k - 1, -1, -1):
        item_level = number_level(text, marks[j])
        if item_level is None:
            if (
                marks[j] in heads
                or _BARE_LABEL.fullmatch(text, marks[j], ends[j])
                or text[ends[j] - 1] in "：:"
                or (above and _GROUP_STATEMENT.match(text, marks[j], ends[j]))  # the group before's (round 37)
            ):
                break  # a heading with no number (markdown's), or 整改措施： over the items (round 33), or a paragraph
                # ending so (…清单 / 整改措施：, the title's line before it: round 35)
            return []  # a paragraph that is no item
        if item_level == 1 or item_level < level:
            break  # the group's heading: 一、, or a number above the items' (（一） over 1.)
        if level and item_level != level:
            return []
        level = item_level
        if (j in claimed and j != k - 1) or names_units(j):
            continue  # an item with units of its own keeps them; the group's are the others' (round 36)
        items.append(j)
    else:
        return []  # no heading above the items
    if len(items) < 2:
        return []
    if nxt < len(marks) and not above:
        after = number_level(text, marks[nxt])
        if after is not None and after >= level:
            return []  # the list goes on after the assignment (not so a heading, a higher number or a paragraph
            # of no number: 问题2：… opening the next block of a 整改清单, round 35)
    return items[::-1]


def _unit_led(text: str, start: int, end: int) -> tuple[int, int, Assignment] | None:
    """``unit_led_item`` of an item ``text[start:end]`` (after its number), or of its body after a short title
    sentence (``出台办法。区委组织部于6月底前出台…``: the task is the whole item; round 38)."""
    from reformgraph.loaders.prose import after_opening_time, unit_led_item

    led = unit_led_item(text, start, end)
    if led is not None:
        return led
    after = after_opening_time(text, start, end)
    if after is not None and (led := unit_led_item(text, after, end)) is not None:
        return start, led[1], led[2]  # 2025年内，县财政局统筹整合…: the units after the time (round 38)
    title_end = text.find("。", start, min(end, start + _HEADING_LENGTH))
    if title_end == -1 or title_end + 3 >= end:
        return _titled_by(text, start, end) if "由" in text[start:end] else None
    led = unit_led_item(text, title_end + 1, end)
    if led is None or (not text.startswith("由", title_end + 1) and _says_how_it_is_done(text, start, end, led[2])):
        return None  # (由A制定…: assigned by its form, held-out 40 line 64)
    return start, led[1], led[2]


# what opens the clause of the grounds an item's work is done on (按照《…》的通知，由A…), before the body it names
_GROUNDS_OPENING = ("按照", "根据", "依据", "依照")
_TITLE_COLON = compiled("[：:]")
_COMMA = compiled("[，,]")


def _titled_by(text: str, start: int, end: int) -> tuple[int, int, Assignment] | None:
    """An item ``text[start:end]`` (after its number) titled by its first words and a colon (``设施农业违法项目：…``)
    whose text then names its doer after 由, right away or after one clause of the grounds it acts on (``按照《…》，由A
    拟定整治方案，于…前落实…``): A leads, whatever its verb, as an item opening with its doer reads (held-out 40 line
    64, round 75 heldout20: held-out 85 line 54); A a named unit or the bodies of one level (乡镇人民政府). Not a title
    closed otherwise, a clause of other words before 由 (``对…的项目，由A…``: whose case it is), nor no body after it.

    >>> t = "设施农业项目：按照《某某通知》，由乡镇人民政府拟定整治方案，于10月底前落实。"
    >>> [(u.name, u.role) for u in _titled_by(t, 0, len(t))[2].units]
    [('乡镇人民政府', 'lead')]
    >>> _titled_by("设施农业项目：对符合规定的项目，由乡镇人民政府备案。", 0, 26), _titled_by("设施农业项目：由工作人员核查。", 0, 15)
    (None, None)
    >>> [u.name for u in _titled_by("设施农业项目:由区农业农村委核查。", 0, 17)[2].units]  # a half-width colon
    ['区农业农村委']
    """
    from reformgraph.loaders.prose import opening_units

    found = _TITLE_COLON.search(text, start, min(end, start + _HEADING_LENGTH))
    if found is None or _COMMA.search(text, start, found.start()) is not None:
        return None  # no title: a colon after a clause (…，具体如下：) closes no item's title
    clauses = split_outside(text, "，,", found.end(), end)
    at = clauses[0][0]
    if not text.startswith("由", at) and text.startswith(_GROUNDS_OPENING, at) and len(clauses) > 1:
        at = clauses[1][0]  # past the grounds: 按照《…》（…）以及…，
    units = opening_units(text, at + 1, end) if text.startswith("由", at) else None
    if not units:
        return None
    return start, end, Assignment(units=tuple(unit_replaced(u, role="lead") for u in units), anchor=units[0].pos)


# the words that make a body's plain sentence in a titled point its assignment: a commitment (将), a lead's or a
# partner's word, work it organises or co-ordinates others in (round 70); 敦促 as 督促 (round 77 heldout22)
_ASSIGNS = compiled("将|统筹|组织|协调|牵头|负责|督促|敦促|指导|会同|配合|协同|联合|主导|参与")


def _says_how_it_is_done(text: str, start: int, end: int, led: Assignment) -> bool:
    """Whether the body a titled point ``text[start:end]`` opens its sentence with only says how the point's work is done
    (``（十）优化并网服务。市电力公司提供一站式并网服务，同步开展…``, held-out 52 line 86): one body, a plain verb, and
    in the whole point no time, no word of leading, partnering or commitment (``_ASSIGNS``) and no second body opening
    a sentence or clause: no assignment, as held-out 34, 36, 45 and 46 read units with no role word (round 70). A
    time, in the title too (``出台办法。区委组织部于6月底前出台…``, round 38; ``年内建成…``; ``动员部署（2020年4月—5月）。``,
    round 42), ``将`` (round 41), ``统筹`` (held-out 51),
    ``组织B…`` (round 40) or a second body (``A加强…；B落实…``, round 44) keeps the task.

    >>> t = "市电力公司提供一站式并网服务，同步开展光伏并网受理。"
    >>> led = Assignment(units=(RoleUnit("市电力公司", "lead", 0),))
    >>> _says_how_it_is_done(t, 0, len(t), led), _says_how_it_is_done("区城投集团承担建设运营，年内建成20座。", 0, 19, led)
    (True, False)
    >>> _says_how_it_is_done("县财政局加强资金保障；县税务局落实税收优惠。", 0, 22, led)
    False
    """
    from reformgraph.loaders.prose import opening_units

    units = led.units
    if len(units) != 1 or _ASSIGNS.search(text, start, end) is not None:
        return False
    if text_deadline(text[start:end], plan_year=_ANY_YEAR).status is not None:
        return False  # a time of its own: 于6月底前出台…, 年内建成…, 每季度开展…
    after = units[0].pos + len(units[0].name)
    for cut in _CLAUSE_CUT.finditer(text, after, end):
        if cut.end() < end and opening_units(text, cut.end(), end) is not None:
            return False  # a second body's share: …；市税务局落实…
    return True


_CLAUSE_CUT = compiled("[，,。；;]")


def _contacts(text: CompactText, start: int, end: int) -> bool:
    """Whether a paragraph ``text.text[start:end]`` of several lines is contacts' lines: its first a
    ``duties.contact_line``, each later one another or a line with no role word (a 联系人 list written one line
    under another, the signature after it, no number or blank line between, reads as one paragraph: round 54).

    >>> t = CompactText.from_lines(["王某某（市民政局，牵头）：13800001111", "李某某（市财政局，配合）：13900002222", "某市民政局"])
    >>> u = CompactText.from_lines(["王某某（市民政局，牵头）：13800001111", "推进助餐服务，市商务局负责。"])
    >>> _contacts(t, 0, len(t.text)), _contacts(u, 0, len(u.text))
    (True, False)
    """
    from reformgraph.loaders.duties import contact_line

    _, first_start, at = text.line_span(start)
    if first_start != start or at >= end or not contact_line(text.text, start, at):
        return False
    while at < end:
        _, line_start, line_end = text.line_span(at)
        line_end = min(line_end, end)
        if _PROSE_HINT.search(text.text, line_start, line_end) and not contact_line(text.text, line_start, line_end):
            return False
        at = line_end
    return True


def _opens_with_unit(c: str) -> bool:
    """True when a compact line opens with a unit's name and a colon: a unit's duties (``区应急管理局：参与…``).

    >>> _opens_with_unit("区应急管理局：参与制定规划"), _opens_with_unit("目标：到2025年")
    (True, False)
    """
    colon = c.find("：", 2, 32)
    if colon == -1:
        colon = c.find(":", 2, 32)
    return colon != -1 and is_unit_name(c[:colon])


_BRACKET_LINES = 16  # lines looked up for a bracket a paragraph's duty passages stand in (``_in_an_open_bracket``)


def _opens_a_bracket_of_duties(c: str) -> bool:
    """True when a compact line opens with a bracket, then a body's name and its colon, no label (``（城建中心：负责…``):
    a bracket of duty passages closing the sentence above (``bracket_duties``), which a PDF's margin may set at a
    line's start, not a unit's duties opening a paragraph (round 81 sweep81: held-out 101 as a PDF's text, line 88's
    bracket under ``…进行现场执法处置。`` read as a paragraph of its own, its passages lost). A label in the bracket
    (``（牵头单位：甲）``) opens the list set on a line of its own as before.

    >>> _opens_a_bracket_of_duties("（城建中心：负责巡查"), _opens_a_bracket_of_duties("（牵头单位：区发改委）")
    (True, False)
    >>> _opens_a_bracket_of_duties("城建中心：负责巡查")
    False
    """
    return c[:1] in "（(" and LABEL.match(c, 1) is None


def _duty_of_its_units_heading(text: str, heading: int, heading_end: int, begin: int) -> bool:
    """True when the paragraph at ``begin`` is a unit's duties (``村级路长：负责…``, ``_opens_with_unit``) below a
    heading naming units (``3.村级路长和护路员``: round 63), which titles no duty; False below a heading of a topic
    (``（六）法治保障`` / ``区司法局：一是…``: round 81 left51, held-out 92 line 296), which titles the duty as any
    paragraph it is over alone.

    >>> t = "3.村级路长和护路员村级路长：负责巡查。（六）法治保障区司法局：一是负责指导。"
    >>> _duty_of_its_units_heading(t, 0, 10, 10), _duty_of_its_units_heading(t, 20, 27, 27)
    (True, False)

    A paragraph opening with its heading's words names its topic itself (``（三）城市更新项目`` /
    ``城市更新项目、区级公益性建设项目（责任单位：…）``: round 77 printed77's guard), and the heading titles none of it:

    >>> t = "（三）城市更新项目城市更新项目、区级项目（责任单位：区建设管理部门）"
    >>> _duty_of_its_units_heading(t, 0, 9, 9)
    True
    """
    c = text[begin : begin + _UNIT_COLON_REACH]
    if not _opens_with_unit(c):
        return False
    number = ENUMERATED.match(text[heading : heading + _ITEM_NUMBER])
    words = text[heading + (number.end() if number else 0) : heading_end].rstrip("。.：:")
    name = re.split("[：:]", c, maxsplit=1)[0]
    if c.startswith(words):  # （三）城市更新项目 / 城市更新项目、…（责任单位：…）: it names its heading's topic
        return True
    return name in words or is_unit_name(words) or bool(_UNIT_OPENING.match(words) or _AND_NAMES.search(words))


_AND_NAMES = compiled(r"[和及与、]")  # a heading listing names (村级路长和护路员): its units', whatever their names


# units, then the role verb of a unit's duties (``房管所、规建生态办负责…``), or a verb of its work with others
# (分别, 均: 市商务委、市国资委、市民防办分别负责…, round 71 meta71)
_DUTY_OPENING = compiled(
    r"([^，,。；;：:（(）)、]{2,20}?(?:、[^，,。；;：:（(）)、]{2,20}?)*)(?:分别|均)?(?:负责|牵头|指导)"
)
_UNIT_OPENING = compiled(
    r"([^，,。；;：:（(）)、]{2,20}?(?:、[^，,。；;：:（(）)、]{2,20}?)*)(?:分别|均)?(?:负责|牵头|协同|配合|会同|结合|参与|指导)"
)


def _opens_a_duty(c: str, opening=_DUTY_OPENING) -> bool:
    """True when a compact line opens with units and 负责, 牵头 or 指导: a unit's duties (``房管所、规建生态办负责…``,
    ``市城管执法局指导各级城管执法部门…``: SPEC's X指导, X leads; round 70 meta70b, held-out 60); words that are no
    units (``加强统筹负责…``, ``加强统筹指导…``) open none. With ``_UNIT_OPENING``: or with units and a verb of their
    work with others (``城运中心结合…普查，协同做好…``).

    >>> _opens_a_duty("房管所、规建生态办负责牵头组织排查"), _opens_a_duty("财政所负责资金保障"), _opens_a_duty("加强统筹负责协调")
    (True, True, False)
    >>> _opens_a_duty("市城管执法局指导各级城管执法部门"), _opens_a_duty("加强统筹指导各街镇")
    (True, False)
    >>> _opens_a_duty("城运中心结合风险普查"), _opens_a_duty("城运中心结合风险普查", _UNIT_OPENING)
    (False, True)

    Sectors listed before one 部门 (机关, 单位) they share (``公安、应急管理部门负责…``: 公安部门 and 应急管理部门) are
    units too (round 74 sweep74: held-out 78 as a PDF's text, the line under a sentence ending at the margin ran on);
    ``加强统筹、应急管理部门负责…`` opens none.

    >>> _opens_a_duty("公安、应急管理部门负责本市轨道交通的治安"), _opens_a_duty("加强统筹、应急管理部门负责")
    (True, False)
    """
    m = opening.match(c)
    if m is None:
        return False
    names = m.group(1).split("、")
    shared = names[-1][-2:] if names[-1].endswith(_SHARED_ENDS) else ""
    return all(is_unit_name(name) or (shared and is_unit_name(name + shared)) for name in names)


_SHARED_ENDS = ("部门", "机关", "单位")  # a list's last name's end that its other names share (公安、应急管理部门)


_UNIT_PREFIX = 16  # characters: the longest unit's name looked for at a line's start


def _unit_opening(c: str) -> str | None:
    """The unit's name a compact line opens with (``ends_as_a_body``), then a word a duty opens with (``_DUTY_WORD``:
    no list, no colon, no bracket), or None: the next unit's duty in a list of duties whose verb is no role word
    (``区规划资源局进行…``, ``属地街镇要…``); ``该为民办实事…`` opens none.

    >>> _unit_opening("区规划资源局进行全区域空间梳理"), _unit_opening("属地街镇要积极挖掘"), _unit_opening("加强统筹，推进")
    ('区规划资源局', '属地街镇', None)
    >>> _unit_opening("区财政局、区审计局负责"), _unit_opening("区财政局：保障经费"), _unit_opening("该为民办实事项目建设")
    (None, None, None)
    """
    for n in range(2, min(_UNIT_PREFIX, len(c) - 1) + 1):
        if c[n - 1] in _MARKS:
            return None  # a mark before any unit's name: a clause, a list
        if ends_as_a_body(c[:n]) and is_unit_name(c[:n]):
            return c[:n] if _DUTY_WORD.match(c, n) is not None else None
    return None


# after units listed: a modal, their collective's 等部门 (等单位) before it
_LISTED_MUST = compiled(r"(?:等(?:部门|单位))?(?:应当|应|要|须)")


def _listed_opening(c: str) -> str | None:
    """The first of two units or more a compact line opens with, listed with ``、`` and followed by a modal (应当, 要,
    须; their collective's 等部门 between): the next of a list of units' duties whose verb is no role word, as
    ``_unit_opening`` reads one unit's (round 81 sweep81: held-out 98 as a PDF's text, ``…协调推进应急处置工作。`` at the
    margin over ``区房管局、各街道应当加强…`` ran on, the duty lost); else None.

    >>> _listed_opening("区房管局、各街道应当加强管理"), _listed_opening("区卫健委、区民政局等部门应当按照职责")
    ('区房管局', '区卫健委')
    >>> _listed_opening("区房管局应当加强管理"), _listed_opening("区房管局、各街道加强管理"), _listed_opening("加强统筹、完善机制要")
    (None, None, None)
    """
    from reformgraph.loaders.prose import opening_units

    units = opening_units(c, 0, len(c))
    if not units or len(units) < 2:
        return None
    last = units[-1]
    return units[0].name if _LISTED_MUST.match(c, last.pos + len(last.name)) is not None else None


_BRACKETED = compiled(r"[（(][^（()）]*[)）]")
_MARKS = frozenset("、，,。；;：:（(）)")
# the words a unit's duty opens with after its name (a modal, a role word, a verb of its work)
_DUTY_WORD = compiled(
    r"要|将|应|须|在|对|按|依|为|是|进行|推进|负责|牵头|会同|配合|协同|结合|参与|指导|组织|做好|加强|开展|落实|承担|履行|统筹"
    r"|督促|制定|制订|研究|建立|完善|协助|积极|切实|全面|及时|定期|具体|主要|共同|联合|根据|作为|做|抓|加快|牵|会|配"
)


def _lines_read(source: Source, skipped: Sequence[bool]) -> list[tuple[int, int, str]]:
    """(first, last, compact) of the non-empty lines outside ``skipped``, 0-based; in a hard-wrapped text (a PDF's)
    of its paragraphs: a full line goes on in the next one unless that one opens with a number, a label, a unit
    and a colon or a markdown heading (``wrapped.paragraphs``), so that a heading wrapped over two lines is one heading and a full
    short numbered line is none.

    >>> s = Source.from_text("\\n".join(["1.推进改革，全面完成任务，" * 2, "并开展评估。"] * 4))
    >>> [(a, b) for a, b, _ in _lines_read(s, [False] * 8)]
    [(0, 1), (2, 3), (4, 5), (6, 7)]
    """
    compacts = source.compacts
    if source.wrap_width is None and source.section_widths is None:
        return [(i, i, c) for i, c in enumerate(compacts) if c and not skipped[i]]
    width = source.width_at
    lines = source.lines

    def opens(i: int) -> bool:
        c = compacts[i]
        return (
            skipped[i]
            or (ENUMERATED.match(c) is not None and not _number_run_on(i) and not _run_in_item(i))
            or LABEL.match(c) is not None
            or lines[i].lstrip()[:1] == "#"
            or (_opens_with_unit(c) and not _opens_a_bracket_of_duties(c) and not _in_an_open_bracket(i))
            # 问题2：…, 整改措施：, a 整改清单's field (round 35)
            or (_named_field(c) and not _cut_words_end(i) and not _in_an_open_bracket(i))
            or (
                _next_duty(i)
                and not (compacts[i - 1] and source.blank_parted)  # (no blank line: goes on)
                and not _flush_under_a_full_line(i)
            )
            or _dated(i)
            or _under_a_full_heading(i)
            or _after_an_assignment(i)
            or (
                c[:1] == "第"
                and _ORDINAL_OPENING.match(c) is not None
                and i > 0
                and compacts[i - 1].endswith(("。", "；", ";"))
            )  # 第三，复核申请条件。 under a sentence's end at the margin: the next step of a list (round 71 meta71)
            or (c[:1] in _STEP_FIRST and _step_in_its_list(i))
            or _under_a_bodys_heading(i)
        )

    def _in_an_open_bracket(i: int) -> bool:
        """Line ``i`` stands inside a bracket the lines right above it opened and did not close (``…。（规划办：负责…`` /
        ``执法队：负责…``): a duty passage of the bracket closing a paragraph (``bracket_duties``), which goes on, not a
        unit's duties opening a paragraph (round 81 sweep81: held-out 101 as a PDF's text, a passage's head at a line's
        start parted the bracket and its passages were lost). Looked for up a paragraph's lines, to a blank one."""
        depth = 0
        for k in range(i - 1, max(-1, i - _BRACKET_LINES), -1):
            if not compacts[k]:
                return False
            depth += compacts[k].count("（") + compacts[k].count("(") - compacts[k].count("）") - compacts[k].count(")")
            if depth > 0:
                return True
        return False

    def _under_a_bodys_heading(i: int) -> bool:
        """A line opening with a unit's duty (``区旧改指挥部主要履行…``) under a heading that is a body's whole name
        filling the line (``（六）虹口区旧区改造和房屋征收工作指挥部``): the section's heading, whose name no duty's words
        go on (round 77 sweep77: held-out 26 as a PDF's text at 22, the heading ran on into its first paragraph and
        the section's duties lost their unit)."""
        at = _line_above(i)
        above = compacts[at] if i > 0 else ""
        if above[:1] not in _HEADING_FIRST or heading_style(above) is None or not source.is_full(at):
            return False
        c, name = compacts[i], strip_enumerator(above)
        if "、" in name or c[:1] in _GOES_ON_A_NAME or not is_unit_name(name):
            return False  # (a list of names, ``（五）市安全监管局、…`` / ``等部门要…``, goes on as one subject)
        return _opens_a_duty(c) or any(
            is_unit_name(c[:n]) and _DUTY_WORD.match(c, n) is not None for n in range(2, min(_UNIT_PREFIX, len(c)))
        )  # (its short name, ``区旧改指挥部``, which need not end as a body's)

    def _step_in_its_list(i: int) -> bool:
        """A step of a list (``一是属地管理，…``) under a sentence's or a lead-in's end (``…按照以下要求开展：``),
        when the step before or after it opens a line too (``二是杜绝新增，…``): the steps are paragraphs of their
        own, which no margin sets so twice (round 72 wrap72: held-out 38 as a PDF's text at 24, the first step read
        as the lead-in's words). Steps written in one paragraph (``…要求：一是…；二是…``) open no line but by chance,
        and then not their neighbours too."""
        m = _STEP_OPENING.match(compacts[i]) or _ORDINAL_STEP.match(compacts[i])
        if m is None or i == 0 or not _step_may_open(compacts[i - 1]):
            return False
        value = _cn_value(m.group(1))
        # (the ordinal's form too, round 78 sweep78: ``…可参照以下流程办理：`` at the margin / ``第一，公示…``, held-out 40
        # as a PDF's text at 22, with ``第二，…`` opening its line below)
        before, after = m.group()[: m.start(1)], m.group()[m.end(1) :]
        if value > 1:  # the step before it: the nearest line above that writes it opens with it
            step = before + chinese_number(value - 1) + after
            k = next((k for k in range(i - 1, max(-1, i - _STEPS_APART), -1) if step in compacts[k]), -1)
            if k > 0 and compacts[k].startswith(step) and _step_may_open(compacts[k - 1]):
                return True
        step = before + chinese_number(value + 1) + after  # or the step after it, the nearest line below
        k = next((k for k in range(i + 1, min(len(compacts), i + _STEPS_APART)) if step in compacts[k]), -1)
        return k > 0 and compacts[k].startswith(step) and _step_may_open(compacts[k - 1])

    def _cut_words_end(i: int) -> bool:
        """A name of one character and its colon (``责：``) under a line that runs on (full, no sentence's end): the
        last character of a word the margin cut (``第七条　区政府应当…履行下列职`` / ``责：``), no field's name, which has two
        at least (``问题``, ``措施``). Round 73 wrap73: held-out 76 at 24, the article's lead-in opened no list and the
        ten duties under it lost their unit. Or the rest of a lead-in whose word the margin cut (``…责任制，履行下`` /
        ``列职责：``, ``_leads_into_a_list``: round 78 sweep78, held-out 76 at 22)."""
        m = _NAMED_LINE.match(compacts[i])
        if i == 0 or not source.runs_on(i - 1):
            return False
        name = m.group().rstrip("：:")
        return len(name) == 1 or _leads_into_a_list(compacts[i - 1][-_CUT_REACH:] + name)

    def _number_run_on(i: int) -> bool:
        """A Chinese numeral's number (``一、``, ``（二）``) opening a line under one that runs on (full, no
        sentence's end), when the number does not follow the last of its style above (round 71 meta71: held-out 51
        wrapped at 36 characters, ``…建立符合上海实际、标准统`` / ``一、接轨国际的…`` opened a heading). Not under a
        numbered line (a heading filling the line), nor a ``（一）``, which starts again under each heading."""
        c = compacts[i]
        if i == 0 or c[:1] not in _CN_NUMBER_FIRST:
            return False
        above = _line_above(i)  # (past a page's footer: round 79 sweep79)
        if not source.runs_on(above) and not (_ENDS_WITH_A_NUMBER.search(compacts[above]) and source.is_full(above)):
            return False  # (a list of numbers cited, ``…第（一）（二）（五）`` / ``（六）（七）项职责``, runs on: round 73)
        m = _CN_NUMBER.match(c)
        if m is None:
            return False
        if _CITED_NEXT.match(c, m.end()) is not None:
            return True  # numbers cited one after another (``按“一、`` / ``三、四”模式…``): no heading (round 79)
        if _CN_NUMBER.match(compacts[above]) is not None:
            return False  # (a heading filling the line over its first sub-item: ``五、…能力`` / ``（一）…``)
        style = _CN_NUMBER_STYLE.sub("", m.group())
        if style != "、" and _cn_value(m.group()) == 1:
            return False  # a sub-item's list starts again under each heading
        for p in reversed(compacts[:i]):
            if (
                p[:1] in _CN_NUMBER_FIRST
                and (n := _CN_NUMBER.match(p))
                and _CN_NUMBER_STYLE.sub("", n.group()) == style
            ):
                return _cn_value(n.group()) + 1 != _cn_value(m.group())
        return False

    def _run_in_item(i: int) -> bool:
        """An item's number in figures (``(1)``, ``（2）``, ``3.``) opening a line under a full one, when the item
        before or after it is written inside a line of the paragraph, after a clause's mark (``…;(2)申请人…``): a list
        run into its paragraph, whose one number the margin happened to set at a line's start (round 78 sweep78:
        held-out 40 wrapped at 22, ``…按以下要求予以复核：`` at the margin / ``(1)申请人…;(2)申请人…``, the step's
        sentence cut before its list and read as no task). Items one a line open every line with their numbers."""
        m = _FIGURE_ITEM.match(compacts[i])
        if m is None or i == 0 or not compacts[i - 1] or not source.is_full(i - 1):
            return False
        opening, value, closing = m.groups()
        if not opening and closing in ")）" and compacts[i - 1].endswith(("(", "（")):
            return True  # (its bracket opened on the line above: ``…;(`` / ``2)申请人…``)
        if int(value) > 1 and _written_inside(compacts[i - 1], f"{opening}{int(value) - 1}{closing}", 1):
            return True
        after, k = f"{opening}{int(value) + 1}{closing}", i
        while k < min(i + _RUN_IN_REACH, len(compacts)) and compacts[k]:
            if _written_inside(compacts[k], after, m.end() if k == i else 1):
                return True
            if k > i and compacts[k].startswith(after) or not source.is_full(k):
                return False
            k += 1
        return False

    def _after_an_assignment(i: int) -> bool:
        """A line opening with units and a verb of their work (``由市发展改革委…牵头，会同…``, ``区财政局负责…``)
        under a line that closes an assignment's bracket at the margin (``…（责任单位：各区政府，…市民政局）``):
        a paragraph of its own (round 71 meta71: with no blank line, real 12's went on the task above it). Its units
        may go on past the margin before their verb (``由市发展改革委、…、市`` / ``规划资源局牵头，…``: real 12 as a PDF's
        text at 20, round 78 sweep78)."""
        above = compacts[i - 1] if i > 0 else ""
        if not above.endswith(("）", ")")) or not closes_an_assignment(above):
            return False
        c = compacts[i]
        if i + 1 < len(compacts) and source.runs_on(i):  # (its units going on in the next line, round 78 sweep78)
            c += compacts[i + 1]
        c = c[1:] if c.startswith("由") else c
        return _opens_a_duty(c, _UNIT_OPENING) or _unit_opening(c) is not None

    def _flush_under_a_full_line(i: int) -> bool:
        """A line flush left under a full one, in a text that sets its paragraphs' first lines alone in (首行缩进):
        the paragraph's next line, whatever it opens with (round 79 sweep79: held-out 76 indented at 30,
        ``  （七）区公安分局负责…`` / ``…刑事案件。`` at the margin / ``公安派出所根据…``, read as a unit's duty of its own,
        the paragraph's second lead lost)."""
        return lines[i][:1] not in (" ", "\u3000") and i > 0 and bool(compacts[i - 1]) and source.first_lines_indented

    def _line_above(i: int) -> int:
        """The 0-based line above ``i`` past a page's footer the compacting blanked (a page break's line above is its
        page's last: round 73 wrap73, held-out 25 at 28 and 73 at 24 as a PDF's text)."""
        above = i - 1
        while above > 0 and not compacts[above] and lines[above].strip():
            above -= 1
        return above

    styles: dict[str, bool] = {}
    plain: list[int] = []

    def _plain_margin() -> int:
        """The widest line that ends with an ideograph (no mark), worked out once: the margin as the text's lines
        show it where a closing mark may hang past it (避头尾: ``…市民政局）`` and ``…举措。`` two columns wider than
        ``…智慧赋能社``). Round 75, at the merge: sweep75's heading rule took the marks' width for the margin, and
        ``tests/test_hard_wrapped.py``'s ``（一）…智慧赋能社`` / ``区服务。（…）`` ended its heading at ``社``."""
        if not plain:
            plain.append(
                max((display_width(c) for c in compacts if c and "\u4e00" <= c[-1] <= "\u9fff"), default=1 << 30)
            )
        return plain[0]

    def _under_a_full_heading(i: int) -> bool:
        """A paragraph's full line under a heading that fills the line with no sentence's end, in a text whose
        other headings of its number's style are each one short line with no sentence's end (two at least): the
        heading ended at the margin (round 71 meta71: with no blank line, ``（一）着力落实…和法定检验工作`` ran on
        into ``各区市场监管局和…``). A heading broken by the margin goes on in a short line, its rest; a text whose
        numbered paragraphs open with a clause and no sentence's end fill their first lines (more than a quarter)."""
        at = _line_above(i)
        above = compacts[at] if i > 0 else ""
        if above[:1] not in _HEADING_FIRST or not source.is_full(at):
            return False
        style = heading_style(above)
        if style is None:
            return _under_a_full_title(i, above)
        if not source.is_full(i) or _runs_into_its_words(above):
            return False
        room = min(width(at), display_width(compacts[i]), _plain_margin())
        if next_would_fit(above, room, compacts[i], lines[at]):
            return True  # the heading fell short of the full line under it by a character that would have fitted
        if style not in styles:
            others = [k for k, c in enumerate(compacts) if k != at and heading_style(c) == style]
            full = sum(source.is_full(k) and not _title_rest(k + 1) for k in others)
            styles[style] = len(others) - full >= 2 and full <= len(others) * _FULL_HEADINGS
        return styles[style]

    def _title_rest(k: int) -> bool:
        """A short line ending no sentence under a heading filling the line: the heading's rest (``（二）编制“…三年计``
        / ``划”``), a heading of two lines standing alone as the short ones do (round 73 wrap73: held-out 73 as a PDF's
        text at 24, where it counted as a heading opening its paragraph's words and ``（一）建立“…储备库”``, filling
        the line over a page's footer, ran on into its paragraph)."""
        return (
            k < len(compacts)
            and compacts[k] != ""
            and not compacts[k].endswith(_TITLE_REST_ENDS)
            and not source.is_full(k)
        )

    def _under_a_full_title(i: int, above: str) -> bool:
        """A paragraph's full line under a numbered title of one sentence that ends at the margin
        (``（二）改善区域综合交通、市政基础设施和公共服务。``), in a text whose other titles of its number's style are
        lines of their own (two at least, short and ending with their one sentence) and hardly ever open their
        paragraph's words on their line (``（一）加强领导。各区要…``: at most a quarter as many). Round 72 wrap72:
        held-out 71 wrapped at 24, the title ran on into its paragraph and the task above lost its title."""
        style = title_style(above)
        if style is None or not source.is_full(i):
            return False
        key = style + "。"
        if key not in styles:
            alone = run_on = 0
            for k, c in enumerate(compacts):
                if k == i - 1 or c[:1] not in _HEADING_FIRST or heading_style(c.split("。", 1)[0]) != style:
                    continue
                if title_style(c) == style:
                    alone += not source.is_full(k)
                elif c.find("。") not in (-1, len(c) - 1):
                    run_on += 1  # a title and its paragraph's words on one line
            styles[key] = alone >= 2 and run_on <= alone * _FULL_HEADINGS
        return styles[key]

    def _dated(i: int) -> bool:
        """A date alone under a sentence's end: the notice's date (its signature's), not the paragraph's last words
        (round 71 meta71: a PDF's text with no blank line, ``…持续推广应用。`` / ``2016年12月20日`` read as the task's
        deadline)."""
        c = compacts[i]
        return (
            i > 0
            and "年" in c
            and len(c) <= _DATE_LINE_MAX
            and compacts[i - 1].endswith(("。", "；", ";", "！", "？"))
            and date_line(c) is not None
        )

    duties: dict[int, bool] = {}  # _next_duty's answers, asked again of the duties above (round 71 meta71)
    depth = [0]

    def _next_duty(i: int) -> bool:
        if i not in duties:
            if depth[0] == _DUTIES_ABOVE:
                return False  # (a list's duties asked one above another: bounded, a long text's recursion)
            depth[0] += 1
            duties[i] = _duty_under_a_duty(i)
            depth[0] -= 1
        return duties[i]

    def _duty_under_a_duty(i: int) -> bool:
        """A unit's duties under a paragraph of another unit's, which ends a clause (；, 。) at the margin: the next
        of a list of units' duties one a line (round 70 meta70: ``…健全城镇房屋档案…制度；`` ran into ``房管所负责…``,
        a task lost). A paragraph that opens otherwise (``1.加强区级统筹…；`` over ``区财政局负责…``, ``该项目建设主体
        为…。`` over ``区消防救援局负责…``) goes on."""
        above = _line_above(i)
        if i == 0 or not compacts[above].endswith(("；", ";", "。")):
            return False
        c = compacts[i]
        unit = None if _opens_a_duty(c) else _unit_opening(c)
        if unit is None and "（" in c[:_UNIT_PREFIX]:  # its short name in brackets: ``…中心（以下简称…）组织…``
            unit = _unit_opening(_BRACKETED.sub("", c[: _UNIT_PREFIX * 3]))
        if unit is None and "、" in c[:_UNIT_PREFIX]:  # units listed, then a modal (its line's or the next's)
            unit = _listed_opening(c + (compacts[i + 1] if i + 1 < len(compacts) and source.is_full(i) else ""))
        if unit is None and not _opens_a_duty(c):
            # units and a verb of work with others (``A、B会同C…``) open a duty only in a list whose next opens too
            if not (_opens_a_duty(c, _UNIT_OPENING) and _opens_with_a_body(_paragraph_after(i))):
                return False
        top = above
        while top > 0 and compacts[top - 1] and source.is_full(top - 1):
            if compacts[top - 1].endswith(("；", ";", "。")) and _next_duty(top):
                break  # the duty above opens here: every line of the list fills the line (round 71 meta71)
            top -= 1
        if unit is not None and not (
            _paragraph_end(top).endswith(("：", ":"))
            or _opens_with_a_body(_paragraph_top(top - 1))
            or _opens_with_a_body(_paragraph_after(i))
        ):
            return False  # a unit and a verb of any kind opens a duty only in a list: the paragraph above opens so
            # too, or leads into the list (``…工作职责如下：``), or the next one opens so (round 72 wrap72)
        if _opens_a_duty(compacts[top], _UNIT_OPENING):
            return unit is None or unit not in _UNIT_OPENING.match(compacts[top]).group(1)
        # a paragraph opening with a unit and any verb, or a type of units and its members in brackets
        # (``区数据局推进…``, ``各行业建设主管部门(区建管委、…)负责…``: round 71 meta71)
        own = _unit_opening(_BRACKETED.sub("", compacts[top][: _UNIT_PREFIX * 3]))
        if own is None:
            # the first of a list of units' duties under a paragraph of no unit's (``（一）加强组织领导。…早见效。`` /
            # ``市发展改革委…会同…`` / ``市发展改革委、市重大办会同…``): the next paragraph opens with another's
            return unit is None and _opens_with_a_body(_paragraph_after(i))
        return own != unit

    def _paragraph_after(i: int) -> str:
        """The first line of the paragraph after the one opening at 0-based ``i`` (its full lines go on, past a
        page's footer the compacting blanked), compact."""
        k = i
        while k + 1 < len(compacts) and (source.is_full(k) if compacts[k] else lines[k].strip()):
            k += 1
        k += 1
        while k < len(compacts) and not compacts[k]:
            k += 1
        return compacts[k] if k < len(compacts) else ""

    def _paragraph_top(end: int) -> str:
        """The first line of the paragraph ending at 0-based ``end`` (past the blank lines above it, and past a page's
        footer the compacting blanked inside it: round 81 sweep81, held-out 98 as a PDF's text at 36), compact."""
        while end >= 0 and not compacts[end]:
            end -= 1
        while end > 0:
            above = _line_above(end)
            if not compacts[above] or not source.is_full(above):
                break
            end = above
        return compacts[end] if end >= 0 else ""

    def _opens_with_a_body(c: str) -> bool:
        return (
            _opens_a_duty(c, _UNIT_OPENING)
            or _unit_opening(_BRACKETED.sub("", c[: _UNIT_PREFIX * 3])) is not None
            or ("、" in c[:_UNIT_PREFIX] and _listed_opening(c) is not None)  # 区教育局、区卫健委等部门应当… (round 81)
        )

    def _paragraph_end(top: int) -> str:
        """The last line of the paragraph above the one opening at 0-based ``top``, compact."""
        end = top - 1
        while end >= 0 and not compacts[end]:
            end -= 1
        return compacts[end] if end >= 0 else ""

    breaks = source.page_breaks
    read = paragraphs(compacts, source.wrap_width, opens, lines, breaks, widths=source.section_widths)
    return [p for p in read if not skipped[p[0]]]


_FIGURE_ITEM = compiled(r"([（(]?)(\d{1,2})([)）.．])")  # an item's number in figures, its brackets or its point
_RUN_IN_REACH = 3  # lines of a paragraph looked through for the next item's number run into them
_CLAUSE_MARKS = frozenset("；;。，,：:")


def _written_inside(line: str, number: str, start: int) -> bool:
    """Whether the item's ``number`` is written in ``line`` from ``start`` on, after a clause's mark: an item run into
    its paragraph's sentences (``…无停车位;(2)申请人…``), not a figure's digits (``12.5亿元``).

    >>> _written_inside("人在小区内无停车位;(2)申请人", "(2)", 1), _written_inside("投资12.5亿元", "2.", 1)
    (True, False)
    """
    at = line.find(number, start)
    while at != -1:
        if line[at - 1] in _CLAUSE_MARKS:
            return True
        at = line.find(number, at + 1)
    return False


_GOES_ON_A_NAME = frozenset("等及和与或、（(")  # a line's first character that goes on the name above it


def _named_field(c: str) -> bool:
    """Whether a compact line opens with a field's name and a colon (``问题2：…``, ``整改措施：…``): a line of its own
    in a hard-wrapped text; not a sentence leading into its list (``这些信息主要包括：…``, ``具体如下：``), whose name ends
    with a verb of listing: a paragraph's words under a sentence ending at the margin (round 72 wrap72: held-out 67
    wrapped at 32, the task's text read from there).

    >>> _named_field("整改措施：建立台账"), _named_field("这些信息主要包括：运输单位营运资质")
    (True, False)

    Nor a time of day after its date or part of the day (``日18：00前报送…``, ``下午3：30``): the margin cut a
    deadline (round 74 sweep74: held-out 77 wrapped at 28, ``…配合，于6月20`` / ``日18：00前通过…`` ended the task
    at ``6月20``).

    >>> _named_field("日18：00前通过全省政府系统公文无纸化传输平台"), _named_field("问题2：15家企业未整改")
    (False, True)

    Nor the end of a lead-in naming what it lists (``下列职责：``, ``以下工作：``): the margin cut its verb (round 78
    sweep78: held-out 76 wrapped at 20 and 22, ``第七条　区政府应当落实消防工作责任制，履`` / ``行下列职责：``, the
    article's duties lost their unit).

    >>> _named_field("行下列职责：（一）贯彻执行国家法律法规"), _named_field("做好以下工作：")
    (False, False)
    """
    m = _NAMED_LINE.match(c)
    if m is None or _CLOCK.match(c) is not None:
        return False
    return not _leads_into_a_list(m.group().rstrip("：:"))


def _leads_into_a_list(name: str) -> bool:
    """Whether the words before a colon (``这些信息主要包括``, ``履行下列职责``) lead a sentence into its list: a verb of
    listing ends them, or they name what they list as the list below (下列, 以下).

    >>> _leads_into_a_list("履行下列职责"), _leads_into_a_list("具体如下"), _leads_into_a_list("整改措施")
    (True, True, False)
    """
    return name.endswith(_LISTING_VERBS) or "下列" in name or "以下" in name


_CLOCK = compiled(r"[\u4e00-\u9fff]*[日午晚早]\d{1,2}[：:][0-5]\d")  # a time of day: (…)日18：00, 下午3：30


_CUT_REACH = 2  # characters of the line above a word the margin cut may begin with (履行下 / 列职责)
_LISTING_VERBS = ("包括", "如下", "主要有")  # a sentence's lead-in into its list, no field's name
_ORDINAL_OPENING = compiled(r"第[一二三四五六七八九十]{1,3}[，,]")  # a step of a list: 第一，… 第二，…
_STEP_OPENING = compiled(r"([一二三四五六七八九十]{1,3})是")  # a step of a list: 一是…，二是…
_ORDINAL_STEP = compiled(r"第([一二三四五六七八九十]{1,3})[，,]")  # 第一，… 第二，…: its number a group
_STEP_FIRST = frozenset("第一二三四五六七八九十")  # a step's first character
_STEP_AFTER = ("。", "；", ";", "：", ":")  # what a step of a list opens its line under (its lead-in's end too)


def _step_may_open(above: str) -> bool:
    """Whether a step of a list (``二是…``) may open the line under the compact line ``above``: a sentence's or a
    lead-in's end, or an assignment's closing bracket (``…（责任单位：各街镇）``).

    >>> _step_may_open("…开展："), _step_may_open("…（责任单位：各街镇）"), _step_may_open("…做好方案审核，")
    (True, True, False)
    """
    return above.endswith(_STEP_AFTER) or (above.endswith(("）", ")")) and closes_an_assignment(above))


_STEPS_APART = 60  # lines: how far a step's neighbour may open a line (a step of ten lines at 24 characters)
_DUTIES_ABOVE = 64  # duties of a list asked one above another at most
_CN_NUMBER_FIRST = frozenset("（(一二三四五六七八九十")
_CN_NUMBER = compiled(r"[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、")
_ENDS_WITH_A_NUMBER = compiled(r"[（(][一二三四五六七八九十]{1,3}[)）]$")  # a cited item's number, no assignment's end


def _runs_into_its_words(heading: str) -> bool:
    """Whether a heading's line goes on after a colon in its words (``（三）工作推进专班：配合区协调监管机``): a body's
    duties or a field's words, no heading standing alone, however the text's other headings stand (round 79 sweep79:
    held-out 13 indented at 20, the full line under it opened a paragraph and the duty lost its words).

    >>> _runs_into_its_words("（三）工作推进专班：配合区协调监管机"), _runs_into_its_words("（一）工作职责：")
    (True, False)
    >>> _runs_into_its_words("（一）加强组织领导，健全工作推进机制")
    False
    """
    colon = heading.find("：")
    return 0 < colon < len(heading) - 1


# a number cited right after another, a list's (``三、四”模式``, ``（七）（八）项职责``): a heading's number is followed by
# its words (``三、四项保障措施`` is a heading, its words opening with a numeral)
_CITED_NEXT = compiled(r"[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}[”’、，]")
_CN_NUMBER_STYLE = compiled(r"[一二三四五六七八九十]")  # a number's marks alone: ``（）``, ``、``
_CN_DIGIT = {c: k for k, c in enumerate("一二三四五六七八九", 1)}


def _cn_value(number: str) -> int:
    """The value of a Chinese numeral's number (``（十二）``, ``三、``).

    >>> _cn_value("（十二）"), _cn_value("三、"), _cn_value("二十、"), _cn_value("十、")
    (12, 3, 20, 10)
    """
    digits = _CN_NUMBER_STYLE.findall(number)
    if "十" not in digits:
        return _CN_DIGIT.get(digits[0], 0) if digits else 0
    at = digits.index("十")
    tens = _CN_DIGIT.get(digits[0], 1) if at == 1 else 1
    return tens * 10 + (_CN_DIGIT.get(digits[at + 1], 0) if at + 1 < len(digits) else 0)


# a paragraph's last line ends so, a heading's rest does not
_TITLE_REST_ENDS = ("。", "；", ";", "！", "？", "：", ":")
_FULL_HEADINGS = 0.25  # of a style's other headings: how many may fill their line (ending at the margin too)
_HEADING_FIRST = frozenset("（(一二三四五六七八九十第")  # a heading's first character (``wrapped.heading_style``)
_DATE_LINE_MAX = 40  # characters: a line holding a date alone (beside its issuer's name at most)


class _Paragraphs(NamedTuple):
    """The paragraphs of an outline (offsets into its compact text) and the headings that open its sections."""

    marks: list[int]  # where paragraphs start
    ends: list[int]  # where they end
    titles: set[int]  # paragraphs that are a sub-heading line (（一）推进…): a task's title, or a group's
    headings: list[tuple[int, str, int]]  # (offset, title, line) of each section's heading


# an assignment found: (task text ends, next task text may start, paragraph start, assignment, its offsets' base)
_Found = tuple[int, int, int, Assignment, int]


def _read(source: Source, index: Index, skipped: Sequence[bool], title: str | None) -> Reading:
    """The outline reading: the paragraphs, then the assignments written in brackets and label lines, the statements
    of a group's units spread over its items, the paragraphs that assign in their own words, and (when the reading
    is built) the sections of their tasks."""
    text = source.text
    paras = _outline_paragraphs(source, skipped, _title_line(source, title))
    marks, ends, titles, headings = paras

    def outside(pos: int) -> bool:
        return not skipped[text.line_at(pos) - 1]

    warnings = _unclosed(index, text, outside)
    found, claimed = _assignments_written(index, text, marks, ends, outside)
    heads = titles | {h[0] for h in headings}
    prose_of = partial(_prose_of, text.text)
    lead_ins = _group_statements(text.text, marks, ends, heads, found, claimed, prose_of)
    found.sort(key=lambda f: f[0])

    def names_units(j: int) -> bool:
        return prose_of(marks[j], ends[j]) is not None

    dated_brackets = sorted(
        (start, assignment[1])
        for start, _, assignment, bracketed, _, _ in index.found
        if bracketed and not assignment[0] and assignment[1] and outside(start)
    )
    item_lines, spread = _spread_group_assignments(
        found, marks, ends, claimed, heads, text, names_units, index.deadline_lines(), dated_brackets, lead_ins
    )
    pending: list[tuple[int, list[tuple[int, int, int, Assignment, int]]]] = []  # sentences under unit headings
    spread += _unit_headings(found, marks, ends, claimed, heads, text.text, prose_of, pending)
    # 第七条 区政府应当…履行下列职责： over （一）…: the duties its body leads (round 72); 2．各居民区：… over （1）… (round 77)
    spread += _duty_intros(found, marks, ends, claimed, text.text, prose_of)
    if "由" in text.text:  # 第1-3项任务由A牵头，B配合: tasks given their units by number (round 40)
        cited = _cited_by_number(found, marks, ends, claimed, text.text)
        item_lines.update((at, text.line_at(mark)) for at, mark in cited)
        spread += len({text.line_at(at) for at, _ in cited})
    if titles:
        _sub_sections_closed(found, marks, ends, titles, claimed, text.text, names_units)
    found += _paragraph_tasks(text, paras, claimed, prose_of)
    if pending:
        led = _sentences_led(found, pending)
        found += led
        spread += len({f[3].units[0].pos for f in led})  # each heading whose sentences it leads counts once
    found.sort(key=lambda f: f[0])
    if "）" in text.text or ")" in text.text:
        found = _with_bracket_duties(found, text.text, item_lines)
    _dated_by_the_line_after(found, marks, ends, text.text, index.deadline_lines())
    # evidence: the assignments read (a group's, spread over its items, counts once); the warnings of the items left
    # out join ``warnings`` when the reading is built
    build = partial(_outline_sections, text, paras, found, item_lines, warnings, title)
    return Reading("outline", build, evidence=len(found) - len(item_lines) + spread, warnings=warnings)


def _with_bracket_duties(found: list[_Found], text: str, item_lines: dict[int, int]) -> list[_Found]:
    """``found`` with the duty passages of a bracket closing a task's paragraph (``…处置。（A：负责…。B：…）``,
    ``bracket_duties``) read as tasks of their own after it, each led by its body, and the task's text ending before
    the bracket (round 80 heldout26, held-out 101 lines 84, 88).

    >>> from reformgraph.loaders.roles import Assignment, RoleUnit
    >>> t = "A中心牵头处置。（B办：负责巡查。C队：负责执法）"
    >>> task = (len(t), len(t), 0, Assignment(units=(RoleUnit("A中心", "lead", 0),)), 0)
    >>> [(t[f[2] : f[0]], [u.name for u in f[3].units]) for f in _with_bracket_duties([task], t, {})]
    [('A中心牵头处置。', ['A中心']), ('B办：负责巡查。', ['B办']), ('C队：负责执法', ['C队'])]
    """
    from reformgraph.loaders.bracket_duties import bracket_duties

    out: list[_Found] = []
    for f in found:
        start, _, para, assignment, base = f
        passages = (
            [] if start in item_lines or text[start - 1 : start] not in "）)" else bracket_duties(text, para, start)
        )
        if not passages:
            out.append(f)
            continue
        opening = passages[0][0] - 1
        out.append((opening, opening, para, assignment, base))
        out += [(b, b, a, duty, 0) for a, b, duty in passages]
    return out


def _title_line(source: Source, title: str | None) -> int:
    """The 0-based line of the document's ``title`` when it stands alone on one of the first lines (``# …方案`` or
    the title's words alone), else -1.

    >>> s = Source.from_text("某县防汛工作方案\\n\\n各村为责任主体。")
    >>> _title_line(s, "某县防汛工作方案"), _title_line(s, "某县防汛工作"), _title_line(s, None)
    (0, -1, -1)
    """
    if not title:
        return -1
    compacts = source.compacts
    return next(
        (i for i in range(min(len(compacts), _TITLE_REACH)) if compacts[i].lstrip("#") == title),
        -1,
    )


_TITLE_REACH = 40  # lines: how far down a plan's title stands (under a covering notice)


def _outline_paragraphs(source: Source, skipped: Sequence[bool], title_at: int = -1) -> _Paragraphs:
    """Where the paragraphs of the lines read (those not ``skipped``) start and end, which of them are sub-heading
    lines, and the headings that open sections (``一、…``; with a duties heading below the top level, the lower
    headings like it too). The document's title (on line ``title_at``) is a paragraph of its own and titles no task
    (round 73: the paragraph under it, a lead-in naming the bodies responsible, read the title as its task's words,
    and, in plain text, its first unit's name).

    >>> s = Source.from_text("一、重点任务\\n（一）推进管网改造\\n完成验收，\\n2026年底前完成。\\n二、保障措施")
    >>> p = _outline_paragraphs(s, [False] * 5)
    >>> [s.text.text[a:b] for a, b in zip(p.marks, p.ends)]
    ['一、重点任务', '（一）推进管网改造', '完成验收，2026年底前完成。', '二、保障措施']
    >>> [h[1] for h in p.headings], [s.text.text[t : t + 9] for t in p.titles]
    (['重点任务', '保障措施'], ['（一）推进管网改造'])
    """
    from reformgraph.loaders.duties import DUTY_SECTION

    lines = source.lines
    headings: list[tuple[int, str, int]] = []  # (offset, title, line)
    marks: list[int] = []  # offsets where paragraphs start
    titles: set[int] = set()  # paragraphs that are a sub-heading line (（一）推进…): a task's title, or a group's
    ends: list[int] = []  # offsets where they end
    prev: tuple[int, int, str] | None = None  # the line before (first, last, compact): a paragraph when wrapped
    decimal: list[tuple[int, str, int]] = []  # 2.2 成员单位职责, 3 预防预警: a 预案's headings, numbered so
    spaced_heading = -1  # the last of them whose number a space sets apart
    compacts = source.compacts
    held = -1  # the last line of an open work field's value (工作内容： / its points / 牵头单位：…): one paragraph
    for line in _lines_read(source, skipped):
        i, _, c = line
        if i <= held and prev is not None and i == prev[1] + 1:
            prev = (prev[0], i, c)  # (a point of the value: the paragraph goes on, whatever its end)
            continue
        if (
            0 <= c.find("：", 2, _OPEN_FIELD_LONGEST)
            and i + 1 < len(compacts)
            and compacts[i + 1]  # (its value goes on in the next line: a blank one after most lines)
            and ENUMERATED.match(c) is None
        ):
            held = _open_field_value(compacts, i, skipped)
        if c[0] in _BULLETS and _SECTION.match(bare := c.lstrip(DECORATIONS)):
            c = bare  # ▶ 二、提升…: a heading behind a post's decoration (round 37)
        h = _without_link_fields(c) if "包" in c or "联系" in c else c  # 一、北门社区（包联领导：…） (round 73)
        if _SECTION.match(h) and len(h) <= 40 and not h.endswith(("。", "；")) and not LABEL.search(h):
            headings.append((source.offset(i), _SECTION.sub("", h).rstrip("：:"), i + 1))
        elif (sub := _SUB_HEADING.match(c)) is not None:
            decimal.append((source.offset(i), sub.group(2), i + 1))
            if _SPACED_NUMBER.match(lines[i]):
                spaced_heading = i  # 2 成员单位职责: a heading's line, whatever its number
        if (
            prev is None
            or prev[0] == spaced_heading
            or (i > prev[1] + 1 and True in skipped[prev[1] + 1 : i])  # a table between them (round 40)
            or lines[i].lstrip()[:1] in _BULLETS
            or lines[i].lstrip().startswith("#")
            or ENUMERATED.match(c)
            or _opens_a_named_item(c)
            or prev[2].endswith(_SENTENCE_END)
            or _is_heading(lines[prev[0]], prev[2])
            or prev[1] == title_at
            or _after_label_line(prev[2], c)
            or (i > prev[1] + 1 and (_closed_by_its_deadline(prev[2], c) or _closed_by_its_units(prev[2], c)))
        ):
            if marks:
                ends.append(source.line_end_offset(prev[1]))
            marks.append(source.offset(i))
            if i == title_at:
                pass  # the document's title: no task's
            elif _is_heading(lines[i], c) and not _SECTION.match(c) and lines[i].lstrip()[:1] not in _HEADING_BULLETS:
                titles.add(source.offset(i))  # a bullet's heading is a group's, never one task's title
            elif c[-1] in "：:" and _names_items_unit(compacts, i):
                titles.add(source.offset(i))  # 党政办： over 1.… / 2.…: the office's heading (round 72 fresh72)
        prev = line
    if marks:
        ends.append(source.line_end_offset(prev[1]))
    if any(DUTY_SECTION.search(title) for _, title, _ in decimal):
        # a duties heading below the top level (2.2 成员单位职责, （二）部门职责; round 37): it and the lower headings
        # like it open sections, so its section ends where the next one starts
        headings = sorted(headings + decimal)
    return _Paragraphs(marks, ends, titles, headings)


def _names_items_unit(compacts: Sequence[str], i: int) -> bool:
    """Whether line ``i``, unnumbered and closed by a colon, is a unit's name alone over numbered items (``党政办：`` /
    ``1.负责…``): the unit's heading, as ``（一）党政办：`` is (round 72 fresh72).

    >>> _names_items_unit(["党政办：", "1.负责统筹协调。"], 0), _names_items_unit(["工作要求：", "1.加强领导。"], 0)
    (True, False)
    >>> _names_items_unit(["党政办：", "负责统筹协调。"], 0)
    False
    >>> _names_items_unit(["党政办：", "", "", "1.负责统筹协调。"], 0)  # blank lines doubled (round 81)
    True
    """
    name = compacts[i][:-1]
    if not 2 <= len(name) <= _UNIT_HEADING_LENGTH or ENUMERATED.match(compacts[i]) is not None:
        return False
    # (the first line below past a blank line or a few: a copy's doubled blank lines, round 81 heldout28)
    below = next((c for c in compacts[i + 1 : i + 1 + _BLANKS_BELOW] if c), "")
    return number_level(below, 0) is not None and _heading_unit(name, 0, len(name)) is not None


_BLANKS_BELOW = 4  # lines: how far below a unit's name and colon its first item may stand


_OPEN_FIELD = compiled(r"[\u4e00-\u9fff]{2,8}[:：]")  # 工作内容：, its value going on in the lines after it
_OPEN_FIELD_LONGEST = 9  # where the colon of such a field's label is at the latest


def _open_field_value(compacts: Sequence[str], i: int, skipped: Sequence[bool]) -> int:
    """The last line of the value of a field of the work opening line ``i`` (``工作内容：``) that goes on in the lines
    after it, each a point of its own or the rest of a sentence (``组织职工培训；`` / ``全年完成3000人次。``, their
    numbers written as spaces by ``assignments.fields_unnumbered``), when a unit or deadline field's label line
    follows them with no blank line, number, heading or other field between (round 61: the work and its fields are
    one task's block, the heading above its text, as the work's field on one line is; round 62: or one blank line
    before the label); else -1.

    >>> _open_field_value(["（一）培训", "工作内容：", "组织培训；", "完成3000人次。", "牵头单位：县人社局"], 1, [False] * 5)
    3
    >>> _open_field_value(["工作内容：组织培训；", "完成3000人次。", "牵头单位：县人社局"], 0, [False] * 3)
    1
    >>> _open_field_value(["工作措施：", "1.加强领导。", "牵头单位：县人社局"], 0, [False] * 3)
    -1
    >>> _open_field_value(["工作目标：建成。", "具体措施：建设。", "牵头单位：县人社局"], 0, [False] * 3)
    -1
    >>> _open_field_value(["牵头单位：", "县人社局", "完成时限：6月底前"], 0, [False] * 3)
    -1

    One blank line may come before the unit field's label (round 62), not two, nor after the label alone:

    >>> _open_field_value(["工作内容：", "组织培训；", "完成3000人次。", "", "牵头单位：县人社局"], 0, [False] * 5)
    2
    >>> _open_field_value(["工作内容：", "组织培训。", "", "", "牵头单位：县人社局"], 0, [False] * 5)
    -1
    >>> _open_field_value(["工作内容：", "", "牵头单位：县人社局"], 0, [False] * 3)
    -1
    """
    if _OPEN_FIELD.match(compacts[i]) is None or LABEL.match(compacts[i]) is not None:
        return -1
    j = i + 1
    while j < len(compacts) and compacts[j] and not skipped[j] and LABEL.match(compacts[j]) is None:
        if (
            ENUMERATED.match(compacts[j]) is not None
            or _opens_a_named_item(compacts[j])
            or _OPEN_FIELD.match(compacts[j]) is not None
        ):
            return -1
        j += 1
    last = j - 1
    if j + 1 < len(compacts) and not compacts[j] and not skipped[j + 1]:
        j += 1  # round 62: one blank line before the unit field's label (…。 / blank / 2.牵头单位：…)
    if last == i or j >= len(compacts) or not compacts[j] or LABEL.match(compacts[j]) is None:
        return -1
    return last


def _unclosed(index: Index, text: CompactText, outside: Callable[[int], bool]) -> list[ParseWarning]:
    """A warning for each parenthetical left open (outside the tables) that opens with a label."""
    return [
        ParseWarning(
            text.line_at(pos),
            f"unclosed parenthetical {text.text[pos : pos + 20]}…",
            "unclosed",
            (("excerpt", text.text[pos : pos + 20]),),
        )
        for pos in index.unclosed
        if outside(pos) and LABEL.match(text.text, pos + 1)
    ]


def _assignments_written(
    index: Index, compact: CompactText, marks: Sequence[int], ends: Sequence[int], outside: Callable[[int], bool]
) -> tuple[list[_Found], set[int]]:
    """The assignments written in brackets and label lines (outside the tables) with the paragraph each closes, and
    the paragraphs they claim (the one an assignment is in; the one before, when it opens its line). A unit's
    numbered duties whose partners it names (``市人社局：1.…；2.…，配合单位为…``) are a task each; an annex list's
    item naming who drew it up is none, nor a contact's line written person first."""
    from reformgraph.loaders.duties import contact_line

    text = compact.text
    found: list[_Found] = []
    claimed: set[int] = set()
    for start, end, assignment, _, _, base in (*index.found, *index.label_lines()):
        if not assignment[0] or not outside(start):
            continue
        k = bisect_right(marks, start) - 1
        if k >= 0 and in_annex_list(text, marks, ends, k):
            continue  # 附件：1.…分工表（县发展改革局牵头）: who drew an annex up, no task (round 53)
        if text.startswith(("：", ":"), end) and contact_line(text, *compact.line_span(start)[1:]):
            continue  # 王某某（市民政局，牵头）：138… on its line: a contact written person first, no task (round 54)
        if k >= 0 and k not in claimed and _SUPPORT_ROLES.issuperset(u[1] for u in assignment[0]):
            duties = _duties_with_partners(text, marks[k], ends[k], start, assignment, base)
            if duties:  # 市人社局：1.…；2.…，配合单位为市政务服务管理局，…: the partners are those of one duty
                found.extend(duties)
                claimed.add(k)
                continue
        claimed.add(k)
        if k > 0 and marks[k] == start:
            claimed.add(k - 1)  # an assignment on a line of its own closes the paragraph before it: its task
        elif k > 0 and after_measure_label(text, marks[k], start):
            # 问题五：… / 整改要求：牵头部门：A；…: the measure's fields alone, the problem above its task (round 61)
            claimed.add(k - 1)
            found.append((marks[k], end, marks[k], assignment, base))
            continue
        found.append((start, end, marks[k] if k >= 0 else 0, assignment, base))
    return found, claimed


def _prose_of(text: str, mark: int, end: int) -> Assignment | None:
    """The assignment a paragraph ``text[mark:end]`` writes in prose (``6.区发展改革委牵头…``: the subject after the
    number), or None when it has no word of one.

    >>> [(u.name, u.role) for u in _prose_of("6.由区财政局牵头，会同各街镇落实资金。", 0, 21).units]
    [('区财政局', 'lead'), ('各街镇', 'support')]
    >>> _prose_of("6.加强督查。", 0, 7) is None
    True
    """
    if not _PROSE_HINT.search(text, mark, end) and not _ASKED_HINT.search(text, mark, end):
        return None
    from reformgraph.loaders.prose import read_prose

    number = ENUMERATED.match(text[mark : mark + 12])
    return read_prose(text, mark + (number.end() if number else 0), end)


def _group_statements(
    text: str,
    marks: Sequence[int],
    ends: Sequence[int],
    heads: Collection[int],
    found: list[_Found],
    claimed: set[int],
    prose_of: Callable[[int, int], Assignment | None],
) -> set[int]:
    """The statements of a group's units over its items (``以上工作由A负责，B配合`` / ``以下各项任务由A负责`` /
    ``以上任务责任单位：A``): each an assignment on a line of its own, added to ``found`` and its paragraph (and the
    one before) to ``claimed``, for the group rules to spread over the items after or before it. Returns the
    offsets of the lead-ins among them (``8.提升…。以下事项由A牵头，B负责：`` over its sub-items)."""
    below = _paragraphs_holding(text, "以下", marks)  # the few a lead-in may close (round 40)
    lead_ins: set[int] = set()
    for k, (mark, end) in enumerate(zip(marks, ends)):
        if k in claimed:
            continue
        group = _GROUP_STATEMENT.match(text, mark, end)
        if group is not None and text.find("项", mark, end) != -1 and _cites_by_number(text, mark, end):
            continue  # 以上第1-2项任务由A牵头；第3项由B负责: each item its own units (``_cited_by_number``, round 40)
        if group is None and k in below and (at := closing_lead_in(text, mark, end)) != -1 and number_level(text, mark):
            # 8.提升…。以下事项由A牵头，B负责： over its sub-items (round 40): the item's paragraph is no task of its own
            stated = _group_assignment(text, at + len("以下"), end - 1, prose_of)
            if stated is not None:
                found.append((at, end, mark, stated[0], stated[1]))
                lead_ins.add(at)
                claimed.add(k)
            continue
        if group is not None:
            if CARRIED_UNIT.search(text, mark, end):
                continue  # 以下各项工作均由A负责落实，不再列出: a convention carried into every later task (round 29)
            stated = _group_assignment(text, group.end(), end, prose_of)
        elif (  # 市数据局牵头，市有关部门按职责分工负责。 alone under a heading, over numbered items (round 31)
            0 < k < len(marks) - 1
            and marks[k - 1] in heads
            and number_level(text, mark) is None
            and number_level(text, marks[k + 1]) is not None
            and roles_only(text[mark:end])
        ):
            stated = (prose, 0) if (prose := prose_of(mark, end)) is not None and prose[0] else None
        elif mark in heads and (at := _heading_roles(text, marks, ends, k, claimed, prose_of)) != -1:
            # （一）推进…。A牵头，B配合。 over items naming no unit (round 56): the heading's parenthetical's rule
            stated = (prose, 0) if (prose := prose_of(at, end)) is not None and prose[0] else None
            if stated is not None:
                found.append((at, end, mark, *stated))
                claimed.add(k)
            continue
        else:
            continue
        if stated is not None:
            assignment, base = stated
            found.append((mark, end, mark, assignment, base))
            claimed.add(k)
            if k > 0:
                claimed.add(k - 1)
    return lead_ins


def _heading_roles(
    text: str,
    marks: Sequence[int],
    ends: Sequence[int],
    k: int,
    claimed: Collection[int],
    prose_of: Callable[[int, int], Assignment | None],
) -> int:
    """Where the sentence naming who does the work opens in a group's numbered heading ``k``
    (``（一）推进老旧管网改造。A牵头，B、C配合。``) whose next paragraph is an item a level below naming no unit of its
    own, else -1: the sentence states the group's units, as a bracket closing the heading does (round 25), and each
    item is a task with them (round 56; before, the heading was one task and its items were left out).

    >>> t = "（一）推进改造。甲局牵头，乙局配合。1.开展评估。2.实施改造。"
    >>> _heading_roles(t, [0, 18, 24], [18, 24, 31], 0, set(), lambda a, b: None)
    8
    >>> _heading_roles("（一）推进改造。甲局牵头。1.开展评估（丙局负责）。", [0, 13], [13, 26], 0, {1}, lambda a, b: None)
    -1
    """
    if k + 1 >= len(marks) or k + 1 in claimed:
        return -1
    level, below = number_level(text, marks[k]), number_level(text, marks[k + 1])
    if level is None or below is None or below <= level:
        return -1
    at = text.find("。", marks[k], ends[k]) + 1
    if not 0 < at - marks[k] <= _HEADING_LENGTH or at >= ends[k] or not roles_only(text[at : ends[k]]):
        return -1
    return -1 if prose_of(marks[k + 1], ends[k + 1]) is not None else at


def _restated(text: str, duty: Assignment, start: int, end: int) -> bool:
    """Whether the paragraph ``text[start:end]`` under a heading of one unit (``duty``: ``（一）区更新办``) opens with
    that unit's name again (``区更新办由…协同开展工作，负责…``): it writes its own assignment, the heading titles it.

    >>> t = "（一）区更新办\\n区更新办负责统筹。"
    >>> _restated(t, Assignment(units=(RoleUnit("区更新办", "lead", 3),), anchor=3), 8, len(t))
    True
    >>> _restated(t, Assignment(units=(RoleUnit("区绿化市容局", "lead", 3),), anchor=3), 8, len(t))
    False
    """
    return len(duty.units) == 1 and text.startswith(duty.units[0].name, start, end)


def _paragraph_tasks(
    compact: CompactText,
    paras: _Paragraphs,
    claimed: Collection[int],
    prose_of: Callable[[int, int], Assignment | None],
) -> list[_Found]:
    """The tasks of the paragraphs no assignment claimed: a unit's duties (under a duties heading, numbered, beside
    numbered ones, or a numbered item opening with units and a colon), the subjects that must act (``A要…；B要…``),
    a stage of a schedule, a numbered item led by the units it opens with, points (``一是…，由A牵头；二是…``), and
    roles written in prose. Notes, contact lines (one, or a paragraph of them) and annex lists are none."""
    from reformgraph.loaders.duties import (
        DUTY_SECTION,
        colon_heading,
        contact_line,
        duty_heading,
        numbered_duties,
        read_duty,
        type_duty,
    )
    from reformgraph.loaders.prose import (
        SECOND_POINT,
        agency_task,
        assisting_clauses,
        body_item,
        intro_item_task,
        mapped_bodies,
        plan_level,
        point_tasks,
        share_deadline,
        stage_task,
        subject_tasks,
    )

    text = compact.text
    marks, ends, titles, headings = paras
    order = [h[0] for h in headings]
    duty_sections = {j for j, h in enumerate(headings) if DUTY_SECTION.search(h[1]) or _duties_intro(text, paras, h[0])}
    by_form = _duties_by_form(text, paras) if "负责" in text else set()  # a duties passage by its form (round 73)
    form_types: set[str] = set()  # the department types such a passage gives a task
    found: list[_Found] = []

    def section_of(pos: int) -> int:
        return bisect_right(order, pos) - 1

    @cache
    def level() -> str | None:
        return plan_level(text)  # the plan's own level, asked once and only where a clause may need it (round 69)

    consumed: set[int] = set()
    numbered_at: dict[int, list[tuple[int, int]]] = {}  # paragraph → its numbered duties

    def numbered_of(j: int) -> list[tuple[int, int]]:
        got = numbered_at.get(j)
        if got is None:
            got = numbered_at[j] = numbered_duties(text, marks[j], ends[j])
        return got

    def beside_numbered(j: int) -> bool:
        """Whether a paragraph next to ``j`` in its section lists a unit's numbered duties (``市财政局：1.…；2.…``)."""
        return any(
            0 <= n < len(marks) and section_of(marks[n]) == section_of(marks[j]) and numbered_of(n)
            for n in (j - 1, j + 1)
        )

    articles: list[bool] = []  # whether the plan is written as articles, found once when first asked

    def as_articles() -> bool:
        if not articles:
            articles.append(written_as_articles(text, marks))
        return articles[0]

    agency = _agency_paragraphs(compact, paras, claimed, prose_of) if titles or duty_sections else set()
    agency |= _division_runs(text, paras, claimed, prose_of)
    if by_form:
        agency |= _bodies_by_form(text, paras, claimed, prose_of, by_form)
    shares = _sections_by_body(text, paras, claimed, prose_of) if len(headings) > 1 and "要" in text else set()
    agency |= shares
    bodies: dict[int, tuple[int, int, Assignment] | None] = {}  # numbered paragraph → the body it opens with

    def body_of(j: int) -> tuple[int, int, Assignment] | None:
        if j not in bodies:
            number = ENUMERATED.match(text[marks[j] : marks[j] + _ITEM_NUMBER])
            bodies[j] = None if number is None else body_item(text, marks[j] + number.end(), ends[j])
        return bodies[j]

    def by_body(j: int) -> tuple[int, int, Assignment] | None:
        """The body numbered paragraph ``j`` opens with, when each item of its list opens with its own."""
        body = body_of(j) if number_level(text, marks[j]) is not None else None
        items = _list_items(text, marks, order, j) if body is not None else []
        return body if items and all(body_of(i) is not None for i in items) else None

    colon_names: list[set[int]] = []  # the paragraphs a colon heading's list holds, found once when first asked

    def colon_listed() -> set[int]:
        if not colon_names:
            colon_names.append(_colon_lists(text, marks, ends, claimed, duty_sections, section_of, colon_heading))
        return colon_names[0]

    set_up = False  # under a duties section's sub-heading over the posts set up (（一）组织构架)
    for k, (mark, end) in enumerate(zip(marks, ends)):  # paragraphs with no other assignment
        if duty_sections and (mark in order or (mark in titles and not text.endswith(_SENTENCE_END, mark, end))):
            set_up = end - mark <= _SET_UP_HEADING and _SET_UP.search(text, mark, end) is not None
        if k in claimed or k in consumed or text.startswith(_NOTE_OPENING, mark):
            continue  # 注：“县管校聘”指由县教育局会同…: a note says what words mean, no task (round 37)
        if mark in order and _heading_over_items(text, marks, ends, k):
            continue  # 三、各区（县）政府要切实落实属地监管责任 / （一）各区（县）政府要…: a heading (round 68)
        if k in agency and number_level(text, mark) is not None:
            # （1）涉及林地的…，由B…进行核实。: an item below a body's intro naming its bodies (round 81 left51)
            if (item := intro_item_task(text, mark, end, prose_of(mark, end))) is not None:
                found.append((end, end, mark, item, 0))
            continue
        if k in agency:  # （三）… / 市发展改革委统筹…。市交通委加快…: the agencies the section gives it (round 63)
            task = agency_task(text, mark, end, prose_of(mark, end))
            if steps := _steps_below(text, marks, k):
                # 属地街镇应加强…，负责…。 / 一是… / 二是…: the intro says whose steps they are, each a task of its
                # units; the intro itself none (round 79 left49, held-out 92 lines 232-240)
                leads = [u for u in task.units if u.role == "lead"]
                for j in steps:
                    if j in claimed or not leads or _names_a_lead(prose_of(marks[j], ends[j])):
                        continue  # 一是…，由属地街镇牵头…: read by its own role words
                    consumed.add(j)
                    units = tuple(unit_replaced(u, pos=marks[j]) for u in leads)
                    step = Assignment(units=units, anchor=marks[j])
                    found.append((ends[j], ends[j], marks[j], _with_duty_partners(step, text, marks[j], ends[j]), 0))
                continue
            if k in shares and task.deadline is None:
                task = task._replace(deadline=share_deadline(text, mark, end))  # …于6月20日前报送 (round 73)
            found.append((end, end, mark, task, 0))
            continue
        in_duties = (duty_sections and section_of(mark) in duty_sections and (order[section_of(mark)] != mark)) or (
            k in by_form
        )
        numbered = numbered_of(k)  # 市财政局：1.…；2.…: a task per duty (round 30)
        # a unit's one duty among others' numbered ones (市税务局：推行…, round 31): read as under a duties heading
        beside = not (in_duties or numbered) and beside_numbered(k)
        # or a numbered item that opens with units and a colon, under any heading (1.镇党政办：研究制定…; round 36)
        item = not (in_duties or numbered or beside) and (
            _UNIT_COLON_ITEM.match(text, mark) is not None
            or (0 <= text.find("。", mark + 3, mark + _STOP_REACH) and _UNIT_STOP_ITEM.match(text, mark) is not None)
        )
        if set_up and (in_duties or item):
            continue  # 1.区级路长：设立区农村公路总路长，由区政府分管领导担任: a post set up, no duty (round 63)
        duty = read_duty(text, mark, end) if in_duties or numbered or beside or item else None
        if duty is not None:
            if numbered:
                found.extend((b, b, a, duty, 0) for a, b in numbered)
                continue
            if in_duties or beside or item:
                # （一）市水务局。负责…；负责协同市财政局建立…: its partners support, as under a heading of its own
                # line (round 70 heldout15, held-out 68 line 70; before, the partner was lost)
                found.append((end, end, mark, _with_duty_partners(duty, text, mark, end), 0))
                continue
        if in_duties:
            duty = duty_heading(text, mark, end)
            if duty is None and text[end - 1] in "：:" and k in colon_listed():
                # 区商务局： / 推进…。: a unit's name alone with its colon over its paragraph, one of a list of such
                # names in the section (round 77 left47; before, none: nothing after the colon read as an addressee's)
                duty = colon_heading(text, mark, end)
            nxt = k + 1
            if duty is not None and nxt < len(marks) and nxt not in claimed and _sets_up(text, marks[nxt], ends[nxt]):
                consumed.add(nxt)  # （一）…领导小组 / 镇政府成立…领导小组，组长由镇长担任…: its make-up (round 81)
                continue
            if (
                duty is not None
                and nxt < len(marks)
                and nxt not in claimed
                and text[ends[nxt] - 1] not in "：:"
                and _restated(text, duty, marks[nxt], ends[nxt])
            ):
                # （一）区城市更新领导小组 / 区城市更新领导小组负责统筹…: the paragraph names its unit again, so the task
                # is written there, the heading only titles it (round 68 heldout13, held-out 61 lines 92-98; not an
                # intro closed by a colon over numbered duties, held-out 26's `各街道办事处负责…：`)
                consumed.add(nxt)
                unit = unit_replaced(duty.units[0], pos=marks[nxt])
                found.append((ends[nxt], ends[nxt], marks[nxt], duty._replace(units=(unit,), anchor=marks[nxt]), 0))
                continue
            if (
                duty is not None
                and nxt < len(marks)
                and nxt not in claimed
                and section_of(marks[nxt]) == section_of(mark)
                and read_duty(text, marks[nxt], ends[nxt]) is None
                and duty_heading(text, marks[nxt], ends[nxt]) is None
                and not _first_of_a_list(text, marks, nxt)
            ):
                consumed.add(nxt)  # the heading's duties: the paragraph after it
                if text[ends[nxt] - 1] in "：:" and nxt + 1 in claimed:
                    # …主要履行以下职责：, then its numbered duties, which the heading's units lead (``_unit_headings``):
                    # the intro is no task of its own (round 63 heldout4; before, the heading was one task more)
                    continue
                # 负责农房改造，会同县自然资源局制定方案: whom the heading's unit works with support it, as in its
                # numbered duties (round 64's ``duty_partners``; round 66: before, the partner was lost)
                found.append((ends[nxt], ends[nxt], mark, _with_duty_partners(duty, text, marks[nxt], ends[nxt]), 0))
                # and the sentence paragraphs after it, each a task of the heading's unit on its own line, as under
                # ``四、区商务局`` (round 76): ``区住建局：`` / ``负责…。`` / ``建立…台账。`` (round 78 left48; before, the
                # first paragraph alone was read)
                for j in _more_duty_paragraphs(text, marks, ends, nxt, claimed, section_of, prose_of):
                    consumed.add(j)
                    units = tuple(unit_replaced(u, pos=marks[j]) for u in duty.units)
                    task = _with_duty_partners(duty._replace(units=units, anchor=marks[j]), text, marks[j], ends[j])
                    found.append((ends[j], ends[j], marks[j], task, 0))
                continue
        prose = prose_of(mark, end)
        if (
            in_duties
            and prose is None
            and ("部门负责" in text[mark:end] or "：负责" in text[mark:end] or ":负责" in text[mark:end])
            and (typed := type_duty(text, mark, end))
        ):
            # 公安部门负责…；负责…: a department type's duties in a duties passage, its task (round 70 heldout15,
            # held-out 70; before, no task: a type is no unit's name to prose or to a duty's head); and a kind's
            # before a colon (消防救援机构：负责…, 村（社区）：负责…: round 72 left42)
            found.append((end, end, mark, typed, 0))
            if k in by_form:
                form_types.add(typed.units[0].name)  # the plan's body, named so later too (round 73)
            continue
        if prose is not None and not prose[2] and _under_a_listed_heading(text, marks, titles, claimed, k):
            continue  # 2.落实属地责任 / 各街镇要负责落实… / (1)… / (责任单位：…): the list gives the units (round 63)
        if (prose is not None or item) and (
            contact_line(text, mark, end) or _contacts(compact, mark, end) or in_annex_list(text, marks, ends, k)
        ):
            continue  # 1.市民政局（牵头）：张某某，138…, 2.…名单（县财政局牵头汇总）: a contact, an annex: no task (round 53)
        if (
            prose is None
            and text.find("分工", mark, mark + _DUTY_TITLE) != -1
            and (point := _duties_point(text, mark, end))
        ):
            found.append((end, end, mark, point, 0))  # （十五）明确职责分工。A做好…。B完善…: one task (round 70)
            continue
        safeguards = bool(order and _safeguards_heading(headings[max(0, section_of(mark))][1]))
        procedure = _in_procedure(text, headings, section_of(mark))
        subjects = (
            subject_tasks(text, mark, end)
            if not procedure
            and _MODAL_HINT.search(text, mark, end)
            # a numbered paragraph (no notice's or preamble's), or any of a 责任分工 section, whose paragraphs each
            # assign (市财政局负责…。各区、县（市）人民政府要明确…: round 40)
            and (number_level(text, mark) is not None or in_duties)
            # under safeguards, a subject with a partner (与), or two subjects or more dividing the work (round 68)
            and (not safeguards or text.find("与", mark, end) != -1 or text.count("要", mark, end) > 1)
            and not as_articles()  # a regulation's units that must act: its rules, no tasks (round 66)
            else []
        )
        # and so in a point titled as one (三、强化督导检查。A要加强统筹协调…), for its subjects only: the units its
        # sentence opens with still lead (（十一）加强组织领导。A组织B建立…，2022年底前出台…: round 40's task)
        if safeguards or (subjects and _safeguard_item(text, mark, end)):
            # there only a subject with its partner (A要加强与B的协作，…), as 会同 is read there (round 40); in a
            # titled point too only one working with another (与), as under the heading (round 62: 二、压实工作责任。
            # A要发挥牵头抓总作用…；各乡镇要落实属地责任…, the bodies' duties, not A's task with 各乡镇)
            divided = safeguards and _divided_among_bodies(subjects)  # (asked once of the point's subjects)
            subjects = [
                s
                for s in subjects
                if (any(u[1] == "support" for u in s[2][0]) and (safeguards or text.find("与", mark, end) != -1))
                or (divided and _body_leads(s))
            ]
        if (
            not subjects
            and prose is None
            and not procedure
            and (body := by_body(k)) is not None
            and not as_articles()  # a regulation's bodies: its rules (round 66)
        ):
            # （一）市安全监管部门要…, （二）市交通委加快…: an item of a list divided by body (round 68)
            subjects = [body]
        if (
            not subjects
            and prose is None
            and in_duties
            and not procedure
            and (share := _collective_share(text, mark, end)) is not None
            and any(
                _unit_duty_item(text, marks[n], ends[n])
                for n in range(len(marks))
                if n != k and section_of(marks[n]) == section_of(mark)
            )
        ):
            # 二、任务分工 / （一）局办公室负责… / （三）各事业单位要结合本方案，制定…: a collective's share in a numbered
            # division of the work whose other items open with their unit and 负责 (round 75 rows75, held-out 81)
            subjects = [share]
        led = None
        if (
            not subjects
            and prose is None
            and order
            and _SCHEDULE.search(headings[max(0, section_of(mark))][1])
            and (stage := stage_task(text, mark, end)) is not None
        ):
            subjects = [stage]  # 进度安排: （一）动员部署阶段（2026年3月）。各区政府制定… (round 36)
        elif (
            not subjects
            and prose is None
            and (number := ENUMERATED.match(text[mark : mark + _ITEM_NUMBER])) is not None
            and not safeguards
            and not procedure
            and (led := _unit_led(text, mark + number.end(), end)) is not None
            and not as_articles()  # 镇财政所、镇规建办对相关费用进行审核 in a regulation: a rule (round 66)
        ):
            subjects = [led]  # （2）市气象局加密监测…: the units its sentence opens with lead (round 37)
        if (
            not subjects
            and prose is None
            and not procedure
            and "——" in text[mark:end]
            and (mapped := mapped_bodies(text, mark, end, level())) is not None
        ):
            subjects = [(mark, end, mapped)]  # …项目——区相关职能部门；…——乡镇人民政府，负责…: they lead (round 69)
        if (
            (not subjects or (led is not None and subjects == [led]))
            and (prose is None or not any(u[1] == "lead" for u in prose[0]))
            and not procedure
            and ("配合" in text[mark:end] or "协同" in text[mark:end])
            and not as_articles()
            and (assisting := assisting_clauses(text, mark, end, level()))
            # (not beside the units a numbered item opens with doing its work: 区人社局将…。区卫健局配合…, round 40)
            # (its units there the helpers, read up to their verb: 区卫生部门协调区属医院配合…)
            and (not subjects or _helpers_led(led[2], assisting))
        ):
            # 区公安部门配合提供…；区民政部门配合提供…: each clause whose bodies help a task with no lead (round 69),
            # the first's text from its own clause unless only the item's title comes before it (2．资料核查。A协同…)
            first = mark if _title_only(text, mark, assisting[0][0]) else assisting[0][0]
            found.extend((b, b, first if n == 0 else a, x, 0) for n, (a, b, x) in enumerate(assisting))
            continue
        if not subjects and prose is not None and SECOND_POINT.search(text, mark, end):
            # 一是…，由A牵头；二是…，B负责 (round 50), （1）由A牵头…；（2）由B负责… (round 58): a task each
            subjects = point_tasks(text, mark, end)
        if (
            len(subjects) == 1
            and prose is not None
            and any(u[1] == "lead" for u in prose[0])
            and not {u[0] for u in prose[0]} & {u[0] for u in subjects[0][2][0]}
            # (not when the prose names its partners with their verb: 由A牵头，B、C配合。D要强化…, D's own duty in a
            # sentence of its own, no partner and no lead of A's task: round 65)
            and not any(u[1] == "support" for u in prose[0])
        ):
            # A负责牵头建立…；B、C要开辟…: A leads the task, B and C are its partners, not its leads (round 37); with
            # no 牵头 before them they lead beside A (A负总责…。各村要…签订…; A负责统筹…，各省级人民政府要…: round 40)
            led_by = "牵头" in text[mark : subjects[0][0]]
            beside = tuple(unit_replaced(u, role="support") if led_by else u for u in subjects[0][2][0])
            found.append((end, end, mark, replaced(prose, units=(*prose[0], *beside)), 0))
            continue
        if len(subjects) > 1 or (subjects and (prose is None or len(subjects[0][2][0]) > len(prose[0]))):
            # A要…；B要…: a task each; A要牵头…，B、C要…: one, B and C its partners (round 33)
            # (the first's text from its own sentence after words of no task's opening an untitled, unnumbered
            # paragraph: 各部门（单位）既要各司其职，又要形成合力。区规划资源局要加强…, round 69 heldfix69b)
            at = subjects[0][0]
            own = (
                at > mark
                and text[at - 1] == "。"
                and number_level(text, mark) is None
                and (k == 0 or marks[k - 1] not in titles)
                and not _title_only(text, mark, at)
            )
            first = at if own else mark
            found.extend((b, b, first if n == 0 else a, x, 0) for n, (a, b, x) in enumerate(subjects))
            continue
        if prose is None and form_types and (typed := _form_type_duty(text, mark, end, form_types)) is not None:
            # …。市交通管理部门负责对运营单位…进行监督检查: the type its duties passage made a body of the plan, with
            # 负责, later (round 73 heldout18, held-out 78 line 76; a type is otherwise no subject of prose)
            found.append((end, end, mark, typed, 0))
            continue
        if prose is not None:
            found.append((end, end, mark, prose, 0))
    return found


_DUTY_TITLE = 24  # characters: where a point's number and title stand (（十五）明确职责分工。)
_DUTY_POINT_TITLE = compiled("(?:职责|部门|任务|责任|工作)分工")
_BARE_KINDS = ("公司", "企业")  # a kind of company written with no place, level or 各 (配售电公司): no body named


def _duties_point(text: str, mark: int, end: int) -> Assignment | None:
    """The bodies of a numbered point titled as a division of duties whose sentences each open with the body that
    bears them, with or without a role word (``（十五）明确职责分工。发展改革部门…做好…。市电力公司根据…制订…。各供电公司
    做好…。配售电公司参照…，做好…``, held-out 52 line 98): one task, every named body and every body of a level
    opening a sentence leading, as a 职责分工 paragraph under its own heading reads (held-out 27; round 70), when two
    sentences or more so open. Department types (``建设管理部门``) and kinds of company written bare (``配售电公司``:
    held-out 25's ``本区环卫企业``) are no bodies. Else None.

    >>> t = "（六）明确职责分工。县发改局做好项目备案。自然资源部门做好用地保障。各乡镇人民政府做好排摸。"
    >>> [u.name for u in _duties_point(t, 0, len(t)).units]
    ['县发改局', '各乡镇人民政府']
    >>> _duties_point("（六）明确职责分工。县发改局做好项目备案，统筹推进。", 0, 26) is None  # one body: no division
    True
    """
    from reformgraph.loaders.prose import opening_units

    number = ENUMERATED.match(text[mark : mark + _ITEM_NUMBER])
    if number is None:
        return None
    start = mark + number.end()
    title_end = text.find("。", start, min(end, start + _DUTY_TITLE))
    if title_end == -1 or _DUTY_POINT_TITLE.search(text, start, title_end) is None:
        return None
    units: list[RoleUnit] = []
    shares = 0
    at = title_end + 1
    while at < end:
        stop = text.find("。", at, end)
        stop = end if stop == -1 else stop + 1
        opened = opening_units(text, at, stop)
        if opened:
            shares += 1
            units += [
                u
                for u in opened
                if u.name.startswith("各") or not u.name.endswith(_BARE_KINDS) or u.name[0] in "省市县区镇乡"
            ]
        at = stop
    units = dedupe(units)
    return Assignment(units=tuple(units), anchor=units[0].pos) if shares >= 2 and units else None


def _helps_inside(found: _Found) -> bool:
    """Whether a task read is helpers' alone (``roles.ASSISTS_ALONE``) whose clause opens inside its paragraph
    (``…查询有关信息，区相关部门协同…``): its text is its heading's and its own clause's (round 69).

    >>> a = Assignment(units=(RoleUnit("甲局", "support", 9),), anchor=9, label_roles=(ASSISTS_ALONE,))
    >>> _helps_inside((20, 20, 9, a, 0)), _helps_inside((20, 20, 9, a._replace(label_roles=()), 0))
    (True, False)
    """
    return ASSISTS_ALONE in found[3][6]  # (an assignment, or a tuple of its fields)


def _helpers_led(led: Assignment, assisting: Sequence[tuple[int, int, Assignment]]) -> bool:
    """Whether the units a numbered item's sentence opens with (``led``, read as its leads) are only the helpers its
    clauses name (``assisting``), whatever words after their names were read with them (``区卫生部门协调区属医院``).

    >>> a = Assignment(units=(RoleUnit("区卫生部门", "support", 7),), anchor=7)
    >>> _helpers_led(Assignment(units=(RoleUnit("区卫生部门协调区属医院", "lead", 7),), anchor=7), [(7, 20, a)])
    True
    >>> _helpers_led(Assignment(units=(RoleUnit("区人社局", "lead", 7),), anchor=7), [(7, 20, a)])
    False
    """
    helpers = tuple(u.name for _, _, x in assisting for u in x.units)
    return all(u.name.startswith(helpers) for u in led.units)


_TITLE_MOST = 25  # characters: the longest item title written as a sentence of its own before its work


def _title_only(text: str, mark: int, at: int) -> bool:
    """Whether the words of a paragraph at ``mark`` before ``at`` are no more than its number and a title closed by
    ``。`` (``2．资料核查。``), no work of their own.

    >>> t = "2．资料核查。甲局配合。"
    >>> _title_only(t, 0, 7), _title_only("对此，甲局配合。", 0, 3), _title_only(t, 0, 0)
    (True, False, True)
    """
    number = ENUMERATED.match(text[mark : mark + _ITEM_NUMBER])
    words = text[mark + (number.end() if number else 0) : at]
    return not words or (
        len(words) <= _TITLE_MOST and words.find("。") == len(words) - 1 and not any(c in words for c in "，,；;")
    )


def _heading_over_items(text: str, marks: Sequence[int], ends: Sequence[int], k: int) -> bool:
    """Whether paragraph ``k`` is a numbered heading, no sentence, over items numbered below it (``三、各区（县）政府要
    切实落实属地监管责任`` / ``（一）…``): it names the bodies of its items, no task of its own (round 68 heldfix68,
    held-out 58; before, its 要 made it one).

    >>> t = "三、各区政府要落实属地责任（一）各区政府要排查。"
    >>> _heading_over_items(t, [0, 13], [13, 24], 0), _heading_over_items(t, [0, 13], [13, 24], 1)
    (True, False)
    """
    level = number_level(text, marks[k])
    if level is None or k + 1 >= len(marks) or text.endswith(_SENTENCE_END, marks[k], ends[k]):
        return False
    below = number_level(text, marks[k + 1])
    return below is not None and below > level


# a numbered item opening with a collective and its modal (（三）各事业单位要…), and with a unit and 负责 (（一）局办公室负责…)
_COLLECTIVE_MODAL = compiled(r"(各[^，,。；;：:、（）()]{1,10}?)要(?!求)")
_UNIT_DUTY = compiled(r"([^，,。；;：:、（）()]{2,20}?)负责")


def _collective_share(text: str, start: int, end: int) -> tuple[int, int, Assignment] | None:
    """(start, end, assignment) of a numbered item ``text[start:end]`` opening with a collective and 要: the collective
    leads (``（三）各事业单位要结合本方案，制定本单位…实施方案``), else None.

    >>> t = "（三）各事业单位要结合本方案，制定实施方案。"
    >>> [(u.name, u.role) for u in _collective_share(t, 0, len(t))[2].units]
    [('各事业单位', 'lead')]
    >>> _collective_share("（三）事业单位要制定方案。", 0, 13), _collective_share("各事业单位要制定方案。", 0, 11)
    (None, None)
    """
    number = ENUMERATED.match(text[start : start + _ITEM_NUMBER])
    m = _COLLECTIVE_MODAL.match(text, start + number.end(), end) if number is not None else None
    if m is None or not is_collective(m.group(1)):
        return None
    unit = RoleUnit(m.group(1), "lead", m.start(1))
    return start, end, Assignment(units=(unit,), anchor=m.start(1))


def _unit_duty_item(text: str, start: int, end: int) -> bool:
    """Whether a numbered item ``text[start:end]`` opens with a named unit and 负责 (``（一）局办公室负责制定…``).

    >>> _unit_duty_item("（一）局办公室负责制定方案。", 0, 14), _unit_duty_item("（二）加强统筹，负责协调。", 0, 13)
    (True, False)
    """
    number = ENUMERATED.match(text[start : start + _ITEM_NUMBER])
    m = _UNIT_DUTY.match(text, start + number.end(), end) if number is not None else None
    return m is not None and is_unit_name(m.group(1)) and not is_collective(m.group(1))


def _list_items(text: str, marks: Sequence[int], order: Sequence[int], k: int) -> list[int]:
    """The items of the list numbered paragraph ``k`` is one of, ``k`` too: the paragraphs numbered at its level
    between the nearest ones numbered above it (or the section's headings), past unnumbered paragraphs and
    sub-items; ``[]`` when it is the only one.

    >>> t = "（一）市级1．甲局要建。2．乙局要管。（二）各区1．各区要查。"
    >>> _list_items(t, [0, 5, 12, 19, 24], [], 1), _list_items(t, [0, 5, 12, 19, 24], [], 4)
    ([1, 2], [])
    """
    level = number_level(text, marks[k])
    items = [k]
    for step in (-1, 1):
        j = k + step
        while 0 <= j < len(marks) and marks[j] not in order:
            at = number_level(text, marks[j])
            if at is not None and at < level:
                break
            if at == level:
                items.append(j)
            j += step
    return sorted(items) if len(items) > 1 else []


def _under_a_listed_heading(
    text: str, marks: Sequence[int], titles: set[int], claimed: Collection[int], k: int
) -> bool:
    """Whether paragraph ``k`` is one of those a numbered heading on its own line titles, whose list, on a line of its
    own, closes them (``2.落实属地主体责任`` / ``各街镇…要负责落实…`` / ``(1)…`` / ``(责任单位：…)``): its roles in prose
    are the item's, which the list gives (round 63; the walk up is ``_title_over_paragraphs``'s).

    >>> t = "2.落实责任各街镇要负责落实。(1)负责资金。(2)指导村居。(责任单位：区交通委)"
    >>> m = [0, 6, 15, 23, 31]
    >>> _under_a_listed_heading(t, m, {0}, {4}, 1), _under_a_listed_heading(t, m, {0}, set(), 1)
    (True, False)
    """
    for n in range(k + 1, min(len(marks), k + _TITLE_REACH + 3)):
        if n not in claimed:
            continue
        if text[marks[n]] in "（(" and number_level(text, marks[n]) is None:  # the list (not a sub-point （2）…)
            return 0 <= _title_over_paragraphs(text, marks, titles, n - 1, 0) < k
        if n + 1 not in claimed:
            return False  # a paragraph's own list closes it (not one on the line after it)
    return False


def written_as_articles(text: str, marks: Sequence[int]) -> bool:
    """Whether a plan is written as articles, a regulation's form: three or more of its paragraphs (starting at
    ``marks`` in ``text``) open with an article's number (``第一条 适用范围``, ``第四条 操作规则及办理手续``). Its
    numbered items whose units act with no role word (``3.…后，吴泾镇应通过集体决策程序…明确…``,
    ``（3）…。镇财政所、镇规建办对相关费用进行审核``) state the rules every party follows, no tasks; a role word still
    assigns one (``1.吴泾镇会同用地单位制定…``), as 职责分工's ``镇信访办负责…`` do (round 66, held-out 46).

    >>> t = "第一条适用范围第二条工作原则第三条利用用途1.吴泾镇应明确…"
    >>> written_as_articles(t, [0, 7, 14, 21]), written_as_articles(t, [0, 21])
    (True, False)
    """
    return sum(1 for m in marks if text.startswith("第", m) and _ARTICLE.match(text, m)) >= _ARTICLES_LEAST


def _in_procedure(text: str, headings: Sequence[tuple[int, str, int]], j: int) -> bool:
    """Whether section ``j`` is a procedure's (``六、工作流程``) or a sub-section of one (``（一）巡视检查`` under it, made a
    section by a duties heading beside it: round 37), round 63.

    >>> t = "六、工作流程（一）巡视检查1.各镇应建立日志。七、工作保障"
    >>> h = [(0, "工作流程", 1), (6, "巡视检查", 2), (23, "工作保障", 4)]
    >>> _in_procedure(t, h, 1), _in_procedure(t, h, 2)
    (True, False)
    """
    while j >= 0:
        at, title, _ = headings[j]
        if _PROCEDURE.search(title):
            return True
        if _SECTION.match(text[at : at + _SECTION_NUMBER]):
            return False  # a top-level heading of another kind
        j -= 1
    return False


def _agency_paragraphs(
    compact: CompactText,
    paras: _Paragraphs,
    claimed: Collection[int],
    prose_of: Callable[[int, int], Assignment | None],
) -> set[int]:
    """The paragraphs of the sections that divide their work by agency (round 63): every numbered sub-heading of the
    section over one paragraph that opens with the units doing it (``（三）开展…布局`` / ``市发展改革委统筹…``), at
    least two, one of them stating its units' role in words (``市发展改革委负责…``, ``市科委牵头…``): each is a task
    its units lead, the others by analogy. None where a heading of the section is over anything else (several
    paragraphs, one opening with no unit, a list in brackets), nor where no paragraph names a role; but a section whose
    sub-titles nest or stand over several paragraphs, most of them opening with units, is read by ``_agency_spans``.

    >>> t = CompactText.from_compacts(["三、组织保障", "（一）统筹推进", "甲市发展改革委负责评审。", "（二）产业转型", "甲市经济信息化委推动转型。"])
    >>> p = _Paragraphs([0, 6, 13, 25, 32], [6, 13, 25, 32, 45], {6, 25}, [(0, "组织保障", 1)])
    >>> sorted(_agency_paragraphs(t, p, set(), partial(_prose_of, t.text)))
    [2, 4]
    """
    from reformgraph.loaders.duties import DUTY_SECTION
    from reformgraph.loaders.prose import opening_units

    text = compact.text
    marks, ends, titles, headings = paras
    order = [h[0] for h in headings]
    heads = set(order)
    sections: dict[int, list[int]] = {}
    mixed: set[int] = set()
    # (section, the paragraphs below each sub-title) where a sub-title nests (（二）… / 1.…): round 78 heldout92
    titles_over: list[tuple[int, list[int]]] | None = [] if _NESTED_TITLES.search(text) else None
    for k, mark in enumerate(marks):
        if mark not in titles or mark in heads or number_level(text, mark) is None:
            continue
        section = bisect_right(order, mark) - 1
        j = k + 1
        if (
            j < len(marks)
            and marks[j] not in titles
            and marks[j] not in heads
            and (j + 1 == len(marks) or marks[j + 1] in titles or marks[j + 1] in heads)
            and j not in claimed
            and number_level(text, marks[j]) is None
            and opening_units(text, marks[j], ends[j]) is not None
        ):
            sections.setdefault(section, []).append(j)
        else:
            mixed.add(section)
        if titles_over is not None:
            titles_over.append((section, _title_span(text, paras, j)))
    if titles_over is not None:
        for section, found in _agency_spans(text, paras, claimed, titles_over).items():
            if section in mixed:
                mixed.discard(section)
                sections[section] = found
    for section, (at, title, _) in enumerate(headings):
        if (
            section not in sections
            and section not in mixed
            and (DUTY_SECTION.search(title) or _duties_intro(text, paras, at))
        ):
            sections[section] = _duty_paragraphs(text, paras, claimed, at, section)
    out: set[int] = set()
    for section, found in sections.items():
        if section not in mixed and len(found) > 1 and any(_names_a_lead(prose_of(marks[j], ends[j])) for j in found):
            out.update(found)
    return out


_NESTED_TITLES = compiled(r"[）)][^。；]{2,30}?[1-9][.．、]")  # a bracketed sub-title right over a numbered one


def _title_span(text: str, paras: _Paragraphs, j: int) -> list[int]:
    """The paragraphs from ``j`` below a sub-title: the unnumbered ones up to the next title, heading or numbered one.

    >>> t = "（一）推进甲市城管局开展巡查。甲市水务局加强监测。（二）…"
    >>> _title_span(t, _Paragraphs([0, 7, 17, 26], [7, 17, 26, 30], {0, 26}, []), 1)
    [1, 2]
    """
    marks, _, titles, headings = paras
    heads = {h[0] for h in headings}
    span: list[int] = []
    while j < len(marks) and marks[j] not in titles and marks[j] not in heads and number_level(text, marks[j]) is None:
        span.append(j)
        j += 1
    return span


def _agency_spans(
    text: str, paras: _Paragraphs, claimed: Collection[int], titles_over: list[tuple[int, list[int]]]
) -> dict[int, list[int]]:
    """The sections divided by agency under nested sub-titles (round 78 heldout92: ``（二）提升消纳处置能力`` /
    ``1.拓展土方消纳空间`` / ``区发展改革委、区规划资源局…结合…拓展…``), some over several paragraphs each opening with
    the body doing its share (``属地街镇对…加强管理`` / ``区绿化市容局在…前…核查``): where a sub-title is over other
    titles, numbered items or several paragraphs, and at least two thirds of the section's sub-titles over paragraphs
    open them with units, the paragraphs opening with units are the section's tasks (``_agency_paragraphs``), the
    others not (a procedure, a label: ``处置证上传申报，…``). None where fewer open so.

    >>> t = "（一）推进1.巡查甲市城管局开展巡查。甲市水务局加强监测。2.宣传甲市文明办组织宣传。"
    >>> p = _Paragraphs([0, 5, 9, 19, 29, 33], [5, 9, 19, 29, 33, 43], {0, 5, 29}, [])
    >>> _agency_spans(t, p, set(), [(0, []), (0, [2, 3]), (0, [5])])
    {0: [2, 3, 5]}
    >>> _agency_spans(t.replace("甲市文明办", "做好宣传工"), p, set(), [(0, []), (0, [2, 3]), (0, [5])])
    {}
    """
    from reformgraph.loaders.prose import opening_units

    marks, ends = paras.marks, paras.ends
    opens: dict[int, list[bool]] = {}
    several: set[int] = set()
    found: dict[int, list[int]] = {}
    for section, span in titles_over:
        if not span or text[ends[span[0]] - 1] in _COLONS:
            several.add(section)  # a title over titles, or over an intro to numbered items: they divide it
            if span and (items := _intro_items(text, paras, claimed, span)):
                opens.setdefault(section, []).append(True)  # items naming their bodies below a body's intro
                found.setdefault(section, []).extend(items)
            continue
        if any(i in claimed for i in span):
            opens.setdefault(section, []).append(False)
            continue
        units = [i for i in span if opening_units(text, marks[i], ends[i]) is not None]
        opens.setdefault(section, []).append(units[:1] == span[:1])
        found.setdefault(section, []).extend(units)
        if len(span) > 1:
            several.add(section)
    return {
        section: found[section]
        for section in several
        if 3 * sum(opens.get(section, ())) >= 2 * len(opens.get(section, ())) and len(found.get(section, ())) > 1
    }


def _intro_items(text: str, paras: _Paragraphs, claimed: Collection[int], span: Sequence[int]) -> list[int]:
    """The numbered items below a body's intro that a sub-title is over, each naming the bodies doing its share
    (``2.落实备案`` / ``区绿化市容局开展备案工作：`` / ``（1）涉及林地的…，由B…进行核实。`` / ``（2）…，C指导…``: round 81
    left51, held-out 92 lines 206-220): tasks of the section divided by agency, their bodies leading
    (``prose.intro_item_task``), the intro none. [] unless the intro (``span``, one paragraph) opens with a body, and
    every item of its list, two at least, one level below the sub-title, names its bodies (``prose.item_bodies``).

    >>> t = "1.落实备案县城管局开展备案工作：（1）涉及林地的，由县林业局核实。（2）涉及耕地的，县自然资源局指导核查。推进…"
    >>> p = _Paragraphs([0, 6, 17, 34, 54], [6, 17, 34, 54, 57], {0}, [])
    >>> _intro_items(t, p, set(), [1]), _intro_items(t.replace("县林业局", "有关单位"), p, set(), [1])
    ([2, 3], [])
    """
    from reformgraph.loaders.prose import item_bodies, opening_units

    marks, ends, _, headings = paras
    intro = span[0]
    j = intro + 1
    if len(span) != 1 or j >= len(marks) or opening_units(text, marks[intro], ends[intro]) is None:
        return []
    level, above = number_level(text, marks[j]), number_level(text, marks[intro - 1]) if intro else None
    if level is None or (above is not None and above >= level):
        return []
    heads = {h[0] for h in headings}
    items: list[int] = []
    while j < len(marks) and marks[j] not in heads and number_level(text, marks[j]) == level:
        if j in claimed or item_bodies(text, marks[j], ends[j]) is None:
            return []
        items.append(j)
        j += 1
    return items if len(items) > 1 else []


_RUN = 3  # paragraphs opening with their units under one numbered point: a division of its work (round 71)


def _division_runs(
    text: str, paras: _Paragraphs, claimed: Collection[int], prose_of: Callable[[int, int], Assignment | None]
) -> set[int]:
    """The paragraphs of a numbered point that divides its work among bodies a paragraph each (round 71 heldout16,
    held-out 73 lines 84-94: ``（一）加强组织领导。…`` over ``A、B会同C制订…`` / ``A、B等制订…`` / ``D制订…`` /
    ``E会同有关部门…``): the unnumbered paragraphs up to the next numbered one or heading, at least three opening with
    their units (``prose.opening_units``) and two of those stating a lead in words; those with no role word are tasks
    their opening units lead, as the others' (``agency_task``), the way a section divided by agency reads (round 63).
    None in a run with fewer, nor where no paragraph names its role.

    >>> t = "（一）加强领导。甲市发改委会同甲市财政局制订办法。甲市规划局会同有关部门编制计划。甲市交通委制订细则。（二）…"
    >>> p = _Paragraphs([0, 8, 25, 41, 51], [8, 25, 41, 51, 55], set(), [])
    >>> sorted(_division_runs(t, p, set(), partial(_prose_of, t)))
    [3]
    >>> t = "（一）加强领导。甲市发改委会同甲市财政局制订办法。甲市规划局编制计划。甲市交通委制订细则。（二）…"  # one role
    >>> sorted(_division_runs(t, _Paragraphs([0, 8, 25, 35, 45], [8, 25, 35, 45, 49], set(), []), set(), partial(_prose_of, t)))
    []
    """
    from reformgraph.loaders.prose import division_rest, opening_units

    marks, ends, titles, headings = paras
    heads = {h[0] for h in headings}
    out: set[int] = set()
    k = 0
    while k < len(marks):
        if number_level(text, marks[k]) is None and marks[k] not in titles:
            k += 1
            continue
        j = k + 1  # the point's unnumbered paragraphs
        while (
            j < len(marks) and marks[j] not in heads and marks[j] not in titles and number_level(text, marks[j]) is None
        ):
            j += 1
        run = [i for i in range(k + 1, j) if i not in claimed] if j - k - 1 >= _RUN else []
        # two paragraphs naming a role in words first (one look for its words each), then the bodies opening the rest
        if sum(_RUN_ROLE.search(text, marks[i], ends[i]) is not None for i in run) >= 2:
            named = [i for i in run if _names_a_lead(prose_of(marks[i], ends[i]))]
            if len(named) >= 2 and all(opening_units(text, marks[i], ends[i]) for i in named[:2]):
                rest = [i for i in run if i not in named and prose_of(marks[i], ends[i]) is None]
                # (or the division's other bodies, 其他审批部门按照要求，做好…: round 71 heldfix71, held-out 73 line 92)
                bare = [
                    i for i in rest if opening_units(text, marks[i], ends[i]) or division_rest(text, marks[i], ends[i])
                ]
                if len(named) + len(bare) >= _RUN:
                    out.update(bare)
        k = j
    return out


_RUN_ROLE = compiled("会同|牵头|负责")  # the words a paragraph of a division states its bodies' role with


# a section's first paragraph announcing the duties listed below it under a heading of another name (六、保障机制 /
# 本区…主要管理、执法部门工作职责如下：, round 69 heldout14): the section is a duties section
_DUTIES_INTRO = compiled(r"(?:职责|分工)(?:如下|是)[：:]$")
_COLONS = ("：", ":")


def _duties_intro(text: str, paras: _Paragraphs, at: int) -> bool:
    """Whether the first paragraph after the heading at ``at`` announces the duties listed below it
    (``…工作职责如下：``), so that the section divides its work by body whatever its heading says.

    >>> t = "六、保障机制本区各部门工作职责如下：甲市城管局负责巡查。"
    >>> _duties_intro(t, _Paragraphs([0, 6, 18], [6, 18, 28], set(), [(0, "保障机制", 1)]), 0)
    True
    """
    marks, ends = paras.marks, paras.ends
    k = bisect_right(marks, at)
    return (
        k < len(marks)
        and text[ends[k] - 1 : ends[k]] in _COLONS  # most first paragraphs end otherwise: one look at their end
        and _DUTIES_INTRO.search(text, marks[k], ends[k]) is not None
    )


# a paragraph opening with its body and 负责 (市交通管理部门负责…, 公安、应急管理部门负责…, 轨道交通企业负责…): one of a
# passage dividing duties among bodies, whatever the heading over it says (round 73 heldout18)
_BODY_THEN_DUTY = compiled(r"[\u4e00-\u9fff、（）()]{2,24}?(?:部门|机关|政府|企业|公司|局|委|办|中心)负责")
_DUTIES_BY_FORM = 3  # paragraphs opening so under one heading: a duties passage


def _duties_by_form(text: str, paras: _Paragraphs) -> set[int]:
    """The paragraphs of the passages that divide duties among bodies by their form: the paragraphs right under a
    heading or sub-heading, none of them numbered, at least three opening with a body and 负责 (held-out 78's
    ``（一）健全管理体制机制`` over ``市政府…负责…`` / ``市交通管理部门负责…`` / ``公安、应急管理部门负责…`` /
    ``轨道交通企业负责…`` / ``各区政府落实…`` paragraphs): read as under ``三、职责分工`` (round 70's types, round 63's
    bodies), whatever the heading says (round 73 heldout18).

    >>> t = "（一）健全机制甲市交通管理部门负责审批。甲市公安部门负责巡查。甲轨道企业负责运营。各区政府落实属地责任。"
    >>> p = _Paragraphs([0, 7, 20, 31, 41], [7, 20, 31, 41, 51], {0}, [])
    >>> sorted(_duties_by_form(t, p)), sorted(_duties_by_form(t.replace("负责", "加强"), p))
    ([1, 2, 3, 4], [])
    """
    marks, ends, titles, headings = paras
    tops = sorted(titles | {h[0] for h in headings})
    out: set[int] = set()
    for n, at in enumerate(tops):
        stop = tops[n + 1] if n + 1 < len(tops) else len(text)
        if text.count("负责", at, stop) < _DUTIES_BY_FORM:
            continue  # (one look at most passages: too few 负责 to divide their duties)
        inside = range(bisect_right(marks, at), bisect_left(marks, stop))
        if any(number_level(text, marks[k]) is not None for k in inside):
            continue  # numbered items divide it: read as they are
        if sum(_BODY_THEN_DUTY.match(text, marks[k], ends[k]) is not None for k in inside) >= _DUTIES_BY_FORM:
            out.update(inside)
    return out


def _bodies_by_form(
    text: str,
    paras: _Paragraphs,
    claimed: Collection[int],
    prose_of: Callable[[int, int], Assignment | None],
    by_form: Collection[int],
) -> set[int]:
    """The paragraphs of a duties passage by its form (``_duties_by_form``) that open with the units doing the work
    but state no role the duty readers or prose read (``各区政府落实属地安全应急管理工作，…。负责辖区内…``: held-out 78
    line 50): their units' duties, as a duties section's (``_duty_paragraphs``, round 63 heldfix25).

    >>> t = "（一）健全机制甲市交通管理部门负责审批。甲市公安部门负责巡查。甲轨道企业负责运营。甲市民政局落实属地责任。"
    >>> p = _Paragraphs([0, 7, 20, 31, 41], [7, 20, 31, 41, 52], {0}, [])
    >>> sorted(_bodies_by_form(t, p, set(), partial(_prose_of, t), {1, 2, 3, 4}))
    [4]
    """
    from reformgraph.loaders.duties import read_duty, type_duty
    from reformgraph.loaders.prose import opening_units

    marks, ends = paras.marks, paras.ends
    return {
        k
        for k in by_form
        if k not in claimed
        and prose_of(marks[k], ends[k]) is None
        and read_duty(text, marks[k], ends[k]) is None
        and type_duty(text, marks[k], ends[k]) is None
        and opening_units(text, marks[k], ends[k]) is not None
    }


def _form_type_duty(text: str, start: int, end: int, types: Collection[str]) -> Assignment | None:
    """The duty a paragraph ``text[start:end]`` gives one of the department ``types`` a duties passage of the plan
    made its bodies, where a sentence opens with it and 负责 (``…主体责任。市交通管理部门负责对运营单位…进行监督检查``):
    the type leads, the partners after 会同 or 协同 support; else None (a modal with no role word: ``市交通管理部门要…``).

    >>> t = "甲企业承担主体责任。甲市交通管理部门负责监督检查，会同甲市公安局开展评估。"
    >>> [(u.name, u.role) for u in _form_type_duty(t, 0, len(t), {"甲市交通管理部门"}).units]
    [('甲市交通管理部门', 'lead'), ('甲市公安局', 'support')]
    >>> _form_type_duty("甲市交通管理部门要加强管理。", 0, 14, {"甲市交通管理部门"})
    """
    from reformgraph.loaders.prose import duty_partners

    for name in types:
        at = text.find(name + "负责", start, end)
        while at != -1 and at > start and text[at - 1] not in "。；;":
            at = text.find(name + "负责", at + 1, end)  # (only where it opens a sentence)
        if at != -1:
            partners = [u for u in duty_partners(text, at + len(name), end) if u.name != name]
            return Assignment(units=(RoleUnit(name, "lead", at), *dedupe(partners)), anchor=at)
    return None


def _sections_by_body(
    text: str, paras: _Paragraphs, claimed: Collection[int], prose_of: Callable[[int, int], Assignment | None]
) -> set[int]:
    """The paragraphs of sections that divide a notice's work by body, a heading over one paragraph each (held-out 77:
    ``一、各地自查`` / ``各市（州）、县（市、区）要…开展逐项自查…`` and ``二、部门自查`` / ``省级部门要…。…由A、B…牵头…``):
    where two such sections or more open with the bodies that must do their share (``prose.opening_units`` and 要 or
    应 after them) and one names a lead in words, the others with no role word are tasks their opening bodies lead, as
    a section divided by agency under sub-headings reads (round 63, ``_agency_paragraphs``). None under safeguards
    (``加强组织领导`` / ``各区要…``: exhortations), nor where a body announces its own work (``省政府将对…开展抽查``: 将).

    >>> t = "一、各地自查各区政府要开展自查。二、部门自查甲市财政局牵头完成报告。三、抽查甲市政府将开展抽查。"
    >>> p = _Paragraphs([0, 6, 16, 22, 34, 38], [6, 16, 22, 34, 38, 48], set(), [(0, "各地自查", 1), (16, "部门自查", 2), (34, "抽查", 3)])
    >>> sorted(_sections_by_body(t, p, set(), partial(_prose_of, t)))
    [1]
    >>> p2 = _Paragraphs(p.marks, p.ends, set(), [(0, "组织领导", 1), (16, "保障措施", 2), (34, "抽查", 3)])
    >>> sorted(_sections_by_body(t, p2, set(), partial(_prose_of, t)))
    []
    """
    from reformgraph.loaders.prose import opening_units

    marks, ends, titles, headings = paras
    shares: list[int] = []
    named = False
    for n, (at, title, _) in enumerate(headings):
        k = bisect_right(marks, at)
        stop = headings[n + 1][0] if n + 1 < len(headings) else len(text)
        if (
            k >= len(marks)
            or (k + 1 < len(marks) and marks[k + 1] < stop)  # one paragraph under the heading
            or k in claimed
            or marks[k] in titles
            or number_level(text, marks[k]) is not None
            or _safeguards_heading(title)
        ):
            continue
        if _names_a_lead(prose_of(marks[k], ends[k])):
            named = True
            shares.append(k)
        elif (opened := opening_units(text, marks[k], ends[k])) and text.startswith(
            _MUST, opened[-1].pos + len(opened[-1].name)
        ):
            shares.append(k)
    if not named or len(shares) < 2:
        return set()
    return {k for k in shares if prose_of(marks[k], ends[k]) is None}


_MUST = ("要", "应")  # after the bodies a section's paragraph opens with: their share


def _duty_paragraphs(text: str, paras: _Paragraphs, claimed: Collection[int], at: int, section: int) -> list[int]:
    """The paragraphs right under a duties heading (``三、职责分工``, no sub-heading over them) that open with the units
    doing the work (``区城管执法局依法对…实施行政处罚``), not numbered, not the duties reader's ``Unit：duties``, not a
    body designating others (``区政府明确…``): those that ``_agency_paragraphs`` reads as its sub-headings' (round 63
    heldfix25). None when a sub-heading of its own divides the section.

    >>> t = "三、职责分工甲市城管局负责巡查。甲市公安局依法查处。"
    >>> _duty_paragraphs(t, _Paragraphs([0, 6, 16], [6, 16, 26], set(), [(0, "职责分工", 1)]), set(), 0, 0)
    [1, 2]
    """
    from reformgraph.loaders.duties import read_duty
    from reformgraph.loaders.prose import opening_units

    marks, ends, titles, headings = paras
    stop = headings[section + 1][0] if section + 1 < len(headings) else len(text)
    found: list[int] = []
    for k in range(bisect_right(marks, at), bisect_left(marks, stop)):
        if marks[k] in titles:
            return []  # （一）…: the section's sub-headings divide it (read above, or not at all)
        if (
            k not in claimed
            and number_level(text, marks[k]) is None
            and opening_units(text, marks[k], ends[k]) is not None
            and read_duty(text, marks[k], ends[k]) is None
        ):
            found.append(k)
    return found


def _names_a_lead(assignment: Assignment | None) -> bool:
    return assignment is not None and any(u[1] == "lead" for u in assignment[0])


def _outline_sections(
    text: CompactText,
    paras: _Paragraphs,
    found: Sequence[_Found],
    item_lines: dict[int, int],
    warnings: list[ParseWarning],
    title: str | None,
) -> list[Section]:
    """The sections of the outline's tasks: each task's text from where it begins to its assignment (``found``, in
    order), grouped under the heading above it (the document's ``title`` before the first). The warnings of the
    items left out join ``warnings``."""
    marks, ends, titles, headings = paras
    order = [h[0] for h in headings]
    boundaries = sorted(titles | set(order))

    def task_start(n: int, prev_end: int) -> int:
        """Where the text of ``found[n]`` begins: its paragraph, the one before when the assignment opens
        its line, and the sub-heading right above when that heading titles this task alone."""
        start, _, para, _, _ = found[n]
        begin = max(prev_end, para)
        if begin == start and para > prev_end:  # the assignment opens its line: the task is the paragraph before
            k = bisect_right(marks, para - 1) - 1
            begin = max(prev_end, marks[k] if k >= 0 else 0)
            if k >= 1 and marks[k] == begin and marks[k - 1] >= prev_end and _problem_over_measure(text.text, marks, k):
                begin = marks[k - 1]  # 问题1：…。 / 整改措施：… / 责任股室：…: the problem titles its block (round 63)
        k = bisect_right(marks, begin) - 1
        if k >= 1 and marks[k] < begin and marks[k] >= prev_end and marks[k - 1] in titles and _helps_inside(found[n]):
            begin = marks[k]  # …查询有关信息，A协同…: helpers inside a paragraph its heading titles (round 69)
        if (
            k >= 1
            and marks[k] == begin
            and marks[k - 1] in titles
            and marks[k - 1] >= prev_end
            and not _numbered_item(text.text, begin)
            and not _circled_list_goes_on(text.text, marks, k)
            and _NUMBERED_NAME.match(text.text, begin) is None  # …整改措施 2.查处。 / 问题2：…: no title (round 47)
            and not _sibling_or_higher(text.text, marks[k - 1], begin)
            and not _has_sibling(text.text, marks, k)
            # 3.村级路长和护路员 / 村级路长：负责…: a duty opens with its unit's name, which no heading titles (round 63)
            and not _duty_of_its_units_heading(text.text, marks[k - 1], ends[k - 1], begin)
            and not _point_in_a_list(text.text, marks, k)  # …要求开展: / 一是…。/ 二是…: each point its own (round 64)
            # (三)…的，由属地政府投资建设。 / 除上述情形外，…由A负责。: a case beyond the list's, no part of its last item
            # (round 77 heldout22, held-out 91 line 74)
            and not text.text.startswith(_APART_FROM_THE_LIST, begin)
        ):
            after = bisect_right(boundaries, begin)
            next_heading = boundaries[after] if after < len(boundaries) else len(text.text)
            # (its paragraph's tasks all under it: （三）加强调查核查联动 / …，A协同…。B配合…；C配合…, round 69)
            m = n + 1
            while m < len(found) and found[m][0] <= ends[k]:
                m += 1  # (most often none: the next task is past the paragraph)
            if m == len(found) or found[m][0] > next_heading:
                begin = marks[k - 1]  # （一）全面实施“光伏+”专项工程 / its paragraph / （责任单位：…）
        elif k >= 2 and marks[k] == begin and (j := _title_over_paragraphs(text.text, marks, titles, k, prev_end)) >= 0:
            after = bisect_right(boundaries, begin)
            next_heading = boundaries[after] if after < len(boundaries) else len(text.text)
            # (or the next task is the next item of the heading's own list, （三）推进…。…（牵头单位：…）: round 64)
            if (
                n + 1 == len(found)
                or found[n + 1][0] > next_heading
                or _sibling_or_higher(text.text, marks[j], found[n + 1][2])
            ):
                begin = marks[j]  # 1.强化区级主体责任 / paragraphs / (1)…(3)… / (责任单位：…) (round 62)
        elif (
            k >= 1
            and marks[k] == begin
            and marks[k - 1] >= prev_end
            and text.text[start : start + 1] in "（("  # the paragraph's own list in brackets, no label lines
            and _numbered_item_goes_on(text.text, marks, k)
        ):
            begin = marks[k - 1]  # 15.…制定出台…。 / 在…基础上，…。（牵头单位：…）: one item (round 64)
        return begin

    drafts: list[tuple[int, Draft]] = []
    spans: list[tuple[int, int]] = []  # the text each task was read from
    prev_end = 0
    for n, (start, end, para, assignment, base) in enumerate(found):
        # a label after a comma ends the task's sentence (``开展抽查，责任单位：A``): the comma is not the task's,
        # nor a ；
        begin = item_begin = task_start(n, prev_end)
        if n + 1 < len(found):
            # 具体包括：（1）…（A负责）；（2）…: the first sub-point's task opens at （1） (round 41)
            begin = _after_sub_points_lead_in(text.text, begin, start, found[n + 1][0])
        if begin in titles and begin < para <= start:  # the heading that titles it, then its own paragraph
            # (the heading's words alone: not a paragraph's words before a task inside it, round 69)
            # (helpers inside the paragraph: the heading's words, then their own, not earlier words of no task's)
            heading_end = min(para, ends[bisect_right(marks, begin) - 1]) if _helps_inside(found[n]) else para
            task = strip_enumerator(text.text[begin:heading_end]) + strip_enumerator(text.text[para:start])
        else:
            task = strip_enumerator(text.text[begin:start])
        task = task.rstrip("，,；;")
        if not task and para <= start:  # 1.【牵头单位：A】完善…: the assignment opens its item, the task follows it
            stop = ends[bisect_right(marks, para) - 1]
            if n + 1 < len(found) and end <= found[n + 1][0] < stop:
                # the next task's assignment ends this one's text: lines joined as one paragraph (equal widths
                # read as hard-wrapped) held every later item in each item's text, their square (round 43)
                stop = found[n + 1][0]
            task = _text_after(text.text, end, stop)
        line = item_lines.get(start) or text.line_at(assignment[3] + base)
        for item in inline_items(task):  # 整改措施：1.…；2.…: a task each (round 35)
            drafts.append((max(para, prev_end), Draft(item, line, assignment, source=text, base=base)))
        spans.append((item_begin, max(start, para + 1)))  # (the item was read: no warning that it was left out)
        prev_end = end
    warnings.extend(_items_left_out(text, marks, ends, titles, order, spans))
    sections: list[Section] = []
    groups: dict[int, list[Draft]] = {}
    for start, draft in drafts:
        groups.setdefault(bisect_right(order, start) - 1, []).append(draft)
    for index_ in sorted(groups):
        if index_ < 0:
            sections.append(Section(title or "工作任务", groups[index_][0].line, tuple(groups[index_])))
        else:
            _, heading, line = headings[index_]
            sections.append(Section(heading, line, tuple(groups[index_])))
    return sections


def _items_left_out(
    text: CompactText,
    marks: Sequence[int],
    ends: Sequence[int],
    titles: set[int],
    order: Sequence[int],
    spans: Sequence[tuple[int, int]],
) -> list[ParseWarning]:
    """A warning for each numbered item no task was read from, where items numbered alike in its section were
    read as tasks (the others name units; this one names none the reader could see): the plan's reader sees
    what was left out. Not a heading (a short numbered line), nor a group's title (an item with items numbered
    below it after it).

    >>> t = CompactText.from_compacts(["一、任务", "1.建网。", "2.建站。（责任单位：甲局）"])
    >>> [w.message for w in _items_left_out(t, [0, 4, 9], [4, 9, 23], set(), [0], [(9, 14)])]
    ['numbered item names no unit, left out: 1.建网。']
    """
    from reformgraph.loaders.duties import contact_item

    starts = sorted(a for a, _ in spans)
    read_levels: set[tuple[int, int]] = set()  # (section, level) of the items tasks were read from
    for a in starts:
        level = number_level(text.text, a)
        if level is not None:
            read_levels.add((bisect_right(order, a) - 1, level))
    out = []
    for k, mark in enumerate(marks):
        level = number_level(text.text, mark)
        if level is None or level == 1 or mark in order:
            continue
        if mark in titles and not text.text[mark : ends[k]].endswith(("。", "；", ";")):
            continue  # a heading: a short line that ends no sentence (（一）制订试点配套文件)
        i = bisect_right(starts, mark) - 1
        if any(a <= mark < b for a, b in spans[max(0, i - 2) : i + 3]):
            continue  # read, or part of a task's text
        if (bisect_right(order, mark) - 1, level) not in read_levels:
            continue  # no item of its kind in its section was read: a list of another kind (目标, 原则 …)
        nxt = number_level(text.text, marks[k + 1]) if k + 1 < len(marks) else None
        if nxt is not None and nxt > level:
            continue  # a group's title over its items
        if contact_item(text.text, mark, ends[k]):
            continue  # 3.联系人：张某某，138…: the section's contact, numbered among its tasks (round 55)
        excerpt = quoted(text.text[mark : ends[k]], 30)
        out.append(
            ParseWarning(
                text.line_at(mark),
                f"numbered item names no unit, left out: {excerpt}",
                "item_no_unit",
                (("excerpt", excerpt),),
            )
        )
    return out
