// RelationRule: one rule of a pack, compiled to RE2 over the marked
// sentence, in which every actor mention is a token.
//
//   auto rule = kg::extract::RelationRule::Compile(spec, pack.macros);
//   // spec.pattern "{ACTORS} (?:met|held talks)(?: with {ACTORS})?"
//   for (const auto& m : (*rule)->FindAll(marked))
//     ... m.slots[0] holds the mention indices of the first placeholder ...
//
// Placeholders (each becomes one capturing group; write your own groups as
// (?:...)):
//   {ACTOR}    one mention of any type       {ACTORS} "A, B and C"
//   {PERSON}   a person                      {COUNTRY} a country
//   {ORG}      an organization or group
//   {MENTION}  any mention, not captured (it takes no part in the triple)
//   {NAME}     a macro of the pack ("macros": {"NAME": "regex"})
// Any other {UPPERCASE} word is an error. Patterns match case-insensitively.
// The placeholders that take part in a match give, in pattern order, the
// subject and the object (the reverse if "passive"); placeholders in
// alternative branches that did not match are skipped, so one rule may
// offer several phrasings. A match with one placeholder needs
// "implicit_subject" (the document's focus is the subject) or a symmetric
// rule with an {ACTORS} list ("{ACTORS} met" relates every pair of it).
#ifndef KG_EXTRACT_RELATION_RULE_H_
#define KG_EXTRACT_RELATION_RULE_H_

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "extract/mention_finder.h"
#include "extract/rule_pack.h"

namespace re2 {
class RE2;
}

namespace kg::extract {

/// The token that stands for mention `index` in a marked sentence.
std::string MentionToken(char type_letter, size_t index);
/// 'P', 'C', 'O', 'G' or 'X' for person, country, organization, group, other.
char TypeLetter(ActorType t);

class RelationRule {
 public:
  /// Compiles spec.pattern. Errors name the rule's file, line and id:
  /// "pack.json:40: rule \"meet\": unknown placeholder {ACTR}".
  static Result<std::unique_ptr<RelationRule>> Compile(
      const RuleSpec& spec, const std::map<std::string, std::string>& macros);
  ~RelationRule();
  RelationRule(const RelationRule&) = delete;
  RelationRule& operator=(const RelationRule&) = delete;

  struct Match {
    size_t begin = 0;  ///< byte range in the marked sentence
    size_t end = 0;
    /// Mention indices of each placeholder that took part, in pattern order.
    std::vector<std::vector<size_t>> slots;
    /// Byte range of each placeholder's text in the marked sentence.
    std::vector<std::pair<size_t, size_t>> slot_spans;
  };
  /// Every non-overlapping match in `marked`, left to right.
  std::vector<Match> FindAll(std::string_view marked) const;
  /// The same, given starts == MentionStarts(marked): a sentence computes
  /// them once for all its rules.
  std::vector<Match> FindAll(std::string_view marked,
                             const std::vector<size_t>& starts) const;

  /// Where a match of a rule that begins with a placeholder may begin, in
  /// ascending order: at each mention token, and at each determiner or
  /// "both" / "either" run that a placeholder lets precede it
  /// ("both the \x01C1\x02" gives both offsets).
  static std::vector<size_t> MentionStarts(std::string_view marked);

  const RuleSpec& spec() const { return spec_; }
  /// The number of actor placeholders in the pattern.
  size_t slot_count() const { return slot_count_; }
  /// The expanded RE2 pattern (for messages and tests).
  const std::string& expanded() const { return expanded_; }

 private:
  RelationRule() = default;
  RuleSpec spec_;
  std::string expanded_;
  size_t slot_count_ = 0;
  // The pattern begins with a placeholder: a match begins at a mention
  // token or at the determiner or "both" before one (see FindAll).
  bool starts_at_mention_ = false;
  // Every capturing placeholder takes one mention token in every match (no
  // {ACTORS}, none optional or in a branch): a match with exactly as many
  // tokens as placeholders gives token i to placeholder i, without RE2's
  // slow group extraction.
  bool one_token_slots_ = false;
  std::unique_ptr<re2::RE2> re_;
};

}  // namespace kg::extract

#endif  // KG_EXTRACT_RELATION_RULE_H_
