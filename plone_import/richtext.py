"""Plone's rich text → the blocks of our article body.

Plone stores TinyMCE HTML with internal references as ``resolveuid/<uid>`` (links) and
``resolveuid/<uid>/@@images/image/<scale>`` or ``…/image_<scale>`` (pictures); older content
links by path. The body becomes StreamField blocks: headings → heading blocks, tables → table
blocks, pictures → image blocks, and everything between → paragraph blocks whose HTML Wagtail's
own converter cleans down to the features our editors have (bold, italic, lists, links…).
Internal links become Wagtail page/document links, so they survive later moves and renames.
"""

import re
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from bs4 import BeautifulSoup, Comment, NavigableString, Tag
from django.utils.html import escape
from wagtail.admin.rich_text.converters.editor_html import EditorHTMLConverter

from core.blocks import RICH_TEXT_FEATURES

from .values import url_path

RESOLVEUID = re.compile(r"resolve[uU]id/([0-9A-Za-z-]{8,64})")
# Suffixes that address a view, a download or an image scale of an object, not a different object.
VIEW_SUFFIX = re.compile(r"(/@@[^/]+.*|/(view|image_view_fullscreen|image_[a-z]+|download|at_download/.*))$")
HEADINGS = {"h1": "h2", "h2": "h2", "h3": "h3", "h4": "h3", "h5": "h3", "h6": "h3"}
CONTAINERS = {"div", "section", "article", "main", "header", "footer", "aside", "center", "body", "html", "nav"}
PARAGRAPH_LEVEL = {"p", "ul", "ol", "blockquote", "pre", "address", "dl", "hr"}
DROPPED = {"script", "style", "noscript", "template", "object", "embed", "form", "input", "button", "select", "textarea"}
PENDING = object()


@dataclass(frozen=True)
class Ref:
    """What a Plone reference became: a Wagtail page, document or image."""

    kind: str  # "page" | "document" | "image"
    id: int
    url: str = ""


@dataclass
class Conversion:
    blocks: list = field(default_factory=list)
    problems: list = field(default_factory=list)
    #: some references point at items this run has not imported yet; convert again later
    pending: bool = False


def reference_uid(url):
    match = RESOLVEUID.search(url or "")
    return match.group(1) if match else ""


class HTMLConverter:
    """Converts one item's HTML; ``resolver`` answers ``uid(uid)`` and ``path(path)`` with a
    ``Ref``, ``PENDING`` (in the export, not imported yet) or ``None`` (not in the export)."""

    def __init__(self, resolver, base_url, site_hosts=()):
        self.resolver = resolver
        self.base_url = base_url
        # The export's own host, and the public addresses the old site had (--old-host).
        self.site_hosts = {urlsplit(base_url).netloc.lower(), *(host.lower() for host in site_hosts)}
        self.cleaner = EditorHTMLConverter(features=RICH_TEXT_FEATURES)
        self.result = Conversion()
        self.rich = []  # block-level HTML waiting to become one paragraph block
        self.inline = []  # loose inline HTML waiting to be wrapped in a <p>

    # --- entry point ---
    def convert(self, html):
        soup = BeautifulSoup(html or "", "html.parser")
        for child in list(soup.children):
            self.visit(child)
        self.flush()
        return self.result

    # --- tree walk ---
    def visit(self, node):
        if isinstance(node, Comment):
            return
        if isinstance(node, NavigableString):
            self.inline.append(escape(str(node)))
            return
        if not isinstance(node, Tag):
            return
        name = node.name.lower()
        if name in DROPPED:
            return
        if name == "iframe":
            self.frame(node)
        elif name in HEADINGS:
            self.flush()
            text = node.get_text(" ", strip=True)
            if text:
                self.result.blocks.append({"type": "heading", "value": {"text": text[:200], "level": HEADINGS[name]}})
        elif name == "table":
            self.flush()
            self.table(node)
        elif name == "img":
            self.flush()
            self.picture(node)
        elif name == "figure":
            self.flush()
            image = node.find("img")
            caption = node.find("figcaption")
            if image is not None:
                self.picture(image, caption.get_text(" ", strip=True) if caption else "")
            else:
                for child in list(node.children):
                    self.visit(child)
                self.end_inline()
        elif name in CONTAINERS:
            self.end_inline()
            for child in list(node.children):
                self.visit(child)
            self.end_inline()
        elif name in PARAGRAPH_LEVEL:
            self.end_inline()
            if name == "pre":
                node.name = "p"
            self.text_with_pictures(node, self.rich)
        else:  # inline: a, strong, em, span, br, sup…
            self.text_with_pictures(node, self.inline)

    def text_with_pictures(self, node, buffer):
        """Text goes to ``buffer`` with its links rewritten; pictures inside it follow as blocks."""
        pictures = [image.extract() for image in node.find_all("img")]
        self.rewrite_links(node)
        buffer.append(str(node))
        if pictures:
            self.flush()
            for image in pictures:
                self.picture(image)

    def end_inline(self):
        content = "".join(self.inline)
        self.inline = []
        if content.strip():
            self.rich.append(f"<p>{content.strip()}</p>")

    def flush(self):
        self.end_inline()
        if not self.rich:
            return
        html = self.cleaner.to_database_format("".join(self.rich))
        self.rich = []
        if BeautifulSoup(html, "html.parser").get_text(strip=True):
            self.result.blocks.append({"type": "paragraph", "value": html})

    # --- references ---
    def resolve(self, url, want_image=False):
        """``Ref`` | ``PENDING`` | ``None`` for a URL in the item's HTML; external URLs are ``None``."""
        uid = reference_uid(url)
        if uid:
            return self.resolver.uid(uid)
        absolute = urljoin(self.base_url, url)
        parts = urlsplit(absolute)
        if parts.scheme not in ("http", "https") or (parts.netloc and parts.netloc.lower() not in self.site_hosts):
            return None
        path = VIEW_SUFFIX.sub("", url_path(parts.path))
        return self.resolver.path(path)

    def is_internal(self, url):
        if reference_uid(url):
            return True
        parts = urlsplit(urljoin(self.base_url, url))
        return parts.scheme in ("http", "https") and parts.netloc.lower() in self.site_hosts

    def rewrite_links(self, node):
        anchors = [node] if node.name == "a" else []
        for anchor in anchors + node.find_all("a"):
            href = (anchor.get("href") or "").strip()
            for attribute in list(anchor.attrs):
                if attribute != "href":
                    del anchor[attribute]
            if not href or href.startswith("#"):
                anchor.attrs.pop("href", None)
                continue
            if not self.is_internal(href):
                continue  # external: Wagtail's cleaner keeps http(s), mailto and tel, drops the rest
            ref = self.resolve(href)
            del anchor["href"]
            if ref is PENDING:
                self.result.pending = True
            elif ref is None and reference_uid(href):
                self.result.problems.append(f"link to {href} left as text: the target is not in the export")
            elif ref is None:
                # Not exported, but maybe still served by the old site: keep the address it had.
                anchor["href"] = urljoin(self.base_url, href)
                self.result.problems.append(f"link to {anchor['href']} kept as it was: the target is not in the export")
            elif ref.kind in ("page", "document"):
                anchor["data-linktype"] = ref.kind
                anchor["data-id"] = str(ref.id)
            else:
                anchor["href"] = ref.url

    # --- blocks ---
    def picture(self, image, caption=""):
        source = (image.get("src") or "").strip()
        alt = (image.get("alt") or image.get("title") or "").strip()[:255]
        if not source:
            return
        ref = self.resolve(source) if self.is_internal(source) else None
        if ref is PENDING:
            self.result.pending = True
            return
        if ref is None or ref.kind != "image":
            if source.startswith(("http://", "https://")) and not self.is_internal(source):
                self.result.problems.append(f"external image {source[:200]} kept as a link, not copied")
                self.rich.append(f'<p><a href="{escape(source)}">{escape(alt or source)}</a></p>')
                self.flush()
            else:
                self.result.problems.append(f"image {source[:200]} dropped: it is not in the export")
            return
        self.result.blocks.append(
            {
                "type": "image",
                "value": {
                    "image": {"image": ref.id, "alt_text": alt, "decorative": not alt},
                    "caption": caption[:300],
                    "credit": "",
                    "wide": False,
                },
            }
        )

    def table(self, node):
        rows = []
        for row in node.find_all("tr"):
            rows.append([cell.get_text(" ", strip=True) for cell in row.find_all(["td", "th"])])
        rows = [row for row in rows if any(row)]
        if not rows:
            return
        width = max(len(row) for row in rows)
        data = [row + [""] * (width - len(row)) for row in rows]
        first_row = node.find("tr")
        header = bool(node.find("thead")) or bool(first_row and first_row.find("th") and not first_row.find("td"))
        caption = node.find("caption")
        self.result.blocks.append(
            {
                "type": "table",
                "value": {
                    "data": data,
                    "first_row_is_table_header": header,
                    "first_col_is_header": False,
                    "table_caption": caption.get_text(" ", strip=True)[:255] if caption else "",
                },
            }
        )

    def frame(self, node):
        source = (node.get("src") or "").strip()
        if source.startswith(("http://", "https://", "//")):
            url = "https:" + source if source.startswith("//") else source
            self.result.problems.append(f"embedded frame {url[:200]} kept as a link")
            self.inline.append(f'<a href="{escape(url)}">{escape(node.get("title") or url)}</a>')


def html_to_blocks(html, resolver, base_url):
    return HTMLConverter(resolver, base_url).convert(html)
