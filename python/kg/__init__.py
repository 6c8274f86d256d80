"""kg: dated knowledge graphs of who did what to whom, from prose.

The Python face of kg's C++ core (the extension kg._kg): the same
extraction, graphs, queries and formats as the `kg` command, on the same
code paths, so the answers are the command's.

    import kg
    triples = kg.extract_file("examples/xi-foreign-policy.txt")
    g = kg.Graph.build("examples/xi-foreign-policy.txt")
    g.path("Mark Carney", "Vladimir Putin")
    G = g.to_networkx()

Errors are kg.KgError, with kg's one-line message (``a.txt: no such file
or directory``) and ``.code`` ("not_found", "parse_error", "io_error",
"invalid_argument", "internal"); an argument of the wrong Python type is a
TypeError. What kg prints as ``kg: warning: ...`` is a kg.KgWarning.
Extraction, building, loading, saving and queries release the GIL: they
run in parallel from Python threads.
"""
from . import _args
from ._kg import KgError, KgWarning, __version__
from . import _kg
from .graph import Graph

# Shown as kg.KgError in tracebacks, where users catch it.
KgError.__module__ = "kg"
KgWarning.__module__ = "kg"

__all__ = ["KgError", "KgWarning", "Graph", "extract_file", "iter_extract_file",
           "extract_text", "__version__"]


def extract_file(path, rules="diplomacy", threads=0, include_flagged=False):
    """The triples of files, folders and JSON Lines, read as `kg extract`
    reads them.

    path: a str or os.PathLike, or a list of them: text files, folders
    (every *.txt, *.md, *.jsonl below, in path order), JSON Lines documents
    ({"id", "text", "title"?, "date"?}), "-" for standard input.
    rules: a pack file or a built-in pack name ("diplomacy", "business");
    compiled once per process and cached.
    threads: extraction threads, 0 for one per core; the result is the same
    for any number.
    include_flagged: keep negated and hypothetical triples.

    Returns a list of dicts, one a triple, in input order, with exactly the
    fields of `kg extract`'s JSON Lines in its order, so that
        "".join(json.dumps(t, ensure_ascii=False, separators=(",", ":")) + "\\n"
                for t in triples)
    is the bytes `kg extract` writes. Raises kg.KgError (a missing file,
    a bad JSON Lines record "feed.jsonl:3:7: parse error: ...", a bad pack).
    """
    return _kg.extract_file(_args.paths(path), _args.text(rules, "rules"),
                            _args.threads(threads), bool(include_flagged))


def iter_extract_file(path, rules="diplomacy", threads=0, include_flagged=False):
    """extract_file as an iterator: yields the same dicts in the same order,
    document by document, extracting on a background thread as the
    iterator is consumed (at most a few documents ahead), so memory does
    not grow with the input. An error (a bad record) is raised when the
    iteration reaches it, after the triples before it; a bad pack or
    argument is raised at once.
    """
    return _kg.iter_extract_file(_args.paths(path), _args.text(rules, "rules"),
                                 _args.threads(threads), bool(include_flagged))


def extract_text(text, doc="text", date=None, rules="diplomacy", title=None,
                 include_flagged=False):
    """The triples of one text, as `kg extract` gives them for the JSON Lines
    record {"id": doc, "text": text, "title": title, "date": date}.

    doc: the triples' "doc". date: None, "YYYY", "YYYY-MM", "YYYY-MM-DD"
    (or an ISO 8601 date-time), an int year or a datetime.date: the
    document's own date, which anchors "on Monday" and "last year". title:
    None keeps the text's own first "= Title =" heading. Raises
    kg.KgError ``date: bad date "2023-13" (want YYYY[-MM[-DD]] or an ISO
    8601 date-time)``.
    """
    return _kg.extract_text(_args.text(text, "text"), _args.text(doc, "doc"),
                            _args.date_text(date, "date"),
                            _args.optional_text(title, "title"),
                            _args.text(rules, "rules"), bool(include_flagged))
