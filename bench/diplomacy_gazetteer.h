// The built-in diplomacy pack's gazetteer, for the extraction benchmarks.
//
//   auto gazetteer = kg::bench::DiplomacyGazetteer("re2_limit");
//   if (!gazetteer) return 1;   // the error is printed, prefixed "re2_limit: "
#ifndef KG_BENCH_DIPLOMACY_GAZETTEER_H_
#define KG_BENCH_DIPLOMACY_GAZETTEER_H_

#include <iostream>
#include <memory>

#include "extract/gazetteer.h"
#include "extract/rule_pack.h"

namespace kg::bench {

/// The gazetteer, or null after printing "<program>: <error>" to stderr.
inline std::unique_ptr<extract::Gazetteer> DiplomacyGazetteer(
    const char* program) {
  auto pack = extract::LoadBuiltinRulePack("diplomacy");
  if (!pack.ok()) {
    std::cerr << program << ": " << pack.status().ToString() << "\n";
    return nullptr;
  }
  auto gazetteer = extract::Gazetteer::Build(pack->actors, pack->common_words);
  if (!gazetteer.ok()) {
    std::cerr << program << ": " << gazetteer.status().ToString() << "\n";
    return nullptr;
  }
  return std::move(*gazetteer);
}

}  // namespace kg::bench

#endif  // KG_BENCH_DIPLOMACY_GAZETTEER_H_
