"""Round 58 (fresh25): plans of kinds not met before, read by hand first (tests/fixtures/round58/fresh25), and the
rules their first run asked for."""

from __future__ import annotations

from reformgraph.loaders.parse import parse_document

_HEAD = "某某县2026年重点任务清单\n\n各乡镇人民政府，县直各有关单位：\n\n"
_TAIL = "\n\n某某县人民政府办公室\n\n2026年3月2日\n"
_LEGEND = "为简化表述，责任单位以序号代替，序号与单位对应如下：1—县发展和改革局；2—县财政局；3—各乡镇人民政府。\n\n"
_TASKS = (
    "## 一、重点任务\n\n"
    "（一）扩大有效投资。实施重点项目120个。（牵头单位：1；配合单位：2、3；完成时限：2026年12月底前）\n\n"
    "（二）深化预算改革。推进零基预算改革。（牵头单位：2；配合单位：1；完成时限：持续推进）"
)


def _read(body: str, path: str = "x.md") -> list[tuple]:
    doc = parse_document(_HEAD + body + _TAIL, path=path)
    return [
        (m.line, [u.raw for u in m.leads], [u.raw for u in m.supports], m.deadline.status)
        for w in doc.workplans
        for m in w.measures
    ]


def test_units_written_as_numbers_read_as_the_legend_names_them():
    """``序号与单位对应如下：1—县发展和改革局；…`` then ``（牵头单位：1；配合单位：2、3）``: each number is its unit, and
    the legend's sentence is no task; before, the units read ``1``, ``2``, ``3`` and the legend's last unit led a
    task of its own."""
    assert _read(_LEGEND + _TASKS) == [
        (9, ["县发展和改革局"], ["县财政局", "各乡镇人民政府"], "scheduled"),
        (11, ["县财政局"], ["县发展和改革局"], "ongoing"),
    ]


def test_numbers_with_no_legend_or_a_legend_of_no_units_stay_as_written():
    """Guards: with no legend the numbers stay as written (no unit named), and a legend whose names are no units
    (``1—推进改革；2—完成验收``) names none: as before."""
    assert _read("\n\n" + _TASKS)[0][1:3] == (["1"], ["2", "3"])
    not_units = "各项任务以序号代替，序号对应如下：1—推进改革；2—完成验收；3—开展评估。\n\n"
    assert _read(not_units + _TASKS)[0][1:3] == (["1"], ["2", "3"])


def test_a_number_the_legend_does_not_give_leaves_its_field_as_written():
    """Guard: ``配合单位：2、9`` when the legend gives no 9: the field stays as written."""
    body = _LEGEND + _TASKS.replace("配合单位：2、3", "配合单位：2、9")
    assert _read(body)[0][1:3] == (["县发展和改革局"], ["2", "9"])
