// CachedPack: the rule packs of the Python module, loaded and compiled once
// per process for each (spec, include_flagged): compiling a pack's
// gazetteer and rules is most of an extraction's start-up, and a notebook
// calls kg.extract_text many times.
//
//   const kg::python::CompiledPack& p = kg::python::CachedPack("diplomacy", false);
//   p.extractor->Extract(doc, &triples);     // Extract() is const: any thread
//
// Thread-safe: a second caller of the same key waits for the first one's
// compile. Call it with the GIL released (it may compile for seconds).
// Errors (a pack that does not load or compile) are returned, not cached:
// a pack file fixed on disk is read again. A pack file changed after it
// was cached is not, unless the caller says so through `version` (kg-dask
// passes a hash of the pack's files: a cluster's workers outlive runs, and
// a changed pack file is then read and compiled again).
#ifndef KG_PYTHON_PACK_CACHE_H_
#define KG_PYTHON_PACK_CACHE_H_

#include <memory>
#include <string>

#include "base/status.h"
#include "extract/extractor.h"
#include "extract/rule_pack.h"

namespace kg::python {

struct CompiledPack {
  extract::RulePack pack;
  std::unique_ptr<extract::Extractor> extractor;  ///< of `pack`
};

/// The pack `spec` names (pipeline::LoadPack: a file, else a built-in
/// name; "" the default), with an extractor that keeps negated and
/// hypothetical triples iff include_flagged; `version` tells apart
/// contents of one pack file (any string; "" when the caller does not
/// know). The reference stays valid for the life of the process.
Result<const CompiledPack*> CachedPack(const std::string& spec,
                                       bool include_flagged,
                                       const std::string& version = "");

}  // namespace kg::python

#endif  // KG_PYTHON_PACK_CACHE_H_
