// Triple: one extracted event - who did what to whom, when, and the
// sentence that says so - and its JSON Lines form.
//
//   kg::extract::Triple t;
//   t.subject = "Xi Jinping"; t.relation = "meet"; t.object = "Vladimir Putin";
//   t.category = "04"; t.date = "2022-02-04";
//   std::cout << kg::extract::ToJsonLine(t) << "\n";
//   // {"doc":"","subject":"Xi Jinping","relation":"meet","category":"04",...}
//
// Field order in the JSON is fixed (see ToJson), so output is byte-stable.
#ifndef KG_EXTRACT_TRIPLE_H_
#define KG_EXTRACT_TRIPLE_H_

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "base/status.h"
#include "extract/date_normalizer.h"

namespace kg::extract {

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
  int quad_class = 0;  ///< 1 verbal coop., 2 material coop., 3 verbal conflict,
                       ///< 4 material conflict
  std::optional<std::string> date;  ///< EDTF, or none
  DateSource date_source = DateSource::kNone;
  bool symmetric = false;
  bool negated = false;
  bool hypothetical = false;
  std::string section;   ///< section path, "Asia > India"
  std::string sentence;  ///< the evidence
  size_t span_begin =
      0;  ///< byte offsets of the sentence in the original input
  size_t span_end = 0;
  std::string rule;       ///< id of the rule that matched
  double confidence = 0;  ///< 0-1
};

/// The CAMEO quad class of a root code: 01-05 -> 1, 06-08 -> 2, 09-13 -> 3,
/// 14-20 -> 4; 0 for anything else.
int QuadClass(const std::string& category);

/// The triple as a JSON object with fields in a fixed order.
nlohmann::ordered_json ToJson(const Triple& t);
/// ToJson(t) on one line, without a newline.
std::string ToJsonLine(const Triple& t);
/// Parses a line written by ToJsonLine; errors name `where` ("file:line").
Status FromJsonLine(std::string_view line, const std::string& where, Triple* t);

}  // namespace kg::extract

#endif  // KG_EXTRACT_TRIPLE_H_
