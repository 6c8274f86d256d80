#include "extract/rule_pack.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace kg::extract {
namespace {

using Files = std::map<std::string, std::string>;

// Serves `files` by exact path, as ninja's VirtualFileSystem does.
FileLoader MemoryLoader(const Files& files) {
  return [&files](const std::string& path, std::string* bytes) -> Status {
    auto it = files.find(path);
    if (it == files.end()) return Status::NotFound(path, "no such file");
    *bytes = it->second;
    return Status::Ok();
  };
}

// The message of loading `path` from `files` ("OK" when it loads).
std::string LoadError(const Files& files,
                      const std::string& path = "p/pack.json") {
  Result<RulePack> pack = LoadRulePack(path, MemoryLoader(files));
  return pack.ok() ? "OK" : pack.status().ToString();
}

// A pack file with one rule whose body (the keys after "id") is `body`;
// the rule's "id" is on line 4.
std::string PackWithRule(std::string_view body) {
  return std::string(
             "{\n"
             "  \"name\": \"t\",\n"
             "  \"rules\": [\n"
             "    {\"id\": \"r\",\n"
             "     ") +
         std::string(body) +
         "}\n"
         "  ]\n"
         "}\n";
}

constexpr char kGoodRule[] =
    R"("pattern": "{ACTOR} met {ACTOR}", "relation": "meet", "category": "04")";

TEST_CASE("RulePack: loads every section of a pack") {
  const Files files = {{"p/pack.json", R"({
  // comments are allowed
  "name": "tiny",
  "description": "a pack for tests",
  "license": "CC0",
  "macros": {"GAP": "[^.]{0,40}?"},
  "person_titles": ["President", "Prime Minister"],
  "org_heads": ["Council"],
  "pair_phrases": {"country": ["the two countries"], "person": ["both leaders"]},
  "pronouns": ["he", "she"],
  "common_words": ["May"],
  "org_titles": ["news agency"],
  "actors": [
    {"id": "CHN", "name": "China", "type": "country", "code": "CHN",
     "aliases": ["PRC"], "demonyms": ["Chinese"], "capitals": ["Beijing"]},
    {"id": "xi", "name": "Xi Jinping", "type": "person", "surname": "Xi",
     "country": "CHN", "offices": [{"title": "President", "from": 2013, "to": null},
                                   {"title": "Vice President", "from": 2008, "to": 2013}]}
  ],
  "rules": [
    {"id": "meet", "pattern": "{ACTORS} met {ACTORS}", "relation": "meet",
     "category": "04", "symmetric": true, "priority": 10, "confidence": 0.9,
     "comment": "the plainest rule",
     "examples": [
       "China met Russia.",
       {"text": "Xi met Putin.", "title": "Visits", "triples": [["Xi Jinping", "meet", "Vladimir Putin"]]}
     ],
     "counterexamples": [{"text": "Xi did not meet Putin."}]},
    {"id": "visited-by", "pattern": "{ACTOR} was visited by {ACTOR}",
     "relation": "visit", "category": "04", "passive": true},
    {"id": "relations", "pattern": "relations with {ACTOR} soured",
     "relation": "deteriorate relations", "category": "16", "implicit_subject": true}
  ]
})"}};
  Result<RulePack> r = LoadRulePack("p/pack.json", MemoryLoader(files));
  REQUIRE_MESSAGE(r.ok(), r.status().ToString());
  const RulePack& pack = *r;
  CHECK(pack.name == "tiny");
  CHECK(pack.files == std::vector<std::string>{"p/pack.json"});
  CHECK(pack.macros ==
        std::map<std::string, std::string>{{"GAP", "[^.]{0,40}?"}});
  CHECK(pack.person_titles ==
        std::vector<std::string>{"President", "Prime Minister"});
  CHECK(pack.org_heads == std::vector<std::string>{"Council"});
  CHECK(pack.country_pair_phrases ==
        std::vector<std::string>{"the two countries"});
  CHECK(pack.person_pair_phrases == std::vector<std::string>{"both leaders"});
  CHECK(pack.pronouns == std::vector<std::string>{"he", "she"});
  CHECK(pack.common_words == std::vector<std::string>{"May"});
  CHECK(pack.org_titles == std::vector<std::string>{"news agency"});

  REQUIRE(pack.actors.size() == 2);
  const Actor& china = pack.actors[0];
  CHECK(china.id == "CHN");
  CHECK(china.name == "China");
  CHECK(china.type == ActorType::kCountry);
  CHECK(china.code == "CHN");
  CHECK(china.aliases == std::vector<std::string>{"PRC"});
  CHECK(china.demonyms == std::vector<std::string>{"Chinese"});
  CHECK(china.capitals == std::vector<std::string>{"Beijing"});
  CHECK(china.source_path == "p/pack.json");
  CHECK(china.source_line == 14);
  const Actor& xi = pack.actors[1];
  CHECK(xi.type == ActorType::kPerson);
  CHECK(xi.surname == "Xi");
  CHECK(xi.country == "CHN");
  CHECK(xi.source_line == 16);
  REQUIRE(xi.offices.size() == 2);
  CHECK(xi.offices[0].title == "President");
  CHECK(xi.offices[0].from == 2013);
  CHECK_FALSE(xi.offices[0].to.has_value());
  CHECK(xi.offices[1].to == 2013);

  REQUIRE(pack.rules.size() == 3);
  const RuleSpec& meet = pack.rules[0];
  CHECK(meet.id == "meet");
  CHECK(meet.pattern == "{ACTORS} met {ACTORS}");
  CHECK(meet.relation == "meet");
  CHECK(meet.category == "04");
  CHECK(meet.symmetric);
  CHECK_FALSE(meet.passive);
  CHECK_FALSE(meet.implicit_subject);
  CHECK(meet.priority == 10);
  CHECK(meet.confidence == doctest::Approx(0.9));
  CHECK(meet.source_path == "p/pack.json");
  CHECK(meet.source_line == 21);
  REQUIRE(meet.examples.size() == 2);
  CHECK(meet.examples[0].text == "China met Russia.");
  CHECK(meet.examples[0].title.empty());
  CHECK(meet.examples[0].triples.empty());
  CHECK(meet.examples[1].text == "Xi met Putin.");
  CHECK(meet.examples[1].title == "Visits");
  REQUIRE(meet.examples[1].triples.size() == 1);
  CHECK(meet.examples[1].triples[0].subject == "Xi Jinping");
  CHECK(meet.examples[1].triples[0].relation == "meet");
  CHECK(meet.examples[1].triples[0].object == "Vladimir Putin");
  REQUIRE(meet.counterexamples.size() == 1);
  CHECK(meet.counterexamples[0].text == "Xi did not meet Putin.");

  const RuleSpec& visited = pack.rules[1];
  CHECK(visited.passive);
  CHECK_FALSE(visited.symmetric);
  CHECK(visited.priority == 0);
  CHECK(visited.confidence == doctest::Approx(0.8));  // the default
  CHECK(visited.source_line == 29);
  CHECK(pack.rules[2].implicit_subject);
  CHECK(pack.rules[2].source_line == 31);
}

TEST_CASE(
    "RulePack: includes are relative to the including file and merged in "
    "order") {
  const Files files = {
      {"p/pack.json",
       R"({"name": "main", "include": ["sub/actors.json", "rules.json"],
                         "pronouns": ["he"]})"},
      {"p/sub/actors.json", R"({"name": "ignored", "include": ["more.json"],
                               "actors": [{"id": "A", "name": "Aland", "type": "country"}],
                               "pronouns": ["she"]})"},
      {"p/sub/more.json",
       R"({"actors": [{"id": "B", "name": "Bland", "type": "country"}]})"},
      {"p/rules.json", R"({"macros": {"V": "met"},
                          "rules": [{"id": "meet", "pattern": "{ACTOR} {V} {ACTOR}",
                                     "relation": "meet", "category": "04"}]})"},
  };
  Result<RulePack> r = LoadRulePack("p/pack.json", MemoryLoader(files));
  REQUIRE_MESSAGE(r.ok(), r.status().ToString());
  CHECK(r->name == "main");  // the first file's name wins
  CHECK(r->files == std::vector<std::string>{"p/pack.json", "p/sub/actors.json",
                                             "p/sub/more.json",
                                             "p/rules.json"});
  REQUIRE(r->actors.size() == 2);
  CHECK(r->actors[0].id == "A");
  CHECK(r->actors[0].source_path == "p/sub/actors.json");
  CHECK(r->actors[1].id == "B");
  CHECK(r->actors[1].source_path == "p/sub/more.json");
  REQUIRE(r->rules.size() == 1);
  CHECK(r->rules[0].source_path == "p/rules.json");
  CHECK(r->rules[0].source_line == 2);
  CHECK(r->macros.at("V") == "met");
  CHECK(r->pronouns == std::vector<std::string>{"he", "she"});
}

TEST_CASE(
    "RulePack: a file included twice through different files is loaded once") {
  const Files files = {
      {"pack.json", R"({"include": ["a.json", "b.json"]})"},
      {"a.json", R"({"include": ["common.json"]})"},
      {"b.json", R"({"include": ["common.json"]})"},
      {"common.json",
       R"({"actors": [{"id": "C", "name": "Cland", "type": "country"}]})"},
  };
  Result<RulePack> r = LoadRulePack("pack.json", MemoryLoader(files));
  REQUIRE_MESSAGE(r.ok(), r.status().ToString());
  CHECK(r->actors.size() == 1);
  CHECK(r->files == std::vector<std::string>{"pack.json", "a.json",
                                             "common.json", "b.json"});
}

TEST_CASE("RulePack: include cycles are errors") {
  SUBCASE("a file that includes itself") {
    const Files files = {{"p/pack.json", R"({"include": ["pack.json"]})"}};
    CHECK(LoadError(files) == "p/pack.json: include cycle");
  }
  SUBCASE("two files that include each other") {
    const Files files = {
        {"p/pack.json", R"({"include": ["x/a.json"]})"},
        {"p/x/a.json", R"({"include": ["b.json"]})"},
        {"p/x/b.json", R"({"include": ["a.json"]})"},
    };
    CHECK(LoadError(files) == "p/x/a.json: include cycle");
  }
}

// Paths are joined as strings and never normalized: "sub/../common.json"
// and "common.json" count as two files.
TEST_CASE("RulePack: an include through \"..\" is the same file") {
  const Files disk = {
      {"p/pack.json", R"({"include": ["sub/a.json", "common.json"]})"},
      {"p/sub/a.json", R"({"include": ["../common.json"]})"},
      {"p/common.json",
       R"({"actors": [{"id": "C", "name": "Cland", "type": "country"}]})"},
  };
  // A loader that resolves ".." as a file system does.
  FileLoader loader = [&disk](const std::string& path,
                              std::string* bytes) -> Status {
    auto it =
        disk.find(std::filesystem::path(path).lexically_normal().string());
    if (it == disk.end()) return Status::NotFound(path, "no such file");
    *bytes = it->second;
    return Status::Ok();
  };
  Result<RulePack> r = LoadRulePack("p/pack.json", loader);
  REQUIRE_MESSAGE(r.ok(), r.status().ToString());
  CHECK(r->actors.size() == 1);
  CHECK(r->files == std::vector<std::string>{"p/pack.json", "p/sub/a.json",
                                             "p/common.json"});
}

TEST_CASE("RulePack: a number no double holds is an error, not an exception") {
  // A fuzzing finding: nlohmann throws out_of_range, not parse_error.
  CHECK(LoadError({{"p/pack.json", "{\"rules\": [{\"priority\": 8e888}]}"}}) ==
        "p/pack.json: number overflow parsing '8e888'");
}

TEST_CASE("RulePack: a missing file is the loader's error") {
  CHECK(LoadError({}, "nowhere.json") == "nowhere.json: no such file");
  const Files files = {{"p/pack.json", R"({"include": ["gone.json"]})"}};
  Result<RulePack> r = LoadRulePack("p/pack.json", MemoryLoader(files));
  CHECK(r.status().code() == StatusCode::kNotFound);
  CHECK(r.status().ToString() ==
        "p/gone.json: no such file (included by p/pack.json)");
}

TEST_CASE(
    "RulePack: JSON syntax errors give path:line:col of the offending "
    "character") {
  struct Case {
    std::string_view name;
    std::string text;
    std::string expected;
  };
  const std::vector<Case> cases = {
      {"trailing comma",
       "{\"name\": \"t\",\n"
       " \"actors\": [\n"
       "  {\"id\": \"A\", \"name\": \"A\", \"type\": \"country\",}\n"
       "]}\n",
       "p/pack.json:3:46: JSON syntax error: while parsing object "
       "key - "
       "unexpected '}'; expected string literal"},
      {"missing colon",
       "{\n"
       "  \"name\" 3\n"
       "}\n",
       "p/pack.json:2:10: JSON syntax error: while parsing object "
       "separator - "
       "unexpected number literal; expected ':'"},
      {"unclosed object", "{\"name\": \"t\"\n",
       "p/pack.json:2:1: JSON syntax error: while parsing object "
       "- "
       "unexpected end of input; expected '}'"},
      {"empty file", "",
       "p/pack.json:1:1: JSON syntax error: while parsing value - "
       "unexpected end of input; expected '[', '{', or a literal"},
      {"error after a comment",
       "// a comment, with a ] in it\n"
       "{\"name\": ]}\n",
       "p/pack.json:2:10: JSON syntax error: while parsing value "
       "- "
       "unexpected ']'; expected '[', '{', or a literal"},
      // A multi-character token is reported at its last byte (nlohmann
      // counts the token read): "pattern" spans columns 16-24.
      {"missing comma before a string",
       "{\n"
       "  \"name\": \"t\",\n"
       "  \"rules\": [\n"
       "    {\"id\": \"x\" \"pattern\": \"p\"}\n"
       "  ]\n"
       "}\n",
       "p/pack.json:4:24: JSON syntax error: while parsing object "
       "- "
       "unexpected string literal; expected '}'"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.name);
    Result<RulePack> r =
        LoadRulePack("p/pack.json", MemoryLoader({{"p/pack.json", c.text}}));
    REQUIRE_FALSE(r.ok());
    CHECK(r.status().code() == StatusCode::kParseError);
    CHECK(r.status().ToString() == c.expected);
  }
}

TEST_CASE("RulePack: JSON syntax errors in an included file name that file") {
  const Files files = {{"p/pack.json", R"({"include": ["a.json"]})"},
                       {"p/a.json", "{\n\n  \"actors\": [}\n"}};
  CHECK(LoadError(files) ==
        "p/a.json:3:14: JSON syntax error: while parsing value - "
        "unexpected '}'; expected '[', '{', or a literal");
}

TEST_CASE("RulePack: top-level shape errors") {
  struct Case {
    std::string_view text;
    std::string expected;
  };
  const std::vector<Case> cases = {
      {"[1, 2]", "p/pack.json: must be a JSON object"},
      {R"({"nmae": "t"})", "p/pack.json: unknown key \"nmae\""},
      {R"({"name": 3})", "p/pack.json: \"name\" must be a string"},
      {R"({"actors": {}})", "p/pack.json: \"actors\" must be an array"},
      {R"({"rules": "meet"})", "p/pack.json: \"rules\" must be an array"},
      {R"({"include": "a.json"})",
       "p/pack.json: \"include\" must be an array of strings"},
      {R"({"pronouns": ["he", ""]})",
       "p/pack.json: \"pronouns\" must hold non-empty strings"},
      {R"({"person_titles": [1]})",
       "p/pack.json: \"person_titles\" must hold non-empty strings"},
      {R"({"macros": []})", "p/pack.json: \"macros\" must be an object"},
      {R"({"macros": {"GAP": 1}})",
       "p/pack.json: macro \"GAP\" must be a string"},
      {R"({"pair_phrases": {"countries": []}})",
       "p/pack.json: pair_phrases: unknown key \"countries\""},
      {R"({"pair_phrases": ["the two"]})",
       "p/pack.json: pair_phrases: must be a JSON object"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    CHECK(LoadError({{"p/pack.json", std::string(c.text)}}) == c.expected);
  }
}

TEST_CASE("RulePack: rule errors name the rule's line and id") {
  struct Case {
    std::string body;  // the rule's keys after "id"
    std::string expected;
  };
  const std::string at = "p/pack.json:4: rule \"r\": ";
  const std::vector<Case> cases = {
      {kGoodRule, "OK"},
      // Missing and empty fields.
      {R"("relation": "meet", "category": "04")",
       at + "missing string \"pattern\""},
      {R"("pattern": "{ACTOR} met {ACTOR}", "category": "04")",
       at + "missing string \"relation\""},
      {R"("pattern": "{ACTOR} met {ACTOR}", "relation": "meet")",
       at + "missing string \"category\""},
      {R"("pattern": "", "relation": "meet", "category": "04")",
       at + "\"pattern\" is empty"},
      {R"("pattern": null, "relation": "meet", "category": "04")",
       at + "missing string \"pattern\""},
      // Wrong types.
      {R"("pattern": ["{ACTOR} met {ACTOR}"], "relation": "meet", "category": "04")",
       at + "\"pattern\" must be a string"},
      {R"("pattern": "{ACTOR} met {ACTOR}", "relation": "meet", "category": 4)",
       at + "\"category\" must be a string"},
      {std::string(kGoodRule) + R"(, "symmetric": "yes")",
       at + "\"symmetric\" must be true or false"},
      {std::string(kGoodRule) + R"(, "passive": 1)",
       at + "\"passive\" must be true or false"},
      {std::string(kGoodRule) + R"(, "implicit_subject": null)",
       at + "\"implicit_subject\" must be true or false"},
      {std::string(kGoodRule) + R"(, "priority": 1.5)",
       at + "\"priority\" must be an integer"},
      {std::string(kGoodRule) + R"(, "confidence": "high")",
       at + "\"confidence\" must be a number"},
      {std::string(kGoodRule) + R"(, "confidence": 0)",
       at + "confidence must be in (0, 1]"},
      {std::string(kGoodRule) + R"(, "confidence": 1.5)",
       at + "confidence must be in (0, 1]"},
      {std::string(kGoodRule) + R"(, "confidence": 1)", "OK"},
      // Unknown keys.
      {std::string(kGoodRule) + R"(, "patern": "x")",
       at + "unknown key \"patern\""},
      {std::string(kGoodRule) + R"(, "Symmetric": true)",
       at + "unknown key \"Symmetric\""},
      // Examples.
      {std::string(kGoodRule) + R"(, "examples": "A met B.")",
       at + "\"examples\" must be an array"},
      {std::string(kGoodRule) + R"(, "examples": [3])",
       at + "each of \"examples\" must be a string or {\"text\", \"triples\"}"},
      {std::string(kGoodRule) + R"(, "counterexamples": [{"triples": []}])",
       at + "each of \"counterexamples\" must be a string or {\"text\", "
            "\"triples\"}"},
      {std::string(kGoodRule) +
           R"(, "examples": [{"text": "A met B.", "triple": []}])",
       at + "unknown key \"triple\" in examples"},
      {std::string(kGoodRule) +
           R"(, "examples": [{"text": "A met B.", "triples": [["A", "meet"]]}])",
       at + "each triple must be [\"subject\", \"relation\", \"object\"]"},
      {std::string(kGoodRule) +
           R"(, "examples": [{"text": "A met B.", "triples": {}}])",
       at + "\"triples\" must be an array"},
      {std::string(kGoodRule) +
           R"(, "examples": [{"text": "A met B.", "title": 1}])",
       at + "example \"title\" must be a string"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.body);
    CHECK(LoadError({{"p/pack.json", PackWithRule(c.body)}}) == c.expected);
  }
}

TEST_CASE("RulePack: a rule without an id") {
  const std::string text =
      "{\"rules\": [\n  {\"pattern\": \"{ACTOR} met {ACTOR}\"}\n]}";
  CHECK(LoadError({{"p/pack.json", text}}) ==
        "p/pack.json: rule: missing string \"id\"");
  CHECK(LoadError({{"p/pack.json", "{\"rules\": [\"meet\"]}"}}) ==
        "p/pack.json: rule: must be a JSON object");
}

TEST_CASE("RulePack: categories are CAMEO root codes \"01\"..\"20\"") {
  struct Case {
    std::string category;
    bool ok;
  };
  const std::vector<Case> cases = {
      {"01", true},  {"04", true},  {"10", true},  {"19", true}, {"20", true},
      {"00", false}, {"21", false}, {"30", false}, {"4", false}, {"004", false},
      {"0a", false}, {" 4", false}, {"", false},
  };
  for (const Case& c : cases) {
    CAPTURE(c.category);
    const std::string body =
        R"("pattern": "{ACTOR} met {ACTOR}", "relation": "meet", "category": ")" +
        c.category + "\"";
    std::string expected = "OK";
    if (c.category.empty()) {
      expected = "p/pack.json:4: rule \"r\": \"category\" is empty";
    } else if (!c.ok) {
      expected = "p/pack.json:4: rule \"r\": category \"" + c.category +
                 "\" is not a CAMEO root code \"01\"..\"20\"";
    }
    CHECK(LoadError({{"p/pack.json", PackWithRule(body)}}) == expected);
  }
}

TEST_CASE(
    "RulePack: error lines point at the rule, not at the first rule of the "
    "file") {
  const std::string text = R"({
  "rules": [
    {"id": "first", "pattern": "{ACTOR} met {ACTOR}", "relation": "meet", "category": "04"},
    {"id": "second",
     "pattern": "{ACTOR} visited {ACTOR}",
     "relation": "visit",
     "category": "4"},
    {"id": "third", "pattern": "{ACTOR} hosted {ACTOR}", "relation": "host", "category": "04"}
  ]
})";
  CHECK(LoadError({{"p/pack.json", text}}) ==
        "p/pack.json:4: rule \"second\": category \"4\" is not a CAMEO root "
        "code \"01\"..\"20\"");
}

TEST_CASE("RulePack: a rule id defined twice in two files names both places") {
  const Files files = {
      {"p/pack.json",
       "{\"include\": [\"more.json\"],\n \"rules\": [\n  {\"id\": \"meet\", " +
           std::string(kGoodRule) + "}\n]}"},
      {"p/more.json", "{\"rules\": [\n\n  {\"id\": \"meet\", " +
                          std::string(kGoodRule) + "}\n]}"},
  };
  Result<RulePack> r = LoadRulePack("p/pack.json", MemoryLoader(files));
  CHECK(r.status().code() == StatusCode::kInvalidArgument);
  CHECK(r.status().ToString() ==
        "p/more.json:3: rule id \"meet\" already defined at p/pack.json:3");
}

// JsonSource::Where() finds the first "id": "meet" of the file, so both
// places of a duplicate in one file are reported as the first one's line.
TEST_CASE("RulePack: a rule id defined twice in one file names both lines") {
  const std::string text =
      "{\"rules\": [\n  {\"id\": \"meet\", " + std::string(kGoodRule) +
      "},\n\n  {\"id\": \"meet\", " + std::string(kGoodRule) + "}\n]}";
  CHECK(LoadError({{"p/pack.json", text}}) ==
        "p/pack.json:4: rule id \"meet\" already defined at p/pack.json:2");
}

TEST_CASE("RulePack: actor errors") {
  struct Case {
    std::string actor;
    std::string expected;
  };
  const std::vector<Case> cases = {
      {R"({"id": "A", "name": "Aland", "type": "country"})", "OK"},
      {R"({"id": "A", "name": "Aland", "type": "nation"})",
       "p/pack.json:2: actor \"A\": unknown type \"nation\" (want person, "
       "country, "
       "organization, group or other)"},
      {R"({"id": "A", "name": "Aland", "type": "Country"})",
       "p/pack.json:2: actor \"A\": unknown type \"Country\" (want person, "
       "country, "
       "organization, group or other)"},
      {R"({"id": "A", "name": "Aland"})",
       "p/pack.json:2: actor \"A\": missing string \"type\""},
      {R"({"id": "A", "type": "country"})",
       "p/pack.json:2: actor \"A\": missing string \"name\""},
      {R"({"name": "Aland", "type": "country"})",
       "p/pack.json: actor: missing string \"id\""},
      {R"({"id": "A", "name": "Aland", "type": "country", "capital": "Alby"})",
       "p/pack.json:2: actor \"A\": unknown key \"capital\""},
      {R"({"id": "A", "name": "Aland", "type": "country", "aliases": "Al"})",
       "p/pack.json:2: actor \"A\": \"aliases\" must be an array of strings"},
      {R"({"id": "A", "name": "Aland", "type": "country", "demonyms": [""]})",
       "p/pack.json:2: actor \"A\": \"demonyms\" must hold non-empty strings"},
      {R"({"id": "A", "name": "Aland", "type": "person", "offices": {}})",
       "p/pack.json:2: actor \"A\": \"offices\" must be an array"},
      {R"({"id": "A", "name": "Aland", "type": "person", "offices": [{"from": 2001}]})",
       "p/pack.json:2: actor \"A\" office: missing string \"title\""},
      {R"({"id": "A", "name": "Aland", "type": "person", "offices": [{"title": "King", "from": "2001"}]})",
       "p/pack.json:2: actor \"A\" office: \"from\" must be an integer"},
      {R"({"id": "A", "name": "Aland", "type": "person", "offices": [{"title": "King", "since": 2001}]})",
       "p/pack.json:2: actor \"A\" office: unknown key \"since\""},
      {"7", "p/pack.json: actor: must be a JSON object"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.actor);
    CHECK(LoadError({{"p/pack.json", "{\"actors\": [\n" + c.actor + "\n]}"}}) ==
          c.expected);
  }
}

TEST_CASE("RulePack: an actor id defined twice names both places") {
  SUBCASE("two files") {
    const Files files = {
        {"p/pack.json",
         "{\"include\": [\"b.json\"], \"actors\": [\n"
         "  {\"id\": \"A\", \"name\": \"Aland\", \"type\": \"country\"}]}"},
        {"p/b.json",
         "{\"actors\": [\n\n"
         "  {\"id\": \"A\", \"name\": \"Another\", \"type\": \"group\"}]}"},
    };
    CHECK(LoadError(files) ==
          "p/b.json:3: actor id \"A\" already defined at p/pack.json:2");
  }
}

TEST_CASE("RulePack: the shipped packs load from the binary") {
  Result<RulePack> diplomacy = LoadBuiltinRulePack("diplomacy");
  REQUIRE_MESSAGE(diplomacy.ok(), diplomacy.status().ToString());
  CHECK(diplomacy->name == "diplomacy");
  CHECK(diplomacy->files ==
        std::vector<std::string>{
            "diplomacy/pack.json", "diplomacy/events.tsv",
            "diplomacy/countries.json", "diplomacy/organizations.json",
            "diplomacy/regions.json", "diplomacy/leaders.json",
            "diplomacy/names.json"});
  CHECK(diplomacy->actors.size() > 200);
  CHECK(diplomacy->rules.size() > 40);
  CHECK(diplomacy->frames.size() > 10);
  CHECK(diplomacy->events.size() > 1500);
  CHECK(diplomacy->person_titles.size() > 10);
  CHECK(diplomacy->country_pair_phrases.size() > 1);

  CHECK(LoadBuiltinRulePack("nope").status().ToString() ==
        "nope/pack.json: no such built-in rule pack file");
  CHECK(LoadBuiltinRulePack("diplomacy/nope.json").status().code() ==
        StatusCode::kNotFound);
  std::vector<std::string> names = BuiltinRulePackNames();
  CHECK(std::find(names.begin(), names.end(), "diplomacy") != names.end());
  CHECK(std::find(names.begin(), names.end(), "business") != names.end());
}

// The small business pack: loading diplomacy takes a while.
TEST_CASE(
    "RulePack: a shipped pack loads the same from disk and from the binary") {
  Result<RulePack> disk =
      LoadRulePackFile(KG_SOURCE_DIR "/rules/business/pack.json");
  REQUIRE_MESSAGE(disk.ok(), disk.status().ToString());
  Result<RulePack> builtin = LoadBuiltinRulePack("business/pack.json");
  REQUIRE_MESSAGE(builtin.ok(), builtin.status().ToString());
  CHECK(disk->name == "business");
  CHECK(disk->files ==
        std::vector<std::string>{KG_SOURCE_DIR "/rules/business/pack.json"});
  CHECK(builtin->files == std::vector<std::string>{"business/pack.json"});
  REQUIRE(disk->actors.size() == builtin->actors.size());
  REQUIRE(disk->rules.size() == builtin->rules.size());
  for (size_t i = 0; i < disk->rules.size(); ++i) {
    CHECK(disk->rules[i].id == builtin->rules[i].id);
    CHECK(disk->rules[i].pattern == builtin->rules[i].pattern);
    CHECK(disk->rules[i].source_line == builtin->rules[i].source_line);
  }
}

TEST_CASE("RulePack: LoadRulePackFile reports missing files and folders") {
  Result<RulePack> missing =
      LoadRulePackFile(KG_SOURCE_DIR "/rules/no-such-pack.json");
  CHECK(missing.status().code() == StatusCode::kNotFound);
  CHECK(missing.status().ToString() ==
        std::string(KG_SOURCE_DIR) + "/rules/no-such-pack.json: no such file");
  Result<RulePack> folder = LoadRulePackFile(KG_SOURCE_DIR "/rules/diplomacy");
  CHECK(folder.status().code() == StatusCode::kInvalidArgument);
  CHECK(folder.status().ToString() ==
        std::string(KG_SOURCE_DIR) +
            "/rules/diplomacy: is a folder, not a rule pack file");
}

}  // namespace
}  // namespace kg::extract
