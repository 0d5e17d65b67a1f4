"""The portal is built and every address of the table fetched once per test session (per xdist
worker), inside a transaction rolled back straight after: the tests then read the answers kept
in memory and never touch the database, and other test files find it as empty as ever."""

import pytest

from .documents import fetch_all


@pytest.fixture(scope="package")
def documents(django_db_setup, django_db_blocker):
    """``{(row name, language code): Document}`` for every row of ``table.TABLE``."""
    from django.core.cache import cache
    from django.db import transaction

    with django_db_blocker.unblock():
        try:
            with transaction.atomic():
                fetched = fetch_all()
                transaction.set_rollback(True)
        finally:
            cache.clear()  # nothing rendered from the rolled-back pages may be read later
    return fetched
