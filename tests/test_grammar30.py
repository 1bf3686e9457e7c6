"""Round 30 of docs/loader.md: plans of layouts and wordings two helpers wrote and read by hand (session 19).

- role words the grammar did not know (联合牵头, 双牵头, 统筹, 主抓, 支持, 督导, 共同推进, 具体实施 …) lost a whole task, or
  stuck to a unit's name;
- a service number in a unit's name (``12345政务服务便民热线管理中心``) made it no name.
"""

from __future__ import annotations

import pytest

from reformgraph.loaders.parse import parse_document


def _tasks(text: str):
    doc = parse_document(text, path="plan.txt")
    return [
        (m.line, [u.raw for u in m.leads], [u.raw for u in m.supports], m.deadline.date)
        for w in doc.workplans
        for m in w.measures
    ]


def _read_whole(doc, deadline: str = "date"):
    """(line, text, leads, supports, the deadline's ``deadline`` field) of every measure of ``doc``."""
    return [
        (m.line, m.text, [u.raw for u in m.leads], [u.raw for u in m.supports], getattr(m.deadline, deadline))
        for w in doc.workplans
        for m in w.measures
    ]


def _one(bracket: str):
    """Leads, supports and deadline of one task whose units are written in ``bracket``."""
    tasks = _tasks(f"某市2024年工作要点\n一、重点任务\n（一）推进改革。{bracket}\n")
    assert len(tasks) == 1, tasks
    return tasks[0][1:]


@pytest.mark.parametrize(
    ("bracket", "leads", "supports"),
    [
        ("（市教育局牵头，市人社局、市财政局共同推进）", ["市教育局"], ["市人社局", "市财政局"]),
        ("（市人社局牵头，市教育局支持配合）", ["市人社局"], ["市教育局"]),
        ("（市卫生健康委、市人社局联合牵头，市委编办参与）", ["市卫生健康委", "市人社局"], ["市委编办"]),
        ("（市人社局、市财政局双牵头，市医保局协助）", ["市人社局", "市财政局"], ["市医保局"]),
        ("（市政府督查室督导，各成员单位按职责分工负责）", ["各成员单位"], ["市政府督查室"]),
        ("（市商务局牵头，市发展改革委、市财政局支持）", ["市商务局"], ["市发展改革委", "市财政局"]),
        ("（市委网信办统筹，市公安局配合）", ["市委网信办"], ["市公安局"]),
        ("（市市场监管局主抓，各乡镇（街道）协同）", ["市市场监管局"], ["各乡镇（街道）"]),
        ("（市应急局牵头抓总，各行业主管部门按照“管行业必须管安全”要求分别负责）", ["市应急局"], ["各行业主管部门"]),
        ("（市发改委牵头，各区政府具体实施）", ["市发改委"], ["各区政府"]),
        ("（市民政局统筹推进，市财政局配合）", ["市民政局"], ["市财政局"]),
        ("（市卫健委总牵头，市医保局配合）", ["市卫健委"], ["市医保局"]),
        ("（市住建局、市水务局协同推进）", ["市住建局", "市水务局"], []),
        ("（市人社局牵头，市教育局做好配合）", ["市人社局"], ["市教育局"]),
        ("（市商务局负责，市发展改革委给予支持）", ["市商务局"], ["市发展改革委"]),
        ("（市国资委指导市属国有企业实施）", ["市国资委"], ["市属国有企业"]),
        ("（人民银行南岭市分行指导各银行业金融机构实施）", ["人民银行南岭市分行"], ["各银行业金融机构"]),
    ],
)
def test_role_words_of_everyday_plans(bracket, leads, supports):
    assert _one(bracket)[:2] == (leads, supports)


def test_a_role_word_in_a_label_line_is_no_part_of_the_name():
    tasks = _tasks("1.推进数据共享。\n责任单位：市人社局、市财政局双牵头，市医保局配合\n")
    assert tasks == [(2, ["市人社局", "市财政局"], ["市医保局"], None)]


@pytest.mark.parametrize(
    ("bracket", "leads", "supports", "deadline"),
    [
        (
            "（12345政务服务便民热线管理中心牵头，市公安局配合；9月底前）",
            ["12345政务服务便民热线管理中心"],
            ["市公安局"],
            "2024-09",
        ),
        ("（市政务服务数据局牵头，市12345热线办配合；9月底前）", ["市政务服务数据局"], ["市12345热线办"], "2024-09"),
        ("（市公安局110指挥中心牵头，市120急救指挥中心配合）", ["市公安局110指挥中心"], ["市120急救指挥中心"], None),
    ],
)
def test_a_service_number_in_a_units_name(bracket, leads, supports, deadline):
    assert _one(bracket) == (leads, supports, deadline)


def test_a_count_is_no_service_number():
    leads, supports, _ = _one("（市卫健委牵头，新建120个站点配合）")
    assert leads == ["市卫健委"] and "新建120个站点" not in supports


LABEL_LINES = """1.建设县域养老服务中心。
责任单位：县民政局
督办领导：沈某某
完成时限：2024年9月底前
2.建设冷链物流中心。
牵头单位：县商务局
包联县领导：吴某
配合单位：县财政局
完成时限：2024年10月底前
3.建设冷库。
责任单位：县农业农村局
工作目标：新建冷库库容2万吨
完成时限：2024年11月底前
4.新建县第二中学。
牵头单位：县教体局（责任人：郑某，电话：0318-5231234）
配合单位：县发改局、县财政局
完成时限：2024年8月底前
5.推进县城数字化改造。
责任单位及责任人：县数据局（卫某某）、县住建局（蒋某）
完成时限：2024年12月底前
"""


def test_fields_the_grammar_does_not_know_do_not_end_a_run_of_label_lines():
    """A person's field (督办领导, 包联县领导) or any other (工作目标) between label lines: the deadline after it is
    the task's (it was lost); a person labelled in brackets after a unit is no part of its name (``县教体局（``)."""
    assert _tasks(LABEL_LINES) == [
        (2, ["县民政局"], [], "2024-09"),
        (6, ["县商务局"], ["县财政局"], "2024-10"),
        (11, ["县农业农村局"], [], "2024-11"),
        (15, ["县教体局"], ["县发改局", "县财政局"], "2024-08"),
        (19, ["县数据局", "县住建局"], [], "2024-12"),
    ]
    doc = parse_document(LABEL_LINES, path="plan.txt")
    people = {(c.name, c.role) for w in doc.workplans for c in w.contacts}
    assert {("沈某某", "督办领导"), ("吴某", "包联县领导"), ("郑某", "责任人")} <= people


@pytest.mark.parametrize("colon", ["∶", "︰", "﹕"])
def test_colons_a_text_layer_gives_for_the_full_width_one(colon):
    bracket = f"（牵头单位{colon}市发改委；配合单位{colon}市住建局；完成时限{colon}2024年12月底前）"
    assert _one(bracket) == (["市发改委"], ["市住建局"], "2024-12")


def test_a_footnote_mark_after_a_unit_is_no_part_of_its_name_in_the_graph():
    from reformgraph.aliases import AliasTable
    from reformgraph.build import build_graph

    doc = parse_document("某市2024年工作要点\n1.推进数据授权运营。（责任单位：市数据局③、市财政局）\n", path="p.txt")
    graph = build_graph([doc], AliasTable.from_rows([]))
    names = {d.get("name") for _, d in graph.nodes(data=True) if d.get("kind") == "Unit"}
    assert "市数据局" in names and not any("③" in (n or "") for n in names)


SITE_PAGE = """<html><head><meta charset="utf-8"><title>江临市2024年老年助餐工作方案_市政府文件_江临市人民政府</title></head>
<body><div class="top-nav"><a>首页</a> <a>政务公开</a></div>
<div class="breadcrumb">当前位置：首页 &gt; 政务公开</div>
<h1>江临市2024年老年助餐工作方案</h1>
<table border="1">
<tr><th>序号</th><th>重点任务</th><th>牵头单位</th><th>配合单位</th><th>完成时限</th></tr>
<tr><td>1</td><td>新建社区老年食堂80个。</td><td>市民政局</td><td>市财政局</td><td>6月底前</td></tr>
<tr><td>2</td><td>落实老年助餐服务补贴。</td><td>市财政局</td><td>市民政局</td><td>长期坚持</td></tr>
</table>
<div class="share">分享到：微信 微博</div>
<footer><p>主办单位：江临市人民政府办公室　　承办单位：江临市大数据中心</p>
<p>联系电话：0797-8200000　赣ICP备05001234号-1</p></footer>
<div class="foot"><p>主办：江临市人民政府办公室　承办：江临市大数据中心</p></div>
</body></html>
"""


def test_a_sites_page_around_a_plan_is_no_part_of_it():
    """The footer of a government site (主办单位：… 承办单位：…, the labels of a plan's fields) made a task and two
    units; the navigation joined the workplan's title; the site's name stayed in the title."""
    from reformgraph.loaders.formats_html import read_html

    doc = read_html(SITE_PAGE.encode(), path="p.html", key="p", sha256="")
    tasks = [(m.text, [u.raw for u in m.leads], [u.raw for u in m.supports]) for w in doc.workplans for m in w.measures]
    assert tasks == [
        ("新建社区老年食堂80个。", ["市民政局"], ["市财政局"]),
        ("落实老年助餐服务补贴。", ["市财政局"], ["市民政局"]),
    ]
    assert doc.title == "江临市2024年老年助餐工作方案"
    assert all("首页" not in w.title for w in doc.workplans)


def _unit_names(text: str) -> dict[str, list[str]]:
    from reformgraph.aliases import load_alias_table
    from reformgraph.build import build_graph

    graph = build_graph([parse_document(text, path="plan.txt")], load_alias_table())
    return {d["name"]: d["aliases"] for _, d in graph.nodes(data=True) if d.get("kind") == "Unit"}


def test_a_body_the_plan_spells_out_once_is_one_unit_with_its_short_form():
    """``江临市发展和改革委员会`` in 江临市's plan is its ``市发改委``; ``X（以下简称Y）`` is Y; another city's body,
    and a district's inside the city, keep their names."""
    units = _unit_names(
        "江临市2024年营商环境工作要点\n"
        "1.规范涉企收费。（牵头单位：江临市发展和改革委员会；配合单位：江临市东湖区财政局；完成时限：6月底前）\n"
        "2.推进信用监管。（牵头单位：市发改委；配合单位：南岭市发展改革委；完成时限：9月底前）\n"
        "3.深化国企改革。（牵头单位：江临市人民政府国有资产监督管理委员会（以下简称市国资委）；完成时限：6月底前）\n"
        "4.健全国企监管。（牵头单位：市国资委；配合单位：中共江临市委组织部；完成时限：9月底前）\n"
        "5.加强干部培训。（牵头单位：市委组织部；完成时限：9月底前）\n"
    )
    assert sorted(units) == ["南岭市发展改革委", "市发展改革委", "市国资委", "市委组织部", "江临市东湖区财政局"]
    assert "江临市发展和改革委员会" in units["市发展改革委"] and "中共江临市委组织部" in units["市委组织部"]
    doc = parse_document(
        "1.深化国企改革。（牵头单位：江临市人民政府国有资产监督管理委员会（以下简称市国资委））\n", path="p"
    )
    lead = doc.workplans[0].measures[0].leads[0]
    assert (lead.raw, lead.written) == (
        "江临市人民政府国有资产监督管理委员会",
        "江临市人民政府国有资产监督管理委员会（以下简称市国资委）",
    )


def test_a_deadline_stated_once_for_the_tasks_that_state_none():
    text = (
        "# 临川市数字政府建设2024年工作要点\n说明：未注明完成时限的任务，均须于2024年12月底前完成。\n"
        "1.完善电子政务外网。（责任单位：市数据局）\n2.建设平台。（责任单位：市数据局；完成时限：6月底前）\n"
        "3.推进共享，2024年9月底前完成。（责任单位：市数据局）\n"
    )
    assert [t[3] for t in _tasks(text)] == ["2024-12", "2024-06", "2024-09"]
    assert [
        t[3] for t in _tasks(text.replace("说明：未注明完成时限的任务，均须于2024年12月底前完成。", "说明：无。"))
    ] == [
        None,
        "2024-06",
        "2024-09",
    ]


def test_a_deadline_stated_once_under_a_task_table():
    from reformgraph.loaders.tables import table_conventions

    stated = table_conventions(["序号", "工作任务", "注：完成时限未注明的为年底前完成。"], title="2025年工作台账")
    assert stated.default_deadline.date == "2025-12"
    assert table_conventions(["序号", "工作任务"], title="2025年工作台账").default_deadline is None


def test_who_drafted_the_plan_is_no_task_of_it():
    tasks = _tasks(
        "# 临川市数字政府建设2024年工作要点\n"
        "临川市数据局（以下简称市数据局）会同临川市财政局（以下简称市财政局）研究制定了本工作要点。\n"
        "为加快数字政府建设，市数据局会同市发改委、市财政局研究制定本工作要点。\n"
        "1.完善电子政务外网。（牵头单位：市数据局；配合单位：市财政局）\n"
    )
    assert tasks == [(4, ["市数据局"], ["市财政局"], None)]


@pytest.mark.parametrize("name", ["市有关行政执法部门", "区相关职能部门"])
def test_a_bodies_of_some_kind_are_a_collective(name):
    from reformgraph.aliases import categorize

    assert categorize(name) == "collective"
    assert categorize("市卫生健康委") == "department"


DECIMAL = """# 临江市2024年优化营商环境实施方案
2 重点任务
2.1 提升政务服务效能（牵头单位：市政务服务管理局；配合单位：市大数据中心）
2.1.1 深化“一网通办”改革。（完成时限：2024年9月底前）
2.1.2 健全“好差评”整改机制。（完成时限：长期坚持）
2.1.3 深化“证照分离”改革。（配合单位：市司法局；完成时限：2024年12月底前）
2.2 降低企业经营成本
2.2.1 落实减税降费政策。（牵头单位：市税务局；完成时限：长期坚持）
2.2.2 新增2.5万户市场主体。（牵头单位：市市场监管局）
"""


def test_a_decimal_outline_numbers_groups_and_their_items():
    """2.1 over 2.1.1 as （一） over 1.: the units in the group's line are each item's, an item's own deadline in
    brackets its deadline (its text ends before them), an item naming supporting units only is led by the group's
    lead; the numbers are no part of the tasks' texts (before: the 2.1 heading was the one task, its items lost)."""
    assert _read_whole(parse_document(DECIMAL, path="plan.txt"), "raw") == [
        (4, "深化“一网通办”改革。", ["市政务服务管理局"], ["市大数据中心"], "2024年9月底前"),
        (5, "健全“好差评”整改机制。", ["市政务服务管理局"], ["市大数据中心"], "长期坚持"),
        (6, "深化“证照分离”改革。", ["市政务服务管理局"], ["市大数据中心", "市司法局"], "2024年12月底前"),
        (8, "落实减税降费政策。", ["市税务局"], [], "长期坚持"),
        (9, "新增2.5万户市场主体。", ["市市场监管局"], [], None),
    ]


def test_a_decimal_outline_in_a_table_has_group_rows():
    tasks = _tasks(
        "# 任务清单\n| 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 |\n|---|---|---|---|---|\n"
        "| 1 | 提升政务服务效能 | | | |\n| 1.1 | 深化“一网通办”改革 | 市政务服务管理局 | 市大数据中心 | 2024年9月底前 |\n"
        "| 2 | 降低企业经营成本 | | | |\n| 2.1 | 落实减税降费政策 | 市税务局 | 市财政局 | 长期坚持 |\n"
    )
    assert tasks == [(5, ["市政务服务管理局"], ["市大数据中心"], "2024-09"), (7, ["市税务局"], ["市财政局"], None)]
    titles = [
        w.title
        for w in parse_document(
            "# 任务清单\n| 序号 | 重点任务 | 牵头单位 | 完成时限 |\n|---|---|---|---|\n| 1 | 提升效能 | | |\n| 1.1 | 深化改革 | 市政务服务管理局 | 9月底前 |\n",
            path="p.md",
        ).workplans
    ]
    assert titles == ["提升效能"]


UNIT_FIRST = """# 江州市2024年重点任务分解
一、市发展改革委
（一）牵头任务
1.深化投资审批制度改革。配合单位：市自然资源局。完成时限：2024年9月底前。
2.开展营商环境评价。完成时限：2024年11月底前。
（二）配合任务
1.配合市政务服务管理局推进工程建设项目审批制度改革。
二、市市场监管局
1.推行住所登记承诺制。（配合单位：市住房城乡建设局；完成时限：2024年6月底前）
2.开展计量专项行动。（牵头单位：市科技局；完成时限：2024年10月底前）
三、保障措施
1.加强组织领导。
"""


def test_tasks_listed_unit_by_unit():
    """A heading that is a unit's name leads the items under it that name no lead (before: the plan read nothing);
    an item with its own lead keeps it; the items of its partners' work (配合任务) and the parts after it are not
    its tasks."""
    doc = parse_document(UNIT_FIRST, path="plan.txt")
    assert _read_whole(doc) == [
        (4, "深化投资审批制度改革。", ["市发展改革委"], ["市自然资源局"], "2024-09"),
        (5, "开展营商环境评价。", ["市发展改革委"], [], "2024-11"),
        (9, "推行住所登记承诺制。", ["市市场监管局"], ["市住房城乡建设局"], "2024-06"),
        (10, "开展计量专项行动。", ["市科技局"], [], "2024-10"),
    ]
    assert [w.title for w in doc.workplans] == ["市发展改革委", "市市场监管局"]


def test_a_name_in_brackets_in_the_text_around_a_task_table_is_no_task():
    """``…报市安委会办公室（市应急管理局）`` above a task table: the bracket holds the office's host, not a task's
    units (the bare-bracket reading is for plans that name their units no other way; this one's table does)."""
    pytest.importorskip("docx", reason="python-docx (the formats extra) reads .docx")
    from support.hostile import docx_bytes

    from reformgraph.loaders.read import parse_bytes

    data = docx_bytes(
        ("江临市2024年安全生产重点任务清单", "各成员单位每月25日前将进展情况报市安委会办公室（市应急管理局）。"),
        table=[
            ["序号", "工作任务", "责任单位", "完成时间"],
            ["1", "开展重大事故隐患专项排查整治。", "市应急管理局", "2024年6月底前"],
            ["2", "推进燃气安全专项整治。", "市城市管理局", "持续推进"],
        ],
    )
    doc = parse_bytes(data, path="清单.docx")
    assert [m.text for w in doc.workplans for m in w.measures] == [
        "开展重大事故隐患专项排查整治。",
        "推进燃气安全专项整治。",
    ]


@pytest.mark.parametrize(
    ("words", "date"),
    [
        ("推行统一目录，2024年在试点县推行，2025年全省推开。", "2025-12"),
        ("第一阶段（2024年）在试点县推行，第二阶段（2025年）全省推开。", "2025-12"),
        ("2024年试点、2025年推开、2026年全覆盖。", "2026-12"),
        ("较2020年下降15%，2024年全面推开。", "2024-12"),  # 较2020年: no stage (2024年全面推开 reads as before)
    ],
)
def test_a_staged_schedule_in_years_gives_its_last_year(words, date):
    assert _one(f"{words}（牵头单位：省医保局）")[2] == date


def test_a_unit_that_guides_leads_as_the_corpus_specification_says():
    """``X指导，Y负责落实``: X leads (tests/fixtures/real/SPEC.md, plan 09); a helper read ``X指导，Y负责`` the other
    way, and the decision is the specification's (docs/loader.md, round 30)."""
    assert _one("（市纪委监委驻市卫生健康委纪检监察组指导，市卫生健康委负责）")[:2] == (
        ["市纪委监委驻市卫生健康委纪检监察组"],
        ["市卫生健康委"],
    )


@pytest.mark.parametrize(
    "text",
    [
        "一、重点任务\n（一）推进燃气管道更新改造。完成燃气管道改造180公里。牵头单\n位:市住建局;配合单位:市发改委;完成时限:2024年12月底前。\n",
        "一、重点任务\n（一）推进燃气管道更新改造。完成燃气管道改造180公里。\n牵头单\n位：市住建局\n配合单位：市发改委\n完成时限：2024年12月底前\n",
    ],
)
def test_a_label_a_line_break_cuts_in_two(text):
    """``牵头单`` / ``位：市住建局`` (a Word file's manual break, an OCR's line) in a text not hard-wrapped throughout:
    the task was lost."""
    tasks = _tasks(text)
    assert [t[1:] for t in tasks] == [(["市住建局"], ["市发改委"], "2024-12")]


def test_the_plans_title_repeated_inside_a_sentence_is_a_running_head():
    text = (
        "石门市人民政府办公室文件\n关于印发石门市2024年城市更新行动工作方案的通知\n各区（县）人民政府：\n现印发给你们。\n"
        "  石门市2024年城市更新行动工作方案\n一、重点任务\n"
        "（一）加强排水防涝设施建设。（牵头单位：市水务局；配合单位：市城\n\n— 5 —\n\n  石门市2024年城市更新行动工作方案\n\n"
        "管局；完成时限：2024年汛前）\n"
    )
    assert [t[1:3] for t in _tasks(text)] == [(["市水务局"], ["市城管局"])]


def test_a_pdfs_running_head_is_dropped_from_its_pages():
    from reformgraph.loaders.formats_pdf import without_running_lines

    pages = [
        "关于印发石门市方案的通知\n一、重点任务\n（一）建设。（牵头单位：市水务局；配合单位：市城",
        "石门市2024年城市更新行动工作方案\n管局）\n（二）改造。",
        "石门市2024年城市更新行动工作方案\n序号  工作任务  牵头单位\n1  推进  市住建局",
        "序号  工作任务  牵头单位\n2  建设  市水务局",
    ]
    kept = without_running_lines(pages)
    assert kept[1].startswith("管局）") and kept[2].startswith("序号") and kept[3].startswith("序号")


@pytest.mark.parametrize(
    ("name", "listed"),
    [
        ("市医疗保障局", "市医保局"),
        ("市应急管理局", "市应急局"),
        ("市人民政府国有资产监督管理委员会", "市国资委"),
        ("市政府国资委", "市国资委"),
    ],
)
def test_another_name_of_a_body_the_alias_table_lists_is_that_unit(name, listed):
    """The alias table lists 市医保局; a plan writing 市医疗保障局 (the same body, ``unit_forms.FAMILIES``) made a
    second unit."""
    from reformgraph.aliases import load_alias_table

    resolved = load_alias_table().resolve(name)
    assert (resolved.canonical, resolved.known) == (listed, True)


@pytest.mark.parametrize("heading", ["四、其他市级部门", "四、部门职责分工"])
def test_a_units_numbered_duties_are_a_task_each(heading):
    """``市财政局：1.…；2.…``: a task per duty, each with its own deadline (before: under a duties heading one task
    with both deadlines, under any other heading none)."""
    tasks = _tasks(
        f"# 江州市2024年重点任务分解\n{heading}\n"
        "市财政局：1.落实政府采购政策，2024年6月底前完成；2.推进政府采购全流程电子化，2024年12月底前完成。\n"
    )
    assert tasks == [(3, ["市财政局"], [], "2024-06"), (3, ["市财政局"], [], "2024-12")]
