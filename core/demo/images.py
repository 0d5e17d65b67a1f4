"""Demo pictures drawn with Pillow: soft landscapes of overlapping shapes, no text, no copyright.

Each picture is deterministic for its key, so re-running the demo reproduces the same files. A
demo file describes a picture by its recipe — ``{ title = "…", palette = "green" }``, optionally
with ``key`` (what seeds the drawing) and ``kind = "logo"`` — and :func:`image_from` draws it.
"""

import io
import math
import random

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFilter
from wagtail.images import get_image_model

PALETTES = {
    "blue": ["#0b3d91", "#1f6fd1", "#7fb2f0", "#dbe9fb", "#f4c542"],
    "green": ["#14532d", "#2f855a", "#68d391", "#e6f4ea", "#f6ad55"],
    "teal": ["#134e4a", "#0f766e", "#5eead4", "#e0f2f1", "#f97316"],
    "violet": ["#3b0764", "#6d28d9", "#a78bfa", "#ede9fe", "#facc15"],
    "amber": ["#78350f", "#c2410c", "#fb923c", "#fff7ed", "#2563eb"],
    "slate": ["#1e293b", "#475569", "#94a3b8", "#f1f5f9", "#e11d48"],
}


def _hex(colour):
    colour = colour.lstrip("#")
    return tuple(int(colour[i : i + 2], 16) for i in (0, 2, 4))


def draw_landscape(key, palette="blue", size=(1600, 900)):
    """Sky gradient, rolling hills and a sun or a few buildings, seeded by ``key``."""
    rng = random.Random(key)
    colours = [_hex(c) for c in PALETTES[palette]]
    width, height = size
    picture = PILImage.new("RGB", size, colours[3])
    draw = ImageDraw.Draw(picture)
    top, bottom = colours[3], colours[2]
    for y in range(height):
        t = y / height
        draw.line([(0, y), (width, y)], fill=tuple(int(top[i] + (bottom[i] - top[i]) * t) for i in range(3)))
    sun_x, sun_y, sun_r = rng.randint(width // 5, width * 4 // 5), rng.randint(height // 8, height // 3), height // 9
    draw.ellipse([sun_x - sun_r, sun_y - sun_r, sun_x + sun_r, sun_y + sun_r], fill=colours[4])
    if rng.random() < 0.5:
        # A small town skyline: public buildings, the subject of most civic photos.
        x = 0
        while x < width:
            w = rng.randint(width // 24, width // 10)
            h = rng.randint(height // 6, height // 2)
            shade = colours[rng.choice([0, 1])]
            draw.rectangle([x, height - h, x + w, height], fill=shade)
            for wy in range(height - h + 20, height - 30, 38):
                for wx in range(x + 10, x + w - 14, 26):
                    if rng.random() < 0.7:
                        draw.rectangle([wx, wy, wx + 12, wy + 18], fill=colours[3])
            x += w + rng.randint(0, 12)
    for layer, shade in enumerate((colours[2], colours[1], colours[0])):
        base = height * (0.55 + 0.15 * layer)
        amplitude = height * rng.uniform(0.04, 0.12)
        phase = rng.uniform(0, 6.28)
        points = [(0, height)]
        for x in range(0, width + 40, 40):
            y = base + amplitude * math.sin(x / width * rng.uniform(2, 5) + phase)
            points.append((x, y))
        points.append((width, height))
        draw.polygon(points, fill=shade)
    return picture.filter(ImageFilter.SMOOTH)


def draw_logo(key, palette="blue", size=(480, 480)):
    """An emblem: concentric ring and a stylised building or leaf."""
    rng = random.Random(key)
    colours = [_hex(c) for c in PALETTES[palette]]
    picture = PILImage.new("RGBA", size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(picture)
    w, h = size
    draw.ellipse([8, 8, w - 8, h - 8], fill=colours[0])
    draw.ellipse([48, 48, w - 48, h - 48], fill=colours[3])
    if rng.random() < 0.5:
        draw.polygon([(w * 0.22, h * 0.45), (w * 0.5, h * 0.24), (w * 0.78, h * 0.45)], fill=colours[1])
        for i in range(4):
            x = w * (0.28 + i * 0.13)
            draw.rectangle([x, h * 0.48, x + w * 0.06, h * 0.72], fill=colours[1])
        draw.rectangle([w * 0.22, h * 0.74, w * 0.78, h * 0.79], fill=colours[1])
    else:
        draw.ellipse([w * 0.28, h * 0.22, w * 0.72, h * 0.78], fill=colours[1])
        draw.line([(w * 0.5, h * 0.22), (w * 0.5, h * 0.8)], fill=colours[4], width=int(w * 0.03))
    return picture


def _save(picture, fmt):
    buffer = io.BytesIO()
    picture.save(buffer, fmt, optimize=True, **({"quality": 82} if fmt == "JPEG" else {}))
    return buffer


def ensure_image(title, *, key=None, palette="blue", kind="photo", collection=None):
    """The Wagtail image called ``title``, drawn and stored on first use."""
    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing is not None:
        return existing
    key = key or title
    if kind == "logo":
        picture, fmt, ext = draw_logo(key, palette), "PNG", "png"
    else:
        picture, fmt, ext = draw_landscape(key, palette), "JPEG", "jpg"
    slug = "".join(ch if ch.isalnum() else "-" for ch in key.lower()).strip("-")[:60]
    image = Image(title=title)
    if collection is not None:
        image.collection = collection
    image.file = ImageFile(_save(picture, fmt), name=f"demo-{slug}.{ext}")
    image.save()
    return image


def check_recipe(recipe):
    """Raise a DemoDataError naming the field unless ``recipe`` (a Record) describes a picture."""
    recipe.require("title")
    recipe.get("key", kind=str)
    if recipe.get("palette", "blue", str) not in PALETTES:
        raise recipe.error(f"should be one of {', '.join(PALETTES)}", "palette")
    if recipe.get("kind", "photo", str) not in ("photo", "logo"):
        raise recipe.error('should be "photo" or "logo"', "kind")


def image_from(recipe, *, key=None, kind="photo"):
    """The image a recipe describes; ``key`` is the default seed (the recipe's own ``key`` wins)."""
    palette, kind = recipe.get("palette", "blue"), recipe.get("kind", kind)
    return ensure_image(recipe.get("title"), key=recipe.get("key", key), palette=palette, kind=kind)
