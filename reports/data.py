"""What the reports count, read from the view counter's daily buckets (``viewcounts.PageViewDay``).

Every number is a sum of buckets, so a report agrees with the buckets it summarises; each report
costs the same few queries whatever the number of pages, days or languages. Pages are grouped
into sections by the app their type belongs to (news, events, projects; everything else is
"other"), read from the page's content type, so this module names no family's models.

Pages that name a donor or a funding programme are found through Wagtail's reference index,
which records every link from a page (its own fields and its inline rows, such as a project's
donors or an event's organisers) to a snippet: the one cross-family way to ask "who names this?".
"""

import datetime as dt
from dataclasses import dataclass

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Count, Q, Sum
from django.db.models.functions import Cast, TruncMonth
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, ReferenceIndex

from core.models import FundingProgramme, Organisation
from viewcounts.models import PageViewDay

#: The page families a report names; pages of any other app are "other".
SECTIONS = ("news", "events", "projects")
OTHER = "other"
TOP_PAGES = 10


def section_label(section):
    if section == OTHER:
        return _("Other pages")
    return apps.get_app_config(section).verbose_name


def section_of(app_label):
    return app_label if app_label in SECTIONS else OTHER


def months_between(start, end):
    """The first day of every month from ``start``'s to ``end``'s."""
    months, month = [], start.replace(day=1)
    while month <= end:
        months.append(month)
        month = (month + dt.timedelta(days=32)).replace(day=1)
    return months


def _month(value):
    """``TruncMonth`` answers a date on some databases and a datetime on others."""
    return value.date() if isinstance(value, dt.datetime) else value


@dataclass
class Period:
    start: dt.date
    end: dt.date

    @property
    def days(self):
        return (self.end - self.start).days + 1

    def previous(self):
        """The period of equal length just before this one."""
        return Period(self.start - dt.timedelta(days=self.days), self.start - dt.timedelta(days=1))

    def buckets(self):
        return PageViewDay.objects.filter(day__gte=self.start, day__lte=self.end)


# --- pages that name a donor or a funding programme ---------------------------------------------


def naming_pages(subject):
    """Published pages that link to ``subject`` (an Organisation or a FundingProgramme) in any of
    its languages; for an organisation, also those naming a programme it runs. A queryset, no query."""
    model = type(subject)
    targets = [(model, model.objects.filter(translation_key=subject.translation_key))]
    if isinstance(subject, Organisation):
        funders = Organisation.objects.filter(translation_key=subject.translation_key)
        targets.append((FundingProgramme, FundingProgramme.objects.filter(funder__in=funders)))
    condition = Q()
    for target_model, targets_qs in targets:
        condition |= Q(
            to_content_type=ContentType.objects.get_for_model(target_model),
            to_object_id__in=targets_qs.annotate(key=Cast("pk", CharField())).values("key"),
        )
    references = ReferenceIndex.objects.filter(condition, base_content_type=ContentType.objects.get_for_model(Page))
    return Page.objects.annotate(key=Cast("pk", CharField())).filter(live=True, key__in=references.values("object_id"))


def donor_report(subject, period):
    """The donor visibility report: five queries, whatever the data."""
    pages = naming_pages(subject)
    page_ids = pages.values("pk")
    by_type = {section: {"pages": 0, "views": 0} for section in (*SECTIONS, OTHER)}
    for row in pages.order_by().values("content_type__app_label").annotate(count=Count("pk")):
        by_type[section_of(row["content_type__app_label"])]["pages"] += row["count"]
    buckets = period.buckets().filter(page_id__in=page_ids)
    rows = list(
        buckets.annotate(month=TruncMonth("day"))
        .values("month", "page__locale__language_code", "page__content_type__app_label")
        .annotate(views=Sum("views"))
        .order_by()
    )
    months = dict.fromkeys(months_between(period.start, period.end), 0)
    languages = {}
    for row in rows:
        months[_month(row["month"])] += row["views"]
        language = row["page__locale__language_code"]
        languages[language] = languages.get(language, 0) + row["views"]
        by_type[section_of(row["page__content_type__app_label"])]["views"] += row["views"]
    return {
        "subject": subject,
        "period": period,
        "by_type": [(section_label(section), counts["pages"], counts["views"]) for section, counts in by_type.items()],
        "by_month": list(months.items()),
        "by_language": sorted(languages.items()),
        "total": sum(months.values()),
        "top_pages": top_pages(buckets),
    }


def top_pages(buckets, limit=TOP_PAGES):
    """``[{"id", "title", "language", "section", "views"}, …]``, most viewed first (one query)."""
    rows = (
        buckets.values("page_id", "page__title", "page__locale__language_code", "page__content_type__app_label")
        .annotate(views=Sum("views"))
        .order_by("-views", "page_id")[:limit]
    )
    return [
        {
            "id": row["page_id"],
            "title": row["page__title"],
            "language": row["page__locale__language_code"],
            "section": section_label(section_of(row["page__content_type__app_label"])),
            "views": row["views"],
        }
        for row in rows
    ]


# --- readership ---------------------------------------------------------------------------------


def readership_report(period):
    """Views per section, language and month, and the most read pages with their trend: three queries."""
    rows = (
        period.buckets()
        .annotate(month=TruncMonth("day"))
        .values("month", "page__locale__language_code", "page__content_type__app_label")
        .annotate(views=Sum("views"))
        .order_by()
    )
    months = months_between(period.start, period.end)
    sections = {section: dict.fromkeys(months, 0) for section in (*SECTIONS, OTHER)}
    languages = {}
    for row in rows:
        section = section_of(row["page__content_type__app_label"])
        sections[section][_month(row["month"])] += row["views"]
        language = row["page__locale__language_code"]
        languages[language] = languages.get(language, 0) + row["views"]
    by_month = [(month, sum(sections[section][month] for section in sections)) for month in months]
    top = top_pages(period.buckets())
    previous = period.previous()
    before = dict(
        previous.buckets()
        .filter(page_id__in=[page["id"] for page in top])
        .values("page_id")
        .annotate(views=Sum("views"))
        .values_list("page_id", "views")
    )
    for page in top:
        page["previous"] = before.get(page["id"], 0)
        page["change"] = page["views"] - page["previous"]
    return {
        "period": period,
        "previous": previous,
        "months": months,
        "by_section": [
            (section_label(section), [counts[month] for month in months], sum(counts.values()))
            for section, counts in sections.items()
        ],
        "by_language": sorted(languages.items()),
        "by_month": by_month,
        "total": sum(views for _month_start, views in by_month),
        "top_pages": top,
    }
