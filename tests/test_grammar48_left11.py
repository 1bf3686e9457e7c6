"""Round 48 (left11): text left-overs of rounds 44–47 (docs/loader.md, their "Left" lines)."""

from reformgraph.loaders.parse import parse_document
from tests.support.readings import plan_measures


def _read(text: str) -> list[tuple[int, list[str], list[str], str | None, str | None, str | None]]:
    return plan_measures(text, "x.txt")


def _roles(text: str, path: str = "x.txt") -> list[tuple[list[str], list[str]]]:
    return [(leads, supports) for _, leads, supports, *_ in plan_measures(text, path)]


def test_a_unit_label_with_its_person_in_half_width_brackets() -> None:
    # before, 主办单位(责任人)： was no label: no task (round 47 read the full-width （责任人） only)
    text = (
        "1．新能源汽车零部件产业园项目\n"
        "牵头单位(责任人)：县工业和信息化局(刘某某)\n配合单位(责任人)：县自然资源局(陈某)、县生态环境局(何某某)\n"
        "完成时限：2026年9月底前\n"
        "2．县城商贸综合体项目\n主办单位(负责人)：县商务局(黄某某)\n协办单位：县住房和城乡建设局\n"
        "3．文旅康养综合体项目\n责任单位(责任人)：县文化广电和旅游局(郑某某)、某某镇人民政府(孙某)\n"
    )
    assert [(line, leads, supports, date) for line, leads, supports, _, date, _ in _read(text)] == [
        (2, ["县工业和信息化局"], ["县自然资源局", "县生态环境局"], "2026-09"),
        (6, ["县商务局"], ["县住房和城乡建设局"], None),
        (9, ["县文化广电和旅游局", "某某镇人民政府"], [], None),
    ]
    [workplan] = parse_document(text, path="x.txt").workplans
    assert ("刘某某", "县工业和信息化局") in [(c.name, c.unit_raw) for c in workplan.contacts]


def test_a_half_width_person_field_is_read_only_after_a_units_label() -> None:
    # a guard: (负责人) after no unit label's noun, or with no colon after it, is left as written
    text = "1.推进改革。（市发展改革委牵头）\n2.建立台账。各单位(负责人)要每月报送进展。\n"
    assert _roles(text) == [(["市发展改革委"], [])]


def test_chengban_after_a_zhuban_clause_is_a_partner() -> None:
    # chosen (SPEC.md: the units carrying the task out support); before, 各区 was lost in prose and read as
    # 各乡镇人民政府承办 in a bracket
    text = (
        "1.举办读书节。市委宣传部主办，各区承办，2026年4月底前完成。\n"
        "2.举办艺术节。由市文化广电旅游局主办，市文联协办，各区人民政府承办，2026年9月底前完成。\n"
        "3.举办运动会。（县体育事业发展中心主办，各乡镇人民政府承办，2026年10月底前完成）\n"
        "4.开展读书活动。市教育局主办，团市委、市图书馆承办。\n"
    )
    assert [(leads, supports, date) for _, leads, supports, _, date, _ in _read(text)] == [
        (["市委宣传部"], ["各区"], "2026-04"),
        (["市文化广电旅游局"], ["市文联", "各区人民政府"], "2026-09"),
        (["县体育事业发展中心"], ["各乡镇人民政府"], "2026-10"),
        (["市教育局"], ["团市委", "市图书馆"], None),
    ]


def test_chengban_alone_leads() -> None:
    # the task's only role: the unit leads (before, 市直机关工委承办 was read as one lead's name);
    # a guard: an organiser in a noun phrase (由A承办的…大赛) is no task
    text = (
        "1.举办读书分享会。每季度举办一期，由市直机关工委承办，市级各部门配合。\n"
        "2.举办技能大赛。2026年5月，由市总工会承办的劳动技能大赛在市体育中心举行。\n"
    )
    assert [(leads, supports, status) for _, leads, supports, _, _, status in _read(text)] == [
        (["市直机关工委"], ["市级各部门"], "ongoing")
    ]


def test_a_legend_naming_bold_as_jiahei_or_heiti() -> None:
    # before, only 加粗/粗体/标粗 legends were looked for: every listed unit led
    text = (
        "（注：责任单位中字体加黑的为牵头单位，其余为配合单位）\n"
        "1. 深化改革。\n   责任单位：**区政务服务管理局**、区市场监管局\n"
        "2. 推行免申即享。\n   责任单位：**区发展改革委**、**区财政局**、区税务局\n"
        "3. 清理拖欠账款。\n   责任单位：区工业和信息化局、区财政局\n"
    )
    assert _roles(text, "x.md") == [
        (["区政务服务管理局"], ["区市场监管局"]),
        (["区发展改革委", "区财政局"], ["区税务局"]),
        (["区工业和信息化局", "区财政局"], []),
    ]
    table = (
        "说明：责任单位中用黑体字标注的为牵头单位，其余为配合单位。\n\n"
        "| 序号 | 项目名称 | 责任单位 | 完成时限 |\n| --- | --- | --- | --- |\n"
        "| 1 | 城区学位扩容 | **县教育局**、县住房和城乡建设局 | 2026年8月底前 |\n"
    )
    assert _roles(table, "x.md") == [(["县教育局"], ["县住房和城乡建设局"])]


def test_hei_elsewhere_is_no_legend() -> None:
    # a guard: 黑名单 is no legend; bold units with no legend all lead, as before
    text = (
        "1. 将失信经营者纳入“黑名单”。\n   责任单位：**区市场监管局**、区发展改革委\n"
        "2. 整治黑臭水体，加黑色标识。\n   责任单位：**区生态环境局**、区水务局\n"
    )
    assert _roles(text, "x.md") == [(["区市场监管局", "区发展改革委"], []), (["区生态环境局", "区水务局"], [])]


def test_an_event_named_in_hui_is_no_unit() -> None:
    # before, （四）社区运动会 under a 任务分工 heading was read as the unit of the paragraph under it
    text = (
        "# 某街道方案\n\n## 二、主要活动和任务分工\n\n### （一）邻里美食汇\n\n举办美食展示活动。\n\n"
        "牵头科室：党群工作办公室\n\n### （二）社区运动会\n\n以社区为单位组队，设置趣味跳绳项目。"
        "由街道文化站承办，各社区居委会组织报名，2026年10月底前完成。\n"
    )
    assert [(line, leads, supports) for line, leads, supports, *_ in plan_measures(text, "x.md")] == [
        (9, ["党群工作办公室"], []),
        (13, ["街道文化站"], ["各社区居委会"]),
    ]


def test_a_body_in_hui_still_introduces_its_duties() -> None:
    # a guard: 居委会, 工商联合会 are bodies
    text = "# 某区方案\n\n## 三、职责分工\n\n（一）区工商联合会\n\n负责组织民营企业参与…。\n"
    assert _roles(text, "x.md") == [(["区工商联合会"], [])]


def test_a_post_in_brackets_after_a_unit_is_its_contact() -> None:
    # before, 各社区居委会(各社区书记) was one partner's name
    text = (
        "1.楼道文化创建。\n牵头科室（责任人）：社会事务办公室（钱某某）\n"
        "配合单位（责任人）：各社区居委会（各社区书记）、某某派出所（所长）\n"
        "2.交通组织。（市交通委（计划财务处）负责）\n"
    )
    assert _roles(text) == [
        (["社会事务办公室"], ["各社区居委会", "某某派出所"]),
        (["市交通委（计划财务处）"], []),
    ]


def test_how_a_further_unit_does_its_share_before_its_verb() -> None:
    # 加密, 统筹, 跟踪 between a unit's name and its oversight verb (as 每月, 汛期 since round 47); before, lost
    text = (
        "1.落实巡河责任。各乡镇（街道）负责辖区河段巡查，县河长办汛期加密调度。\n"
        "2.强化值守。县水利局负责，县应急管理局统筹调度。\n"
        "3.督办落实。县发展改革局负责，县委督查室跟踪督查。\n"
    )
    assert _roles(text) == [
        (["各乡镇（街道）"], ["县河长办"]),
        (["县水利局"], ["县应急管理局"]),
        (["县发展改革局"], ["县委督查室"]),
    ]


def test_a_lead_that_coordinates_keeps_leading() -> None:
    # a guard: 统筹 closing the lead's own clause is its role (round 44), not a partner's manner
    text = "1.推进改革。县发展改革局统筹，县财政局、县住建局各司其职。\n"
    assert _roles(text) == [(["县发展改革局"], ["县财政局", "县住建局"])]


def test_daily_work_in_the_sentence_naming_the_units() -> None:
    # 每日 / 每天 open a clause of recurring work as 每月 does (round 46 read them in the task's words, not here),
    # and a partner's clause with its period (各乡镇每日巡查); before, no deadline
    text = (
        "1.强化值守。对险工险段落实专人值守，实行全天候巡堤查险。县水利局负责，各乡镇配合，每日巡查。\n"
        "2.强化值守。对险工险段落实专人值守，实行全天候巡堤查险。县水利局负责，各乡镇每日巡查。\n"
        "3.督查整改。对问题实行清单管理，逐项销号。县住建局牵头，县城管局每周通报进展。\n"
    )
    assert [(raw, status) for *_, raw, _, status in _read(text)] == [
        ("每日", "ongoing"),
        ("每日", "ongoing"),
        ("每周", "ongoing"),
    ]


def test_a_rate_per_day_is_no_schedule() -> None:
    # a guard: an amount per person per day names no schedule
    text = "1.发放补贴。对困难群众发放临时救助，标准统一。县民政局负责，县财政局配合，每人每天补助50元。\n"
    assert [(raw, status) for *_, raw, _, status in _read(text)] == [(None, None)]


def test_chengban_after_any_leads_clause_and_a_further_units_dubian() -> None:
    # found by the round's check plan 10: 由A组织，B、C承办 (before, B and C lost); B跟踪督办 after A负责 (before, lost)
    text = (
        "1.燃气安全宣传。开展宣传进社区活动。由县委宣传部组织，县住房和城乡建设局、县燃气公司承办，持续推进。\n"
        "2.执法检查。对违法违规问题依法查处。县综合行政执法局负责，县住房和城乡建设局跟踪督办，2026年12月底前完成。\n"
    )
    assert _roles(text) == [
        (["县委宣传部"], ["县住房和城乡建设局", "县燃气公司"]),
        (["县综合行政执法局"], ["县住房和城乡建设局"]),
    ]


def test_a_dubanshi_is_a_name() -> None:
    # a guard: 督办室 ends a body's name, no verb inside it
    text = "1.督办落实。县发展改革局负责，县政府督办室每月通报进展。\n"
    assert _roles(text) == [(["县发展改革局"], ["县政府督办室"])]
