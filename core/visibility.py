"""What "public" means, written once, for every surface that lists or links pages.

A page is *public* when it is live, not past its expiry date, and neither it nor any page above
it carries a view restriction of any kind (login, password or groups). Index pages, archives, tag
pages, feeds, calendars, home blocks, most read, related reads, links between families, search,
the sitemap, the API and the language switcher all ask this module, so a page an editor hides
behind a restriction disappears from all of them at once.

Why listings ignore who is looking: what they show is cached for every anonymous reader (page
cache, CDN) and copied by feed readers and crawlers, so a list must never depend on a session.
A restricted page is reached through its own address, where Wagtail asks for the login or
password; it is never announced anywhere else.

Why expiry is checked here although Wagtail unpublishes expired pages: that happens only when
``publish_scheduled`` runs, and until then the page is still marked live.

The restricted sections are read once and cached with the page chrome (``core.chrome``), which
is invalidated whenever a restriction is saved or deleted, so the condition costs no query. That
invalidation reaches every server process through a shared cache (Redis); a process with its own
memory cache would not hear of a restriction added elsewhere, so the list is also re-read every
``RESTRICTIONS_SECONDS`` whatever the cache.
"""

from django.db.models import Q
from django.utils import timezone
from wagtail.models import PageViewRestriction

from . import chrome

#: How stale the list of restricted sections may be in a process that did not save the restriction.
RESTRICTIONS_SECONDS = 5


def restricted_paths():
    """Tree paths of the pages that carry a view restriction (everything under them is private)."""
    return chrome.cached(
        "restricted-paths",
        [],
        lambda: sorted(PageViewRestriction.objects.values_list("page__path", flat=True).distinct()),
        timeout=RESTRICTIONS_SECONDS,
    )


def unrestricted_q(prefix=""):
    """A ``Q`` for pages outside every restricted section; ``prefix`` follows a relation (``"page__"``)."""
    condition = Q()
    for path in restricted_paths():
        condition &= ~Q(**{f"{prefix}path__startswith": path})
    return condition


def public_q(prefix="", locale=None):
    """A ``Q`` for public pages (live, not expired, unrestricted), optionally of one locale.

    ``locale`` is a Locale or its id; ``prefix`` points the condition through a relation, e.g.
    ``public_q("page__")`` on a model with a ``page`` foreign key.
    """
    condition = (
        Q(**{f"{prefix}live": True})
        & (Q(**{f"{prefix}expire_at__isnull": True}) | Q(**{f"{prefix}expire_at__gt": timezone.now()}))
        & unrestricted_q(prefix)
    )
    if locale is not None:
        condition &= Q(**{f"{prefix}locale_id": getattr(locale, "pk", locale)})
    return condition


def public(queryset, locale=None):
    """``queryset`` narrowed to public pages (of ``locale``, if given)."""
    return queryset.filter(public_q(locale=locale))


def public_for_search(queryset, locale=None):
    """``public(queryset)`` in a form search backends accept, for querysets that may be searched.

    Search backends filter only on indexed fields, and ``expire_at`` is not one of Wagtail's, so
    the (few) expired pages still marked live are excluded by id: one small query.
    """
    from wagtail.models import Page

    expired = list(Page.objects.filter(live=True, expire_at__lte=timezone.now()).values_list("pk", flat=True))
    queryset = queryset.filter(Q(live=True) & unrestricted_q())
    if expired:
        queryset = queryset.exclude(id__in=expired)
    if locale is not None:
        queryset = queryset.filter(locale_id=getattr(locale, "pk", locale))
    return queryset


def is_public(page):
    """The same test for one page already in memory (no query)."""
    if page is None or not page.live:
        return False
    if page.expire_at is not None and page.expire_at <= timezone.now():
        return False
    return not page.path.startswith(tuple(restricted_paths()))


def visible_to(request, pages):
    """Of ``pages``, those this visitor may open: public ones, and restricted ones whose every
    restriction the visitor has passed (signed in, right group, password given).

    Only for what is shown to the visitor who is already on a restricted page — the language
    switcher of a members-only article — never for lists that are cached or syndicated.
    """
    pages = [page for page in pages if page.live]
    private = [page for page in pages if not is_public(page)]
    if not private:
        return pages
    restrictions = list(PageViewRestriction.objects.filter(page__path__in=_ancestor_paths(private)).select_related("page"))
    allowed = []
    for page in pages:
        if page in private:
            if page.expire_at is not None and page.expire_at <= timezone.now():
                continue
            applying = [r for r in restrictions if page.path.startswith(r.page.path)]
            if not all(restriction.accept_request(request) for restriction in applying):
                continue
        allowed.append(page)
    return allowed


def _ancestor_paths(pages):
    """Every path from the root down to each page (a restriction may sit on any of them)."""
    paths = set()
    for page in pages:
        steplen = page.steplen
        paths.update(page.path[:end] for end in range(steplen, len(page.path) + 1, steplen))
    return paths
