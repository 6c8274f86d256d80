#!/usr/bin/env python3
"""The peers' side of export_bench: the same graph written by NetworkX
(write_graphml, write_gexf) and igraph (write_graphml), timed here.

    export_peers.py GRAPH.json OUT_DIR

GRAPH.json is kg's node-link export of the benchmark graph; building the
peers' graphs from it is not counted, only the writes.
"""
import json
import os
import sys
import time


def main():
    path, out = sys.argv[1:3]
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    rows = []
    import networkx as nx
    g = nx.MultiDiGraph()
    for n in data["nodes"]:
        g.add_node(n["id"], label=n["label"], type=n["type"], mentions=n["mentions"])
    keep = ("relation", "category", "quad_class", "date", "doc", "sentence", "confidence",
            "weight")
    for e in data["links"]:
        g.add_edge(e["source"], e["target"], key=e["key"],
                   **{k: e[k] for k in keep if e.get(k) is not None})
    for name, write, file in (("NetworkX GraphML", nx.write_graphml, "nx.graphml"),
                              ("NetworkX GEXF 1.2", nx.write_gexf, "nx.gexf")):
        t0 = time.perf_counter()
        write(g, os.path.join(out, file))
        rows.append((name, time.perf_counter() - t0, os.path.getsize(os.path.join(out, file))))
    try:
        import igraph
    except ImportError:
        igraph = None
    if igraph is not None:
        index = {n["id"]: i for i, n in enumerate(data["nodes"])}
        ig = igraph.Graph(directed=True)
        ig.add_vertices(len(data["nodes"]))
        ig.vs["label"] = [n["label"] for n in data["nodes"]]
        ig.vs["type"] = [n["type"] for n in data["nodes"]]
        ig.add_edges([(index[e["source"]], index[e["target"]]) for e in data["links"]])
        for k in keep:
            ig.es[k] = [e.get(k) if e.get(k) is not None else "" for e in data["links"]]
        t0 = time.perf_counter()
        ig.write_graphml(os.path.join(out, "ig.graphml"))
        rows.append(("igraph GraphML", time.perf_counter() - t0,
                     os.path.getsize(os.path.join(out, "ig.graphml"))))
    for name, seconds, size in rows:
        print(f"{name:<28} {seconds:10.2f} {size / 1e6:10.1f}")


if __name__ == "__main__":
    main()
