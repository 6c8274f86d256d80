#include "graph/name_resolver.h"

#include <algorithm>
#include <cstddef>
#include <string>
#include <tuple>
#include <vector>

#include "base/name_fold.h"

namespace kg::graph {
namespace {

constexpr size_t kMaxListed = 5;

// What a name is compared with, folded once per actor.
struct Keys {
  std::string id;
  std::string name;
  std::vector<std::string> seen;
  std::string surname;  // persons only, else ""
  std::string first;    // persons only: the first word of the name
};

std::string FirstWord(const std::string& folded) {
  return folded.substr(0, folded.find(' '));
}

std::string LastWord(const std::string& folded) {
  size_t space = folded.rfind(' ');
  return space == std::string::npos ? folded : folded.substr(space + 1);
}

bool EndsWithWord(const std::string& folded, const std::string& word) {
  if (folded == word) return true;
  return folded.size() > word.size() &&
         folded.compare(folded.size() - word.size(), word.size(), word) == 0 &&
         folded[folded.size() - word.size() - 1] == ' ';
}

// True when `words` (folded) is a run of whole words of `folded`.
bool ContainsWords(const std::string& folded, const std::string& words) {
  return (" " + folded + " ").find(" " + words + " ") != std::string::npos;
}

Keys MakeKeys(const ActorNode& a) {
  Keys k;
  k.id = FoldName(a.id);
  k.name = FoldName(a.name);
  for (const std::string& n : a.names) k.seen.push_back(FoldName(n));
  if (a.type == "person" && k.name.find(' ') != std::string::npos) {
    // "Xi Jinping" is "Xi" alone in the text (or "President Xi"), "Vladimir
    // Putin" is "Putin": the text shows which end of the name is the family.
    std::string first = FirstWord(k.name);
    bool first_alone =
        std::any_of(k.seen.begin(), k.seen.end(), [&](const std::string& s) {
          return s != k.name && EndsWithWord(s, first);
        });
    k.surname = first_alone ? first : LastWord(k.name);
    k.first = first;
  }
  return k;
}

std::string Display(const ActorNode& a) {
  return a.name.empty() ? a.id : a.name;
}

Status Ambiguous(const KnowledgeGraph& g, std::string_view query,
                 std::vector<size_t> found) {
  std::sort(found.begin(), found.end(), [&](size_t x, size_t y) {
    return std::tie(g.actor(x).name, g.actor(x).id) <
           std::tie(g.actor(y).name, g.actor(y).id);
  });
  std::string detail = "\"" + std::string(query) + "\" is ambiguous: ";
  for (size_t i = 0; i < found.size() && i < kMaxListed; ++i) {
    if (i > 0) detail += ", ";
    detail += Display(g.actor(found[i])) + " (" + g.actor(found[i]).id + ")";
  }
  if (found.size() > kMaxListed)
    detail += " and " + std::to_string(found.size() - kMaxListed) + " more";
  return Status::InvalidArgument("", detail);
}

Status Unknown(const KnowledgeGraph& g, std::string_view query,
               const std::string& folded, const std::vector<Keys>& keys) {
  std::string detail = "no actor \"" + std::string(query) + "\"";
  if (folded.empty()) return Status::NotFound("", detail);
  // A third of the letters may be wrong: "Pution" finds "Putin", "Kim"
  // does not find every three-letter name.
  size_t limit = std::max<size_t>(1, EditDistance(folded, "") / 3);
  std::vector<std::tuple<size_t, std::string, std::string, size_t>> close;
  for (size_t v = 0; v < keys.size(); ++v) {
    const Keys& k = keys[v];
    size_t best = EditDistance(folded, k.id);
    for (const std::string* s : {&k.name, &k.surname})
      if (!s->empty())
        best = std::min(best, EditDistance(folded, *s));
    for (const std::string& s : k.seen)
      best = std::min(best, EditDistance(folded, s));
    if (best <= limit)
      close.emplace_back(best, g.actor(v).name, g.actor(v).id, v);
  }
  std::sort(close.begin(), close.end());
  for (size_t i = 0; i < close.size() && i < kMaxListed; ++i)
    detail +=
        (i == 0 ? "; close: " : ", ") + Display(g.actor(std::get<3>(close[i])));
  return Status::NotFound("", detail);
}

}  // namespace

Result<size_t> ResolveActor(const KnowledgeGraph& g, std::string_view name) {
  if (std::optional<size_t> v = g.FindActor(name)) return *v;

  std::string folded = FoldName(name);
  std::vector<Keys> keys;
  keys.reserve(g.actor_count());
  for (size_t v = 0; v < g.actor_count(); ++v)
    keys.push_back(MakeKeys(g.actor(v)));

  // Later tests are looser, so an earlier test's single answer beats them.
  using Test = bool (*)(const Keys&, const std::string&);
  const Test kTests[] = {
      [](const Keys& k, const std::string& f) { return k.id == f; },
      [](const Keys& k, const std::string& f) { return k.name == f; },
      [](const Keys& k, const std::string& f) {
        return std::find(k.seen.begin(), k.seen.end(), f) != k.seen.end();
      },
      [](const Keys& k, const std::string& f) { return k.surname == f; },
      // Last, the first word of a person's name: an East Asian family name
      // the text never wrote alone ("Kim" for Kim Jong Un).
      [](const Keys& k, const std::string& f) { return k.first == f; },
      // Loosest, whole words of a name: "Lula da Silva" for "Luiz Inácio
      // Lula da Silva", which the text never wrote that way. Two words at
      // least: one word of a name ("States") is too loose a key.
      [](const Keys& k, const std::string& f) {
        if (f.find(' ') == std::string::npos) return false;
        if (ContainsWords(k.name, f)) return true;
        return std::any_of(k.seen.begin(), k.seen.end(),
                           [&](const std::string& s) { return ContainsWords(s, f); });
      },
  };
  if (!folded.empty()) {
    for (Test test : kTests) {
      std::vector<size_t> found;
      for (size_t v = 0; v < keys.size(); ++v)
        if (test(keys[v], folded)) found.push_back(v);
      if (found.size() == 1) return found[0];
      if (found.size() > 1) return Ambiguous(g, name, std::move(found));
    }
  }
  return Unknown(g, name, folded, keys);
}

}  // namespace kg::graph
