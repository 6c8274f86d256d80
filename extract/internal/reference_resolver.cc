#include "extract/internal/reference_resolver.h"

#include <algorithm>
#include <utility>

#include "extract/internal/mention_gates.h"

namespace kg::extract::internal {
namespace {

enum PhraseList { kPronouns = 0, kCountryPairs = 1, kPersonPairs = 2 };

}  // namespace

Status ReferenceResolver::Init(const RulePack& pack) {
  Status st;
  auto words = [](const std::vector<std::string>& list) {
    return R"(\b(?i:)" + Alternation(list) + R"()\b)";
  };
  pronoun_ = CompilePattern(words(pack.pronouns), "pronouns", &st);
  country_pair_ =
      CompilePattern(words(pack.country_pair_phrases), "pair phrases", &st);
  person_pair_ =
      CompilePattern(words(pack.person_pair_phrases), "pair phrases", &st);
  // "The Secretary noted", "the Foreign Minister's visit": a title after
  // "the", capitalized as a title is, and no name after it.
  role_ = CompilePattern(R"(\b[Tt]he ()" + Alternation(pack.person_titles) +
                             R"()\b(?:[^ \pL]|$| [^\p{Lu}]))",
                         "person titles", &st);
  phrases_ = PhraseFinder(
      {pack.pronouns, pack.country_pair_phrases, pack.person_pair_phrases});
  titles_ = NameTrie(pack.person_titles);
  return st;
}

void ReferenceResolver::Add(std::string_view s, DocumentActors* actors,
                            std::vector<Candidate>* accepted) const {
  std::sort(
      accepted->begin(), accepted->end(),
      [](const Candidate& a, const Candidate& b) { return a.begin < b.begin; });
  // The actors mentioned before `pos`, most recent first: this sentence,
  // then the paragraph.
  auto recent_before = [&](size_t pos) {
    std::vector<int> out;
    for (auto it = accepted->rbegin(); it != accepted->rend(); ++it)
      if (it->end <= pos)
        for (auto a = it->actors.rbegin(); a != it->actors.rend(); ++a)
          out.push_back(*a);
    const auto& r = actors->recent();
    out.insert(out.end(), r.rbegin(), r.rend());
    return out;
  };
  std::vector<Candidate> refs;
  // The matches of each phrase list, as ForEachMatch would give them.
  thread_local std::vector<std::vector<PhraseFinder::Span>> found;
  const uint32_t found_lists = phrases_.FindAll(s, &found);
  std::vector<re2::StringPiece> whole(1);
  auto for_each = [&](PhraseList list, const RE2& re, auto fn) {
    if ((found_lists >> list & 1) == 0) return ForEachMatch(re, s, fn);
    for (const PhraseFinder::Span& m : found[list]) {
      whole[0] = re2::StringPiece(s.data() + m.begin, m.end - m.begin);
      fn(whole, m.begin);
    }
  };
  auto overlaps = [&](size_t b, size_t e) {
    for (const auto& a : *accepted)
      if (b < a.end && e > a.begin) return true;
    for (const auto& r : refs)  // "the two" inside "the two countries"
      if (b < r.end && e > r.begin) return true;
    return false;
  };
  for_each(kPronouns, *pronoun_,
           [&](const std::vector<re2::StringPiece>& g, size_t begin) {
             size_t end = begin + g[0].size();
             if (overlaps(begin, end)) return;
             int person = -1;
             for (int a : recent_before(begin))
               if (actors->actor(a).type == ActorType::kPerson) {
                 person = a;
                 break;
               }
             if (person < 0) person = actors->LastPerson();
             if (person >= 0)
               refs.push_back({begin, end, {person}, MentionSource::kPronoun});
           });
  // (Only once the document has named someone with a title.)
  if (actors->has_titles() && TheTitleAhead(s, titles_))
    ForEachMatch(
        *role_, s, [&](const std::vector<re2::StringPiece>& g, size_t begin) {
          if (g[1].data() == nullptr || g[1].empty()) return;
          size_t end =
              static_cast<size_t>(g[1].data() - s.data()) + g[1].size();
          if (overlaps(begin, end)) return;
          int person =
              actors->PersonTitled(std::string_view(g[1].data(), g[1].size()));
          if (person >= 0)
            refs.push_back({begin, end, {person}, MentionSource::kPronoun});
        });
  auto pair = [&](const RE2& re, PhraseList list, bool countries) {
    for_each(
        list, re, [&](const std::vector<re2::StringPiece>& g, size_t begin) {
          size_t end = begin + g[0].size();
          if (overlaps(begin, end)) return;
          auto as_kind = [&](int a) {
            if (countries) return actors->CountryOf(a);
            return actors->actor(a).type == ActorType::kPerson ? a : -1;
          };
          std::vector<int> before = recent_before(begin);  // most recent first
          // The two actors named most often in this sentence and the previous
          // one (the recent ones on a tie): "both sides" after a sentence about
          // a Japan-China summit held in South Korea are Japan and China.
          size_t window = 0;
          for (const auto& c : *accepted)
            if (c.end <= begin) window += c.actors.size();
          window += actors->recent().size() - actors->previous_sentence_start();
          std::vector<std::pair<int, int>>
              counted;  // (actor, count), first seen = most recent
          for (size_t i = 0; i < before.size() && i < window; ++i) {
            int a = as_kind(before[i]);
            if (a < 0) continue;
            auto it = std::find_if(counted.begin(), counted.end(),
                                   [a](const auto& p) { return p.first == a; });
            if (it == counted.end())
              counted.push_back({a, 1});
            else
              ++it->second;
          }
          std::stable_sort(
              counted.begin(), counted.end(),
              [](const auto& x, const auto& y) { return x.second > y.second; });
          std::vector<int> two;
          auto take = [&](int a) {
            if (two.size() < 2 && a >= 0 &&
                std::find(two.begin(), two.end(), a) == two.end())
              two.push_back(a);
          };
          for (const auto& [a, n] : counted) take(a);
          for (int a : before) take(as_kind(a));
          if (countries) {
            take(actors->CountryOf(actors->section_focus()));
            take(actors->FocusCountry());
          } else {
            take(actors->document_focus() >= 0 &&
                         actors->actor(actors->document_focus()).type ==
                             ActorType::kPerson
                     ? actors->document_focus()
                     : -1);
          }
          if (two.size() == 2)
            refs.push_back({begin, end, two, MentionSource::kPair});
        });
  };
  pair(*country_pair_, kCountryPairs, true);
  pair(*person_pair_, kPersonPairs, false);
  for (auto& r : refs) accepted->push_back(std::move(r));
}

}  // namespace kg::extract::internal
