#include "pipeline/pack_loader.h"

#include <unistd.h>

namespace kg::pipeline {

Result<extract::RulePack> LoadPack(const std::string& spec) {
  if (spec.empty()) return extract::LoadBuiltinRulePack(kDefaultPack);
  // A file on disk wins over a built-in pack of the same name.
  if (::access(spec.c_str(), F_OK) == 0) return extract::LoadRulePackFile(spec);
  for (const auto& name : extract::BuiltinRulePackNames())
    if (name == spec) return extract::LoadBuiltinRulePack(spec);
  return Status::NotFound(spec, "no such rule pack file or built-in pack");
}

}  // namespace kg::pipeline
