// End-to-end rows for issue 14 item 17: the graph commands link persons to
// their countries with affiliation edges; --no-affiliations leaves them out
// (also those a saved graph brought); `kg extract` is unchanged. Every
// input is written here.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "tests/cli/kg_runner.h"
#include "tests/temp_dir.h"

namespace kg {
namespace {

namespace fs = std::filesystem;

using testing::Kg;
using Run = testing::KgRun;

constexpr const char* kRutoSentence =
    "Kenyan President William Ruto met Chinese leader Xi Jinping.";

// William Ruto -meet (2024-04)- Xi Jinping, as `kg extract` writes it (the
// titles in subject_text/object_text); Tanzania -criticize-> Kenya, an
// island without the affiliations.
struct AffiliationScratch {
  testing::TempDir temp{"kg_affiliations_test"};
  fs::path dir = temp.Path();
  std::string triples = (dir / "t.jsonl").string();
  AffiliationScratch() {
    std::ofstream out(triples);
    out << R"({"doc":"t.txt","subject":"William Ruto","subject_id":"william-ruto","subject_type":"person","subject_code":"KENGOV","subject_text":"Kenyan President William Ruto","relation":"meet","category":"04","object":"Xi Jinping","object_id":"xi-jinping","object_type":"person","object_code":"CHNGOV","object_text":"Chinese leader Xi Jinping","date":"2024-04","symmetric":true,"sentence":")"
        << kRutoSentence << R"(","span":[0,60],"confidence":0.7})"
        << "\n"
        << R"({"doc":"t.txt","subject":"Tanzania","subject_id":"TZA","subject_type":"country","subject_code":"TZA","relation":"criticize","category":"11","object":"Kenya","object_id":"KEN","object_type":"country","object_code":"KEN","date":null,"sentence":"Tanzania criticized Kenya.","span":[61,87],"confidence":0.8})"
        << "\n";
  }
  std::string Path(const std::string& name) const { return (dir / name).string(); }
};

std::string ReadAffiliationFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

size_t AffiliationCount(const std::string& text, const std::string& part) {
  size_t n = 0;
  for (size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1))
    ++n;
  return n;
}

TEST_CASE("kg path: a person reaches its country through the affiliation, --no-affiliations does not") {
  AffiliationScratch s;
  const Run found = Kg("path Ruto Kenya " + s.triples);
  CHECK(found.code == 0);
  CHECK(found.output == std::string("  1. William Ruto -affiliated with-> Kenya\n"
                                    "       \"") +
                            kRutoSentence +
                            "\"\n"
                            "       t.txt:0\n");
  const Run none = Kg("path Ruto Kenya " + s.triples + " --no-affiliations");
  CHECK(none.code == 1);
  CHECK(none.output == "kg: no path from William Ruto to Kenya\n");
  // Through both affiliations: China is two persons away from Kenya.
  const Run across = Kg("path Kenya China " + s.triples);
  CHECK(across.code == 0);
  CHECK(AffiliationCount(across.output, "affiliated with") == 2);
  CHECK(across.output.find("  3. Xi Jinping -affiliated with-> China\n") != std::string::npos);
  const Run json = Kg("path Ruto Kenya " + s.triples + " --json");
  CHECK(json.code == 0);
  CHECK(json.output.find("\"relation\": \"affiliated with\",\n") != std::string::npos);
  CHECK(json.output.find("\"kind\": \"affiliation\",\n") != std::string::npos);
}

TEST_CASE("kg stats, neighbors, actors: affiliations counted apart, the countries added") {
  AffiliationScratch s;
  const Run stats = Kg("stats " + s.triples + " --top 1");
  CHECK(stats.code == 0);
  CHECK(stats.output ==
        "actors 5, edges 2, affiliations 2, components 1 (largest 5)\n"
        "dates 2024-04-01 .. 2024-04-30, undated edges 1\n"
        "actors by type: 3 country, 2 person\n"
        "edges by category: 1 consult (04), 1 disapprove (11)\n"
        "top by degree:\n"
        "  2  Kenya\n"
        "top by betweenness:\n"
        "  0.667  William Ruto\n");
  const Run plain = Kg("stats " + s.triples + " --top 1 --no-affiliations");
  CHECK(plain.code == 0);
  CHECK(plain.output.substr(0, plain.output.find('\n')) ==
        "actors 4, edges 2, components 2 (largest 2)");
  const Run neighbours = Kg("neighbors Xi " + s.triples);
  CHECK(neighbours.code == 0);
  CHECK(neighbours.output == std::string("Xi Jinping: 2 edges\n"
                                         "  Xi Jinping -affiliated with-> China\n"
                                         "       \"") +
                                 kRutoSentence +
                                 "\"\n"
                                 "       t.txt:0\n"
                                 "  William Ruto -meet (2024-04)-> Xi Jinping\n"
                                 "       \"" +
                                 kRutoSentence +
                                 "\"\n"
                                 "       t.txt:0\n");
  const Run actors = Kg("actors " + s.triples + " --type country");
  CHECK(actors.code == 0);
  CHECK(actors.output ==
        "3 actors\n"
        "  2  Kenya [KEN, country] names: Kenya\n"
        "  1  China [CHN, country] names: China\n"
        "  1  Tanzania [TZA, country] names: Tanzania\n");
}

TEST_CASE("kg build: affiliations saved once, a saved graph gets no second one, --no-affiliations drops them") {
  AffiliationScratch s;
  const Run built = Kg("build " + s.triples + " -o " + s.Path("g.json"));
  CHECK(built.code == 0);
  CHECK(built.output == "kg build: 5 actors, 4 edges -> " + s.Path("g.json") + "\n");
  const std::string saved = ReadAffiliationFile(s.Path("g.json"));
  CHECK(AffiliationCount(saved, "\"kind\":\"affiliation\"") == 2);
  // Rebuilt from the saved graph: the same bytes, no duplicate edge.
  CHECK(Kg("build " + s.Path("g.json") + " -o " + s.Path("again.json")).code == 0);
  CHECK(ReadAffiliationFile(s.Path("again.json")) == saved);
  // --no-affiliations on the saved graph is the graph built without them.
  CHECK(Kg("build " + s.Path("g.json") + " --no-affiliations -o " + s.Path("events.json")).code == 0);
  CHECK(Kg("build " + s.triples + " --no-affiliations -o " + s.Path("plain.json")).code == 0);
  const std::string plain = ReadAffiliationFile(s.Path("plain.json"));
  CHECK(ReadAffiliationFile(s.Path("events.json")) == plain);
  CHECK(plain.find("affiliat") == std::string::npos);
  CHECK(AffiliationCount(plain, "\n{\"source\"") == 2);
  // Neo4j CSV: its own relationship type.
  CHECK(Kg("build " + s.triples + " -o " + s.Path("g.csv")).code == 0);
  const std::string edges = ReadAffiliationFile(s.Path("g.edges.csv"));
  CHECK(AffiliationCount(edges, ",\"AFFILIATED_WITH\",\"affiliated with\",\"\",0,") == 2);
}

TEST_CASE("kg graph commands: affiliations need the pack, --no-affiliations does not") {
  AffiliationScratch s;
  const Run bad = Kg("path Ruto Xi " + s.triples + " --rules " + s.Path("nope.json"));
  CHECK(bad.code == 1);
  CHECK(bad.output == "kg: " + s.Path("nope.json") + ": no such rule pack file or built-in pack\n");
  const Run skipped =
      Kg("path Ruto Xi " + s.triples + " --rules " + s.Path("nope.json") + " --no-affiliations");
  CHECK(skipped.code == 0);
  CHECK(skipped.output.substr(0, skipped.output.find('\n')) ==
        "  1. William Ruto -meet (2024-04)-> Xi Jinping");
}

TEST_CASE("kg extract: its triples stay as they were, with no affiliation") {
  AffiliationScratch s;
  {
    std::ofstream text(s.Path("r.txt"));
    text << kRutoSentence << "\n";
  }
  const Run r = Kg("extract " + s.Path("r.txt") + " -o " + s.Path("r.jsonl") + " -q");
  CHECK(r.code == 0);
  const std::string out = ReadAffiliationFile(s.Path("r.jsonl"));
  CHECK(AffiliationCount(out, "\n") == 1);
  CHECK(out.find("\"subject_id\":\"william-ruto\"") != std::string::npos);
  CHECK(out.find("\"subject_code\":\"KENGOV\"") != std::string::npos);
  CHECK(out.find("\"subject_text\":\"Kenyan President William Ruto\"") != std::string::npos);
  CHECK(out.find("\"relation\":\"meet\"") != std::string::npos);
  CHECK(out.find("affiliat") == std::string::npos);
  CHECK(out.find("\"KEN\"") == std::string::npos);
}

}  // namespace
}  // namespace kg
