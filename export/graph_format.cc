#include "export/graph_format.h"

#include <algorithm>
#include <cctype>
#include <string_view>

#include "export/graph_writer.h"
#include "graph/graph_file.h"

namespace kg::exporter {
namespace {

std::string LowerAscii(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) {
    return static_cast<char>(std::tolower(c));
  });
  return s;
}

bool HasSuffixNoCase(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         LowerAscii(s.substr(s.size() - suffix.size())) == suffix;
}

std::string KnownFormats() {
  std::string known;
  for (const char* f : kGraphFormats)
    known += known.empty() ? f : std::string(", ") + f;
  return known;
}

}  // namespace

std::string FormatOfOutputName(const std::string& path) {
  struct Suffix {
    std::string_view suffix, format;
  };
  // Compound suffixes first: "x.nodelink.json" is for NetworkX, not kg's
  // own ".json".
  constexpr Suffix kSuffixes[] = {
      {".nodelink.json", "node-link"}, {".node-link.json", "node-link"},
      {".cytoscape.json", "cytoscape"}, {".cyjs", "cytoscape"},
      {".graphml", "graphml"},          {".gexf", "gexf"},
      {".dot", "dot"},                  {".gv", "dot"},
      {".json", "json"},                {".csv", "csv"},
      {".html", "html"},                {".htm", "html"},
  };
  for (const Suffix& s : kSuffixes)
    if (HasSuffixNoCase(path, s.suffix)) return std::string(s.format);
  const size_t slash = path.rfind('/');
  const size_t dot = path.rfind('.');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash))
    return "";
  return LowerAscii(path.substr(dot + 1));
}

Result<std::string> ChooseGraphFormat(const std::string& output,
                                      const std::string& format,
                                      const std::string& format_option) {
  const std::string chosen =
      format.empty() ? FormatOfOutputName(output) : LowerAscii(format);
  for (const char* f : kGraphFormats)
    if (chosen == f) return chosen;
  if (chosen.empty())
    return Status::InvalidArgument(
        output, "no graph format in the name; add a suffix or " +
                    format_option + " (known: " + KnownFormats() + ")");
  return Status::InvalidArgument(
      output, "unknown graph format \"" + chosen + "\" (known: " +
                  KnownFormats() + ")");
}

std::vector<std::string> GraphFormatFiles(const std::string& output,
                                          const std::string& format) {
  if (format != "csv") return {output};
  // Neo4j bulk import wants two files: "x.csv" gives x.nodes.csv and
  // x.edges.csv.
  std::string stem = output;
  if (stem.size() > 4 && HasSuffixNoCase(stem, ".csv")) stem.resize(stem.size() - 4);
  return {stem + ".nodes.csv", stem + ".edges.csv"};
}

Status WriteGraphFormat(const graph::KnowledgeGraph& g, const std::string& format,
                        const GraphFormatOptions& options,
                        std::span<std::ostream* const> out,
                        std::string* warning) {
  if (warning != nullptr) warning->clear();
  const size_t want = format == "csv" ? 2 : 1;
  if (out.size() != want)
    return Status::InvalidArgument(
        format, "wants " + std::to_string(want) + " output stream(s), got " +
                    std::to_string(out.size()));
  std::ostream& o = *out[0];
  if (format == "json") {
    graph::WriteGraphFile(g, o);
  } else if (format == "graphml") {
    WriteGraphML(g, o);
  } else if (format == "gexf") {
    WriteGexf(g, GexfOptions{options.gexf_version}, o);
  } else if (format == "gexf1.2") {
    WriteGexf(g, GexfOptions{"1.2"}, o);
  } else if (format == "node-link") {
    WriteNodeLinkJson(g, o);
  } else if (format == "cytoscape") {
    WriteCytoscapeJson(g, o);
  } else if (format == "html") {
    if (warning != nullptr) *warning = HtmlSizeWarning(g);
    WriteHtml(g, o);
  } else if (format == "dot") {
    DotOptions dot;
    dot.multi = options.multi;
    dot.depth = options.depth;
    // The graph is already the neighbourhood: mark its centre.
    if (options.around_id) dot.around = g.FindActor(*options.around_id);
    WriteDot(g, dot, o);
  } else if (format == "csv") {
    WriteNodesCsv(g, o);
    WriteEdgesCsv(g, *out[1]);
  } else {
    return Status::InvalidArgument(
        format, "unknown graph format (known: " + KnownFormats() + ")");
  }
  return Status::Ok();
}

}  // namespace kg::exporter
