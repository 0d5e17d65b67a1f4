"""Models shared by every plugin; each submodule holds one idea."""

from .alerts import AlertSeverity, SiteAlert
from .funding import FundingProgramme
from .organisations import Organisation
from .pages import BasePage, GalleryImageBase, SectionIndexPage
from .related import RelatedRead, TagNeighbour, TagNeighbourhood
from .settings import PortalSettings
from .tags import Tag, TaggedPage, TagLabel
from .taxonomy import Category

__all__ = [
    "AlertSeverity",
    "BasePage",
    "SectionIndexPage",
    "Category",
    "FundingProgramme",
    "GalleryImageBase",
    "Organisation",
    "PortalSettings",
    "RelatedRead",
    "SiteAlert",
    "Tag",
    "TagLabel",
    "TagNeighbour",
    "TagNeighbourhood",
    "TaggedPage",
]
