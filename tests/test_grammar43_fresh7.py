"""Round 43 of docs/loader.md, theme fresh7: layouts of assignment that are not 工作方案, read as they came (a 常务会议
纪要's 议定事项, a 人大代表建议 and a 政协提案 交办分工表, a 政府工作报告 责任分解, a 绩效考核 指标分解, a 巡察整改
“三张清单”, a 督查督办通知单, a 领导批示件 落实分工)."""

from __future__ import annotations

from reformgraph.loaders.parse import parse_document


def _read(text: str) -> list[tuple]:
    doc = parse_document(text, path="plan.txt")
    return [
        (m.line, [u.raw for u in m.leads], [u.raw for u in m.supports], m.deadline.date, m.deadline.status)
        for w in doc.workplans
        for m in w.measures
    ]


def test_a_tab_table_of_proposals_places_every_row_by_its_tabs():
    """A 提案交办分工表 pasted from a sheet: its rows numbered 0012 (a 提案号 padded with zeros), a 提案者 column whose
    cells read as units (民进云岭市委会, 市工商联) and a 承办方式 column before the 主办单位 / 会办单位 columns. Each tab of
    the header parts its names, so a full row's cells are its columns too, as a row with an empty cell's are. Before,
    the full rows were placed by what they hold: the proposer led and 主办会办 was a unit."""
    text = (
        "市政协提案交办分工表\n\n"
        "提案号\t案由\t提案者\t承办方式\t主办单位\t会办单位\n"
        "0012\t关于发展普惠托育服务的提案\t民进云岭市委会\t主办会办\t市卫生健康委\t市教育体育局、市妇联\n"
        "0047\t关于优化营商环境的提案\t市工商联\t单独办理\t市营商环境局\t\n"
        "0058\t关于加强历史文化街区保护的提案\t九三学社云岭市委会\t分办\t市住房城乡建设局、市文化和旅游局\t\n"
    )
    assert _read(text) == [
        (4, ["市卫生健康委"], ["市教育体育局", "市妇联"], None, None),
        (5, ["市营商环境局"], [], None, None),
        (6, ["市住房城乡建设局", "市文化和旅游局"], [], None, None),
    ]
