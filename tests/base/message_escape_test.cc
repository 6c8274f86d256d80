#include "base/message_escape.h"

#include <doctest/doctest.h>

#include <string>

namespace kg {
namespace {

TEST_CASE("EscapeForMessage: one printable line, ordinary text unchanged") {
  const struct {
    std::string in, out;
  } rows[] = {
      {"news/a.txt: no such file or directory",
       "news/a.txt: no such file or directory"},
      {"a\nb.txt", "a\\nb.txt"},
      {"a\rb\tc", "a\\rb\\tc"},
      {std::string("nul\0x", 5), "nul\\x00x"},
      {"bell\x07 del\x7F", "bell\\x07 del\\x7F"},
      {"\xFF.txt", "\\xFF.txt"},
      {"caf\xE9.txt", "caf\\xE9.txt"},         // Latin-1, not UTF-8
      {"\xE2\x82.txt", "\\xE2\\x82.txt"},      // a cut sequence
      {"caf\u00e9 \u0645\u0635\u0631 \U0001F600", "caf\u00e9 \u0645\u0635\u0631 \U0001F600"},
      {"C:\\path\\", "C:\\path\\"},  // backslashes stay
  };
  for (const auto& row : rows) {
    CAPTURE(row.in);
    CHECK(EscapeForMessage(row.in) == row.out);
  }
}

}  // namespace
}  // namespace kg
