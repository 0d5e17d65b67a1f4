"""Translators' promise: every interface string exists in uk, et and lt, none fuzzy."""

from pathlib import Path

import pytest
from babel.messages.pofile import read_po

LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"


@pytest.mark.parametrize("language", ["uk", "et", "lt"])
def test_po_file_is_fully_translated_without_fuzzy_entries(language):
    po_path = LOCALE_DIR / language / "LC_MESSAGES" / "django.po"
    with po_path.open("rb") as handle:
        catalog = read_po(handle, locale=language)

    messages = [message for message in catalog if message.id]
    untranslated = [
        message.id for message in messages if not (all(message.string) if isinstance(message.string, tuple) else message.string)
    ]
    fuzzy = [message.id for message in messages if message.fuzzy]
    assert len(messages) > 20
    assert not untranslated, f"{len(untranslated)} untranslated in {language}: {untranslated[:10]}"
    assert not fuzzy, f"fuzzy entries in {language}: {fuzzy[:10]}"


@pytest.mark.parametrize("language", ["uk", "et", "lt"])
def test_every_translation_keeps_the_placeholders_of_its_source(language):
    """What ``make messages`` (pybabel compile) refuses: a ``%(name)s`` the source does not have,
    or one it has that the translation lost; a typo there would be a crash on a reader's page."""
    po_path = LOCALE_DIR / language / "LC_MESSAGES" / "django.po"
    with po_path.open("rb") as handle:
        catalog = read_po(handle, locale=language)

    problems = [(message.id, [str(error) for error in errors]) for message, errors in catalog.check() if errors]

    assert not problems, problems[:5]
