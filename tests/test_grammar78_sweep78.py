"""Round 78 sweep78: the wrap-width sweep's misses round 77 left (docs/loader.md).

benchmarks/bench_wrap_widths.py re-wraps every real and held-out plan with an expected file through the ``wrapped``,
``pdf-text`` and ``indented`` transforms of tests/support/metamorphic.py. Each rule that reads some of the copies round
77 left (held-out 35 as a PDF's text at 20 first, a reading that round lost; then the narrow widths 20–22) is tested
here on texts of our own, with its guards, and the copies it reads are sampled at their failing widths.
"""

from __future__ import annotations

import pytest
from support import metamorphic
from support.printing import wrap
from test_grammar72_wrap72 import swept_copy_compared
from test_grammar73_wrap73 import _page
from test_grammar77_sweep77 import _as_written, _tasks

from reformgraph.loaders import flat_tables
from reformgraph.loaders.assignments import _label_ends_a_name
from reformgraph.loaders.parse import text_metadata
from reformgraph.loaders.source import Source
from reformgraph.loaders.tasklist import _a_list_alone, _named_field, _written_inside
from reformgraph.loaders.unit_breaks import opens_a_words_rest
from reformgraph.loaders.wrapped import first_lines_indented
from reformgraph.textwidth import display_width

# numbered items, the first closed by its list set on a line of its own (as a narrow page breaks it: the sentence
# ends at the margin and the list opens the next line), the second's sentences with no list over an unnumbered
# paragraph its list closes
LISTED = [
    "（二）完善停车配套政策",
    "5.梳理各区现有停车资源，编制停车设施专项规划，明确近期建设重点和布局要求。",
    "（牵头单位：区交通委。配合单位：区规划资源局）",
    "6.研究制定公共停车场建设标准，完善收费管理办法，2025年底前出台停车设施建设导则。",
    "在评估试点成效的基础上，谋划后续建设任务，形成滚动推进机制。（牵头单位：区建设管理委）",
]


def test_an_item_goes_on_in_the_paragraph_its_list_closes_past_a_list_alone_above():
    """pdf-text/heldout-35 at 20: item 14's sentence ended at the margin and its list ``（牵头单位：…。配合单位：…）``
    opened the next line, a paragraph of its own; item 15 (``…2021年上半年制定出台…规范。``, no list) then had no
    numbered item right above it, so round 64's rule (``tasklist._numbered_item_goes_on``: the item goes on in the
    paragraph its list closes) did not take it, and the task read from ``在总结评估…`` with no deadline. A list alone
    in brackets closes the item above it: the item before is looked for past it."""
    assert _tasks(_as_written(LISTED)) == [
        ("梳理各区现有停车", ["区交通委"], ["区规划资源局"], None),
        ("研究制定公共停车", ["区建设管理委"], [], "2025年底前"),
    ]


def test_a_list_alone_under_an_unnumbered_paragraph_shows_no_list_of_items():
    """Guards: under a paragraph of no number the list alone shows no list of numbered items, and the second
    paragraph's task reads from its own words as before; a heading's number in brackets or a date's bracket is no
    list alone."""
    unnumbered = [LISTED[0], LISTED[1][2:], *LISTED[2:]]
    assert [row[0] for row in _tasks(_as_written(unnumbered))] == ["梳理各区现有停车", "在评估试点成效的"]
    assert _a_list_alone("（牵头单位：区交通委。配合单位：区规划资源局）", 0, 23)
    assert not _a_list_alone("（二）完善政策。（牵头单位：区交通委）", 0, 19)
    assert not _a_list_alone("（2025年底前）（牵头单位：区交通委）", 0, 20)
    assert not _a_list_alone("（区交通委）", 0, 6)  # no label, no role word: a unit's name alone, no list


def test_a_document_number_in_a_bracket_opened_on_the_line_above_is_cited():
    """wrapped/heldout-77 at 20: ``…的通知》（`` / ``国发明电〔2014〕1号）转发你们，请按照通``: the cited notice's number
    opened a line, with the bracket's close and no opening on it, so ``parse._cited_number`` (round 73: a number inside
    a bracket with words around it) was not asked; the number was taken for the plan's own, and its year dated the
    plan's ``6月20日18：00前`` as 2014. A bracket the line closes and does not open was opened above, in a sentence.
    Guards: a plan's own number on its line, bare or in its own brackets."""
    notice = [
        "各区人民政府，市政府各委、办、局：",
        "现将《住房城乡建设部关于开展城镇燃气安全隐患排查的通知》（",
        "建城函〔2023〕15号）转发给你们，请结合实际认真贯彻执行。",
    ]
    assert text_metadata("\n".join(notice)).doc_number is None
    assert text_metadata("\n".join(notice[1:2] + ["建城函〔2023〕15号）", "转发给你们。"])).doc_number is None
    for own in ("某府办发〔2024〕7号", "（某府办发〔2024〕7号）"):
        assert (
            text_metadata("\n".join(["某市人民政府办公室", own, "关于印发某市工作方案的通知"])).doc_number
            == "〔2024〕7号"
        )


# a notice's addressee, a group's members, whose name the margin broke before ``成员单位：``, over the notice's words and
# the plan's items (30 wide characters a line)
ADDRESSEE = "某区城市更新和旧住房改造工作推进领导小组"
NOTICE = [
    "关于印发《某区旧住房更新改造工作方案》的通知",
    ADDRESSEE + "成员单位：",
    "为深入推进本区旧住房更新改造工作，加快补齐民生短板，结合本区实际，区城市更新领导小组办公室制定了《某区旧住房更新"
    "改造工作方案》。现印发给你们，请认真抓好落实。",
    "一、重点任务",
    "1.推进旧住房成套改造。按照应改尽改原则，编制年度改造计划，推动项目滚动实施。（牵头单位：区住房保障局）",
    "2.加强改造资金保障。统筹各级财政资金，落实改造项目所需经费。（牵头单位：区财政局）",
]


def test_a_label_ending_a_bodys_name_the_margin_broke_is_no_field():
    """wrapped/heldout-82 at 20 (pdf-text, indented at 20 and 22): the notice's addressee
    ``静安区…工作推进领导小组`` (full) / ``成员单位：``, a label opening its line, read as a run of label lines whose
    value was the notice's paragraph under it: a false task whose units were its clauses. The line above ends no
    sentence at the margin and is a body's name, which the label finishes (``assignments._label_ends_a_name``)."""
    width = display_width(ADDRESSEE)
    lines = [line for p in NOTICE for line in wrap(p, width).split("\n")]
    assert ADDRESSEE in lines and "成员单位：" in lines
    text = "\n".join(lines)
    assert Source.from_text(text).wrap_width == width
    assert _tasks(text) == _tasks(_as_written(NOTICE))
    assert [row[1] for row in _tasks(text)] == [["区住房保障局"], ["区财政局"]]


def test_a_label_under_a_heading_at_the_margin_is_a_field():
    """Guards (``_label_ends_a_name``): a label with its value on its line (a group's make-up under a heading naming the
    group, at the margin), one under words that are no body's name, one under a line short of the margin."""
    full = ["推进" * 10] * 4

    def ends(above: str, line: str) -> bool:
        return _label_ends_a_name(Source.from_text("\n".join([*full, above, line, "推进。"])), 5)

    assert ends("静安区各垃圾分类减量工作推进领导小组", "成员单位：")
    assert not ends("（一）成立区垃圾分类减量工作推进领导小组", "成员单位：区发改委、区财政局")
    assert not ends("（一）推进政务云平台扩容升级提升算力统筹", "牵头单位：")
    assert not ends("静安区各垃圾分类工作领导小组", "成员单位：")


def _table_source(lines: list[str]) -> Source:
    """A hard-wrapped text 40 columns wide (20 wide characters) whose last lines are ``lines``."""
    return Source.from_text("\n".join(["推进" * 10] * 4 + lines))


def test_a_list_of_bodies_in_a_tasks_words_ending_its_sentence_goes_on():
    """pdf-text and wrapped/heldout-82 at 20: a flattened table's 任务内容 ``…在大型园区、…、机关企`` /
    ``事业单位、学校、医院、标准化集贸市场等区`` / ``域落地。``: the second line, a list of names (``…等区`` passes as one),
    was read as the row's unit cell, and ``域落地。`` as a cell of its own. A list full to the margin over a line that
    ends the sentence, whose first words make no name with the list's last one, is the task's words
    (``flat_tables._list_ends_a_sentence``). Guards: a unit cell whose last name the margin cut (``…、区绿化市`` /
    ``容局。``), one ending short of the margin."""
    assert flat_tables._list_ends_a_sentence(_table_source(["社区、学校、医院、农贸市场和商业街等区", "域落地。"]), 4)
    assert not flat_tables._list_ends_a_sentence(_table_source(["区商务委、区教育局、区卫健委、区绿化市", "容局。"]), 4)
    assert not flat_tables._list_ends_a_sentence(_table_source(["社区、学校、医院等区", "域落地。"]), 4)
    assert not flat_tables._list_ends_a_sentence(_table_source(["社区、学校、医院、农贸市场和商业街等区", "域"]), 4)


def test_a_partners_cell_whose_name_the_margin_cut_is_a_cell_of_its_own():
    """pdf-text/heldout-82 at 20 and 22: a row's 责任单位, one name at the margin (``区…领导小组办公室``), over its 配合单位
    whose one name the margin cut (``静安区…领导小组成`` / ``员单位``): the partners' cell was no unit line, so the two
    cells were one (``flat_tables._units_cut``; ``ends_as_a_body`` now takes ``办公室``). Its 配合单位's last line
    opening with a name's rest and listing names (``局、区房管局、区机管局``), full within the slack, is a unit cell's
    last line over the next row (``_names_after_a_rest``). Indented at 20, ``…领导小组办`` / ``公室`` is one name
    (``unit_breaks.opens_a_words_rest``). Guards: a task's words cut at the margin, a line that lists no names."""
    assert flat_tables._units_cut(_table_source(["某区城市更新和旧住房改造工作推进领导小", "组成员单位"]), 4)
    assert not flat_tables._units_cut(_table_source(["加强领导小组的组织协调和统筹调度，细化责", "任分工"]), 4)
    assert flat_tables._names_after_a_rest(["区卫健委、区市场监管", "局、区房管局、区机管局"], 1)
    assert not flat_tables._names_after_a_rest(["区卫健委、加强监", "管、区房管局、区机管局"], 1)
    assert opens_a_words_rest("公室") and not opens_a_words_rest("所在街镇")


def _copies(paragraphs_: list[str], widths, blank: bool = False) -> dict[int, str]:
    """``paragraphs_`` hard-wrapped at each of ``widths`` (columns) under a title and an introduction that show the
    width, with a blank line between paragraphs (``blank``, as the sweep's ``wrapped`` copy) or none (a PDF's text)."""
    out = {}
    for width in widths:
        lines = [line for p in paragraphs_ for line in [*wrap(p, width).split("\n"), *([""] if blank else [])]]
        out[width] = _page([""] * blank + lines, width)
    return out


STEPS = [
    "（三）共享停车办理流程",
    "对于居民错时利用住宅小区周边停车资源长期停放的，可参照以下流程办理：",
    "第一，公示共享停车资源。由各街道会同停车企业对小区周边可供共享的停车资源信息予以公示。",
    "第二，复核申请条件。由各街道会同停车企业对申请人提交的材料按照以下要求予以复核：(1)申请人在所在住宅小区内无固定车位;"
    "(2)申请人在小区周边未办理过其他共享停车手续。对符合条件的申请人予以公示。",
    "第三，签署共享协议。由各街道会同停车企业组织供需双方对接协商，签订停车共享协议。",
]


def test_a_list_run_into_its_paragraph_opens_no_line_the_margin_gave_it():
    """wrapped/heldout-40 at 22: ``…按以下要求予以复核：`` at the margin over ``(1)申请人…;(2)申请人…``: the number
    opened a paragraph, and the step's sentence lost its list (its text read empty). Its next item ``(2)`` is written
    inside the line after a clause's mark: a list run into its paragraph, whose one number the margin set at a line's
    start (``tasklist._lines_read``'s ``_run_in_item``). Every width from 30 to 80 columns reads as the paragraphs."""
    written = _as_written(STEPS)
    assert [row[1:3] for row in _tasks(written)] == [(["各街道"], ["停车企业"])] * 3
    copies = _copies(STEPS, range(30, 82, 2))
    assert any("\n(1)申请人" in text for text in copies.values())
    for width, text in copies.items():
        assert _tasks(text) == _tasks(written), width


def test_items_one_a_line_open_their_lines():
    """Guards: items one a line (``(1)…；`` / ``(2)…。``) each open a line, whatever the line above; a figure's
    decimals are no item's number."""
    items = [
        "（一）加强停车管理",
        "按以下要求开展共享停车复核工作，各街道要加强统筹协调，确保按时完成：",
        "(1)复核申请人住宅小区内停车位情况。（牵头单位：各街道）",
        "(2)复核申请人周边共享停车办理情况。（牵头单位：区交通委）",
    ]
    for width, text in _copies(items, range(36, 62, 2)).items():
        assert [row[1] for row in _tasks(text)] == [["各街道"], ["区交通委"]], width
    assert not _written_inside("推进投资12.5亿元", "2.", 1)


def test_an_ordinal_step_under_a_lead_in_at_the_margin_opens_its_paragraph():
    """pdf-text/heldout-40 at 22: ``…可参照以下流程办理：`` at the margin over ``第一，公示共享停车资源。…``: the step
    under a lead-in's colon went on the lead-in's paragraph (round 71's rule took a step under a sentence's end only),
    and its task read from the item above. A step opens its paragraph under a lead-in too when the step after it opens
    a line (``_step_in_its_list``, now of ``第一，`` as of ``一是``). Guard: steps run into one paragraph
    (``…办理：第一，…；第二，…``) open no line but by chance, and not their neighbours too."""
    written = _as_written(STEPS)
    for width, text in _copies(STEPS, range(30, 82, 2)).items():
        assert _tasks(text) == _tasks(written), width
    run_in = [
        "（三）共享停车办理流程",
        "对于居民错时停放的，由各街道会同停车企业参照以下流程办理：第一，公示共享停车资源；第二，复核申请条件；第三，"
        "签署共享协议。",
    ]
    for width, text in _copies(run_in, range(36, 62, 2)).items():
        assert len(_tasks(text)) == 1, width


KINDS = [
    "（三）项目实施主体",
    "市区重大市政项目、区级以上公益性项目——区相关职能部门；区域性建设项目、市区保障房项目或经营性储备项目——区属国有"
    "企业和区土地储备中心；村庄改造项目——镇人民政府，负责项目前期手续办理工作。",
    "（四）加强资金保障。区财政局负责统筹安排项目所需资金。",
]


def test_a_dashs_units_ending_a_clause_at_the_margin_go_on():
    """wrapped/heldout-65 at 22: ``…经营性储备项目——区级集团公司和区土地储备中心；`` ended its line at the margin with
    the clause's ``；``, so it ended a sentence and ``source._dash_runs_on`` (round 72: a dash's units on a full line
    that ends no sentence go on) took it for the line's attribution: a task of two bodies from the paragraph's middle.
    A clause's end at the margin goes on as a full line does. Guard: before an item's number the dash's units are the
    item's attribution (its doctest)."""
    written = _as_written(KINDS)
    copies = _copies(KINDS, range(36, 62, 2))
    assert any(line.endswith("中心；") and "——" in line for text in copies.values() for line in text.split("\n"))
    for width, text in copies.items():
        assert _tasks(text) == _tasks(written), width


# a task table flattened one cell a line with a blank line between cells (held-out 30's 任务清单), a task cell whose
# second line lists bodies
BLANK_TABLE = [
    "某区消防安全综合治理重点任务清单",
    "类别",
    "项目",
    "主要任务",
    "牵头单位",
    "配合单位",
    "一、加强基层消防力量建设",
    "1.加强基层信息化系统应用",
    "完善辖区单位、居民小区、高层建筑等典型场所数据底库，定期发布跟进针对性任务。",
    "各街道",
    "区城运中心、区大数据中心",
    "2.加强多种形式消防队伍建设",
    "指导各街道按照国家和本市地方标准大力发展建设政府专职消防队、志愿消防队、微型消防站。",
    "区消防救援支队",
    "各街道",
    "健全完善政府专职消防队、微型消防站配套规章制度，定期组织开展达标考核。",
    "区消防救援支队",
    "各街道",
    "3.建立人员培训制度",
    "每年定期分批对各街道消防办负责人开展消防业务培训。",
    "区消防救援支队",
    "区财政局",
    "每年定期组织基层消防工作人员开展消防培训活动。",
    "各街道",
    "区消防救援支队",
]


def test_a_cells_lines_with_no_blank_line_between_in_a_blank_parted_table_are_one_cell():
    """wrapped/heldout-30 at 20: a task cell ``指导各街道…大力发展`` / ``建设政府专职消防队、志愿消防队、微型消防`` /
    ``站。`` in a table whose cells are set apart by blank lines: its second line, a list of bodies, was read as the row's
    unit cell, and the rows moved by a cell. Lines with no blank line between them, all full above, are one cell's
    (``flat_tables._in_a_blank_parted_cell``). Guard: its doctest (no paragraphs set apart by blank lines)."""
    written = _as_written(BLANK_TABLE)
    assert [row[1] for row in _tasks(written)] == [["各街道"], *[["区消防救援支队"]] * 3, ["各街道"]]
    copies = _copies(BLANK_TABLE, (40,), blank=True)
    assert "建设政府专职消防队、志愿消防队、微型消防" in copies[40].split("\n")
    assert _tasks(copies[40]) == _tasks(written)


ARTICLES = [
    "第二章　区政府、各街道消防工作职责",
    "第八条　区政府应当落实安全生产工作责任制，切实加强组织领导，履行下列职责：",
    "（一）贯彻执行国家法律法规和方针政策，全面负责本地区安全生产工作，定期研究部署重大事项。",
    "（二）将安全生产工作纳入经济社会发展总体规划，保障安全生产工作所需经费。",
    "第九条　各街道应当履行下列职责：",
    "（一）组织开展安全生产宣传教育，落实网格化管理工作。",
]


def test_a_lead_ins_end_the_margin_cut_is_no_fields_name():
    """wrapped/heldout-76 at 20 and 22 (as a PDF's text too): ``第七条　区政府应当落实消防工作责任制，履`` /
    ``行下列职责：`` (and ``…履行下`` / ``列职责：``): the second line, a name and its colon, opened a field of its own, so
    the article's lead-in led into no list and its duties lost their unit. Words before a colon that name what they
    list (下列, 以下) lead a sentence into its list, no field (``tasklist._named_field``, ``_leads_into_a_list``; a name
    the margin cut is joined with the line above's last characters). Every width from 30 to 80 reads as written.
    Guard: a field's name (``整改措施：``) opens its line."""
    written = _as_written(ARTICLES)
    assert [row[1] for row in _tasks(written)][:2] == [["区政府"], ["区政府"]]
    copies = _copies(ARTICLES, range(30, 82, 2))
    assert any(line.endswith(("履", "履行下")) for text in copies.values() for line in text.split("\n"))
    for width, text in copies.items():
        assert _tasks(text) == _tasks(written), width
    assert _named_field("整改措施：建立台账") and not _named_field("行下列职责：")


def _milestones(task: str) -> str:
    """A plan of a task table flattened one cell a line, blank lines between (a 序号, a task, two years' milestones, a
    lead's cell and a partner's), its second row's task ``task``."""
    rows = [
        ["1", "推进虹桥机场航站楼智慧卫生间项目建设，完成航站楼内公共区域卫生间改造。", "完成航站楼部分艺术点位改造。"],
        ["2", task, "开展航站楼内卫生间装修改造工作前期研究。"],
        ["3", "提升航站楼整体形象和旅客出行体验。", "完成航站楼部分艺术点位改造。"],
    ]
    cells = ["某区交通设施提升任务清单", "序号", "重点任务", "2025年", "2026年", "牵头单位", "配合单位"]
    for number, words, first in rows:
        cells += [number, words, first, "持续推进。", "交通委", "机场集团"]
    return "---\n标题: 某区交通设施提升任务清单\n---\n\n" + "\n\n".join(cells) + "\n"


def test_a_cell_set_in_under_a_cell_ending_at_the_margin_opens_a_cell():
    """indented/real-02 (= held-out 53) at 28, sweep77's Left: every cell of a table set in as a paragraph's first line
    (首行缩进), the task cell ``  （22）…改造。`` ending its sentence at the margin ran on into the next cell
    ``  开展…研究。``, and the row's milestones moved by one, its ``持续推进`` read as its deadline. In a text that sets
    its paragraphs' first lines alone in (some such full line goes on in a line flush left:
    ``wrapped.first_lines_indented``), a line set in under a line ending a sentence opens a cell
    (``flat_tables._cell_goes_on``); so does one under a flush-left line (``wrapped.indented_under``, held-out 30
    indented at 22). Guard: a text that sets every line in (cells laid out with spaces) shows no first lines."""
    text = _milestones("（2）推进浦东机场航站楼改造。")
    written = _tasks(text)
    assert [row[1:] for row in written] == [(["交通委"], ["机场集团"], None)] * 3
    copy = metamorphic.indented_pdf_text(text, 19, 0).data.decode()
    assert "  （2）推进浦东机场航站楼改造。" in copy.split("\n")
    assert _tasks(copy) == written
    lines = copy.split("\n")
    compacts = [line.strip() for line in lines]
    assert first_lines_indented(lines, compacts, 38)
    assert not first_lines_indented(["  " + line.strip() for line in lines], compacts, 38)


DUTIES = [
    "（四）完善社区服务功能",
    "鼓励基层配齐配全社区嵌入式服务设施管理力量，加强人员培训，提高队伍专业性和稳定性，实现线上预约点单、线下服务配送，"
    "有效推动线上线下社区服务融合发展。（责任单位：各区政府，市委社会工作部、市民政局）",
    "由市发展改革委、市住房城乡建设管理委、市规划资源局牵头，会同相关部门和各区政府按照职责协同推进社区嵌入式服务设施建设"
    "工作。",
    "（五）加强资金保障。（责任单位：市财政局）",
]


def test_units_opening_a_duty_under_an_assignment_go_on_past_the_margin():
    """pdf-text/real-12 at 20: ``…市民政局）`` closing its line over ``由市发展改革委、市住房城乡建设管理委、市`` /
    ``规划资源局牵头，…``: round 71's rule (``tasklist._lines_read``'s ``_after_an_assignment``: units and a verb of their
    work under an assignment's closing bracket open a paragraph) found no verb on the line, whose units the margin
    broke, and the duty went on the task above. A line that runs on is read with the next. Every width from 30 to 80
    reads as written (40 and 50 did not)."""
    written = _as_written(DUTIES)
    assert [row[1] for row in _tasks(written)][1] == ["市发展改革委", "市住房城乡建设管理委", "市规划资源局"]
    for width, text in _copies(DUTIES, range(30, 82, 2)).items():
        assert _tasks(text) == _tasks(written), width


def test_a_unit_cell_broken_after_a_comma_is_a_list():
    """pdf-text/heldout-50 at 22: a row's task ``以“绿心”公园引领五个新城环境品质全面提升`` (full within the slack, its
    quotes set narrow) over its unit cell ``嘉定区、青浦区、松江区、奉贤区政府，`` / ``临港新片区管委会``: the list, broken
    after a comma, was no list of names (its last name ``奉贤区政府，``), so the task ran on into it and the row took the
    row above's units. A list's mark at the line's end, 、 or ，, is the list's (``flat_tables._lists_units``). Guard:
    a task's words ending with a comma list no names."""
    assert flat_tables._lists_units("嘉定区、青浦区、松江区、奉贤区政府，")
    assert not flat_tables._lists_units("推进绿地建设、开放共享，")
    assert not flat_tables._lists_units("嘉定区，")  # one name: none


SWEEP_SAMPLE = [
    ("pdf-text", 20, "heldout-35"),  # an item going on past a list alone above it
    ("wrapped", 20, "heldout-77"),  # a cited number in a bracket opened on the line above
    ("wrapped", 20, "heldout-82"),  # the addressee's label; a list in a task's words
    ("pdf-text", 20, "heldout-82"),  # a partners' cell whose name the margin cut
    ("indented", 20, "heldout-82"),  # 办 / 公室
    ("pdf-text", 22, "heldout-82"),
    ("wrapped", 22, "heldout-40"),  # a list run into its paragraph
    ("pdf-text", 22, "heldout-40"),  # an ordinal step under a lead-in
    ("wrapped", 22, "heldout-65"),  # a dash's units ending a clause at the margin
    ("wrapped", 20, "heldout-30"),  # a blank-parted table's cell
    ("wrapped", 22, "heldout-76"),  # a lead-in's end the margin cut
    ("pdf-text", 20, "heldout-30"),  # a list in a task's words over the row's two unit cells
    ("indented", 22, "heldout-30"),  # a cell set in under a flush-left line ending at the margin
    ("indented", 28, "real-02"),  # a cell set in under one set in ending at the margin
    ("pdf-text", 20, "real-12"),  # units opening a duty under an assignment, past the margin
    ("pdf-text", 22, "heldout-50"),  # a unit cell broken after a comma
]


@pytest.mark.parametrize(("transform", "width", "name"), SWEEP_SAMPLE, ids=[f"{t}-{w}-{n}" for t, w, n in SWEEP_SAMPLE])
def test_a_sample_of_the_width_sweep_reads_as_the_plan(transform: str, width: int, name: str):
    read, written = swept_copy_compared(transform, width, name)
    assert read == written
