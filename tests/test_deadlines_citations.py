from __future__ import annotations

import pytest

from reformgraph.loaders.citations import classify_title
from reformgraph.loaders.deadlines import parse_deadline


@pytest.mark.parametrize(
    "raw, date, status",
    [
        ("2021年12月", "2021-12", "scheduled"),
        ("2022年6月底", "2022-06", "scheduled"),
        ("2022年6月底前完成并长期坚持", "2022-06", "scheduled"),
        ("2021年4月至9月", "2021-09", "scheduled"),
        ("2020年4月至9月，已完成", "2020-09", "done"),
        ("已完成", None, "done"),
        ("已完成，持续推进", None, "ongoing"),
        ("持续推进", None, "ongoing"),
        ("长期坚持", None, "ongoing"),
        ("常态化实施", None, "ongoing"),
        ("第一阶段2021年12月；第二阶段2022年1月；第三阶段2022年2月", "2022-02", "scheduled"),
        ("第一阶段已完成,持续推进,第二阶段2022年3月", "2022-03", "scheduled"),
        ("每季度，首次2022年3月31日前", "2022-03-31", "scheduled"),
        ("2022年底", "2022-12", "scheduled"),
        ("2022年上半年", "2022-06", "scheduled"),
        ("2022", "2022-12", "scheduled"),
        ("2022年4月**", "2022-04", "scheduled"),
        ("意见出台后制定", None, None),
    ],
)
def test_deadlines(raw, date, status):
    d = parse_deadline(raw)
    assert (d.date, d.status) == (date, status)
    assert d.raw == raw.replace("**", "")


def test_missing_deadline():
    assert parse_deadline(None).raw is None


@pytest.mark.parametrize(
    "title, category",
    [
        ("《中华人民共和国民法典》", "law"),
        ("《优化营商环境条例》", "regulation"),
        ("《重庆市市场监督管理行政执法人员尽职免责规定（暂行）（送审稿）》", "regulation"),
        ("《市场准入负面清单（2021年版）》", "list"),
        ("《税收完税证明》", "form"),
        ("《植物检疫证书》", "form"),
        ("《关于进一步优化营商环境的实施意见》", "policy"),
        ("《涉外商事案件办理手册》", "other"),
    ],
)
def test_citation_categories(title, category):
    assert classify_title(title) == category
