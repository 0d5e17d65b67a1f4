"""Kept fragments of pages (``core.fragment_cache``)::

    {% pagefragment "news" page [per_route] [refresh=300] [vary …] %}
        … what shows the page and its neighbours …
        {% live %}{% view_counter page %}{% endlive %}
        …
    {% endpagefragment %}

``per_route`` keeps one fragment per sub-route and per value of the query parameters the route
reads (``core.query_parameters``: ``?page=2``, ``?tag=…``, never ``?utm_source=…``);
``refresh=N`` renders the fragment again at least every N seconds (lists that change with the
clock: upcoming events, "most read"); other values are added to the key as they are.

A ``{% live %}`` part is rendered on every request and put in its place in the kept HTML: the
fragment keeps a marker there that no page content can contain (it is derived from
``SECRET_KEY``). A live part sees the page's context, not the variables of a loop around it.
"""

import hashlib
import time

from django import template
from django.conf import settings
from django.utils.safestring import mark_safe

from .. import fragment_cache

register = template.Library()

#: Set in the context while a fragment renders for keeping: live parts leave their marker.
KEEPING = "_pagefragment_keeping"


def _marker(number):
    secret = hashlib.sha256(f"pagefragment-live:{settings.SECRET_KEY}".encode()).hexdigest()[:24]
    return f"<!--live:{secret}:{number}-->"


class LiveNode(template.Node):
    number = None  # its place among the live parts of the fragment around it

    def __init__(self, nodelist):
        self.nodelist = nodelist

    def render(self, context):
        if context.get(KEEPING) and self.number is not None:
            return _marker(self.number)
        return self.nodelist.render(context)


class PageFragmentNode(template.Node):
    def __init__(self, name, page, vary, nodelist, per_route=False, refresh=None):
        self.name, self.page, self.vary, self.nodelist = name, page, vary, nodelist
        self.per_route, self.refresh = per_route, refresh
        self.live_nodes = nodelist.get_nodes_by_type(LiveNode)
        for number, node in enumerate(self.live_nodes):
            node.number = number

    def _render_for_keeping(self, context):
        with context.push({KEEPING: True}):
            return self.nodelist.render(context)

    def render(self, context):
        page = self.page.resolve(context)
        request = context.get("request")
        if not fragment_cache.may_keep(request, page):
            return self.nodelist.render(context)
        vary = [value.resolve(context) for value in self.vary]
        if self.per_route:
            vary.append(fragment_cache.route_variant(request, page))
        if self.refresh:
            vary.append(f"refresh:{int(time.time() // self.refresh)}")
        html = fragment_cache.render(request, self.name.resolve(context), page, lambda: self._render_for_keeping(context), vary)
        for node in self.live_nodes:
            html = html.replace(_marker(node.number), node.nodelist.render(context))
        return mark_safe(html)  # noqa: S308 - our templates escaped it  # nosec B308, B703


@register.tag
def pagefragment(parser, token):
    bits = token.split_contents()
    if len(bits) < 3:
        raise template.TemplateSyntaxError(f'Usage: {{% {bits[0]} "name" page [vary …] %}}')
    nodelist = parser.parse(("endpagefragment",))
    parser.delete_first_token()
    options, vary = {}, []
    for bit in bits[3:]:
        if bit == "per_route":
            options["per_route"] = True
        elif bit.startswith("refresh="):
            options["refresh"] = int(bit.removeprefix("refresh="))
        else:
            vary.append(parser.compile_filter(bit))
    return PageFragmentNode(parser.compile_filter(bits[1]), parser.compile_filter(bits[2]), vary, nodelist, **options)


@register.tag
def live(parser, token):
    nodelist = parser.parse(("endlive",))
    parser.delete_first_token()
    return LiveNode(nodelist)
