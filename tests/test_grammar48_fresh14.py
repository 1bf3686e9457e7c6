"""Round 48 (fresh14): plans of kinds not yet met (docs/loader.md, round 48's fresh14)."""

from reformgraph.loaders.deadlines import parse_deadline
from reformgraph.loaders.text_deadlines import text_deadline
from reformgraph.loaders.unit_names import is_unit_name
from tests.support.readings import plan_measures


def _read(text: str, path: str = "x.md") -> list[tuple[int, list[str], list[str], str | None, str | None, str | None]]:
    return plan_measures(text, path)


def _units(text: str) -> list[tuple[list[str], list[str]]]:
    return [(leads, supports) for _, leads, supports, *_ in _read(text)]


_PLAN = "# 某某县2026年工作方案\n\n## 一、重点任务\n\n"


def test_a_joint_meetings_office_is_no_task() -> None:
    # before, 县公安局 led a task made of the 工作要求 paragraph
    text = (
        _PLAN + "1. 开展专项行动。（县公安局牵头，县人民法院配合）\n\n## 二、工作要求\n\n"
        "各成员单位要按照职责分工抓好落实。县打击治理电信网络诈骗违法犯罪工作联席会议办公室设在县公安局，"
        "负责日常工作的统筹协调和督导检查。\n"
    )
    assert [line for line, *_ in _read(text)] == [5]
    # a guard: the body hosting a standing committee's office still does its work (round 38)
    hosted = (
        _PLAN + "1. 开展专项行动。（县公安局牵头）\n\n2. 强化监管。县安委会办公室设在县应急管理局，负责统筹协调。\n"
    )
    assert _units(hosted) == [(["县公安局"], []), (["县应急管理局"], [])]


def test_every_few_years_recurs() -> None:
    # before, 每两年 was no recurring time, in a task's words or a field
    text = _PLAN + "2.完善名录体系。每两年开展一次市级项目评审认定。（责任单位：市文化广电旅游局）\n"
    assert [(raw, date, status) for *_, raw, date, status in _read(text)] == [("每两年", None, "ongoing")]
    assert parse_deadline("每三年", 2026).status == "ongoing"
    # guards: an amount per year is none; a span to finish in is a date
    assert text_deadline("加强传承人队伍建设。每人每两年补助5000元。").status is None
    assert parse_deadline("分两年完成", 2026).date == "2027-12"


def test_a_field_saying_throughout_is_ongoing() -> None:
    # before, 全程 in a 时间节点 column had no status
    assert (parse_deadline("全程", 2026).status, parse_deadline("全过程", 2026).status) == ("ongoing", "ongoing")
    assert parse_deadline("全程电子化", 2026).status is None  # a guard: a word that only opens with it


def test_a_unit_working_on_something_opens_the_body_after_a_title() -> None:
    # before, A对…实行… (no verb the item's units were known by) read no task, and the plan was refused
    text = (
        _PLAN + "8. 落实劝阻预警快速响应。县反诈中心对预警信息实行“15分钟见面劝阻”，各乡镇人民政府负责组织村（社区）"
        "干部、网格员开展入户劝阻，常态化推进。\n"
    )
    assert _units(text) == [(["县反诈中心"], ["各乡镇人民政府"])]
    # a named unit's later 负责 clause leads beside it, as before (round 40)
    named = _PLAN + "1. 加强资金监管。县财政局对项目资金实行专户管理，县审计局负责资金监管。\n"
    assert _units(named) == [(["县财政局", "县审计局"], [])]
    # a guard: a 对 inside a name ends no name (the verb after the longest list of names wins)
    outward = _PLAN + "1. 扩大对外投资。商务部对外投资和经济合作司开展境外投资备案，2026年6月底前完成。\n"
    assert _units(outward) == [(["商务部对外投资和经济合作司"], [])]


def test_a_years_count_is_no_deadline() -> None:
    # before, ，2026年组织…不少于100场次 was due in December
    text = "支持企业参加境外展会。对企业参展给予补助，2026年组织企业参加境外重点展会不少于100场次。"
    assert text_deadline(text, plan_year=2026).date is None
    # a guard: what is done in that year stays due then (round 40)
    assert text_deadline("聚焦功能区，2021年组织开展“回头看”。").date == "2021-12"


def test_what_is_reported_every_quarter_recurs() -> None:
    # before, the recurring time after what is reported (督导情况每季度…) was no status
    text = (
        _PLAN + "1. 推进改革。（县发改局负责）\n\n## 三、保障措施\n\n各乡镇、各有关部门要把农村供水保障作为民生实事，"
        "主要负责同志亲自研究部署，确保各项任务落到实处。县水利局要会同县政府督查室定期开展督导，督导情况每季度通报一次。\n"
    )
    assert [(raw, status) for *_, raw, _, status in _read(text)][1] == ("每季度", "ongoing")
    # a guard: a report with no time is none
    plain = text.replace("督导情况每季度通报一次", "督导情况纳入年度考核")
    assert [(raw, status) for *_, raw, _, status in _read(plain)][1] == (None, None)


def test_the_telecom_operators_by_their_short_names() -> None:
    # before, 电信、移动 were no units, and the item read no task
    assert is_unit_name("电信") and is_unit_name("中国移动")
    assert not is_unit_name("电信网络") and not is_unit_name("移动支付")  # guards
    text = (
        _PLAN + "4. 强化电话卡风险管控。电信、移动、联通某某分公司负责落实实名制登记和“一证通查”要求，"
        "对涉诈高风险号码及时开展复核处置，县工业和信息化局督促指导。\n"
    )
    # the guide closing the sentence after the doers' duties leads, the doers support (round 45's reading)
    assert _units(text) == [(["县工业和信息化局"], ["电信", "移动", "联通某某分公司"])]


def test_a_guide_closing_the_sentence_after_the_doers_duties() -> None:
    # before, a clause between the doer's and the guide's made the guide a partner
    text = _PLAN + "1. 强化管控。县公安局负责落实实名制登记要求，对高风险号码开展复核处置，县工业和信息化局督促指导。\n"
    assert _units(text) == [(["县工业和信息化局"], ["县公安局"])]
    # a guard: a last clause guiding with no unit of its own adds none
    plain = _PLAN + "1. 强化管控。县公安局负责落实实名制登记要求，对高风险号码开展复核处置，加强业务指导。\n"
    assert _units(plain) == [(["县公安局"], [])]
