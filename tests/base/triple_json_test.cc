#include "base/triple_json.h"

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <string>
#include <utility>
#include <vector>

namespace kg {
namespace {

TEST_CASE("Triple: ToJsonLine writes the fields in a fixed order") {
  Triple t;
  t.doc = "news.txt";
  t.subject = "Xi Jinping";
  t.object = "Tô Lâm";
  t.subject_id = "xi-jinping";
  t.object_id = "to-lam";
  t.subject_type = "person";
  t.object_type = "person";
  t.subject_code = "CHNGOV";
  t.object_code = "VNMGOV";
  t.subject_text = "He";
  t.object_text = "Tô Lâm";
  t.relation = "meet";
  t.category = "04";
  t.quad_class = 1;
  t.date = "2025-04-14";
  t.date_source = DateSource::kParagraph;
  t.symmetric = true;
  t.section = "Asia > Vietnam";
  t.sentence = "He met \"Tô Lâm\" in Hanoi.";
  t.span_begin = 120;
  t.span_end = 147;
  t.rule = "meet";
  t.confidence = 0.6125;
  CHECK(
      ToJsonLine(t) ==
      "{\"doc\":\"news.txt\",\"subject\":\"Xi Jinping\",\"relation\":\"meet\","
      "\"category\":\"04\",\"object\":\"Tô Lâm\",\"date\":\"2025-04-14\","
      "\"subject_id\":\"xi-jinping\",\"object_id\":\"to-lam\",\"subject_type\":"
      "\"person\","
      "\"object_type\":\"person\",\"subject_code\":\"CHNGOV\",\"object_code\":"
      "\"VNMGOV\",\"subject_text\":\"He\",\"object_text\":\"Tô Lâm\","
      "\"quad_class\":1,\"symmetric\":true,"
      "\"date_source\":\"paragraph\",\"negated\":false,\"hypothetical\":false,"
      "\"section\":\"Asia > Vietnam\",\"sentence\":\"He met \\\"Tô Lâm\\\" in "
      "Hanoi.\","
      "\"span\":[120,147],\"rule\":\"meet\",\"confidence\":0.61}");

  SUBCASE("no date") {
    t.date.reset();
    t.date_source = DateSource::kNone;
    const std::string line = ToJsonLine(t);
    CHECK(line.find("\"date\":null,") != std::string::npos);
    CHECK(line.find("\"date_source\":\"none\",") != std::string::npos);
  }
  SUBCASE("round trip") {
    Triple back;
    REQUIRE(FromJsonLine(ToJsonLine(t), "x.jsonl:1", &back).ok());
    CHECK(ToJsonLine(back) == ToJsonLine(t));
  }
}

// The line is written without a JSON DOM; its escaping must be the JSON
// library's, byte for byte, or lines kg wrote before would change.
TEST_CASE("Triple: ToJsonLine escapes strings exactly as nlohmann does") {
  std::vector<std::string> strings = {
      "plain", "quote \" and backslash \\", "Tô Lâm 習近平 🇨🇳", "\x7F del",
      "bad \xFF byte", "cut \xC3", "\xE2\x82 cut three", "overlong \xC0\xAF",
      "surrogate \xED\xA0\x80", "too high \xF4\x90\x80\x80",
      "ok \xF0\x9F\x98\x80 then \xF0\x9F\x98", "\xC3\xA9\xFF\xC3\xA9", ""};
  for (int c = 0; c < 0x20; ++c)
    strings.push_back(std::string("ctl ") + static_cast<char>(c) + " end");
  // Plain bytes are copied eight at a time: every byte that is not plain,
  // at every place of a run long enough for two such words and a tail.
  std::vector<std::string> odd = {"\"", "\\", "\x1F", "\x7F", "\xC3\xA9",
                                  "\xFF", "\x80", " ", "!", "#", "[", "]"};
  for (int c = 0; c < 0x20; ++c) odd.push_back(std::string(1, static_cast<char>(c)));
  for (const std::string& o : odd)
    for (size_t at = 0; at <= 19; ++at)
      strings.push_back(std::string(at, 'a') + o + std::string(19 - at, 'z'));
  for (const std::string& s : strings) {
    CAPTURE(s);
    Triple t;
    t.subject = "A";
    t.object = "B";
    t.sentence = s;
    const std::string expected =
        "\"sentence\":" +
        nlohmann::ordered_json(s).dump(
            -1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) +
        ",\"span\"";
    CHECK(ToJsonLine(t).find(expected) != std::string::npos);
  }
}

TEST_CASE("Triple: ToJsonLine writes the confidence as nlohmann would") {
  const std::pair<double, std::string> rows[] = {
      {0, "0.0"}, {1, "1.0"}, {0.5, "0.5"}, {0.333, "0.33"}, {0.6789, "0.68"},
      {0.05, "0.05"}, {0.999, "1.0"}, {12.5, "12.5"}};
  for (const auto& [value, text] : rows) {
    CAPTURE(value);
    Triple t;
    t.confidence = value;
    const std::string line = ToJsonLine(t);
    CHECK(line.substr(line.rfind(':') + 1) == text + "}");
  }
}

TEST_CASE("Triple: QuadClass") {
  struct QuadCase {
    std::string category;
    int quad;
  };
  const std::vector<QuadCase> cases = {
      {"01", 1}, {"05", 1}, {"06", 2}, {"08", 2}, {"09", 3}, {"13", 3},
      {"14", 4}, {"20", 4}, {"00", 0}, {"21", 0}, {"4", 0},  {"", 0},
  };
  for (const QuadCase& c : cases) {
    CAPTURE(c.category);
    CHECK(QuadClass(c.category) == c.quad);
  }
}

TEST_CASE("Triple: FromJsonLine errors name the place") {
  struct Row {
    std::string line;
    std::string error;
  };
  const Row rows[] = {
      {"[1, 2]", "t.jsonl:4: not a JSON object"},
      {"{oops", "t.jsonl:4: not a JSON object"},
      {R"({"object": "B", "relation": "meet"})",
       "t.jsonl:4: missing \"subject\""},
      {R"({"subject": 7, "object": "B", "relation": "meet"})",
       "t.jsonl:4: \"subject\" must be a string"},
      {R"({"subject": "A", "object": "B", "relation": "meet", "negated": "yes"})",
       "t.jsonl:4: \"negated\" must be true or false"},
      // Fields out of their domain (issue 14: a loaded graph holds only
      // what kg could have written).
      {R"({"subject": "A", "object": "B", "relation": "meet", "confidence": -5})",
       "t.jsonl:4: \"confidence\" -5 is not between 0 and 1"},
      {R"({"subject": "A", "object": "B", "relation": "meet", "confidence": 1e308})",
       "t.jsonl:4: \"confidence\" 1e+308 is not between 0 and 1"},
      {R"({"subject": "A", "object": "B", "relation": "meet", "confidence": "high"})",
       "t.jsonl:4: \"confidence\" must be a number"},
      {R"({"subject": "A", "object": "B", "relation": "meet", "category": "99"})",
       "t.jsonl:4: \"category\" \"99\" is not a CAMEO root code 01-20"},
      {R"({"subject": "A", "object": "B", "relation": "meet", "category": "4"})",
       "t.jsonl:4: \"category\" \"4\" is not a CAMEO root code 01-20"},
      {R"({"subject": "A", "object": "B", "relation": "meet", "category": "1:"})",
       "t.jsonl:4: \"category\" \"1:\" is not a CAMEO root code 01-20"},
      {R"({"subject": "A", "object": "B", "relation": "meet", "category": "0\n4"})",
       "t.jsonl:4: \"category\" \"0\\x0A4\" is not a CAMEO root code 01-20"},
      {R"({"subject": "A", "object": "B", "relation": "meet", "category": "04", "quad_class": 9})",
       "t.jsonl:4: \"quad_class\" 9 does not match category \"04\" (1)"},
      {R"({"subject": "A", "object": "B", "relation": "meet", "quad_class": 2})",
       "t.jsonl:4: \"quad_class\" 2 does not match category \"\" (0)"},
      {R"({"subject": "A", "object": "B", "relation": "meet", "quad_class": 1.5})",
       "t.jsonl:4: \"quad_class\" must be an integer"},
      {R"({"subject": "A", "object": "B", "relation": "meet", "span": [100, 5]})",
       "t.jsonl:4: \"span\" [100, 5] ends before it begins"},
      {R"({"subject": "A", "object": "B", "relation": "meet", "span": [1, -5]})",
       "t.jsonl:4: \"span\" must be [begin, end]"},
      {R"({"subject": "A", "object": "B", "relation": "meet", "span": 3})",
       "t.jsonl:4: \"span\" must be [begin, end]"},
      {R"({"subject": "A", "object": "B", "relation": "meet", "date_source": "soon"})",
       "t.jsonl:4: \"date_source\" \"soon\" is not sentence, paragraph, section, document or none"},
  };
  for (const Row& r : rows) {
    CAPTURE(r.line);
    Triple t;
    CHECK(FromJsonLine(r.line, "t.jsonl:4", &t).ToString() == r.error);
  }
  Triple t;
  REQUIRE(
      FromJsonLine(
          R"({"subject": "A", "object": "B", "relation": "meet", "category": "17"})",
          "t.jsonl:1", &t)
          .ok());
  CHECK(t.subject_id == "A");  // ids default to the names
  CHECK(t.quad_class == 4);
  CHECK(t.confidence == 1.0);
  CHECK(t.date_source == DateSource::kNone);
  CHECK(DateSourceFromName("paragraph") == DateSource::kParagraph);
  CHECK(DateSourceFromName("bogus") == DateSource::kNone);
}

}  // namespace
}  // namespace kg
