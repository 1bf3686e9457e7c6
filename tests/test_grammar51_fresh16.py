"""Round 51 (fresh16): plans of kinds not met before (docs/round51_fresh16.md)."""

from tests.support.readings import plan_measures


def _read(text: str, path: str = "x.txt") -> list[tuple[int, list[str], list[str], str | None, str | None, str | None]]:
    return plan_measures(text, path)


_FIRST_LISTED = "某市2026年口岸工作方案\n\n各项任务中，责任单位排在第一位的为牵头单位，其他为配合单位。\n\n"


def test_an_offices_second_name_glued_to_a_sentence_is_no_list_of_units() -> None:
    # before, each sentence ending `…市商务局（市口岸办）` was a task of 市口岸办 in a plan whose bare brackets are
    # lists (the first-listed convention): the bracket is the merged office's second name, as `省市场监管局（省知识产权
    # 局）` after a mark has been since round 34
    text = _FIRST_LISTED + (
        "（一）规范口岸收费。动态更新收费目录清单。（市发展改革委、市市场监管局）\n\n"
        "三、保障措施\n\n"
        "（一）加强组织协调。领导小组办公室设在市商务局（市口岸办），负责日常协调。\n\n"
        "（二）强化跟踪评估。各责任单位要于每月5日前将上月工作进展报送市商务局（市口岸办）。\n"
    )
    assert [(line, leads, supports) for line, leads, supports, *_ in _read(text)] == [
        (5, ["市发展改革委"], ["市市场监管局"])
    ]


def test_a_bracket_after_a_sentence_still_lists_its_units() -> None:
    # guards: a bracket of another place's office, or after words ending in no office's name, is the item's list
    text = _FIRST_LISTED + (
        "（一）报送进展。将进展报送区商务局（市口岸办）。\n\n"
        "（二）推进老旧小区改造。完成改造20个（市住房城乡建设局、市财政局）。\n\n"
        "（三）加强督查。开展联合督查（市口岸办）。\n"
    )
    assert [(line, leads, supports) for line, leads, supports, *_ in _read(text)] == [
        (5, ["市口岸办"], []),
        (7, ["市住房城乡建设局"], ["市财政局"]),
        (9, ["市口岸办"], []),
    ]


def test_a_partner_before_the_manner_of_its_verb_is_read() -> None:
    # before, `会同A、B深入开展…` lost B: 市文化广电旅游局深入 was no name, and the list ended at A
    text = (
        "1．加大执法力度。由市市场监管局牵头，会同市公安局、市文化广电旅游局深入开展专项行动。\n"
        "2．加强监管。由市商务局牵头，会同市财政局、市税务局全面开展核查。\n"
        "3．开展培训。由市人社局牵头，会同市教育局扎实开展培训。\n"
    )
    assert [(leads, supports) for _, leads, supports, *_ in _read(text)] == [
        (["市市场监管局"], ["市公安局", "市文化广电旅游局"]),
        (["市商务局"], ["市财政局", "市税务局"]),
        (["市人社局"], ["市教育局"]),
    ]


def test_a_name_holding_the_manners_word_stays_whole() -> None:
    # a guard: 全面 inside a name (市委全面深化改革委员会办公室) cuts no name short: the longest list wins
    text = "1．推进改革。由市发展改革委牵头，会同市委全面深化改革委员会办公室开展评估。\n"
    assert [(leads, supports) for _, leads, supports, *_ in _read(text)] == [
        (["市发展改革委"], ["市委全面深化改革委员会办公室"])
    ]


def test_the_units_a_lead_organises_are_its_partners() -> None:
    # before, `A牵头组织B做好…` read 组织B as a partner's name
    text = (
        "1．推进农资保供。县供销社牵头组织县农资公司做好农资储备，县市场监管局开展质量检查。\n"
        "2．开展培训。县人社局牵头组织各乡镇开展技能培训。\n"
    )
    assert [(leads, supports) for _, leads, supports, *_ in _read(text)] == [
        (["县供销社"], ["县农资公司", "县市场监管局"]),
        (["县人社局"], ["各乡镇"]),
    ]


def test_a_lead_organising_work_or_people_has_no_partner() -> None:
    # 牵头组织开展… (work) and 牵头各乡镇… read as before (guards); 牵头组织相关企业… (no unit) names no partner (before,
    # 组织相关企业参加展会 was read as one)
    text = (
        "1．开展打假。县市场监管局牵头组织开展农资打假。\n"
        "2．开展对接。县商务局牵头组织相关企业参加展会。\n"
        "3．建立计划库。区规划资源局牵头各乡镇建立计划库。\n"
    )
    assert [(leads, supports) for _, leads, supports, *_ in _read(text)] == [
        (["县市场监管局"], []),
        (["县商务局"], []),
        (["区规划资源局"], ["各乡镇"]),
    ]


def test_work_going_on_through_the_campaign_closes_a_sentence_naming_its_units() -> None:
    # before, no deadline: the campaign's period kept `整治期间持续开展` from the clauses of work that goes on, which
    # a 完成时限 field has read so since round 50
    text = (
        "1．加强路面管控。开展联合巡查。镇派出所牵头，镇交管站配合，整治期间持续开展。\n"
        "2．整治隐患。开展隐患排查。由镇安监站负责，各村配合，专项行动期间长期坚持。\n"
    )
    assert [(raw, status) for *_, raw, _, status in _read(text)] == [
        ("整治期间持续开展", "ongoing"),
        ("专项行动期间长期坚持", "ongoing"),
    ]


def test_work_in_the_campaign_or_a_plan_period_is_no_ongoing_clause() -> None:
    # guards: work named after the period (整治期间开展…) and a plan period (“十五五”期间持续推进) are read as before
    text = (
        "1．加强路面管控。开展联合巡查。镇派出所牵头，镇交管站配合，整治期间开展联合巡查。\n"
        "2．推进改造。开展节能改造。区发展改革委牵头，区住建局配合，“十五五”期间持续推进。\n"
    )
    assert [(raw, date, status) for *_, raw, date, status in _read(text)] == [
        (None, None, None),
        ("“十五五”期间持续推进", "2030-12", "scheduled"),
    ]


def test_every_few_years_in_a_digit_recurs() -> None:
    # before, no deadline: 每两年 and 每三个月 recurred (round 48), 每5年 and 每3个月 not
    text = (
        "1．建立更新机制。方案原则上每5年全面更新一次，由市生态环境局会同市自然资源局组织开展。\n"
        "2．开展评估。市生态环境局负责，每3个月开展一次评估。\n"
    )
    assert [(raw, status) for *_, raw, _, status in _read(text)] == [("每5年", "ongoing"), ("每3个月", "ongoing")]


def test_a_per_person_amount_over_years_is_no_recurring_work() -> None:
    # a guard: an amount given every few years (每人每5年补助2000元) is a rate, as 每人每年 (round 43)
    text = "1．落实补助。对监测员每人每5年补助2000元。（县财政局负责）\n"
    assert [(raw, status) for *_, raw, _, status in _read(text)] == [(None, None)]


def test_a_service_paid_by_the_month_among_others_is_no_schedule() -> None:
    # before, ongoing: 按月 named a mode of the service the task offers (…、按月汇缴等服务; 实现按月提取、按季到账)
    text = (
        "1．推进扩面。扩大试点范围，优化线上开户、自愿缴存、按月汇缴等服务。\n责任部门：归集管理处\n\n"
        "2．推进租购并举。提高租房提取额度，实现按月提取、按季到账。\n责任部门：提取管理处\n"
    )
    assert [(raw, status) for *_, raw, _, status in _read(text)] == [(None, None), (None, None)]


def test_work_done_by_the_month_stays_ongoing() -> None:
    # guards: the unit's own work by the month (按月发放, 按季度拨付, 按月调度、通报) is recurring, as since round 39
    text = (
        "1．落实生活补贴。标准为每人每月300元，按月发放。（市残联负责）\n"
        "2．规范资金管理。救助资金按季度拨付。（市财政局负责）\n"
        "3．强化调度。按月调度、通报进展。（市发改委负责）\n"
    )
    assert [(raw, status) for *_, raw, _, status in _read(text)] == [
        ("按月", "ongoing"),
        ("按季度", "ongoing"),
        ("按月", "ongoing"),
    ]
