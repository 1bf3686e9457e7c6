"""Round 49 (left12): text left-overs of round 48 (docs/loader.md, its "Left" lines)."""

from tests.support.readings import plan_measures


def _read(text: str) -> list[tuple[int, list[str], list[str], str | None, str | None, str | None]]:
    return plan_measures(text, "x.txt")


def test_oil_companies_and_grids_by_their_short_names_are_units() -> None:
    # before, 中石油 was no unit: the item read no task, and a bracket listing it lost every unit
    text = (
        "（一）排查管道隐患。逐段建立台账。中石油、中石化某某分公司负责，县发展改革局配合，2026年4月30日前完成。\n"
        "（二）强化应急处置。（县应急管理局牵头，县消防救援大队、中石油、中石化某某分公司配合，2026年10月底前）\n"
        "（三）做好电力保供。国家电网某某供电公司负责，县发展改革局配合，长期坚持。\n"
    )
    assert [(line, leads, supports, date) for line, leads, supports, _, date, _ in _read(text)] == [
        (1, ["中石油", "中石化某某分公司"], ["县发展改革局"], "2026-04-30"),
        (2, ["县应急管理局"], ["县消防救援大队", "中石油", "中石化某某分公司"], "2026-10"),
        (3, ["国家电网某某供电公司"], ["县发展改革局"], None),
    ]


def test_oil_and_grid_words_alone_name_no_unit() -> None:
    # a guard: 石化, 电网 are trades and things, no company
    text = "（一）发展石化产业。石化、电网负责。\n（二）推进改革。（县发改局牵头）\n"
    assert [(leads, supports) for _, leads, supports, *_ in _read(text)] == [(["县发改局"], [])]


def test_a_years_count_written_with_yishang_is_a_target() -> None:
    # before, 2026年 read as the year's December (only 不少于, 不低于, 超过 before a number made a target)
    text = "1.开展宣传。深入村组开展宣传，2026年组织宣传活动100场次以上。（县发展改革局牵头，各乡镇人民政府配合）\n"
    assert [(raw, date, status) for *_, raw, date, status in _read(text)] == [(None, None, None)]


def test_a_years_work_with_a_count_in_a_later_clause_keeps_its_year() -> None:
    # a guard: the count is in a clause of its own, the year opens a clause of work done in it
    text = "1.开展检查。2026年组织开展专项检查，覆盖企业100家以上。（县应急管理局负责）\n"
    assert [(raw, date) for *_, raw, date, _ in _read(text)] == [("2026年", "2026-12")]


def test_a_partners_recurring_clause_beside_a_date_leaves_the_date_alone() -> None:
    # before, the raw deadline joined both (各乡镇每日巡查，2026年5月底前完成)
    text = (
        "1.开展汛前安全检查。对水库开展检查。县水利局负责，各乡镇每日巡查，2026年5月底前完成。\n"
        "2.开展燃气安全检查。县住房城乡建设局负责，各乡镇每周巡查，2026年12月31日前完成。\n"
    )
    assert [(leads, supports, raw, date, status) for _, leads, supports, raw, date, status in _read(text)] == [
        (["县水利局"], ["各乡镇"], "2026年5月底前完成", "2026-05", "scheduled"),
        (["县住房城乡建设局"], ["各乡镇"], "2026年12月31日前完成", "2026-12-31", "scheduled"),
    ]


def test_a_tasks_own_recurring_clause_beside_a_date_is_still_joined() -> None:
    # a guard: a clause opening with its period is the task's own schedule; and a partner's period alone stays
    text = "1.发布清单。县发改局牵头，每季度发布清单，2026年底前完成。\n2.巡查。县水利局负责，各乡镇每日巡查。\n"
    assert [(raw, status) for *_, raw, _, status in _read(text)] == [
        ("每季度发布清单，2026年底前完成", "scheduled"),
        ("每日", "ongoing"),
    ]
