#include "base/status.h"

#include <doctest/doctest.h>

#include <cerrno>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace kg {
namespace {

TEST_CASE("Status: default and Ok() are ok and print \"OK\"") {
  for (const Status& s : {Status(), Status::Ok()}) {
    CHECK(s.ok());
    CHECK(s.code() == StatusCode::kOk);
    CHECK(s.context().empty());
    CHECK(s.detail().empty());
    CHECK(s.ToString() == "OK");
  }
}

TEST_CASE("Status: factories set code, context and detail") {
  struct Case {
    std::string_view name;
    Status status;
    StatusCode code;
  };
  const std::vector<Case> cases = {
      {"InvalidArgument", Status::InvalidArgument("a.json:3", "bad"),
       StatusCode::kInvalidArgument},
      {"ParseError", Status::ParseError("a.json:3", "bad"),
       StatusCode::kParseError},
      {"IOError", Status::IOError("a.json:3", "bad"), StatusCode::kIOError},
      {"NotFound", Status::NotFound("a.json:3", "bad"), StatusCode::kNotFound},
      {"Internal", Status::Internal("a.json:3", "bad"), StatusCode::kInternal},
  };
  for (const Case& c : cases) {
    CAPTURE(c.name);
    CHECK_FALSE(c.status.ok());
    CHECK(c.status.code() == c.code);
    CHECK(c.status.context() == "a.json:3");
    CHECK(c.status.detail() == "bad");
    CHECK(c.status.ToString() == "a.json:3: bad");
  }
}

TEST_CASE(
    "Status: ToString joins context and detail, or gives the detail alone") {
  struct Case {
    Status status;
    std::string expected;
  };
  const std::vector<Case> cases = {
      {Status::ParseError("pack.json:12:5", "JSON syntax error: x"),
       "pack.json:12:5: JSON syntax error: x"},
      {Status::InvalidArgument("", "no inputs"), "no inputs"},
      {Status::NotFound("a b.txt", ""), "a b.txt: "},
      {Status::IOError("out.json", "No space left on device"),
       "out.json: No space left on device"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.expected);
    CHECK(c.status.ToString() == c.expected);
  }
}

TEST_CASE("Status: FromErrno is an IOError with strerror's text") {
  Status s = Status::FromErrno("missing/graph.json", ENOENT);
  CHECK(s.code() == StatusCode::kIOError);
  CHECK(s.context() == "missing/graph.json");
  CHECK(s.detail() == "No such file or directory");
  CHECK(s.ToString() == "missing/graph.json: No such file or directory");

  CHECK(Status::FromErrno("/etc/x", EACCES).ToString() ==
        "/etc/x: Permission denied");
}

TEST_CASE("Status: copies are independent") {
  Status a = Status::NotFound("x", "gone");
  Status b = a;
  a = Status::Ok();
  CHECK(a.ok());
  CHECK(b.ToString() == "x: gone");
}

TEST_CASE("Location: path, line and column, each omitted when 0") {
  struct Case {
    std::string_view path;
    size_t line;
    size_t col;
    std::string expected;
  };
  const std::vector<Case> cases = {
      {"pack.json", 12, 5, "pack.json:12:5"},
      {"pack.json", 12, 0, "pack.json:12"},
      {"pack.json", 0, 0, "pack.json"},
      {"pack.json", 0, 7, "pack.json"},  // no column without a line
      {"", 3, 1, ":3:1"},
      {"dir/a b.jsonl", 1, 1, "dir/a b.jsonl:1:1"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.expected);
    CHECK(Location(c.path, c.line, c.col) == c.expected);
  }
  CHECK(Location("a.txt", 4) == "a.txt:4");
}

TEST_CASE("Result: holds a value or the status that explains its absence") {
  SUBCASE("value") {
    Result<std::string> r = std::string("graph");
    REQUIRE(r.ok());
    CHECK(r.status().ok());
    CHECK(*r == "graph");
    CHECK(r.value() == "graph");
    CHECK(r->size() == 5);
    r->append("ml");
    CHECK(*r == "graphml");
  }
  SUBCASE("const value") {
    const Result<int> r = 42;
    REQUIRE(r.ok());
    CHECK(*r == 42);
    CHECK(r.value() == 42);
  }
  SUBCASE("error") {
    Result<std::string> r = Status::NotFound("rules/x.json", "no such file");
    CHECK_FALSE(r.ok());
    CHECK(r.status().code() == StatusCode::kNotFound);
    CHECK(r.status().ToString() == "rules/x.json: no such file");
  }
  SUBCASE("move-only value") {
    Result<std::unique_ptr<int>> r = std::make_unique<int>(7);
    REQUIRE(r.ok());
    std::unique_ptr<int> p = std::move(*r);
    CHECK(*p == 7);
  }
}

}  // namespace
}  // namespace kg
