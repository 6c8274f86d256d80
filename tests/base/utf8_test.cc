#include "base/utf8.h"

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

namespace kg {
namespace {

constexpr std::string_view kFffd = "\xEF\xBF\xBD";

struct RepairCase {
  std::string_view name;
  std::string_view input;
  std::string expected;
  std::vector<size_t> replacements;
};

// `n` replacement characters.
std::string Fffd(int n = 1) {
  std::string out;
  for (int i = 0; i < n; ++i) out += kFffd;
  return out;
}

TEST_CASE("RepairUtf8: replaces each invalid byte by one U+FFFD") {
  const std::vector<RepairCase> cases = {
      {"ascii", "plain text", "plain text", {}},
      {"valid multi-byte",
       "\xC3\xA9 \xE4\xB8\xAD \xF0\x9F\x98\x80",
       "\xC3\xA9 \xE4\xB8\xAD \xF0\x9F\x98\x80",
       {}},
      {"U+FFFD in the input is valid", "a\xEF\xBF\xBD", "a\xEF\xBF\xBD", {}},
      {"stray continuation byte", "a\x80z", "a" + Fffd() + "z", {1}},
      {"bad lead C0", "a\xC0z", "a" + Fffd() + "z", {1}},
      {"bad lead F5", "\xF5z", Fffd() + "z", {0}},
      {"bad lead FF", "ab\xFF", "ab" + Fffd(), {2}},
      {"overlong 2-byte slash", "\xC0\xAF", Fffd(2), {0, 3}},
      {"overlong 3-byte", "x\xE0\x80\xAFy", "x" + Fffd(3) + "y", {1, 4, 7}},
      {"surrogate D800", "\xED\xA0\x80", Fffd(3), {0, 3, 6}},
      {"above U+10FFFF", "\xF4\x90\x80\x80", Fffd(4), {0, 3, 6, 9}},
      {"truncated at the end", "ab\xE4\xB8", "ab" + Fffd(2), {2, 5}},
      {"truncated before ASCII", "\xE4(", Fffd() + "(", {0}},
      {"truncated 4-byte before valid 2-byte",
       "\xF0\x9F\xC3\xA9",
       Fffd(2) + "\xC3\xA9",
       {0, 3}},
      {"largest valid code point", "\xF4\x8F\xBF\xBF", "\xF4\x8F\xBF\xBF", {}},
  };
  for (const RepairCase& c : cases) {
    CAPTURE(c.name);
    std::vector<size_t> replacements = {99};  // cleared first
    CHECK(RepairUtf8(c.input, &replacements) == c.expected);
    CHECK(replacements == c.replacements);
    CHECK(RepairUtf8(c.input, nullptr) == c.expected);
  }
}

TEST_CASE("OriginalOffset: each replacement before pos shifts it by 2") {
  // input "ab\xFF" "cd\xC3(\xE0\x80\x80z": original offsets 0..10.
  std::vector<size_t> replacements;
  const std::string text = RepairUtf8(
      "ab\xFF"
      "cd\xC3(\xE0\x80\x80z",
      &replacements);
  REQUIRE(replacements == std::vector<size_t>{2, 7, 11, 14, 17});
  REQUIRE(text.size() == 21);
  struct Row {
    size_t pos;
    size_t original;
  };
  const Row rows[] = {
      {0, 0},   {1, 1},   {2, 2},  {3, 2},  {4, 2},  // 'a' 'b' U+FFFD
      {5, 3},   {6, 4},                              // 'c' 'd'
      {7, 5},   {9, 5},   {10, 6},                   // U+FFFD '('
      {11, 7},  {14, 8},  {16, 8}, {17, 9},          // three U+FFFD
      {20, 10}, {21, 11},                            // 'z', the end
  };
  for (const Row& row : rows) {
    CAPTURE(row.pos);
    CHECK(OriginalOffset(replacements, row.pos) == row.original);
  }
  CHECK(OriginalOffset({}, 42) == 42);
}

TEST_CASE("InvalidUtf8Warning: names the first byte and counts the rest") {
  CHECK(InvalidUtf8Warning("a.txt", {5}) ==
        "a.txt: invalid UTF-8 at byte 5 replaced by U+FFFD");
  CHECK(InvalidUtf8Warning("a.txt", {5, 9, 12}) ==
        "a.txt: invalid UTF-8 at byte 5 replaced by U+FFFD (and 2 more)");
}

TEST_CASE("DecodeUtf8: one character, or one bad byte") {
  struct Row {
    std::string_view text;
    char32_t cp;
    size_t length;
    bool valid;
  };
  const Row rows[] = {
      {"A", U'A', 1, true},
      {"\xC5\x81", 0x141, 2, true},            // Ł
      {"\xE2\x82\xAC", 0x20AC, 3, true},       // €
      {"\xF0\x9F\x98\x80", 0x1F600, 4, true},  // an emoji
      {"\xEF\xBF\xBD", 0xFFFD, 3, true},       // U+FFFD as written
      {"\x80", 0xFFFD, 1, false},              // stray continuation
      {"\xC0\x80", 0xFFFD, 1, false},          // overlong NUL
      {"\xE0\x80\x80", 0xFFFD, 1, false},      // overlong
      {"\xED\xA0\x80", 0xFFFD, 1, false},      // a surrogate
      {"\xF4\x90\x80\x80", 0xFFFD, 1, false},  // above U+10FFFF
      {"\xE2\x82", 0xFFFD, 1, false},          // truncated
      {"\xFF", 0xFFFD, 1, false},
  };
  for (const Row& r : rows) {
    CAPTURE(r.text);
    const Utf8Char c = DecodeUtf8(r.text, 0);
    CHECK(c.cp == r.cp);
    CHECK(c.length == r.length);
    CHECK(c.valid == r.valid);
  }
  CHECK(DecodeUtf8Before("a\xC5\x81", 3) == 0x141);
  CHECK(DecodeUtf8Before("a\xC5\x81", 1) == U'a');
  CHECK(DecodeUtf8Before("a\x80", 2) == 0xFFFD);  // a stray byte ends it
  CHECK(DecodeUtf8Before("abc", 0) == 0);
  std::string out;
  for (char32_t cp :
       {U'a', char32_t{0x141}, char32_t{0x20AC}, char32_t{0x1F600}})
    AppendUtf8(cp, &out);
  CHECK(out == "a\xC5\x81\xE2\x82\xAC\xF0\x9F\x98\x80");
}

TEST_CASE("IsWordChar: letters, marks and digits of every script") {
  for (char32_t c :
       {U'a', U'Z', U'7', char32_t{0x141}, char32_t{0x17D}, char32_t{0x219},
        char32_t{0x0416}, char32_t{0x4E60}, char32_t{0x0301}, char32_t{0x0663}})
    CHECK(IsWordChar(c));
  for (char32_t c : {U' ', U'-', U'.', char32_t{0xA0}, char32_t{0x2019},
                     char32_t{0x20AC}, char32_t{0x3002}, char32_t{0x1F600},
                     char32_t{0xFFFD}, char32_t{0xFEFF}})
    CHECK_FALSE(IsWordChar(c));
}

}  // namespace
}  // namespace kg
