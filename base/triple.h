// Triple: one extracted event - who did what to whom, when, and the
// sentence that says so. The type every layer shares: the extractor makes
// triples, the graph is built from them, the pipeline reads and writes
// them as JSON Lines (base/triple_json.h).
//
//   kg::Triple t;
//   t.subject = "Xi Jinping"; t.relation = "meet"; t.object = "Vladimir Putin";
//   t.category = "04"; t.quad_class = kg::QuadClass(t.category);  // 1
//   t.date = "2022-02-04"; t.date_source = kg::DateSource::kSentence;
#ifndef KG_BASE_TRIPLE_H_
#define KG_BASE_TRIPLE_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace kg {

/// Where a triple's (or a date mention's) date, or the year that completed
/// it, came from.
enum class DateSource { kSentence, kParagraph, kSection, kDocument, kNone };

/// "sentence", "paragraph", "section", "document" or "none".
std::string_view DateSourceName(DateSource s);
/// The DateSource DateSourceName() names, or kNone for any other text.
DateSource DateSourceFromName(std::string_view name);

struct Triple {
  std::string doc;      ///< document id (file basename or JSONL id)
  std::string subject;  ///< canonical names
  std::string object;
  std::string subject_id;
  std::string object_id;
  std::string subject_type;  ///< "person", "country", ...
  std::string object_type;
  std::string
      subject_code;  ///< event-data actor codes ("CHN", "RUSGOV"), or ""
  std::string object_code;
  /// The words of the sentence that named each actor ("Chinese leader Xi
  /// Jinping"); "" when the sentence only refers to it ("he", "the two
  /// countries") or does not name it (the document's focus).
  std::string subject_text;
  std::string object_text;
  std::string relation;  ///< lemma phrase
  std::string category;  ///< CAMEO root "01".."20"
  /// 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
  /// 4 material conflict (QuadClass of the category).
  int quad_class = 0;
  std::optional<std::string> date;  ///< EDTF, or none
  DateSource date_source = DateSource::kNone;
  bool symmetric = false;
  bool negated = false;
  bool hypothetical = false;
  std::string section;    ///< section path, "Asia > India"
  std::string sentence;   ///< the evidence
  size_t span_begin = 0;  ///< byte offsets of the sentence in the input
  size_t span_end = 0;
  std::string rule;       ///< id of the rule that matched
  double confidence = 0;  ///< 0-1
};

/// The CAMEO quad class of a root code: 01-05 -> 1, 06-08 -> 2, 09-13 -> 3,
/// 14-20 -> 4; 0 for anything else.
int QuadClass(std::string_view category);

/// Why the fields of a triple (or graph edge) that a file cannot be trusted
/// with are out of their domain, naming the field; "" if they are fine. The
/// readers of triples and graph files call it, so that a loaded graph holds
/// only what kg could have written (a confidence of 1e308 would break the
/// weighted path search):
///   category    "" or a CAMEO root "01".."20"
///   quad_class  QuadClass(category)
///   confidence  a number from 0 to 1
///   span        begin <= end
///
///   FieldDomainError("99", 0, 0.5, 0, 5)
///       == "\"category\" \"99\" is not a CAMEO root code 01-20"
std::string FieldDomainError(std::string_view category, int quad_class,
                             double confidence, size_t span_begin,
                             size_t span_end);

}  // namespace kg

#endif  // KG_BASE_TRIPLE_H_
