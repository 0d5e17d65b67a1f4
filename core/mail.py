"""Sending one e-mail from a reader's request without letting the mail server decide the answer."""


def sent(message, logger, what):
    """Hand ``message`` to the mail server; False (and a line in ``logger``) when it fails, so a
    reader who posted a form sees the same page whether the mail server answered or not.
    ``what`` names the e-mail in that line ("form confirmation")."""
    try:
        message.send()
    except (OSError, ValueError):  # smtplib's errors are OSErrors; a bad header is a ValueError
        logger.exception("The %s e-mail could not be sent.", what)
        return False
    return True
