#include "extract/internal/chunk_patterns.h"

namespace kg::extract::internal {

const char* const kChunkPatterns[5] = {
    "d?J(?:-J)*n{0,2}E",
    "b?d?m*Nm*(?:(?:,b?d?m*Nm*)*,?[ao]b?d?m*Nm*|-[NJ])?",
    "tr*V(?:,?ar*V)*",
    "[MOHBXr]*[VZDG](?:,?a[MOHBXr]*[VZDG])*",
    "[MOXr]*(?:[BHO][Xr]*)+",
};

namespace {

// Why no backtracking is needed below: in each pattern a greedy run is
// followed by a byte its class does not hold (m* by N, r* by V, ...), so
// giving a byte back can only put that byte where the next item fails.
// Kind 5 is the exception ("O" is in both classes), handled there.

char At(std::string_view s, size_t i) { return i < s.size() ? s[i] : '\0'; }

size_t Run(std::string_view s, size_t i, std::string_view set) {
  size_t j = i;
  while (j < s.size() && set.find(s[j]) != std::string_view::npos) ++j;
  return j - i;
}

// b?d?m*Nm* at i: its end, or npos.
size_t ActorEnd(std::string_view s, size_t i) {
  if (At(s, i) == 'b') ++i;
  if (At(s, i) == 'd') ++i;
  i += Run(s, i, "m");
  if (At(s, i) != 'N') return std::string_view::npos;
  ++i;
  return i + Run(s, i, "m");
}

size_t ActorGroup(std::string_view s, size_t pos) {
  constexpr size_t npos = std::string_view::npos;
  size_t p0 = ActorEnd(s, pos);
  if (p0 == npos) return 0;
  // (?:,X)* greedy, then ,?[ao]X. Backing off a repetition never helps:
  // the byte after the comma it gives back starts an X (b, d, m or N), not
  // the a or o wanted there.
  size_t p = p0;
  while (At(s, p) == ',') {
    size_t e = ActorEnd(s, p + 1);
    if (e == npos) break;
    p = e;
  }
  size_t q = At(s, p) == ',' ? p + 1 : p;
  if (At(s, q) == 'a' || At(s, q) == 'o') {
    size_t e = ActorEnd(s, q + 1);
    if (e != npos) return e - pos;
  }
  if (At(s, p0) == '-' && (At(s, p0 + 1) == 'N' || At(s, p0 + 1) == 'J'))
    return p0 + 2 - pos;
  return p0 - pos;
}

// <pre>*<head>(?:,?a<pre>*<head>)* at pos (kinds 3 and 4, kind 3 with its
// leading t): the end, or npos.
size_t VerbGroupEnd(std::string_view s, size_t i, std::string_view pre,
                    std::string_view head) {
  auto one = [&](size_t j) -> size_t {
    j += Run(s, j, pre);
    if (j >= s.size() || head.find(s[j]) == std::string_view::npos)
      return std::string_view::npos;
    return j + 1;
  };
  size_t end = one(i);
  if (end == std::string_view::npos) return end;
  while (true) {
    size_t j = end;
    if (At(s, j) == ',') ++j;
    if (At(s, j) != 'a') break;
    size_t e = one(j + 1);
    if (e == std::string_view::npos) break;
    end = e;
  }
  return end;
}

}  // namespace

size_t ChunkMatchLength(int kind, std::string_view s, size_t pos) {
  constexpr size_t npos = std::string_view::npos;
  if (pos >= s.size()) return 0;
  switch (kind) {
    case 1: {  // d?J(?:-J)*n{0,2}E
      size_t i = pos;
      if (At(s, i) == 'd') ++i;
      if (At(s, i) != 'J') return 0;
      ++i;
      while (At(s, i) == '-' && At(s, i + 1) == 'J') i += 2;
      size_t n = Run(s, i, "n");
      if (n > 2 || At(s, i + n) != 'E') return 0;
      return i + n + 1 - pos;
    }
    case 2:
      return ActorGroup(s, pos);
    case 3: {
      if (s[pos] != 't') return 0;
      size_t e = VerbGroupEnd(s, pos + 1, "r", "V");
      return e == npos ? 0 : e - pos;
    }
    case 4: {
      size_t e = VerbGroupEnd(s, pos, "MOHBXr", "VZDG");
      return e == npos ? 0 : e - pos;
    }
    case 5: {
      // [MOXr]* greedy; then (?:[BHO][Xr]*)+ needs a B, H or O. Giving
      // back bytes of the run helps only where it gives back an O: the
      // longest such prefix wins.
      size_t run = Run(s, pos, "MOXr");
      for (size_t k = run + 1; k-- > 0;) {
        char c = At(s, pos + k);
        if (c != 'B' && c != 'H' && c != 'O') continue;
        size_t i = pos + k;
        while (true) {
          char h = At(s, i);
          if (h != 'B' && h != 'H' && h != 'O') break;
          ++i;
          i += Run(s, i, "Xr");
        }
        return i - pos;
      }
      return 0;
    }
  }
  return 0;
}

}  // namespace kg::extract::internal
