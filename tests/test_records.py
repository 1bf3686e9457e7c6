"""The records' fast makers (``positional_makers``) make the same frozen records as the constructors."""

from __future__ import annotations

import copy
import dataclasses
import pickle

import pytest

from reformgraph import records
from reformgraph.loaders.parse import parse_document
from reformgraph.loaders.pipeline import BUNDLED_DOCUMENT
from reformgraph.loaders.read import decode_text
from reformgraph.loaders.tasks import Section

# one value per field, of the kind the parser gives
SAMPLES = {
    records.UnitMention: ("市财政局", 3, "市财政局等", True),
    records.Deadline: ("2022年底前", "2022-12", "scheduled"),
    records.Contact: ("张三", "联络人", ("63710283",), "市财政局", 9, 2),
    records.ResponsibleUnit: ("市财政局", "lead", 8),
    records.Citation: ("《优化营商环境条例》", "regulation", 4),
    records.Reform: ("1", "深化改革"),
    records.ParseWarning: (2, "workplan 2: no measures", "no_measures", (("number", "2"),)),
    Section: ("标题", 1, (), 5, "1", "1", None, None, (), (), (), (), True),
}


@pytest.mark.parametrize("cls", list(SAMPLES), ids=lambda c: c.__name__)
def test_a_made_record_is_the_record_the_constructor_makes(cls):
    values = SAMPLES[cls]
    (make,) = records.positional_makers(cls)
    made, built = make(*values), cls(*values)
    assert type(made) is cls
    assert made == built and hash(made) == hash(built) and repr(made) == repr(built)
    assert dataclasses.astuple(made) == values
    assert pickle.loads(pickle.dumps(made)) == built and copy.deepcopy(made) == built
    assert dataclasses.replace(made) == built
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(made, dataclasses.fields(cls)[0].name, values[0])


def test_several_makers_at_once_and_records_holding_records():
    make_mention, make_deadline, make_measure = records.positional_makers(
        records.UnitMention, records.Deadline, records.Measure
    )
    lead = make_mention("市财政局", 3, None, False)
    made = make_measure(1, "建设平台", (lead,), (), make_deadline(None, None, None), 3)
    built = records.Measure(
        1, "建设平台", (records.UnitMention("市财政局", 3),), (), records.Deadline(None, None, None), 3
    )
    assert made == built and repr(made) == repr(built)


def test_a_maker_takes_every_field_and_only_slotted_public_fields():
    (make,) = records.positional_makers(records.UnitMention)
    with pytest.raises(TypeError):
        make("市财政局", 3)  # no defaults

    @dataclasses.dataclass(frozen=True, slots=True)
    class Private:
        _value: int

    with pytest.raises(TypeError, match="starts with _"):
        records.positional_makers(Private)

    @dataclasses.dataclass(frozen=True, slots=True)
    class Checked:
        value: int

        def __post_init__(self):
            assert self.value > 0

    with pytest.raises(TypeError, match="__post_init__"):
        records.positional_makers(Checked)


def test_the_parsed_document_holds_plain_record_instances():
    doc = parse_document(decode_text(BUNDLED_DOCUMENT.read_bytes()))
    workplan = doc.workplans[0]
    measure = workplan.measures[0]
    assert type(workplan) is records.Workplan and type(measure) is records.Measure
    assert type(measure.leads[0]) is records.UnitMention
    assert {type(x) for x in workplan.responsible} == {records.ResponsibleUnit}
    assert {type(x) for x in workplan.contacts} == {records.Contact}
    # equal to the same document made again (every record compares by its fields)
    assert parse_document(decode_text(BUNDLED_DOCUMENT.read_bytes())) == doc
