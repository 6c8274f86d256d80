#include "extract/actor.h"

#include <array>
#include <utility>

namespace kg::extract {
namespace {

constexpr std::array<std::pair<ActorType, std::string_view>, 5> kNames = {{
    {ActorType::kPerson, "person"},
    {ActorType::kCountry, "country"},
    {ActorType::kOrganization, "organization"},
    {ActorType::kGroup, "group"},
    {ActorType::kOther, "other"},
}};

}  // namespace

std::string_view ActorTypeName(ActorType t) {
  for (const auto& [type, name] : kNames)
    if (type == t) return name;
  return "other";
}

std::optional<ActorType> ParseActorType(std::string_view name) {
  for (const auto& [type, n] : kNames)
    if (n == name) return type;
  return std::nullopt;
}

}  // namespace kg::extract
