"""The two e-mails a submission sends: the confirmation to the visitor, in the language they used
(plain text and HTML), and the notification to the editors (``to_address``), both through Django's
mail API (``EMAIL_BACKEND``).

The confirmation says what happened — place confirmed, on the waiting list, or answers received —
with the page's title, a link to it and the editor's words, but does **not** repeat the visitor's
answers: anyone can type someone else's address into a form, and a confirmation echoing free text
would let them send that text to a stranger from the portal's address. The editors' notification
carries the answers (its recipients are the portal's own) and replies go to the visitor.

A mail server that fails does not fail the visitor: the submission is stored before mail is sent,
and the error is logged.
"""

import logging

from django.conf import settings
from django.core.mail import EmailMessage, EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _

from core.mail import sent

logger = logging.getLogger("portal.formpages")


def _one_line(text):
    return " ".join(str(text).split())


def confirmation_subject(page, submission):
    subject = page.confirmation_subject or page.title
    if page.capacity is None:
        return _one_line(_("Received: %(subject)s") % {"subject": subject})
    if submission.waitlisted:
        return _one_line(_("Waiting list: %(subject)s") % {"subject": subject})
    return _one_line(_("Place confirmed: %(subject)s") % {"subject": subject})


def send_confirmation(page, submission, request=None):
    """Mail the visitor (if the form asked for an address); True when the mail went out."""
    if not submission.email:
        return False
    with translation.override(submission.language):
        context = {
            "page": page,
            "submission": submission,
            "page_url": page.get_full_url(request),
            "site_name": getattr(settings, "WAGTAIL_SITE_NAME", ""),
        }
        subject = confirmation_subject(page, submission)
        text = render_to_string("formpages/email/confirmation.txt", context)
        html = render_to_string("formpages/email/confirmation.html", context)
    message = EmailMultiAlternatives(
        subject,
        text,
        from_email=page.from_address or None,
        to=[submission.email],
        headers={"Content-Language": submission.language, "Auto-Submitted": "auto-generated"},
    )
    message.attach_alternative(html, "text/html")
    return sent(message, logger, "form confirmation")


def notify_editors(page, form, submission):
    """Mail the page's ``to_address`` (if any) the answers, replying to the visitor."""
    addresses = [address.strip() for address in page.to_address.split(",") if address.strip()]
    if not addresses:
        return False
    lines = [f"{label}: {value}" for label, value in form.answers()]
    status = submission.get_status_display() if page.capacity is not None else ""
    body = "\n".join([*([f"{_('Status')}: {status}", ""] if status else []), *lines, "", page.full_url or ""])
    message = EmailMessage(
        _one_line(page.subject or _("New answers: %(title)s") % {"title": page.title}),
        body,
        from_email=page.from_address or None,
        to=addresses,
        reply_to=[submission.email] if submission.email else None,
    )
    return sent(message, logger, "form notification")
