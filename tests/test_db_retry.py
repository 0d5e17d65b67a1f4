"""A reader's page survives the database dropping the connection under it (PostgreSQL restarts,
failovers and connection reapers do): the read is answered again on a fresh connection."""

import logging

import pytest
from django.db import connection

pytestmark = pytest.mark.django_db(transaction=True)
postgresql_only = pytest.mark.skipif(connection.vendor != "postgresql", reason="pg_terminate_backend is PostgreSQL's")


def terminate_this_connection():
    """Kill the test's database session from another one, as an administrator or a reaper would."""
    import psycopg

    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        pid = cursor.fetchone()[0]
    db = connection.settings_dict
    with psycopg.connect(
        dbname=db["NAME"], user=db["USER"], password=db["PASSWORD"] or None, host=db["HOST"] or None, port=db["PORT"] or None
    ) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", [pid])


@postgresql_only
def test_a_page_read_is_answered_again_after_the_connection_was_killed(client, news_indexes, article_factory, caplog):
    article = article_factory(news_indexes["en"], "Still here")
    assert client.get(article.url).status_code == 200

    terminate_this_connection()
    with caplog.at_level(logging.WARNING, logger="portal.database"):
        response = client.get(article.url)

    assert response.status_code == 200
    assert b"Still here" in response.content
    assert "Database connection lost" in caplog.text


@postgresql_only
def test_an_api_read_is_answered_again_too(client, news_indexes, article_factory):
    article = article_factory(news_indexes["en"], "API survives")

    terminate_this_connection()
    response = client.get(f"/api/v2/pages/{article.pk}/")

    assert response.status_code == 200 and response.json()["title"] == "API survives"


@pytest.mark.django_db(transaction=False)
def test_health_checks_are_on_so_idle_dead_connections_are_replaced():
    from django.conf import settings

    assert settings.DATABASES["default"]["CONN_HEALTH_CHECKS"] is True
