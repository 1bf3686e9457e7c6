"""Round 75 heldout20: held-out 83-85, three real plans of 松江区 and 崇明区 (tests/fixtures/heldout, SOURCES.md).

83 (a 职责分工 section of paragraphs each opening with its unit) and 84 (duty lists under headings naming their body)
read exactly on the first run; 85 was rejected (no task read). One rule reads it, tested here on texts of our own with
its guards; the plans themselves are compared with their expected files by tests/test_heldout.py:

- a section titled by a campaign's requirements of its cases (``三、整治要求``) is one of measures, not of safeguards
  that exhort (``工作要求``, ``实施要求`` and a rectification's ``整改要求`` stay so);
- an item titled by its first words and a colon (``（一）设施农业违法项目：…``) whose text names its doer after 由, right
  away or after one clause of the grounds it acts on (``按照《…》，由A拟定…``), is a task A leads
  (``loaders/tasklist.py``, ``_titled_by``).
"""

from __future__ import annotations

import pytest
from support.expected_files import measures

from reformgraph.loaders.read import parse_text


def _read(text: str) -> list[tuple]:
    doc = parse_text(text, path="plan.md", key="plan", sha256="0")
    return [
        (m.line, m.text[:8], [u.raw for u in m.leads], [u.raw for u in m.supports], m.deadline.date)
        for m in measures(doc)
    ]


def _plan(heading: str, item: str) -> str:
    """A plan of one section: the item under test, then an item every reading reads (so that the plan has a task)."""
    return f"某区违规堆土清理行动方案\n\n一、{heading}\n\n{item}\n\n（二）加强督办。区城管执法局负责开展督办工作。\n"


ANCHOR = (7, "加强督办。区城管", ["区城管执法局"], [], None)


def test_a_titled_item_whose_text_names_its_doer_after_its_grounds():
    item = "（一）违规堆土项目：按照《某某管理办法》（某府〔2021〕3号），由街道办事处制定清理方案，于2021年9月30日前完成清理。"
    assert _read(_plan("整治要求", item)) == [
        (5, "违规堆土项目：按", ["街道办事处"], [], "2021-09-30"),
        ANCHOR,
    ]


def test_a_titled_item_whose_text_opens_with_its_doer():
    item = "（一）违规堆土项目：由区生态环境局会商属地街镇后确定点位，逐点清理。"
    assert _read(_plan("整治要求", item)) == [(5, "违规堆土项目：由", ["区生态环境局"], [], None), ANCHOR]


GUARDS = {
    # 对…的项目，由A…: whose case it is comes first; the item is a case's rule, not the doer's task
    "case-before-by": ("整治要求", "（一）违规堆土项目：对符合规划的项目，由街道办事处制定清理方案，年内完成清理。"),
    # staff after 由 are no body
    "staff": ("整治要求", "（一）违规堆土项目：按照《某某管理办法》，由工作人员登记造册。"),
    # 各街道要会同B…: the corpus leaves a collective's 要会同 no task (rounds 21, 33); held-out 85 line 60
    "collective-with": ("整治要求", "（一）违规堆土项目：各街道要加快清理，会同区城管执法局等部门，年内完成清理。"),
    # 工作要求 stays a section of safeguards, where a titled item's doer is read only with a role word
    "work-requirements": (
        "工作要求",
        "（一）违规堆土项目：按照《某某管理办法》，由街道办事处制定清理方案，于2021年9月30日前完成清理。",
    ),
    # a colon after a clause (…，具体如下：) closes no item's title
    "colon-after-a-clause": ("整治要求", "（一）加快清理违规堆土，具体如下：由街道办事处制定清理方案。"),
}


@pytest.mark.parametrize(("heading", "item"), list(GUARDS.values()), ids=list(GUARDS))
def test_guard_no_task(heading: str, item: str):
    assert _read(_plan(heading, item)) == [ANCHOR]


def test_guard_a_rectifications_requirements_exhort_the_units_that_rectify():
    # 三、整改要求 of an inspection's rectification plan: its units must report by a date, no task (round 63 left32)
    item = "（一）违规堆土项目：由街道办事处制定清理方案。\n\n（三）整改完成后，各责任科室要于2021年9月30日前报送整改报告。"
    assert _read(_plan("整改要求", item)) == [(9, "加强督办。区城管", ["区城管执法局"], [], None)]
