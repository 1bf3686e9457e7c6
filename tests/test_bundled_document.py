"""Integration: the bundled document, checked against its table of contents and spot-read passages."""

from __future__ import annotations

import re
from collections import Counter

from reformgraph.loaders.pipeline import BUNDLED_DOCUMENT

TEXT = BUNDLED_DOCUMENT.read_text(encoding="utf-8")
LINES = TEXT.splitlines()


def nodes(G, kind):
    return {n: d for n, d in G.nodes(data=True) if d["kind"] == kind}


def toc_numbers() -> list[str]:
    """Workplan numbers straight from the table of contents (items without variants, plus variants)."""
    toc = TEXT[TEXT.index("目 录") : TEXT.index("## 开展“一照多址”")]
    numbers = re.findall(r"^[-\s]*(\d{1,3}(?:\.\d)?)\.?\s", toc, flags=re.M)
    parents = {n.split(".")[0] for n in numbers if "." in n}
    return [n for n in numbers if n not in parents]


def test_124_workplans_numbered_as_in_the_table_of_contents(bundled):
    doc = bundled.documents[0]
    expected = toc_numbers()
    assert len(expected) == 124
    assert [w.number for w in doc.workplans] == expected
    assert len(doc.reforms) == 100
    assert sum(1 for w in doc.workplans if w.variant) == 35


def test_titles_and_variants_of_tricky_workplans(bundled):
    wps = {w.number: w for w in bundled.documents[0].workplans}
    assert wps["11"].title == "企业住所（经营场所）标准化登记改革事项工作方案"
    assert (wps["60.1"].title, wps["60.1"].variant) == (
        "探索实行惩罚性赔偿和内部举报人制度改革事项工作方案",
        "食品，惩罚性赔偿",
    )
    assert wps["60.7"].variant == "安全生产，内部举报人"
    assert wps["63.3"].variant == "工程建设，勘察设计人员、施工图审查人员"
    assert wps["77.2"].variant == "降低小额诉讼程序费用"
    assert wps["25"].title == "进一步优化工程建设项目联合验收方式改革事项工作方案"
    # 60.2's body heading is split over three lines starting at line 2782
    assert LINES[wps["60.2"].line_start - 1].startswith("## 探索实行惩罚性赔偿")


def test_every_measure_has_a_lead_and_provenance(bundled_graph):
    G = bundled_graph
    measures = nodes(G, "Measure")
    assert len(measures) >= 600
    leads = Counter(v for _, v, r in G.edges(data="rel") if r == "LEADS")
    assert all(leads[m] >= 1 for m in measures)
    for mid, m in measures.items():
        line = LINES[m["line"] - 1].replace("*", "")
        assert "（牵" in line or "(牵" in line or "（责" in line or "(责" in line, (mid, m["line"], line[-30:])


def test_aliases_collapse(bundled_graph):
    units = nodes(bundled_graph, "Unit")
    for long, short in [
        ("市住房城乡建设委", "市住房城乡建委"),
        ("市五中院", "市五中法院"),
        ("市人社局", "市人力社保局"),
        ("市口岸物流办", "市政府口岸物流办"),
        ("市公积金中心", "市住房公积金管理中心"),
    ]:
        canonical = units.get(f"unit:{short}") or units.get(f"unit:{long}")
        assert canonical is not None
        assert {long, short} <= set(canonical["aliases"]), canonical
        assert not (f"unit:{long}" in units and f"unit:{short}" in units)


def test_collectives_are_never_departments(bundled_graph):
    units = nodes(bundled_graph, "Unit")
    for name in ["各区县政府", "市级相关部门", "有关主管部门", "各中基层法院"]:
        assert units[f"unit:{name}"]["category"] == "collective"
    assert units["unit:市市场监管局"]["category"] == "department"
    assert "市市场监管局等有关部门" in units["unit:市市场监管局"]["aliases"]


def test_spot_check_first_workplan(bundled_graph):
    """Workplan 1 (lines 193–257): ten measures, all led by 市市场监管局; contacts with one phone."""
    G = bundled_graph
    wp = G.nodes["workplan:youyang-2022-18-business-environment-reforms:1"]
    assert (wp["line_start"], wp["line_end"]) == (193, 257)
    ms = [
        u
        for u, v, r in G.in_edges("workplan:youyang-2022-18-business-environment-reforms:1", data="rel")
        if r == "PART_OF"
    ]
    assert len(ms) == 10
    m1 = G.nodes["measure:youyang-2022-18-business-environment-reforms:1:1"]
    assert m1["line"] == 217 and m1["deadline"] == "2021-12" and m1["text"].startswith("1.开展工作调研")
    contacts = {
        G.nodes[p]["name"]: d
        for p, _, d in G.in_edges("workplan:youyang-2022-18-business-environment-reforms:1", data=True)
        if d["rel"] == "CONTACT_FOR"
    }
    assert contacts["毕士杰"]["phones"] == ["67236219"] and contacts["杨光"]["role"] == "分管领导"


def test_spot_check_staged_deadline_and_multi_lead(bundled_graph):
    G = bundled_graph
    staged = [
        d
        for _, d in G.nodes(data=True)
        if d["kind"] == "Measure" and (d["deadline_raw"] or "").startswith("第一阶段2021年12月")
    ]
    assert staged and staged[0]["deadline"] == "2022-05" and staged[0]["status"] == "scheduled"
    # line 615: 7.(…) 牵头单位：市市场监管局、人行重庆营管部
    multi = [m for m, d in G.nodes(data=True) if d["kind"] == "Measure" and d["line"] == 615]
    leads = sorted(G.nodes[u]["name"] for u, _, r in G.in_edges(multi[0], data="rel") if r == "LEADS")
    assert leads == ["人行重庆营管部", "市市场监管局"]


def test_responsible_section_with_unlabelled_second_lead(bundled_graph):
    """79 (line 4430): 牵头单位：市交通局 … then 市市场监管局 without the label, each with its own people."""
    G = bundled_graph
    wid = "workplan:youyang-2022-18-business-environment-reforms:79"
    leads = sorted(
        G.nodes[u]["name"]
        for u, _, d in G.in_edges(wid, data=True)
        if d["rel"] == "RESPONSIBLE_FOR" and d["role"] == "lead"
    )
    assert leads == ["市交通局", "市市场监管局"]
    member = {G.nodes[p]["name"]: G.nodes[u]["name"] for p, u, r in G.edges(data="rel") if r == "MEMBER_OF"}
    assert member["陶奕岑"] == "市市场监管局"


def test_districts_and_laws(bundled_graph):
    G = bundled_graph
    districts = {d["name"] for _, d in G.nodes(data=True) if d["kind"] == "District"}
    assert {"两江新区", "九龙坡区", "永川区", "北碚区"} <= districts
    laws = {d["title"]: d["category"] for _, d in G.nodes(data=True) if d["kind"] == "Law"}
    assert laws["《税收完税证明》"] == "form"
    assert sum(1 for c in laws.values() if c == "law") >= 10
    located = {G.nodes[u]["name"]: G.nodes[d]["name"] for u, d, r in G.edges(data="rel") if r == "LOCATED_IN"}
    assert located["九龙坡区政府"] == "九龙坡区"


def test_closing_distribution_list_is_not_a_unit(bundled_graph):
    names = {d["name"] for _, d in bundled_graph.nodes(data=True) if d["kind"] == "Unit"}
    assert not any(n.startswith("抄送") or n.startswith("县") for n in names)
