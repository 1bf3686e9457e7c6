"""Graphs of small plans of our own words, in the shapes the graph tests compare (rounds 80 and 81's names tests)."""

from __future__ import annotations


def task_plan(title: str, *units: str, issuer: str | None = None) -> str:
    """A plan's text: ``title``, one task led by each of ``units``, and ``issuer`` signing it when given.

    >>> print(task_plan("东湖区方案", "区财政局", issuer="江临市东湖区人民政府"))
    东湖区方案
    <BLANKLINE>
    一、重点任务
    1.落实第1项措施。（牵头单位：区财政局）
    <BLANKLINE>
    江临市东湖区人民政府
    2025年6月1日
    <BLANKLINE>
    """
    items = "".join(f"{i}.落实第{i}项措施。（牵头单位：{u}）\n" for i, u in enumerate(units, start=1))
    signed = f"\n{issuer}\n2025年6月1日\n" if issuer else ""
    return f"{title}\n\n一、重点任务\n{items}{signed}"


def graph_units(*plans: str) -> dict[str, list[str]]:
    """Unit name → the names written for it, in the graph of ``plans`` (texts), built with an empty alias table.

    >>> graph_units(task_plan("东湖区方案", "区财政局"), task_plan("西山区方案", "区财政局"))
    {'东湖区财政局': ['区财政局'], '西山区财政局': ['区财政局']}
    """
    from reformgraph.aliases import AliasTable
    from reformgraph.build import build_graph
    from reformgraph.loaders.parse import parse_document

    docs = [parse_document(text, path=f"plan{i}.md") for i, text in enumerate(plans)]
    G = build_graph(docs, AliasTable.from_rows([]))
    return {d["name"]: sorted(d["aliases"]) for _, d in G.nodes(data=True) if d["kind"] == "Unit"}
