"""A deterministic synthetic corpus: many documents' worth of workplans, measures and units.

Shaped after the bundled document (124 workplans, ~5 measures each; one lead
per measure mostly; 0–11 supporting units, half the measures with none; one
unit leading or supporting ~30 % of all measures) and scaled up: ``documents``
plans that share a pool of municipal units with Zipf-like popularity, each
with its own local (district) units, and topic clusters so that units of one
policy area work together more often. Same arguments, same graph.

>>> G = synthetic_corpus(documents=2, seed=1)
>>> G2 = synthetic_corpus(documents=2, seed=1)
>>> sorted(G.nodes) == sorted(G2.nodes) and G.number_of_edges() == G2.number_of_edges()
True
"""

from __future__ import annotations

import random
from bisect import bisect
from itertools import accumulate

import networkx as nx

from reformgraph.metrics.sample import graph_from_measures

# Frequencies read off the bundled document (measure_roles on its graph).
MEASURES_PER_WORKPLAN = {1: 3, 2: 5, 3: 16, 4: 27, 5: 23, 6: 20, 7: 15, 8: 7, 9: 3, 10: 3, 11: 1}
LEADS_PER_MEASURE = {1: 597, 2: 28, 3: 6, 4: 1, 5: 1}
SUPPORTS_PER_MEASURE = {0: 288, 1: 155, 2: 67, 3: 44, 4: 21, 5: 16, 6: 7, 7: 3, 8: 17, 9: 10, 10: 3, 11: 2}

DEPARTMENTS = [
    "财政局",
    "税务局",
    "市场监管局",
    "住房城乡建委",
    "规划自然资源局",
    "发展改革委",
    "公安局",
    "知识产权局",
    "交通局",
    "人力社保局",
    "公共资源交易监管局",
    "商务委",
    "司法局",
    "口岸物流办",
    "药监局",
    "卫生健康委",
    "科技局",
    "生态环境局",
    "大数据发展局",
    "经济信息委",
    "教委",
    "民政局",
    "农业农村委",
    "文化旅游委",
    "应急局",
    "水利局",
    "城市管理局",
    "林业局",
    "医保局",
    "统计局",
    "审计局",
    "档案局",
    "气象局",
    "地震局",
    "体育局",
    "国资委",
    "金融监管局",
    "外汇管理局",
    "消防救援支队",
    "邮政管理局",
]
COLLECTIVES = ["各区县政府", "市级相关部门", "有关主管部门", "各区县司法局", "相关金融机构", "市安委会成员单位"]


def _sampler(rng: random.Random, weights: dict[int, int]):
    keys = list(weights)
    cum = list(accumulate(weights[k] for k in keys))
    return lambda: keys[bisect(cum, rng.random() * cum[-1])]


def _zipf(items: list[str], s: float) -> tuple[list[str], list[float]]:
    cum = list(accumulate(1.0 / (i + 1) ** s for i in range(len(items))))
    return items, cum


def _draw(rng: random.Random, pool: tuple[list[str], list[float]]) -> str:
    items, cum = pool
    return items[bisect(cum, rng.random() * cum[-1])]


def synthetic_corpus(
    documents: int = 100,
    *,
    seed: int = 2022,
    core_units: int = 400,
    local_units: int = 30,
    topics: int = 12,
    workplans: int = 124,
    local_share: float = 0.35,
    topic_share: float = 0.6,
    collective_share: float = 0.04,
) -> nx.MultiDiGraph:
    """Generate ``documents`` documents' worth of workplans as one reformgraph/1 graph.

    Parameters
    ----------
    documents
        How many plans; each has ``workplans`` workplans (reform items with an
        occasional sub-variant) and about five measures per workplan.
    core_units
        Municipal units shared by every document, popularity Zipf(1.1): a few
        carry most measures, as 市市场监管局 does in the bundled document.
    local_units
        Units of each document's own district (``<district>财政局`` …), drawn
        with probability ``local_share``.
    topics
        Policy areas: each workplan has one, each core unit a home topic; a
        unit is drawn from the workplan's topic with probability ``topic_share``.
    collective_share
        Probability that a supporting unit is a collective one (各区县政府 …).
    """
    rng = random.Random(seed)
    # most popular first: the named departments, then numbered municipal units
    core = [f"市{DEPARTMENTS[i]}" if i < len(DEPARTMENTS) else f"市直单位{i:03d}" for i in range(core_units)]
    core_pool = _zipf(core, 1.1)
    by_topic: list[list[str]] = [[] for _ in range(topics)]
    for i, name in enumerate(core):
        by_topic[i % topics].append(name)
    topic_pools = [_zipf(units, 1.1) for units in by_topic]
    n_measures = _sampler(rng, MEASURES_PER_WORKPLAN)
    n_leads = _sampler(rng, LEADS_PER_MEASURE)
    n_supports = _sampler(rng, SUPPORTS_PER_MEASURE)
    months = [f"{y}-{m:02d}" for y in (2021, 2022, 2023) for m in range(1, 13)][5:]

    def unit(topic: int, local: tuple[list[str], list[float]]) -> str:
        r = rng.random()
        if r < local_share:
            return _draw(rng, local)
        if r < local_share + (1 - local_share) * topic_share:
            return _draw(rng, topic_pools[topic])
        return _draw(rng, core_pool)

    graphs = []
    for d in range(documents):
        district = f"区县{d + 1:03d}"
        local = _zipf([f"{district}{DEPARTMENTS[i % len(DEPARTMENTS)]}" for i in range(local_units)], 1.0)
        rows = []
        number = 0
        for _ in range(workplans):
            number += 1
            variants = [str(number)] if rng.random() > 0.08 else [f"{number}.1", f"{number}.2"]
            for wp in variants:
                topic = rng.randrange(topics)
                for _ in range(n_measures()):
                    leads = list(dict.fromkeys(unit(topic, local) for _ in range(n_leads())))
                    supports = [
                        rng.choice(COLLECTIVES) if rng.random() < collective_share else unit(topic, local)
                        for _ in range(n_supports())
                    ]
                    supports = [s for s in dict.fromkeys(supports) if s not in leads]
                    r = rng.random()
                    deadline, status = (
                        (None, "ongoing") if r < 0.1 else (rng.choice(months), "done" if r < 0.2 else "scheduled")
                    )
                    rows.append((wp, leads, supports, deadline, status))
        graphs.append(graph_from_measures(rows, document=f"synthetic-{d + 1:03d}"))
    G = nx.compose_all(graphs)
    G.graph["documents"] = [f"doc:synthetic-{d + 1:03d}" for d in range(documents)]
    return G
