#include "pipeline/graph_builder.h"

#include <optional>
#include <utility>

#include "pipeline/affiliations.h"
#include "pipeline/pack_loader.h"

namespace kg::pipeline {

Status BuildGraph(const std::vector<std::string>& inputs,
                  const BuildOptions& options, graph::KnowledgeGraph* g) {
  if (!options.affiliations) {
    // Also those a saved graph brought: the graph has none.
    Status s = LoadGraph(inputs, options.load, g);
    if (s.ok()) RemoveAffiliations(g);
    return s;
  }
  if (options.load.compiled_extractor != nullptr) {
    // The extractor's gazetteer is the pack's: no second compile.
    if (Status s = LoadGraph(inputs, options.load, g); !s.ok()) return s;
    AddAffiliations(options.load.compiled_extractor->gazetteer(), g);
    return Status::Ok();
  }
  // Affiliations need the pack whatever the inputs: load it once, for the
  // extractor too.
  LoadOptions load = options.load;
  std::optional<extract::RulePack> loaded;
  if (load.pack == nullptr) {
    Result<extract::RulePack> pack = LoadPack(load.rules);
    if (!pack.ok()) return pack.status();
    loaded = std::move(*pack);
    load.pack = &*loaded;
  }
  if (Status s = LoadGraph(inputs, load, g); !s.ok()) return s;
  Result<size_t> added = AddAffiliations(*load.pack, g);
  return added.ok() ? Status::Ok() : added.status();
}

}  // namespace kg::pipeline
