#!/usr/bin/env python3
"""The peers' side of bench/graph_peers.sh: NetworkX and igraph on the same
triples JSON Lines file as kg.

    graph_peers.py build networkx|igraph TRIPLES.jsonl OUT.graphml
    graph_peers.py path networkx|igraph TRIPLES.jsonl FROM_ID TO_ID

build reads the triples into a directed multigraph with the node and edge
attributes of kg's GraphML (kg build -o x.graphml) and writes GraphML; the
caller times the whole process, as it times `kg build`. path loads the
graph (not timed) and prints the seconds of the two queries `kg path`
answers: "bfs SECONDS HOPS" (fewest hops, undirected) and "weighted SECONDS
HOPS" (undirected, hop cost 1 / the sum of the confidences of the pair's
edges, as kg's --weighted).
"""
import json
import sys
import time


def read_triples(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def day_bounds(date):
    """The first and last day of the EDTF dates the benchmark file holds."""
    if not date:
        return "", ""
    if len(date) == 4:
        return date + "-01-01", date + "-12-31"
    return date, date


def graph_data(path):
    """Nodes (id -> attributes) and edges (source id, target id, attributes)
    as kg's GraphML has them."""
    nodes, edges = {}, []
    for t in read_triples(path):
        for end in ("subject", "object"):
            node = nodes.setdefault(t[end + "_id"], {
                "label": t[end], "id": t[end + "_id"], "type": t[end + "_type"],
                "code": t[end + "_code"], "names": set(), "mentions": 0,
                "first_date": "", "last_date": ""})
            node["names"].update(n for n in (t[end], t[end + "_text"]) if n)
            node["mentions"] += 1
            if t["date"]:
                if not node["first_date"] or t["date"] < node["first_date"]:
                    node["first_date"] = t["date"]
                if t["date"] > node["last_date"]:
                    node["last_date"] = t["date"]
        date = t["date"] or ""
        start, end = day_bounds(date)
        confidence = t["confidence"]
        edges.append((t["subject_id"], t["object_id"], {
            "label": t["relation"] + (" (" + date + ")" if date else ""),
            "relation": t["relation"], "category": t["category"],
            "quad_class": t["quad_class"], "date": date, "date_start": start,
            "date_end": end, "date_source": t["date_source"],
            "symmetric": t["symmetric"], "doc": t["doc"], "section": t["section"],
            "sentence": t["sentence"], "span_begin": t["span"][0],
            "span_end": t["span"][1], "rule": t["rule"], "confidence": confidence,
            "weight": confidence if confidence > 0 else 1e-6}))
    for node in nodes.values():
        node["names"] = " | ".join(sorted(node["names"]))
    return nodes, edges


def build_networkx(path, out):
    import networkx as nx
    nodes, edges = graph_data(path)
    g = nx.MultiDiGraph()
    g.add_nodes_from(nodes.items())
    g.add_edges_from(edges)
    nx.write_graphml(g, out)


def build_igraph(path, out):
    import igraph
    nodes, edges = graph_data(path)
    index = {v: i for i, v in enumerate(nodes)}
    g = igraph.Graph(n=len(nodes), directed=True)
    for key in ("label", "id", "type", "code", "names", "mentions",
                "first_date", "last_date"):
        g.vs[key] = [a[key] for a in nodes.values()]
    g.add_edges([(index[s], index[t]) for s, t, _ in edges])
    for key in edges[0][2] if edges else ():
        g.es[key] = [a[key] for _, _, a in edges]
    g.write_graphml(out)


def weight_of(confidence_sum):
    return 1.0 / max(confidence_sum, 1e-6)


def path_networkx(path, a, b):
    import networkx as nx
    g = nx.MultiDiGraph()
    for t in read_triples(path):
        g.add_edge(t["subject_id"], t["object_id"], confidence=t["confidence"])
    u = g.to_undirected(as_view=True)
    rows = []
    for name, weight in (("bfs", None),
                         ("weighted", lambda x, y, d: weight_of(
                             sum(e["confidence"] for e in d.values())))):
        t0 = time.perf_counter()
        p = nx.shortest_path(u, a, b, weight=weight)
        rows.append((name, time.perf_counter() - t0, len(p) - 1))
    return rows


def path_igraph(path, a, b):
    import igraph
    index, pairs, confidences = {}, [], []
    for t in read_triples(path):
        s = index.setdefault(t["subject_id"], len(index))
        o = index.setdefault(t["object_id"], len(index))
        pairs.append((s, o))
        confidences.append(t["confidence"])
    g = igraph.Graph(n=len(index), edges=pairs, directed=True)
    g.es["confidence"] = confidences
    # igraph weighs each edge; kg weighs each linked pair: collapse the
    # pairs first (not timed, as loading is not).
    u = g.as_undirected(mode="collapse", combine_edges={"confidence": "sum"})
    weights = [weight_of(c) for c in u.es["confidence"]]
    rows = []
    for name, graph, w in (("bfs", g, None), ("weighted", u, weights)):
        t0 = time.perf_counter()
        p = graph.get_shortest_paths(index[a], to=index[b], weights=w,
                                     mode="all", output="vpath")[0]
        rows.append((name, time.perf_counter() - t0, len(p) - 1))
    return rows


def main():
    if len(sys.argv) < 5 or sys.argv[1] not in ("build", "path") or \
            sys.argv[2] not in ("networkx", "igraph"):
        sys.exit(__doc__)
    task, tool, path = sys.argv[1:4]
    if task == "build":
        (build_networkx if tool == "networkx" else build_igraph)(path, sys.argv[4])
        return
    rows = (path_networkx if tool == "networkx" else path_igraph)(
        path, sys.argv[4], sys.argv[5])
    for name, seconds, hops in rows:
        print(f"{name} {seconds:.6f} {hops}")


if __name__ == "__main__":
    main()
