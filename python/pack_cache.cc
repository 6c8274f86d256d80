#include "python/pack_cache.h"

#include <map>
#include <mutex>
#include <tuple>
#include <utility>

#include "pipeline/pack_loader.h"

namespace kg::python {

Result<const CompiledPack*> CachedPack(const std::string& spec,
                                       bool include_flagged,
                                       const std::string& version) {
  // Never destroyed: extractors may still be in use by threads while the
  // interpreter shuts down.
  static std::mutex* mutex = new std::mutex;
  static auto* cache =
      new std::map<std::tuple<std::string, bool, std::string>,
                   std::unique_ptr<CompiledPack>>;
  // One lock for all: compiling two packs at once would only share the
  // cores, and the same pack must not be compiled twice.
  std::lock_guard<std::mutex> lock(*mutex);
  const auto key = std::make_tuple(spec, include_flagged, version);
  if (auto it = cache->find(key); it != cache->end()) return it->second.get();
  Result<extract::RulePack> pack = pipeline::LoadPack(spec);
  if (!pack.ok()) return pack.status();
  auto compiled = std::make_unique<CompiledPack>();
  compiled->pack = std::move(*pack);
  extract::ExtractorOptions options;
  options.include_flagged = include_flagged;
  auto extractor = extract::Extractor::Create(compiled->pack, options);
  if (!extractor.ok()) return extractor.status();
  compiled->extractor = std::move(*extractor);
  const CompiledPack* out = compiled.get();
  cache->emplace(key, std::move(compiled));
  return out;
}

}  // namespace kg::python
