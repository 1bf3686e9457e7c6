"""Round 42, second wave (left4): the ways of writing the first wave saw and left."""

from reformgraph.loaders.parse import parse_document
from tests.support.readings import plan_unit_lines


def test_role_in_angle_or_square_brackets_after_a_unit_sets_its_role() -> None:
    # 基础教育科〈牵头〉, 发展规划股[牵头], 电教中心【牵头】: the role word is no part of the name (before, 【牵头】 and
    # [牵头] were read as a label over the units after them, and 〈牵头〉 stayed in the name)
    text = (
        "（一）深化课堂教学改革。开展课堂教学大比武活动。（责任科室：基础教育科〈牵头〉、教研室；完成时限：2023年12月底前）\n\n"
        "（二）推进集团化办学。组建3个城乡学校共同体。（责任科室：发展规划股[牵头]、基础教育科、教研室）\n\n"
        "（三）加强教育信息化建设。完成20所学校智慧教室改造。（责任科室：电教中心【牵头】、计划财务股）\n\n"
        "（四）提升学前教育质量。推进幼小科学衔接。（责任科室：学前教育股〈牵头〉、教研室〈配合〉）\n"
    )
    assert plan_unit_lines(text) == [
        (1, ["基础教育科"], ["教研室"]),
        (3, ["发展规划股"], ["基础教育科", "教研室"]),
        (5, ["电教中心"], ["计划财务股"]),
        (7, ["学前教育股"], ["教研室"]),
    ]


def test_square_label_before_its_units_stays_a_label() -> None:
    assert plan_unit_lines("1.推进数据共享。【牵头】市发改委【配合】市财政局\n") == [(1, ["市发改委"], ["市财政局"])]


def _deadlines(text: str) -> list[tuple[int, str | None, str | None]]:
    document = parse_document(text, path="x.md")
    return [(m.line, m.deadline.date, m.deadline.status) for w in document.workplans for m in w.measures]


def test_a_progress_cell_reporting_one_step_done_leaves_the_task_scheduled() -> None:
    # 已完成系统对接，正在… reports one step; 已完成, 已全部完成, 已完成整改 report the task done (round 42)
    text = (
        "| 序号 | 整改措施 | 责任单位 | 整改时限 | 整改进展 |\n"
        "| --- | --- | --- | --- | --- |\n"
        "| 1 | 推进市级政务数据共享平台与省平台对接 | 市大数据局 | 2024年9月底前 | 已完成系统对接，正在开展数据治理 |\n"
        "| 2 | 修订营商环境评价考核办法 | 市发展改革委 | 2024年6月底前 | 已完成方案起草 |\n"
        "| 3 | 开展文件会议精简专项整治 | 市委办公室 | 2024年6月底前 | 已完成 |\n"
        "| 4 | 对违法占用耕地问题开展排查整治 | 市自然资源和规划局 | 2024年12月底前 | 已全部完成 |\n"
        "| 5 | 建立重大隐患动态清零机制 | 市应急管理局 | 立行立改，长期坚持 | 已完成整改，长效机制持续推进 |\n"
    )
    assert _deadlines(text) == [
        (3, "2024-09", "scheduled"),
        (4, "2024-06", "scheduled"),
        (5, "2024-06", "done"),
        (6, "2024-12", "done"),
        (7, None, "done"),
    ]


def test_a_long_term_deadline_field_closing_with_done_is_done() -> None:
    text = "2．建立长效机制。坚持标本兼治。（责任单位：市委巡察办；完成时限：立行立改，长期坚持；已完成）\n"
    assert _deadlines(text) == [(1, None, "done")]


def _raw_deadlines(text: str) -> list[tuple[int, str | None, str | None]]:
    document = parse_document(text, path="x.md")
    return [(m.line, m.deadline.raw, m.deadline.date) for w in document.workplans for m in w.measures]


def test_a_processing_time_column_gives_no_deadline() -> None:
    # 承诺办结时限 (5个工作日, 即办) is the time a service takes to settle one application: the 上线时间 beside it
    # is the task's deadline, and with none the task has no deadline (round 42)
    head = "| 序号 | 事项名称 | 牵头部门 | 配合部门 | 承诺办结时限 |"
    rows = (
        "| 1 | 新生儿出生“一件事” | 区卫生健康局 | 区公安分局、区医保局 | 5个工作日 |\n"
        "| 2 | 企业信息变更“一件事” | 区市场监管局 | 区税务局 | 即办 |\n"
    )
    assert _raw_deadlines(f"{head}\n| --- | --- | --- | --- | --- |\n{rows}") == [(3, None, None), (4, None, None)]
    dated = "".join(line[:-1] + "| 2024年6月底前 |\n" for line in rows.splitlines())
    table = f"{head} 上线时间 |\n| --- | --- | --- | --- | --- | --- |\n{dated}"
    assert _raw_deadlines(table) == [(3, "2024年6月底前", "2024-06"), (4, "2024年6月底前", "2024-06")]


def test_a_deadline_column_of_dates_named_as_a_processing_limit_stays() -> None:
    text = (
        "| 序号 | 督办事项 | 承办单位 | 办结时限 |\n| --- | --- | --- | --- |\n"
        "| 1 | 推进老旧小区改造 | 区住建局 | 2024年5月31日 |\n"
    )
    assert _raw_deadlines(text) == [(3, "2024年5月31日", "2024-05-31")]


def test_a_guiding_unit_after_a_responsible_one_in_prose_is_kept() -> None:
    # 由A负责，B指导 in prose reads as the bracket （A负责，B指导） does (docs: the guiding body leads, real 09);
    # before, B was lost (round 42)
    text = (
        "1．推进团场养老服务设施建设。每个团场至少建有1所养老服务机构。由各团场负责，师市民政局指导。\n\n"
        "2．发展连队互助养老。依托连队党群服务中心建设互助养老点。各师市民政局负责，兵团民政局指导。\n\n"
        "3．规范涉企执法检查。推行“综合查一次”。由县司法局负责，县市场监督管理局配合。\n"
    )
    assert plan_unit_lines(text) == [
        (1, ["师市民政局"], ["各团场"]),
        (3, ["兵团民政局"], ["各师市民政局"]),
        (5, ["县司法局"], ["县市场监督管理局"]),
    ]


def test_a_portal_bylines_source_is_the_issuer_when_the_text_signs_none() -> None:
    # 来源：临澧县人民政府办公室 on a page whose signature gives only a date (round 42; before, no issuer)
    text = (
        "首页 > 政务公开 > 政策文件\n\n关于印发《临澧县2025年优化营商环境工作要点》的通知\n\n"
        "来源：临澧县人民政府办公室    发布时间：2025-03-12 10:21    浏览次数：1362\n\n"
        "各乡镇人民政府，县直机关各单位：\n\n《工作要点》已经县人民政府同意，现印发给你们。\n\n2025年3月10日\n\n"
        "1.深化“一件事一次办”改革。（牵头单位：县行政审批服务局；完成时限：2025年12月底前）\n"
    )
    document = parse_document(text, path="x.txt")
    assert (document.issuer, document.date) == ("临澧县人民政府办公室", "2025-03-10")
    news = text.replace("来源：临澧县人民政府办公室", "来源：本网")
    assert parse_document(news, path="x.txt").issuer is None


def test_divisions_and_farms_of_a_corps_or_state_farm_plan_are_units() -> None:
    # 各师, 第八师 (新疆生产建设兵团's divisions), 各农场, 各牧场 (a 农垦 group's farms): round 42; 教师, 律师 and
    # 家庭农场 stay no unit
    text = (
        "1．推进改造。（兵团民政局牵头，各师配合）\n\n"
        "2．推进改造。第八师、第一师负责，兵团民政局配合。\n\n"
        "3．推进改造。（各农场、各牧场负责）\n\n"
        "4．推进改造。各师要建立工作台账，2024年底前完成。\n\n"
        "5．发展家庭农场。组织教师参加培训，律师提供法律服务。（县农业农村局负责）\n"
    )
    assert plan_unit_lines(text) == [
        (1, ["兵团民政局"], ["各师"]),
        (3, ["第八师", "第一师"], ["兵团民政局"]),
        (5, ["各农场", "各牧场"], []),
        (7, ["各师"], []),
        (9, ["县农业农村局"], []),
    ]


def test_role_in_square_brackets_after_a_unit_in_a_table_cell() -> None:
    text = (
        "| 序号 | 工作任务 | 责任科室 | 完成时限 |\n| --- | --- | --- | --- |\n"
        "| 1 | 深化课堂教学改革 | 基础教育科[牵头]、教研室 | 2023年12月底前 |\n"
        "| 2 | 推进集团化办学 | 发展规划股【牵头】、教研室 | 2023年8月底前 |\n"
    )
    document = parse_document(text, path="x.md")
    assert [
        ([u.raw for u in m.leads], [u.raw for u in m.supports]) for w in document.workplans for m in w.measures
    ] == [
        (["基础教育科"], ["教研室"]),
        (["发展规划股"], ["教研室"]),
    ]
