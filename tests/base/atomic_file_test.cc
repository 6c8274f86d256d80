#include "base/atomic_file.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <system_error>
#include <vector>

namespace kg {
namespace {

namespace fs = std::filesystem;

// A fresh, empty folder for one test case, removed afterwards.
class TempDir {
 public:
  TempDir() {
    static int counter = 0;
    path_ = fs::temp_directory_path() /
            ("kg_atomic_file_test." + std::to_string(::getpid()) + "." +
             std::to_string(++counter));
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  std::string Path(const std::string& name) const {
    return (path_ / name).string();
  }
  // The names in the folder, sorted, joined with spaces.
  std::string Listing() const {
    std::vector<std::string> names;
    for (const auto& e : fs::directory_iterator(path_))
      names.push_back(e.path().filename().string());
    std::sort(names.begin(), names.end());
    std::string out;
    for (const auto& n : names) {
      if (!out.empty()) out += ' ';
      out += n;
    }
    return out;
  }

 private:
  fs::path path_;
};

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST_CASE("AtomicFile: Commit writes the file and removes the temporary") {
  TempDir dir;
  const std::string path = dir.Path("graph.json");
  AtomicFile out(path);
  CHECK(out.temp_path() == path + ".tmp." + std::to_string(::getpid()));
  REQUIRE(out.Open().ok());
  out.stream() << "{\"a\": 1}\n";
  // Until Commit() only the temporary exists.
  CHECK_FALSE(fs::exists(path));
  CHECK(fs::exists(out.temp_path()));
  Status s = out.Commit();
  CHECK(s.ok());
  CHECK(s.ToString() == "OK");
  CHECK(ReadFile(path) == "{\"a\": 1}\n");
  CHECK_FALSE(fs::exists(out.temp_path()));
  CHECK(dir.Listing() == "graph.json");
}

TEST_CASE("AtomicFile: Commit replaces an existing file whole") {
  TempDir dir;
  const std::string path = dir.Path("out.txt");
  {
    std::ofstream old(path);
    old << "old contents, longer than the new ones\n";
  }
  AtomicFile out(path);
  REQUIRE(out.Open().ok());
  out.stream() << "new\n";
  CHECK(ReadFile(path) == "old contents, longer than the new ones\n");
  REQUIRE(out.Commit().ok());
  CHECK(ReadFile(path) == "new\n");
  CHECK(dir.Listing() == "out.txt");
}

TEST_CASE(
    "AtomicFile: without Commit the destructor leaves no file and no "
    "temporary") {
  TempDir dir;
  SUBCASE("new file") {
    const std::string path = dir.Path("graph.json");
    {
      AtomicFile out(path);
      REQUIRE(out.Open().ok());
      out.stream() << "half-written";
      CHECK(fs::exists(out.temp_path()));
    }
    CHECK(dir.Listing() == "");
  }
  SUBCASE("existing file is left as it was") {
    const std::string path = dir.Path("graph.json");
    {
      std::ofstream old(path);
      old << "previous run\n";
    }
    {
      AtomicFile out(path);
      REQUIRE(out.Open().ok());
      out.stream() << "half-written";
    }
    CHECK(ReadFile(path) == "previous run\n");
    CHECK(dir.Listing() == "graph.json");
  }
  SUBCASE("never opened") {
    { AtomicFile out(dir.Path("graph.json")); }
    CHECK(dir.Listing() == "");
  }
}

TEST_CASE(
    "AtomicFile: Open reports a missing folder as an IOError naming the path") {
  TempDir dir;
  const std::string path = dir.Path("no/such/folder/graph.json");
  AtomicFile out(path);
  Status s = out.Open();
  CHECK(s.code() == StatusCode::kIOError);
  CHECK(s.context() == path);
  CHECK(s.ToString() == path + ": No such file or directory");
  CHECK(dir.Listing() == "");
}

TEST_CASE("AtomicFile: Open refuses a path that is a folder") {
  TempDir dir;
  const std::string path = dir.Path("sub");
  fs::create_directory(path);
  AtomicFile out(path);
  Status s = out.Open();
  CHECK(s.code() == StatusCode::kIOError);
  CHECK(s.ToString() == path + ": is a folder, not a file");
  CHECK(dir.Listing() == "sub");
  CHECK(fs::is_directory(path));
}

TEST_CASE("AtomicFile: Commit without Open is an internal error") {
  TempDir dir;
  const std::string path = dir.Path("graph.json");
  AtomicFile out(path);
  Status s = out.Commit();
  CHECK(s.code() == StatusCode::kInternal);
  CHECK(s.ToString() == path + ": Commit() without Open()");
  CHECK(dir.Listing() == "");
}

TEST_CASE("AtomicFile: a second Commit does not resurrect the temporary") {
  TempDir dir;
  const std::string path = dir.Path("graph.json");
  AtomicFile out(path);
  REQUIRE(out.Open().ok());
  out.stream() << "x";
  REQUIRE(out.Commit().ok());
  CHECK(out.Commit().code() == StatusCode::kInternal);
  CHECK(ReadFile(path) == "x");
  CHECK(dir.Listing() == "graph.json");
}

}  // namespace
}  // namespace kg
