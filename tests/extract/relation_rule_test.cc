#include "extract/relation_rule.h"

#include <doctest/doctest.h>
#include <re2/re2.h>

#include <map>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kg::extract {
namespace {

using Slots = std::vector<std::vector<size_t>>;

// What a placeholder allows before its mention: "met the Taliban".
const std::string kDet = "(?:(?:the|his|her|their|its) )?";

RuleSpec Spec(std::string pattern) {
  RuleSpec spec;
  spec.id = "meet";
  spec.pattern = std::move(pattern);
  spec.relation = "meet";
  spec.category = "04";
  spec.source_path = "pack.json";
  spec.source_line = 40;
  return spec;
}

std::unique_ptr<RelationRule> MustCompile(
    const RuleSpec& spec,
    const std::map<std::string, std::string>& macros = {}) {
  Result<std::unique_ptr<RelationRule>> r = RelationRule::Compile(spec, macros);
  REQUIRE_MESSAGE(r.ok(), r.status().ToString());
  return std::move(*r);
}

// Builds a marked sentence from a readable one: "[C0] met [P1]" stands for
// MentionToken('C', 0) + " met " + MentionToken('P', 1).
std::string Marked(std::string_view readable) {
  std::string out;
  for (size_t i = 0; i < readable.size(); ++i) {
    if (readable[i] != '[') {
      out += readable[i];
      continue;
    }
    size_t close = readable.find(']', i);
    out += MentionToken(
        readable[i + 1],
        std::stoul(std::string(readable.substr(i + 2, close - i - 2))));
    i = close;
  }
  return out;
}

// Slots written as "{0,1}{2}": the mention indices of each placeholder.
std::string Show(const Slots& slots) {
  std::string out;
  for (const auto& slot : slots) {
    out += '{';
    for (size_t i = 0; i < slot.size(); ++i) {
      if (i) out += ',';
      out += std::to_string(slot[i]);
    }
    out += '}';
  }
  return out;
}

// The slots of every match of `rule` in `readable`, space-separated.
std::string AllSlots(const RelationRule& rule, std::string_view readable) {
  std::string out;
  for (const auto& m : rule.FindAll(Marked(readable))) {
    if (!out.empty()) out += ' ';
    out += Show(m.slots);
  }
  return out;
}

TEST_CASE("RelationRule: MentionToken and TypeLetter") {
  CHECK(MentionToken('P', 0) == "\x01P0\x02");
  CHECK(MentionToken('C', 12) ==
        "\x01"
        "C12\x02");
  CHECK(Marked("[C0] met [P12].") ==
        "\x01"
        "C0\x02 met \x01P12\x02.");
  CHECK(TypeLetter(ActorType::kPerson) == 'P');
  CHECK(TypeLetter(ActorType::kCountry) == 'C');
  CHECK(TypeLetter(ActorType::kOrganization) == 'O');
  CHECK(TypeLetter(ActorType::kGroup) == 'G');
  CHECK(TypeLetter(ActorType::kOther) == 'X');
}

TEST_CASE("RelationRule: Compile errors name the rule's file, line and id") {
  struct Case {
    std::string_view name;
    std::string pattern;
    bool symmetric;
    bool implicit_subject;
    std::string expected;
  };
  const std::string at = "pack.json:40: rule \"meet\": ";
  const std::vector<Case> cases = {
      {"unknown placeholder", "{ACTR} met {ACTOR}", false, false,
       at + "unknown placeholder {ACTR}"},
      {"unknown placeholder after a good one", "{ACTOR} met {ACTOR} in {CITY}",
       false, false, at + "unknown placeholder {CITY}"},
      {"unknown placeholder with underscore", "{ACTOR} met {OTHER_ACTOR}",
       false, false, at + "unknown placeholder {OTHER_ACTOR}"},
      {"bad RE2 syntax: missing ]", "{ACTOR} met {ACTOR}[", false, false,
       at + "bad pattern: missing ] at \"[\" in \"{ACTOR} met {ACTOR}[\""},
      {"bad RE2 syntax: repetition", "{ACTOR} met{2,1} {ACTOR}", false, false,
       at + "bad pattern: invalid repetition size at \"{2,1}\" in \"{ACTOR} "
            "met{2,1} {ACTOR}\""},
      {"bad RE2 syntax: trailing backslash", "{ACTOR} met {ACTOR}\\", false,
       false, at + "bad pattern: trailing \\ in \"{ACTOR} met {ACTOR}\\\""},
      // RE2 quotes the expanded pattern; the message quotes the rule's own.
      {"bad RE2 syntax: missing )", "{ACTOR} met (?:with {ACTOR}", false, false,
       at + "bad pattern: missing ) in \"{ACTOR} met (?:with {ACTOR}\""},
      {"capturing group", "{ACTOR} (met|saw) {ACTOR}", false, false,
       at + "capturing groups are reserved for placeholders: write (?:...)"},
      {"named capturing group", "{ACTOR} (?P<verb>met) {ACTOR}", false, false,
       at + "capturing groups are reserved for placeholders: write (?:...)"},
      {"no placeholder", "talks were held", false, false,
       at + "has no actor placeholder"},
      {"only a mention", "{MENTION} met", true, true,
       at + "has no actor placeholder"},
      {"one placeholder", "{ACTOR} held talks", false, false,
       at + "one placeholder needs \"implicit_subject\" or a symmetric "
            "{ACTORS} list"},
      {"one list, not symmetric", "{ACTORS} held talks", false, false,
       at + "one placeholder needs \"implicit_subject\" or a symmetric "
            "{ACTORS} list"},
      {"symmetric, but no list", "{ACTOR} held talks", true, false,
       at + "one placeholder needs \"implicit_subject\" or a symmetric "
            "{ACTORS} list"},
      {"symmetric list", "{ACTORS} held talks", true, false, "OK"},
      {"implicit subject", "relations with {ACTOR} soured", false, true, "OK"},
      {"quantifier braces are no placeholder",
       "{ACTOR} met(?: \\w+){0,2} {ACTOR}", false, false, "OK"},
      {"lower-case braces are no placeholder", "{ACTOR} met {actor} {ACTOR}",
       false, false, "OK"},
      {"escaped brace", "{ACTOR} met \\{ACTOR} {ACTOR}", false, false, "OK"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.name);
    RuleSpec spec = Spec(c.pattern);
    spec.symmetric = c.symmetric;
    spec.implicit_subject = c.implicit_subject;
    Result<std::unique_ptr<RelationRule>> r = RelationRule::Compile(spec, {});
    CHECK((r.ok() ? std::string("OK") : r.status().ToString()) == c.expected);
    if (!r.ok()) CHECK(r.status().code() == StatusCode::kInvalidArgument);
  }
}

TEST_CASE("RelationRule: Compile errors without a line give the path alone") {
  RuleSpec spec = Spec("{ACTR}");
  spec.source_line = 0;
  Result<std::unique_ptr<RelationRule>> r = RelationRule::Compile(spec, {});
  CHECK(r.status().ToString() ==
        "pack.json: rule \"meet\": unknown placeholder {ACTR}");
}

TEST_CASE("RelationRule: placeholders and macros expand to RE2") {
  const std::map<std::string, std::string> macros = {{"V", "met|saw"},
                                                     {"GAP", "[^.]{0,9}?"}};
  const std::string any = R"((\x01[PCOGX]\d+\x02))";
  struct Case {
    std::string pattern;
    std::string expanded;
    size_t slots;
  };
  const std::vector<Case> cases = {
      {"{ACTOR} {V} {ACTOR}", kDet + any + " (?:met|saw) " + kDet + any, 2},
      {"{PERSON}{GAP}{COUNTRY}",
       kDet + R"((\x01[P]\d+\x02)(?:[^.]{0,9}?))" + kDet +
           R"((\x01[C]\d+\x02))",
       2},
      {"{ORG} hosted {MENTION} and {ACTOR}",
       kDet + R"((\x01[OG]\d+\x02) hosted )" + kDet +
           R"(\x01[PCOGX]\d+\x02 and )" + kDet + any,
       2},
      {"{ACTOR} met\\{ {ACTOR}", kDet + any + R"( met\{ )" + kDet + any, 2},
      {"{ACTORS} met",
       "((?:both |either )?" + kDet +
           R"(\x01[PCOGX]\d+\x02(?: (?:and|&|as well as) )" + kDet +
           R"(\x01[PCOGX]\d+\x02|(?:, )" + kDet +
           R"(\x01[PCOGX]\d+\x02)+,? (?:and|&|as well as) )" + kDet +
           R"(\x01[PCOGX]\d+\x02)?) met)",
       1},
  };
  for (const Case& c : cases) {
    CAPTURE(c.pattern);
    RuleSpec spec = Spec(c.pattern);
    spec.symmetric = true;
    auto rule = MustCompile(spec, macros);
    CHECK(rule->expanded() == c.expanded);
    CHECK(rule->slot_count() == c.slots);
    CHECK(rule->spec().id == "meet");
  }
}

// Rules compile with a small RE2 budget (it bounds their DFA caches); a
// rule whose program does not fit it gets a larger one, not an error.
TEST_CASE("RelationRule: a rule too large for the small budget still compiles") {
  // n gaps of up to 250 bytes: 40 make a program of ~100,000 instructions,
  // past 1 MB's two thirds and within 8 MB's; 400 are past both.
  auto gaps = [](int n) {
    std::string p = "{ACTOR}";
    for (int i = 0; i < n; ++i) p += "[^,;]{0,250}";
    return p + " met (?:with )?{ACTOR}";
  };
  auto rule = MustCompile(Spec(gaps(40)));
  CHECK(AllSlots(*rule, "[P0] of the region and of its people met [C1].") ==
        "{0}{1}");
  // Too large for any budget kg gives: a clear error, not a crash.
  Result<std::unique_ptr<RelationRule>> r =
      RelationRule::Compile(Spec(gaps(400)), {});
  REQUIRE_FALSE(r.ok());
  CHECK(r.status().ToString().find("pack.json:40: rule \"meet\": bad "
                                   "pattern: pattern too large") == 0);
}

TEST_CASE("RelationRule: a determiner before a mention belongs to it") {
  auto rule = MustCompile(Spec("{ACTOR} (?:met|told) {ACTORS}"));
  CHECK(AllSlots(*rule, "[P0] met the [G1].") == "{0}{1}");
  CHECK(AllSlots(*rule, "[P0] told his [P1].") == "{0}{1}");
  CHECK(AllSlots(*rule, "[P0] met the [G1] and the [G2].") == "{0}{1,2}");
  CHECK(AllSlots(*rule, "[P0] met a [G1].").empty());
  // The slot's span starts at the mention, after the determiner.
  const std::string marked = Marked("The [C0] met [C1].");
  std::vector<RelationRule::Match> ms = rule->FindAll(marked);
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].slot_spans[0].first == 4);
}

TEST_CASE("RelationRule: two slots give subject and object mentions") {
  auto rule = MustCompile(Spec("{ACTOR} met (?:with )?{ACTOR}"));
  const std::string marked = Marked("In May [P0] met with [C1] in [C2].");
  std::vector<RelationRule::Match> ms = rule->FindAll(marked);
  REQUIRE(ms.size() == 1);
  const RelationRule::Match& m = ms[0];
  CHECK(Show(m.slots) == "{0}{1}");
  CHECK(marked.substr(m.begin, m.end - m.begin) ==
        Marked("[P0] met with [C1]"));
  REQUIRE(m.slot_spans.size() == 2);
  CHECK(m.slot_spans[0].first == 7);
  CHECK(m.slot_spans[0].second == 11);
  CHECK(marked.substr(m.slot_spans[1].first,
                      m.slot_spans[1].second - m.slot_spans[1].first) ==
        MentionToken('C', 1));
}

TEST_CASE("RelationRule: typed placeholders match only their types") {
  auto rule = MustCompile(Spec("{PERSON} visited {COUNTRY}"));
  struct Case {
    std::string readable;
    std::string expected;
  };
  const std::vector<Case> cases = {
      {"[P0] visited [C1].", "{0}{1}"},
      {"[C0] visited [C1].", ""},
      {"[P0] visited [P1].", ""},
      {"[P0] visited [O1].", ""},
  };
  for (const Case& c : cases) {
    CAPTURE(c.readable);
    CHECK(AllSlots(*rule, c.readable) == c.expected);
  }
  auto org = MustCompile(Spec("{ORG} criticized {ACTOR}"));
  CHECK(AllSlots(*org, "[O0] criticized [X1].") == "{0}{1}");
  CHECK(AllSlots(*org, "[G0] criticized [P1].") == "{0}{1}");
  CHECK(AllSlots(*org, "[C0] criticized [P1].").empty());
}

TEST_CASE("RelationRule: {ACTORS} reads coordinated lists, not bare commas") {
  auto rule = MustCompile(Spec("{ACTORS} met {ACTORS}"));
  struct Case {
    std::string readable;
    std::string expected;
  };
  const std::vector<Case> cases = {
      {"[C0] met [C1].", "{0}{1}"},
      {"[C0] and [C1] met [C2].", "{0,1}{2}"},
      {"[C0] met [C1] and [C2].", "{0}{1,2}"},
      {"[C0], [C1] and [C2] met [C3].", "{0,1,2}{3}"},
      {"[C0], [C1], and [C2] met [C3].", "{0,1,2}{3}"},
      {"Both [C0] and [C1] met [C2].", "{0,1}{2}"},
      {"either [P0] and [P1] met [C2].", "{0,1}{2}"},
      {"[C0] & [C1] met [C2].", "{0,1}{2}"},
      {"[C0] as well as [C1] met [C2].", "{0,1}{2}"},
      {"[C0] met [C1], [C2] and [C3].", "{0}{1,2,3}"},
      // A comma alone joins nothing: "Under Xi, China met Peru".
      {"Under [P0], [C1] met [C2].", "{1}{2}"},
      {"[C0] met [C1], [C2] said.", "{0}{1}"},
      // Nor does ", and" after a single name: it joins clauses.
      {"[C0] met [C1], and [C2] met [C3].", "{0}{1} {2}{3}"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.readable);
    CHECK(AllSlots(*rule, c.readable) == c.expected);
  }
}

TEST_CASE("RelationRule: a symmetric list alone relates its members") {
  RuleSpec spec = Spec("{ACTORS} (?:met|held talks)");
  spec.symmetric = true;
  auto rule = MustCompile(spec);
  CHECK(rule->slot_count() == 1);
  CHECK(AllSlots(*rule, "[C0], [C1] and [C2] held talks.") == "{0,1,2}");
}

TEST_CASE("RelationRule: {MENTION} matches a mention without capturing it") {
  auto rule = MustCompile(Spec("{ACTOR} visited {MENTION} and met {ACTOR}"));
  CHECK(rule->slot_count() == 2);
  std::vector<RelationRule::Match> ms =
      rule->FindAll(Marked("[P0] visited [C1] and met [P2]."));
  REQUIRE(ms.size() == 1);
  CHECK(Show(ms[0].slots) == "{0}{2}");
  CHECK(ms[0].slot_spans.size() == 2);
  CHECK(AllSlots(*rule, "[P0] visited Paris and met [P2].").empty());
}

TEST_CASE("RelationRule: macros expand inside the pattern") {
  const std::map<std::string, std::string> macros = {
      {"AUX", "(?:(?:has|had|also) )*"}, {"VERB", "met|visited"}};
  auto rule = MustCompile(Spec("{ACTOR} {AUX}(?:{VERB}) {ACTOR}"), macros);
  CHECK(rule->slot_count() == 2);
  CHECK(AllSlots(*rule, "[P0] has also visited [C1].") == "{0}{1}");
  CHECK(AllSlots(*rule, "[P0] met [C1].") == "{0}{1}");
  CHECK(AllSlots(*rule, "[P0] greeted [C1].").empty());
}

TEST_CASE(
    "RelationRule: only the placeholders of the matching branch take part") {
  auto rule = MustCompile(
      Spec("(?:{ACTOR} hosted {ACTOR}|{ACTOR} was hosted by {ACTOR})"));
  CHECK(rule->slot_count() == 4);
  struct Case {
    std::string readable;
    std::string expected;
  };
  const std::vector<Case> cases = {
      {"[C0] hosted [C1].", "{0}{1}"},
      {"[C0] was hosted by [C1].", "{0}{1}"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.readable);
    CHECK(AllSlots(*rule, c.readable) == c.expected);
    for (const auto& m : rule->FindAll(Marked(c.readable)))
      CHECK(m.slot_spans.size() == 2);
  }

  // An optional second placeholder that did not match leaves one slot.
  RuleSpec spec = Spec("{ACTORS} cut ties(?: with {ACTORS})?");
  spec.symmetric = true;
  auto cut = MustCompile(spec);
  CHECK(AllSlots(*cut, "[C0] and [C1] cut ties.") == "{0,1}");
  CHECK(AllSlots(*cut, "[C0] cut ties with [C1].") == "{0}{1}");
}

TEST_CASE(
    "RelationRule: FindAll returns every non-overlapping match, left to "
    "right") {
  auto rule = MustCompile(Spec("{ACTOR} met {ACTOR}"));
  const std::string marked =
      Marked("[P0] met [P1]; later [P2] met [P3], and [P3] met [P4].");
  std::vector<RelationRule::Match> ms = rule->FindAll(marked);
  REQUIRE(ms.size() == 3);
  CHECK(Show(ms[0].slots) == "{0}{1}");
  CHECK(Show(ms[1].slots) == "{2}{3}");
  CHECK(Show(ms[2].slots) == "{3}{4}");
  CHECK(ms[0].end <= ms[1].begin);
  CHECK(ms[1].end <= ms[2].begin);
  CHECK(AllSlots(*rule,
                 "[P0] met [P1]; later [P2] met [P3], and [P3] met [P4].") ==
        "{0}{1} {2}{3} {3}{4}");
  CHECK(rule->FindAll("").empty());
  CHECK(rule->FindAll("no mentions met here").empty());
}

TEST_CASE("RelationRule: patterns match case-insensitively") {
  auto rule = MustCompile(Spec("{ACTOR} (?:met|held talks with) {ACTOR}"));
  for (std::string_view s : {"[P0] met [P1].", "[P0] MET [P1].",
                             "[P0] Met [P1].", "[P0] Held Talks With [P1]."}) {
    CAPTURE(s);
    CHECK(AllSlots(*rule, s) == "{0}{1}");
  }
}

TEST_CASE("RelationRule: multi-digit mention indices") {
  auto rule = MustCompile(Spec("{ACTORS} met {ACTOR}"));
  CHECK(AllSlots(*rule, "[C10], [C11] and [C123] met [P7].") ==
        "{10,11,123}{7}");
}

TEST_CASE("RelationRule: matches begin where an unanchored search finds them") {
  // Rules that begin with a placeholder are tried at mention tokens and at
  // the words a placeholder lets precede them; a top-level alternative may
  // begin anywhere. Each row: pattern, sentence, the begin offset (in the
  // readable sentence, before the first '[') and slots of each match.
  struct Row {
    const char* pattern;
    const char* readable;
    std::string begins;
    std::string slots;
  };
  const Row rows[] = {
      {"{ACTOR} met {ACTOR}", "Then [C0] met [P1].", "5", "{0}{1}"},
      {"{ACTOR} met {ACTOR}", "Then the [C0] met [P1].", "5", "{0}{1}"},
      {"{ACTOR} met {ACTOR}", "Then bathe [C0] met [P1].", "7", "{0}{1}"},
      {"{ACTORS} met", "So both the [C0] and [C1] met.", "3", "{0,1}"},
      {"{ACTORS} met", "Either [C0] or [C1] met.", "15", "{1}"},
      {"{ACTOR} met {ACTOR}|talks between {ACTORS}",
       "They held talks between [C0] and [C1].", "10", "{0,1}"},
      {"{ACTOR} met {ACTOR}|talks between {ACTORS}",
       "[C0] met [C1]; talks between [C2] and [C3].", "0 15", "{0}{1} {2,3}"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.pattern);
    CAPTURE(row.readable);
    RuleSpec spec = Spec(row.pattern);
    spec.symmetric = true;  // "{ACTORS} met" relates the pairs of its list
    auto rule = MustCompile(spec);
    const std::string marked = Marked(row.readable);
    std::string begins;
    for (const auto& m : rule->FindAll(marked)) {
      if (!begins.empty()) begins += ' ';
      begins += std::to_string(m.begin);
    }
    CHECK(begins == row.begins);
    CHECK(AllSlots(*rule, row.readable) == row.slots);
  }
}

// FindAll as RE2 alone gives it: each leftmost match from where the last
// ended, its groups from RE2.
std::string Reference(const RelationRule& rule, std::string_view marked) {
  RE2::Options opt;
  opt.set_case_sensitive(false);
  opt.set_log_errors(false);
  RE2 re(rule.expanded(), opt);
  REQUIRE(re.ok());
  const int n = re.NumberOfCapturingGroups() + 1;
  std::vector<re2::StringPiece> g(static_cast<size_t>(n));
  std::string out;
  size_t pos = 0;
  while (pos <= marked.size() &&
         re.Match(marked, pos, marked.size(), RE2::UNANCHORED, g.data(), n)) {
    const size_t begin = static_cast<size_t>(g[0].data() - marked.data());
    const size_t end = begin + g[0].size();
    out += std::to_string(begin) + "-" + std::to_string(end) + ":";
    for (int i = 1; i < n; ++i) {
      if (g[static_cast<size_t>(i)].data() == nullptr) continue;
      const size_t b = static_cast<size_t>(g[static_cast<size_t>(i)].data() -
                                           marked.data());
      out += std::to_string(b) + "+" +
             std::to_string(g[static_cast<size_t>(i)].size()) + ",";
    }
    out += " ";
    pos = end > begin ? end : begin + 1;
  }
  return out;
}

std::string Found(const RelationRule& rule, std::string_view marked) {
  std::string out;
  for (const auto& m : rule.FindAll(marked)) {
    out += std::to_string(m.begin) + "-" + std::to_string(m.end) + ":";
    for (const auto& [b, e] : m.slot_spans)
      out += std::to_string(b) + "+" + std::to_string(e - b) + ",";
    out += " ";
  }
  return out;
}

// Rules whose every placeholder takes one token skip RE2's group extraction
// when a match holds as many tokens as placeholders; the matches and slots
// are RE2's all the same, here on sentences where gaps, appositions and
// optional parts may hold tokens too.
TEST_CASE("RelationRule: slots read from the tokens are RE2's groups") {
  const std::map<std::string, std::string> macros = {
      {"GAP", "[^.;:]{0,60}?"}, {"APPOS", "(?:, [^,;]{1,100},)?"}};
  const std::vector<std::string> patterns = {
      "{ACTOR} met {ACTOR}",
      "{ACTOR}{APPOS} met {ACTOR}",
      "{ACTOR} {GAP}met {ACTOR}",
      "{PERSON} {GAP}\\bvisited {COUNTRY}",
      "{ACTOR} met {MENTION} and {ACTOR}",
      "{ACTOR} met(?: with {MENTION})? {ACTOR}",
      "(?:the )?{ACTOR} and {ORG} {GAP}\\bsigned",
      "{ACTOR} met (?:{ACTOR}|nobody)",    // a branch: RE2 decides
      "{ACTOR} met {ACTOR}?",              // optional: RE2 decides
      "{ACTORS} met {ACTOR}",              // a list: RE2 decides
      "{ACTOR} met {ACTOR}|{ACTOR} saw {ACTOR}",
  };
  const std::vector<std::string> sentences = {
      "[P0] met [C1].",
      "[P0] met the [C1] and [P2] met [O3].",
      "[P0], the leader of [C1], met [P2].",
      "[P0], leader, met [P2] and [C3] met [C4] too.",
      "[P0] and [P1] met [C2].",
      "[P0] with [O1] met [C2] in [C3].",
      "[P0] quietly visited [C1]; [C2] visited [P3].",
      "[P0] met [P1] and [C2].",
      "[P0] met with [P1] [C2].",
      "the [C0] and [O1] have signed.",
      "[C0] and [G1] [C2] signed.",
      "[P0] met nobody; [P1] saw [P2].",
      "[P0] met \x02[P1]",
      "[X10] met [X11], [X12] met [X13]",
  };
  int matched = 0;
  for (const std::string& pattern : patterns) {
    RuleSpec spec = Spec(pattern);
    spec.symmetric = true;
    auto rule = MustCompile(spec, macros);
    for (const std::string& readable : sentences) {
      CAPTURE(pattern);
      CAPTURE(readable);
      std::string marked = Marked(readable);
      const std::string want = Reference(*rule, marked);
      CHECK(Found(*rule, marked) == want);
      matched += !want.empty();
    }
  }
  // Tokens cut short or malformed: RE2 decides.
  auto rule = MustCompile(Spec("{ACTOR} {GAP}met {ACTOR}"), macros);
  for (std::string marked :
       {Marked("[P0] met ") + "\x01P1", Marked("[P0] met ") + "\x01Q1\x02",
        Marked("[P0] met ") + "\x01P\x02" + Marked(" met [C2]"),
        "\x01" + Marked("[P0] met [C1]")}) {
    CAPTURE(marked);
    CHECK(Found(*rule, marked) == Reference(*rule, marked));
  }
  CHECK(matched > 40);
}

TEST_CASE("RelationRule: MentionStarts, once for all the rules of a sentence") {
  const std::string marked = Marked("So BOTH The [C0] and [P1], then [O2].");
  // "BOTH The " (3), "The " (8), the token (12); the second token; the third.
  const size_t second = marked.find('\x01', 13);
  const size_t third = marked.find('\x01', second + 1);
  CHECK(RelationRule::MentionStarts(marked) ==
        std::vector<size_t>{3, 8, 12, second, third});
  CHECK(RelationRule::MentionStarts("no tokens").empty());
  CHECK(RelationRule::MentionStarts(Marked("[C0]")) == std::vector<size_t>{0});
  for (const char* pattern :
       {"{ACTOR} met {ACTOR}", "(?:both )?{ACTORS} met", "talks with {ACTORS}"}) {
    CAPTURE(pattern);
    RuleSpec spec = Spec(pattern);
    spec.symmetric = true;
    auto rule = MustCompile(spec);
    for (const char* readable :
         {"[C0] met [P1] and both the [C2] and [C3] met.", "talks with [O4]"}) {
      const std::string m = Marked(readable);
      CHECK(Found(*rule, m) == Reference(*rule, m));
      std::string given;
      for (const auto& x : rule->FindAll(m, RelationRule::MentionStarts(m)))
        given += std::to_string(x.begin) + "-" + std::to_string(x.end) + " ";
      std::string plain;
      for (const auto& x : rule->FindAll(m))
        plain += std::to_string(x.begin) + "-" + std::to_string(x.end) + " ";
      CHECK(given == plain);
    }
  }
}

}  // namespace
}  // namespace kg::extract
