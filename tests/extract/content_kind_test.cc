#include "extract/content_kind.h"

#include <doctest/doctest.h>

#include <string>

namespace kg::extract {
namespace {

TEST_CASE("SniffContent: kg's outputs and JSON by content, prose as text") {
  const struct {
    std::string head;
    ContentKind kind;
  } rows[] = {
      {"", ContentKind::kEmpty},
      {std::string("ab\0c", 4), ContentKind::kBinary},
      {std::string(9000, 'a') + std::string(1, '\0'), ContentKind::kText},
      {"France met Japan.", ContentKind::kText},
      {"  \n", ContentKind::kText},
      {"{Note} France met Japan.", ContentKind::kText},
      {"[1] A footnote.", ContentKind::kText},
      {"[1]\nA footnote.", ContentKind::kJson},
      {"{\"a\": 1} and prose after it", ContentKind::kText},
      // Past its first line only the first value is read: JSON (the
      // JSON Lines reader then says what is wrong with line 1).
      {"{\n  \"a\": 1\n} x", ContentKind::kJsonLines},
      {"{\"id\": \"a\", \"text\": \"Xi met Putin.\"}\n{\"text\": \"x\"}\n",
       ContentKind::kJsonLines},
      {"\n {\"id\": \"a\"}\n", ContentKind::kJsonLines},
      {"{\"doc\":\"a\",\"subject\":\"France\",\"relation\":\"meet\"}\n{",
       ContentKind::kTriples},
      // Cut by the end of the head: a prefix of JSON is JSON.
      {"{\"doc\":\"a\",\"subject\":\"France\",\"relation\":\"meet\",\"sen",
       ContentKind::kTriples},
      {"\xEF\xBB\xBF{\"format\": \"kg-graph\", \"version\": 1,\n",
       ContentKind::kGraphFile},
      {"{\"version\": 1,\n\"actors\": [\n{\"id\": \"FRA\"",
       ContentKind::kGraphFile},
      {"{\"directed\":true,\"multigraph\":true,\"graph\":{},\"nodes\":[",
       ContentKind::kGraphExport},
      {"{\"elements\":{\"nodes\":[", ContentKind::kGraphExport},
      {"<?xml version=\"1.0\"?>\n<graphml xmlns=", ContentKind::kGraphExport},
      {"<?xml version=\"1.0\"?>\n<gexf xmlns=", ContentKind::kGraphExport},
      {"<?xml version=\"1.0\"?>\n<html>", ContentKind::kText},
      {"digraph \"kg\" {\n", ContentKind::kGraphExport},
      {"id:ID,name,type\n", ContentKind::kGraphExport},
      {":START_ID,:END_ID,:TYPE\n", ContentKind::kGraphExport},
      {"[1, 2]", ContentKind::kJson},
      {"[\n  {\"a\": 1},\n", ContentKind::kJson},
  };
  for (const auto& row : rows) {
    CAPTURE(row.head);
    CHECK(SniffContent(row.head) == row.kind);
  }
}

TEST_CASE("IsKgOutputOrJson and DescribeContent") {
  CHECK(IsKgOutputOrJson(ContentKind::kTriples));
  CHECK(IsKgOutputOrJson(ContentKind::kGraphFile));
  CHECK(IsKgOutputOrJson(ContentKind::kGraphExport));
  CHECK(IsKgOutputOrJson(ContentKind::kJson));
  CHECK_FALSE(IsKgOutputOrJson(ContentKind::kText));
  CHECK_FALSE(IsKgOutputOrJson(ContentKind::kJsonLines));
  CHECK(DescribeContent(ContentKind::kTriples) ==
        "triples written by kg extract");
  CHECK(DescribeContent(ContentKind::kGraphFile) == "a kg graph file");
}

}  // namespace
}  // namespace kg::extract
