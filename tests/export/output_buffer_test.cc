#include "export/internal/output_buffer.h"

#include <doctest/doctest.h>

#include <cstdint>
#include <limits>
#include <sstream>
#include <string>

namespace kg::exporter::internal {
namespace {

TEST_CASE("OutputBuffer: the stream gets the pieces, in order, once flushed") {
  std::ostringstream out;
  {
    OutputBuffer buf(out);
    buf.Append("<a n=\"");
    buf.AppendUnsigned(0);
    buf.Append('/');
    buf.AppendUnsigned(std::numeric_limits<uint64_t>::max());
    buf.Append('/');
    buf.AppendSigned(-42);
    buf.Append('/');
    buf.AppendSigned(std::numeric_limits<int64_t>::min());
    buf.Append("\">");
    buf.AppendXml("Tom & \"Jerry\"\r\x01");
    buf.Append('|');
    buf.AppendDouble(0.1 + 0.2);
    buf.Append('|');
    buf.AppendDouble(std::numeric_limits<double>::quiet_NaN());
    CHECK(out.str().empty());  // gathered, not yet written
    buf.Flush();
    CHECK(out.str() ==
          "<a n=\"0/18446744073709551615/-42/-9223372036854775808\">"
          "Tom &amp; &quot;Jerry&quot;&#13;|0.30000000000000004|NaN");
    buf.Append("</a>");
  }  // the destructor flushes the rest
  CHECK(out.str().ends_with("|NaN</a>"));
}

TEST_CASE("OutputBuffer: output larger than the buffer arrives whole") {
  std::ostringstream out;
  std::string expected;
  {
    OutputBuffer buf(out);
    for (uint64_t i = 0; i < 300000; ++i) {
      buf.Append("<n>");
      buf.AppendUnsigned(i);
      buf.AppendXml(i % 7 == 0 ? "<&>" : "ok");
      expected += "<n>" + std::to_string(i) +
                  (i % 7 == 0 ? "&lt;&amp;&gt;" : "ok");
    }
    // More than the 1 MiB it holds has been written already.
    CHECK(out.str().size() >= (1u << 20));
  }
  CHECK(out.str() == expected);
}

}  // namespace
}  // namespace kg::exporter::internal
