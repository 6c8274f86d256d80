#include "extract/frame_matcher.h"

#include <re2/re2.h>

#include <algorithm>
#include <set>
#include <span>
#include <tuple>

#include "extract/chunker.h"
#include "extract/internal/frame_hits.h"
#include "extract/internal/frame_prefilter.h"

namespace kg::extract {
namespace {

bool SameNoun(std::string_view a, std::string_view b) {
  // Most pairs differ in their first letter, which the singular keeps (a
  // stem is never empty): no call for them.
  if (!a.empty() && !b.empty() && a[0] != b[0]) return false;
  return EnglishLexicon::SameSingular(a, b);
}

std::string_view LemmaOf(const Token& t) {
  if (t.tag == 'H') return "have";
  if (t.tag == 'B') return "be";
  if (t.tag == 'O') return "do";
  return SentenceTagger::VerbLemma(t);
}

// Verbs before a "to" infinitive that make it unreal ("plans to visit") or
// deny it ("refused to meet").
bool Unreal(std::string_view lemma) {
  static const std::set<std::string_view> k = {
      "plan",    "intend",  "threaten", "want",    "hope",   "seek",
      "try",     "attempt", "aim",      "propose", "offer",  "expect",
      "prepare", "wish",    "consider", "ask",     "urge",   "call",
      "need",    "promise", "pledge",   "vow",     "decide", "choose"};
  return k.count(lemma) > 0;
}

// Whether the chunk at `at` sits in an aside that follows another actor:
// walking back over nominal chunks (and a relative clause) reaches a comma
// with an actor before it.
bool InsideAside(const std::string& cs, int at) {
  // An aside closes with a comma; one that is the actor alone ("Minister
  // for Asia, Lord Smith, visited") names the subject itself.
  size_t after = static_cast<size_t>(at) + 1;
  if (after >= cs.size() || cs[after] != ',') return false;
  if (at > 0 && cs[static_cast<size_t>(at) - 1] == ',') return false;
  bool relative = false;
  for (int k = at - 1; k >= 0; --k) {
    char c = cs[static_cast<size_t>(k)];
    if (c == 'w') relative = true;
    if (c == ',')
      return k > 0 && (cs[static_cast<size_t>(k) - 1] == 'N' || relative);
    bool nominal = c == 'd' || c == 'n' || c == 'f' || c == 'p' || c == 'q' ||
                   c == 'r' || c == 'J' || c == 'E' ||
                   (relative && (c == 'C' || c == 'V'));
    if (c == 'w' || c == 'N') nominal = true;
    if (!nominal) return false;
  }
  return false;
}

// Words that make an event noun unreal ("the planned visit", "a possible
// attack") or deny it ("talks ... were cancelled").
bool UnrealModifier(std::string_view w) {
  static const std::set<std::string_view> k = {
      "planned",  "possible",   "proposed",    "potential",    "expected",
      "upcoming", "future",     "prospective", "hypothetical", "would-be",
      "intended", "threatened", "rumoured",    "rumored",      "alleged"};
  return k.count(w) > 0;
}
bool Cancelling(std::string_view lemma) {
  return lemma == "cancel" || lemma == "postpone" || lemma == "scrap" ||
         lemma == "delay" || lemma == "abandon";
}

// Prepositions that may also open a clause ("after X met Y").
bool OpensClause(std::string_view w) {
  return w == "after" || w == "before" || w == "since" || w == "until" ||
         w == "as" || w == "once" || w == "while" || w == "despite";
}

// Words that place an actor's territory: "northern Vietnam".
bool IsDirection(std::string_view w) {
  static const std::set<std::string_view> k = {
      "northern",     "southern",     "eastern",      "western",
      "central",      "north",        "south",        "east",
      "west",         "northeastern", "northwestern", "southeastern",
      "southwestern", "neighbouring", "neighboring",  "occupied",
      "mainland",     "coastal"};
  return k.count(w) > 0;
}

bool Denying(std::string_view lemma) {
  return lemma == "refuse" || lemma == "decline" || lemma == "fail" ||
         lemma == "reject";
}

}  // namespace

struct FrameMatcher::Impl {
  // A frame's RE2 and the numbers of its named groups (-1: absent).
  struct CompiledFrame {
    const FrameSpec* spec = nullptr;
    std::unique_ptr<RE2> re;
    // The letters it needs: where in a chunk string a search may start.
    internal::FramePrefilter needs;
    // The match's first chunk is its "both" list, which Find drops unless
    // it names two actors: such starts are not searched.
    bool head_is_both = false;
    int subj = -1, obj = -1, verb = -1, noun = -1, both = -1, ctrl = -1,
        state = -1;
  };

  std::unique_ptr<EnglishLexicon> english;
  std::unique_ptr<EventLexicon> events;
  std::unique_ptr<SentenceTagger> tagger;
  std::vector<FrameSpec> specs;  // a copy: the pack need not outlive us
  // (No RE2::Set of all frames to say which match at all: its automaton is
  // large, and on prose, whose chunk strings rarely repeat, it spent most
  // of its time building states. Each frame's letters say it instead.)
  std::vector<CompiledFrame> frames;

  // Every match of every frame in `cs`, frame order then text order -
  // but none whose first chunk is its "both" list when `pair[c]` says that
  // chunk names fewer than two actors (Find would drop it).
  void MatchFrames(const std::string& cs, const std::vector<bool>& pair,
                   internal::FrameHits* out) const;

  // The entry that `head` (a verb token of chunk `vc`, or an event noun)
  // takes in this match, or nullptr. `obj` is the object chunk (-1 for a
  // "both" list).
  // The state entry that a word of tokens [from, to) gives the relations
  // noun `noun` ("relations ... soured"), or nullptr.
  const EventEntry* ValidateState(const std::vector<Token>& tokens, size_t noun,
                                  size_t from, size_t to) const;

  const EventEntry* Validate(const std::vector<Token>& tokens,
                             const std::vector<Chunk>& chunks, int vc,
                             size_t head, bool noun, int obj, int both) const;
};

FrameMatcher::FrameMatcher() : impl_(std::make_unique<Impl>()) {}
FrameMatcher::~FrameMatcher() = default;
bool FrameMatcher::empty() const { return impl_->frames.empty(); }
const EnglishLexicon& FrameMatcher::english() const { return *impl_->english; }
const EventLexicon& FrameMatcher::events() const { return *impl_->events; }

Result<std::unique_ptr<FrameMatcher>> FrameMatcher::Create(
    const RulePack& pack) {
  std::unique_ptr<FrameMatcher> fm(new FrameMatcher());
  Impl& m = *fm->impl_;
  auto english = EnglishLexicon::Parse(pack.english_path, pack.english_bytes);
  if (!english.ok()) return english.status();
  m.english = std::move(*english);
  m.events = std::make_unique<EventLexicon>(pack.events);  // copied
  m.tagger = std::make_unique<SentenceTagger>(m.english.get(), m.events.get());
  m.specs = pack.frames;
  for (const FrameSpec& spec : m.specs) {
    std::string where =
        spec.source_path + ":" + std::to_string(spec.source_line);
    auto fail = [&](const std::string& what) {
      return Status::InvalidArgument(where,
                                     "frame \"" + spec.id + "\": " + what);
    };
    Impl::CompiledFrame f;
    f.spec = &spec;
    RE2::Options opt;
    opt.set_log_errors(false);
    f.re = std::make_unique<RE2>(spec.pattern, opt);
    if (!f.re->ok()) return fail(f.re->error());
    f.needs = internal::FramePrefilter::FromPattern(spec.pattern);
    f.head_is_both = f.needs.head_group() == "both";
    for (const auto& [name, index] : f.re->NamedCapturingGroups()) {
      int* slot = name == "subj"    ? &f.subj
                  : name == "obj"   ? &f.obj
                  : name == "verb"  ? &f.verb
                  : name == "noun"  ? &f.noun
                  : name == "both"  ? &f.both
                  : name == "ctrl"  ? &f.ctrl
                  : name == "state" ? &f.state
                                    : nullptr;
      if (!slot)
        return fail("unknown group (?P<" + name +
                    ">...): want subj, obj, both, verb, noun, ctrl or state");
      *slot = index;
    }
    if (f.verb < 0 && f.noun < 0 && (f.state < 0 || f.both < 0))
      return fail(
          "needs a group (?P<verb>...) or (?P<noun>...), or (?P<both>...) "
          "and (?P<state>...)");
    if (!((f.subj >= 0 && f.obj >= 0) || f.both >= 0))
      return fail("needs (?P<subj>...) and (?P<obj>...), or (?P<both>...)");
    m.frames.push_back(std::move(f));
  }
  return fm;
}

const EventEntry* FrameMatcher::Impl::Validate(const std::vector<Token>& tokens,
                                               const std::vector<Chunk>& chunks,
                                               int vc, size_t head, bool noun,
                                               int obj, int both) const {
  const Chunk& v = chunks[vc];
  // The entries of every lemma the head may stand for ("fined": fine or
  // fin), longest phrase first. (A buffer per thread: this runs for every
  // candidate match.)
  thread_local std::vector<const EventEntry*> entries;
  entries.clear();
  int lists = 0;
  auto add = [&](const std::vector<const EventEntry*>* es) {
    if (!es) return;
    entries.insert(entries.end(), es->begin(), es->end());
    ++lists;
  };
  const Token& h = tokens[head];
  if (noun) {
    const auto* es = events->Noun(h.lower);
    add(es ? es : events->Noun(EnglishLexicon::Singular(h.lower)));
  } else if (h.verb) {
    for (std::string_view l : SentenceTagger::VerbLemmas(h))
      add(events->Verb(l));
  } else {
    add(events->Verb(LemmaOf(h)));
  }
  if (entries.empty()) return nullptr;
  if (lists > 1)  // one lemma's list is sorted already
    std::stable_sort(entries.begin(), entries.end(),
                     [](const EventEntry* a, const EventEntry* b) {
                       return a->words.size() > b->words.size();
                     });

  // How the object is introduced, and the tokens between the verb group and
  // the object (or the match's end, for a "both" list).
  std::string marker = "dobj";
  size_t mid_begin = v.last + 1, mid_end = 0;
  bool passive = v.tag == 'P';
  if (obj >= 0) {
    if (obj < vc) {
      if (!passive) return nullptr;
      mid_end = mid_begin;
    } else {
      // "invasion of northern Vietnam": a direction word before the object
      // keeps the preposition's.
      int before = obj - 1;
      while (before > vc + 1 && chunks[before].tag == 'n' &&
             IsDirection(tokens[chunks[before].first].lower))
        --before;
      char bt = before > vc ? chunks[before].tag : 0;
      if (bt == 'p' || bt == 'y' || bt == 'f') {
        marker = tokens[chunks[before].first].lower;
        mid_end = chunks[before].first;
      } else {
        mid_end = chunks[obj].first;
      }
    }
  } else {
    if (noun && both > vc) {
      // "talks between X and Y": the list follows "between" or "among".
      if (chunks[both - 1].tag != 'p') return nullptr;
      std::string_view p = tokens[chunks[both - 1].first].lower;
      if (p != "between" && p != "among") return nullptr;
      marker = p;
    } else if (noun) {
      marker = "with";  // "the Eritrean-Ethiopian war": a compound
    }
    // The rest of the clause: "X and Y met Z" has an object, so no list.
    mid_end = tokens.size();
    if (both >= 0 && both > vc) mid_end = chunks[both].first;
  }
  if (mid_end < mid_begin) mid_end = mid_begin;

  for (const EventEntry* e : entries) {
    if (obj >= 0 && !e->TakesObject(marker)) {
      // An event noun's list: "talks between" is as good as "talks with".
      continue;
    }
    if (obj < 0) {
      if (!e->symmetric) continue;
      if (noun && !e->TakesObject(marker) && !e->TakesObject("with")) continue;
    }
    if (passive && (e->words.size() > 1 || !e->TakesObject("dobj"))) continue;
    if (noun) {
      // A compound's first words stand right before its head ("phone call").
      bool ok = head + 1 >= e->words.size();
      for (size_t k = 1; ok && k < e->words.size(); ++k)
        ok =
            SameNoun(tokens[head - k].lower, e->words[e->words.size() - 1 - k]);
      if (!ok) continue;
      return e;
    }
    // The phrase's other words, in order, between the verb and the object.
    size_t w = 1, last_tail = mid_begin;
    for (size_t k = mid_begin; k < mid_end && w < e->words.size(); ++k) {
      const Token& t = tokens[k];
      if (SameNoun(t.lower, e->words[w]) ||
          (t.verb && LemmaOf(t) == e->words[w])) {
        ++w;
        last_tail = k + 1;
      }
    }
    // "expelled two Romanian diplomats": the object's own noun may be the
    // phrase's last words.
    bool in_object = false;
    if (w < e->words.size() && obj > vc && marker == "dobj") {
      for (size_t k = chunks[obj].first;
           k <= chunks[obj].last && w < e->words.size(); ++k)
        if (tokens[k].mention < 0 && SameNoun(tokens[k].lower, e->words[w]))
          ++w;
      in_object = w == e->words.size();
    }
    if (w < e->words.size()) continue;
    if (obj >= 0 && marker == "dobj" && obj > vc) {
      // A direct object follows at once: only adverbs, times and
      // determiners after the phrase's words.
      bool clean = true;
      size_t from = e->words.size() > 1 && !in_object ? last_tail : mid_begin;
      for (size_t k = from; k < mid_end; ++k) {
        char t = tokens[k].tag;
        if (t != 'r' && t != 'T' && t != 'd' && t != ',' &&
            !(t == 'n' && IsDirection(tokens[k].lower)))
          clean = false;
      }
      if (!clean) continue;
    }
    if (obj < 0 && !noun) {
      // "X and Y met", "X and Y negotiated a deal": no actor object. An
      // actor right after the verb, or after a preposition the entry takes
      // ("met with Z"), is one - the active frame's; one inside a noun
      // phrase ("discussed Russia's role", "the invasion of Ukraine") or a
      // place ("in Tokyo") is not.
      bool clean = true;
      size_t from = e->words.size() > 1 ? last_tail : mid_begin;
      for (size_t k = from; k < mid_end; ++k) {
        char t = tokens[k].tag;
        if (t == '.' || t == ',' || t == 'c' || t == 'w') break;
        if (t != 'N') continue;
        char next = k + 1 < tokens.size() ? tokens[k + 1].tag : '.';
        bool modifier = next == 'q' || next == 'n' || next == 'E';
        bool direct = true;
        for (size_t x = from; x < k; ++x)
          if (tokens[x].tag != 'r' && tokens[x].tag != 'T' &&
              tokens[x].tag != 'd')
            direct = false;
        bool taken = k > 0 &&
                     (tokens[k - 1].tag == 'p' || tokens[k - 1].tag == 'y') &&
                     e->TakesObject(tokens[k - 1].lower);
        if ((direct && !modifier) || taken) clean = false;
      }
      if (!clean) continue;
    }
    return e;
  }
  return nullptr;
}

const EventEntry* FrameMatcher::Impl::ValidateState(
    const std::vector<Token>& tokens, size_t noun, size_t from,
    size_t to) const {
  std::string n = EnglishLexicon::Singular(tokens[noun].lower);
  auto describes = [&](const EventEntry* e) {
    for (const auto& o : e->objects)
      if (SameNoun(o, n)) return true;
    return false;
  };
  for (size_t k = from; k < to && k < tokens.size(); ++k) {
    const Token& t = tokens[k];
    if (t.mention >= 0) continue;
    // The word itself ("strained"), then each verb it may be ("soured").
    auto state = [&](std::string_view w) -> const EventEntry* {
      if (const auto* es = events->State(w))
        for (const EventEntry* e : *es)
          if (describes(e)) return e;
      return nullptr;
    };
    if (const EventEntry* e = state(t.lower)) return e;
    if (t.verb)
      for (const VerbForm& f : *t.verb)
        if (const EventEntry* e = state(f.lemma)) return e;
  }
  return nullptr;
}

void FrameMatcher::Impl::MatchFrames(const std::string& cs,
                                     const std::vector<bool>& pair,
                                     internal::FrameHits* out) const {
  out->Clear();
  re2::StringPiece groups[internal::FrameHits::kMaxGroups];
  const internal::FramePrefilter::ByteSet letters =
      internal::FramePrefilter::Letters(cs);
  for (size_t fi = 0; fi < frames.size(); ++fi) {
    const CompiledFrame& f = frames[fi];
    if (!f.needs.MayMatch(letters)) continue;  // a letter it needs is absent
    int n = std::min(f.re->NumberOfCapturingGroups() + 1,
                     internal::FrameHits::kMaxGroups);
    // Each place where an anchored match begins. Where a match always
    // begins with the frame's first letter, those places are tried
    // anchored: RE2 then goes straight to its backtracker, no forward and
    // reverse DFA passes to find the match first. Otherwise they are found
    // by unanchored searches (leftmost-first: the search finds the same
    // match the anchored attempt there would), one RE2 call a match. Either
    // way a search starts where the frame's letters say a match may begin.
    const bool anchored = f.needs.first_starts();
    const RE2::Anchor how = anchored ? RE2::ANCHOR_START : RE2::UNANCHORED;
    size_t last = f.needs.LastStart(cs);
    for (size_t start = 0; start < cs.size(); ++start) {
      start = f.needs.NextStart(cs, start, last);
      if (start == std::string::npos) break;
      if (anchored && f.head_is_both && !pair[start]) continue;
      if (!f.re->Match(cs, start, cs.size(), how, groups, n)) {
        if (anchored) continue;
        break;
      }
      start = static_cast<size_t>(groups[0].data() - cs.data());
      out->hits.push_back({static_cast<int>(fi),
                           static_cast<uint32_t>(out->spans.size()),
                           static_cast<uint32_t>(n)});
      for (int g = 0; g < n; ++g) {
        if (groups[g].data() == nullptr) {
          out->spans.emplace_back(-1, -1);
        } else {
          int b = static_cast<int>(groups[g].data() - cs.data());
          out->spans.emplace_back(b, b + static_cast<int>(groups[g].size()));
        }
      }
    }
  }
}

std::vector<FrameMatcher::Match> FrameMatcher::Find(
    std::string_view sentence, const std::vector<MentionInfo>& mentions,
    const std::vector<std::pair<size_t, size_t>>& times,
    std::string* trace) const {
  std::vector<Match> out;
  // Every frame relates two actors: a sentence with fewer has no match
  // (most sentences; the cascade's cost stays with the others).
  int n_actors = 0;
  for (const MentionInfo& m : mentions) n_actors += m.actors;
  if (impl_->frames.empty() || n_actors < 2) return out;
  // Per-thread buffers, kept from sentence to sentence.
  thread_local TaggedSentence tagged;
  thread_local std::vector<Chunk> chunks;
  thread_local std::string cs;
  impl_->tagger->Tag(sentence, mentions, times, &tagged);
  const std::vector<Token>& tokens = tagged.tokens;
  ChunkTokens(tokens, mentions, &chunks);
  cs.clear();
  for (const Chunk& c : chunks) cs.push_back(c.tag);
  if (trace) {
    *trace += "chunks:";
    for (const Chunk& c : chunks) {
      *trace += " [";
      *trace += c.tag;
      *trace += ' ';
      *trace += std::string(sentence.substr(
          tokens[c.first].begin, tokens[c.last].end - tokens[c.first].begin));
      *trace += ']';
    }
    *trace += "\n";
  }
  // The matches given so far (a handful a sentence: a vector is cheaper
  // than a set).
  using Key = std::tuple<const FrameSpec*, int, int, int, size_t>;
  std::vector<Key> seen;
  // Found afresh for every sentence. (A memo by chunk string was tried: 81%
  // of make_corpus's sentences repeat a chunk string, but 1.5% of real
  // prose's do - it sped up the benchmark, not the users.)
  thread_local internal::FrameHits hits;  // reused: one call a sentence
  hits.Clear();
  // Which chunks name two actors or more (a "both" list must).
  thread_local std::vector<bool> pair;
  pair.assign(chunks.size(), false);
  for (size_t c = 0; c < chunks.size(); ++c) {
    int listed = 0;
    for (int mi : chunks[c].mentions) listed += mentions[mi].actors;
    pair[c] = listed >= 2;
  }
  impl_->MatchFrames(cs, pair, &hits);
  for (const internal::FrameHits::Hit& hit : hits.hits) {
    const Impl::CompiledFrame& f =
        impl_->frames[static_cast<size_t>(hit.frame)];
    auto at = [&](int g) { return hit.Begin(hits, g); };
    int subj = at(f.subj), obj = at(f.obj), both = at(f.both),
        verb = at(f.verb), noun = at(f.noun), ctrl = at(f.ctrl);
    // "Japan, an ally of the United States, praised ...", "Kenya, whose
    // president is William Ruto, funded ...": an actor inside an
    // apposition or a relative clause is not the subject after it.
    if (subj >= 0 && InsideAside(cs, subj)) continue;
    // "relations between X and Y helped Z": an actor after a preposition
    // is no subject of the verb that follows it.
    // ("after X attacked Y", "as X laid claims": those open a clause.)
    if (subj > 0 && verb >= 0 && subj < verb) {
      const Chunk& b = chunks[static_cast<size_t>(subj) - 1];
      if ((b.tag == 'p' || b.tag == 'f' || b.tag == 'y') &&
          !OpensClause(tokens[b.first].lower))
        continue;
    }
    // "The relationship later improved": a pair phrase that names the
    // relations is its own noun.
    if (verb < 0 && noun < 0 && both >= 0) noun = both;
    int vc = verb >= 0 ? verb : noun;
    if (vc < 0) continue;
    int end = hit.Group(hits, 0).second;
    if (both >= 0) {  // (MatchFrames skipped some such hits already)
      int listed = 0;
      for (int mi : chunks[both].mentions) listed += mentions[mi].actors;
      if (listed < 2) continue;
    }
    // A verb's heads ("trained and armed"), or the event noun - also after
    // a copula ("X is an ally of Y").
    const size_t noun_head[1] = {noun >= 0 ? chunks[noun].first : 0};
    std::span<const size_t> heads =
        noun >= 0 ? std::span<const size_t>(noun_head)
                  : std::span<const size_t>(chunks[verb].heads);
    // The state group's tokens: "relations between X and Y [soured]".
    size_t state_from = 0, state_to = 0;
    bool state_negated = false, state_modal = false;
    auto [state_begin, state_end] = hit.Group(hits, f.state);
    if (state_begin >= 0 && state_end > state_begin) {
      size_t c0 = static_cast<size_t>(state_begin);
      size_t c1 = static_cast<size_t>(state_end) - 1;
      state_from = chunks[c0].first;
      state_to = chunks[c1].last + 1;
      for (size_t c = c0; c <= c1; ++c) {
        state_negated |= chunks[c].negated;
        state_modal |= chunks[c].modal;
      }
    }
    for (size_t head : heads) {
      const EventEntry* e = nullptr;
      std::string_view word = tokens[head].lower;
      bool stated =
          f.state >= 0 && noun >= 0 &&
          (impl_->events->IsStateNoun(word) ||
           impl_->events->IsStateNoun(EnglishLexicon::Singular(word)));
      // "relations between X and Y": the list follows between or among.
      if (stated && both > noun) {
        std::string_view p = tokens[chunks[both - 1].first].lower;
        if (chunks[both - 1].tag != 'p' || (p != "between" && p != "among"))
          continue;
      }
      if (f.state >= 0 && !stated) continue;  // states only
      if (stated)
        e = impl_->ValidateState(tokens, head, state_from, state_to);
      else if (noun >= 0)
        e = impl_->Validate(tokens, chunks, noun, head, true, obj, both);
      else
        e = impl_->Validate(tokens, chunks, verb, head, false, obj, both);
      // "refused to meet with", "threatened to cut ties with": a phrase of
      // the verb before the infinitive says it all, flags included.
      bool ctrl_phrase = false;
      if (ctrl >= 0 && !chunks[ctrl].heads.empty()) {
        const EventEntry* pe = impl_->Validate(
            tokens, chunks, ctrl, chunks[ctrl].heads.back(), false, obj, both);
        if (pe && pe->words.size() > 1) {
          e = pe;
          ctrl_phrase = true;
        }
      }
      if (!e) continue;
      Key key{f.spec, subj, obj < 0 ? both : obj, vc, head};
      if (std::find(seen.begin(), seen.end(), key) != seen.end()) continue;
      seen.push_back(key);
      Match m;
      m.frame = f.spec;
      m.entry = e;
      auto slot = [&](int c) {
        std::vector<size_t> s;
        for (int mi : chunks[c].mentions) s.push_back(static_cast<size_t>(mi));
        return s;
      };
      if (both >= 0) {
        m.slots.push_back(slot(both));
      } else {
        m.slots.push_back(slot(subj));
        m.slots.push_back(slot(obj));
      }
      const Chunk& v = chunks[vc];
      m.negated = v.negated || (stated && state_negated);
      m.hypothetical = v.modal || (stated && state_modal);
      if (noun >= 0 && verb < 0) {
        // An event noun: "no talks", "the planned visit" before it; "were
        // cancelled", "never happened", "could break out" in its clause.
        size_t h = chunks[noun].first;
        for (size_t k = h; k > 0 && k + 3 > h; --k) {
          std::string_view w = tokens[k - 1].lower;
          m.hypothetical |= UnrealModifier(w);
          m.negated |= w == "no";
        }
        // (A state says how relations stand; what follows them is
        // another clause: "strained relations could hurt trade".)
        for (size_t c = static_cast<size_t>(end);
             !stated && c < chunks.size() && cs[c] != '.' && cs[c] != 'c' &&
             cs[c] != 'w';
             ++c) {
          m.negated |= chunks[c].negated;
          m.hypothetical |= chunks[c].modal;
          for (size_t hd : chunks[c].heads)
            for (std::string_view l : SentenceTagger::VerbLemmas(tokens[hd]))
              m.negated |= Cancelling(l);
        }
      }
      if (ctrl >= 0) {
        // "was unable to protect", "were reluctant to meet".
        for (size_t k = chunks[ctrl].last + 1; k < chunks[vc].first; ++k)
          m.negated |= tokens[k].lower == "unable" ||
                       tokens[k].lower == "unwilling" ||
                       tokens[k].lower == "reluctant";
        const Chunk& c = chunks[ctrl];
        m.negated |= c.negated;
        m.hypothetical |= c.modal;
        if (!c.heads.empty() && !ctrl_phrase) {
          // Every reading: "hoped" is hope (or hop).
          for (std::string_view l :
               SentenceTagger::VerbLemmas(tokens[c.heads.back()])) {
            m.hypothetical |= Unreal(l);
            m.negated |= Denying(l);
          }
        }
      }
      size_t first = static_cast<size_t>(hit.Begin(hits, 0));
      m.begin = tokens[chunks[first].first].begin;
      m.head = tokens[head].begin;
      m.end = tokens[chunks[end - 1].last].end;
      if (trace)
        *trace +=
            "frame " + f.spec->id + ": " + e->phrase() + " (" + e->code + ")\n";
      out.push_back(std::move(m));
    }
  }
  return out;
}

}  // namespace kg::extract
