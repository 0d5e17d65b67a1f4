"""A real SMTP server inside the test process (aiosmtpd), and Django pointed at it.

``smtp_server`` starts one on a free loopback port and yields its inbox: every message the
portal sent, parsed (``email.message.EmailMessage``, with the envelope in ``.envelope_to``).
Addresses in ``smtp_server.refuse`` get ``550`` at RCPT time, as a real server refuses an
unknown mailbox, so bounce handling is tested against the protocol, not a mock.
"""

import email
import email.policy

import pytest
from aiosmtpd.controller import Controller

from .servers import free_port


class Inbox:
    def __init__(self):
        self.messages = []
        self.refuse = set()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.lower() in self.refuse:
            return "550 5.1.1 No such mailbox here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.original_content, policy=email.policy.default)
        message.envelope_to = list(envelope.rcpt_tos)
        self.messages.append(message)
        return "250 Message accepted for delivery"

    def to(self, address):
        """The messages whose envelope went to ``address``."""
        return [message for message in self.messages if address.lower() in (a.lower() for a in message.envelope_to)]

    def clear(self):
        self.messages.clear()


@pytest.fixture
def smtp_server(settings):
    inbox = Inbox()
    port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = port
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_HOST_USER = ""
    settings.EMAIL_HOST_PASSWORD = ""
    try:
        yield inbox
    finally:
        controller.stop()


def text_part(message):
    return message.get_body(preferencelist=("plain",)).get_content()


def html_part(message):
    return message.get_body(preferencelist=("html",)).get_content()
