"""The languages of an IATI activity: which translation leads, and a narrative per language.

A project's public translations share a ``translation_key``; each text of the activity (title,
descriptions, names, results) is written once per translation that has it, as
``<narrative xml:lang="uk">``. The lead translation — the site language's if it is public, else
the first public one in the order of ``settings.LANGUAGES`` — gives the codes, dates and amounts,
and its language comes first.
"""

import re

from django.conf import settings
from lxml import etree

from core.iati.codelists import XML_LANG

#: Code points XML 1.0 forbids; pasted text sometimes carries them and lxml would refuse the string.
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


# --- which translations make an activity ---------------------------------------------------------


def language_of(page):
    return page.locale.language_code


def language_rank():
    return {code: position for position, code in enumerate(code for code, _name in settings.LANGUAGES)}


def in_language_order(names):
    """``{language: text}`` as ``[(language, text)]`` in the order of ``settings.LANGUAGES``."""
    rank = language_rank()
    return sorted(names.items(), key=lambda item: (rank.get(item[0], len(rank)), item[0]))


def lead_first(translations):
    """The translations of one project in ``settings.LANGUAGES`` order, the lead first."""
    rank = language_rank()
    ordered = sorted(translations, key=lambda page: (rank.get(language_of(page), len(rank)), page.pk))
    leads = [page for page in ordered if language_of(page) == settings.LANGUAGE_CODE] or ordered[:1]
    return leads + [page for page in ordered if page is not leads[0]]


def group_translations(pages):
    """``[[lead, other translation, …], …]``: the (public) ``pages`` by project, in identifier order."""
    groups = {}
    for page in pages:
        groups.setdefault(page.translation_key, []).append(page)
    projects = [lead_first(translations) for translations in groups.values()]
    return sorted(projects, key=lambda translations: (translations[0].iati_identifier, translations[0].pk))


# --- texts in every language -------------------------------------------------------------------


def clean_text(value):
    return NOT_XML.sub("", str(value or "")).strip()


def add_narratives(parent, texts):
    """One ``narrative`` per language that has the text; the number written.

    An empty narrative is invalid, so a language without the text has none. A text that reads the
    same in two languages (a name, an acronym) is written in both: each is what that page shows.
    """
    written = 0
    for language, text in texts:
        text = clean_text(text)
        if text:
            etree.SubElement(parent, "narrative", {XML_LANG: language}).text = text
            written += 1
    return written


def add_text_element(parent, tag, texts, **attributes):
    """``<tag><narrative …/></tag>``, or nothing at all when no language has the text."""
    element = etree.Element(tag, {name.replace("_", "-"): value for name, value in attributes.items()})
    if add_narratives(element, texts):
        parent.append(element)
        return element
    return None


def results_by_id(page):
    """Every result, indicator and period of the page's results by block id.

    wagtail-localize keeps block ids when it translates a StreamField (and a page copied for
    translation keeps them too), so an id finds the same result in every language.
    """
    found = {}
    for result in page.iati_results:
        found[result.id] = result.value
        for indicator in result.value["indicators"].bound_blocks:
            found[indicator.id] = indicator.value
            for period in indicator.value["periods"].bound_blocks:
                found[period.id] = period.value
    return found


class Texts:
    """One project's texts in each of its translations, lead first, as ``[(language, text)]``.

    A result or community a translation does not have (yet) gives no narrative in its language;
    the lead's text stands for it.
    """

    def __init__(self, translations, organisations):
        self.translations = translations
        self.languages = [language_of(page) for page in translations]
        self.organisations = organisations
        self._blocks = None
        self._communities = None

    def field(self, name):
        return [(language_of(page), getattr(page, name)) for page in self.translations]

    def block(self, block_id, name):
        if self._blocks is None:
            self._blocks = [(language_of(page), results_by_id(page)) for page in self.translations]
        return [(language, blocks[block_id][name]) for language, blocks in self._blocks if block_id in blocks]

    def community(self, community):
        if self._communities is None:
            self._communities = [
                (language_of(page), {row.translation_key: row.name for row in page.communities.all()})
                for page in self.translations
            ]
        return [
            (language, names[community.translation_key])
            for language, names in self._communities
            if community.translation_key in names
        ]

    def organisation(self, organisation):
        """Its name in each language of the project that it has a translation in; else its own name."""
        names = self.organisations.get(organisation.translation_key, {})
        found = [(language, names[language]) for language in self.languages if language in names]
        return found or [(organisation.locale.language_code, organisation.name)]
