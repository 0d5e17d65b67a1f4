"""StreamField bodies from demo files: a list of blocks, each a table with a ``type``
(``[[en.body]]`` ``type = "paragraph"`` ``text = \"\"\"…\"\"\"``), or one string of paragraphs."""

import re


def paragraphs(text):
    """Rich text from paragraphs separated by blank lines; a part starting with "<" stays HTML."""
    parts = [part.strip() for part in re.split(r"\n\s*\n", text)]
    return "".join(part if part.startswith("<") else f"<p>{part}</p>" for part in parts if part)


def _heading(block, pictures):
    return {"text": block.require("text"), "level": block.get("level", "h2", str)}


def _quote(block, pictures):
    return {
        "quote": block.require("quote"),
        "speaker": block.require("speaker"),
        "role": block.get("role", "", str),
        "organisation": block.get("organisation", "", str),
    }


def _table(block, pictures):
    rows = block.require("rows", list)
    if not all(isinstance(row, list) and all(isinstance(cell, str) for cell in row) for row in rows):
        raise block.error('should be rows of text: [["Centre", "Minutes"], ["Lisovi Hai", "16"]]', "rows")
    return {
        "data": rows,
        "first_row_is_table_header": True,
        "first_col_is_header": block.get("first_col_is_header", False, bool),
        "table_caption": block.get("caption", "", str),
    }


def _image(block, pictures):
    """A picture of the file's ``[pictures]``, by its name there."""
    name = block.require("picture")
    if name not in pictures:
        raise block.error(f"names {name!r}, which is not in this file's [pictures]", "picture")
    return {
        "image": {"image": pictures[name], "alt_text": block.require("alt"), "decorative": False},
        "caption": block.get("caption", "", str),
        "credit": block.get("credit", "", str),
        "wide": block.get("wide", False, bool),
    }


BUILDERS = {
    "paragraph": lambda block, pictures: paragraphs(block.require("text")),
    "heading": _heading,
    "quote": _quote,
    "table": _table,
    "image": _image,
}


def stream(language, *, pictures, model):
    """``[(block type, value)]`` for a language's ``body`` on a page of ``model``; ``pictures``
    maps the file's picture names to images (to ``None`` while only checking)."""
    if isinstance(language.get("body"), str):
        text = paragraphs(language.get("body"))
        return [("paragraph", text)] if text else []
    allowed = model._meta.get_field("body").stream_block.child_blocks
    body = []
    for block in language.records("body"):
        kind = block.require("type")
        if kind not in BUILDERS or kind not in allowed:
            known = ", ".join(name for name in BUILDERS if name in allowed)
            raise block.error(f"{kind!r} is not a block this page can hold ({known})", "type")
        body.append((kind, BUILDERS[kind](block, pictures)))
    return body
