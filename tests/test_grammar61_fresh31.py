"""Round 61 (fresh31): lists of work to be handled that offices publish as plans, 整改清单 and 办理分工 (a 巡察整改 清单,
a 督察整改 方案, an 审计整改 分工 .docx, a 人大代表建议 and a 政协提案 交办, a 民生实事 plan with quarters, a 营商环境
问题清单 in prose, a 镇's 走访问题 清单), read by hand before the parser ran (docs/round61_fresh31.md)."""

from __future__ import annotations

from reformgraph.loaders.assignments import after_measure_label
from reformgraph.loaders.deadlines import parse_deadline
from reformgraph.loaders.parse import parse_document
from reformgraph.loaders.vocab import LABEL_ROLES
from tests.support.readings import task_rows


def _rows(text: str) -> list[tuple[str, list[str], list[str], str | None]]:
    return task_rows(parse_document(text, path="plan.txt"))


# ---- a 督察整改 plan's 配合责任单位 beside its 牵头责任单位 ----------------------------------------------------------------

_ECO = (
    "某市贯彻落实省生态环境保护督察反馈意见整改方案\n\n二、整改任务\n\n"
    "1．部分园区挥发性有机物治理不到位。\n"
    "牵头责任单位：市生态环境局\n"
    "{label}：市工业和信息化局，有关县（市、区）人民政府\n"
    "整改时限：2026年9月底前\n\n"
    "2．城区污水管网混接。\n牵头责任单位：市住房和城乡建设局\n整改时限：2026年底前\n"
)


def test_a_partner_label_of_a_rectification_plan_names_the_supporting_units() -> None:
    assert LABEL_ROLES["配合责任单位"] == "support"
    assert _rows(_ECO.format(label="配合责任单位"))[0][1:3] == (
        ["市生态环境局"],
        ["市工业和信息化局", "有关县（市、区）人民政府"],  # before: none (the label unknown, its line no field)
    )
    # guard: the 协同责任单位 of round 58 as before
    assert _rows(_ECO.format(label="协同责任单位"))[0][2] == ["市工业和信息化局", "有关县（市、区）人民政府"]


# ---- an 审计整改 table's 督促整改单位 -------------------------------------------------------------------------------

_AUDIT = (
    "某县审计查出问题整改分工方案\n\n"
    "| 序号 | 审计查出的问题 | 整改责任单位 | {column} | 整改时限 |\n| --- | --- | --- | --- | --- |\n"
    "| 1 | 部分非税收入未及时缴库 | 县自然资源局 | 县财政局 | 2026年4月30日前 |\n"
    "| 2 | 专项债券资金闲置 | 县发展和改革局 | 县审计局、县财政局 | 2026年9月底前 |\n"
)


def test_the_unit_urging_the_rectification_supports_the_unit_that_rectifies() -> None:
    rows = task_rows(parse_document(_AUDIT.format(column="督促整改单位"), path="plan.md"))
    # before: 督促整改单位 no role's column, its units leading beside the rectifying unit
    assert [(leads, supports) for _, leads, supports, _ in rows] == [
        (["县自然资源局"], ["县财政局"]),
        (["县发展和改革局"], ["县审计局", "县财政局"]),
    ]


def test_the_unit_urging_the_rectification_alone_leads() -> None:
    text = "某县整改清单\n\n1．非税收入未及时缴库。\n督促整改单位：县财政局\n整改时限：2026年4月30日前\n"
    assert _rows(text)[0][1:3] == (["县财政局"], [])  # as 监管部门 alone (round 56)


def test_a_kind_of_body_given_a_label_with_为_names_no_unit() -> None:
    text = (
        "某县审计整改方案\n\n一、整改原则\n\n被审计单位为整改责任单位，承担整改主体责任；主管部门为督促整改单位，承担督促整改"
        "责任，指导和督促被审计单位按期完成整改；县审计局负责跟踪检查整改情况。\n"
    )
    # before: 督促整改单位, 承担督促整改责任 and 指导和督促… led (主管部门为… read as the label 主管部门 and its units)
    assert _rows(text)[0][1:3] == (["县审计局"], [])
    # guard: a label written with 为 before a unit's name is its colon (round 40)
    text = "某县方案\n\n一、任务\n\n1．推进整改。此项工作的主管部门为县财政局，配合单位为县审计局。\n"
    assert _rows(text)[0][1:3] == (["县财政局"], ["县审计局"])


# ---- a 交办's 分办 written out: A、B分别办理 ---------------------------------------------------------------------------

_PROPOSALS = "某县政协提案交办分工意见\n\n二、一般提案\n\n{items}\n\n某县人民政府办公室\n2026年3月6日\n"


def test_units_each_handling_a_proposal_apart_lead_it() -> None:
    items = (
        "4．关于规范农村建房管理的提案（第22号）。县自然资源局、县住房和城乡建设局分别办理，各自答复提案人，"
        "办复时限为2026年7月底前。\n\n5．关于发展民宿的提案（第53号）。由县文化旅游局主办，县市场监督管理局会办，2026年8月底前办复。"
    )
    rows = _rows(_PROPOSALS.format(items=items))
    # before: the first item named no unit (分别办理 no role verb, its paragraph no word of an assignment)
    assert [(leads, supports, date) for _, leads, supports, date in rows] == [
        (["县自然资源局", "县住房和城乡建设局"], [], "2026-07"),
        (["县文化旅游局"], ["县市场监督管理局"], "2026-08"),
    ]


def test_a_unit_handling_its_own_papers_apart_is_no_assignment() -> None:
    items = (
        "4．关于规范农村建房管理的提案（第22号）。各乡镇分别办理有关手续，办复时限为2026年7月底前。\n\n"
        "5．关于发展民宿的提案（第53号）。由县文化旅游局主办，县市场监督管理局会办，2026年8月底前办复。"
    )
    assert [leads for _, leads, _, _ in _rows(_PROPOSALS.format(items=items))] == [["县文化旅游局"]]


# ---- a 问题清单's 整改要求: the measure's label, and its fields alone ------------------------------------------------

_PROBLEMS = (
    "某市2026年营商环境突出问题整改清单\n\n"
    "　　问题一：企业开办平台与社保登记系统未打通。\n"
    "　　整改要求：此项由市市场监督管理局牵头负责，市数据局配合，打通数据共享，2026年5月底前完成。\n\n"
    "　　问题二：施工图审查与消防设计审查分头进行。\n"
    "　　整改要求：责任部门为市住房和城乡建设局，市消防救援支队协助，推行施工图联合审查，6月底前完成系统改造。\n\n"
    "　　问题三：不动产登记与水电气过户联动覆盖面不广。\n"
    "　　整改要求：牵头部门：市自然资源和规划局；协同部门：市水务集团有限公司；完成时限：2026年9月30日。\n\n"
    "　　联系人：市营商办 冯某某，电话：13955082716\n"
)


def test_a_measures_label_is_no_part_of_its_words() -> None:
    text, leads, supports, date = _rows(_PROBLEMS)[0]
    assert text.startswith("此项由市市场监督管理局")  # before: 整改要求：此项由…
    assert (leads, supports, date) == (["市市场监督管理局"], ["市数据局"], "2026-05")


def test_a_measure_written_as_its_fields_alone_is_the_problem_above_it() -> None:
    rows = _rows(_PROBLEMS)
    # before: 问题二 and 问题三 named no unit (the fields after 整改要求： no fields; 推行… read as a unit once they were)
    assert [(text[:8], leads, supports, date) for text, leads, supports, date in rows[1:]] == [
        ("施工图审查与消防", ["市住房和城乡建设局"], ["市消防救援支队"], "2026-06"),
        ("不动产登记与水电", ["市自然资源和规划局"], ["市水务集团有限公司"], "2026-09-30"),
    ]
    assert after_measure_label("整改要求：牵头部门：A", 0, 5)
    # guards: another paragraph's label (工作要求：) is no measure's, and a measure's label alone is none either
    assert not after_measure_label("工作要求：牵头部门：A", 0, 5)
    assert not after_measure_label("：牵头部门：A", 0, 1)


# ---- a start at a quarter or a half year is no deadline -----------------------------------------------------------


def test_a_start_at_a_quarter_or_half_year_goes_on() -> None:
    assert parse_deadline("2026年第二季度起执行并长期坚持", 2026).status == "ongoing"  # before: 2026-06
    assert parse_deadline("2026年下半年起全面推行", 2026).status == "ongoing"
    # guards: a quarter alone, a span from a quarter, and a quarter's start of a pilot stay dates
    assert parse_deadline("2026年第二季度", 2026).date == "2026-06"
    assert parse_deadline("2026年第二季度起至年底", 2026).date == "2026-12"
    text = "某市整改清单\n\n一、整改任务\n\n1．提高预付款比例。市财政局负责，督促各采购人执行，2026年第二季度起执行并长期坚持。\n"
    assert _rows(text)[0][3] is None  # in a task's words too (before: 2026-06)
