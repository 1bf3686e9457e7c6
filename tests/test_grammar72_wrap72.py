"""Round 72 wrap72: the wrap-width sweep's misses (docs/loader.md).

benchmarks/bench_wrap_widths.py re-wraps every real and held-out plan with an expected file at 24–48 characters
through the ``wrapped`` and ``pdf-text`` transforms of tests/support/metamorphic.py: a plan must read the same at
any width. Round 71 left 8 wrapped and 37 pdf-text copies of 522 each unread; each rule that reads some of them is
tested here on small texts hard-wrapped as a page sets them (``support.printing.wrap``), with its guards, and the
copies it reads are sampled at their failing widths.
"""

from __future__ import annotations

import pytest
import test_grammar70_meta70 as meta70
import test_grammar71_meta71 as meta71
from support.printing import wrap

from reformgraph.loaders import flat_tables, tasklist
from reformgraph.loaders.source import Source
from reformgraph.loaders.wrapped import paragraphs

_read = meta71._read  # (line, text's first 8 characters, leads, supports, deadline) of each task
NARROW = 48  # columns: 24 wide characters a line, a narrow column or a large font
FILLER = (
    "编制发布低压小容量岸电设施标准化操作流程和海港高压岸电使用注意事项须知，指导规范使用岸电，推动岸电设施应接尽接" * 2
)
INTRO = (
    "为深入推进本区港口岸电建设使用，加快构建清洁低碳、安全高效的能源体系，结合本区实际，制定本方案。各单位要充分认识"
    "岸电建设的重要意义，切实加强组织领导，细化工作措施，明确时间节点，确保各项任务按期完成。"
)


def _lines_of(head: str, tail: str, lines: int = 3, chars: int = 24) -> str:
    """``head``, filler words, then ``tail``, filling ``lines`` lines of ``chars`` wide characters exactly (the next
    words open a line).

    >>> len(_lines_of("（一）推进。", "。"))
    72
    """
    return head + FILLER[: chars * lines - len(head) - len(tail)] + tail


def _narrow(lines: list[str]) -> str:
    """``lines`` (one paragraph each) under a title and two paragraphs of introduction, hard-wrapped at 24 wide
    characters with no blank line between them (a PDF's text layer)."""
    return wrap("\n".join(["某区港口岸电推广工作方案", INTRO, INTRO, *lines]), NARROW)


# a unit's name the margin cut: a line filling a hard-wrapped text is no list's line of its own (spaced_names)
ITEM = _lines_of("（一）推进岸电使用。", "。（牵头部门：市交通委") + "科技信息处、港务监管处；实施部门：市港航中心）"


def test_a_units_name_cut_at_a_narrow_margin_is_one_name():
    """wrapped and pdf-text/real-03 and real-12 at 24: ``…（牵头部门：市交通委`` / ``科技信息处、…`` (``市人力资源社`` /
    ``会保障局``): a line of 24 characters or fewer was read with the next as a list going on in a line of its own,
    its break a space between two names. A line that fills a hard-wrapped text's line breaks at the margin."""
    text = _narrow(["二、主要任务", ITEM, "（二）加强督查考核。定期通报岸电使用情况。（牵头部门：市港航中心）"])
    assert "\n科技信息处、港务监管处；" in text
    assert [(leads, supports) for _, _, leads, supports, _ in _read(text)] == [
        (["市交通委科技信息处", "港务监管处"], ["市港航中心"]),
        (["市港航中心"], []),
    ]


def test_a_short_line_of_a_hard_wrapped_text_over_a_name_is_two_names():
    """Guard: a short line (``门：市交通委``, no full line) over a name is a list going on in a line of its own, as
    before: two names."""
    text = _narrow(
        [
            "二、主要任务",
            "（一）推进岸电使用。编制发布岸电标准。（牵头部门：市交通委",
            "科技信息处；实施部门：市港航中心）",
        ]
    )
    assert text.split("\n")[-2:] == ["门：市交通委", "科技信息处；实施部门：市港航中心）"]
    assert [leads for _, _, leads, _, _ in _read(text)] == [["市交通委", "科技信息处"]]


# a lead-in ending with a colon, and the steps of its list (一是…, 二是…)
LEAD_IN = _lines_of("（二）工作要求。", "专项治理行动按照以下要求开展：", 1)
STEPS = [
    "三、工作要求",
    LEAD_IN,
    "一是属地管理，条块结合。各街镇是专项治理行动的处置主体，落实属地化管理责任。（责任单位：各街镇）",
    "二是杜绝新增，减少总量。区规土局负责对新增违法用地的整治，确保零增长。（责任单位：区规土局）",
]


def test_a_lead_in_ending_with_a_colon_at_the_margin_ends_at_the_blank_line():
    """wrapped/heldout-38 at 24: ``（二）工作要求。…开展:`` fills the line over a blank line: a full line that ends no
    sentence went on past the blank line, and the first step's task read the lead-in's words."""
    text = _narrow(STEPS).replace("\n一是", "\n\n一是").replace("\n二是", "\n\n二是")
    assert LEAD_IN + "\n\n一是属地管理" in text
    assert [t[:4] for _, t, _, _, _ in _read(text)] == ["一是属地", "二是杜绝"]


def test_a_label_broken_over_a_blank_line_goes_on():
    """Guard: a colon inside a bracket still open (``（牵头单位：`` at the margin) ends no paragraph: its value goes
    on past the blank line (a page break's)."""
    lines = ["1.推进改革，全面完成任务。（牵头单位：", "", "市发改委）"]
    assert paragraphs(lines, 36, written=["1.推进改革，全面完成任务。（牵头单位：", "— 3 —", "市发改委）"]) == [
        (0, 2, "1.推进改革，全面完成任务。（牵头单位：市发改委）")
    ]


def test_a_step_under_a_lead_in_at_the_margin_opens_a_paragraph():
    """pdf-text/heldout-38 at 24 and 28: with no blank line, ``一是…`` under the lead-in ending at the margin went on
    it; a step whose neighbour step opens a line of its own too opens a paragraph."""
    assert [t[:4] for _, t, _, _, _ in _read(_narrow(STEPS))] == ["一是属地", "二是杜绝"]


def test_a_step_written_inside_a_paragraph_goes_on_though_it_opens_a_line():
    """Guard: steps written in one paragraph (``…。二是…。三是…。四是…``), one of them opening a line by chance, are
    the paragraph's words, though another list's steps open lines (held-out 33 wrapped at 24–48: its 三是 and 二是)."""
    inline = (
        _lines_of("（四）有序推进四化建设。一是做好方案审核。二是依托重点项目，", "。", 2)
        + "三是结合老公园改造提升，有针对性地提出实施方案，体现不同的植物主题特色。四是推进一街一景建设。（责任单位：区绿化市容局）"
    )
    text = _narrow([*STEPS, "四、重点任务", inline])
    assert "\n三是结合老公园" in text and "\n二是依托" not in text and "\n四是" not in text
    assert [t[:4] for _, t, _, _, _ in _read(text)] == ["一是属地", "二是杜绝", "有序推进"]


# a sentence leading into its list that reads like a field's name (这些信息主要包括：)
SHARED = _lines_of("（六）建立运输单位车辆和驾驶人信息共享平台。", "信息。", 2) + (
    "这些信息主要包括：运输单位营运资质、经营范围信息；车辆维护保养信息。（牵头部门：市交通港口局。配合部门：市公安局）"
)


def test_a_lead_in_named_like_a_field_under_a_sentence_at_the_margin_goes_on():
    """wrapped and pdf-text/heldout-67 at 32: ``…等信息。`` at the margin over ``这些信息主要包括：…``, a name and a colon
    as a field's (``整改措施：``) opened a paragraph, and the task's text began there. A name ending with a verb of
    listing (包括, 如下, 主要有) leads a sentence into its list."""
    text = _narrow(["二、主要任务", SHARED])
    assert "信息。\n这些信息主要包括：" in text
    assert [(t[:6], leads) for _, t, leads, _, _ in _read(text)] == [("建立运输单位", ["市交通港口局"])]


def test_a_fields_name_under_a_sentence_at_the_margin_opens_its_line():
    """Guard: a field's name (``整改措施：``) under a sentence ending at the margin opens a line of its own, as
    before (round 35)."""
    assert tasklist._named_field("整改措施：建立台账") and not tasklist._named_field("具体如下：")


# a column's name (落实情况) as a cell's last words, under a line that runs on
def test_a_columns_name_under_a_cell_running_on_is_its_last_words():
    """wrapped and pdf-text/held-out 49 at 28: ``…跟踪评价各领域相关任务`` fills the line with no mark, and
    ``落实情况`` under it, a progress column's name, ended the cell: the row read it as a cell of its own (held-out
    49: its task; here: its deadline's first words)."""
    task = meta71._exactly("统筹协调推进全区塑料污染治理工作，跟踪评价各领域相关任务") + "落实情况"
    rows = [
        ["推进碳普惠体系常态化运行", "全年推进", "区生态环境局"],
        [task, "全年推进", "区发展改革委、区市场监管局"],
        ["编制年度温室气体排放清单", "年内完成", "区生态环境局"],
    ]
    text = meta71._page(meta71._table(rows, ["序号", "工作任务", "完成时限", "责任单位"]))
    assert "\n落实情况\n全年推进\n" in text
    assert [(t[:6], leads, deadline) for _, t, leads, _, deadline in _read(text)] == [
        ("推进碳普惠体", ["区生态环境局"], "全年推进"),
        ("统筹协调推进", ["区发展改革委", "区市场监管局"], "全年推进"),
        ("编制年度温室", ["区生态环境局"], "年内完成"),
    ]


def test_a_header_repeated_under_a_cell_running_on_opens_a_header():
    """Guard: a column's name with another column's name under it is a header repeated on a new page, not the
    cell's last words (``flat_tables._cell_ends_in_a_name``)."""
    rows = ["统筹协调推进全区塑料污染治理工作，跟踪评价各领域相关任务", "落实情况", "全年推进"] * 4
    source = Source.from_text("\n".join(rows[:-2] + ["序号", "落实情况", "责任单位"]))
    assert source.wrap_width is not None
    assert flat_tables._cell_ends_in_a_name(source, 0, 1) and not flat_tables._cell_ends_in_a_name(source, 9, 11)


# a numbered title of one sentence that ends at the margin, in a text whose titles stand alone on their lines
def _titled(long_title: str) -> list[str]:
    return [
        "四、促进功能复合和配套完善",
        "（一）探索产业配套类居住产品。",
        "在确保符合规划要求的基础上，探索建设产业配套类居住产品。（责任单位：市房屋管理局）",
        "（二）完善商务楼宇配套服务功能。",
        "鼓励对存量商务楼宇实施更新改造，完善就餐、停车等配套设施。（责任单位：市商务委）",
        "（三）高效整合商务楼宇周边蓝绿环境资源。",
        "蓝绿景观资源应与商务楼宇充分衔接，导入高品质文化商业休闲等功能。（责任单位：市水务局）",
        long_title,
        _lines_of("强化轨道交通服务，增强路网通达能力。", "。（责任单位：市交通委）", 2),
    ]


def test_a_numbered_title_ending_at_the_margin_ends_there_where_titles_stand_alone():
    """wrapped and pdf-text/held-out 71 at 24: ``（二）改善…公共服务。`` fills the line over a full line of its
    paragraph and went on into it, so it titled no task, and the task above it lost its own title (its text began
    at its paragraph)."""
    title = _lines_of("（四）改善区域综合交通、", "市政基础设施和公共服务。", 1)
    text = _narrow(_titled(title))
    assert f"\n{title}\n强化轨道交通" in text
    assert [t[:6] for _, t, _, _, _ in _read(text)] == ["探索产业配套", "完善商务楼宇", "高效整合商务", "改善区域综合"]


def test_a_title_and_its_words_on_one_line_go_on_at_the_margin():
    """Guard: in a text whose numbered paragraphs open with a title and go on with their words on its line
    (``（一）加强领导。各区要…``), a title sentence ending at the margin goes on into the paragraph's words."""
    plan = [
        "二、主要任务",
        "（一）加强组织领导。各区要建立工作机制，明确责任分工。（责任单位：各区政府）",
        "（二）完善配套政策。市发展改革委要研究制定配套政策。（责任单位：市发展改革委）",
        "（三）强化督查考核。市政府督查室要定期开展督查。（责任单位：市政府督查室）",
        _lines_of("（四）改善区域综合交通、", "市政基础设施和公共服务。", 1)
        + _lines_of("强化轨道交通服务，增强路网通达能力。", "。（责任单位：市交通委）", 2),
    ]
    source = Source.from_text(_narrow(plan))
    read = tasklist._lines_read(source, [False] * len(source.compacts))
    assert read[-1][2].startswith("（四）改善区域综合交通") and read[-1][2].endswith("（责任单位：市交通委）")


# a table of a lead's column and a partners' (held-out 24), flattened one cell a line with no blank line
PARTNERS_HEADER = ["序号", "任务内容", "牵头部门", "配合部门", "时间节点"]
LEADS_FULL = "区城管执法局、区住房保障房屋管理局、区民政局、区绿化市容局"  # 29 characters, whole names: a full line
PARTNERS_FULL = "区商务委、区住房保障房屋管理局、区城管执法局、区卫生健康委"  # 29 too


def _partners_table(rows: list[list[str]], before: tuple[str, ...] = ()) -> list[tuple]:
    text = meta71._page(
        [*meta71.INTRO[:2], *before, *PARTNERS_HEADER, *(c for k, r in enumerate(rows, 1) for c in [str(k), *r])]
    )
    return [(t[:6], leads, supports, deadline) for _, t, leads, supports, deadline in _read(text)]


def test_a_partners_cell_under_a_leads_cell_filling_the_line_is_the_rows_own():
    """pdf-text/held-out 24 at 24 and 28: ``区城管执法局、…、区民政局`` fills the line over ``区绿化市容局``, the row's
    partners' cell, then its deadline and the next row's number: joined, the row named no partner."""
    rows = [
        ["发挥城管社区工作室的作用，形成五位一体联动机制", LEADS_FULL, "区商务委", "2019年"],
        ["加强条例的宣贯工作，举办垃圾分类知识竞赛", "区绿化市容局", "区教育局", "2019年"],
    ]
    assert _partners_table(rows)[0] == ("发挥城管社区", LEADS_FULL.split("、"), ["区商务委"], "2019年")


def test_a_leads_cell_broken_inside_a_name_goes_on():
    """Guard: a lead's cell whose last name the margin cut (no whole name at the line's end) goes on, the row's
    partners' cell under it as before."""
    cut = "区城管执法局、区住房保障房屋管理局、区民政局、区人力资源社会保障局"
    rows = [
        ["发挥城管社区工作室的作用，形成五位一体联动机制", cut, "区商务委", "2019年"],
        ["加强条例的宣贯工作，举办垃圾分类知识竞赛", "区绿化市容局", "区教育局", "2019年"],
    ]
    assert _partners_table(rows)[0] == ("发挥城管社区", cut.split("、"), ["区商务委"], "2019年")


def test_a_word_cut_above_the_header_leaves_its_deadline_column_known():
    """pdf-text/held-out 24 at 24: ``会``, the rest of the annex's title the margin cut, was the first line named like
    a column: no header read there, the table's deadline column went unknown to the rules joining its cells, and a
    partners' cell filling the line ran on into its row's deadline (``…区城管执法局2019年``)."""
    title = ["附件：某区生活垃圾分类减量推进工作联席", "会", "议成员单位工作任务清单"]
    rows = [
        ["依据有关要求，建成两网融合服务点670个、中转站12座", "区绿化市容局", PARTNERS_FULL, "2019年"],
        ["加强条例的宣贯工作，举办垃圾分类知识竞赛", "区绿化市容局", "区教育局", "2019年"],
    ]
    assert _partners_table(rows, tuple(title))[0] == (
        "依据有关要求",
        ["区绿化市容局"],
        PARTNERS_FULL.split("、"),
        "2019年",
    )


def test_a_parts_number_alone_under_a_unit_cell_filling_the_line_opens_the_part():
    """pdf-text/held-out 49 at 24 and 36: ``…、发展改革委`` fills the line over ``十一`` / ``推进绿色低碳区域行动`` / ``52``,
    the next part's number, title and first row: the unit cell ran on into the number (its task lost). And the
    table's last row is closed by the text's end (held-out 49 at 28: ``…事后监管`` / ``持续推进`` / its units: the
    deadline went on the task's text, the row lost: sampled below)."""
    units = "区委组织部、区委宣传部、区委党校、区国资委、区发展改革委"  # 28 characters: a full line
    rows = [
        "十",
        "倡导绿色低碳全民参与",
        "1",
        "开展碳达峰碳中和教育培训",
        "全年推进",
        units,
        "十一",
        "推进绿色低碳区域行动",
        "2",
        meta71._exactly("严格实施固定资产投资项目节能审查制度，优化项目节能审查闭环管理，加强能评"),
        "持续推进",
        "区发展改革委、区生态环境局",
    ]
    text = meta71._page([*meta71.INTRO, "序号", "重点任务", "具体工作", "时间进度", "责任部门", *rows])
    assert f"\n{units}\n十一\n" in text
    assert [(t[:6], leads, deadline) for _, t, leads, _, deadline in _read(text)] == [
        ("开展碳达峰碳", units.split("、"), "全年推进"),
        ("严格实施固定", ["区发展改革委", "区生态环境局"], "持续推进"),
    ]


def test_a_range_of_figures_under_a_cell_filling_the_line_is_a_cell_of_its_own():
    """pdf-text/real-13 and held-out 54 at 28: ``候机楼、…、办公楼`` fills the line over ``4-10`` (the row's capacity):
    joined, the row's cells moved and its task was lost (sampled below). A line running on goes on in words, not in
    a range of figures alone."""
    scene = meta71._exactly("候机楼、货运楼、停车场、泵站等屋顶、机场空地、办公楼")
    rows = [
        ["铁路", "候车楼、货场、站房、站台风雨棚", "15-20", "中国铁路上海局"],
        ["机场", scene, "4-10", "机场集团、各航空公司"],
        ["公交", scene, "第7.5-20项", "久事集团"],
    ]
    source = Source.from_text(meta71._page(meta71._table(rows, ["序号", "领域", "应用场景", "装机容量", "责任单位"])))
    goes_on = flat_tables._cell_goes_on(source)
    at = [k for k, c in enumerate(source.compacts) if c == scene]
    assert source.runs_on(at[0]) and source.runs_on(at[1])
    assert not goes_on(at[0], at[0] + 1, "4-10") and goes_on(at[1], at[1] + 1, "第7.5-20项")


# a list of units' duties whose first opens under a paragraph of no unit's, its sentence ending at the margin
DUTIES = [
    "五、具体要求",
    meta71._exactly(
        "（一）加强组织领导。充分发挥领导小组的作用，各相关部门根据审批制度改革的要求，积极研究完善手续，", 2, "。"
    ),
    "市发展改革委、市规划资源局会同行业管理部门制订项目储备库入库和出库标准、申报方式和管理办法。",
    "市发展改革委、市重大办会同行业管理部门编制前期推进三年计划。",
]


def test_the_first_of_a_list_of_duties_under_a_sentence_at_the_margin_opens_a_paragraph():
    """pdf-text/held-out 73 at 40 and 74 at 36: ``…早见效。`` fills the line over ``市发展改革委、…会同…`` and
    ``…等工作。`` over ``上海市交通建设工程管理中心（以下简称…）组织…``: the paragraph above opens with no unit, so the duty
    went on it. The next paragraph opening with another unit's duty shows the list."""
    text = meta71._page(DUTIES)
    assert "。\n市发展改革委、市规划资源局会同" in text
    assert [(t[:6], leads) for _, t, leads, _, _ in _read(text)] == [
        ("市发展改革委", ["市发展改革委", "市规划资源局"]),
        ("市发展改革委", ["市发展改革委", "市重大办"]),
    ]


def test_units_working_together_inside_a_paragraph_go_on_past_a_page_footer():
    """Guard: a line opening with units and a verb of their work together under a clause ending at the margin
    (``区卫生部门协调区属医院配合提供…``), whose paragraph goes on past a page's footer to a heading, is the paragraph's
    words (held-out 65 as a PDF's text at 24 and 48 while this rule was written)."""
    assert tasklist._opens_a_duty("区卫生部门协调区属医院配合提供大病证明信息", tasklist._UNIT_OPENING)
    plan = [
        "二、保障措施",
        "（三）加强调查核查联动",
        meta71._exactly(
            "征收事务所可凭介绍信至区相关部门查询有关信息，区相关部门（单位）协同做好调查核查工作，", 2, "；"
        )
        + "区卫生部门协调区属医院配合提供大病证明信息；区规划资源部门配合提供非居房屋规划、土地审批信息；"
        + "区不动产登记部门配合提供相关不动产登记信息。",
        "（四）加强司法联动",
        "区司法局会同人民法院开展常态化工作联动。（责任单位：区司法局）",
    ]
    text = meta71._page(plan)
    assert "；\n区卫生部门协调" in text
    source = Source.from_text(text)
    firsts = [c[:5] for _, _, c in tasklist._lines_read(source, [False] * len(source.compacts))]
    assert "区卫生部门" not in firsts and "征收事务所" in firsts


# the sweep of widths sampled: copies this round's rules read, at the widths where they failed
SWEEP_SAMPLE = [
    ("wrapped", 24, "real-03"),
    ("pdf-text", 24, "real-12"),
    ("wrapped", 24, "heldout-38"),
    ("pdf-text", 28, "heldout-38"),
    ("wrapped", 24, "heldout-71"),
    ("pdf-text", 24, "heldout-71"),
    ("wrapped", 28, "heldout-49"),
    ("wrapped", 32, "heldout-67"),
    ("pdf-text", 32, "heldout-67"),
    ("wrapped", 40, "heldout-33"),  # guard: its steps written inside paragraphs
    ("pdf-text", 28, "heldout-24"),  # the row's partners' cell apart
    ("pdf-text", 36, "heldout-49"),  # a part's number alone
    ("pdf-text", 28, "heldout-49"),  # the text's end closes the last row
    ("pdf-text", 28, "real-13"),  # a range of figures
    ("pdf-text", 40, "heldout-73"),  # the first of a list of duties
    ("pdf-text", 36, "heldout-74"),  # ... its unit's short name in brackets
    ("pdf-text", 48, "heldout-65"),  # guard: units working together inside a paragraph past a footer
]


def swept_copy_compared(transform: str, width: int, name: str) -> tuple[list[tuple], list[tuple]]:
    """(the copy's reading, the expected file's mapped to it) of the plan ``name`` (``real-11``, ``heldout-05``) copied
    by ``transform`` at ``width``, as ``benchmarks/bench_wrap_widths.py`` copies it."""
    expected = next(p for p in meta70.PLANS if meta70._name(p) == name)
    copying = meta71.bench.copy_at(transform, width)
    return meta70.copy_compared(expected, meta70._index(expected), transform, copying)


@pytest.mark.parametrize(("transform", "width", "name"), SWEEP_SAMPLE, ids=[f"{t}-{w}-{n}" for t, w, n in SWEEP_SAMPLE])
def test_a_sample_of_the_width_sweep_reads_as_the_plan(transform: str, width: int, name: str):
    read, written = swept_copy_compared(transform, width, name)
    assert read == written
