"""``{% load iati_results %}``: the project page's results and indicators (``projects.iati.results``).

{% measured_by page.iati_results as measured %}     {{ measured|anchor_for:forloop.counter }}
{% result_view value number=2 expected_count=3 as result %}
"""

from django import template

from ..iati import results

register = template.Library()


@register.simple_tag
def measured_by(stream):
    """``{expected result number: anchor}`` of the results that say which expected result they measure."""
    return results.measured_by(stream or [])


@register.filter
def anchor_for(anchors, number):
    return (anchors or {}).get(number, "")


@register.simple_tag
def result_view(value, number=None, expected_count=0):
    """One result block, numbered in the page's order (its anchor is ``result-<number>``)."""
    anchor = results.result_anchor(number) if number else None
    return results.result_view(value, anchor=anchor, expected_count=expected_count or 0)
