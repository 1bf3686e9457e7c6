"""Every label the explorer shows, in Chinese first and English second.

One dict, ``TEXT``: key -> (中文, English). ``text(key, lang)`` is pure (tests
check that every key has both languages and that the pages use no unknown
key); ``t(key)`` reads the language the sidebar switch chose.

>>> text("nav.unit", "zh"), text("nav.unit", "en")
('单位', 'Unit')
>>> text("unit.measure_count", "en", n=3)
'3 measures'
>>> kind_label("Measure", "zh"), rel_label("LEADS", "en")
('举措', 'leads')
"""

from __future__ import annotations

import re
from collections.abc import Mapping

LANGS = ("zh", "en")
DEFAULT_LANG = "zh"

TEXT: dict[str, tuple[str, str]] = {
    # --- app shell
    "app.tagline": ("改革方案中谁需要与谁协同", "Who must work with whom in a reform plan"),
    "app.english": ("English", "English"),
    "app.source": ("数据来源", "Data source"),
    "app.source.bundled": ("内置文档", "Bundled document"),
    "app.source.file": ("图文件 {path}", "Graph file {path}"),
    "app.source.neo4j": ("Neo4j 数据库 {database}", "Neo4j database {database}"),
    "app.source.upload": ("导入的文档 {name}", "Imported document {name}"),
    "app.source.use_default": ("使用默认数据", "Use the default data"),
    "app.counts": ("{nodes} 个节点，{edges} 条边", "{nodes} nodes, {edges} edges"),
    "app.warnings": ("解析警告 {n} 条", "{n} parse warnings"),
    "app.load_error": ("无法加载图：{error}", "Cannot load the graph: {error}"),
    "app.exposed": (
        "服务器监听 {address}，局域网中的其他人也能访问。请加上 --server.address 127.0.0.1 启动（make explore 默认如此）。",
        "The server listens on {address}: others on the network can reach it. Start it with "
        "--server.address 127.0.0.1 (make explore does).",
    ),
    "app.offline": ("本页面不从 127.0.0.1 以外加载任何资源。", "This page loads nothing from outside 127.0.0.1."),
    # --- navigation
    "nav.overview": ("总览", "Overview"),
    "nav.unit": ("单位", "Unit"),
    "nav.chains": ("协同链", "Chains"),
    "nav.bottlenecks": ("瓶颈", "Bottlenecks"),
    "nav.deadlines": ("时限", "Deadlines"),
    "nav.reforms": ("改革事项", "Reforms"),
    "nav.import": ("导入", "Import"),
    "nav.compare": ("对比", "Compare"),
    "nav.cypher": ("Cypher 查询", "Cypher query"),
    # --- node kinds, relations, categories, statuses, roles
    "kind.Document": ("文档", "Document"),
    "kind.Reform": ("改革事项", "Reform item"),
    "kind.Workplan": ("工作方案", "Workplan"),
    "kind.Measure": ("举措", "Measure"),
    "kind.Unit": ("单位", "Unit"),
    "kind.District": ("区县", "District"),
    "kind.Law": ("法规文件", "Law / policy"),
    "kind.Person": ("人员", "Person"),
    "kind.Group": ("分组", "Group"),
    "rel.PART_OF": ("属于", "part of"),
    "rel.LEADS": ("牵头", "leads"),
    "rel.SUPPORTS": ("配合", "supports"),
    "rel.RESPONSIBLE_FOR": ("负责", "responsible for"),
    "rel.CONTACT_FOR": ("联系人", "contact for"),
    "rel.MEMBER_OF": ("所属", "member of"),
    "rel.APPLIES_TO": ("适用于", "applies to"),
    "rel.CITES": ("引用", "cites"),
    "rel.LOCATED_IN": ("位于", "located in"),
    "rel.COORDINATES": ("协同", "coordinates"),
    "category.department": ("部门", "Department"),
    "category.collective": ("集合称谓", "Collective"),
    # "District government" (152 px) lost a letter at 1280 px in 瓶颈's details beside a unit's name of twelve
    # characters: twice the width of the other categories' labels (session 64)
    "category.district_government": ("区县政府", "District govt"),
    "category.subdistrict": ("街镇园区", "Sub-district"),
    "category.court": ("法院", "Court"),
    "category.procuratorate": ("检察院", "Procuratorate"),
    "category.enterprise": ("企业", "Enterprise"),
    "category.association": ("协会", "Association"),
    "category.other": ("其他", "Other"),
    "status.done": ("已完成", "done"),
    "status.ongoing": ("持续推进", "ongoing"),
    "status.scheduled": ("有完成时限", "dated"),
    "status.none": ("未注明", "not stated"),
    "lawcat.law": ("法律", "law"),
    "lawcat.regulation": ("法规", "regulation"),
    "lawcat.policy": ("政策文件", "policy"),
    "lawcat.list": ("清单", "list"),
    "lawcat.form": ("表单", "form"),
    "lawcat.other": ("其他", "other"),
    "role.lead": ("牵头", "lead"),
    "role.support": ("配合", "support"),
    # --- common column names
    "col.unit": ("单位", "Unit"),
    "col.category": ("类别", "Category"),
    "col.role": ("角色", "Role"),
    "col.reform": ("改革事项", "Reform item"),
    "col.workplan": ("工作方案", "Workplan"),
    "col.seq": ("序号", "No."),
    "col.deadline": ("完成时限", "Deadline"),
    "col.deadline_raw": ("原文时限", "Deadline"),  # its cells are the words: "as written" was cut at 1280 px
    "col.status": ("状态", "Status"),
    "col.line": ("行号", "Line"),
    "col.document": ("文件", "Document"),
    "col.file": ("文件名", "File name"),
    "col.source": ("原文", "Source text"),
    "col.lead": ("牵头举措", "Measures led"),
    "col.support": ("配合举措", "Measures supported"),
    "col.led": ("牵头举措", "Led"),  # short: a laptop's metric or a six-column table (session 43)
    "col.supported": ("配合举措", "Supported"),
    "col.leads": ("牵头", "Lead units"),  # a measure's units, as column headers ("lead" read as a cell)
    "col.supports": ("配合", "Supporting units"),
    "col.load": ("加权负荷", "Weighted load"),
    "col.partners": ("协同单位数", "Partner units"),
    "col.count": ("数量", "Count"),
    "col.share": ("举措占比", "Share of measures"),
    "col.name": ("名称", "Name"),
    "col.relation": ("关系", "Relation"),
    "col.month": ("月份", "Month"),
    "col.from": ("从", "From"),
    "col.to": ("到", "To"),
    "col.contacts": ("联系人", "Contacts"),
    "col.phones": ("联系电话", "Phones"),
    "col.scope": ("适用范围", "Scope"),
    "col.community": ("协同组", "Community"),
    "col.warning": ("警告", "Warning"),
    # --- parse warnings (``records.ParseWarning.kind``): a gap the parser survived, worded with its params
    "warn.unclosed": ("括注缺少右括号：{excerpt}…", "unclosed parenthetical {excerpt}…"),
    "warn.unread_assignment": ("未能读出这一行的分工：{excerpt}", "could not read the assignment: {excerpt}"),
    "warn.row_no_unit": ("表格这一行没有写明责任单位：{excerpt}", "table row names no unit: {excerpt}"),
    "warn.no_toc": ("没有目录：工作方案按正文中的顺序编号", "no table of contents: workplans numbered in body order"),
    "warn.toc_orphan": (
        "目录：子项 {number} 没有对应的上级项 {parent}",
        "table of contents: sub-variant {number} has no item {parent}",
    ),
    "warn.toc_title": (
        "工作方案 {number}：正文标题“{title}”与目录不一致",
        "workplan {number}: body title “{title}” differs from the table of contents",
    ),
    "warn.toc_missing": (
        "目录中的工作方案 {number}（{title}）在正文中没有找到",
        "workplan {number} ({title}) of the table of contents not found in the body",
    ),
    "warn.no_measures": (
        "工作方案 {number}：没有读到任务（没有括注写明牵头单位）",
        "workplan {number}: no measures (no parenthetical names a lead unit)",
    ),
    "warn.no_responsible": (
        "工作方案 {number}：没有“责任单位及责任人”部分",
        "workplan {number}: no section of responsible units and people",
    ),
    "warn.responsible_no_unit": (
        "工作方案 {number}：“责任单位及责任人”部分没有写明单位",
        "workplan {number}: the responsible section names no unit",
    ),
    "warn.no_lead_parenthetical": (
        "工作方案 {number}：括注没有写明牵头单位：{excerpt}",
        "workplan {number}: parenthetical names no lead unit: {excerpt}",
    ),
    "warn.empty_lead": ("工作方案 {number}：牵头单位一栏为空", "workplan {number}: empty lead unit field"),
    "warn.no_deadline": ("工作方案 {number}：任务没有写明完成时限", "workplan {number}: a measure has no deadline"),
    "warn.task_no_lead": ("任务没有写明牵头单位，未计入：{excerpt}", "task names no lead unit, left out: {excerpt}"),
    "warn.item_no_unit": (
        "编号条目未写明责任单位，未计入：{excerpt}",
        "numbered item names no unit, left out: {excerpt}",
    ),
    "warn.bare_units": (
        "括号中单独列出的单位按各项任务的责任单位读取：方案没有说明括号的含义（如“括号内为牵头单位”）",
        "units listed alone in brackets are read as the tasks' responsible units: the plan does not say what its"
        " brackets hold",
    ),
    "warn.traditional": (
        "方案用繁体字书写，已按简体字读取（{count} 个字），单位名称以简体显示",
        "the plan is written in traditional characters, read in simplified ones ({count} characters); unit names"
        " are shown simplified",
    ),
    "warn.spilled_columns": (
        "表格各列分页打印（第 {pages} 页：表格打印时未缩放为一页宽），无法拼回各项任务，未读取：请读取打印它的"
        " .xlsx/.xls 文件，或按一页宽重新打印",
        "a table's columns are printed on separate pages (pages {pages}: a spreadsheet printed without fitting its"
        " width to one page), so its tasks cannot be put back together: read the .xlsx/.xls it was printed from, or"
        " print it fit to one page wide",
    ),
    "warn.hidden_rows": (
        "工作表“{sheet}”中手动隐藏的 {count} 行（第 {rows} 行）视为已删除的任务，未读取：如需读取，请取消隐藏",
        "sheet {sheet}: {count} rows hidden by hand (rows {rows}) are read as tasks the office set aside and left out:"
        " unhide them to have them read",
    ),
    "warn.reworded_unchecked": (
        "工作表“{sheet}”的行过多，其中 {count} 行只与其他工作表的任务逐字比对，未查找改写后重复的任务：同一任务可能读取两次",
        "sheet {sheet}: {count} rows were compared with the other sheets' tasks word for word only, too many to look"
        " for reworded tasks among them: a task may be read twice",
    ),
    "warn.attached_by_reference": (
        "附件“{name}”以链接方式附加（{target}），邮件中没有该文件，未读取：请将文件本身附加或单独读取",
        "attachment {name} is attached by reference ({target}): the message does not hold the file, so it was not"
        " read: attach the file itself or read it on its own",
    ),
    "warn.columns_unseen": (
        "列名设置中的表头“{header}”在本文件的表格中没有：表格未按该设置读取",
        "the column names given name the header {header}, which no table of this file has: its tables were read"
        " without it",
    ),
    "col.weight": ("共同举措", "Shared measures"),
    "col.dependents": ("被依赖数", "Dependents"),
    # --- overview
    "overview.title": ("总览", "Overview"),
    "overview.documents": ("文档", "Documents"),
    "overview.reforms": ("改革事项", "Reform items"),
    "overview.workplans": ("工作方案", "Workplans"),
    "overview.measures": ("举措", "Measures"),
    "overview.units": ("单位", "Units"),
    "overview.top": ("牵头、配合与负荷最多的单位", "Units leading, supporting and carrying the most"),
    "overview.top_by": ("排序依据", "Rank by"),
    "overview.top_n": ("显示数量", "How many"),
    "overview.status": ("举措的完成时限", "Measures by deadline"),
    "overview.status_note": (
        "按原文的完成时限归类：原文写明已完成、持续推进、有完成时限、未注明。",
        "From each measure's deadline as written: stated as done, ongoing, dated, not stated.",
    ),
    "common.no_progress": (
        "图中没有台账进展，本页不判断举措是否完成。",
        "The graph holds no ledger progress: this page does not judge whether a measure is finished.",
    ),
    "common.has_progress": (
        "已从台账导入 {n} 项举措的进展（填报状态）；红黄绿亮灯见督办页。",
        "Progress of {n} measures was imported from ledgers (reported status); the Supervision page lights them.",
    ),
    "overview.partners_note": (
        "协同单位数：与该单位共同承担至少一项举措的单位数（不含集合称谓），各页面、命令和导出口径一致。",
        "Partner units: units sharing at least one measure with it (collective names not counted); the same "
        "number on every page, command and export.",
    ),
    "overview.collective_note": (
        "排名不含“各区县政府”“市级相关部门”等集合称谓。",
        "Rankings leave out collective names such as 各区县政府 / 市级相关部门.",
    ),
    "overview.load_note": (
        "加权负荷：{weights}。举措占比：该单位牵头或配合的举措占全部举措的比例。",
        "Weighted load: {weights}. Share of measures: the measures it leads or supports, out of all measures.",
    ),
    # --- unit page
    "unit.search": ("搜索单位（名称、别名或简称）", "Search a unit (name, alias or abbreviation)"),
    "unit.search_placeholder": ("输入单位名称，如 市场监管局", "Type a unit name, e.g. 市场监管局"),
    "unit.unknown": ("找不到单位“{name}”。", "No unit named “{name}”."),
    "unit.did_you_mean": ("您是不是要找：", "Did you mean:"),
    "unit.pick": ("选择一个单位开始。", "Pick a unit to start."),
    "unit.measure_count": ("{n} 项举措", "{n} measures"),
    "unit.profile": ("单位概况", "Profile"),
    "unit.aliases": ("原文写法", "Written as"),
    "unit.workplans": ("涉及工作方案", "Workplans"),
    "unit.reforms": ("涉及改革事项", "Reform items"),
    "unit.partners": ("协同单位", "Partner units"),
    "unit.community": ("所在协同组", "Community"),
    "unit.measures": ("该单位的举措", "The unit's measures"),
    "unit.measures_caption": ("每一行都给出原文和行号。", "Every row gives the source text and its line number."),
    "unit.edges": ("图中每条边的出处", "Where every edge comes from"),
    "unit.edges_caption": (
        "每条关系对应的原文句子与行号。",
        "The source sentence and line number behind each relation.",
    ),
    "unit.kinds": ("显示的节点类型", "Node kinds shown"),
    "unit.rels": ("显示的关系", "Relations shown"),
    "unit.size_by": ("节点大小依据", "Size nodes by"),
    "unit.color_by": ("节点颜色依据", "Colour nodes by"),
    "unit.color.kind": ("按类型", "By kind"),
    "unit.color.community": ("按协同组", "By community"),
    "unit.size.none": ("统一大小", "Same size"),
    "unit.size.degree": ("连接数", "Connections"),
    "unit.size.load": ("加权负荷", "Weighted load"),
    "unit.size.betweenness": ("中介中心性", "Betweenness"),
    "unit.select_node": ("查看图中节点", "Inspect a node shown"),
    "unit.select_node_help": (
        "也可以直接点击图中的节点：点击单位即转到该单位，点击其他节点在此显示详情。",
        "Or click a node in the picture: a unit opens that unit, any other node shows here.",
    ),
    "unit.go": ("转到该单位", "Go to this unit"),
    "unit.network": ("关系网络", "Network"),
    "unit.network_caption": (
        "可拖动画面、缩放。节点和标签的位置预先算好，标签互不重叠；图不会自行移动。",
        "Drag the view and zoom. Nodes and labels are placed beforehand so that no label covers another; "
        "nothing moves by itself.",
    ),
    "unit.no_measures": ("该单位没有举措。", "This unit has no measures."),
    "unit.downloads": ("导出当前视图", "Export this view"),
    "unit.download_html": ("下载 HTML（离线可用）", "Download HTML"),
    "unit.download_png": ("下载 PNG 图片", "Download PNG image"),
    "unit.download_svg": ("下载 SVG 图片", "Download SVG image"),
    "unit.download_pdf": ("下载 PDF", "Download PDF"),
    "unit.export_failed": ("导出失败：{error}", "Export failed: {error}"),
    "unit.view": ("图中显示", "The picture shows"),
    "unit.view.0": ("协同单位", "Partner units"),
    "unit.view.1": ("工作方案与举措（1 度）", "Workplans and measures (depth 1)"),
    "unit.view.2": ("2 度关系", "Depth 2"),
    "unit.view.3": ("3 度关系", "Depth 3"),
    "unit.view_help": (
        "协同单位：与该单位共同承担举措的单位，最强的在上；连线越粗共同举措越多，箭头由牵头单位指向配合单位。"
        "其余选项显示该单位的工作方案、举措及更远的关系。",
        "Partner units: the units sharing measures with this one, strongest at the top; a thicker link means more "
        "shared measures, arrows point from the lead unit to the supporting one. The other choices show its "
        "workplans, measures and further relations.",
    ),
    "unit.options": ("图的选项", "Picture options"),
    "unit.shared": ("与 {name} 的共同举措", "Measures shared with {name}"),
    "unit.no_partners": ("该单位没有与其他单位共同承担的举措。", "This unit shares no measure with another unit."),
    # --- shared
    "common.none": ("（无）", "(none)"),
    "common.aside": (
        "（{text}）",
        " ({text})",
    ),  # a figure's share or count beside it: full-width brackets in Chinese only
    "table.scroll": (
        "共 {total} 行，表中显示 {shown} 行，其余在表内滚动查看。",
        "{total} rows, {shown} in view: scroll inside the table for the rest.",
    ),
    "table.capped": (
        "共 {total} 行，这里显示前 {shown} 行（表头排序只排这些行）；全部行请下载 CSV 文件。",
        "{total} rows; the first {shown} are shown here (sorting by a header sorts only these). "
        "Download the CSV file for every row.",
    ),
    "table.cut": (
        "较长的文字在表中只显示前四行，以“…”结尾；完整原文请下载 CSV 文件。",
        "Long texts show their first four lines in the table, ending in “…”; download the CSV file for the whole text.",
    ),
    "table.download_all": ("下载全部 {total} 行（CSV）", "Download all {total} rows (CSV)"),
    "common.no_match": ("没有匹配的选项", "No match"),
    "common.choose": ("请选择", "Choose"),
    "common.skip": ("跳到正文", "Skip to main content"),
    "common.stop": ("停止", "Stop"),
    "common.upload": ("选择文件", "Browse files"),
    "common.drop": ("拖放文件到这里", "Drag and drop a file here"),
    # --- chains
    "chains.title": ("协同链", "Coordination chains"),
    "chains.from": ("起点单位", "From unit"),
    "chains.to": ("终点单位", "To unit"),
    "chains.none": (
        "这两个单位之间没有协同链：二者分属协同网络中互不相连的部分，或其中一个单位没有与其他单位共同承担的举措。",
        "No chain between these units: they are in separate parts of the coordination graph, or one of them shares"
        " no measure with another unit.",
    ),
    "chains.same": ("请选择两个不同的单位。", "Pick two different units."),
    "chains.found": (
        "最短协同链 {hops} 步，共 {n} 条最短链。",
        "Shortest chain: {hops} hops; {n} shortest chains in all.",
    ),
    "chains.hops": ("逐步说明", "Hop by hop"),
    "chains.roles": ("角色（前 → 后）", "Roles (→)"),
    "chains.explain": (
        "两个单位共同出现在一项举措中（一方牵头、另一方配合，或共同配合）即视为直接协同。",
        "Two units coordinate directly when they share a measure (one leads and the other supports, or both support).",
    ),
    # --- bottlenecks
    "bottlenecks.title": ("瓶颈", "Bottlenecks"),
    "bottlenecks.ranking": ("中介中心性排名", "Betweenness ranking"),
    "bottlenecks.network": ("协同网络（按中介中心性调整大小）", "Coordination network (sized by betweenness)"),
    "bottlenecks.articulation": ("关键连接", "Key link"),
    "bottlenecks.zero": (
        "其余 {n} 个单位的中介中心性为 0：不在任何两个其他单位之间的最短协同链上。",
        "The other {n} units have betweenness 0: they lie on no shortest chain between two other units.",
    ),
    "bottlenecks.communities": ("协同组", "Communities"),
    "bottlenecks.modularity": ("模块度 {q}", "Modularity {q}"),
    "bottlenecks.top_n": ("显示数量", "How many"),
    "bottlenecks.cut_off": ("移除后断开的单位数", "Units cut off"),
    "bottlenecks.meaning": (
        "中介中心性：该单位位于其他单位之间最短协同链上的比例（0–1，越高越是瓶颈）。"
        "被依赖数：以该单位为配合单位的不同牵头单位数。关键连接单位：移除后协同网络会断开。",
        "Betweenness: the share of shortest coordination chains between other units that pass through this "
        "unit (0–1; higher means more of a bottleneck). Dependents: distinct lead units this unit supports. "
        "Key link (an articulation point): removing it splits the coordination network. Units cut off: how many "
        "units it leaves apart from the rest when removed.",
    ),
    "bottlenecks.central": ("核心单位", "Most central unit"),
    "bottlenecks.details": ("明细（◆ 关键连接单位）", "Details (◆ key link)"),
    "bottlenecks.members_of": ("**协同组 {i}**（{n} 个单位）：{names}", "**Community {i}** ({n} units): {names}"),
    "bottlenecks.size": ("单位数", "Units"),
    "bottlenecks.alone": (
        "另有 {n} 个单位不与其他单位共担举措，不属于任何协同组",
        "Not in a community: {n} units sharing no measure with another unit",
    ),
    # --- deadlines
    "deadlines.title": ("时限", "Deadlines"),
    "deadlines.as_of": ("截至日期", "As of"),
    "deadlines.months": ("即将到期的月数", "Months ahead"),
    "deadlines.heatmap": ("单位 × 月份 到期举措数", "Measures due per unit and month"),
    "deadlines.no_dates": (
        "本方案的举措都没有写明到某月的完成时限（持续推进或未注明），没有可按月排列的举措。",
        "No measure of this plan names a month to be done by (ongoing or not stated): nothing to lay out by month.",
    ),
    "deadlines.overdue": ("时限已过", "Deadline passed"),
    "deadlines.overdue_note": (
        "完成时限早于截至日期的举措（原文写明已完成的除外）。时限已过不等于未完成。",
        "Measures whose deadline is before the as-of date (those the document states as done excepted). A "
        "passed deadline does not mean the measure is unfinished.",
    ),
    "deadlines.as_of_doc": ("{date}（文件印发日）", "{date} (date of issue)"),
    "deadlines.as_of_today": ("{date}（今天）", "{date} (today)"),
    "deadlines.heatmap_note": (
        "每格为该单位当月到期的举措数（牵头与配合）；“…”表示中间的月份没有到期举措。",
        "Each cell: measures the unit leads or supports that fall due that month; “…” marks months with none.",
    ),
    "deadlines.due_soon": ("即将到期", "Due soon"),
    "deadlines.none_overdue": ("截至该日期没有时限已过的举措。", "No deadline had passed by this date."),
    "deadlines.none_due": ("近期没有到期的举措。", "Nothing falls due in this window."),
    "deadlines.peak": ("各单位的高峰月份", "Each unit's peak month"),
    "deadlines.top_units": ("热力图显示的单位数", "Units in the heatmap"),
    "deadlines.unit_filter": ("只看某个单位", "Only one unit"),
    "deadlines.all_units": ("全部单位", "All units"),
    # --- reforms
    "reforms.title": ("改革事项", "Reform items"),
    "reforms.pick_reform": ("改革事项", "Reform item"),
    "reforms.pick_workplan": ("工作方案", "Workplan"),
    "reforms.filter": ("按关键词筛选", "Filter by keyword"),
    "reforms.no_match": ("没有符合条件的改革事项。", "No reform item matches."),
    "reforms.workplan_info": ("第 {start}–{end} 行", "Lines {start}–{end}"),
    "reforms.responsible": ("责任单位", "Responsible units"),
    "reforms.citations": ("引用的法规文件", "Cited laws and policies"),
    "reforms.districts": ("适用区县", "Districts"),
    "reforms.show_contacts": ("显示联系人姓名和电话", "Show contacts' names and phone numbers"),
    "reforms.contacts_hidden": (
        "联系人姓名和电话默认隐藏（与导出一致），打开上方开关可查看。",
        "Contacts' names and phone numbers are hidden by default (as in exports); the switch above shows them.",
    ),
    "reforms.measures": ("举措及其单位", "Measures and their units"),
    "reforms.none": ("无", "none"),
    # --- import
    "import.title": ("导入文档", "Import a document"),
    "import.help": (
        "上传 .docx、.doc、.wps、.rtf、.odt、.xlsx、.xls、.et、.ods、.csv、.xml、.pdf、.ofd、.html、.mht、.eml、.msg、.md 或 .txt 文件（最大 {mb} MB）。"
        "文件只在内存中由独立进程解析，不会写入磁盘；解析最长 {seconds} 秒。",
        "Upload a .docx, .doc, .wps, .rtf, .odt, .xlsx, .xls, .et, .ods, .csv, .xml, .pdf, .ofd, .html, .mht, .eml, .msg, .md or .txt file (at most {mb} MB). "
        "A separate process parses it in memory, never on disk, for at most {seconds} s.",
    ),
    "import.upload": ("选择文件", "Choose a file"),
    "import.parsing": ("正在解析 {name} …", "Parsing {name} …"),
    "import.error": ("无法导入：{reason}", "Cannot import: {reason}"),
    "import.error_detail": ("详情：{error}", "Details: {error}"),
    "import.reason.limit": (
        "文件超出读取上限，{what}不能超过 {maximum}。",
        "the file exceeds a reading limit: {what} at most {maximum}.",
    ),
    "import.reason.converter": (
        "读取旧版 Word/WPS 文件需要转换工具。请在服务器上安装 Debian 软件包 {package}（或 antiword），"
        "或在 Word/WPS 中另存为 .docx 后再上传。",
        "old Word/WPS files need a converter. Install the Debian package {package} (or antiword) on the server, "
        "or save the file as .docx in Word/WPS and upload that.",
    ),
    "import.reason.type": (
        "不支持此文件类型，可上传的类型：{types}。",
        "this file type is not supported; accepted types: {types}.",
    ),
    "import.reason.encoding": (
        "文件不是 UTF-8 或 GBK 编码的文本，请另存为 UTF-8 后再上传。",
        "the file is not UTF-8 or GBK text; save it as UTF-8 and upload it again.",
    ),
    "import.reason.columns": (
        "列名设置无法读取：请按“表头=角色”填写，以逗号分隔",
        "the column names cannot be read: write HEADER=ROLE items separated by commas",
    ),
    "import.reason.graph": (
        "这个 JSON 文件不是 ReformGraph 导出的图文件，原因见下。",
        "this JSON file is not a graph written by ReformGraph (reformgraph build --json); see below.",
    ),
    "import.reason.unreadable": (
        "无法从该文件中读出任务，原因见下。",
        "no tasks could be read from this file; see below.",
    ),
    "limit.file_bytes": ("文件大小（字节）", "file size in bytes"),
    "limit.unpacked_bytes": ("解压后的大小（字节）", "unpacked size in bytes"),
    "limit.zip_members": ("压缩包内的文件数", "files inside the package"),
    "limit.text_chars": ("文字总数", "characters of text"),
    "limit.line_chars": ("每行或每个单元格的字数", "characters per line or cell"),
    "limit.cells": ("表格单元格数", "table cells"),
    "limit.merged_cells": ("合并单元格覆盖的单元格数", "cells covered by merged ranges"),
    "limit.depth": ("嵌套层数", "levels of nesting"),
    "limit.pages": ("页数", "pages"),
    "limit.converter_seconds": ("格式转换时间（秒）", "conversion time in seconds"),
    "limit.seconds": ("解析时间（秒）", "parsing time in seconds"),
    "limit.memory": ("解析所用内存（MiB）", "parsing memory in MiB"),
    "limit.workers": ("同时解析的上传文件数", "uploads parsed at once"),
    "import.built": ("已从 {name} 构建图：{summary}", "Built a graph from {name}: {summary}"),
    "import.use": ("在各页面中使用此图", "Use this graph on every page"),
    "import.in_use": ("各页面正在使用导入的图。", "Every page now uses the imported graph."),
    "import.warnings": ("解析警告", "Parse warnings"),
    "import.columns": ("列名设置（表头无法识别时）", "Column names (for tables whose headers are not recognised)"),
    "import.columns_label": ("表头=角色，以逗号分隔", "HEADER=ROLE, separated by commas"),
    "import.columns_help": (
        "例如：主办=牵头,协办=配合,办结时间=时限；没有表头的表格按列号：2=任务,3=牵头。角色：任务、牵头、配合、责任、时限、序号、类别、内容、备注",
        "e.g. 主办=牵头,协办=配合,办结时间=时限; a table with no header row by column number: 2=任务,3=牵头. Roles: "
        "task, lead, support, responsible, deadline, number, section, detail, other (or 任务, 牵头, 配合 …)",
    ),
    "import.unresolved": ("别名表中没有的单位名称", "Unit names not in the alias table"),
    # --- 对比 Compare (two versions of a plan)
    "compare.title": ("对比", "Compare"),
    "compare.none": (
        "还没有旧版可对比：启动时加上旧版文件（reformgraph explore 新版 --compare 旧版），或在下面上传旧版文件。",
        "No earlier version to compare with: start with one (reformgraph explore NEW --compare OLD), or upload "
        "it below.",
    ),
    "compare.upload": ("上传旧版文件", "Upload the earlier version"),
    "compare.upload_help": (
        "格式与导入页相同，也可以是 ReformGraph 导出的图文件（.json）；最大 {mb} MB，解析限时 {seconds} 秒；"
        "文件只在本次会话中使用，不写入磁盘。",
        "The formats the Import page takes, or a graph written by reformgraph build --json (.json); up to {mb} MB, "
        "parsed within {seconds} s; kept in this session only, never written to disk.",
    ),
    "compare.replace": ("更换旧版", "Another earlier version"),
    "compare.drop": ("不再使用上传的旧版", "Stop using the uploaded version"),
    "compare.versions": ("旧版：{old} → 新版：{new}", "Earlier: {old} → later: {new}"),
    "compare.same": (
        "旧版和新版是同一份数据，没有变化可比。",
        "The earlier and the later version are the same data: nothing to compare.",
    ),
    "compare.unit": ("只看某个单位", "Only one unit"),
    "compare.all_units": ("全部单位", "All units"),
    "compare.m.matched": ("两版都有的举措", "In both"),
    "compare.m.added": ("新增举措", "Added"),
    "compare.m.removed": ("删除举措", "Removed"),
    "compare.m.roles": ("分工有变化", "Units changed"),
    "compare.m.slipped": ("时限推迟", "Slipped"),
    "compare.m.forward": ("时限提前", "Brought forward"),
    "compare.counts_note": (
        "举措按原文和单位配对，不看工作方案标题（旧版 {old} 项，新版 {new} 项）。"
        "工作方案改名 {renamed} 个、新增 {wp_added} 个、删除 {wp_removed} 个。表中“→”左边是旧版，右边是新版。",
        "Measures are paired by their text and units, not by workplan title (earlier {old}, later {new}). "
        "Workplans renamed {renamed}, added {wp_added}, removed {wp_removed}. In the tables, “→” reads earlier → later.",
    ),
    "compare.unit_note": (
        "{unit}：旧版牵头 {lead_old} 项、配合 {support_old} 项 → 新版牵头 {lead_new} 项、配合 {support_new} 项。"
        "除“两版都有的举措”外，数字和表格只计与该单位有关的行。",
        "{unit}: earlier {lead_old} led and {support_old} supported → later {lead_new} led and {support_new} "
        "supported. Except “In both”, figures and tables count the rows about this unit only.",
    ),
    "compare.roles": ("分工变化", "Lead and supporting units changed"),
    "compare.added": ("新增举措", "Measures added"),
    "compare.removed": ("删除举措", "Measures removed"),
    "compare.deadlines": ("时限变化", "Deadlines moved"),
    "compare.workplans": ("工作方案变化", "Workplans added, removed or renamed"),
    "compare.units": ("各单位任务量变化", "Units' load changed"),
    "compare.units_caption": (
        "按举措总数变化从大到小排列；只列有变化的单位。",
        "Largest change in measures first; only units whose measures changed.",
    ),
    "compare.old": ("旧版", "earlier"),
    "compare.new": ("新版", "later"),
    "compare.image": (
        "{unit}的对比图（两版各工作方案的牵头、配合举措数）",
        "{unit} in both versions (measures per workplan)",
    ),
    "compare.image_pick": (
        "选择一个单位后，可下载它在两版中的对比图（PNG、SVG、PDF），适合放进汇报材料。",
        "Choose a unit to download its comparison image (PNG, SVG, PDF) for a briefing.",
    ),
    "compare.texts_same": (
        "这些举措在两版中原文相同，原文与两版的行号如下。",
        "These measures read the same in both versions: their text, and their lines in each.",
    ),
    "compare.same_text": ("（与新版相同）", "(same)"),  # short: a text of no CJK is cut in its middle (ui.key_fitted)
    "compare.col.change": ("变化", "Change"),
    "compare.col.for_unit": ("本单位", "This unit"),
    "compare.col.new_text": ("新版原文", "Later text"),
    "compare.col.new_line": ("新版行号", "Later line"),
    "compare.col.lines": ("行号", "Lines"),
    "compare.col.old_text": ("旧版原文", "Earlier text"),
    "compare.col.old_line": ("旧版行号", "Earlier line"),
    "compare.col.old_document": ("旧版文件", "Earlier file"),
    "compare.col.lead": ("牵头单位", "Lead units"),
    "compare.col.support": ("配合单位变化", "Support"),  # short: its column may be 90 px
    "compare.col.support_gained": ("新增", "added"),
    "compare.col.support_lost": ("不再配合", "dropped"),
    "compare.moved": ("{old} → {new}", "{old} → {new}"),
    "compare.moved_short": ("{old}→{new}", "{old}→{new}"),  # dates and lines: narrow enough for a fixed column
    "compare.col.old_title": ("原标题", "Former title"),
    "compare.col.measures": ("举措数", "Measures"),
    "compare.col.lead_old_n": ("旧版牵头", "Led before"),
    "compare.col.lead_new_n": ("新版牵头", "Led now"),
    "compare.col.support_old_n": ("旧版配合", "Supported before"),
    "compare.col.support_new_n": ("新版配合", "Supported now"),
    "compare.col.delta": ("增减", "Change"),
    "compare.change.added": ("新增", "added"),
    "compare.change.removed": ("删除", "removed"),
    "compare.change.renamed": ("改名", "renamed"),
    "compare.uc.lead_gained": ("新牵头", "now leads"),
    "compare.uc.lead_lost": ("不再牵头", "handed over"),
    "compare.uc.support_gained": ("新配合", "now supports"),
    "compare.uc.support_lost": ("不再配合", "no longer supports"),
    "compare.uc.to_lead": ("配合转牵头", "now leads"),
    "compare.uc.to_support": ("牵头转配合", "now supports"),
    "compare.shift.slipped": ("推迟 {n} 个月", "{n} mo later"),  # short: a fixed column (English is never wrapped)
    "compare.shift.forward": ("提前 {n} 个月", "{n} mo earlier"),
    "compare.shift.slipped_days": ("同月内推迟", "days later"),
    "compare.shift.forward_days": ("同月内提前", "days earlier"),
    "compare.shift.undated_old": ("旧版未写", "none before"),
    "compare.shift.undated_new": ("新版未写", "none now"),
    # --- cypher
    "cypher.title": ("只读 Cypher 查询", "Read-only Cypher query"),
    "cypher.help": (
        "只允许读取；写入语句会被拒绝。结果最多 {limit} 行，超时 {timeout} 秒。",
        "Reads only; write clauses are refused. At most {limit} rows, {timeout} s timeout.",
    ),
    "cypher.query": ("查询语句", "Query"),
    "cypher.params": ("参数（JSON）", "Parameters (JSON)"),
    "cypher.run": ("运行", "Run"),
    "cypher.bad_params": ("参数不是有效的 JSON 对象：{error}", "Parameters are not a JSON object: {error}"),
    "cypher.rows": ("{n} 行", "{n} rows"),
    "cypher.truncated": ("仅显示前 {limit} 行。", "Only the first {limit} rows are shown."),
    "cypher.error": ("查询失败：{error}", "Query failed: {error}"),
    # --- supervision (督办): lights from the ledger (reformgraph.lights, docs/progress.md)
    "nav.supervision": ("督办", "Supervision"),
    "light.red": ("红", "Red"),
    "light.yellow": ("黄", "Yellow"),
    "light.green": ("绿", "Green"),
    "light.all": ("全部", "All"),
    "reason.done": ("已完成", "reported done"),
    "reason.plan_done": ("方案注明已完成", "done per the plan"),
    "reason.delayed": ("单位报告延期", "reported delayed"),
    "reason.overdue": ("已过截止日期", "past the deadline"),
    "reason.due_soon": ("临近截止日期", "deadline near"),
    "reason.on_schedule": ("未到截止日期", "deadline ahead"),
    "reason.recent": ("近期有更新", "updated recently"),
    "reason.stale": ("较久未更新", "not updated for a while"),
    "reason.silent": ("长期未更新", "not updated for long"),
    "reason.no_report": ("尚无进展报告", "no report yet"),
    "progress.not_started": ("未启动", "not started"),
    "progress.in_progress": ("推进中", "in progress"),
    "progress.done": ("已完成", "done"),
    "progress.delayed": ("已延期", "delayed"),
    "progress.long_term": ("长期推进", "long-term"),
    "progress.none": ("未填报", "not reported"),
    "col.light": ("亮灯", "Light"),
    "col.reason": ("原因", "Why"),
    "col.lead_unit": ("牵头单位", "Lead unit"),
    "col.progress": ("进展情况", "Progress"),
    "col.progress_status": ("填报状态", "Reported status"),
    "col.updated": ("更新日期", "Updated"),
    "col.total": ("合计", "Total"),
    "supervision.title": ("督办", "Supervision"),
    "supervision.as_of": ("截至日期", "As of"),
    "supervision.warn_days": ("临近截止（黄灯）天数", "Days before a deadline that turn yellow"),
    "supervision.stale_days": ("更新有效天数（无截止日期的举措）", "Days an update stays fresh (no deadline)"),
    "supervision.rule": (
        "绿：已完成，或截止日期在 {warn} 天以后；黄：截止日期在 {warn} 天以内；红：已过截止日期仍未完成，或单位报告已延期。"
        "没有截止日期的举措（长期推进、持续推进）看最近一次更新：{stale} 天内为绿，更早为黄，超过两倍天数为红，从未更新为黄。",
        "Green: done, or the deadline is more than {warn} days away; yellow: due within {warn} days; red: past the "
        "deadline and not done, or reported delayed. A measure without a deadline (long-term, ongoing) goes by its "
        "last update: within {stale} days green, older yellow, more than twice that red, never updated yellow.",
    ),
    "supervision.reported": ("已填报进展的举措", "Measures with reported progress"),
    "supervision.no_progress": (
        "图中还没有台账进展，亮灯只按完成时限判断。下载下方的台账发给各单位填写，填好后用命令 "
        "reformgraph ledger import 导入。",
        "The graph holds no ledger progress yet, so lights follow deadlines only. Download the ledger below for "
        "the units to fill in, then read it back with the command reformgraph ledger import.",
    ),
    "supervision.download": ("下载台账（Excel，按牵头单位分表）", "Download the ledger (Excel, a sheet per lead unit)"),
    "supervision.download_help": (
        "每项举措一行：进展情况、状态（下拉选择）、更新日期由各单位填写；已填报的进展会预先填入。",
        "One row per measure: units fill in progress, status (a drop-down) and date; progress already reported "
        "is filled in.",
    ),
    "supervision.table": ("各牵头单位亮灯情况（按红灯数排序）", "Lights per lead unit (most red first)"),
    "supervision.table_help": (
        "点击表中的数字，下方列出对应的举措。",
        "Click a number to list the measures behind it below.",
    ),
    "supervision.pick_unit": ("单位", "Unit"),
    "supervision.pick_light": ("亮灯", "Light"),
    "supervision.measures": ("{unit} · {light}：{n} 项举措", "{unit} · {light}: {n} measures"),
    "supervision.none": ("该单元格没有举措。", "No measure in this cell."),
    "unit.lights": ("督办亮灯（本单位牵头的举措）", "Lights (measures this unit leads)"),
    "unit.lights_caption": (
        "截至 {date}，规则与日期见督办页。",
        "As of {date}; the rule and the day are set on the Supervision page.",
    ),
    "unit.lights_list": ("红灯和黄灯举措", "Red and yellow measures"),
    "unit.no_lights": ("该单位没有牵头的举措。", "This unit leads no measure."),
}


def text(key: str, lang: str = DEFAULT_LANG, **fmt: object) -> str:
    """The label for ``key`` in ``lang`` (``zh`` or ``en``), formatted with ``fmt``.

    An unknown key raises KeyError: a missing label is a bug, not a fallback.
    """
    zh, en = TEXT[key]
    value = en if lang == "en" else zh
    if lang == "en":
        value = _singular(value, fmt)
    return value.format(**fmt) if fmt else value


def _singular(template: str, fmt: Mapping[str, object]) -> str:
    """``template`` with the English noun after each number that is 1 made singular ("1 rows" was shown
    under every table of one row cut short, "1 measures" for a town's units).

    >>> _singular("Download all {total} rows (CSV)", {"total": 1}), _singular("{n} units; {m} hops", {"n": 2, "m": 1})
    ('Download all {total} row (CSV)', '{n} units; {m} hop')

    A word may stand between the number and its noun ("1 shortest chains in all" under a chain):

    >>> _singular("{n} shortest chains in all.", {"n": 1}), _singular("{n} measures was imported", {"n": 1})
    ('{n} shortest chain in all.', '{n} measure was imported')
    """
    for name, value in fmt.items():
        if value == 1 and not isinstance(value, bool):
            template = re.sub(r"(\{" + re.escape(name) + r"\} (?:[a-z]+ )??[a-z]+?[^s])s\b", r"\1", template)
    return template


def warning_text(kind: str, params: tuple[tuple[str, str], ...], message: str, lang: str = DEFAULT_LANG) -> str:
    """A parse warning (``records.ParseWarning``: its ``kind``, ``params`` and English ``message``) worded in
    ``lang``; its own message when its kind has no text here.

    >>> warning_text("empty_lead", (("number", "3"),), "workplan 3: empty lead unit field", "zh")
    '工作方案 3：牵头单位一栏为空'
    >>> warning_text("", (), "something new", "zh")
    'something new'
    """
    key = f"warn.{kind}"
    return text(key, lang, **dict(params)) if key in TEXT else message


def kind_label(kind: str, lang: str = DEFAULT_LANG) -> str:
    """A node kind's label (the kind itself when unknown)."""
    key = f"kind.{kind}"
    return text(key, lang) if key in TEXT else kind


def rel_label(rel: str, lang: str = DEFAULT_LANG) -> str:
    """An edge relation's label (the relation itself when unknown)."""
    key = f"rel.{rel}"
    return text(key, lang) if key in TEXT else rel


def category_label(category: str | None, lang: str = DEFAULT_LANG) -> str:
    """A unit category's label."""
    key = f"category.{category or 'other'}"
    return text(key, lang) if key in TEXT else str(category)


def law_category_label(category: str | None, lang: str = DEFAULT_LANG) -> str:
    """A cited title's category (law, regulation, policy, list, form, other)."""
    key = f"lawcat.{category or 'other'}"
    return text(key, lang) if key in TEXT else str(category)


def status_label(status: str | None, lang: str = DEFAULT_LANG) -> str:
    """A measure status's label (``None`` reads as 'not stated')."""
    return text(f"status.{status or 'none'}", lang)


def role_label(role: str | None, lang: str = DEFAULT_LANG) -> str:
    """``lead`` / ``support`` as a label; other roles (分管领导 …) as written."""
    key = f"role.{role}"
    return text(key, lang) if key in TEXT else (role or "")


def current_lang() -> str:
    """The language chosen in the sidebar (``zh`` unless English is switched on)."""
    import streamlit as st

    return "en" if st.session_state.get("lang_en") else DEFAULT_LANG


def t(key: str, **fmt: object) -> str:
    """``text(key, current_lang(), **fmt)``: the label in the session's language."""
    return text(key, current_lang(), **fmt)


def sentences(*parts: str, lang: str | None = None) -> str:
    """Sentences run on as the language writes them: no space after "。" in Chinese, one in English.

    >>> sentences("本页不判断。", "见督办页。", lang="zh"), sentences("One.", "Two.", lang="en")
    ('本页不判断。见督办页。', 'One. Two.')
    """
    lang = lang or current_lang()
    return ("" if lang == "zh" else " ").join(p for p in parts if p)
