"""StreamField blocks shared by news, events and projects: one StructBlock per editorial idea."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "superscript", "subscript"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("text"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("level"),
        choices=[("h2", _("Section heading")), ("h3", _("Subheading"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "core/blocks/heading.html"


class CaptionedImageBlock(blocks.StructBlock):
    """An image in the flow of the text, with what it shows and who took it."""

    image = ImageBlock(label=_("image"))
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=300)
    credit = blocks.CharBlock(label=_("credit"), required=False, max_length=200, help_text=_("Photographer or source."))
    wide = blocks.BooleanBlock(label=_("full width"), required=False)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "core/blocks/captioned_image.html"


class QuoteBlock(blocks.StructBlock):
    """What somebody said, with who they are — reports of conferences are built on these."""

    quote = blocks.TextBlock(label=_("quote"))
    speaker = blocks.CharBlock(label=_("speaker"), max_length=120)
    role = blocks.CharBlock(label=_("role"), required=False, max_length=200, help_text=_("E.g. “Deputy Minister”."))
    organisation = blocks.CharBlock(label=_("organisation"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "core/blocks/quote.html"


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("document"))
    title = blocks.CharBlock(label=_("link text"), required=False, help_text=_("The document's title is used if empty."))

    class Meta:
        icon = "doc-full"
        label = _("Document")
        template = "core/blocks/document.html"


class ArticleStreamBlock(blocks.StreamBlock):
    """The body of every article-like page."""

    paragraph = blocks.RichTextBlock(label=_("Paragraph"), features=RICH_TEXT_FEATURES, template="core/blocks/paragraph.html")
    heading = HeadingBlock()
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    embed = EmbedBlock(
        label=_("Embedded media"),
        help_text=_("A YouTube, Vimeo or similar link."),
        icon="media",
        template="core/blocks/embed.html",
    )
    table = TableBlock(label=_("Table"), template="core/blocks/table.html")
    document = DocumentBlock()
