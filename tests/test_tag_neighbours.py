"""Read more by shared tags stays exact while editors publish, retag, unpublish and delete.

The carousel reads a kept list per page (``core.tag_neighbours``) instead of counting every
page's tags; these stories check it against a fresh count after every kind of change.
"""

import random

import pytest
from wagtail.models import PageViewRestriction

from core import related, tag_neighbours
from core.demo.pages import publish
from core.models import Tag, TagNeighbour, TagNeighbourhood

pytestmark = pytest.mark.django_db


@pytest.fixture
def topics(db):
    return [Tag.objects.create(name=f"Topic {i}", slug=f"topic-{i}") for i in range(6)]


@pytest.fixture
def few_kept(monkeypatch):
    """Keep three neighbours per page, so lists fill up, drop rows and run short within a small test."""
    monkeypatch.setattr(tag_neighbours, "KEPT", 3)


def counted(page, wanted=2):
    """What a full count of shared tags says (the answer the kept lists must give)."""
    return related._counted_matches(page, wanted, [page.pk])


def kept(page, wanted=2):
    return related.tag_matches(page, wanted)


def assert_every_list_exact(pages, wanted=3):
    for page in pages:
        page.refresh_from_db()
        assert kept(page, wanted) == counted(page, wanted), f"Read more of {page.title}"


def retag(page, tags):
    page.tags.set(tags)
    page.save()
    publish(page)


def test_read_more_stays_exact_through_a_season_of_editing(news_indexes, article_factory, topics, few_kept):
    chance = random.Random(2027)  # the same season every run
    pages = [
        article_factory(news_indexes["en"], f"Article {i}", tags=chance.sample(topics, chance.randint(1, 4))) for i in range(14)
    ]
    assert_every_list_exact(pages)  # every list worked out once, as the first readers would

    for step in range(24):
        page = chance.choice(pages)
        action = step % 4
        if action == 0:
            pages.append(
                article_factory(news_indexes["en"], f"New article {step}", tags=chance.sample(topics, chance.randint(1, 5)))
            )
        elif action == 1:
            retag(page, chance.sample(topics, chance.randint(1, 5)))
        elif action == 2 and page.live:
            page.unpublish()
        elif action == 3:
            publish(page)  # back live, or a plain re-publish
        assert_every_list_exact([p for p in pages if p.live])

    victim = pages.pop(0)
    victim.delete()
    assert_every_list_exact([p for p in pages if p.live])


def test_lists_are_kept_not_counted_once_worked_out(news_indexes, article_factory, topics, django_assert_num_queries):
    first = article_factory(news_indexes["en"], "First", tags=topics[:3])
    for i in range(20):
        article_factory(news_indexes["en"], f"Other {i}", tags=topics[i % 3 : i % 3 + 2])
    kept(first)  # worked out by the first reader
    expected = counted(first)

    # Tags and the kept state together, then the kept rows: no count of anyone's tags.
    with django_assert_num_queries(2) as captured:
        assert kept(first) == expected
    assert "COUNT" not in " ".join(query["sql"].upper() for query in captured.captured_queries)
    assert TagNeighbour.objects.filter(page=first).count() == tag_neighbours.KEPT
    assert TagNeighbourhood.objects.get(page=first).complete is False


def test_a_newly_published_article_joins_the_kept_lists_it_ranks_in(news_indexes, article_factory, topics, few_kept):
    pages = [article_factory(news_indexes["en"], f"Old {i}", tags=topics[:2]) for i in range(5)]
    assert_every_list_exact(pages)

    newest = article_factory(news_indexes["en"], "Newest on both topics", tags=topics[:2])

    assert TagNeighbour.objects.filter(neighbour=newest).count() == 5  # first in every list, no rework needed
    assert all(kept(page)[0][0] == newest.pk for page in pages)


def test_a_private_or_expired_neighbour_is_never_offered(news_indexes, article_factory, topics, few_kept):
    from django.utils import timezone

    page = article_factory(news_indexes["en"], "Reader's article", tags=topics[:1])
    hidden = article_factory(news_indexes["en"], "Members only", tags=topics[:1])
    expired = article_factory(news_indexes["en"], "Expired notice", tags=topics[:1])
    shown = [article_factory(news_indexes["en"], f"Open {i}", tags=topics[:1]) for i in range(3)]
    assert kept(page, 4)[0][0] == shown[-1].pk

    PageViewRestriction.objects.create(page=hidden, restriction_type=PageViewRestriction.LOGIN)
    type(expired).objects.filter(pk=expired.pk).update(expire_at=timezone.now())  # publish_scheduled has not run yet

    offered = [pk for pk, _ in kept(page, 4)]
    assert hidden.pk not in offered and expired.pk not in offered
    assert offered == [pk for pk, _ in counted(page, 4)] == [p.pk for p in reversed(shown)]


def test_a_deleted_tag_is_no_longer_shared(news_indexes, article_factory, topics):
    page = article_factory(news_indexes["en"], "One", tags=topics[:1])
    other = article_factory(news_indexes["en"], "Two", tags=topics[:1])
    assert kept(page) == [(other.pk, other.content_type_id)]

    topics[0].delete()

    assert kept(page) == [] == counted(page)


def test_other_languages_never_enter_the_list(news_indexes, article_factory, topics):
    english = article_factory(news_indexes["en"], "English", tags=topics[:1])
    ukrainian = article_factory(news_indexes["uk"], "Українська", tags=topics[:1])

    assert kept(english) == [] and kept(ukrainian) == []
    assert not TagNeighbour.objects.exists()
