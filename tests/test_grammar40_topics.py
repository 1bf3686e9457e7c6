"""Round 40 of docs/loader.md, topics: the plans offices publish on the topics of 2023-2026 (以旧换新, 数据要素×,
高效办成一件事, 营商环境, 安全生产治本攻坚, 防汛, 校园安全, 银发经济, 低空经济 …)."""

from __future__ import annotations

from reformgraph.loaders.parse import parse_document
from tests.support.readings import plan_units as _units
from tests.support.readings import task_rows as _rows

# ---- bodies named after a programme whose words hold a particle (以旧换新, 以工代赈, 对口, 对外, 对台) ----------------


def test_bodies_named_after_programmes_with_a_particle_are_units():
    """Before: 以 and 对 read as sentence words, so the body was no unit (its task lost, or dropped from a list)."""
    text = (
        "某市方案\n\n一、重点任务\n\n"
        "1.开展家电以旧换新。（市商务局牵头，市以旧换新工作专班、市财政局配合）\n\n"
        "2.推进以工代赈。（市发展改革委、市以工代赈办公室负责）\n\n"
        "3.做好对口支援。（市对口支援办牵头，市财政局配合，2024年底前）\n\n"
        "4.拓展外贸。（牵头单位：市商务局；配合单位：市对外贸易发展中心）\n\n"
        "5.推进两岸交流。（牵头单位：市委对台工作办公室；配合单位：市文旅局）\n"
    )
    assert _units(text) == [
        (["市商务局"], ["市以旧换新工作专班", "市财政局"]),
        (["市发展改革委", "市以工代赈办公室"], []),
        (["市对口支援办"], ["市财政局"]),
        (["市商务局"], ["市对外贸易发展中心"]),
        (["市委对台工作办公室"], ["市文旅局"]),
    ]


def test_a_programme_named_in_a_tasks_words_is_still_no_unit():
    text = "某市方案\n\n一、重点任务\n\n1.开展以旧换新活动。（牵头单位：市商务局）\n"
    assert _units(text) == [(["市商务局"], [])]


# ---- a list of units alone closing an item, whose names end in a label's word (部门, 单位) ------------------------------


def test_a_closing_list_of_units_ending_in_bumen_is_read_beside_other_lists():
    """Before: the second list held 部门 (a label's word), so it was neither labelled nor tried as a list alone once
    the first list had been read, and the filter of a name's last character lacked 门: its task was lost."""
    text = (
        "某市方案\n\n一、重点任务\n\n"
        "1.推进医保。（市医保局、市医保中心）\n\n"
        "2.推进义务教育。（市教育局、各区县教育行政部门）\n"
    )
    assert _units(text) == [(["市医保局", "市医保中心"], []), (["市教育局", "各区县教育行政部门"], [])]


def test_a_dated_list_of_a_collective_ending_in_danwei_is_read():
    text = (
        "某区2024年工作要点\n\n一、重点任务\n\n"
        "1.推进医保基金监管。（区医保局牵头）\n\n"
        "2.推进设备更新。（区以旧换新工作专班，2024年6月底前）\n\n"
        "3.加强校园安全。（各有关单位，2024年9月底前）\n"
    )
    doc = parse_document(text, path="plan.txt")
    assert [(leads, date) for _, leads, _, date in _rows(doc)] == [
        (["区医保局"], None),
        (["区以旧换新工作专班"], "2024-06"),
        (["各有关单位"], "2024-09"),
    ]


# ---- labels written with the other name of their kind in brackets (牵头单位（部门）：) ---------------------------------


def test_bracketed_compound_labels_are_read_beside_a_role_verb_elsewhere():
    """Before: 牵头单位（部门）： was read only when nothing else in the plan was (round 38), so one prose assignment in
    the 保障措施 lost every task of the plan."""
    text = (
        "某市推动“人工智能+”行动实施方案\n\n一、重点任务\n\n"
        "1.人工智能+制造。推动大模型在制造业应用。\n"
        "牵头单位（部门）：市工信局\n配合单位（部门）：市数据局、市科技局\n完成时限：2025年底\n\n"
        "2.人工智能+政务。（牵头部门（单位）：市数据局；协办单位（部门）：市政务服务中心）\n\n"
        "二、保障措施\n\n建立工作推进机制，由市发改委牵头，会同市数据局定期调度。\n"
    )
    doc = parse_document(text, path="plan.txt")
    assert [(leads, supports, date) for _, leads, supports, date in _rows(doc)] == [
        (["市工信局"], ["市数据局", "市科技局"], "2025-12"),
        (["市数据局"], ["市政务服务中心"], None),
        (["市发改委"], ["市数据局"], None),
    ]


# ---- 予以配合, 给予协助: a manner before the supporting verb ----------------------------------------------------------


def test_partners_that_yuyi_peihe_support():
    """Before: 予以 was no manner, so the bracket's task was lost and the prose's partners dropped."""
    text = (
        "某县2024年城市更新工作要点\n\n一、重点工作\n\n"
        "1.实施城市地下管网更新改造。由县住建局负责，县城管局、县水利局予以配合，2024年底前完成。\n\n"
        "2.推进适老化改造。（县民政局牵头，县残联、县住建局给予配合）\n"
    )
    assert _units(text) == [(["县住建局"], ["县城管局", "县水利局"]), (["县民政局"], ["县残联", "县住建局"])]
