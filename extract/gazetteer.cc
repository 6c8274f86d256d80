#include "extract/gazetteer.h"

#include <re2/re2.h>

#include <algorithm>
#include <bitset>
#include <unordered_set>
#include <utility>

#include "base/name_fold.h"
#include "extract/internal/name_trie.h"
#include "extract/internal/text_util.h"
#include "extract/internal/word_starts.h"

namespace kg::extract {

Gazetteer::~Gazetteer() = default;

Result<std::unique_ptr<Gazetteer>> Gazetteer::Build(
    std::vector<Actor> actors, const std::vector<std::string>& common_words) {
  std::unique_ptr<Gazetteer> g(new Gazetteer());
  g->actors_ = std::move(actors);
  for (size_t i = 0; i < g->actors_.size(); ++i)
    g->by_id_.emplace(g->actors_[i].id, static_cast<int>(i));

  // A surface form that names two different actors with the same strength
  // is ambiguous: remember it with actor -1 so that nobody gets it.
  std::unordered_map<std::string, Entry>& s = g->surfaces_;
  auto add = [&s](const std::string& surface, int actor, NameKind kind) {
    auto [it, fresh] = s.emplace(surface, Entry{actor, kind});
    if (fresh || it->second.actor == actor) {
      if (!fresh && kind < it->second.kind) it->second.kind = kind;
      return;
    }
    if (kind < it->second.kind)
      it->second = Entry{actor, kind};
    else if (kind == it->second.kind)
      it->second.actor = -1;
  };
  for (size_t i = 0; i < g->actors_.size(); ++i) {
    const Actor& a = g->actors_[i];
    int idx = static_cast<int>(i);
    if (!a.country.empty() && g->by_id_.count(a.country) == 0)
      return Status::InvalidArgument(Location(a.source_path, a.source_line),
                                     "actor \"" + a.id + "\": country \"" +
                                         a.country + "\" is not an actor id");
    add(a.name, idx, NameKind::kName);
    const std::string folded_surname = FoldName(a.surname);
    for (const auto& x : a.aliases) {
      // A one-word alias that is the surname ("Erdogan" for "Erdoğan") is
      // a surname: shared ones must not name anybody alone.
      bool is_surname = !a.surname.empty() &&
                        x.find(' ') == std::string::npos &&
                        FoldName(x) == folded_surname;
      if (is_surname)
        g->surnames_[x].push_back(idx);
      else
        add(x, idx, NameKind::kAlias);
    }
    for (const auto& x : a.capitals) add(x, idx, NameKind::kCapital);
    for (const auto& x : a.demonyms) add(x, idx, NameKind::kDemonym);
    if (!a.surname.empty()) g->surnames_[a.surname].push_back(idx);
    for (const auto& x : {a.name, a.id}) g->loose_.emplace(FoldName(x), idx);
    for (const auto& x : a.aliases) g->loose_.emplace(FoldName(x), idx);
  }
  std::unordered_set<std::string> common(common_words.begin(),
                                         common_words.end());
  for (auto& [surname, owners] : g->surnames_) {
    std::sort(owners.begin(), owners.end());
    owners.erase(std::unique(owners.begin(), owners.end()), owners.end());
    if (owners.size() == 1 && common.count(surname) == 0)
      add(surname, owners[0], NameKind::kSurname);
    else
      s.emplace(surname, Entry{-1, NameKind::kSurname});
  }

  std::vector<std::string> forms;
  for (const auto& [surface, e] : s)
    if (e.actor >= 0) forms.push_back(surface);
  std::sort(forms.begin(), forms.end());  // deterministic pattern
  std::string pattern = "(";
  for (size_t i = 0; i < forms.size(); ++i) {
    if (i) pattern += '|';
    pattern += RE2::QuoteMeta(forms[i]);
  }
  pattern += ")";
  g->pattern_ = std::move(pattern);
  g->trie_ = std::make_unique<internal::NameTrie>(forms);
  for (const auto& form : forms) g->form_entry_.push_back(s.at(form));
  std::bitset<256> first;
  for (int c = 0; c < 256; ++c)
    first[static_cast<size_t>(c)] = g->trie_->MayBegin(static_cast<char>(c));
  g->uncovered_ = internal::WordStarts::Uncovered(first);
  g->pairs_.assign(65536 / 64, 0);
  for (const auto& form : forms) {
    if (form.empty()) continue;
    const size_t b0 = static_cast<unsigned char>(form[0]);
    // A one-byte form pairs with any second byte.
    const size_t lo = form.size() > 1 ? static_cast<unsigned char>(form[1]) : 0;
    const size_t hi = form.size() > 1 ? lo : 255;
    for (size_t b1 = lo; b1 <= hi; ++b1) {
      const size_t pair = b0 << 8 | b1;
      g->pairs_[pair >> 6] |= uint64_t{1} << (pair & 63);
    }
  }
  return g;
}

std::vector<GazetteerHit> Gazetteer::Find(std::string_view text) const {
  std::vector<GazetteerHit> hits;
  // A position that starts no name goes on past the rest of its ASCII word
  // (NextCandidate): none of those starts free.
  for (size_t pos = 0; pos < text.size();) {
    const size_t next = internal::NextCandidate(text, pos);
    if (!trie_->MayBegin(text[pos]) || !internal::StartsFree(text, pos)) {
      pos = next;
      continue;
    }
    int form = -1;
    const size_t length = trie_->Longest(text, pos, &form);
    // At a word start only, and the longest name here must end at a word's
    // end ("Georgian" is no "Georgia"); if it does not, no name starts here.
    const size_t end = pos + length;
    if (length == 0 || !internal::IsWholeWord(text, pos, end)) {
      pos = next;
      continue;
    }
    const Entry& e = form_entry_[static_cast<size_t>(form)];
    hits.push_back({pos, end, e.actor, e.kind});
    pos = end;
  }
  return hits;
}

std::vector<GazetteerHit> Gazetteer::Find(
    const internal::WordStarts& starts) const {
  const std::string_view text = starts.text();
  // Many bytes besides the word starts': the plain scan costs less.
  if (uncovered_.size() > 4) return Find(text);
  // As Find(text), at the positions that loop would not skip.
  std::vector<GazetteerHit> hits;
  auto try_at = [&](size_t pos) -> size_t {
    if (!MayBeginForm(text, pos) || !internal::StartsFree(text, pos)) return 0;
    int form = -1;
    const size_t length = trie_->Longest(text, pos, &form);
    const size_t end = pos + length;
    if (length == 0 || !internal::IsWholeWord(text, pos, end)) return 0;
    const Entry& e = form_entry_[static_cast<size_t>(form)];
    hits.push_back({pos, end, e.actor, e.kind});
    return end;
  };
  if (uncovered_.empty())
    starts.ForEach(try_at);
  else
    starts.ForEachWith(uncovered_, try_at);
  return hits;
}

bool Gazetteer::MayBeginForm(std::string_view text, size_t pos) const {
  if (!trie_->MayBegin(text[pos])) return false;
  // A one-byte form at the end is let through by the byte 0 (pairs_ has
  // every second byte for it).
  const size_t b1 =
      pos + 1 < text.size() ? static_cast<unsigned char>(text[pos + 1]) : 0;
  const size_t pair = size_t{static_cast<unsigned char>(text[pos])} << 8 | b1;
  return (pairs_[pair >> 6] >> (pair & 63) & 1) != 0;
}

int Gazetteer::FindId(std::string_view id) const {
  auto it = by_id_.find(std::string(id));
  return it == by_id_.end() ? -1 : it->second;
}

int Gazetteer::Lookup(std::string_view surface) const {
  auto it = surfaces_.find(std::string(surface));
  return it == surfaces_.end() ? -1 : it->second.actor;
}

std::vector<int> Gazetteer::SurnameOwners(std::string_view surname) const {
  auto it = surnames_.find(std::string(surname));
  return it == surnames_.end() ? std::vector<int>{} : it->second;
}

int Gazetteer::LookupLoose(std::string_view name) const {
  auto it = loose_.find(FoldName(name));
  return it == loose_.end() ? -1 : it->second;
}

}  // namespace kg::extract
