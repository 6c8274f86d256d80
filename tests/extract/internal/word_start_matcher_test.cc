#include "extract/internal/word_start_matcher.h"

#include <doctest/doctest.h>
#include <re2/re2.h>

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "extract/internal/mention_candidate.h"
#include "extract/internal/name_scanner.h"

namespace kg::extract::internal {
namespace {

// (begin, end) of each match.
using MatchSpans = std::vector<std::pair<size_t, size_t>>;

const std::vector<std::string>& MatcherTexts() {
  static const std::vector<std::string> texts = {
      "President Tsai met prime minister Abe; PRESIDENT Moon and presidents.",
      "Mr. Smith, Mr Jones, mr. Brown and Dr Who met K Street's X Y.",
      "Tô Lâm, Đặng Thị and Éric Zemmour met al-Sisi and el-Baradei (again).",
      "G20 leader Modi, leaderless Xi, leader  Kim and leader, Putin.",
      "\xC3 cut, a b c, ",
      "",
      "President",
  };
  return texts;
}

// Every match the matcher finds, by each way of asking.
void CheckAllWays(const WordStartMatcher& m, const std::string& text,
                  const MatchSpans& want) {
  CAPTURE(text);
  MatchSpans by_text, by_starts, spans_by_text, spans_by_starts;
  m.ForEach(text, [&](const std::vector<re2::StringPiece>& g, size_t b) {
    by_text.push_back({b, b + g[0].size()});
  });
  WordStarts starts;
  starts.Reset(text);
  m.ForEach(starts, [&](const std::vector<re2::StringPiece>& g, size_t b) {
    by_starts.push_back({b, b + g[0].size()});
  });
  m.ForEachSpan(text, [&](size_t b, size_t e) {
    spans_by_text.push_back({b, e});
  });
  m.ForEachSpan(starts, [&](size_t b, size_t e) {
    spans_by_starts.push_back({b, e});
  });
  CHECK(by_text == want);
  CHECK(by_starts == want);
  CHECK(spans_by_text == want);
  CHECK(spans_by_starts == want);
}

// The matches by definition: the pattern anchored at each position that
// StartsFree and may begin a match, left to right, not overlapping.
MatchSpans Brute(const RE2& re, const std::string& text,
            const std::vector<std::string>& first_words) {
  MatchSpans out;
  size_t pos = 0;
  while (pos < text.size()) {
    const auto c = static_cast<unsigned char>(text[pos]);
    bool first = (c >= 'A' && c <= 'Z') || c >= 0xC0;
    for (const auto& w : first_words)
      first |= !w.empty() && (std::tolower(c) == std::tolower(w[0]));
    re2::StringPiece m;
    if (first && StartsFree(text, pos) &&
        re.Match(text, pos, text.size(), RE2::ANCHOR_START, &m, 1)) {
      out.push_back({pos, pos + m.size()});
      pos += m.size() > 0 ? m.size() : 1;
    } else {
      ++pos;
    }
  }
  return out;
}

TEST_CASE("WordStartMatcher: lead words, word starts and spans agree") {
  const std::vector<std::string> titles = {"President", "Prime Minister", "Mr.",
                                           "Mr",        "leader",         "K"};
  const std::string word = kNameWordPattern;
  const std::string pattern =
      "((?i:" + Alternation(titles) + ")) (" + word + ")";
  Status st;
  WordStartMatcher plain(CompilePattern(pattern, "test", &st), titles);
  WordStartMatcher led(CompilePattern(pattern, "test", &st), titles);
  led.RequireLeadWord(titles, /*ignore_case=*/true);
  WordStartMatcher exact(CompilePattern(pattern, "test", &st), titles);
  exact.RequireLeadWord(titles, /*ignore_case=*/false);  // a narrower gate
  REQUIRE(st.ok());
  for (const std::string& t : MatcherTexts()) {
    const MatchSpans want = Brute(plain.re(), t, titles);
    CheckAllWays(plain, t, want);
    CheckAllWays(led, t, want);
  }
  // Case-sensitive lead words skip "prime minister Abe", as they should
  // for a pattern without (?i).
  MatchSpans got;
  exact.ForEachSpan(std::string_view("prime minister Abe, Mr Li"),
                    [&](size_t b, size_t e) {
                      got.push_back({b, e});
                    });
  CHECK(got == MatchSpans{{20, 25}});
}

TEST_CASE("WordStartMatcher: a first byte outside word starts") {
  // "(" may begin a match: WordStarts do not cover it, and the plain scan
  // is used.
  Status st;
  WordStartMatcher m(CompilePattern(R"(\(\p{Lu}\w*\)|\p{Lu}\w+)", "test", &st),
                     {"("});
  REQUIRE(st.ok());
  const std::string t = "in (Kyiv) and Odesa (x)";
  CheckAllWays(m, t, MatchSpans{{3, 9}, {14, 19}});
}

TEST_CASE("WordStartMatcher: RequireFirstBytesOf and ForEachScanned") {
  Status st;
  WordStartMatcher m(CompilePattern(R"(\p{Lu}\w+)", "test", &st), {});
  REQUIRE(st.ok());
  m.RequireFirstBytesOf({"Xi", "Li"});
  const std::string t = "Xi met Li and Putin in Xian; xi";
  MatchSpans spans;
  m.ForEachSpan(t, [&](size_t b, size_t e) { spans.push_back({b, e}); });
  CHECK(spans == MatchSpans{{0, 2}, {7, 9}, {23, 27}});
  // A scanner in RE2's place: here "two bytes", tried where RE2 would be.
  WordStarts starts;
  starts.Reset(t);
  MatchSpans scanned;
  m.ForEachScanned(
      starts, [](size_t pos) { return pos + 2; },
      [&](size_t b, size_t e) {
        scanned.push_back({b, e});
      });
  CHECK(scanned == MatchSpans{{0, 2}, {7, 9}, {23, 25}});
}

}  // namespace
}  // namespace kg::extract::internal
