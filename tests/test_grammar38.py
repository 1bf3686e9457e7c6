"""Round 38 of docs/loader.md: what new helpers' plans showed (session 26)."""

from __future__ import annotations

from reformgraph.loaders.parse import parse_document
from tests.support.readings import task_rows as _rows


def test_a_numbered_heading_between_items_is_no_sub_item_of_the_item_before():
    """``（2）优化法治环境`` between items 3. and 4. heads the items after it; before, item 3's units went to it and
    item 3 was lost (item 3 was read as a group whose parenthetical covers the （N） items under it)."""
    doc = parse_document(
        "某县方案\n\n一、重点任务\n（1）加强要素保障\n"
        "2.推行工业用地标准地出让。（牵头单位：县自然资源局；完成时限：2026年9月底前）\n"
        "3.开展政银企对接。（牵头单位：县金融办；完成时限：2026年10月）\n（2）优化法治环境\n"
        "4.规范涉企行政检查。（牵头单位：县司法局；完成时限：2026年12月底前）\n",
        path="plan.txt",
    )
    assert _rows(doc) == [
        ("推行工业用地标准地出让。", ["县自然资源局"], [], "2026-09"),
        ("开展政银企对接。", ["县金融办"], [], "2026-10"),
        ("规范涉企行政检查。", ["县司法局"], [], "2026-12"),
    ]


def test_an_items_own_sub_items_from_the_first_still_share_its_units():
    doc = parse_document(
        "某县方案\n\n一、重点任务\n1.深化要素改革。（牵头单位：县发改局；配合单位：县财政局）\n"
        "（1）推行标准地出让。\n（2）开展政银企对接。\n2.规范涉企检查。（牵头单位：县司法局）\n",
        path="plan.txt",
    )
    assert _rows(doc) == [
        ("推行标准地出让。", ["县发改局"], ["县财政局"], None),
        ("开展政银企对接。", ["县发改局"], ["县财政局"], None),
        ("规范涉企检查。", ["县司法局"], [], None),
    ]
