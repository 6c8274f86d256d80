// bare_pass: the floor of kg's per-byte cost - the least a tagger-and-regex
// extractor must do to every byte of prose, done once and nothing else:
// split sentences, tokenize, look every word up in the lexicon, look names
// up at capitalized words, and run one regex over the tags. A figure, not a
// test: issue 13 asks `kg extract` for at least 40% of its speed.
//
//   ./build/bench/bare_pass FILE        # e.g. a corpus from make_corpus
//
// Loaded first (not timed): the built-in diplomacy pack, its gazetteer
// (bench/diplomacy_gazetteer.h, as re2_limit loads it), kg's English
// lexicon (the pack's verb table) and the pack's event lexicon. From them:
//   - one internal::FlatWordMap<char> (the table SentenceTagger probes) of
//     every word form kg's tagger knows - closed-class words, every form of
//     every verb, event nouns singular and plural - mapping the lower-case
//     word to its tag byte as SentenceTagger reads a word alone: the closed
//     class's tag ('d', 'p', 'B', ...), else the verb form's (V base, Z -s,
//     D past if any reading is, G -ing), else E for an event noun;
//   - one internal::NameTrie (as Gazetteer::Find walks) of the gazetteer's
//     surface forms, read back from Gazetteer::pattern() (the same forms,
//     QuoteMeta'd and joined by '|');
//   - one RE2, N[^.]{0,8}?[VZDG][^.]{0,8}?N: an actor, a verb, an actor
//     - subject, verb, object, the shape of the pack's first frame (kg
//     runs its frames over chunk strings, one byte a chunk).
// The pass, timed: the file is read in 8 MB blocks cut after their last
// newline, as re2_limit reads it (reading is not timed). A JSON Lines file
// (its first byte '{') gives each line's "text" string, unescaped by a
// plain scan (no JSON parser; other fields are skipped) - the least kg must
// do to see the prose; a text file is taken as it is. Then:
//   1. Sentences: one scan for '.', '?', '!' and newlines. A sentence ends
//      at every newline, and after '.', '?' or '!' followed by a newline,
//      the end, or one space and an ASCII capital ("U.S. President" is cut
//      there too: the cheap rule, not kg's splitter).
//   2. Per sentence, tokens, each byte looked at once: ASCII letters and
//      digits without a call, other bytes decoded by kg::DecodeUtf8 and
//      judged by kg::IsWordChar. Spaces and double quotes are skipped; a
//      word is letters and digits joined by an inner '-' or '.' followed
//      by a word character ("long-term", "U.S", "3.5"); an apostrophe ends
//      it, and "'s" (or U+2019 s) is a q token; other punctuation is one
//      token: ',' '(' ')' '-' (also U+2013), '$' d, anything else '.'.
//   3. At a word that starts with an ASCII capital (or a non-ASCII letter
//      a name can begin with), the trie's longest name there; if it ends at
//      a word's end, the name is one N token and the tokenizer goes on
//      after it.
//   4. Every other word: its lower case (ASCII folded) is looked up with
//      one probe of the FlatWordMap; not found it is d if it starts with a
//      digit, else n.
//   5. The tag string (one byte a token) is searched with the RE2, every
//      non-overlapping match counted.
// That is each stage of kg's cascade at its cheapest: kg must find the
// sentences, decode and tokenize every byte, look every word up, find the
// names and run regexes over tags, and it does more of each (dates,
// mention rules, the context rules of the tagger, chunking, many frames,
// relation rules, JSON output). So kg cannot be faster than this probe on
// the same bytes; how close it comes is how much its extra work costs.
// Prints word_forms, name_forms and load_s, then bytes, sentences, tokens,
// names (N tokens), matches, scan_s and MB/s (1 MB = 1e6 bytes).
#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <iostream>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "base/utf8.h"
#include "bench/diplomacy_gazetteer.h"
#include "bench/line_blocks.h"
#include "extract/english_lexicon.h"
#include "extract/event_lexicon.h"
#include "extract/gazetteer.h"
#include "extract/internal/flat_word_map.h"
#include "extract/internal/name_trie.h"
#include "extract/rule_pack.h"

namespace {

using Clock = std::chrono::steady_clock;
using kg::extract::EnglishLexicon;
using kg::extract::EventEntry;
using kg::extract::EventLexicon;
using kg::extract::Inflection;
using kg::extract::VerbForm;
using kg::extract::WordClass;

double Seconds(Clock::time_point a, Clock::time_point b) {
  return std::chrono::duration<double>(b - a).count();
}

// SentenceTagger's tag of a closed class.
char ClassTag(WordClass c) {
  switch (c) {
    case WordClass::kDeterminer:
      return 'd';
    case WordClass::kAnd:
      return 'a';
    case WordClass::kOr:
      return 'o';
    case WordClass::kBoth:
      return 'b';
    case WordClass::kPreposition:
      return 'p';
    case WordClass::kBy:
      return 'y';
    case WordClass::kOf:
      return 'f';
    case WordClass::kTo:
      return 't';
    case WordClass::kBe:
      return 'B';
    case WordClass::kHave:
      return 'H';
    case WordClass::kDo:
      return 'O';
    case WordClass::kModal:
      return 'M';
    case WordClass::kNegation:
      return 'X';
    case WordClass::kAdverb:
      return 'r';
    case WordClass::kSubordinator:
      return 'c';
    case WordClass::kRelative:
      return 'w';
    case WordClass::kPronoun:
      return 'k';
    case WordClass::kTime:
      return 'T';
    case WordClass::kOpen:
      break;
  }
  return 'n';
}

// SentenceTagger's tag of a verb form read alone: its first reading's
// inflection, D if any reading is a past.
char VerbTag(const std::vector<VerbForm>& readings) {
  char tag = 'V';
  switch (readings.front().inflection) {
    case Inflection::kBase:
      tag = 'V';
      break;
    case Inflection::kThird:
      tag = 'Z';
      break;
    case Inflection::kPast:
      tag = 'D';
      break;
    case Inflection::kGerund:
      tag = 'G';
      break;
  }
  for (const auto& f : readings)
    if (f.inflection == Inflection::kPast) tag = 'D';
  return tag;
}

// Every word form of the tagger's table with its tag byte, as
// SentenceTagger's constructor gathers them.
std::vector<std::pair<std::string, char>> WordTags(
    const EnglishLexicon& english, const EventLexicon& events) {
  struct Info {
    char closed = 0, verb = 0;
    bool event_noun = false;
  };
  std::unordered_map<std::string, Info> words;
  EnglishLexicon::ForEachClosed([&](std::string_view w, WordClass c) {
    words[std::string(w)].closed = ClassTag(c);
  });
  english.ForEachForm(
      [&](std::string_view form, const std::vector<VerbForm>& readings) {
        words[std::string(form)].verb = VerbTag(readings);
      });
  auto noun = [&](std::string_view n) {
    words[std::string(n)].event_noun = true;
    words[EnglishLexicon::Plural(n)].event_noun = true;
    std::string one = EnglishLexicon::Singular(n);
    if (one != n) words[EnglishLexicon::Plural(one)].event_noun = true;
  };
  for (const EventEntry& e : events.entries()) {
    if (e.kind == EventEntry::Kind::kNoun) noun(e.words.back());
    if (e.kind == EventEntry::Kind::kState)
      for (const auto& o : e.objects) noun(o);
  }
  std::vector<std::pair<std::string, char>> out;
  out.reserve(words.size());
  for (const auto& [w, info] : words)
    out.emplace_back(w, info.closed       ? info.closed
                        : info.verb       ? info.verb
                        : info.event_noun ? 'E'
                                          : 'n');
  return out;
}

// The surface forms of Gazetteer::pattern(): "(" forms joined by '|' ")",
// each RE2::QuoteMeta'd (a backslash before every ASCII byte that is not a
// letter, digit or '_', NUL as \x00).
std::vector<std::string> PatternForms(std::string_view pattern) {
  std::vector<std::string> forms(1);
  if (pattern.size() >= 2) pattern = pattern.substr(1, pattern.size() - 2);
  for (size_t i = 0; i < pattern.size(); ++i) {
    char c = pattern[i];
    if (c == '|') {
      forms.emplace_back();
    } else if (c == '\\' && i + 1 < pattern.size()) {
      if (pattern.substr(i + 1, 3) == "x00") {
        forms.back().push_back('\0');
        i += 3;
      } else {
        forms.back().push_back(pattern[++i]);
      }
    } else {
      forms.back().push_back(c);
    }
  }
  forms.erase(std::remove(forms.begin(), forms.end(), std::string()),
              forms.end());
  return forms;
}

bool IsAsciiWordByte(unsigned char b) {
  return (b >= '0' && b <= '9') || ((b | 0x20) >= 'a' && (b | 0x20) <= 'z');
}

// Whether text[pos] starts a word character (pos may be the end).
bool WordCharAt(std::string_view text, size_t pos) {
  if (pos >= text.size()) return false;
  auto b = static_cast<unsigned char>(text[pos]);
  if (b < 0x80) return IsAsciiWordByte(b);
  return kg::IsWordChar(kg::DecodeUtf8(text, pos).cp);
}

class BarePass {
 public:
  BarePass(std::vector<std::pair<std::string, char>> words,
           const std::vector<std::string>& name_forms, const std::string& regex)
      : words_(std::move(words)), names_(name_forms), re_(regex) {}

  bool ok() const { return re_.ok(); }
  const std::string& error() const { return re_.error(); }

  // Scans one piece of text: a text block, or a JSON Lines block whose
  // lines' "text" strings are scanned.
  void Scan(std::string_view block, bool jsonl) {
    if (!jsonl) {
      Sentences(block);
      return;
    }
    size_t pos = 0;
    while (pos < block.size()) {
      size_t nl = block.find('\n', pos);
      if (nl == std::string_view::npos) nl = block.size();
      if (TextField(block.substr(pos, nl - pos), &text_)) Sentences(text_);
      pos = nl + 1;
    }
  }

  uint64_t sentences = 0, tokens = 0, names = 0, matches = 0;

 private:
  // Step 1: cuts `text` into sentences.
  void Sentences(std::string_view text) {
    size_t start = 0;
    const size_t n = text.size();
    for (size_t i = 0; i < n; ++i) {
      char c = text[i];
      if (c != '.' && c != '\n' && c != '?' && c != '!') continue;
      size_t end = i + 1;  // after the stop
      if (c == '\n') {
        end = i;
      } else if (end < n && text[end] != '\n' &&
                 !(text[end] == ' ' && end + 1 < n && text[end + 1] >= 'A' &&
                   text[end + 1] <= 'Z')) {
        continue;
      }
      Sentence(text.substr(start, end - start));
      start = i + 1;
    }
    if (start < n) Sentence(text.substr(start));
  }

  // Steps 2-5 for one sentence.
  void Sentence(std::string_view s) {
    tags_.clear();
    const size_t n = s.size();
    size_t pos = 0;
    while (pos < n) {
      auto b = static_cast<unsigned char>(s[pos]);
      size_t length = 1;
      char32_t cp = b;
      if (b >= 0x80) {
        kg::Utf8Char ch = kg::DecodeUtf8(s, pos);
        cp = ch.cp;
        length = ch.length;
      }
      bool word = b < 0x80 ? IsAsciiWordByte(b) : kg::IsWordChar(cp);
      if (!word) {
        pos += length;
        char tag = '.';
        switch (cp) {
          case ' ':
          case '\t':
          case '\r':
          case '\n':
          case '"':
          case 0xA0:
          case 0x201C:
          case 0x201D:
            continue;  // no token
          case '\'':
          case 0x2019:
            if (pos < n && (s[pos] == 's' || s[pos] == 'S') &&
                !WordCharAt(s, pos + 1)) {
              tag = 'q';
              ++pos;
              break;
            }
            continue;  // a closing quote
          case ',':
            tag = ',';
            break;
          case '(':
          case '[':
            tag = '(';
            break;
          case ')':
          case ']':
            tag = ')';
            break;
          case '-':
          case 0x2013:
            tag = '-';
            break;
          case '$':
            tag = 'd';
            break;
          default:
            break;
        }
        tags_.push_back(tag);
        continue;
      }
      // Step 3: a name at a capitalized word.
      if ((b >= 'A' && b <= 'Z') || b >= 0x80) {
        if (names_.MayBegin(s[pos])) {
          int which = -1;
          size_t len = names_.Longest(s, pos, &which);
          if (len > 0 && !WordCharAt(s, pos + len)) {
            tags_.push_back('N');
            ++names;
            pos += len;
            continue;
          }
        }
      }
      // Step 2: the word's end.
      size_t end = pos + length;
      while (end < n) {
        auto c = static_cast<unsigned char>(s[end]);
        if (c < 0x80) {
          if (IsAsciiWordByte(c) ||
              ((c == '-' || c == '.') && WordCharAt(s, end + 1))) {
            ++end;
            continue;
          }
          break;  // an apostrophe, too, ends the word
        }
        kg::Utf8Char ch = kg::DecodeUtf8(s, end);
        if (!kg::IsWordChar(ch.cp)) break;
        end += ch.length;
      }
      // Step 4: one probe with the lower-case word.
      char tag = 'n';
      size_t len = end - pos;
      if (len <= sizeof(lower_)) {
        for (size_t i = 0; i < len; ++i) {
          char c = s[pos + i];
          lower_[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
        }
        if (const char* t = words_.Find(std::string_view(lower_, len)))
          tag = *t;
        else if (b >= '0' && b <= '9')
          tag = 'd';
      }
      tags_.push_back(tag);
      pos = end;
    }
    if (tags_.empty()) return;
    ++sentences;
    tokens += tags_.size();
    // Step 5: the regex over the tags.
    re2::StringPiece text(tags_), m;
    size_t at = 0;
    while (at < text.size() &&
           re_.Match(text, at, text.size(), RE2::UNANCHORED, &m, 1)) {
      ++matches;
      size_t stop = static_cast<size_t>(m.data() - text.data()) + m.size();
      at = m.empty() ? stop + 1 : stop;
    }
  }

  // The unescaped "text" string of a JSON line, or false if it has none.
  static bool TextField(std::string_view line, std::string* out) {
    size_t key = line.find("\"text\"");
    if (key == std::string_view::npos) return false;
    size_t pos = key + 6;
    while (pos < line.size() && (line[pos] == ' ' || line[pos] == ':')) ++pos;
    if (pos >= line.size() || line[pos] != '"') return false;
    out->clear();
    for (++pos; pos < line.size(); ++pos) {
      char c = line[pos];
      if (c == '"') break;
      if (c != '\\' || pos + 1 >= line.size()) {
        out->push_back(c);
        continue;
      }
      char e = line[++pos];
      switch (e) {
        case 'n':
          out->push_back('\n');
          break;
        case 't':
          out->push_back('\t');
          break;
        case 'r':
          out->push_back('\r');
          break;
        case 'b':
          out->push_back('\b');
          break;
        case 'f':
          out->push_back('\f');
          break;
        case 'u': {
          auto hex = [&](size_t at) -> uint32_t {
            uint32_t v = 0;
            for (size_t i = at; i < at + 4 && i < line.size(); ++i) {
              char h = line[i];
              v = v * 16 + static_cast<uint32_t>(
                               h <= '9' ? h - '0' : (h | 0x20) - 'a' + 10);
            }
            return v;
          };
          uint32_t cp = hex(pos + 1);
          pos += 4;
          if (cp >= 0xD800 && cp < 0xDC00 && pos + 6 < line.size() &&
              line[pos + 1] == '\\' && line[pos + 2] == 'u') {
            uint32_t low = hex(pos + 3);
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            pos += 6;
          }
          kg::AppendUtf8(static_cast<char32_t>(cp), out);
          break;
        }
        default:
          out->push_back(e);
          break;  // \" \\ \/
      }
    }
    return true;
  }

  kg::extract::internal::FlatWordMap<char> words_;
  kg::extract::internal::NameTrie names_;
  RE2 re_;
  std::string tags_;  // the sentence's, reused
  std::string text_;  // a JSON line's text, reused
  char lower_[64];
};

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: bare_pass FILE\n";
    return 2;
  }
  auto t0 = Clock::now();
  auto gazetteer = kg::bench::DiplomacyGazetteer("bare_pass");
  if (!gazetteer) return 1;
  auto pack = kg::extract::LoadBuiltinRulePack("diplomacy");
  if (!pack.ok()) {
    std::cerr << "bare_pass: " << pack.status().ToString() << "\n";
    return 1;
  }
  auto english = EnglishLexicon::Parse(pack->english_path, pack->english_bytes);
  if (!english.ok()) {
    std::cerr << "bare_pass: " << english.status().ToString() << "\n";
    return 1;
  }
  EventLexicon events(pack->events);
  auto words = WordTags(**english, events);
  const size_t word_forms = words.size();
  const std::vector<std::string> forms = PatternForms(gazetteer->pattern());
  auto pass = std::make_unique<BarePass>(std::move(words), forms,
                                         "N[^.]{0,8}?[VZDG][^.]{0,8}?N");
  if (!pass->ok()) {
    std::cerr << "bare_pass: cannot compile the pattern: " << pass->error()
              << "\n";
    return 1;
  }
  double load = Seconds(t0, Clock::now());

  uint64_t bytes = 0;
  double scan = 0;
  bool first = true, jsonl = false;
  if (!ForEachLineBlock(
          argv[1],
          [&](std::string_view block) {
            if (first) {
              jsonl = !block.empty() && block[0] == '{';
              first = false;
            }
            auto s0 = Clock::now();
            pass->Scan(block, jsonl);
            scan += Seconds(s0, Clock::now());
          },
          &bytes))
    return 1;
  auto count = [](const char* name, uint64_t n) {
    std::printf("%-16s %llu\n", name, static_cast<unsigned long long>(n));
  };
  count("word_forms", word_forms);
  count("name_forms", forms.size());
  std::printf("%-16s %.3f\n", "load_s", load);
  std::printf("%-16s %s\n", "input", jsonl ? "jsonl" : "text");
  count("bytes", bytes);
  count("sentences", pass->sentences);
  count("tokens", pass->tokens);
  count("names", pass->names);
  count("matches", pass->matches);
  std::printf("%-16s %.3f\n", "scan_s", scan);
  std::printf("%-16s %.1f\n", "MB/s",
              scan > 0 ? static_cast<double>(bytes) / 1e6 / scan : 0.0);
  return 0;
}
