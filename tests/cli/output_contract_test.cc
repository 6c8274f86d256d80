// What kg leaves where it writes, end to end: each row is a kg command line,
// everything it must print, its exit code and what each named path must be
// afterwards (a device still a device, a symlink still a link, an old file
// intact), and never a temporary. Devices are made with mknod in the test's
// own folder, never the machine's /dev.
#include <doctest/doctest.h>
#include <fcntl.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "tests/cli/kg_runner.h"
#include "tests/cli/scratch_files.h"
#include "tests/temp_dir.h"

namespace kg {
namespace {

namespace fs = std::filesystem;
using testing::ReadBytes;
using testing::ReplaceAll;
using testing::Temporaries;

// What is at `path`: "absent", "folder", "-> TARGET" (a symlink), "chr 1:7",
// "blk 7:0", "fifo", or a regular file's bytes.
std::string Describe(const std::string& path) {
  struct stat st {};
  if (::lstat(path.c_str(), &st) != 0) return "absent";
  const std::string dev = std::to_string(major(st.st_rdev)) + ":" +
                          std::to_string(minor(st.st_rdev));
  if (S_ISLNK(st.st_mode)) return "-> " + fs::read_symlink(path).string();
  if (S_ISDIR(st.st_mode)) return "folder";
  if (S_ISCHR(st.st_mode)) return "chr " + dev;
  if (S_ISBLK(st.st_mode)) return "blk " + dev;
  if (S_ISFIFO(st.st_mode)) return "fifo";
  return ReadBytes(path);
}

const char kText[] = "France met Japan on 2 May 2019.\n";

// What kg makes of kText: the triples ({X}) and the graph file ({G}).
struct Reference {
  std::string triples, graph;
  Reference() {
    testing::TempDir temp("kg_output_contract_ref");
    const std::string text = temp.Write("ok.txt", kText);
    testing::KgRun r = testing::Kg("extract " + text);
    REQUIRE(r.code == 0);
    triples = r.output;
    const std::string t = temp.Write("t.jsonl", triples);
    r = testing::Kg("build " + t + " -o " + temp.Path("g.json"));
    REQUIRE(r.code == 0);
    graph = ReadBytes(temp.Path("g.json"));
  }
};

const Reference& Ref() {
  static const Reference ref;
  return ref;
}

// Placeholders of rows: {D} the row's folder, {X} the triples of ok.txt,
// {G} their graph file, {T} ok.txt's text.
std::string OutExpand(std::string s, const std::string& dir) {
  s = ReplaceAll(std::move(s), "{D}", dir);
  s = ReplaceAll(std::move(s), "{X}", Ref().triples);
  s = ReplaceAll(std::move(s), "{G}", Ref().graph);
  return ReplaceAll(std::move(s), "{T}", kText);
}

bool Mknod(const std::string& path, mode_t type, unsigned ma, unsigned mi) {
  return ::mknod(path.c_str(), type | 0666, makedev(ma, mi)) == 0;
}

// A row's folder: ok.txt, its triples t.jsonl and graph g.json; null (1:3),
// full (1:7) and blk (7:0) made with mknod (root only); a symlink
// link -> sub/t.jsonl; hard.txt, a hard link to ok.txt, and oklink.txt, a
// symlink to it; an empty folder out/.
void WriteFixture(const testing::TempDir& temp) {
  const std::string d = temp.Path();
  temp.Write("ok.txt", kText);
  temp.Write("t.jsonl", Ref().triples);
  temp.Write("g.json", Ref().graph);
  temp.Write("sub/t.jsonl", "old target\n");
  fs::create_symlink("sub/t.jsonl", d + "/link");
  fs::create_hard_link(d + "/ok.txt", d + "/hard.txt");
  fs::create_symlink("ok.txt", d + "/oklink.txt");
  fs::create_directory(d + "/out");
  if (::geteuid() != 0) return;
  REQUIRE(Mknod(d + "/null", S_IFCHR, 1, 3));
  REQUIRE(Mknod(d + "/full", S_IFCHR, 1, 7));
  REQUIRE(Mknod(d + "/blk", S_IFBLK, 7, 0));
}

struct OutRow {
  std::string what;
  std::string args;      // {D} etc. as in Expand
  std::string expected;  // everything kg prints (stdout and stderr)
  int code;
  // Paths under {D} and what each must be afterwards (Describe).
  std::vector<std::pair<std::string, std::string>> after;
  std::string setup = "";     // shell commands run first
  std::string redirect = "";  // kg's own stdout, e.g. "> {D}/full"
};

void RunOutRows(const std::vector<OutRow>& rows) {
  const bool root = ::geteuid() == 0;
  if (!root)
    MESSAGE("rows on devices skipped: mknod needs root (run as root)");
  for (const OutRow& row : rows) {
    CAPTURE(row.what);
    // A row needs root if it uses a device of the fixture or makes one.
    const std::string uses = row.args + " " + row.redirect + " " + row.setup;
    bool needs_root = uses.find("mknod") != std::string::npos;
    for (const char* device : {"{D}/full", "{D}/null", "{D}/blk"})
      needs_root |= uses.find(device) != std::string::npos;
    for (const auto& [path, want] : row.after)
      needs_root |= want.rfind("chr ", 0) == 0 || want.rfind("blk ", 0) == 0;
    if (needs_root && !root) continue;
    testing::TempDir temp("kg_output_contract_test");
    WriteFixture(temp);
    const std::string d = temp.Path();
    if (!row.setup.empty())
      REQUIRE(std::system(OutExpand(row.setup, d).c_str()) == 0);
    std::string args = OutExpand(row.args, d);
    std::string prefix;
    if (!row.redirect.empty()) {
      // { kg ARGS > X; } 2>&1: stderr still reaches the test.
      prefix = "{ ";
      args += " " + OutExpand(row.redirect, d) + "; }";
    }
    CAPTURE(args);
    const testing::KgRun r = testing::Kg(args, prefix);
    CHECK(r.output == OutExpand(row.expected, d));
    CHECK(r.code == row.code);
    for (const auto& [path, want] : row.after) {
      CAPTURE(path);
      CHECK(Describe(d + "/" + path) == OutExpand(want, d));
    }
    CHECK(Temporaries(d).empty());
  }
}

const std::string kFull = "kg: stdout: No space left on device\n";

TEST_CASE("kg -o: devices, stdout and symlinks are written, not replaced") {
  RunOutRows({
      {"a character device (as /dev/null)",
       "extract {D}/ok.txt -o {D}/null",
       "",
       0,
       {{"null", "chr 1:3"}}},
      {"a full device (as /dev/full): the error, and still a device",
       "extract {D}/ok.txt -o {D}/full",
       "kg: {D}/full: No space left on device\n",
       1,
       {{"full", "chr 1:7"}}},
      {"kg build to a full device",
       "build {D}/t.jsonl --format graphml -o {D}/full",
       "kg: {D}/full: No space left on device\n",
       1,
       {{"full", "chr 1:7"}}},
      {"a symlink to a device", "extract {D}/ok.txt -o {D}/devlink",
       "", 0, {{"devlink", "-> null"}, {"null", "chr 1:3"}},
       "ln -s null {D}/devlink"},
      {"a block device is refused", "extract {D}/ok.txt -o {D}/blk",
       "kg: {D}/blk: is a block device, not a file\n", 1, {{"blk", "blk 7:0"}}},
      {"-o /dev/stdout", "extract {D}/ok.txt -o /dev/stdout", "{X}", 0, {}},
      {"-o - is stdout", "extract {D}/ok.txt -o -", "{X}", 0,
       {{"-", "absent"}}},
      {"kg build -o /dev/stdout",
       "build {D}/t.jsonl --format json -o /dev/stdout",
       "{G}kg build: 2 actors, 1 edges -> /dev/stdout\n", 0, {}},
      {"a symlink: the link stays, its target is replaced",
       "extract {D}/ok.txt -o {D}/link",
       "",
       0,
       {{"link", "-> sub/t.jsonl"}, {"sub/t.jsonl", "{X}"}}},
      {"a dangling symlink: its target is created",
       "extract {D}/ok.txt -o {D}/dangling",
       "",
       0,
       {{"dangling", "-> sub/new.jsonl"}, {"sub/new.jsonl", "{X}"}},
       "ln -s sub/new.jsonl {D}/dangling"},
      {"a regular file is replaced whole", "extract {D}/ok.txt -o {D}/old",
       "", 0, {{"old", "{X}"}}, "echo old > {D}/old"},
  });
}

TEST_CASE("kg -o: an output that is one of the inputs is refused") {
  RunOutRows({
      {"kg extract a.txt -o a.txt", "extract {D}/ok.txt -o {D}/ok.txt",
       "kg: {D}/ok.txt: would replace the input {D}/ok.txt\n", 1,
       {{"ok.txt", "{T}"}}},
      {"a hard link to the input", "extract {D}/ok.txt -o {D}/hard.txt",
       "kg: {D}/hard.txt: would replace the input {D}/ok.txt\n", 1,
       {{"ok.txt", "{T}"}, {"hard.txt", "{T}"}}},
      {"a symlink to the input, among other inputs",
       "extract {D}/t.jsonl {D}/oklink.txt -o {D}/ok.txt",
       "kg: {D}/ok.txt: would replace the input {D}/oklink.txt\n", 1,
       {{"ok.txt", "{T}"}, {"oklink.txt", "-> ok.txt"}}},
      {"kg build g.json -o g.json --format graphml",
       "build {D}/g.json -o {D}/g.json --format graphml",
       "kg: {D}/g.json: would replace the input {D}/g.json\n", 1,
       {{"g.json", "{G}"}}},
      {"kg build: one of the CSV pair is an input",
       "build {D}/x.edges.csv {D}/t.jsonl -o {D}/x.csv",
       "kg: {D}/x.edges.csv: would replace the input {D}/x.edges.csv\n", 1,
       {{"x.edges.csv", "{X}"}, {"x.nodes.csv", "absent"}},
       "cp {D}/t.jsonl {D}/x.edges.csv"},
      {"the same name, a different file: fine",
       "extract {D}/ok.txt -o {D}/out/ok.txt", "", 0,
       {{"ok.txt", "{T}"}, {"out/ok.txt", "{X}"}}},
  });
}

TEST_CASE("kg: outputs are checked before any input is read") {
  RunOutRows({
      {"kg build: a missing output folder before a missing input",
       "build {D}/missing.txt -o {D}/no/g.json",
       "kg: {D}/no/g.json: No such file or directory\n", 1,
       {{"no", "absent"}}},
      {"kg build: an output under a file before a bad rule pack",
       "build --rules {D}/none.json {D}/ok.txt -o {D}/ok.txt/g.json",
       "kg: {D}/ok.txt/g.json: Not a directory\n", 1, {{"ok.txt", "{T}"}}},
      {"kg build csv: the second output is checked too",
       "build {D}/missing.txt -o {D}/x.csv",
       "kg: {D}/x.edges.csv: is a folder, not a file\n", 1,
       {{"x.nodes.csv", "absent"}}, "mkdir {D}/x.edges.csv"},
      {"kg extract: a missing output folder before a missing rule pack",
       "extract --rules {D}/none.json {D}/ok.txt -o {D}/no/o.jsonl",
       "kg: {D}/no/o.jsonl: No such file or directory\n", 1, {}},
      {"kg extract: a missing output folder before a missing input",
       "extract {D}/missing.txt -o {D}/no/o.jsonl",
       "kg: {D}/no/o.jsonl: No such file or directory\n", 1, {}},
  });
}

TEST_CASE("kg: every command exits 1 naming the reason when stdout fails") {
  RunOutRows({
      {"path", "path France Japan {D}/t.jsonl", kFull, 1, {}, "",
       "> {D}/full"},
      {"path --json", "path --json France Japan {D}/t.jsonl", kFull, 1, {},
       "", "> {D}/full"},
      {"neighbors", "neighbors France {D}/t.jsonl", kFull, 1, {}, "",
       "> {D}/full"},
      {"stats", "stats {D}/t.jsonl", kFull, 1, {}, "", "> {D}/full"},
      {"stats --json", "stats --json {D}/t.jsonl", kFull, 1, {}, "",
       "> {D}/full"},
      {"--help", "--help", kFull, 1, {}, "", "> {D}/full"},
      {"extract --help", "extract --help", kFull, 1, {}, "", "> {D}/full"},
      {"--version", "--version", kFull, 1, {}, "", "> {D}/full"},
      {"rules list", "rules list", kFull, 1, {}, "", "> {D}/full"},
      {"extract to stdout", "extract {D}/ok.txt", kFull, 1, {}, "",
       "> {D}/full"},
      {"extract -o -", "extract {D}/ok.txt -o -", kFull, 1, {}, "",
       "> {D}/full"},
      {"build -o -", "build {D}/t.jsonl --format json -o -", kFull, 1, {}, "",
       "> {D}/full"},
      {"a failed command keeps its own code and message",
       "path France Nowhere {D}/t.jsonl",
       "kg: no actor \"Nowhere\"\n", 1, {}, "", "> {D}/full"},
  });
}

TEST_CASE("kg build csv: both files replaced or neither") {
  RunOutRows({
      {"the edges file cannot be written: the old nodes file stays",
       "build {D}/t.jsonl -o {D}/x.csv",
       "kg: {D}/x.edges.csv: No space left on device\n",
       1,
       {{"x.nodes.csv", "old nodes\n"}, {"x.edges.csv", "chr 1:7"}},
       "echo old nodes > {D}/x.nodes.csv && mknod {D}/x.edges.csv c 1 7"},
      {"the nodes file cannot be written: the old edges file stays",
       "build {D}/t.jsonl -o {D}/x.csv",
       "kg: {D}/x.nodes.csv: No space left on device\n",
       1,
       {{"x.nodes.csv", "chr 1:7"}, {"x.edges.csv", "old edges\n"}},
       "echo old edges > {D}/x.edges.csv && mknod {D}/x.nodes.csv c 1 7"},
      {"an edges path that is a folder: neither is written",
       "build {D}/t.jsonl -o {D}/x.csv",
       "kg: {D}/x.edges.csv: is a folder, not a file\n",
       1,
       {{"x.nodes.csv", "old nodes\n"}, {"x.edges.csv", "folder"}},
       "echo old nodes > {D}/x.nodes.csv && mkdir {D}/x.edges.csv"},
  });
}

TEST_CASE("kg -o a FIFO: written through, the FIFO stays") {
  testing::TempDir temp("kg_output_contract_test");
  WriteFixture(temp);
  const std::string fifo = temp.Path("fifo");
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  // The reader first: kg's open does not wait, and the triples fit in the
  // pipe's buffer.
  const int reader = ::open(fifo.c_str(), O_RDONLY | O_NONBLOCK);
  REQUIRE(reader >= 0);
  const testing::KgRun r =
      testing::Kg("extract " + temp.Path("ok.txt") + " -o " + fifo);
  CHECK(r.output == "");
  CHECK(r.code == 0);
  std::string got;
  char buf[4096];
  for (ssize_t n; (n = ::read(reader, buf, sizeof buf)) > 0;)
    got.append(buf, static_cast<size_t>(n));
  ::close(reader);
  CHECK(got == Ref().triples);
  CHECK(Describe(fifo) == "fifo");
  CHECK(Temporaries(temp.Path()).empty());
}

// Many documents of the one triple: a graph of 3000 edges (0.8 MB as JSON,
// 0.5 MB of edges CSV) from `count` lines.
std::string ManyTriples(int count) {
  std::string line = Ref().triples;
  std::string out;
  for (int i = 0; i < count; ++i)
    out += ReplaceAll(line, "\"doc\":\"ok.txt\"",
                   "\"doc\":\"d" + std::to_string(i) + ".txt\"");
  return out;
}

TEST_CASE("kg: SIGHUP, SIGQUIT, SIGTERM and SIGINT leave no output and no "
          "temporary") {
  testing::TempDir temp("kg_output_contract_test");
  std::string many;
  for (int i = 0; i < 40000; ++i)
    many += "France met Japan on 2 May 2019. India criticized Brazil.\n\n";
  temp.Write("many.txt", many);
  const std::string d = temp.Path();
  fs::create_directory(d + "/out");
  for (int sig : {SIGHUP, SIGQUIT, SIGTERM, SIGINT}) {
    CAPTURE(sig);
    const testing::KgRun r = testing::KgInterrupted(
        "extract --threads 1 " + d + "/many.txt -o " + d + "/out/o.jsonl",
        d + "/out", sig);
    CHECK(r.output == "kg: interrupted\n");
    CHECK(r.code == 130);
    CHECK(Describe(d + "/out/o.jsonl") == "absent");
    CHECK(fs::is_empty(d + "/out"));
  }
}

TEST_CASE("kg build csv: concurrent builds of one output leave a matching "
          "pair") {
  testing::TempDir temp("kg_output_contract_test");
  const std::string d = temp.Path();
  temp.Write("a.jsonl", Ref().triples);
  temp.Write("b.jsonl", ManyTriples(3000));
  std::string pair[2][2];  // a's and b's nodes and edges
  for (int i = 0; i < 2; ++i) {
    const std::string name = i == 0 ? "a" : "b";
    REQUIRE(testing::Kg("build " + d + "/" + name + ".jsonl -o " + d + "/" +
                        name + ".csv")
                .code == 0);
    pair[i][0] = ReadBytes(d + "/" + name + ".nodes.csv");
    pair[i][1] = ReadBytes(d + "/" + name + ".edges.csv");
  }
  REQUIRE(pair[0][0] != pair[1][0]);
  REQUIRE(pair[0][1] != pair[1][1]);
  const std::string kg = KG_BINARY;
  for (int round = 0; round < 12; ++round) {
    CAPTURE(round);
    const std::string both = kg + " build " + d + "/a.jsonl -o " + d +
                             "/x.csv 2>/dev/null & " + kg + " build " + d +
                             "/b.jsonl -o " + d + "/x.csv 2>/dev/null; wait";
    REQUIRE(std::system(both.c_str()) == 0);
    const std::string nodes = ReadBytes(d + "/x.nodes.csv");
    const std::string edges = ReadBytes(d + "/x.edges.csv");
    const bool a = nodes == pair[0][0] && edges == pair[0][1];
    const bool b = nodes == pair[1][0] && edges == pair[1][1];
    CHECK((a || b));
    CHECK(Temporaries(d).empty());
  }
}

// A tmpfs of `kib` KiB mounted on `dir` for the test (root with
// CAP_SYS_ADMIN only), unmounted at the end.
class SmallDisk {
 public:
  SmallDisk(const std::string& dir, int kib) : dir_(dir) {
    fs::create_directories(dir);
    const std::string size = "size=" + std::to_string(kib) + "k";
    mounted_ = ::mount("tmpfs", dir.c_str(), "tmpfs", 0, size.c_str()) == 0;
  }
  ~SmallDisk() {
    if (mounted_) ::umount2(dir_.c_str(), MNT_DETACH);
  }
  SmallDisk(const SmallDisk&) = delete;
  SmallDisk& operator=(const SmallDisk&) = delete;
  bool mounted() const { return mounted_; }

 private:
  std::string dir_;
  bool mounted_ = false;
};

TEST_CASE("kg on a full disk: the old files stay, whole, and no temporary") {
  testing::TempDir temp("kg_output_contract_test");
  WriteFixture(temp);
  const std::string d = temp.Path();
  temp.Write("big.jsonl", ManyTriples(3000));
  const SmallDisk disk(d + "/small", 256);
  if (!disk.mounted()) {
    MESSAGE("skipped: mounting a small tmpfs needs root (CAP_SYS_ADMIN)");
    return;
  }
  const std::string m = d + "/small";
  std::ofstream(m + "/g.json") << "old graph\n";
  std::ofstream(m + "/x.nodes.csv") << "old nodes\n";
  std::ofstream(m + "/x.edges.csv") << "old edges\n";
  SUBCASE("a graph larger than the disk") {
    const testing::KgRun r =
        testing::Kg("build " + d + "/big.jsonl -o " + m + "/g.json");
    CHECK(r.output == "kg: " + m + "/g.json: No space left on device\n");
    CHECK(r.code == 1);
    CHECK(Describe(m + "/g.json") == "old graph\n");
  }
  SUBCASE("a CSV pair whose nodes fit and edges do not") {
    const testing::KgRun r =
        testing::Kg("build " + d + "/big.jsonl -o " + m + "/x.csv");
    CHECK(r.output == "kg: " + m + "/x.edges.csv: No space left on device\n");
    CHECK(r.code == 1);
    CHECK(Describe(m + "/x.nodes.csv") == "old nodes\n");
    CHECK(Describe(m + "/x.edges.csv") == "old edges\n");
  }
  SUBCASE("stdout redirected to a file on the full disk") {
    // Fill the disk, then print into it.
    // dd fails when the disk is full: that is the point.
    [[maybe_unused]] const int filled =
        std::system(("dd if=/dev/zero of=" + m + "/filler bs=4k 2>/dev/null")
                        .c_str());
    const testing::KgRun r = testing::Kg(
        "stats --json " + d + "/big.jsonl > " + m + "/s.json; }", "{ ");
    CHECK(r.output == kFull);
    CHECK(r.code == 1);
  }
  CHECK(Temporaries(d).empty());
}

}  // namespace
}  // namespace kg
