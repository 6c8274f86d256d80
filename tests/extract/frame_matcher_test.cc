// FrameMatcher: the per-thread buffers reused from sentence to sentence give
// the matches a fresh matcher gives, whatever came before in the thread.
#include "extract/frame_matcher.h"

#include <doctest/doctest.h>

#include <memory>
#include <string>
#include <vector>

#include "extract/rule_pack.h"
#include "tests/extract/builtin_pack.h"

namespace kg::extract {
namespace {

const RulePack& Pack() { return testing::DiplomacyPack(); }

std::unique_ptr<FrameMatcher> NewMatcher() {
  auto m = FrameMatcher::Create(Pack());
  REQUIRE_MESSAGE(m.ok(), m.status().ToString());
  return std::move(*m);
}

// The actors are the given words (each a mention of one actor).
std::vector<MentionInfo> Mentions(const std::string& s,
                                  const std::vector<std::string>& actors) {
  std::vector<MentionInfo> out;
  size_t from = 0;
  for (const std::string& a : actors) {
    size_t at = s.find(a, from);
    REQUIRE(at != std::string::npos);
    out.push_back({at, at + a.size()});
    from = at + a.size();
  }
  return out;
}

// A match as text: frame, entry, slots, spans and flags.
std::string Show(const std::vector<FrameMatcher::Match>& ms) {
  std::string out;
  for (const auto& m : ms) {
    out += m.frame->id + " " + m.entry->phrase() + " [";
    for (const auto& slot : m.slots) {
      out += "(";
      for (size_t x : slot) out += std::to_string(x) + " ";
      out += ")";
    }
    out += "] " + std::to_string(m.begin) + "-" + std::to_string(m.end) +
           " head " + std::to_string(m.head) + (m.negated ? " neg" : "") +
           (m.hypothetical ? " hyp" : "") + "\n";
  }
  return out;
}

struct ReusedCase {
  std::string text;
  std::vector<std::string> actors;
};

TEST_CASE("FrameMatcher: reused buffers give a fresh matcher's matches") {
  // Pairs share a chunk string; the last ones differ in their words only.
  const std::vector<ReusedCase> cases = {
      {"Chile met Peru.", {"Chile", "Peru"}},
      {"Kenya criticized Ghana.", {"Kenya", "Ghana"}},
      {"Kenya praised the plan.", {"Kenya"}},
      {"Iran was sanctioned by Norway in 2018.", {"Iran", "Norway"}},
      {"Chad was visited by Mali in 2018.", {"Chad", "Mali"}},
      {"Chile and Peru signed a treaty.", {"Chile", "Peru"}},
      {"Chile and Peru visited a museum.", {"Chile", "Peru"}},
      {"Talks between Kenya and Ghana began.", {"Kenya", "Ghana"}},
      {"Relations between Kenya and Ghana soured.", {"Kenya", "Ghana"}},
      {"Chile's meeting with Peru lasted an hour.", {"Chile", "Peru"}},
      {"Chile's relations with Peru improved.", {"Chile", "Peru"}},
      {"Chile did not attack Peru.", {"Chile", "Peru"}},
      {"Chile could attack Peru.", {"Chile", "Peru"}},
  };
  // Each sentence alone, on a matcher of its own.
  std::vector<std::string> cold;
  for (const ReusedCase& c : cases) {
    auto m = NewMatcher();
    cold.push_back(
        Show(m->Find(c.text, Mentions(c.text, c.actors), {}, nullptr)));
  }
  CHECK(cold[0].find("active") != std::string::npos);
  CHECK(cold[3].find("passive") != std::string::npos);
  // All in one matcher, twice over: the thread's buffers are reused.
  auto m = NewMatcher();
  for (int round = 0; round < 2; ++round)
    for (size_t i = 0; i < cases.size(); ++i) {
      const ReusedCase& c = cases[i];
      CHECK_MESSAGE(Show(m->Find(c.text, Mentions(c.text, c.actors), {},
                                 nullptr)) == cold[i],
                    c.text);
    }
  // Two matchers taking turns in one thread.
  auto other = NewMatcher();
  for (size_t i = 0; i < cases.size(); ++i) {
    const ReusedCase& c = cases[i];
    FrameMatcher& fm = i % 2 ? *m : *other;
    CHECK(Show(fm.Find(c.text, Mentions(c.text, c.actors), {}, nullptr)) ==
          cold[i]);
  }
}

}  // namespace
}  // namespace kg::extract
