"""The demo's e-mail subscribers (``subscribers.toml``): a few confirmed readers in different
languages, frequencies and follows, and one sign-up still waiting for its confirmation.

``manage.py load_demo`` loads them after the pages (``core.demo.loader``). The demo's pages were
all just published for the first time, which would be news to these readers: the loader takes
them off the alerts' work list, so a newcomer's worker does not mail a hundred alerts to
example.org, nor the first weekly digest every page of the demo.
"""

import datetime
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from core.demo.records import read_toml
from core.follow import follow_facets

from ..forms import follow_kinds
from ..models import FollowedValue, Frequency, PublishedItem, Status, Subscription

FILE = Path(__file__).resolve().parent / "subscribers.toml"


@dataclass
class DemoSubscribers:
    file: Path = FILE
    name: str = ""
    started: datetime.datetime = None

    def read(self):
        """Every subscriber checked before anything is made: language, frequency, kinds of follows."""
        self.started = timezone.now()  # pages first published from now on are the demo's
        record = read_toml(self.file)
        languages = {code for code, _name in settings.LANGUAGES}
        kinds = set(follow_facets())
        for subscriber in record.records("subscribers"):
            subscriber.require("email")
            if subscriber.require("language") not in languages:
                raise subscriber.error(f"should be one of {', '.join(sorted(languages))}", "language")
            if subscriber.get("frequency", Frequency.IMMEDIATE, str) not in Frequency.values:
                raise subscriber.error(f"should be one of {', '.join(Frequency.values)}", "frequency")
            subscriber.get("confirmed", False, bool)
            subscriber.get("everything", False, bool)
            follows = subscriber.table("follows")
            for kind in follows.data:
                if kind not in kinds:
                    raise follows.error(f"is not something readers can follow ({', '.join(sorted(kinds))})", kind)
                follows.get(kind, [], list)
            if not subscriber.get("everything") and not follows.data:
                raise subscriber.error("follows nothing: give `everything = true` or a [follows] table")
        return record

    def load(self, demo, record):
        quiet, _per_model = PublishedItem.objects.filter(published_at__gte=self.started).delete()
        made = 0
        for subscriber in record.records("subscribers"):
            made += self._subscriber(subscriber)
        demo.log(f"E-mail subscribers: {made} new; the {quiet} demo pages just published are not announced.")

    @transaction.atomic
    def _subscriber(self, subscriber):
        """Create (once) one subscription; the values it follows must be offered in its language."""
        language = subscriber.get("language")
        email = subscriber.get("email").strip().lower()
        if Subscription.objects.filter(email=email, language=language).exists():
            return 0
        offered = {kind.kind: kind.names for kind in follow_kinds(language)}
        follows = subscriber.table("follows")
        for kind, values in follows.data.items():
            for number, value in enumerate(values):
                if value not in offered.get(kind, {}):
                    raise follows.error(f"names {value!r}, which the demo does not offer in {language}", f"{kind}[{number}]")
        confirmed = subscriber.get("confirmed", False)
        subscription = Subscription.objects.create(
            email=email,
            language=language,
            frequency=subscriber.get("frequency", Frequency.IMMEDIATE),
            everything=subscriber.get("everything", False),
            status=Status.CONFIRMED if confirmed else Status.PENDING,
            confirmed_at=timezone.now() if confirmed else None,
        )
        FollowedValue.objects.bulk_create(
            FollowedValue(subscription=subscription, kind=kind, value=value)
            for kind, values in follows.data.items()
            for value in values
        )
        return 1


DEMO = DemoSubscribers()
