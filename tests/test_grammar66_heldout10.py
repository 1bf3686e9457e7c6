"""Round 66 heldout10: rules for the tenth batch of real held-out plans (tests/fixtures/heldout/49-52).

Each rule is tested here in words of our own, with guards: near wordings it must leave as they were read.

- a task table's column headed ``主要部门`` (or ``主要单位``) names the units that carry
  each row, as ``责任部门`` does (held-out 50's annex ``“十四五”重点安排表``);
"""

from __future__ import annotations

from support.readings import lines_and_roles

_HEAD = "某区某某工作方案\n\n一、工作任务\n\n"


def _read(body: str) -> list[tuple[int, list[str], list[str]]]:
    return lines_and_roles(_HEAD + body + "\n")


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
