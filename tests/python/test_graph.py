"""kg.Graph against `kg build`, `kg path`, `kg neighbors`, `kg stats` and
`kg actors` on the bundled example: the same answers, the same bytes in
every format, errors with kg's messages, and a round trip through
NetworkX."""
import json
import threading

import pytest

import kg
from conftest import dumps_lines

FORMATS = {"json": "g.json", "graphml": "g.graphml", "gexf": "g.gexf",
           "gexf1.2": "g12.gexf", "dot": "g.dot", "node-link": "g.nodelink.json",
           "cytoscape": "g.cyjs", "csv": "g.csv", "html": "g.html"}


@pytest.fixture(scope="module")
def graph(example):
    return kg.Graph.build(example)


@pytest.fixture(scope="module")
def saved(example, run_kg, tmp_path_factory):
    """The example's graph saved by kg build (kg's .json)."""
    path = tmp_path_factory.mktemp("saved") / "xi.json"
    run_kg("build", example, "-o", str(path))
    return path


def cli_json(run_kg, *args):
    return json.loads(run_kg(*args, "--json").stdout)


def test_build_counts_and_repr(graph):
    assert (graph.actor_count, graph.edge_count, graph.affiliation_count) == (41, 123, 13)
    assert len(graph) == 41
    assert repr(graph) == "<kg.Graph: 41 actors, 123 edges (13 affiliations)>"
    assert len(kg.Graph()) == 0


def test_path_is_kg_path_json(graph, saved, run_kg):
    s = str(saved)
    for a, b, kw, flags in [
            ("carney", "putin", {}, []),
            ("Mark Carney", "Vladimir Putin", {"weighted": True}, ["--weighted"]),
            ("xi", "putin", {"all": True, "max_paths": 3}, ["--all", "--max-paths", "3"]),
            ("carney", "putin", {"directed": True}, ["--directed"]),
            ("xi", "putin", {"since": "2020", "until": 2025, "undated": True},
             ["--since", "2020", "--until", "2025", "--undated"]),
            ("xi", "putin", {"categories": [4, "05"], "quads": "1,2"},
             ["--category", "4,05", "--quad", "1,2"])]:
        got = graph.path(a, b, **kw)
        assert got == cli_json(run_kg, "path", a, b, s, *flags)["paths"], (a, b, kw)
        assert got, (a, b, kw)
    first = graph.path("carney", "putin")[0]["hops"][0]
    assert (first["from"], first["to"], first["evidence"]["relation"]) == \
        ("Mark Carney", "China", "visit")


def test_no_path_is_an_empty_list(graph, saved, run_kg):
    got = graph.path("carney", "putin", relations=["wage war"])
    assert got == []
    r = run_kg("path", "carney", "putin", str(saved), "--relation", "wage war",
               "--json", ok=False)
    assert r.returncode == 1
    assert json.loads(r.stdout)["paths"] == got


def test_neighbors_stats_actors_are_the_cli_json(graph, saved, run_kg):
    s = str(saved)
    assert graph.neighbors("putin") == cli_json(run_kg, "neighbors", "putin", s)
    assert graph.neighbors("putin", direction="in", since="2015") == \
        cli_json(run_kg, "neighbors", "putin", s, "--direction", "in", "--since", "2015")
    assert graph.neighbors("xi", direction="out", relations="meet") == \
        cli_json(run_kg, "neighbors", "xi", s, "--directed", "--relation", "meet")
    stats = graph.stats()
    assert stats == cli_json(run_kg, "stats", s)
    assert (stats["actors"], stats["edges"], stats["affiliations"]) == (41, 110, 13)
    assert graph.stats(top=3, directed=True, quads=[3, 4]) == \
        cli_json(run_kg, "stats", s, "--top", "3", "--directed", "--quad", "3,4")
    assert graph.actors() == cli_json(run_kg, "actors", s)["actors"]
    xi = graph.actors(match="xi")
    assert [a["id"] for a in xi] == ["xi-jinping"]
    assert graph.actors(type="country", categories="04") == \
        cli_json(run_kg, "actors", s, "--type", "country", "--category", "04")["actors"]


def test_save_every_format_as_kg_build(graph, example, saved, run_kg, tmp_path):
    for fmt, name in FORMATS.items():
        mine, theirs = tmp_path / "py", tmp_path / "cli"
        mine.mkdir(exist_ok=True)
        theirs.mkdir(exist_ok=True)
        graph.save(mine / name, format=fmt if fmt == "gexf1.2" else None)
        args = ["build", str(saved), "-o", str(theirs / name)]
        if fmt == "gexf1.2":
            args += ["--format", "gexf1.2"]
        run_kg(*args)
        files = [n.name for n in sorted(theirs.iterdir())]
        assert [n.name for n in sorted(mine.iterdir())] == files
        for f in files:
            assert (mine / f).read_bytes() == (theirs / f).read_bytes(), (fmt, f)
        for d in (mine, theirs):
            for f in d.iterdir():
                f.unlink()
    graph.save(tmp_path / "g.dot", multi=True)
    run_kg("build", str(saved), "-o", str(tmp_path / "c.dot"), "--multi")
    assert (tmp_path / "g.dot").read_bytes() == (tmp_path / "c.dot").read_bytes()
    graph.save(tmp_path / "v.gexf", gexf_version="1.2")
    run_kg("build", str(saved), "-o", str(tmp_path / "c.gexf"), "--gexf-version", "1.2")
    assert (tmp_path / "v.gexf").read_bytes() == (tmp_path / "c.gexf").read_bytes()


def test_build_of_texts_triples_and_loads_agree(graph, example, saved, run_kg, tmp_path):
    # From text the confidences are the extractor's; from triples, the two
    # decimals of the JSON Lines: two graphs, each as kg build makes it.
    triples = tmp_path / "xi.jsonl"
    triples.write_bytes(run_kg("extract", example).stdout)
    from_text, from_triples = tmp_path / "text.json", tmp_path / "triples.json"
    run_kg("build", example, "-o", str(from_text))
    run_kg("build", str(triples), "-o", str(from_triples))
    for want, graphs in (
            (from_text, [graph, kg.Graph.load(saved),
                         kg.Graph.build(example, threads=1)]),
            (from_triples, [kg.Graph.load(triples),
                            kg.Graph.build([triples], threads=3),
                            kg.Graph.from_triples(kg.extract_file(example))])):
        for g in graphs:
            out = tmp_path / "got.json"
            g.save(out)
            assert out.read_bytes() == want.read_bytes()
    plain = kg.Graph.build(example, affiliations=False)
    assert (plain.edge_count, plain.affiliation_count) == (110, 0)
    run_kg("build", example, "--no-affiliations", "-o", str(tmp_path / "na.json"))
    plain.save(tmp_path / "pa.json")
    assert (tmp_path / "pa.json").read_bytes() == (tmp_path / "na.json").read_bytes()
    assert kg.Graph.load(saved, affiliations=False).affiliation_count == 0


def test_graph_errors(graph, saved, run_kg, tmp_path):
    with pytest.raises(kg.KgError) as e:
        graph.path("carney", "nobody-at-all")
    assert str(e.value) == 'no actor "nobody-at-all"'
    assert e.value.code == "not_found"
    r = run_kg("path", "carney", "nobody-at-all", str(saved), ok=False)
    assert r.stderr.decode() == f"kg: {e.value}\n"
    with pytest.raises(kg.KgError) as e:
        graph.save(tmp_path / "g.png")
    assert str(e.value) == (f'{tmp_path / "g.png"}: unknown graph format "png" (known: '
                            "json, graphml, gexf, gexf1.2, dot, node-link, "
                            "cytoscape, csv, html)")
    with pytest.raises(kg.KgError) as e:
        graph.save(tmp_path / "g")
    assert str(e.value) == (f'{tmp_path / "g"}: no graph format in the name; add a '
                            "suffix or format= (known: json, graphml, gexf, "
                            "gexf1.2, dot, node-link, cytoscape, csv, html)")
    with pytest.raises(kg.KgError) as e:
        graph.save(tmp_path / "no" / "g.json")
    assert str(e.value) == f'{tmp_path / "no" / "g.json"}: No such file or directory'
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(kg.KgError) as e:
        graph.stats(since="2015-13")
    assert str(e.value) == 'since: bad date "2015-13" (want YYYY[-MM[-DD]])'
    assert e.value.code == "invalid_argument"
    with pytest.raises(kg.KgError) as e:
        graph.stats(categories=[99])
    assert str(e.value) == 'categories: "99" is not a CAMEO root code 01-20'
    with pytest.raises(kg.KgError) as e:
        graph.neighbors("xi", direction="up")
    assert str(e.value) == 'direction: "up" is not in, out or both'
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"subject": "a", "relation": "meet", "object": "b"}\n'
                   '{"subject": "a", "relation": "meet", "object": "b", "date": "2015-13"}\n')
    with pytest.raises(kg.KgError) as e:
        kg.Graph.load(bad)
    assert str(e.value) == f'{bad}:2: bad EDTF date "2015-13"'
    bad.unlink()
    with pytest.raises(kg.KgError) as e:
        kg.Graph.from_triples([{"subject": "a", "relation": "meet", "object": "b"},
                               {"relation": "meet", "object": "b"}])
    assert str(e.value) == 'triples:2: missing "subject"'
    with pytest.raises(TypeError):
        kg.Graph.from_triples([("a", "meet", "b")])


def test_queries_from_python_threads(graph):
    want = graph.stats(top=5)
    got = []
    threads = [threading.Thread(target=lambda: got.append(graph.stats(top=5)))
               for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert got == [want] * 3


def test_networkx_round_trip(graph, tmp_path):
    nx = pytest.importorskip("networkx")
    G = graph.to_networkx()
    assert isinstance(G, nx.MultiDiGraph)
    assert (G.number_of_nodes(), G.number_of_edges()) == (41, 123)
    assert G.nodes["xi-jinping"] == {
        "name": "Xi Jinping", "type": "person", "code": "CHNGOV",
        "names": ["Chinese leader Xi Jinping", "Xi", "Xi Jinping"],
        "mentions": 46, "first_date": "2013", "last_date": "2018/.."}
    kinds = [d["kind"] for _, _, d in G.edges(data=True)]
    assert (kinds.count("event"), kinds.count("affiliation")) == (110, 13)
    e = G.edges["mark-carney", "CHN", 17]
    assert (e["relation"], e["date"], e["category"], e["kind"]) == \
        ("visit", "2026-01", "04", "event")
    assert sorted(e) == sorted(["kind", "relation", "category", "quad_class", "date",
                                "date_source", "symmetric", "doc", "section",
                                "sentence", "span", "rule", "confidence"])
    assert nx.shortest_path_length(G.to_undirected(as_view=True),
                                   "mark-carney", "vladimir-putin") == 2
    back = kg.Graph.from_networkx(G)
    graph.save(tmp_path / "a.json")
    back.save(tmp_path / "b.json")
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()
    G.add_edge("xi-jinping", "CHN", key=999, relation="meet", date="2015-13")
    with pytest.raises(kg.KgError) as err:
        kg.Graph.from_networkx(G)
    assert str(err.value) == 'networkx:169: edge 123: bad EDTF date "2015-13"'


def test_edges_frame(graph):
    pd = pytest.importorskip("pandas")
    df = graph.edges_frame()
    assert isinstance(df, pd.DataFrame)
    assert list(df.columns) == [
        "edge", "source", "target", "source_name", "target_name", "kind",
        "relation", "category", "quad_class", "date", "date_source",
        "symmetric", "doc", "section", "sentence", "span_begin", "span_end",
        "rule", "confidence"]
    assert len(df) == 123
    assert list(df["edge"]) == list(range(123))
    row = df.iloc[17]
    assert (row["source_name"], row["relation"], row["target_name"], row["date"]) == \
        ("Mark Carney", "visit", "China", "2026-01")
    assert (df["kind"] == "affiliation").sum() == 13


def test_edges_frame_without_pandas(graph, monkeypatch):
    import sys
    monkeypatch.setitem(sys.modules, "pandas", None)  # import pandas fails
    with pytest.raises(ImportError) as e:
        graph.edges_frame()
    assert str(e.value) == ("kg.Graph.edges_frame needs pandas (Debian: "
                            "apt-get install python3-pandas)")
