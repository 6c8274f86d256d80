#include "extract/chunker.h"

#include <memory>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "extract/internal/chunk_patterns.h"

namespace kg::extract {
namespace {

// Nouns that stand for an actor's agents: "Russian forces", "the Chinese
// government", "U.S. officials" are the actor.
bool AgentNoun(std::string_view w) {
  static const std::unordered_set<std::string_view> kAgents = {
      "government",     "governments",  "forces",
      "force",          "troops",       "army",
      "armies",         "military",     "navy",
      "officials",      "official",     "authorities",
      "leaders",        "leader",       "leadership",
      "diplomats",      "diplomat",     "police",
      "administration", "ministry",     "regime",
      "embassy",        "delegation",   "soldiers",
      "warplanes",      "jets",         "aircraft",
      "warships",       "envoys",       "envoy",
      "negotiators",    "parliament",   "lawmakers",
      "state",          "side",         "president",
      "counterpart",    "counterparts", "people",
      "nationals",      "citizens",     "companies",
      "firms",          "banks",        "militants",
      "rebels",         "fighters",     "hackers",
      "agents",         "allies",       "intelligence",
      "consulate",      "cabinet",      "premier",
      "prime",          "minister",     "ministers",
      "foreign",        "defence",      "defense",
      "interior",       "secretary",    "ambassador",
      "ambassadors",    "delegates",    "representatives",
      "spokesman",      "spokeswoman",  "two",
      "units",          "vessels",      "ships",
      "planes",         "missiles",     "drones",
      "artillery",      "officers",     "generals",
      "commanders",     "security",     "border",
      "coast",          "guard",        "air",
      "naval",          "armed",        "special",
      "senior"};
  return kAgents.count(w) > 0;
}

bool IsVerbTag(char c) { return c == 'V' || c == 'Z' || c == 'D' || c == 'G'; }

// The chunk kinds (bit k for kind k, 1-5) that may start with tag `c`
// followed by `next`: most are ruled out without trying their patterns,
// all at once for a position.
unsigned MayStart(char c, char next) {
  switch (c) {
    case 'J':
      return 1u << 1;
    case 'd':
      return (next == 'J' ? 1u << 1 : 0u) |
             (next == 'N' || next == 'm' ? 1u << 2 : 0u);
    case 'N':
    case 'm':
    case 'b':
      return 1u << 2;
    case 't':
      return 1u << 3;
    case 'M':
    case 'O':
    case 'X':
    case 'r':
    case 'B':
    case 'H':
      return 1u << 4 | 1u << 5;
    case 'V':
    case 'Z':
    case 'D':
    case 'G':
      return 1u << 4;
  }
  return 0;
}

}  // namespace

std::vector<Chunk> ChunkTokens(const std::vector<Token>& tokens,
                               const std::vector<MentionInfo>& mentions) {
  std::vector<Chunk> out;
  ChunkTokens(tokens, mentions, &out);
  return out;
}

void ChunkTokens(const std::vector<Token>& tokens,
                 const std::vector<MentionInfo>& mentions,
                 std::vector<Chunk>* chunks) {
  // Stage 1.5: modifiers join the actor before them. "Romanian diplomats"
  // and "Russian forces" are the country; "Macron of France" the person;
  // absorbed tokens become 'm'.
  thread_local std::string tags;  // reused: one a sentence
  tags.clear();
  for (const Token& t : tokens) tags.push_back(t.tag);
  for (size_t i = 0; i < tags.size(); ++i) {
    if (tags[i] == 'J') {
      // "Anglo-French": several demonyms joined by hyphens.
      size_t last = i;
      while (last + 2 < tags.size() && tags[last + 1] == '-' &&
             tags[last + 2] == 'J')
        last += 2;
      size_t j = last + 1;
      while (j < tags.size() && tags[j] == 'n') ++j;
      if (j < tags.size() && tags[j] == 'E' && j <= last + 3) {
        // "the Israeli invasion", "the Eritrean-Ethiopian border war": an
        // adjective of the event noun.
        i = last;
        continue;
      }
      for (size_t k = i; k <= last; k += 2) tags[k] = 'N';
      for (size_t k = last + 1; k < j; ++k) tags[k] = 'm';
      i = j - 1;
    } else if (tags[i] == 'N') {
      size_t j = i + 1;
      while (j < tags.size() && tags[j] == 'n' && AgentNoun(tokens[j].lower))
        ++j;
      for (size_t k = i + 1; k < j; ++k) tags[k] = 'm';
      if (j + 1 < tags.size() && tags[j] == 'f' && tags[j + 1] == 'N' &&
          mentions[tokens[i].mention].person &&
          !mentions[tokens[j + 1].mention].person) {
        tags[j] = 'm';
        tags[j + 1] = 'm';
        j += 2;
      }
      i = j - 1;
    }
  }

  // "Xi Jinping, the Chinese president, visited": an apposition made of a
  // demonym and a noun describes the actor before it.
  for (size_t i = 0; i + 4 < tags.size(); ++i) {
    if (tags[i] != 'N' || tags[i + 1] != ',') continue;
    size_t j = i + 2;
    if (tags[j] == 'd') ++j;
    if (j >= tags.size() || tokens[j].tag != 'J' || tags[j] != 'N') continue;
    size_t k = j + 1;
    while (k < tags.size() && tags[k] == 'm') ++k;
    if (k == j + 1 || k >= tags.size() || tags[k] != ',') continue;
    for (size_t x = i + 1; x <= k; ++x) tags[x] = 'm';
    i = k;
  }

  // "the Grand Mufti of Egypt, Sheikh Ahmed ...": a title phrase before a
  // person in apposition is the person's.
  for (size_t i = 2; i < tags.size(); ++i) {
    if (tags[i] != 'N' || tags[i - 1] != ',' || tokens[i].mention < 0 ||
        !mentions[tokens[i].mention].person)
      continue;
    size_t j = 0;
    size_t k = i - 2;
    // "the Grand Imam of al-Azhar, Sheikh ...": the place may be no actor.
    while (tags[k] == 'n' && k >= 3 && tags[k - 1] == 'n') --k;
    if ((tags[k] == 'N' || tags[k] == 'n') && k >= 2 && tags[k - 1] == 'f') {
      // "the Grand Mufti of Egypt, Sheikh ...": title words, of, country.
      j = k - 1;
      while (j > 0 && tags[j - 1] == 'n') --j;
      if (j == k - 1) continue;  // no title words
      if (j > 0 && tags[j - 1] == 'd') --j;
      if (j >= 2 && tags[j - 1] == 'q' && tags[j - 2] == 'N') j -= 2;
    } else if (tags[k] == 'n') {
      // "Egypt's Minister of Foreign Affairs, H.E. ...": country's title.
      j = k;
      while (j > 0 && (tags[j - 1] == 'n' || tags[j - 1] == 'f')) --j;
      if (j < 2 || tags[j - 1] != 'q' || tags[j - 2] != 'N') continue;
      j -= 2;
    } else {
      continue;
    }
    size_t close = i + 1;
    while (close < tags.size() && tags[close] == 'm') ++close;
    for (size_t x = j; x < i; ++x) tags[x] = 'm';
    if (close < tags.size() && tags[close] == ',') tags[close] = 'm';
  }

  // "X, as well as with Y": the preposition repeats the verb's; the list
  // goes on.
  for (size_t i = 1; i + 1 < tags.size(); ++i)
    if (tags[i] == 'p' && tags[i - 1] == 'a' && tokens[i].lower == "with" &&
        (tags[i + 1] == 'N' || tags[i + 1] == 'd' || tags[i + 1] == 'm'))
      tags[i] = 'm';

  // The chunks are written over the old ones: their vectors keep their
  // buffers from sentence to sentence.
  std::vector<Chunk>& out = *chunks;
  // Chunks past a sentence's last wait here, their buffers kept, for the
  // next longer one: no allocation a chunk a sentence.
  thread_local std::vector<Chunk> spare;
  size_t count = 0;
  auto next = [&]() -> Chunk& {
    if (count == out.size()) {
      if (spare.empty()) {
        out.emplace_back();
      } else {
        out.push_back(std::move(spare.back()));
        spare.pop_back();
      }
    }
    Chunk& c = out[count++];
    c.tag = 'n';
    c.first = c.last = 0;
    c.mentions.clear();
    c.heads.clear();
    c.negated = c.modal = false;
    return c;
  };
  size_t pos = 0;
  while (pos < tags.size()) {
    int kind = 0;
    size_t length = 0;
    // The kinds, tried in this order: 1 J, 2 N, 3 I, 4 verbs, 5 be, have,
    // do alone.
    const unsigned may =
        MayStart(tags[pos], pos + 1 < tags.size() ? tags[pos + 1] : '\0');
    for (int k = 1; k <= 5 && kind == 0 && may >> k; ++k) {
      // The kinds' patterns, anchored here (internal/chunk_patterns.h).
      if (!(may >> k & 1u)) continue;
      size_t m = internal::ChunkMatchLength(k, tags, pos);
      if (m == 0) continue;
      kind = k;
      length = m;
      if (k == 1) {
        // The J chunk is the adjectives only, not the noun after them.
        length = tags[pos] == 'd' ? 2 : 1;
        while (pos + length + 1 < tags.size() && tags[pos + length] == '-' &&
               tags[pos + length + 1] == 'J')
          length += 2;
      }
    }
    Chunk& c = next();
    c.first = pos;
    if (kind == 0) {
      c.last = pos;
      char t = tags[pos];
      c.tag = t == 't' ? 'p' : t == 'm' ? 'n' : IsVerbTag(t) ? 'V' : t;
      if (t == 'J' || t == 'N') c.mentions.push_back(tokens[pos].mention);
      if (IsVerbTag(t)) c.heads.push_back(pos);
      ++pos;
      continue;
    }
    c.last = pos + length - 1;
    bool be_aux = false, have_aux = false, after_be = false;
    for (size_t k = c.first; k <= c.last; ++k) {
      char t = tags[k];
      if ((t == 'N' || t == 'J') && tokens[k].mention >= 0)
        c.mentions.push_back(tokens[k].mention);
      if (t == 'X') c.negated = true;
      if (t == 'M') c.modal = true;
      if (t == 'B') be_aux = true, after_be = true;
      if (t == 'H') have_aux = true;
      if (IsVerbTag(t)) {
        c.heads.push_back(k);
        // "was sanctioned": passive; "is sending": progressive.
        if (t == 'D' && after_be) c.tag = 'P';
        after_be = false;
      } else if (t != 'r' && t != 'X' && t != 'B') {
        after_be = false;
      }
    }
    switch (kind) {
      case 1:
        c.tag = 'J';
        break;
      case 2:
        c.tag = 'N';
        break;
      case 3:
        c.tag = 'I';
        break;
      case 4: {
        if (c.tag == 'P') break;
        char head = tags[c.heads.front()];
        bool aux = be_aux || have_aux;
        for (size_t k = c.first; k < c.heads.front(); ++k)
          if (tags[k] == 'M' || tags[k] == 'O') aux = true;
        c.tag = head == 'G' && !aux ? 'G' : 'V';
        std::string_view lemma =
            SentenceTagger::VerbLemma(tokens[c.heads.front()]);
        if (c.heads.size() == 1 && (lemma == "remain" || lemma == "become" ||
                                    lemma == "stay" || lemma == "seem"))
          c.tag = 'C';
        break;
      }
      case 5: {
        // "is an ally", "had talks", "did business": a copula, or "have" or
        // "do" as the main verb.
        char last = 'B';
        for (size_t k = c.first; k <= c.last; ++k)
          if (tags[k] == 'B' || tags[k] == 'H' || tags[k] == 'O')
            last = tags[k], c.heads = {k};
        c.tag = last == 'B' ? 'C' : 'V';
        break;
      }
    }
    pos = c.last + 1;
  }
  while (out.size() > count) {
    spare.push_back(std::move(out.back()));
    out.pop_back();
  }
}

std::string ChunkString(const std::vector<Chunk>& chunks) {
  std::string s;
  s.reserve(chunks.size());
  for (const auto& c : chunks) s.push_back(c.tag);
  return s;
}

}  // namespace kg::extract
