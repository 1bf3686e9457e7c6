"""Round 81 heldout28: held-out 107-109, three real plans of a town's level (tests/fixtures/heldout, SOURCES.md).

107 (崇明区港沿镇's 2025 办法 on small building works the town pays for), 108 (青浦区朱家角镇's 2025 实施办法 on small
building works, a procedure whose steps its company 城建公司 does, each written ``由城建公司…``) and 109 (奉贤区南桥镇's
2025 实施办法, a leading group and its office set up under headings of their own, each with its duties under a label
line over numbered items, then a procedure by the project's sum of money) read 24 of 29 tasks as first written, two
false, 20 exactly right (26 tasks after four hand readings corrected). The rules that read what they missed, tested here on texts of our
own with their guards; the plans themselves are compared with their expected files by tests/test_heldout.py:

- an item numbered ``N、`` whose words open with a sum of money (``2、5万(含5万)至30万…的项目``) loses its number as any
  item does (``tasks.strip_enumerator``);
- ``按照职责`` / ``按职责`` between an item's names and its verb is how they act, no part of a name
  (``prose._ADVERBS``);
- the work handed over to the bodies that do it (``村级项目移交各街道负责归档``) is no part of their name
  (``prose._subject``);
- a clause that 由 opens and whose body does the work (``…，由A做好验收资料，组织B…``) gives A the task, B its partner
  (``prose._by_verb``);
- the members listed in the sentence after the one that sets up their body (``成立…领导小组…。成员单位为A、B``) are its
  make-up, no task's field (``source._in_a_make_up``);
- the paragraph under a body's heading that sets the body up and names its posts (``（一）工程管理领导小组`` /
  ``镇政府成立…领导小组，组长由镇长担任…``) is its make-up, no task of the heading (``tasklist``);
- a body's name and colon over its numbered duties (``领导小组工作职责：`` / ``1.…``, round 72) is their heading in a copy
  whose blank lines are doubled too (``tasklist._names_items_unit``).
"""

from __future__ import annotations

from support.readings import plan_rows as _read

from reformgraph.loaders.tasks import strip_enumerator


def _plan(*paragraphs: str) -> str:
    body = "\n\n".join(paragraphs)
    return f"某镇小型工程管理办法\n\n一、项目管理\n\n{body}\n"


def test_an_item_numbered_before_a_sum_of_money_loses_its_number():
    text = _plan(
        "1、5万(不含5万)以下的项目，由镇财政所负责审核资金来源。",
        "2、5万(含5万)至30万(不含30万)的项目，由镇城建中心负责把关项目可行性。",
    )
    assert _read(text, 8) == [
        (5, "5万(不含5万)", ["镇财政所"], [], None),
        (7, "5万(含5万)至", ["镇城建中心"], [], None),
    ]


def test_a_number_listed_before_a_line_keeps_its_words():
    # guard: 2、3 before 号线 is a list of two lines, no item's number
    assert strip_enumerator("2、3号线延伸段由区交通委负责。") == "2、3号线延伸段由区交通委负责。"
    assert strip_enumerator("2.5万户。") == "2.5万户。"  # a decimal, as before


def test_by_their_duties_between_the_names_and_the_verb():
    text = _plan("1.区财政局、区审计局按照职责加强项目资金的监督管理。", "2.区城管中队按职责做好拆违巡查。")
    assert _read(text) == [
        (5, "区财政局、区", ["区财政局", "区审计局"], [], None),
        (7, "区城管中队按", ["区城管中队"], [], None),
    ]


def test_by_their_duties_with_no_names_is_no_task():
    # guard: the manner alone, no body before it
    assert _read(_plan("1.按照职责加强项目资金的监督管理。", "2.区城建中心负责审核。")) == [
        (7, "区城建中心负", ["区城建中心"], [], None)
    ]


def test_the_work_handed_over_is_no_part_of_the_bodies_it_is_handed_to():
    text = _plan("1.审价结束后，镇级项目由区建管委负责资料归档，村级项目移交各街道负责归档。")
    assert _read(text) == [(5, "审价结束后，", ["区建管委", "各街道"], [], None)]
    text = _plan("1.区建管委负责资料归档，村级项目交由区档案馆负责保管。")
    assert _read(text) == [(5, "区建管委负责", ["区建管委", "区档案馆"], [], None)]


def test_a_body_handing_work_on_keeps_its_name():
    # guards: the body that hands over (负责将线索移交B) leads alone; a collective's share after a lead's, with no
    # work handed to it, supports as before (round 47)
    assert _read(_plan("1.区建管委负责将违法线索移交区执法大队。")) == [(5, "区建管委负责", ["区建管委"], [], None)]
    assert _read(_plan("1.区建管委负责资料归档，各街道负责日常巡查。")) == [
        (5, "区建管委负责", ["区建管委"], ["各街道"], None)
    ]


def test_a_clause_by_a_body_then_whom_it_organises():
    text = _plan("1.工程完工后，由区建管委做好验收资料，组织区水务局对工程进行现场验收。")
    assert _read(text) == [(5, "工程完工后，", ["区建管委"], ["区水务局"], None)]
    text = _plan("1.工程完工后，由镇城建公司做好验收资料，组织相关单位进行现场验收。")
    assert _read(text) == [(5, "工程完工后，", ["镇城建公司"], ["相关单位"], None)]


def test_the_same_clause_with_no_by_is_no_task():
    # guard: 由 gives the work; a body doing it in a procedure's step with no 由 and no role word is no task
    assert _read(_plan("1.工程完工后，区建管委做好验收资料，组织区水务局进行现场验收。", "2.区城建中心负责审核。")) == [
        (7, "区城建中心负", ["区城建中心"], [], None)
    ]


def test_the_members_after_the_sentence_setting_their_body_up():
    text = _plan(
        "镇政府成立工程管理领导小组，组长由镇长担任。成员单位为镇党政办、规划办、财政所。",
        "2.镇城建中心负责审核。",
    )
    assert _read(text) == [(7, "镇城建中心负", ["镇城建中心"], [], None)]


def test_members_with_no_body_set_up_are_read_as_before():
    # guard: a task's own 成员单位为 (no body set up in its paragraph) names its units, as before
    text = _plan("1.开展涉企收费清理。牵头单位为区发改委，成员单位为区财政局。")
    assert _read(text) == [(5, "开展涉企收费", ["区发改委"], ["区财政局"], None)]


_HEADINGS = (
    "某镇小型工程管理办法\n\n一、组织机构及其职责\n\n(一)工程管理领导小组\n\n"
    "镇政府成立工程管理领导小组(以下简称领导小组)，组长由镇长担任，副组长由分管副镇长担任。{members}\n\n"
    "领导小组工作职责：\n\n1.召集成员单位召开联席会议。\n\n2.监督项目审计工作。\n\n(二)工程管理办公室\n\n"
    "领导小组下设工程管理办公室(以下简称工管办)，工管办主任由分管副镇长兼任，副主任由镇城建中心负责人兼任。\n\n"
    "工管办工作职责：\n\n1、负责工程的立项管理。\n\n2、审核项目建设计划。\n"
)


def test_a_bodys_set_up_under_its_heading_is_its_make_up():
    text = _HEADINGS.format(members="成员单位为镇党政办、规划办、财政所。")
    assert _read(text) == [
        (11, "召集成员单位", ["领导小组"], [], None),
        (13, "监督项目审计", ["领导小组"], [], None),
        (21, "负责工程的立", ["工管办"], [], None),
        (23, "审核项目建设", ["工管办"], [], None),
    ]
    assert _read(_HEADINGS.format(members="")) == _read(text)


def test_a_bodys_heading_over_its_work_still_leads_it():
    # guard: the paragraph under the heading gives the body work (负责), no set-up of posts alone: read as before
    text = (
        "某镇小型工程管理办法\n\n一、组织机构及其职责\n\n(一)工程管理领导小组\n\n"
        "工程管理领导小组组长由镇长担任，负责统筹全镇小型工程的管理。\n\n(二)城建中心\n\n城建中心负责工程的日常监管。\n"
    )
    assert [(line, leads) for line, _, leads, _, _ in _read(text)] == [
        (7, ["工程管理领导小组"]),
        (11, ["城建中心"]),
    ]


def test_a_bodys_label_over_its_items_with_blank_lines_doubled():
    # a copy whose blank lines are doubled reads the label's body, as the plan does (before, the heading's name)
    text = _HEADINGS.format(members="成员单位为镇党政办、规划办、财政所。")
    doubled = text.replace("\n\n", "\n\n\n")
    assert [(leads, chars) for _, chars, leads, _, _ in _read(doubled)] == [
        (leads, chars) for _, chars, leads, _, _ in _read(text)
    ]


def test_whom_a_clause_by_a_body_coordinates_do_the_work():
    # guard: 由A协调B、C做好… reads A leading and whom it coordinates its partners (session 40), not the names up to 做好
    text = _plan("1.由区交通委协调区公安局、区城管局做好春运道路保障工作。")
    assert _read(text) == [(5, "由区交通委协", ["区交通委"], ["区公安局", "区城管局"], None)]
