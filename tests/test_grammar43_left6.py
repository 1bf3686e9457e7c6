"""Round 43 (left6): the ways of writing round 43's first wave saw and left."""

import random

from reformgraph.loaders import assignments as idx
from reformgraph.loaders.parse import parse_document
from reformgraph.loaders.source import Source
from tests import test_idx21_fast_paths as fast
from tests.support.readings import plan_unit_lines


def _deadlines(text: str) -> list[tuple[int, str | None, str | None, str | None]]:
    document = parse_document(text, path="x.txt")
    return [
        (m.line, m.deadline.raw, m.deadline.date, m.deadline.status) for w in document.workplans for m in w.measures
    ]


_PROPOSALS = (
    "关于印发代表建议交办清单的通知\n\n"
    "| 序号 | 建议题目 | 领衔代表 | 主办单位 | 协办单位 |\n"
    "| --- | --- | --- | --- | --- |\n"
    "| 23 | 关于改善乡镇卫生院医疗条件的建议 | 周国强 | 牵头：县卫生健康局 | 配合：县医疗保障局 |\n"
    "| 31 | 关于规范城区占道经营的建议 | 张丽 | 分办：县城市管理局、县市场监督管理局 |  |\n"
    "| 36 | 关于加快农村公路提档升级的建议 | 刘伟 | 主办：县交通运输局 | 会办：县财政局、各乡镇人民政府 |\n"
)


def test_a_split_proposal_is_led_by_every_unit_it_is_split_to() -> None:
    # 分办：A、B in a 主办单位 cell: each unit handles and answers it alone, so each leads (before, 分办：A read as a
    # name); the cells' own 牵头：/配合： and 主办：/会办： labels name the roles of their columns (read before too)
    assert plan_unit_lines(_PROPOSALS) == [
        (5, ["县卫生健康局"], ["县医疗保障局"]),
        (6, ["县城市管理局", "县市场监督管理局"], []),
        (7, ["县交通运输局"], ["县财政局", "各乡镇人民政府"]),
    ]


def test_the_index_reads_a_dated_list_closed_by_a_full_stop_or_work_that_goes_on_as_the_old_loop() -> None:
    # the reader ends a list of units at 。 and reads 按照…/随时/每周 as work that goes on; the index's filters dropped
    # those brackets, so the index and the old loop disagreed (round 43: seeds of test_idx21 with 分办 a label)
    for inner in (
        "：为责任部门协助科股室：。持续推进整改时限:会同整改责任部门:实施部门：会办科股室：配合检查部门：组织落实",
        "负责处科室：;按照职责分工数据提供单位:需求部门:",
        "县应急管理局。6月底前",
        "县应急管理局，每周",
    ):
        fast._check(f"1. 建设平台（{inner}）。\n2. 开展排查（{inner}）；")


def test_the_random_documents_of_the_mix_read_as_the_old_loop_with_the_split_label() -> None:
    for seed in (252, 341):
        text = fast._document(random.Random(seed))
        assert (
            idx.index_assignments(Source.from_text(text)).found == fast._reference_found(Source.from_text(text).text)[0]
        )


def test_an_agreed_item_of_minutes_is_led_by_the_unit_that_issues_it_by_procedure() -> None:
    # 会议原则同意《…》，由A按程序印发实施 / 按规定拨付 / 根据会议意见修改完善: A does the task (before, no task: only
    # 由A按程序办理 was read, round 35)
    text = (
        "市政府常务会议纪要\n\n"
        "一、会议原则同意《某市城市道路挖掘管理办法（修订）》，由市政府办公室按程序印发实施。\n"
        "二、会议原则同意《某市最低生活保障实施细则》，由市民政局根据会议意见修改完善后，按程序报市政府审定后印发。\n"
        "三、会议原则同意城市更新项目资金安排方案，由市财政局按规定拨付资金。\n"
        "四、会议研究了《某市政府投资项目管理办法》（送审稿），原则同意，由市发展改革委按照程序印发实施。\n"
    )
    assert plan_unit_lines(text) == [
        (3, ["市政府办公室"], []),
        (4, ["市民政局"], []),
        (5, ["市财政局"], []),
        (6, ["市发展改革委"], []),
    ]


def test_a_kind_of_body_with_a_role_verb_of_its_own_leads_the_item() -> None:
    # 县级公立医院牵头，基层医疗卫生机构参与 / 乡镇卫生院负责，村卫生室配合: a sector plan names who does the work by the
    # kind of body (before, since round 43's 县级医院 is a kind, the item was left out); a sentence naming a 医共体's
    # 成员单位 still says how it is made (tests/test_grammar43_fresh6.py), and 中小学校要… is still no subject
    text = (
        "二、重点任务\n"
        "5.推进分级诊疗。县级公立医院牵头，基层医疗卫生机构参与，建立双向转诊机制。\n"
        "6.推进家庭医生签约服务。乡镇卫生院负责，村卫生室配合，重点人群签约覆盖率达到75%。\n"
        "7.规范基层慢病管理。基层医疗卫生机构负责，县疾控中心配合，规范管理率达到65%以上。\n"
        "8.组建医共体。由县级医院牵头，其他若干家县级医疗卫生机构及乡镇卫生院为成员单位。\n"
        "9.落实陪餐制度。中小学校要落实负责人陪餐制度。\n"
    )
    assert plan_unit_lines(text) == [
        (2, ["县级公立医院"], ["基层医疗卫生机构"]),
        (3, ["乡镇卫生院"], ["村卫生室"]),
        (4, ["基层医疗卫生机构"], ["县疾控中心"]),
    ]


def test_a_yearless_quarter_or_a_point_of_the_year_before_what_is_reached_then_is_the_deadline() -> None:
    # Q3上线运行 / Q4实现全覆盖 / 三季度试行: the quarter of the plan's year the work is done in (before, only before
    # 完成/建成/办结); 年中参保率达到95%，年底达到98%: targets at two points, the later the deadline (before, none);
    # a start (三季度启动) and a year-end activity (年末检查) are still none
    text = (
        "某区2025年优化营商环境工作要点\n\n"
        "1.推进企业开办“一网通办”，Q3上线运行。（牵头单位：区市场监管局）\n"
        "2.推行惠企政策“免申即享”，Q4实现全覆盖。（牵头单位：区发展改革局）\n"
        "3.推进低风险项目审批改革，三季度试行。（牵头单位：区住房城乡建设局）\n"
        "4.推进全民参保计划，城乡居民医保年中参保率达到95%，年底达到98%。（牵头单位：区医保局）\n"
        "5.推进数据共享，三季度启动。（牵头单位：区数据局）\n"
        "6.开展年末检查。（牵头单位：区财政局）\n"
    )
    assert _deadlines(text) == [
        (3, "Q3", "2025-09", "scheduled"),
        (4, "Q4", "2025-12", "scheduled"),
        (5, "三季度", "2025-09", "scheduled"),
        (6, "年中；年底", "2025-12", "scheduled"),
        (7, None, None, None),
        (8, None, None, None),
    ]


def test_two_departments_signing_side_by_side_are_both_the_issuer() -> None:
    # 某市民政局　　　某市财政局 over the date: before, the issuer 某市民政局某市财政局 (one name run together)
    text = (
        "关于做好2021年困难群众基本生活保障工作的通知\n\n"
        "一、开展专项检查。2021年10月底前完成。（牵头单位：市民政局；配合单位：市财政局）\n\n"
        "某市民政局　　　某市财政局\n\n"
        "2021年4月16日\n"
    )
    assert parse_document(text, path="x.txt").issuer == "某市民政局、某市财政局"


def test_four_departments_signing_two_a_line_are_all_the_issuer() -> None:
    text = (
        "关于推进紧密型县域医共体建设的通知\n\n"
        "一、推进医保支付方式改革。（牵头单位：省医保局）\n\n"
        "某省卫生健康委员会　　某省医疗保障局\n\n"
        "某省财政厅　　某省人力资源和社会保障厅\n\n"
        "2023年12月20日\n"
    )
    assert (
        parse_document(text, path="x.txt").issuer
        == "某省卫生健康委员会、某省医疗保障局、某省财政厅、某省人力资源和社会保障厅"
    )


def test_an_amount_per_month_is_no_recurring_work() -> None:
    # 每人每月730元: a standard of money per month (before, read as work done every month, ongoing); 每季度开展 and
    # 每月5日前报送 still are
    text = (
        "一、提高保障标准。城乡低保标准分别提高到每人每月730元和560元，2021年7月1日起执行。（责任单位：市民政局）\n"
        "二、加强动态监测。每季度开展一次数据比对。（责任单位：市民政局）\n"
    )
    assert _deadlines(text) == [(1, None, None, None), (2, "每季度", None, "ongoing")]
