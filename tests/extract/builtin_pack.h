// The built-in diplomacy pack, loaded once for the tests that read it
// (loading parses its JSON, lexicon and gazetteer).
//
//   const RulePack& pack = kg::extract::testing::DiplomacyPack();
#ifndef KG_TESTS_EXTRACT_BUILTIN_PACK_H_
#define KG_TESTS_EXTRACT_BUILTIN_PACK_H_

#include <doctest/doctest.h>

#include <utility>

#include "extract/rule_pack.h"

namespace kg::extract::testing {

inline const RulePack& DiplomacyPack() {
  static const RulePack pack = [] {
    Result<RulePack> p = LoadBuiltinRulePack("diplomacy");
    REQUIRE_MESSAGE(p.ok(), p.status().ToString());
    return std::move(*p);
  }();
  return pack;
}

}  // namespace kg::extract::testing

#endif  // KG_TESTS_EXTRACT_BUILTIN_PACK_H_
