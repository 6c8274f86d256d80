#include "extract/internal/jsonl_parser.h"

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "base/calendar.h"
#include "base/json_error.h"
#include "base/utf8.h"

namespace kg::extract::internal {
namespace {

using Json = nlohmann::json;

bool ParseDigits(std::string_view text, int* value) {
  if (text.empty()) return false;
  *value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
    *value = *value * 10 + (c - '0');
  }
  return true;
}

// Two digits at text[at] no greater than `max`.
bool TwoDigits(std::string_view text, size_t at, int max) {
  int v = 0;
  return at + 2 <= text.size() && ParseDigits(text.substr(at, 2), &v) &&
         v <= max;
}

// ISO 8601's extended time of day after the date's 'T': hh:mm, then
// optionally :ss (60 for a leap second) and a fraction, then Z, +hh:mm,
// +hhmm, +hh (or '-'), or nothing (local time).
bool IsIsoTime(std::string_view t) {
  if (!TwoDigits(t, 0, 24) || t.size() < 5 || t[2] != ':' ||
      !TwoDigits(t, 3, 59))
    return false;
  size_t at = 5;
  if (at < t.size() && t[at] == ':') {
    if (!TwoDigits(t, at + 1, 60)) return false;
    at += 3;
    if (at < t.size() && (t[at] == '.' || t[at] == ',')) {
      const size_t digits = ++at;
      while (at < t.size() && t[at] >= '0' && t[at] <= '9') ++at;
      if (at == digits) return false;
    }
  }
  if (at == t.size()) return true;
  if (t[at] == 'Z') return at + 1 == t.size();
  if (t[at] != '+' && t[at] != '-') return false;
  const std::string_view zone = t.substr(at + 1);
  if (!TwoDigits(zone, 0, 23)) return false;
  if (zone.size() == 2) return true;
  const size_t minutes = zone[2] == ':' ? 3 : 2;
  return zone.size() == minutes + 2 && TwoDigits(zone, minutes, 59);
}

// nlohmann's what() is "[json.exception.parse_error.101] parse error at line
// 1, column 6: <detail>"; the location is ours to give (the JSONL line and
// the column in the original bytes), so keep "parse error: <detail>".
std::string ParseErrorDetail(const Json::parse_error& e) {
  std::string_view what = JsonErrorText(e.what());
  const size_t at = what.find(" at line ");
  const size_t colon = what.find(": ");
  if (at == what.npos || colon == what.npos || colon < at) {
    return std::string(what);
  }
  return std::string(what.substr(0, at)) + std::string(what.substr(colon));
}

std::string Basename(std::string_view path) {
  return std::filesystem::path(path).filename().string();
}

// Fills the optional fields "id", "title" and "date".
Status ReadMetadata(const JsonLineSource& source, const Json& record,
                    Document* doc) {
  const std::string where = Location(source.path, source.line);
  const auto field = [&record](const char* name) -> const Json* {
    const auto it = record.find(name);
    return it == record.end() || it->is_null() ? nullptr : &*it;
  };
  if (const Json* id = field("id")) {
    if (id->is_string()) {
      doc->id = id->get<std::string>();
    } else if (id->is_number()) {
      doc->id = id->dump();
    } else {
      return Status::ParseError(where,
                                "field \"id\" must be a string or a number");
    }
  } else {
    doc->id = Location(Basename(source.path), source.line);
  }
  if (const Json* title = field("title")) {
    if (!title->is_string()) {
      return Status::ParseError(where, "field \"title\" must be a string");
    }
    doc->title = title->get<std::string>();
  }
  if (const Json* date = field("date")) {
    CivilDate parsed;
    if (!date->is_string() ||
        !ParseCivilDate(date->get<std::string>(), &parsed)) {
      return Status::ParseError(
          where, "bad date " + date->dump() +
                     " (want YYYY[-MM[-DD]] or an ISO 8601 date-time)");
    }
    doc->date = parsed;
  }
  return Status::Ok();
}

}  // namespace

bool ParseCivilDate(std::string_view text, CivilDate* date) {
  // A feed's usual "2024-05-08T10:00:00Z": the day as written; the time is
  // checked (a typo should not pass) but a document has only a day.
  if (text.size() > 10) {
    if (!IsIsoTime(text.substr(11)) || (text[10] != 'T' && text[10] != ' '))
      return false;
    text = text.substr(0, 10);
  }
  if (text.size() != 4 && text.size() != 7 && text.size() != 10) return false;
  CivilDate out;
  if (!ParseDigits(text.substr(0, 4), &out.year) || out.year == 0) {
    return false;
  }
  if (text.size() >= 7) {
    if (text[4] != '-' || !ParseDigits(text.substr(5, 2), &out.month) ||
        out.month < 1 || out.month > 12) {
      return false;
    }
  }
  if (text.size() == 10) {
    if (text[7] != '-' || !ParseDigits(text.substr(8, 2), &out.day) ||
        !ValidDay(out.year, out.month, out.day)) {
      return false;
    }
  }
  *date = out;
  return true;
}

Status ParseJsonLine(const JsonLineSource& source, std::string_view line,
                     const Reporter& reporter, Document* doc) {
  // nlohmann rejects invalid UTF-8 outright; one bad byte in a feed should
  // cost a warning, not the run.
  std::vector<size_t> replaced;
  const std::string repaired = RepairUtf8(line, &replaced);
  if (!replaced.empty() && reporter) {
    reporter(InvalidUtf8Warning(Location(source.path, source.line), replaced));
  }
  Json record;
  try {
    record = Json::parse(repaired);
  } catch (const Json::parse_error& e) {
    // e.byte is 1-based; map it back through the repairs.
    const size_t byte = e.byte == 0 ? 0 : e.byte - 1;
    const size_t column =
        OriginalOffset(replaced, byte) + 1 + source.column_shift;
    return Status::ParseError(Location(source.path, source.line, column),
                              ParseErrorDetail(e));
  } catch (const Json::exception& e) {
    return Status::ParseError(Location(source.path, source.line),
                              JsonErrorText(e.what()));
  }
  const auto text = record.is_object() ? record.find("text") : record.end();
  if (!record.is_object() || text == record.end() || !text->is_string()) {
    return Status::ParseError(Location(source.path, source.line),
                              "missing string field \"text\"");
  }
  // The text is valid UTF-8 now, so ParseDocument has nothing to report.
  Document parsed = ParseDocument("", text->get<std::string>());
  if (Status s = ReadMetadata(source, record, &parsed); !s.ok()) return s;
  *doc = std::move(parsed);
  return Status::Ok();
}

}  // namespace kg::extract::internal
