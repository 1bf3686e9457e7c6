"""Round 44 (fresh9): plans on the topics of 2024-2026, and two ways of laying out a task's units they showed."""

from tests.support.readings import plan_unit_lines_dated


def test_a_dash_before_a_label_line_only_sets_it_apart() -> None:
    # ——牵头：A；配合：B；时限：… under an item: a label line opened by a dash (before, the item named no unit and was
    # dropped, as the dash hid the label from the start of the line); a dash before units is read as before
    text = (
        "某市2025年银发经济重点任务\n\n一、重点任务\n\n"
        "1、推进适老化改造。完成特殊困难老年人家庭适老化改造2000户。\n"
        "——牵头：市民政局；配合：市残联、各区人民政府；时限：2025年10月底前\n\n"
        "2、发展老年教育。扩大老年大学办学规模。\n"
        "—责任单位：市教育局、市委老干部局\n\n"
        "3、发展老年旅游。开发银发旅游线路10条。——市文化广电旅游局牵头，市交通运输局配合\n"
    )
    assert plan_unit_lines_dated(text) == [
        (6, ["市民政局"], ["市残联", "各区人民政府"], "2025-10", "scheduled"),
        (9, ["市教育局", "市委老干部局"], [], None, None),
        (11, ["市文化广电旅游局"], ["市交通运输局"], None, None),
    ]


def test_an_item_named_with_a_chinese_numeral_starts_the_next_block_of_label_lines() -> None:
    # 任务二：… between two runs of label lines is the next item (before, it read as a field the grammar does not know
    # inside one run, so the second item was lost and its lead joined the first's); 任务2：… was read so already
    for first, second in (("任务一", "任务二"), ("事项一", "事项二"), ("第一项", "第二项")):
        text = (
            "某某区2025年城中村改造重点任务清单\n\n一、重点任务\n\n"
            f"{first}：完成城中村房屋征收\n牵头单位：区住房城乡建设局\n配合单位：各街道办事处\n完成时限：2025年9月\n\n"
            f"{second}：推进安置房建设\n牵头单位：区城市更新中心\n完成时限：2026年6月\n"
        )
        assert plan_unit_lines_dated(text) == [
            (6, ["区住房城乡建设局"], ["各街道办事处"], "2025-09", "scheduled"),
            (11, ["区城市更新中心"], [], "2026-06", "scheduled"),
        ], first


def test_an_unknown_field_between_label_lines_still_keeps_the_run() -> None:
    # 工作目标：… (no number) between two label lines stays a field of the run (round 30)
    text = (
        "某县工作方案\n\n一、重点任务\n\n1.建设养老服务中心。\n责任单位：县民政局\n工作目标：建成\n\n"
        "完成时限：2024年9月底前\n"
    )
    assert plan_unit_lines_dated(text) == [(6, ["县民政局"], [], "2024-09", "scheduled")]


def test_a_unit_written_leading_before_a_responsible_label_leads_and_the_label_s_units_support() -> None:
    # （A牵头；责任单位：B）: before, A was lost (units before a label were read only before supporting labels); a
    # bare name before 责任单位 still adds nobody, as 负责 does not say who leads
    def read(inner: str) -> list[tuple[int, list[str], list[str], str | None, str | None]]:
        return plan_unit_lines_dated(f"某市工作方案\n\n一、重点任务\n\n1.推进改革。做好城中村改造工作。（{inner}）\n")

    assert read("市发展改革委牵头；责任单位：各区人民政府") == [(5, ["市发展改革委"], ["各区人民政府"], None, None)]
    assert read("市住房城乡建设局、市财政局牵头，责任单位：各区人民政府；完成时限：2025年底前") == [
        (5, ["市住房城乡建设局", "市财政局"], ["各区人民政府"], "2025-12", "scheduled")
    ]
    assert read("市发展改革委；责任单位：各区人民政府") == [(5, ["各区人民政府"], [], None, None)]
    assert read("市发展改革委牵头；配合单位：市财政局") == [(5, ["市发展改革委"], ["市财政局"], None, None)]
