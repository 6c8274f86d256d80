#include "extract/internal/word_gate.h"

namespace kg::extract::internal {
namespace {

bool IsAsciiWord(unsigned char c) {
  return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ||
         c == '_';
}

char Lower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
}

}  // namespace

WordGate WordGate::FirstWords(const std::vector<std::string>& phrases,
                              bool ignore_case) {
  return Build(phrases, ignore_case, true);
}

WordGate WordGate::LastWords(const std::vector<std::string>& phrases,
                             bool ignore_case) {
  return Build(phrases, ignore_case, false);
}

WordGate WordGate::Build(const std::vector<std::string>& phrases,
                         bool ignore_case, bool first) {
  WordGate g;
  g.ignore_case_ = ignore_case;
  for (const std::string& p : phrases) {
    if (p.empty()) return WordGate();
    // The key run: it must reach the phrase's edge, or a match in the text
    // could have it glued to more word characters.
    size_t b, e;
    if (first) {
      if (!IsAsciiWord(static_cast<unsigned char>(p.front())))
        return WordGate();
      b = 0;
      e = 0;
      while (e < p.size() && IsAsciiWord(static_cast<unsigned char>(p[e]))) ++e;
    } else {
      if (!IsAsciiWord(static_cast<unsigned char>(p.back()))) return WordGate();
      e = p.size();
      b = e;
      while (b > 0 && IsAsciiWord(static_cast<unsigned char>(p[b - 1]))) --b;
    }
    std::string key = p.substr(b, e - b);
    if (ignore_case)
      for (char& c : key) c = Lower(c);
    if (key.size() > g.longest_) g.longest_ = key.size();
    g.keys_.insert(std::move(key));
  }
  g.always_ = false;
  return g;
}

bool WordGate::MayMatch(std::string_view text) const {
  if (always_) return true;
  if (ignore_case_ && (text.find("\xE2\x84\xAA") != std::string_view::npos ||
                       text.find("\xC5\xBF") != std::string_view::npos))
    return true;  // a Kelvin sign or a long s, which (?i) folds
  std::string run;
  size_t i = 0;
  while (i < text.size()) {
    if (!IsAsciiWord(static_cast<unsigned char>(text[i]))) {
      ++i;
      continue;
    }
    size_t e = i;
    while (e < text.size() && IsAsciiWord(static_cast<unsigned char>(text[e])))
      ++e;
    if (e - i <= longest_) {
      run.assign(text.data() + i, e - i);
      if (ignore_case_)
        for (char& c : run) c = Lower(c);
      if (keys_.count(run) > 0) return true;
    }
    i = e;
  }
  return false;
}

}  // namespace kg::extract::internal
