// The rule packs shipped in rules/, compiled into the binary so that kg runs
// from any folder.
//
//   for (const auto& f : kg::rules::BuiltinFiles())
//     std::cout << f.path << " " << f.bytes.size() << "\n";
//   // diplomacy/pack.json 20311 ...
//
// Paths are relative to rules/ ("diplomacy/pack.json"). The bytes live for
// the whole program.
#ifndef KG_RULES_BUILTIN_PACKS_H_
#define KG_RULES_BUILTIN_PACKS_H_

#include <string_view>
#include <vector>

namespace kg::rules {

struct BuiltinFile {
  std::string_view path;   ///< relative to rules/, '/'-separated
  std::string_view bytes;  ///< the file's contents
};

/// Every shipped pack file, in a fixed order.
const std::vector<BuiltinFile>& BuiltinFiles();

/// The built-in pack used when none is given.
inline constexpr std::string_view kDefaultPack = "diplomacy/pack.json";

}  // namespace kg::rules

#endif  // KG_RULES_BUILTIN_PACKS_H_
