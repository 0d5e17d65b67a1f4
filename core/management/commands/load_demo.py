import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from core.demo import loader
from core.demo.context import DemoContext
from core.demo.records import DemoDataError

DEMO_USERNAME = "admin"
DEMO_PASSWORD = "admin"  # noqa: S105 - the local demo login, only with DEBUG on


class Command(BaseCommand):
    help = "Load the four-language demo portal (idempotent: safe to run again)."

    def add_arguments(self, parser):
        parser.add_argument("--no-admin", action="store_true", help="Do not create the demo admin user.")

    def handle(self, *args, **options):
        try:
            with transaction.atomic():
                loader.load(DemoContext(stdout=self.stdout))
        except DemoDataError as exc:
            raise CommandError(f"Demo data: {exc}") from exc
        if not options["no_admin"]:
            self._ensure_admin()
            if settings.DEBUG:
                self._ensure_translators()
        self.stdout.write(self.style.SUCCESS("Demo loaded."))

    def _ensure_admin(self):
        """The demo's admin. ``admin``/``admin`` only while developing (``DEBUG``): anywhere else a
        password everybody knows is an open door, so a generated one is set and printed once."""
        User = get_user_model()
        user, created = User.objects.get_or_create(
            username=DEMO_USERNAME,
            defaults={"is_superuser": True, "is_staff": True, "email": "admin@example.com"},
        )
        if settings.DEBUG:
            if created:
                user.set_password(DEMO_PASSWORD)
                user.save()
            known = user.check_password(DEMO_PASSWORD)
            login = f"user {DEMO_USERNAME!r}, password {DEMO_PASSWORD!r}" if known else None
        elif created or user.check_password(DEMO_PASSWORD):
            password = secrets.token_urlsafe(12)
            user.set_password(password)
            user.save()
            login = f"user {DEMO_USERNAME!r}, password {password!r} (generated because DEBUG is off; shown only now)"
        else:
            login = None
        login = login or f"user {DEMO_USERNAME!r} (password changed since the first run)"
        self.stdout.write(self.style.SUCCESS(f"Admin: {settings.WAGTAILADMIN_BASE_URL}/admin/ — {login}"))

    def _ensure_translators(self):
        """One translator per language (``translator-uk`` / ``translator-uk``…), for trying the
        translators' workflow: only while developing, like the known admin password."""
        from django.contrib.auth.models import Group

        from core.roles import target_languages, translator_group_name

        User = get_user_model()
        names = []
        for code in target_languages():
            group = Group.objects.filter(name=translator_group_name(code)).first()
            if group is None:
                continue
            username = f"translator-{code}"
            user, created = User.objects.get_or_create(username=username, defaults={"email": f"{username}@example.com"})
            if created:
                user.set_password(username)
                user.save()
            user.groups.add(group)
            names.append(username)
        if names:
            self.stdout.write(self.style.SUCCESS(f"Translators (password = user name): {', '.join(names)}"))
