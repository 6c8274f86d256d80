#include "extract/rule_set.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "extract/relation_rule.h"
#include "extract/rule_pack.h"

namespace kg::extract {
namespace {

RuleSpec Spec(std::string id, std::string pattern, bool symmetric = false) {
  RuleSpec spec;
  spec.id = std::move(id);
  spec.pattern = std::move(pattern);
  spec.relation = "relate";
  spec.category = "04";
  spec.symmetric = symmetric;
  return spec;
}

// Marks "P0 met C1." up: each word of a type letter and digits (before
// any trailing ",.;:") becomes a mention token (MentionToken('P', 0) ...).
std::string Mark(std::string_view plain) {
  std::string out;
  size_t i = 0;
  while (i < plain.size()) {
    const size_t end = std::min(plain.find(' ', i), plain.size());
    std::string_view word = plain.substr(i, end - i);
    const size_t last = word.find_last_not_of(",.;:");
    const size_t core = last == std::string_view::npos ? 0 : last + 1;
    const std::string_view tail = word.substr(core);
    word = word.substr(0, core);
    if (word.size() >= 2 &&
        std::string_view("PCOGX").find(word[0]) != std::string_view::npos &&
        word.find_first_not_of("0123456789", 1) == std::string_view::npos) {
      out += MentionToken(word[0], std::stoul(std::string(word.substr(1))));
    } else {
      out += word;
    }
    out += tail;
    if (end < plain.size()) out += ' ';
    i = end + 1;
  }
  return out;
}

std::string Show(const std::vector<int>& v) {
  std::string out = "{";
  for (size_t i = 0; i < v.size(); ++i)
    out += (i ? "," : "") + std::to_string(v[i]);
  return out + "}";
}

std::unique_ptr<RuleSet> MustCompileSet(
    const std::vector<RuleSpec>& specs,
    const std::map<std::string, std::string>& macros = {}) {
  auto set = RuleSet::Compile(specs, macros);
  REQUIRE_MESSAGE(set.ok(), set.status().ToString());
  return std::move(*set);
}

// The rules whose FindAll() finds something in `marked`.
std::vector<int> Matching(const RuleSet& set, std::string_view marked) {
  std::vector<int> out;
  for (size_t i = 0; i < set.size(); ++i)
    if (!set.rule(i).FindAll(marked).empty())
      out.push_back(static_cast<int>(i));
  return out;
}

// Whether every element of `sub` is in the sorted `super`.
bool Includes(const std::vector<int>& super, const std::vector<int>& sub) {
  return std::includes(super.begin(), super.end(), sub.begin(), sub.end());
}

TEST_CASE("Mark: the test's helper") {
  CHECK(Mark("P0 met C12 in Paris") ==
        MentionToken('P', 0) + " met " + MentionToken('C', 12) + " in Paris");
  CHECK(Mark("Paris P") == "Paris P");
  CHECK(Mark("P0, C1.") ==
        MentionToken('P', 0) + ", " + MentionToken('C', 1) + ".");
  CHECK(Mark("") == "");
}

TEST_CASE("RuleSet::Candidates: the rules whose words a sentence has") {
  const std::unique_ptr<RuleSet> set = MustCompileSet({
      Spec("meet", "{ACTOR} met {ACTOR}"),                            // 0
      Spec("sign", "{ACTORS} signed (?:a|an) \\w+ agreement", true),  // 1
      Spec("pair", "{ACTOR}, {ACTOR}"),  // 2: no word
      Spec("visit", "{ACTOR} (?:visited|toured) {ACTOR}"),         // 3
      Spec("criticize", "{PERSON} criticized {ACTOR} over \\w+"),  // 4
  });
  REQUIRE(set->size() == 5);
  CHECK(set->rule(0).spec().id == "meet");
  CHECK(set->rule(4).spec().id == "criticize");
  CHECK(set->word_count() > 0);

  struct Row {
    std::string_view plain;  // marked up by Mark()
    std::vector<int> candidates;
    std::vector<int> matching;  // FindAll() non-empty
  };
  const Row rows[] = {
      {"P0 met C1 in Beijing", {0, 2}, {0}},
      {"P0 MET C1", {0, 2}, {0}},  // case-insensitive
      {"P0 Met C1", {0, 2}, {0}},
      {"P0 and C1 signed a trade agreement", {1, 2}, {1}},
      {"P0 and C1 SIGNED A TRADE AGREEMENT", {1, 2}, {1}},
      {"P0 and C1 signed an agreement", {1, 2}, {}},  // no word between
      {"P0 signed the treaty", {2}, {}},  // no word starts "agreement"
      // " met " is there, but not after a mention: a candidate only.
      {"P0 visited C1 and met P2", {0, 2, 3}, {3}},
      {"P0 toured C1", {2, 3}, {3}},
      {"P0, C1 and C2", {2}, {2}},
      {"P0 criticized C1 over trade", {2, 4}, {4}},
      {"C0 criticized C1 over trade", {2, 4}, {}},  // {PERSON}: no match
      {"P0 criticized C1", {2}, {}},                // " over " missing
      {"P0 and C1 signed a trade agreement, and P2 met C3 over dinner",
       {0, 1, 2},
       {0, 1}},
      {"", {2}, {}},
      {"no mentions at all", {2}, {}},
      {"metropolitan", {2}, {}},  // whole words only
  };
  std::vector<int> got = {99, 98};  // replaced, not appended to
  for (const Row& r : rows) {
    const std::string marked = Mark(r.plain);
    CAPTURE(r.plain);
    set->Candidates(marked, &got);
    CHECK(Show(got) == Show(r.candidates));
    const std::vector<int> matching = Matching(*set, marked);
    CHECK(Show(matching) == Show(r.matching));
    CHECK(Includes(got, matching));
  }
}

TEST_CASE("RuleSet: no word anywhere, and no rule at all") {
  // Without words every rule is a candidate for every sentence.
  const std::unique_ptr<RuleSet> bare = MustCompileSet({
      Spec("pair", "{ACTOR}, {ACTOR}"),
      Spec("dash", "{ACTOR}-{ACTOR}"),
  });
  CHECK(bare->word_count() == 0);
  std::vector<int> got;
  for (std::string_view plain : {"", "P0 met C1", "P0, C1", "words"}) {
    CAPTURE(plain);
    bare->Candidates(Mark(plain), &got);
    CHECK(Show(got) == "{0,1}");
  }

  const std::unique_ptr<RuleSet> none = MustCompileSet({});
  CHECK(none->size() == 0);
  CHECK(none->word_count() == 0);
  got = {1};
  none->Candidates(Mark("P0 met C1"), &got);
  CHECK(got.empty());
}

TEST_CASE("RuleSet::Compile: a bad rule fails as RelationRule::Compile does") {
  const RuleSpec bad = Spec("bad", "{ACTR} met {ACTOR}");
  const auto set =
      RuleSet::Compile({Spec("meet", "{ACTOR} met {ACTOR}"), bad}, {});
  REQUIRE_FALSE(set.ok());
  const auto rule = RelationRule::Compile(bad, {});
  REQUIRE_FALSE(rule.ok());
  CHECK(set.status().ToString() == rule.status().ToString());
  CHECK(set.status().ToString().find(
            "rule \"bad\": unknown placeholder {ACTR}") != std::string::npos);
}

TEST_CASE("RuleSet: the built-in packs, candidates a superset of matches") {
  // Marked sentences of the kinds the packs' rules look for.
  const std::string_view sentences[] = {
      "P0 met C1 in Beijing on 3 May 2019.",
      "P0 and P1 held talks in Geneva.",
      "P0 visited C1 and met P2.",
      "P0 MET WITH P1",
      "the meeting between P0 and P1",
      "P0 and C1 signed a trade agreement.",
      "C0 imposed sanctions on C1.",
      "P0 criticized C1 over its nuclear program.",
      "O0 acquired O1 for $2 billion.",
      "O0 announced a partnership with O1.",
      "P0 said that C1 would invade C2.",
      "P0, P1",
      "no mentions here",
  };
  for (const std::string name : {"diplomacy", "business"}) {
    CAPTURE(name);
    Result<RulePack> pack = LoadBuiltinRulePack(name);
    REQUIRE_MESSAGE(pack.ok(), pack.status().ToString());
    const std::unique_ptr<RuleSet> set = MustCompileSet(pack->rules, pack->macros);
    REQUIRE(set->size() == pack->rules.size());
    for (size_t i = 0; i < set->size(); ++i)
      CHECK(set->rule(i).spec().id == pack->rules[i].id);
    CHECK(set->word_count() > 0);
    size_t matched = 0;
    for (std::string_view plain : sentences) {
      CAPTURE(plain);
      const std::string marked = Mark(plain);
      std::vector<int> got;
      set->Candidates(marked, &got);
      CHECK(std::is_sorted(got.begin(), got.end()));
      CHECK(std::adjacent_find(got.begin(), got.end()) == got.end());
      const std::vector<int> matching = Matching(*set, marked);
      CHECK_MESSAGE(Includes(got, matching), "candidates " << Show(got)
                                                           << " matching "
                                                           << Show(matching));
      matched += matching.size();
      // The filter filters: not every rule is a candidate here.
      if (plain == "no mentions here") CHECK(got.size() < set->size());
    }
    CHECK(matched > 0);  // the sentences exercise some rules
  }
}

// Each run of capitalized words becomes a mention token, typed by `types`
// in turn: a rough stand-in for MentionFinder, enough to make the pack's
// own examples match their rules.
std::string MarkNames(std::string_view text, std::string_view types) {
  std::string out;
  size_t n = 0;
  size_t i = 0;
  auto upper = [&](size_t at) {
    return at < text.size() && text[at] >= 'A' && text[at] <= 'Z';
  };
  while (i < text.size()) {
    const bool word_start = i == 0 || text[i - 1] == ' ' || text[i - 1] == '(';
    if (!word_start || !upper(i)) {
      out += text[i++];
      continue;
    }
    size_t e = i;
    for (;;) {
      while (e < text.size() &&
             (std::isalnum(static_cast<unsigned char>(text[e])) ||
              text[e] == '-' || text[e] == '.'))
        ++e;
      while (e > i && text[e - 1] == '.') --e;
      if (e + 1 < text.size() && text[e] == ' ' && upper(e + 1))
        ++e;
      else
        break;
    }
    out += MentionToken(types[n % types.size()], n);
    ++n;
    i = e;
  }
  return out;
}

TEST_CASE("RuleSet: the packs' own examples, candidates a superset") {
  for (const std::string name : {"diplomacy", "business"}) {
    CAPTURE(name);
    Result<RulePack> pack = LoadBuiltinRulePack(name);
    REQUIRE_MESSAGE(pack.ok(), pack.status().ToString());
    const std::unique_ptr<RuleSet> set =
        MustCompileSet(pack->rules, pack->macros);
    std::vector<std::string> texts;
    for (const RuleSpec& r : pack->rules) {
      for (const auto& e : r.examples) texts.push_back(e.text);
      for (const auto& e : r.counterexamples) texts.push_back(e.text);
    }
    size_t matched = 0, candidates = 0, runs = 0;
    for (const std::string& text : texts) {
      for (std::string_view types : {"P", "C", "O", "G", "PC", "CP", "OC"}) {
        const std::string marked = MarkNames(text, types);
        CAPTURE(marked);
        std::vector<int> got;
        set->Candidates(marked, &got);
        const std::vector<int> matching = Matching(*set, marked);
        CHECK_MESSAGE(Includes(got, matching), "candidates " << Show(got)
                                                             << " matching "
                                                             << Show(matching));
        matched += matching.size();
        candidates += got.size();
        runs += set->size();
      }
    }
    CHECK(matched > texts.size() / 2);  // the examples do match
    CHECK(candidates < runs / 3);       // and the filter filters
  }
}

}  // namespace
}  // namespace kg::extract
