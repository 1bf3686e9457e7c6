"""Round 27 of docs/loader.md: deadlines named by what happens then (春节前, 汛前, 国庆节前)."""

from __future__ import annotations

import pytest

from reformgraph.loaders.deadlines import parse_deadline
from reformgraph.loaders.parse import parse_document
from reformgraph.loaders.text_deadlines import text_deadline


@pytest.mark.parametrize(
    ("written", "plan_year", "date"),
    [
        ("2025年春节前", None, "2025-01"),  # before: 2025-12; round 75: 29 January 2025, so January
        ("2024年汛前", None, "2024-05"),  # before: 2024-12
        ("2024年汛期前完成", None, "2024-05"),
        ("2024年入汛前完成排查", None, "2024-05"),
        ("2024年国庆节前", None, "2024-09-30"),
        ("汛前", 2024, "2024-05"),  # before: no date
        ("国庆前", 2024, "2024-09-30"),
        ("春节前", 2024, "2025-01"),  # a plan of 2024 is issued after that year's Spring Festival
        ("2024年底前", 2024, "2024-12"),
    ],
)
def test_a_deadline_named_by_a_holiday_or_a_season_is_its_last_month(written, plan_year, date):
    assert parse_deadline(written, plan_year).date == date


def test_a_holiday_deadline_in_a_tasks_own_words():
    found = text_deadline("全面排查欠薪隐患，2025年春节前完成整改。", plan_year=2024)
    assert (found.raw, found.date) == ("2025年春节前", "2025-01")
    assert text_deadline("加强汛期值守。", plan_year=2024).date is None  # a season alone is no deadline


def test_a_plan_reads_its_holiday_deadlines():
    doc = parse_document(
        "某区2024年防汛工作要点\n一、重点任务\n"
        "1.完成河道疏浚。（牵头单位：区水务局；完成时限：汛前）\n"
        "2.开展欠薪专项整治。（牵头单位：区人社局；完成时限：春节前）\n",
        path="plan.md",
    )
    # round 75: 2025's Spring Festival fell on 29 January, so before it is January
    assert [m.deadline.date for w in doc.workplans for m in w.measures] == ["2024-05", "2025-01"]


@pytest.mark.parametrize(
    ("inside", "leads", "supports"),
    [
        (
            "牵头：县林业局 配合：县财政局 时间：2024年底",
            ["县林业局"],
            ["县财政局"],
        ),  # before: one lead 县林业局配合：县财政局
        ("主责：县林业局 协同：县财政局", ["县林业局"], ["县财政局"]),
        (
            "主责：县林业局；协同：县财政局、县自然资源局",
            ["县林业局"],
            ["县财政局", "县自然资源局"],
        ),  # before: no support
        ("主办：县林业局；协助：县财政局", ["县林业局"], ["县财政局"]),
        ("牵头单位：县林业局配合：县财政局", ["县林业局"], ["县财政局"]),  # before: one lead 县林业局配合：县财政局
    ],
)
def test_role_words_as_labels_one_after_a_unit_name(inside, leads, supports):
    doc = parse_document(f"某县2024年工作要点\n一、重点任务\n1.推进林长制改革。（{inside}）\n", path="plan.md")
    [measure] = [m for w in doc.workplans for m in w.measures]
    assert ([u.raw for u in measure.leads], [u.raw for u in measure.supports]) == (leads, supports)


@pytest.mark.parametrize(
    ("inside", "leads", "supports"),
    [
        # before: 各区县政府 and its duty were words after the units, no unit
        (
            "市生态环境局牵头，市发展改革委、市工业和信息化局按职责分工负责，各区县政府落实属地责任",
            ["市生态环境局"],
            ["市发展改革委", "市工业和信息化局", "各区县政府"],
        ),
        ("县林业局牵头，县财政局、县发改局落实属地责任", ["县林业局"], ["县财政局", "县发改局"]),  # before: no support
        ("县林业局牵头，各乡镇积极配合做好宣传", ["县林业局"], ["各乡镇"]),  # before: no task at all
        ("各乡镇落实主体责任，县林业局负责指导", ["县林业局"], ["各乡镇"]),  # before: no task at all
    ],
)
def test_a_unit_with_its_role_verb_and_what_it_does_is_a_unit_in_that_role(inside, leads, supports):
    doc = parse_document(f"某县2024年工作要点\n一、重点任务\n1.推进林长制改革。（{inside}）\n", path="plan.md")
    [measure] = [m for w in doc.workplans for m in w.measures]
    assert ([u.raw for u in measure.leads], [u.raw for u in measure.supports]) == (leads, supports)


def test_a_name_holding_a_role_verb_stays_a_name():
    doc = parse_document(
        "某县2024年工作要点\n一、重点任务\n1.推进改革。（县科技局牵头，县协同创新中心配合）\n", path="plan.md"
    )
    [measure] = [m for w in doc.workplans for m in w.measures]
    assert [u.raw for u in measure.supports] == ["县协同创新中心"]
