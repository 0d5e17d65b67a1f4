"""Models shared by every plugin; each submodule holds one idea."""
from .content import ContentPage
from .funding import FundingProgramme
from .organisations import Organisation
from .pages import BasePage, GalleryImageBase, ViewCountMixin
from .related import RelatedRead
from .settings import PortalSettings
from .tags import Tag, TaggedPage, TagLabel
from .taxonomy import Category
from .views import PageViewCount, PageViewDay

__all__ = [
    "BasePage",
    "Category",
    "ContentPage",
    "FundingProgramme",
    "GalleryImageBase",
    "Organisation",
    "PageViewCount",
    "PageViewDay",
    "PortalSettings",
    "RelatedRead",
    "Tag",
    "TagLabel",
    "TaggedPage",
    "ViewCountMixin",
]
