"""Round 44 (fresh10): plans of bodies that are not city bureaus (乡镇, 街道, 处室, 学院, 科室, 集团, 党委, 管委会,
人大, 法院, 税务, 自然资源所) — their units read whole, and their people not read as units."""

from tests.support.readings import plan_measures, plan_unit_lines


def _deadlines(text: str) -> list[tuple[int, str | None, str | None]]:
    return [(line, raw, status) for line, _, _, raw, _, status in plan_measures(text, "x.txt")]


_HEAD = "某单位2025年工作方案\n\n一、重点任务\n\n"


def test_a_section_head_written_after_the_units_is_a_person_not_a_unit() -> None:
    # 科长 张某某 in a unit list: a post and a name (before, 科长张某某 was a leading unit)
    assert plan_unit_lines(_HEAD + "1.推进政务公开。（责任科室：办公室，科长 张某某；完成时限：2025年6月底前）\n") == [
        (5, ["办公室"], [])
    ]
    assert plan_unit_lines(_HEAD + "1.推进政务公开。（责任科室：办公室（牵头），分管领导 王某某，法规科）\n") == [
        (5, ["办公室"], ["法规科"])
    ]


def test_a_unit_then_its_head_with_the_post_between_is_the_unit() -> None:
    # 法规科科长张某某, 办公室 主任 张某某 (the spaces dropped): the unit, then its head (before, no task was read)
    assert plan_unit_lines(_HEAD + "1.规范所站建设。\n责任科室：法规科科长张某某\n") == [(6, ["法规科"], [])]
    assert plan_unit_lines(_HEAD + "1.规范所站建设。\n责任科室：办公室 主任 张某某\n") == [(6, ["办公室"], [])]


def test_a_place_listed_alone_is_still_a_unit() -> None:
    # a two-character name that may be a place stays (only a post, a hidden name or a phone makes a person)
    assert plan_unit_lines(_HEAD + "1.推进区域协作。（责任单位：黄山、周口）\n") == [(5, ["黄山", "周口"], [])]


def test_a_court_division_is_a_unit_and_ends_a_field_before_the_next_label() -> None:
    # 庭 ends a body's name (立案庭, 民一庭, 民事审判第一庭): the label after it, its space dropped, starts a field
    # (before, 民事审判第一庭配合：立案庭 was one lead)
    assert plan_unit_lines(_HEAD + "1.推进诉源治理。（牵头：民事审判第一庭　配合：立案庭、速裁庭）\n") == [
        (5, ["民事审判第一庭"], ["立案庭", "速裁庭"])
    ]
    assert plan_unit_lines(_HEAD + "1.推进诉源治理。由立案庭牵头，民一庭、各人民法庭配合。\n") == [
        (5, ["立案庭"], ["民一庭", "各人民法庭"])
    ]


def test_households_are_no_court() -> None:
    assert plan_unit_lines(_HEAD + "1.开展救助。由县民政局牵头，困难家庭参与。\n") == [(5, ["县民政局"], [])]


def test_a_name_opening_with_jing_is_not_read_as_the_preposition() -> None:
    # 经 of 经A会同… is no part of 经济发展局, 经开区管委会, 经发办 (before, 济发展局, 开区管委会, 发办)
    assert plan_unit_lines(_HEAD + "（五）落实服务专员制度。经济发展局负责，各街道办事处配合。\n") == [
        (5, ["经济发展局"], ["各街道办事处"])
    ]
    assert plan_unit_lines(_HEAD + "（一）推进改厕。经发办负责，各村配合。\n") == [(5, ["经发办"], ["各村"])]
    assert plan_unit_lines(_HEAD + "（一）推进改厕。经区政府同意，由区农业农村局牵头，各镇配合。\n") == [
        (5, ["区农业农村局"], ["各镇"])
    ]


def test_a_status_in_a_bracket_right_after_the_last_word_is_the_tasks() -> None:
    # …参与人居环境整治（持续推进）。: the bracket closes the task as …。（持续推进） does (before, no status)
    text = _HEAD + "（五）加强宣传发动。党政办负责开展常态化宣传，引导群众主动参与人居环境整治（持续推进）。\n"
    assert _deadlines(text) == [(5, "持续推进", "ongoing")]


def test_a_caption_above_a_pipe_table_is_no_label() -> None:
    # ## 任务分工 (a heading) or 任务分工 alone above a table's header: no 任务分工： field whose value is the header
    # row (before, a false task led by the header row, its text the signature and its deadline the document's date)
    table = "| 序号 | 具体措施 | 牵头科室 | 完成时间 |\n| --- | --- | --- | --- |\n| 1 | 推行电子发票 | 纳税服务科 | 2025年6月底前 |\n"
    for caption in ("## 任务分工\n\n", "任务分工\n\n"):
        text = (
            "某市税务局关于印发任务分工方案的通知\n\n现印发给你们。\n\n某市税务局\n\n2025年3月3日\n\n" + caption + table
        )
        assert [leads for _, leads, _ in plan_unit_lines(text)] == [["纳税服务科"]]


def test_an_offices_head_alone_in_a_unit_cell_is_a_post() -> None:
    # | 纳税服务科 科长 张某某 |: the cell's unit, its head's post and name (before, 科长 was a second lead)
    text = (
        "某局任务分工表\n\n| 序号 | 任务 | 责任科室 | 完成时限 |\n| --- | --- | --- | --- |\n"
        "| 1 | 推行电子发票 | 纳税服务科 科长 张某某 | 2025年6月底前 |\n"
    )
    assert plan_unit_lines(text) == [(5, ["纳税服务科"], [])]
