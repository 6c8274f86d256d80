// Graph formats by name: which format an output asks for (`kg build -o
// x.graphml`, Python's Graph.save("x.graphml")), which files it writes,
// and the writer of each (graph_writer.h, graph/graph_file.h), so that the
// CLI and the Python module write the same bytes.
//
//   kg::Result<std::string> format = kg::exporter::ChooseGraphFormat("g.GEXF", "");
//   // "gexf"
//   std::vector<std::string> files = kg::exporter::GraphFormatFiles("x.csv", "csv");
//   // {"x.nodes.csv", "x.edges.csv"}
//   std::string warning;
//   kg::Status s = kg::exporter::WriteGraphFormat(g, *format, {}, streams, &warning);
//
// Formats (kGraphFormats): json (kg's own graph file), graphml, gexf (1.3,
// or GraphFormatOptions::gexf_version), gexf1.2, dot, node-link,
// cytoscape, csv (two files: nodes and edges, for Neo4j's bulk import) and
// html (the interactive page).
// Names: compound suffixes first, in any case - ".nodelink.json" and
// ".node-link.json" -> node-link, ".cytoscape.json" and ".cyjs" ->
// cytoscape, ".graphml", ".gexf", ".dot" and ".gv" -> dot, ".json" (kg's
// file), ".csv", ".html" and ".htm" -> html.
#ifndef KG_EXPORT_GRAPH_FORMAT_H_
#define KG_EXPORT_GRAPH_FORMAT_H_

#include <optional>
#include <ostream>
#include <span>
#include <string>
#include <vector>

#include "base/status.h"
#include "graph/knowledge_graph.h"

namespace kg::exporter {

/// Every format WriteGraphFormat writes, in the order messages list them.
inline constexpr const char* kGraphFormats[] = {
    "json", "graphml",   "gexf",      "gexf1.2", "dot",
    "node-link", "cytoscape", "csv", "html"};

/// The format a file name asks for (by the suffixes above); a name without
/// a known suffix gives its last extension, lowercased ("" for none), which
/// ChooseGraphFormat reports as unknown.
///   FormatOfOutputName("a/x.NodeLink.JSON") == "node-link"
///   FormatOfOutputName("x.png") == "png", FormatOfOutputName("a.b/x") == ""
std::string FormatOfOutputName(const std::string& path);

/// The format of an output: `format` in any case if given, else from the
/// name of `output`. kInvalidArgument, context `output`:
///   "no graph format in the name; add a suffix or --format (known: json,
///    graphml, ...)" (the name has no extension and no format is given);
///   "unknown graph format \"png\" (known: json, graphml, ...)".
/// `format_option` names the way to choose one in the first message
/// ("--format" for the CLI, "format=" for Python).
Result<std::string> ChooseGraphFormat(const std::string& output,
                                      const std::string& format,
                                      const std::string& format_option = "--format");

/// The files a format writes for `output`: {output}, or for csv
/// {"<stem>.nodes.csv", "<stem>.edges.csv"}, the stem being `output`
/// without a final ".csv" (any case).
std::vector<std::string> GraphFormatFiles(const std::string& output,
                                          const std::string& format);

/// What some formats take.
struct GraphFormatOptions {
  std::string gexf_version = "1.3";  ///< "gexf": "1.3" or "1.2"
  bool multi = false;     ///< dot: every mention, not one edge a relation
  /// dot: the id of the actor the graph is the neighbourhood of (drawn
  /// with penwidth=2), or none; depth as the neighbourhood's.
  std::optional<std::string> around_id;
  size_t depth = 1;
};

/// Writes `g` as `format` (one of kGraphFormats) to `out`, one stream for
/// each of GraphFormatFiles (csv: nodes, then edges). *warning (if not
/// null) gets the html page's size warning (HtmlSizeWarning, no prefix) or
/// "". kInvalidArgument for another format or a wrong number of streams;
/// stream failures are the caller's to check.
Status WriteGraphFormat(const graph::KnowledgeGraph& g, const std::string& format,
                        const GraphFormatOptions& options,
                        std::span<std::ostream* const> out,
                        std::string* warning = nullptr);

}  // namespace kg::exporter

#endif  // KG_EXPORT_GRAPH_FORMAT_H_
