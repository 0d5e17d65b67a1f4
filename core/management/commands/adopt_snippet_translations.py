from django.apps import apps
from django.core.management.base import BaseCommand

from core.translation.snippets import adopt_all, is_translatable_snippet


class Command(BaseCommand):
    help = (
        "Record the existing translations of every translatable snippet (categories, organisations, "
        "funding programmes, regions…) as wagtail-localize's own, so translating a page that uses them "
        "never overwrites them. Safe to run again."
    )

    def handle(self, *args, **options):
        for model in apps.get_models():
            if is_translatable_snippet(model) and model._meta.app_label != "wagtail_localize":
                adopted = adopt_all(model)
                self.stdout.write(f"{model._meta.label}: {adopted} strings recorded")
