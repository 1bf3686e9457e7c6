"""Round 71 heldfix71b: held-out 73's re-wrapped copies (tests/test_grammar70_meta70.py's ``wrapped`` and
``pdf-text``). The loader placed their sub-headed tasks right; the test support's line map
(``metamorphic.assignment_columns``) put them where the sub-heading's words are repeated later in the paragraph,
not where the paragraph's units lead them. docs/loader.md, Round 71, heldfix71b."""

from support import metamorphic

# held-out 73 line 54 (shortened): a sub-heading's words, the task's text, repeated after the units leading it
PARAGRAPH = "市发展改革委、市规划国土资源局会同相关行业部门、区政府等按照原则，建立“市重大工程政府投资项目规划储备库”，明确范围。"


def test_units_leading_before_a_titles_words_place_the_task():
    units = ["市发展改革委", "市规划国土资源局", "相关行业部门", "区政府"]
    assert metamorphic.assignment_columns(PARAGRAPH, [("建立“市重大工程政府投资项目", units)]) == [0]


def test_a_unit_named_before_the_text_with_no_role_word_does_not_place_it():
    # guard: a unit only mentioned ahead of the text (no role word after it) is no assignment; the text's start kept
    line = "依据市发展改革委的规定，建立储备库。"
    assert metamorphic.assignment_columns(line, [("建立储备库", ["市财政局", "市发展改革委"])]) == [line.index("建立")]


def test_units_after_the_text_are_found_as_before():
    # guard: the bracket after the text still wins over a unit leading ahead of it
    line = "市发改委负责审核。建立储备库（牵头单位：市财政局）"
    assert metamorphic.assignment_columns(line, [("建立储备库", ["市财政局"])]) == [line.index("牵头单位")]


def test_a_later_task_does_not_reach_back_past_the_previous_ones_assignment():
    # guard: the search before the text starts after the previous task's assignment on the line
    line = "市发改委要编制清单，按照原则建立储备库。"
    tasks = [("市发改委要", ["市发改委"]), ("建立储备库", ["市发改委"])]
    assert metamorphic.assignment_columns(line, tasks) == [0, line.index("建立")]
