"""What a view is: the frozen records every renderer draws (``View``, ``ViewNode``, ``ViewEdge``) and the labels of
kinds, relations, categories and statuses they show, in Chinese and English (``graph/views.py`` picks what a view
shows).

>>> KIND_LABELS["Unit"], REL_LABELS["LEADS"], REL_LABELS_EN["LEADS"]
('单位 Unit', '牵头', 'leads')
>>> ViewNode("unit:市财政局", "市财政局", "Unit", "department", None, "市财政局").focus
False
"""

from __future__ import annotations

from dataclasses import dataclass

KIND_LABELS = {
    "Document": "文件 Document",
    "Reform": "改革事项 Reform",
    "Workplan": "工作方案 Workplan",
    "Measure": "举措 Measure",
    "Unit": "单位 Unit",
    "District": "区县 District",
    "Law": "法规政策 Law",
    "Person": "人员 Person",
    "Group": "分组 Group",
}
REL_LABELS = {
    "PART_OF": "属于",
    "LEADS": "牵头",
    "SUPPORTS": "配合",
    "RESPONSIBLE_FOR": "负责",
    "CONTACT_FOR": "联系人",
    "MEMBER_OF": "任职",
    "APPLIES_TO": "适用",
    "CITES": "引用",
    "LOCATED_IN": "位于",
    "COORDINATES": "协同",
}
#: The rels in English, beside ``REL_LABELS`` (an edge's label and tooltip in an English picture).
REL_LABELS_EN = {
    "PART_OF": "part of",
    "LEADS": "leads",
    "SUPPORTS": "supports",
    "RESPONSIBLE_FOR": "responsible for",
    "CONTACT_FOR": "contact for",
    "MEMBER_OF": "member of",
    "APPLIES_TO": "applies to",
    "CITES": "cites",
    "LOCATED_IN": "located in",
    "COORDINATES": "coordinates with",
}
CATEGORY_LABELS = {
    "department": "部门 Department",
    "collective": "集合称谓 Collective",
    "district_government": "区县政府 District govt",  # the explorer's word (its tables had no room for "government")
    "subdistrict": "街镇园区 Sub-district",
    "court": "法院 Court",
    "procuratorate": "检察院 Procuratorate",
    "enterprise": "企业 Enterprise",
    "association": "协会 Association",
    "other": "其他 Other",
}

#: A measure's ``status`` (the plan's own word on its deadline), as the explorer's tables name it.
STATUS_LABELS = {
    "done": "已完成 done",
    "ongoing": "持续推进 ongoing",
    "scheduled": "有完成时限 dated",
    "none": "未注明 not stated",
}

DEFAULT_MAX_NODES = 60
LABEL_CHARS = 14  # labels longer than this are cut with "…"; the tooltip keeps the full text
LANGS = ("zh", "en", "both")

# Unit–unit edges of the partner view: who leads (the edge goes from the lead unit to the supporting one).
PARTNER_EDGE_GROUPS = {
    "focus_leads": ("本单位牵头、对方配合", "this unit leads, the partner supports"),
    "partner_leads": ("对方牵头、本单位配合", "the partner leads, this unit supports"),
    "together": ("共同牵头或共同配合", "both lead or both support"),
}
PHONE_MASK = "[电话已隐藏]"
NAME_MASK = "[姓名已隐藏]"


@dataclass(frozen=True)
class ViewNode:
    """A node as drawn.

    ``kind`` is the contract kind, or ``"Group"`` for a node that stands for
    ``members`` summarised nodes. ``group`` is the legend/colour key. ``size`` is
    the value that sets the node's size (None: drawn at the base size). ``title``
    is the plain-text tooltip.
    """

    id: str
    label: str
    kind: str
    group: str
    size: float | None
    title: str
    focus: bool = False
    members: int = 1


@dataclass(frozen=True)
class ViewEdge:
    """An edge as drawn: ``rel`` (contract rel, COORDINATES, or LEADS_UNIT: lead unit → supporting unit),
    a short label, a weight (count), and ``group``: the edge-legend key (``PARTNER_EDGE_GROUPS``; "" for none)."""

    source: str
    target: str
    rel: str
    label: str
    weight: float = 1.0
    group: str = ""


@dataclass(frozen=True)
class View:
    """Everything a renderer needs: nodes, edges, what summarising was done, and legend titles."""

    title: str
    nodes: tuple[ViewNode, ...]
    edges: tuple[ViewEdge, ...]
    notes: tuple[str, ...] = ()
    focus: tuple[str, ...] = ()
    size_label: str = "连接数 connections in view"
    group_label: str = "类型 Kind"
    source: str = ""
    include_contacts: bool = False
    include_people: bool = False
    # "star" (focus in the centre, the others in two columns), "radial" (rings by hops),
    # "chain" (left to right) or "spring" (seeded force layout)
    layout: str = "spring"
    lang: str = "both"
    # A ranking drawn beside the picture (the bottleneck slide: "1. 市交通局 0.148 ◆"), and its title.
    ranking: tuple[str, ...] = ()
    ranking_label: str = ""

    def node(self, node_id: str) -> ViewNode:
        """The node with this id (KeyError if it is not in the view)."""
        for n in self.nodes:
            if n.id == node_id:
                return n
        raise KeyError(node_id)
