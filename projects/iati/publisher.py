"""The reporting organisation of the portal's IATI files: the publisher in the portal settings."""

from wagtail.models import Site

from core.models.settings import PortalSettings


def portal_publisher(request=None, site=None):
    """The ``PortalSettings.publisher`` of the request's site (or the default site), or ``None``."""
    if site is None and request is not None:
        site = Site.find_for_request(request)
    if site is None:
        site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return None
    return PortalSettings.for_site(site).publisher
