#include "python/shard_bindings.h"

#include <pybind11/stl.h>

#include <cerrno>
#include <fstream>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "base/atomic_file.h"
#include "base/message_escape.h"
#include "export/graph_format.h"
#include "extract/extractor.h"
#include "pipeline/pack_loader.h"
#include "pipeline/shard_extractor.h"
#include "pipeline/shard_plan.h"
#include "python/pack_cache.h"
#include "python/status_error.h"

namespace py = pybind11;

namespace kg::python {
namespace {

using extract::InputSlice;

py::dict SliceToDict(const InputSlice& slice) {
  py::dict d;
  d["path"] = slice.path;
  d["file"] = slice.file;
  d["listed"] = slice.listed;
  d["range"] = slice.range;
  d["begin"] = slice.begin;
  d["end"] = slice.end;
  d["first_line"] = slice.first_line;
  d["text_range"] = slice.text_range;
  py::dict carry;
  carry["title"] = slice.carry.title;
  py::list open;
  for (const extract::Section& section : slice.carry.open) {
    py::dict s;
    s["level"] = section.level;
    s["title"] = section.title;
    s["path"] = section.path;
    open.append(s);
  }
  carry["open"] = open;
  carry["title_index"] = slice.carry.title_index;
  carry["title_seen"] = slice.carry.title_seen;
  d["carry"] = carry;
  return d;
}

// Dask hands the slices back as it got them; a missing key is a mistake
// of the caller's, said in its own words.
InputSlice SliceFromDict(const py::dict& d) {
  if (!d.contains("path"))
    throw py::value_error("a slice needs \"path\"");
  InputSlice slice;
  slice.path = d["path"].cast<std::string>();
  if (d.contains("file")) slice.file = d["file"].cast<std::string>();
  if (d.contains("listed")) slice.listed = d["listed"].cast<bool>();
  if (d.contains("range")) slice.range = d["range"].cast<bool>();
  if (d.contains("begin")) slice.begin = d["begin"].cast<uint64_t>();
  if (d.contains("end")) slice.end = d["end"].cast<uint64_t>();
  if (d.contains("first_line"))
    slice.first_line = d["first_line"].cast<size_t>();
  if (d.contains("text_range")) slice.text_range = d["text_range"].cast<bool>();
  if (d.contains("carry")) {
    const py::dict carry = d["carry"].cast<py::dict>();
    if (carry.contains("title"))
      slice.carry.title = carry["title"].cast<std::string>();
    if (carry.contains("title_index"))
      slice.carry.title_index = carry["title_index"].cast<int>();
    if (carry.contains("title_seen"))
      slice.carry.title_seen = carry["title_seen"].cast<bool>();
    if (carry.contains("open")) {
      for (const py::handle& h : carry["open"].cast<py::list>()) {
        const py::dict s = h.cast<py::dict>();
        extract::Section section;
        section.level = s["level"].cast<int>();
        section.title = s["title"].cast<std::string>();
        section.path = s["path"].cast<std::vector<std::string>>();
        slice.carry.open.push_back(std::move(section));
      }
    }
  }
  if ((slice.range || slice.text_range) && slice.end < slice.begin)
    throw py::value_error("a range slice needs begin <= end");
  if (slice.range && slice.first_line == 0)
    throw py::value_error("a line range needs first_line >= 1");
  return slice;
}

py::dict PlanShardsPy(const std::vector<std::string>& inputs,
                      uint64_t shard_bytes, bool build, bool keep_going,
                      const std::vector<std::string>& exclude) {
  std::vector<std::string> warnings;
  std::vector<std::string> skipped;
  pipeline::ShardPlanOptions options;
  options.shard_bytes = shard_bytes;
  options.for_build = build;
  options.exclude = exclude;
  options.reporter = [&](const std::string& w) {
    warnings.push_back(EscapeForMessage(w));
  };
  if (keep_going)
    options.skip = [&](const Status& s) {
      skipped.push_back(EscapeForMessage(s.ToString()));
    };
  std::optional<Result<pipeline::ShardPlan>> planned;
  {
    py::gil_scoped_release release;
    planned.emplace(pipeline::PlanShards(inputs, options));
  }
  Result<pipeline::ShardPlan>& plan = *planned;
  ThrowIfError(plan.status());
  py::list shards;
  for (const pipeline::Shard& shard : plan->shards) {
    py::list slices;
    for (const InputSlice& slice : shard.slices)
      slices.append(SliceToDict(slice));
    py::dict d;
    d["bytes"] = shard.bytes;
    d["slices"] = slices;
    shards.append(d);
  }
  py::list steps;
  for (const pipeline::MergeStep& step : plan->steps) {
    py::dict d;
    if (step.shard != pipeline::MergeStep::kNoShard) {
      d["shard"] = step.shard;
    } else {
      d["kg_output"] = step.kg_output;
      d["kind"] = step.kind == extract::ContentKind::kGraphFile ? "graph"
                                                               : "triples";
    }
    steps.append(d);
  }
  py::dict result;
  result["shards"] = shards;
  result["steps"] = steps;
  result["warnings"] = warnings;
  result["skipped"] = skipped;
  return result;
}

py::dict ExtractShardPy(const py::list& slice_dicts, const std::string& output,
                        const std::string& rules, bool include_flagged,
                        unsigned threads, bool keep_going,
                        const std::string& pack_key) {
  std::vector<InputSlice> slices;
  for (const py::handle& h : slice_dicts)
    slices.push_back(SliceFromDict(h.cast<py::dict>()));
  pipeline::ShardReport report;
  Status s;
  {
    py::gil_scoped_release release;
    // Compiled outside the GIL too: it takes a while, and Dask's own
    // threads on the worker keep talking to the scheduler meanwhile. Once
    // a worker process, per content of the pack's files (`pack_key`).
    Result<const CompiledPack*> pack =
        CachedPack(rules, include_flagged, pack_key);
    s = !pack.ok() ? pack.status()
                   : pipeline::ExtractShard(*(*pack)->extractor,
                                            std::move(slices), output,
                                            {.threads = threads,
                                             .keep_going = keep_going},
                                            &report);
  }
  ThrowIfError(s);
  py::dict result;
  result["documents"] = report.documents;
  result["triples"] = report.triples;
  result["bytes"] = report.bytes;
  result["warnings"] = report.warnings;
  result["skipped"] = report.skipped;
  return result;
}

uint64_t ConcatenateFilesPy(const std::vector<std::string>& paths,
                            const std::string& output) {
  Status s;
  uint64_t total = 0;
  {
    py::gil_scoped_release release;
    AtomicFile out(output);
    s = out.Open();
    std::vector<char> buffer(size_t{1} << 20);
    for (size_t i = 0; s.ok() && i < paths.size(); ++i) {
      std::ifstream in(paths[i], std::ios::binary);
      if (!in) {
        s = Status::FromErrno(paths[i], errno);
        break;
      }
      while (in) {
        in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
        const std::streamsize n = in.gcount();
        if (n <= 0) break;
        out.stream().write(buffer.data(), n);
        total += static_cast<uint64_t>(n);
      }
      if (in.bad()) s = Status::FromErrno(paths[i], errno);
    }
    if (s.ok()) s = out.WriteError();
    if (s.ok()) s = out.Commit();
  }
  ThrowIfError(s);
  return total;
}

std::vector<std::string> GraphOutputsPy(const std::string& output,
                                        const std::string& format) {
  Result<std::string> chosen =
      exporter::ChooseGraphFormat(output, format, "--format");
  ThrowIfError(chosen.status());
  return exporter::GraphFormatFiles(output, *chosen);
}

std::vector<std::string> RulePackFilesPy(const std::string& rules) {
  Result<extract::RulePack> pack = pipeline::LoadPack(rules);
  ThrowIfError(pack.status());
  return pack->files;
}

}  // namespace

void BindShards(py::module_& m) {
  m.def("plan_shards", &PlanShardsPy, py::arg("inputs"),
        py::arg("shard_bytes") = uint64_t{64} << 20, py::arg("build") = false,
        py::arg("keep_going") = false,
        py::arg("exclude") = std::vector<std::string>{},
        "Cuts inputs into shards (lists of slices) of about shard_bytes, in "
        "the order kg reads them; build=True adds kg build's kg outputs as "
        "merge steps.");
  m.def("extract_shard", &ExtractShardPy, py::arg("slices"), py::arg("output"),
        py::arg("rules") = "", py::arg("include_flagged") = false,
        py::arg("threads") = 1, py::arg("keep_going") = false,
        py::arg("pack_key") = "",
        "Extracts one shard's slices to `output` (JSON Lines triples, "
        "written whole or not at all); returns counts and warnings.");
  m.def("concatenate_files", &ConcatenateFilesPy, py::arg("paths"),
        py::arg("output"),
        "Writes the files' bytes in order to `output`, whole or not at all.");
  m.def("graph_outputs", &GraphOutputsPy, py::arg("output"),
        py::arg("format") = "",
        "The files `kg build -o output [--format format]` writes (two for "
        "csv); kg.KgError for an unknown format.");
  m.def("rule_pack_files", &RulePackFilesPy, py::arg("rules"),
        "Every file the rule pack `rules` reads (none for a built-in pack).");
}

}  // namespace kg::python
