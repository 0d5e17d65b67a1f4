"""``{% follow_link kind value label %}``: "Follow this topic by e-mail" on the pages a reader would
want it — a plain link to the subscription form with the value ticked (``/<lang>/subscribe/?tag=…``).

The form belongs to the alerts app, which a site may leave out: without its address the tag
renders nothing, so a family's templates never depend on it.
"""

from urllib.parse import urlencode

from django import template
from django.urls import NoReverseMatch, reverse
from django.utils.html import format_html

register = template.Library()

#: The subscription form's URL name (``alerts.urls``), under the active language's prefix.
SUBSCRIBE_URL_NAME = "alerts:subscribe"


def follow_url(kind, value):
    """The form's address with ``kind=value`` chosen, or ``""`` when the form is not installed."""
    try:
        url = reverse(SUBSCRIBE_URL_NAME)
    except NoReverseMatch:
        return ""
    return f"{url}?{urlencode({kind: value})}"


@register.simple_tag
def follow_link(kind, value, label):
    if not value:
        return ""
    url = follow_url(kind, value)
    if not url:
        return ""
    return format_html('<p class="follow-link"><a href="{}" rel="nofollow">{}</a></p>', url, label)
