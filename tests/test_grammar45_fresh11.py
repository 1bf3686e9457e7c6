"""Round 45 (fresh11): plans of 2025–2026 in layouts the rounds had not covered — a partner's share written with its
own work after a lead (各街道办事处组织摸底), and a lead marked on a unit in a line of text (★市数据局)."""

from reformgraph.loaders.parse import parse_document
from tests.support.readings import plan_measures, plan_unit_lines


def _deadlines(text: str) -> list[tuple[int, str | None, str | None]]:
    return [(line, raw, status) for line, _, _, raw, _, status in plan_measures(text, "x.txt")]


_HEAD = "某区2026年工作计划\n\n一、重点工作\n\n"


def test_units_doing_their_share_after_a_lead_support() -> None:
    # 由A牵头，B组织摸底，C、D配合: B carries a share of A's task (before, B was lost and only C, D supported)
    assert plan_unit_lines(
        _HEAD + "（一）确定清单。由区住建委牵头，各街道办事处组织摸底，区财政局、区发改委配合，2026年2月底前完成。\n"
    ) == [(5, ["区住建委"], ["各街道办事处", "区财政局", "区发改委"])]
    assert plan_unit_lines(_HEAD + "（一）确定清单。由区住建委牵头，各街道办事处开展摸底，区财政局配合。\n") == [
        (5, ["区住建委"], ["各街道办事处", "区财政局"])
    ]
    # every body of a level as a named unit is, after a lead's 负责 too
    assert plan_unit_lines(_HEAD + "（一）推进施工。区住建委负责组织施工，各街道办事处做好宣传。\n") == [
        (5, ["区住建委"], ["各街道办事处"])
    ]


def test_a_verb_inside_a_partners_name_is_passed_over() -> None:
    # 组织 of 区社会组织管理局 is no verb of its clause: the name is read whole (not 区社会)
    assert plan_unit_lines(_HEAD + "（一）确定清单。区住建委牵头，区社会组织管理局组织摸底。\n") == [
        (5, ["区住建委"], ["区社会组织管理局"])
    ]
    assert plan_unit_lines(_HEAD + "（一）做好培训。区住建委负责统筹，区委组织部组织培训。\n") == [
        (5, ["区住建委"], ["区委组织部"])
    ]


def test_a_clause_of_work_with_no_unit_adds_no_partner() -> None:
    assert plan_unit_lines(_HEAD + "（一）推进改造。区住建委负责统筹，年内开展改造。\n") == [(5, ["区住建委"], [])]


def test_a_mark_on_a_unit_of_a_bracket_list_says_it_leads() -> None:
    # 注：标★的为牵头单位 / （责任单位：★A、B、C）: A leads, B and C support (before, ★A was a name and all led)
    text = "某市2026年工作要点\n\n注：标★的为牵头单位。\n\n1.推进A事项。（责任单位：★市数据局、市发展改革委、市财政局）\n\n2.推进B事项。（责任单位：市商务局、★市财政局；2026年12月）\n"
    assert plan_unit_lines(text) == [(5, ["市数据局"], ["市发展改革委", "市财政局"]), (7, ["市财政局"], ["市商务局"])]


def test_a_mark_after_a_unit_in_a_label_line_says_it_leads() -> None:
    text = "某市2026年工作要点\n\n1.推进A事项。\n责任单位：市商务局、市财政局★\n完成时限：2026年12月\n"
    assert plan_unit_lines(text) == [(4, ["市财政局"], ["市商务局"])]


def test_a_mark_in_a_lead_or_support_field_is_a_bullet() -> None:
    # the label says the role; the mark is dropped from the name
    text = "某市2026年工作要点\n\n1.推进C事项。（牵头单位：★市商务局；配合单位：☆市财政局、市税务局）\n"
    assert plan_unit_lines(text) == [(3, ["市商务局"], ["市财政局", "市税务局"])]


def test_a_supporting_mark_beside_unmarked_units() -> None:
    # ☆ marks a partner; the unmarked units of the list keep the list's role
    text = "某市2026年工作要点\n\n1.推进D事项。（责任单位：市商务局、☆市财政局）\n"
    assert plan_unit_lines(text) == [(3, ["市商务局"], ["市财政局"])]


def test_a_mark_after_a_unit_in_a_table_cell_says_it_leads() -> None:
    # 市财政局★ in a 责任单位 cell (round 44 read a mark before the name only)
    text = "某市2026年工作要点\n\n序号\t重点任务\t责任单位\t完成时限\n1\t推进A事项\t市数据局★、市发展改革委\t2026年6月底前\n2\t推进B事项\t市商务局、市财政局★\t持续推进\n"
    assert plan_unit_lines(text) == [(4, ["市数据局"], ["市发展改革委"]), (5, ["市财政局"], ["市商务局"])]


_GROUPED = "某省2026年数据要素工作要点\n\n序号{t}工作任务{t}牵头单位{t}配合单位{t}完成时限\n{one}{t}健全数据制度{pad}\n1{t}开展数据产权登记试点{t}省数据局{t}省市场监管局{t}2026年6月底前\n2{t}制定授权运营办法{t}省数据局{t}省司法厅{t}2026年9月底前\n{two}{t}推进开发利用{pad}\n3{t}编制公共数据目录{t}省数据局{t}省直各有关部门{t}2026年12月\n"
_GROUPED_READ = [
    (5, ["省数据局"], ["省市场监管局"]),
    (6, ["省数据局"], ["省司法厅"]),
    (8, ["省数据局"], ["省直各有关部门"]),
]


def test_a_group_row_written_as_its_number_and_its_name_is_a_section() -> None:
    # 一 | 健全数据制度 over rows numbered 1, 2: a section (before, the table ended there and no task was read)
    assert plan_unit_lines(_GROUPED.format(t="\t", one="一", two="二", pad="\t\t\t")) == _GROUPED_READ
    # the same with its cells apart by spaces
    assert plan_unit_lines(_GROUPED.format(t=" ", one="一", two="二", pad="")) == _GROUPED_READ
    document = parse_document(_GROUPED.format(t="\t", one="一", two="二", pad="\t\t\t"), path="x.txt")
    assert [w.title for w in document.workplans] == ["健全数据制度", "推进开发利用"]


def test_a_group_row_numbered_in_brackets_takes_no_units_from_above() -> None:
    # （二） | 推进开发利用 over rows numbered 3: no task (before, a task with the row above's units as merged cells)
    assert plan_unit_lines(_GROUPED.format(t="\t", one="（一）", two="（二）", pad="\t\t\t")) == _GROUPED_READ
    # a table numbering its tasks （一）（二）: a row with its unit cells empty takes those above (round 42)
    text = "某县2026年工作要点\n\n序号\t工作任务\t牵头单位\t配合单位\t完成时限\n（一）\t开展试点\t县数据局\t县财政局\t2026年6月底前\n（二）\t制定办法\t\t\t\n（三）\t编制目录\t县数据局\t县司法局\t2026年12月\n"
    assert [t[1] for t in plan_unit_lines(text)] == [["县数据局"], ["县数据局"], ["县数据局"]]


def test_a_bare_implementing_clause_after_a_lead_supports() -> None:
    # A牵头，B配合，各村落实 in prose reads as the bracket （A牵头，B配合，各村落实） does (before, 各村 was lost)
    head = "某镇2025年工作方案\n\n一、主要任务\n\n"
    assert plan_unit_lines(head + "1、规范管理。镇财政所牵头，镇纪委配合，各村落实，每季度公开一次。\n") == [
        (5, ["镇财政所"], ["镇纪委", "各村"])
    ]
    assert plan_unit_lines(head + "1、规范管理。镇财政所牵头，各村落实。\n") == [(5, ["镇财政所"], ["各村"])]
    # a clause of work ending in 落实 names no partner
    assert plan_unit_lines(head + "1、规范管理。镇财政所牵头，推动政策落实。\n") == [(5, ["镇财政所"], [])]


def test_a_pipe_table_without_pipes_at_its_ends_is_read() -> None:
    # GFM: the pipes at either end of a row are optional (before, no table and no task)
    text = "某市2026年工作要点\n\n序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限\n--- | --- | --- | --- | ---\n1 | 推进A事项 | 市数据局 | 市财政局 | 2026年6月\n2 | 推进B事项 | 市商务局 |  | 长期坚持\n\n二、工作要求\n\n各单位要抓好落实。\n"
    assert plan_unit_lines(text) == [(5, ["市数据局"], ["市财政局"]), (6, ["市商务局"], [])]
    assert _deadlines(text) == [(5, "2026年6月", "scheduled"), (6, "长期坚持", "ongoing")]


def test_bars_with_no_rule_row_under_them_are_no_table() -> None:
    # a line of bars alone (a site's trail) over text: no table, as before
    from reformgraph.loaders.pipe_tables import pipe_runs

    assert pipe_runs(["首页 | 政务公开 | 通知公告", "市数据局 | 市财政局", "正文"]) == []
