// FramePrefilter: the letters a frame needs, and - the differential part -
// that over many chunk strings it never starts a search past the first
// place the frame's RE2 matches (so it skips no match).
#include "extract/internal/frame_prefilter.h"

#include <doctest/doctest.h>
#include <re2/re2.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/chunker.h"
#include "extract/frame_matcher.h"
#include "extract/rule_pack.h"
#include "extract/sentence_tagger.h"
#include "tests/extract/builtin_pack.h"

namespace kg::extract::internal {
namespace {

constexpr size_t npos = std::string_view::npos;

std::string Needs(std::string_view pattern) {
  return FramePrefilter::FromPattern(pattern).Describe();
}

TEST_CASE("FramePrefilter: the letters outside optional parts, in order") {
  CHECK(Needs("(?P<subj>N)(?P<verb>V)(?P<obj>N)") == "^(subj)N V N / next V");
  CHECK(Needs("(?P<both>[NJ])n{0,2}(?P<noun>E)") ==
        "^(both)[JN] E / next En");
  CHECK(Needs("(?P<subj>N)q[dn]{1,3}x+y*z?") == "^(subj)N q [dn] x / next q");
  CHECK(Needs("(?:p?T|r|,)*(?P<verb>G)[^NV]*?(?P<obj>N)") == "G N");
  CHECK(Needs("^(?P<verb>G)N") == "G N");             // ^ is no letter
  CHECK(Needs("N(?:\\([^)]*\\)|,w)?V") == "^N V / next (,V");  // optional
  CHECK(Needs("N(?:\\(x\\))V") == "^N ( x ) V / next (");  // \\( a letter
  CHECK(Needs("(?:a|b)N") == "N");                    // alternatives: nothing
  CHECK(Needs("[a-c]N{2}") == "^[abc] N / next N");
  CHECK(Needs("N.V").rfind("^N V / next ", 0) == 0);  // any letter next
  CHECK(Needs("[^N]V") == "V");
  CHECK(Needs("") == "");
  // No letter after the head is checked when the rest may be empty, when
  // the head repeats or is more than one letter, or sits in a group with
  // more.
  CHECK(Needs("(?P<both>N)(?P<state>[^.;cw]*)") == "^(both)N");
  CHECK(Needs("N+V") == "^N V");
  CHECK(Needs("(?:Nq)V") == "^N q V");
  CHECK(Needs("NV?$") == "^N");
  // Alternatives and negated classes may begin the rest.
  CHECK(Needs("N(?:a|bc)") == "^N / next ab");
  CHECK(Needs("N[^\x01-\x7f]").rfind("^N / next ", 0) == 0);
  CHECK(Needs("N[^\x01-\x7f]").find("+high") != std::string::npos);
  CHECK(Needs("N(?:^|x)q") == "^N q / next qx");  // ^ is no letter
  CHECK(FramePrefilter::FromPattern("(?P<subj>N)V").first_starts());
  CHECK_FALSE(FramePrefilter::FromPattern("r*V").first_starts());
  CHECK_FALSE(FramePrefilter::FromPattern("^NV").first_starts());
  CHECK_FALSE(FramePrefilter::FromPattern("(?i)NV").first_starts());
}

TEST_CASE("FramePrefilter: the group that is a match's first letter") {
  auto head = [](std::string_view p) {
    return FramePrefilter::FromPattern(p).head_group();
  };
  CHECK(head("(?P<both>N)V") == "both");
  CHECK(head("(?P<both>[NJ])n{0,2}(?P<noun>E)") == "both");
  CHECK(head("(?<subj>N)V") == "subj");
  CHECK(head("(?P<both>N)") == "both");
  CHECK(head("(?P<both>N+)V") == "");    // more than one letter
  CHECK(head("(?P<both>N)+V") == "");    // repeated
  CHECK(head("(?P<both>N)?V") == "");    // optional
  CHECK(head("(?P<both>NN)V") == "");
  CHECK(head("(?P<both>N|J)V") == "");   // alternatives are not read so
  CHECK(head("r*(?P<both>N)V") == "");   // not the first letter
  CHECK(head("((?P<both>N))V") == "");   // a group around it hides it
  CHECK(head("(?i)(?P<both>N)V") == "");  // unread
}

TEST_CASE("FramePrefilter: what it cannot read needs nothing") {
  for (std::string_view p :
       {"(?i)N", "(?i:N)V", "\\dN", "N\\bV", "[[:upper:]]V", "\\x4eV", "N{,3}",
        "\xc3\xa9N", "[\\d]N", "(?P=x)N", "\\QN\\E"}) {
    INFO(p);
    FramePrefilter f = FramePrefilter::FromPattern(p);
    CHECK(f.Describe() == "");
    CHECK(f.NextStart("dd", 0) == 0);
    CHECK(f.NextStart("dd", 1) == 1);
  }
}

TEST_CASE("FramePrefilter: NextStart") {
  FramePrefilter a = FramePrefilter::FromPattern("(?P<subj>N)r*(?P<verb>V)");
  CHECK(a.NextStart("dNrV.", 0) == 1);
  CHECK(a.NextStart("dNrV.", 1) == 1);
  CHECK(a.NextStart("dNrV.", 2) == npos);  // no N at or after 2
  CHECK(a.NextStart("NdN", 0) == npos);    // no V after an N
  CHECK(a.NextStart("VNV", 0) == 1);
  CHECK(a.NextStart("", 0) == npos);
  // Not starting with its first letter: the search starts where asked.
  FramePrefilter b = FramePrefilter::FromPattern("r*(?P<verb>V)N");
  CHECK(b.NextStart("drVN", 0) == 0);
  CHECK(b.NextStart("drVN", 3) == npos);
  CHECK(b.NextStart("drNV", 0) == npos);
  // Needs nothing: every position may start a match.
  FramePrefilter c = FramePrefilter::FromPattern("N*");
  CHECK(c.NextStart("dd", 1) == 1);
  CHECK(c.NextStart("dd", 3) == npos);
}

TEST_CASE("FramePrefilter: MayMatch asks only which letters stand") {
  using B = FramePrefilter::ByteSet;
  FramePrefilter p = FramePrefilter::FromPattern("(?P<subj>[NJ])q*V");
  CHECK(p.MayMatch(FramePrefilter::Letters("dJrV")));
  CHECK(p.MayMatch(FramePrefilter::Letters("VN")));  // order: LastStart's
  CHECK_FALSE(p.MayMatch(FramePrefilter::Letters("NqN")));
  CHECK_FALSE(p.MayMatch(B{}));
  CHECK(FramePrefilter::FromPattern("r*").MayMatch(B{}));  // needs nothing
  B high = FramePrefilter::Letters("\xce");  // a byte >= 128: its low bits
  CHECK(high == FramePrefilter::Letters("N"));
}

TEST_CASE("FramePrefilter: the letter after a start") {
  FramePrefilter p = FramePrefilter::FromPattern("(?P<subj>N)q(?P<noun>E)");
  CHECK(p.NextStart("NdNqE", 0) == 2);  // the first N has no q after it
  CHECK(p.NextStart("NqNqE", 0) == 0);  // (RE2 then finds no match there)
  CHECK(p.NextStart("NdNdE", 0) == npos);
  CHECK(p.NextStart("dqEN", 0) == npos);  // a head at the end has no rest
  FramePrefilter v = FramePrefilter::FromPattern("N(?:r|,)*V");
  CHECK(v.NextStart("NNrV", 0) == 1);
  CHECK(v.NextStart("NdNVN", 0) == 2);
}

TEST_CASE("FramePrefilter: LastStart bounds the starts of one string") {
  FramePrefilter a = FramePrefilter::FromPattern("(?P<subj>N)r*(?P<verb>V)");
  CHECK(a.LastStart("NVdNV") == 3);
  CHECK(a.LastStart("NVdNVN") == 3);  // no V after the last N
  CHECK(a.LastStart("VN") == npos);
  CHECK(a.NextStart("NVdNV", 1, 3) == 3);
  CHECK(a.NextStart("NVdNV", 4, 3) == npos);
  CHECK(a.NextStart("NVdNV", 0, npos) == npos);
  FramePrefilter b = FramePrefilter::FromPattern("r*(?P<verb>V)N");
  CHECK(b.LastStart("rVNrVd") == 1);
  CHECK(b.NextStart("rVNrVd", 0, 1) == 0);  // may begin before its V
  CHECK(b.NextStart("rVNrVd", 2, 1) == npos);
  FramePrefilter c = FramePrefilter::FromPattern("N*");
  CHECK(c.LastStart("dd") == 2);  // needs nothing: anywhere
  // More needs than the scans keep: the first ones still bound the start.
  std::string many(40, 'x');
  FramePrefilter d = FramePrefilter::FromPattern("N" + many);
  CHECK(d.Describe().size() == 1 + 2 * 41 - 1 + 9);  // " / next x"
  CHECK(d.NextStart("dN" + std::string(31, 'x'), 0) == 1);
  CHECK(d.NextStart("dN" + std::string(30, 'x'), 0) == npos);
}

const RulePack& Pack() { return testing::DiplomacyPack(); }

// The first position >= from where `re` matches, or npos.
size_t FirstMatch(const RE2& re, const std::string& cs, size_t from) {
  re2::StringPiece m;
  if (!re.Match(cs, from, cs.size(), RE2::UNANCHORED, &m, 1)) return npos;
  return static_cast<size_t>(m.data() - cs.data());
}

// Every hit of `re` in `cs` as its groups' offsets, found the old way:
// unanchored searches from each position after the last hit.
std::vector<std::vector<int>> HitsUnanchored(const RE2& re,
                                             const std::string& cs) {
  std::vector<std::vector<int>> out;
  int n = re.NumberOfCapturingGroups() + 1;
  std::vector<re2::StringPiece> g(static_cast<size_t>(n));
  for (size_t start = 0; start < cs.size(); ++start) {
    if (!re.Match(cs, start, cs.size(), RE2::UNANCHORED, g.data(), n)) break;
    start = static_cast<size_t>(g[0].data() - cs.data());
    std::vector<int> hit;
    for (const auto& s : g) {
      hit.push_back(s.data() ? static_cast<int>(s.data() - cs.data()) : -1);
      hit.push_back(static_cast<int>(s.size()));
    }
    out.push_back(hit);
  }
  return out;
}

// The same, found the way FrameMatcher does: starts from the prefilter,
// each tried anchored where the first need begins every match.
std::vector<std::vector<int>> HitsPrefiltered(const RE2& re,
                                              const FramePrefilter& f,
                                              const std::string& cs) {
  std::vector<std::vector<int>> out;
  int n = re.NumberOfCapturingGroups() + 1;
  std::vector<re2::StringPiece> g(static_cast<size_t>(n));
  const RE2::Anchor how =
      f.first_starts() ? RE2::ANCHOR_START : RE2::UNANCHORED;
  size_t last = f.LastStart(cs);
  for (size_t start = 0; start < cs.size(); ++start) {
    start = f.NextStart(cs, start, last);
    if (start == npos) break;
    if (!re.Match(cs, start, cs.size(), how, g.data(), n)) {
      if (f.first_starts()) continue;
      break;
    }
    start = static_cast<size_t>(g[0].data() - cs.data());
    std::vector<int> hit;
    for (const auto& s : g) {
      hit.push_back(s.data() ? static_cast<int>(s.data() - cs.data()) : -1);
      hit.push_back(static_cast<int>(s.size()));
    }
    out.push_back(hit);
  }
  return out;
}

// Every frame of the shipped pack over every start of every string: the
// prefilter's start is never past the first match (nor npos before one),
// a frame said to begin with its first need does, a head group is a hit's
// first chunk alone, and the hits found from
// its starts are the unanchored search's, groups included. Returns the
// number of (frame, start) pairs that found a match.
int CheckNeverSkips(const std::vector<std::string>& strings) {
  int matched = 0;
  for (const FrameSpec& spec : Pack().frames) {
    RE2 re(spec.pattern);
    REQUIRE(re.ok());
    FramePrefilter f = FramePrefilter::FromPattern(spec.pattern);
    for (const std::string& cs : strings) {
      for (size_t from = 0; from < cs.size(); ++from) {
        size_t want = FirstMatch(re, cs, from);
        size_t got = f.NextStart(cs, from);
        if (want == npos) continue;
        ++matched;
        if (!f.MayMatch(FramePrefilter::Letters(cs))) {
          INFO(spec.id << " on \"" << cs << "\"");
          CHECK(f.MayMatch(FramePrefilter::Letters(cs)));
        }
        if (got == npos || got > want) {
          INFO(spec.id << " on \"" << cs << "\" from " << from);
          CHECK(got == want);
        }
        if (f.first_starts() && f.NextStart(cs, want) != want) {
          INFO(spec.id << " on \"" << cs << "\" begins at " << want);
          CHECK(f.NextStart(cs, want) == want);
        }
      }
      if (!f.head_group().empty()) {
        // The head group is each hit's first chunk, that chunk alone.
        int g = re.NamedCapturingGroups().at(f.head_group());
        for (const std::vector<int>& hit : HitsUnanchored(re, cs)) {
          INFO(spec.id << " on \"" << cs << "\"");
          CHECK(hit[2 * g] == hit[0]);
          CHECK(hit[2 * g + 1] == 1);
        }
      }
      if (HitsUnanchored(re, cs) != HitsPrefiltered(re, f, cs)) {
        INFO(spec.id << " on \"" << cs << "\"");
        CHECK(HitsUnanchored(re, cs) == HitsPrefiltered(re, f, cs));
      }
    }
  }
  return matched;
}

TEST_CASE("FramePrefilter: the shipped frames never skip a match (random)") {
  // Chunk strings over the chunk alphabet, the common letters more often.
  const std::string letters =
      "NNNNNVVVPGICEEEnnnnpppyfqrrTTddcwa,,..;()JD";
  std::vector<std::string> strings;
  uint64_t x = 88172645463325252ull;  // xorshift: the same strings each run
  auto next = [&x] {
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    return x;
  };
  for (int i = 0; i < 4000; ++i) {
    std::string s;
    size_t len = 1 + next() % 24;
    for (size_t k = 0; k < len; ++k) s += letters[next() % letters.size()];
    strings.push_back(s);
  }
  CHECK(CheckNeverSkips(strings) > 5000);  // not vacuous
}

TEST_CASE("FramePrefilter: the shipped frames never skip a match (prose)") {
  auto fm = FrameMatcher::Create(Pack());
  REQUIRE(fm.ok());
  SentenceTagger tagger(&(*fm)->english(), &(*fm)->events());
  // Sentences written for this test; the actors are the listed words.
  struct Case {
    std::string text;
    std::vector<std::string> actors;
  };
  const std::vector<Case> cases = {
      {"Norway criticized Chile on Tuesday.", {"Norway", "Chile"}},
      {"Norway, a close partner of Chile, criticized Peru.",
       {"Norway", "Chile", "Peru"}},
      {"Peru was sanctioned last year by Norway.", {"Peru", "Norway"}},
      {"Chile and Peru agreed to hold talks in Lima.", {"Chile", "Peru"}},
      {"Norway's meeting with Chile in Oslo ended early.", {"Norway", "Chile"}},
      {"The Norwegian invasion of Chile never happened.", {"Norwegian", "Chile"}},
      {"Relations between Chile and Peru have improved since 2010.",
       {"Chile", "Peru"}},
      {"Strained ties between Norway and Chile worried Peru.",
       {"Norway", "Chile", "Peru"}},
      {"Chile hosted the summit and then began to criticize Peru.",
       {"Chile", "Peru"}},
      {"Visiting Oslo in May, the president of Chile praised Norway.",
       {"Oslo", "Chile", "Norway"}},
      {"Chile lifted its tariffs, easing pressure on Peru.", {"Chile", "Peru"}},
      {"Peru is a strong ally of Chile.", {"Peru", "Chile"}},
      {"The Chile-Peru war lasted four years.", {"Chile", "Peru"}},
      {"After Chile attacked Peru, Norway condemned the attack.",
       {"Chile", "Peru", "Norway"}},
      {"Chile's relations with Peru soured after the vote.", {"Chile", "Peru"}},
      {"Norway refused to meet with Chile, which had insulted Peru.",
       {"Norway", "Chile", "Peru"}},
      {"The visit to Peru by Chile was cancelled (officials said).",
       {"Peru", "Chile"}},
      {"Did Norway really support Chile; or did it oppose Peru?",
       {"Norway", "Chile", "Peru"}},
  };
  std::vector<std::string> strings;
  TaggedSentence tagged;
  std::vector<Chunk> chunks;
  for (const Case& c : cases) {
    std::vector<MentionInfo> mentions;
    size_t from = 0;
    for (const std::string& a : c.actors) {
      size_t at = c.text.find(a, from);
      REQUIRE(at != std::string::npos);
      mentions.push_back({at, at + a.size()});
      from = at + a.size();
    }
    tagger.Tag(c.text, mentions, {}, &tagged);
    ChunkTokens(tagged.tokens, mentions, &chunks);
    std::string cs;
    for (const Chunk& ch : chunks) cs.push_back(ch.tag);
    strings.push_back(cs);
    // Two sentences as one string: later starts, several matches.
    strings.push_back(cs + cs);
  }
  CHECK(CheckNeverSkips(strings) > 50);
}

}  // namespace
}  // namespace kg::extract::internal
