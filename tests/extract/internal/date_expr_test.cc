#include "extract/internal/date_expr.h"

#include <doctest/doctest.h>

#include <string_view>
#include <vector>

namespace kg::extract::internal {
namespace {

DatePoint Year(int y) {
  return {y, 0, 0, Precision::kYear, DateSource::kSentence};
}

DateExpr Expr(size_t begin, size_t value_begin, size_t end, Role role,
              DatePoint first) {
  DateExpr e;
  e.begin = begin;
  e.value_begin = value_begin;
  e.end = end;
  e.role = role;
  e.first = first;
  return e;
}

TEST_CASE("DateExpr: RoleOf reads prefix words in any case and spacing") {
  CHECK(RoleOf("From") == Role::kFrom);
  CHECK(RoleOf("Up\xC2\xA0 to") == Role::kUntil);
  CHECK(RoleOf("starting in") == Role::kSince);
  CHECK(RoleOf("before") == Role::kBefore);
  CHECK(RoleOf("during") == Role::kPoint);
}

TEST_CASE("DateExpr: merges from A to B, but not backwards") {
  const std::string_view s = "from 2013 to 2025";
  std::vector<DateExpr> in = {Expr(0, 5, 9, Role::kFrom, Year(2013)),
                              Expr(10, 13, 17, Role::kTo, Year(2025))};
  std::vector<DateExpr> out = MergeIntervals(s, in);
  REQUIRE(out.size() == 1);
  CHECK(ToMention(out[0]).edtf == "2013/2025");
  CHECK(ToMention(out[0]).span == Span{0, 17});

  in[1].first = Year(2010);
  out = MergeIntervals(s, in);
  REQUIRE(out.size() == 2);
  // "to" joined nothing, so it is not part of the second date.
  CHECK(ToMention(out[1]).span == Span{13, 17});
}

TEST_CASE(
    "DateExpr: AnchorYear takes the sentence's year, else the context's") {
  const DatePoint march{0, 3, 0, Precision::kMonth, DateSource::kSentence};
  std::vector<DateExpr> exprs = {Expr(0, 3, 7, Role::kPoint, Year(2019)),
                                 Expr(12, 15, 20, Role::kPoint, march)};
  DateContext ctx;
  CHECK(AnchorYear(exprs, ctx, &exprs[1]));
  CHECK(ToMention(exprs[1]).edtf == "2019-03");

  DateExpr alone = Expr(0, 3, 8, Role::kPoint, march);
  CHECK_FALSE(AnchorYear({alone}, ctx, &alone));
  ctx.year_anchor = 2021;
  ctx.year_anchor_source = DateSource::kParagraph;
  CHECK(AnchorYear({alone}, ctx, &alone));
  CHECK(ToMention(alone).edtf == "2021-03");
  CHECK(ToMention(alone).source == DateSource::kParagraph);
}

}  // namespace
}  // namespace kg::extract::internal
