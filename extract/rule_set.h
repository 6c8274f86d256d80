// RuleSet: the compiled rules of a pack and a word prefilter that says
// which of them can match a marked sentence, so that a sentence runs only
// the few rules whose words it contains.
//
//   auto rules = kg::extract::RuleSet::Compile(pack.rules, pack.macros);
//   if (!rules.ok()) return rules.status();
//   std::vector<int> candidates;
//   (*rules)->Candidates(marked, &candidates);   // e.g. {12, 40}
//   for (int i : candidates) (*rules)->rule(i).FindAll(marked);
//
// Candidates() is a superset of the rules that match: every rule that
// matches `marked` is in it, in pack order. Each pattern is reduced to the
// whole words any match must put in the sentence (internal::RequiredWords:
// "met" or "visited", and "in"), and one pass over the sentence's words
// finds the rules whose words are all there (internal::ClauseFilter). A
// rule that promises no word is always a candidate.
//
// Thread safety: Candidates() and rule() are const and safe to call from
// many threads.
#ifndef KG_EXTRACT_RULE_SET_H_
#define KG_EXTRACT_RULE_SET_H_

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "extract/relation_rule.h"
#include "extract/rule_pack.h"

namespace kg::extract {

class RuleSet {
 public:
  /// Compiles every rule (errors as RelationRule::Compile) and the filter.
  static Result<std::unique_ptr<RuleSet>> Compile(
      const std::vector<RuleSpec>& specs,
      const std::map<std::string, std::string>& macros);
  ~RuleSet();
  RuleSet(const RuleSet&) = delete;
  RuleSet& operator=(const RuleSet&) = delete;

  size_t size() const { return rules_.size(); }
  const RelationRule& rule(size_t i) const { return *rules_[i]; }

  /// Replaces *out with the indices, ascending, of the rules that may match
  /// `marked`.
  void Candidates(std::string_view marked, std::vector<int>* out) const;

  /// The number of words the filter looks for (for tests and benchmarks).
  size_t word_count() const;

 private:
  RuleSet();
  struct Filter;
  std::vector<std::unique_ptr<RelationRule>> rules_;
  std::unique_ptr<Filter> filter_;
};

}  // namespace kg::extract

#endif  // KG_EXTRACT_RULE_SET_H_
