"""Round 66 heldout10: rules for the tenth batch of real held-out plans (tests/fixtures/heldout/49-52).

Each rule is tested here in words of our own, with guards: near wordings it must leave as they were read.

- a task table's column headed ``主要部门`` (or ``主要单位``) names the units that carry
  each row, as ``责任部门`` does (held-out 50's annex ``“十四五”重点安排表``);
- ``A负责…，B根据职责分工，形成工作合力``: the manner alone closing a later clause of units makes them partners, as
  ``B按职责分工负责`` does beside a lead (50); a first clause of units alone (``A、B按照职责分工，将…``) still leads.
"""

from __future__ import annotations

from reformgraph.errors import DocumentError
from reformgraph.loaders.parse import parse_document

_HEAD = "某区某某工作方案\n\n一、工作任务\n\n"


def _read(body: str) -> list[tuple[int, list[str], list[str]]]:
    try:
        doc = parse_document(_HEAD + body + "\n", path="plan.md")
    except DocumentError:  # no task read at all
        return []
    return [(m.line, [u.raw for u in m.leads], [u.raw for u in m.supports]) for w in doc.workplans for m in w.measures]


def _roles(body: str) -> list[tuple[list[str], list[str]]]:
    return [(leads, supports) for _, leads, supports in _read(body)]


# ---- a 主要部门 column ----------------------------------------------------------------------------------------


def test_a_main_departments_column_names_each_rows_units():
    body = (
        "附表\n\n重点项目安排表\n\n序号\n\n项目类别\n\n建设内容\n\n主要部门\n\n"
        "1\n\n滨河步道\n\n建成滨河慢行步道12公里\n\n区水务局、区绿化市容局\n\n"
        "2\n\n新建口袋公园8座\n\n区绿化市容局\n\n"
        "3\n\n社区服务\n\n改造社区食堂5家\n\n区民政局、\n\n各街镇"
    )
    assert _roles(body) == [
        (["区水务局", "区绿化市容局"], []),
        (["区绿化市容局"], []),
        (["区民政局", "各街镇"], []),
    ]


def test_a_main_departments_column_in_a_pipe_table():
    body = (
        "| 序号 | 工作任务 | 主要部门 | 完成时间 |\n|---|---|---|---|\n"
        "| 1 | 修订停车收费标准 | 区发展改革委 | 2026年6月底前 |\n"
        "| 2 | 建设智慧停车平台 | 区建设管理委、区大数据中心 | 2026年12月底前 |"
    )
    assert _roles(body) == [(["区发展改革委"], []), (["区建设管理委", "区大数据中心"], [])]


def test_a_main_contents_column_is_no_units_column():
    # guard: 主要内容 (and a data table's 主要指标) names work, not units: the rows read by their 责任单位 alone
    body = (
        "| 序号 | 主要内容 | 责任单位 |\n|---|---|---|\n"
        "| 1 | 完成老旧小区加装电梯50台 | 区房管局 |\n"
        "| 2 | 新增养老床位200张 | 区民政局 |"
    )
    assert _roles(body) == [(["区房管局"], []), (["区民政局"], [])]


# ---- 根据职责分工 closing a partner's clause -------------------------------------------------------------------


def test_by_their_duties_closing_a_later_clause_makes_partners():
    body = "（一）加强组织领导。区生态环境局负责抓好任务落实，加强督促检查，区相关部门根据职责分工，形成工作合力。"
    assert _roles(body) == [(["区生态环境局"], ["区相关部门"])]


def test_by_their_duties_then_working_closely_makes_partners():
    body = "（二）明确责任。区应急局负责统筹，各街道按照职责分工，密切配合，抓好落实。"
    assert _roles(body) == [(["区应急局"], ["各街道"])]


def test_units_by_their_duties_with_no_lead_before_still_lead():
    # guard (round 40): the units of a first clause, their work after a comma
    body = "（三）强化保障。区财政局、区审计局按照职责分工，将专项资金纳入年度预算并加强监督。"
    assert _roles(body) == [(["区财政局", "区审计局"], [])]


def test_by_their_duties_then_responsible_is_unchanged():
    # guard (rounds 42, 46): 按职责分工负责 with no comma, beside a lead, as it was read
    body = "（四）加强协调。区商务委负责统筹推进，各有关部门按职责分工负责，形成工作合力。"
    assert _roles(body) == [(["区商务委"], ["各有关部门"])]
