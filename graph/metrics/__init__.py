"""Coordination metrics: pure functions from a reformgraph/1 graph to plain records.

Every function takes the graph first, never modifies it, and returns frozen
dataclasses, dicts or lists holding plain Python numbers; results are
deterministic (Louvain and sampled betweenness use fixed seeds; ties are
broken by name). Collective units (各区县政府, 市级相关部门 …) are left out
unless ``include_collective=True``. See docs/metrics.md for what each number
means.

>>> from reformgraph.metrics import graph_from_measures, resolve_unit, top_units
>>> G = graph_from_measures([("1", "市市场监管局", "市财政局"), ("2", "市市场监管局", "")])
>>> [r.name for r in top_units(G, by="load")], resolve_unit(G, "市场监管局")
(['市市场监管局', '市财政局'], 'unit:市市场监管局')
"""

from reformgraph.metrics.bottlenecks import (
    BETWEENNESS_WORK_BUDGET,
    DEFAULT_SEED,
    MIN_SAMPLED_K,
    WEIGHTED_COST,
    Bottleneck,
    auto_k,
    betweenness,
    bottlenecks,
    bottlenecks_of,
    coordination_betweenness,
    dependents,
)
from reformgraph.metrics.chains import Chain, Hop, shortest_chain
from reformgraph.metrics.communities import Community, CommunityPartition, communities, communities_of
from reformgraph.metrics.complexity import ReformComplexity, WorkplanComplexity, reform_complexity, workplan_complexity
from reformgraph.metrics.coordination import coordination_digraph, coordination_graph, project
from reformgraph.metrics.deadlines import (
    DueMeasure,
    MonthLoad,
    add_months,
    due_within,
    monthly_from_roles,
    monthly_load,
    overdue,
    parse_date,
    peak_months,
    peaks_of,
)
from reformgraph.metrics.load import (
    DEFAULT_WEIGHTS,
    LEAD_WEIGHT,
    SUPPORT_WEIGHT,
    UnitLoad,
    collective_loads,
    unit_load,
)
from reformgraph.metrics.participation import MeasureRoles, keep_units, measure_nodes, measure_roles, part_of
from reformgraph.metrics.profile import (
    RANK_BY,
    Involvement,
    Partner,
    RankedUnit,
    UnitProfile,
    top_units,
    unit_partners,
    unit_profile,
)
from reformgraph.metrics.sample import graph_from_measures
from reformgraph.metrics.units import is_collective, resolve_unit, unit_name, unit_nodes

__all__ = [
    "BETWEENNESS_WORK_BUDGET",
    "DEFAULT_SEED",
    "DEFAULT_WEIGHTS",
    "LEAD_WEIGHT",
    "MIN_SAMPLED_K",
    "RANK_BY",
    "WEIGHTED_COST",
    "SUPPORT_WEIGHT",
    "Bottleneck",
    "Chain",
    "Community",
    "CommunityPartition",
    "DueMeasure",
    "Hop",
    "Involvement",
    "MeasureRoles",
    "MonthLoad",
    "Partner",
    "RankedUnit",
    "ReformComplexity",
    "UnitLoad",
    "UnitProfile",
    "WorkplanComplexity",
    "add_months",
    "auto_k",
    "betweenness",
    "bottlenecks",
    "bottlenecks_of",
    "collective_loads",
    "communities",
    "communities_of",
    "coordination_betweenness",
    "coordination_digraph",
    "coordination_graph",
    "dependents",
    "due_within",
    "graph_from_measures",
    "is_collective",
    "keep_units",
    "measure_nodes",
    "measure_roles",
    "monthly_from_roles",
    "monthly_load",
    "overdue",
    "parse_date",
    "part_of",
    "peak_months",
    "peaks_of",
    "project",
    "reform_complexity",
    "resolve_unit",
    "shortest_chain",
    "top_units",
    "unit_load",
    "unit_name",
    "unit_nodes",
    "unit_partners",
    "unit_profile",
    "workplan_complexity",
]
