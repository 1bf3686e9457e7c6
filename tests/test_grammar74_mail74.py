"""Round 74 mail74: plans that reach staff by e-mail in the forms round 73 (meta73's Left) did not read, in six
messages of our own (tests/fixtures/round74/mail74: a county's note with the plan, its annex list and a 回执
attached; a city's note forwarding two plans; a district's reply quoting the plan two deep; a town's Outlook forward
under its 原始邮件 block; two Outlook .msg files, one with attachments, one with the plan in its body under
Outlook's English From/Sent block), read by hand before the loader ran. What is tested here, each with its guards:

- every attachment that assigns a task is read, after the message's own text when that assigns one too, and the
  parts are joined in the message's order: each keeps its own lines, its reforms and workplans numbered on and
  titled by its attachment's name (``formats_mht.joined_parts``); a 回执 or a covering note of no task adds nothing,
  and a lone part reads as before;
- a plain-text message's quote marks (``> ``, ``>> ``, ``> > ``) are taken out, its lines kept: a plan quoted a
  reply deep reads as the plan (every hand-read plan of rounds 70-73 written as text, quoted two deep);
- Outlook's .msg is read (``formats_msg``: olefile), its body and its attachments as an .eml's, under any name; an
  OLE2 file whose root holds no message is the Word or Excel file it is;
- hostile messages are one line: parts nested deeper than ``Limits.depth`` (the stdlib parser recursed: a
  RecursionError before), more attachments or OLE2 entries than ``Limits.zip_members``, a stream declaring more
  bytes than its file, a broken directory; a message attached to a message is read as a message (round 75; round 74
  did not open it).
"""

from __future__ import annotations

import io
import json
import struct
import sys
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

import olefile
import pytest
from support.expected_files import compared, compared_tasks, hand_read_cases, measures
from support.outlook import outlook_msg

from reformgraph.errors import DocumentError, DocumentLimitError, MissingExtraError
from reformgraph.loaders.formats_mht import quote_layers
from reformgraph.loaders.formats_msg import read_msg
from reformgraph.loaders.limits import Limits
from reformgraph.loaders.read import format_of, parse_bytes, read_document

FOLDER = Path(__file__).parent / "fixtures" / "round74" / "mail74"
FIXTURES = Path(__file__).parent / "fixtures"

PLAN_A = "某县供水保障方案\n\n一、重点任务\n\n1.推进水厂扩建。（牵头单位：县水利局；配合单位：县财政局）\n\n2.开展水质检测。（牵头单位：县卫生健康局）\n"
PLAN_B = "某县燃气整治方案\n\n一、重点任务\n\n1.排查燃气管道隐患。（牵头单位：县住房城乡建设局）\n"
NOTE = "各单位：\n　　现将方案转发给你们，请认真落实。\n\n县政府办公室\n"
RECEIPT = "参会回执\n单位名称,联系人,职务\n"


def mail(body: str, attachments: list[tuple[str, bytes]] = ()) -> bytes:
    message = EmailMessage()
    message["From"] = "县政府办公室 <bgs@example.gov.cn>"
    message["To"] = "各单位 <gdw@example.gov.cn>"
    message["Subject"] = "转发：方案"
    message["Date"] = "Mon, 09 Mar 2026 10:15:00 +0800"
    message.set_content(body, charset="utf-8", cte="base64")
    for name, data in attachments:
        message.add_attachment(data, "application", "octet-stream", filename=name)
    return bytes(message.as_bytes(policy=SMTP))


def rows(doc) -> list[tuple[int, list[str], list[str]]]:
    return [(m.line, [u.raw for u in m.leads], [u.raw for u in m.supports]) for m in measures(doc)]


# ---- every attachment, joined ------------------------------------------------------------------------------------


def test_every_attachment_that_assigns_a_task_is_read_in_the_messages_order() -> None:
    # before: the first attachment only (round 73), 附件2's task not read
    data = mail(NOTE, [("附件1：供水.txt", PLAN_A.encode()), ("附件2：燃气.txt", PLAN_B.encode())])
    doc = parse_bytes(data, path="转发.eml")
    assert rows(doc) == [(5, ["县水利局"], ["县财政局"]), (7, ["县卫生健康局"], []), (5, ["县住房城乡建设局"], [])]
    assert [(w.number, w.reform_number, w.title) for w in doc.workplans] == [
        ("1", "1", "重点任务（附件1：供水.txt）"),
        ("2", "2", "重点任务（附件2：燃气.txt）"),
    ]
    assert [r.number for r in doc.reforms] == ["1", "2"]
    assert (doc.path, doc.title) == ("转发.eml", "某县供水保障方案")


def test_the_messages_own_tasks_come_first_then_its_attachments() -> None:
    # before: a message whose text assigned a task was read alone, its attachment left
    data = mail(PLAN_B, [("附件：供水.txt", PLAN_A.encode())])
    doc = parse_bytes(data, path="转发.eml")
    assert rows(doc) == [(5, ["县住房城乡建设局"], []), (5, ["县水利局"], ["县财政局"]), (7, ["县卫生健康局"], [])]
    assert [w.title for w in doc.workplans] == ["重点任务", "重点任务（附件：供水.txt）"]


def test_a_lone_part_reads_as_before_and_a_receipt_adds_nothing() -> None:
    # guard: round 73's attached plan (its title and workplans as its own reading), the 回执 of no task before it
    data = mail(NOTE, [("附件2：回执.csv", RECEIPT.encode()), ("附件1：供水.txt", PLAN_A.encode())])
    doc = parse_bytes(data, path="转发.eml")
    alone = parse_bytes(PLAN_A.encode(), path="附件1：供水.txt")
    assert doc.workplans == alone.workplans and doc.path == "转发.eml"
    text_only = parse_bytes(mail(PLAN_A), path="方案.eml")
    assert rows(text_only) == [(5, ["县水利局"], ["县财政局"]), (7, ["县卫生健康局"], [])]


def test_a_message_attached_to_a_message_is_read_as_a_message() -> None:
    # round 74: never opened; round 75 (mail75): an attached .eml or .msg is read as a message, in the message's order
    inner = [("原邮件.eml", mail(PLAN_B)), ("原邮件.msg", outlook_msg("方案", PLAN_B.replace("\n", "\r\n")))]
    doc = parse_bytes(mail(NOTE, [*inner, ("附件1：供水.txt", PLAN_A.encode())]), path="x.eml")
    assert [m.leads[0].raw for m in measures(doc)] == [
        "县住房城乡建设局",
        "县住房城乡建设局",
        "县水利局",
        "县卫生健康局",
    ]


def test_a_note_with_nothing_read_is_one_line() -> None:
    with pytest.raises(DocumentError, match="no recognisable workplans"):
        parse_bytes(mail(NOTE, [("回执.csv", RECEIPT.encode())]), path="通知.eml")


def test_an_attachments_warning_names_it() -> None:
    plan = PLAN_A + "\n3.完善管护机制。（牵头单位：）\n"
    doc = parse_bytes(mail(NOTE, [("附件1.txt", plan.encode()), ("附件2.txt", PLAN_B.encode())]), path="x.eml")
    assert doc.warnings and all(w.message.startswith(("附件1.txt: ", "附件2.txt: ")) for w in doc.warnings)


# ---- quoted replies ------------------------------------------------------------------------------------------------


def test_each_quote_depth_is_a_message_of_its_own_its_lines_kept() -> None:
    text = "收到。\r\n\r\n> 各单位：\r\n>> 1.推进改革。（牵头单位：区财政局）\r\n> > 2.面积>500平方米的场所。\r\n>\r\n"
    assert [layer.split("\n") for layer in quote_layers(text)] == [
        ["收到。", "", "", "", "", "", ""],
        ["", "", "各单位：", "", "", "", ""],
        ["", "", "", "1.推进改革。（牵头单位：区财政局）", "2.面积>500平方米的场所。", "", ""],
    ]
    assert quote_layers("一、任务\n1.推进>2项") == ["一、任务\n1.推进>2项"]  # guard: a text with no quote is itself


def test_a_reply_that_assigns_a_task_is_read_before_the_plan_it_quotes() -> None:
    reply = "请县水利局牵头，会同县财政局抓好第1项落实。\r\n\r\n在 2026/3/9 10:12, 县政府办 写道:\r\n"
    body = reply + "\r\n".join(">> " + line for line in PLAN_A.split("\n"))
    assert rows(parse_bytes(mail(body), path="reply.eml")) == [
        (1, ["县水利局"], ["县财政局"]),
        (8, ["县水利局"], ["县财政局"]),
        (10, ["县卫生健康局"], []),
    ]


def _text_plans() -> list:
    plans = []
    for round_ in ("round70", "round71", "round72", "round73"):
        for expected in sorted((FIXTURES / round_).glob("*/*.expected.json")):
            for suffix in (".txt", ".md"):
                plan = expected.with_name(expected.name.removesuffix(".expected.json") + suffix)
                if plan.exists() and json.loads(expected.read_text(encoding="utf-8"))["count"]:
                    plans.append(pytest.param(expected, plan, id=f"{round_}/{plan.parent.name}/{plan.name[:2]}"))
    return plans


_REPLY = ["收到，我局将按照分工抓好落实。", "", "在 2026/3/9 10:12, 区政府办 写道:", "> 各单位：请认真落实。", ">"]


@pytest.mark.parametrize(("expected", "plan"), _text_plans())
def test_a_plan_quoted_two_deep_reads_as_the_plan(expected: Path, plan: Path) -> None:
    # the plan's lines quoted `>> ` under a reply and the reply it answers (as 03's): its tasks a few lines down
    lines = plan.read_text(encoding="utf-8").split("\n")
    body = "\r\n".join(_REPLY + [(">> " + line).rstrip() for line in lines])
    doc = parse_bytes(mail(body), path="reply.eml")
    want = json.loads(expected.read_text(encoding="utf-8"))["tasks"]
    read, written = compared_tasks(measures(doc), [dict(t, line=t["line"] + len(_REPLY)) for t in want])
    assert [r[:4] + r[5:] for r in read] == [w[:4] + w[5:] for w in written]


# ---- Outlook .msg ----------------------------------------------------------------------------------------------------


def test_a_msg_is_read_under_any_name() -> None:
    data = outlook_msg("转发：方案", NOTE.replace("\n", "\r\n"), [("附件1：供水.txt", PLAN_A.encode())])
    assert format_of("x.msg", data) == format_of("x.doc", data) == format_of("x.dat", data) == "msg"
    assert rows(parse_bytes(data, path="邮件.doc")) == [(5, ["县水利局"], ["县财政局"]), (7, ["县卫生健康局"], [])]


def test_a_msgs_body_quoted_and_its_html_body_first() -> None:
    quoted = "\r\n".join(_REPLY + [">> " + line for line in PLAN_A.split("\n")])
    assert rows(parse_bytes(outlook_msg("Re: 方案", quoted), path="x.msg")) == [
        (10, ["县水利局"], ["县财政局"]),
        (12, ["县卫生健康局"], []),
    ]
    page = "<html><body><p>一、重点任务</p><p>1.排查燃气管道隐患。（牵头单位：县住房城乡建设局）</p></body></html>"
    doc = parse_bytes(outlook_msg("方案", NOTE, html=page.encode("utf-8")), path="x.msg")
    assert [u.raw for m in measures(doc) for u in m.leads] == ["县住房城乡建设局"]  # the HTML body, not the note


def test_a_msg_attachments_order_is_outlooks_and_a_message_in_it_is_read() -> None:
    # round 75 (mail75): the .msg and .eml attached read as messages (round 74: not opened), in Outlook's order
    inner = outlook_msg("方案", PLAN_B.replace("\n", "\r\n"))
    data = outlook_msg(
        "转发", NOTE, [("附件1：供水.txt", PLAN_A.encode()), ("原邮件.msg", inner), ("原邮件.eml", mail(PLAN_B))]
    )
    assert [m.leads[0].raw for m in measures(parse_bytes(data, path="x.msg"))] == [
        "县水利局",
        "县卫生健康局",
        "县住房城乡建设局",
        "县住房城乡建设局",
    ]


def test_without_olefile_a_msg_is_one_line_naming_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "olefile", None)  # an import of it fails as when it is not installed
    with pytest.raises(MissingExtraError) as raised:
        parse_bytes(outlook_msg("x", NOTE), path="x.msg")
    assert str(raised.value) == (
        "reading an Outlook message (.msg) needs the optional package 'olefile': pip install 'reformgraph[formats]'"
    )


def test_an_ole2_file_of_no_message_is_the_office_file_it_is() -> None:
    xls = next(FIXTURES.glob("round73/ledger73/07-*.xls"))
    assert measures(read_msg(xls.read_bytes(), path="x.xls", key="x", sha256="")) == measures(read_document(xls))
    with pytest.raises(DocumentError, match="neither a Word document nor an Excel workbook"):
        read_msg(_no_message(), path="x", key="x", sha256="")


def _no_message() -> bytes:
    from support.outlook import compound_file

    return compound_file({"Contents": b"x" * 100, "__substg1.0_1000001F": "正文".encode("utf-16-le")})


def test_the_library_reads_the_generators_messages_back() -> None:
    # the fixtures' .msg files as olefile (the reader's library) sees them: streams, names and bytes as written
    ole = olefile.OleFileIO(io.BytesIO(next(FOLDER.glob("05-*.msg")).read_bytes()))
    names = [
        ole.openstream(f"__attach_version1.0_#{k:08X}/__substg1.0_3707001F").read().decode("utf-16-le")
        for k in range(3)
    ]
    assert names == [
        "1.岚山县2026年优化营商环境重点任务实施方案.docx",
        "2.2026年优化营商环境重点任务清单.xlsx",
        "3.联络员回执.xlsx",
    ]
    assert ole.openstream("__substg1.0_1000001F").read().decode("utf-16-le").startswith("各镇（街道），县直有关部门：")
    assert ole.openstream(f"__attach_version1.0_#{0:08X}/__substg1.0_37010102").read()[:4] == b"PK\x03\x04"


# ---- hostile messages: one line each, never a hang --------------------------------------------------------------


def _nested(depth: int) -> bytes:
    body = "Content-Type: text/plain; charset=utf-8\r\n\r\n1.推进改革。（牵头单位：区财政局）\r\n".encode()
    for k in range(depth):
        body = (
            f'Content-Type: multipart/mixed; boundary="b{k}"\r\n\r\n--b{k}\r\n'.encode()
            + body
            + f"\r\n--b{k}--\r\n".encode()
        )
    return b"From: a@b.cn\r\nSubject: x\r\nMIME-Version: 1.0\r\n" + body


@pytest.mark.parametrize("depth", [100, 3000])
def test_parts_nested_deep_are_one_line(depth: int) -> None:
    # before: 3,000 levels raised RecursionError out of the stdlib's parser
    with pytest.raises(DocumentLimitError, match="the message's parts are nested .*the limit is 64 levels"):
        parse_bytes(_nested(depth), path="deep.eml")
    assert rows(parse_bytes(_nested(3), path="ok.eml")) == [(1, ["区财政局"], [])]  # guard: a few levels read


def test_a_web_archive_nested_deep_is_one_line() -> None:
    data = _nested(3000).replace(b"multipart/mixed", b"multipart/related", 1)
    data = b"MIME-Version: 1.0\r\n" + data.replace(b"MIME-Version: 1.0\r\n", b"")
    with pytest.raises(DocumentLimitError, match="nested"):
        parse_bytes(data, path="page.mht")


def test_attachments_past_the_count_are_one_line() -> None:
    data = mail(NOTE, [(f"附件{k}.txt", PLAN_B.encode()) for k in range(6)])
    with pytest.raises(DocumentLimitError, match="the message carries 6 members; the limit is 5 members"):
        parse_bytes(data, path="x.eml", limits=Limits(zip_members=5))
    msg = outlook_msg("x", NOTE, [(f"附件{k}.txt", PLAN_B.encode()) for k in range(6)])
    with pytest.raises(DocumentLimitError, match="the message has .* members; the limit is 20 members"):
        parse_bytes(msg, path="x.msg", limits=Limits(zip_members=20))


def _patched_entry(data: bytes, name: str, offset: int, value: bytes) -> bytes:
    at = data.index((name + "\0").encode("utf-16-le"))
    return data[: at + offset] + value + data[at + offset + len(value) :]


def test_a_stream_declaring_more_than_its_file_is_one_line() -> None:
    data = outlook_msg("x", "正文" * 3000)  # a body of its own sectors (over 4,096 bytes)
    huge = _patched_entry(data, "__substg1.0_1000001F", 120, struct.pack("<I", 0x7FFFFF00))
    with pytest.raises(DocumentError, match=r"^x\.msg.*(declares 2,147,483,392 bytes|not a readable Outlook message)"):
        parse_bytes(huge, path="x.msg")


def test_a_directory_that_loops_is_one_line() -> None:
    data = outlook_msg("x", NOTE)
    at = data.index(("__substg1.0_1000001F" + "\0").encode("utf-16-le"))
    me = (at - 512 * (struct.unpack_from("<I", data, 0x30)[0] + 1)) // 128
    looped = _patched_entry(data, "__substg1.0_1000001F", 68, struct.pack("<I", me))  # its own left sibling
    with pytest.raises(DocumentError, match=r"^x\.msg: not a readable Outlook message \(.msg\) \("):
        parse_bytes(looped, path="x.msg")


def test_an_unreadable_msg_is_one_line() -> None:
    data = outlook_msg("x", NOTE)
    with pytest.raises(DocumentError, match=r"^x\.msg"):
        parse_bytes(data[:1536] + bytes(2048), path="x.msg")


# ---- the plans -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("expected_path", hand_read_cases(FOLDER))
def test_the_plan_reads_as_written_by_hand(expected_path: Path) -> None:
    read, written = compared(expected_path)
    assert [r[:4] + r[5:] for r in read] == [w[:4] + w[5:] for w in written]
