#include "export/internal/xml_text.h"

#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <string>
#include <string_view>

namespace kg::exporter::internal {
namespace {

struct EscapeCase {
  const char* what;
  std::string_view in;
  std::string_view out;
};

TEST_CASE(
    "XmlEscape: escapes markup, drops illegal characters, repairs UTF-8") {
  using namespace std::string_view_literals;
  const EscapeCase kCases[] = {
      {"empty", "", ""},
      {"plain ASCII", "Xi Jinping", "Xi Jinping"},
      {"the five markup characters", "a&b<c>d\"e'f",
       "a&amp;b&lt;c&gt;d&quot;e&apos;f"},
      {"already-escaped text is escaped again", "&amp;", "&amp;amp;"},
      {"backslashes stay", "C:\\path\\", "C:\\path\\"},
      {"tab and LF stay", "a\tb\nc", "a\tb\nc"},
      {"CR survives as a reference", "a\r\nb", "a&#13;\nb"},
      {"NUL is dropped", "a\0b"sv, "ab"},
      {"U+0001 is dropped", "a\001b", "ab"},
      {"U+001F and ESC are dropped", "\x1b[0m\x1f", "[0m"},
      {"DEL (U+007F) is legal", "a\x7f", "a\x7f"},
      {"2-byte UTF-8 stays", "Z\xc3\xbcrich", "Z\xc3\xbcrich"},
      {"Arabic (right-to-left) stays",
       "\xd9\x85\xd8\xb1\xd8\xad\xd8\xa8\xd8\xa7",
       "\xd9\x85\xd8\xb1\xd8\xad\xd8\xa8\xd8\xa7"},
      {"RLM mark stays", "\xe2\x80\x8f", "\xe2\x80\x8f"},
      {"emoji (4 bytes) stays", "\xf0\x9f\x98\x80!", "\xf0\x9f\x98\x80!"},
      {"U+FFFD stays", "\xef\xbf\xbd", "\xef\xbf\xbd"},
      {"U+FFFE is dropped",
       "a\xef\xbf\xbe"
       "b",
       "ab"},
      {"U+FFFF is dropped",
       "a\xef\xbf\xbf"
       "b",
       "ab"},
      {"U+10FFFF stays", "\xf4\x8f\xbf\xbf", "\xf4\x8f\xbf\xbf"},
      // Each bad byte is one U+FFFD, as kg's reader repairs text.
      {"a surrogate is three bad bytes",
       "a\xed\xa0\x80"
       "b",
       "a\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd"
       "b"},
      {"stray continuation byte",
       "a\x80"
       "b",
       "a\xef\xbf\xbd"
       "b"},
      {"Latin-1 byte", "Z\xfcrich", "Z\xef\xbf\xbdrich"},
      {"overlong '/'", "\xc0\xaf", "\xef\xbf\xbd\xef\xbf\xbd"},
      {"overlong 3-byte", "\xe0\x80\xaf",
       "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd"},
      {"truncated 3-byte is two bad bytes",
       "\xe2\x82"
       "a",
       "\xef\xbf\xbd\xef\xbf\xbd"
       "a"},
      {"truncated at the end", "a\xf0\x9f\x98", "a\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd"},
      {"above U+10FFFF", "\xf4\x90\x80\x80",
       "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd"},
      {"F5..FF", "\xf5\xff", "\xef\xbf\xbd\xef\xbf\xbd"},
  };
  for (const EscapeCase& c : kCases) {
    CAPTURE(c.what);
    CHECK(XmlEscape(c.in) == c.out);
    std::string appended = "kept ";
    AppendXmlEscaped(c.in, &appended);
    CHECK(appended == "kept " + std::string(c.out));
  }
}

// The GraphML writer escapes the pieces of a joined value ("a | b",
// "relation (date)") one at a time: that must give the bytes of escaping
// the joined string, whatever bad bytes end or start a piece.
TEST_CASE("AppendXmlEscaped: pieces joined by ASCII escape as the whole") {
  const std::string_view pieces[] = {
      "plain",     "a&b",          "tail \xe2\x82", "\x80\x80 head",
      "\xf0\x9f\x98", "\xc3",         "",               "\xef\xbf\xbe",
      "cr\r",      "\xf0\x9f\x98\x80"};
  for (std::string_view a : pieces)
    for (std::string_view b : pieces) {
      CAPTURE(a);
      CAPTURE(b);
      std::string joined(a);
      joined += " | ";
      joined += b;
      std::string apart;
      AppendXmlEscaped(a, &apart);
      apart += " | ";
      AppendXmlEscaped(b, &apart);
      CHECK(apart == XmlEscape(joined));
    }
}

struct DoubleCase {
  double in;
  const char* out;
};

TEST_CASE("FormatDouble: shortest decimal that round-trips") {
  const DoubleCase kCases[] = {
      {0.0, "0"},
      {-0.0, "-0"},
      {1.0, "1"},
      {0.8, "0.8"},
      {0.1 + 0.2, "0.30000000000000004"},
      {1234567.891, "1234567.891"},
      {123456789012.0, "123456789012"},
      {-2.5, "-2.5"},
      {1e-6, "1e-06"},
      {1e300, "1e+300"},
      {std::numeric_limits<double>::denorm_min(), "5e-324"},
      {std::numeric_limits<double>::infinity(), "INF"},
      {-std::numeric_limits<double>::infinity(), "-INF"},
      {std::numeric_limits<double>::quiet_NaN(), "NaN"},
  };
  for (const DoubleCase& c : kCases) {
    CAPTURE(c.out);
    CHECK(FormatDouble(c.in) == c.out);
  }
}

TEST_CASE("AppendFormattedDouble: appends FormatDouble's text") {
  std::string s = "w=";
  AppendFormattedDouble(0.8, &s);
  AppendFormattedDouble(-std::numeric_limits<double>::infinity(), &s);
  AppendFormattedDouble(1e-6, &s);
  CHECK(s == "w=0.8-INF1e-06");
}

TEST_CASE("FormatDouble: reads back exactly") {
  const double kValues[] = {0.8,           1.0 / 3, 1234567.891, 2.0 / 3 * 1e-9,
                            6.02214076e23, 0.95};
  for (double v : kValues) {
    const std::string s = FormatDouble(v);
    CAPTURE(s);
    CHECK(std::stod(s) == v);
  }
}

}  // namespace
}  // namespace kg::exporter::internal
