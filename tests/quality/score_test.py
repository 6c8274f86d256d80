#!/usr/bin/env python3
"""Unit tests for score.py, on gold and predictions small enough to count by hand.

    python3 score_test.py            # or: python3 -m unittest score_test
"""
import io
import json
import os
import stat
import subprocess
import sys
import tempfile
import textwrap
import unittest
from contextlib import redirect_stdout, redirect_stderr

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import score  # noqa: E402

SCORE_PY = os.path.join(HERE, "score.py")
DOC = "news.txt"


def gold(subject, relation, obj, category="04", date=None, symmetric=False,
         alternatives=(), doc=DOC, difficulty=None):
    row = {"doc": doc, "subject": subject if isinstance(subject, list) else [subject],
           "relation": relation, "relation_alternatives": list(alternatives),
           "category": category, "object": obj if isinstance(obj, list) else [obj],
           "date": date, "symmetric": symmetric}
    if difficulty:
        row["difficulty"] = difficulty
    return row


def pred(subject, relation, obj, category="04", date=None, doc=DOC):
    return {"doc": doc, "subject": subject, "relation": relation,
            "category": category, "object": obj, "date": date}


def figures(golds, preds, level="SRO"):
    m = score.score(golds, preds)[level]
    return m["matched"], m["precision"], m["recall"], m["f1"]


class Normalize(unittest.TestCase):
    def test_diacritics_case_punctuation_and_the(self):
        self.assertEqual(score.normalize("Tô Lâm"), "to lam")
        self.assertEqual(score.normalize("António Guterres"), "antonio guterres")
        self.assertEqual(score.normalize("The  European Union"), "european union")
        self.assertEqual(score.normalize("the United Nations"), "united nations")
        self.assertEqual(score.normalize("Kim Yo-jong"), "kim yo jong")
        self.assertEqual(score.normalize("U.S."), "u s")
        self.assertEqual(score.normalize("  Côte d'Ivoire "), "cote d ivoire")
        self.assertEqual(score.normalize("ﬁnland"), "finland")      # NFKD ligature
        self.assertEqual(score.normalize(None), "")

    def test_only_a_leading_the_is_dropped(self):
        self.assertEqual(score.normalize("Theresa May"), "theresa may")
        self.assertEqual(score.normalize("Bank of the South"), "bank of the south")

    def test_normalized_names_match(self):
        golds = [gold(["São Tomé and Príncipe"], "meet", ["The Gambia", "Gambia"])]
        preds = [pred("SAO-TOME and  principe", "meet", "the gambia")]
        self.assertEqual(figures(golds, preds), (1, 1.0, 1.0, 1.0))


class Counts(unittest.TestCase):
    def test_perfect(self):
        golds = [gold("Xi Jinping", "meet", "Ma Ying-jeou", date="2015")]
        preds = [pred("Xi Jinping", "meet", "Ma Ying-jeou", date="2015")]
        self.assertEqual(figures(golds, preds), (1, 1.0, 1.0, 1.0))
        self.assertEqual(figures(golds, preds, "SROD"), (1, 1.0, 1.0, 1.0))

    def test_two_of_four_gold_with_three_predictions(self):
        golds = [gold("A", "meet", "B"), gold("A", "visit", "C"),
                 gold("C", "criticize", "D", category="11"),
                 gold("D", "sanction", "E", category="17")]
        preds = [pred("A", "meet", "B"), pred("C", "criticize", "D", category="11"),
                 pred("E", "praise", "F", category="05")]
        matched, p, r, f = figures(golds, preds)
        self.assertEqual(matched, 2)
        self.assertAlmostEqual(p, 2 / 3)
        self.assertAlmostEqual(r, 1 / 2)
        self.assertAlmostEqual(f, 4 / 7)         # 2PR/(P+R) = (2/3)/(7/6)

    def test_no_predictions_and_no_gold(self):
        self.assertEqual(figures([gold("A", "meet", "B")], []), (0, 0.0, 0.0, 0.0))
        self.assertEqual(figures([], [pred("A", "meet", "B")]), (0, 0.0, 0.0, 0.0))


class Direction(unittest.TestCase):
    def test_symmetric_gold_matches_the_swap(self):
        golds = [gold("Brazil", "sign agreement", "Argentina", category="05", symmetric=True)]
        self.assertEqual(figures(golds, [pred("Argentina", "sign", "Brazil", "05")])[0], 1)
        self.assertEqual(figures(golds, [pred("Brazil", "sign", "Argentina", "05")])[0], 1)

    def test_directed_gold_does_not(self):
        golds = [gold("Russia", "attack", "Ukraine", category="18")]
        self.assertEqual(figures(golds, [pred("Ukraine", "attack", "Russia", "18")])[0], 0)

    def test_names_must_be_in_the_role_lists(self):
        golds = [gold(["Xi Jinping", "Xi"], "meet", ["Vladimir Putin", "Putin"])]
        self.assertEqual(figures(golds, [pred("Xi", "meet", "Putin")])[0], 1)
        self.assertEqual(figures(golds, [pred("Xi", "meet", "Xi")])[0], 0)
        self.assertEqual(figures(golds, [pred("Jinping", "meet", "Putin")])[0], 0)


class Relation(unittest.TestCase):
    GOLD = [gold("EU", "sanction", "Belarus", category="17",
                 alternatives=["impose sanctions"])]

    def test_same_category_other_lemma(self):
        self.assertEqual(figures(self.GOLD, [pred("EU", "seize", "Belarus", "17")])[0], 1)

    def test_gold_lemma_other_category(self):
        self.assertEqual(figures(self.GOLD, [pred("EU", "sanction", "Belarus", "16")])[0], 1)

    def test_alternative_lemma_no_category(self):
        self.assertEqual(figures(self.GOLD, [pred("EU", "Impose  Sanctions", "Belarus", None)])[0], 1)

    def test_neither(self):
        self.assertEqual(figures(self.GOLD, [pred("EU", "praise", "Belarus", "05")])[0], 0)
        self.assertEqual(figures(self.GOLD, [pred("EU", "praise", "Belarus", None)])[0], 0)


class OneToOne(unittest.TestCase):
    def test_a_gold_triple_is_matched_once(self):
        golds = [gold("A", "meet", "B")]
        preds = [pred("A", "meet", "B"), pred("A", "hold talks", "B")]
        matched, p, r, f = figures(golds, preds)
        self.assertEqual((matched, p, r), (1, 0.5, 1.0))
        self.assertAlmostEqual(f, 2 / 3)

    def test_a_prediction_is_matched_once(self):
        golds = [gold("A", "meet", "B"), gold("A", "host", "B")]
        matched, p, r, f = figures(golds, [pred("A", "meet", "B")])
        self.assertEqual((matched, p, r), (1, 1.0, 0.5))

    def test_maximum_not_greedy_matching(self):
        # The first prediction fits both gold triples, the second only the
        # first gold triple: a greedy pass would match one pair, the maximum is two.
        golds = [gold("A", "meet", "B", category="04", alternatives=["praise"]),
                 gold("A", "praise", "B", category="05")]
        preds = [pred("A", "praise", "B", category="05"),
                 pred("A", "visit", "B", category="04")]
        self.assertEqual(figures(golds, preds), (2, 1.0, 1.0, 1.0))

    def test_long_augmenting_path(self):
        # Prediction i fits gold i and gold i+1, the last prediction only gold 0:
        # taken in order, the last one needs a path through every pair.
        n = 300
        golds = []
        for j in range(n):
            alternatives = ([f"p{j}"] if j < n - 1 else []) + ([f"p{j - 1}"] if j else [f"p{n - 1}"])
            golds.append(gold("A", f"g{j}", "B", category=None, alternatives=alternatives))
        preds = [pred("A", f"p{i}", "B", category=None) for i in range(n)]
        result = score.score(golds, preds)
        self.assertEqual(result["SRO"]["matched"], n)
        self.assertEqual(result["_owner"][0], n - 1)


class Dates(unittest.TestCase):
    def test_srod_wants_the_same_date(self):
        golds = [gold("A", "meet", "B", date="2015"), gold("A", "visit", "C", date=None)]
        preds = [pred("A", "meet", "B", date="2015-03"), {**pred("A", "visit", "C"), "date": None}]
        self.assertEqual(figures(golds, preds)[0], 2)
        self.assertEqual(figures(golds, preds, "SROD")[0], 1)

    def test_missing_date_equals_null(self):
        golds = [gold("A", "meet", "B", date=None)]
        p = pred("A", "meet", "B")
        del p["date"]
        self.assertEqual(figures(golds, [p], "SROD")[0], 1)

    def test_sro_keeps_the_dated_pairs(self):
        # Two identical gold triples but for the date; the predictions come in
        # the order that would pair them wrongly without the SROD start.
        golds = [gold("A", "meet", "B", date="2020"), gold("A", "meet", "B", date="2021")]
        preds = [pred("A", "meet", "B", date="2021"), pred("A", "meet", "B", date="2020")]
        result = score.score(golds, preds)
        self.assertEqual(result["SROD"]["matched"], 2)
        self.assertEqual(result["SRO"]["matched"], 2)
        self.assertEqual(result["_owner"], [1, 0])

    def test_difficulty_recall(self):
        golds = [gold("A", "meet", "B", difficulty="easy"),
                 gold("A", "visit", "C", difficulty="hard"),
                 gold("C", "visit", "D", difficulty="hard")]
        result = score.score(golds, [pred("A", "meet", "B"), pred("C", "visit", "D")])
        self.assertEqual(result["SRO"]["recall_easy"], 1.0)
        self.assertEqual(result["SRO"]["recall_hard"], 0.5)


class Documents(unittest.TestCase):
    def test_predictions_of_other_documents_are_ignored(self):
        golds = [gold("A", "meet", "B")]
        preds = [pred("A", "meet", "B"), pred("A", "meet", "B", doc="other.txt"),
                 pred("C", "meet", "D", doc="other.txt")]
        result = score.score(golds, preds)
        self.assertEqual(result["predicted"], 1)
        self.assertEqual(result["SRO"]["precision"], 1.0)

    def test_doc_is_compared_by_basename(self):
        golds = [gold("A", "meet", "B", doc="news.txt")]
        self.assertEqual(figures(golds, [pred("A", "meet", "B", doc="/tmp/x/news.txt")])[0], 1)

    def test_same_triple_in_another_gold_document_does_not_match(self):
        golds = [gold("A", "meet", "B", doc="one.txt"), gold("C", "meet", "D", doc="two.txt")]
        matched, p, r, f = figures(golds, [pred("A", "meet", "B", doc="two.txt")])
        self.assertEqual((matched, p, r), (0, 0.0, 0.0))


class CommandLine(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.addCleanup(self.dir.cleanup)

    def write(self, name, rows_or_text):
        path = os.path.join(self.dir.name, name)
        with open(path, "w", encoding="utf-8") as f:
            if isinstance(rows_or_text, str):
                f.write(rows_or_text)
            else:
                f.writelines(json.dumps(r) + "\n" for r in rows_or_text)
        return path

    def run_score(self, *args):
        return subprocess.run([sys.executable, SCORE_PY, *args], capture_output=True,
                              text=True, check=False)

    def test_json_output(self):
        g = self.write("gold.jsonl", [gold("A", "meet", "B", date="2020"),
                                      gold("A", "visit", "C")])
        p = self.write("pred.jsonl", [pred("A", "meet", "B", date="2021"),
                                      pred("X", "meet", "Y"), pred("A", "meet", "B", doc="o.txt")])
        run = self.run_score(g, p, "--json")
        self.assertEqual(run.returncode, 0, run.stderr)
        self.assertEqual(json.loads(run.stdout), {
            "gold": 2, "predicted": 2,
            "SRO": {"matched": 1, "precision": 0.5, "recall": 0.5, "f1": 0.5},
            "SROD": {"matched": 0, "precision": 0.0, "recall": 0.0, "f1": 0.0}})

    def test_text_output_and_misses(self):
        g = self.write("gold.jsonl", [gold("A", "meet", "B"), gold("A", "visit", "C")])
        p = self.write("pred.jsonl", [pred("A", "meet", "B"), pred("X", "meet", "Y")])
        run = self.run_score(g, p, "--show-misses")
        self.assertEqual(run.returncode, 0, run.stderr)
        self.assertIn("SRO   matched    1  precision 0.500  recall 0.500  F1 0.500", run.stdout)
        self.assertIn("# gold not found (SRO)\n  A -visit (04)-> C", run.stdout)
        self.assertIn("# predictions not in gold (SRO)\n  X -meet (04)-> Y", run.stdout)

    def test_bad_json_is_an_error_naming_file_and_line(self):
        g = self.write("gold.jsonl", [gold("A", "meet", "B")])
        p = self.write("pred.jsonl", json.dumps(pred("A", "meet", "B")) + "\n\n{oops\n")
        run = self.run_score(g, p)
        self.assertEqual(run.returncode, 2)
        self.assertEqual(run.stdout, "")
        self.assertTrue(run.stderr.startswith(f"score.py: {p}:3: not JSON: "), run.stderr)

    def test_gold_without_subject_is_an_error(self):
        g = self.write("gold.jsonl", '{"doc": "news.txt", "relation": "meet", "object": ["B"]}\n')
        p = self.write("pred.jsonl", "")
        run = self.run_score(g, p)
        self.assertEqual(run.returncode, 2)
        self.assertIn(f"{g}:1: gold triple has no 'subject'", run.stderr)

    def test_non_object_line_and_missing_file(self):
        g = self.write("gold.jsonl", [gold("A", "meet", "B")])
        p = self.write("pred.jsonl", "[1, 2]\n")
        self.assertIn(f"{p}:1: not a JSON object", self.run_score(g, p).stderr)
        run = self.run_score(g, os.path.join(self.dir.name, "missing.jsonl"))
        self.assertEqual(run.returncode, 2)
        self.assertIn("cannot read", run.stderr)

    def test_read_jsonl_raises(self):
        p = self.write("pred.jsonl", "{}\nnot json\n")
        with self.assertRaises(score.InputError) as ctx:
            score.read_jsonl(p)
        self.assertTrue(str(ctx.exception).startswith(f"{p}:2: not JSON: "))


class Check(unittest.TestCase):
    """The `check` mode, with a stand-in for kg that writes fixed triples."""

    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.addCleanup(self.dir.cleanup)
        d = self.dir.name
        self.text = os.path.join(d, DOC)
        with open(self.text, "w", encoding="utf-8") as f:
            f.write("A met B. A visited C. C criticized D. D sanctioned E.\n")
        self.gold = os.path.join(d, "gold.jsonl")
        with open(self.gold, "w", encoding="utf-8") as f:
            for row in (gold("A", "meet", "B"), gold("A", "visit", "C"),
                        gold("C", "criticize", "D", "11"), gold("D", "sanction", "E", "17")):
                f.write(json.dumps(row) + "\n")
        self.args_file = os.path.join(d, "args.json")
        # Fake kg: records its arguments; writes 2 right + 1 wrong triples
        # (P 2/3, R 1/2, F1 0.5714) to the -o file; exit status from $FAKE_KG_EXIT.
        self.kg = os.path.join(d, "fake-kg")
        with open(self.kg, "w", encoding="utf-8") as f:
            f.write(f"#!{sys.executable}\n" + textwrap.dedent(f"""\
                import json, os, sys
                args = sys.argv[1:]
                json.dump(args, open({self.args_file!r}, "w"))
                if os.environ.get("FAKE_KG_EXIT", "0") != "0":
                    sys.stderr.write("kg: broken\\n")
                    sys.exit(int(os.environ["FAKE_KG_EXIT"]))
                out = args[args.index("-o") + 1]
                doc = os.path.basename([a for a in args if a.endswith(".txt")][0])
                rows = [("A", "meet", "B", "04"), ("C", "condemn", "D", "11"),
                        ("E", "praise", "F", "05")]
                with open(out, "w") as f:
                    for s, r, o, c in rows:
                        f.write(json.dumps({{"doc": doc, "subject": s, "relation": r,
                                            "category": c, "object": o, "date": None}}) + "\\n")
                """))
        os.chmod(self.kg, os.stat(self.kg).st_mode | stat.S_IXUSR)

    def check(self, *extra, env=None):
        args = ["check", "--kg", self.kg, "--gold", self.gold, "--text", self.text, *extra]
        out, err = io.StringIO(), io.StringIO()
        old = dict(os.environ)
        os.environ.update(env or {})
        try:
            with redirect_stdout(out), redirect_stderr(err):
                status = score.main(args)
        finally:
            os.environ.clear()
            os.environ.update(old)
        return status, out.getvalue(), err.getvalue()

    def test_within_tolerance(self):
        status, out, err = self.check("--expect-f1", "0.58")
        self.assertEqual(status, 0, err)
        self.assertIn("F1 0.571", out)
        self.assertIn("SRO F1 0.571 is within 0.02 of the recorded 0.580", out)
        with open(self.args_file) as f:
            self.assertEqual(json.load(f)[:3], ["extract", self.text, "-o"])

    def test_regression_fails(self):
        status, out, err = self.check("--expect-f1", "0.60")
        self.assertEqual(status, 1)
        self.assertIn("SRO F1 0.571 is 0.029 below the recorded 0.600 (tolerance 0.02)", err)

    def test_tolerance_option(self):
        self.assertEqual(self.check("--expect-f1", "0.60", "--tolerance", "0.03")[0], 0)

    def test_exactly_at_the_tolerance_passes(self):
        # 0.5714 rounded to 4 places, expected 0.5914: exactly 0.02 below.
        self.assertEqual(self.check("--expect-f1", "0.5914")[0], 0)

    def test_improvement_asks_to_raise_the_recorded_value(self):
        status, out, err = self.check("--expect-f1", "0.40")
        self.assertEqual(status, 0, err)
        self.assertIn("above the recorded 0.400", out)
        self.assertIn("raise the recorded value", out)

    def test_rules_are_passed_on(self):
        self.check("--expect-f1", "0.57", "--rules", "business")
        with open(self.args_file) as f:
            self.assertEqual(json.load(f)[:3], ["extract", "--rules", "business"])

    def test_kg_failure_is_exit_2(self):
        status, out, err = self.check("--expect-f1", "0.5", env={"FAKE_KG_EXIT": "1"})
        self.assertEqual(status, 2)
        self.assertIn("failed with exit status 1", err)
        self.assertIn("kg: broken", err)

    def test_expect_f1_must_be_a_fraction(self):
        with redirect_stderr(io.StringIO()), self.assertRaises(SystemExit) as ctx:
            score.main(["check", "--kg", self.kg, "--gold", self.gold, "--text", self.text,
                        "--expect-f1", "57"])
        self.assertEqual(ctx.exception.code, 2)


if __name__ == "__main__":
    unittest.main()
