#include "extract/extractor.h"

#include <re2/re2.h>

#include <algorithm>
#include <cmath>
#include <charconv>
#include <limits>
#include <map>
#include <optional>
#include <set>
#include <tuple>
#include <utility>

#include "extract/date_normalizer.h"
#include "extract/document_actors.h"
#include "extract/frame_matcher.h"
#include "extract/internal/mood_words.h"
#include "extract/mention_finder.h"
#include "extract/relation_rule.h"
#include "extract/rule_set.h"

namespace kg::extract {
namespace {

// A sentence with its mentions replaced by tokens, and the way back from
// marked offsets to sentence offsets.
struct MarkedSentence {
  std::string text;
  struct Piece {
    size_t marked_begin, marked_end, begin, end;
  };
  std::vector<Piece> pieces;  // one per mention

  size_t ToSentence(size_t pos) const {
    size_t shift_from = 0, base = 0;
    for (const auto& p : pieces) {
      if (pos < p.marked_begin) break;
      if (pos < p.marked_end) return p.begin;
      shift_from = p.marked_end;
      base = p.end;
    }
    return base + (pos - shift_from);
  }
};

// Text between mentions, with the bytes that delimit mention tokens made
// spaces: a sentence that contains them must not forge a mention. One
// append and a pass in place: this runs on every sentence with a mention.
void AppendPlain(std::string_view text, std::string* out) {
  const size_t from = out->size();
  out->append(text);
  for (size_t i = from; i < out->size(); ++i) {
    char& c = (*out)[i];
    if (c == '\x01' || c == '\x02') c = ' ';
  }
}

// MentionToken(letter, index), appended without a temporary string.
void AppendToken(char letter, size_t index, std::string* out) {
  char buf[4 + std::numeric_limits<size_t>::digits10 + 1];
  buf[0] = '\x01';
  buf[1] = letter;
  char* end = std::to_chars(buf + 2, buf + sizeof buf - 1, index).ptr;
  *end++ = '\x02';
  out->append(buf, static_cast<size_t>(end - buf));
}

MarkedSentence Mark(std::string_view s, const std::vector<Mention>& mentions,
                    const std::vector<bool>& plain,
                    const DocumentActors& actors) {
  MarkedSentence m;
  m.text.reserve(s.size() + 8 * mentions.size());
  m.pieces.reserve(mentions.size());
  size_t pos = 0;
  for (size_t i = 0; i < mentions.size(); ++i) {
    if (plain[i]) continue;
    const Mention& x = mentions[i];
    AppendPlain(s.substr(pos, x.begin - pos), &m.text);
    size_t marked_begin = m.text.size();
    AppendToken(TypeLetter(actors.actor(x.actors[0]).type), i, &m.text);
    m.pieces.push_back({marked_begin, m.text.size(), x.begin, x.end});
    pos = x.end;
  }
  AppendPlain(s.substr(pos), &m.text);
  return m;
}

// The words that carry a match's polarity and mood: those between the
// first and the second placeholder and those after the last one, each up to
// a clause boundary. "X has not met Y" and "X's relations with Y never
// improved" are negated; in "X promised that China would ..." the "would"
// belongs to the reported clause, not to the promise.
std::string Clause(std::string_view v) {
  for (std::string_view stop : {" that ", ", ", "; "}) {
    size_t at = v.find(stop, 1);
    if (at != std::string_view::npos) v = v.substr(0, at);
  }
  return std::string(v);
}

std::string VerbGroup(std::string_view marked, const RelationRule::Match& m) {
  if (m.slot_spans.empty())
    return std::string(marked.substr(m.begin, m.end - m.begin));
  const auto& first = m.slot_spans.front();
  const auto& last = m.slot_spans.back();
  std::string out;
  if (m.slot_spans.size() >= 2)
    out = Clause(
        marked.substr(first.second, m.slot_spans[1].first - first.second));
  else
    out = Clause(marked.substr(m.begin, first.first - m.begin));
  out += " | ";
  out += Clause(marked.substr(last.second, m.end - last.second));
  return out;
}

// The date of a match [mb, me) of sentence `s`: one inside the match; else
// the sentence's frame date ("On 10 March 2023, ..."); else the last one
// before the match; else the first after it ("met 40 times from 2013 to
// 2025"). nullptr when the sentence has none: the caller falls back to the
// paragraph.
const DateMention* ChooseDate(std::string_view s,
                              const std::vector<DateMention>& found, size_t mb,
                              size_t me) {
  for (const auto& d : found)
    if (d.span.begin < me && d.span.end > mb) return &d;
  if (!found.empty() && found[0].span.begin == 0 &&
      found[0].span.end < s.size() && s[found[0].span.end] == ',' &&
      found[0].span.end <= mb)
    return &found[0];
  const DateMention* before = nullptr;
  for (const auto& d : found)
    if (d.span.end <= mb) before = &d;
  if (before) return before;
  for (const auto& d : found)
    if (d.span.begin >= me) return &d;
  return nullptr;
}

// The marked sentence with tokens written as "[type:Name]".
std::string Readable(std::string_view marked,
                     const std::vector<Mention>& mentions,
                     const DocumentActors& actors) {
  std::string out;
  for (size_t i = 0; i < marked.size(); ++i) {
    if (marked[i] != '\x01') {
      out += marked[i];
      continue;
    }
    size_t close = marked.find('\x02', i);
    size_t index = std::stoul(std::string(marked.substr(i + 2, close - i - 2)));
    out += '[';
    for (size_t k = 0; k < mentions[index].actors.size(); ++k) {
      const Actor& a = actors.actor(mentions[index].actors[k]);
      out += (k ? "+" : std::string(ActorTypeName(a.type)) + ":") + a.name;
    }
    out += ']';
    i = close;
  }
  return out;
}

// Date state of the paragraph and section being read.
struct DateState {
  std::optional<int> paragraph_year, section_year;
  std::optional<DateMention>
      paragraph_date;  // first date of the paragraph's earlier sentences
};

// One match of a rule or a frame, before it becomes triples.
struct MatchCandidate {
  std::string id;  // provenance: the rule id, or "frame/lexicon phrase"
  std::string relation;
  std::string category;
  bool symmetric = false;
  bool implicit_subject = false;
  int priority = 0;
  double confidence = 0.8;
  std::vector<std::vector<size_t>> slots;  // mention indices per placeholder
  size_t begin = 0, end = 0;               // bytes of the sentence
  std::optional<size_t> head;  // a frame's verb or noun (byte), else none
  // A rule whose pattern reads one construction (no {GAP}): a frame's
  // triple inside its match is the same event.
  bool contiguous = false;
  bool negated = false;
  bool hypothetical = false;
};

}  // namespace

struct Extractor::Impl {
  ExtractorOptions options;
  std::unique_ptr<Gazetteer> gazetteer;
  std::unique_ptr<MentionFinder> finder;
  std::unique_ptr<RuleSet> rules;
  std::unique_ptr<FrameMatcher> frames;
  std::set<std::string> name_heads;
  bool has_implicit_rules = false;
  DateNormalizer dates;
  // Negation, modality, hearsay ("reportedly", "X claimed that") and
  // condition ("If X meets Y": a condition opens the clause).
  internal::MoodWords mood;

  void ExtractSentence(const Document& doc, const Paragraph& para,
                       Span sentence, DocumentActors* actors, DateState* ds,
                       std::vector<Triple>* out) const;
  // True when the words before [begin, ...) only report or condition it
  // ("Kyodo reported that ...", "If X meets Y").
  bool Unasserted(std::string_view s, size_t begin) const;
};

Extractor::~Extractor() = default;

const Gazetteer& Extractor::gazetteer() const { return *impl_->gazetteer; }

Result<std::unique_ptr<Extractor>> Extractor::Create(const RulePack& pack,
                                                     ExtractorOptions options) {
  std::unique_ptr<Extractor> e(new Extractor());
  e->impl_ = std::make_unique<Impl>();
  Impl& m = *e->impl_;
  m.options = options;
  auto g = Gazetteer::Build(pack.actors, pack.common_words);
  if (!g.ok()) return g.status();
  m.gazetteer = std::move(*g);
  auto f = MentionFinder::Create(pack, m.gazetteer.get());
  if (!f.ok()) return f.status();
  m.finder = std::move(*f);
  auto rules = RuleSet::Compile(pack.rules, pack.macros);
  if (!rules.ok()) return rules.status();
  m.rules = std::move(*rules);
  auto frames = FrameMatcher::Create(pack);
  if (!frames.ok()) return frames.status();
  m.frames = std::move(*frames);
  m.name_heads.insert(pack.name_heads.begin(), pack.name_heads.end());
  for (const RuleSpec& r : pack.rules)
    m.has_implicit_rules |= r.implicit_subject;
  return e;
}

void Extractor::Extract(const Document& doc, std::vector<Triple>* out) const {
  DocumentActors actors(impl_->gazetteer.get());
  if (!doc.title.empty())
    actors.SetDocumentFocus(impl_->finder->FindFocus(doc.title, &actors));
  DateState ds;
  int section = -2;
  for (const Paragraph& para : doc.paragraphs) {
    if (para.section != section) {
      section = para.section;
      ds.section_year.reset();
      int focus = -1;
      if (const Section* sec = doc.SectionOf(para)) {
        for (auto it = sec->path.rbegin(); it != sec->path.rend() && focus < 0;
             ++it)
          focus = impl_->finder->FindFocus(*it, &actors);
      }
      actors.SetSectionFocus(focus);
    }
    actors.StartParagraph();
    ds.paragraph_year.reset();
    ds.paragraph_date.reset();
    for (Span s : para.sentences)
      impl_->ExtractSentence(doc, para, s, &actors, &ds, out);
  }
}

void Extractor::Impl::ExtractSentence(const Document& doc,
                                      const Paragraph& para, Span span,
                                      DocumentActors* actors, DateState* ds,
                                      std::vector<Triple>* out) const {
  std::string_view s = doc.Text(span);
  std::vector<Mention> mentions = finder->Find(s, actors);
  // "the Warsaw Pact", "the Algiers Agreement": a place in a name.
  for (size_t i = 0; i < mentions.size();) {
    std::string_view after = s.substr(mentions[i].end);
    bool named = false;
    if (after.size() > 1 && after[0] == ' ' && !mentions[i].resolved()) {
      size_t e = after.find_first_of(" ,.;:)", 1);
      std::string_view word = after.substr(
          1, e == std::string_view::npos ? std::string_view::npos : e - 1);
      named = name_heads.count(std::string(word)) > 0;
    }
    if (named)
      mentions.erase(mentions.begin() + static_cast<long>(i));
    else
      ++i;
  }
  // "President Emmanuel Macron of France": the country is the person's
  // affiliation, not a second actor of the sentence. Rules see it as plain
  // text; the chunker joins it to the person.
  std::vector<bool> affiliation(mentions.size(), false);
  for (size_t i = 0; i + 1 < mentions.size(); ++i) {
    const Mention& p = mentions[i];
    const Mention& c = mentions[i + 1];
    if (p.actors.size() == 1 && c.actors.size() == 1 && !c.resolved() &&
        actors->actor(p.actors[0]).type == ActorType::kPerson &&
        actors->actor(c.actors[0]).type == ActorType::kCountry &&
        s.substr(p.end, c.begin - p.end) == " of ")
      affiliation[i + 1] = true;
  }

  DateContext ctx;
  if (ds->paragraph_year) {
    ctx.year_anchor = ds->paragraph_year;
    ctx.year_anchor_source = DateSource::kParagraph;
  } else if (ds->section_year) {
    ctx.year_anchor = ds->section_year;
    ctx.year_anchor_source = DateSource::kSection;
  }
  ctx.document_date = doc.date;
  std::vector<DateMention> found = dates.Find(s, ctx);

  std::vector<Triple> local;
  std::vector<int> priorities;
  struct Evidence {
    size_t begin, end;
    std::optional<size_t> head;
    bool contiguous;
  };
  std::vector<Evidence> evidence;  // per triple of `local`
  const Section* sec = doc.SectionOf(para);
  std::optional<std::string> section;  // sec's path, once a triple needs it
  // Turns one rule or frame match into triples in `local`.
  auto emit = [&](const MatchCandidate& c) {
    if ((c.negated || c.hypothetical) && !options.include_flagged) return;
    // Actors of each slot, and whether any came by reference.
    bool referred = c.implicit_subject;
    std::vector<std::vector<int>> slots;
    std::map<int, std::string_view> surface;  // actor -> words that named it
    for (const auto& slot : c.slots) {
      std::vector<int> ids;
      for (size_t mi : slot) {
        if (mi >= mentions.size()) continue;
        referred |= mentions[mi].resolved();
        // A pronoun or "the two countries" refers; it is not a name.
        if (!mentions[mi].resolved())
          for (int a : mentions[mi].actors)
            surface.emplace(a, s.substr(mentions[mi].begin,
                                        mentions[mi].end - mentions[mi].begin));
        for (int a : mentions[mi].actors)
          if (std::find(ids.begin(), ids.end(), a) == ids.end())
            ids.push_back(a);
      }
      slots.push_back(std::move(ids));
    }
    std::vector<std::pair<int, int>> pairs;
    if (slots.empty()) return;
    if (c.implicit_subject && slots.size() == 1) {
      // Countries and organizations have relations with the focus's
      // country; a person deals with the focus itself.
      for (int o : slots[0]) {
        int focus = actors->document_focus();
        if (actors->actor(o).type != ActorType::kPerson &&
            actors->FocusCountry() >= 0)
          focus = actors->FocusCountry();
        pairs.push_back({focus, o});
      }
    } else if (slots.size() == 1) {
      // One list ("X and Y met"), or an optional second placeholder
      // that did not match ("X and Y cut ties" without "with Z").
      if (!c.symmetric) return;
      for (size_t i = 0; i < slots[0].size(); ++i)
        for (size_t j = i + 1; j < slots[0].size(); ++j)
          pairs.push_back({slots[0][i], slots[0][j]});
    } else {
      for (int a : slots[0])
        for (int b : slots[1]) pairs.push_back({a, b});
    }

    // The date: inside the match, else the last before it, else the
    // first after it, else the paragraph's.
    const DateMention* date = ChooseDate(s, found, c.begin, c.end);

    for (auto [subj, obj] : pairs) {
      if (subj < 0 || obj < 0 || subj == obj) continue;
      const Actor& sa = actors->actor(subj);
      const Actor& oa = actors->actor(obj);
      if ((sa.type == ActorType::kPerson && actors->CountryOf(subj) == obj) ||
          (oa.type == ActorType::kPerson && actors->CountryOf(obj) == subj))
        continue;  // a person and their own country: no event between them
      Triple t;
      t.doc = doc.id;
      t.subject = sa.name;
      t.object = oa.name;
      t.subject_id = sa.id;
      t.object_id = oa.id;
      t.subject_type = std::string(ActorTypeName(sa.type));
      t.object_type = std::string(ActorTypeName(oa.type));
      t.subject_code = sa.code;
      t.object_code = oa.code;
      if (auto it = surface.find(subj); it != surface.end())
        t.subject_text = std::string(it->second);
      if (auto it = surface.find(obj); it != surface.end())
        t.object_text = std::string(it->second);
      t.relation = c.relation;
      t.category = c.category;
      t.quad_class = QuadClass(c.category);
      t.symmetric = c.symmetric;
      t.negated = c.negated;
      t.hypothetical = c.hypothetical;
      if (date) {
        t.date = date->edtf;
        t.date_source = date->source;
      } else if (ds->paragraph_date) {
        t.date = ds->paragraph_date->edtf;
        t.date_source = DateSource::kParagraph;
      } else if (doc.date) {
        char buf[16];
        if (doc.date->day)
          std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", doc.date->year,
                        doc.date->month, doc.date->day);
        else if (doc.date->month)
          std::snprintf(buf, sizeof buf, "%04d-%02d", doc.date->year,
                        doc.date->month);
        else
          std::snprintf(buf, sizeof buf, "%04d", doc.date->year);
        t.date = buf;
        t.date_source = DateSource::kDocument;
      }
      if (!section) section = sec ? sec->PathString() : "";
      t.section = *section;
      t.sentence = std::string(s);
      t.span_begin = doc.OriginalOffset(span.begin);
      t.span_end = doc.OriginalOffset(span.end);
      t.rule = c.id;
      // Two decimals, as kg extract writes it: the graph kg builds from a
      // text is then the graph it builds from that text's triples.
      t.confidence =
          std::round(c.confidence * (referred ? 0.85 : 1.0) *
                     (t.date_source == DateSource::kParagraph ? 0.9 : 1.0) *
                     100) /
          100;
      local.push_back(std::move(t));
      priorities.push_back(c.priority);
      evidence.push_back({c.begin, c.end, c.head, c.contiguous});
    }
  };

  if (mentions.size() >= 1) {
    MarkedSentence marked = Mark(s, mentions, affiliation, *actors);
    if (options.trace) options.trace(Readable(marked.text, mentions, *actors));
    // A sentence that names one actor can only give a triple with the
    // document's focus (an implicit-subject rule); every other rule and
    // every frame needs two.
    int n_actors = 0;
    for (const Mention& x : mentions)
      n_actors += static_cast<int>(x.actors.size());
    std::vector<int> candidates;
    if (n_actors >= 2 || has_implicit_rules)
      rules->Candidates(marked.text, &candidates);
    // Where rules that begin with a placeholder may match: once for all.
    std::vector<size_t> starts;
    bool have_starts = false;
    for (int candidate : candidates) {
      const RelationRule& rule = rules->rule(static_cast<size_t>(candidate));
      const RuleSpec& spec = rule.spec();
      if (n_actors < 2 && !spec.implicit_subject) continue;
      if (!have_starts) {
        starts = RelationRule::MentionStarts(marked.text);
        have_starts = true;
      }
      for (const auto& match : rule.FindAll(marked.text, starts)) {
        MatchCandidate c;
        c.id = spec.id;
        c.relation = spec.relation;
        c.category = spec.category;
        c.symmetric = spec.symmetric;
        c.implicit_subject = spec.implicit_subject;
        c.contiguous = spec.pattern.find("GAP}") == std::string::npos;
        c.priority = spec.priority;
        c.confidence = spec.confidence;
        c.begin = marked.ToSentence(match.begin);
        c.end = marked.ToSentence(match.end);
        std::string verb = VerbGroup(marked.text, match);
        const uint32_t open = mood.Open(verb);
        c.negated = mood.Negated(verb, open);
        // A match under a modal, or one the sentence only reports.
        c.hypothetical = mood.Modal(verb, open) || mood.Hearsay(verb, open) ||
                         Unasserted(s, c.begin);
        c.slots.assign(match.slots.begin(), match.slots.end());
        if (spec.passive && c.slots.size() == 2)
          std::swap(c.slots[0], c.slots[1]);
        emit(c);
      }
    }

    // The cascade: frames over chunks, with the event lexicon.
    if (!frames->empty()) {
      std::vector<MentionInfo> infos;
      for (const Mention& x : mentions) {
        MentionInfo info;
        info.begin = x.begin;
        info.end = x.end;
        info.demonym = x.source == MentionSource::kGazetteer &&
                       x.kind == NameKind::kDemonym;
        info.person = actors->actor(x.actors[0]).type == ActorType::kPerson;
        info.actors = static_cast<int>(x.actors.size());
        infos.push_back(info);
      }
      std::vector<std::pair<size_t, size_t>> times;
      for (const auto& d : found) times.push_back({d.span.begin, d.span.end});
      std::string trace;
      auto matches =
          frames->Find(s, infos, times, options.trace ? &trace : nullptr);
      for (size_t at = 0, nl; options.trace && at < trace.size(); at = nl + 1) {
        nl = trace.find('\n', at);
        options.trace(trace.substr(at, nl - at));
      }
      for (const auto& fm : matches) {
        MatchCandidate c;
        c.id = fm.frame->id + "/" + fm.entry->phrase();
        c.relation = fm.entry->relation;
        c.category = fm.entry->root();
        c.symmetric = fm.entry->symmetric;
        c.priority = fm.frame->priority;
        c.confidence = fm.frame->confidence;
        c.begin = fm.begin;
        c.end = fm.end;
        c.head = fm.head;
        c.negated = fm.negated;
        const std::string_view words = s.substr(fm.begin, fm.end - fm.begin);
        c.hypothetical = fm.hypothetical || Unasserted(s, fm.begin) ||
                         mood.Hearsay(words, mood.Open(words));
        c.slots = fm.slots;
        emit(c);
      }
    }
  }

  // One triple per (subject, object, relation) and per (subject, object,
  // category) in a sentence: the rule of highest priority, then the first.
  std::vector<size_t> order(local.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return priorities[a] > priorities[b];
  });
  // A sentence gives a few triples: a list of views into them is a
  // cheaper set than one of string copies.
  struct Seen {
    std::string_view a, b;
    char kind;  // 'r': relation, 'c': category
    std::string_view value;
    bool operator==(const Seen&) const = default;
  };
  std::vector<Seen> seen;
  seen.reserve(2 * local.size());
  auto insert = [&](const Seen& k) {
    if (std::find(seen.begin(), seen.end(), k) != seen.end()) return false;
    seen.push_back(k);
    return true;
  };
  std::vector<bool> keep(local.size(), false);
  for (size_t i : order) {
    const Triple& t = local[i];
    std::string_view a = t.subject_id, b = t.object_id;
    if (t.symmetric && b < a) std::swap(a, b);
    bool fresh_rel = insert({a, b, 'r', t.relation});
    bool fresh_cat = insert({a, b, 'c', t.category});
    keep[i] = fresh_rel && fresh_cat;
  }
  // A frame's triple for the same two actors as a rule's, over a verb the
  // rule read, is the same event: the rule (written for a construction the
  // frames do not say) stands. A rule that spans clauses ({GAP}) may read
  // another event than the frame's verb: both stand.
  for (size_t i = 0; i < local.size(); ++i) {
    if (!keep[i] || !evidence[i].head) continue;
    for (size_t j = 0; j < local.size() && keep[i]; ++j) {
      if (!keep[j] || evidence[j].head || !evidence[j].contiguous) continue;
      bool same_pair = (local[i].subject_id == local[j].subject_id &&
                        local[i].object_id == local[j].object_id) ||
                       (local[i].subject_id == local[j].object_id &&
                        local[i].object_id == local[j].subject_id);
      if (same_pair && evidence[j].begin <= *evidence[i].head &&
          *evidence[i].head < evidence[j].end)
        keep[i] = false;
    }
  }
  // In text order: by where the evidence begins, then as found.
  std::vector<size_t> text_order;
  for (size_t i = 0; i < local.size(); ++i)
    if (keep[i]) text_order.push_back(i);
  std::stable_sort(text_order.begin(), text_order.end(),
                   [&](size_t a, size_t b) {
                     return evidence[a].begin < evidence[b].begin;
                   });
  for (size_t i : text_order) out->push_back(std::move(local[i]));

  // What later sentences of the paragraph (and section) inherit.
  for (const auto& d : found) {
    if (d.year == 0) continue;
    if (d.source == DateSource::kSentence) {
      ds->paragraph_year = d.year;
      ds->section_year = d.year;
    }
  }
  // The latest dated sentence's lead date dates the undated ones after it.
  if (!found.empty()) ds->paragraph_date = found.front();
}

bool Extractor::Impl::Unasserted(std::string_view s, size_t begin) const {
  std::string_view before = s.substr(0, begin);
  std::string_view clause_before =
      before.substr(before.find_last_of(",;:") + 1);
  // The words of the clause are words of `before` (it begins after a
  // comma, semicolon or colon): one pass gates both patterns.
  const uint32_t open = mood.Open(before);
  return mood.Hearsay(before, open) || mood.Condition(clause_before, open);
}

}  // namespace kg::extract
