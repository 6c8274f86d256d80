#include "extract/internal/word_starts.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract/internal/text_util.h"

namespace kg::extract::internal {
namespace {

const std::vector<std::string>& StartTexts() {
  static const std::vector<std::string> texts = {
      "Xi met al-Assad (again).",
      "The Kremlin said on Monday (June 3) that G20 talks in Xi'an resumed.",
      "Tô Lâm and Đặng Thị met al-Sisi; O'Brien’s aides—and 3M's CEO—left.",
      "abc\xE2\x80\x8B"
      "def ÉCOLE école naïve x1y2 _under_score_ end 'Akilisi Pohiva",
      "\xC3",  // cut UTF-8
      "",
      "  leading and trailing  ",
  };
  return texts;
}

TEST_CASE("WordStarts: the word starts") {
  WordStarts starts;
  starts.Reset("Xi met al-Assad (again).");
  CHECK(starts.positions() == std::vector<size_t>{0, 3, 7, 10, 17});
  starts.Reset("Tô Lâm");
  CHECK(starts.positions() == std::vector<size_t>{0, 4});
  starts.Reset("");
  CHECK(starts.positions().empty());
}

// Exactly the positions that StartsFree and begin with a letter, digit or
// UTF-8 lead byte.
TEST_CASE("WordStarts: agrees with its definition at every position") {
  WordStarts starts;
  for (const std::string& t : StartTexts()) {
    CAPTURE(t);
    starts.Reset(t);
    std::vector<size_t> want;
    for (size_t pos = 0; pos < t.size(); ++pos) {
      const auto c = static_cast<unsigned char>(t[pos]);
      if ((IsAsciiWordByte(c) || c >= 0xC0) && StartsFree(t, pos))
        want.push_back(pos);
    }
    CHECK(starts.positions() == want);
    CHECK(starts.text() == t);
  }
}

TEST_CASE("WordStarts: Covers, Uncovered and With") {
  std::bitset<256> first;
  for (int c = 'A'; c <= 'Z'; ++c) first.set(static_cast<size_t>(c));
  first.set('7');
  first.set(0xC3);
  first.set(0xFF);
  CHECK(WordStarts::Covers(first));
  CHECK(WordStarts::Uncovered(first).empty());
  first.set('\'');
  first.set('(');
  CHECK_FALSE(WordStarts::Covers(first));
  CHECK(WordStarts::Uncovered(first) == "'(");
  std::bitset<256> continuation;
  continuation.set(0x80);
  CHECK_FALSE(WordStarts::Covers(continuation));

  WordStarts starts;
  starts.Reset("Xi met 'Akilisi (again) 'x");
  std::vector<size_t> with;
  starts.With("('", &with);
  CHECK(with == std::vector<size_t>{0, 3, 7, 8, 16, 17, 24, 25});
  starts.With("", &with);
  CHECK(with == starts.positions());
}

TEST_CASE("WordStarts::ForEach: goes on from the end each try gives") {
  WordStarts starts;
  starts.Reset("Mark Carney met Xi Jinping in Ottawa");
  std::vector<size_t> tried;
  starts.ForEach([&](size_t pos) -> size_t {
    tried.push_back(pos);
    if (pos == 0) return 11;   // "Mark Carney": skips "Carney"
    if (pos == 16) return 17;  // inside "Xi": the next start is "Jinping"
    return 0;
  });
  CHECK(tried == std::vector<size_t>{0, 12, 16, 19, 27, 30});
}

TEST_CASE("WordStarts::ForEachWith: as ForEachOf over With's list") {
  WordStarts starts;
  for (const std::string& t :
       {std::string("Xi met 'Akilisi (again) 'x and ''Q (('"),
        std::string("''"), std::string("no such bytes"), std::string()}) {
    CAPTURE(t);
    starts.Reset(t);
    for (size_t skip : {0, 1, 3, 9}) {
      CAPTURE(skip);
      // Each try claims `skip` bytes at every third position it is given.
      auto record = [skip](std::vector<size_t>* tried) {
        return [tried, skip](size_t pos) -> size_t {
          tried->push_back(pos);
          return tried->size() % 3 == 0 ? pos + skip : 0;
        };
      };
      std::vector<size_t> want, got, with;
      starts.With("('", &with);
      WordStarts::ForEachOf(with, record(&want));
      starts.ForEachWith("('", record(&got));
      CHECK(got == want);
    }
  }
}

}  // namespace
}  // namespace kg::extract::internal
