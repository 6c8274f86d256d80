// Extractor: from a Document to dated, typed triples, with a rule pack.
//
//   kg::Result<kg::extract::RulePack> pack = kg::extract::LoadBuiltinRulePack("diplomacy");
//   auto extractor = kg::extract::Extractor::Create(*pack);
//   if (!extractor.ok()) return Fail(extractor.status());
//   std::vector<kg::Triple> triples;
//   (*extractor)->Extract(document, &triples);
//
// Per sentence: actor mentions are found (MentionFinder) and replaced by
// tokens; every rule runs over the marked sentence; each match gives one
// triple per (subject, object) pair of its placeholders. Then the cascade
// runs (FrameMatcher): tokens, chunks, and the pack's frames with its event
// lexicon; a frame's triples rank below a rule's of higher priority. A triple whose
// matched words negate it ("did not meet") is `negated`, one under a modal
// or condition ("could meet", "if ... meets") or only reported ("X
// reportedly met Y", "Kyodo reported that X met Y", "according to Kyodo,
// ...") `hypothetical`; both are left out unless Options::include_flagged.
// Within a sentence, the same (subject, object, relation) or (subject, object,
// category) is given once, by the rule of highest priority.
//
// Dates: the date mention of the sentence inside the match; else the
// sentence's frame date ("On 10 March 2023, ..."); else the last one before
// the match; else the first after it ("met 40 times from 2013 to 2025");
// else the lead date of the paragraph's latest dated sentence
// ("paragraph"); else the document's own date ("document"). A yearless date
// takes its year from the sentence, then the paragraph, then the section (see
// DateNormalizer).
//
// Thread safety: Extract() is const; one Extractor serves many threads.
#ifndef KG_EXTRACT_EXTRACTOR_H_
#define KG_EXTRACT_EXTRACTOR_H_

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "base/status.h"
#include "base/triple.h"
#include "extract/document.h"
#include "extract/gazetteer.h"
#include "extract/rule_pack.h"

namespace kg::extract {

struct ExtractorOptions {
  /// Keep negated and hypothetical triples (flagged in their fields).
  bool include_flagged = false;
  /// If set, receives, for every sentence with an actor, the lines: the
  /// sentence as the rules see it, mentions written as [type:Name]
  /// ("[person:Xi Jinping] met [country:Russia]"); its chunks ("chunks: [N
  /// Xi Jinping] [V met] [N Russia]"); and each frame that fired ("frame
  /// active: meet (040)"), for writing and debugging rules and frames
  /// (`kg extract --trace`).
  std::function<void(const std::string& marked)> trace;
};

class Extractor {
 public:
  /// Compiles the pack's gazetteer and rules; errors name the file, line
  /// and rule.
  static Result<std::unique_ptr<Extractor>> Create(
      const RulePack& pack, ExtractorOptions options = {});
  ~Extractor();
  Extractor(const Extractor&) = delete;
  Extractor& operator=(const Extractor&) = delete;

  /// Appends the triples of `doc` to *out, in text order.
  void Extract(const Document& doc, std::vector<Triple>* out) const;

  const Gazetteer& gazetteer() const;

 private:
  Extractor() = default;
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace kg::extract

#endif  // KG_EXTRACT_EXTRACTOR_H_
