"""Latin slugs for a four-language portal.

Addresses stay Latin (``WAGTAIL_ALLOW_UNICODE_SLUGS = False``): they survive e-mail clients,
printed leaflets and old proxies, and read the same to every visitor. Wagtail's admin already
transliterates a Ukrainian title into the slug field as the editor types; ``latin_slug`` is the
server-side counterpart for slugs that code fills in (snippets, pages created without a slug,
a translator's Cyrillic slug), so both agree.

Ukrainian follows the national romanisation (Cabinet of Ministers resolution No. 55 of
27 January 2010, "KMU 2010"): є, ї, й, ю, я are written ye, yi, y, yu, ya at the start of a word
and ie, i, i, iu, ia inside it; зг is zgh; the soft sign and the apostrophe are dropped.
Estonian and Lithuanian letters lose their diacritics (õ → o, š → s) through Django's slugify.
"""

import re

from django.utils.text import slugify

# Letters written the same wherever they stand in a word.
_UKRAINIAN = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "ж": "zh", "з": "z",
    "и": "y", "і": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ь": "", "'": "", "’": "", "ʼ": "",
}  # fmt: skip
# Letters written one way at the start of a word and another inside it.
_UKRAINIAN_INITIAL = {"є": ("ye", "ie"), "ї": ("yi", "i"), "й": ("y", "i"), "ю": ("yu", "iu"), "я": ("ya", "ia")}
# Russian letters that turn up in names; not part of KMU 2010, so the common passport spelling.
_OTHER_CYRILLIC = {"ё": "io", "ы": "y", "э": "e", "ъ": ""}

_WORD = re.compile(r"\w+(?:['’ʼ]\w+)*")


def transliterate_ukrainian(text):
    """``text`` with Ukrainian (and stray Russian) Cyrillic written in Latin letters, KMU 2010."""
    return _WORD.sub(lambda match: _transliterate_word(match.group()), text)


def _transliterate_word(word):
    out = []
    lower = word.lower()
    for position, char in enumerate(word):
        low = lower[position]
        if low in _UKRAINIAN_INITIAL:
            latin = _UKRAINIAN_INITIAL[low][0 if position == 0 else 1]
        elif low == "г" and position and lower[position - 1] == "з":
            latin = "gh"  # зг → zgh, so it is not read as ж (zh)
        elif low in _UKRAINIAN:
            latin = _UKRAINIAN[low]
        elif low in _OTHER_CYRILLIC:
            latin = _OTHER_CYRILLIC[low]
        else:
            out.append(char)
            continue
        out.append(latin.capitalize() if char != low else latin)
    return "".join(out)


def latin_slug(text, max_length=None, fallback=""):
    """A lowercase ASCII slug for ``text`` in any of the portal's languages.

    >>> latin_slug("Згорани, Київщина: нова ЦНАП")
    'zghorany-kyivshchyna-nova-tsnap'
    """
    slug = slugify(transliterate_ukrainian(str(text or "")))
    if max_length:
        slug = slug[:max_length].strip("-")
    return slug or fallback
