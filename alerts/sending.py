"""Sending alerts: which subscribers a new page is for, and handing their e-mails to the mail server.

The work list is :class:`~alerts.models.PublishedItem`: one row per page's first publication in
its language (``alerts.signals``). The task queued by that publication and ``manage.py
send_alerts`` both call :func:`announce`; whichever comes first does the work, the other finds
the :class:`~alerts.models.Delivery` rows and sends nothing twice.

**At most once.** The ``Delivery`` row is written (and committed, outside any transaction) before
the message goes to the mail server: a second worker, or a second run, meets the unique key and
skips. A process killed between the two loses that one e-mail rather than sending it twice. When
the server does not take the message, the row is deleted again so the next run retries it.

**Refusals.** A permanent refusal of the recipient at ``RCPT`` (a ``5xx`` code: "no such
mailbox") stops the subscription at once: its status becomes *bouncing* and a keyed hash of the
address is kept (``SuppressedAddress``), so nothing is sent there again, also after a new sign-up.
A temporary refusal (``4xx``) or a message refused at ``DATA`` counts in ``refusals``; after
``ALERTS_MAX_REFUSALS`` (5) in a row the subscription is stopped as well; a delivery resets the
count. A mail server that cannot be reached, or refuses the sender, stops the run: everything not
yet sent stays to do, and the next run (the periodic ``send_alerts``) sends it. A page whose
e-mails still fail after ``ALERTS_RETRY_DAYS`` (3) is given up.

**Batches.** Messages go out over one SMTP connection for ``ALERTS_BATCH_SIZE`` (100) messages,
then a new one (servers limit messages per connection).
"""

import contextlib
import datetime as dt
import logging
import smtplib
from dataclasses import asdict, dataclass, fields
from urllib.parse import urljoin

from django.conf import settings
from django.core.mail import get_connection
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone, translation
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from wagtail.models import PageViewRestriction

from core.follow import page_follow_values

from .models import Delivery, Frequency, PublishedItem, Status, Subscription, SuppressedAddress, address_hash

logger = logging.getLogger("portal.alerts")

#: How long a card summary in an e-mail may be.
SUMMARY_CHARACTERS = 300
#: A page whose first publication the page no longer claims by more than this was backdated
#: after the publication (an import of archived content), which is no news.
BACKDATED = dt.timedelta(hours=1)


def batch_size():
    return max(1, int(getattr(settings, "ALERTS_BATCH_SIZE", 100)))


def max_refusals():
    return max(1, int(getattr(settings, "ALERTS_MAX_REFUSALS", 5)))


def retry_days():
    return int(getattr(settings, "ALERTS_RETRY_DAYS", 3))


@dataclass
class Report:
    """What a run did, for the command's summary and the task's result (JSON)."""

    pages: int = 0  # pages announced (every matching subscriber handled)
    pages_skipped: int = 0  # no longer public, or backdated: nobody is told
    alerts: int = 0  # alert e-mails sent
    digests: int = 0  # digest e-mails sent
    already_sent: int = 0  # found a Delivery row: sent by an earlier run
    stopped: int = 0  # subscriptions stopped because their address refuses mail
    deferred: int = 0  # e-mails left for the next run (temporary failure)
    purged: int = 0  # pending sign-ups deleted

    def as_dict(self):
        return asdict(self)

    def add(self, other):
        for each in fields(self):
            setattr(self, each.name, getattr(self, each.name) + getattr(other, each.name))
        return self


class Mailer:
    """One run's mail server: a connection reused for a batch of messages, every send recorded.

    ``dry_run`` counts what would be sent and writes nothing.
    """

    SENT, DUPLICATE, REFUSED, DEFERRED = "sent", "duplicate", "refused", "deferred"

    def __init__(self, report=None, dry_run=False):
        self.report = report if report is not None else Report()
        self.dry_run = dry_run
        self.connection = None
        self.in_batch = 0
        #: The mail server cannot be reached (or refuses us): nothing more is tried in this run.
        self.unavailable = False

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()

    def close(self):
        if self.connection is not None:
            with contextlib.suppress(smtplib.SMTPException, OSError):  # closing a broken connection
                self.connection.close()
            self.connection = None
        self.in_batch = 0

    def _connection(self):
        if self.connection is None or self.in_batch >= batch_size():
            self.close()
            self.connection = get_connection()
            self.connection.open()
        return self.connection

    def deliver(self, subscription, kind, key, build):
        """Send ``build()`` (a message) to ``subscription`` once for ``(kind, key)``.

        Returns ``SENT``, ``DUPLICATE`` (sent before), ``REFUSED`` (the address refuses mail) or
        ``DEFERRED`` (left for the next run)."""
        counter = "alerts" if kind == Delivery.Kind.ALERT else "digests"
        if self.unavailable:
            self.report.deferred += 1
            return self.DEFERRED
        if self.dry_run:
            if Delivery.objects.filter(subscription=subscription, kind=kind, item=key).exists():
                self.report.already_sent += 1
                return self.DUPLICATE
            setattr(self.report, counter, getattr(self.report, counter) + 1)
            return self.SENT
        try:
            with transaction.atomic():
                delivery = Delivery.objects.create(subscription=subscription, kind=kind, item=key)
        except IntegrityError:
            self.report.already_sent += 1
            return self.DUPLICATE
        try:
            message = build()
            self._connection().send_messages([message])
        except smtplib.SMTPRecipientsRefused as error:
            delivery.delete()
            codes = [code for code, _message in error.recipients.values()]
            permanent = bool(codes) and min(codes) >= 500
            return self._refused(subscription, permanent=permanent, reason=error.recipients)
        except smtplib.SMTPDataError as error:
            # The message itself was refused (size, content): counted like a temporary refusal.
            delivery.delete()
            return self._refused(subscription, permanent=False, reason=error)
        except (smtplib.SMTPException, OSError) as error:
            # Not reachable, disconnected, sender or login refused: the server's fault, not the address's.
            delivery.delete()
            logger.warning("The mail server failed (%s); the e-mails not sent yet wait for the next run.", error)
            self.unavailable = True
            self.close()
            self.report.deferred += 1
            return self.DEFERRED
        except Exception:
            # A message that cannot be built (a template error): logged, left for the next run.
            delivery.delete()
            logger.exception("An e-mail to subscription %s could not be built.", subscription.pk)
            self.report.deferred += 1
            return self.DEFERRED
        self.in_batch += 1
        setattr(self.report, counter, getattr(self.report, counter) + 1)
        if subscription.refusals:
            Subscription.objects.filter(pk=subscription.pk).update(refusals=0)
            subscription.refusals = 0
        return self.SENT

    def _refused(self, subscription, permanent, reason):
        subscription.refusals += 1
        if permanent or subscription.refusals >= max_refusals():
            stop_subscription(subscription)
            self.report.stopped += 1
            logger.info("Subscription %s stopped: its address refuses mail (%s).", subscription.pk, reason)
            return self.REFUSED
        Subscription.objects.filter(pk=subscription.pk).update(refusals=subscription.refusals)
        self.report.deferred += 1
        return self.DEFERRED


def stop_subscription(subscription):
    """No more e-mails to this address: its subscriptions (one per language) are *bouncing*, and
    the address's hash is kept."""
    subscription.status = Status.BOUNCING
    Subscription.objects.filter(pk=subscription.pk).update(status=Status.BOUNCING, refusals=subscription.refusals)
    Subscription.objects.filter(email=subscription.email, status=Status.CONFIRMED).update(status=Status.BOUNCING)
    SuppressedAddress.objects.get_or_create(
        address_hash=address_hash(subscription.email), defaults={"reason": SuppressedAddress.Reason.BOUNCED}
    )


# --- who a page is for -------------------------------------------------------------------------


def followers(language, values, frequency):
    """Confirmed subscriptions in ``language`` at ``frequency`` that follow everything or one of
    ``values`` (``{kind: {value, …}}``), oldest first: a queryset."""
    condition = Q(everything=True)
    for kind, kind_values in values.items():
        condition |= Q(follows__kind=kind, follows__value__in=sorted(kind_values))
    matching = Subscription.objects.filter(condition).values("pk")
    wanted = Subscription.objects.filter(status=Status.CONFIRMED, frequency=frequency, language=language)
    return wanted.filter(pk__in=matching).order_by("pk")


def follows(subscription, values):
    """Does ``subscription`` (its ``follows`` prefetched) follow a page carrying ``values``?"""
    if subscription.everything:
        return True
    return any(follow.value in values.get(follow.kind, ()) for follow in subscription.follows.all())


def without_suppressed(subscriptions):
    """``subscriptions`` whose address has not bounced (its hash kept by ``stop_subscription``): one query."""
    subscriptions = list(subscriptions)
    hashes = {subscription.pk: address_hash(subscription.email) for subscription in subscriptions}
    bounced = SuppressedAddress.objects.filter(address_hash__in=hashes.values(), reason=SuppressedAddress.Reason.BOUNCED)
    suppressed = set(bounced.values_list("address_hash", flat=True))
    return [subscription for subscription in subscriptions if hashes[subscription.pk] not in suppressed]


def chunks(queryset, size):
    """``queryset`` in lists of ``size``, by primary key (rows added meanwhile are not missed)."""
    last = 0
    while True:
        chunk = list(queryset.filter(pk__gt=last).order_by("pk")[:size])
        if not chunk:
            return
        yield chunk
        last = chunk[-1].pk


# --- what is public now ------------------------------------------------------------------------


def restricted_paths_now():
    """Tree paths carrying a view restriction, read now (not the chrome cache's copy): one query."""
    return tuple(PageViewRestriction.objects.values_list("page__path", flat=True).distinct())


def public_now(page, restricted=None):
    """Is ``page`` public at this moment: live, not expired, not an alias, under no restriction?"""
    if page is None or not page.live or page.alias_of_id is not None:
        return False
    if page.expire_at is not None and page.expire_at <= timezone.now():
        return False
    restricted = restricted_paths_now() if restricted is None else restricted
    return not page.path.startswith(restricted) if restricted else True


def backdated(item, page):
    """The page now says it was first published well before the publication ``item`` recorded."""
    return page.first_published_at is not None and page.first_published_at < item.published_at - BACKDATED


# --- what an e-mail says about a page ----------------------------------------------------------


def page_url(page, base):
    return urljoin(base + "/", page.get_url() or page.url_path)


def page_entry(page, base):
    """What an alert or a digest shows of a page: its card, as plain values."""
    summary = " ".join(strip_tags(str(getattr(page, "card_summary", "") or "")).split())
    return {
        "title": page.title,
        "date": getattr(page, "card_date", None) or page.first_published_at,
        "summary": Truncator(summary).chars(SUMMARY_CHARACTERS),
        "url": page_url(page, base),
    }


def alert_message(subscription, page, base):
    from .emails import build_message

    with translation.override(subscription.language):
        subject = _("New: %(title)s") % {"title": page.title}
    return build_message(subscription, subject, "alerts/email/alert", {"item": page_entry(page, base)}, base)


# --- announcing one page -----------------------------------------------------------------------


def announce(item, mailer, base=None):
    """Send the alerts of ``item`` (a PublishedItem) to its immediate subscribers. True when done."""
    from .tokens import base_url

    page = item.page.specific
    if not public_now(page) or backdated(item, page):
        # Unpublished, restricted, expired since — or archived content dated back: nobody is told.
        if not mailer.dry_run:
            PublishedItem.objects.filter(pk=item.pk).update(alerts_sent_at=timezone.now())
        mailer.report.pages_skipped += 1
        return True
    base = base or base_url()
    values = page_follow_values(page)
    deferred_before = mailer.report.deferred
    key = str(page.pk)
    sent = Delivery.objects.filter(kind=Delivery.Kind.ALERT, item=key).values("subscription_id")
    pending = followers(item.language, values, Frequency.IMMEDIATE).exclude(pk__in=sent)
    for chunk in chunks(pending, batch_size()):
        for subscription in without_suppressed(chunk):
            mailer.deliver(subscription, Delivery.Kind.ALERT, key, lambda s=subscription: alert_message(s, page, base))
        if mailer.unavailable:
            break
    done = mailer.report.deferred == deferred_before
    given_up = not done and item.published_at < timezone.now() - dt.timedelta(days=retry_days())
    if given_up:
        logger.warning("Giving up the alerts of page %s that still fail after %s days.", page.pk, retry_days())
    if (done or given_up) and not mailer.dry_run:
        PublishedItem.objects.filter(pk=item.pk).update(alerts_sent_at=timezone.now())
    if done:
        mailer.report.pages += 1
    return done or given_up


def announce_item(item_id, dry_run=False):
    """The task's work: the alerts of one PublishedItem (nothing if it is done or gone)."""
    report = Report()
    item = PublishedItem.objects.select_related("page").filter(pk=item_id, alerts_sent_at__isnull=True).first()
    if item is None:
        return report
    with Mailer(report, dry_run=dry_run) as mailer:
        announce(item, mailer)
    return report


def announce_due(mailer):
    """Every PublishedItem not yet announced, oldest first."""
    from .tokens import base_url

    base = base_url()
    items = PublishedItem.objects.filter(alerts_sent_at__isnull=True).select_related("page").order_by("published_at", "pk")
    for item in items:
        if mailer.unavailable:
            break
        announce(item, mailer, base)


# --- pending sign-ups --------------------------------------------------------------------------


def purge_pending(now=None, dry_run=False):
    """Delete sign-ups never confirmed within ``ALERTS_PENDING_DAYS`` (7); returns how many."""
    from .tokens import pending_days

    cutoff = (now or timezone.now()) - dt.timedelta(days=pending_days())
    stale = Subscription.objects.filter(status=Status.PENDING, created_at__lt=cutoff)
    if dry_run:
        return stale.count()
    deleted, per_model = stale.delete()
    return per_model.get(Subscription._meta.label, 0)


def run(now=None, dry_run=False):
    """All due work, as ``manage.py send_alerts`` does it: alerts, digests, purge. A Report."""
    from .digests import send_due_digests

    report = Report()
    with Mailer(report, dry_run=dry_run) as mailer:
        announce_due(mailer)
        send_due_digests(mailer, now=now)
    report.purged = purge_pending(now=now, dry_run=dry_run)
    return report
