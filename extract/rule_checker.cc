#include "extract/rule_checker.h"

#include <optional>

#include "extract/document_reader.h"
#include "extract/english_lexicon.h"
#include "extract/extractor.h"

namespace kg::extract {
namespace {

bool SameActor(const std::string& want, const std::string& name,
               const std::string& id) {
  return want == name || want == id;
}

// Whether triple `t` came from the rule or frame named `id`: a rule's id
// whole, a frame's as the prefix of "frame/phrase".
bool From(const Triple& t, const std::string& id, bool frame) {
  if (!frame) return t.rule == id;
  return t.rule.size() > id.size() && t.rule.compare(0, id.size(), id) == 0 &&
         t.rule[id.size()] == '/';
}

bool Gives(const std::vector<Triple>& got, const std::string& id, bool frame,
           bool symmetric, const ExpectedTriple& e) {
  for (const auto& t : got) {
    if (!From(t, id, frame) || t.relation != e.relation) continue;
    if (SameActor(e.subject, t.subject, t.subject_id) &&
        SameActor(e.object, t.object, t.object_id))
      return true;
    if ((symmetric || t.symmetric) &&
        SameActor(e.subject, t.object, t.object_id) &&
        SameActor(e.object, t.subject, t.subject_id))
      return true;
  }
  return false;
}

std::string Show(const std::vector<Triple>& got, const std::string& id,
                 bool frame) {
  std::string out;
  for (const auto& t : got) {
    if (!From(t, id, frame)) continue;
    if (!out.empty()) out += ", ";
    out += "(" + t.subject + ", " + t.relation + ", " + t.object + ")";
  }
  return out.empty() ? "nothing" : out;
}

std::string ShowAll(const std::vector<Triple>& got) {
  std::string out;
  for (const auto& t : got) {
    if (!out.empty()) out += ", ";
    out += "(" + t.subject + ", " + t.relation + " " + t.category + ", " +
           t.object + ")";
  }
  return out.empty() ? "nothing" : out;
}

// The shortest form (a simple past over a participle: "swore", not
// "sworn").
std::string Form(const EnglishLexicon& english, const std::string& lemma,
                 Inflection infl) {
  std::string best;
  for (const std::string& f : english.FormsOf(lemma, infl))
    if (best.empty() || f.size() < best.size()) best = f;
  return best;
}

// A sentence that shows a lexicon entry between two actors, with the
// actors it must relate: "Chile criticized Peru.", "Chile held talks with
// Peru.", "Chile's invasion of Peru was reported.", "Relations between
// Chile and Peru soured." None when the entry has no form to write (a
// multi-word phrase whose words all precede a direct object, a verb
// WordNet does not know).
std::optional<std::string> Sentence(const EventEntry& e,
                                    const EnglishLexicon& english) {
  std::string tail;
  for (size_t i = 1; i < e.words.size(); ++i) tail += " " + e.words[i];
  std::string marker;
  for (const auto& o : e.objects)
    if (o != "dobj") {
      marker = o;
      break;
    }
  if (marker == "between" || marker == "among")
    return std::nullopt;  // wants a list, not one object
  switch (e.kind) {
    case EventEntry::Kind::kVerb: {
      std::string past = Form(english, e.words[0], Inflection::kPast);
      if (past.empty()) return std::nullopt;
      if (e.words.size() == 1 && e.TakesObject("dobj"))
        return "Chile " + past + " Peru in 2019.";
      if (marker.empty()) return std::nullopt;
      return "Chile " + past + tail + " " + marker + " Peru in 2019.";
    }
    case EventEntry::Kind::kNoun: {
      std::string phrase = e.phrase();
      return "Chile's " + phrase + " " + (marker.empty() ? "with" : marker) +
             " Peru was reported in 2019.";
    }
    case EventEntry::Kind::kState: {
      const std::string& noun = e.objects.front();
      std::string what = noun == "relationship" ? "The relationship"
                         : noun == "ties"       ? "Ties"
                         : noun == "tension" || noun == "tensions"
                             ? "Tensions"
                             : "Relations";
      std::string past = Form(english, e.words[0], Inflection::kPast);
      std::string be = noun == "relationship" ? " was " : " were ";
      return what + " between Chile and Peru" +
             (past.empty() ? be + e.words[0] : " " + past) + " in 2019.";
    }
  }
  return std::nullopt;
}

}  // namespace

Result<RuleCheckReport> CheckRules(const RulePack& pack) {
  auto extractor = Extractor::Create(pack);
  if (!extractor.ok()) return extractor.status();
  RuleCheckReport report;
  auto run = [&](const RuleExample& ex) {
    std::string text =
        ex.title.empty() ? ex.text : "= " + ex.title + " =\n\n" + ex.text;
    Document doc = ParseDocument("example", text);
    std::vector<Triple> got;
    (*extractor)->Extract(doc, &got);
    return got;
  };
  // The examples and counterexamples of one rule or frame.
  auto check = [&](const std::string& where, const std::string& id, bool frame,
                   bool symmetric, const std::vector<RuleExample>& examples,
                   const std::vector<RuleExample>& counterexamples) {
    for (size_t i = 0; i < examples.size(); ++i) {
      std::vector<Triple> got = run(examples[i]);
      std::string missing;
      for (const auto& e : examples[i].triples)
        if (!Gives(got, id, frame, symmetric, e))
          missing +=
              (missing.empty() ? "" : ", ") +
              ("(" + e.subject + ", " + e.relation + ", " + e.object + ")");
      if (examples[i].triples.empty() && Show(got, id, frame) == "nothing")
        missing = "any triple";
      if (missing.empty())
        ++report.passed;
      else
        report.failures.push_back(where + "example " + std::to_string(i + 1) +
                                  ": missing " + missing + "; got " +
                                  Show(got, id, frame));
    }
    for (size_t i = 0; i < counterexamples.size(); ++i) {
      std::vector<Triple> got = run(counterexamples[i]);
      std::string wrong;
      if (counterexamples[i].triples.empty()) {
        if (Show(got, id, frame) != "nothing") wrong = Show(got, id, frame);
      } else {
        for (const auto& e : counterexamples[i].triples)
          if (Gives(got, id, frame, symmetric, e))
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
  };

  for (const auto& rule : pack.rules) {
    ++report.rules;
    std::string at = Location(rule.source_path, rule.source_line);
    if (rule.examples.empty() && rule.counterexamples.empty())
      report.untested.push_back(at + ": rule \"" + rule.id + "\"");
    check(at + ": rule \"" + rule.id + "\": ", rule.id, false, rule.symmetric,
          rule.examples, rule.counterexamples);
  }
  for (const auto& frame : pack.frames) {
    ++report.frames;
    std::string at = Location(frame.source_path, frame.source_line);
    if (frame.examples.empty() && frame.counterexamples.empty())
      report.untested.push_back(at + ": frame \"" + frame.id + "\"");
    check(at + ": frame \"" + frame.id + "\": ", frame.id, true, false,
          frame.examples, frame.counterexamples);
  }

  // Every lexicon entry in a sentence of its own: the two actors, related
  // with the entry's root category (by a frame, or by a rule that reads the
  // sentence first).
  if (pack.events.empty()) return report;
  auto english = EnglishLexicon::Parse(pack.english_path, pack.english_bytes);
  if (!english.ok()) return english.status();
  for (const EventEntry& e : pack.events) {
    ++report.entries;
    std::optional<std::string> text = Sentence(e, **english);
    if (!text) {
      ++report.entries_skipped;
      continue;
    }
    RuleExample ex;
    ex.text = *text;
    std::vector<Triple> got = run(ex);
    bool ok = false;
    for (const Triple& t : got) {
      bool forward = t.subject == "Chile" && t.object == "Peru";
      bool backward = t.subject == "Peru" && t.object == "Chile";
      if ((forward || ((e.symmetric || t.symmetric) && backward)) &&
          !t.negated && !t.hypothetical &&
          (t.category == e.root() || t.relation == e.relation))
        ok = true;
    }
    if (ok) {
      ++report.passed;
    } else {
      static const char* kKinds[] = {"verb", "noun", "state"};
      report.failures.push_back(Location(e.source_path, e.source_line) + ": " +
                                kKinds[static_cast<int>(e.kind)] + " \"" +
                                e.phrase() + "\": \"" + *text + "\" gave " +
                                ShowAll(got) + "; want (Chile, " + e.relation +
                                " " + e.root() + ", Peru)");
    }
  }
  return report;
}

}  // namespace kg::extract
