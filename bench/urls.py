"""The portal's URLconf plus the baselines and the cluster bench's publish, for ``bench.settings`` only."""

from django.urls import path

from config.urls import urlpatterns as portal_urlpatterns

from . import views

urlpatterns = [
    path("bench/bare-page/", views.bare_page),
    path("bench/bare-beacon/", views.bare_beacon),
    path("bench/publish/<int:page_id>/", views.publish),  # bench/cluster.py only
    *portal_urlpatterns,
]
