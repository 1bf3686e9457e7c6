"""Round 62, heldout3: a third batch of real held-out plans (tests/fixtures/heldout 17-22, copied byte for byte from
zhiyao87/Shanghai-Gov-Docs-Index and read by hand before the loader ran on them): the general rules their misses asked
for, each with its guards (docs/round62_heldout3.md)."""

from __future__ import annotations

import pytest

from reformgraph.errors import DocumentError
from reformgraph.loaders.parse import parse_document
from reformgraph.loaders.unit_names import is_unit_name


def _tasks(text: str) -> list[tuple]:
    doc = parse_document(text, path="plan.txt")
    return [
        (m.line, m.text[:8], [u.raw for u in m.leads], [u.raw for u in m.supports], m.deadline.date)
        for w in doc.workplans
        for m in w.measures
    ]


# ---- a sector list after 配合 names fields, not units ------------------------------------------------------------------

_HEAD = "某市市场监管系统燃气安全专项整治实施方案\n\n五、工作要求\n\n"


def test_a_field_in_chengxiang_is_no_township():
    # before: 住房城乡 (of 住房城乡建设、商务…) read as a township's name, the paragraph a task it led (heldout 18)
    text = _HEAD + "（三）强化工作协同\n\n各区市场监管局要积极配合住房城乡建设、商务、应急管理、公安等各有关部门开展专项整治工作，加强信息共享。\n"
    with pytest.raises(DocumentError):
        _tasks(text)  # no task: the plan names no responsible unit
    assert (is_unit_name("住房城乡"), is_unit_name("统筹城乡")) == (False, False)


def test_a_township_in_chengxiang_and_a_named_partner_read_as_before():
    # guards: a township named ...城乡 is one; X应配合Y with Y a unit still makes Y lead
    assert (is_unit_name("古城乡"), is_unit_name("各乡"), is_unit_name("市住房城乡建设管理委")) == (True, True, True)
    text = _HEAD + "（三）强化工作协同\n\n各乡镇应配合区规划资源局认真排摸地块，建立台账。\n"
    assert _tasks(text) == [(7, "强化工作协同各乡", ["区规划资源局"], ["各乡镇"], None)]
