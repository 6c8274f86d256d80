#!/usr/bin/env python3
"""Reads kg's exports of the hostile-names graph back with the real readers.

    readers_test.py KG SOURCE_DIR WORK_DIR CHECK

CHECK is one of: graphml-networkx, graphml-igraph, nodelink-networkx,
gexf-relaxng (xmllint against tests/export/schemas), gexf12-networkx,
dot-render and sfdp-render (Graphviz, without error or warning), and on a
triples file written here with a symmetric relation (TRIPLES):
gexf12-networkx-symmetric, graphml-ids-networkx, graphml-ids-igraph,
nodelink-suffix-networkx (-o x.nodelink.json, no --format); and
sfdp-1000-edges: a 1,000-edge graph written here, drawn by sfdp without a
warning, the legend below every node; it prints the render time (a figure
to report, not a pass/fail bound: machines differ).
Exit 0 when the reader gets the same nodes, edges, names and attribute
types that kg wrote; 1 with a message otherwise.
"""
import json
import os
import re
import subprocess
import sys
import time
import warnings

NAMES = ["node", "graph", "C:\\path\\", 'a"b', "<&>", "\\N", "Ctrl\u0001Name",
         "\u0645\u0631\u062d\u0628\u0627", "Rocket \U0001F680"]
EDGES = 5


def build(kg, source, work, fmt, name):
    os.makedirs(work, exist_ok=True)
    out = os.path.join(work, name)
    hostile = os.path.join(source, "tests", "export", "hostile")
    subprocess.run([kg, "build", "--rules", os.path.join(hostile, "pack.json"),
                    os.path.join(hostile, "text.txt"), "--format", fmt, "-o", out],
                   check=True, capture_output=True)
    return out


# ann -meet (symmetric)- bob -visit-> CUB; dan -criticize-> eve.
TRIPLES = [
    dict(subject="Ann Lee", subject_id="ann", subject_type="person", relation="meet",
         category="04", object="Bob Ray", object_id="bob", object_type="person",
         date="2019", symmetric=True),
    dict(subject="Bob Ray", subject_id="bob", subject_type="person", relation="visit",
         category="04", object="Cuba", object_id="CUB", object_type="country",
         date="2020-05"),
    dict(subject="Dan Fox", subject_id="dan", subject_type="person",
         relation="criticize", category="11", object="Eve Kim", object_id="eve",
         object_type="person", date=None),
]


def build_triples(kg, work, name, fmt=None):
    os.makedirs(work, exist_ok=True)
    triples = os.path.join(work, "t.jsonl")
    with open(triples, "w", encoding="utf-8") as f:
        for i, t in enumerate(TRIPLES):
            f.write(json.dumps(dict(doc="d.txt", sentence=f"Sentence {i}.", span=[i, i + 1],
                                    confidence=0.8, **t)) + "\n")
    out = os.path.join(work, name)
    subprocess.run([kg, "build", triples, "-o", out] + (["--format", fmt] if fmt else []),
                   check=True, capture_output=True)
    return out


def expect(what, got, want):
    if got != want:
        sys.exit(f"{what}: got {got!r}, want {want!r}")


def xml_names():
    # XML 1.0 cannot carry U+0001: the writer drops it.
    return sorted(n.replace("\u0001", "") for n in NAMES)


def graphml_networkx(kg, source, work):
    import networkx as nx
    g = nx.read_graphml(build(kg, source, work, "graphml", "h.graphml"))
    # A MultiDiGraph only when the file has parallel edges; this one has none.
    expect("directed", g.is_directed(), True)
    expect("nodes", g.number_of_nodes(), len(NAMES))
    expect("edges", g.number_of_edges(), EDGES)
    expect("labels", sorted(d["label"] for _, d in g.nodes(data=True)), xml_names())
    for _, _, d in g.edges(data=True):
        expect("weight type", type(d["weight"]).__name__, "float")
        expect("quad_class type", type(d["quad_class"]).__name__, "int")
        expect("relation", d["relation"], "meet")


def read_igraph_graphml(path):
    import igraph
    # igraph warns (and keeps its own) when an attribute is called "id".
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        return igraph.Graph.Read_GraphML(path)


def graphml_igraph(kg, source, work):
    g = read_igraph_graphml(build(kg, source, work, "graphml", "h.graphml"))
    expect("directed", g.is_directed(), True)
    expect("nodes", g.vcount(), len(NAMES))
    expect("edges", g.ecount(), EDGES)
    expect("labels", sorted(g.vs["label"]), xml_names())
    expect("weights", all(isinstance(w, float) and w > 0 for w in g.es["weight"]), True)


def nodelink_networkx(kg, source, work):
    import json
    import networkx as nx
    with open(build(kg, source, work, "node-link", "h.json"), encoding="utf-8") as f:
        data = json.load(f)
    try:
        g = nx.node_link_graph(data, edges="links")
    except TypeError:  # NetworkX before 3.4 has no `edges` argument
        g = nx.node_link_graph(data)
    expect("type", type(g).__name__, "MultiDiGraph")
    expect("nodes", g.number_of_nodes(), len(NAMES))
    expect("edges", g.number_of_edges(), EDGES)
    expect("labels", sorted(d["label"] for _, d in g.nodes(data=True)), sorted(NAMES))


def gexf_relaxng(kg, source, work):
    out = build(kg, source, work, "gexf", "h.gexf")
    schema = os.path.join(os.path.dirname(os.path.abspath(__file__)), "schemas",
                          "gexf-1.3", "gexf.rng")
    r = subprocess.run(["xmllint", "--noout", "--relaxng", schema, out],
                       capture_output=True, text=True)
    expect("xmllint " + r.stderr.strip(), r.returncode, 0)


def gexf12_networkx(kg, source, work):
    import networkx as nx
    g = nx.read_gexf(build(kg, source, work, "gexf1.2", "h.gexf"))
    expect("nodes", g.number_of_nodes(), len(NAMES))
    expect("edges", g.number_of_edges(), EDGES)
    expect("labels", sorted(d["label"] for _, d in g.nodes(data=True)), xml_names())


def render(kg, source, work, engine):
    out = build(kg, source, work, "dot", "h.dot")
    r = subprocess.run([engine, "-Tsvg", out, "-o", out + ".svg"], capture_output=True,
                       text=True)
    expect(engine + " exit code", r.returncode, 0)
    expect(engine + " warnings", r.stderr.strip(), "")
    with open(out + ".svg", encoding="utf-8") as f:
        svg = f.read()
    for name in ("node", "graph", "Rocket"):
        expect("svg has " + name, name in svg, True)


def dot_render(kg, source, work):
    render(kg, source, work, "dot")


def sfdp_render(kg, source, work):
    render(kg, source, work, "sfdp")


def csv_python(kg, source, work):
    import csv
    stem = build(kg, source, work, "csv", "h.csv")[:-4]
    with open(stem + ".nodes.csv", encoding="utf-8", newline="") as f:
        nodes = list(csv.DictReader(f))
    with open(stem + ".edges.csv", encoding="utf-8", newline="") as f:
        edges = list(csv.DictReader(f))
    expect("nodes", len(nodes), len(NAMES))
    expect("edges", len(edges), EDGES)
    expect("header", ":START_ID" in edges[0] and ":END_ID" in edges[0], True)
    # CSV drops control characters as XML does.
    expect("names", sorted(n["name"] for n in nodes), xml_names())


def cytoscape_json(kg, source, work):
    import json
    with open(build(kg, source, work, "cytoscape", "h.json"), encoding="utf-8") as f:
        elements = json.load(f)["elements"]
    expect("nodes", len(elements["nodes"]), len(NAMES))
    expect("edges", len(elements["edges"]), EDGES)
    expect("labels", sorted(n["data"]["label"] for n in elements["nodes"]), sorted(NAMES))
    ids = [x["data"]["id"] for x in elements["nodes"] + elements["edges"]]
    expect("unique ids", len(set(ids)), len(ids))


def gexf12_networkx_symmetric(kg, source, work):
    import networkx as nx
    g = nx.read_gexf(build_triples(kg, work, "t.gexf", "gexf1.2"))
    expect("directed", g.is_directed(), True)
    expect("nodes", sorted(g.nodes()), ["n0", "n1", "n2", "n3", "n4"])
    # the symmetric meet is an edge each way
    expect("edges", sorted((g.nodes[u]["label"], g.nodes[v]["label"])
                           for u, v in g.edges()),
           [("Ann Lee", "Bob Ray"), ("Bob Ray", "Ann Lee"), ("Bob Ray", "Cuba"),
            ("Dan Fox", "Eve Kim")])


def graphml_ids_networkx(kg, source, work):
    import networkx as nx
    g = nx.read_graphml(build_triples(kg, work, "t.graphml"))
    expect("nodes", sorted(g.nodes()), ["CUB", "ann", "bob", "dan", "eve"])
    expect("path", nx.shortest_path(g, "ann", "CUB"), ["ann", "bob", "CUB"])
    expect("kg_id", g.nodes["CUB"]["kg_id"], "CUB")
    expect("label", g.nodes["CUB"]["label"], "Cuba")


def graphml_ids_igraph(kg, source, work):
    g = read_igraph_graphml(build_triples(kg, work, "t.graphml"))
    expect("ids", g.vs["id"], ["ann", "bob", "CUB", "dan", "eve"])
    expect("kg_id", g.vs["kg_id"], g.vs["id"])
    expect("edges", [(g.vs[e.source]["id"], g.vs[e.target]["id"]) for e in g.es],
           [("ann", "bob"), ("bob", "CUB"), ("dan", "eve")])


def nodelink_suffix_networkx(kg, source, work):
    import networkx as nx
    with open(build_triples(kg, work, "t.nodelink.json"), encoding="utf-8") as f:
        data = json.load(f)
    try:
        g = nx.node_link_graph(data, edges="links")
    except TypeError:  # NetworkX before 3.4 has no `edges` argument
        g = nx.node_link_graph(data)
    expect("nodes", sorted(g.nodes()), ["CUB", "ann", "bob", "dan", "eve"])
    expect("path", nx.shortest_path(g, "ann", "CUB"), ["ann", "bob", "CUB"])


def sfdp_1000_edges(kg, source, work):
    os.makedirs(work, exist_ok=True)
    triples = os.path.join(work, "big.jsonl")
    relations = [("meet", "04"), ("give aid", "07"), ("criticize", "11"), ("attack", "19")]
    with open(triples, "w", encoding="utf-8") as f:
        for i in range(1000):
            # 400 actors, 1,000 distinct pairs: each actor the subject of
            # 2 or 3 edges to actors spread over the graph
            a, k = i % 400, i // 400
            b = (a + 1 + 37 * k + (a * 13) % 50) % 400
            rel, cat = relations[i % 4]
            f.write(json.dumps(dict(
                doc="d.txt", subject=f"Actor {a}", subject_id=f"a{a}", subject_type="person",
                relation=rel, category=cat, object=f"Actor {b}",
                object_id=f"a{b}", object_type="country", date=str(2000 + i % 20),
                sentence=f"Sentence {i}.", span=[i, i + 1], confidence=0.8)) + "\n")
    out = os.path.join(work, "big.dot")
    subprocess.run([kg, "build", triples, "-o", out], check=True, capture_output=True)
    with open(out, encoding="utf-8") as f:
        dot = f.read()
    expect("sfdp layout", "layout=sfdp" in dot and "splines=false" in dot, True)
    start = time.monotonic()
    r = subprocess.run(["sfdp", "-Tsvg", out, "-o", out + ".svg"], capture_output=True,
                       text=True)
    seconds = time.monotonic() - start
    expect("sfdp exit code", r.returncode, 0)
    expect("sfdp warnings", r.stderr.strip(), "")
    with open(out + ".svg", encoding="utf-8") as f:
        svg = f.read()
    expect("edges drawn", svg.count('class="edge"'), 1000)
    # SVG y grows downwards: the legend's text lies below every node.
    node_y = [float(y) for y in re.findall(r'<g id="node\d+" class="node">.*?<text[^>]* y="([-\d.]+)"',
                                           svg, re.S)]
    legend = re.search(r'<text[^>]* y="([-\d.]+)"[^>]*>CAMEO quad class</text>', svg)
    expect("legend found", legend is not None, True)
    expect("nodes found", len(node_y) > 300, True)
    expect("legend below the nodes", float(legend.group(1)) > max(node_y), True)
    print(f"sfdp rendered 1000 edges in {seconds:.2f} s")


CHECKS = {"sfdp-1000-edges": sfdp_1000_edges,
          "gexf12-networkx-symmetric": gexf12_networkx_symmetric,
          "graphml-ids-networkx": graphml_ids_networkx,
          "graphml-ids-igraph": graphml_ids_igraph,
          "nodelink-suffix-networkx": nodelink_suffix_networkx,
          "cytoscape-json": cytoscape_json, "csv-python": csv_python, "dot-render": dot_render, "sfdp-render": sfdp_render, "graphml-networkx": graphml_networkx, "graphml-igraph": graphml_igraph,
          "nodelink-networkx": nodelink_networkx, "gexf-relaxng": gexf_relaxng,
          "gexf12-networkx": gexf12_networkx}

if __name__ == "__main__":
    kg, source, work, check = sys.argv[1:5]
    CHECKS[check](kg, source, os.path.join(work, check))
    print(f"{check}: ok")
