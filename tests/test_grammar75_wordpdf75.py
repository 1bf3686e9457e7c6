"""Round 75 wordpdf75: plans printed as offices print them, the rules that read round 74 wordpdf74's strict xfails.

The whole plans' printed copies are test_grammar74_wordpdf74's (its ``NOT_YET_READ`` loses each plan read here);
this module holds each rule's small texts in words of our own, and its guard.
"""

from __future__ import annotations

from support.readings import task_rows

from reformgraph.loaders.parse import parse_document
from reformgraph.loaders.source import Source
from reformgraph.loaders.wrapped import is_full, section_widths

# ---- a landscape annex wrapped wider than the body: a width a section (wrapped.section_widths) ----

_INTRO = (
    "为深入推进本区营商环境建设，进一步激发市场主体活力，提升企业获得感和满意度，根据国家和本市有关部署，"
    "结合本区实际，制定本方案。"
) * 4
_ROWS = [
    (
        "围绕企业开办、工程建设项目审批、不动产登记等重点领域推进流程再造，压减办理环节和时限，全面推行一件事一次办改革，"
        "提升企业办事便利度",
        "区政务服务办、区市场监管局",
    ),
    (
        "健全涉企政策兑现机制，建立惠企政策清单并动态更新，推动政策免申即享，确保各项惠企政策及时足额兑现到位，切实减轻"
        "企业负担",
        "区发展改革委、区财政局、区科委、区商务委员会、区人力资源社会保障局、区文化旅游局、区司法局",
    ),
    (
        "加强公平竞争审查，清理妨碍统一市场和公平竞争的各种规定和做法，依法查处垄断和不正当竞争行为，营造公平有序的市场"
        "环境",
        "区市场监管局",
    ),
]


def _wrapped(text: str, width: int) -> list[str]:
    return [text[k : k + width] for k in range(0, len(text), width)]


def _printed(annex_width: int = 43) -> tuple[str, frozenset[int]]:
    """A plan's text layer as a PDF gives it: a portrait page of 27 characters a line, then the annex's landscape page
    whose task table is one cell a line at ``annex_width`` characters (a unit cell cut in a name: ``…区司`` / ``法局``);
    the pages joined by a blank line, the page break its reader knew."""
    body = ["某区优化营商环境重点任务分工方案", "", *_wrapped(_INTRO, 27)]
    annex = ["附件", "重点任务分工表", "序号", "重点任务", "责任单位"]
    for number, (task, units) in enumerate(_ROWS, 1):
        annex += [str(number), *_wrapped(task, annex_width), *_wrapped(units, annex_width)]
    return "\n".join([*body, "", *annex]), frozenset({len(body)})


def test_a_unit_cut_at_a_landscape_annexs_margin_is_joined():
    """The annex's lines (43 characters) are wider than the body's (27), so the text has no one width and its
    table's cells broken by the annex's margin were not joined: ``区司`` / ``法局`` read as two units (real 11's and
    held-out 05's printed copies). Each page's section has its width now."""
    text, breaks = _printed()
    assert task_rows(parse_document(text, path="plan.pdf", page_breaks=breaks))[1][1][-2:] == [
        "区文化旅游局",
        "区司法局",
    ]


def test_without_its_pages_the_cut_unit_stays_two():
    """Guard: the same lines with no page break known (a text file, no sections to tell) keep the cut as they were."""
    text, _ = _printed()
    assert task_rows(parse_document(text, path="plan.txt"))[1][1][-2:] == ["区司", "法局"]


def test_each_page_takes_its_sections_width():
    """A page too short to show its own width takes its neighbour's whose width holds its widest line; a page wider
    than both its neighbours takes none; pages sharing one width are no sections (the text's one width rule)."""
    body, annex = ["推进" * 13 + "改"] * 5, ["赋予" * 21 + "有"] * 5
    assert section_widths([body, ["短行"], annex, ["赋予" * 19], body]) == [54, 54, 86, 86, 54]
    assert section_widths([body, ["推进" * 20], annex]) == [54, 86, 86]  # the annex's first page, a short table
    assert section_widths([body, ["推进" * 20], body, annex]) == [54, None, 54, 86]
    assert section_widths([body, body, ["短行"]]) is None
    assert section_widths([body, [line + "改" for line in body]]) is None  # 54 and 56: one width, set a little apart


# ---- a unit's heading wrapped before a label's word (Source.with_lone_label_colons, Source._cut_by_the_margin) ----

_DUTIES = [
    (
        "（一）区商务委",
        "牵头制定夜间经济发展规划，统筹推进夜间消费集聚区建设，定期开展监测评估，协调解决重点难点问题。",
    ),
    (
        "（二）区发展改革委、区财政局、区文旅局、区体育局等经济主管部门",
        "加大对夜间经济项目的政策和资金支持力度，将夜间文体活动纳入年度计划，丰富夜间消费供给，培育一批特色品牌活动。",
    ),
    ("（三）区市场监管局", "加强夜间消费市场监管，依法查处价格欺诈、食品安全等违法行为，维护良好消费环境和市场秩序。"),
]


def _duties_printed() -> str:
    lines = ["某区推进夜间经济发展工作方案", "", "一、职责分工"]
    for heading, duty in _DUTIES:
        lines += [*_wrapped(heading, 27), *_wrapped(duty, 27)]
    return "\n".join(lines)


def test_a_units_heading_cut_before_a_labels_word_is_one_heading():
    """``（二）…区体育局等经济`` / ``主管部门``: the heading's last words the margin cut, the label word alone on its line
    under a line that runs on (full, no sentence's end) is no label before its value (before: the duty under it was
    read as the label's units, the heading as the task; held-out 04 printed, ``…等建设`` / ``主管部门``)."""
    text = _duties_printed()
    assert "等经济\n主管部门\n" in text
    rows = task_rows(parse_document(text, path="plan.txt"))
    assert rows[1][1] == ["区发展改革委", "区财政局", "区文旅局", "区体育局"]


def test_a_lone_label_under_a_sentences_end_is_a_label():
    """Guard: a label alone on its line under a full line that ends its sentence (a form printed one field a line) is
    a label before its value, as before."""
    body = "推进夜间消费集聚区建设，培育一批特色夜间品牌活动，丰富夜间消费供给，营造良好的夜间消费环境和市场秩序。"
    lines = ["某区推进夜间经济发展工作方案", ""]
    for number, (lead, partner) in enumerate([("区商务委", "区文旅局"), ("区文旅局", "区体育局")], 1):
        lines += [*_wrapped(f"{number}.{body}", 27), "牵头单位", lead, "配合单位", partner]
    source = Source.from_text("\n".join(lines))
    assert source.wrap_width is not None and is_full(source.compacts[3], source.wrap_width)  # ``…市场秩序。``, full
    rows = task_rows(parse_document("\n".join(lines), path="plan.txt"))
    assert [row[1:3] for row in rows] == [(["区商务委"], ["区文旅局"]), (["区文旅局"], ["区体育局"])]


# ---- a body's paragraphs read at their section's width (tasklist._lines_read, wrapped.paragraphs' widths) ----

_ITEMS = [
    "一、主要任务",
    "1.压实区级部门责任",
    "区市场监管局是本区食品安全工作的综合协调部门，负责全区食品安全工作的统筹谋划、督促检查和考核评价。"
    "区卫生健康委承担食品安全风险监测和评估工作。",
    "（责任单位：区市场监管局、区卫生健康委）",
    "2.落实属地管理责任",
    "各街镇、园区管委会要负责落实辖区内食品安全网格化管理工作，配齐配强基层监管力量，确保各项监管措施落到实处。",
    "(1)建立健全网格化管理制度，明确网格员职责和工作流程，做到底数清、情况明。",
    "(2)加强对小作坊、小餐饮、小食杂店的日常巡查，发现问题及时处置并上报。",
    "（责任单位：区市场监管局、各街镇、园区管委会）",
    "3.强化社会共治",
    "充分发挥行业协会作用，引导企业诚信经营，畅通投诉举报渠道，营造全社会共同关注食品安全的良好氛围。"
    "（责任单位：区市场监管局、区商务委）",
]
_DUTY = (
    "网格员负责掌握网格内食品生产经营主体的基本情况，建立并动态更新主体台账，开展日常巡查和宣传引导，"
    "及时发现和报告食品安全隐患问题，协助做好投诉举报的核查处置等工作，"
)


def _indented(paragraph: str, width: int) -> list[str]:
    """``paragraph`` as a page wraps it, its first line indented two characters (首行缩进)."""
    return ["  " + paragraph[: width - 2], *_wrapped(paragraph[width - 2 :], width)]


def _plan_with_a_landscape_annex() -> tuple[str, frozenset[int]]:
    body = ["某区食品安全网格化管理工作方案", ""]
    for item in _ITEMS:
        body += _wrapped(item, 27) if item.startswith(("一、", "（责任")) else _indented(item, 27)
    annex = ["附件", "网格员工作职责", *_wrapped(_DUTY * 3, 43)]
    return "\n".join([*body, "", *annex]), frozenset({len(body)})


def test_a_paragraph_under_an_items_heading_is_read_at_the_bodys_width():
    """The landscape annex leaves the text no one width, so its body's lines were read each alone: the paragraph
    under ``2.落实属地管理责任`` (``各街镇、园区管委会要负责…``) was no part of its item and the item's text the last
    point's (held-out 22 and 74 printed). Read at its section's width, the item is one task as in the plan."""
    text, breaks = _plan_with_a_landscape_annex()
    rows = task_rows(parse_document(text, path="plan.pdf", page_breaks=breaks))
    assert [row[0][:8] for row in rows] == ["压实区级部门责任", "落实属地管理责任", "强化社会共治充分"]
    assert rows[1][1] == ["区市场监管局", "各街镇", "园区管委会"]


def test_with_no_pages_known_the_lines_are_read_alone():
    """Guard: the same lines with no page break known (no sections to tell, the text no one width) read each alone,
    as before."""
    text, _ = _plan_with_a_landscape_annex()
    assert task_rows(parse_document(text, path="plan.txt"))[1][0].startswith("加强对小作坊")


# ---- a heading of one line, indented and full, over an indented paragraph (wrapped.first_lines_apart) ----

_HEADING = "三、健全校园安全管理体系，提升学校自主防范能力"  # 23 wide characters: full with its indent at 27
_BODY = (
    "督促学校安全工作责任人切实履行职责，自觉做好本校安全风险排查和日常管理工作。各中小学要建立安全巡查制度，"
    "并与属地派出所建立联勤联动机制，区教育局要将校园安全纳入“一校一警”工作范畴。"
)


def _one_line_heading(body_indent: str = "", continuation: str = "") -> str:
    head = [
        "某区校园安全三年行动计划",
        "",
        "  一、总体要求",
        *_indented("坚持安全第一、预防为主，全面提升校园安全治理水平。" * 2, 27),
    ]
    lines = [*head, "  " + _HEADING, *_indented(_BODY, 27)]
    return "\n".join(line if k < len(head) + 2 else continuation + line for k, line in enumerate(lines))


def test_a_full_one_line_heading_over_an_indented_paragraph_is_its_own():
    """A heading of one line, indented two characters as every paragraph's first line is (GB/T 9704) and filling the
    line with no sentence's end, over its paragraph's indented first line: two paragraphs (before: one, the heading
    an item whose text held ``区教育局要将校园安全纳入…``, read as a task in a plan assigning none: held-out 34)."""
    from reformgraph.loaders.source import Source
    from reformgraph.loaders.tasklist import _lines_read

    source = Source.from_text(_one_line_heading())
    assert source.wrap_width is not None
    read = [text for _, _, text in _lines_read(source, [False] * len(source.compacts))]
    assert _HEADING in read


def test_lines_all_set_in_or_a_flush_line_go_on():
    """Guards: a line flush left (a paragraph's second line, full) goes on into an indented line only where that
    line is a first line; lines all set in (a page whose every line is indented) are no first lines' indents; a
    first line over one indented line alone (no paragraph under it to show the page's style) goes on."""
    from reformgraph.loaders.wrapped import first_lines_apart

    heading, first, second = (
        "  " + _HEADING,
        "  督促学校安全工作责任人切实履行职责，自觉做",
        "好本校安全风险排查和日常管理工作。",
    )
    assert first_lines_apart([heading, first, second], 0)
    assert not first_lines_apart([heading, first, "  " + second], 0)  # every line set in
    assert not first_lines_apart([heading.strip(), first, second], 0)  # the line above no first line
    assert not first_lines_apart([heading, first], 0)


# ---- a bare list of units opening a page closes the item the page break cut (assignments._wrapped_item_line) ----

_PAGED_ITEMS = [
    "1.推进老旧厂房改造。鼓励存量工业厂房通过改建扩建等方式提升容积率，引导企业向研发、设计等高附加值环节延伸，"
    "推动存量资源提质增效，促进产业转型升级和高质量发展。（区经委、区规划资源局）",
    "2.开展闲置资源收储。盘活存量低效产业用地是推动区域高质量发展的重要举措，条件适宜的地块可采用收储方式供应给新"
    "引进的优质项目，各街镇负责谈判评估等事宜，区规资局、区土地储备中心、区建管委等相关部门予以指导和配合。",
]
_NEXT_PAGE = [
    "（各街镇、区规划资源局）",
    *_indented(
        "3.加强资金保障。加大存量资源盘活资金投入，创新收储方式，鼓励各街镇加大力度收储低效用地，统筹用于更高质量的"
        "产业项目，提升区域产业集聚度和土地利用效率。（各街镇、区财政局）",
        27,
    ),
]


def _paged_items() -> tuple[str, frozenset[int]]:
    """Item 2's last line full to the margin and ending its sentence at a page's foot, the page's number under it, and
    the item's bare list of units opening the next page (a page keeps ``（`` off a line's end: the list went down)."""
    first = [
        "某区存量产业用地盘活工作方案",
        "",
        "一、重点任务",
        *(line for item in _PAGED_ITEMS for line in _indented(item, 27)),
    ]
    foot = ["", "", "            - 1 -", "", "", ""]
    return "\n".join([*first, *foot, *_NEXT_PAGE]), frozenset({len(first) + 3})


def test_a_bare_list_opening_a_page_closes_the_item_above():
    """The list is the item's units (before: no line above it across the page break was the item's, so the list was
    read as no item's and the sentence's roles were read instead, ``区规资局…予以指导和配合`` missed as the item's
    units: held-out 23 printed)."""
    text, breaks = _paged_items()
    rows = task_rows(parse_document(text, path="plan.pdf", page_breaks=breaks))
    assert [row[1] for row in rows] == [["区经委", "区规划资源局"], ["各街镇", "区规划资源局"], ["各街镇", "区财政局"]]


def test_a_bare_list_under_blank_lines_and_no_page_break_stays_apart():
    """Guard: the same lines with no page break known (blank lines, the space between paragraphs, around a line the
    compacting blanks) keep the list apart from the item above, as before."""
    text, _ = _paged_items()
    assert task_rows(parse_document(text, path="plan.pdf"))[1][1] == ["各街镇"]
