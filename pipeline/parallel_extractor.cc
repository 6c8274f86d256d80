#include "pipeline/parallel_extractor.h"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <map>
#include <mutex>
#include <thread>
#include <utility>

#include "base/triple_json.h"

namespace kg::pipeline {
namespace {

using extract::Document;

// The documents handed to the workers and the results handed back, by
// sequence number.
template <typename Batch>
struct Exchange {
  std::mutex mu;
  std::condition_variable work_ready;  // a document queued, or closing
  std::condition_variable result_ready;
  std::deque<std::pair<size_t, Document>> queue;
  std::map<size_t, Batch> results;
  bool closing = false;
};

}  // namespace

ParallelExtractor::ParallelExtractor(const extract::Extractor& extractor,
                                     unsigned threads)
    : extractor_(extractor),
      threads_(threads != 0
                   ? threads
                   : std::max(1u, std::thread::hardware_concurrency())) {}

Status ParallelExtractor::Run(extract::DocumentReader* reader,
                              const Writer& write) const {
  return RunBatches(reader, /*as_lines=*/true,
                    [&](Batch& b) { return write(b.lines); });
}

Status ParallelExtractor::RunTriples(extract::DocumentReader* reader,
                                     const TripleSink& sink) const {
  return RunBatches(reader, /*as_lines=*/false,
                    [&](Batch& b) { return sink(b.triples); });
}

Status ParallelExtractor::RunBatches(extract::DocumentReader* reader,
                                     bool as_lines,
                                     const BatchSink& to_sink) const {
  const BatchSink sink = [&](Batch& b) {
    Status s = to_sink(b);
    if (s.ok() && progress_) progress_(b.bytes, b.count, b.new_document);
    return s;
  };
  // One document's batch, made on a worker so that formatting runs in
  // parallel too.
  auto extract = [&](const Document& doc) {
    Batch b;
    extractor_.Extract(doc, &b.triples);
    b.bytes = doc.text.size();
    b.count = b.triples.size();
    b.new_document = doc.part_offset == 0;
    if (as_lines) {
      for (const Triple& t : b.triples) {
        AppendJsonLine(t, &b.lines);
        b.lines += '\n';
      }
      b.triples.clear();
    }
    return b;
  };
  Document doc;
  Status read;
  if (threads_ == 1) {
    while (reader->Next(&doc, &read)) {
      Batch b = extract(doc);
      if (Status s = sink(b); !s.ok()) return s;
    }
    return read;
  }

  Exchange<Batch> x;
  auto work = [&] {
    for (;;) {
      std::pair<size_t, Document> job;
      {
        std::unique_lock lock(x.mu);
        x.work_ready.wait(lock, [&] { return !x.queue.empty() || x.closing; });
        if (x.queue.empty()) return;
        job = std::move(x.queue.front());
        x.queue.pop_front();
      }
      Batch b = extract(job.second);
      job.second = Document();  // free the text before waiting for more
      {
        std::lock_guard lock(x.mu);
        x.results.emplace(job.first, std::move(b));
      }
      x.result_ready.notify_all();
    }
  };
  std::vector<std::thread> workers;
  for (unsigned i = 0; i < threads_; ++i) workers.emplace_back(work);
  const size_t max_in_flight = 2 * size_t{threads_};
  size_t next_read = 0, next_write = 0;
  Status written;
  // Hands on results in order; waits for the next one while `must_wait`
  // says too many documents are in flight.
  auto drain = [&](auto must_wait) {
    std::unique_lock lock(x.mu);
    while (written.ok() && next_write < next_read) {
      auto it = x.results.find(next_write);
      if (it == x.results.end()) {
        if (!must_wait()) return;
        x.result_ready.wait(lock);
        continue;
      }
      Batch b = std::move(it->second);
      x.results.erase(it);
      lock.unlock();
      written = sink(b);
      ++next_write;
      lock.lock();
    }
  };
  while (written.ok() && reader->Next(&doc, &read)) {
    {
      std::lock_guard lock(x.mu);
      x.queue.emplace_back(next_read++, std::move(doc));
    }
    x.work_ready.notify_one();
    drain([&] { return next_read - next_write >= max_in_flight; });
  }
  drain([] { return true; });
  {
    std::lock_guard lock(x.mu);
    x.closing = true;
    x.queue.clear();  // after a write error: nothing more to do
  }
  x.work_ready.notify_all();
  for (auto& w : workers) w.join();
  return written.ok() ? read : written;
}

}  // namespace kg::pipeline
