"""Round 54 (freshfiles3): plans of kinds not met before in office formats, and probes of their phrasings
(docs/round54_freshfiles3.md)."""

import pytest

from tests.support.readings import plan_measures


def _plan(bracket: str) -> str:
    return (
        "某市2026年水资源刚性约束实施方案\n\n二、重点任务\n\n"
        f"1.分解下达用水总量指标。{bracket}\n\n"
        "2.开展节水型机关创建。（牵头单位：市水利局；配合单位：市教育局；每年）\n"
    )


@pytest.mark.parametrize("mark", ["/", " / ", "／", "|", "｜", "丨", "、", "——"])
def test_a_field_after_a_list_mark_is_a_field(mark: str) -> None:
    # before, `（牵头单位：A/配合单位：B、C/完成时限：…）` read `配合单位：B` and `完成时限：…` as lead units (a cell's
    # fields copied with a slash or a bar between them); now each label after a unit and a mark starts its field
    bracket = f"（牵头单位：市水利局{mark}配合单位：市发展改革委、市自然资源局{mark}完成时限：2026年6月底前）"
    assert plan_measures(_plan(bracket))[0] == (
        5,
        ["市水利局"],
        ["市发展改革委", "市自然资源局"],
        "2026年6月底前",
        "2026-06",
        "scheduled",
    )


def test_a_slash_between_units_stays_a_list() -> None:
    # a guard: `/` between two units of one field (no label after it) still separates units of that field
    bracket = "（牵头单位：市水利局/市自然资源局；配合单位：市发展改革委；完成时限：2026年6月底前）"
    assert plan_measures(_plan(bracket))[0][:3] == (5, ["市水利局", "市自然资源局"], ["市发展改革委"])


def test_a_label_after_words_that_name_no_unit_joins_them() -> None:
    # a guard: a label after work, not a unit, and a slash is not made a field (`_label_after_units`' own guard)
    bracket = "（牵头单位：市水利局；工作内容：推进计量/配合单位：市发展改革委）"
    before = plan_measures(_plan("（牵头单位：市水利局；工作内容：推进计量配合单位：市发展改革委）"))[0]
    assert plan_measures(_plan(bracket))[0][:3] == before[:3]
