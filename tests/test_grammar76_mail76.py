"""Round 76 mail76: the e-mails round 75 left unread (mail75's Left), in six messages of our own
(tests/fixtures/round76/mail76: Outlook desktop's and Outlook on the web's HTML replies, which do not quote, the
earlier message below a header block; Outlook's plain-text reply under ``-----原始邮件-----`` whose note assigns work to
its addressee; QQ Mail's forward under its ``原始邮件`` line; a .msg written in native RTF; a .msg with attachments
by reference), read by hand before the loader ran. What is tested here, each with its guards:

- a message below a header block (a run of header fields naming a sender and a date, a separator line above it or
  not) is a level of its own, read as a quote is (``mail_headers.header_levels``, in ``formats_mht.quote_layers`` and
  ``formats_html.read_html_layers``): the reply's own words add nothing, the plan reads with its lines and title;
  a meeting notice's 时间/主题 fields, a bordered paragraph of a page that is no message, read as before;
- the addressee speaking of itself (贵局, 贵单位, 你局) names no unit (``unit_names.is_unit_name``; 贵州 does);
- a .msg in native RTF with no table is read as its text without the converter (``rtf_body.rtf_body``);
- an attachment by reference is one warning naming it and where it points, the message still read;
- hostile messages (a header block thousands of times, quotes thousands deep) are a bounded read.
"""

from __future__ import annotations

import time
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

import pytest
from support.expected_files import compared, hand_read_cases, measures, unit_rows
from support.mails import NOTICE, PLAN, outlook_header, owa_header, qq_header
from support.outlook import Reference, native_rtf, outlook_msg

from reformgraph.errors import DocumentError
from reformgraph.loaders.formats_html import read_html, read_html_layers
from reformgraph.loaders.formats_mht import quote_layers
from reformgraph.loaders.mail_headers import THREAD, header_levels, header_starts
from reformgraph.loaders.read import parse_bytes, read_document
from reformgraph.loaders.rtf_body import rtf_body
from reformgraph.loaders.unit_names import is_unit_name

FOLDER = Path(__file__).parent / "fixtures" / "round76" / "mail76"

FIELDS = [("发件人", "县政府办公室"), ("发送时间", "2026年4月7日 9:30"), ("收件人", "县水利局"), ("主题", "供水方案")]


def html_mail(page: str) -> bytes:
    message = EmailMessage()
    message["From"] = "县水利局 <slj@example.gov.cn>"
    message["To"] = "县政府办公室 <bgs@example.gov.cn>"
    message["Subject"] = "答复: 供水方案"
    message.set_content(page.encode("utf-8"), maintype="text", subtype="html", cte="base64")
    message.set_param("charset", "utf-8")
    return bytes(message.as_bytes(policy=SMTP))


def text_mail(body: str) -> bytes:
    message = EmailMessage()
    message["From"] = "县水利局 <slj@example.gov.cn>"
    message["Subject"] = "转发: 供水方案"
    message.set_content(body, charset="utf-8", cte="base64")
    return bytes(message.as_bytes(policy=SMTP))


def paragraphs(lines: list[str]) -> str:
    return "".join(f"<p class=MsoNormal>{line}</p>" for line in lines)


# ---- the six messages, read by hand ------------------------------------------------------------------------------
@pytest.mark.parametrize("expected_path", hand_read_cases(FOLDER))
def test_the_plan_reads_as_written_by_hand(expected_path: Path) -> None:
    read, written = compared(expected_path)
    assert read == written


@pytest.mark.parametrize(
    ("start", "title"),
    [
        ("01", "枫林县2026年老旧小区改造提升工作方案"),
        ("02", "白沙区2026年县域商业体系建设工作方案"),
        ("03", "石门县2026年农村客货邮融合发展工作方案"),
        ("04", "青禾镇2026年秸秆禁烧和综合利用工作方案"),
        ("05", "柳岸区2026年儿童青少年近视防控工作方案"),
        ("06", "望江市2026年旅游市场秩序整治工作方案"),
    ],
)
def test_each_message_is_titled_by_its_plan(start: str, title: str) -> None:
    (path,) = [p for p in FOLDER.glob(start + "-*") if p.suffix in (".eml", ".msg")]
    assert read_document(path).title == title  # before: 02 the reply's line, 04 工作任务, 06 Outlook's Sent: line


# ---- a header block starts the earlier message -------------------------------------------------------------------
def test_outlooks_html_reply_reads_the_reply_and_the_plan_below_its_header_block_apart() -> None:
    reply = ["请县供水公司牵头做好水厂扩建的施工组织，9月底前完成。", "县水利局办公室"]
    page = paragraphs(reply) + outlook_header(FIELDS) + paragraphs(NOTICE + PLAN)
    doc = parse_bytes(html_mail(page), path="reply.eml")
    # the reply's task first (its own level), then the plan's, each on its line of the page as shown
    assert unit_rows(doc) == [(1, ["县供水公司"], []), (11, ["县水利局"], ["县财政局"]), (12, ["县卫生健康局"], [])]
    layers = read_html_layers(page.encode(), path="x", key="x", sha256="")
    assert len(layers) == 2 and unit_rows(layers[1]) == [(11, ["县水利局"], ["县财政局"]), (12, ["县卫生健康局"], [])]


def test_outlook_on_the_webs_header_and_a_forward_below_it_are_two_levels() -> None:
    owa = [
        ("From", "县发展改革局"),
        ("Sent", "Tuesday, April 7, 2026 9:30 AM"),
        ("To", "县水利局"),
        ("Subject", "FW: 方案"),
    ]
    page = "<div>收到。</div>" + owa_header(owa) + paragraphs(["转给你们。"]) + outlook_header(FIELDS)
    page += paragraphs(NOTICE + PLAN)
    layers = read_html_layers(page.encode(), path="x", key="x", sha256="")
    assert len(layers) == 3
    assert [unit_rows(layer) for layer in layers if not isinstance(layer, DocumentError) and layer.workplans][-1:] == [
        [(15, ["县水利局"], ["县财政局"]), (16, ["县卫生健康局"], [])]
    ]


def test_qq_mails_original_line_opens_the_forwarded_message() -> None:
    page = "<div>转发给各村。</div>" + qq_header(FIELDS) + "".join(f"<div>{line}</div>" for line in PLAN)
    layers = read_html_layers(page.encode(), path="x", key="x", sha256="")
    assert len(layers) == 2
    assert unit_rows(layers[1]) == [(9, ["县水利局"], ["县财政局"]), (10, ["县卫生健康局"], [])]


@pytest.mark.parametrize(
    "head",
    [
        "-----原始邮件-----\n发件人: 县政府办公室\n发送时间: 2026年4月7日 9:30\n收件人: 县水利局\n主题: 供水方案",
        "-----Original Message-----\nFrom: 县政府办公室\nSent: Tuesday, April 7, 2026 9:30 AM\nTo: 县水利局",
        "---------- Forwarded message ---------\nFrom: 县政府办公室 <bgs@example.gov.cn>\nDate: 2026年4月7日周二 09:30\n"
        "Subject: 供水方案\nTo: 县水利局",
        '------------------ 原始邮件 ------------------\n发件人: "县政府办公室"<bgs@example.gov.cn>;\n'
        '发送时间: 2026年4月7日(星期二) 上午9:30\n收件人: "县水利局"<slj@example.gov.cn>;',
        "-------- 转发的消息 --------\n主题:\t供水方案\n日期:\t2026-04-07 09:30\n发件人:\t县政府办公室\n收件人:\t县水利局",
        "发件人: 县政府办公室\n发送时间: 2026年4月7日 9:30\n主题: 供水方案",  # no separator: the fields alone
    ],
)
def test_a_plain_text_header_block_opens_a_level(head: str) -> None:
    text = "请县供水公司牵头做好施工组织，9月底前完成。\n\n" + head + "\n\n" + "\n".join(PLAN)
    layers = quote_layers(text)
    assert len(layers) == 2 and layers[0].startswith("请县供水公司") and "一、重点任务" in layers[1]
    n = text.count("\n") + 1
    doc = parse_bytes(text_mail(text), path="fwd.eml")
    assert unit_rows(doc) == [(1, ["县供水公司"], []), (n - 1, ["县水利局"], ["县财政局"]), (n, ["县卫生健康局"], [])]


@pytest.mark.parametrize(
    "lines",
    [
        ["关于召开供水工作会议的通知", "时间：2026年4月7日", "地点：县政府3楼会议室", "主题：部署供水保障工作"],
        ["发件人：县政府办公室", "一、重点任务"],  # a sender and no date
        ["------原始数据------", "主题：供水", "时间：4月7日"],  # a dashed line of no message
    ],
)
def test_fields_of_no_message_open_no_level(lines: list[str]) -> None:
    assert header_starts(lines, [0] * len(lines)) == []
    assert header_levels(lines, [0] * len(lines)) == [0] * len(lines)


def test_a_header_block_inside_a_quote_ends_where_the_quote_ends() -> None:
    page = (
        "<div>收到。</div><blockquote>"
        + paragraphs(["转给你们。"])
        + outlook_header(FIELDS)
        + paragraphs(PLAN)
        + "</blockquote><div>请县供水公司牵头做好施工组织，9月底前完成。</div>"
    )
    layers = read_html_layers(page.encode(), path="x", key="x", sha256="")
    assert len(layers) == 3
    assert unit_rows(layers[0]) == [(11, ["县供水公司"], [])]  # the words below the quote are the reply's again
    assert unit_rows(layers[2]) == [(9, ["县水利局"], ["县财政局"]), (10, ["县卫生健康局"], [])]


def test_a_page_with_a_bordered_paragraph_and_no_fields_reads_as_one_page() -> None:
    page = paragraphs(PLAN[:2]) + "<div style='border:none;border-top:solid #E1E1E1 1.0pt'>" + paragraphs(PLAN[2:])
    page += "</div>"
    (layer,) = read_html_layers(page.encode(), path="x", key="x", sha256="")
    assert unit_rows(layer) == unit_rows(read_html(page.encode(), path="x", key="x", sha256=""))


def test_a_table_pasted_from_word_stands_in_the_level_below_the_header() -> None:
    table = (
        "<table class=MsoNormalTable border=1><tr><td><p class=MsoNormal>序号</p></td><td><p class=MsoNormal>工作任务"
        "</p></td><td><p class=MsoNormal>牵头单位</p></td><td><p class=MsoNormal>完成时限</p></td></tr>"
        "<tr><td><p class=MsoNormal>1</p></td><td><p class=MsoNormal>推进水厂扩建</p></td><td><p class=MsoNormal>县水利局"
        "</p></td><td><p class=MsoNormal>2026年9月底前</p></td></tr></table>"
    )
    page = (
        "<div>收到，我局负责的第1项已安排。</div>" + outlook_header(FIELDS) + paragraphs(NOTICE[:1] + PLAN[:2]) + table
    )
    doc = parse_bytes(html_mail(page), path="reply.eml")
    assert [(m.line, [u.raw for u in m.leads], m.deadline.date) for m in measures(doc)] == [
        (2, ["县水利局"], "2026-09")
    ]


# ---- the addressee names no unit ---------------------------------------------------------------------------------
def test_the_addressee_speaking_of_itself_names_no_unit() -> None:
    assert [is_unit_name(n) for n in ("贵局", "贵单位", "贵委办公室", "你局", "你中心")] == [False] * 5
    assert [is_unit_name(n) for n in ("贵州省发展改革委", "贵阳市财政局", "贵港市水利局", "贵溪市公安局")] == [True] * 4


def test_a_reply_assigning_work_to_its_addressee_adds_no_task() -> None:
    text = "请贵局牵头做好第2项任务，县财政局配合，6月底前报送进展。\n\n-----原始邮件-----\n发件人: 县政府办\n"
    text += "发送时间: 2026年4月7日\n\n" + "\n".join(PLAN)
    assert unit_rows(parse_bytes(text_mail(text), path="r.eml")) == [
        (9, ["县水利局"], ["县财政局"]),
        (10, ["县卫生健康局"], []),
    ]


# ---- a .msg in native RTF ----------------------------------------------------------------------------------------
def test_a_native_rtf_body_is_read_as_its_text_without_the_converter(monkeypatch: pytest.MonkeyPatch) -> None:
    from reformgraph.loaders import formats_doc

    monkeypatch.setattr(formats_doc, "read_doc", lambda *a, **k: pytest.fail("the converter was called"))
    lines = ["各科室：", "", *PLAN[:2], "\t" + PLAN[2], "• " + PLAN[3]]
    doc = parse_bytes(outlook_msg("x", None, rtf=native_rtf(lines)), path="x.msg")
    assert unit_rows(doc) == [(5, ["县水利局"], ["县财政局"]), (6, ["县卫生健康局"], [])]


def test_native_rtf_keeps_a_fields_result_and_leaves_its_instruction() -> None:
    rtf = (
        b'{\\rtf1\\ansi\\ansicpg936{\\fonttbl{\\f0 SimSun;}}\\pard 1.x{\\field{\\*\\fldinst HYPERLINK "http://a"}'
        b"{\\fldrslt \\'b7\\'bd\\'b0\\'b8}}\\par{\\field{\\fldinst PAGE}{\\fldrslt 2}}\\par}"
    )
    assert rtf_body(rtf) == ("text", "1.x方案\r\n2\r\n".encode())
    assert rtf_body(b"{\\rtf1\\ansi\\trowd\\cellx900 1.x\\cell\\row}")[0] == "rtf"  # guard: a table, the converter's


# ---- attachments by reference ------------------------------------------------------------------------------------
def test_an_attachment_by_reference_is_one_warning_and_the_body_is_read() -> None:
    data = outlook_msg(
        "方案",
        "\n".join(NOTICE + PLAN),
        [
            ("附件：分工表.xlsx", Reference("\\\\fs01\\共享\\分工表.xlsx")),
            ("解读.pdf", Reference("https://pan.example.gov.cn/s/1/解读.pdf", 4)),
            ("附件2：说明.txt", "一、说明".encode()),  # by value: read as before, no warning
        ],
    )
    doc = parse_bytes(data, path="x.msg")
    assert unit_rows(doc) == [(5, ["县水利局"], ["县财政局"]), (6, ["县卫生健康局"], [])]
    assert [(w.kind, dict(w.params)) for w in doc.warnings if w.kind == "attached_by_reference"] == [
        ("attached_by_reference", {"name": "附件：分工表.xlsx", "target": "\\\\fs01\\共享\\分工表.xlsx"}),
        ("attached_by_reference", {"name": "解读.pdf", "target": "https://pan.example.gov.cn/s/1/解读.pdf"}),
    ]


def test_a_message_of_no_plan_with_a_reference_is_the_no_plan_error() -> None:
    data = outlook_msg("方案", "请查收。", [("附件：方案.docx", Reference("\\\\fs01\\方案.docx", 3))])
    with pytest.raises(DocumentError) as raised:
        parse_bytes(data, path="x.msg")
    assert "reference" not in str(raised.value) and "\n" not in str(raised.value)


# ---- hostile messages: a bounded read ----------------------------------------------------------------------------
def test_a_header_block_repeated_thousands_of_times_is_a_bounded_read() -> None:
    block = "-----原始邮件-----\n发件人: 县政府办\n发送时间: 2026年4月7日\n主题: 方案\n\n收到。\n"
    text = block * 3000 + "\n".join(PLAN)
    lines = text.split("\n")
    assert max(header_levels(lines, [0] * len(lines))) == THREAD
    started = time.perf_counter()
    doc = parse_bytes(text_mail(text), path="h.eml")
    assert [leads for _, leads, _ in unit_rows(doc)] == [["县水利局"], ["县卫生健康局"]]
    assert time.perf_counter() - started < 120  # 16 readings of the text, not 3,000


def test_quotes_thousands_deep_are_read_in_at_most_the_depth_limit_of_levels() -> None:
    text = "\n".join(">" * k + " 收到" for k in range(1, 2000)) + "\n" + "\n".join(">" * 2000 + " " + p for p in PLAN)
    assert len(quote_layers(text, 64)) == 64
    assert [leads for _, leads, _ in unit_rows(parse_bytes(text_mail(text), path="q.eml"))] == [
        ["县水利局"],
        ["县卫生健康局"],
    ]
