"""Round 47 (left10): round 46's text left-overs (docs/loader.md, round 46's "Left")."""

from reformgraph.loaders.parse import parse_document
from tests.support.readings import plan_measures


def _read(text: str) -> list[tuple[int, list[str], list[str], str | None, str | None, str | None]]:
    return plan_measures(text, "x.txt")


def _roles(text: str, path: str = "x.txt") -> list[tuple[list[str], list[str]]]:
    return [(leads, supports) for _, leads, supports, *_ in plan_measures(text, path)]


def test_a_duty_clause_after_a_lead_field_names_partners() -> None:
    # before, the units after the lead field's first clause led with it (the label's role)
    text = (
        "1.推动国有资本集中。（牵头单位：市国资委；市属各国有企业履行主体责任）\n"
        "2.设立母基金。（牵头单位：市财政局、市发展改革委；市国资委、市审计局履行出资人职责；完成时限：2026年9月底前）\n"
        "3.健全追责体系。（责任单位：市国资委；市纪委监委驻市国资委纪检监察组履行监督责任）\n"
        "4.参与乡村振兴。（牵头单位：市农业农村局；市国资委履行行业指导职责，市属各国有企业履行主体责任）\n"
        "5.规范行政检查。\n牵头单位：区司法局；各行政执法部门履行主体责任\n时限：2026年12月底前\n"
    )
    assert [(leads, supports, date) for _, leads, supports, _, date, _ in _read(text)] == [
        (["市国资委"], ["市属各国有企业"], None),
        (["市财政局", "市发展改革委"], ["市国资委", "市审计局"], "2026-09"),
        (["市国资委"], ["市纪委监委驻市国资委纪检监察组"], None),
        (["市农业农村局"], ["市国资委", "市属各国有企业"], None),
        (["区司法局"], ["各行政执法部门"], "2026-12"),
    ]


def test_a_later_clause_of_a_field_keeps_its_role_with_any_other_verb() -> None:
    # a guard: 落实属地责任 is no partner's share; a 配合 field's duty stays a partner's
    text = (
        "1.推进改革。（责任单位：市国资委；各区县政府落实属地责任）\n"
        "2.推进改革。（牵头单位：市财政局；配合单位：市发展改革委；市国资委履行出资人职责）\n"
    )
    assert _roles(text) == [(["市国资委"], ["各区县政府"]), (["市财政局"], ["市发展改革委", "市国资委"])]


def test_zhuban_and_huiban_opening_a_clause_with_no_you() -> None:
    # before, both led (an item opening with named units and a verb: prose.unit_led_item), or no task at all
    text = (
        "1.关于加快老旧小区加装电梯的建议。市住房城乡建设局主办，市财政局、市市场监管局会办，2026年6月底前办结。\n"
        "2.关于加强中小学生近视防控的建议。市教育局主办，市卫生健康委会办。\n"
        "3.市民政局主办，市财政局会办，2026年6月底前办结。\n"
        "4.关于托育服务的提案。（街道社会事务办主办，街道卫生服务中心会办，2026年12月底前）\n"
    )
    assert [(leads, supports, date) for _, leads, supports, _, date, _ in _read(text)] == [
        (["市住房城乡建设局"], ["市财政局", "市市场监管局"], "2026-06"),
        (["市教育局"], ["市卫生健康委"], None),
        (["市民政局"], ["市财政局"], "2026-06"),
        (["街道社会事务办"], ["街道卫生服务中心"], "2026-12"),
    ]


def test_an_organiser_named_in_a_noun_phrase_is_no_task() -> None:
    # a guard: 由A主办的… names who organises an event, no clause's end
    text = "1.推进改革。（市发展改革委牵头）\n2.举办文化节。2026年5月，由市委宣传部主办的文化节在市体育中心开幕。\n"
    assert _roles(text) == [(["市发展改革委"], [])]


def test_a_unit_label_with_its_person_in_brackets() -> None:
    # before, 主办单位（责任人）： was no label: no task
    text = (
        "1．年产5万吨新型建材项目\n"
        "牵头单位（责任人）：县工业和信息化局（周某某）\n配合单位：县自然资源局、县生态环境局\n"
        "完成时限：2026年10月底前\n"
        "2．农产品冷链物流园项目\n"
        "主办单位（责任人）：县商务局（吴某某）\n会办单位（责任人）：县交通运输局（钱某）、县供销合作社（孙某某）\n"
        "完成时限：2026年12月底前\n"
        "3．智慧城市一期项目\n牵头科室（负责人）：县数据局（褚某某）\n完成时限：2026年12月底前\n"
    )
    assert [(line, leads, supports, date) for line, leads, supports, _, date, _ in _read(text)] == [
        (2, ["县工业和信息化局"], ["县自然资源局", "县生态环境局"], "2026-10"),
        (6, ["县商务局"], ["县交通运输局", "县供销合作社"], "2026-12"),
        (10, ["县数据局"], [], "2026-12"),
    ]
    [workplan] = parse_document(text, path="x.txt").workplans
    assert [(c.name, c.role, c.unit_raw) for c in workplan.contacts] == [
        ("周某某", "责任人", "县工业和信息化局"),
        ("吴某某", "责任人", "县商务局"),
        ("钱某", "责任人", "县交通运输局"),
        ("孙某某", "责任人", "县供销合作社"),
        ("褚某某", "责任人", "县数据局"),
    ]


def test_a_unit_opening_its_own_clause_after_a_fuze_clause_is_a_partner() -> None:
    # chosen: its oversight, inspection, report or duty, after when it does it, is its share of the lead's task;
    # before, the unit was lost (a time word between it and its verb; 督查, 巡查 … no share verbs)
    text = (
        "1.压实河湖长责任。各乡镇（街道）负责辖区内河湖长巡河履职，县河长办每月督查通报。\n"
        "2.推进水源地建设。县生态环境局负责水源地环境监管，县卫生健康局定期开展水质卫生监测，2026年底前完成。\n"
        "3.加强道路交通安全。镇派出所负责，镇交管站配合，各村（社区）落实农村交通安全劝导员制度，持续推进。\n"
        "4.强化汛期防范。镇应急办负责制定防汛预案，各村（社区）汛期每日巡查，镇水利站每周调度通报。\n"
        "5.开展排查整治。各村负责辖区内问题排查，镇自然资源所每季度巡查复核，镇综合行政执法队依法查处。\n"
        "6.落实田长制。镇农业综合服务中心负责，各村履行主体责任，2026年3月底前完成。\n"
    )
    assert [(leads, supports, date, status) for _, leads, supports, _, date, status in _read(text)] == [
        (["各乡镇（街道）"], ["县河长办"], None, "ongoing"),
        (["县生态环境局"], ["县卫生健康局"], "2026-12", "scheduled"),
        (["镇派出所"], ["镇交管站", "各村（社区）"], None, "ongoing"),
        (["镇应急办"], ["各村（社区）", "镇水利站"], None, "ongoing"),
        (["各村"], ["镇自然资源所", "镇综合行政执法队"], None, "ongoing"),
        (["镇农业综合服务中心"], ["各村"], "2026-03", "scheduled"),
    ]


def test_every_body_of_a_level_with_fuze_in_a_later_clause_is_a_partner() -> None:
    # chosen; a named unit's later 负责 clause leads beside the lead, as before (round 37)
    text = (
        "1.农村饮水安全巩固提升。县水利局主办，县卫生健康局会办，各乡镇人民政府负责辖区内工程管护。\n"
        "2.建设投融资平台。市发展改革委牵头编制方案，市城投集团负责搭建投融资平台。\n"
    )
    assert _roles(text) == [
        (["县水利局"], ["县卫生健康局", "各乡镇人民政府"]),
        (["市发展改革委", "市城投集团"], []),
    ]


def test_a_notes_mark_between_a_name_and_its_verb() -> None:
    # before, 县审计局[1] and 县审计局① were no names: the unit was lost
    text = (
        "1.开展审计。县财政局牵头，县审计局[1]配合。\n"
        "2.开展审计。（县财政局牵头，县审计局①配合；整改时限：2026年4月底前）\n"
        "3.化解债务。由各乡镇人民政府负责，县财政局[2]指导，2026年12月底前完成。\n"
        "4.开展审计。县财政局牵头，县审计局①配合。\n"
        "5.开展审计。（责任单位：县财政局【2】、县审计局）\n"
        "6.开展审计。县财政局牵头，县审计局²配合。\n"
    )
    assert _roles(text) == [
        (["县财政局"], ["县审计局"]),
        (["县财政局"], ["县审计局"]),
        (["县财政局"], ["各乡镇人民政府"]),
        (["县财政局"], ["县审计局"]),
        (["县财政局", "县审计局"], []),
        (["县财政局"], ["县审计局"]),
    ]
