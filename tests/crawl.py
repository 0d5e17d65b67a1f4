"""Reading the sitemap as a search engine does: the index at /sitemap.xml, then every sitemap it names."""

import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


def sitemap_documents(client, **headers):
    """``[(address, XML text)]``: the index first, then each sitemap it lists, in its order."""
    index = client.get("/sitemap.xml", **headers)
    assert index.status_code == 200, index.status_code
    documents = [("/sitemap.xml", index.content.decode())]
    for location in ET.fromstring(index.content).findall("sm:sitemap/sm:loc", NS):
        parts = urlsplit(location.text)
        address = parts.path + (f"?{parts.query}" if parts.query else "")
        response = client.get(address, **headers)
        assert response.status_code == 200, address
        assert response["Content-Type"].startswith("application/xml")
        documents.append((address, response.content.decode()))
    return documents


def sitemap_text(client, **headers):
    """Everything a crawler reads from the sitemaps, as one text (for "is X listed?")."""
    return "\n".join(text for _address, text in sitemap_documents(client, **headers))
