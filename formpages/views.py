"""The admin's list of a form's submissions (Wagtail's, with its CSV/XLSX export), filterable by
status: the waiting list is one click away."""

import django_filters
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.forms.views import SubmissionsListFilterSet, SubmissionsListView

from .models import SubmissionStatus


class FormPageSubmissionsFilterSet(SubmissionsListFilterSet):
    status = django_filters.ChoiceFilter(label=_("Status"), choices=SubmissionStatus.choices)


class FormPageSubmissionsListView(SubmissionsListView):
    """Columns and export come from ``FormPage.get_data_fields`` and ``FormPageSubmission.get_data``."""

    filterset_class = FormPageSubmissionsFilterSet
