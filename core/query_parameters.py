"""How a listing reads its query parameters, written where the page cache can use it too.

A page type declares, next to its filters, the parameters each of its routes reads and how that
route reads them::

    cache_parameters = {
        "index_route": {"page": page_number, "tag": text(100), "when": one_of("past")},
        "tag_route": {"page": page_number},
    }

(``None`` is the key for a page without sub-routes.) Each reader turns the raw value into the
value the view acts on — or ``None`` when the view would ignore it — so the page cache keys an
answer on exactly what made it (``core.page_cache``): ``?page=abc`` and no ``page`` are one entry
because the listing shows page 1 for both, and ``?utm_source=…`` is no entry at all.
"""


def page_number(value):
    """``?page=``: a listing treats anything that is not a number as page 1."""
    try:
        number = int(value)
    except (TypeError, ValueError):
        return None
    return None if number == 1 else str(number)


def text(max_length=None, strip=False):
    """A free value (slug, name) the view reads as given — cut, and trimmed, as the view does."""

    def read(value):
        value = value or ""
        if strip:
            value = value.strip()
        if max_length:
            value = value[:max_length]
        return value or None

    return read


def raw(value):
    """A value the view compares exactly as sent (an empty one means "not given")."""
    return value or None


def one_of(*accepted):
    """A switch: the accepted values count, anything else is the default."""

    def read(value):
        return value if value in accepted else None

    return read


def read_parameters(page_model, route_name, query):
    """``[(name, value), …]`` of ``query`` (a QueryDict) as ``route_name`` reads it, by name,
    leaving out what it ignores: the part of a query string that changes the answer."""
    found = []
    for name, read in sorted(parameters_for(page_model, route_name).items()):
        value = read(query.get(name))
        if value is not None:
            found.append((name, value))
    return found


def parameters_for(page_model, route_name):
    """``{name: reader}`` for ``route_name`` of ``page_model`` (empty: the answer reads none)."""
    declared = getattr(page_model, "cache_parameters", None) or {}
    return declared.get(route_name, {})
