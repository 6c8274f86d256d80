#include "extract/event_lexicon.h"

#include <algorithm>

#include "extract/internal/table_lines.h"

namespace kg::extract {
namespace {

std::vector<std::string> Split(std::string_view s, char sep) {
  std::vector<std::string> out;
  while (true) {
    size_t at = s.find(sep);
    out.emplace_back(s.substr(0, at));
    if (at == std::string_view::npos) break;
    s = s.substr(at + 1);
  }
  return out;
}

bool IsLowerWord(std::string_view w) {
  if (w.empty()) return false;
  for (char c : w)
    if (!((c >= 'a' && c <= 'z') || c == '-' || c == '\'')) return false;
  return true;
}

}  // namespace

std::string EventEntry::phrase() const {
  std::string out;
  for (const auto& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

bool EventEntry::TakesObject(std::string_view marker) const {
  return std::find(objects.begin(), objects.end(), marker) != objects.end();
}

Status ParseEventTable(std::string_view path, std::string_view bytes,
                       std::vector<EventEntry>* out) {
  internal::TableLines lines(bytes);
  std::string_view line;
  size_t line_no = 0;
  while (lines.Next(&line, &line_no)) {
    std::string where = std::string(path) + ":" + std::to_string(line_no);
    std::vector<std::string> cols = Split(line, '\t');
    if (cols.size() != 6)
      return Status::InvalidArgument(
          where,
          "want 6 tab-separated columns (kind, phrase, object, "
          "relation, code, symmetric), found " +
              std::to_string(cols.size()));
    EventEntry e;
    if (cols[0] == "verb")
      e.kind = EventEntry::Kind::kVerb;
    else if (cols[0] == "noun")
      e.kind = EventEntry::Kind::kNoun;
    else if (cols[0] == "state")
      e.kind = EventEntry::Kind::kState;
    else
      return Status::InvalidArgument(
          where,
          "kind \"" + cols[0] + "\" is not \"verb\", \"noun\" or \"state\"");
    e.words = Split(cols[1], ' ');
    for (const auto& w : e.words)
      if (!IsLowerWord(w))
        return Status::InvalidArgument(
            where, "phrase \"" + cols[1] +
                       "\" must be lower-case words separated by one space");
    e.objects = Split(cols[2], '|');
    for (const auto& o : e.objects)
      if (!IsLowerWord(o))
        return Status::InvalidArgument(
            where, "object \"" + cols[2] +
                       "\" must be \"dobj\" or prepositions joined by |");
    if (e.kind == EventEntry::Kind::kNoun && e.TakesObject("dobj"))
      return Status::InvalidArgument(
          where, "a noun takes its object by a preposition, not \"dobj\"");
    e.relation = cols[3];
    if (e.relation.empty())
      return Status::InvalidArgument(where, "empty relation");
    e.code = cols[4];
    bool digits = e.code.size() >= 2 && e.code.size() <= 4 &&
                  std::all_of(e.code.begin(), e.code.end(),
                              [](char c) { return c >= '0' && c <= '9'; });
    if (!digits || e.code.substr(0, 2) < "01" || e.code.substr(0, 2) > "20")
      return Status::InvalidArgument(
          where, "code \"" + e.code +
                     "\" is not a CAMEO code (2-4 digits, root 01-20)");
    if (cols[5] != "sym" && cols[5] != "-")
      return Status::InvalidArgument(
          where, "symmetric \"" + cols[5] + "\" is not \"sym\" or \"-\"");
    e.symmetric = cols[5] == "sym";
    e.source_path = std::string(path);
    e.source_line = line_no;
    out->push_back(std::move(e));
  }
  return Status::Ok();
}

EventLexicon::EventLexicon(std::vector<EventEntry> entries)
    : entries_(std::move(entries)) {
  for (const auto& e : entries_)
    if (e.kind == EventEntry::Kind::kVerb) {
      verbs_[e.words.front()].push_back(&e);
    } else if (e.kind == EventEntry::Kind::kNoun) {
      nouns_[e.words.back()].push_back(&e);  // "phone call": by its head
    } else {
      states_[e.words.front()].push_back(&e);
      for (const auto& n : e.objects) state_nouns_[n] = true;
    }
  // Longest phrase first: "hold talks" is tried before "hold"; a later
  // entry (a user pack's, loaded after the pack it extends) is tried first.
  for (auto* index : {&verbs_, &nouns_, &states_})
    for (auto& [head, v] : *index)
      std::stable_sort(v.begin(), v.end(), [](const auto* a, const auto* b) {
        if (a->words.size() != b->words.size())
          return a->words.size() > b->words.size();
        return a > b;  // entries_ is in load order: the later one first
      });
}

const std::vector<const EventEntry*>* EventLexicon::Verb(
    std::string_view lemma) const {
  auto it = verbs_.find(lemma);
  return it == verbs_.end() ? nullptr : &it->second;
}

const std::vector<const EventEntry*>* EventLexicon::Noun(
    std::string_view lemma) const {
  auto it = nouns_.find(lemma);
  return it == nouns_.end() ? nullptr : &it->second;
}

const std::vector<const EventEntry*>* EventLexicon::State(
    std::string_view w) const {
  auto it = states_.find(w);
  return it == states_.end() ? nullptr : &it->second;
}

bool EventLexicon::IsStateNoun(std::string_view lemma) const {
  return state_nouns_.find(lemma) != state_nouns_.end();
}

}  // namespace kg::extract
