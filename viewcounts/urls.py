from django.urls import path

from . import views

app_name = "viewcounts"

urlpatterns = [
    path("views/<int:page_id>/", views.view_beacon, name="view_beacon"),
]
