#include "graph/graph_file.h"

#include <algorithm>
#include <limits>
#include <optional>
#include <nlohmann/json.hpp>
#include <tuple>
#include <unordered_map>
#include <utility>
#include <vector>

#include "base/json_error.h"
#include "base/status.h"
#include "base/triple.h"
#include "base/utf8.h"

namespace kg::graph {
namespace {

using Json = nlohmann::ordered_json;

constexpr std::string_view kFormat = "kg-graph";
constexpr int kVersion = 1;

std::string Quoted(std::string_view s) { return "\"" + std::string(s) + "\""; }

// Invalid UTF-8 (possible only through the API, never from extraction)
// becomes U+FFFD rather than an exception inside a void writer.
std::string Dump(const Json& j) {
  return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

Json ActorJson(const ActorNode& a) {
  Json j;
  j["id"] = a.id;
  j["name"] = a.name;
  j["type"] = a.type;
  j["code"] = a.code;
  j["names"] = a.names;
  j["mentions"] = a.mentions;
  j["first_date"] = a.first_date;
  j["last_date"] = a.last_date;
  return j;
}

Json EdgeJson(const KnowledgeGraph& g, size_t id) {
  const EventEdge& e = g.edge(id);
  const EdgeRef ref = g.edge_ref(id);
  Json j;
  j["source"] = g.actor(ref.source).id;
  j["target"] = g.actor(ref.target).id;
  // Written only for affiliations: an event edge's line is what it was
  // before edges had kinds, and older files load as events.
  if (e.kind != EdgeKind::kEvent) j["kind"] = std::string(EdgeKindName(e.kind));
  j["relation"] = e.relation;
  j["category"] = e.category;
  j["quad_class"] = e.quad_class;
  j["date"] = e.date;
  j["date_source"] = e.date_source;
  j["symmetric"] = e.symmetric;
  j["doc"] = e.doc;
  j["section"] = e.section;
  j["sentence"] = e.sentence;
  j["span"] = {e.span_begin, e.span_end};
  j["rule"] = e.rule;
  // nlohmann writes the shortest digits that parse back to the same double.
  j["confidence"] = e.confidence;
  return j;
}

// "path:line:col" of a parse error: e.byte counts from 1 and points at the
// byte that failed (one past the end for a truncated file).
std::string ErrorLocation(std::string_view text, const std::string& path,
                          size_t byte) {
  const size_t offset = std::min(byte == 0 ? 0 : byte - 1, text.size());
  const std::string_view before = text.substr(0, offset);
  const size_t line =
      1 + static_cast<size_t>(std::count(before.begin(), before.end(), '\n'));
  const size_t line_start = before.rfind('\n');
  const size_t col =
      offset - (line_start == before.npos ? 0 : line_start + 1) + 1;
  return Location(path, line, col);
}

// nlohmann's what() is "[json.exception.parse_error.101] parse error at line
// 1, column 6: syntax error while parsing value - ..."; we give our own
// location, so keep what follows "syntax error ".
std::string SyntaxErrorDetail(const std::string& what) {
  std::string_view detail = what;
  if (size_t colon = detail.find(": "); colon != detail.npos) {
    detail.remove_prefix(colon + 2);
  }
  if (detail.starts_with("syntax error ")) detail.remove_prefix(13);
  return "JSON syntax error: " + std::string(detail);
}

// A saved graph before it is added: edges name actors by index.
struct SavedEdge {
  size_t source = 0;
  size_t target = 0;
  EventEdge edge;
};
// An actor's derived fields may be left out of a file: they then are what
// the edges give.
struct SavedActor {
  ActorNode actor;
  bool has_mentions = false;
  bool has_first_date = false;
  bool has_last_date = false;
};
struct GraphData {
  std::vector<SavedActor> actors;
  std::vector<SavedEdge> edges;
};

// Reads the fields of one actor or edge object; `what` ("actor 3",
// "edge 12") starts every message. Missing optional fields keep their
// defaults; a present field must have the right type. After the first
// error the reader does nothing more, and status() holds that error.
class FieldReader {
 public:
  FieldReader(const Json& j, const std::string& path, std::string what)
      : j_(j), path_(path), what_(std::move(what)) {
    if (!j_.is_object()) Fail("not an object");
  }

  const Status& status() const { return status_; }

  void Fail(const std::string& detail) {
    if (status_.ok())
      status_ = Status::ParseError(path_, what_ + ": " + detail);
  }

  void String(const char* key, std::string* out, bool required = false) {
    const Json* v = Find(key);
    if (v == nullptr) {
      if (required && status_.ok()) Fail("missing " + Quoted(key));
    } else if (!v->is_string()) {
      Fail(Quoted(key) + " must be a string");
    } else {
      *out = v->get<std::string>();
    }
  }

  void Strings(const char* key, std::vector<std::string>* out) {
    const Json* v = Find(key);
    if (v == nullptr) return;
    const bool ok = v->is_array() &&
                    std::all_of(v->begin(), v->end(),
                                [](const Json& s) { return s.is_string(); });
    if (!ok) return Fail(Quoted(key) + " must be an array of strings");
    out->clear();
    for (const Json& s : *v) out->push_back(s.get<std::string>());
  }

  bool Has(const char* key) const { return Find(key) != nullptr; }

  void Unsigned(const char* key, size_t* out) {
    const Json* v = Find(key);
    if (v == nullptr) return;
    if (!v->is_number_unsigned()) {
      return Fail(Quoted(key) + " must be an unsigned integer");
    }
    *out = v->get<size_t>();
  }

  void Int(const char* key, int* out) {
    const Json* v = Find(key);
    if (v == nullptr) return;
    constexpr int64_t kMin = std::numeric_limits<int>::min();
    constexpr int64_t kMax = std::numeric_limits<int>::max();
    const bool fits = v->is_number_unsigned()
                          ? v->get<uint64_t>() <= static_cast<uint64_t>(kMax)
                          : v->is_number_integer() &&
                                v->get<int64_t>() >= kMin &&
                                v->get<int64_t>() <= kMax;
    if (!fits) return Fail(Quoted(key) + " must be an integer");
    *out = v->get<int>();
  }

  void Bool(const char* key, bool* out) {
    const Json* v = Find(key);
    if (v == nullptr) return;
    if (!v->is_boolean()) return Fail(Quoted(key) + " must be true or false");
    *out = v->get<bool>();
  }

  void Number(const char* key, double* out) {
    const Json* v = Find(key);
    if (v == nullptr) return;
    if (!v->is_number()) return Fail(Quoted(key) + " must be a number");
    *out = v->get<double>();
  }

  void Span(const char* key, size_t* begin, size_t* end) {
    const Json* v = Find(key);
    if (v == nullptr) return;
    if (!v->is_array() || v->size() != 2 || !(*v)[0].is_number_unsigned() ||
        !(*v)[1].is_number_unsigned()) {
      return Fail(Quoted(key) + " must be [begin, end]");
    }
    *begin = (*v)[0].get<size_t>();
    *end = (*v)[1].get<size_t>();
  }

  // "" or a date ParseEdtf reads.
  void Date(const char* key, std::string* out) {
    String(key, out);
    DateRange unused;
    if (status_.ok() && !out->empty() && !ParseEdtf(*out, &unused)) {
      Fail("bad EDTF " + std::string(key) + " " + Quoted(*out));
    }
  }

 private:
  // nullptr when the key is missing or an error is already recorded.
  const Json* Find(const char* key) const {
    if (!status_.ok()) return nullptr;
    auto it = j_.find(key);
    return it == j_.end() ? nullptr : &*it;
  }

  const Json& j_;
  const std::string& path_;
  std::string what_;
  Status status_;
};

Status ReadActor(const Json& j, const std::string& path, size_t index,
                 SavedActor* saved) {
  FieldReader r(j, path, "actor " + std::to_string(index));
  ActorNode* a = &saved->actor;
  r.String("id", &a->id, /*required=*/true);
  r.String("name", &a->name);
  r.String("type", &a->type);
  r.String("code", &a->code);
  r.Strings("names", &a->names);
  saved->has_mentions = r.Has("mentions");
  saved->has_first_date = r.Has("first_date");
  saved->has_last_date = r.Has("last_date");
  r.Unsigned("mentions", &a->mentions);
  r.Date("first_date", &a->first_date);
  r.Date("last_date", &a->last_date);
  return r.status();
}

Status ReadEdge(const Json& j, const std::string& path, size_t index,
                const std::unordered_map<std::string, size_t>& actors,
                SavedEdge* out) {
  FieldReader r(j, path, "edge " + std::to_string(index));
  std::string source, target;
  r.String("source", &source, /*required=*/true);
  r.String("target", &target, /*required=*/true);
  for (auto [id, vertex] :
       {std::pair{&source, &out->source}, std::pair{&target, &out->target}}) {
    if (!r.status().ok()) break;
    auto it = actors.find(*id);
    if (it == actors.end()) {
      r.Fail("unknown actor " + Quoted(*id));
    } else {
      *vertex = it->second;
    }
  }
  EventEdge& e = out->edge;
  std::string kind;
  r.String("kind", &kind);
  if (r.status().ok() && r.Has("kind")) {
    if (std::optional<EdgeKind> k = ParseEdgeKind(kind)) {
      e.kind = *k;
    } else {
      r.Fail("\"kind\" " + Quoted(kind) + " is not event or affiliation");
    }
  }
  r.String("relation", &e.relation, /*required=*/true);
  r.String("category", &e.category);
  r.Int("quad_class", &e.quad_class);
  r.Date("date", &e.date);
  r.String("date_source", &e.date_source);
  r.Bool("symmetric", &e.symmetric);
  r.String("doc", &e.doc);
  r.String("section", &e.section);
  r.String("sentence", &e.sentence);
  r.Span("span", &e.span_begin, &e.span_end);
  r.String("rule", &e.rule);
  r.Number("confidence", &e.confidence);
  // The file is the trust boundary (the API takes any values): what kg
  // could not have written is refused, naming the field.
  if (r.status().ok() && !e.date_source.empty() &&
      DateSourceName(DateSourceFromName(e.date_source)) != e.date_source)
    r.Fail("\"date_source\" " + Quoted(e.date_source) +
           " is not sentence, paragraph, section, document or none");
  if (r.status().ok()) {
    if (std::string error =
            FieldDomainError(e.category, e.quad_class, e.confidence,
                             e.span_begin, e.span_end);
        !error.empty())
      r.Fail(error);
  }
  return r.status();
}

// The 1-based line where element `index` of the root object's array `key`
// begins in `text`, or 0: nlohmann's DOM keeps no positions, and an error
// should point at its line as the JSON Lines readers' do. Run only on an
// error, so one scan of the text is cheap enough.
size_t ElementLine(std::string_view text, std::string_view key,
                   size_t index) {
  size_t line = 1, depth = 0, element = 0;
  bool in_key_array = false, expect_element = false;
  std::string_view last_string;  // the root's last key, at depth 1
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\n') ++line;
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') continue;
    if (expect_element && c != ']') {
      if (element == index) return line;
      expect_element = false;
    }
    if (c == '"') {
      const size_t start = i + 1;
      for (++i; i < text.size() && text[i] != '"'; ++i)
        if (text[i] == '\\') ++i;  // strings hold no raw newline
      if (depth == 1) last_string = text.substr(start, i - start);
    } else if (c == '{' || c == '[') {
      ++depth;
      if (depth == 2 && c == '[' && last_string == key) {
        in_key_array = expect_element = true;
      }
    } else if (c == '}' || c == ']') {
      if (depth == 2 && in_key_array) return 0;  // fewer elements
      --depth;
    } else if (c == ',' && depth == 2 && in_key_array) {
      ++element;
      expect_element = true;
    }
  }
  return 0;
}

// `s` (about the root array `key`'s element `index`) with its line added
// to the path: "g.json:14: edge 12: ...".
Status AtElement(const Status& s, std::string_view text,
                 const std::string& path, std::string_view key,
                 size_t index) {
  if (s.ok()) return s;
  const size_t line = ElementLine(text, key, index);
  if (line == 0) return s;
  return Status::ParseError(Location(path, line), s.detail());
}

Status ReadData(const Json& root, std::string_view text,
                const std::string& path, GraphData* data) {
  auto format = root.is_object() ? root.find("format") : root.end();
  if (format == root.end() || !format->is_string() ||
      format->get<std::string>() != kFormat) {
    return Status::ParseError(path, "not a kg graph file");
  }
  auto version = root.find("version");
  if (version == root.end() || *version != kVersion) {
    return Status::ParseError(
        path, "unsupported version " +
                  (version == root.end() ? "(none)" : Dump(*version)) +
                  " (this kg reads " + std::to_string(kVersion) + ")");
  }
  const Json empty = Json::array();
  const Json* lists[2] = {&empty, &empty};
  const char* names[2] = {"actors", "edges"};
  for (int i = 0; i < 2; ++i) {
    auto it = root.find(names[i]);
    if (it == root.end()) continue;
    if (!it->is_array()) {
      return Status::ParseError(path, Quoted(names[i]) + " must be an array");
    }
    lists[i] = &*it;
  }
  std::unordered_map<std::string, size_t> index;
  for (const Json& j : *lists[0]) {
    SavedActor a;
    const size_t n = data->actors.size();
    if (Status s = ReadActor(j, path, n, &a); !s.ok()) {
      return AtElement(s, text, path, "actors", n);
    }
    if (!index.emplace(a.actor.id, n).second) {
      return AtElement(
          Status::ParseError(path, "actor " + std::to_string(n) +
                                       ": duplicate id " + Quoted(a.actor.id)),
          text, path, "actors", n);
    }
    data->actors.push_back(std::move(a));
  }
  for (const Json& j : *lists[1]) {
    SavedEdge e;
    const size_t n = data->edges.size();
    if (Status s = ReadEdge(j, path, n, index, &e); !s.ok()) {
      return AtElement(s, text, path, "edges", n);
    }
    data->edges.push_back(std::move(e));
  }
  return Status::Ok();
}

// Adds the saved graph to *g as it was built: the actors bare, then the
// edges (which count mentions and widen dates), then whatever the edges do
// not explain - mentions and dates once given through AddActor. Errors only
// if the file's mentions are fewer than its edges give.
Status Replay(const GraphData& data, std::string_view text,
              const std::string& path, KnowledgeGraph* g) {
  std::vector<size_t> vertex, before;
  for (const SavedActor& saved : data.actors) {
    ActorNode bare = saved.actor;
    bare.mentions = 0;
    bare.first_date.clear();
    bare.last_date.clear();
    vertex.push_back(g->AddActor(bare));
    before.push_back(g->actor(vertex.back()).mentions);
  }
  for (size_t i = 0; i < data.edges.size(); ++i) {
    const SavedEdge& e = data.edges[i];
    Result<size_t> added =
        g->AddEdge(vertex[e.source], vertex[e.target], e.edge);
    if (!added.ok()) {
      return AtElement(
          Status::ParseError(path, "edge " + std::to_string(i) + ": " +
                                       added.status().detail()),
          text, path, "edges", i);
    }
  }
  for (size_t i = 0; i < data.actors.size(); ++i) {
    const ActorNode& saved = data.actors[i].actor;
    const size_t from_edges = g->actor(vertex[i]).mentions - before[i];
    const size_t mentions =
        data.actors[i].has_mentions ? saved.mentions : from_edges;
    if (mentions < from_edges) {
      return AtElement(
          Status::ParseError(
              path, "actor " + std::to_string(i) + " " + Quoted(saved.id) +
                        ": mentions " + std::to_string(mentions) +
                        " but its edges give " + std::to_string(from_edges)),
          text, path, "actors", i);
    }
    ActorNode rest;
    rest.id = saved.id;
    rest.mentions = mentions - from_edges;
    rest.first_date = saved.first_date;
    rest.last_date = saved.last_date;
    g->AddActor(rest);
  }
  return Status::Ok();
}

// Dates can only widen: a saved first_date later than its edges' (or last
// date earlier) was not written by WriteGraphFile.
Status CheckDates(const GraphData& data, std::string_view text,
                  const std::string& path, const KnowledgeGraph& g) {
  for (size_t v = 0; v < data.actors.size(); ++v) {
    const ActorNode& saved = data.actors[v].actor;
    const ActorNode& loaded = g.actor(v);
    for (auto [key, present, want, got] :
         {std::tuple{"first_date", data.actors[v].has_first_date,
                     &saved.first_date, &loaded.first_date},
          {"last_date", data.actors[v].has_last_date, &saved.last_date,
           &loaded.last_date}}) {
      if (!present || *want == *got) continue;
      return AtElement(
          Status::ParseError(path, "actor " + std::to_string(v) + " " +
                                       Quoted(saved.id) + ": " + key + " " +
                                       Quoted(*want) +
                                       " does not match its edges (" +
                                       Quoted(*got) + ")"),
          text, path, "actors", v);
    }
  }
  return Status::Ok();
}

}  // namespace

void WriteGraphFile(const KnowledgeGraph& g, std::ostream& out) {
  out << "{\"format\": \"" << kFormat << "\", \"version\": " << kVersion
      << ",\n\"actors\": [";
  for (size_t v = 0; v < g.actor_count(); ++v) {
    out << (v == 0 ? "\n" : ",\n") << Dump(ActorJson(g.actor(v)));
  }
  out << (g.actor_count() == 0 ? "" : "\n") << "],\n\"edges\": [";
  for (size_t e = 0; e < g.edge_count(); ++e) {
    out << (e == 0 ? "\n" : ",\n") << Dump(EdgeJson(g, e));
  }
  out << (g.edge_count() == 0 ? "" : "\n") << "]}\n";
}

Status ReadGraphFile(std::string_view text, const std::string& path,
                     KnowledgeGraph* g) {
  GraphData data;
  try {
    if (Status s = ReadData(Json::parse(text), text, path, &data); !s.ok()) {
      return s;
    }
  } catch (const Json::parse_error& e) {
    return Status::ParseError(ErrorLocation(text, path, e.byte),
                              SyntaxErrorDetail(e.what()));
  } catch (const Json::exception& e) {
    // A number out of range (1e999), or a type the checks above missed:
    // nlohmann's message without its "[json.exception...] " tag.
    return Status::ParseError(path, JsonErrorText(e.what()));
  }
  // Built apart, so that *g is untouched by a bad file.
  KnowledgeGraph loaded;
  if (Status s = Replay(data, text, path, &loaded); !s.ok()) return s;
  if (Status s = CheckDates(data, text, path, loaded); !s.ok()) return s;
  if (g->actor_count() == 0) {
    *g = std::move(loaded);
    return Status::Ok();
  }
  return Replay(data, text, path, g);  // cannot fail: `loaded` did not
}

bool LooksLikeGraphFile(std::string_view text) {
  if (text.starts_with(kUtf8Bom)) text.remove_prefix(kUtf8Bom.size());
  auto expect = [&text](std::string_view token) {
    const size_t start = text.find_first_not_of(" \t\r\n");
    if (start == text.npos || text.substr(start, token.size()) != token) {
      return false;
    }
    text.remove_prefix(start + token.size());
    return true;
  };
  return expect("{") && expect("\"format\"") && expect(":") &&
         expect("\"kg-graph\"");
}

}  // namespace kg::graph
