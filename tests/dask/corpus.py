"""A corpus of every kind of input kg reads, generated from the bundled
article (examples/xi-foreign-policy.txt) with a seeded RNG, for kg-dask's
tests and benchmark: the same seed and size give the same bytes.

    from corpus import make_corpus
    inputs = make_corpus("examples/xi-foreign-policy.txt", "work/c", 20 << 20)
    # ["work/c/feed.jsonl", "work/c/news"]

Layout (sizes as shares of `size`):
- feed.jsonl (60%): JSON Lines records of 2-8 of the article's paragraphs
  shuffled, with "id" ("rec-000042") on two records in three (the others
  get kg's "feed.jsonl:LINE"), a "date" (a day, a month, an ISO date-time,
  or none), sometimes a "title";
- news/wire.jsonl (15%): the same kind, never an "id";
- news/texts/NNNN.txt (25%): text files with a "= Title =" and
  "== Section ==" headings, 20-400 KB (so some are read in parts);
- news/empty.txt: an empty file (kg warns);
- news/old/triples.jsonl: `triples` if given (kg build loads it, kg extract
  skips it with a warning).
"""

import json
import os
import random


def _paragraphs(example):
    with open(example, encoding="utf-8") as f:
        blocks = f.read().split("\n\n")
    return [b.strip() for b in blocks
            if b.strip() and not b.strip().startswith("=")]


def _date(rng):
    kind = rng.randrange(4)
    year = rng.randrange(2013, 2027)
    month = rng.randrange(1, 13)
    day = rng.randrange(1, 29)
    if kind == 0:
        return f"{year}-{month:02d}-{day:02d}"
    if kind == 1:
        return f"{year}-{month:02d}"
    if kind == 2:
        return f"{year}-{month:02d}-{day:02d}T{rng.randrange(24):02d}:00:00Z"
    return None


def _records(rng, paragraphs, size, with_ids, first):
    lines = []
    total = 0
    n = first
    while total < size:
        record = {}
        if with_ids and rng.randrange(3) != 0:
            record["id"] = f"rec-{n:06d}"
        if rng.randrange(4) == 0:
            record["title"] = f"Dispatch {n}"
        date = _date(rng)
        if date:
            record["date"] = date
        record["text"] = "\n\n".join(
            rng.choice(paragraphs) for _ in range(rng.randrange(2, 9)))
        line = json.dumps(record, ensure_ascii=rng.randrange(2) == 0) + "\n"
        lines.append(line)
        total += len(line.encode("utf-8"))
        n += 1
    return "".join(lines), n


def _text_file(rng, paragraphs, size, index):
    parts = [f"= Report {index} =\n"]
    total = 0
    section = 0
    while total < size:
        if rng.randrange(6) == 0:
            section += 1
            parts.append(f"\n== Section {section} ==\n")
        p = rng.choice(paragraphs)
        parts.append("\n" + p + "\n")
        total += len(p.encode("utf-8")) + 2
    return "".join(parts)


def make_corpus(example, out_dir, size, seed=16, triples=None):
    """Writes the corpus under out_dir; returns the inputs to name, in
    order: [out_dir/feed.jsonl, out_dir/news]."""
    rng = random.Random(seed)
    paragraphs = _paragraphs(example)
    news = os.path.join(out_dir, "news")
    os.makedirs(os.path.join(news, "texts"), exist_ok=True)
    feed, n = _records(rng, paragraphs, int(size * 0.60), True, 0)
    with open(os.path.join(out_dir, "feed.jsonl"), "w", encoding="utf-8") as f:
        f.write(feed)
    wire, _ = _records(rng, paragraphs, int(size * 0.15), False, n)
    with open(os.path.join(news, "wire.jsonl"), "w", encoding="utf-8") as f:
        f.write(wire)
    left = int(size * 0.25)
    index = 0
    while left > 0:
        want = min(left, rng.randrange(20 << 10, 400 << 10))
        text = _text_file(rng, paragraphs, want, index)
        with open(os.path.join(news, "texts", f"{index:04d}.txt"), "w",
                  encoding="utf-8") as f:
            f.write(text)
        left -= len(text.encode("utf-8"))
        index += 1
    open(os.path.join(news, "empty.txt"), "w").close()
    if triples is not None:
        os.makedirs(os.path.join(news, "old"), exist_ok=True)
        with open(os.path.join(news, "old", "triples.jsonl"), "wb") as f:
            f.write(triples)
    return [os.path.join(out_dir, "feed.jsonl"), news]
