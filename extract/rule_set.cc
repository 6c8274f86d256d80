#include "extract/rule_set.h"

#include "extract/internal/clause_filter.h"
#include "extract/internal/required_words.h"

namespace kg::extract {

// Words, not RE2's FilteredRE2: that compiled every rule a second time (half
// of the start-up) and ran an RE2::Set over every sentence; a hash lookup
// per word of the sentence does the same work.
struct RuleSet::Filter {
  internal::ClauseFilter clauses;
};

RuleSet::RuleSet() = default;
RuleSet::~RuleSet() = default;

size_t RuleSet::word_count() const { return filter_->clauses.word_count(); }

Result<std::unique_ptr<RuleSet>> RuleSet::Compile(
    const std::vector<RuleSpec>& specs,
    const std::map<std::string, std::string>& macros) {
  std::unique_ptr<RuleSet> set(new RuleSet());
  set->filter_ = std::make_unique<Filter>();
  for (const auto& spec : specs) {
    auto r = RelationRule::Compile(spec, macros);
    if (!r.ok()) return r.status();
    set->filter_->clauses.Add(internal::RequiredWords((*r)->expanded()));
    set->rules_.push_back(std::move(*r));
  }
  set->filter_->clauses.Build();
  return set;
}

void RuleSet::Candidates(std::string_view marked, std::vector<int>* out) const {
  filter_->clauses.Passing(marked, out);
}

}  // namespace kg::extract
