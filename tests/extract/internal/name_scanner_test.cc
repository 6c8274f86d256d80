#include "extract/internal/name_scanner.h"

#include <doctest/doctest.h>
#include <re2/re2.h>

#include <string>
#include <vector>

namespace kg::extract::internal {
namespace {

constexpr size_t npos = std::string_view::npos;

TEST_CASE("NameScanner: name words and runs, exactly") {
  struct Row {
    std::string text;
    size_t pos;
    size_t word_end;  // NameWordEnd
    size_t run_end;   // NameRunEnd(.., 4)
  };
  const std::vector<Row> rows = {
      {"Mark Carney met Xi", 0, 4, 11},
      {"Mark Carney met Xi", 5, 11, 11},
      {"Mark Carney met Xi", 12, npos, npos},  // lower case
      {"al-Assad said", 0, 8, 8},
      {"el-Sisi and", 0, 7, 7},
      {"al-qaeda", 0, npos, npos},         // no capital after al-
      {"Al-Shabaab attacked", 0, 10, 10},  // "Al-" is a plain word
      {"O'Brien spoke", 0, 7, 7},
      {"Trump's visit", 0, 5, 5},  // stops before 's
      {"Trump’s visit", 0, 5, 5},
      {"N’Djamena Chad", 0, 11, 16},
      {"Ying-jeou Ma", 0, 9, 12},
      {"Tô Lâm", 0, 3, 8},
      {"Éire", 0, 5, 5},
      {"Ærø Island", 0, 5, 12},
      {"A B C D E F", 0, 1, 7},    // four words at most
      {"Paris  London", 0, 5, 5},  // two spaces end a run
      {"Paris, London", 0, 5, 5},
      {"Dé\xCC\x81j\xC3\xA0 Vu", 0, 8, 11},  // combining mark inside
      {"X", 0, 1, 1},
      {"", 0, npos, npos},
      {"1999 Paris", 0, npos, npos},
      {"\xC3", 0, npos, npos},  // cut UTF-8
  };
  for (const Row& r : rows) {
    CAPTURE(r.text);
    CAPTURE(r.pos);
    CHECK(NameWordEnd(r.text, r.pos) == r.word_end);
    CHECK(NameRunEnd(r.text, r.pos, 4) == r.run_end);
  }
}

// The scanner stands in for the regex: the same spans at every position
// of sentences written to probe its edges.
TEST_CASE("NameScanner: agrees with the regex it replaces") {
  const std::string word = kNameWordPattern;
  RE2 word_re(word);
  RE2 run_re(word + "(?: " + word + "){0,3}");
  REQUIRE(word_re.ok());
  REQUIRE(run_re.ok());
  const std::vector<std::string> texts = {
      "President Emmanuel Macron of France met Chancellor Olaf Scholz.",
      "al-Sudani and el-Baradei, O'Neill's aides, met Ó Súilleabháin.",
      "The U.S.-China talks in N'Djamena; Kim Jong Un's envoy left.",
      "Đặng Thị Ngọc Thịnh, Łukasz, Øresund, Şahin, ǅemal (titlecase).",
      "MOSCOW (Kg Wire) - Russia's A-B-C D' E'F G’H I-'J K--L M-",
      "Hyphen- Apostrophe' End’ Über Straße ÉCOLE Ĳssel",
      "Mixed\xC2\xA0Space and\ttab, Ab\xE2\x80\x8B"
      "Cd zero-width.",
  };
  for (const std::string& t : texts) {
    for (size_t pos = 0; pos <= t.size(); ++pos) {
      CAPTURE(t);
      CAPTURE(pos);
      re2::StringPiece m;
      const size_t want_word =
          word_re.Match(t, pos, t.size(), RE2::ANCHOR_START, &m, 1)
              ? pos + m.size()
              : npos;
      const size_t want_run =
          run_re.Match(t, pos, t.size(), RE2::ANCHOR_START, &m, 1)
              ? pos + m.size()
              : npos;
      CHECK(NameWordEnd(t, pos) == want_word);
      CHECK(NameRunEnd(t, pos, 4) == want_run);
    }
  }
}

}  // namespace
}  // namespace kg::extract::internal
