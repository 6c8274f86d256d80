#include "export/internal/text_builder.h"

#include <doctest/doctest.h>

#include <cstdint>
#include <limits>
#include <string>

namespace kg::exporter::internal {
namespace {

TEST_CASE("TextBuilder: numbers, escaped text and doubles, in order") {
  TextBuilder b;
  b.Append("<a n=\"");
  b.AppendUnsigned(0);
  b.Append('/');
  b.AppendUnsigned(std::numeric_limits<uint64_t>::max());
  b.Append('/');
  b.AppendSigned(-42);
  b.Append('/');
  b.AppendSigned(std::numeric_limits<int64_t>::min());
  b.Append("\">");
  b.AppendXml("Tom & \"Jerry\"\r\x01 \xFF");
  b.Append('|');
  b.AppendDouble(0.1 + 0.2);
  b.Append('|');
  b.AppendDouble(std::numeric_limits<double>::quiet_NaN());
  b.Append('|');
  b.AppendDouble(1e-6);
  CHECK(b.text() ==
        "<a n=\"0/18446744073709551615/-42/-9223372036854775808\">"
        "Tom &amp; &quot;Jerry&quot;&#13; \xEF\xBF\xBD|0.30000000000000004|"
        "NaN|1e-06");
  b.clear();
  CHECK(b.text().empty());
  b.AppendUnsigned(7);
  CHECK(b.text() == "7");
}

}  // namespace
}  // namespace kg::exporter::internal
