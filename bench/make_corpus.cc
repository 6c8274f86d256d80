// make_corpus: writes a synthetic English news corpus of a requested size,
// for measuring `kg extract` on gigabytes of text. Not a test.
//
//   ./build/bench/make_corpus --size 1G --seed 7 [--format txt|jsonl]
//       [--example FILE] [--count-sentences] -o FILE
//
// Sentences are those of the bundled example (examples/xi-foreign-policy.txt
// by default, read at run time and split by kg's own ParseDocument),
// recombined at random: every actor the diplomacy pack's gazetteer finds in
// a sentence is replaced by a random actor of the same type, named the same
// way (name or alias, capital, demonym, surname), and every year or date
// ("2015", "March 2018", "12 March 2016") by a random one. Paragraphs have
// 2-6 sentences, separated by blank lines, with an occasional "== Section =="
// heading; a document is ~50 KB. `txt` writes one file with a "= Title ="
// heading per document; `jsonl` writes one document a line,
// {"id":"doc-000001","title":...,"date":"YYYY-MM-DD","text":...}.
//
// Sizes take K, M, G suffixes (powers of 1024). The output stops before the
// first paragraph that would pass the size, so it is a few KB short at most.
// The same seed and size give byte-identical output on any platform: the
// random numbers are std::mt19937_64's raw output reduced by hand, never a
// standard-library distribution. Output is streamed through a 4 MB buffer;
// memory does not grow with the size. --count-sentences prints the number of
// sentences written to stderr (one integer), counted by kg's own
// ParseDocument on each document, so that it is the number `kg extract`
// sees (a replaced name such as "U.S." can move a sentence boundary).
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

  // Cuts the example's sentences into templates; false if it has none.
  bool AddExample(const std::string& id, const std::string& bytes) {
    kg::extract::Document doc = kg::extract::ParseDocument(id, bytes);
    for (const auto& section : doc.sections)
      if (section.level >= 2) section_titles_.push_back(section.title);
    for (const auto& para : doc.paragraphs)
      for (const auto& span : para.sentences) {
        std::string_view sentence = doc.Text(span);
        if (sentence.size() >= 20) templates_.push_back(Cut(sentence));
      }
    return !templates_.empty();
  }

  // Writes documents until the next paragraph would pass `target` bytes.
  void Write(uint64_t target, bool jsonl, Writer* out) {
    for (int doc_no = 1;; ++doc_no) {
      if (out->written() >= target) break;
      uint64_t remaining = target - out->written();
      std::string title = Title();
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
        if (para > 0 && random_.OneIn(6))
          block = "== " + SectionTitle() + " ==\n\n";
        int count = random_.Between(2, 6);
        for (int i = 0; i < count; ++i) {
          if (i) block += ' ';
          AppendSentence(&block);
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
  Template Cut(std::string_view sentence) const {
    static const RE2 kDate(
        "\\b(?:(?:([1-9]|[12][0-9]|3[01]) )?"
        "(January|February|March|April|May|June|July|August|September|"
        "October|November|December) (?:([1-9]|[12][0-9]|3[01]), )?)?"
        "((?:19|20)[0-9][0-9])\\b");
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
           kDate.Match(sentence, pos, sentence.size(), RE2::UNANCHORED, m, 5)) {
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

  void AppendDate(const Piece& p, std::string* out) {
    if (p.day_before) *out += std::to_string(random_.Between(1, 28)) + " ";
    if (p.month) *out += std::string(kMonths[random_.Below(12)]) + " ";
    if (p.day_after) *out += std::to_string(random_.Between(1, 28)) + ", ";
    *out += std::to_string(random_.Between(1950, 2026));
  }

  void AppendSentence(std::string* out) {
    for (const Piece& p : random_.Pick(templates_)) {
      switch (p.kind) {
        case Piece::Kind::kText:
          *out += p.text;
          break;
        case Piece::Kind::kActor:
          *out += ActorName(p.type, p.name_kind);
          break;
        case Piece::Kind::kDate:
          AppendDate(p, out);
          break;
      }
    }
  }

  std::string Title() {
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

  std::string SectionTitle() {
    if (!section_titles_.empty() && random_.OneIn(2))
      return random_.Pick(section_titles_);
    return CanonicalName(ActorType::kCountry);
  }

  const kg::extract::Gazetteer& gazetteer_;
  Random random_;
  NamePool pools_[kActorTypes];
  std::vector<Template> templates_;
  std::vector<std::string> section_titles_;
  bool count_sentences_ = false;
  uint64_t sentences_ = 0;
};

int Usage() {
  std::cerr << "usage: make_corpus --size SIZE[K|M|G] [--seed N] "
               "[--format txt|jsonl] [--example FILE] [--count-sentences] "
               "-o FILE\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  uint64_t size = 0;
  uint64_t seed = 7;
  std::string format = "txt";
  std::string example = KG_SOURCE_DIR "/examples/xi-foreign-policy.txt";
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
    } else if (has_value && flag == "--example") {
      example = argv[++i];
    } else if (has_value && (flag == "-o" || flag == "--output")) {
      output = argv[++i];
    } else {
      return Usage();
    }
  }
  if (size == 0 || output.empty() || (format != "txt" && format != "jsonl"))
    return Usage();

  std::ifstream in(example, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  if (!in) {
    std::cerr << "make_corpus: cannot read " << example << "\n";
    return 1;
  }
  auto gazetteer = kg::bench::DiplomacyGazetteer("make_corpus");
  if (!gazetteer) return 1;
  CorpusMaker maker(*gazetteer, seed);
  if (!maker.AddExample(example, bytes.str())) {
    std::cerr << "make_corpus: no sentences in " << example << "\n";
    return 1;
  }
  if (count_sentences) maker.CountSentences();
  Writer out(output);
  maker.Write(size, format == "jsonl", &out);
  out.Close();
  if (count_sentences) std::cerr << maker.sentences() << "\n";
  return 0;
}
