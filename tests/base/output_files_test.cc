#include "base/output_files.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "tests/temp_dir.h"

namespace kg {
namespace {

namespace fs = std::filesystem;

std::string OutputFilesRead(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

size_t OutputFilesCount(const std::string& dir) {
  size_t n = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir)) ++n;
  return n;
}

TEST_CASE("WriteOutputs: every output written, one stream each, in order") {
  testing::TempDir dir("kg_output_files");
  const std::string a = dir.Path("x.nodes.csv"), b = dir.Path("x.edges.csv");
  Status s = WriteOutputs({a, b}, {}, [](std::span<std::ostream* const> out) {
    REQUIRE(out.size() == 2);
    *out[0] << "nodes\n";
    *out[1] << "edges\n";
    return Status::Ok();
  });
  REQUIRE_MESSAGE(s.ok(), s.ToString());
  CHECK(OutputFilesRead(a) == "nodes\n");
  CHECK(OutputFilesRead(b) == "edges\n");
  CHECK(OutputFilesCount(dir.Path()) == 2);  // no temporary left
}

TEST_CASE("WriteOutputs: a failed writer replaces nothing") {
  testing::TempDir dir("kg_output_files");
  const std::string a = dir.Write("a.json", "old a");
  const std::string b = dir.Write("b.json", "old b");
  Status s = WriteOutputs({a, b}, {}, [](std::span<std::ostream* const> out) {
    *out[0] << "new a";
    *out[1] << "new b";
    return Status::ParseError("in.jsonl:3", "missing \"subject\"");
  });
  CHECK(s.ToString() == "in.jsonl:3: missing \"subject\"");
  CHECK(OutputFilesRead(a) == "old a");
  CHECK(OutputFilesRead(b) == "old b");
  CHECK(OutputFilesCount(dir.Path()) == 2);
}

TEST_CASE("WriteOutputs: a missing folder fails before the writer runs") {
  testing::TempDir dir("kg_output_files");
  const std::string out = dir.Path("no/such/g.json");
  bool ran = false;
  Status s = WriteOutput(out, {}, [&](std::ostream&) {
    ran = true;
    return Status::Ok();
  });
  CHECK_FALSE(s.ok());
  CHECK(s.ToString() == out + ": No such file or directory");
  CHECK_FALSE(ran);
}

TEST_CASE("WriteOutputs: an output that is an input is refused") {
  testing::TempDir dir("kg_output_files");
  const std::string in = dir.Write("g.json", "the input");
  fs::create_symlink(in, dir.Path("link.json"));
  bool ran = false;
  Status s = WriteOutput(dir.Path("link.json"), {"-", in}, [&](std::ostream& o) {
    ran = true;
    o << "x";
    return Status::Ok();
  });
  CHECK(s.ToString() == dir.Path("link.json") + ": would replace the input " + in);
  CHECK_FALSE(ran);
  CHECK(OutputFilesRead(in) == "the input");
}

}  // namespace
}  // namespace kg
