#include "extract/internal/date_words.h"

#include <doctest/doctest.h>

namespace kg::extract::internal {
namespace {

TEST_CASE("DateWords: Words folds case and every kind of space") {
  CHECK(Words("  Up\xC2\xA0 To ") == "up to");
  CHECK(Words("AS\tFROM") == "as from");
  CHECK(Words("") == "");
}

TEST_CASE("DateWords: the words around a number") {
  CHECK(WordBefore("Resolution 2758", 11) == "Resolution");
  CHECK(WordBefore("2758", 0) == "");
  CHECK(WordAfter("2000  km away", 4) == "km");
  CHECK(WordAfter("2000.", 4) == "");
}

TEST_CASE("DateWords: numbers, counts and word lists") {
  CHECK(ToInt("12th") == 12);
  CHECK(ToInt("x") == 0);
  CHECK(CountWord("a") == 1);
  CHECK(CountWord("an") == 1);
  CHECK(CountWord("twelve") == 12);
  CHECK(CountWord("40") == 40);
  CHECK(CountWord("dozen") == 0);
  CHECK(IsNumberLabel("Flight"));
  CHECK_FALSE(IsNumberLabel("in"));
  CHECK(IsAmountWord("Billion"));
  CHECK_FALSE(IsAmountWord("Olympics"));
  CHECK(EndsWithCurrency("cost \xE2\x82\xAC"));
  CHECK_FALSE(EndsWithCurrency("in "));
}

}  // namespace
}  // namespace kg::extract::internal
