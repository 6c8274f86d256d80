#include "pipeline/parallel_extractor.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "base/triple_json.h"
#include "extract/document_reader.h"
#include "extract/extractor.h"
#include "extract/rule_pack.h"
#include "tests/temp_dir.h"

namespace kg::pipeline {
namespace {

using namespace kg::extract;

// The built-in diplomacy pack's extractor, built once.
const Extractor& Diplomacy() {
  static const std::unique_ptr<Extractor> extractor = [] {
    Result<RulePack> pack = LoadBuiltinRulePack("diplomacy");
    REQUIRE_MESSAGE(pack.ok(), pack.status().ToString());
    Result<std::unique_ptr<Extractor>> e = Extractor::Create(*pack);
    REQUIRE_MESSAGE(e.ok(), e.status().ToString());
    return std::move(*e);
  }();
  return *extractor;
}

constexpr int kDocuments = 40;

// "d00".."d39".
std::string Id(size_t d) { return (d < 10 ? "d0" : "d") + std::to_string(d); }

// JSON Lines of kDocuments documents "d00".."d39", of one to four
// sentences each from varied templates and countries; some have none
// that gives a triple.
std::string Corpus() {
  const char* countries[] = {"China",  "Russia", "France",  "Germany",
                             "Japan",  "India",  "Brazil",  "Canada",
                             "Mexico", "Italy",  "Spain",   "Egypt",
                             "Kenya",  "Peru",   "Vietnam", "Turkey"};
  const char* months[] = {"January", "March", "May", "July", "October"};
  const char* templates[] = {
      "%A met %B in Beijing on %D.",
      "%A and %B signed a trade agreement on %D.",
      "%A criticized %B over its border policy on %D.",
      "On %D, %A hosted %B.",
      "%A visited %B in %M.",
      "The weather in %A was mild on %D.",
  };
  std::string out;
  for (int d = 0; d < kDocuments; ++d) {
    std::string text;
    const int sentences = 1 + d % 4;
    for (int s = 0; s < sentences; ++s) {
      const int k = d * 7 + s * 3;
      std::string sentence = templates[(d + s) % 6];
      auto put = [&](std::string_view key, const std::string& value) {
        const size_t at = sentence.find(key);
        if (at != std::string::npos) sentence.replace(at, key.size(), value);
      };
      put("%A", countries[k % 16]);
      put("%B", countries[(k + 5) % 16]);
      put("%D", std::to_string(1 + k % 28) + " " + months[k % 5] + " " +
                    std::to_string(2000 + k % 24));
      put("%M",
          std::string(months[k % 5]) + " " + std::to_string(2010 + d % 10));
      text += (s ? " " : "") + sentence;
    }
    out += "{\"id\": \"" + Id(static_cast<size_t>(d)) + "\", \"text\": \"" +
           text + "\"}\n";
  }
  return out;
}

// The "doc" field of a JSON line.
std::string DocOf(std::string_view line) {
  const std::string_view key = "{\"doc\":\"";
  if (!line.starts_with(key)) return "?";
  const size_t end = line.find('"', key.size());
  return std::string(line.substr(key.size(), end - key.size()));
}

struct Output {
  Status status;
  std::string all;                  // everything written, in order
  std::vector<std::string> writes;  // one per Writer call
};

Output RunWith(const std::vector<std::string>& inputs, unsigned threads,
               int fail_at_write = -1) {
  DocumentReader reader(inputs, nullptr);
  ParallelExtractor parallel(Diplomacy(), threads);
  CHECK(parallel.threads() == threads);
  Output out;
  out.status = parallel.Run(&reader, [&](std::string_view lines) {
    if (static_cast<int>(out.writes.size()) == fail_at_write)
      return Status::IOError("out.jsonl", "disk full");
    out.writes.emplace_back(lines);
    out.all += lines;
    return Status::Ok();
  });
  return out;
}

TEST_CASE(
    "ParallelExtractor: the same output, in input order, for any threads") {
  testing::TempDir dir("kg_parallel_extractor_test");
  const std::string corpus = dir.Write("corpus.jsonl", Corpus());
  const Output one = RunWith({corpus}, 1);
  REQUIRE(one.status.ok());
  // One write per document, each with that document's triples only.
  REQUIRE(one.writes.size() == kDocuments);
  size_t lines = 0, empty = 0;
  for (size_t d = 0; d < one.writes.size(); ++d) {
    const std::string id = Id(d);
    CAPTURE(id);
    std::string_view w = one.writes[d];
    if (w.empty()) ++empty;
    while (!w.empty()) {
      const size_t eol = w.find('\n');
      REQUIRE(eol != std::string_view::npos);  // whole lines
      CHECK(DocOf(w.substr(0, eol)) == id);
      w.remove_prefix(eol + 1);
      ++lines;
    }
  }
  // The corpus is a real test: most documents give triples, a few none.
  CHECK(lines >= kDocuments);
  CHECK(empty < kDocuments / 2);

  for (unsigned threads : {2u, 4u, 7u}) {
    CAPTURE(threads);
    for (int repeat = 0; repeat < 3; ++repeat) {
      const Output many = RunWith({corpus}, threads);
      CHECK(many.status.ok());
      CHECK(many.writes == one.writes);
      CHECK(many.all == one.all);  // byte-identical
    }
  }
}

TEST_CASE("ParallelExtractor: a writer error stops the run") {
  testing::TempDir dir("kg_parallel_extractor_test");
  const std::string corpus = dir.Write("corpus.jsonl", Corpus());
  const Output full = RunWith({corpus}, 1);
  REQUIRE(full.writes.size() == kDocuments);
  for (unsigned threads : {1u, 2u, 4u}) {
    for (int fail_at : {0, 3, kDocuments - 1}) {
      CAPTURE(threads);
      CAPTURE(fail_at);
      const Output out = RunWith({corpus}, threads, fail_at);
      CHECK(out.status.code() == StatusCode::kIOError);
      CHECK(out.status.ToString() ==
            Status::IOError("out.jsonl", "disk full").ToString());
      // The documents before the failed write, and nothing after it.
      REQUIRE(out.writes.size() == static_cast<size_t>(fail_at));
      CHECK(std::equal(out.writes.begin(), out.writes.end(),
                       full.writes.begin()));
    }
  }
}

TEST_CASE("ParallelExtractor: a reader error after the good documents") {
  testing::TempDir dir("kg_parallel_extractor_test");
  const std::string corpus = dir.Write("corpus.jsonl", Corpus());
  const std::string missing = dir.Path("missing.jsonl");
  const Output full = RunWith({corpus}, 1);
  for (unsigned threads : {1u, 2u, 4u}) {
    CAPTURE(threads);
    const Output out = RunWith({corpus, missing, corpus}, threads);
    CHECK(out.status.code() == StatusCode::kNotFound);
    CHECK(out.status.ToString() == missing + ": no such file or directory");
    CHECK(out.writes == full.writes);
    CHECK(out.all == full.all);
  }
  // A bad line in the middle: the documents before it only.
  std::string bad = Corpus();
  size_t at = 0;
  for (int line = 0; line < 10; ++line) at = bad.find('\n', at) + 1;
  bad.insert(at, "{not json\n");
  const std::string broken = dir.Write("broken.jsonl", bad);
  for (unsigned threads : {1u, 4u}) {
    CAPTURE(threads);
    const Output out = RunWith({broken}, threads);
    CHECK(out.status.code() == StatusCode::kParseError);
    CHECK(out.status.ToString().starts_with(broken + ":11:"));
    REQUIRE(out.writes.size() == 10);
    CHECK(
        std::equal(out.writes.begin(), out.writes.end(), full.writes.begin()));
  }
}

TEST_CASE("ParallelExtractor: no documents, and threads 0") {
  testing::TempDir dir("kg_parallel_extractor_test");
  const std::string empty = dir.Write("empty.jsonl", "");
  for (unsigned threads : {1u, 3u}) {
    const Output out = RunWith({empty}, threads);
    CHECK(out.status.ok());
    CHECK(out.writes.empty());
  }
  const ParallelExtractor automatic(Diplomacy(), 0);
  CHECK(automatic.threads() ==
        std::max(1u, std::thread::hardware_concurrency()));
  CHECK(automatic.threads() >= 1);
}

TEST_CASE("ParallelExtractor: RunTriples hands on the same triples, in order") {
  testing::TempDir dir("kg_parallel_extractor_test");
  const std::string feed = dir.Write("feed.jsonl", Corpus());
  const Output lines = RunWith({feed}, 1);
  REQUIRE(lines.status.ok());
  for (unsigned threads : {1u, 2u, 3u}) {
    CAPTURE(threads);
    DocumentReader reader({feed}, nullptr);
    const ParallelExtractor parallel(Diplomacy(), threads);
    std::string all;
    size_t calls = 0;
    const Status s =
        parallel.RunTriples(&reader, [&](std::vector<Triple>& triples) {
          ++calls;
          for (const Triple& t : triples) all += ToJsonLine(t) + "\n";
          return Status::Ok();
        });
    REQUIRE_MESSAGE(s.ok(), s.ToString());
    CHECK(calls == static_cast<size_t>(kDocuments));  // one call a document
    CHECK(all == lines.all);
  }
}

}  // namespace
}  // namespace kg::pipeline
