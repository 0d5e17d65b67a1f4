"""``iati.xml`` beside the projects index (the portfolio) and beside each project (one activity).

Both files are built from public pages only (``core.visibility``): a restricted, draft or expired
translation is not a language of the activity, and a project with no public translation is not
in the file. The portfolio holds the projects of the index *and of its translations*, one
activity each, so ``/en/projects/iati.xml`` and ``/uk/projects/iati.xml`` are the same file.

Caching: the page cache keeps the answer like any routed page (no query parameter is read).
The portfolio says it shows every translation of the index (``surrogate_keys.shows``), so
publishing or unpublishing a project under any of them — which purges its parent index's key —
purges the file in every language; a single project's file shows all its translations.
Organisations and the portal settings (the publisher) empty the whole page cache when saved.
"""

from functools import reduce
from operator import or_

from django.db.models import Q
from django.http import Http404, HttpResponse, HttpResponseNotFound
from django.utils.translation import gettext as _

from core import surrogate_keys
from core.visibility import is_public, public, public_q

from .activity import build, to_bytes
from .publisher import portal_publisher

CONTENT_TYPE = "application/xml; charset=utf-8"


def xml_response(document):
    return HttpResponse(to_bytes(document), content_type=CONTENT_TYPE)


def not_in_iati(message):
    """A 404 in words: the address is right, but there is no activity to show (yet)."""
    return HttpResponseNotFound(message, content_type="text/plain; charset=utf-8")


def portfolio_response(request, index, project_model):
    """Every ready public project under ``index`` or any of its public translations."""
    indexes = list(public(index.get_translations(inclusive=True)))
    if not indexes:
        raise Http404("the index is not public")
    surrogate_keys.shows(*indexes)
    children = reduce(or_, (Q(path__startswith=parent.path, depth=parent.depth + 1) for parent in indexes))
    projects = project_model.objects.filter(children, public_q()).values("translation_key")
    pages = public(project_model.objects.filter(translation_key__in=projects)).select_related("locale")
    document, _left_out = build(pages, portal_publisher(request))
    if document is None:
        return not_in_iati(_("No project of this portal is ready for IATI yet."))
    return xml_response(document)


def activity_response(request, page):
    """One project as an activity file, built from all its public translations."""
    if not is_public(page):
        raise Http404("the project is not public")
    pages = list(public(type(page).objects.filter(translation_key=page.translation_key)).select_related("locale"))
    surrogate_keys.shows(*pages)
    document, _left_out = build(pages, portal_publisher(request))
    if document is None:
        return not_in_iati(_("This project is not published to IATI: some of its IATI details are missing."))
    return xml_response(document)
