"""Round 73 meta73: a real plan as seven more forms reach users (metamorphic tests, after rounds 70–72).

Each of the real and held-out plans whose expected file holds (test_grammar70_meta70's ``PLANS``, 90) is copied
by each transform and the copy's reading compared with the plan's expected file, the expected tasks' lines mapped
through the copy's map of lines, as test_grammar70_meta70 does:

- ``tracked``: a Word draft circulated for review with its 修订 and 批注 kept: an inserted unit (``w:ins``), a
  struck unit (``w:del``: ``、区档案局``), a struck ``（牵头单位：区档案局）``, a whole struck paragraph (a task the
  reviewer took out, its paragraph mark deleted too), comments naming a unit and a role in word/comments.xml
  (``metamorphic.as_tracked_docx``): the struck words must not be read, the inserted ones must.
- ``word-mht`` and ``word-htm``: Word's 单个文件网页 (.mht, GB2312, quoted-printable) and 网页，筛选过的 (.htm), its
  ``MsoNormal`` paragraphs, ``<span lang=EN-US>`` around Latin runs, ``&nbsp;`` blank paragraphs
  (``metamorphic.as_word_web_page``).
- ``email``: an e-mail forwarding the plan (.eml): a note, a signature, the original's header block (发件人,
  发送时间 or 日期, 收件人, 主题) and the plan; Foxmail's one UTF-8 quoted-printable text/plain part, Outlook's
  multipart/alternative of GB18030 base64 text/plain and text/html, or Thunderbird's one flowed text/plain part
  (soft breaks every 36 characters), one a plan (``metamorphic.as_email``).
- ``email-attached``: the plan's Word copy attached to an e-mail whose text is the covering note alone, a 回执
  workbook (no task) attached before it in one plan of two (``metamorphic.as_email_attached``).
- ``notepad``: as Windows Notepad saves it, CRLF line ends, in UTF-16 LE with its mark or in GBK with none, one a
  plan (``metamorphic.as_notepad``).
- ``rtf``: round 70's Word copy saved by LibreOffice as RTF, as test_grammar72_meta72 saves its .doc and .odt copies
  (made once, in one run, into the system temporary folder's cache by the plan's SHA-256; the reader's conversion
  back served from there by the copy's). Skipped where LibreOffice Writer is absent.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support import metamorphic
from support.expected_files import measures
from test_grammar70_meta70 import PLANS, copy_cases, xfails_are_cases
from test_grammar70_meta70 import copy_compared as meta70_compared
from test_grammar72_meta72 import office_copy, served

from reformgraph.errors import DocumentError
from reformgraph.loaders import formats_doc, formats_mht, read, sniff
from reformgraph.loaders.formats_docx import docx_content
from reformgraph.loaders.read import parse_bytes

TRANSFORMS = {
    "tracked": lambda text, index: metamorphic.as_tracked_docx(text),
    "word-mht": lambda text, index: metamorphic.as_word_web_page(text, 0),
    "word-htm": lambda text, index: metamorphic.as_word_web_page(text, 1),
    "email": lambda text, index: metamorphic.as_email(text, index % 3),
    "email-attached": lambda text, index: metamorphic.as_email_attached(text, index % 2),
    "notepad": lambda text, index: metamorphic.as_notepad(text, index % 2),
    # round 70's Word copy saved by LibreOffice as RTF (test_grammar72_meta72's cache and its one run a kind)
    "rtf": office_copy("rtf"),
}
# transform/plan → why its copy does not read as the plan yet
NOT_YET_READ: dict[str, str] = {
    # word-mht/heldout-82 and word-htm/heldout-82 read since round 75 rows75 (flat_tables._rows_by_shape)
}


def _cases():
    return copy_cases(TRANSFORMS, NOT_YET_READ, ("rtf",))


def copy_compared(expected: Path, index: int, transform: str) -> tuple[list[tuple], list[tuple]]:
    """(the copy's reading, the expected file's mapped to the copy) of one plan and transform: meta70's comparison,
    handed this module's transform."""
    return meta70_compared(expected, index, transform, copying=TRANSFORMS[transform])


@pytest.fixture
def served_conversions(monkeypatch):
    """The reader's LibreOffice conversions of the RTF copies served from the folder test_grammar72_meta72's
    ``_saved`` fills (by the copy's SHA-256); any other source converted as before."""
    monkeypatch.setattr(formats_doc, "soffice_converted", served(formats_doc.soffice_converted, ("rtf",)))


@pytest.mark.parametrize(("expected", "index", "transform"), list(_cases()))
def test_a_copy_reads_as_the_plan(expected: Path, index: int, transform: str, served_conversions):
    read, written = copy_compared(expected, index, transform)
    assert read == written


def test_every_plan_is_copied_by_each_transform():
    """Every plan test_grammar70_meta70 copies (122 since round 81; 116 since round 80; 110 since round 79) by each transform; each strict xfail is a case of the module."""
    assert len(PLANS) == 122
    assert len(list(_cases())) == len(TRANSFORMS) * len(PLANS)
    xfails_are_cases(_cases(), NOT_YET_READ)


def _read(data: bytes, name: str) -> list[tuple]:
    doc = parse_bytes(data, path=name)
    return [(m.line, m.text[:10], [u.raw for u in m.leads], [u.raw for u in m.supports]) for m in measures(doc)]


# ---- a paragraph whose mark is deleted with tracked changes (formats_docx.docx_content) ----

_REVISION = 'w:author="区政府办公室" w:date="2024-04-12T09:30:00Z"'
_MARK_DELETED = f'<w:pPr><w:rPr><w:del w:id="1" {_REVISION}/></w:rPr></w:pPr>'


def _paragraph(words: str, mark: str = "", struck: bool = False) -> str:
    if struck:
        return f'<w:p>{mark}<w:del w:id="2" {_REVISION}><w:r><w:delText>{words}</w:delText></w:r></w:del></w:p>'
    return f"<w:p>{mark}<w:r><w:t>{words}</w:t></w:r></w:p>"


PLAN_HEAD = ["某区2024年营商环境优化重点任务", "一、重点任务"]
FIRST = "1.推进政务服务“一网通办”。（牵头单位：区政务服务中心）"
SECOND = "2.优化企业开办流程，年底前完成。（牵头单位：区市场监管局；配合单位：区税务局）"


def test_a_paragraph_struck_whole_shows_no_line():
    """A task the reviewer struck whole (its runs and its paragraph mark deleted, 修订 kept): once the changes are
    accepted Word shows no paragraph there, so the next task is on the next line (before: an empty line took its
    place and every later task was a line late, in 44 of the 90 plans' tracked copies)."""
    paragraphs = [*map(_paragraph, PLAN_HEAD), _paragraph(FIRST)]
    struck = _paragraph("3.完善档案管理制度。（牵头单位：区档案局）", _MARK_DELETED, struck=True)
    data = metamorphic._docx_of([*paragraphs, struck, _paragraph(SECOND)])
    assert docx_content(data, path="x.docx")[0] == [*PLAN_HEAD, FIRST, SECOND]
    assert _read(data, "x.docx") == [
        (3, "推进政务服务“一网通", ["区政务服务中心"], []),
        (4, "优化企业开办流程，年", ["区市场监管局"], ["区税务局"]),
    ]


def test_a_task_moved_away_leaves_no_line_where_it_was():
    """A task moved with tracked changes (移动): its old place, the runs in ``w:moveFrom`` and its paragraph mark
    moved away too, shows nothing once accepted; it is read once, where it went (round 61's 02: before, an empty
    line at its old place)."""
    moved = f'<w:pPr><w:rPr><w:moveFrom w:id="1" {_REVISION}/></w:rPr></w:pPr>'
    old_place = f'<w:p>{moved}<w:moveFrom w:id="2" {_REVISION}><w:r><w:t>{FIRST}</w:t></w:r></w:moveFrom></w:p>'
    new_place = f'<w:p><w:moveTo w:id="3" {_REVISION}><w:r><w:t>{FIRST}</w:t></w:r></w:moveTo></w:p>'
    data = metamorphic._docx_of([*map(_paragraph, PLAN_HEAD), old_place, _paragraph(SECOND), new_place])
    assert docx_content(data, path="x.docx")[0] == [*PLAN_HEAD, SECOND, FIRST]


def test_a_deleted_paragraph_mark_joins_its_words_to_the_next_paragraph():
    """A paragraph whose mark alone is deleted (two paragraphs joined in review): its words head the next
    paragraph's, one line, as Word shows them accepted."""
    head, tail = SECOND[:14], SECOND[14:]
    data = metamorphic._docx_of([*map(_paragraph, PLAN_HEAD), _paragraph(head, _MARK_DELETED), _paragraph(tail)])
    assert docx_content(data, path="x.docx")[0] == [*PLAN_HEAD, SECOND]


def test_a_deleted_paragraph_mark_before_a_table_or_at_the_end_keeps_its_words():
    """Guard: nothing after it to join (a table next, the body's end): its words are a line of their own, as
    before; a paragraph whose mark was inserted (``w:ins``) reads as before."""
    from support.hostile import docx_table_xml

    table = docx_table_xml([["序号", "工作任务", "牵头单位"], ["1", "推进改革", "区发改委"]])
    data = metamorphic._docx_of([_paragraph(FIRST, _MARK_DELETED), table, _paragraph(SECOND, _MARK_DELETED)])
    assert docx_content(data, path="x.docx")[0] == [
        FIRST,
        "序号  工作任务  牵头单位",
        "1  推进改革  区发改委",
        SECOND,
    ]
    inserted = f'<w:pPr><w:rPr><w:ins w:id="1" {_REVISION}/></w:rPr></w:pPr>'
    data = metamorphic._docx_of([_paragraph(FIRST, inserted), _paragraph(SECOND)])
    assert docx_content(data, path="x.docx")[0] == [FIRST, SECOND]


# ---- an e-mail message (.eml: sniff.is_mail, formats_mht.read_mail) ----

_PLAN = "\r\n".join([*PLAN_HEAD, FIRST, SECOND]) + "\r\n"


def _mail(content: str = _PLAN, *, attach: bytes | None = None, charset: str = "utf-8", cte: str = "quoted-printable"):
    from email.message import EmailMessage
    from email.policy import SMTP

    message = EmailMessage()
    message["From"] = "区政府办公室 <bgs@example.gov.cn>"
    message["To"] = "各成员单位 <cydw@example.gov.cn>"
    message["Subject"] = "转发：关于印发《某区2024年营商环境优化重点任务》的通知"
    message["Date"] = "Fri, 12 Apr 2024 18:30:00 +0800"
    if charset == "utf-8":
        message.set_content(content, charset=charset, cte=cte)
    else:
        message.set_content(content.encode(charset), maintype="text", subtype="plain", cte=cte)
        message.set_param("charset", charset)
    if attach is not None:
        message.add_attachment(attach, *metamorphic._DOCX_TYPE, filename="关于印发《某区重点任务》的通知.docx")
    return message.as_bytes(policy=SMTP)


MAIL_TASKS = [
    (3, "推进政务服务“一网通", ["区政务服务中心"], []),
    (4, "优化企业开办流程，年", ["区市场监管局"], ["区税务局"]),
]


def test_an_email_forwarding_a_plan_is_read_from_its_text():
    """A plan pasted in an e-mail (.eml, quoted-printable UTF-8 or base64 GB18030): its text read, lines counted
    from the body's first (before: the message read as text, its header fields and the encoded body: no task)."""
    assert read.format_of("转发.eml", _mail()) == "mail"
    assert read.format_of("转发.txt", _mail()) == "mail"  # saved under any name: its head says what it is
    assert _read(_mail(), "转发.eml") == MAIL_TASKS
    assert _read(_mail(charset="gb18030", cte="base64"), "转发.eml") == MAIL_TASKS


def test_a_plan_attached_to_an_email_is_read_when_its_text_assigns_nothing():
    """A covering note (现将…转发给你们) with the plan attached: the note assigns no task, so the attachment is read
    as the file it is, its lines its own (before: nothing read)."""
    plan = metamorphic._docx_of([_paragraph(line) for line in [*PLAN_HEAD, FIRST, SECOND]])
    note = "各位同事：\r\n　　现将《某区2024年营商环境优化重点任务》转发给你们，请认真抓好落实。\r\n"
    assert _read(_mail(note, attach=plan), "转发.eml") == MAIL_TASKS


def test_a_mails_own_tasks_are_read_before_its_attachments():
    """Guard: when the message's text assigns tasks, they are read first; since round 74 (mail74: every attachment)
    the attachment's task after them, on its own line (before: the attachment was not read)."""
    other = metamorphic._docx_of([_paragraph("1.推进档案数字化。（牵头单位：区档案局）")])
    assert _read(_mail(attach=other), "转发.eml") == [*MAIL_TASKS, (1, "推进档案数字化。", ["区档案局"], [])]


def test_a_text_opening_with_fields_is_no_mail_and_an_empty_mail_says_so():
    """Guard: a text whose head is not all header fields, or lacks From, is read as text as before; a message
    with neither text nor an attachment the loader reads is one error line."""
    assert sniff.content_kind(b"From: a\nSubject: b\n\xe4\xb8\x80\xe3\x80\x81\n\nx") == "text"
    assert sniff.content_kind(b"Title: plan\nDate: 2024-04-12\n\nx") == "text"
    assert read.format_of("plan.md", "标题: 某区方案\n日期: 2024\n\n正文".encode()) == "text"
    empty = b"From: a@b.cn\r\nSubject: x\r\nMIME-Version: 1.0\r\nContent-Type: image/png\r\n\r\niVBORw0KGgo=\r\n"
    with pytest.raises(DocumentError) as raised:
        parse_bytes(empty, path="转发.eml")
    assert str(raised.value) == f"转发.eml: {formats_mht.NO_MAIL_TEXT}"


UNDATED = (
    "---\n标题: 某区2024年营商环境优化重点任务\n发布单位: 某区人民政府办公室\n发布日期: 2024-04-12\n---\n\n"
    "# 某区营商环境优化重点任务\n\n一、重点任务\n\n1.优化企业开办流程，年底前完成。（牵头单位：区市场监管局）\n"
)


@pytest.mark.parametrize("variant", [0, 1, 2])
def test_a_forwarded_mails_date_field_dates_the_plan_it_forwards(variant: int):
    """A plan dated by nothing in its text, forwarded: the original message's date field in the forwarded header
    block dates it, so that 年底前 is that year's: Foxmail's `发送时间: 2024年4月12日(星期五) 下午6:30`, Outlook's
    `发送时间: 2024年4月12日 18:30` (round 72's byline), Thunderbird's `日期: Fri, 12 Apr 2024 18:30:00 +0800`
    (before: Foxmail's and Thunderbird's no date, 年底前 no year)."""
    doc = parse_bytes(metamorphic.as_email(UNDATED, variant).data, path="转发.eml")
    assert doc.date == "2024-04-12"
    assert [m.deadline.date for m in measures(doc)] == ["2024-12"]


def test_a_flowed_mails_soft_breaks_are_taken_out():
    """Thunderbird's flowed text (format=flowed; delsp=yes): a line broken by a soft break (a space ending it) is
    one line again, its space dropped (before: a task's assignment on the line after its words, in 28 of the 30
    plans sent so)."""
    long_task = "1.优化企业开办流程，推行企业登记、公章刻制、申领发票一窗通办，年底前完成。（牵头单位：区市场监管局）"
    copy = metamorphic.as_email(
        UNDATED.replace("1.优化企业开办流程，年底前完成。（牵头单位：区市场监管局）", long_task), 2
    )
    assert b"flowed" in copy.data
    assert [(m.line, [u.raw for u in m.leads]) for m in measures(parse_bytes(copy.data, path="转发.eml"))] == [
        (copy.where(11, 0), ["区市场监管局"])
    ]
