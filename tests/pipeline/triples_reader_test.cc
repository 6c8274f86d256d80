#include "pipeline/triples_reader.h"

#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

#include "base/triple_json.h"

namespace kg::pipeline {
namespace {

using graph::KnowledgeGraph;

std::string Line(const std::string& subject, const std::string& object, int i) {
  Triple t;
  t.doc = "d.txt";
  t.subject = subject;
  t.object = object;
  t.relation = "meet";
  t.category = "04";
  t.quad_class = 1;
  t.date = std::to_string(2000 + i % 20);
  t.sentence = "sentence " + std::to_string(i);
  return ToJsonLine(t);
}

// Every edge as "subject -relation date-> object | sentence", in order.
std::string Dump(const KnowledgeGraph& g) {
  std::string out;
  for (size_t e = 0; e < g.edge_count(); ++e) {
    const graph::EdgeRef r = g.edge_ref(e);
    const graph::EventEdge& edge = g.edge(e);
    out += g.actor(r.source).id + " -" + edge.relation + " " + edge.date +
           "-> " + g.actor(r.target).id + " | " + edge.sentence + "\n";
  }
  return out;
}

TEST_CASE("StartsWithTripleLine: the first non-blank line decides") {
  struct Row {
    std::string text;
    bool triples;
  };
  const Row rows[] = {
      {Line("A", "B", 1) + "\n", true},
      {"\n  \r\n" + Line("A", "B", 1), true},
      {"\xEF\xBB\xBF" + Line("A", "B", 1), true},  // a BOM first
      {R"({"id": "d1", "text": "A met B."})"
       "\n",
       false},  // a document
      {"A met B.\n" + Line("A", "B", 1), false},
      {"", false},
      {"\n\n", false},
      {R"({"subject": "A", "object": "B"})", false},  // no relation
  };
  for (const Row& r : rows) {
    CAPTURE(r.text);
    std::istringstream in(r.text);
    CHECK(StartsWithTripleLine(in) == r.triples);
  }
}

TEST_CASE("LoadTripleStream: the same graph for any number of threads") {
  std::string text;
  for (int i = 0; i < 3000; ++i)
    text +=
        Line("p" + std::to_string(i % 31), "q" + std::to_string(i % 17), i) +
        "\n";
  KnowledgeGraph one;
  REQUIRE(LoadTriples(text, "t.jsonl", &one).ok());
  REQUIRE(one.edge_count() == 3000);
  for (unsigned threads : {1u, 2u, 5u}) {
    CAPTURE(threads);
    std::istringstream in(text);
    KnowledgeGraph g;
    TripleReadOptions options;
    options.threads = threads;
    const Status s = LoadTripleStream(in, "t.jsonl", options, &g);
    REQUIRE_MESSAGE(s.ok(), s.ToString());
    CHECK(Dump(g) == Dump(one));
  }
}

TEST_CASE(
    "LoadTripleStream: flagged triples only when asked, errors name the line") {
  Triple negated;
  negated.subject = "A";
  negated.object = "B";
  negated.relation = "meet";
  negated.negated = true;
  const std::string text =
      Line("A", "B", 1) + "\n" + ToJsonLine(negated) + "\n";
  for (bool keep : {false, true}) {
    std::istringstream in(text);
    KnowledgeGraph g;
    TripleReadOptions options;
    options.keep_flagged = keep;
    REQUIRE(LoadTripleStream(in, "t.jsonl", options, &g).ok());
    CHECK(g.edge_count() == (keep ? 2u : 1u));
  }
  std::istringstream bad(Line("A", "B", 1) + "\n\n{\"subject\": \"A\"}\n");
  KnowledgeGraph g;
  CHECK(LoadTripleStream(bad, "t.jsonl", TripleReadOptions{}, &g).ToString() ==
        "t.jsonl:3: missing \"object\"");
}

TEST_CASE("LoadTripleStream: skip_bad_line skips bad lines and goes on") {
  // Bad lines across block boundaries, a flagged field out of its domain,
  // and a truncated last line (a killed writer) with no newline.
  std::string text;
  std::vector<std::string> expected;
  for (int i = 0; i < 5000; ++i) {
    if (i % 1500 == 7) {
      text += "{\"subject\": \"A\", \"object\": \"B\", \"relation\": \"r\", "
              "\"confidence\": 7}\n";
      expected.push_back("t.jsonl:" + std::to_string(i + 1) +
                         ": \"confidence\" 7 is not between 0 and 1");
    } else {
      text += Line("p" + std::to_string(i % 7), "q", i) + "\n";
    }
  }
  const std::string last = Line("p", "q", 1);
  text += last.substr(0, last.size() / 2);
  expected.push_back("t.jsonl:5001: not a JSON object");
  for (unsigned threads : {1u, 3u}) {
    CAPTURE(threads);
    std::istringstream in(text);
    KnowledgeGraph g;
    TripleReadOptions options;
    options.threads = threads;
    std::vector<std::string> skipped;
    options.skip_bad_line = [&](const Status& s) {
      skipped.push_back(s.ToString());
    };
    REQUIRE(LoadTripleStream(in, "t.jsonl", options, &g).ok());
    CHECK(skipped == expected);
    CHECK(g.edge_count() == 5000u - 4u);
  }
}

}  // namespace
}  // namespace kg::pipeline
