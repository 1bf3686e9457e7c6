"""Round 40 of docs/loader.md: national and provincial task-division plans (国务院/国办 分工方案, 部委 notices,
a province's 重点任务分工方案 and 贯彻落实 measures)."""

from __future__ import annotations

from reformgraph.loaders.parse import parse_document
from tests.support.readings import plan_units as _units
from tests.support.readings import task_rows as _rows


def test_local_governments_by_the_territorial_principle_support_the_ministries():
    """``各地区按属地原则落实`` closing a national list: before, 各地区 was lost."""
    plan = (
        "国务院关于落实《政府工作报告》重点工作分工的意见\n\n"
        "1. 依法保护民营企业产权和企业家权益。（国家发展改革委、司法部等按职责分工负责，各地区按属地原则落实）\n"
        "2. 深化国资国企改革。（国务院国资委牵头，各地区按照属地原则负责）\n"
    )
    assert _units(plan) == [
        (["国家发展改革委", "司法部"], ["各地区"]),
        (["国务院国资委"], ["各地区"]),
    ]


def test_levels_joined_by_commas_after_each_or_relevant_are_one_collective():
    """``各市、州、县人民政府`` / ``有关市、州人民政府`` (a province with 州): before, split into 各市、州 and 县人民政府."""
    plan = (
        "湖北省人民政府关于贯彻落实《国务院关于推动内外贸一体化发展的意见》的若干措施\n\n"
        "1．支持外贸企业拓展国内市场。（省商务厅牵头，省直有关单位按职责分工负责，各市、州、县人民政府落实）\n"
        "2．支持武汉、宜昌等地建设内外贸一体化试点。（省商务厅牵头，有关市、州人民政府负责）\n"
    )
    assert _units(plan) == [
        (["省商务厅"], ["省直有关单位", "各市、州、县人民政府"]),
        (["省商务厅"], ["有关市、州人民政府"]),
    ]


def test_a_body_named_the_carrying_out_subject_of_every_task_supports_each_one():
    """``各县（市、区）人民政府为各项任务的落实主体，不再一一列出`` in the preamble: before, the counties were read in no
    task (the statement was not seen)."""
    plan = (
        "洛阳市2026年优化营商环境工作要点\n\n"
        "各项任务中，责任单位排在第一位的为牵头单位，其他为配合单位；各县（市、区）人民政府为各项任务的落实主体，不再一一列出。\n\n"
        "1．深化“高效办成一件事”改革。\n责任单位：市政务服务和大数据局、市发改委\n完成时限：2026年6月底前\n\n"
        "2．规范涉企行政检查。\n责任单位：市司法局\n完成时限：长期坚持\n"
    )
    assert _units(plan) == [
        (["市政务服务和大数据局"], ["市发改委", "各县（市、区）人民政府"]),
        (["市司法局"], ["各县（市、区）人民政府"]),
    ]
    other = "某县方案\n\n（各乡镇均为各项任务的实施主体，以下不再列出）\n\n1. 推进改革。（县发改局负责）\n"
    assert _units(other) == [(["县发改局"], ["各乡镇"])]


def test_units_sharing_the_work_by_their_duties_written_with_yi():
    """``依职责分工负责`` / ``依职责参与`` / ``依法依规负责`` (the manner written with 依): before, the task was lost
    or its partner dropped."""
    plan = (
        "自然资源部 农业农村部关于做好耕地保护工作的通知\n\n"
        "1. 严格耕地占补平衡管理。（自然资源部、农业农村部依职责分工负责）\n"
        "2. 加强永久基本农田保护。（自然资源部牵头，农业农村部依职责参与）\n"
        "3. 查处违法占用耕地行为。（自然资源部牵头，各地自然资源主管部门依法依规负责）\n"
    )
    assert _units(plan) == [
        (["自然资源部", "农业农村部"], []),
        (["自然资源部"], ["农业农村部"]),
        (["自然资源部"], ["各地自然资源主管部门"]),
    ]


def test_relevant_departments_and_localities_are_one_collective():
    """``有关部门和地方`` (as ``有关部门和单位``): before, the supporting collective was lost."""
    plan = (
        "国务院办公厅关于进一步优化营商环境的意见\n\n"
        "1. 清理规范涉企收费。（国家发展改革委牵头，有关部门和地方按职责分工负责）\n"
        "2. 推进信用修复。（国家发展改革委牵头，国务院相关部门和地方参与）\n"
    )
    assert _units(plan) == [
        (["国家发展改革委"], ["有关部门和地方"]),
        (["国家发展改革委"], ["国务院相关部门和地方"]),
    ]


def test_a_lead_in_closing_an_item_gives_its_units_to_the_sub_items_below():
    """``8.提升…。以下事项由A牵头，B按职责分工负责：`` / ``（1）…`` / ``（2）…``: before, item 8 was one task and its
    sub-items, which carry the work and its dates, were lost."""
    plan = (
        "全国深化“放管服”改革优化营商环境电视电话会议重点任务分工方案\n\n"
        "一、优化政府服务\n\n"
        "7. 加快推进全国一体化在线政务服务平台建设。（国务院办公厅牵头，国务院相关部门及各地区按职责分工负责）\n\n"
        "8. 提升企业和群众办事便利度，各地区、各部门要全面梳理政务服务事项。"
        "以下事项由国务院办公厅牵头，国务院相关部门及各地区按职责分工负责：\n"
        "（1）推行政务服务“好差评”制度，2020年底前全面建成政务服务“好差评”体系；\n"
        "（2）推动更多政务服务事项“一网通办”，2019年底前实现“一网通办”事项占比达到90%以上。\n\n"
        "二、加强公正监管\n\n"
        "9. 全面推行“双随机、一公开”监管。（市场监管总局牵头）\n"
    )
    rows = _rows(parse_document(plan, path="plan.txt"))
    both = ["国务院相关部门", "各地区"]
    assert [(t[:6], leads, supports, date) for t, leads, supports, date in rows] == [
        ("加快推进全国", ["国务院办公厅"], both, None),
        ("推行政务服务", ["国务院办公厅"], both, "2020-12"),
        ("推动更多政务", ["国务院办公厅"], both, "2019-12"),
        ("全面推行“双", ["市场监管总局"], [], None),
    ]


def test_the_provinces_regions_and_municipalities_are_one_collective():
    """``各省、自治区、直辖市人民政府`` (and ``各省（自治区、直辖市）…``): before, 各省 was lost and 自治区 and
    直辖市人民政府 read as two units; ``各区、自然资源分局`` stays two."""
    plan = (
        "国务院办公厅关于加快发展新型储能的意见\n\n"
        "1. 推动新型储能多元化发展。（国家发展改革委、国家能源局牵头，有关部门按职责分工负责，"
        "各省、自治区、直辖市人民政府负责落实）\n"
        "2. 完善疾病预防控制体系。（国家卫生健康委牵头，各省（自治区、直辖市）卫生健康委负责）\n"
        "3. 盘活存量土地。（市财政局牵头，各区、自然资源分局配合）\n"
    )
    assert _units(plan) == [
        (["国家发展改革委", "国家能源局"], ["有关部门", "各省、自治区、直辖市人民政府"]),
        (["国家卫生健康委"], ["各省（自治区、直辖市）卫生健康委"]),
        (["市财政局"], ["各区", "自然资源分局"]),
    ]


def test_each_locality_written_short_is_a_collective_unit():
    """``各地`` in a national list (as ``各地区``): before, it was lost; ``各地要…`` in prose stays no task."""
    plan = (
        "国务院办公厅关于进一步做好稳就业工作的意见\n\n"
        "1. 拓宽就业渠道。（国家发展改革委牵头，各地按职责分工负责）\n"
        "2. 加强组织领导。各地要加强组织领导，抓好落实。\n"
        "3. 强化技能培训。（人力资源社会保障部指导，各地负责落实）\n"
    )
    assert _units(plan) == [
        (["国家发展改革委"], ["各地"]),
        (["人力资源社会保障部"], ["各地"]),
    ]
