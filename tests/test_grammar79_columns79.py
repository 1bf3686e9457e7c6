"""Round 79 columns79: the user's names of a table's columns (``--columns``, ``loaders/column_spec.py``), for tables
whose headers no rule knows (tests/fixtures/round79/columns79: a .docx, an .xlsx, a .csv and an .html plan of our own,
and a workbook with no header row, each read with the spec its expected file names), and the refusal that says what
such a table holds and which spec would read it (``loaders/unread_tables.py``).

- ``HEADER=ROLE`` (or ``ROLE=HEADER``) names the column headed so, compared without spaces, line breaks or full-width
  forms, and overrides the rules' reading of that header; ``N=ROLE`` reads a table with no recognised header row from
  its first row with a task and a unit, as if headed so;
- a spec's header no table has is one warning; a bad spec one ``ColumnSpecError`` line, the CLI's usage error;
- guards: with no spec nothing changes (a plan whose headers are recognised reads as before, with a spec naming other
  headers too); a header named by a spec is matched whole, never as a part of another (``协办`` is no ``协办单位``).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from support.expected_files import compared, compared_tasks, document_path, hand_read_cases, measures
from support.readings import task_rows

from reformgraph.cli import cli
from reformgraph.errors import ColumnSpecError, DocumentError
from reformgraph.loaders.column_spec import columns_given, parse_columns
from reformgraph.loaders.formats_csv import read_csv
from reformgraph.loaders.read import parse_bytes, read_document

FOLDER = Path(__file__).parent / "fixtures" / "round79" / "columns79"
RECOGNISED = Path(__file__).parent / "fixtures" / "round78" / "fresh78"


# ---- the plans ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("expected_path", hand_read_cases(FOLDER))
def test_the_plan_reads_as_written_by_hand_with_its_columns(expected_path: Path) -> None:
    read, written = compared(expected_path)
    assert read == written


@pytest.mark.parametrize("expected_path", hand_read_cases(FOLDER))
def test_without_its_columns_the_plan_is_refused_with_the_spec_that_reads_it(expected_path: Path) -> None:
    spec = json.loads(expected_path.read_text(encoding="utf-8"))["columns"]
    with pytest.raises(DocumentError) as refused:
        read_document(document_path(expected_path))
    message = str(refused.value)
    assert message.count("\n") == 0 and "--columns" in message
    suggested = message.rsplit('--columns "', 1)[1].rstrip('"')
    assert parse_columns(suggested) == parse_columns(spec)  # the error's spec, copied, reads the plan


# ---- words of our own -----------------------------------------------------------------------------------------------


def _csv(*rows: str) -> bytes:
    return "".join(row + "\n" for row in rows).encode("utf-8")


_UNKNOWN = _csv(
    "序号,要点,主抓,协同,节点",
    "1,建设全区统一的数据共享平台,区大数据局,区财政局、区网信办,2026年9月底前",
    "2,推行工程项目联合验收,区住建局,区规划分局,2026年6月底前",
)


def _rows(data: bytes, spec: str | None, path: str = "plan.csv"):
    return task_rows(parse_bytes(data, path=path, columns=parse_columns(spec) if spec else None))


def test_headers_named_by_the_user_read_the_table() -> None:
    assert _rows(_UNKNOWN, "要点=任务,主抓=牵头,协同=配合,节点=时限") == [
        ("建设全区统一的数据共享平台", ["区大数据局"], ["区财政局", "区网信办"], "2026-09"),
        ("推行工程项目联合验收", ["区住建局"], ["区规划分局"], "2026-06"),
    ]


def test_the_role_may_come_first_and_in_english_and_headers_match_without_spaces_or_full_width_forms() -> None:
    spaced = _csv(
        "序号,要　点,主抓（单位）,协同,节点",
        "1,建设全区统一的数据共享平台,区大数据局,区财政局,2026年9月底前",
    )
    assert _rows(spaced, "task=要点, lead=主抓(单位)；support=协同，节点=deadline") == [
        ("建设全区统一的数据共享平台", ["区大数据局"], ["区财政局"], "2026-09")
    ]


def test_a_named_header_overrides_the_rules_reading() -> None:
    # 配合单位 is a support column by the rules; the user says its units lead (their plan's own usage)
    data = _csv("序号,工作任务,配合单位,完成时限", "1,推行工程项目联合验收,区住建局,2026年6月底前")
    assert _rows(data, None) == []  # no lead column: the rules read no task
    assert _rows(data, "配合单位=牵头") == [("推行工程项目联合验收", ["区住建局"], [], "2026-06")]


def test_columns_by_number_read_a_table_with_no_header_row() -> None:
    data = _csv(
        "某区2026年重点任务台账,,,,",
        "1,建设全区统一的数据共享平台,区大数据局,区财政局,2026年9月底前",
        "2,推行工程项目联合验收,区住建局,区规划分局,2026年6月底前",
    )
    assert _rows(data, "2=任务,3=牵头,4=配合,5=时限") == [
        ("建设全区统一的数据共享平台", ["区大数据局"], ["区财政局"], "2026-09"),
        ("推行工程项目联合验收", ["区住建局"], ["区规划分局"], "2026-06"),
    ]


def test_a_header_no_table_has_is_one_warning() -> None:
    doc = parse_bytes(_UNKNOWN, path="plan.csv", columns=parse_columns("要点=任务,主抓=牵头,承办科室=配合"))
    assert [(w.kind, w.message) for w in doc.warnings] == [
        (
            "columns_unseen",
            "--columns names the header 承办科室, which no table of this file has: its tables were read without it",
        )
    ]


@pytest.mark.parametrize(
    ("spec", "said"),
    [
        ("牵头", "牵头: each item is HEADER=ROLE or N=ROLE"),
        ("主办=县发改局", "主办=县发改局: names no role"),
        ("", "empty"),
        ("0=任务,3=牵头", "0=任务: a column's number runs from 1"),
        ("3=牵头", "columns by number need the task's column and a unit's"),
        ("主办=牵头,主办=配合", "主办=配合: 主办 is given two roles"),
    ],
)
def test_a_bad_spec_is_one_line(spec: str, said: str) -> None:
    with pytest.raises(ColumnSpecError) as bad:
        parse_columns(spec)
    assert said in str(bad.value) and "\n" not in str(bad.value)


# ---- guards ---------------------------------------------------------------------------------------------------------


def test_a_recognised_plan_reads_as_before_with_a_spec_naming_other_headers() -> None:
    expected = RECOGNISED / "04-district-oa-export-csv-dotted-numbers-and-headings-2026.expected.json"
    path = document_path(expected)
    want = json.loads(expected.read_text(encoding="utf-8"))["tasks"]
    plain = read_document(path)
    spec = read_document(path, columns=parse_columns("挂帅单位=牵头,节点=时限,3=任务,4=牵头"))
    read, written = compared_tasks(measures(spec), want)
    assert read == written
    assert task_rows(spec) == task_rows(plain)
    assert [w.kind for w in spec.warnings if w not in plain.warnings] == ["columns_unseen", "columns_unseen"]


def test_a_named_header_is_matched_whole() -> None:
    # 协办 names the column 协办 only: 协办单位 (a support column of its own) is read by the rules, as before
    data = _csv("序号,工作任务,牵头单位,协办单位,完成时限", "1,推行工程项目联合验收,区住建局,区规划分局,2026年6月底前")
    assert (
        _rows(data, "协办=牵头")
        == _rows(data, None)
        == [("推行工程项目联合验收", ["区住建局"], ["区规划分局"], "2026-06")]
    )


def test_columns_by_number_leave_a_recognised_header_as_it_is() -> None:
    data = _csv("序号,工作任务,牵头单位,配合单位", "1,推行工程项目联合验收,区住建局,区规划分局")
    assert _rows(data, "3=任务,2=牵头") == _rows(data, None)


def test_the_spec_holds_within_its_reading_only() -> None:
    with columns_given(parse_columns("要点=任务,主抓=牵头")):
        assert task_rows(read_csv(_UNKNOWN, path="a.csv", key="a", sha256=""))
    with pytest.raises(DocumentError):
        read_csv(_UNKNOWN, path="a.csv", key="a", sha256="")


def test_a_refusal_with_no_table_says_nothing_of_columns() -> None:
    with pytest.raises(DocumentError) as refused:
        parse_bytes("某县会议纪要\n\n今天开会。\n".encode(), path="minutes.txt")
    assert "--columns" not in str(refused.value)


def test_a_refused_table_of_no_tasks_and_no_units_is_given_no_spec() -> None:
    # a contacts list (names and phones): no column of tasks and none of units under its header, no task table to name
    with pytest.raises(DocumentError) as refused:
        parse_bytes(_csv("姓名,职务,电话", "张三,科长,13800000000", "李四,副科长,13900000000"), path="contacts.csv")
    assert str(refused.value).startswith("contacts.csv: no task table") and "--columns" not in str(refused.value)


# ---- the command line -----------------------------------------------------------------------------------------------


def test_build_reads_the_columns_named_on_the_command_line(tmp_path: Path) -> None:
    plan = tmp_path / "plan.csv"
    plan.write_bytes(_UNKNOWN)
    runner = CliRunner()
    refused = runner.invoke(cli, ["build", str(plan)])
    assert refused.exit_code != 0 and '--columns "要点=任务,主抓=牵头,协同=配合,节点=时限"' in refused.output
    built = runner.invoke(cli, ["build", str(plan), "--columns", "要点=任务,主抓=牵头,协同=配合,节点=时限"])
    assert built.exit_code == 0, built.output
    assert "Measure 2" in built.output


def test_build_says_a_bad_spec_in_one_line(tmp_path: Path) -> None:
    plan = tmp_path / "plan.csv"
    plan.write_bytes(_UNKNOWN)
    result = CliRunner().invoke(cli, ["build", str(plan), "--columns", "牵头"])
    assert result.exit_code == 2
    assert "Invalid value for '--columns': 牵头: each item is HEADER=ROLE or N=ROLE" in result.output
    assert "Traceback" not in result.output


# ---- the explorer's import page -------------------------------------------------------------------------------------


def test_the_worker_reads_the_columns_it_is_given() -> None:
    from reformgraph.explorer import upload

    spec = parse_columns("要点=任务,主抓=牵头,协同=配合,节点=时限")
    isolated = upload.build_isolated(_UNKNOWN, "plan.csv", columns=spec)
    assert isolated.data.kind_counts()["Measure"] == 2
    with pytest.raises(DocumentError, match="--columns"):
        upload.build_isolated(_UNKNOWN, "plan.csv")


@pytest.fixture
def import_page(monkeypatch):
    import sys

    from streamlit.testing.v1 import AppTest

    for var in ("NEO4J_URI", "REFORMGRAPH_GRAPH"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setattr(sys, "argv", ["explorer/app.py"])
    at = AppTest.from_file(str(Path(__file__).resolve().parents[1] / "explorer" / "app.py"), default_timeout=120)
    at.run()
    at.switch_page("screens/import_doc.py").run()
    assert not at.exception
    return at


def test_the_import_page_reads_the_column_names_typed_in_its_expander(import_page) -> None:
    at = import_page
    at.get("file_uploader")[0].set_value(("plan.csv", _UNKNOWN, "text/csv")).run()
    assert '--columns "要点=任务,主抓=牵头,协同=配合,节点=时限"' in at.error[0].value.replace("\\", "")
    at.text_input(key="import_columns").set_value("要点=任务,主抓=牵头,协同=配合,节点=时限").run()
    assert not at.exception and not at.error
    assert "plan.csv" in at.success[0].value.replace("\\", "")
    at.button[0].click().run()  # used on every page: the graph keeps the spec it was read with
    assert "upload_columns" in at.session_state and len(at.session_state["uploads"]) == 1
    at.text_input(key="import_columns").set_value("牵头").run()
    shown = at.error[0].value.replace("\\", "")
    assert shown.startswith("无法导入：列名设置无法读取") and "牵头: each item is HEADER=ROLE" in shown
