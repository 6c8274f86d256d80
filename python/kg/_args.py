"""Argument normalisation for kg's Python API: Python values to what the
C++ core takes (paths as str, filters as lists of text), with TypeError for
a value of the wrong type. Values of the right type are checked by kg
itself, which raises kg.KgError with its message (e.g. ``since: bad date
"2015-13" (want YYYY[-MM[-DD]])``).
"""
import datetime
import os

__all__ = ["path", "paths", "threads", "text", "optional_text", "date_text", "filters"]


def path(p, name):
    """A str, bytes or os.PathLike path -> bytes, as the file system names
    it (os.fsencode): a name that is not UTF-8 reaches kg unchanged."""
    if isinstance(p, (str, bytes, os.PathLike)):
        return os.fsencode(os.fspath(p))
    raise TypeError(f"{name}: expected a str or os.PathLike path, "
                    f"got {type(p).__name__}")


def paths(value, name="path"):
    """A path or a list (any iterable but str) of paths -> list of bytes."""
    if isinstance(value, (str, bytes, os.PathLike)):
        return [path(value, name)]
    try:
        items = list(value)
    except TypeError:
        raise TypeError(f"{name}: expected a path or a list of paths, "
                        f"got {type(value).__name__}") from None
    if not items:
        raise ValueError(f"{name}: no inputs")
    return [path(p, name) for p in items]


def threads(value):
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"threads: expected an int, got {type(value).__name__}")
    if value < 0 or value > 1024:
        raise ValueError(f"threads: {value} is not in 0-1024 (0: one per core)")
    return value


def text(value, name):
    if not isinstance(value, str):
        raise TypeError(f"{name}: expected a str, got {type(value).__name__}")
    return value


def optional_text(value, name):
    return "" if value is None else text(value, name)


def date_text(value, name):
    """None, "YYYY[-MM[-DD]]" (or anything kg reads, checked there), an int
    year, or a datetime.date -> str ("" for None)."""
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        value = value.date()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:04d}"
    if isinstance(value, str):
        return value
    raise TypeError(f"{name}: expected None, a str \"YYYY[-MM[-DD]]\", an int "
                    f"year or a datetime.date, got {type(value).__name__}")


def _items(value, name):
    """None, a comma-separated str (as kg's flags), an int, or an iterable
    of str / int -> list of str."""
    if value is None:
        return []
    if isinstance(value, str):
        return [v for v in value.split(",") if v]
    if isinstance(value, int) and not isinstance(value, bool):
        return [str(value)]
    try:
        items = list(value)
    except TypeError:
        raise TypeError(f"{name}: expected a str, an int or a list of them, "
                        f"got {type(value).__name__}") from None
    out = []
    for v in items:
        if isinstance(v, int) and not isinstance(v, bool):
            out.append(str(v))
        elif isinstance(v, str):
            out.append(v)
        else:
            raise TypeError(f"{name}: expected str or int items, "
                            f"got {type(v).__name__}")
    return out


def filters(since=None, until=None, undated=False, categories=None,
            quads=None, relations=None):
    """The edge filters as the C++ core takes them: a tuple (since, until,
    undated, categories, quads, relations)."""
    return (date_text(since, "since"), date_text(until, "until"),
            bool(undated), _items(categories, "categories"),
            _items(quads, "quads"), _items(relations, "relations"))
