"""``/<lang>/subscribe/…``: included inside ``i18n_patterns`` before the pages' catch-all routes."""

from django.urls import path

from . import views

app_name = "alerts"

urlpatterns = [
    path("", views.subscribe, name="subscribe"),
    path("confirm/<str:token>/", views.confirm, name="confirm"),
    path("<str:token>/", views.manage, name="manage"),
    path("<str:token>/unsubscribe/", views.unsubscribe, name="unsubscribe"),
    path("<str:token>/data.json", views.personal_data, name="data"),
]
