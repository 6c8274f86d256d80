// RuleChecker: runs the examples and counterexamples of every rule and
// frame of a pack, and a sentence made for every entry of its event lexicon,
// so that a pack proves what it does (`kg rules check`).
//
//   auto report = kg::extract::CheckRules(pack);
//   if (!report.ok()) { std::cerr << report.status().ToString(); return 1; }
//   for (const auto& f : report->failures) std::cerr << f << "\n";
//   std::cout << report->passed << " passed, " << report->failures.size() << " failed\n";
//
// Each example is read as a one-paragraph document (its optional "title"
// gives the focus) and extracted with the whole pack. An example passes when
// every listed triple is given by its rule (either direction for symmetric
// rules; actors by canonical name or id). A counterexample passes when its
// rule gives none of the listed triples, or nothing at all when none are
// listed. Negated and hypothetical triples count as not given. A frame's
// examples are checked against the triples it gives ("frame/phrase"). A
// lexicon entry passes when its sentence ("Chile criticized Peru in 2019.",
// "Chile held talks with Peru in 2019.", "Chile's invasion of Peru was
// reported in 2019.", "Relations between Chile and Peru soured in 2019.")
// relates Chile and Peru in the entry's direction with its root category or
// relation, by a frame or by a rule.
#ifndef KG_EXTRACT_RULE_CHECKER_H_
#define KG_EXTRACT_RULE_CHECKER_H_

#include <string>
#include <vector>

#include "base/status.h"
#include "extract/rule_pack.h"

namespace kg::extract {

struct RuleCheckReport {
  size_t rules = 0;
  size_t frames = 0;
  size_t entries = 0;          ///< lexicon entries
  size_t entries_skipped = 0;  ///< entries no sentence could be made for
  size_t passed = 0;
  /// One line each: "path:line: rule \"id\": example 2: missing (A, meet, B);
  /// got (A, visit, B)".
  std::vector<std::string> failures;
  /// Rules and frames with no example at all ("path:line: rule \"id\"").
  std::vector<std::string> untested;
};

/// Compiles the pack (errors as Extractor::Create) and runs every example.
Result<RuleCheckReport> CheckRules(const RulePack& pack);

}  // namespace kg::extract

#endif  // KG_EXTRACT_RULE_CHECKER_H_
