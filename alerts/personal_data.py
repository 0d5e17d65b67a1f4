"""What the portal keeps about a subscriber, handed over on request, and forgotten on leaving.

:func:`export` is the "Download my data" file: every subscription of the address (all languages
— the link came to that address, so its holder is the address's owner), what each follows, the
e-mails sent to it, and whether the address's hash is on the suppression list. The ``secret``
behind the links is not personal data and is left out.

:func:`forget` is cancelling: the subscription and its rows go; when it was the address's last
subscription, only ``address_hash`` of it stays (``SuppressedAddress``, reason "left") so the
portal can honour the request without keeping the address.
"""

from django.db import transaction
from django.utils import timezone

from .forms import follow_kinds
from .models import Subscription, SuppressedAddress, address_hash


def _time(value):
    return value.isoformat() if value else None


def _name(kinds, follow):
    """The value's name in the subscription's language (the value itself if no longer offered)."""
    group = kinds.get(follow.kind)
    return group.names.get(follow.value, follow.value) if group else follow.value


def export(subscription):
    """A JSON-ready dict of everything stored about ``subscription.email``."""
    email = subscription.email
    subscriptions = []
    kinds_by_language = {}
    for item in Subscription.objects.filter(email=email).prefetch_related("follows", "deliveries").order_by("created_at", "pk"):
        if item.language not in kinds_by_language:
            kinds_by_language[item.language] = follow_kinds(item.language)
        kinds = {group.kind: group for group in kinds_by_language[item.language]}
        subscriptions.append(
            {
                "language": item.language,
                "frequency": item.frequency,
                "everything": item.everything,
                "status": item.status,
                "signed_up": _time(item.created_at),
                "confirmed": _time(item.confirmed_at),
                "digests_sent_until": _time(item.digest_until),
                "refused_deliveries": item.refusals,
                "following": [
                    {
                        "kind": follow.kind,
                        "value": follow.value,
                        "name": _name(kinds, follow),
                    }
                    for follow in sorted(item.follows.all(), key=lambda follow: (follow.kind, follow.value))
                ],
                "emails_sent": [
                    {"kind": delivery.kind, "item": delivery.item, "sent": _time(delivery.sent_at)}
                    for delivery in sorted(item.deliveries.all(), key=lambda delivery: delivery.sent_at)
                ],
            }
        )
    suppressed = SuppressedAddress.objects.filter(address_hash=address_hash(email)).first()
    return {
        "email": email,
        "exported": _time(timezone.now()),
        "subscriptions": subscriptions,
        "suppressed": {"reason": suppressed.reason, "since": _time(suppressed.created_at)} if suppressed else None,
    }


@transaction.atomic
def forget(subscription, reason=SuppressedAddress.Reason.LEFT):
    """Delete ``subscription`` and what hangs on it; keep the address's hash if it was its last."""
    email = subscription.email
    subscription.delete()  # its follows and deliveries cascade
    if not Subscription.objects.filter(email=email).exists():
        SuppressedAddress.objects.update_or_create(address_hash=address_hash(email), defaults={"reason": reason})
