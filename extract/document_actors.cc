#include "extract/document_actors.h"

#include "extract/internal/text_util.h"

namespace kg::extract {

const Actor& DocumentActors::actor(int i) const {
  int n = static_cast<int>(gazetteer_->actors().size());
  return i < n ? gazetteer_->actor(i) : discovered_[static_cast<size_t>(i - n)];
}

int DocumentActors::size() const {
  return static_cast<int>(gazetteer_->actors().size() + discovered_.size());
}

int DocumentActors::Lookup(std::string_view name) const {
  auto it = local_names_.find(name);
  return it == local_names_.end() ? -1 : it->second;
}

std::string DocumentActors::SurnameOf(const std::string& name) {
  // "Ma Ying-jeou", "Tsai Ing-wen": a hyphenated given name after the
  // family name marks the East Asian order; otherwise the last word.
  size_t first_space = name.find(' ');
  if (first_space == std::string::npos) return "";
  std::string second = name.substr(first_space + 1);
  size_t hyphen = second.find('-');
  if (hyphen != std::string::npos && second.find(' ') == std::string::npos &&
      hyphen + 1 < second.size() && second[hyphen + 1] >= 'a' &&
      second[hyphen + 1] <= 'z')
    return name.substr(0, first_space);
  return name.substr(name.rfind(' ') + 1);
}

int DocumentActors::AddDiscovered(const std::string& name, ActorType type,
                                  const std::string& country,
                                  const std::string& surname) {
  if (int known = Lookup(name); known >= 0) return known;
  Actor a;
  a.id = internal::Slug(name);
  a.name = name;
  a.type = type;
  a.country = country;
  if (type == ActorType::kPerson)
    a.surname = surname.empty() ? SurnameOf(name) : surname;
  discovered_.push_back(std::move(a));
  int idx = size() - 1;
  NoteFullMention(idx);
  return idx;
}

void DocumentActors::AddLocalName(const std::string& name, int i) {
  local_names_[name] = i;
}

void DocumentActors::NoteFullMention(int i) {
  const Actor& a = actor(i);
  local_names_.emplace(a.name, i);
  if (a.type == ActorType::kPerson) {
    std::string surname = a.surname.empty() ? SurnameOf(a.name) : a.surname;
    // A later person with the same surname takes it over: the nearest
    // full mention is the likeliest referent.
    if (!surname.empty()) local_names_[surname] = i;
  }
}

int DocumentActors::CountryOf(int i) const {
  if (i < 0) return -1;
  const Actor& a = actor(i);
  if (a.type == ActorType::kCountry) return i;
  if (a.country.empty()) return -1;
  return gazetteer_->FindId(a.country);
}

void DocumentActors::NoteRecent(int i) {
  recent_.push_back(i);
  if (actor(i).type == ActorType::kPerson) last_person_ = i;
}

int DocumentActors::LastPerson() const {
  for (auto it = recent_.rbegin(); it != recent_.rend(); ++it)
    if (actor(*it).type == ActorType::kPerson) return *it;
  if (last_person_ >= 0) return last_person_;
  if (doc_focus_ >= 0 && actor(doc_focus_).type == ActorType::kPerson)
    return doc_focus_;
  return -1;
}

namespace {
std::string LowerTitle(std::string_view t) {
  std::string out;
  for (char c : t) {
    if (c == '-') c = ' ';
    out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
  }
  return out;
}
}  // namespace

void DocumentActors::NoteTitle(std::string_view title, int person) {
  // "Secretary of State X" is also "the Secretary", "Foreign Minister X"
  // also "the Minister".
  std::string t = LowerTitle(title);
  titled_[t] = person;
  size_t of = t.find(" of ");
  if (of != std::string::npos) titled_[t.substr(0, of)] = person;
  size_t sp = t.rfind(' ');
  if (of == std::string::npos && sp != std::string::npos)
    titled_[t.substr(sp + 1)] = person;
}

int DocumentActors::PersonTitled(std::string_view title) const {
  auto it = titled_.find(LowerTitle(title));
  return it == titled_.end() ? -1 : it->second;
}

}  // namespace kg::extract
