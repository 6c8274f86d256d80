#include "extract/content_kind.h"
#include "base/utf8.h"

#include <nlohmann/json.hpp>
#include <string>

namespace kg::extract {
namespace {

constexpr std::string_view kBlank = " \t\r\n";

// Records the keys of the top-level object and whether the text starts a
// JSON value: kg's outputs are told by their keys, whatever the values.
class TopKeysSax : public nlohmann::json_sax<nlohmann::json> {
 public:
  bool subject = false, relation = false, graph = false, graph_export = false;
  bool array = false;
  bool failed = false;  // a syntax error before the end of the text
  bool cut = false;     // the text ended inside a value
  size_t size = 0;      // of the text

  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(number_integer_t) override { return true; }
  bool number_unsigned(number_unsigned_t) override { return true; }
  bool number_float(number_float_t, const string_t&) override { return true; }
  bool string(string_t&) override { return true; }
  bool binary(binary_t&) override { return true; }
  bool start_object(std::size_t) override { return Open(); }
  bool end_object() override { return Close(); }
  bool start_array(std::size_t) override {
    if (depth_ == 0) array = true;
    return Open();
  }
  bool end_array() override { return Close(); }
  bool key(string_t& k) override {
    if (depth_ != 1) return true;
    subject = subject || k == "subject";
    relation = relation || k == "relation";
    graph = graph || k == "actors" || k == "edges";
    graph_export = graph_export || k == "nodes" || k == "elements";
    return true;
  }
  bool parse_error(std::size_t position, const std::string&,
                   const nlohmann::detail::exception&) override {
    // Cut by the end of the head: a prefix of JSON is JSON.
    failed = position < size;
    cut = !failed;
    return false;
  }

 private:
  bool Open() {
    ++depth_;
    return true;
  }
  bool Close() {
    --depth_;
    return true;
  }
  int depth_ = 0;
};

bool StartsWithToken(std::string_view* text, std::string_view token) {
  const size_t start = text->find_first_not_of(kBlank);
  if (start == text->npos || text->substr(start, token.size()) != token)
    return false;
  text->remove_prefix(start + token.size());
  return true;
}

// graph::LooksLikeGraphFile, which extract/ cannot see: '{' then
// "format": "kg-graph" first.
bool StartsAsGraphFile(std::string_view text) {
  return StartsWithToken(&text, "{") && StartsWithToken(&text, "\"format\"") &&
         StartsWithToken(&text, ":") && StartsWithToken(&text, "\"kg-graph\"");
}

// Parses `text` as JSON (`strict`: one value and nothing after it);
// failed iff a syntax error comes before the end of `text`, not because the
// text ends (a head cut in the middle of a value is still JSON).
TopKeysSax ParseForKeys(std::string_view text, bool strict) {
  // A space after the end: an error at it means only "more was expected".
  std::string padded(text);
  padded += ' ';
  TopKeysSax sax;
  sax.size = padded.size();
  nlohmann::json::sax_parse(padded, &sax, nlohmann::json::input_format_t::json,
                            strict);
  return sax;
}

ContentKind SniffJson(std::string_view text) {
  // The first line must be a JSON value or the start of one ("[1] A
  // footnote." is prose); if it is only the start, the rest of the head
  // gives the keys (a pretty-printed or cut file).
  const std::string_view line = text.substr(0, text.find('\n'));
  TopKeysSax sax = ParseForKeys(line, /*strict=*/true);
  if (sax.failed) return ContentKind::kText;
  if (sax.cut) sax = ParseForKeys(text, /*strict=*/false);
  if (sax.failed) return ContentKind::kText;
  if (sax.array) return ContentKind::kJson;
  if (sax.subject && sax.relation) return ContentKind::kTriples;
  if (sax.graph) return ContentKind::kGraphFile;
  if (sax.graph_export) return ContentKind::kGraphExport;
  return ContentKind::kJsonLines;
}

bool IsGraphExport(std::string_view text) {
  if (text.starts_with("<?xml") || text.starts_with("<graphml") ||
      text.starts_with("<gexf")) {
    const std::string_view head = text.substr(0, 4096);
    return head.find("<graphml") != head.npos || head.find("<gexf") != head.npos;
  }
  return text.starts_with("digraph \"kg\" {") || text.starts_with("id:ID,") ||
         text.starts_with(":START_ID,") ||
         text.starts_with("<!DOCTYPE html>\n<!-- kg view:");  // viewer/kg_view.html
}

}  // namespace

ContentKind SniffContent(std::string_view head) {
  if (head.empty()) return ContentKind::kEmpty;
  if (head.substr(0, kBinaryProbeBytes).find('\0') != head.npos)
    return ContentKind::kBinary;
  head = head.substr(0, kContentSniffBytes);
  if (head.starts_with(kUtf8Bom)) head.remove_prefix(kUtf8Bom.size());
  const size_t start = head.find_first_not_of(kBlank);
  if (start == head.npos) return ContentKind::kText;
  head.remove_prefix(start);
  if (StartsAsGraphFile(head)) return ContentKind::kGraphFile;
  if (head.front() == '{' || head.front() == '[') return SniffJson(head);
  if (IsGraphExport(head)) return ContentKind::kGraphExport;
  return ContentKind::kText;
}

bool IsKgOutputOrJson(ContentKind kind) {
  return kind == ContentKind::kTriples || kind == ContentKind::kGraphFile ||
         kind == ContentKind::kGraphExport || kind == ContentKind::kJson;
}

std::string_view DescribeContent(ContentKind kind) {
  switch (kind) {
    case ContentKind::kEmpty:
      return "an empty file";
    case ContentKind::kBinary:
      return "a binary file";
    case ContentKind::kText:
      return "text";
    case ContentKind::kJsonLines:
      return "JSON Lines documents";
    case ContentKind::kTriples:
      return "triples written by kg extract";
    case ContentKind::kGraphFile:
      return "a kg graph file";
    case ContentKind::kGraphExport:
      return "a graph file kg exported";
    case ContentKind::kJson:
      return "JSON";
  }
  return "unknown";
}

}  // namespace kg::extract
