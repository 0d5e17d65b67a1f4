"""Tags: one topic shared by every translation of a page, with a name in each language.

A tag is a taggit tag (so editors get the familiar free-text field with autocomplete that
creates tags as they type) whose slug is the same in every language; ``TagLabel`` rows give it
a name per locale. Pages point at tags through ``TaggedPage``, whose ParentalKey targets
``wagtailcore.Page`` so news, events and projects share one table — the tag page and related
reads then find every content type in a single query. wagtail-localize copies the tags of a
page to its translations unchanged (a tag is a topic, not a word), so ``/uk/news/tag/x/`` and
``/en/news/tag/x/`` list the same topic.
"""

from django.db import models
from django.db.models import OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from taggit.models import TagBase, TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.search import index

from ..languages import current_language


class TagQuerySet(models.QuerySet):
    def with_labels(self, language=None):
        """Annotate ``label``: the tag's name in ``language`` (active one by default), else its name."""
        language = language or current_language()
        label = TagLabel.objects.filter(tag=OuterRef("pk"), locale__language_code=language).values("name")[:1]
        return self.annotate(label=Coalesce(Subquery(label), "name"))


class Tag(index.Indexed, ClusterableModel, TagBase):
    """A topic. ``name`` is the name in the default language; ``labels`` translate it."""

    objects = TagQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        InlinePanel("labels", heading=_("Name in other languages"), label=_("translation")),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        verbose_name = _("tag")
        verbose_name_plural = _("tags")
        ordering = ["name"]

    def label_for(self, language=None):
        """The name in ``language``; uses a ``label`` annotation or prefetched labels when present."""
        if hasattr(self, "label"):
            return self.label
        language = language or current_language()
        for label in self.labels.all():
            if label.locale.language_code == language:
                return label.name
        return self.name


class TagLabel(models.Model):
    """The name of a tag in one language."""

    tag = ParentalKey(Tag, on_delete=models.CASCADE, related_name="labels")
    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE, related_name="+", verbose_name=_("locale"))
    name = models.CharField(_("name"), max_length=100)

    panels = [FieldPanel("locale"), FieldPanel("name")]

    class Meta:
        verbose_name = _("tag name")
        constraints = [models.UniqueConstraint(fields=["tag", "locale"], name="core_taglabel_one_per_locale")]

    def __str__(self):
        return self.name


class TaggedPage(TaggedItemBase):
    """Links any page to a tag; shared by all page families."""

    tag = models.ForeignKey(Tag, on_delete=models.CASCADE, related_name="tagged_pages")
    content_object = ParentalKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="tagged_items")

    class Meta:
        verbose_name = _("tagged page")
        constraints = [models.UniqueConstraint(fields=["tag", "content_object"], name="core_taggedpage_unique")]


def localized_tags(page):
    """The tags of ``page`` with their names in the active language (one query).

    In previews the tags come from the unsaved revision, not the database; each then looks up
    its own label, which is fine for one editor's preview.
    """
    tags = page.tags.all()
    if isinstance(tags, models.QuerySet):
        return list(tags.with_labels().order_by("label"))
    return list(tags)
