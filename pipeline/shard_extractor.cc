#include "pipeline/shard_extractor.h"

#include <utility>

#include "base/atomic_file.h"
#include "base/message_escape.h"
#include "base/triple_json.h"
#include "extract/document_reader.h"
#include "pipeline/parallel_extractor.h"

namespace kg::pipeline {

Status ExtractShard(const extract::Extractor& extractor,
                    std::vector<extract::InputSlice> slices,
                    const std::string& output, const ShardOptions& options,
                    ShardReport* report) {
  *report = ShardReport();
  extract::DocumentReader reader(
      std::move(slices), [report](const std::string& warning) {
        report->warnings.push_back(EscapeForMessage(warning));
      });
  if (options.keep_going)
    reader.KeepGoing([report](const Status& skipped) {
      report->skipped.push_back(EscapeForMessage(skipped.ToString()));
    });
  AtomicFile out(output);
  if (Status s = out.Open(); !s.ok()) return s;
  ParallelExtractor parallel(extractor, options.threads);
  parallel.set_progress([report](size_t bytes, size_t triples, bool fresh) {
    report->bytes += bytes;
    report->triples += triples;
    if (fresh) ++report->documents;
  });
  std::ostream& stream = out.stream();
  auto write = [&](std::string_view lines) {
    stream.write(lines.data(), static_cast<std::streamsize>(lines.size()));
    return stream ? Status::Ok() : out.WriteError();
  };
  Status s = parallel.Run(&reader, write);
  // Not committed on error: the destructor discards the temporary, so a
  // shard's file exists only when it is whole (a rerun trusts that).
  if (!s.ok()) return s;
  if (Status w = out.WriteError(); !w.ok()) return w;
  return out.Commit();
}

}  // namespace kg::pipeline
