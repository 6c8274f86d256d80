#include "extract/internal/name_scanner.h"

#include <doctest/doctest.h>
#include <re2/re2.h>

#include <memory>
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

TEST_CASE("NameEnds: one end per word count, particles between words") {
  const std::vector<std::string> particles = {"bin", "van", "de", "del"};
  struct Row {
    std::string text;
    size_t pos;
    std::vector<size_t> ends;
  };
  const std::vector<Row> rows = {
      {"Ludwig van Beethoven said", 0, {6, 20}},
      {"Mohammed bin Salman Al Saud", 0, {8, 19, 22, 27}},
      {"A B C D E", 0, {1, 3, 5, 7}},  // four words at most
      {"Mark Carney, the", 0, {4, 11}},
      {"Charles de Gaulle", 0, {7, 17}},
      {"Pedro del Castillo", 0, {5, 18}},  // "de" is no particle here
      {"Xi van", 0, {2}},                  // a particle needs a word after
      {"Xi van  Dyke", 0, {2}},
      {"Xi de van Dyke", 0, {2}},  // one particle at most
      {"Xi  Jinping", 0, {2}},
      {"al-Assad and", 0, {8}},
      {"the Kremlin", 0, {}},
      {"Tô Lâm", 0, {3, 8}},
      {"", 0, {}},
  };
  for (const Row& r : rows) {
    CAPTURE(r.text);
    size_t ends[4];
    const int n = NameEnds(r.text, r.pos, particles, 4, ends);
    CHECK(std::vector<size_t>(ends, ends + n) == r.ends);
  }
  size_t ends[4];
  CHECK(NameEnds("A B C D", 0, particles, 2, ends) == 2);
  CHECK(ends[1] == 3);
}

// ends[i] is where "word(?: (?:particle )?word){i}" ends, anchored at the
// position, at every position of sentences written to probe it.
TEST_CASE("NameEnds: agrees with the regex") {
  const std::vector<std::string> particles = {"bin", "al",  "de",
                                              "del", "van", "la"};
  std::string alternation = "(?:";
  for (const auto& p : particles)
    alternation += (alternation.size() > 3 ? "|" : "") + p;
  alternation += ")";
  const std::string word = kNameWordPattern;
  std::vector<std::unique_ptr<RE2>> res;
  for (int i = 0; i < 4; ++i) {
    res.push_back(std::make_unique<RE2>(word + "(?: (?:" + alternation + " )?" +
                                        word + "){" + std::to_string(i) + "}"));
    REQUIRE(res.back()->ok());
  }
  const std::vector<std::string> texts = {
      "Mohammed bin Salman al Saud and Ludwig van Beethoven, Charles de "
      "Gaulle.",
      "Pedro del Castillo de la Vega; Xi van  Dyke, Xi de van Dyke al-Assad.",
      "al-Sisi al Sisi el-Baradei bin bin Laden la Mer La Mer O'Brien's van.",
      "Tô Lâm, Đặng Thị Ngọc Thịnh van Øyvind de Ærø A B C D E F G.",
      "Mark Carney, the Prime Minister of Canada, met Xi Jinping van ",
  };
  for (const std::string& t : texts) {
    for (size_t pos = 0; pos <= t.size(); ++pos) {
      CAPTURE(t);
      CAPTURE(pos);
      size_t ends[4];
      const int n = NameEnds(t, pos, particles, 4, ends);
      for (int i = 0; i < 4; ++i) {
        CAPTURE(i);
        re2::StringPiece m;
        const bool matched = res[static_cast<size_t>(i)]->Match(
            t, pos, t.size(), RE2::ANCHOR_START, &m, 1);
        CHECK(matched == (i < n));
        if (matched && i < n) CHECK(ends[i] == pos + m.size());
      }
    }
  }
}

}  // namespace
}  // namespace kg::extract::internal
