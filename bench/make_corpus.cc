// make_corpus: writes a synthetic English news corpus of a requested size,
// for measuring `kg extract` on gigabytes of text. Not a test.
//
//   ./build/bench/make_corpus --size 1G --seed 7 [--format txt|jsonl]
//       [--shapes article|news|history|mixed] [--example FILE]
//       [--count-sentences] -o FILE
//
// Sentences are those of a source text, read at run time and split by kg's
// own ParseDocument, recombined at random: every actor the diplomacy pack's
// gazetteer finds in a sentence is replaced by a random actor of the same
// type, named the same way (name or alias, capital, demonym, surname), and
// every year or date ("2015", "March 2018", "12 March 2016") by a random
// one. --shapes says which source texts, so that speed is not measured on
// one article's sentences only:
//   article  the bundled example (examples/xi-foreign-policy.txt, or
//            --example FILE), the default: a Wikipedia survey. Paragraphs
//            of 2-6 sentences, an occasional "== Section ==" heading, dates
//            1950-2026.
//   news     bench/shapes/news-readouts.txt: wire stories and government
//            readouts (datelines, "said on Tuesday", quotes). Paragraphs of
//            1-3 sentences, few headings, dates 1990-2026.
//   history  bench/shapes/histories.txt: a history book's long sentences
//            (treaties, wars, subordinate clauses). Paragraphs of 3-7
//            sentences, dates 1700-1999 (years 1600-2099 are replaced).
//   mixed    each document drawn from one of the three, at random.
// The shapes texts were written for kg (bench/shapes/README.md) and are
// found under the source tree the build came from, as the example is.
// A document is ~50 KB. `txt` writes one file with a "= Title =" heading
// per document; `jsonl` writes one document a line,
// {"id":"doc-000001","title":...,"date":"YYYY-MM-DD","text":...}.
//
// Sizes take K, M, G suffixes (powers of 1024). The output stops before the
// first paragraph that would pass the size, so it is a few KB short at most.
// The same seed, size and shapes give byte-identical output on any
// platform: the random numbers are std::mt19937_64's raw output reduced by
// hand, never a standard-library distribution. (--shapes article draws the
// same numbers as make_corpus did before it had --shapes, so its corpora
// are unchanged.) Output is streamed through a 4 MB buffer; memory does not
// grow with the size. --count-sentences prints the number of sentences
// written to stderr (one integer), counted by kg's own ParseDocument on
// each document, so that it is the number `kg extract` sees (a replaced
// name such as "U.S." can move a sentence boundary).
#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "bench/diplomacy_gazetteer.h"
#include "extract/actor.h"
#include "extract/document_reader.h"
#include "extract/gazetteer.h"
#include "extract/rule_pack.h"

#ifndef KG_SOURCE_DIR
#define KG_SOURCE_DIR "."
#endif

namespace {

using kg::extract::ActorType;
using kg::extract::NameKind;

constexpr int kActorTypes = 5;
constexpr const char* kMonths[] = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

// Random numbers that do not depend on the standard library's
// distributions: the generator's raw 64-bit output, reduced by hand.
class Random {
 public:
  explicit Random(uint64_t seed) : rng_(seed) {}
  // 0 <= result < n (n > 0). The modulo bias is below 2^-40 for our n.
  uint64_t Below(uint64_t n) { return rng_() % n; }
  // lo <= result <= hi.
  int Between(int lo, int hi) {
    return lo + static_cast<int>(Below(static_cast<uint64_t>(hi - lo + 1)));
  }
  // True with probability 1/n.
  bool OneIn(uint64_t n) { return Below(n) == 0; }
  template <typename T>
  const T& Pick(const std::vector<T>& v) {
    return v[Below(v.size())];
  }

 private:
  std::mt19937_64 rng_;
};

// A piece of a sentence template: literal text, an actor mention or a date.
struct Piece {
  enum class Kind { kText, kActor, kDate };
  Kind kind = Kind::kText;
  std::string text;                      // kText
  ActorType type = ActorType::kOther;    // kActor
  NameKind name_kind = NameKind::kName;  // kActor
  bool day_before = false;               // kDate: "12 March 2016"
  bool month = false;                    // kDate: "March 2016"
  bool day_after = false;                // kDate: "March 12, 2016"
};
using Template = std::vector<Piece>;

// The surface forms of one actor type, by the way they name the actor.
struct NamePool {
  std::vector<std::vector<std::string>> by_actor;  // name + aliases
  std::vector<std::string> capitals, demonyms, surnames;
};

// A kind of source text (--shapes), its sentences and the layout of the
// documents made of them: news has short paragraphs, histories long ones.
struct Shape {
  enum class Kind { kArticle, kNews, kHistory };
  Kind kind = Kind::kArticle;
  std::vector<Template> templates;
  std::vector<std::string> section_titles;
  int min_sentences = 2, max_sentences = 6;  // in a paragraph
  uint64_t heading_one_in = 6;  // paragraphs after the first with a heading
  int first_year = 1950, last_year = 2026;  // of the dates written
  // Years 1600-1899 are cut out as dates too (histories); the article's
  // cut stays as it was, so that its corpora do not change.
  bool old_years = false;
};

// A buffered writer to a file or stdout that fails loudly.
class Writer {
 public:
  explicit Writer(const std::string& path) {
    file_ = path == "-" ? stdout : std::fopen(path.c_str(), "wb");
    if (file_ == nullptr) {
      std::perror(path.c_str());
      std::exit(1);
    }
    buffer_.reserve(kBufferSize);
  }
  ~Writer() { Close(); }
  void Write(std::string_view s) {
    written_ += s.size();
    if (buffer_.size() + s.size() > kBufferSize) Flush();
    if (s.size() >= kBufferSize)
      WriteRaw(s);
    else
      buffer_.append(s);
  }
  uint64_t written() const { return written_; }
  void Close() {
    if (file_ == nullptr) return;
    Flush();
    bool failed = std::fflush(file_) != 0;
    if (file_ != stdout) failed = std::fclose(file_) != 0 || failed;
    file_ = nullptr;
    if (failed) {
      std::perror("make_corpus: write");
      std::exit(1);
    }
  }

 private:
  static constexpr size_t kBufferSize = size_t{4} << 20;
  void Flush() {
    WriteRaw(buffer_);
    buffer_.clear();
  }
  void WriteRaw(std::string_view s) {
    if (!s.empty() && std::fwrite(s.data(), 1, s.size(), file_) != s.size()) {
      std::perror("make_corpus: write");
      std::exit(1);
    }
  }
  std::FILE* file_ = nullptr;
  std::string buffer_;
  uint64_t written_ = 0;
};

// "1G" -> 2^30. Accepts K, M, G, T (optionally followed by "B" or "iB").
bool ParseSize(const std::string& s, uint64_t* out) {
  size_t used = 0;
  double number = 0;
  try {
    number = std::stod(s, &used);
  } catch (const std::exception&) {
    return false;
  }
  std::string suffix = s.substr(used);
  for (char& c : suffix)
    c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  if (suffix.size() > 1 &&
      (suffix.substr(1) == "B" || suffix.substr(1) == "IB"))
    suffix.resize(1);
  double scale = 1;
  if (suffix == "K")
    scale = 1024.0;
  else if (suffix == "M")
    scale = 1024.0 * 1024;
  else if (suffix == "G")
    scale = 1024.0 * 1024 * 1024;
  else if (suffix == "T")
    scale = 1024.0 * 1024 * 1024 * 1024;
  else if (!suffix.empty() && suffix != "B")
    return false;
  if (number < 0) return false;
  *out = static_cast<uint64_t>(number * scale);
  return true;
}

// Bytes `s` takes inside a JSON string (as nlohmann::json::dump writes it:
// UTF-8 kept, quotes, backslashes and control characters escaped).
size_t JsonSize(std::string_view s) {
  size_t n = s.size();
  for (char c : s) {
    auto u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\' || c == '\n' || c == '\t' || c == '\r' ||
        c == '\b' || c == '\f')
      n += 1;
    else if (u < 0x20)
      n += 5;
  }
  return n;
}

class CorpusMaker {
 public:
  CorpusMaker(const kg::extract::Gazetteer& gazetteer, uint64_t seed)
      : gazetteer_(gazetteer), random_(seed) {
    for (const auto& a : gazetteer.actors()) {
      NamePool& pool = pools_[static_cast<int>(a.type)];
      std::vector<std::string> names = {a.name};
      names.insert(names.end(), a.aliases.begin(), a.aliases.end());
      pool.by_actor.push_back(std::move(names));
      pool.capitals.insert(pool.capitals.end(), a.capitals.begin(),
                           a.capitals.end());
      pool.demonyms.insert(pool.demonyms.end(), a.demonyms.begin(),
                           a.demonyms.end());
      if (!a.surname.empty()) pool.surnames.push_back(a.surname);
    }
  }

  // Cuts a source text's sentences into templates of a shape that
  // documents are drawn from; false if it has none.
  bool AddShape(Shape::Kind kind, const std::string& id,
                const std::string& bytes) {
    Shape shape;
    shape.kind = kind;
    if (kind == Shape::Kind::kNews) {
      shape.min_sentences = 1;
      shape.max_sentences = 3;
      shape.heading_one_in = 12;
      shape.first_year = 1990;
    } else if (kind == Shape::Kind::kHistory) {
      shape.min_sentences = 3;
      shape.max_sentences = 7;
      shape.heading_one_in = 8;
      shape.first_year = 1700;
      shape.last_year = 1999;
      shape.old_years = true;
    }
    kg::extract::Document doc = kg::extract::ParseDocument(id, bytes);
    for (const auto& section : doc.sections)
      if (section.level >= 2) shape.section_titles.push_back(section.title);
    for (const auto& para : doc.paragraphs)
      for (const auto& span : para.sentences) {
        std::string_view sentence = doc.Text(span);
        if (sentence.size() >= 20)
          shape.templates.push_back(Cut(sentence, shape.old_years));
      }
    if (shape.templates.empty()) return false;
    shapes_.push_back(std::move(shape));
    return true;
  }

  // Writes documents until the next paragraph would pass `target` bytes.
  void Write(uint64_t target, bool jsonl, Writer* out) {
    for (int doc_no = 1;; ++doc_no) {
      if (out->written() >= target) break;
      uint64_t remaining = target - out->written();
      // One shape draws no number, so that --shapes article writes what
      // make_corpus wrote before it had shapes.
      const Shape& shape = shapes_.size() == 1
                               ? shapes_[0]
                               : shapes_[random_.Below(shapes_.size())];
      std::string title = Title(shape);
      char id[32];
      std::snprintf(id, sizeof id, "doc-%06d", doc_no);
      char date[16];
      std::snprintf(date, sizeof date, "%04d-%02d-%02d",
                    random_.Between(1990, 2026), random_.Between(1, 12),
                    random_.Between(1, 28));
      // The bytes of the document around its paragraphs.
      uint64_t overhead =
          jsonl ? std::strlen(R"({"id":"","title":"","date":"","text":""})") +
                      std::strlen(id) + JsonSize(title) + std::strlen(date) + 1
                : title.size() + 6;  // "= T =\n\n"
      if (remaining <= overhead) break;
      uint64_t budget = std::min<uint64_t>(
          remaining - overhead, 40000 + random_.Below(20001));  // ~50 KB
      std::string text;
      uint64_t size = 0;  // of `text` as written
      for (int para = 0;; ++para) {
        std::string block;
        if (para > 0 && random_.OneIn(shape.heading_one_in))
          block = "== " + SectionTitle(shape) + " ==\n\n";
        int count = random_.Between(shape.min_sentences, shape.max_sentences);
        for (int i = 0; i < count; ++i) {
          if (i) block += ' ';
          AppendSentence(shape, &block);
        }
        block += "\n\n";
        uint64_t block_size = jsonl ? JsonSize(block) : block.size();
        if (size + block_size > budget) break;
        text += block;
        size += block_size;
      }
      if (text.empty()) break;
      if (count_sentences_) {
        // As kg will split them: a replaced name ("U.S.") can end a sentence
        // early or hide its end.
        kg::extract::Document doc = kg::extract::ParseDocument(id, text);
        for (const auto& p : doc.paragraphs) sentences_ += p.sentences.size();
      }
      if (jsonl) {
        while (!text.empty() && text.back() == '\n') text.pop_back();
        nlohmann::ordered_json line = {
            {"id", id}, {"title", title}, {"date", date}, {"text", text}};
        out->Write(line.dump());
        out->Write("\n");
      } else {
        out->Write("= " + title + " =\n\n");
        out->Write(text);
      }
    }
  }

  // Counts the sentences written, as kg's ParseDocument splits them.
  void CountSentences() { count_sentences_ = true; }
  uint64_t sentences() const { return sentences_; }

 private:
  // A sentence as pieces: text, the gazetteer's actor mentions and dates.
  Template Cut(std::string_view sentence, bool old_years) const {
    static const std::string kDayMonth =
        "\\b(?:(?:([1-9]|[12][0-9]|3[01]) )?"
        "(January|February|March|April|May|June|July|August|September|"
        "October|November|December) (?:([1-9]|[12][0-9]|3[01]), )?)?";
    static const RE2 kDate(kDayMonth + "((?:19|20)[0-9][0-9])\\b");
    static const RE2 kOldDate(kDayMonth + "((?:1[6-9]|20)[0-9][0-9])\\b");
    const RE2& date = old_years ? kOldDate : kDate;
    struct Slot {
      size_t begin, end;
      Piece piece;
    };
    std::vector<Slot> slots;
    std::vector<kg::extract::GazetteerHit> hits = gazetteer_.Find(sentence);
    size_t next_hit = 0;
    auto add_hits_before = [&](size_t pos) {
      for (; next_hit < hits.size() && hits[next_hit].begin < pos; ++next_hit) {
        const auto& h = hits[next_hit];
        if (!slots.empty() && h.begin < slots.back().end) continue;
        Piece p;
        p.kind = Piece::Kind::kActor;
        p.type = gazetteer_.actor(h.actor).type;
        p.name_kind = h.kind;
        slots.push_back({h.begin, h.end, std::move(p)});
      }
    };
    re2::StringPiece m[5];
    size_t pos = 0;
    while (pos < sentence.size() &&
           date.Match(sentence, pos, sentence.size(), RE2::UNANCHORED, m, 5)) {
      size_t begin = static_cast<size_t>(m[0].data() - sentence.data());
      size_t end = begin + m[0].size();
      add_hits_before(end);
      if (slots.empty() || begin >= slots.back().end) {
        Piece p;
        p.kind = Piece::Kind::kDate;
        p.day_before = !m[1].empty();
        p.month = !m[2].empty();
        p.day_after = !m[3].empty();
        slots.push_back({begin, end, std::move(p)});
      }
      pos = std::max(end, begin + 1);
    }
    add_hits_before(sentence.size());
    Template t;
    size_t at = 0;
    for (auto& slot : slots) {
      if (slot.begin > at) {
        Piece text;
        text.text = std::string(sentence.substr(at, slot.begin - at));
        t.push_back(std::move(text));
      }
      t.push_back(std::move(slot.piece));
      at = slot.end;
    }
    if (at < sentence.size()) {
      Piece text;
      text.text = std::string(sentence.substr(at));
      t.push_back(std::move(text));
    }
    return t;
  }

  const NamePool& Pool(ActorType type) const {
    return pools_[static_cast<int>(type)];
  }

  std::string ActorName(ActorType type, NameKind kind) {
    const NamePool& pool = Pool(type);
    if (kind == NameKind::kCapital && !pool.capitals.empty())
      return random_.Pick(pool.capitals);
    if (kind == NameKind::kDemonym && !pool.demonyms.empty())
      return random_.Pick(pool.demonyms);
    if (kind == NameKind::kSurname && !pool.surnames.empty())
      return random_.Pick(pool.surnames);
    if (pool.by_actor.empty()) return "the delegation";
    return random_.Pick(random_.Pick(pool.by_actor));
  }

  std::string CanonicalName(ActorType type) {
    const NamePool& pool = Pool(type);
    return pool.by_actor.empty() ? "Nowhere" : random_.Pick(pool.by_actor)[0];
  }

  void AppendDate(const Shape& shape, const Piece& p, std::string* out) {
    if (p.day_before) *out += std::to_string(random_.Between(1, 28)) + " ";
    if (p.month) *out += std::string(kMonths[random_.Below(12)]) + " ";
    if (p.day_after) *out += std::to_string(random_.Between(1, 28)) + ", ";
    *out += std::to_string(random_.Between(shape.first_year, shape.last_year));
  }

  void AppendSentence(const Shape& shape, std::string* out) {
    for (const Piece& p : random_.Pick(shape.templates)) {
      switch (p.kind) {
        case Piece::Kind::kText:
          *out += p.text;
          break;
        case Piece::Kind::kActor:
          *out += ActorName(p.type, p.name_kind);
          break;
        case Piece::Kind::kDate:
          AppendDate(shape, p, out);
          break;
      }
    }
  }

  std::string Title(const Shape& shape) {
    if (shape.kind == Shape::Kind::kNews) {
      switch (random_.Below(3)) {
        case 0:
          return CanonicalName(ActorType::kCountry) + " and " +
                 CanonicalName(ActorType::kCountry) + " agree to hold talks";
        case 1:
          return std::string("World news digest, ") +
                 kMonths[random_.Below(12)] + " " +
                 std::to_string(
                     random_.Between(shape.first_year, shape.last_year));
        default:
          return CanonicalName(ActorType::kPerson) + " visits " +
                 CanonicalName(ActorType::kCountry);
      }
    }
    if (shape.kind == Shape::Kind::kHistory) {
      switch (random_.Below(3)) {
        case 0:
          return "A history of " + CanonicalName(ActorType::kCountry);
        case 1:
          return CanonicalName(ActorType::kCountry) + " in the " +
                 std::to_string(random_.Between(17, 20)) + "th century";
        default:
          return "The " + CanonicalName(ActorType::kCountry) + "\u2013" +
                 CanonicalName(ActorType::kCountry) + " war of " +
                 std::to_string(
                     random_.Between(shape.first_year, shape.last_year));
      }
    }
    switch (random_.Below(4)) {
      case 0:
        return "Foreign policy of " + CanonicalName(ActorType::kPerson);
      case 1:
        return CanonicalName(ActorType::kCountry) + "\u2013" +
               CanonicalName(ActorType::kCountry) + " relations";
      case 2:
        return "Foreign relations of " + CanonicalName(ActorType::kCountry);
      default:
        return CanonicalName(ActorType::kOrganization) + " summit of " +
               std::to_string(random_.Between(1950, 2026));
    }
  }

  std::string SectionTitle(const Shape& shape) {
    if (!shape.section_titles.empty() && random_.OneIn(2))
      return random_.Pick(shape.section_titles);
    return CanonicalName(ActorType::kCountry);
  }

  const kg::extract::Gazetteer& gazetteer_;
  Random random_;
  NamePool pools_[kActorTypes];
  std::vector<Shape> shapes_;
  bool count_sentences_ = false;
  uint64_t sentences_ = 0;
};

int Usage() {
  std::cerr << "usage: make_corpus --size SIZE[K|M|G] [--seed N] "
               "[--format txt|jsonl] [--shapes article|news|history|mixed] "
               "[--example FILE] [--count-sentences] -o FILE\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  uint64_t size = 0;
  uint64_t seed = 7;
  std::string format = "txt";
  std::string example = KG_SOURCE_DIR "/examples/xi-foreign-policy.txt";
  std::string shapes = "article";
  std::string output;
  bool count_sentences = false;
  for (int i = 1; i < argc; ++i) {
    std::string flag = argv[i];
    bool has_value = i + 1 < argc;
    if (flag == "--count-sentences") {
      count_sentences = true;
    } else if (has_value && flag == "--size") {
      if (!ParseSize(argv[++i], &size)) return Usage();
    } else if (has_value && flag == "--seed") {
      char* end = nullptr;
      seed = std::strtoull(argv[++i], &end, 10);
      if (*argv[i] == '\0' || *end != '\0') return Usage();
    } else if (has_value && flag == "--format") {
      format = argv[++i];
    } else if (has_value && flag == "--shapes") {
      shapes = argv[++i];
    } else if (has_value && flag == "--example") {
      example = argv[++i];
    } else if (has_value && (flag == "-o" || flag == "--output")) {
      output = argv[++i];
    } else {
      return Usage();
    }
  }
  if (size == 0 || output.empty() || (format != "txt" && format != "jsonl") ||
      (shapes != "article" && shapes != "news" && shapes != "history" &&
       shapes != "mixed"))
    return Usage();

  // The source texts, in the order a mixed corpus numbers them.
  const std::string shapes_dir = KG_SOURCE_DIR "/bench/shapes/";
  std::vector<std::pair<Shape::Kind, std::string>> sources;
  if (shapes == "article" || shapes == "mixed")
    sources.emplace_back(Shape::Kind::kArticle, example);
  if (shapes == "news" || shapes == "mixed")
    sources.emplace_back(Shape::Kind::kNews, shapes_dir + "news-readouts.txt");
  if (shapes == "history" || shapes == "mixed")
    sources.emplace_back(Shape::Kind::kHistory, shapes_dir + "histories.txt");

  auto gazetteer = kg::bench::DiplomacyGazetteer("make_corpus");
  if (!gazetteer) return 1;
  CorpusMaker maker(*gazetteer, seed);
  for (const auto& [kind, path] : sources) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream bytes;
    bytes << in.rdbuf();
    if (!in) {
      std::cerr << "make_corpus: cannot read " << path << "\n";
      return 1;
    }
    if (!maker.AddShape(kind, path, bytes.str())) {
      std::cerr << "make_corpus: no sentences in " << path << "\n";
      return 1;
    }
  }
  if (count_sentences) maker.CountSentences();
  Writer out(output);
  maker.Write(size, format == "jsonl", &out);
  out.Close();
  if (count_sentences) std::cerr << maker.sentences() << "\n";
  return 0;
}
