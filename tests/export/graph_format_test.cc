#include "export/graph_format.h"

#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

#include "export/graph_writer.h"
#include "graph/graph_file.h"
#include "tests/export/hostile_graph.h"

namespace kg::exporter {
namespace {

const char kKnownFormats[] =
    "json, graphml, gexf, gexf1.2, dot, node-link, cytoscape, csv, html";

// What WriteGraphFormat writes to one stream.
std::string FormatText(const graph::KnowledgeGraph& g, const std::string& format,
                       const GraphFormatOptions& options = {}) {
  std::ostringstream out;
  std::ostream* streams[] = {&out};
  Status s = WriteGraphFormat(g, format, options, streams);
  REQUIRE_MESSAGE(s.ok(), s.ToString());
  return out.str();
}

TEST_CASE("FormatOfOutputName: compound suffixes first, any case") {
  CHECK(FormatOfOutputName("x.nodelink.json") == "node-link");
  CHECK(FormatOfOutputName("a/x.Node-Link.JSON") == "node-link");
  CHECK(FormatOfOutputName("x.cytoscape.json") == "cytoscape");
  CHECK(FormatOfOutputName("x.CYJS") == "cytoscape");
  CHECK(FormatOfOutputName("x.graphml") == "graphml");
  CHECK(FormatOfOutputName("x.gexf") == "gexf");
  CHECK(FormatOfOutputName("x.gv") == "dot");
  CHECK(FormatOfOutputName("x.dot") == "dot");
  CHECK(FormatOfOutputName("out/x.json") == "json");
  CHECK(FormatOfOutputName("x.csv") == "csv");
  CHECK(FormatOfOutputName("x.HTM") == "html");
  CHECK(FormatOfOutputName("x.PNG") == "png");
  CHECK(FormatOfOutputName("x") == "");
  CHECK(FormatOfOutputName("a.d/x") == "");
}

TEST_CASE("ChooseGraphFormat: the format wins over the name; errors list the known") {
  CHECK(*ChooseGraphFormat("g.txt", "GraphML") == "graphml");
  CHECK(*ChooseGraphFormat("g.nodelink.json", "") == "node-link");
  CHECK(*ChooseGraphFormat("g", "gexf1.2") == "gexf1.2");
  Result<std::string> none = ChooseGraphFormat("out/g", "");
  CHECK(none.status().code() == StatusCode::kInvalidArgument);
  CHECK(none.status().ToString() ==
        std::string("out/g: no graph format in the name; add a suffix or "
                    "--format (known: ") + kKnownFormats + ")");
  CHECK(ChooseGraphFormat("g", "", "format=").status().ToString() ==
        std::string("g: no graph format in the name; add a suffix or "
                    "format= (known: ") + kKnownFormats + ")");
  CHECK(ChooseGraphFormat("g.png", "").status().ToString() ==
        std::string("g.png: unknown graph format \"png\" (known: ") +
            kKnownFormats + ")");
  CHECK(ChooseGraphFormat("g.json", "SVG").status().ToString() ==
        std::string("g.json: unknown graph format \"svg\" (known: ") +
            kKnownFormats + ")");
}

TEST_CASE("GraphFormatFiles: csv writes two files, the others one") {
  CHECK(GraphFormatFiles("out/x.csv", "csv") ==
        std::vector<std::string>{"out/x.nodes.csv", "out/x.edges.csv"});
  CHECK(GraphFormatFiles("x.CSV", "csv") ==
        std::vector<std::string>{"x.nodes.csv", "x.edges.csv"});
  CHECK(GraphFormatFiles("x", "csv") ==
        std::vector<std::string>{"x.nodes.csv", "x.edges.csv"});
  CHECK(GraphFormatFiles("x.gv", "dot") == std::vector<std::string>{"x.gv"});
}

TEST_CASE("WriteGraphFormat: each format is its writer's bytes") {
  const graph::KnowledgeGraph g = testing::Hostile();
  std::ostringstream file, graphml, gexf, gexf12, nodelink, cyto, html, dot,
      multi, nodes, edges;
  graph::WriteGraphFile(g, file);
  WriteGraphML(g, graphml);
  WriteGexf(g, GexfOptions{"1.3"}, gexf);
  WriteGexf(g, GexfOptions{"1.2"}, gexf12);
  WriteNodeLinkJson(g, nodelink);
  WriteCytoscapeJson(g, cyto);
  WriteHtml(g, html);
  WriteDot(g, DotOptions{}, dot);
  DotOptions every;
  every.multi = true;
  WriteDot(g, every, multi);
  WriteNodesCsv(g, nodes);
  WriteEdgesCsv(g, edges);
  CHECK(FormatText(g, "json") == file.str());
  CHECK(FormatText(g, "graphml") == graphml.str());
  CHECK(FormatText(g, "gexf") == gexf.str());
  CHECK(FormatText(g, "gexf1.2") == gexf12.str());
  GraphFormatOptions v12;
  v12.gexf_version = "1.2";
  CHECK(FormatText(g, "gexf", v12) == gexf12.str());
  CHECK(FormatText(g, "node-link") == nodelink.str());
  CHECK(FormatText(g, "cytoscape") == cyto.str());
  CHECK(FormatText(g, "html") == html.str());
  CHECK(FormatText(g, "dot") == dot.str());
  GraphFormatOptions m;
  m.multi = true;
  CHECK(FormatText(g, "dot", m) == multi.str());
  CHECK(multi.str() != dot.str());

  std::ostringstream n, e;
  std::ostream* two[] = {&n, &e};
  std::string warning = "stale";
  REQUIRE(WriteGraphFormat(g, "csv", {}, two, &warning).ok());
  CHECK(n.str() == nodes.str());
  CHECK(e.str() == edges.str());
  CHECK(warning.empty());
}

TEST_CASE("WriteGraphFormat: dot marks the centre it is told") {
  const graph::KnowledgeGraph g = testing::Hostile();
  GraphFormatOptions around;
  around.around_id = "rtl";
  DotOptions dot;
  dot.around = g.FindActor("rtl");
  std::ostringstream expected;
  WriteDot(g, dot, expected);
  CHECK(FormatText(g, "dot", around) == expected.str());
  CHECK(expected.str().find("penwidth=2") != std::string::npos);
}

TEST_CASE("WriteGraphFormat: an unknown format or a wrong stream count is refused") {
  const graph::KnowledgeGraph g = testing::Hostile();
  std::ostringstream out;
  std::ostream* one[] = {&out};
  CHECK(WriteGraphFormat(g, "svg", {}, one).ToString() ==
        std::string("svg: unknown graph format (known: ") + kKnownFormats + ")");
  CHECK(WriteGraphFormat(g, "csv", {}, one).ToString() ==
        "csv: wants 2 output stream(s), got 1");
  CHECK(out.str().empty());
}

}  // namespace
}  // namespace kg::exporter
