#include "export/internal/chunk_writer.h"

#include <doctest/doctest.h>

#include <atomic>
#include <sstream>
#include <string>
#include <thread>

namespace kg::exporter::internal {
namespace {

// Item i's text: its number and, for some, a longer tail, so that chunks
// differ in size and finish out of order.
void Item(size_t i, TextBuilder& b) {
  b.Append('<');
  b.AppendUnsigned(i);
  if (i % 5 == 0) b.Append(std::string(200 + i % 997, 'x'));
  b.Append(">\n");
}

std::string Expected(size_t count) {
  TextBuilder b;
  for (size_t i = 0; i < count; ++i) Item(i, b);
  return b.text();
}

TEST_CASE("WriteChunks: the items in order, for any threads and chunk size") {
  struct Row {
    size_t count, per_chunk;
    unsigned threads;
  };
  const Row rows[] = {{0, 10, 4},    {1, 10, 4},    {10, 10, 3},
                      {11, 10, 3},   {1000, 1, 8},  {1000, 7, 2},
                      {5000, 64, 1}, {5000, 64, 0}, {20000, 333, 16},
                      {3, 0, 2}};
  for (const Row& r : rows) {
    CAPTURE(r.count);
    CAPTURE(r.per_chunk);
    CAPTURE(r.threads);
    std::ostringstream out;
    std::atomic<size_t> calls{0};
    WriteChunks(
        r.count, r.per_chunk,
        [&](size_t begin, size_t end, TextBuilder& b) {
          ++calls;
          for (size_t i = begin; i < end; ++i) Item(i, b);
        },
        out, r.threads);
    CHECK(out.str() == Expected(r.count));
    const size_t per = r.per_chunk == 0 ? 1 : r.per_chunk;
    CHECK(calls == (r.count + per - 1) / per);
  }
}

TEST_CASE("WriteChunks: chunks are formatted on several threads") {
  std::ostringstream out;
  std::atomic<int> inside{0}, most{0};
  WriteChunks(
      64, 1,
      [&](size_t begin, size_t, TextBuilder& b) {
        const int now = ++inside;
        for (int seen = most; now > seen && !most.compare_exchange_weak(seen, now);) {
        }
        // Stay a while, so that the other thread comes in meanwhile.
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
        b.AppendUnsigned(begin);
        b.Append(',');
        --inside;
      },
      out, 4);
  std::string expected;
  for (int i = 0; i < 64; ++i) expected += std::to_string(i) + ",";
  CHECK(out.str() == expected);
  CHECK(most > 1);
}

}  // namespace
}  // namespace kg::exporter::internal
