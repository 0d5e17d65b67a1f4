"""StreamField values for the demo's bodies, written the way an editor would fill the blocks."""


def para(*parts):
    """A rich-text block; each part is a paragraph, or raw HTML if it starts with "<"."""
    return ("paragraph", "".join(part if part.startswith("<") else f"<p>{part}</p>" for part in parts))


def heading(text, level="h2"):
    return ("heading", {"text": text, "level": level})


def quote(text, speaker, role="", organisation=""):
    return ("quote", {"quote": text, "speaker": speaker, "role": role, "organisation": organisation})
