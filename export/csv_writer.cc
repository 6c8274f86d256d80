// Neo4j bulk-import CSV. The quoting rules and their reasons are in
// graph_writer.h; this file only applies them.
#include <charconv>
#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include "export/graph_writer.h"

namespace kg::exporter {
namespace {

// Neo4j splits arrays on ';' after unquoting and has no escape for it, so a
// ';' inside an element becomes U+FF1B FULLWIDTH SEMICOLON.
constexpr std::string_view kFullwidthSemicolon = "\xEF\xBC\x9B";

bool IsDroppedControl(char c) {
  const auto u = static_cast<unsigned char>(c);
  return (u < 0x20 && c != '\t' && c != '\n') || u == 0x7F;
}

// The text of a string field, without its quotes: control characters other
// than tab and newline dropped, quotes doubled, array delimiters replaced
// when `in_array`.
void AppendEscaped(std::string_view s, bool in_array, std::string& out) {
  for (char c : s) {
    if (IsDroppedControl(c)) continue;
    if (c == '"') {
      out += "\"\"";
    } else if (c == ';' && in_array) {
      out += kFullwidthSemicolon;
    } else {
      out += c;
    }
  }
}

std::string CsvQuoted(std::string_view s) {
  std::string out = "\"";
  AppendEscaped(s, false, out);
  out += '"';
  return out;
}

// An absent value (undated edge, actor without dates) is an empty unquoted
// field, which Neo4j imports as no property; "" would be an empty string.
std::string QuotedOrAbsent(std::string_view s) {
  return s.empty() ? "" : CsvQuoted(s);
}

std::string Array(const std::vector<std::string>& items) {
  if (items.empty()) return "";
  std::string out = "\"";
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += ';';
    AppendEscaped(items[i], true, out);
  }
  out += '"';
  return out;
}

// Shortest digits that parse back to the same double, locale-independent;
// absent for NaN and infinity, which Neo4j does not parse.
std::string Double(double d) {
  if (!std::isfinite(d)) return "";
  char buf[32];
  const std::to_chars_result r = std::to_chars(buf, buf + sizeof buf, d);
  return std::string(buf, r.ptr);
}

std::string QuotedDay(bool dated, int64_t day) {
  if (!dated || day == graph::kOpenStart || day == graph::kOpenEnd) return "";
  return CsvQuoted(graph::DayString(day));
}

bool IsAsciiAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9');
}

// "Actor;<Type>": the type with its first letter uppercased and every ASCII
// character other than a letter or digit (';' included) as '_'.
std::string Labels(std::string_view type) {
  std::string out = "Actor";
  if (type.empty()) return out;
  out += ';';
  for (size_t i = 0; i < type.size(); ++i) {
    char c = type[i];
    const bool ascii = static_cast<unsigned char>(c) < 0x80;
    if (ascii && !IsAsciiAlnum(c)) c = '_';
    if (i == 0 && c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    out += c;
  }
  return out;
}

// The relationship type: the relation with ASCII letters uppercased and
// spaces as '_' ("sign agreement" -> SIGN_AGREEMENT); RELATED for none.
std::string RelationType(std::string_view relation) {
  std::string out;
  for (char c : relation) {
    if (c == ' ') c = '_';
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    out += c;
  }
  return out.empty() ? "RELATED" : out;
}

// The relationship type of every affiliation edge, whatever its relation,
// so that a Cypher query can tell derived links from events.
constexpr std::string_view kAffiliationType = "AFFILIATED_WITH";

}  // namespace

void WriteNodesCsv(const graph::KnowledgeGraph& g, std::ostream& out) {
  out << "id:ID,name,type,code,names:string[],mentions:int,first_date,last_"
         "date,"
         ":LABEL\n";
  for (size_t v = 0; v < g.actor_count(); ++v) {
    const graph::ActorNode& a = g.actor(v);
    out << CsvQuoted(a.id) << ',' << CsvQuoted(a.name) << ',' << CsvQuoted(a.type) << ','
        << CsvQuoted(a.code) << ',' << Array(a.names) << ',' << a.mentions << ','
        << QuotedOrAbsent(a.first_date) << ',' << QuotedOrAbsent(a.last_date)
        << ',' << CsvQuoted(Labels(a.type)) << '\n';
  }
}

void WriteEdgesCsv(const graph::KnowledgeGraph& g, std::ostream& out) {
  out << ":START_ID,:END_ID,:TYPE,relation,category,quad_class:int,date,"
         "date_start,date_end,date_source,symmetric:boolean,doc,section,"
         "sentence,span_begin:long,span_end:long,rule,confidence:double\n";
  for (size_t id = 0; id < g.edge_count(); ++id) {
    const graph::EdgeRef ref = g.edge_ref(id);
    const graph::EventEdge& e = g.edge(id);
    out << CsvQuoted(g.actor(ref.source).id) << ','
        << CsvQuoted(g.actor(ref.target).id) << ','
        << CsvQuoted(e.kind == graph::EdgeKind::kAffiliation
                         ? std::string(kAffiliationType)
                         : RelationType(e.relation))
        << ',' << CsvQuoted(e.relation) << ','
        << CsvQuoted(e.category) << ',' << e.quad_class << ','
        << (e.dated ? CsvQuoted(e.date) : "") << ','
        << QuotedDay(e.dated, e.when.start) << ','
        << QuotedDay(e.dated, e.when.end) << ',' << CsvQuoted(e.date_source) << ','
        << (e.symmetric ? "true" : "false") << ',' << CsvQuoted(e.doc) << ','
        << CsvQuoted(e.section) << ',' << CsvQuoted(e.sentence) << ',' << e.span_begin
        << ',' << e.span_end << ',' << CsvQuoted(e.rule) << ','
        << Double(e.confidence) << '\n';
  }
}

}  // namespace kg::exporter
