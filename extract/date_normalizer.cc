#include "extract/date_normalizer.h"

#include <re2/re2.h>

#include <algorithm>
#include <cassert>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "extract/internal/date_expr.h"
#include "extract/internal/date_match.h"
#include "extract/internal/date_patterns.h"
#include "extract/internal/date_words.h"
#include "extract/internal/piece_re.h"

namespace kg::extract {

using internal::DateExpr;
using internal::DateParts;
using internal::PieceRe;

struct DateNormalizer::Impl {
  Impl();
  std::vector<DateExpr> Scan(std::string_view s, const DateContext& ctx) const;
  bool Dissect(re2::StringPiece found, DateParts* parts) const;
  void OpenInterval(std::string_view s, DateExpr* e) const;

  // Finding a date and taking it apart are two steps: RE2 extracts groups
  // with its slow engines over the whole program, so the big pattern has no
  // groups and small per-piece patterns re-match the few bytes found.
  std::unique_ptr<RE2> scan_re;
  std::unique_ptr<PieceRe> head_re;
  std::unique_ptr<PieceRe> qual_re;
  std::vector<std::unique_ptr<PieceRe>> core_res;
  std::unique_ptr<RE2> onwards_re;
  bool ok = false;
};

DateNormalizer::Impl::Impl() {
  RE2::Options options;
  options.set_log_errors(false);  // RE2::Quiet
  const internal::DatePatterns patterns = internal::BuildDatePatterns();
  head_re = std::make_unique<PieceRe>(patterns.head, options);
  qual_re = std::make_unique<PieceRe>(patterns.qual, options);
  ok = head_re->ok() && qual_re->ok();
  for (const std::string& core : patterns.cores) {
    core_res.push_back(std::make_unique<PieceRe>(core, options));
    ok = ok && core_res.back()->ok();
  }
  onwards_re = std::make_unique<RE2>(internal::OnwardsPattern(), options);
  options.set_max_mem(16 << 20);  // room for the big pattern's DFA
  scan_re = std::make_unique<RE2>(internal::ScanPattern(patterns), options);
  ok = ok && scan_re->ok() && onwards_re->ok();
}

// Splits a match of scan_re into its groups. The span starts with a prefix
// word or dash iff scan_re used one (no core starts like that), then the
// qualifier is taken if a core still matches the rest; the first core that
// matches the rest exactly is the one scan_re's leftmost-first order chose.
bool DateNormalizer::Impl::Dissect(re2::StringPiece found,
                                   DateParts* parts) const {
  *parts = DateParts{};
  head_re->Consume(&found, false, parts);
  auto core = [&](re2::StringPiece rest) {
    for (const auto& re : core_res) {
      re2::StringPiece text = rest;
      if (re->Consume(&text, true, parts)) {
        (*parts)[internal::kCore] = rest;
        return true;
      }
    }
    return false;
  };
  re2::StringPiece rest = found;
  if (qual_re->Consume(&rest, false, parts) && core(rest)) return true;
  (*parts)[internal::kQual] = re2::StringPiece();
  return core(found);
}

std::vector<DateExpr> DateNormalizer::Impl::Scan(std::string_view s,
                                                 const DateContext& ctx) const {
  std::vector<DateExpr> exprs;
  const re2::StringPiece text(s.data(), s.size());
  re2::StringPiece found;
  DateParts parts;
  size_t pos = 0;
  while (pos < s.size() &&
         scan_re->Match(text, pos, s.size(), RE2::UNANCHORED, &found, 1)) {
    const size_t end =
        static_cast<size_t>(found.data() - s.data()) + found.size();
    // (A memo of Dissect() by date string was tried and dropped: it pays
    // on make_corpus, whose few dates recur, more than on prose.)
    if (Dissect(found, &parts)) {
      internal::AppendDateExprs({s, parts}, ctx, &exprs);
    }
    pos = std::max(end, pos + 1);
  }
  return exprs;
}

// "since 2018", "2018 onwards" -> "2018/.."; "until 2019" -> "../2019".
void DateNormalizer::Impl::OpenInterval(std::string_view s, DateExpr* e) const {
  const re2::StringPiece rest(s.data() + e->end, s.size() - e->end);
  re2::StringPiece onwards;
  if (onwards_re->Match(rest, 0, rest.size(), RE2::ANCHOR_START, &onwards, 1)) {
    e->open_start = true;
    e->end += onwards.size();
  }
  e->open_start = e->open_start || e->role == internal::Role::kSince;
  e->open_end = !e->open_start && (e->role == internal::Role::kUntil ||
                                   e->role == internal::Role::kBefore);
}

DateNormalizer::DateNormalizer() : impl_(std::make_unique<Impl>()) {
  assert(impl_->ok);
}

DateNormalizer::~DateNormalizer() = default;

std::vector<DateMention> DateNormalizer::Find(std::string_view sentence,
                                              const DateContext& ctx) const {
  // Every form needs a digit, a year anchor (bare months) or the document
  // date (relative phrases); most sentences of a corpus stop here.
  const bool has_digit =
      std::any_of(sentence.begin(), sentence.end(), internal::IsDigit);
  if (!impl_->ok || (!has_digit && !ctx.year_anchor && !ctx.document_date)) {
    return {};
  }
  std::vector<DateExpr> exprs =
      internal::MergeIntervals(sentence, impl_->Scan(sentence, ctx));

  std::vector<DateMention> out;
  for (DateExpr& e : exprs) {
    if (!e.last) impl_->OpenInterval(sentence, &e);
    if (internal::AnchorYear(exprs, ctx, &e) && internal::HasEdtfYears(e)) {
      out.push_back(internal::ToMention(e));
    }
  }
  return out;
}

}  // namespace kg::extract
