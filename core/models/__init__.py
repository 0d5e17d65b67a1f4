"""Models shared by every plugin; each submodule holds one idea."""

from .funding import FundingProgramme
from .organisations import Organisation
from .pages import BasePage, GalleryImageBase
from .related import RelatedRead, TagNeighbour, TagNeighbourhood
from .settings import PortalSettings
from .tags import Tag, TaggedPage, TagLabel
from .taxonomy import Category

__all__ = [
    "BasePage",
    "Category",
    "FundingProgramme",
    "GalleryImageBase",
    "Organisation",
    "PortalSettings",
    "RelatedRead",
    "Tag",
    "TagLabel",
    "TagNeighbour",
    "TagNeighbourhood",
    "TaggedPage",
]
