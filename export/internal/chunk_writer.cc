#include "export/internal/chunk_writer.h"

#include <algorithm>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

namespace kg::exporter::internal {
namespace {

void Write(const TextBuilder& b, std::ostream& out) {
  out.write(b.text().data(), static_cast<std::streamsize>(b.text().size()));
}

}  // namespace

// Formatting is most of writing a large GraphML file and each item's text
// is independent of the others: helpers format chunks ahead while this
// thread writes the finished ones in order. A ring of 2 * threads slots
// bounds the memory; chunk k uses slot k % slots, so a helper waits for
// its slot to be written before it reuses it.
void WriteChunks(size_t count, size_t per_chunk, const ChunkFormatter& format,
                 std::ostream& out, unsigned threads) {
  if (count == 0) return;
  per_chunk = std::max<size_t>(per_chunk, 1);
  const size_t chunks = (count + per_chunk - 1) / per_chunk;
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  threads = static_cast<unsigned>(std::min<size_t>(threads, chunks));
  if (threads <= 1) {
    TextBuilder b;
    for (size_t k = 0; k < chunks; ++k) {
      b.clear();
      format(k * per_chunk, std::min(count, (k + 1) * per_chunk), b);
      Write(b, out);
    }
    return;
  }

  const size_t slots = 2 * static_cast<size_t>(threads);
  std::vector<TextBuilder> text(slots);
  std::vector<char> ready(slots, 0);  // slot k % slots holds chunk k
  std::mutex mu;
  std::condition_variable formatted, written;
  size_t next = 0;          // the next chunk to claim
  size_t written_upto = 0;  // chunks before it are written
  auto helper = [&] {
    for (;;) {
      size_t k;
      {
        std::unique_lock<std::mutex> lock(mu);
        if (next == chunks) return;
        k = next++;
        // Slot k % slots is free once chunk k - slots is written.
        written.wait(lock, [&] { return written_upto + slots > k; });
      }
      TextBuilder& b = text[k % slots];
      b.clear();
      format(k * per_chunk, std::min(count, (k + 1) * per_chunk), b);
      {
        std::lock_guard<std::mutex> lock(mu);
        ready[k % slots] = 1;
      }
      formatted.notify_all();
    }
  };
  std::vector<std::thread> pool;
  pool.reserve(threads);
  for (unsigned i = 0; i < threads; ++i) pool.emplace_back(helper);
  for (size_t k = 0; k < chunks; ++k) {
    {
      std::unique_lock<std::mutex> lock(mu);
      formatted.wait(lock, [&] { return ready[k % slots] != 0; });
    }
    Write(text[k % slots], out);
    {
      std::lock_guard<std::mutex> lock(mu);
      ready[k % slots] = 0;
      written_upto = k + 1;
    }
    written.notify_all();
  }
  for (std::thread& t : pool) t.join();
}

}  // namespace kg::exporter::internal
