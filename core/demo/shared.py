"""Helpers for translatable snippets (organisations, programmes, categories, regions…)."""


def translated_snippet(source, locale, **fields):
    """The translation of a translatable snippet into ``locale``, created once."""
    existing = source.get_translation_or_none(locale)
    if existing is not None:
        return existing
    copy = source.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save()
    return copy


def in_locale(snippet, locale):
    """The translation of a translatable snippet, or the snippet itself if there is none."""
    return snippet and (snippet.get_translation_or_none(locale) or snippet)


def ensure_translated(demo, model, *, lookup, texts, create):
    """The snippet of ``model`` found by ``lookup`` in the site's language — made with
    ``create()`` (the shared fields) plus the source texts when missing — and its translation into
    every other language of ``texts`` (``{code: {field: value}}``)."""
    source = demo.source_locale
    snippet = model.objects.filter(locale=source, **lookup).first()
    if snippet is None:
        snippet = model.objects.create(locale=source, **create(), **texts[source.language_code])
    for code, fields in texts.items():
        locale = demo.locales.get(code)
        if locale is not None and locale != source:
            translated_snippet(snippet, locale, **fields)
    return snippet
