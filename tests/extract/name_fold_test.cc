#include "extract/name_fold.h"

#include <doctest/doctest.h>

#include <string_view>

namespace kg::extract {
namespace {

TEST_CASE("FoldName and EditDistance: loose name matching") {
  struct Case {
    std::string_view name;
    const char* folded;
  };
  const Case cases[] = {
      {"TÔ LÂM", "to lam"},
      {"  Recep Tayyip Erdoğan ", "recep tayyip erdogan"},
      {"Nguyễn Phú Trọng", "nguyen phu trong"},
      {"Straße", "strasse"},
      {"Œuvre, Æther", "oeuvre aether"},
      {"xi-jinping", "xi jinping"},
      {"Россия", "Россия"},  // other scripts as written
      {"O'Brien", "o brien"},
      {"", ""},
  };
  for (const Case& c : cases) {
    CAPTURE(c.name);
    CHECK(FoldName(c.name) == c.folded);
  }
  CHECK(EditDistance("pution", "putin") == 1);
  CHECK(EditDistance("kitten", "sitting") == 3);
  CHECK(EditDistance("", "abc") == 3);
  CHECK(EditDistance("lâm", "lam") == 1);  // one code point, two bytes
}

}  // namespace
}  // namespace kg::extract
