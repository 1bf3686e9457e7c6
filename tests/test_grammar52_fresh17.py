"""Round 52 (fresh17): plans of kinds not met before (docs/round52_fresh17.md)."""

from reformgraph.loaders.tables import column_kind
from tests.support.readings import plan_measures


def _read(text: str) -> list[tuple[int, list[str], list[str], str | None, str | None, str | None]]:
    return plan_measures(text, "x.md")


def test_a_project_owner_column_beside_a_responsible_one_supports() -> None:
    # before, 业主单位 named no column: the owner that builds the project was lost
    text = (
        "| 序号 | 项目名称 | 业主单位 | 责任单位 | 责任领导 | 时间节点 |\n"
        "|---|---|---|---|---|---|\n"
        "| 1 | 金桥大厦外立面改造 | 某某金桥置业有限公司 | 街道规划建设管理办公室 | 刘某某 | 2026年8月底前完工 |\n"
        "| 2 | 滨江商务楼宇停车设施扩容 | 某某滨江实业有限公司 | 街道城市管理办公室 | 刘某某 | 2026年12月底前 |\n"
    )
    assert [(line, leads, supports, date) for line, leads, supports, _, date, _ in _read(text)] == [
        (3, ["街道规划建设管理办公室"], ["某某金桥置业有限公司"], "2026-08"),
        (4, ["街道城市管理办公室"], ["某某滨江实业有限公司"], "2026-12"),
    ]


def test_a_project_owner_column_alone_names_the_doer() -> None:
    # a guard: with no other unit column the owner is the one named with the project, as 实施主体 alone (round 38)
    text = (
        "| 序号 | 项目名称 | 项目业主 | 建设年限 |\n"
        "|---|---|---|---|\n"
        "| 1 | 县城污水处理厂扩建 | 县城投公司 | 2026年 |\n"
    )
    assert [(line, leads, supports) for line, leads, supports, *_ in _read(text)] == [(3, ["县城投公司"], [])]


def test_owner_words_that_name_no_column_stay_unknown() -> None:
    # a guard: a column about the owner's contact or an owner's kind is no unit column
    assert [column_kind(c) for c in ["业主单位联系人", "业主", "建设内容"]] == ["person", "unknown", "unknown"]


def test_a_flattened_project_table_reads_its_owner_too() -> None:
    # a table saved as text, one cell a line: the row's line is its lead cell's, the owner supports
    text = (
        "序号\n项目名称\n业主单位\n责任单位\n时间节点\n"
        "1\n县城污水处理厂扩建\n县城投公司\n县住房和城乡建设局\n2026年10月底前\n"
        "2\n城东路改造\n县交投集团\n县交通运输局\n2026年12月底前\n"
    )
    assert [(line, leads, supports, date) for line, leads, supports, _, date, _ in plan_measures(text, "x.txt")] == [
        (8, ["县住房和城乡建设局"], ["县城投公司"], "2026-10"),
        (13, ["县交通运输局"], ["县交投集团"], "2026-12"),
    ]
