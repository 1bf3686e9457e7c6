"""Round 41 of docs/loader.md: plans at the bottom of the hierarchy (a 镇's or a 街道's plan for its 办/所/站 and
villages, a 局's for its 股室 and 局属单位, a school's for its 处室 and 年级组, a hospital's for its 科室), their
offices' labels and their people."""

from __future__ import annotations

from tests.support.readings import dated_plan_units as _dated
from tests.support.readings import plan_units as _units


def test_the_labels_of_a_bureaus_offices_read_with_every_role_word():
    """``承办股室``, ``主办股（室）``, ``协助股室``, ``配合部室`` (a 局's or a hospital's own plan): before, the label
    itself was read as the lead unit (or, in brackets, nothing at all)."""
    plan = (
        "某县农业农村局2024年工作要点\n\n局机关各股室、局属各单位：\n\n"
        "1. 抓好粮食生产，粮食播种面积稳定在80万亩以上。\n主办股（室）：种植业股\n协办股（室）：农技站、计划财务股\n"
        "完成时限：2024年9月底前\n\n"
        "2. 推进高标准农田建设。（承办股室：农田建设股；协助股室：计划财务股；完成时限：2024年12月底前）\n\n"
        "3. 提升护理质量。（牵头部室：护理部；配合部室：医务科、各临床科室）\n"
    )
    assert _dated(plan) == [
        (["种植业股"], ["农技站", "计划财务股"], "2024-09"),
        (["农田建设股"], ["计划财务股"], "2024-12"),
        (["护理部"], ["医务科", "各临床科室"], None),
    ]


def test_a_townships_stations_and_offices_as_labels():
    """``责任站（所）``, ``牵头办（所）``, ``责任科（股）室`` (a 镇's 站所, a 县局's 科股): before, no task."""
    plan = (
        "某镇2024年秸秆禁烧工作方案\n\n各村（社区），镇直各单位：\n\n"
        "（一）加强巡查。（责任站（所）：镇农业综合服务中心；配合单位：各村（社区）；完成时限：2024年6月底前）\n\n"
        "（二）强化宣传。（牵头办（所）：镇党政办；完成时限：长期坚持）\n\n"
        "（三）严格执法。（责任科（股）室：执法大队、政策法规股）\n"
    )
    assert _dated(plan) == [
        (["镇农业综合服务中心"], ["各村（社区）"], "2024-06"),
        (["镇党政办"], [], None),
        (["执法大队", "政策法规股"], [], None),
    ]


def test_people_beside_the_offices_stay_people():
    """``分管领导：副局长陈某``, ``责任人：各社区党组织书记`` beside an office label: no unit (as before)."""
    plan = (
        "某街道2023年网格化工作方案\n\n各社区，街道各科室：\n\n"
        "1. 调整优化网格。\n分管领导：刘某某\n牵头科室：社会治理办\n配合科室：党建办、各社区\n责任人：陈某\n\n"
        "2. 严格法制审核。（承办科室：政策法规科；分管领导：副局长陈某；完成时限：长期坚持）\n"
    )
    assert _units(plan) == [(["社会治理办"], ["党建办", "各社区"]), (["政策法规科"], [])]


def test_the_office_that_does_the_work_labelled_ju_ti_fu_ze_leads():
    """``具体负责：政策法规科`` (a 局's or a 街道's item naming the office that does the work, with its leader beside
    it): the office leads, as ``A具体负责…`` in prose does; before, no task. A person written there stays none."""
    plan = (
        "某市城市管理局2020年依法行政工作要点\n\n局机关各科室、执法大队：\n\n"
        "1. 严格落实重大执法决定法制审核制度。（具体负责：政策法规科；分管领导：副局长陈某；完成时限：长期坚持）\n\n"
        "2. 网格员每日巡查网格，及时采集上报信息。\n具体负责：各社区\n责任人：各社区党组织书记\n完成时限：长期坚持\n\n"
        "3. 做好行政应诉工作。\n牵头科室：政策法规科\n具体负责：张某某\n"
    )
    assert _units(plan) == [(["政策法规科"], []), (["各社区"], []), (["政策法规科"], [])]


def test_an_office_named_by_its_kind_alone_before_a_person_label_is_no_unit():
    """``科室负责人：张某某`` / ``股室负责人：李某`` (an office's head beside its office): before, the unit 科室 (and a
    false task on the label's line); ``各科室``, ``相关股室`` stay collectives."""
    plan = (
        "某县卫生健康局2024年工作要点\n\n局机关各股室：\n\n"
        "1. 做好档案管理。（责任科室：办公室；科室负责人：张某某；完成时限：2024年6月底前）\n\n"
        "2. 做好宣传。\n责任股室：宣传股\n股室负责人：李某\n完成时限：长期坚持\n\n"
        "3. 抓好安全生产。（责任科室：各科室；配合股室：相关股室）\n"
    )
    assert _units(plan) == [(["办公室"], []), (["宣传股"], []), (["各科室"], ["相关股室"])]
