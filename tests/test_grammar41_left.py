"""Round 41 of docs/loader.md: the ways of writing round 40 saw and left (its "Left" lists), written as offices
write them (the plans under /work/scratch/r41_left read by hand first)."""

from __future__ import annotations

from tests.support.readings import dated_plan_units
from tests.support.readings import plan_units as _units


def test_a_unit_field_going_on_in_lines_of_their_own_with_no_mark_gives_a_name_a_line():
    """``配合单位：市级各部门`` / ``各县（区）政府`` (a table cell copied with its line breaks): before, one name
    ``市级各部门各县（区）政府``; and a short name alone on the line before ``完成时限：`` was read as part of an
    unknown label (``市审计局完成时限：``) and dropped."""
    plan = (
        "某市2024年实施方案\n\n一、重点任务\n\n"
        "1.全面梳理特许经营项目。建立项目储备清单。\n牵头单位：市发展改革委\n配合单位：市级各部门\n各县（区）政府\n"
        "完成时限：2024年6月底前\n\n"
        "2.开展存量项目清理。逐一核查。\n牵头单位：市财政局\n配合单位：市政府与社会资本合作中心\n市审计局\n"
        "完成时限：2024年9月底前\n\n"
        "3.严格方案审核。\n牵头单位：市发展改革委\n配合单位：市自然资源和规划局、市住房城乡建设局\n市生态环境局、市水利局\n"
        "完成时限：长期坚持\n"
    )
    assert _units(plan) == [
        (["市发展改革委"], ["市级各部门", "各县（区）政府"]),
        (["市财政局"], ["市政府与社会资本合作中心", "市审计局"]),
        (["市发展改革委"], ["市自然资源和规划局", "市住房城乡建设局", "市生态环境局", "市水利局"]),
    ]


def test_a_name_cut_by_a_line_break_in_a_unit_field_stays_one_name():
    plan = "某区方案\n\n1.推进改造。\n责任单位：区自然资源分局、区住\n建局、相关街道\n完成时限：2025年12月底前\n"
    assert _units(plan) == [(["区自然资源分局", "区住建局", "相关街道"], [])]


def test_yu_inside_one_name_joins_no_two_bodies():
    """``市政府与社会资本合作中心`` (the PPP centre: 与 between words of one name, the words after it opening with
    no level): before, 市政府 and 社会资本合作中心. ``团县委与县妇联`` are still two."""
    plan = (
        "某市方案\n\n1.加强项目信息公开。（市政府与社会资本合作中心牵头，各县（区）政府配合）\n"
        "2.加强青年就业帮扶。（团县委与县妇联负责）\n"
    )
    assert _units(plan) == [(["市政府与社会资本合作中心"], ["各县（区）政府"]), (["团县委", "县妇联"], [])]


def test_each_levels_departments_of_a_kind_as_a_subject_lead_their_task():
    """``各省级教育行政部门要…`` (a collective ending in 部门, each province's department: a definite set): before, no
    task (部门 read as a type of body); the partners after its 会同 support; 各部门要… stays none."""
    plan = (
        "关于做好课后服务工作的通知\n\n"
        "一、全面排查风险。各省级教育行政部门要会同同级市场监管部门，于2026年4月底前组织开展一轮全面排查。\n\n"
        "二、加强师资统筹。各县级教育行政部门要统筹调配区域内教师资源，建立教师弹性上下班制度。\n\n"
        "三、强化责任落实。各部门要认真履行职责，形成工作合力。\n"
    )
    assert _units(plan) == [(["各省级教育行政部门"], ["同级市场监管部门"]), (["各县级教育行政部门"], [])]


def test_a_kind_of_institution_as_a_subject_is_no_task():
    """``中小学校要落实…`` (a kind of body named with no place: the plan's rule for every school): before, a task
    led by 中小学校 (prose2/05's reading: none). ``各中小学校要…`` (each one, a set) stays a task."""
    plan = (
        "某区关于加强校园食品安全的通知\n\n"
        "一、严格落实陪餐制度。中小学校要落实校领导陪餐制度，做好陪餐记录。\n\n"
        "二、严格林地管理。国有林场要严格执行林地保护利用规划。\n\n"
        "三、开展自查。各中小学校要于2026年5月底前完成食堂自查。\n"
    )
    assert _units(plan) == [(["各中小学校"], [])]


def test_guiding_others_by_a_date_is_the_guides_task():
    """``各省级教育行政部门要指导中小学校健全…，2026年秋季学期开学前实现…`` (guidance with a date of its own): before,
    no task (round 40 read a collective that must guide others as none); without a date it stays none."""
    plan = (
        "关于规范膳食经费管理的通知\n\n"
        "一、规范经费管理。各省级教育行政部门要指导中小学校健全膳食经费收支管理制度，2026年9月底前实现公示全覆盖。\n\n"
        "二、加强物业管理。各乡镇、居村委要指导业委会按规定使用专项维修基金。\n"
    )
    assert _units(plan) == [(["各省级教育行政部门"], [])]


def test_a_ministry_that_will_do_work_regularly_leads_it():
    """``教育部将定期汇总…，适时通报…`` (将 + 定期/适时): before, no task; ``小组将成立检查组`` (an intention) stays none."""
    plan = (
        "关于加强监督检查的通知\n\n"
        "一、建立通报机制。教育部将定期汇总各地工作开展情况，适时通报典型案例。\n\n"
        "二、成立检查组。区协调小组将成立检查组。\n"
    )
    assert _units(plan) == [(["教育部"], [])]


def test_a_harvest_period_and_new_years_day_are_dates():
    """``完成时限：秋收期间`` (to the harvest's end, October; round 40 left it undated) and ``在元旦前完成`` (before the
    next New Year's Day: December of the plan's year); ``元旦春节前`` is still the Spring Festival."""
    plan = (
        "某县2023年秋冬季秸秆禁烧工作方案\n\n二、工作任务\n\n"
        "（一）落实网格化监管。建立四级网格化监管体系。\n责任单位：各乡镇人民政府\n完成时限：秋收期间\n\n"
        "（二）开展清洁取暖排查。排查燃气用户。\n责任单位：县住房城乡建设局\n完成时限：在元旦前完成\n\n"
        "（三）做好冬季保供。保障群众温暖过冬。\n责任单位：县发展改革委\n完成时限：元旦春节前\n\n"
        "（四）建立绩效评价机制。在元旦前完成首批项目绩效评价。（县财政局负责）\n\n"
        "某县人民政府办公室\n2023年9月12日\n"
    )
    assert [date for _, _, date in dated_plan_units(plan)] == ["2023-10", "2023-12", "2024-02", "2023-12"]


def test_a_forest_farm_is_a_units_name():
    """``区林业局林场``, ``县国有林场`` (a state forest farm, a public body that answers for its work): before, no
    name (林场 is no ending of one), so ``（区林业局林场牵头，…配合）`` named no lead and ``（区林业局林场负责）`` no
    unit; a forest farm as a kind (``国有林场要…``) is still no task's subject."""
    plan = (
        "某区2025年林业工作要点\n\n"
        "1.加强森林防火巡护。落实巡山护林制度。（区林业局林场牵头，区应急管理局、各镇人民政府配合）\n\n"
        "2.完成人工造林1200亩。（区林业局林场负责）\n\n"
        "3.开展林木采伐管理。（县国有林场负责）\n"
    )
    assert _units(plan) == [
        (["区林业局林场"], ["区应急管理局", "各镇人民政府"]),
        (["区林业局林场"], []),
        (["县国有林场"], []),
    ]


def test_the_rest_of_a_list_cited_by_number_goes_to_the_unit_of_its_closing_clause():
    """``上述第5项工作由A负责，第6项由B负责，其他工作由C负责``: before, C joined B's units on item 6 and item 7 named
    none; now C leads the items of that list the statement leaves out and that name no units of their own."""
    plan = (
        "某区2025年林业工作要点\n\n一、国土绿化\n\n"
        "1.推进林长制落实。2025年6月底前完成林长公示牌更新。（区林长办负责）\n\n"
        "二、林业产业\n\n"
        "2.发展林下经济。培育林下经济示范基地2个。\n\n"
        "3.推进油茶产业提质增效。新造油茶林500亩。\n\n"
        "4.建设森林康养基地。完成总体规划编制。\n\n"
        "上述第2项工作由区农业农村局负责，第3项由区林业局负责，其他工作由区文体旅局负责。\n"
    )
    assert _units(plan) == [(["区林长办"], []), (["区农业农村局"], []), (["区林业局"], []), (["区文体旅局"], [])]
