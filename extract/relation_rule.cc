#include "extract/relation_rule.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>


namespace kg::extract {
namespace {

constexpr char kOpen = '\x01';
constexpr char kClose = '\x02';
constexpr char kDeterminer[] = "(?:(?:the|his|her|their|its) )?";

std::string One(const char* types) {
  // A determiner before a name belongs to it: "met the Taliban", "told
  // his Iranian counterpart Hassan Rouhani".
  return std::string(kDeterminer) + "(\\x01[" + types + "]\\d+\\x02)";
}

std::string List() {
  const std::string token = std::string(kDeterminer) + "\\x01[PCOGX]\\d+\\x02";
  // "A and B", "A, B(,) and C", "both A and B". A comma alone joins nothing
  // ("Under Xi, China signed ..."), and neither does ", and" after one name
  // ("X criticized A, and B opposed ..." coordinates clauses).
  const std::string conj = " (?:and|&|as well as) ";
  return "((?:both |either )?" + token + "(?:" + conj + token + "|(?:, " +
         token + ")+,?" + conj + token + ")?)";
}

// Walks `pattern` outside escapes and character classes, calling
// visit(i, depth) at each other byte with the group depth; visit may move i
// on, and stops the walk by returning false. Returns false if stopped.
template <typename Visit>
bool WalkPattern(std::string_view pattern, Visit visit) {
  int depth = 0;
  bool in_class = false;
  for (size_t i = 0; i < pattern.size(); ++i) {
    const char c = pattern[i];
    if (c == '\\') {
      ++i;  // an escaped character is a literal
    } else if (in_class) {
      in_class = c != ']';
    } else if (c == '[') {
      in_class = true;
    } else if (c == '(') {
      ++depth;
    } else if (c == ')') {
      --depth;
    } else if (!visit(i, depth)) {
      return false;
    }
  }
  return true;
}

// Whether `pattern` has a '|' outside every group and character class.
bool HasTopLevelAlternation(std::string_view pattern) {
  return !WalkPattern(pattern, [&](size_t& i, int depth) {
    return !(pattern[i] == '|' && depth == 0);
  });
}

// Whether every capturing placeholder of `pattern` is a one-token one
// ({ACTOR}, {PERSON}, {COUNTRY}, {ORG}) that every match passes through:
// outside any group, not quantified, with no top-level '|'.
bool OneTokenSlots(std::string_view pattern) {
  if (HasTopLevelAlternation(pattern)) return false;
  return WalkPattern(pattern, [&](size_t& i, int depth) {
    if (pattern[i] != '{') return true;
    const size_t close = pattern.find('}', i);
    if (close == std::string_view::npos) return false;
    const std::string_view name = pattern.substr(i + 1, close - i - 1);
    if (name == "ACTORS") return false;
    if (name == "ACTOR" || name == "PERSON" || name == "COUNTRY" ||
        name == "ORG") {
      const std::string_view after = pattern.substr(close + 1);
      const bool quantified =
          !after.empty() &&
          (after[0] == '?' || after[0] == '*' || after[0] == '+' ||
           (after[0] == '{' && after.size() > 1 && after[1] >= '0' &&
            after[1] <= '9'));
      if (depth != 0 || quantified) return false;
    }
    i = close;
    return true;
  });
}

// Where the mention tokens of marked[begin, end) are, if each is whole
// ("\x01", a type letter, digits, "\x02") and there are exactly `n`.
bool TokenSpans(std::string_view marked, size_t begin, size_t end, size_t n,
                re2::StringPiece* out) {
  size_t found = 0;
  for (size_t i = begin; i < end; ++i) {
    if (marked[i] == kClose) return false;  // a token cut at the start
    if (marked[i] != kOpen) continue;
    size_t j = i + 1;
    if (j >= end || std::string_view("PCOGX").find(marked[j]) ==
                        std::string_view::npos)
      return false;
    ++j;
    const size_t digits = j;
    while (j < end && marked[j] >= '0' && marked[j] <= '9') ++j;
    if (j == digits || j >= end || marked[j] != kClose || found == n)
      return false;
    out[found++] = re2::StringPiece(marked.data() + i, j + 1 - i);
    i = j;
  }
  return found == n;
}

bool IsPlaceholderName(const std::string& s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!(std::isupper(static_cast<unsigned char>(c)) || c == '_'))
      return false;
  return true;
}

}  // namespace

std::string MentionToken(char type_letter, size_t index) {
  return std::string(1, kOpen) + type_letter + std::to_string(index) + kClose;
}

char TypeLetter(ActorType t) {
  switch (t) {
    case ActorType::kPerson:
      return 'P';
    case ActorType::kCountry:
      return 'C';
    case ActorType::kOrganization:
      return 'O';
    case ActorType::kGroup:
      return 'G';
    case ActorType::kOther:
      return 'X';
  }
  return 'X';
}

RelationRule::~RelationRule() = default;

Result<std::unique_ptr<RelationRule>> RelationRule::Compile(
    const RuleSpec& spec, const std::map<std::string, std::string>& macros) {
  std::unique_ptr<RelationRule> rule(new RelationRule());
  rule->spec_ = spec;
  const std::string where = Location(spec.source_path, spec.source_line);
  auto fail = [&](const std::string& what) -> Status {
    return Status::InvalidArgument(where, "rule \"" + spec.id + "\": " + what);
  };
  std::string out;
  const std::string& p = spec.pattern;
  for (size_t i = 0; i < p.size(); ++i) {
    if (p[i] == '\\' &&
        i + 1 < p.size()) {  // an escaped character stays as it is
      out += p.substr(i, 2);
      ++i;
      continue;
    }
    size_t close = p[i] == '{' ? p.find('}', i) : std::string::npos;
    std::string name =
        close == std::string::npos ? "" : p.substr(i + 1, close - i - 1);
    if (!IsPlaceholderName(name)) {  // "{2,5}" is a quantifier
      out += p[i];
      continue;
    }
    if (name == "ACTOR")
      out += One("PCOGX");
    else if (name == "PERSON")
      out += One("P");
    else if (name == "COUNTRY")
      out += One("C");
    else if (name == "ORG")
      out += One("OG");
    else if (name == "ACTORS")
      out += List();
    else if (name == "MENTION")
      out += std::string(kDeterminer) + "\\x01[PCOGX]\\d+\\x02";
    else if (auto m = macros.find(name); m != macros.end())
      out += "(?:" + m->second + ")";
    else
      return fail("unknown placeholder {" + name + "}");
    if (macros.find(name) == macros.end() && name != "MENTION")
      ++rule->slot_count_;
    i = close;
  }
  rule->expanded_ = out;
  for (const char* placeholder :
       {"{ACTOR}", "{ACTORS}", "{PERSON}", "{COUNTRY}", "{ORG}", "{MENTION}"})
    rule->starts_at_mention_ |= spec.pattern.starts_with(placeholder);
  // "{ACTOR} met {ACTOR}|talks between {ACTORS}": a branch may begin
  // anywhere.
  if (HasTopLevelAlternation(spec.pattern)) rule->starts_at_mention_ = false;
  rule->one_token_slots_ = OneTokenSlots(spec.pattern);
  if (rule->slot_count_ == 0) return fail("has no actor placeholder");
  if (rule->slot_count_ == 1 && !spec.implicit_subject &&
      !(spec.symmetric && spec.pattern.find("{ACTORS}") != std::string::npos))
    return fail(
        "one placeholder needs \"implicit_subject\" or a symmetric {ACTORS} "
        "list");

  RE2::Options opt;
  opt.set_log_errors(false);
  opt.set_case_sensitive(false);
  // A small budget first: what a rule's program leaves of it is the
  // DFAs' cache, and with 8 MB each the 47 caches kept growing through a
  // 1 GB corpus (peak RSS 54 MB at 64 MB, 62 MB at 1 GB; with 1 MB, 53 and
  // 56 MB, no slower). A rule too large for it gets the old 8 MB.
  opt.set_max_mem(int64_t{1} << 20);
  rule->re_ = std::make_unique<RE2>(out, opt);
  if (rule->re_->error_code() == RE2::ErrorPatternTooLarge) {
    opt.set_max_mem(int64_t{8} << 20);
    rule->re_ = std::make_unique<RE2>(out, opt);
  }
  if (!rule->re_->ok()) {
    // RE2 quotes the expanded pattern; say it in the rule's own words.
    std::string detail = rule->re_->error();
    size_t colon = detail.find(": ");
    if (colon != std::string::npos) detail = detail.substr(0, colon);
    const std::string& arg = rule->re_->error_arg();
    if (!arg.empty() && arg.find("\\x01") == std::string::npos)
      detail += " at \"" + arg + "\"";
    return fail("bad pattern: " + detail + " in \"" + spec.pattern + "\"");
  }
  if (static_cast<size_t>(rule->re_->NumberOfCapturingGroups()) !=
      rule->slot_count_)
    return fail(
        "capturing groups are reserved for placeholders: write (?:...)");
  return rule;
}

namespace {

// As re.Match(text, pos, text.size(), anchor, groups, n): the match is
// found without groups (RE2's DFAs), then taken apart on exactly its bytes
// (see internal::MatchGroups) - or, when `one_token_slots` and the match
// holds exactly n - 1 tokens, group i is token i: each placeholder takes
// one token, in pattern order, and any other reading would need more.
bool MatchSlots(const RE2& re, bool one_token_slots, std::string_view text,
                size_t pos, re2::StringPiece* groups, int n,
                RE2::Anchor anchor) {
  re2::StringPiece whole;
  if (!re.Match(text, pos, text.size(), anchor, &whole, 1)) return false;
  const size_t begin = static_cast<size_t>(whole.data() - text.data());
  groups[0] = whole;
  if (one_token_slots &&
      TokenSpans(text, begin, begin + whole.size(), static_cast<size_t>(n - 1),
                 groups + 1))
    return true;
  return re.Match(text, begin, begin + whole.size(), RE2::ANCHOR_BOTH, groups,
                  n);
}

}  // namespace

// Where a match of a pattern that begins with a placeholder may begin, in
// ascending order: at each mention token, and at each determiner or "both"
// / "either" run that a placeholder lets precede it ("both the \x01C1\x02").
std::vector<size_t> RelationRule::MentionStarts(std::string_view marked) {
  static const std::vector<std::string> kLeads = [] {
    std::vector<std::string> leads;
    for (std::string x : {"", "both ", "either "})
      for (std::string y : {"", "the ", "his ", "her ", "their ", "its "})
        if (!(x + y).empty()) leads.push_back(x + y);
    return leads;
  }();
  std::vector<size_t> starts;
  for (size_t t = marked.find(kOpen); t != std::string_view::npos;
       t = marked.find(kOpen, t + 1)) {
    for (const auto& lead : kLeads) {
      if (lead.size() > t) continue;
      std::string_view before = marked.substr(t - lead.size(), lead.size());
      bool same = true;
      for (size_t i = 0; i < lead.size() && same; ++i) {
        const char c = before[i];  // ASCII lower case, as (?i) folds
        same = (c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c) == lead[i];
      }
      if (same) starts.push_back(t - lead.size());
    }
    starts.push_back(t);
  }
  std::sort(starts.begin(), starts.end());
  starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
  return starts;
}

std::vector<RelationRule::Match> RelationRule::FindAll(
    std::string_view marked) const {
  if (!starts_at_mention_) return FindAll(marked, {});
  return FindAll(marked, MentionStarts(marked));
}

std::vector<RelationRule::Match> RelationRule::FindAll(
    std::string_view marked, const std::vector<size_t>& starts) const {
  std::vector<Match> out;
  const int n = static_cast<int>(slot_count_) + 1;
  std::vector<re2::StringPiece> g(static_cast<size_t>(n));
  // The leftmost match is the first of the anchored tries at the places a
  // match can begin: the same match as an unanchored search finds, without
  // the DFA states that following every start at once would need (the
  // rules' gaps make those numerous, and building them was most of the
  // rules' time).
  size_t next_start = 0;
  auto next = [&](size_t pos) {
    if (!starts_at_mention_)
      return pos <= marked.size() &&
             MatchSlots(*re_, one_token_slots_, marked, pos, g.data(), n,
                        RE2::UNANCHORED);
    for (; next_start < starts.size(); ++next_start) {
      if (starts[next_start] < pos) continue;
      if (MatchSlots(*re_, one_token_slots_, marked, starts[next_start],
                     g.data(), n, RE2::ANCHOR_START))
        return true;
    }
    return false;
  };
  size_t pos = 0;
  while (next(pos)) {
    Match m;
    m.begin = static_cast<size_t>(g[0].data() - marked.data());
    m.end = m.begin + g[0].size();
    for (int i = 1; i < n; ++i) {
      // A placeholder in an alternative branch that did not match.
      if (g[static_cast<size_t>(i)].data() == nullptr) continue;
      std::vector<size_t> indices;
      std::string_view slot(g[static_cast<size_t>(i)].data(),
                            g[static_cast<size_t>(i)].size());
      size_t slot_begin = static_cast<size_t>(slot.data() - marked.data());
      m.slot_spans.push_back({slot_begin, slot_begin + slot.size()});
      // Read every token's index: "\x01C3\x02 and \x01C4\x02" -> {3, 4}.
      for (size_t k = slot.find(kOpen); k != std::string_view::npos;
           k = slot.find(kOpen, k + 1)) {
        size_t digits = k + 2;
        size_t index = 0;
        while (digits < slot.size() && slot[digits] >= '0' &&
               slot[digits] <= '9')
          index = index * 10 + static_cast<size_t>(slot[digits++] - '0');
        indices.push_back(index);
      }
      m.slots.push_back(std::move(indices));
    }
    pos = m.end > m.begin ? m.end : m.begin + 1;
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace kg::extract
