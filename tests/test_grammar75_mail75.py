"""Round 75 mail75: the e-mails round 74 left unread (mail74's Left), in six messages of our own
(tests/fixtures/round75/mail75: Foxmail, Thunderbird and Gmail HTML replies quoting the plan in ``<blockquote>``s,
an .eml carrying the message it forwards as a ``message/rfc822`` part, an ANSI .msg in code page 936 with an Outlook
item attached, a .msg whose only body is compressed RTF), read by hand before the loader ran. What is tested here,
each with its guards:

- an HTML message's quotes (``<blockquote>``, Gmail's ``<div class="gmail_quote">``) are messages of their own, read
  as a plain-text message's ``>`` depths are, each line keeping its number in the page
  (``formats_html.read_html_layers``); a page with no quote, and any page that is no message, reads as before;
- a plan pasted or quoted below a notice or a header block that cites it (``现将《X》印发给你们``) is titled by its
  own title line X (``parse.title_cited_above``); the writer of a reply speaking of itself (``我中心负责的…``) names
  no unit (``unit_names.is_unit_name``);
- an 8-bit .msg is decoded in its code page (PR_MESSAGE_CODEPAGE, PR_INTERNET_CPID) before any guess;
- a message attached to a message (an .eml's ``message/rfc822`` part or attached .eml/.msg, a .msg's Outlook item) is
  read as a message one level deeper, within ``Limits.depth``;
- a .msg whose only body is compressed RTF is decompressed ([MS-OXRTFCP]) and the HTML or text it encapsulates read
  ([MS-OXRTFEX]); hostile streams are one line.
"""

from __future__ import annotations

import struct
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

import pytest
from support.expected_files import compared, hand_read_cases, unit_rows
from support.mails import NOTICE, PLAN
from support.outlook import compressed_rtf, html_rtf, message_tree, outlook_msg, text_rtf

from reformgraph.errors import DocumentError, DocumentLimitError
from reformgraph.loaders.formats_html import read_html, read_html_layers
from reformgraph.loaders.limits import Limits
from reformgraph.loaders.parse import title_cited_above
from reformgraph.loaders.read import parse_bytes
from reformgraph.loaders.rtf_body import decompressed_rtf, encapsulated, rtf_body
from reformgraph.loaders.unit_names import is_unit_name

FOLDER = Path(__file__).parent / "fixtures" / "round75" / "mail75"


def html_mail(page: str, *, charset: str = "utf-8") -> bytes:
    message = EmailMessage()
    message["From"] = "区政府办公室 <bgs@example.gov.cn>"
    message["To"] = "各单位 <gdw@example.gov.cn>"
    message["Subject"] = "Re: 方案"
    message.set_content(page.encode(charset), maintype="text", subtype="html", cte="base64")
    message.set_param("charset", charset)
    return bytes(message.as_bytes(policy=SMTP))


def text_mail(body: str, attachments=(), *, subject: str = "转发：方案") -> EmailMessage:
    message = EmailMessage()
    message["From"] = "县政府办公室 <bgs@example.gov.cn>"
    message["To"] = "各单位 <gdw@example.gov.cn>"
    message["Subject"] = subject
    message.set_content(body, charset="utf-8", cte="base64")
    for attached in attachments:
        message.add_attachment(attached)
    return message


def divs(lines: list[str]) -> str:
    return "".join(f"<div>{line}</div>" for line in lines)


# ---- an HTML message's quotes --------------------------------------------------------------------------------------


def test_a_plan_quoted_in_a_blockquote_is_read_with_its_lines_and_its_title() -> None:
    # before: one page, titled by its first section heading (重点任务); the reply's words above the plan
    page = divs(["收到，我局抓好落实。", "县水利局办公室"]) + "<blockquote>" + divs(NOTICE + PLAN) + "</blockquote>"
    doc = parse_bytes(html_mail(page), path="reply.eml")
    assert unit_rows(doc) == [(7, ["县水利局"], ["县财政局"]), (8, ["县卫生健康局"], [])]  # the page's lines 7 and 8
    assert doc.title == "某县供水保障方案"


def test_a_reply_that_assigns_a_task_is_read_before_the_plan_it_quotes() -> None:
    page = "<p>请县应急管理局牵头，会同县水利局做好汛前检查。</p><blockquote>" + divs(PLAN) + "</blockquote>"
    assert unit_rows(parse_bytes(html_mail(page), path="reply.eml")) == [
        (1, ["县应急管理局"], ["县水利局"]),
        (4, ["县水利局"], ["县财政局"]),
        (5, ["县卫生健康局"], []),
    ]


def test_each_level_is_a_message_and_a_table_stands_in_its_own() -> None:
    # Thunderbird's reply to a reply: the plan two <blockquote type="cite"> deep, its task list a table
    table = (
        "<table><tr><td>序号</td><td>工作任务</td><td>牵头单位</td><td>完成时限</td></tr>"
        "<tr><td>1</td><td>完成水厂扩建</td><td>县水利局</td><td>2026年6月底前</td></tr></table>"
    )
    page = (
        "<p>已阅。</p><blockquote type='cite'><p>转发各位。</p><blockquote type='cite'><p>一、任务分工</p>"
        + table
        + "</blockquote></blockquote>"
    )
    layers = read_html_layers(page.encode(), path="x", key="x", sha256="")
    assert len(layers) == 3 and all(isinstance(layer, DocumentError) for layer in layers[:2])
    assert unit_rows(layers[2]) == [(2, ["县水利局"], [])]  # the table's row 2, as a page's table
    assert unit_rows(parse_bytes(html_mail(page), path="x.eml")) == [(2, ["县水利局"], [])]


def test_gmails_quote_div_is_a_level_without_a_blockquote() -> None:
    # Gmail's forward: its ---------- Forwarded message --------- block and the plan in <div class="gmail_quote">
    page = (
        "<div dir='ltr'>请县水利局牵头落实第1项。</div><div class='gmail_quote'><div class='gmail_attr'>"
        "---------- Forwarded message ---------<br>发件人：县政府办</div><br>" + divs(PLAN) + "</div>"
    )
    doc = parse_bytes(html_mail(page), path="fw.eml")
    assert unit_rows(doc) == [(1, ["县水利局"], []), (6, ["县水利局"], ["县财政局"]), (7, ["县卫生健康局"], [])]


def test_a_page_with_no_quote_and_a_page_that_is_no_message_read_as_before() -> None:
    # guards: no quote: read_html's reading; a web page (.html) quoting a passage is one page, as before
    plain = divs(["收到。"] + PLAN).encode()
    (alone,) = read_html_layers(plain, path="x", key="x", sha256="")
    assert alone == read_html(plain, path="x", key="x", sha256="")
    quoted = ("<p>一、重点任务</p><blockquote><p>1.推进水厂扩建。（牵头单位：县水利局）</p></blockquote>").encode()
    assert unit_rows(parse_bytes(quoted, path="page.html")) == [(2, ["县水利局"], [])]
    (one,) = read_html_layers(b"<div class='gmail_quote_x'>" + plain + b"</div>", path="x", key="x", sha256="")
    assert unit_rows(one) == unit_rows(alone)  # a class that only starts with gmail_quote is no quote


# ---- titles and the writer's own words -----------------------------------------------------------------------------


def test_a_forwarded_plan_is_titled_by_its_title_line_below_the_notice() -> None:
    text = "\n".join(NOTICE + [""] + PLAN) + "\n"
    assert parse_bytes(text.encode(), path="x.txt").title == "某县供水保障方案"
    outlook = [
        "From: 县政府办",
        "Sent: Monday, March 9, 2026 4:05 PM",
        "Subject: 关于印发《某县供水保障方案》的通知",
        "",
    ]
    assert parse_bytes("\n".join(outlook + PLAN).encode(), path="x.txt").title == "某县供水保障方案"


def test_a_title_cited_and_not_written_below_is_none() -> None:
    # guards: a law the notice cites; a plan whose own title is its first line keeps it
    assert title_cited_above(["各单位：", "根据《某县供水条例》，现通知如下。", "一、任务", "某县供水条例"], 2) is None
    text = "\n".join(["某县燃气整治方案", "根据《某县供水保障方案》，制定本方案。", *PLAN[1:]])
    assert parse_bytes(text.encode(), path="x.txt").title == "某县燃气整治方案"


def test_the_writer_speaking_of_itself_names_no_unit() -> None:
    assert [is_unit_name(n) for n in ("我中心", "我局", "我委办公室", "县农业技术推广中心")] == [
        False,
        False,
        False,
        True,
    ]
    with pytest.raises(DocumentError, match="no recognisable workplans"):
        parse_bytes("已收到，我中心负责的第3项已安排专人对接。\n".encode(), path="reply.txt")
    assert unit_rows(parse_bytes("县财政局负责的第3项要按期完成。\n".encode(), path="x.txt")) == [(1, ["县财政局"], [])]


# ---- an 8-bit .msg in its code page ------------------------------------------------------------------------------

TRADITIONAL = "一、重點任務\r\n1.推進水廠擴建。（牽頭單位：縣水利局；配合單位：縣財政局）\r\n"


def test_an_8bit_msg_is_decoded_in_its_code_page() -> None:
    # before: the text reader's guess (UTF-8, else GB18030) read Big5 bytes as GB18030: no unit read
    data = outlook_msg("方案", TRADITIONAL, codepage=950, sender="縣政府辦公室", recipients=("各成員單位",))
    assert unit_rows(parse_bytes(data, path="x.msg")) == [
        (2, ["县水利局"], ["县财政局"])
    ]  # read, then folded as a 繁體 plan is


def test_a_code_page_that_does_not_decode_falls_back_to_the_guess() -> None:
    # guard: an 8-bit body that is not in the code page it declares (UTF-8 declared, GBK written) is guessed
    data = outlook_msg("方案", "\r\n".join(PLAN), codepage=936)
    declared_utf8 = data.replace(struct.pack("<IIQ", 0x3FFD0003, 6, 936), struct.pack("<IIQ", 0x3FFD0003, 6, 65001))
    assert unit_rows(parse_bytes(declared_utf8, path="x.msg")) == [
        (3, ["县水利局"], ["县财政局"]),
        (4, ["县卫生健康局"], []),
    ]


def test_an_html_body_with_no_charset_is_read_in_the_messages_code_page() -> None:
    page = "<p>一、重點任務</p><p>1.推進水廠擴建。（牽頭單位：縣水利局）</p>".encode("big5")
    data = outlook_msg("方案", None, html=page, codepage=950, sender="縣政府辦公室", recipients=("各成員單位",))
    assert unit_rows(parse_bytes(data, path="x.msg")) == [(2, ["县水利局"], [])]


# ---- messages attached to messages ---------------------------------------------------------------------------------


def test_an_outlook_item_attached_is_read_with_its_own_attachments() -> None:
    # before: an embedded message (3701000D) was never opened
    item = message_tree("方案", "各单位：请落实。", [("附件：方案.txt", "\n".join(PLAN).encode())])
    data = outlook_msg("转发", "请查收。", [("关于印发方案的通知", item)])
    doc = parse_bytes(data, path="fw.msg")
    assert unit_rows(doc) == [(3, ["县水利局"], ["县财政局"]), (4, ["县卫生健康局"], [])]


def test_a_message_forwarded_as_an_attachment_is_read() -> None:
    # before: a message/rfc822 part was never opened
    inner = text_mail("\n".join(PLAN), subject="关于印发《某县供水保障方案》的通知")
    doc = parse_bytes(bytes(text_mail("见附件邮件。", [inner]).as_bytes(policy=SMTP)), path="fw.eml")
    assert unit_rows(doc) == [(3, ["县水利局"], ["县财政局"]), (4, ["县卫生健康局"], [])]
    assert doc.title == "某县供水保障方案"


def _chain(levels: int) -> bytes:
    message = text_mail("\n".join(PLAN))
    for _ in range(levels):
        message = text_mail("见附件。", [message])
    return bytes(message.as_bytes(policy=SMTP))


def test_messages_attached_past_the_depth_are_not_read_and_never_hang() -> None:
    assert unit_rows(parse_bytes(_chain(3), path="x.eml")) == [
        (3, ["县水利局"], ["县财政局"]),
        (4, ["县卫生健康局"], []),
    ]
    with pytest.raises(DocumentLimitError, match="nested 6 levels; the limit is 4 levels"):
        parse_bytes(_chain(3), path="x.eml", limits=Limits(depth=4))  # an .eml's messages are its nested parts
    with pytest.raises(DocumentLimitError, match="nested"):
        parse_bytes(_raw_chain(300), path="x.eml")  # one line: 300 messages' parts are nested past 64 levels


def _raw_chain(levels: int) -> bytes:
    """A message forwarding a message … ``levels`` deep, written by hand (the stdlib's writer recurses)."""
    body = ("Content-Type: text/plain; charset=utf-8\r\n\r\n" + "\r\n".join(PLAN)).encode()
    for k in range(levels):
        head = f'From: a@b.cn\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="b{k}"\r\n\r\n'
        note = f"--b{k}\r\nContent-Type: text/plain\r\n\r\nx\r\n--b{k}\r\nContent-Type: message/rfc822\r\n\r\n"
        body = (head + note).encode() + body + f"\r\n--b{k}--\r\n".encode()
    return body


def test_outlook_items_attached_past_the_depth_are_not_read() -> None:
    item = message_tree("方案", "\r\n".join(PLAN))
    for _ in range(3):
        item = message_tree("转发", "见附件。", [("转发.msg", item)])
    data = outlook_msg("转发", "见附件。", [("转发.msg", item)])
    assert unit_rows(parse_bytes(data, path="x.msg"))[0] == (3, ["县水利局"], ["县财政局"])
    with pytest.raises(DocumentError, match="no text and no attachment|no recognisable workplans"):
        parse_bytes(data, path="x.msg", limits=Limits(depth=3))


# ---- compressed RTF --------------------------------------------------------------------------------------------------


def test_compressed_rtf_round_trips() -> None:
    raw = html_rtf("<p>" + "</p><p>".join(PLAN * 40) + "</p>")  # longer than the dictionary: its ring wraps
    assert len(raw) > 4096 and decompressed_rtf(compressed_rtf(raw)) == raw
    stored = struct.pack("<IIII", 12 + 5, 5, 0x414C454D, 0) + b"{\\rtf"
    assert decompressed_rtf(stored) == b"{\\rtf"  # MELA: stored as it is


def test_a_msg_whose_only_body_is_rtf_from_text_reads_its_text() -> None:
    data = outlook_msg("方案", None, rtf=text_rtf("\r\n".join(PLAN)))
    assert unit_rows(parse_bytes(data, path="x.msg")) == [(3, ["县水利局"], ["县财政局"]), (4, ["县卫生健康局"], [])]


def test_rtf_encapsulation_keeps_the_page_and_leaves_what_only_rtf_shows() -> None:
    rtf = html_rtf("<p>一、任务</p><p>1.建平台。（牵头单位：区数据局）</p>")
    kind, page = rtf_body(rtf)
    assert kind == "html" and page.decode("gb18030") == (
        '<meta charset="gb18030"><p>一、任务</p><p>1.建平台。（牵头单位：区数据局）</p>'
    )
    assert encapsulated(b"{\\rtf1\\fromtext x\\uc2\\u8212\\'a1\\'aay}", "gb18030") == "x\u2014y"  # \ucN fallbacks
    # guard: native RTF holding a table goes to the RTF reader (round 76: one with no table is read as its text)
    assert rtf_body(b"{\\rtf1\\ansi\\deff0 {\\fonttbl{\\f0 SimSun;}}\\trowd 1.x\\cell\\row}")[0] == "rtf"


def test_a_native_rtf_body_holding_a_table_goes_to_the_rtf_reader(monkeypatch: pytest.MonkeyPatch) -> None:
    from reformgraph.loaders import formats_doc

    seen = []
    monkeypatch.setattr(
        formats_doc, "read_doc", lambda data, **kw: seen.append(data[:6]) or read_html(b"<p>x</p>", **kw)
    )
    with pytest.raises(DocumentError):
        parse_bytes(outlook_msg("x", None, rtf=b"{\\rtf1\\ansi\\trowd 1.x\\cell\\row}"), path="x.msg")
    assert seen == [b"{\\rtf1"]


@pytest.mark.parametrize(
    ("stream", "message"),
    [
        (
            struct.pack("<IIII", 0x7FFFFFF0, 10, 0x75465A4C, 0) + bytes(8),
            "declares 2,147,483,636 bytes in a stream of 24",
        ),
        (struct.pack("<IIII", 20, 0x7FFFFFF0, 0x75465A4C, 0) + bytes(8), "the RTF body declares"),
        (struct.pack("<IIII", 20, 10, 0x12345678, 0) + bytes(8), "neither LZFu nor MELA"),
        (b"LZFu", "shorter than its header"),
    ],
)
def test_a_hostile_rtf_stream_is_one_line(stream: bytes, message: str) -> None:
    with pytest.raises(DocumentError, match=message) as raised:
        decompressed_rtf(stream, path="x.msg", limits=Limits(unpacked_bytes=1_000_000))
    assert str(raised.value).startswith("x.msg: ")
    with pytest.raises(DocumentError, match=r"^x\.msg: "):
        parse_bytes(outlook_msg("x", None, extra={"__substg1.0_10090102": stream}), path="x.msg")


def test_references_only_stop_at_the_raw_size() -> None:
    # a stream of references, each 2 bytes giving 17: the output stops at the raw size it declares
    body = (b"\xff" + struct.pack(">H", 0x000F) * 8) * 200
    stream = struct.pack("<IIII", len(body) + 12, 1000, 0x75465A4C, 0) + body
    assert len(decompressed_rtf(stream)) == 1000


# ---- the plans -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("expected_path", hand_read_cases(FOLDER))
def test_the_plan_reads_as_written_by_hand(expected_path: Path) -> None:
    read, written = compared(expected_path)
    assert read == written
