#include "base/fast_triple_parser.h"

#include <doctest/doctest.h>

#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "base/triple_json.h"

namespace kg {
namespace {

// Every field of a triple as text, the confidence to the last bit (and
// its sign), so that two parses compare exactly.
std::string Fields(const Triple& t) {
  char confidence[64];
  std::snprintf(confidence, sizeof confidence, "%a", t.confidence);
  std::string s;
  for (const std::string* f :
       {&t.doc, &t.subject, &t.object, &t.subject_id, &t.object_id,
        &t.subject_type, &t.object_type, &t.subject_code, &t.object_code,
        &t.subject_text, &t.object_text, &t.relation, &t.category,
        &t.section, &t.sentence, &t.rule})
    s += "[" + *f + "]";
  s += t.date ? "date[" + *t.date + "]" : "nodate";
  s += " q" + std::to_string(t.quad_class);
  s += " ds" + std::to_string(static_cast<int>(t.date_source));
  s += t.symmetric ? " sym" : " -";
  s += t.negated ? " neg" : " -";
  s += t.hypothetical ? " hyp" : " -";
  s += " span" + std::to_string(t.span_begin) + "," +
       std::to_string(t.span_end);
  s += std::string(" c") + confidence;
  return s;
}

// A line in ToJsonLine's shape, with the given raw JSON for the sentence,
// the date and the confidence.
std::string Line(const std::string& sentence_json,
                 const std::string& date_json = "\"2023-03-20\"",
                 const std::string& confidence_json = "0.8") {
  return "{\"doc\":\"a.txt\",\"subject\":\"Xi Jinping\",\"relation\":\"meet\","
         "\"category\":\"04\",\"object\":\"Vladimir Putin\",\"date\":" +
         date_json +
         ",\"subject_id\":\"xi-jinping\",\"object_id\":\"vladimir-putin\","
         "\"subject_type\":\"person\",\"object_type\":\"person\","
         "\"subject_code\":\"CHNGOV\",\"object_code\":\"RUSGOV\","
         "\"subject_text\":\"Xi\",\"object_text\":\"Putin\","
         "\"quad_class\":1,\"symmetric\":true,\"date_source\":\"sentence\","
         "\"negated\":false,\"hypothetical\":false,\"section\":\"Asia\","
         "\"sentence\":" +
         sentence_json +
         ",\"span\":[12,40],\"rule\":\"meet\",\"confidence\":" +
         confidence_json + "}";
}

// The fast parser's triple, which must be the general parser's.
Triple FastAgrees(const std::string& line) {
  CAPTURE(line);
  Triple fast, general;
  CHECK(FastParseTriple(line, &fast));
  REQUIRE(FromJsonLineGeneral(line, "t.jsonl:1", &general).ok());
  CHECK(Fields(fast) == Fields(general));
  return fast;
}

TEST_CASE("FastParseTriple: reads ToJsonLine's lines field for field") {
  Triple t;
  t.doc = "news.txt";
  t.subject = "Xi Jinping";
  t.object = "Tô Lâm";
  t.subject_id = "xi-jinping";
  t.object_id = "to-lam";
  t.subject_type = "person";
  t.object_type = "person";
  t.subject_code = "CHNGOV";
  t.subject_text = "He";
  t.object_text = "Tô Lâm";
  t.relation = "meet";
  t.category = "17";
  t.quad_class = 4;
  t.date = "2025-04-14";
  t.date_source = DateSource::kParagraph;
  t.negated = true;
  t.section = "Asia > Vietnam";
  t.sentence = "He said \"no\"\tto\\ \x01 them.\n";
  t.span_begin = 120;
  t.span_end = 18446744073709551;
  t.rule = "meet";
  t.confidence = 0.61;
  Triple back = FastAgrees(ToJsonLine(t));
  CHECK(Fields(back) == Fields(t));

  SUBCASE("undated, empty ids default to the names") {
    t.date.reset();
    t.subject_id = "";
    t.object_id = "";
    back = FastAgrees(ToJsonLine(t));
    CHECK_FALSE(back.date.has_value());
    CHECK(back.subject_id == "Xi Jinping");
    CHECK(back.object_id == "Tô Lâm");
  }
}

TEST_CASE("FastParseTriple: decodes escapes as the JSON parser does") {
  struct Row {
    const char* json;
    std::string decoded;
  };
  const Row rows[] = {
      {R"("plain")", "plain"},
      {R"("")", ""},
      {R"("q\" b\\ s\/ \b\f\n\r\t")", "q\" b\\ s/ \b\f\n\r\t"},
      {R"("caf\u00e9 \u00E9")", "caf\xC3\xA9 \xC3\xA9"},
      {R"("nul \u0000 end")", std::string("nul \0 end", 9)},
      {R"("\u4e60\u8fd1\u5e73")", "\xE4\xB9\xA0\xE8\xBF\x91\xE5\xB9\xB3"},
      {R"("pair \ud83d\ude00!")", "pair \xF0\x9F\x98\x80!"},
      {R"("raw Łódź 🇨🇳")", "raw Łódź 🇨🇳"},
      {R"("\u007f \uffff")", "\x7F \xEF\xBF\xBF"},
  };
  for (const Row& r : rows) {
    CAPTURE(r.json);
    CHECK(FastAgrees(Line(r.json)).sentence == r.decoded);
  }
  CHECK_FALSE(FastAgrees(Line("\"x\"", "\"\"")).date.has_value());
  CHECK_FALSE(FastAgrees(Line("\"x\"", "null")).date.has_value());
}

TEST_CASE("FastParseTriple: numbers are the doubles the JSON parser gives") {
  const char* numbers[] = {"0.8",     "1",     "0",        "-0",
                           "-0.0",    "1e-3",  "125E-3",   "0.1000000000000000055511151231257827",
                           "1.0E+0",  "0.5e0", "2.5e-308", "1000000000000000000e-18"};
  for (const char* n : numbers) {
    CAPTURE(n);
    FastAgrees(Line("\"x\"", "null", n));
  }
  // "-0" is the integer 0: a positive zero.
  CHECK_FALSE(std::signbit(FastAgrees(Line("\"x\"", "null", "-0")).confidence));
  CHECK(std::signbit(FastAgrees(Line("\"x\"", "null", "-0.0")).confidence));
}

// Lines the fast parser leaves to the general one: FromJsonLine must then
// give exactly what the general parser gives, triple or error.
TEST_CASE("FastParseTriple: other lines go to the general parser") {
  const std::string good = Line("\"s\"");
  const std::vector<std::string> lines = {
      // other shapes of valid triples
      R"({"subject":"A","object":"B","relation":"meet"})",
      R"({"relation":"meet","object":"B","subject":"A","confidence":0.5})",
      "{\"doc\": \"a.txt\"" + good.substr(good.find(',')),  // a space
      good.substr(0, good.size() - 1) + ",\"extra\":1}",
      good + " ",
      Line("\"s\"", "\"2023\"", "1e400"),  // overflow: an error
      Line("\"s\"", "\"2023\"", "20000000000000000000"),
      Line("\"s\"", "\"2023\"", "1.0e-400"),
      Line("null"),
      Line("\"s\"", "7"),
      // fields out of their domain: errors
      Line("\"s\"", "\"2023\"", "12.5E+1"),
      Line("\"s\"", "\"2023\"", "-3"),
      Line("\"s\"", "\"2023\"", "123456789012345678"),
      [&] {
        std::string l = good;
        l.replace(l.find("\"quad_class\":1"), 14, "\"quad_class\":9");
        return l;
      }(),
      [&] {
        std::string l = good;
        l.replace(l.find("\"quad_class\":1"), 14,
                  "\"quad_class\":12345678901");
        return l;
      }(),
      [&] {
        std::string l = good;
        l.replace(l.find("\"category\":\"04\""), 15, "\"category\":\"99\"");
        return l;
      }(),
      [&] {
        std::string l = good;
        l.replace(l.find("[12,40]"), 7, "[40,12]");
        return l;
      }(),
      [&] {
        std::string l = good;
        l.replace(l.find("\"sentence\",\"neg"), 10, "\"soon\"");
        REQUIRE(l.find("\"date_source\":\"soon\"") != std::string::npos);
        return l;
      }(),
      // a span that is not two unsigned integers
      [&] {
        std::string l = good;
        l.replace(l.find("[12,40]"), 7, "[12,-4]");
        return l;
      }(),
      [&] {
        std::string l = good;
        l.replace(l.find("[12,40]"), 7, "[12,99999999999999999999]");
        return l;
      }(),
      [&] {
        std::string l = good;
        l.replace(l.find("\"symmetric\":true"), 16, "\"symmetric\":null");
        return l;
      }(),
      // invalid JSON: the general parser's errors
      good.substr(0, good.size() - 1),
      Line("\"lone \\ud83d\""),
      Line("\"lone \\ude00\""),
      Line("\"bad \\x\""),
      Line("\"short \\u12\""),
      Line("\"raw \x01 control\""),
      Line("\"bad \xFF byte\""),
      Line("\"overlong \xC0\xAF\""),
      Line("\"surrogate \xED\xA0\x80\""),
      Line("\"cut \xE2\x82\""),
      Line("\"s\"", "\"2023\"", "01"),
      Line("\"s\"", "\"2023\"", ".5"),
      Line("\"s\"", "\"2023\"", "1."),
      "",
      "{}",
  };
  for (const std::string& line : lines) {
    CAPTURE(line);
    Triple fast;
    CHECK_FALSE(FastParseTriple(line, &fast));
    Triple via_fast, general;
    const Status a = FromJsonLine(line, "t.jsonl:9", &via_fast);
    const Status b = FromJsonLineGeneral(line, "t.jsonl:9", &general);
    CHECK(a.ToString() == b.ToString());
    if (a.ok() && b.ok()) CHECK(Fields(via_fast) == Fields(general));
  }
}

TEST_CASE("FastParseTriple: errors keep their wording and place") {
  Triple t;
  CHECK(FromJsonLine(Line("\"cut \xE2\x82\""), "t.jsonl:3", &t).ToString() ==
        "t.jsonl:3: not a JSON object");
  CHECK(FromJsonLine(Line("\"s\"", "\"2023\"", "1e400"), "t.jsonl:4", &t)
            .ToString() == "t.jsonl:4: not a JSON object");
  CHECK(FromJsonLine(Line("null"), "t.jsonl:5", &t).ToString() == "OK");
  CHECK(FromJsonLine(Line("\"s\"", "7"), "t.jsonl:6", &t).ToString() ==
        "t.jsonl:6: \"date\" must be a string");
}

}  // namespace
}  // namespace kg
