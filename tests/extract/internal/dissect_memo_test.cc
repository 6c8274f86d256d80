#include "extract/internal/dissect_memo.h"

#include <doctest/doctest.h>

#include <string>

namespace kg::extract::internal {
namespace {

TEST_CASE("DissectMemo: pieces come back at their offsets in the new text") {
  DissectMemo memo;
  const std::string first = "since 2018";
  DateParts parts{};
  parts[kPrep] = re2::StringPiece(first.data(), 5);        // "since"
  parts[kCore] = re2::StringPiece(first.data() + 6, 4);    // "2018"
  parts[kY] = re2::StringPiece(first.data() + 6, 4);
  parts[kQual] = re2::StringPiece(first.data() + 6, 0);    // empty, not null
  memo.Put(first, true, parts);
  CHECK(memo.size() == 1);

  const std::string second = "xx since 2018";  // the same bytes elsewhere
  const re2::StringPiece text(second.data() + 3, 10);
  DateParts got{};
  got[kDec] = re2::StringPiece(second.data(), 1);  // overwritten
  bool ok = false;
  REQUIRE(memo.Get(text, &ok, &got));
  CHECK(ok);
  CHECK(got[kPrep].data() == second.data() + 3);
  CHECK(got[kPrep] == "since");
  CHECK(got[kCore].data() == second.data() + 9);
  CHECK(got[kY] == "2018");
  CHECK(got[kQual].data() == second.data() + 9);
  CHECK(got[kQual].empty());
  CHECK(got[kDec].data() == nullptr);
  CHECK(got[kMo].data() == nullptr);

  CHECK_FALSE(memo.Get("since 2019", &ok, &got));
  memo.Put("nothing", false, DateParts{});
  REQUIRE(memo.Get("nothing", &ok, &got));
  CHECK_FALSE(ok);
  CHECK(got[kPrep].data() == nullptr);
}

TEST_CASE("DissectMemo: starts over past its size") {
  DissectMemo memo;
  for (size_t i = 0; i < DissectMemo::kMaxEntries; ++i)
    memo.Put(std::to_string(i), true, DateParts{});
  CHECK(memo.size() == DissectMemo::kMaxEntries);
  memo.Put("one more", true, DateParts{});
  CHECK(memo.size() == 1);
  bool ok;
  DateParts parts{};
  CHECK(memo.Get("one more", &ok, &parts));
  CHECK_FALSE(memo.Get("0", &ok, &parts));
}

}  // namespace
}  // namespace kg::extract::internal
