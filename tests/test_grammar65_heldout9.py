"""Round 65 heldout9: rules for the ninth batch of real held-out plans (tests/fixtures/heldout/46-48).

Each rule is tested here in words of our own, with guards: near wordings it must leave as they were read.

- ``A会同B推进…，C是责任主体``: a body declared responsible in a later clause of a sentence leaves the clauses
  before it their roles (A leads, B supports), the leads in the order the sentence names them (held-out 48);
- ``A协同B和C推进…``: 协同 right before a body's name joins A's partners, as 联合 and 会同 do; ``B、C协同推进`` (the
  partners' own verb) stays as it was read (48);
- ``…，其余各镇负责…`` (其他各…): every other body of the level, read as the collective ``各镇`` (48).
"""

from __future__ import annotations

from reformgraph.errors import DocumentError
from reformgraph.loaders.parse import parse_document

_HEAD = "某区某某工作方案\n\n一、工作任务\n\n"


def _roles(body: str) -> list[tuple[list[str], list[str]]]:
    try:
        doc = parse_document(_HEAD + body + "\n", path="plan.md")
    except DocumentError:  # no task read at all
        return []
    return [([u.raw for u in m.leads], [u.raw for u in m.supports]) for w in doc.workplans for m in w.measures]


# ---- a body declared responsible after the sentence's first clause --------------------------------------------


def test_clauses_before_a_declared_body_keep_their_roles():
    body = "区文旅局会同区财政局和区商务局制定扶持办法，各街道是属地责任主体，按月报送进展。"
    assert _roles(body) == [(["区文旅局", "各街道"], ["区财政局", "区商务局"])]


def test_a_declared_body_after_the_work_alone_still_leads():
    # guard (round 44): the first clause is only the work's name, the declared body leads alone
    body = "河道保洁工作，区水务局是第一责任单位，区城管执法局配合开展执法。"
    assert _roles(body) == [(["区水务局"], ["区城管执法局"])]


def test_a_declared_body_opening_the_sentence_is_unchanged():
    body = "各镇是辖区道路养护的责任主体，负责会同区交通委开展日常巡查。"
    assert _roles(body) == [(["各镇"], ["区交通委"])]


# ---- 协同 between two bodies' names --------------------------------------------------------------------------


def test_xietong_before_a_body_names_its_partners():
    body = "区卫健委协同区民政局和区医保局推进医养结合，区残联负责做好宣传。"
    assert _roles(body) == [(["区卫健委", "区残联"], ["区民政局", "区医保局"])]


def test_xietong_as_the_partners_own_verb_is_unchanged():
    body = "区卫健委统筹，区民政局、区医保局协同推进医养结合。"
    assert _roles(body) == [(["区卫健委"], ["区民政局", "区医保局"])]


def test_xietong_before_no_body_adds_no_partner():
    body = "区卫健委负责统筹，协同推进医养结合工作。"
    assert _roles(body) == [(["区卫健委"], [])]


# ---- 其余各 / 其他各 ------------------------------------------------------------------------------------------


def test_the_rest_of_each_is_the_collective():
    body = "区教育局负责城区学校的安全排查，其余各镇负责辖区内学校的排查。"
    assert _roles(body) == [(["区教育局"], ["各镇"])]
    body = "区教育局负责城区学校的安全排查，其他各街道负责辖区内学校的排查。"
    assert _roles(body) == [(["区教育局"], ["各街道"])]


def test_the_rest_without_each_names_no_unit():
    body = "区教育局负责城区学校的安全排查，其余部门负责辖区内学校的排查。"
    assert _roles(body) == [(["区教育局"], [])]
