"""E-mail messages (.eml) for the fixtures, written as mail clients send them (rounds 74 and 75: mail74, mail75).

>>> mail = message("县政府办 <bgs@example.gov.cn>", "各单位 <gdw@example.gov.cn>", "方案", "Mon, 09 Mar 2026 10:15:00 +0800",
...                "Foxmail 7.2.25.228[cn]")
>>> mail["Message-ID"]
'<0920261015000800.bgs@example.gov.cn>'
>>> mail.set_content("一、任务")
>>> mail.add_attachment(b"x", "application", "octet-stream", filename="a.txt")
>>> b'boundary="----=_NextPart_000_0075_01DCAB12.3C4D5E60"' in sent_bytes(mail, "0075")
True
"""

from __future__ import annotations

from email.message import EmailMessage
from email.policy import SMTP

# a small plan and the notice that covers it, in our own words: the message tests' (rounds 75, 76)
PLAN = [
    "某县供水保障方案",
    "一、重点任务",
    "1.推进水厂扩建。（牵头单位：县水利局；配合单位：县财政局）",
    "2.开展水质检测。（牵头单位：县卫生健康局）",
]
NOTICE = ["各单位：", "现将《某县供水保障方案》印发给你们，请认真落实。"]


def message(sender: str, to: str, subject: str, date: str, mailer: str) -> EmailMessage:
    """A message's head as a client writes it: its sender, recipient, subject, date, an id made of the date and
    the sender's address, and the client's ``X-Mailer``."""
    mail = EmailMessage()
    mail["From"] = sender
    mail["To"] = to
    mail["Subject"] = subject
    mail["Date"] = date
    mail["Message-ID"] = "<" + "".join(c for c in date if c.isdigit()) + "." + sender.split("<")[1]
    mail["X-Mailer"] = mailer
    return mail


def sent_bytes(mail: EmailMessage, tag: str) -> bytes:
    """The message written as a client sends it, each multipart's boundary fixed (the generator's are random), in
    Outlook's form with ``tag`` in it; a ``message/rfc822`` part (a message attached) keeps the boundaries it has."""
    for k, part in enumerate(p for p in mail.walk() if p.get_content_maintype() == "multipart"):
        part.set_boundary(f"----=_NextPart_00{k}_{tag}_01DCAB12.3C4D5E60")
    return bytes(mail.as_bytes(policy=SMTP))


def outlook_header(fields: list[tuple[str, str]]) -> str:
    """Outlook desktop's (2016 and later) header block in an HTML reply or forward, which does not quote: the
    earlier message stands below a ``<div>`` with a top border holding its fields (``发件人:``/``From:``, ``发送时间:``/
    ``Sent:``, ``收件人:``/``To:``, ``主题:``/``Subject:``), each label bold, one ``<br>`` apart, as Word writes them.

    >>> outlook_header([("发件人", "县政府办公室"), ("主题", "方案")]).count("<br>")
    1
    """
    rows = "<br>\r\n".join(
        f"<b>{label}<span lang=EN-US>:</span></b><span lang=EN-US> </span>{value}" for label, value in fields
    )
    return (
        "<div>\r\n<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>\r\n"
        f"<p class=MsoNormal>{rows}<span lang=EN-US><o:p></o:p></span></p>\r\n</div>\r\n</div>\r\n"
    )


def owa_header(fields: list[tuple[str, str]]) -> str:
    """Outlook on the web's header block above the message a reply or forward answers: an ``<hr>`` and a ``<div
    id="divRplyFwdMsg">`` of bold labels, the earlier message after it (not quoted).

    >>> 'id="divRplyFwdMsg"' in owa_header([("From", "x")])
    True
    """
    rows = "<br>\r\n".join(f"<b>{label}:</b> {value}" for label, value in fields)
    return (
        '<hr style="display:inline-block;width:98%" tabindex="-1">\r\n<div id="divRplyFwdMsg" dir="ltr">'
        '<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
        f"{rows}</font>\r\n<div>&nbsp;</div>\r\n</div>\r\n"
    )


def qq_header(fields: list[tuple[str, str]]) -> str:
    """QQ Mail's and Foxmail's web header block above the message a reply or forward answers: a ``原始邮件`` line
    between dashes, then the fields on a grey ground, the earlier message after it (not quoted).

    >>> "原始邮件" in qq_header([("发件人", "x")])
    True
    """
    rows = "".join(f"<div><b>{label}:</b>&nbsp;{value}</div>" for label, value in fields)
    return (
        '<div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">'
        "------------------&nbsp;原始邮件&nbsp;------------------</div>\r\n"
        f'<div style="font-size: 12px;background:#efefef;padding:8px;">{rows}</div>\r\n<div>&nbsp;</div>\r\n'
    )
