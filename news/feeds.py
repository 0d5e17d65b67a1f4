"""RSS 2.0 and Atom feeds of one news index, optionally of one tag."""

from django.http import Http404
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from core.feeds import PageFeed, xml_safe
from core.json_feed import JsonFeed
from core.models import Tag

FEED_LENGTH = 30


class NewsRssFeed(PageFeed):
    def get_object(self, request, index, tag_slug=None):
        self.index = index
        self.language = index.locale.language_code  # Django reads this attribute, not a method
        self.tag = None
        if tag_slug is not None:
            self.tag = Tag.objects.with_labels(index.locale.language_code).filter(slug=tag_slug).first()
            if self.tag is None:
                raise Http404
        return index

    def title(self, index):
        if self.tag is not None:
            return xml_safe(f"{index.title}: {self.tag.label}")
        return xml_safe(index.title)

    def link(self, index):
        tag_page = index.reverse_subpage("tag_route", args=[self.tag.slug]) if self.tag else ""
        return index.get_full_url(self.request) + tag_page

    def description(self, index):
        return xml_safe(index.search_description or _("Latest news"))

    def feed_url(self, index):
        return self.request.build_absolute_uri()

    def items(self, index):
        articles = index.news().select_related("locale").prefetch_related("authors")
        if self.tag is not None:
            articles = articles.filter(tagged_items__tag=self.tag)
        return articles[:FEED_LENGTH]


class NewsAtomFeed(NewsRssFeed):
    feed_type = Atom1Feed

    def subtitle(self, index):
        return self.description(index)


class NewsJsonFeed(NewsRssFeed):
    feed_type = JsonFeed
