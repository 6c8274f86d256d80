#include "python/extract_bindings.h"

#include <pybind11/stl.h>

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "extract/document_reader.h"
#include "extract/text_document.h"
#include "pipeline/parallel_extractor.h"
#include "python/kg_warnings.h"
#include "python/pack_cache.h"
#include "python/status_error.h"
#include "python/triple_dict.h"

namespace py = pybind11;

namespace kg::python {
namespace {

// What a pybind11 function returns with the GIL: the triples as dicts.
py::list TripleDicts(const std::vector<Triple>& triples) {
  py::list out;
  for (const Triple& t : triples) out.append(TripleDict(t));
  return out;
}

// `kg extract`'s run (cli/extract_commands.cc), collecting the triples:
// the pack first, then a look at the inputs, then every document.
Status ExtractAll(const std::vector<std::string>& paths, const std::string& rules,
                  unsigned threads, bool include_flagged,
                  const WarningList& warnings, std::vector<Triple>* out) {
  Result<const CompiledPack*> pack = CachedPack(rules, include_flagged);
  if (!pack.ok()) return pack.status();
  extract::DocumentReader reader(paths, warnings.Reporter());
  if (Status read; !reader.Peek(&read)) return read;
  pipeline::ParallelExtractor parallel(*(*pack)->extractor, threads);
  return parallel.RunTriples(&reader, [out](std::vector<Triple>& triples) {
    for (Triple& t : triples) out->push_back(std::move(t));
    return Status::Ok();
  });
}

py::list ExtractFile(const std::vector<std::string>& paths,
                     const std::string& rules, unsigned threads,
                     bool include_flagged) {
  WarningList warnings;
  std::vector<Triple> triples;
  Status s;
  {
    py::gil_scoped_release release;
    s = ExtractAll(paths, rules, threads, include_flagged, warnings, &triples);
  }
  warnings.Emit();
  ThrowIfError(s);
  return TripleDicts(triples);
}

py::list ExtractText(const std::string& text, const std::string& doc,
                     const std::string& date, const std::string& title,
                     const std::string& rules, bool include_flagged) {
  extract::TextDocumentFields fields;
  fields.id = doc;
  fields.title = title;
  fields.date = date;
  std::vector<Triple> triples;
  Status s;
  {
    py::gil_scoped_release release;
    s = [&]() -> Status {
      Result<extract::Document> document =
          extract::TextDocument(text, fields, "date");
      if (!document.ok()) return document.status();
      Result<const CompiledPack*> pack = CachedPack(rules, include_flagged);
      if (!pack.ok()) return pack.status();
      (*pack)->extractor->Extract(*document, &triples);
      return Status::Ok();
    }();
  }
  ThrowIfError(s);
  return TripleDicts(triples);
}

// The iterator form: a thread runs the ParallelExtractor and hands each
// document's triples through a queue of at most kQueuedDocuments; the
// Python side takes them one by one. When the queue is full the thread
// waits, so memory stays that queue plus the extractor's 2 x threads
// documents, however long the input. Dropping the iterator early stops
// the thread.
class TripleStream {
 public:
  static constexpr size_t kQueuedDocuments = 8;

  TripleStream(std::vector<std::string> paths, std::string rules,
               unsigned threads, bool include_flagged) {
    // The pack before the thread: its error is the constructor's, as
    // extract_file raises it at once.
    Result<const CompiledPack*> pack = [&] {
      py::gil_scoped_release release;
      return CachedPack(rules, include_flagged);
    }();
    ThrowIfError(pack.status());
    const extract::Extractor* extractor = (*pack)->extractor.get();
    worker_ = std::thread([this, paths = std::move(paths), extractor, threads,
                           reporter = warnings_.Reporter()] {
      Status s = Produce(paths, *extractor, threads, reporter);
      std::lock_guard<std::mutex> lock(mutex_);
      done_ = true;
      status_ = s;
      ready_.notify_all();
    });
  }

  ~TripleStream() {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      cancelled_ = true;
      room_.notify_all();
    }
    if (worker_.joinable()) {
      py::gil_scoped_release release;
      worker_.join();
    }
  }

  py::dict Next() {
    while (next_ == current_.size()) {
      current_.clear();
      next_ = 0;
      std::optional<std::vector<Triple>> batch;
      Status s;
      {
        py::gil_scoped_release release;
        std::unique_lock<std::mutex> lock(mutex_);
        ready_.wait(lock, [this] { return !queue_.empty() || done_; });
        if (!queue_.empty()) {
          batch = std::move(queue_.front());
          queue_.pop_front();
          room_.notify_all();
        } else if (!finished_) {
          finished_ = true;  // the error is raised once, then StopIteration
          s = status_;
        }
      }
      warnings_.Emit();
      ThrowIfError(s);
      if (!batch) throw py::stop_iteration();
      current_ = std::move(*batch);
    }
    return TripleDict(current_[next_++]);
  }

 private:
  Status Produce(const std::vector<std::string>& paths,
                 const extract::Extractor& extractor, unsigned threads,
                 const extract::Reporter& reporter) {
    extract::DocumentReader reader(paths, reporter);
    if (Status read; !reader.Peek(&read)) return read;
    pipeline::ParallelExtractor parallel(extractor, threads);
    return parallel.RunTriples(&reader, [this](std::vector<Triple>& triples) {
      if (triples.empty()) return Status::Ok();
      std::unique_lock<std::mutex> lock(mutex_);
      room_.wait(lock, [this] {
        return queue_.size() < kQueuedDocuments || cancelled_;
      });
      // Nobody will read on: stop the run (the status is never raised).
      if (cancelled_) return Status::Internal("iter_extract_file", "cancelled");
      queue_.push_back(std::move(triples));
      ready_.notify_all();
      return Status::Ok();
    });
  }

  WarningList warnings_;
  std::mutex mutex_;
  std::condition_variable ready_, room_;
  std::deque<std::vector<Triple>> queue_;
  bool done_ = false, cancelled_ = false, finished_ = false;
  Status status_;
  std::thread worker_;
  // Python's side: the batch being handed out.
  std::vector<Triple> current_;
  size_t next_ = 0;
};

}  // namespace

void BindExtract(py::module_& m) {
  m.def("extract_file", &ExtractFile, py::arg("paths"), py::arg("rules"),
        py::arg("threads"), py::arg("include_flagged"),
        "The triples of files, folders and JSON Lines, as `kg extract` reads them.");
  m.def("extract_text", &ExtractText, py::arg("text"), py::arg("doc"),
        py::arg("date"), py::arg("title"), py::arg("rules"),
        py::arg("include_flagged"),
        "The triples of one text, as `kg extract` gives them for the JSON "
        "Lines record {\"id\": doc, \"text\": text, \"title\"?, \"date\"?}.");
  py::class_<TripleStream>(m, "TripleStream",
                           "Triples as they are extracted: an iterator of dicts.")
      .def("__iter__", [](py::object self) { return self; })
      .def("__next__", &TripleStream::Next);
  m.def(
      "iter_extract_file",
      [](std::vector<std::string> paths, std::string rules, unsigned threads,
         bool include_flagged) {
        return std::make_unique<TripleStream>(std::move(paths), std::move(rules),
                                              threads, include_flagged);
      },
      py::arg("paths"), py::arg("rules"), py::arg("threads"),
      py::arg("include_flagged"),
      "extract_file's triples as an iterator, extracted as it is consumed.");
}

}  // namespace kg::python
