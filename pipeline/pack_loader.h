// LoadPack: the rule pack a user names - a pack file on disk, else a
// built-in pack by name, else the built-in diplomacy pack for "".
//
//   kg::Result<kg::extract::RulePack> pack = kg::pipeline::LoadPack("business");
//   pack = kg::pipeline::LoadPack("rules/mine.json");   // a file wins
//   pack = kg::pipeline::LoadPack("nope");
//   // NotFound "nope: no such rule pack file or built-in pack"
#ifndef KG_PIPELINE_PACK_LOADER_H_
#define KG_PIPELINE_PACK_LOADER_H_

#include <string>

#include "base/status.h"
#include "extract/rule_pack.h"

namespace kg::pipeline {

/// The default pack: what "" loads.
inline constexpr const char* kDefaultPack = "diplomacy";

Result<extract::RulePack> LoadPack(const std::string& spec);

}  // namespace kg::pipeline

#endif  // KG_PIPELINE_PACK_LOADER_H_
