"""Round 41, second wave: the ways of writing round 41's first wave saw and left (docs/loader.md, Round 41,
"Left"), written as offices write them (the plans under /work/scratch/r41b_left2 read by hand first)."""

from __future__ import annotations

from tests.support.readings import plan_units as _units


def test_a_field_written_bare_before_a_shared_department_after_hui_tong_supports():
    """``要会同同级财政、发展改革部门`` (同级财政 is the finance department of the same level: the 部门 closing the
    list is every field's): before, the whole list of partners was lost."""
    plan = (
        "关于推进基本养老服务体系建设的实施意见\n\n"
        "（一）制定服务清单。各设区市民政部门要会同同级财政、发展改革部门，于2023年12月底前制定本地清单。\n\n"
        "（二）统筹设施布局。各县（市、区）民政部门要会同同级住建、卫健部门，统筹规划养老服务设施布局。\n"
    )
    assert _units(plan) == [
        (["各设区市民政部门"], ["同级财政", "发展改革部门"]),
        (["各县（市、区）民政部门"], ["同级住建", "卫健部门"]),
    ]


def test_guidance_given_beside_a_marked_lead_in_brackets_supports():
    """``（县民政局牵头，县财政局予以指导）``: 予以指导 is the help a partner gives, as prose reads it after
    ``A负责…``; before, both led. ``（A负责，B指导）`` keeps B a lead (the corpus's 09)."""
    plan = (
        "某县实施方案\n\n"
        "（一）落实最低生活保障制度。低保金按月足额发放到户。（县民政局牵头，县财政局予以指导）\n\n"
        "（二）加强心理健康教育。建立筛查和干预机制。（县教育体育局牵头，县卫生健康局给予指导）\n\n"
        "（三）开展试点。（试点乡镇负责，县农业农村局指导）\n"
    )
    assert _units(plan) == [
        (["县民政局"], ["县财政局"]),
        (["县教育体育局"], ["县卫生健康局"]),
        (["县农业农村局"], ["试点乡镇"]),
    ]
