// RulePack: a gazetteer of actors and the relation rules that relate them,
// loaded from JSON files (comments allowed) that may include one another.
//
//   kg::Result<kg::extract::RulePack> pack =
//       kg::extract::LoadRulePackFile("rules/diplomacy/pack.json");
//   if (!pack.ok()) { std::cerr << pack.status().ToString() << "\n"; return 1; }
//   std::cout << pack->actors.size() << " actors, " << pack->rules.size()
//             << " rules\n";
//
// Format (README "Rule packs" has the full reference):
//   {
//     "name": "diplomacy",
//     "include": ["countries.json"],          // merged, paths relative to this file
//     "macros": {"GAP": "[^.;]{0,40}?"},       // {GAP} in a pattern
//     "person_titles": ["President", "Prime Minister"],
//     "peerage_titles": ["Lord", "Baroness"],
//     "org_heads": ["Council", "Ministry"],
//     "pair_phrases": {"country": ["the two countries"], "person": ["both leaders"]},
//     "pronouns": ["he", "she"],
//     "common_words": ["May", "Brown"],
//     "org_titles": ["news agency", "think tank"],
//     "given_names": ["Alexei"], "family_names_first": ["Zhou"],
//     "non_name_words": ["Dynasty"], "name_heads": ["Pact", "Agreement"],
//     "actors": [{"id": "CHN", "name": "China", "type": "country", ...}],
//     "english": "../english/verbs.tsv",      // verb forms (EnglishLexicon)
//     "lexicon": ["events.tsv"],              // event words (EventLexicon)
//     "frames": [{"id": "active", "pattern": "(?P<subj>N)(?P<verb>V)(?P<obj>N)"}],
//     "rules": [{"id": "meet", "pattern": "{ACTOR} met (?:with )?{ACTOR}",
//                "relation": "meet", "category": "04", "symmetric": true,
//                "priority": 10, "examples": [...], "counterexamples": [...]}]
//   }
//
// Errors name the file, line and column ("pack.json:12:5: ...") and, for a
// rule, its id. Loading checks fields and types, duplicate ids, categories
// ("01".."20"), unknown keys and include cycles; patterns are compiled later
// by RelationRule (which reports RE2's message with the rule's location).
#ifndef KG_EXTRACT_RULE_PACK_H_
#define KG_EXTRACT_RULE_PACK_H_

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "base/status.h"
#include "extract/actor.h"
#include "extract/event_lexicon.h"

namespace kg::extract {

/// A triple an example sentence must (or must not) give, by actor name
/// (canonical name or id) and relation.
struct ExpectedTriple {
  std::string subject;
  std::string relation;
  std::string object;
};

struct RuleExample {
  std::string text;
  std::string title;  ///< optional document title (its actor is the focus)
  /// Examples: the triples the rule must give. Counterexamples: the triples
  /// it must not give; empty means "the rule gives nothing here".
  std::vector<ExpectedTriple> triples;
};

struct RuleSpec {
  std::string id;
  std::string pattern;   ///< RE2 syntax over the marked sentence
  std::string relation;  ///< lemma phrase, "meet"
  std::string category;  ///< CAMEO root, "01".."20"
  bool symmetric = false;
  /// The first placeholder is the object, the second the subject (passive
  /// voice: "{ACTOR} was visited by {ACTOR}").
  bool passive = false;
  /// The pattern has one placeholder, the object; the subject is the
  /// document's focus (the actor its title names) - or, when the object is
  /// not a person, the focus's country: "Relations with {ACTOR} soured" in
  /// "Foreign policy of Xi Jinping" relates China and the object.
  bool implicit_subject = false;
  int priority = 0;         ///< higher wins when two rules give the same triple
  double confidence = 0.8;  ///< base confidence of the rule's triples
  std::vector<RuleExample> examples;
  std::vector<RuleExample> counterexamples;
  std::string source_path;
  size_t source_line = 0;
};

/// A frame: one construction of the cascade's last stage, written once for
/// every event word of the lexicon. The pattern is RE2 over the chunk
/// string (one byte per chunk, see FrameMatcher) with named groups: "subj"
/// and "obj" (actor groups), "verb" (a verb group) or "noun" (an event
/// noun), "both" (an actor list whose members relate to one another).
struct FrameSpec {
  std::string id;
  std::string pattern;
  std::string comment;
  int priority = 0;
  double confidence = 0.7;
  std::vector<RuleExample> examples;
  std::vector<RuleExample> counterexamples;
  std::string source_path;
  size_t source_line = 0;
};

struct RulePack {
  std::string name;
  std::vector<Actor> actors;
  std::vector<RuleSpec> rules;
  std::map<std::string, std::string> macros;
  std::vector<std::string> person_titles;
  /// Titles of peers ("Lord", "Baroness"): the name goes on over a
  /// territorial designation ("Lord Ahmad of Wimbledon"), and a surname
  /// after them never names someone else ("Lord Smith" is not the
  /// gazetteer's Stephen Smith). Each is also a person title.
  std::vector<std::string> peerage_titles;
  std::vector<std::string> org_heads;
  std::vector<std::string> country_pair_phrases;
  std::vector<std::string> person_pair_phrases;
  std::vector<std::string> pronouns;
  /// Capitalized words that are also surnames ("May", "Brown"): never an
  /// actor alone unless the document named the person in full.
  std::vector<std::string> common_words;
  /// Words that introduce an organization's name, like titles do for
  /// persons ("news agency", "think tank"): part of the mention.
  std::vector<std::string> org_titles;
  /// Name lexicon for persons named without a title: given names ("Alexei
  /// Kosygin"), family names written first ("Zhou Enlai"), and capitalized
  /// words that never end a person's name ("Han Dynasty", "Wang River").
  std::vector<std::string> given_names;
  std::vector<std::string> family_names_first;
  std::vector<std::string> non_name_words;
  /// Capitalized words that make the place before them part of a name of a
  /// treaty, meeting or alliance ("the Warsaw Pact", "the Paris Agreement"):
  /// such a place names no actor.
  std::vector<std::string> name_heads;
  /// The event lexicon ("lexicon": ["events.tsv"]) and the frames.
  std::vector<EventEntry> events;
  std::vector<FrameSpec> frames;
  /// The English verb table ("english": "../english/verbs.tsv"); the last
  /// one named wins.
  std::string english_path;
  std::string english_bytes;
  std::vector<std::string> files;  ///< every file loaded, in load order
};

/// Reads `path` into *bytes, or returns why it cannot.
using FileLoader =
    std::function<Status(const std::string& path, std::string* bytes)>;

/// Loads the pack at `path` and its includes through `loader`.
Result<RulePack> LoadRulePack(const std::string& path,
                              const FileLoader& loader);

/// Loads a pack from disk.
Result<RulePack> LoadRulePackFile(const std::string& path);

/// Loads a pack shipped in the binary ("diplomacy", "business" or a path
/// under rules/ such as "diplomacy/pack.json").
Result<RulePack> LoadBuiltinRulePack(const std::string& name);

/// Names of the built-in packs ("business", "diplomacy").
std::vector<std::string> BuiltinRulePackNames();

}  // namespace kg::extract

#endif  // KG_EXTRACT_RULE_PACK_H_
