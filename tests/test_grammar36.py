"""Round 36 of docs/loader.md: what earlier probes left alone and new helpers' plans showed (session 24)."""

from __future__ import annotations

from reformgraph.loaders.parse import parse_document


def _rows(doc):
    return [
        (m.text, [u.raw for u in m.leads], [u.raw for u in m.supports], m.deadline.date)
        for w in doc.workplans
        for m in w.measures
    ]


def test_a_field_line_broken_inside_a_unit_name_goes_on_in_the_next_line():
    text = (
        "江临市东湖区2025年城市更新重点工作清单\n\n一、背街小巷整治\n\n"
        "1. 任务名称：打通断头路3条；牵头单位：区交通运输局；责任单位：区自然资源分局、区住\n"
        "建局、相关街道；完成时限：2025年12月底前\n\n"
        "2. 任务名称：整治背街小巷30条；牵头单位：区城管局；责任单位：区交通运输局；完成时限：2025年11月底\n"
    )
    assert _rows(parse_document(text)) == [
        # before: S 区自然资源分局, 区住 (a name cut in two) and no deadline
        ("打通断头路3条", ["区交通运输局"], ["区自然资源分局", "区住建局", "相关街道"], "2025-12"),
        ("整治背街小巷30条", ["区城管局"], ["区交通运输局"], "2025-11"),
    ]
