"""The admin's view of the subscribers: how many follow what, in which language, how often.

Editors and moderators see counts only: what readers ask for, never who they are. The addresses
(a list with search, and a CSV file) need the dedicated permission
``alerts.view_subscriber_addresses``, which no group has unless an administrator gives it.
Both pages cost the same few queries whatever the number of subscribers.
"""

import csv

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Count, Prefetch
from django.http import HttpResponse, HttpResponseForbidden
from django.shortcuts import render
from django.utils.translation import gettext as _

from core.languages import current_language
from core.roles import may_read_reports
from core.spreadsheets import plain_cell

from .forms import follow_kinds
from .models import FollowedValue, Frequency, Status, Subscription

ADDRESSES_PER_PAGE = 50
ADDRESS_PERMISSION = "alerts.view_subscriber_addresses"


def may_see_addresses(user):
    return user.is_authenticated and user.is_active and user.has_perm(ADDRESS_PERMISSION)


def forbidden(message):
    """A 403 (Wagtail would turn ``PermissionDenied`` into a redirect to the dashboard)."""
    return HttpResponseForbidden(message)


def language_names():
    """The portal's languages, each named in itself (as the language switcher names them)."""
    return dict(settings.LANGUAGES)


def subscriber_counts(language):
    """Counts of subscriptions by status, language and frequency, and of confirmed ones per followed
    value, with each value named in ``language``: two queries, and one per facet for the names."""
    languages = list(language_names())
    statuses = Subscription.objects.values("status", "language", "frequency", "everything").annotate(count=Count("pk")).order_by()
    totals = dict.fromkeys(Status.values, 0)
    by_language = {code: dict.fromkeys(Frequency.values, 0) for code in languages}
    everything = 0
    for row in statuses:
        totals[row["status"]] = totals.get(row["status"], 0) + row["count"]
        if row["status"] != Status.CONFIRMED:
            continue
        by_language.setdefault(row["language"], dict.fromkeys(Frequency.values, 0))
        by_language[row["language"]][row["frequency"]] = by_language[row["language"]].get(row["frequency"], 0) + row["count"]
        if row["everything"]:
            everything += row["count"]
    names = language_names()
    frequencies = dict(Frequency.choices)
    language_rows = [
        (names.get(code, code), [counts.get(frequency, 0) for frequency in Frequency.values], sum(counts.values()))
        for code, counts in by_language.items()
    ]

    followed = (
        FollowedValue.objects.filter(subscription__status=Status.CONFIRMED)
        .values("kind", "value", "subscription__language")
        .annotate(count=Count("pk"))
        .order_by()
    )
    counts = {}
    for row in followed:
        per_language = counts.setdefault((row["kind"], row["value"]), dict.fromkeys(by_language, 0))
        per_language[row["subscription__language"]] = per_language.get(row["subscription__language"], 0) + row["count"]
    kinds = follow_kinds(language)
    labels = {group.kind: group.label for group in kinds}
    value_names = {group.kind: group.names for group in kinds}
    order = {group.kind: number for number, group in enumerate(kinds)}
    groups = {}
    for (kind, value), per_language in counts.items():
        name = value_names.get(kind, {}).get(value, value)
        row = (name, value, [per_language.get(code, 0) for code in by_language], sum(per_language.values()))
        groups.setdefault(kind, []).append(row)
    follow_rows = [
        (labels.get(kind, kind), sorted(rows, key=lambda row: (-row[3], row[0].casefold())))
        for kind, rows in sorted(groups.items(), key=lambda item: (order.get(item[0], len(order)), item[0]))
    ]
    return {
        "totals": [(label, totals.get(status, 0)) for status, label in Status.choices],
        "pending": totals.get(Status.PENDING, 0),
        "confirmed": totals.get(Status.CONFIRMED, 0),
        "everything": everything,
        "frequencies": [frequencies[frequency] for frequency in Frequency.values],
        "by_language": language_rows,
        "language_headers": [names.get(code, code) for code in by_language],
        "follows": follow_rows,
    }


def subscribers(request):
    """Counts for editors and moderators; a link to the addresses for those allowed to see them."""
    if not may_read_reports(request.user):
        return forbidden(_("Only editors and moderators may see the subscriber counts."))
    context = {
        "page_title": _("Subscribers"),
        "counts": subscriber_counts(current_language()),
        "may_see_addresses": may_see_addresses(request.user),
    }
    return render(request, "alerts/admin/subscribers.html", context)


def followed_text(subscription):
    if subscription.everything:
        return _("everything")
    return "; ".join(f"{follow.kind}: {follow.value}" for follow in subscription.follows.all())


def subscriber_addresses(request):
    """The addresses, searchable, a page at a time, or all of them as CSV (``?format=csv``)."""
    if not may_see_addresses(request.user):
        return forbidden(_("Seeing subscribers' addresses needs a permission of its own."))
    query = request.GET.get("q", "").strip()[:254]
    subscriptions = Subscription.objects.order_by("email", "language").prefetch_related(
        Prefetch("follows", queryset=FollowedValue.objects.order_by("kind", "value"))
    )
    if query:
        subscriptions = subscriptions.filter(email__icontains=query)
    if request.GET.get("format") == "csv":
        return addresses_csv(subscriptions)
    page = Paginator(subscriptions, ADDRESSES_PER_PAGE).get_page(request.GET.get("p"))
    context = {
        "page_title": _("Subscribers' addresses"),
        "subscriptions": page,
        "query": query,
        "rows": [(subscription, followed_text(subscription)) for subscription in page.object_list],
    }
    return render(request, "alerts/admin/addresses.html", context)


def addresses_csv(subscriptions):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="subscribers.csv"'
    response.write("\ufeff")  # spreadsheet programs read UTF-8 by this mark
    writer = csv.writer(response)
    writer.writerow(
        [_("E-mail address"), _("Language"), _("How often"), _("Status"), _("Follows"), _("Signed up"), _("Confirmed")]
    )
    for subscription in subscriptions:
        writer.writerow(
            plain_cell(value)
            for value in (
                subscription.email,
                subscription.language,
                subscription.frequency,
                subscription.status,
                followed_text(subscription),
                subscription.created_at,
                subscription.confirmed_at or "",
            )
        )
    return response
