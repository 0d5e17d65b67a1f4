"""Honest view counts, shaped like a Wagtail contrib app.

``models`` (the totals and daily buckets, the page mixin), ``counter`` (who counts, the atomic
increment), ``views`` (the beacon ``POST /api/views/<id>/``), ``most_read``, ``api`` (the API
field), ``templatetags.view_counts`` and ``static/viewcounts/views.js`` (the script that sends the
beacon once per page per browser session). Page families add ``ViewCountMixin``.
"""
