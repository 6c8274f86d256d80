"""kg.Graph: kg's multigraph of actors and dated events, with the queries,
formats and conversions of the `kg` command (the C++ core does the work:
kg._kg.Graph).

    g = kg.Graph.build(["news/", "old.jsonl"])       # as `kg build`
    g.path("Mark Carney", "Vladimir Putin")          # as `kg path --json`
    g.stats(top=5)                                   # as `kg stats --json`
    g.save("out/xi.graphml")                         # as `kg build -o`
    G = g.to_networkx()                              # networkx.MultiDiGraph
    df = g.edges_frame()                             # pandas.DataFrame

The query filters, shared by path, neighbors, stats and actors (the flags
of the same name; each a str with commas as the flag takes, or a list):
    since, until   "YYYY[-MM[-DD]]", an int year or a datetime.date: keep
                   edges whose date overlaps the window
    undated        with since/until, keep undated edges too
    categories     CAMEO root codes: "04,05", [4, 5], ["04"]
    quads          quad classes 1-4
    relations      exact relation names: ["meet", "sign agreement"]
"""
import json

from . import _args
from . import _kg

__all__ = ["Graph"]

# kg's actor and edge fields, in the graph file's order (graph/graph_file.h).
_ACTOR_FIELDS = ("name", "type", "code", "names", "mentions", "first_date",
                 "last_date")
_EDGE_FIELDS = ("kind", "relation", "category", "quad_class", "date",
                "date_source", "symmetric", "doc", "section", "sentence",
                "span", "rule", "confidence")
_EDGE_COLUMNS = ("edge", "source", "target", "source_name", "target_name",
                 "kind", "relation", "category", "quad_class", "date",
                 "date_source", "symmetric", "doc", "section", "sentence",
                 "span_begin", "span_end", "rule", "confidence")


class Graph:
    """A kg graph: actors (vertices, keyed by actor id) and the events and
    affiliations between them (edges, numbered from 0 in insertion order).

    Build one with Graph.build, Graph.load, Graph.from_triples or
    Graph.from_networkx; Graph() is empty. len(g) is its number of actors.
    """

    def __init__(self, _impl=None):
        self._g = _impl if _impl is not None else _kg.Graph()

    # -- building ---------------------------------------------------------

    @classmethod
    def build(cls, inputs, rules="diplomacy", threads=0, affiliations=True,
              include_flagged=False):
        """The graph of any mix of inputs, as `kg build` makes it: texts,
        folders and JSON Lines documents (extracted on `threads` threads, 0
        for one per core: the graph is the same for any number), triples
        files written by `kg extract`, saved kg graph files - actors merged
        by id. affiliations=False is --no-affiliations. rules: the pack
        for texts and affiliations (cached once compiled)."""
        return cls(_kg.Graph.build(_args.paths(inputs, "inputs"),
                                   _args.text(rules, "rules"),
                                   _args.threads(threads), bool(affiliations),
                                   bool(include_flagged)))

    @classmethod
    def load(cls, path, rules="diplomacy", affiliations=True):
        """A saved graph (kg's .json graph file) or a triples JSON Lines
        file, read as kg's commands read it: Graph.build([path]) - so the
        affiliation edges are added as `kg stats g.json` adds them (a graph
        file kg built has them already and gets none)."""
        return cls.build([_args.path(path, "path")], rules=rules,
                         affiliations=affiliations)

    @classmethod
    def from_triples(cls, triples, rules="diplomacy", affiliations=True,
                     include_flagged=False):
        """The graph of triple dicts (what extract_file returns), as `kg
        build` makes it of the same triples written as JSON Lines: negated
        and hypothetical triples left out unless include_flagged, then the
        affiliations. Errors name the triple by its 1-based position:
        ``triples:3: missing "subject"``."""
        lines = []
        for i, t in enumerate(triples):
            if not isinstance(t, dict):
                raise TypeError(f"triples[{i}]: expected a dict, "
                                f"got {type(t).__name__}")
            lines.append(json.dumps(t, ensure_ascii=False,
                                    separators=(",", ":")))
        text = "".join(line + "\n" for line in lines)
        return cls(_kg.Graph.from_triples_text(text, "triples",
                                               _args.text(rules, "rules"),
                                               bool(affiliations),
                                               bool(include_flagged)))

    @classmethod
    def from_networkx(cls, G):
        """The inverse of to_networkx: nodes are actors (the node is the
        actor id; attributes name, type, code, names, mentions, first_date,
        last_date), edges are edges (attributes as to_networkx writes them;
        with integer keys, taken in key order, else in G's order). Missing
        attributes take kg's defaults; values are checked as kg checks a
        graph file: ``networkx:12: edge 9: bad EDTF date "2015-13"``."""
        out = ['{"format": "kg-graph", "version": 1,\n"actors": [\n']
        actors = []
        for node, data in G.nodes(data=True):
            a = {"id": node if isinstance(node, str) else str(node)}
            for k in _ACTOR_FIELDS:
                if k in data:
                    v = data[k]
                    a[k] = list(v) if k == "names" else v
            actors.append(json.dumps(a, ensure_ascii=False,
                                     separators=(",", ":")))
        out.append(",\n".join(actors))
        out.append('\n],\n"edges": [\n')
        if G.is_multigraph():
            edges = list(G.edges(keys=True, data=True))
            if all(isinstance(k, int) and not isinstance(k, bool)
                   for _, _, k, _ in edges):
                edges.sort(key=lambda e: e[2])
            edges = [(u, v, d) for u, v, _, d in edges]
        else:
            edges = list(G.edges(data=True))
        lines = []
        for u, v, data in edges:
            e = {"source": u if isinstance(u, str) else str(u),
                 "target": v if isinstance(v, str) else str(v)}
            for k in _EDGE_FIELDS:
                if k not in data:
                    continue
                val = data[k]
                if k == "kind" and val == "event":
                    continue  # the graph file's default
                if k == "span":
                    val = list(val)
                if k == "date" and val is None:
                    val = ""
                e[k] = val
            lines.append(json.dumps(e, ensure_ascii=False,
                                    separators=(",", ":")))
        out.append(",\n".join(lines))
        out.append("\n]}\n")
        return cls(_kg.Graph.from_graph_text("".join(out), "networkx"))

    # -- size ---------------------------------------------------------------

    @property
    def actor_count(self):
        return self._g.actor_count

    @property
    def edge_count(self):
        """Every edge: events and affiliations."""
        return self._g.edge_count

    @property
    def affiliation_count(self):
        return self._g.affiliation_count

    def __len__(self):
        return self._g.actor_count

    def __repr__(self):
        return (f"<kg.Graph: {self.actor_count} actors, {self.edge_count} edges"
                f" ({self.affiliation_count} affiliations)>")

    # -- writing ------------------------------------------------------------

    def save(self, path, format=None, gexf_version="1.3", multi=False):
        """Writes the graph as `kg build -o path` does, byte for byte: the
        format from `format` or else the name (.json kg's own file,
        .graphml, .gexf, .dot/.gv, .nodelink.json, .cytoscape.json/.cyjs,
        .csv - two files x.nodes.csv and x.edges.csv - and .html). The file
        is replaced whole or not at all. gexf_version "1.3" or "1.2";
        multi: DOT draws every mention. Returns None."""
        warning = self._g.save(_args.path(path, "path"),
                               _args.optional_text(format, "format"),
                               _args.text(gexf_version, "gexf_version"),
                               bool(multi))
        if warning:
            import warnings
            warnings.warn(warning, _kg.KgWarning, stacklevel=2)

    # -- queries ------------------------------------------------------------

    def path(self, a, b, directed=False, weighted=False, since=None,
             until=None, undated=False, categories=None, quads=None,
             relations=None, all=False, max_hops=0, max_paths=100):
        """The shortest connections from actor `a` to actor `b` (each an id,
        a name or a surname, as kg path takes them): the "paths" list of
        `kg path --json`, parsed - each path a dict {"hops": [{"from", "to",
        "reversed", "evidence": {"edge", "subject", "relation", ...,
        "sentence", ...}}]}. One path, or with all=True every shortest
        path up to max_paths. [] when no path joins them (kg path --json
        prints {"paths": []} then). An unknown actor raises kg.KgError."""
        text = self._g.paths_json(
            _args.text(a, "a"), _args.text(b, "b"), bool(directed),
            bool(weighted), bool(all), int(max_hops), int(max_paths),
            _args.filters(since, until, undated, categories, quads, relations))
        return json.loads(text)["paths"]

    def neighbors(self, name, direction="both", since=None, until=None,
                  undated=False, categories=None, quads=None, relations=None):
        """The edges of one actor with their evidence: the dict `kg neighbors
        --json` prints ({"actor", "id", "edges": [...]}). direction "in"
        (the actor is the object), "out" (the subject: what `kg neighbors
        --directed` shows) or "both"."""
        text = self._g.neighbors_json(
            _args.text(name, "name"), _args.text(direction, "direction"),
            False,
            _args.filters(since, until, undated, categories, quads, relations))
        return json.loads(text)

    def stats(self, top=10, directed=False, since=None, until=None,
              undated=False, categories=None, quads=None, relations=None):
        """Counts, components, dates and top actors: the dict `kg stats
        --json` prints."""
        text = self._g.stats_json(
            int(top), bool(directed),
            _args.filters(since, until, undated, categories, quads, relations))
        return json.loads(text)

    def actors(self, match=None, type=None, directed=False, since=None,
               until=None, undated=False, categories=None, quads=None,
               relations=None):
        """The actors, with degree and the names seen: the "actors" list of
        `kg actors --json` ({"id", "name", "type", "code", "degree",
        "mentions", "names"}). match: only those whose id or a name
        contains it (case and accents ignored); type: only this type."""
        text = self._g.actors_json(
            _args.optional_text(match, "match"),
            _args.optional_text(type, "type"), bool(directed),
            _args.filters(since, until, undated, categories, quads, relations))
        return json.loads(text)["actors"]

    # -- conversions --------------------------------------------------------

    def _file(self):
        return json.loads(self._g.graph_text())

    def to_networkx(self):
        """A networkx.MultiDiGraph: nodes keyed by actor id with every actor
        attribute (name, type, code, names, mentions, first_date,
        last_date), edges subject -> object keyed by kg's edge number with
        every edge attribute (kind "event" or "affiliation", relation,
        category, quad_class, date - None when undated -, date_source,
        symmetric, doc, section, sentence, span [begin, end], rule,
        confidence). Graph.from_networkx is its inverse."""
        import networkx as nx
        f = self._file()
        G = nx.MultiDiGraph()
        for a in f["actors"]:
            attrs = {k: a[k] for k in _ACTOR_FIELDS if k in a}
            G.add_node(a["id"], **attrs)
        for i, e in enumerate(f["edges"]):
            attrs = {k: e.get(k) for k in _EDGE_FIELDS}
            attrs["kind"] = e.get("kind", "event")
            if not attrs["date"]:
                attrs["date"] = None
            G.add_edge(e["source"], e["target"], key=i, **attrs)
        return G

    def edges_frame(self):
        """A pandas.DataFrame, one row an edge in edge-number order, columns
        edge, source, target (actor ids), source_name, target_name, kind,
        relation, category, quad_class, date (None when undated),
        date_source, symmetric, doc, section, sentence, span_begin,
        span_end, rule, confidence."""
        try:
            import pandas as pd
        except ImportError as e:
            raise ImportError("kg.Graph.edges_frame needs pandas (Debian: "
                              "apt-get install python3-pandas)") from e
        f = self._file()
        names = {a["id"]: a.get("name", "") for a in f["actors"]}
        rows = []
        for i, e in enumerate(f["edges"]):
            span = e.get("span", [0, 0])
            rows.append((i, e["source"], e["target"], names[e["source"]],
                         names[e["target"]], e.get("kind", "event"),
                         e["relation"], e.get("category", ""),
                         e.get("quad_class", 0), e.get("date") or None,
                         e.get("date_source", ""), e.get("symmetric", False),
                         e.get("doc", ""), e.get("section", ""),
                         e.get("sentence", ""), span[0], span[1],
                         e.get("rule", ""), e.get("confidence", 0.0)))
        return pd.DataFrame.from_records(rows, columns=list(_EDGE_COLUMNS))
