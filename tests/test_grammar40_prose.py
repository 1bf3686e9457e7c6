"""Round 40 of docs/loader.md, theme prose: plans whose tasks assign units in prose sentences (session 28)."""

from __future__ import annotations

from reformgraph.loaders.parse import parse_document
from tests.support.readings import task_rows as _rows


def _units(text: str) -> list[tuple[list[str], list[str], str | None]]:
    """(leads, supports, deadline date) of every task of a small plan."""
    return [(leads, supports, date) for _, leads, supports, date in _rows(parse_document(text, path="plan.txt"))]


# ---- a label after the task it is about ---------------------------------------------------------------------------


def test_the_label_of_this_task_after_its_topic_names_its_units():
    """此项工作的责任单位为A，配合单位为B: before, the item was no task (the label did not open a field)."""
    text = (
        "某县农村人居环境整治工作方案\n\n"
        "1．全面摸排农村户厕现状，分类推进改造。此项工作的责任单位为县农业农村局，配合单位为县卫生健康局、各乡镇人民政府。\n\n"
        "2．开展农村垃圾分类试点。该项任务的牵头单位：县城市管理局；完成时限：2020年底前。\n\n"
        "3．加强资金保障。此项工作的责任单位为县财政局，县审计局配合，将补助资金纳入年度财政预算。\n"
    )
    assert _units(text) == [
        (["县农业农村局"], ["县卫生健康局", "各乡镇人民政府"], None),
        (["县城市管理局"], [], "2020-12"),
        (["县财政局"], ["县审计局"], None),
    ]


def test_a_label_after_other_words_than_the_tasks_topic_stays_prose():
    text = "某县方案\n\n1．明确全县各项工作的责任单位为各乡镇人民政府。\n\n2．推进改革。（县发改局牵头）\n"
    assert _units(text) == [(["县发改局"], [], None)]
