// The HTML page: viewer/kg_view.html with its placeholders filled - the
// styles, the vendored libraries, the viewer's script and the graph's JSON -
// so that one file opens anywhere, offline.
#include <algorithm>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "base/name_fold.h"
#include "export/graph_writer.h"
#include "graph/cameo_category.h"
#include "graph/date_range.h"
#include "viewer/viewer_files.h"

namespace kg::exporter {
namespace {

using Json = nlohmann::ordered_json;
using graph::KnowledgeGraph;

// The libraries, in load order (fcose needs cose-base, which needs
// layout-base), each with its licence.
constexpr struct {
  std::string_view script, licence, name;
} kHtmlLibraries[] = {
    {"third_party/cytoscape/cytoscape.min.js", "third_party/cytoscape/LICENSE",
     "Cytoscape.js"},
    {"third_party/layout-base/layout-base.js", "third_party/layout-base/LICENSE",
     "layout-base"},
    {"third_party/cose-base/cose-base.js", "third_party/cose-base/LICENSE",
     "cose-base"},
    {"third_party/cytoscape-fcose/cytoscape-fcose.js",
     "third_party/cytoscape-fcose/LICENSE", "cytoscape-fcose"},
};

// JSON that can sit inside a <script> element: '<', '>' and '&' only occur
// inside JSON strings, where \u escapes read back the same characters, so
// "</script>" or "<!--" in a sentence cannot end or change the element.
// Invalid UTF-8 (possible only through the API) becomes U+FFFD.
std::string HtmlSafeJson(const Json& j) {
  const std::string dumped =
      j.dump(-1, ' ', false, Json::error_handler_t::replace);
  std::string out;
  out.reserve(dumped.size());
  for (char c : dumped) {
    if (c == '<')
      out += "\\u003c";
    else if (c == '>')
      out += "\\u003e";
    else if (c == '&')
      out += "\\u0026";
    else
      out += c;
  }
  return out;
}

// A script's text with every "</script" (any case) written "<\/script",
// which JavaScript reads the same in strings and regular expressions.
std::string HtmlSafeScript(std::string_view js) {
  std::string out;
  out.reserve(js.size());
  for (size_t i = 0; i < js.size(); ++i) {
    out += js[i];
    if (js[i] == '<' && i + 1 < js.size() && js[i + 1] == '/') {
      std::string next(js.substr(i + 2, 6));
      std::transform(next.begin(), next.end(), next.begin(),
                     [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
      if (next == "script") out += '\\';
    }
  }
  return out;
}

// The keys graph::ResolveActor compares a typed name with (its MakeKeys,
// kept in step by hand): the folded id, name and names seen, and for a
// person with two words or more its surname - the first word when a name
// seen other than the canonical one ends with that word alone ("President
// Xi"), else the last - and its first word.
Json HtmlNameKeys(const graph::ActorNode& a) {
  Json keys;
  const std::string name = FoldName(a.name);
  keys["id"] = FoldName(a.id);
  keys["name"] = name;
  Json seen = Json::array();
  std::vector<std::string> folded;
  for (const std::string& n : a.names) folded.push_back(FoldName(n));
  for (const std::string& f : folded) seen.push_back(f);
  keys["seen"] = std::move(seen);
  std::string surname, first;
  if (a.type == "person" && name.find(' ') != std::string::npos) {
    first = name.substr(0, name.find(' '));
    auto ends_with_word = [](const std::string& s, const std::string& w) {
      return s == w || (s.size() > w.size() &&
                        s.compare(s.size() - w.size(), w.size(), w) == 0 &&
                        s[s.size() - w.size() - 1] == ' ');
    };
    const bool first_alone =
        std::any_of(folded.begin(), folded.end(), [&](const std::string& s) {
          return s != name && ends_with_word(s, first);
        });
    surname = first_alone ? first : name.substr(name.rfind(' ') + 1);
  }
  keys["surname"] = surname;
  keys["first"] = first;
  return keys;
}

Json HtmlDay(int64_t day) {
  if (day == graph::kOpenStart || day == graph::kOpenEnd) return Json();
  return day;
}

// What the page shows first: all of it, or for a graph too large for that
// the last 365 days of its dated edges, or the neighbourhood of its best
// connected actor when nothing is dated.
Json HtmlStart(const KnowledgeGraph& g) {
  if (HtmlSizeWarning(g).empty()) return Json();
  std::optional<int64_t> last;
  for (size_t id = 0; id < g.edge_count(); ++id) {
    const graph::EventEdge& e = g.edge(id);
    if (!e.dated) continue;
    // An open end ("2018/..") says nothing about when the data ends.
    const int64_t day = e.when.end != graph::kOpenEnd ? e.when.end : e.when.start;
    if (day != graph::kOpenStart && (!last || day > *last)) last = day;
  }
  Json start;
  if (last) {
    start["window"] = {{"from", graph::DayString(*last - 364)},
                       {"to", graph::DayString(*last)}};
    return start;
  }
  std::vector<size_t> degree(g.actor_count(), 0);
  for (size_t id = 0; id < g.edge_count(); ++id) {
    const graph::EdgeRef r = g.edge_ref(id);
    ++degree[r.source];
    if (r.target != r.source) ++degree[r.target];
  }
  const size_t best = static_cast<size_t>(
      std::max_element(degree.begin(), degree.end()) - degree.begin());
  start["ego"] = g.actor(best).id;
  return start;
}

void WriteHtmlData(const KnowledgeGraph& g, std::ostream& out) {
  out << R"({"format":"kg-view","version":1,"actors":[)";
  for (size_t v = 0; v < g.actor_count(); ++v) {
    const graph::ActorNode& a = g.actor(v);
    Json j;
    j["id"] = a.id;
    j["name"] = a.name;
    j["type"] = a.type;
    j["code"] = a.code;
    j["names"] = a.names;
    j["keys"] = HtmlNameKeys(a);
    if (v > 0) out << ',';
    out << HtmlSafeJson(j);
  }
  out << R"(],"edges":[)";
  std::set<std::string> categories;
  for (size_t id = 0; id < g.edge_count(); ++id) {
    const graph::EdgeRef r = g.edge_ref(id);
    const graph::EventEdge& e = g.edge(id);
    Json j;
    j["source"] = r.source;
    j["target"] = r.target;
    j["kind"] = std::string(graph::EdgeKindName(e.kind));
    j["relation"] = e.relation;
    j["category"] = e.category;
    j["quad_class"] = e.quad_class;
    j["date"] = e.dated ? e.date : std::string();
    j["start"] = e.dated ? HtmlDay(e.when.start) : Json();
    j["end"] = e.dated ? HtmlDay(e.when.end) : Json();
    j["symmetric"] = e.symmetric;
    j["doc"] = e.doc;
    j["offset"] = e.span_begin;
    j["section"] = e.section;
    j["sentence"] = e.sentence;
    j["rule"] = e.rule;
    j["confidence"] = e.confidence;
    if (id > 0) out << ',';
    out << HtmlSafeJson(j);
    if (!e.category.empty()) categories.insert(e.category);
  }
  Json names = Json::object();
  for (const std::string& c : categories)
    names[c] = std::string(graph::CameoRootName(c));
  out << R"(],"categories":)" << HtmlSafeJson(names)
      << R"(,"start":)" << HtmlSafeJson(HtmlStart(g)) << '}';
}

// Writes `text` up to each "{{NAME}}" placeholder, then what `fill` writes
// for NAME.
template <typename Fill>
void FillTemplate(std::string_view text, std::ostream& out, Fill fill) {
  for (;;) {
    const size_t open = text.find("{{");
    const size_t close =
        open == std::string_view::npos ? open : text.find("}}", open);
    if (close == std::string_view::npos) {
      out << text;
      return;
    }
    out << text.substr(0, open);
    fill(text.substr(open + 2, close - open - 2));
    text.remove_prefix(close + 2);
  }
}

}  // namespace

std::string HtmlSizeWarning(const KnowledgeGraph& g) {
  if (g.actor_count() <= kHtmlMaxActors && g.edge_count() <= kHtmlMaxEdges)
    return "";
  return "the page shows " + std::to_string(g.actor_count()) + " actors and " +
         std::to_string(g.edge_count()) + " edges, more than it keeps interactive (" +
         std::to_string(kHtmlMaxActors) + " / " + std::to_string(kHtmlMaxEdges) +
         "): it opens on a filtered view; for a smaller page use --around NAME "
         "--depth N, or kg path/neighbors filters (--since/--until, --category)";
}

void WriteHtml(const KnowledgeGraph& g, std::ostream& out) {
  FillTemplate(viewer::ViewerFile("viewer/kg_view.html"), out,
               [&](std::string_view name) {
                 if (name == "KG_TITLE") {
                   out << "kg view: " << g.actor_count() << " actors, "
                       << g.edge_count() << " edges";
                 } else if (name == "KG_STYLE") {
                   out << viewer::ViewerFile("viewer/kg_view.css");
                 } else if (name == "KG_DATA") {
                   WriteHtmlData(g, out);
                 } else if (name == "KG_LIBRARIES") {
                   for (const auto& lib : kHtmlLibraries)
                     out << "<script>" << HtmlSafeScript(viewer::ViewerFile(lib.script))
                         << "</script>\n";
                 } else if (name == "KG_VIEWER") {
                   out << HtmlSafeScript(viewer::ViewerFile("viewer/kg_view.js"));
                 } else if (name == "KG_LICENCES") {
                   for (const auto& lib : kHtmlLibraries)
                     out << "== " << lib.name << " ==\n"
                         << HtmlSafeScript(viewer::ViewerFile(lib.licence)) << "\n";
                 }
               });
}

}  // namespace kg::exporter
