#!/usr/bin/env python3
"""kg's quality scorer: extracted triples against a hand-made gold file.

    score.py GOLD PRED [--json] [--show-misses]
    score.py check --kg KG --gold GOLD --text TEXT --expect-f1 X
                   [--tolerance 0.02] [--rules PACK]

The rules are those of ../shared/eval/GUIDELINE.md, section 5:

- names match after normalization (NFKD, combining marks dropped, lower
  case, punctuation to spaces, spaces collapsed, a leading "the " dropped);
  the predicted subject must be one of the gold subject names and the
  predicted object one of the gold object names, or the other way round
  when the gold triple is symmetric;
- the relation matches when the predicted category equals the gold one, or
  the predicted relation is the gold relation or one of its
  relation_alternatives;
- both triples belong to the same document (basename of "doc");
- each gold triple is matched at most once, each prediction at most once:
  the matched count is a maximum bipartite matching (augmenting paths).

SRO ignores dates. SROD also wants equal "date" strings (null == missing);
the SRO matching is grown from the SROD one, so every pair that agrees on
the date is kept. Predictions whose doc is not in the gold are ignored.

GOLD or PRED may be "-" for standard input. Exit status: 0 ok; 1 the check
found a regression; 2 bad input or usage ("path:line: not JSON: ...").

`check` runs `KG extract [--rules PACK] TEXT -o TMP`, scores the output
against GOLD and fails (exit 1) when its SRO F1 is more than the tolerance
below the recorded --expect-f1. CTest runs it; see README.md.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata

DEFAULT_TOLERANCE = 0.02
EPSILON = 1e-9


class InputError(Exception):
    """Bad input: the message names the file and line."""


# ---------------------------------------------------------------- names

_PUNCT = re.compile(r"[^\w\s]", re.UNICODE)
_SPACES = re.compile(r"\s+", re.UNICODE)


def normalize(name):
    """The form in which two names are compared ("The São Paulo-X" -> "sao paulo x")."""
    if name is None:
        return ""
    text = unicodedata.normalize("NFKD", str(name))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = _PUNCT.sub(" ", text).replace("_", " ")
    text = _SPACES.sub(" ", text).strip()
    if text.startswith("the "):
        text = text[4:]
    return text


def name_set(value):
    """Normalized names of a field holding one name or a list of names."""
    if value is None:
        return set()
    values = value if isinstance(value, list) else [value]
    return {n for n in (normalize(v) for v in values) if n}


def doc_name(row):
    doc = row.get("doc")
    return os.path.basename(str(doc)) if doc is not None else ""


# ---------------------------------------------------------------- input

def read_jsonl(path, gold=False):
    """Rows of a JSON Lines file ("-": standard input). Raises InputError."""
    try:
        if path == "-":
            lines = sys.stdin.read().splitlines()
        else:
            with open(path, encoding="utf-8") as stream:
                lines = stream.read().splitlines()
    except OSError as err:
        raise InputError(f"{path}: cannot read: {err.strerror or err}") from err
    except UnicodeDecodeError as err:
        raise InputError(f"{path}: not UTF-8: {err}") from err
    rows = []
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as err:
            raise InputError(f"{path}:{lineno}: not JSON: {err}") from err
        if not isinstance(row, dict):
            raise InputError(f"{path}:{lineno}: not a JSON object")
        if gold:
            for field in ("subject", "object"):
                if not name_set(row.get(field)):
                    raise InputError(f"{path}:{lineno}: gold triple has no {field!r}")
            if not row.get("relation") and not row.get("category"):
                raise InputError(f"{path}:{lineno}: gold triple has neither "
                                 "'relation' nor 'category'")
        rows.append(row)
    return rows


# ---------------------------------------------------------------- matching

class GoldTriple:
    """A gold row with its name and lemma sets computed once."""

    def __init__(self, row):
        self.row = row
        self.doc = doc_name(row)
        self.subjects = name_set(row.get("subject"))
        self.objects = name_set(row.get("object"))
        self.symmetric = bool(row.get("symmetric"))
        self.category = row.get("category") or None
        alternatives = row.get("relation_alternatives") or []
        if not isinstance(alternatives, list):
            alternatives = [alternatives]
        self.lemmas = name_set([row.get("relation")] + alternatives)
        self.date = row.get("date") or None

    def actors_match(self, pred):
        subjects, objects = name_set(pred.get("subject")), name_set(pred.get("object"))
        if subjects & self.subjects and objects & self.objects:
            return True
        return self.symmetric and bool(subjects & self.objects) and bool(objects & self.subjects)

    def relation_matches(self, pred):
        category = pred.get("category") or None
        if category is not None and self.category is not None \
                and str(category) == str(self.category):
            return True
        return normalize(pred.get("relation")) in self.lemmas

    def date_matches(self, pred):
        return (pred.get("date") or None) == self.date

    def matches(self, pred, with_date):
        return (doc_name(pred) == self.doc and self.actors_match(pred)
                and self.relation_matches(pred)
                and (not with_date or self.date_matches(pred)))


def maximum_matching(candidates, n_gold, start=None):
    """Kuhn's algorithm: candidates[i] lists the gold triples prediction i may
    take. Returns gold_owner (gold index -> prediction index or -1).

    `start` is a valid matching (gold_owner list) to grow: an augmenting path
    never leaves a matched gold triple unmatched, so every gold triple matched
    in `start` stays matched (possibly to another prediction)."""
    gold_owner = list(start) if start is not None else [-1] * n_gold
    pred_gold = [-1] * len(candidates)
    for j, i in enumerate(gold_owner):
        if i >= 0:
            pred_gold[i] = j

    def augment(root):
        # Iterative depth-first search for an augmenting path from `root`.
        reached_from = {}                     # gold -> prediction that reached it
        stack = [(root, iter(candidates[root]))]
        while stack:
            pred, choices = stack[-1]
            for j in choices:
                if j in reached_from:
                    continue
                reached_from[j] = pred
                if gold_owner[j] < 0:         # free gold triple: flip the path
                    while True:
                        p = reached_from[j]
                        previous = pred_gold[p]
                        gold_owner[j], pred_gold[p] = p, j
                        if p == root:
                            return True
                        j = previous
                stack.append((gold_owner[j], iter(candidates[gold_owner[j]])))
                break
            else:
                stack.pop()
        return False

    for i in range(len(candidates)):
        if pred_gold[i] < 0 and candidates[i]:
            augment(i)
    return gold_owner


def prf(matched, n_pred, n_gold):
    precision = matched / n_pred if n_pred else 0.0
    recall = matched / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def score(gold_rows, pred_rows):
    """Scores predictions against gold rows. Returns a dict:
    {"gold", "predicted", "SRO": {...}, "SROD": {...}} where each level has
    matched, precision, recall, f1 (unrounded) and recall_easy / recall_hard
    when the gold marks difficulty; plus "_golds", "_preds", "_owner" (the SRO
    matching) for reports."""
    golds = [GoldTriple(row) for row in gold_rows]
    gold_docs = {g.doc for g in golds}
    preds = [row for row in pred_rows if doc_name(row) in gold_docs]

    result = {"gold": len(golds), "predicted": len(preds)}
    owner = None
    for level, with_date in (("SROD", True), ("SRO", False)):
        candidates = [[j for j, g in enumerate(golds) if g.matches(p, with_date)]
                      for p in preds]
        owner = maximum_matching(candidates, len(golds), start=owner)
        matched = sum(1 for i in owner if i >= 0)
        precision, recall, f1 = prf(matched, len(preds), len(golds))
        figures = {"matched": matched, "precision": precision, "recall": recall, "f1": f1}
        for difficulty in ("easy", "hard"):
            idx = [j for j, g in enumerate(golds) if g.row.get("difficulty") == difficulty]
            if idx:
                figures["recall_" + difficulty] = sum(1 for j in idx if owner[j] >= 0) / len(idx)
        result[level] = figures
    result["_golds"], result["_preds"], result["_owner"] = golds, preds, owner
    return result


# ---------------------------------------------------------------- output

def public(result):
    """The JSON figures (rounded to 4 places)."""
    out = {"gold": result["gold"], "predicted": result["predicted"]}
    for level in ("SRO", "SROD"):
        out[level] = {k: (round(v, 4) if isinstance(v, float) else v)
                      for k, v in result[level].items()}
    return out


def format_figures(result):
    lines = [f"gold {result['gold']}  predicted {result['predicted']}"]
    for level in ("SRO", "SROD"):
        m = result[level]
        extra = "".join(f"  recall({k[len('recall_'):]}) {m[k]:.3f}"
                        for k in ("recall_easy", "recall_hard") if k in m)
        lines.append(f"{level:<5} matched {m['matched']:4d}  precision {m['precision']:.3f}"
                     f"  recall {m['recall']:.3f}  F1 {m['f1']:.3f}{extra}")
    return "\n".join(lines)


def _first(value):
    if isinstance(value, list):
        return value[0] if value else ""
    return "" if value is None else str(value)


def format_misses(result):
    golds, preds, owner = result["_golds"], result["_preds"], result["_owner"]
    lines = ["", "# gold not found (SRO)"]
    for j, g in enumerate(golds):
        if owner[j] < 0:
            row = g.row
            lines.append(f"  {_first(row.get('subject'))} -{row.get('relation')}"
                         f" ({row.get('category')})-> {_first(row.get('object'))}"
                         f" [{row.get('date')}]  | {str(row.get('evidence', ''))[:100]}")
    used = {i for i in owner if i >= 0}
    lines += ["", "# predictions not in gold (SRO)"]
    for i, p in enumerate(preds):
        if i not in used:
            lines.append(f"  {_first(p.get('subject'))} -{p.get('relation')}"
                         f" ({p.get('category')})-> {_first(p.get('object'))}"
                         f" [{p.get('date')}]  | {str(p.get('sentence', ''))[:100]}")
    return "\n".join(lines)


# ---------------------------------------------------------------- commands

def cmd_score(argv):
    parser = argparse.ArgumentParser(
        prog="score.py", description="Score kg triples (JSON Lines) against a gold file.")
    parser.add_argument("gold", help="gold JSON Lines ('-' for standard input)")
    parser.add_argument("pred", help="predicted triples, JSON Lines ('-' for standard input)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--show-misses", action="store_true",
                        help="list gold triples not found and predictions not in the gold")
    args = parser.parse_args(argv)
    if args.gold == "-" and args.pred == "-":
        parser.error("only one of GOLD and PRED may be '-'")
    try:
        result = score(read_jsonl(args.gold, gold=True), read_jsonl(args.pred))
    except InputError as err:
        print(f"score.py: {err}", file=sys.stderr)
        return 2
    print(json.dumps(public(result)) if args.json else format_figures(result))
    if args.show_misses:
        print(format_misses(result))
    return 0


def _fraction(text):
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"{text} is not between 0 and 1")
    return value


def verdict(f1, expected, tolerance):
    """(exit status, message) for a measured SRO F1 against the recorded one."""
    f1 = round(f1, 4)
    if f1 < expected - tolerance - EPSILON:
        return 1, (f"SRO F1 {f1:.3f} is {expected - f1:.3f} below the recorded "
                   f"{expected:.3f} (tolerance {tolerance:g})")
    if f1 > expected + tolerance + EPSILON:
        return 0, (f"note: SRO F1 {f1:.3f} is {f1 - expected:.3f} above the recorded "
                   f"{expected:.3f} (tolerance {tolerance:g}): raise the recorded value "
                   f"in the test (tests/CMakeLists.txt) to {f1:.3f}")
    return 0, (f"SRO F1 {f1:.3f} is within {tolerance:g} of the recorded {expected:.3f}")


def cmd_check(argv):
    parser = argparse.ArgumentParser(
        prog="score.py check",
        description="Run kg extract on TEXT, score it against GOLD and compare the "
                    "SRO F1 with the recorded value.")
    parser.add_argument("--kg", required=True, help="the kg executable")
    parser.add_argument("--gold", required=True, help="gold JSON Lines for TEXT")
    parser.add_argument("--text", required=True, help="the input text")
    parser.add_argument("--expect-f1", required=True, type=_fraction,
                        help="the recorded SRO F1")
    parser.add_argument("--tolerance", type=_fraction, default=DEFAULT_TOLERANCE,
                        help="allowed drop below the recorded F1 (default %(default)s)")
    parser.add_argument("--rules", help="rule pack passed to kg extract")
    parser.add_argument("--show-misses", action="store_true",
                        help="also list the misses")
    args = parser.parse_args(argv)

    try:
        golds = read_jsonl(args.gold, gold=True)
    except InputError as err:
        print(f"score.py: {err}", file=sys.stderr)
        return 2
    work = tempfile.mkdtemp(prefix="kg-quality-")
    try:
        out = os.path.join(work, "triples.jsonl")
        command = [args.kg, "extract"]
        if args.rules:
            command += ["--rules", args.rules]
        command += [args.text, "-o", out]
        try:
            run = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                 text=True, check=False)
        except OSError as err:
            print(f"score.py: cannot run {args.kg}: {err}", file=sys.stderr)
            return 2
        if run.returncode != 0:
            print(f"score.py: {' '.join(command)} failed with exit status "
                  f"{run.returncode}\n{run.stderr.rstrip()}", file=sys.stderr)
            return 2
        try:
            preds = read_jsonl(out)
        except InputError as err:
            print(f"score.py: kg's output: {err}", file=sys.stderr)
            return 2
    finally:
        shutil.rmtree(work, ignore_errors=True)

    result = score(golds, preds)
    print(f"{args.text} against {args.gold}")
    print(format_figures(result))
    if preds and result["predicted"] == 0:
        docs = sorted({doc_name(g) for g in golds})
        print(f"note: none of kg's {len(preds)} triples has a doc named in the gold "
              f"({', '.join(docs)})")
    if args.show_misses:
        print(format_misses(result))
    status, message = verdict(result["SRO"]["f1"], args.expect_f1, args.tolerance)
    sys.stdout.flush()
    print(message, file=sys.stderr if status else sys.stdout)
    return status


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "check":
        return cmd_check(argv[1:])
    return cmd_score(argv)


if __name__ == "__main__":
    sys.exit(main())
