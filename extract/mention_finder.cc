#include "extract/mention_finder.h"

#include <re2/re2.h>

#include <algorithm>
#include <bitset>
#include <cctype>
#include <set>
#include <utility>

#include "extract/internal/mention_candidate.h"
#include "extract/internal/mention_gates.h"
#include "extract/internal/name_scanner.h"
#include "extract/internal/person_name_scanner.h"
#include "extract/internal/reference_resolver.h"
#include "extract/internal/text_util.h"
#include "extract/internal/title_split.h"
#include "extract/internal/word_start_matcher.h"
#include "extract/internal/word_starts.h"

namespace kg::extract {

using internal::Alternation;
using internal::Candidate;
using internal::CommaArticleAt;
using internal::ForEachMatch;

namespace {

// A capitalized name word: "Ying-jeou", "O'Brien", "Lâm"; "Trump's" stops
// before the possessive.
constexpr const char* kNameWord = internal::kNameWordPattern;
std::vector<std::string> Concat(std::vector<std::string> a,
                                const std::vector<std::string>& b) {
  a.insert(a.end(), b.begin(), b.end());
  return a;
}

// Lower-case words between the words of a name: "Ludwig van Beethoven".
const std::vector<std::string>& Particles() {
  static const std::vector<std::string> particles = {
      "bin", "ibn", "al",  "de", "da", "dos", "du", "van",
      "von", "der", "del", "di", "el", "la",  "le"};
  return particles;
}

// Particles() as a regex, in that order.
std::string ParticlePattern() {
  std::string out = "(?:";
  for (const std::string& p : Particles())
    out += (out.size() > 3 ? "|" : "") + p;
  return out + ")";
}

}  // namespace

struct MentionFinder::Impl {
  const Gazetteer* gazetteer = nullptr;
  // Name patterns are tried at word starts only (WordStartMatcher): with
  // thousands of names in them, an unanchored search is many times slower.
  internal::WordStartMatcher title_person;  // (title) (name)
  internal::TitleSplit title_split;         // its groups, without RE2
  std::unique_ptr<RE2> title_start;       // a title at the start of a name run
  internal::WordStartMatcher apposition;  // (name), the title
  internal::WordStartMatcher organization;  // Capitalized ... Head (of ...)?
  internal::NameTrie org_heads;             // every organization match has one
  bool org_heads_covered = false;  // their first bytes: WordStarts::Covers
  std::unique_ptr<RE2>
      org_title;  // "news agency " ending where an organization starts
  internal::WordStartMatcher named_person;     // (Given) Name | (Family) Given
  internal::PersonNameScanner person_scanner;  // the same, by hand
  std::unique_ptr<RE2> non_name;  // a word that ends no person's name
  internal::ReferenceResolver references;

  size_t Offset(std::string_view text, const re2::StringPiece& p) const {
    return static_cast<size_t>(p.data() - text.data());
  }
  void AddTitlePersons(const internal::WordStarts& w,
                       const std::vector<GazetteerHit>& hits,
                       DocumentActors* actors,
                       std::vector<Candidate>* out) const;
  void AddAppositions(const internal::WordStarts& w,
                      const std::vector<GazetteerHit>& hits,
                      DocumentActors* actors,
                      std::vector<Candidate>* out) const;
  void AddNamedPersons(const internal::WordStarts& w,
                       const std::vector<GazetteerHit>& hits,
                       DocumentActors* actors,
                       std::vector<Candidate>* out) const;
  void AddOrganizations(const internal::WordStarts& w,
                        const std::vector<GazetteerHit>& hits,
                        DocumentActors* actors,
                        std::vector<Candidate>* out) const;
  void AddLocalNames(const internal::WordStarts& w,
                     const DocumentActors& actors,
                     std::vector<Candidate>* accepted) const;
  void ExtendOverOrgTitles(std::string_view s,
                           std::vector<Candidate>* accepted) const;
  std::set<std::string> peerage;  // lower-case peerage titles
  std::vector<std::string> person_titles;
  bool IsPeerage(std::string_view title) const;
  // The peer "Lord X [of Place]" (found or discovered); moves *name_end over
  // the designation.
  int PeerNamed(std::string_view s, std::string_view title,
                std::string_view name, size_t* name_end, DocumentActors* actors,
                const std::string& country) const;
  int PersonNamed(std::string_view name, const std::vector<GazetteerHit>& hits,
                  size_t begin, DocumentActors* actors,
                  const std::string& country, bool may_discover) const;
};

Result<std::unique_ptr<MentionFinder>> MentionFinder::Create(
    const RulePack& pack, const Gazetteer* gazetteer) {
  std::unique_ptr<MentionFinder> f(new MentionFinder());
  f->impl_ = std::make_unique<Impl>();
  Impl& m = *f->impl_;
  m.gazetteer = gazetteer;
  Status st;
  auto compile = [&st](const std::string& pattern) {
    return internal::CompilePattern(pattern, "mention finder", &st);
  };
  const std::string word = kNameWord;
  const std::string particles = ParticlePattern();
  const std::string name =
      word + "(?: (?:" + particles + " )?" + word + "){0,3}";
  const std::string name2 =
      word + "(?: (?:" + particles + " )?" + word + "){1,3}";
  const std::string titles = "(?i:" + Alternation(pack.person_titles) + ")";
  auto at_word_starts = [&](const std::string& pattern,
                            const std::vector<std::string>& first_words) {
    return internal::WordStartMatcher(compile(pattern), first_words);
  };
  // Titles may stack: "Foreign Minister Prince Faisal".
  m.title_person =
      at_word_starts("(" + titles + "(?: " + titles + ")*) (" + name + ")",
                     pack.person_titles);
  for (const auto& t : pack.peerage_titles) {
    std::string lower;
    for (char c : t) lower.push_back(static_cast<char>(std::tolower(c)));
    m.peerage.insert(lower);
  }
  m.person_titles = pack.person_titles;
  m.title_person.RequireLeadWord(pack.person_titles, /*ignore_case=*/true);
  m.title_split = internal::TitleSplit(pack.person_titles, Particles());
  m.title_start = compile("^" + titles + R"((?:\b|$))");
  // kNameWord begins with a capital or "al-"/"el-".
  const std::vector<std::string> word_starts = {"al-", "el-"};
  m.apposition =
      at_word_starts("(" + name2 + "), (?:the|a|an|then) (?:" + word + " )?" +
                         titles + " (?:of|for) ",
                     word_starts);
  const std::string heads = "(?:" + Alternation(pack.org_heads) + ")";
  const std::string of_part =
      "(?: (?:of|for|on)(?: the)? " + word + "(?: (?:and )?" + word + "){0,4})";
  m.org_heads = internal::NameTrie(pack.org_heads);
  std::bitset<256> head_bytes;
  for (int c = 0; c < 256; ++c)
    head_bytes[static_cast<size_t>(c)] =
        m.org_heads.MayBegin(static_cast<char>(c));
  m.org_heads_covered = internal::WordStarts::Covers(head_bytes);
  m.organization = at_word_starts("(?:" + word + " ){1,5}" + heads + R"(\b)" +
                                      of_part + "?|" + heads + of_part,
                                  Concat(pack.org_heads, word_starts));
  // "John F. Kennedy": a middle initial may follow the given name.
  const std::string rest = "(?: \\p{Lu}\\.)?(?: " + word + "){1,2}";
  std::vector<std::string> first_names = pack.given_names;
  first_names.insert(first_names.end(), pack.family_names_first.begin(),
                     pack.family_names_first.end());
  m.named_person =
      at_word_starts("(?:" + Alternation(pack.given_names) + ")" + rest +
                         "|(?:" + Alternation(pack.family_names_first) +
                         ")(?: " + word + "){1,2}",
                     first_names);
  // Both branches go on with a space after the name.
  m.person_scanner =
      internal::PersonNameScanner(pack.given_names, pack.family_names_first);
  // The scanner checks the name itself; RE2 wants the trie before it.
  if (m.person_scanner.usable())
    m.named_person.RequireFirstBytesOf(first_names);
  else
    m.named_person.RequireLeadWord(first_names, /*ignore_case=*/false);
  std::vector<std::string> non_name = pack.non_name_words;
  non_name.insert(non_name.end(), pack.org_heads.begin(), pack.org_heads.end());
  m.non_name = compile(R"((?:^| )(?:)" + Alternation(non_name) + R"()(?: |$))");
  m.org_title =
      compile(R"(\b((?i:)" + Alternation(pack.org_titles) + R"() )$)");
  if (!st.ok()) return st;
  if (Status r = m.references.Init(pack); !r.ok()) return r;
  return f;
}

MentionFinder::~MentionFinder() = default;

int MentionFinder::Impl::PersonNamed(std::string_view name,
                                     const std::vector<GazetteerHit>& hits,
                                     size_t begin, DocumentActors* actors,
                                     const std::string& country,
                                     bool may_discover) const {
  for (const auto& h : hits)
    if (h.begin == begin &&
        gazetteer->actor(h.actor).type == ActorType::kPerson)
      return h.actor;
  if (int local = actors->Lookup(name); local >= 0) return local;
  // A surname that several gazetteer persons share: the one of the country
  // named before the title, if that settles it.
  std::vector<int> owners = gazetteer->SurnameOwners(name);
  if (!country.empty()) {
    std::vector<int> same;
    for (int o : owners)
      if (gazetteer->actor(o).country == country) same.push_back(o);
    owners = same;
  }
  if (owners.size() == 1) return owners[0];
  // "Premier Li" with two Lis known and neither named in full: nobody new.
  if (owners.size() > 1) return -1;
  if (int g = gazetteer->Lookup(name); g >= 0) {
    return gazetteer->actor(g).type == ActorType::kPerson ? g : -1;
  }
  if (!may_discover) return -1;
  return actors->AddDiscovered(std::string(name), ActorType::kPerson, country);
}

bool MentionFinder::Impl::IsPeerage(std::string_view title) const {
  std::string lower;
  for (char c : title) lower.push_back(static_cast<char>(std::tolower(c)));
  return peerage.count(lower) > 0;
}

int MentionFinder::Impl::PeerNamed(std::string_view s, std::string_view title,
                                   std::string_view name, size_t* name_end,
                                   DocumentActors* actors,
                                   const std::string& country) const {
  // "Lord Ahmad of Wimbledon": the territorial designation is part of the
  // name; "Lord Ahmad" names the same peer later.
  std::string short_name = std::string(title) + " " + std::string(name);
  std::string full = short_name;
  std::string_view rest = s.substr(*name_end);
  if (rest.size() > 5 && rest.substr(0, 4) == " of " && rest[4] >= 'A' &&
      rest[4] <= 'Z') {
    size_t e = 4;
    while (e < rest.size() && rest[e] != ' ' && rest[e] != ',' &&
           rest[e] != '.' && rest[e] != ';' && rest[e] != ')')
      ++e;
    full += std::string(rest.substr(0, e));
    *name_end += e;
  }
  if (int known = actors->Lookup(full); known >= 0) return known;
  if (int known = actors->Lookup(short_name); known >= 0) return known;
  size_t space = name.rfind(' ');
  std::string surname(space == std::string_view::npos ? name
                                                      : name.substr(space + 1));
  int person =
      actors->AddDiscovered(full, ActorType::kPerson, country, surname);
  actors->AddLocalName(short_name, person);
  return person;
}

void MentionFinder::Impl::AddTitlePersons(const internal::WordStarts& w,
                                          const std::vector<GazetteerHit>& hits,
                                          DocumentActors* actors,
                                          std::vector<Candidate>* out) const {
  const std::string_view s = w.text();
  title_person.ForEachSpan(w, [&](size_t begin, size_t end) {
    // Groups: (titles) (name), split by hand where TitleSplit can vouch
    // for RE2's answer (RE2 backtracks through every title and name to
    // find them).
    re2::StringPiece g[3];
    const size_t split = title_split.NameBegin(s, begin, end);
    if (split != std::string_view::npos) {
      g[1] = re2::StringPiece(s.data() + begin, split - 1 - begin);
      g[2] = re2::StringPiece(s.data() + split, end - split);
    } else if (!title_person.re().Match(s, begin, end, RE2::ANCHOR_BOTH, g,
                                        3)) {
      return;  // never: the span is a match
    }
    size_t title_end = Offset(s, g[1]) + g[1].size();
    if (!internal::IsWholeWord(s, begin, title_end)) return;
    size_t name_begin = Offset(s, g[2]);
    size_t name_end = name_begin + g[2].size();
    // "General Secretary of ...": the name run is itself a title.
    if (RE2::PartialMatch(g[2], *title_start)) return;
    // A gazetteer name inside the name run decides where the name ends; a
    // country or organization there means this is no person.
    // A surname inside the run ("Alexander Novak" when the gazetteer knows
    // another Novak) does not cut it: the full name is a different person.
    for (const auto& h : hits) {
      bool person = gazetteer->actor(h.actor).type == ActorType::kPerson;
      if (h.begin == name_begin) {
        if (!person) return;
        if (h.kind != NameKind::kSurname) name_end = h.end;
      } else if (h.begin > name_begin && h.begin < name_end && !person) {
        name_end = h.begin - 1;
      }
    }
    while (name_end > name_begin && s[name_end - 1] == ' ') --name_end;
    if (name_end <= name_begin) return;
    // A country, demonym or organization right before the title is the
    // person's affiliation and part of the mention.
    size_t start = begin;
    std::string country;
    for (const auto& h : hits) {
      std::string_view gap = s.substr(h.end, begin > h.end ? begin - h.end : 0);
      if (h.end <= begin && (gap == " " || gap == "'s " || gap == "’s ")) {
        const Actor& a = gazetteer->actor(h.actor);
        if (a.type == ActorType::kPerson) continue;
        start = h.begin;
        country = a.type == ActorType::kCountry ? a.id : a.country;
      }
    }
    std::string_view name = s.substr(name_begin, name_end - name_begin);
    std::string_view title(g[1].data(), g[1].size());
    int person = -1;
    if (IsPeerage(title)) {
      person = PeerNamed(s, title, name, &name_end, actors, country);
    } else {
      person = PersonNamed(name, hits, name_begin, actors, country, true);
    }
    if (person < 0) return;
    // "the Secretary", "the Foreign Minister" refer to them from now on;
    // each title of a stack counts ("Foreign Minister Prince ...").
    actors->NoteTitle(title, person);
    for (const auto& t : person_titles)
      if (t.size() < title.size() && title.substr(0, t.size()) == t &&
          title[t.size()] == ' ')
        actors->NoteTitle(t, person);
    out->push_back(
        {start, name_end, {person}, MentionSource::kTitle, NameKind::kName});
  });
}

void MentionFinder::Impl::AddAppositions(const internal::WordStarts& w,
                                         const std::vector<GazetteerHit>& hits,
                                         DocumentActors* actors,
                                         std::vector<Candidate>* out) const {
  const std::string_view s = w.text();
  // Every apposition has ", the " (or a, an, then) after the name: without
  // one, no capitalized word needs trying.
  bool has_comma_article = false;
  for (size_t c = s.find(", ");
       c != std::string_view::npos && !has_comma_article;
       c = s.find(", ", c + 1))
    has_comma_article = CommaArticleAt(s, c);
  if (!has_comma_article) return;
  // And the name before it has two to four words: RE2 is tried only where
  // such a name ends at one (the name's ends are unique, NameEnds).
  auto name_then_article = [&](size_t pos) {
    return internal::AppositionMayStart(s, pos, Particles());
  };
  apposition.ForEachWhere(
      w, name_then_article,
      [&](const std::vector<re2::StringPiece>& g, size_t) {
        size_t b = Offset(s, g[1]);
        size_t e = b + g[1].size();
        if (!internal::IsWholeWord(s, b, e)) return;
        for (const auto& h : hits)
          if (h.begin < e && h.end > b &&
              gazetteer->actor(h.actor).type != ActorType::kPerson)
            return;  // "Iran, the country ..." is no person
        int person = PersonNamed(s.substr(b, e - b), hits, b, actors, "", true);
        if (person >= 0)
          out->push_back(
              {b, e, {person}, MentionSource::kApposition, NameKind::kName});
      });
}

void MentionFinder::Impl::AddNamedPersons(const internal::WordStarts& w,
                                          const std::vector<GazetteerHit>& hits,
                                          DocumentActors* actors,
                                          std::vector<Candidate>* out) const {
  const std::string_view s = w.text();
  auto on_match = [&](size_t begin, size_t end) {
    if (!internal::IsWholeWord(s, begin, end)) return;
    std::string_view name = s.substr(begin, end - begin);
    // "Han Dynasty", "Park Avenue", "Ho Chi Minh City": a word
    // in or right after the name that names no person.
    size_t next = s.find_first_of(" ,.;:", std::min(end + 1, s.size()));
    std::string_view tail = s.substr(
        begin, (next == std::string_view::npos ? s.size() : next) - begin);
    if (RE2::PartialMatch(tail.substr(tail.find(' ')), *non_name)) return;
    // A country, capital or organization inside ("Kim Jong Un" is
    // fine, "Jordan Peterson" is a person only if Jordan is not
    // the country).
    for (const auto& h : hits)
      if (h.begin < end && h.end > begin &&
          gazetteer->actor(h.actor).type != ActorType::kPerson)
        return;
    int person = PersonNamed(name, hits, begin, actors, "", true);
    if (person >= 0)
      out->push_back(
          {begin, end, {person}, MentionSource::kPersonName, NameKind::kName});
  };
  // The pattern's matches by hand where the scanner can (RE2 costs
  // thousands of instructions a try with thousands of names in it).
  if (person_scanner.usable())
    named_person.ForEachScanned(
        w, [&](size_t pos) { return person_scanner.MatchEnd(s, pos); },
        on_match);
  else
    named_person.ForEachSpan(w, on_match);
}

void MentionFinder::Impl::AddOrganizations(
    const internal::WordStarts& w, const std::vector<GazetteerHit>& hits,
    DocumentActors* actors, std::vector<Candidate>* out) const {
  const std::string_view s = w.text();
  // Each match has a head word at a word start ("Ministry", "Council"):
  // most sentences have none, and a trie walk per word start says so for
  // less than one anchored search.
  bool has_head = false;
  auto head_at = [&](size_t pos) {
    int which = -1;
    return org_heads.MayBegin(s[pos]) && internal::StartsFree(s, pos) &&
           org_heads.Longest(s, pos, &which) > 0;
  };
  if (org_heads_covered) {
    for (size_t pos : w.positions())
      if ((has_head = head_at(pos))) break;
  } else {
    for (size_t pos = 0; pos < s.size() && !has_head;
         pos = internal::NextCandidate(s, pos))
      has_head = head_at(pos);
  }
  if (!has_head) return;
  // And one begins at `pos` or after one to five name words there, each
  // followed by a space: RE2 is tried only then.
  auto head_ahead = [&](size_t pos) {
    return internal::OrgHeadAhead(s, pos, org_heads, 5);
  };
  organization.ForEachWhere(
      w, head_ahead, [&](const std::vector<re2::StringPiece>& g, size_t) {
        size_t b = Offset(s, g[0]);
        size_t e = b + g[0].size();
        std::string_view text = s.substr(b, e - b);
        if (text.substr(0, 4) == "The ") {
          b += 4;
          text.remove_prefix(4);
        }
        if (!internal::IsWholeWord(s, b, e)) return;
        int known = gazetteer->Lookup(text);
        if (known < 0) known = actors->Lookup(text);
        if (known < 0) {
          // An organization of a country written right before it ("U.S.
          // Office of ...") belongs to that country.
          std::string country;
          for (const auto& h : hits)
            if (h.end + 1 == b && s[h.end] == ' ' &&
                gazetteer->actor(h.actor).type == ActorType::kCountry)
              country = gazetteer->actor(h.actor).id;
          known = actors->AddDiscovered(std::string(text),
                                        ActorType::kOrganization, country);
        }
        out->push_back(
            {b, e, {known}, MentionSource::kOrganization, NameKind::kName});
      });
}

void MentionFinder::Impl::ExtendOverOrgTitles(
    std::string_view s, std::vector<Candidate>* accepted) const {
  const int known = static_cast<int>(gazetteer->actors().size());
  auto type_of = [&](const Candidate& c) {
    return c.actors.size() == 1 && c.actors[0] < known
               ? gazetteer->actor(c.actors[0]).type
               : ActorType::kPerson;
  };
  for (auto& c : *accepted) {
    ActorType t = type_of(c);
    if (t != ActorType::kOrganization && t != ActorType::kGroup) continue;
    re2::StringPiece title;
    if (!RE2::PartialMatch(re2::StringPiece(s.data(), c.begin), *org_title,
                           &title))
      continue;
    size_t start = static_cast<size_t>(title.data() - s.data());
    // A country or demonym just before the title belongs to the mention:
    // "the Russian news agency TASS".
    for (auto& other : *accepted) {
      if (&other != &c && other.end + 1 == start &&
          type_of(other) == ActorType::kCountry) {
        start = other.begin;
        other.end = other.begin;  // emptied, removed below
      }
    }
    c.begin = start;
  }
  accepted->erase(
      std::remove_if(accepted->begin(), accepted->end(),
                     [](const Candidate& c) { return c.end == c.begin; }),
      accepted->end());
}

void MentionFinder::Impl::AddLocalNames(
    const internal::WordStarts& w, const DocumentActors& actors,
    std::vector<Candidate>* accepted) const {
  const std::string_view s = w.text();
  std::vector<Candidate> found;
  // Runs of up to four name words, left to right, at word starts (scanned
  // by hand: this asks at every capitalized word). A run begins with a
  // capital, a non-ASCII letter or "al-"/"el-": at a WordStarts position.
  w.ForEach([&](size_t begin) -> size_t {
    const unsigned char first = static_cast<unsigned char>(s[begin]);
    const bool may_start = (first >= 'A' && first <= 'Z') || first >= 0xC0 ||
                           first == 'a' || first == 'e';
    const size_t run_end = may_start && internal::StartsFree(s, begin)
                               ? internal::NameRunEnd(s, begin, 4)
                               : std::string_view::npos;
    if (run_end == std::string_view::npos) return 0;
    if (!internal::IsWholeWord(s, begin, run_end)) return run_end;
    // Longest known prefix of the run: "Mark Carney", then "Carney".
    std::string_view run = s.substr(begin, run_end - begin);
    size_t word_begin = 0;
    while (word_begin < run.size()) {
      size_t stop = run.size();
      for (;;) {
        std::string_view cand = run.substr(word_begin, stop - word_begin);
        int a = actors.Lookup(cand);
        if (a >= 0) {
          found.push_back({begin + word_begin,
                           begin + stop,
                           {a},
                           MentionSource::kLocalName,
                           NameKind::kSurname});
          word_begin = stop;
          break;
        }
        size_t space = cand.rfind(' ');
        if (space == std::string_view::npos) {
          size_t next = run.find(' ', word_begin);
          word_begin = next == std::string_view::npos ? run.size() : next;
          break;
        }
        stop = word_begin + space;
      }
      while (word_begin < run.size() && run[word_begin] == ' ') ++word_begin;
    }
    return run_end;
  });
  for (auto& c : found) {
    bool overlaps = false;
    for (const auto& a : *accepted)
      overlaps |= c.begin < a.end && c.end > a.begin;
    if (!overlaps) accepted->push_back(std::move(c));
  }
}

std::vector<Mention> MentionFinder::Find(std::string_view s,
                                         DocumentActors* actors) const {
  const Impl& m = *impl_;
  actors->StartSentence();
  // Every source below looks at word starts only: found once.
  // (Per thread, reused: Find is not reentrant.)
  thread_local internal::WordStarts starts;
  starts.Reset(s);
  std::vector<GazetteerHit> hits = m.gazetteer->Find(starts);
  std::vector<Candidate> cands;
  for (const auto& h : hits)
    cands.push_back(
        {h.begin, h.end, {h.actor}, MentionSource::kGazetteer, h.kind});
  m.AddTitlePersons(starts, hits, actors, &cands);
  m.AddAppositions(starts, hits, actors, &cands);
  m.AddOrganizations(starts, hits, actors, &cands);
  m.AddNamedPersons(starts, hits, actors, &cands);

  // Longest span first; on equal spans the stronger source (enum order).
  std::stable_sort(cands.begin(), cands.end(),
                   [](const Candidate& a, const Candidate& b) {
                     size_t la = a.end - a.begin, lb = b.end - b.begin;
                     return la != lb ? la > lb : a.source < b.source;
                   });
  std::vector<Candidate> accepted;
  for (auto& c : cands) {
    bool overlaps = false;
    for (const auto& a : accepted)
      overlaps |= c.begin < a.end && c.end > a.begin;
    if (!overlaps) accepted.push_back(std::move(c));
  }
  m.ExtendOverOrgTitles(s, &accepted);
  m.AddLocalNames(starts, *actors, &accepted);
  m.references.Add(s, actors, &accepted);
  std::sort(
      accepted.begin(), accepted.end(),
      [](const Candidate& a, const Candidate& b) { return a.begin < b.begin; });

  std::vector<Mention> out;
  for (auto& c : accepted) {
    if (c.source != MentionSource::kPronoun &&
        c.source != MentionSource::kPair &&
        (c.kind == NameKind::kName || c.kind == NameKind::kAlias))
      actors->NoteFullMention(c.actors[0]);
    Mention mention;
    mention.begin = c.begin;
    mention.end = c.end;
    mention.actors = std::move(c.actors);
    mention.source = c.source;
    mention.kind = c.kind;
    for (int a : mention.actors) actors->NoteRecent(a);
    out.push_back(std::move(mention));
  }
  return out;
}

int MentionFinder::FindFocus(std::string_view text,
                             DocumentActors* actors) const {
  std::vector<Mention> ms = Find(text, actors);
  for (const auto& m : ms)
    if (actors->actor(m.actors[0]).type == ActorType::kPerson)
      return m.actors[0];
  for (const auto& m : ms)
    if (m.source != MentionSource::kPronoun && m.source != MentionSource::kPair)
      return m.actors[0];
  return -1;
}

}  // namespace kg::extract
