"""The translators' workflow on top of wagtail-localize.

* ``permissions`` — who may send what into which language (translators: their own only);
* ``submit`` — wagtail-localize's submit and sync screens, narrowed to those languages, and the
  bulk action of the status report;
* ``snippets`` — hand-made translations of shared snippets adopted into wagtail-localize, so a
  page submitted for translation never overwrites them;
* ``tags`` — tag names per language, for the translation editor and the status report;
* ``status`` / ``report`` — where each page stands in each language;
* ``dashboard`` — "Waiting for translation in my language" on the admin home page;
* ``notifications`` — translators hear when a page they translated changes at the source.
"""
