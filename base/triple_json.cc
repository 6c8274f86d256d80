#include "base/triple_json.h"

#include <cmath>
#include <nlohmann/json.hpp>
#include <tuple>

#include "base/json_error.h"

namespace kg {
namespace {

// The triple as a JSON object, fields in the order of the header.
nlohmann::ordered_json ToJson(const Triple& t) {
  nlohmann::ordered_json j;
  j["doc"] = t.doc;
  j["subject"] = t.subject;
  j["relation"] = t.relation;
  j["category"] = t.category;
  j["object"] = t.object;
  j["date"] = t.date ? nlohmann::ordered_json(*t.date)
                     : nlohmann::ordered_json(nullptr);
  j["subject_id"] = t.subject_id;
  j["object_id"] = t.object_id;
  j["subject_type"] = t.subject_type;
  j["object_type"] = t.object_type;
  j["subject_code"] = t.subject_code;
  j["object_code"] = t.object_code;
  j["subject_text"] = t.subject_text;
  j["object_text"] = t.object_text;
  j["quad_class"] = t.quad_class;
  j["symmetric"] = t.symmetric;
  j["date_source"] = std::string(DateSourceName(t.date_source));
  j["negated"] = t.negated;
  j["hypothetical"] = t.hypothetical;
  j["section"] = t.section;
  j["sentence"] = t.sentence;
  j["span"] = {t.span_begin, t.span_end};
  j["rule"] = t.rule;
  // Two decimals: enough to rank, and stable across platforms.
  j["confidence"] = std::round(t.confidence * 100) / 100;
  return j;
}

Status FromJsonObject(const nlohmann::json& j, const std::string& where,
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
  t->symmetric = j.value("symmetric", false);
  t->negated = j.value("negated", false);
  t->hypothetical = j.value("hypothetical", false);
  t->confidence = j.value("confidence", 1.0);
  t->date_source =
      DateSourceFromName(j.value("date_source", std::string("none")));
  if (auto it = j.find("span");
      it != j.end() && it->is_array() && it->size() == 2 &&
      (*it)[0].is_number_unsigned() && (*it)[1].is_number_unsigned()) {
    t->span_begin = (*it)[0].get<size_t>();
    t->span_end = (*it)[1].get<size_t>();
  }
  return Status::Ok();
}

}  // namespace

std::string ToJsonLine(const Triple& t) {
  return ToJson(t).dump(-1, ' ', false,
                        nlohmann::ordered_json::error_handler_t::replace);
}

Status FromJsonLine(std::string_view line, const std::string& where,
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
