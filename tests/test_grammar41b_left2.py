"""Round 41, second wave: the ways of writing round 41's first wave saw and left (docs/loader.md, Round 41,
"Left"), written as offices write them (the plans under /work/scratch/r41b_left2 read by hand first)."""

from __future__ import annotations

from tests.support.readings import plan_units as _units
from tests.support.readings import written_plan_deadlines


def test_a_field_written_bare_before_a_shared_department_after_hui_tong_supports():
    """``要会同同级财政、发展改革部门`` (同级财政 is the finance department of the same level: the 部门 closing the
    list is every field's): before, the whole list of partners was lost."""
    plan = (
        "关于推进基本养老服务体系建设的实施意见\n\n"
        "（一）制定服务清单。各设区市民政部门要会同同级财政、发展改革部门，于2023年12月底前制定本地清单。\n\n"
        "（二）统筹设施布局。各县（市、区）民政部门要会同同级住建、卫健部门，统筹规划养老服务设施布局。\n"
    )
    assert _units(plan) == [
        (["各设区市民政部门"], ["同级财政", "发展改革部门"]),
        (["各县（市、区）民政部门"], ["同级住建", "卫健部门"]),
    ]


def test_guidance_given_beside_a_marked_lead_in_brackets_supports():
    """``（县民政局牵头，县财政局予以指导）``: 予以指导 is the help a partner gives, as prose reads it after
    ``A负责…``; before, both led. ``（A负责，B指导）`` keeps B a lead (the corpus's 09)."""
    plan = (
        "某县实施方案\n\n"
        "（一）落实最低生活保障制度。低保金按月足额发放到户。（县民政局牵头，县财政局予以指导）\n\n"
        "（二）加强心理健康教育。建立筛查和干预机制。（县教育体育局牵头，县卫生健康局给予指导）\n\n"
        "（三）开展试点。（试点乡镇负责，县农业农村局指导）\n"
    )
    assert _units(plan) == [
        (["县民政局"], ["县财政局"]),
        (["县教育体育局"], ["县卫生健康局"]),
        (["县农业农村局"], ["试点乡镇"]),
    ]


def test_partners_after_the_duties_of_a_body_declared_responsible_support():
    """``A是第一责任主体，负责组织清理，B配合``: the 负责 clauses after the declaration are A's own duties, and the
    partners may follow them; before, only a clause right after the declaration was read for partners.
    ``B、C加强业务指导`` there is guidance given to A's task."""
    plan = (
        "某区专项整治行动方案\n\n"
        "（一）背街小巷垃圾清理。各街道办事处是第一责任主体，负责组织辖区背街小巷积存垃圾清理，区城管执法局配合，"
        "2024年5月底前完成集中清理。\n\n"
        "（二）河道沟渠清淤。区水务局是第一责任主体，负责组织清淤疏浚，负责落实资金，各镇人民政府配合，汛期前完成清淤。\n\n"
        "（三）加强特困人员救助供养。各乡镇人民政府是特困人员救助供养的责任主体，负责做好特困人员认定，"
        "县民政局、县卫生健康局加强业务指导。\n"
    )
    assert _units(plan) == [
        (["各街道办事处"], ["区城管执法局"]),
        (["区水务局"], ["各镇人民政府"]),
        (["各乡镇人民政府"], ["县民政局", "县卫生健康局"]),
    ]


def test_the_years_work_done_by_its_end_in_a_tasks_words_is_its_deadline():
    """``全年完成新能源公交车更新500辆`` (in an item's words or a prose clause): the plan year's end; before, no
    deadline. ``全年举办车展活动不少于4场`` (the year's target, round 36) still has none."""
    plan = (
        "某市交通运输局2024年工作要点\n\n"
        "1.推进公交都市建设。全年完成新能源公交车更新500辆。（运输管理科负责，市公交集团配合）\n\n"
        "2.促进汽车消费。全年举办车展活动不少于4场。（市场运行科负责）\n\n"
        "3.公厕提升改造。区城管执法局负责，全年完成新建改建公厕30座。\n"
    )
    assert [(d, s) for _, _, d, s in written_plan_deadlines(plan)] == [
        ("2024-12", "scheduled"),
        (None, None),
        ("2024-12", "scheduled"),
    ]


def test_a_ministrys_si_whose_name_holds_he_stays_one_unit():
    """``国有林场和种苗管理司`` (a 司 named for two fields, 和 between them) and the same 司 after its bureau's name:
    before, 国有林场 and 种苗管理司 (林场 ends a name), and 国家林业和草原局 apart; ``人事司、国有林场和种苗管理司``
    and ``规划财务司和国有林场和种苗管理司`` are still two."""
    plan = (
        "2024年国有林场和种苗工作要点\n\n"
        "1.巩固国有林场改革成果。（国有林场和种苗管理司负责）\n"
        "2.加强林草种质资源保护。（国家林业和草原局国有林场和种苗管理司牵头，国家林业和草原局科学技术司配合）\n"
        "3.加强队伍建设。（人事司、国有林场和种苗管理司负责）\n"
        "4.加强基础设施建设。（规划财务司和国有林场和种苗管理司负责）\n"
    )
    assert _units(plan) == [
        (["国有林场和种苗管理司"], []),
        (["国家林业和草原局国有林场和种苗管理司"], ["国家林业和草原局科学技术司"]),
        (["人事司", "国有林场和种苗管理司"], []),
        (["规划财务司", "国有林场和种苗管理司"], []),
    ]


def test_a_progress_columns_done_marks_the_rows_task_done():
    """A 台账's 进展情况 column: ``已完成`` (``已完成，…``, ``已办结``) marks the row's task done, its deadline's words
    kept with it as a 进展情况 field's are; before, the column was passed by. ``已完成全年目标的85%`` (a share of
    the work) and ``正在推进，平台已完成开发测试`` are not done."""
    plan = (
        "某市2024年重点任务推进台账\n\n"
        "| 序号 | 重点任务 | 牵头单位 | 完成时限 | 进展情况 |\n| --- | --- | --- | --- | --- |\n"
        "| 1 | 实现企业开办一网通办 | 市市场监管局 | 2024年6月底 | 已完成 |\n"
        "| 2 | 推行拿地即开工 | 市自然资源和规划局 | 2024年9月底 | 已完成，已有15个项目实现拿地即开工 |\n"
        "| 3 | 建成免申即享平台 | 市政务服务数据管理局 | 2024年12月底 | 正在推进，平台已完成开发测试 |\n"
        "| 4 | 推进水电气报装联办 | 市住房城乡建设局 | 2024年10月底 | 已完成全年目标的85% |\n"
    )
    assert [(raw, d, s) for _, raw, d, s in written_plan_deadlines(plan)] == [
        ("2024年6月底；已完成", "2024-06", "done"),
        ("2024年9月底；已完成", "2024-09", "done"),
        ("2024年12月底", "2024-12", "scheduled"),
        ("2024年10月底", "2024-10", "scheduled"),
    ]


def test_a_term_opening_named_alone_and_every_season_in_a_tasks_words():
    """``开学前`` with no 春季/秋季 in a plan dated in May is the autumn term's (08-31), in November the next spring's;
    ``汛期前…，暑假前…`` are both read, the latest the date; before, 开学前 had none and only the first season was
    read."""
    may = (
        "关于做好2025年学校安全工作的通知\n\n"
        "一、整治校园周边环境。开学前集中清理校园周边无证摊点。（县公安局牵头）\n\n"
        "二、做好防汛和防溺水工作。汛期前完成临河学校警示标志设置，暑假前开展一次防溺水教育。（县教育体育局牵头）\n\n"
        "某县人民政府办公室\n\n2025年5月20日\n"
    )
    assert [(raw, d) for _, raw, d, _ in written_plan_deadlines(may)] == [
        ("开学前", "2025-08-31"),
        ("汛期前；暑假前", "2025-07"),
    ]
    november = "关于做好校园安全工作的通知\n\n一、开学前完成校舍排查。（县教育体育局牵头）\n\n某县教育体育局\n\n2024年11月2日\n"
    assert [d for _, _, d, _ in written_plan_deadlines(november)] == ["2025-02"]


def test_a_recurring_clauses_deadline_is_the_time_it_recurs_in():
    """``每周开展一次夜间巡逻`` after a task's units: the deadline's words are ``每周`` (before, the whole clause)."""
    plan = (
        "某区专项整治行动方案\n\n"
        "（一）占道经营整治。区城管执法局是责任主体，负责制定整治方案，各街道办事处配合，每周开展一次夜间巡逻。\n\n"
        "（二）督查通报。区督查室要对整治情况跟踪督办，每月通报一次。\n"
    )
    assert [(raw, s) for _, raw, _, s in written_plan_deadlines(plan)] == [("每周", "ongoing"), ("每月", "ongoing")]
