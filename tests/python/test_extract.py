"""kg.extract_file, kg.iter_extract_file and kg.extract_text against `kg
extract`: the same bytes when serialized, errors with kg's messages,
threads."""
import datetime
import json
import threading

import pytest

import kg
from conftest import dumps_lines

# Fields of a triple, in kg's order (base/triple_json.h).
FIELDS = ["doc", "subject", "relation", "category", "object", "date",
          "subject_id", "object_id", "subject_type", "object_type",
          "subject_code", "object_code", "subject_text", "object_text",
          "quad_class", "symmetric", "date_source", "negated", "hypothetical",
          "section", "sentence", "span", "rule", "confidence"]


def test_extract_file_bytes_equal_kg_extract(example, run_kg):
    triples = kg.extract_file(example)
    assert len(triples) == 110
    assert all(list(t) == FIELDS for t in triples)
    assert dumps_lines(triples) == run_kg("extract", example).stdout


def test_folder_jsonl_and_flagged_as_kg_reads_them(tmp_path, run_kg):
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text(
        "Kenyan President William Ruto met Chinese leader Xi Jinping in 2023.\n")
    (tmp_path / "news" / "b.md").write_text(
        "# Notes\n\nIran was sanctioned by the United States in 2018.\n")
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "f1", "date": "2024-05-08",
                                "text": "Russia did not sign the treaty with Japan yesterday."})
                    + "\n")
    paths = [tmp_path / "news", str(feed)]
    for flagged in (False, True):
        triples = kg.extract_file(paths, include_flagged=flagged)
        args = ["extract", str(tmp_path / "news"), str(feed)]
        if flagged:
            args.append("--include-flagged")
        assert dumps_lines(triples) == run_kg(*args).stdout
    assert [t["doc"] for t in kg.extract_file(paths)] == ["a.txt", "b.md"]
    flagged = kg.extract_file(paths, include_flagged=True)
    assert [(t["doc"], t["relation"], t["negated"]) for t in flagged][-1] == \
        ("f1", "sign treaty", True)


def test_iterator_equals_list(example):
    it = kg.iter_extract_file(example, threads=2)
    assert iter(it) is it
    first = next(it)
    rest = list(it)
    assert [first] + rest == kg.extract_file(example)
    with pytest.raises(StopIteration):
        next(it)


def test_iterator_stopped_early_and_dropped(example):
    it = kg.iter_extract_file([example] * 20, threads=2)
    assert next(it)["doc"] == "xi-foreign-policy.txt"
    del it  # the background extraction stops; nothing hangs


def test_iterator_raises_after_the_good_documents(tmp_path, run_kg):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "ok", "text": "Iran was sanctioned by the "
                                "United States in 2018."}) + "\n{\"text\": oops}\n")
    got = []
    with pytest.raises(kg.KgError) as e:
        for t in kg.iter_extract_file(feed):
            got.append(t["doc"])
    assert got == ["ok"]
    assert str(e.value) == (f"{feed}:2:10: parse error: syntax error while "
                            "parsing value - invalid literal; last read: "
                            "'\"text\": o'")
    assert e.value.code == "parse_error"
    r = run_kg("extract", str(feed), ok=False)
    assert r.stderr.decode() == f"kg: {e.value}\n"


def test_extract_text_exact_triple():
    triples = kg.extract_text("Iran was sanctioned by the United States in 2018.",
                              doc="s1")
    assert triples == [{
        "doc": "s1", "subject": "United States", "relation": "sanction",
        "category": "17", "object": "Iran", "date": "2018",
        "subject_id": "USA", "object_id": "IRN", "subject_type": "country",
        "object_type": "country", "subject_code": "USA", "object_code": "IRN",
        "subject_text": "United States", "object_text": "Iran",
        "quad_class": 4, "symmetric": False, "date_source": "sentence",
        "negated": False, "hypothetical": False, "section": "",
        "sentence": "Iran was sanctioned by the United States in 2018.",
        "span": [0, 49], "rule": "passive/sanction", "confidence": 0.7}]


def test_extract_text_equals_the_jsonl_record(tmp_path, run_kg):
    text = ("= Talks =\n\nOn Monday, Xi Jinping met Vladimir Putin in Moscow.\n\n"
            "Last year Russia did not sign a deal with Japan.\n")
    for date, title in (("2023-03-22", None), ("2023", "Visit"), (None, None)):
        record = {"id": "d", "text": text}
        if date:
            record["date"] = date
        if title:
            record["title"] = title
        feed = tmp_path / "r.jsonl"
        feed.write_text(json.dumps(record) + "\n")
        for flagged in (False, True):
            got = kg.extract_text(text, doc="d", date=date, title=title,
                                  include_flagged=flagged)
            args = ["extract", str(feed)] + (["--include-flagged"] if flagged else [])
            assert dumps_lines(got) == run_kg(*args).stdout, (date, title, flagged)


def test_extract_text_dates():
    text = "On Monday, Xi Jinping met Vladimir Putin in Moscow."
    def dates(**kw):
        return [(t["date"], t["date_source"]) for t in kg.extract_text(text, **kw)]
    # "Monday" is the Monday before the document's date (a Wednesday).
    assert dates(date="2023-03-22") == [("2023-03-20", "document")]
    assert dates(date=datetime.date(2023, 3, 22)) == [("2023-03-20", "document")]
    assert dates(date=datetime.datetime(2023, 3, 22, 9, 30)) == [("2023-03-20", "document")]
    assert dates(date="2023-03-22T10:00:00Z") == [("2023-03-20", "document")]
    assert dates() == [(None, "none")]
    with pytest.raises(kg.KgError) as e:
        kg.extract_text(text, date="2023-13")
    assert str(e.value) == ('date: bad date "2023-13" (want YYYY[-MM[-DD]] or '
                            'an ISO 8601 date-time)')
    assert e.value.code == "invalid_argument"
    with pytest.raises(TypeError):
        kg.extract_text(text, date=3.5)


def test_errors_carry_kgs_message(tmp_path):
    missing = tmp_path / "a.txt"
    with pytest.raises(kg.KgError) as e:
        kg.extract_file(missing)
    assert str(e.value) == f"{missing}: no such file or directory"
    assert e.value.code == "not_found"
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "text": "fine"}\n{"id": 3, "txt": "no text"}\n')
    with pytest.raises(kg.KgError) as e:
        kg.extract_file(bad)
    assert str(e.value) == f'{bad}:2: missing string field "text"'
    with pytest.raises(kg.KgError) as e:
        kg.extract_text("Xi met Putin.", rules="no-such-pack")
    assert str(e.value) == "no-such-pack: no such rule pack file or built-in pack"
    with pytest.raises(TypeError):
        kg.extract_file(42)
    with pytest.raises(ValueError):
        kg.extract_file(missing, threads=-1)


def test_warnings_are_kg_warnings(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    other = tmp_path / "b.txt"
    other.write_text("Iran was sanctioned by the United States in 2018.\n")
    with pytest.warns(kg.KgWarning) as w:
        triples = kg.extract_file([empty, other])
    assert [str(x.message) for x in w] == [f"{empty}: empty file"]
    assert len(triples) == 1


def test_threads_give_identical_output(example):
    lists = [kg.extract_file([example, example], threads=n) for n in (0, 1, 3)]
    assert lists[0] == lists[1] == lists[2]
    assert len(lists[0]) == 220


def test_two_python_threads_extract_concurrently(example):
    expected = kg.extract_file(example, threads=1)
    results = [None, None]
    errors = []

    def work(i):
        try:
            results[i] = kg.extract_file(example, threads=1)
        except Exception as e:  # reported below, not lost in the thread
            errors.append(e)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert results == [expected, expected]


def test_the_gil_is_released_while_extracting(example):
    # A Python loop runs on while another thread extracts: with the GIL
    # held for the whole extraction it would not count past a handful.
    done = threading.Event()
    worker = threading.Thread(
        target=lambda: (kg.extract_file([example] * 4, threads=1), done.set()))
    worker.start()
    spins = 0
    while not done.is_set():
        spins += 1
    worker.join()
    assert spins > 10000


RSS_PROBE = r"""
import sys
import kg

def memory_mb(field):
    # VmRSS now, VmHWM the peak: both of this process image (ru_maxrss
    # would count the parent's size at fork).
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1]) >> 10

if sys.argv[1] == "iter":
    it = kg.iter_extract_file(sys.argv[2], threads=2)
    next(it)  # the pack compiled and the first batch in: the baseline
    base = memory_mb("VmRSS")
    n = 1 + sum(1 for _ in it)
else:
    kg.extract_text("Xi met Putin.")  # the pack compiled
    base = memory_mb("VmRSS")
    n = len(kg.extract_file(sys.argv[2], threads=2))
print(n, memory_mb("VmHWM") - base)
"""


def test_iterator_memory_does_not_grow_with_the_input(example, tmp_path):
    # 100 copies of the example (2.7 MB, 11,000 triples): the list holds
    # every dict (tens of MB), the iterator a few documents' worth.
    import subprocess
    import sys
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    text = open(example, "rb").read()
    for i in range(100):
        (corpus / f"x{i:03d}.txt").write_bytes(text)
    growth = {}
    for mode in ("iter", "list"):
        out = subprocess.run([sys.executable, "-c", RSS_PROBE, mode, str(corpus)],
                             check=True, stdout=subprocess.PIPE, text=True).stdout
        n, growth[mode] = map(int, out.split())
        assert n == 11000
    assert growth["iter"] < 10, growth
    assert growth["list"] > 30, growth


def test_messages_are_one_line_as_kg_prints_them(tmp_path, run_kg):
    odd = str(tmp_path / "a\nb.txt")
    with pytest.raises(kg.KgError) as e:
        kg.extract_file(odd)
    assert str(e.value) == f"{tmp_path}/a\\nb.txt: no such file or directory"
    assert run_kg("extract", odd, ok=False).stderr.decode() == f"kg: {e.value}\n"
    latin1 = tmp_path / b"caf\xe9.txt".decode("utf-8", "surrogateescape")
    with pytest.raises(kg.KgError) as e:
        kg.extract_file(latin1)
    assert str(e.value) == f"{tmp_path}/caf\\xE9.txt: no such file or directory"


CACHE_PROBE = r"""
import time
import kg
t = time.perf_counter()
kg.extract_text("Xi met Putin.")
first = time.perf_counter() - t
t = time.perf_counter()
for _ in range(5):
    kg.extract_text("Xi met Putin.")
print(first, time.perf_counter() - t)
"""


def test_packs_are_compiled_once():
    # A fresh process: the first call compiles the pack (most of a second),
    # five more together take a fraction of it.
    import subprocess
    import sys
    out = subprocess.run([sys.executable, "-c", CACHE_PROBE], check=True,
                         stdout=subprocess.PIPE, text=True).stdout
    first, five_more = map(float, out.split())
    assert five_more < first / 2, (first, five_more)
