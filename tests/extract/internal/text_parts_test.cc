#include "extract/internal/text_parts.h"

#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace kg::extract::internal {
namespace {

constexpr size_t k64K = 64 * 1024;

struct Part {
  size_t offset;
  std::string bytes;
};

// Every part of `input` read `part_bytes` at a time; checks that the parts
// are contiguous and together are the input.
std::vector<Part> Split(const std::string& input, size_t part_bytes) {
  std::istringstream in(input);
  TextParts parts(&in, part_bytes);
  std::vector<Part> out;
  std::string bytes = "stale";
  size_t offset = 12345;
  std::string joined;
  while (parts.Next(&bytes, &offset)) {
    CHECK(offset == joined.size());
    CHECK_FALSE(bytes.empty());
    joined += bytes;
    out.push_back({offset, bytes});
    REQUIRE(out.size() <= input.size());  // no endless loop
  }
  CHECK_FALSE(parts.failed());
  CHECK(joined == input);
  // The end is the end: Next() keeps returning false.
  CHECK_FALSE(parts.Next(&bytes, &offset));
  return out;
}

// The parts' bytes joined by "|", so that a failure shows the cuts.
std::string Cuts(const std::vector<Part>& parts) {
  std::string out;
  for (const Part& p : parts) out += (out.empty() ? "" : "|") + p.bytes;
  return out;
}

TEST_CASE("PartCut: after a blank line, else a line break, else a space") {
  struct Row {
    std::string_view name;
    std::string_view bytes;
    size_t cut;
  };
  const Row rows[] = {
      // The blank line wins over a later line break and a later space.
      {"blank line", "abcdef\nghij\n\nklm\nnop qr", 13},
      // Spaces, tabs and CRs on the blank line are still blank.
      {"blank line with white space", "abcdefgh\n \t\r\nij kl", 13},
      {"CRLF blank line", "abcdefgh\r\n\r\nij\r\nkl", 12},
      // Blank lines are only looked for in the last half of a short part.
      {"blank line too early", "ab\n\ncd ef\ngh", 10},
      {"line break", "abcdefgh ij\nklmno pq", 12},
      {"line break too early: space", "ab\ncdefghijklmn opq", 16},
      {"space", "abcdefghij klm nop", 15},
      {"ends with a space", "abcdefghij ", 11},
      // No place to cut in the last half: the whole part.
      {"space too early", "ab cdefghijklmnop", 17},
      {"nothing", "abcdefghijklmnop", 16},
      // Not inside a UTF-8 sequence: before the last (maybe incomplete)
      // character.
      {"incomplete 3-byte character", "abcdefghij\xE4\xB8\xAD\xE4\xB8", 13},
      {"complete 3-byte character", "abcdefghij\xE4\xB8\xAD", 10},
      {"2-byte characters", "\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3", 8},
      {"4-byte character", "abcdefgh\xF0\x9F\x98\x80", 8},
      {"lead byte last", "abcdefgh\xF0", 8},
  };
  for (const Row& r : rows) {
    CAPTURE(r.name);
    CHECK(PartCut(r.bytes) == r.cut);
  }
}

TEST_CASE("PartCut: a long part looks back 64 KiB, not half of it") {
  // 100 KiB: a blank line at 40000 is not in the last half but within the
  // last 64 KiB; after it, only spaces.
  std::string bytes(40000, 'a');
  bytes += "\n\n";
  while (bytes.size() < 100 * 1024) bytes += "word ";
  CHECK(PartCut(bytes) == 40002);

  // 200 KiB: a blank line at 100000 is in the last half but not within the
  // last 64 KiB: the last space instead.
  std::string far(100000, 'a');
  far += "\n\n";
  while (far.size() < 200 * 1024) far += "word ";
  far += "end";
  CHECK(PartCut(far) == far.size() - 3);

  // Just outside and just inside the 64 KiB window.
  std::string edge(100, 'a');
  edge += "\n\n";  // the second '\n' at 101
  edge += std::string(k64K - 1, 'b');
  CHECK(edge.size() - 101 == k64K);
  CHECK(PartCut(edge) == edge.size());  // nowhere to cut: all of it
  edge.pop_back();
  CHECK(PartCut(edge) == 102);

  // A long part without any space: cut before the last character.
  std::string chars;
  while (chars.size() < 70000) chars += "\xE4\xB8\xAD";
  CHECK(PartCut(chars) == chars.size() - 3);
}

TEST_CASE("TextParts: parts are cut after blank lines") {
  std::string input;
  for (int i = 0; i < 30; ++i)
    input += "Paragraph " + std::to_string(i) + " has a sentence.\n\n";
  const std::vector<Part> parts = Split(input, 100);
  REQUIRE(parts.size() > 5);
  for (size_t i = 0; i < parts.size(); ++i) {
    CAPTURE(i);
    CHECK(parts[i].bytes.size() <= 100);
    CHECK(parts[i].bytes.ends_with(".\n\n"));
    // Every part starts a paragraph.
    CHECK(parts[i].bytes.starts_with("Paragraph "));
    if (i + 1 < parts.size()) CHECK(parts[i].bytes.size() > 50);
  }
  // Each paragraph is 29 or 30 bytes: three fit in 100.
  CHECK(parts[0].bytes ==
        "Paragraph 0 has a sentence.\n\nParagraph 1 has a sentence.\n\n"
        "Paragraph 2 has a sentence.\n\n");
  CHECK(parts[1].offset == 87);
}

TEST_CASE("TextParts: without blank lines, lines, without lines, words") {
  // 14-byte lines, no blank line: cut after the last whole line.
  std::string lines;
  for (int i = 0; i < 10; ++i)
    lines += "line number " + std::to_string(i) + "\n";
  CHECK(Cuts(Split(lines, 40)) ==
        "line number 0\nline number 1\n|line number 2\nline number 3\n|"
        "line number 4\nline number 5\n|line number 6\nline number 7\n|"
        "line number 8\nline number 9\n");

  CHECK(Cuts(Split("one two three four five six seven", 12)) ==
        "one two |three four |five six |seven");

  // No space: 4 characters of 3 bytes in 10 bytes, cut before the 4th.
  std::string han;
  for (int i = 0; i < 7; ++i) han += "\xE4\xB8\xAD";
  CHECK(Cuts(Split(han, 10)) ==
        "\xE4\xB8\xAD\xE4\xB8\xAD\xE4\xB8\xAD|\xE4\xB8\xAD\xE4\xB8\xAD\xE4\xB8"
        "\xAD|\xE4\xB8\xAD");
}

TEST_CASE("TextParts: short, exact and empty inputs") {
  const std::string text = "Short text.\n\nTwo.";
  std::vector<Part> one = Split(text, 100);
  REQUIRE(one.size() == 1);
  CHECK(one[0].offset == 0);
  CHECK(one[0].bytes == text);

  // Exactly the part size: one part, not cut.
  one = Split(text, text.size());
  REQUIRE(one.size() == 1);
  CHECK(one[0].bytes == text);

  // One byte more than the part size: cut after the blank line.
  const std::vector<Part> two = Split(text, text.size() - 1);
  REQUIRE(two.size() == 2);
  CHECK(two[0].bytes == "Short text.\n\n");
  CHECK(two[1].offset == 13);
  CHECK(two[1].bytes == "Two.");

  std::istringstream empty("");
  TextParts none(&empty, 100);
  std::string bytes;
  size_t offset = 0;
  CHECK_FALSE(none.Next(&bytes, &offset));
  CHECK(bytes.empty());
  CHECK_FALSE(none.failed());
}

TEST_CASE("TextParts: a read error fails") {
  std::istringstream in("some text");
  in.setstate(std::ios::badbit);
  TextParts parts(&in, 100);
  std::string bytes;
  size_t offset = 0;
  CHECK_FALSE(parts.Next(&bytes, &offset));
  CHECK(parts.failed());
}

TEST_CASE("TextParts: bytes given ahead, any number, cut as if unread") {
  // A stream's first bytes read to tell its kind, then handed back: the
  // parts are those of the whole stream read from its start.
  std::string input;
  for (int i = 0; i < 40; ++i) input += "Para " + std::to_string(i) + ".\n\n";
  for (size_t ahead : {size_t{0}, size_t{5}, size_t{64}, size_t{200},
                       input.size()}) {
    CAPTURE(ahead);
    std::istringstream rest(input.substr(ahead));
    TextParts parts(&rest, 64, input.substr(0, ahead));
    std::vector<Part> got;
    std::string bytes;
    size_t offset = 0;
    while (parts.Next(&bytes, &offset)) got.push_back({offset, bytes});
    const std::vector<Part> want = Split(input, 64);
    REQUIRE(got.size() == want.size());
    for (size_t i = 0; i < got.size(); ++i) {
      CHECK(got[i].offset == want[i].offset);
      CHECK(got[i].bytes == want[i].bytes);
    }
  }
}

}  // namespace
}  // namespace kg::extract::internal
