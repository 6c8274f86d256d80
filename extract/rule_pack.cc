#include "extract/rule_pack.h"

#include <cerrno>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <utility>

#include "extract/internal/json_source.h"
#include "rules/builtin_packs.h"

namespace kg::extract {
namespace {

using internal::JsonSource;
using nlohmann::json;

// Checks the shape of one JSON object: known keys only, typed getters with
// messages that name the place. The first problem wins.
class ObjectReader {
 public:
  ObjectReader(const json& obj, std::string where, std::string what)
      : obj_(obj), where_(std::move(where)), what_(std::move(what)) {}

  Status CheckKeys(const std::set<std::string>& allowed) const {
    if (!obj_.is_object()) return Error("must be a JSON object");
    for (const auto& [key, value] : obj_.items())
      if (!allowed.count(key)) return Error("unknown key \"" + key + "\"");
    return Status::Ok();
  }
  Status String(const char* key, std::string* out, bool required) const {
    auto it = obj_.find(key);
    if (it == obj_.end() || it->is_null())
      return required ? Error(std::string("missing string \"") + key + "\"")
                      : Status::Ok();
    if (!it->is_string())
      return Error(std::string("\"") + key + "\" must be a string");
    *out = it->get<std::string>();
    if (required && out->empty())
      return Error(std::string("\"") + key + "\" is empty");
    return Status::Ok();
  }
  Status Strings(const char* key, std::vector<std::string>* out) const {
    auto it = obj_.find(key);
    if (it == obj_.end()) return Status::Ok();
    if (!it->is_array())
      return Error(std::string("\"") + key + "\" must be an array of strings");
    for (const auto& v : *it) {
      if (!v.is_string() || v.get<std::string>().empty())
        return Error(std::string("\"") + key +
                     "\" must hold non-empty strings");
      out->push_back(v.get<std::string>());
    }
    return Status::Ok();
  }
  Status Bool(const char* key, bool* out) const {
    auto it = obj_.find(key);
    if (it == obj_.end()) return Status::Ok();
    if (!it->is_boolean())
      return Error(std::string("\"") + key + "\" must be true or false");
    *out = it->get<bool>();
    return Status::Ok();
  }
  Status Int(const char* key, int* out) const {
    auto it = obj_.find(key);
    if (it == obj_.end()) return Status::Ok();
    if (!it->is_number_integer())
      return Error(std::string("\"") + key + "\" must be an integer");
    *out = it->get<int>();
    return Status::Ok();
  }
  Status Number(const char* key, double* out) const {
    auto it = obj_.find(key);
    if (it == obj_.end()) return Status::Ok();
    if (!it->is_number())
      return Error(std::string("\"") + key + "\" must be a number");
    *out = it->get<double>();
    return Status::Ok();
  }
  Status Error(const std::string& detail) const {
    return Status::InvalidArgument(
        where_, what_.empty() ? detail : what_ + ": " + detail);
  }

 private:
  const json& obj_;
  std::string where_;
  std::string what_;
};

#define KG_RETURN_IF_ERROR(expr) \
  do {                           \
    ::kg::Status _st = (expr);   \
    if (!_st.ok()) return _st;   \
  } while (0)

Status ReadActor(const JsonSource& src, const json& j, size_t nth, Actor* a) {
  std::string id = j.is_object() && j.contains("id") && j["id"].is_string()
                       ? j["id"].get<std::string>()
                       : "";
  ObjectReader r(j, src.Where(id, nth),
                 id.empty() ? "actor" : "actor \"" + id + "\"");
  KG_RETURN_IF_ERROR(
      r.CheckKeys({"id", "name", "type", "code", "aliases", "demonyms",
                   "capitals", "surname", "country", "offices"}));
  KG_RETURN_IF_ERROR(r.String("id", &a->id, true));
  KG_RETURN_IF_ERROR(r.String("name", &a->name, true));
  std::string type;
  KG_RETURN_IF_ERROR(r.String("type", &type, true));
  auto t = ParseActorType(type);
  if (!t)
    return r.Error("unknown type \"" + type +
                   "\" (want person, country, organization, group or other)");
  a->type = *t;
  KG_RETURN_IF_ERROR(r.String("code", &a->code, false));
  KG_RETURN_IF_ERROR(r.Strings("aliases", &a->aliases));
  KG_RETURN_IF_ERROR(r.Strings("demonyms", &a->demonyms));
  KG_RETURN_IF_ERROR(r.Strings("capitals", &a->capitals));
  KG_RETURN_IF_ERROR(r.String("surname", &a->surname, false));
  KG_RETURN_IF_ERROR(r.String("country", &a->country, false));
  if (j.contains("offices")) {
    if (!j["offices"].is_array())
      return r.Error("\"offices\" must be an array");
    for (const auto& o : j["offices"]) {
      ObjectReader orr(o, r.Error("").context(),
                       "actor \"" + a->id + "\" office");
      KG_RETURN_IF_ERROR(orr.CheckKeys({"title", "from", "to"}));
      Office office;
      KG_RETURN_IF_ERROR(orr.String("title", &office.title, true));
      KG_RETURN_IF_ERROR(orr.Int("from", &office.from));
      if (o.contains("to") && !o["to"].is_null()) {
        int to = 0;
        KG_RETURN_IF_ERROR(orr.Int("to", &to));
        office.to = to;
      }
      a->offices.push_back(std::move(office));
    }
  }
  a->source_path = src.path();
  a->source_line = src.LineOfId(a->id, nth);
  return Status::Ok();
}

Status ReadExamples(const ObjectReader& r, const json& j, const char* key,
                    std::vector<RuleExample>* out) {
  auto it = j.find(key);
  if (it == j.end()) return Status::Ok();
  if (!it->is_array())
    return r.Error(std::string("\"") + key + "\" must be an array");
  for (const auto& e : *it) {
    RuleExample ex;
    if (e.is_string()) {  // shorthand: a sentence alone
      ex.text = e.get<std::string>();
      out->push_back(std::move(ex));
      continue;
    }
    if (!e.is_object() || !e.contains("text") || !e["text"].is_string())
      return r.Error(std::string("each of \"") + key +
                     "\" must be a string or {\"text\", \"triples\"}");
    for (const auto& [k, v] : e.items())
      if (k != "text" && k != "triples" && k != "title")
        return r.Error(std::string("unknown key \"") + k + "\" in " + key);
    ex.text = e["text"].get<std::string>();
    if (e.contains("title")) {
      if (!e["title"].is_string())
        return r.Error("example \"title\" must be a string");
      ex.title = e["title"].get<std::string>();
    }
    if (e.contains("triples")) {
      if (!e["triples"].is_array())
        return r.Error("\"triples\" must be an array");
      for (const auto& t : e["triples"]) {
        if (!t.is_array() || t.size() != 3 || !t[0].is_string() ||
            !t[1].is_string() || !t[2].is_string())
          return r.Error(
              "each triple must be [\"subject\", \"relation\", \"object\"]");
        ex.triples.push_back({t[0].get<std::string>(), t[1].get<std::string>(),
                              t[2].get<std::string>()});
      }
    }
    out->push_back(std::move(ex));
  }
  return Status::Ok();
}

Status ReadRule(const JsonSource& src, const json& j, size_t nth,
                RuleSpec* rule) {
  std::string id = j.is_object() && j.contains("id") && j["id"].is_string()
                       ? j["id"].get<std::string>()
                       : "";
  ObjectReader r(j, src.Where(id, nth),
                 id.empty() ? "rule" : "rule \"" + id + "\"");
  KG_RETURN_IF_ERROR(
      r.CheckKeys({"id", "pattern", "relation", "category", "symmetric",
                   "passive", "implicit_subject", "priority", "confidence",
                   "examples", "counterexamples", "comment"}));
  KG_RETURN_IF_ERROR(r.String("id", &rule->id, true));
  KG_RETURN_IF_ERROR(r.String("pattern", &rule->pattern, true));
  KG_RETURN_IF_ERROR(r.String("relation", &rule->relation, true));
  KG_RETURN_IF_ERROR(r.String("category", &rule->category, true));
  const std::string& c = rule->category;
  if (c.size() != 2 || c[0] < '0' || c[0] > '2' || c[1] < '0' || c[1] > '9' ||
      c == "00" || c > "20")
    return r.Error("category \"" + c +
                   "\" is not a CAMEO root code \"01\"..\"20\"");
  KG_RETURN_IF_ERROR(r.Bool("symmetric", &rule->symmetric));
  KG_RETURN_IF_ERROR(r.Bool("passive", &rule->passive));
  KG_RETURN_IF_ERROR(r.Bool("implicit_subject", &rule->implicit_subject));
  KG_RETURN_IF_ERROR(r.Int("priority", &rule->priority));
  KG_RETURN_IF_ERROR(r.Number("confidence", &rule->confidence));
  if (rule->confidence <= 0 || rule->confidence > 1)
    return r.Error("confidence must be in (0, 1]");
  KG_RETURN_IF_ERROR(ReadExamples(r, j, "examples", &rule->examples));
  KG_RETURN_IF_ERROR(
      ReadExamples(r, j, "counterexamples", &rule->counterexamples));
  rule->source_path = src.path();
  rule->source_line = src.LineOfId(rule->id, nth);
  return Status::Ok();
}

Status ReadFrame(const JsonSource& src, const json& j, size_t nth,
                 FrameSpec* frame) {
  std::string id = j.is_object() && j.contains("id") && j["id"].is_string()
                       ? j["id"].get<std::string>()
                       : "";
  ObjectReader r(j, src.Where(id, nth),
                 id.empty() ? "frame" : "frame \"" + id + "\"");
  KG_RETURN_IF_ERROR(
      r.CheckKeys({"id", "pattern", "comment", "priority", "confidence",
                   "examples", "counterexamples"}));
  KG_RETURN_IF_ERROR(r.String("id", &frame->id, true));
  KG_RETURN_IF_ERROR(r.String("pattern", &frame->pattern, true));
  KG_RETURN_IF_ERROR(r.String("comment", &frame->comment, false));
  KG_RETURN_IF_ERROR(r.Int("priority", &frame->priority));
  KG_RETURN_IF_ERROR(r.Number("confidence", &frame->confidence));
  if (frame->confidence <= 0 || frame->confidence > 1)
    return r.Error("confidence must be in (0, 1]");
  KG_RETURN_IF_ERROR(ReadExamples(r, j, "examples", &frame->examples));
  KG_RETURN_IF_ERROR(
      ReadExamples(r, j, "counterexamples", &frame->counterexamples));
  frame->source_path = src.path();
  frame->source_line = src.LineOfId(frame->id, nth);
  return Status::Ok();
}

std::string Dirname(const std::string& path) {
  size_t slash = path.rfind('/');
  return slash == std::string::npos ? "" : path.substr(0, slash + 1);
}

class PackLoader {
 public:
  PackLoader(const FileLoader& loader, RulePack* pack)
      : loader_(loader), pack_(pack) {}

  Status Load(const std::string& path) {
    if (std::find(stack_.begin(), stack_.end(), path) != stack_.end())
      return Status::InvalidArgument(path, "include cycle");
    if (std::find(pack_->files.begin(), pack_->files.end(), path) !=
        pack_->files.end())
      return Status::Ok();  // included twice through different files: once is
                            // enough
    std::string bytes;
    if (Status read = loader_(path, &bytes); !read.ok()) {
      if (stack_.empty()) return read;
      return read.WithNote(" (included by " + stack_.back() + ")");
    }
    JsonSource src;
    KG_RETURN_IF_ERROR(JsonSource::Parse(path, std::move(bytes), &src));
    pack_->files.push_back(path);
    stack_.push_back(path);
    Status s = LoadObject(src);
    stack_.pop_back();
    return s;
  }

 private:
  // How many objects of this file had the same "id" before this one: the
  // key to its line (JsonSource::LineOfId).
  size_t Occurrence(const json& obj) {
    if (!obj.is_object() || !obj.contains("id") || !obj["id"].is_string())
      return 0;
    return ids_in_file_[obj["id"].get<std::string>()]++;
  }

  // Reads the array `key` ("actors", "rules") of objects with unique ids.
  template <typename T, typename ReadFn>
  Status ReadList(const JsonSource& src, const char* key, const char* what,
                  ReadFn read, std::map<std::string, std::string>* ids,
                  std::vector<T>* out) {
    const json& j = src.value();
    if (!j.contains(key)) return Status::Ok();
    if (!j[key].is_array())
      return Status::InvalidArgument(
          src.path(), std::string("\"") + key + "\" must be an array");
    for (const auto& x : j[key]) {
      T item;
      size_t nth = Occurrence(x);
      KG_RETURN_IF_ERROR(read(src, x, nth, &item));
      std::string where = src.Where(item.id, nth);
      if (auto [it, fresh] = ids->emplace(item.id, where); !fresh)
        return Status::InvalidArgument(
            where, std::string(what) + " id \"" + item.id +
                       "\" already defined at " + it->second);
      out->push_back(std::move(item));
    }
    return Status::Ok();
  }

  Status LoadObject(const JsonSource& src) {
    ids_in_file_.clear();
    const json& j = src.value();
    ObjectReader r(j, src.path(), "");
    KG_RETURN_IF_ERROR(r.CheckKeys({"name",
                                    "description",
                                    "include",
                                    "macros",
                                    "person_titles",
                                    "peerage_titles",
                                    "org_heads",
                                    "pair_phrases",
                                    "pronouns",
                                    "common_words",
                                    "org_titles",
                                    "given_names",
                                    "family_names_first",
                                    "non_name_words",
                                    "name_heads",
                                    "actors",
                                    "rules",
                                    "licence",
                                    "license",
                                    "english",
                                    "lexicon",
                                    "frames"}));
    if (pack_->name.empty())
      KG_RETURN_IF_ERROR(r.String("name", &pack_->name, false));
    KG_RETURN_IF_ERROR(r.Strings("person_titles", &pack_->person_titles));
    KG_RETURN_IF_ERROR(r.Strings("peerage_titles", &pack_->peerage_titles));
    KG_RETURN_IF_ERROR(r.Strings("org_heads", &pack_->org_heads));
    KG_RETURN_IF_ERROR(r.Strings("pronouns", &pack_->pronouns));
    KG_RETURN_IF_ERROR(r.Strings("common_words", &pack_->common_words));
    KG_RETURN_IF_ERROR(r.Strings("org_titles", &pack_->org_titles));
    KG_RETURN_IF_ERROR(r.Strings("given_names", &pack_->given_names));
    KG_RETURN_IF_ERROR(
        r.Strings("family_names_first", &pack_->family_names_first));
    KG_RETURN_IF_ERROR(r.Strings("non_name_words", &pack_->non_name_words));
    KG_RETURN_IF_ERROR(r.Strings("name_heads", &pack_->name_heads));
    if (j.contains("pair_phrases")) {
      ObjectReader pr(j["pair_phrases"], src.path(), "pair_phrases");
      KG_RETURN_IF_ERROR(pr.CheckKeys({"country", "person"}));
      KG_RETURN_IF_ERROR(pr.Strings("country", &pack_->country_pair_phrases));
      KG_RETURN_IF_ERROR(pr.Strings("person", &pack_->person_pair_phrases));
    }
    if (j.contains("macros")) {
      if (!j["macros"].is_object())
        return r.Error("\"macros\" must be an object");
      for (const auto& [name, value] : j["macros"].items()) {
        if (!value.is_string())
          return r.Error("macro \"" + name + "\" must be a string");
        pack_->macros[name] = value.get<std::string>();
      }
    }
    KG_RETURN_IF_ERROR(ReadList(src, "actors", "actor", ReadActor, &actor_ids_,
                                &pack_->actors));
    KG_RETURN_IF_ERROR(
        ReadList(src, "rules", "rule", ReadRule, &rule_ids_, &pack_->rules));
    KG_RETURN_IF_ERROR(ReadList(src, "frames", "frame", ReadFrame, &frame_ids_,
                                &pack_->frames));
    std::string english;
    KG_RETURN_IF_ERROR(r.String("english", &english, false));
    if (!english.empty()) {
      pack_->english_path = Relative(src, english);
      KG_RETURN_IF_ERROR(ReadData(pack_->english_path, &pack_->english_bytes));
    }
    std::vector<std::string> tables;
    KG_RETURN_IF_ERROR(r.Strings("lexicon", &tables));
    for (const auto& t : tables) {
      std::string path = Relative(src, t), bytes;
      KG_RETURN_IF_ERROR(ReadData(path, &bytes));
      KG_RETURN_IF_ERROR(ParseEventTable(path, bytes, &pack_->events));
      pack_->files.push_back(path);
    }
    std::vector<std::string> includes;
    KG_RETURN_IF_ERROR(r.Strings("include", &includes));
    for (const auto& inc : includes)
      KG_RETURN_IF_ERROR(Load(Relative(src, inc)));
    return Status::Ok();
  }

  // A path named in `src`, relative to its folder: "sub/../common.json" and
  // "common.json" are one file.
  static std::string Relative(const JsonSource& src, const std::string& p) {
    return std::filesystem::path(Dirname(src.path()) + p)
        .lexically_normal()
        .generic_string();
  }

  // A data file (verb table, lexicon) named by the file being loaded.
  Status ReadData(const std::string& path, std::string* bytes) {
    if (Status read = loader_(path, bytes); !read.ok())
      return read.WithNote(" (named by " + stack_.back() + ")");
    return Status::Ok();
  }

  const FileLoader& loader_;
  RulePack* pack_;
  std::vector<std::string> stack_;
  std::map<std::string, std::string> actor_ids_;
  std::map<std::string, std::string> rule_ids_;
  std::map<std::string, std::string> frame_ids_;
  std::map<std::string, size_t> ids_in_file_;
};

Status ReadDiskFile(const std::string& path, std::string* bytes) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec))
    return Status::InvalidArgument(path, "is a folder, not a rule pack file");
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    if (errno == ENOENT) return Status::NotFound(path, "no such file");
    return Status::FromErrno(path, errno);
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  *bytes = ss.str();
  return Status::Ok();
}

}  // namespace

Result<RulePack> LoadRulePack(const std::string& path,
                              const FileLoader& loader) {
  RulePack pack;
  PackLoader l(loader, &pack);
  Status s = l.Load(path);
  if (!s.ok()) return s;
  return pack;
}

Result<RulePack> LoadRulePackFile(const std::string& path) {
  return LoadRulePack(path, ReadDiskFile);
}

Result<RulePack> LoadBuiltinRulePack(const std::string& name) {
  std::string path =
      name.find('/') == std::string::npos ? name + "/pack.json" : name;
  auto loader = [](const std::string& p, std::string* bytes) -> Status {
    for (const auto& f : rules::BuiltinFiles()) {
      if (f.path == p) {
        *bytes = std::string(f.bytes);
        return Status::Ok();
      }
    }
    return Status::NotFound(p, "no such built-in rule pack file");
  };
  return LoadRulePack(path, loader);
}

std::vector<std::string> BuiltinRulePackNames() {
  std::vector<std::string> names;
  for (const auto& f : rules::BuiltinFiles()) {
    std::string_view p = f.path;
    if (p.size() > 10 && p.substr(p.size() - 10) == "/pack.json")
      names.emplace_back(p.substr(0, p.size() - 10));
  }
  return names;
}

}  // namespace kg::extract
