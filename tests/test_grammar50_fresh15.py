"""Round 50 (fresh15): plans of kinds not met before (docs/round50_fresh15.md)."""

from tests.support.readings import plan_measures


def _read(text: str) -> list[tuple[int, list[str], list[str], str | None, str | None, str | None]]:
    return plan_measures(text, "x.txt")


def test_units_after_an_opening_adverbial_clause_lead() -> None:
    # before, no task: a first clause naming what the work is about (对…纠纷, 针对…), when (在…时段) or what for
    # (为确保…) hid the units of the second, as an opening time has not since round 38
    text = (
        "1.修订村规民约。各村负责，镇民政办指导，2026年4月30日前完成。\n"
        "2.调处彩礼纠纷。对因彩礼引发的婚约财产纠纷，镇司法所负责及时调处，镇派出所配合做好矛盾风险防范。\n"
        "3.化解物业纠纷。针对群众反映集中的物业问题，区住房城乡建设局牵头督促整改，各街道办事处配合，2026年6月底前完成。\n"
        "4.开展巡查。在森林防火重点时段，县林业局负责组织巡查，各乡镇配合。\n"
        "5.保护林木。为确保森林资源安全，县林业局负责组织巡查，各乡镇配合。\n"
        "6.开展巡林。围绕防火重点区域，县林长办负责组织巡林，县林业局配合。\n"
        "7.加强监管。以健身、美容行业为重点，市体育局负责开展专项检查，市市场监管局配合。\n"
        "8.畅通渠道。依托12315平台，市市场监管局负责快速处置投诉，市商务局配合。\n"
        "9.拨付工程款。按照“谁投资谁负责”的原则，县发展改革局负责督促拨付，县财政局配合。\n"
    )
    assert [(line, leads, supports, date) for line, leads, supports, _, date, _ in _read(text)] == [
        (1, ["镇民政办"], ["各村"], "2026-04-30"),
        (2, ["镇司法所"], ["镇派出所"], None),
        (3, ["区住房城乡建设局"], ["各街道办事处"], "2026-06"),
        (4, ["县林业局"], ["各乡镇"], None),
        (5, ["县林业局"], ["各乡镇"], None),
        (6, ["县林长办"], ["县林业局"], None),
        (7, ["市体育局"], ["市市场监管局"], None),
        (8, ["市市场监管局"], ["市商务局"], None),
        (9, ["县发展改革局"], ["县财政局"], None),
    ]


def test_a_first_clause_of_work_hides_no_role_and_a_scope_names_no_task() -> None:
    # a guard: a scope before units with no role verb (镇司法所及时调处) names no task; round 66 (left36): a first
    # clause of work (加强…, 在全县推广…: no occasion) before a unit's 负责 no longer hides it (units opening a clause
    # with their role lead when no clause before them names a unit or a role)
    text = (
        "1.加强宣传。加强政策宣传，镇司法所负责及时调处。\n"
        "2.调处纠纷。对因彩礼引发的纠纷，镇司法所及时调处。\n"
        "3.推广经验。在全县推广试点经验，县林业局负责组织培训。\n"
        "4.推进改革。（县发改局牵头）\n"
    )
    assert [(line, leads, supports) for line, leads, supports, *_ in _read(text)] == [
        (1, ["镇司法所"], []),
        (3, ["县林业局"], []),
        (4, ["县发改局"], []),
    ]


def test_a_unit_opening_the_sentence_with_work_of_its_own_keeps_leading() -> None:
    # a guard: a first clause whose subject is a unit (县农业农村局将…) is no opening adverbial; both units lead, as
    # round 40 read them (a reading of every clause after a first one with no role verb moved nine earlier plans)
    text = "1.落实补贴。县农业农村局将秸秆还田作业补贴直接发放至种植户，县财政局负责资金审核。\n"
    assert [(leads, supports) for _, leads, supports, *_ in _read(text)] == [(["县农业农村局", "县财政局"], [])]


def test_a_deadline_field_with_a_second_clause_does_not_run_into_the_signature() -> None:
    # before, the raw deadline was `2026年10月底前，此后常态化开展某镇人民政府`: the field's last clause and the issuer
    # under a blank line read as one name cut by a line break (round 40 stopped it only after the field's colon)
    text = (
        "某镇工作方案\n\n1.开展巡查。对全镇林区开展巡查。\n牵头单位：镇林业站\n完成时限：2026年10月底前，此后常态化开展\n\n"
        "某镇人民政府\n2026年3月2日\n"
    )
    assert [(raw, date) for *_, raw, date, _ in _read(text)] == [("2026年10月底前，此后常态化开展", "2026-10")]


def test_a_unit_cut_by_a_line_break_after_a_deadline_field_still_joins() -> None:
    # a guard: a unit field after the deadline field on the same line still joins a name the next line finishes
    text = (
        "某区工作方案\n\n1.推进改造。加快推进老旧小区改造。\n完成时限：2025年12月底前；责任单位：区自然资源分局、区住\n"
        "建局、相关街道\n"
    )
    assert [(leads, date) for _, leads, _, _, date, _ in _read(text)] == [
        (["区自然资源分局", "区住建局", "相关街道"], "2025-12")
    ]


def test_each_point_naming_its_own_lead_is_a_task() -> None:
    # before, one task: every point's units led it, the last point's partner was lost, the dates were joined
    # (round 38's Left: `一是A…；二是B…` whose units are inline without brackets)
    text = (
        "2.加强林地保护。一是开展森林督查，由县林业局牵头，2026年10月底前完成；二是严格林地审批，县自然资源局负责，"
        "长期坚持；三是打击毁林行为，县公安局负责，县林业局配合。\n"
    )
    assert [(line, leads, supports, date, status) for line, leads, supports, _, date, status in _read(text)] == [
        (1, ["县林业局"], [], "2026-10", "scheduled"),
        (1, ["县自然资源局"], [], None, "ongoing"),
        (1, ["县公安局"], ["县林业局"], None, None),
    ]


def test_points_one_of_which_names_no_unit_are_a_task_each_naming_a_lead() -> None:
    # round 50's guard, its reading chosen again in round 51 (round 50's Left; tests/test_grammar51_left14.py): a point
    # with no unit of its own (二是严格林地审批) is part of the task before it, the points naming leads a task each
    text = "2.加强林地保护。一是开展森林督查，由县林业局牵头；二是严格林地审批；三是打击毁林行为，县公安局负责。\n"
    assert [(leads, supports) for _, leads, supports, *_ in _read(text)] == [(["县林业局"], []), (["县公安局"], [])]
