#include "base/triple_json.h"

#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <nlohmann/json.hpp>
#include <tuple>
#include <type_traits>

#include "base/fast_triple_parser.h"
#include "base/json_error.h"
#include "base/utf8.h"

namespace kg {
namespace {

// What each byte needs in a JSON string: 0 copied as is, 1 escaped, 2 the
// start (or a stray part) of a multi-byte UTF-8 sequence, checked.
constexpr std::array<unsigned char, 256> kByteClass = [] {
  std::array<unsigned char, 256> t{};
  for (int c = 0; c < 0x20; ++c) t[static_cast<size_t>(c)] = 1;
  t['"'] = 1;
  t['\\'] = 1;
  for (int c = 0x80; c < 0x100; ++c) t[static_cast<size_t>(c)] = 2;
  return t;
}();

// Whether the 8 bytes at `p` are all plain (class 0): none below 0x20,
// none '"' or '\\', none 0x80 or above. The usual "has a zero byte" test
// (x - 0x01..) & ~x & 0x80.., on x, x ^ '"' and x ^ '\\'.
inline bool PlainWord(const unsigned char* p) {
  uint64_t x;
  std::memcpy(&x, p, 8);
  constexpr uint64_t kOnes = 0x0101010101010101ULL;
  constexpr uint64_t kHigh = 0x8080808080808080ULL;
  auto has_zero = [](uint64_t v) { return (v - kOnes) & ~v & kHigh; };
  const uint64_t below_space = (x - kOnes * 0x20) & ~x & kHigh;
  return ((x & kHigh) | below_space | has_zero(x ^ (kOnes * '"')) |
          has_zero(x ^ (kOnes * '\\'))) == 0;
}

// Writes the line directly: a JSON DOM per triple was a tenth of
// extraction's time. The escaping is nlohmann's (same bytes: the unit test
// compares the two on every control character and invalid UTF-8), which
// still writes any string that is not valid UTF-8, replacing bad bytes.
class LineWriter {
 public:
  explicit LineWriter(std::string* out) : out_(out) {}
  // `key` is the quoted key and its colon: "\"doc\":". A literal: its
  // length is known here, not measured per call.
  template <size_t N>
  void Key(const char (&key)[N]) {
    out_->push_back(first_ ? '{' : ',');
    first_ = false;
    out_->append(key, N - 1);
  }
  void String(std::string_view s) {
    // One pass escapes and checks the UTF-8, copying runs of plain bytes
    // whole; bad UTF-8 (rare) takes back what was written and lets
    // nlohmann write the string.
    const size_t mark = out_->size();
    out_->push_back('"');
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const size_t n = s.size();
    size_t run = 0;  // start of the bytes not yet copied
    for (size_t i = 0; i < n; ++i) {
      // Eight plain bytes at a time: most of a sentence is.
      while (i + 8 <= n && PlainWord(p + i)) i += 8;
      if (i >= n) break;
      const unsigned char kind = kByteClass[p[i]];
      if (kind == 0) continue;
      if (kind == 2) {
        const Utf8Char u = DecodeUtf8(s, i);
        if (!u.valid) {
          out_->resize(mark);
          out_->append(
              nlohmann::ordered_json(std::string(s))
                  .dump(-1, ' ', false,
                        nlohmann::ordered_json::error_handler_t::replace));
          return;
        }
        i += u.length - 1;
        continue;
      }
      const unsigned char c = p[i];
      out_->append(s.data() + run, i - run);
      run = i + 1;
      switch (c) {
        case '"':
          out_->append("\\\"", 2);
          break;
        case '\\':
          out_->append("\\\\", 2);
          break;
        case '\b':
          out_->append("\\b", 2);
          break;
        case '\t':
          out_->append("\\t", 2);
          break;
        case '\n':
          out_->append("\\n", 2);
          break;
        case '\f':
          out_->append("\\f", 2);
          break;
        case '\r':
          out_->append("\\r", 2);
          break;
        default: {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out_->append(buf, 6);
        }
      }
    }
    out_->append(s.data() + run, n - run);
    out_->push_back('"');
  }
  void Bool(bool b) {
    if (b)
      out_->append("true", 4);
    else
      out_->append("false", 5);
  }
  void Unsigned(uint64_t v) {
    char buf[24];
    auto r = std::to_chars(buf, buf + sizeof buf, v);
    out_->append(buf, static_cast<size_t>(r.ptr - buf));
  }
  // Shortest digits that read back as `v`, with ".0" on whole numbers, as
  // nlohmann writes doubles.
  void Double(double v) {
    if (!std::isfinite(v)) {
      out_->append("null", 4);
      return;
    }
    char buf[32];
    auto r = std::to_chars(buf, buf + sizeof buf, v);
    std::string_view digits(buf, static_cast<size_t>(r.ptr - buf));
    out_->append(digits);
    if (digits.find_first_of(".e") == std::string_view::npos)
      out_->append(".0", 2);
  }
  void Null() { out_->append("null", 4); }
  void End() {
    if (first_)
      out_->append("{}", 2);
    else
      out_->push_back('}');
  }

 private:
  std::string* out_;
  bool first_ = true;
};

using Json = nlohmann::json;

Status FromJsonObject(const Json& j, const std::string& where,
                      Triple* t) {
  auto str = [&](const char* key, std::string* out, bool required) -> Status {
    auto it = j.find(key);
    if (it == j.end() || it->is_null()) {
      return required ? Status::ParseError(
                            where, std::string("missing \"") + key + "\"")
                      : Status::Ok();
    }
    if (!it->is_string())
      return Status::ParseError(
          where, std::string("\"") + key + "\" must be a string");
    *out = it->get<std::string>();
    return Status::Ok();
  };
  for (auto [key, field, required] : {std::tuple{"doc", &t->doc, false},
                                      {"subject", &t->subject, true},
                                      {"object", &t->object, true},
                                      {"relation", &t->relation, true},
                                      {"category", &t->category, false},
                                      {"subject_id", &t->subject_id, false},
                                      {"object_id", &t->object_id, false},
                                      {"subject_type", &t->subject_type, false},
                                      {"object_type", &t->object_type, false},
                                      {"subject_code", &t->subject_code, false},
                                      {"object_code", &t->object_code, false},
                                      {"subject_text", &t->subject_text, false},
                                      {"object_text", &t->object_text, false},
                                      {"section", &t->section, false},
                                      {"sentence", &t->sentence, false},
                                      {"rule", &t->rule, false}}) {
    if (Status s = str(key, field, required); !s.ok()) return s;
  }
  if (t->subject_id.empty()) t->subject_id = t->subject;
  if (t->object_id.empty()) t->object_id = t->object;
  std::string date;
  if (Status s = str("date", &date, false); !s.ok()) return s;
  if (!date.empty()) t->date = date;
  t->quad_class = QuadClass(t->category);
  // A field of the wrong type is an error (not a default): a file edited by
  // hand should say where it went wrong.
  auto get = [&](const char* key, auto* out, bool (Json::*is)() const noexcept,
                 const char* type) -> Status {
    auto it = j.find(key);
    if (it == j.end() || it->is_null()) return Status::Ok();
    if (!((*it).*is)())
      return Status::ParseError(where, std::string("\"") + key +
                                           "\" must be " + type);
    *out = it->get<std::remove_pointer_t<decltype(out)>>();
    return Status::Ok();
  };
  t->confidence = 1.0;
  std::string date_source = "none";
  for (Status s :
       {get("symmetric", &t->symmetric, &Json::is_boolean, "true or false"),
        get("negated", &t->negated, &Json::is_boolean, "true or false"),
        get("hypothetical", &t->hypothetical, &Json::is_boolean,
            "true or false"),
        get("quad_class", &t->quad_class, &Json::is_number_integer,
            "an integer"),
        get("confidence", &t->confidence, &Json::is_number, "a number"),
        get("date_source", &date_source, &Json::is_string, "a string")}) {
    if (!s.ok()) return s;
  }
  t->date_source = DateSourceFromName(date_source);
  if (DateSourceName(t->date_source) != date_source)
    return Status::ParseError(
        where, "\"date_source\" " + Json(date_source).dump() +
                   " is not sentence, paragraph, section, document or none");
  if (auto it = j.find("span"); it != j.end() && !it->is_null()) {
    if (!it->is_array() || it->size() != 2 ||
        !(*it)[0].is_number_unsigned() || !(*it)[1].is_number_unsigned())
      return Status::ParseError(where, "\"span\" must be [begin, end]");
    t->span_begin = (*it)[0].get<size_t>();
    t->span_end = (*it)[1].get<size_t>();
  }
  if (std::string e = FieldDomainError(t->category, t->quad_class,
                                       t->confidence, t->span_begin,
                                       t->span_end);
      !e.empty())
    return Status::ParseError(where, e);
  return Status::Ok();
}

}  // namespace

void AppendJsonLine(const Triple& t, std::string* out) {
  std::string& line = *out;
  // Room for the fields and their keys (escapes aside): one allocation.
  line.reserve(line.size() + 512 + t.sentence.size() + t.section.size() +
               t.subject.size() + t.object.size() + t.subject_text.size() +
               t.object_text.size() + t.rule.size());
  LineWriter w(&line);
  auto str = [&w](const auto& key, std::string_view v) {
    w.Key(key);
    w.String(v);
  };
  str("\"doc\":", t.doc);
  str("\"subject\":", t.subject);
  str("\"relation\":", t.relation);
  str("\"category\":", t.category);
  str("\"object\":", t.object);
  w.Key("\"date\":");
  if (t.date)
    w.String(*t.date);
  else
    w.Null();
  str("\"subject_id\":", t.subject_id);
  str("\"object_id\":", t.object_id);
  str("\"subject_type\":", t.subject_type);
  str("\"object_type\":", t.object_type);
  str("\"subject_code\":", t.subject_code);
  str("\"object_code\":", t.object_code);
  str("\"subject_text\":", t.subject_text);
  str("\"object_text\":", t.object_text);
  w.Key("\"quad_class\":");
  if (t.quad_class < 0) {
    line.push_back('-');
    w.Unsigned(static_cast<uint64_t>(-static_cast<int64_t>(t.quad_class)));
  } else {
    w.Unsigned(static_cast<uint64_t>(t.quad_class));
  }
  w.Key("\"symmetric\":");
  w.Bool(t.symmetric);
  str("\"date_source\":", DateSourceName(t.date_source));
  w.Key("\"negated\":");
  w.Bool(t.negated);
  w.Key("\"hypothetical\":");
  w.Bool(t.hypothetical);
  str("\"section\":", t.section);
  str("\"sentence\":", t.sentence);
  w.Key("\"span\":");
  line.push_back('[');
  w.Unsigned(t.span_begin);
  line.push_back(',');
  w.Unsigned(t.span_end);
  line.push_back(']');
  str("\"rule\":", t.rule);
  w.Key("\"confidence\":");
  // Two decimals: enough to rank, and stable across platforms.
  w.Double(std::round(t.confidence * 100) / 100);
  w.End();
}

std::string ToJsonLine(const Triple& t) {
  std::string line;
  AppendJsonLine(t, &line);
  return line;
}

Status FromJsonLine(std::string_view line, const std::string& where,
                    Triple* t) {
  if (FastParseTriple(line, t)) return Status::Ok();
  return FromJsonLineGeneral(line, where, t);
}

Status FromJsonLineGeneral(std::string_view line, const std::string& where,
                           Triple* t) {
  const nlohmann::json j =
      nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.is_object())
    return Status::ParseError(where, "not a JSON object");
  try {
    return FromJsonObject(j, where, t);
  } catch (const nlohmann::json::exception& e) {
    // A field of the wrong type (j.value() throws): say so, with the place.
    return Status::ParseError(where, JsonErrorText(e.what()));
  }
}

}  // namespace kg
