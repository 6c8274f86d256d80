#include "extract/rule_checker.h"

#include "extract/document_reader.h"
#include "extract/extractor.h"

namespace kg::extract {
namespace {

bool SameActor(const std::string& want, const std::string& name,
               const std::string& id) {
  return want == name || want == id;
}

bool Gives(const std::vector<Triple>& got, const RuleSpec& rule,
           const ExpectedTriple& e) {
  for (const auto& t : got) {
    if (t.rule != rule.id || t.relation != e.relation) continue;
    if (SameActor(e.subject, t.subject, t.subject_id) &&
        SameActor(e.object, t.object, t.object_id))
      return true;
    if (rule.symmetric && SameActor(e.subject, t.object, t.object_id) &&
        SameActor(e.object, t.subject, t.subject_id))
      return true;
  }
  return false;
}

std::string Show(const std::vector<Triple>& got, const std::string& rule) {
  std::string out;
  for (const auto& t : got) {
    if (t.rule != rule) continue;
    if (!out.empty()) out += ", ";
    out += "(" + t.subject + ", " + t.relation + ", " + t.object + ")";
  }
  return out.empty() ? "nothing" : out;
}

}  // namespace

Result<RuleCheckReport> CheckRules(const RulePack& pack) {
  auto extractor = Extractor::Create(pack);
  if (!extractor.ok()) return extractor.status();
  RuleCheckReport report;
  for (const auto& rule : pack.rules) {
    ++report.rules;
    std::string where = Location(rule.source_path, rule.source_line) +
                        ": rule \"" + rule.id + "\": ";
    if (rule.examples.empty() && rule.counterexamples.empty())
      report.untested.push_back(Location(rule.source_path, rule.source_line) +
                                ": rule \"" + rule.id + "\"");
    auto run = [&](const RuleExample& ex) {
      std::string text =
          ex.title.empty() ? ex.text : "= " + ex.title + " =\n\n" + ex.text;
      Document doc = ParseDocument("example", text);
      std::vector<Triple> got;
      (*extractor)->Extract(doc, &got);
      return got;
    };
    for (size_t i = 0; i < rule.examples.size(); ++i) {
      std::vector<Triple> got = run(rule.examples[i]);
      std::string missing;
      for (const auto& e : rule.examples[i].triples)
        if (!Gives(got, rule, e))
          missing +=
              (missing.empty() ? "" : ", ") +
              ("(" + e.subject + ", " + e.relation + ", " + e.object + ")");
      if (rule.examples[i].triples.empty() && Show(got, rule.id) == "nothing")
        missing = "any triple";
      if (missing.empty())
        ++report.passed;
      else
        report.failures.push_back(where + "example " + std::to_string(i + 1) +
                                  ": missing " + missing + "; got " +
                                  Show(got, rule.id));
    }
    for (size_t i = 0; i < rule.counterexamples.size(); ++i) {
      std::vector<Triple> got = run(rule.counterexamples[i]);
      std::string wrong;
      if (rule.counterexamples[i].triples.empty()) {
        if (Show(got, rule.id) != "nothing") wrong = Show(got, rule.id);
      } else {
        for (const auto& e : rule.counterexamples[i].triples)
          if (Gives(got, rule, e))
            wrong +=
                (wrong.empty() ? "" : ", ") +
                ("(" + e.subject + ", " + e.relation + ", " + e.object + ")");
      }
      if (wrong.empty())
        ++report.passed;
      else
        report.failures.push_back(where + "counterexample " +
                                  std::to_string(i + 1) + ": gave " + wrong);
    }
  }
  return report;
}

}  // namespace kg::extract
