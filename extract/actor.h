// Actor: a person, country, organization, group or other named agent that
// triples relate, as a rule pack's gazetteer describes it.
//
//   kg::extract::Actor a;
//   a.id = "CHN"; a.name = "China"; a.type = kg::extract::ActorType::kCountry;
//   a.demonyms = {"Chinese"}; a.capitals = {"Beijing"};
//   std::cout << kg::extract::ActorTypeName(a.type);   // "country"
#ifndef KG_EXTRACT_ACTOR_H_
#define KG_EXTRACT_ACTOR_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kg::extract {

enum class ActorType { kPerson, kCountry, kOrganization, kGroup, kOther };

/// "person", "country", "organization", "group", "other".
std::string_view ActorTypeName(ActorType t);
/// The inverse of ActorTypeName; nullopt for an unknown name.
std::optional<ActorType> ParseActorType(std::string_view name);

/// A term of office: "President" from 2013 to (open) null.
struct Office {
  std::string title;
  int from = 0;
  std::optional<int> to;  ///< nullopt: still in office
};

struct Actor {
  std::string id;    ///< unique in a pack; countries use ISO 3166 alpha-3
  std::string name;  ///< canonical name, written in triples
  ActorType type = ActorType::kOther;
  std::string code;  ///< event-data actor code ("CHN", "CHNGOV", "IGOUNO")
  std::vector<std::string> aliases;   ///< other names, matched case-sensitively
  std::vector<std::string> demonyms;  ///< "Chinese" -> China
  std::vector<std::string> capitals;  ///< seats of government ("Beijing")
  std::string surname;  ///< persons: the name used alone ("Putin")
  std::string country;  ///< affiliation: a country actor's id, or ""
  std::vector<Office> offices;
  // Where the pack defines it, for messages.
  std::string source_path;
  size_t source_line = 0;
};

}  // namespace kg::extract

#endif  // KG_EXTRACT_ACTOR_H_
