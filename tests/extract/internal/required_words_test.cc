#include "extract/internal/required_words.h"

#include <doctest/doctest.h>
#include <re2/re2.h>

#include <cstdint>
#include <set>
#include <string>
#include <vector>

namespace kg::extract::internal {
namespace {

using Clauses = std::vector<std::vector<std::string>>;

std::string Show(const Clauses& clauses) {
  std::string out;
  for (const auto& c : clauses) {
    out += "{";
    for (size_t i = 0; i < c.size(); ++i) out += (i ? "," : "") + c[i];
    out += "}";
  }
  return out;
}

// The whole runs of ASCII word characters of `text`, lower-cased.
std::set<std::string> Words(std::string_view text) {
  std::set<std::string> out;
  std::string run;
  for (char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if ((u >= '0' && u <= '9') || ((u | 0x20) >= 'a' && (u | 0x20) <= 'z') ||
        u == '_') {
      run += static_cast<char>(u >= 'A' && u <= 'Z' ? u + 32 : u);
    } else if (!run.empty()) {
      out.insert(run);
      run.clear();
    }
  }
  if (!run.empty()) out.insert(run);
  return out;
}

// The contract: a text in which the pattern matches has a term of every
// clause: a word, or a word's start ("met*") or end ("*met").
bool Holds(const Clauses& clauses, std::string_view text) {
  const std::set<std::string> words = Words(text);
  auto has = [&](std::string term) {
    const bool start = term.back() == '*', end = term.front() == '*';
    if (start) term.pop_back();
    if (end) term.erase(0, 1);
    for (const std::string& w : words) {
      if (start ? w.starts_with(term) : end ? w.ends_with(term) : w == term)
        return true;
    }
    return false;
  };
  for (const auto& clause : clauses) {
    bool any = false;
    for (const std::string& t : clause) any = any || has(t);
    if (!any) return false;
  }
  return true;
}

TEST_CASE("RequiredWords: the words (or starts, ends) the pattern proves") {
  struct Row {
    std::string pattern;
    std::string clauses;
  };
  const Row rows[] = {
      {"\\x01P\\d+\\x02 (?:met|visited) \\x01C\\d+\\x02 in \\w+",
       "{in}{met,visited}"},
      // A match may begin or end inside a word of the text.
      {"met with", "{*met}{with*}"},  // "helmet with", "without"
      {"met with \\w+", "{*met}{with}"},
      {"\\w+ met with", "{met}{with*}"},
      {"\\bmet\\b", "{met}"},
      {"\\bMET with\\b", "{met}{with}"},  // lower case
      {" vaccines?\\b", "{vaccine,vaccines}"},
      {" vaccines? ", "{vaccine,vaccines}"},
      {" vaccines?", "{vaccine*,vaccines*}"},  // may go on: "vaccinesx"
      {" (?:big )+deal ", "{big}{deal}"},
      {" (?:big )?deal ", "{deal}"},     // each string's longest word
      {" (?:big )*deal ", "{deal}"},
      {" (?:big|large) deal", "{big,large}{deal*}"},
      {" (?:met|\\w+) ", ""},  // a branch without a word
      {" (?:met|saw \\w+|[a-z]+ talked) ", "{met,saw,talked}"},
      {"[,;]met[,;]", "{met}"},
      {"[^,]met ", "{*met}"},  // a negated class may be a letter
      {"[–—-]met\\s", "{met}"},      // dashes and spaces are no letters
      {"[\\x{212A}]met ", "{*met}"},  // the Kelvin sign folds into k
      {"\\x{212A}met ", "{*met}"},
      {"[^,;]{1,100} said ", "{said}"},
      {"[^,;]{1,100}?(?:, (?:who |which )?[^,;]{1,100},)? said that ",
       "{said}{that}"},
      {"(?:said|told)[^.]{0,60}? (?:that|whether) ", "{that,whether}"},
      {"(?i:Met) (?-i:With) ", "{*met}{with}"},
      {"(?P<x> met ) ", "{met}"},
      {"(?: met )|(?: saw )", "{met,saw}"},
      {" met |x", ""},  // "x" has no sure word
      {"^met ", "{*met}"},  // ^ proves nothing here
      {" a{2} ", ""},   // counted copies are not read
      {" x{,2} ", "{2}{x}"},  // "{,2}" is literal
      {" (?:a|b|c|d|e|f|g|h)(?:a|b|c|d|e|f|g|h)(?:a|b|c|d|e|f|g|h) ", ""},
      {"\\Qmet\\E ", ""},  // syntax the reader does not know
      {"(met ", ""},       // bad syntax
      {"", ""},
  };
  for (const Row& r : rows) {
    CAPTURE(r.pattern);
    CHECK(Show(RequiredWords(r.pattern)) == r.clauses);
  }
}

// Sentences that match, mutated at random (a piece glued in, bytes cut or
// replaced): wherever RE2 still finds the pattern, the clauses hold.
TEST_CASE("RequiredWords: RE2 never matches a text without the words") {
  struct Case {
    std::string pattern;
    std::vector<std::string> seeds;  // texts the pattern matches
  };
  const std::vector<Case> cases = {
      {"\\x01P\\d+\\x02 (?:met|visited) \\x01C\\d+\\x02 in \\w+",
       {"\x01P1\x02 met \x01" "C2\x02 in May", "so \x01P12\x02 visited \x01" "C3\x02 in 2019."}},
      {"met with \\w+", {"he met with Putin", "Helmet with visor"}},
      {"\\bmet\\b", {"met", "they met.", "Met-Office"}},
      {" vaccines?\\b", {"sent vaccines.", "a vaccine"}},
      {" vaccines? ", {"sent vaccines to", "a vaccine for"}},
      {" (?:big )+deal ", {"a big big deal here", "a big deal "}},
      {" (?:big )?deal\\b", {"a deal", "a big deal."}},
      {" (?:big|large) deal", {"a big deal", "the large dealer"}},
      {" (?:met|saw \\w+|[a-z]+ talked) ", {"we met them", "I saw it go", "so they talked now"}},
      {"[,;]met[,;]", {"a,met;b", ";met,"}},
      {"[–—-]met\\s", {"x–met y", "-met\t"}},
      {"[^,;]{1,10} said ", {"Xi said that", "the man said "}},
      {"[^,;]{1,10}?(?:, (?:who |which )?[^,;]{1,10},)? said that ",
       {"Xi, who is here, said that it", "Putin said that Xi"}},
      {"(?:said|told)[^.]{0,20}? (?:that|whether) ",
       {"he said that it", "she told them whether it"}},
      {" (?:(?:has|had|\\w+ly) )*met\\b", {"Xi has met", "Xi really had met", " met"}},
      {"(?:\\w+ ){0,3}?(?:relations|ties)\\b[^.]{0,10}?\\b(?:with|in) ",
       {"good relations with Chile", "strong ties, even in 2019"}},
      {"\\bin (?:\\d{4})", {"in 2019", "born in 1950s"}},
      {"(?:signed|inked) (?:[\\w$,.-]+ ){0,2}?(?:deal|\"[^\"]{1,20}\") with ",
       {"signed a deal with Peru", "inked the \"Pact\" with them"}},
      {"’s (?:ally|partner)\\b", {"China’s ally", "Russia’s partner."}},
  };
  const std::vector<std::string> pieces = {
      "met", "x",  "s",  "K", "1",  " ", " ", ",",  ";", ".",  "-", "–",
      "’",   "\"", "_",  "é", "\x01P1\x02", "with", "deal", "big", "\xE2\x84"};
  uint64_t seed = 12345;
  auto next = [&](size_t n) {
    seed = seed * 6364136223846793005ull + 1442695040888963407ull;
    return n == 0 ? 0 : static_cast<size_t>(seed >> 33) % n;
  };
  for (const Case& c : cases) {
    CAPTURE(c.pattern);
    RE2::Options opt;
    opt.set_case_sensitive(false);
    RE2 re(c.pattern, opt);
    REQUIRE(re.ok());
    const Clauses clauses = RequiredWords(c.pattern);
    CHECK(!clauses.empty());  // every pattern here promises a word
    int matched = 0;
    for (const std::string& s : c.seeds) {
      CAPTURE(s);
      CHECK(RE2::PartialMatch(s, re));
    }
    for (int n = 0; n < 4000; ++n) {
      std::string text = c.seeds[next(c.seeds.size())];
      for (size_t edits = 1 + next(3); edits > 0; --edits) {
        const size_t at = next(text.size() + 1);
        switch (next(3)) {
          case 0:
            text.insert(at, pieces[next(pieces.size())]);
            break;
          case 1:
            text.erase(at, 1 + next(3));
            break;
          default:
            if (at < text.size()) text[at] = " ,x_-s1"[next(7)];
        }
      }
      if (!RE2::PartialMatch(text, re)) continue;
      ++matched;
      CAPTURE(text);
      CHECK(Holds(clauses, text));
    }
    CHECK(matched > 100);
  }
}

}  // namespace
}  // namespace kg::extract::internal
