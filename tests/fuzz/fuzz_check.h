// FUZZ_CHECK: an invariant of a fuzz harness. A broken one prints where and
// what, then aborts, so libFuzzer (or the replay driver under CTest) reports
// the input as a finding. Harnesses use it instead of assert(), which
// Release builds compile out.
#ifndef KG_TESTS_FUZZ_FUZZ_CHECK_H_
#define KG_TESTS_FUZZ_FUZZ_CHECK_H_

#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(cond)                                              \
  do {                                                                \
    if (!(cond)) {                                                    \
      std::fprintf(stderr, "%s:%d: invariant broken: %s\n", __FILE__, \
                   __LINE__, #cond);                                  \
      std::abort();                                                   \
    }                                                                 \
  } while (0)

#endif  // KG_TESTS_FUZZ_FUZZ_CHECK_H_
