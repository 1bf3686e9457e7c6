"""Round 47 (fresh13): plans of kinds not yet met (docs/loader.md, round 47's fresh13)."""

from reformgraph.loaders.deadlines import parse_deadline
from reformgraph.loaders.parse import parse_document
from tests.support.readings import plan_measures


def _read(text: str, path: str = "x.md") -> list[tuple[int, list[str], list[str], str | None, str | None, str | None]]:
    return plan_measures(text, path)


def _texts(text: str, path: str = "x.md") -> list[tuple[int, str]]:
    return [(m.line, m.text[:12]) for w in parse_document(text, path=path).workplans for m in w.measures]


def _measures(text: str) -> list[tuple[int, str, list[str], list[str]]]:
    return [
        (m.line, m.text, [u.raw for u in m.leads], [u.raw for u in m.supports])
        for w in parse_document(text, path="x.md").workplans
        for m in w.measures
    ]


def test_units_written_bold_under_a_legend_giving_bold_the_lead() -> None:
    # before, ** was bold and nothing else: every unit of each list led
    text = (
        "某区2026年整治任务清单\n\n（注：责任单位中字体加粗的为牵头单位，其余为配合单位）\n\n"
        "1. 加强生产企业监督检查。\n\n   责任单位：**区市场监管局**、区工业和信息化局\n\n   完成时限：2026年4月底前\n\n"
        "2. 严查违规销售行为。\n\n   责任单位：**区市场监管局**、**区商务局**、区公安分局\n\n"
        "3. 强化火灾事故调查。\n\n   责任单位：区消防救援大队、区公安分局\n"
    )
    assert [(leads, supports) for _, leads, supports, *_ in _read(text)] == [
        (["区市场监管局"], ["区工业和信息化局"]),
        (["区市场监管局", "区商务局"], ["区公安分局"]),
        (["区消防救援大队", "区公安分局"], []),  # no unit bold: no lead marked, every unit leads
    ]


def test_bold_marks_partners_under_a_legend_giving_bold_the_partners() -> None:
    text = "某区2026年方案\n\n注：以粗体标注的为配合单位。\n\n1.推进以旧换新。（区商务局、**区财政局**）\n"
    assert [(leads, supports) for _, leads, supports, *_ in _read(text)] == [(["区商务局"], ["区财政局"])]


def test_bold_without_a_legend_and_bold_headings_are_bold() -> None:
    # a guard: without a legend bold says nothing; under one, a bold heading or task is no unit
    plain = "某区2026年方案\n\n1.推进以旧换新。\n\n责任单位：**区商务局**、区财政局\n"
    assert [(leads, supports) for _, leads, supports, *_ in _read(plain)] == [(["区商务局", "区财政局"], [])]
    legend = (
        "某区2026年方案\n\n注：加粗的为牵头单位。\n\n**一、销售环节**\n\n| 序号 | 重点任务 | 责任单位 |\n|---|---|---|\n"
        "| 1 | **推进以旧换新** | **区商务局**、区财政局 |\n"
    )
    assert [(text[:6], leads, supports) for _, text, leads, supports, *_ in _measures(legend)] == [
        ("推进以旧换新", ["区商务局"], ["区财政局"])
    ]


def test_all_year_before_a_continuing_word_in_a_field_is_ongoing() -> None:
    # before, 全年持续推进 closing a bracket was the plan year's December, while the same words closing a sentence
    # were ongoing (round 37)
    text = "某县2026年方案\n\n（八）保障城乡供水安全。（县水利局牵头，县住房城乡建设局配合，全年持续推进）\n"
    assert [(raw, date, status) for *_, raw, date, status in _read(text)] == [("全年持续推进", None, "ongoing")]
    assert parse_deadline("全年常态化开展", 2026).status == "ongoing"
    assert parse_deadline("全年", 2026).date == "2026-12"


def test_a_numbered_problem_opens_its_block() -> None:
    # before, 问题2：… was titled by the last 整改措施 item above it (a short numbered line), and 问题1： stayed in the text
    text = (
        "# 某省整改方案\n\n## 一、整改任务\n\n**问题1：** 一些地方违规审批高耗能项目。\n\n牵头单位：省发展改革委\n\n"
        "整改时限：2026年12月底前\n\n整改措施：\n\n1. 全面排查项目。\n\n2. 依法依规查处。\n\n"
        "**问题2：** 部分支流水质不稳定。\n\n牵头单位：省生态环境厅\n\n整改时限：2027年6月底前\n"
    )
    assert _texts(text) == [(7, "一些地方违规审批高耗能项"), (19, "部分支流水质不稳定。")]
