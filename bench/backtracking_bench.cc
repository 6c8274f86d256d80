// backtracking_bench: a user rule with a catastrophic-backtracking pattern
// costs kg time linear in the input (RE2 never backtracks); a backtracking
// engine (std::regex, as in ECMAScript, Perl, Python) doubles its time with
// every character. Both measured here, in one run. Figures, not a test.
//
//   ./build/bench/backtracking_bench [--max-mb 16]
//
// Prints two Markdown tables: kg extracting one sentence of N MB
// ("China aaa...a Russia.") with each pattern as a user rule, and
// std::regex_search of (a+)+$ on "aa...a!" of n characters.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <regex>
#include <string>
#include <vector>

#include "extract/document_reader.h"
#include "extract/extractor.h"
#include "extract/rule_pack.h"

namespace {

using Clock = std::chrono::steady_clock;

double Since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

// The built-in pack with `pattern` as its only rule, as a user would write
// it in a pack of their own.
std::unique_ptr<kg::extract::Extractor> HostileExtractor(const char* pattern) {
  kg::Result<kg::extract::RulePack> pack =
      kg::extract::LoadBuiltinRulePack("diplomacy");
  if (!pack.ok()) {
    std::fprintf(stderr, "%s\n", pack.status().ToString().c_str());
    std::exit(1);
  }
  kg::extract::RuleSpec spec;
  spec.id = "hostile";
  spec.pattern = pattern;
  spec.relation = "hostile";
  spec.category = "17";
  spec.symmetric = true;
  spec.implicit_subject = true;
  pack->rules = {spec};
  auto extractor = kg::extract::Extractor::Create(*pack);
  if (!extractor.ok()) {
    std::fprintf(stderr, "%s\n", extractor.status().ToString().c_str());
    std::exit(1);
  }
  return std::move(*extractor);
}

}  // namespace

int main(int argc, char** argv) {
  size_t max_mb = 16;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--max-mb") == 0 && i + 1 < argc) {
      max_mb = std::strtoul(argv[++i], nullptr, 10);
    } else {
      std::fprintf(stderr, "usage: backtracking_bench [--max-mb N]\n");
      return 2;
    }
  }
  std::vector<size_t> sizes;
  for (size_t mb = 1; mb <= max_mb; mb *= 2) sizes.push_back(mb);

  std::printf(
      "kg extract, one sentence \"China aaa...a Russia.\" of N MB:\n\n");
  std::printf("| user rule pattern |");
  for (size_t mb : sizes) std::printf(" %zu MB, s |", mb);
  std::printf(" MB/s at %zu MB | time %zu MB / 1 MB |\n|---|", sizes.back(),
              sizes.back());
  for (size_t i = 0; i < sizes.size() + 2; ++i) std::printf("---:|");
  std::printf("\n");
  for (const char* pattern : {"{ACTOR} (?:a+)+$", "{ACTOR} (?:a|aa)+c {ACTOR}",
                              "{ACTOR} (?:[a-z]+\\s?)+{ACTOR}x"}) {
    const auto extractor = HostileExtractor(pattern);
    std::string cell = pattern;  // a Markdown cell: "|" escaped
    for (size_t at = 0; (at = cell.find('|', at)) != std::string::npos; at += 2)
      cell.replace(at, 1, "\\|");
    std::printf("| `%s` |", cell.c_str());
    std::vector<double> seconds;
    for (size_t mb : sizes) {
      const std::string text =
          "China " + std::string(mb << 20, 'a') + " Russia.";
      const kg::extract::Document doc =
          kg::extract::ParseDocument("hostile.txt", text);
      std::vector<kg::Triple> triples;
      const auto start = Clock::now();
      extractor->Extract(doc, &triples);
      seconds.push_back(Since(start));
      std::printf(" %.3f |", seconds.back());
      std::fflush(stdout);
    }
    std::printf(" %.1f | %.1fx |\n",
                static_cast<double>(sizes.back() << 20) / 1e6 / seconds.back(),
                seconds.back() / seconds.front());
  }

  std::printf(
      "\nstd::regex_search(\"aa...a!\", std::regex(\"(a+)+$\")), a "
      "backtracking engine, n characters:\n\n| n | s |\n|---:|---:|\n");
  const std::regex hostile("(a+)+$");
  for (size_t n = 16;; n += 2) {
    const std::string text = std::string(n, 'a') + "!";
    const auto start = Clock::now();
    const bool found = std::regex_search(text, hostile);
    const double s = Since(start);
    std::printf("| %zu | %.3f |%s\n", n, s, found ? " (matched?)" : "");
    std::fflush(stdout);
    if (s > 2.0) break;  // each 2 more characters: about 4x the time
  }
  return 0;
}
