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
