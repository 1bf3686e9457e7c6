"""`A协调B开展…` opening an item: A leads, whom it coordinates its partners (session 40; docs/loader.md)."""

from tests.support.readings import plan_measures


def _units(words: str) -> tuple[list[str], list[str]]:
    plan = f"某县冬春安全工作方案\n\n一、重点任务\n\n1.{words}\n\n二、保障措施\n\n各有关单位要加强协调配合。\n"
    [(_line, leads, supports, *_deadline)] = plan_measures(plan)
    return leads, supports


def test_whom_a_unit_coordinates_are_its_partners() -> None:
    # before, one lead 县交通运输局协调县公安局 (and 县城管局 a second lead)
    assert _units("由县交通运输局协调县公安局、县城管局做好春运道路保障工作。") == (
        ["县交通运输局"],
        ["县公安局", "县城管局"],
    )
    # before, 县公安局 was lost
    assert _units("县教育局协调县公安局开展校园周边治安整治，2026年1月底前完成。") == (["县教育局"], ["县公安局"])


def test_work_a_unit_coordinates_names_no_partner() -> None:
    # guards: 协调's object is work or people, no unit (A协调解决…, A协调各方力量…); 协调 inside a name
    assert _units("县发展改革局协调解决项目用地问题。") == (["县发展改革局"], [])
    assert _units("县发展改革局协调各方力量推进项目建设。") == (["县发展改革局"], [])
    assert _units("县区域协调发展促进中心开展对口协作调研。") == (["县区域协调发展促进中心"], [])


def test_a_unit_urging_another_is_as_before() -> None:
    # guard: whom a unit urges (督促) is no partner (round 55)
    assert _units("县应急局督促各乡镇开展冬季安全检查。") == (["县应急局"], [])
