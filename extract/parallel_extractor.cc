#include "extract/parallel_extractor.h"

#include <condition_variable>
#include <deque>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "extract/triple.h"

namespace kg::extract {
namespace {

// The triples of one document as JSON Lines, built on the worker so that
// formatting runs in parallel too.
std::string ExtractLines(const Extractor& extractor, const Document& doc) {
  std::vector<Triple> triples;
  extractor.Extract(doc, &triples);
  std::string lines;
  for (const auto& t : triples) {
    lines += ToJsonLine(t);
    lines += '\n';
  }
  return lines;
}

// The documents handed to the workers and the results handed back, by
// sequence number.
struct Exchange {
  std::mutex mu;
  std::condition_variable work_ready;  // a document queued, or closing
  std::condition_variable result_ready;
  std::deque<std::pair<size_t, Document>> queue;
  std::map<size_t, std::string> results;
  bool closing = false;
};

void Work(const Extractor& extractor, Exchange* x) {
  for (;;) {
    std::pair<size_t, Document> job;
    {
      std::unique_lock lock(x->mu);
      x->work_ready.wait(lock, [x] { return !x->queue.empty() || x->closing; });
      if (x->queue.empty()) return;
      job = std::move(x->queue.front());
      x->queue.pop_front();
    }
    std::string lines = ExtractLines(extractor, job.second);
    job.second = Document();  // free the text before waiting for more
    {
      std::lock_guard lock(x->mu);
      x->results.emplace(job.first, std::move(lines));
    }
    x->result_ready.notify_all();
  }
}

}  // namespace

ParallelExtractor::ParallelExtractor(const Extractor& extractor,
                                     unsigned threads)
    : extractor_(extractor),
      threads_(threads != 0
                   ? threads
                   : std::max(1u, std::thread::hardware_concurrency())) {}

Status ParallelExtractor::Run(DocumentReader* reader,
                              const Writer& write) const {
  Document doc;
  Status read;
  if (threads_ == 1) {
    while (reader->Next(&doc, &read)) {
      if (Status s = write(ExtractLines(extractor_, doc)); !s.ok()) return s;
    }
    return read;
  }

  Exchange x;
  std::vector<std::thread> workers;
  for (unsigned i = 0; i < threads_; ++i)
    workers.emplace_back(Work, std::cref(extractor_), &x);
  const size_t max_in_flight = 2 * size_t{threads_};
  size_t next_read = 0, next_write = 0;
  Status written;
  // Writes results in order; waits for the next one while `must_wait`
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
      std::string lines = std::move(it->second);
      x.results.erase(it);
      lock.unlock();
      written = write(lines);
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

}  // namespace kg::extract
