#include "extract/rule_set.h"

#include <re2/filtered_re2.h>
#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <numeric>

namespace kg::extract {

struct RuleSet::Filter {
  re2::FilteredRE2 prefilter{kMinAtomLength};
  std::vector<std::string> atoms;
  std::unique_ptr<RE2::Set> atom_set;  // null when there are no atoms
  // Shorter literals ("of", "in") are in almost every sentence and would
  // only slow the atom pass down.
  static constexpr int kMinAtomLength = 3;
};

RuleSet::RuleSet() = default;
RuleSet::~RuleSet() = default;

size_t RuleSet::atom_count() const { return filter_->atoms.size(); }

Result<std::unique_ptr<RuleSet>> RuleSet::Compile(
    const std::vector<RuleSpec>& specs,
    const std::map<std::string, std::string>& macros) {
  std::unique_ptr<RuleSet> set(new RuleSet());
  set->filter_ = std::make_unique<Filter>();
  Filter& f = *set->filter_;
  RE2::Options opt;
  opt.set_log_errors(false);
  opt.set_case_sensitive(false);
  for (const auto& spec : specs) {
    auto r = RelationRule::Compile(spec, macros);
    if (!r.ok()) return r.status();
    int id = -1;
    // The rule compiled, so the same pattern compiles here too; the filter
    // keeps its own copy only to derive the atoms.
    if (f.prefilter.Add((*r)->expanded(), opt, &id) != RE2::NoError)
      return Status::Internal(Location(spec.source_path, spec.source_line),
                              "rule \"" + spec.id + "\": cannot filter");
    set->rules_.push_back(std::move(*r));
  }
  if (set->rules_.empty()) return set;
  f.prefilter.Compile(&f.atoms);
  if (f.atoms.empty()) return set;
  // Atoms come lower-cased; the rules ignore case, so the atoms must too.
  RE2::Options atom_opt;
  atom_opt.set_log_errors(false);
  atom_opt.set_case_sensitive(false);
  atom_opt.set_max_mem(int64_t{16} << 20);
  f.atom_set = std::make_unique<RE2::Set>(atom_opt, RE2::UNANCHORED);
  for (const auto& atom : f.atoms) {
    std::string error;
    if (f.atom_set->Add(RE2::QuoteMeta(atom), &error) < 0)
      return Status::Internal("rule filter", "atom \"" + atom + "\": " + error);
  }
  if (!f.atom_set->Compile())
    return Status::Internal("rule filter", "cannot compile the atom set");
  return set;
}

void RuleSet::Candidates(std::string_view marked, std::vector<int>* out) const {
  out->clear();
  const Filter& f = *filter_;
  if (!f.atom_set) {
    out->resize(rules_.size());
    std::iota(out->begin(), out->end(), 0);
    return;
  }
  std::vector<int> matched;
  RE2::Set::ErrorInfo info;
  if (!f.atom_set->Match(marked, &matched, &info) &&
      info.kind != RE2::Set::kNoError) {
    // The atom DFA ran out of memory: no filtering is still correct.
    out->resize(rules_.size());
    std::iota(out->begin(), out->end(), 0);
    return;
  }
  f.prefilter.AllPotentials(matched, out);
  std::sort(out->begin(), out->end());
}

}  // namespace kg::extract
