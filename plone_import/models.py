"""What the importer remembers of each Plone item: the key to re-runs and to legacy links."""

from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class ImportedItem(models.Model):
    """One Plone object (by its UID) and the Wagtail object it became.

    A second run finds items here and updates them instead of creating duplicates; rich-text
    links (``resolveuid/<uid>``) and redirects resolve through it.
    """

    class Kind(models.TextChoices):
        PAGE = "page", _("page")
        IMAGE = "image", _("image")
        DOCUMENT = "document", _("document")
        #: a folder that could not be a page where it stood; its items went to the page above
        FLATTENED = "flattened", _("folder merged into its parent")
        #: a folder's default page, whose text became the folder's page
        DEFAULT_PAGE = "default_page", _("default page merged into its folder")
        LINK = "link", _("link turned into a redirect")

    uid = models.CharField(_("Plone UID"), max_length=64, unique=True)
    portal_type = models.CharField(_("Plone type"), max_length=100)
    plone_path = models.CharField(_("Plone path"), max_length=500, db_index=True)
    language = models.CharField(_("language"), max_length=20, blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    content_type = models.ForeignKey(ContentType, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    object_id = models.PositiveBigIntegerField(null=True, blank=True)
    target = GenericForeignKey("content_type", "object_id")
    creators = models.JSONField(_("creators"), default=list, blank=True)
    #: the Plone HTML of a page whose links point at items not imported yet; emptied once linked
    pending_html = models.TextField(blank=True)
    #: in the search and reference indexes yet? Both are filled in bulk at the end of a run; a run
    #: stopped before that leaves ``False`` here, and the next run indexes these first.
    indexed = models.BooleanField(default=True)
    imported_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("imported Plone item")
        verbose_name_plural = _("imported Plone items")

    def __str__(self):
        return f"{self.portal_type} {self.plone_path}"
