"""Round 75 rows75: an unnumbered flattened task table read when no blank line parts its cells (held-out 82's 任务清单
as a portal page, a WeChat or 秀米 article, Word's web page or a PDF's text gives it), and three rules it needed.

- The rows are found from the cells' shapes (``flat_tables._rows_by_shape``): a run of text lines (a 任务名称 written
  once over its group, a phrase; then the 任务内容) and the run of unit lines after it, parted into the table's unit
  cells one way only (a line ending with 、 goes on; ``/`` is a cell alone; a cell writes its units one a line or as
  a list, not both). A row whose unit lines part two ways takes the way the table's other rows show (the column they
  write one unit a line in, when only one); else it is not read, with the loader's ``unread_assignment`` warning.
- A page's footer between two lines of one cell parts no cell (``flat_tables._blank_lines_of``).
- A list of whole names full to a PDF text's margin over a phrase that names no unit is the row's last cell, the
  phrase the next row's first (``flat_tables._next_row_under_units``); a header's last line named like a count's
  column (``摸清需求底数``) over a sentence is the first row's cell (``flat_tables._count_over_a_sentence``).

The written plans are in tests/fixtures/round75/rows75 (tests/test_round_plans.py compares them); held-out 82's copies
by the metamorphic modules (tests/test_grammar7*_meta*.py).
"""

from __future__ import annotations

import pytest
from support.expected_files import measures
from support.readings import lines_and_roles

from reformgraph.errors import DocumentError
from reformgraph.loaders.read import parse_text

HEADER = ("某区养老服务提升工作任务清单", "序号", "任务名称", "任务内容", "责任单位", "配合单位")


def _parsed(*lines: str):
    return parse_text("\n".join(lines) + "\n", path="plan.txt", key="plan", sha256="0")


def _read(*lines: str) -> list[tuple]:
    return [
        (m.line, m.text[:6], [u.raw for u in m.leads], [u.raw for u in m.supports]) for m in measures(_parsed(*lines))
    ]


def test_rows_with_no_blank_line_between_cells_are_found_by_their_shapes():
    assert _read(
        *HEADER,
        "完善助餐服务",  # 7: a 任务名称 over its group
        "新建一批社区长者食堂，扩大助餐服务覆盖面。",
        "区民政局",  # 9
        "各街道",
        "推动社会餐饮企业参与老年助餐。",
        "区商务委",  # 12: a lead one unit a line over an empty 配合单位
        "区民政局",
        "/",
        "1.开展助餐点食品安全检查。",  # 15: a 任务内容 of numbered items
        "2.公布检查结果。",
        "区市场监管局",  # 17
        "区民政局、区商务委、",  # a list wrapped after its 、
        "各街道",
    ) == [
        (9, "新建一批社区", ["区民政局"], ["各街道"]),
        (12, "推动社会餐饮", ["区商务委", "区民政局"], []),
        (17, "开展助餐点食", ["区市场监管局"], ["区民政局", "区商务委", "各街道"]),
    ]


ROWS = (
    "建设家庭养老床位，开展适老化改造。",  # 7
    "区民政局",
    "/",
    "推进医养结合，支持养老机构内设诊所。",  # 10
    "区卫生健康委",
    "区民政局",
    "区医保局、各街道",  # one cell of a list: so 区卫生健康委 / 区民政局 is one cell, the leads
)


def test_a_row_whose_unit_lines_part_two_ways_takes_the_way_the_other_rows_show():
    assert _read(
        *HEADER,
        *ROWS,
        "培育养老护理员队伍，开展职业技能培训。",  # 14
        "区人社局",  # 15: 区人社局 / 区民政局 / 各街道, leads one a line as in the row above
        "区民政局",
        "各街道",
    ) == [
        (8, "建设家庭养老", ["区民政局"], []),
        (11, "推进医养结合", ["区卫生健康委", "区民政局"], ["区医保局", "各街道"]),
        (15, "培育养老护理", ["区人社局", "区民政局"], ["各街道"]),
    ]


def test_guard_a_row_whose_unit_lines_part_two_ways_and_no_row_shows_which_is_not_read():
    doc = _parsed(
        *HEADER,
        *ROWS[:3],
        "培育养老护理员队伍，开展职业技能培训。",  # 10
        "区人社局",  # 11: two leads and a partner, or a lead and two partners
        "区民政局",
        "各街道",
    )
    assert [(m.line, [u.raw for u in m.leads]) for m in measures(doc)] == [(8, ["区民政局"])]
    assert [(w.line, w.kind) for w in doc.warnings if w.kind == "unread_assignment"] == [(11, "unread_assignment")]


def test_guard_when_the_rows_show_both_columns_one_unit_a_line_a_row_parting_two_ways_is_not_read():
    doc = _parsed(
        *HEADER,
        "开展养老服务宣传。",  # 7
        "/",
        "区民政局",  # 9: no lead written, partners one a line
        "区卫生健康委",
        "推进医养结合，支持养老机构内设诊所。",  # 11
        "区卫生健康委",
        "区民政局",
        "区医保局、各街道",
        "培育养老护理员队伍，开展职业技能培训。",  # 15
        "区人社局",  # 16: both columns shown one unit a line above: which cell holds two is not known
        "区民政局",
        "各街道",
    )
    assert [m.line for m in measures(doc)] == [9, 12]
    assert [w.line for w in doc.warnings if w.kind == "unread_assignment"] == [16]


def test_guard_a_table_writing_no_empty_cell_reads_no_row_of_several_unit_lines():
    """With no empty cell written (no ``/``), 区民政局 / 各街道 is a lead and a partner, or two leads and no partner."""
    doc = _parsed(
        *HEADER,
        "建设家庭养老床位，开展适老化改造。",  # 7
        "区民政局",
        "各街道",
        "推进医养结合，支持养老机构内设诊所。",  # 10
        "区卫生健康委",
    )
    assert [(m.line, [u.raw for u in m.leads], [u.raw for u in m.supports]) for m in measures(doc)] == [
        (11, ["区卫生健康委"], [])
    ]
    assert [w.line for w in doc.warnings if w.kind == "unread_assignment"] == [8]


def test_guard_text_with_no_unit_lines_after_it_is_no_row_and_a_table_of_none_reads_nothing():
    assert [line for line, *_ in _read(*HEADER, *ROWS[:3], "加强养老服务宣传引导。")] == [8]
    with pytest.raises(DocumentError):
        _read(*HEADER, "完善助餐服务", "新建一批社区长者食堂。", "加强养老服务宣传引导。")


def test_a_page_footer_between_two_lines_of_a_unit_cell_parts_no_cell():
    """Cells parted by blank lines (a portal's page), a footer printed inside the lead cell 区民政局 / 区卫生健康委."""
    text = "\n\n".join(
        [
            *HEADER,
            "推进医养结合，支持养老机构内设诊所。",
            "区民政局\n第3页 共9页\n区卫生健康委",
            "区医保局",
            "建设家庭养老床位。",
            "各街道",
            "/",
        ]
    )
    doc = parse_text(text + "\n", path="plan.txt", key="plan", sha256="0")
    assert [([u.raw for u in m.leads], [u.raw for u in m.supports]) for m in measures(doc)] == [
        (["区民政局", "区卫生健康委"], ["区医保局"]),
        (["各街道"], []),
    ]


def test_guard_a_numbered_table_with_no_blank_lines_reads_by_its_numbers():
    assert _read(
        *HEADER,
        "1",
        "完善助餐服务",
        "新建一批社区长者食堂。",
        "区民政局",  # 10
        "各街道",
        "2",
        "推动社会餐饮企业参与老年助餐。",
        "区商务委",  # 14
        "区民政局",
    ) == [(10, "新建一批社区", ["区民政局"], ["各街道"]), (14, "推动社会餐饮", ["区商务委"], ["区民政局"])]


def _division(third: str, heading: str = "二、任务分工") -> list[tuple]:
    return lines_and_roles(
        "\n\n".join(
            [
                "某局安全生产治本攻坚三年行动实施方案",
                "一、工作目标",
                "全面提升安全管理水平。",
                heading,
                "（一）局办公室负责制定三年行动方案，统筹推动组织实施。",
                "（二）负有监管职责的机关科室，要细化具体措施要求。",
                third,
            ]
        )
        + "\n",
        "plan.txt",
    )


def test_a_collectives_share_in_a_numbered_division_of_the_work_is_its_task():
    """Held-out 81's 二、任务分工: （一） names a unit with 负责, （三） a collective with 要: its share."""
    assert _division("（三）各事业单位要结合本方案，制定本单位实施方案。") == [
        (9, ["局办公室"], []),
        (13, ["各事业单位"], []),
    ]


@pytest.mark.parametrize(
    ("third", "heading"),
    [
        ("（三）各事业单位要结合本方案，制定本单位实施方案。", "二、工作要求"),  # no division of the work
        ("（三）事业单位要结合本方案，制定实施方案。", "二、任务分工"),  # a kind, no collective
    ],
)
def test_guard_a_collectives_modal_outside_a_division_of_the_work_is_no_task(third: str, heading: str):
    assert [leads for _, leads, _ in _division(third, heading)] == [["局办公室"]]


def test_guard_a_division_naming_no_unit_with_fu_ze_gives_a_collective_no_share():
    text = "\n\n".join(
        [
            "某局工作方案",
            "一、职责分工",
            "（一）各科室要加强统筹。",
            "（二）各事业单位要制定实施方案。",
            "（三）局办公室牵头开展督查。",
        ]
    )
    assert [leads for _, leads, _ in lines_and_roles(text + "\n", "plan.txt")] == [["局办公室"]]
