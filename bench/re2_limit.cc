// re2_limit: the speed limit of extraction - one RE2 pass of the diplomacy
// gazetteer's alternation of every actor name over a file, as fast as kg
// could ever find the actors it relates. A figure, not a test.
//
//   ./build/bench/re2_limit FILE        # e.g. a corpus from make_corpus
//
// The pattern is Gazetteer::pattern(), compiled with the Gazetteer's options
// (leftmost-longest, case-sensitive, max_mem 256 MB). The file is read in
// 8 MB blocks, each cut after its last newline so that no name is split
// (the rest starts the next block); every match is found with
// RE2::Match(UNANCHORED) and counted (raw matches: the Gazetteer's
// whole-word check is not applied). Only the matching is timed: the compile
// time is printed on its own line, and reading the file is not counted.
// Prints bytes, matches, compile seconds, scan seconds and MB/s (1 MB =
// 1e6 bytes).
#include <re2/re2.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include "bench/diplomacy_gazetteer.h"
#include "bench/line_blocks.h"
#include "extract/gazetteer.h"
#include "extract/rule_pack.h"

namespace {

using Clock = std::chrono::steady_clock;

double Seconds(Clock::time_point a, Clock::time_point b) {
  return std::chrono::duration<double>(b - a).count();
}

// Counts the matches of `re` in `text`.
uint64_t CountMatches(const RE2& re, std::string_view text) {
  uint64_t matches = 0;
  size_t pos = 0;
  re2::StringPiece m;
  while (pos < text.size() &&
         re.Match(text, pos, text.size(), RE2::UNANCHORED, &m, 1)) {
    ++matches;
    size_t end = static_cast<size_t>(m.data() - text.data()) + m.size();
    pos = m.empty() ? end + 1 : end;
  }
  return matches;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: re2_limit FILE\n";
    return 2;
  }
  auto gazetteer = kg::bench::DiplomacyGazetteer("re2_limit");
  if (!gazetteer) return 1;
  const std::string& pattern = gazetteer->pattern();

  auto t0 = Clock::now();
  RE2::Options opt;
  opt.set_log_errors(false);
  opt.set_longest_match(true);
  opt.set_max_mem(int64_t{256} << 20);
  RE2 re(pattern, opt);
  double compile = Seconds(t0, Clock::now());
  if (!re.ok()) {
    std::cerr << "re2_limit: cannot compile the pattern: " << re.error()
              << "\n";
    return 1;
  }

  uint64_t bytes = 0, matches = 0;
  double scan = 0;
  if (!ForEachLineBlock(
          argv[1],
          [&](std::string_view block) {
            auto s0 = Clock::now();
            matches += CountMatches(re, block);
            scan += Seconds(s0, Clock::now());
          },
          &bytes))
    return 1;
  std::printf(
      "%-16s %zu surface forms, %zu bytes\n", "pattern",
      static_cast<size_t>(std::count(pattern.begin(), pattern.end(), '|') + 1),
      pattern.size());
  std::printf("%-16s %.3f\n", "compile_s", compile);
  std::printf("%-16s %llu\n", "bytes", static_cast<unsigned long long>(bytes));
  std::printf("%-16s %llu\n", "matches",
              static_cast<unsigned long long>(matches));
  std::printf("%-16s %.3f\n", "scan_s", scan);
  std::printf("%-16s %.1f\n", "MB/s",
              scan > 0 ? static_cast<double>(bytes) / 1e6 / scan : 0.0);
  return 0;
}
