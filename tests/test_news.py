"""Reading the news: articles, listings, archive, tags and their budgets."""

import datetime as dt
import json
import re

import pytest
from django.utils import timezone

from core.models import Category, FundingProgramme, RelatedRead
from news.models import NewsPage, NewsPageAuthor, NewsPageGalleryImage

pytestmark = pytest.mark.django_db


@pytest.fixture
def image(db):
    from core.demo.images import ensure_image

    return ensure_image("Test picture", key="test-picture")


def test_reader_sees_a_complete_article(client, news_indexes, article_factory, tags, image, locales):
    category = Category.objects.create(name="Reports", slug="reports", locale=locales["en"])
    programme = FundingProgramme.objects.create(
        name="EEA and Norway Grants", url="https://grants.example", acknowledgement="Supported by the EEA.", locale=locales["en"]
    )
    article = article_factory(
        news_indexes["en"],
        "Heads of service centres met in Kyiv",
        date=timezone.make_aware(dt.datetime(2023, 10, 16, 9, 0)),
        lead="Sixty managers compared notes.",
        hero_image=image,
        hero_caption="The plenary",
        category=category,
        funding_programme=programme,
        source_name="Ministry press office",
        source_url="https://ministry.example/press",
        authors=[NewsPageAuthor(name="Olena Koval", role="Editor")],
        gallery_images=[NewsPageGalleryImage(image=image, caption="Workshop", credit="Taras P.")],
        body=[
            ("paragraph", "<p>The conference opened with a panel.</p>"),
            (
                "quote",
                {
                    "quote": "Services must come to people.",
                    "speaker": "Iryna Shevchuk",
                    "role": "Deputy Minister",
                    "organisation": "Ministry",
                },
            ),
        ],
        tags=[tags["decentralisation"], tags["youth"]],
    )

    html = client.get(article.url).content.decode()

    assert "<h1>Heads of service centres met in Kyiv</h1>" in html
    assert "16 October 2023, 09:00" in html
    assert '<p class="lead">Sixty managers compared notes.</p>' in html
    assert "Olena Koval" in html and "(Editor)" in html
    assert "Services must come to people." in html
    assert '<span class="quote__speaker">Iryna Shevchuk</span>' in html and "Deputy Minister, Ministry" in html
    assert 'href="/en/news/tag/decentralisation/" rel="tag">Decentralisation</a>' in html
    assert 'href="/en/news/?category=reports">Reports</a>' in html
    assert "EEA and Norway Grants" in html and "Supported by the EEA." in html
    assert 'href="https://ministry.example/press" rel="noopener nofollow">Ministry press office</a>' in html
    assert re.search(r'<a class="gallery__link" href="/media/images/[^"]+"', html), "gallery links work without JS"
    assert "<span data-view-count>0</span>" in html
    assert '<nav class="breadcrumbs"' in html and 'href="/en/news/">News</a>' in html
    assert 'class="back-link"><a href="/en/news/" data-back-link>' in html


def test_back_link_is_the_same_for_every_reader_of_the_cached_article(client, news_indexes, article_factory):
    """The article is cached for everyone, so the server never writes one reader's Referer into it;
    ``back-link.js`` takes the reader back to their filtered listing (test_news_browser)."""
    article = article_factory(news_indexes["en"], "Filtered")
    html = client.get(article.url, HTTP_REFERER="http://testserver/en/news/?category=calls&page=2").content.decode()
    assert 'class="back-link"><a href="/en/news/" data-back-link>' in html
    assert "category=calls" not in html


def test_article_json_ld_and_open_graph_are_escaped(client, news_indexes, article_factory, image):
    title = 'Budget </script><script>alert("x")</script> & more'
    article = article_factory(news_indexes["en"], title, slug="hostile", hero_image=image, lead="Lead <b>bold</b>")

    html = client.get(article.url).content.decode()

    assert "<script>alert" not in html
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    data = json.loads(block)
    assert data["@type"] == "NewsArticle" and data["headline"] == title
    assert data["image"][0].startswith("http://testserver/media/images/")
    assert (
        '<meta property="og:title" content="Budget &lt;/script&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more">'
        in html
    )
    assert '<meta name="twitter:card" content="summary_large_image">' in html


def test_index_lists_twelve_per_page_newest_first(client, news_indexes, article_factory):
    now = timezone.now()
    for i in range(14):
        article_factory(news_indexes["en"], f"Story {i:02d}", date=now - dt.timedelta(days=i))

    first = client.get("/en/news/").content.decode()
    second = client.get("/en/news/?page=2").content.decode()

    titles = re.findall(r'<h2 class="card__title"><a href="[^"]+">([^<]+)</a>', first)
    assert titles[:3] == ["Story 00", "Story 01", "Story 02"] and len(titles) == 12
    assert re.findall(r'<h2 class="card__title"><a href="[^"]+">([^<]+)</a>', second) == ["Story 12", "Story 13"]
    assert 'rel="next" href="?page=2"' in first


@pytest.mark.parametrize(
    ("url", "status"),
    [
        ("/en/news/?page=abc", 200),
        ("/en/news/?page=", 200),
        ("/en/news/?page=-1", 404),
        ("/en/news/?page=0", 404),
        ("/en/news/?page=999999999", 404),
        ("/en/news/?page=99999999999999999999999", 404),
        ("/en/news/?tag=no-such-tag", 404),
        ("/en/news/?category=nope", 404),
        ("/en/news/tag/no-such-tag/", 404),
        ("/en/news/2023/13/", 404),
        ("/en/news/2023/00/", 404),
        ("/en/news/0000/01/", 404),
        ("/en/news/2023/02/", 200),
        ("/en/news/tag/%3Cscript%3E/", 404),
        ("/en/news/feed/rss/?page=abc", 200),
        ("/en/news/tag/no-such-tag/feed/rss/", 404),
    ],
)
def test_bad_listing_parameters_never_give_500(client, news_indexes, article_factory, url, status):
    article_factory(news_indexes["en"], "Only one")
    assert client.get(url).status_code == status


def test_monthly_archive_lists_months_with_counts(client, news_indexes, article_factory):
    article_factory(news_indexes["en"], "October one", date=timezone.make_aware(dt.datetime(2023, 10, 3, 12)))
    article_factory(news_indexes["en"], "October two", date=timezone.make_aware(dt.datetime(2023, 10, 20, 12)))
    article_factory(news_indexes["en"], "November", date=timezone.make_aware(dt.datetime(2023, 11, 2, 12)))

    index_html = client.get("/en/news/").content.decode()
    month_html = client.get("/en/news/2023/10/").content.decode()

    assert re.search(r'href="/en/news/2023/10/">October 2023</a> <span class="count">2</span>', index_html)
    assert "News of October 2023" in month_html
    assert "October one" in month_html and "October two" in month_html and ">November<" not in month_html


def test_archive_months_follow_the_portal_time_zone_and_date_edits(client, news_indexes, article_factory):
    from core.demo.pages import publish

    # 00:30 on 1 July in Kyiv is still 30 June in UTC: the reader's calendar decides.
    first_of_july = article_factory(
        news_indexes["en"], "Just after midnight", date=timezone.make_aware(dt.datetime(2026, 7, 1, 0, 30))
    )
    assert first_of_july.archive_month == dt.date(2026, 7, 1)

    html = client.get("/en/news/").content.decode()
    assert re.search(r'href="/en/news/2026/07/">July 2026</a> <span class="count">1</span>', html)
    assert "Just after midnight" in client.get("/en/news/2026/07/").content.decode()

    first_of_july.date = timezone.make_aware(dt.datetime(2026, 6, 30, 23, 30))
    publish(first_of_july)

    html = client.get("/en/news/").content.decode()
    assert "July 2026" not in html
    assert re.search(r'href="/en/news/2026/06/">June 2026</a> <span class="count">1</span>', html)


def test_tag_page_lists_the_same_topic_in_every_language(client, news_indexes, article_factory, tags):
    from core.demo.pages import translation

    english = article_factory(news_indexes["en"], "Youth councils grow", tags=[tags["youth"]])
    ukrainian = translation(english, news_indexes["uk"].locale, title="Молодіжні ради зростають")
    article_factory(news_indexes["en"], "Unrelated")

    en_html = client.get("/en/news/tag/youth/").content.decode()
    uk_html = client.get("/uk/news/tag/youth/").content.decode()

    assert list(ukrainian.tags.all()) == [tags["youth"]], "tags are shared with the translation"
    assert "News tagged “Youth”" in en_html and "Youth councils grow" in en_html and "Unrelated" not in en_html
    assert "Молодь" in uk_html and "Молодіжні ради зростають" in uk_html
    assert client.get("/en/news/?tag=youth").content.decode().count('class="card"') == 1


def test_category_filter_works_across_languages(client, news_indexes, article_factory, locales):
    calls = Category.objects.create(name="Calls", slug="calls", locale=locales["en"])
    calls_uk = calls.copy_for_translation(locales["uk"])
    calls_uk.name = "Конкурси"
    calls_uk.save()
    article_factory(news_indexes["uk"], "Оголошено конкурс", category=calls_uk)
    article_factory(news_indexes["uk"], "Інша новина")

    html = client.get("/uk/news/?category=calls").content.decode()

    assert "Оголошено конкурс" in html and "Інша новина" not in html
    assert "Конкурси" in html


def test_index_offers_a_plain_filter_form_of_what_its_articles_have(client, news_indexes, article_factory, tags, locales):
    """Category, topic and month as a GET form (no JavaScript); each choice narrows the same listing."""
    calls = Category.objects.create(name="Calls", slug="calls", locale=locales["en"])
    Category.objects.create(name="Empty section", slug="empty", locale=locales["en"])
    october = timezone.make_aware(dt.datetime(2025, 10, 3, 12))
    article_factory(news_indexes["en"], "Youth call", category=calls, tags=[tags["youth"]], date=october)
    article_factory(news_indexes["en"], "Youth report", tags=[tags["youth"]], date=october + dt.timedelta(days=40))
    article_factory(news_indexes["en"], "Open call", category=calls, tags=[tags["open-data"]], date=october)
    article_factory(news_indexes["uk"], "Децентралізація поруч", tags=[tags["decentralisation"]])

    html = client.get("/en/news/").content.decode()
    form = re.search(r'<form class="filters" method="get" action="/en/news/".*?</form>', html, re.S).group(0)
    assert re.findall(r'<option value="([^"]*)"', form) == ["", "calls", "", "open-data", "youth", "", "2025-11", "2025-10"]
    assert "Empty section" not in form and "Decentralisation" not in form  # only what this index's articles have
    assert "October 2025 (2)" in form

    def titles(url):
        return re.findall(r'<h2 class="card__title"><a href="[^"]+">([^<]+)</a>', client.get(url).content.decode())

    assert titles("/en/news/?category=calls&tag=&month=") == ["Open call", "Youth call"]
    assert titles("/en/news/?category=calls&tag=youth&month=2025-10") == ["Youth call"]
    assert titles("/en/news/?category=&tag=youth&month=2025-11") == ["Youth report"]
    chosen = client.get("/en/news/?category=calls&month=2025-10").content.decode()
    assert '<option value="calls" selected>Calls</option>' in chosen
    assert re.search(r'<option value="2025-10" selected>\s*October 2025 \(2\)</option>', chosen)
    assert "News of October 2025" in chosen


@pytest.mark.parametrize("month", ["2025-13", "2025-1", "25-10", "0000-01", "2025-10x", "<b>"])
def test_a_month_the_form_cannot_send_is_a_404(client, news_indexes, article_factory, month):
    article_factory(news_indexes["en"], "Only one")
    assert client.get("/en/news/", {"month": month}).status_code == 404


def test_related_reads_put_editor_picks_first_then_shared_tags(client, news_indexes, article_factory, tags):
    now = timezone.now()
    picked = article_factory(news_indexes["en"], "Picked by the editor", date=now - dt.timedelta(days=30))
    two_tags = article_factory(news_indexes["en"], "Shares two tags", tags=[tags["youth"], tags["open-data"]])
    one_tag = article_factory(news_indexes["en"], "Shares one tag", tags=[tags["youth"]])
    article_factory(news_indexes["en"], "Shares nothing")
    article_factory(news_indexes["uk"], "Інша мова", tags=[tags["youth"]])
    article = article_factory(
        news_indexes["en"],
        "The article",
        tags=[tags["youth"], tags["open-data"]],
        related_reads=[RelatedRead(page=picked)],
    )

    html = client.get(article.url).content.decode()

    carousel = re.search(r'<section class="carousel".*?</section>', html, re.S).group(0)
    titles = re.findall(r'<h3 class="card__title"><a href="[^"]+">([^<]+)</a>', carousel)
    assert titles == ["Picked by the editor", "Shares two tags", "Shares one tag"]
    assert 'aria-roledescription="carousel"' in carousel
    assert two_tags.title in carousel and one_tag.title in carousel


def test_article_render_costs_a_constant_number_of_queries(
    client, news_indexes, article_factory, tags, image, django_assert_max_num_queries
):
    def build(n, slug):
        others = [
            article_factory(news_indexes["en"], f"{slug} other {i}", hero_image=image, tags=list(tags.values())) for i in range(n)
        ]
        return article_factory(
            news_indexes["en"],
            slug,
            slug=slug,
            hero_image=image,
            tags=list(tags.values())[: max(1, n)],
            gallery_images=[NewsPageGalleryImage(image=image, caption=f"Pic {i}") for i in range(n)],
            body=[("quote", {"quote": f"Q{i}", "speaker": "S", "role": "", "organisation": ""}) for i in range(n)]
            + [
                (
                    "image",
                    {
                        "image": {"image": image, "alt_text": "Alt", "decorative": False},
                        "caption": "c",
                        "credit": "",
                        "wide": False,
                    },
                )
            ]
            * n,
            related_reads=[RelatedRead(page=p) for p in others[:2]],
        )

    small, big = build(1, "small"), build(6, "big")
    for article in (small, big):
        client.get(article.url)  # warm the caches every visitor after the first one finds warm

    # Serving starts from the page as Wagtail's router hands it over: fresh, nothing prefetched.
    small, big = NewsPage.objects.get(pk=small.pk), NewsPage.objects.get(pk=big.pk)
    small_request, big_request = _request(small), _request(big)
    with django_assert_max_num_queries(15) as small_queries:
        small.serve(small_request).render()
    with django_assert_max_num_queries(15) as big_queries:
        big.serve(big_request).render()
    assert len(big_queries) == len(small_queries)
    with django_assert_max_num_queries(26):
        assert client.get(big.url).status_code == 200


def _request(page):
    from django.contrib.auth.models import AnonymousUser
    from django.test import RequestFactory
    from django.utils import translation
    from wagtail.models import Site

    request = RequestFactory().get(page.url)
    request.user = AnonymousUser()
    translation.activate(page.locale.language_code)
    Site.find_for_request(request)  # Wagtail's serve view resolves the site before the page
    return request


def test_index_page_500_of_10000_costs_the_same_queries_as_page_1(client, news_indexes, django_assert_max_num_queries):
    from tests.bulk import bulk_child_pages

    start = timezone.now()
    bulk_child_pages(
        news_indexes["en"],
        NewsPage,
        10_000,
        lambda i: {"date": start - dt.timedelta(minutes=i), "lead": f"Lead {i}", "body": "[]"},
    )
    for url in ("/en/news/", "/en/news/?page=500"):
        client.get(url)  # warm the caches every visitor after the first one finds warm

    with django_assert_max_num_queries(30) as first:
        response = client.get("/en/news/")
    with django_assert_max_num_queries(30) as last:
        late = client.get("/en/news/?page=500")

    assert response.status_code == 200 and late.status_code == 200
    assert "Bulk article 1<" in response.content.decode()
    assert "Bulk article 5989<" in late.content.decode()
    assert len(first) == len(last)
    # Rows skipped by OFFSET are bare ids: no view count or image is worked out for them.
    skipping = [query["sql"] for query in last.captured_queries if "OFFSET" in query["sql"].upper()]
    assert skipping and not any("pageviewcount" in sql.lower() or "wagtailimages" in sql.lower() for sql in skipping)


def test_tag_page_also_lists_other_content_types_with_the_tag(client, news_indexes, article_factory, tags):
    from wagtail.models import Page

    from core.demo.pages import publish

    article_factory(news_indexes["en"], "Article on youth", tags=[tags["youth"]])
    other = Page(title="Youth forum (another page type)", slug="youth-forum", locale=news_indexes["en"].locale)
    news_indexes["en"].get_parent().add_child(instance=other)
    other.tagged_items.create(tag=tags["youth"])
    publish(other)

    html = client.get("/en/news/tag/youth/").content.decode()

    assert "Article on youth" in html
    assert "Also on “Youth”" in html and "Youth forum (another page type)" in html
