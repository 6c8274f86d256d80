// WriteHtml: the page is one self-contained file (scripts and styles
// inline, nothing fetched), its embedded graph JSON reads back to the
// graph, a sentence cannot end its script, the same graph gives the same
// bytes, a large graph starts filtered, and `kg build` picks the format
// from --format or the .html name. The browser checks are in tests/viewer/.
#include <doctest/doctest.h>

#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <cctype>
#include <sstream>
#include <string>
#include <utility>

#include "export/graph_writer.h"
#include "tests/cli/kg_runner.h"
#include "tests/export/hostile_graph.h"
#include "tests/temp_dir.h"

namespace kg::exporter {
namespace {

using graph::EventEdge;
using graph::KnowledgeGraph;
using Json = nlohmann::json;

std::string Page(const KnowledgeGraph& g) {
  std::ostringstream out;
  WriteHtml(g, out);
  return out.str();
}

size_t Count(const std::string& text, const std::string& part) {
  size_t n = 0;
  for (size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

// The text of <script type="application/json" id="kg-data">, parsed.
Json PageData(const std::string& page) {
  const std::string open = R"(<script type="application/json" id="kg-data">)";
  const size_t begin = page.find(open);
  REQUIRE(begin != std::string::npos);
  const size_t end = page.find("</script>", begin);
  REQUIRE(end != std::string::npos);
  const std::string text = page.substr(begin + open.size(), end - begin - open.size());
  CHECK(text.find('<') == std::string::npos);  // \u003c inside strings
  return Json::parse(text);
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

TEST_CASE("WriteHtml: one self-contained page, every script and style inline") {
  const std::string page = Page(testing::Hostile());
  CHECK(page.starts_with("<!DOCTYPE html>\n<!-- kg view:"));
  CHECK(page.ends_with("</html>\n"));
  // Nothing loaded from elsewhere: no script, stylesheet, image or frame
  // with a source, and no placeholder left unfilled.
  std::string lower = page;
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const char* attribute : {"src=", "href=", "src =", "href ="})
    for (const char* quote : {"", "\"", "'"})
      for (const char* url : {"http:", "https:", "//"}) {
        CAPTURE(attribute);
        CHECK(Count(lower, std::string(attribute) + quote + url) == 0);
      }
  CHECK(Count(page, "<script src") == 0);
  CHECK(Count(page, "<link") == 0);
  CHECK(Count(page, "{{KG_") == 0);
  // The data, the licences, Cytoscape.js, layout-base, cose-base, fcose and
  // the viewer: seven scripts, each closed once.
  CHECK(Count(page, "<script") == 7);
  CHECK(Count(page, "</script>") == 7);
  CHECK(Count(page, "<style>") == 1);
  CHECK(page.find("cytoscapeFcose") != std::string::npos);
  CHECK(page.find("window.kgView = {") != std::string::npos);
  CHECK(page.find("Copyright (c) 2016-2026, The Cytoscape Consortium.") != std::string::npos);
  CHECK(page.find("<title>kg view: 3 actors, 2 edges</title>") != std::string::npos);
}

TEST_CASE("WriteHtml: the embedded JSON reads back to the graph's actors and edges") {
  const Json data = PageData(Page(testing::Hostile()));
  CHECK(data["format"] == "kg-view");
  CHECK(data["version"] == 1);
  REQUIRE(data["actors"].size() == 3);
  CHECK(data["actors"][0] == Json::parse(R"({"id":"node","name":"a\"b","type":"person","code":"",
      "names":["<&>","\\N","a\"b"],
      "keys":{"id":"node","name":"a b","seen":["","n","a b"],"surname":"b","first":"a"}})"));
  CHECK(data["actors"][1] == Json::parse(R"({"id":"C:\\path\\","name":"ctl\u0001x","type":"country",
      "code":"CHN","names":["ctl\u0001x"],
      "keys":{"id":"c path","name":"ctl x","seen":["ctl x"],"surname":"","first":""}})"));
  CHECK(data["actors"][2]["name"] == "\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D \xF0\x9F\x98\x80");
  CHECK(data["actors"][2]["keys"]["name"] == "\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D");
  REQUIRE(data["edges"].size() == 2);
  // 2019-03 is days 17956..17986 from 1970-01-01.
  CHECK(data["edges"][0] == Json::parse(R"({"source":0,"target":1,"kind":"event",
      "relation":"sign agreement","category":"05","quad_class":1,"date":"2019-03",
      "start":17956,"end":17986,"symmetric":false,"doc":"d1","offset":3,"section":"body",
      "sentence":"line one\nline \"two\"","rule":"r1","confidence":0.1})"));
  CHECK(data["edges"][1] == Json::parse(R"({"source":2,"target":0,"kind":"event",
      "relation":"criticize","category":"11","quad_class":3,"date":"","start":null,
      "end":null,"symmetric":true,"doc":"","offset":0,"section":"",
      "sentence":"\\N <&>","rule":"","confidence":0.0})"));
  CHECK(data["categories"] == Json::parse(R"({"05":"engage in diplomatic cooperation","11":"disapprove"})"));
  CHECK(data["start"].is_null());
}

TEST_CASE("WriteHtml: an affiliation edge says its kind, an open date its known end") {
  KnowledgeGraph g;
  g.AddActor({"ann", "Ann Lee", "person", "", {"Ann Lee", "Lee"}, 0, "", ""});
  g.AddActor({"KEN", "Kenya", "country", "KEN", {"Kenya"}, 0, "", ""});
  EventEdge e;
  e.kind = graph::EdgeKind::kAffiliation;
  e.relation = "affiliated with";
  e.date = "2018/..";
  e.rule = "affiliation/name";
  e.confidence = 1;
  REQUIRE(g.AddEdge(0, 1, std::move(e)).ok());
  const Json data = PageData(Page(g));
  CHECK(data["edges"][0]["kind"] == "affiliation");
  CHECK(data["edges"][0]["category"] == "");
  CHECK(data["edges"][0]["start"] == 17532);  // 2018-01-01
  CHECK(data["edges"][0]["end"].is_null());   // open
  CHECK(data["categories"] == Json::object());
  CHECK(data["actors"][0]["keys"]["surname"] == "lee");
}

TEST_CASE("WriteHtml: a sentence with </script> or <!-- cannot end or change a script") {
  KnowledgeGraph g;
  g.AddActor({"a", "</script><script>alert(1)</script>", "person", "", {}, 0, "", ""});
  g.AddActor({"b", "B & <!-- c", "country", "", {}, 0, "", ""});
  EventEdge e;
  e.relation = "meet";
  e.sentence = "x </SCRIPT><script>alert(2)</script> <!-- y --> & z";
  REQUIRE(g.AddEdge(0, 1, std::move(e)).ok());
  const std::string page = Page(g);
  CHECK(Count(page, "</script>") == 7);
  CHECK(Count(page, "</SCRIPT>") == 0);
  CHECK(page.find("<!-- y") == std::string::npos);
  const Json data = PageData(page);
  CHECK(data["actors"][0]["name"] == "</script><script>alert(1)</script>");
  CHECK(data["actors"][1]["name"] == "B & <!-- c");
  CHECK(data["edges"][0]["sentence"] == "x </SCRIPT><script>alert(2)</script> <!-- y --> & z");
}

TEST_CASE("WriteHtml: the same graph gives the same bytes") {
  CHECK(Page(testing::Hostile()) == Page(testing::Hostile()));
  KnowledgeGraph empty;
  const std::string page = Page(empty);
  CHECK(Page(empty) == page);
  CHECK(PageData(page)["actors"] == Json::array());
}

// `actors` actors in pairs, one edge a pair, the dated ones as given.
KnowledgeGraph Pairs(size_t actors, const std::vector<std::string>& dates) {
  KnowledgeGraph g;
  for (size_t v = 0; v < actors; ++v)
    g.AddActor({"a" + std::to_string(v), "A " + std::to_string(v), "person", "", {}, 0, "", ""});
  for (size_t v = 0; v + 1 < actors; v += 2) {
    EventEdge e;
    e.relation = "meet";
    const size_t k = v / 2;
    if (k < dates.size()) e.date = dates[k];
    REQUIRE(g.AddEdge(v, v + 1, std::move(e)).ok());
  }
  return g;
}

TEST_CASE("WriteHtml: past 5,000 actors the page starts on the last year, or on an ego view") {
  CHECK(HtmlSizeWarning(Pairs(5000, {})).empty());
  CHECK(PageData(Page(Pairs(5000, {"2020"})))["start"].is_null());
  const KnowledgeGraph dated = Pairs(5001, {"2019", "2020-06", "2018/.."});
  CHECK(HtmlSizeWarning(dated) ==
        "the page shows 5001 actors and 2500 edges, more than it keeps interactive "
        "(5000 / 20000): it opens on a filtered view; for a smaller page use "
        "--around NAME --depth N, or kg path/neighbors filters (--since/--until, --category)");
  // The last dated day is 2020-06-30 (the open "2018/.." ends nowhere).
  CHECK(PageData(Page(dated))["start"] ==
        Json::parse(R"({"window":{"from":"2019-07-02","to":"2020-06-30"}})"));
  // Nothing dated: the best connected actor's neighbourhood (a0 has two edges).
  KnowledgeGraph undated = Pairs(5002, {});
  EventEdge e;
  e.relation = "visit";
  REQUIRE(undated.AddEdge(0, 2, std::move(e)).ok());
  CHECK(PageData(Page(undated))["start"] == Json::parse(R"({"ego":"a0"})"));
}

TEST_CASE("kg build: -o x.html, any case, and --format html write the page") {
  kg::testing::TempDir dir("kg_html_writer_test");
  const std::string triples = dir.Write(
      "t.jsonl",
      R"({"doc":"d.txt","subject":"Ann Lee","subject_id":"ann","subject_type":"person","relation":"meet","category":"04","object":"Bob Ray","object_id":"bob","object_type":"person","date":"2019","symmetric":true,"sentence":"Ann Lee met Bob Ray.","span":[0,20],"confidence":0.8})"
      "\n");
  const std::string d = dir.Path() + "/";
  for (const std::string& args : {"-o " + d + "a.html", "-o " + d + "b.HTM",
                                  "-o " + d + "c.out --format HTML"}) {
    CAPTURE(args);
    const kg::testing::KgRun r = kg::testing::Kg("build -q " + triples + " " + args);
    CHECK(r.code == 0);
  }
  for (const char* name : {"a.html", "b.HTM", "c.out"}) {
    CAPTURE(name);
    const std::string page = ReadFile(d + name);
    CHECK(page.starts_with("<!DOCTYPE html>\n<!-- kg view:"));
    const Json data = PageData(page);
    CHECK(data["actors"].size() == 2);
    CHECK(data["edges"][0]["sentence"] == "Ann Lee met Bob Ray.");
  }
  // kg never reads its page back as prose.
  const kg::testing::KgRun again = kg::testing::Kg("stats " + d + "a.html");
  CHECK(again.code == 1);
  CHECK(again.output.find("a graph file kg exported") != std::string::npos);
}

TEST_CASE("kg build: a page past 5,000 actors warns once on stderr") {
  kg::testing::TempDir dir("kg_html_writer_large");
  std::string lines;
  for (int k = 0; k < 2501; ++k)
    lines += R"({"doc":"d.txt","subject":"S)" + std::to_string(k) +
             R"(","subject_id":"s)" + std::to_string(k) +
             R"(","relation":"meet","category":"04","object":"O)" + std::to_string(k) +
             R"(","object_id":"o)" + std::to_string(k) +
             R"(","date":"2020","sentence":"S met O.","span":[0,8],"confidence":0.5})" "\n";
  const std::string triples = dir.Write("t.jsonl", lines);
  const std::string out = dir.Path("g.html");
  const kg::testing::KgRun r =
      kg::testing::Kg("build -q --no-affiliations " + triples + " -o " + out);
  CHECK(r.code == 0);
  CHECK(r.output.starts_with(
      "kg: warning: " + out +
      ": the page shows 5002 actors and 2501 edges, more than it keeps interactive "
      "(5000 / 20000): it opens on a filtered view; for a smaller page use "
      "--around NAME --depth N, or kg path/neighbors filters (--since/--until, "
      "--category)\n"));
  CHECK(Count(r.output, "warning") == 1);
  CHECK(PageData(ReadFile(out))["start"] ==
        Json::parse(R"({"window":{"from":"2020-01-02","to":"2020-12-31"}})"));
}

}  // namespace
}  // namespace kg::exporter
