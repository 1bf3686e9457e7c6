"""Round 63 heldout5: a fifth batch of real held-out plans (tests/fixtures/heldout 29-31, docs/round63_heldout5.md).

The rule written for them: a verb of urging or directing that opens a sentence (``督促辖区物业公司落实…``) makes the
body after it the verb's object, never the sentence's subject (``prose._specific``).
"""

from __future__ import annotations

from reformgraph.loaders.parse import parse_document
from reformgraph.loaders.prose import read_prose


def _roles(text: str):
    found = read_prose(text, 0, len(text))
    return found and [(u.name, u.role) for u in found.units]


def test_an_urged_body_opening_a_sentence_is_no_subject():
    # held-out 30's duty: the subject is the heading's unit, left unsaid; 督促辖区物业公司 is no lead
    text = "督促辖区物业公司落实消防安全责任，对履职不力的单位，会同区相关职能部门落实警示约谈。"
    assert _roles(text) is None
    assert _roles("指导各街道办事处建设微型消防站，会同区财政局落实经费。") is None


def test_the_urging_units_subject_still_leads():
    # guards: a named subject before the verb keeps its roles; a name holding the verb inside it is a name
    text = "区住建委会同区相关职能部门督促辖区物业公司落实消防安全责任。"
    assert _roles(text) == [("区住建委", "lead"), ("区相关职能部门", "support")]
    assert _roles("区教育督导室负责开展学校安全专项督导。") == [("区教育督导室", "lead")]


def test_a_duty_under_its_units_heading_is_that_units():
    text = (
        "三、工作职责\n\n（一）街道消防安全委员会\n\n1.组织领导本地区基层消防安全综合治理工作;\n\n"
        "2.完善考核办法;督促辖区物业公司落实消防安全责任，对履职不力的单位，会同区相关职能部门落实警示约谈等工作措施;\n"
    )
    doc = parse_document(text, path="t.md")
    leads = [[u.raw for u in m.leads] for w in doc.workplans for m in w.measures]
    assert leads == [["街道消防安全委员会"], ["街道消防安全委员会"]]
