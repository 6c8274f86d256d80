#include "base/atomic_file.h"

#include <doctest/doctest.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <chrono>
#include <system_error>
#include <thread>
#include <vector>

#include "tests/temp_dir.h"

namespace kg {
namespace {

namespace fs = std::filesystem;

// The names in `dir`, sorted, joined with spaces.
std::string ListingOf(const std::string& dir) {
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(dir))
    names.push_back(e.path().filename().string());
  std::sort(names.begin(), names.end());
  std::string out;
  for (const auto& n : names) {
    if (!out.empty()) out += ' ';
    out += n;
  }
  return out;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// True if `path` is still the character device major:minor.
bool IsCharDevice(const std::string& path, unsigned major_no,
                  unsigned minor_no) {
  struct stat st {};
  return ::lstat(path.c_str(), &st) == 0 && S_ISCHR(st.st_mode) &&
         major(st.st_rdev) == major_no && minor(st.st_rdev) == minor_no;
}

// mknod needs root: a row that cannot run says so and is skipped.
bool HaveRoot() {
  if (::geteuid() == 0) return true;
  MESSAGE("skipped: needs root to mknod a device in the temp folder");
  return false;
}

// Both ways of holding the temporary: unnamed (O_TMPFILE) and named.
AtomicFile::Options ModeFromSubcase(bool unnamed) {
  AtomicFile::Options o;
  o.unnamed_temporary = unnamed;
  return o;
}

TEST_CASE("AtomicFile: Commit writes the file and leaves no temporary") {
  testing::TempDir dir("kg_atomic_file_test");
  const std::string path = dir.Path("graph.json");
  for (bool unnamed : {true, false}) {
    CAPTURE(unnamed);
    AtomicFile out(path, ModeFromSubcase(unnamed));
    REQUIRE(out.Open().ok());
    CHECK(out.kind() == AtomicFile::Kind::kFile);
    CHECK(out.target() == path);
    out.stream() << "{\"a\": 1}\n";
    CHECK_FALSE(fs::exists(path));
    if (unnamed) {
      // Nothing in the folder to find, to plant or to leave behind.
      CHECK(out.temp_path() == "");
      CHECK(ListingOf(dir.Path()) == "");
    } else {
      // "<path>.tmp.<pid>.<8 hex digits>", created exclusively.
      const std::string prefix =
          path + ".tmp." + std::to_string(::getpid()) + ".";
      CHECK(out.temp_path().rfind(prefix, 0) == 0);
      CHECK(out.temp_path().size() == prefix.size() + 8);
      CHECK(fs::exists(out.temp_path()));
    }
    Status s = out.Commit();
    CHECK(s.ToString() == "OK");
    CHECK(ReadFile(path) == "{\"a\": 1}\n");
    CHECK(ListingOf(dir.Path()) == "graph.json");
    fs::remove(path);
  }
}

TEST_CASE("AtomicFile: Commit replaces an existing file whole") {
  testing::TempDir dir("kg_atomic_file_test");
  const std::string path =
      dir.Write("out.txt", "old contents, longer than the new ones\n");
  for (bool unnamed : {true, false}) {
    CAPTURE(unnamed);
    AtomicFile out(path, ModeFromSubcase(unnamed));
    REQUIRE(out.Open().ok());
    out.stream() << "new\n";
    CHECK(ReadFile(path) == "old contents, longer than the new ones\n");
    REQUIRE(out.Commit().ok());
    CHECK(ReadFile(path) == "new\n");
    CHECK(ListingOf(dir.Path()) == "out.txt");
    dir.Write("out.txt", "old contents, longer than the new ones\n");
  }
}

TEST_CASE("AtomicFile: without Commit nothing is left and nothing replaced") {
  testing::TempDir dir("kg_atomic_file_test");
  for (bool unnamed : {true, false}) {
    CAPTURE(unnamed);
    {
      AtomicFile out(dir.Path("graph.json"), ModeFromSubcase(unnamed));
      REQUIRE(out.Open().ok());
      out.stream() << "half-written";
    }
    CHECK(ListingOf(dir.Path()) == "");
    const std::string old = dir.Write("old.json", "previous run\n");
    {
      AtomicFile out(old, ModeFromSubcase(unnamed));
      REQUIRE(out.Open().ok());
      out.stream() << std::string(200000, 'x');  // past the buffer
    }
    CHECK(ReadFile(old) == "previous run\n");
    CHECK(ListingOf(dir.Path()) == "old.json");
    { AtomicFile never_opened(dir.Path("graph.json")); }
    CHECK(ListingOf(dir.Path()) == "old.json");
    fs::remove(old);
  }
}

TEST_CASE("AtomicFile: Open refuses what it cannot replace, naming the path") {
  testing::TempDir dir("kg_atomic_file_test");
  SUBCASE("a missing folder") {
    const std::string path = dir.Path("no/such/folder/graph.json");
    AtomicFile out(path);
    Status s = out.Open();
    CHECK(s.code() == StatusCode::kIOError);
    CHECK(s.context() == path);
    CHECK(s.ToString() == path + ": No such file or directory");
  }
  SUBCASE("a folder") {
    const std::string path = dir.Path("sub");
    fs::create_directory(path);
    AtomicFile out(path);
    CHECK(out.Open().ToString() == path + ": is a folder, not a file");
    CHECK(fs::is_directory(path));
  }
  SUBCASE("a symlink loop") {
    fs::create_symlink("b", dir.Path("a"));
    fs::create_symlink("a", dir.Path("b"));
    AtomicFile out(dir.Path("a"));
    CHECK(out.Open().ToString() ==
          dir.Path("a") + ": Too many levels of symbolic links");
  }
  SUBCASE("a block device") {
    if (!HaveRoot()) return;
    const std::string path = dir.Path("loop");
    REQUIRE(::mknod(path.c_str(), S_IFBLK | 0600, makedev(7, 0)) == 0);
    AtomicFile out(path);
    CHECK(out.Open().ToString() == path + ": is a block device, not a file");
    struct stat st {};
    CHECK((::lstat(path.c_str(), &st) == 0 && S_ISBLK(st.st_mode)));
  }
}

TEST_CASE("AtomicFile: Commit without Open, and twice, is an internal error") {
  testing::TempDir dir("kg_atomic_file_test");
  const std::string path = dir.Path("graph.json");
  AtomicFile out(path);
  Status s = out.Commit();
  CHECK(s.code() == StatusCode::kInternal);
  CHECK(s.ToString() == path + ": Commit() without Open()");
  REQUIRE(out.Open().ok());
  out.stream() << "x";
  REQUIRE(out.Commit().ok());
  CHECK(out.Commit().code() == StatusCode::kInternal);
  CHECK(ReadFile(path) == "x");
  CHECK(ListingOf(dir.Path()) == "graph.json");
}

TEST_CASE("AtomicFile: a symlink planted at the old temporary name is not "
          "followed") {
  testing::TempDir dir("kg_atomic_file_test");
  const std::string path = dir.Path("o.jsonl");
  const std::string victim = dir.Write("victim", "precious\n");
  // The name kg used to write through: "<path>.tmp.<pid>".
  const std::string planted = path + ".tmp." + std::to_string(::getpid());
  fs::create_symlink(victim, planted);
  for (bool unnamed : {true, false}) {
    CAPTURE(unnamed);
    AtomicFile out(path, ModeFromSubcase(unnamed));
    REQUIRE(out.Open().ok());
    out.stream() << "output\n";
    REQUIRE(out.Commit().ok());
    CHECK(ReadFile(victim) == "precious\n");
    CHECK(ReadFile(path) == "output\n");
    CHECK(fs::is_symlink(planted));
    CHECK(ListingOf(dir.Path()) ==
          "o.jsonl o.jsonl.tmp." + std::to_string(::getpid()) + " victim");
  }
}

TEST_CASE("AtomicFile: the file gets the mode of a plain create") {
  testing::TempDir dir("kg_atomic_file_test");
  for (bool unnamed : {true, false}) {
    for (mode_t mask : {mode_t{022}, mode_t{077}, mode_t{002}}) {
      CAPTURE(unnamed);
      CAPTURE(mask);
      const mode_t old_mask = ::umask(mask);
      const std::string path = dir.Path("m.json");
      AtomicFile out(path, ModeFromSubcase(unnamed));
      REQUIRE(out.Open().ok());
      REQUIRE(out.Commit().ok());
      ::umask(old_mask);
      struct stat st {};
      REQUIRE(::stat(path.c_str(), &st) == 0);
      CHECK((st.st_mode & 0777) == (0666 & ~mask));
      fs::remove(path);
    }
  }
}

TEST_CASE("AtomicFile: a symlink stays a link and its target is replaced") {
  testing::TempDir dir("kg_atomic_file_test");
  const std::string target = dir.Write("data/g.json", "old\n");
  fs::create_directory(dir.Path("links"));
  fs::create_symlink("../data/g.json", dir.Path("links/g.json"));
  // A chain: a link to the link.
  fs::create_symlink("links/g.json", dir.Path("chain.json"));
  for (const char* name : {"links/g.json", "chain.json"}) {
    CAPTURE(name);
    for (bool unnamed : {true, false}) {
      AtomicFile out(dir.Path(name), ModeFromSubcase(unnamed));
      REQUIRE(out.Open().ok());
      CHECK(out.target() == dir.Path("links") + "/../data/g.json");
      out.stream() << name << "\n";
      REQUIRE(out.Commit().ok());
      CHECK(fs::read_symlink(dir.Path("links/g.json")) == "../data/g.json");
      CHECK(fs::read_symlink(dir.Path("chain.json")) == "links/g.json");
      CHECK(ReadFile(target) == std::string(name) + "\n");
      // The temporary lived in the target's folder and is gone.
      CHECK(ListingOf(dir.Path("data")) == "g.json");
      CHECK(ListingOf(dir.Path("links")) == "g.json");
    }
  }
  SUBCASE("a dangling link names the file to create") {
    fs::create_symlink("data/new.json", dir.Path("dangling"));
    AtomicFile out(dir.Path("dangling"));
    REQUIRE(out.Open().ok());
    out.stream() << "created\n";
    REQUIRE(out.Commit().ok());
    CHECK(fs::is_symlink(dir.Path("dangling")));
    CHECK(ReadFile(dir.Path("data/new.json")) == "created\n");
  }
}

TEST_CASE("AtomicFile: a character device is written through, not replaced") {
  if (!HaveRoot()) return;
  testing::TempDir dir("kg_atomic_file_test");
  const std::string null = dir.Path("null"), full = dir.Path("full");
  REQUIRE(::mknod(null.c_str(), S_IFCHR | 0666, makedev(1, 3)) == 0);
  REQUIRE(::mknod(full.c_str(), S_IFCHR | 0666, makedev(1, 7)) == 0);
  {
    AtomicFile out(null);
    REQUIRE(out.Open().ok());
    CHECK(out.kind() == AtomicFile::Kind::kStream);
    CHECK(out.target() == "");
    out.stream() << std::string(300000, 'x');
    CHECK(out.Commit().ToString() == "OK");
  }
  CHECK(IsCharDevice(null, 1, 3));
  {
    AtomicFile out(full);
    REQUIRE(out.Open().ok());
    out.stream() << "small";  // still in the buffer
    CHECK(out.WriteError().ok());
    Status s = out.Commit();
    CHECK(s.code() == StatusCode::kIOError);
    CHECK(s.ToString() == full + ": No space left on device");
  }
  {
    AtomicFile out(full);
    REQUIRE(out.Open().ok());
    out.stream() << std::string(300000, 'x');  // past the buffer
    CHECK_FALSE(out.stream().good());
    CHECK(out.WriteError().ToString() == full + ": No space left on device");
  }
  CHECK(IsCharDevice(full, 1, 7));
  CHECK(ListingOf(dir.Path()) == "full null");
}

TEST_CASE("AtomicFile: a FIFO and /dev/fd/N are written through") {
  testing::TempDir dir("kg_atomic_file_test");
  SUBCASE("FIFO") {
    const std::string fifo = dir.Path("fifo");
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    // The reader first, so that the writer's open does not wait.
    const int reader = ::open(fifo.c_str(), O_RDONLY | O_NONBLOCK);
    REQUIRE(reader >= 0);
    {
      AtomicFile out(fifo);
      REQUIRE(out.Open().ok());
      CHECK(out.kind() == AtomicFile::Kind::kStream);
      out.stream() << "through the pipe\n";
      REQUIRE(out.Commit().ok());
    }
    char buf[64] = {};
    CHECK(::read(reader, buf, sizeof buf) == 17);
    CHECK(std::string(buf) == "through the pipe\n");
    ::close(reader);
    struct stat st {};
    CHECK((::lstat(fifo.c_str(), &st) == 0 && S_ISFIFO(st.st_mode)));
    CHECK(ListingOf(dir.Path()) == "fifo");
  }
  SUBCASE("/dev/fd/N and /proc/self/fd/N") {
    for (const char* prefix : {"/dev/fd/", "/proc/self/fd/"}) {
      int fds[2];
      REQUIRE(::pipe(fds) == 0);
      {
        AtomicFile out(prefix + std::to_string(fds[1]));
        REQUIRE(out.Open().ok());
        CHECK(out.kind() == AtomicFile::Kind::kStream);
        out.stream() << "fd\n";
        REQUIRE(out.Commit().ok());
      }
      // The descriptor is used, not closed or reopened.
      CHECK(::write(fds[1], "more\n", 5) == 5);
      char buf[64] = {};
      CHECK(::read(fds[0], buf, sizeof buf) == 8);
      CHECK(std::string(buf) == "fd\nmore\n");
      ::close(fds[0]);
      ::close(fds[1]);
    }
  }
  SUBCASE("- and /dev/stdout are stdout") {
    for (const char* name : {"-", "/dev/stdout"}) {
      AtomicFile out(name);
      REQUIRE(out.Open().ok());
      CHECK(out.kind() == AtomicFile::Kind::kStream);
    }
  }
}

TEST_CASE("AtomicFile: WouldReplace finds an input by device and inode") {
  testing::TempDir dir("kg_atomic_file_test");
  const std::string a = dir.Write("a.txt", "text\n");
  const std::string b = dir.Write("b.txt", "other\n");
  fs::create_hard_link(a, dir.Path("hard.txt"));
  fs::create_symlink("a.txt", dir.Path("soft.txt"));
  AtomicFile out(a);
  CHECK_FALSE(out.WouldReplace(a));  // not opened yet
  REQUIRE(out.Open().ok());
  CHECK(out.WouldReplace(a));
  CHECK(out.WouldReplace(dir.Path("hard.txt")));
  CHECK(out.WouldReplace(dir.Path("soft.txt")));
  CHECK(out.WouldReplace(dir.Path("./a.txt")));
  CHECK_FALSE(out.WouldReplace(b));
  CHECK_FALSE(out.WouldReplace(dir.Path("missing.txt")));
  CHECK_FALSE(out.WouldReplace(dir.Path()));
  AtomicFile fresh(dir.Path("new.txt"));
  REQUIRE(fresh.Open().ok());
  CHECK_FALSE(fresh.WouldReplace(a));
}

TEST_CASE("AtomicFile::CommitAll: both or neither") {
  testing::TempDir dir("kg_atomic_file_test");
  const std::string nodes = dir.Write("x.nodes.csv", "old nodes\n");
  const std::string edges = dir.Write("x.edges.csv", "old edges\n");
  SUBCASE("both") {
    for (bool unnamed : {true, false}) {
      AtomicFile n(nodes, ModeFromSubcase(unnamed));
      AtomicFile e(edges, ModeFromSubcase(unnamed));
      REQUIRE(n.Open().ok());
      REQUIRE(e.Open().ok());
      n.stream() << "new nodes\n";
      e.stream() << "new edges\n";
      AtomicFile* group[] = {&n, &e};
      CHECK(AtomicFile::CommitAll(group).ToString() == "OK");
      CHECK(ReadFile(nodes) == "new nodes\n");
      CHECK(ReadFile(edges) == "new edges\n");
      CHECK(ListingOf(dir.Path()) == "x.edges.csv x.nodes.csv");
    }
  }
  SUBCASE("a write fails: neither is replaced") {
    if (!HaveRoot()) return;
    const std::string full = dir.Path("full");
    REQUIRE(::mknod(full.c_str(), S_IFCHR | 0666, makedev(1, 7)) == 0);
    AtomicFile n(nodes), e(full);
    REQUIRE(n.Open().ok());
    REQUIRE(e.Open().ok());
    n.stream() << "new nodes\n";
    e.stream() << "new edges\n";
    AtomicFile* group[] = {&n, &e};
    CHECK(AtomicFile::CommitAll(group).ToString() ==
          full + ": No space left on device");
    CHECK(ReadFile(nodes) == "old nodes\n");
    CHECK(IsCharDevice(full, 1, 7));
    CHECK(ListingOf(dir.Path()) == "full x.edges.csv x.nodes.csv");
  }
  SUBCASE("the second rename fails: the first file is put back") {
    for (bool unnamed : {true, false}) {
      CAPTURE(unnamed);
      const std::string fresh = dir.Path("fresh.csv");
      AtomicFile n(nodes, ModeFromSubcase(unnamed));
      AtomicFile f(fresh, ModeFromSubcase(unnamed));
      AtomicFile e(edges, ModeFromSubcase(unnamed));
      REQUIRE(n.Open().ok());
      REQUIRE(f.Open().ok());
      REQUIRE(e.Open().ok());
      n.stream() << "new nodes\n";
      f.stream() << "fresh\n";
      e.stream() << "new edges\n";
      // After Open, x.edges.csv becomes a folder that is not empty: a file
      // cannot be renamed over it.
      fs::remove(edges);
      dir.Write("x.edges.csv/keep", "");
      AtomicFile* group[] = {&n, &f, &e};
      CHECK(AtomicFile::CommitAll(group).ToString() ==
            edges + ": Is a directory");
      CHECK(ReadFile(nodes) == "old nodes\n");
      CHECK(ListingOf(dir.Path()) == "x.edges.csv x.nodes.csv");
      fs::remove_all(edges);
      dir.Write("x.edges.csv", "old edges\n");
    }
  }
}

TEST_CASE("AtomicFile::CommitAll waits for another writer's lock on the folder") {
  testing::TempDir dir("kg_atomic_file_test");
  const std::string nodes = dir.Write("x.nodes.csv", "old nodes\n");
  const std::string edges = dir.Write("x.edges.csv", "old edges\n");
  // Another kg committing in the folder holds its lock.
  const int folder = ::open(dir.Path().c_str(), O_RDONLY | O_DIRECTORY);
  REQUIRE(folder >= 0);
  REQUIRE(::flock(folder, LOCK_EX) == 0);
  AtomicFile n(nodes), e(edges);
  REQUIRE(n.Open().ok());
  REQUIRE(e.Open().ok());
  n.stream() << "new nodes\n";
  e.stream() << "new edges\n";
  Status committed = Status::Internal("", "not yet");
  std::thread commit([&] {
    AtomicFile* group[] = {&n, &e};
    committed = AtomicFile::CommitAll(group);
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  CHECK(ReadFile(nodes) == "old nodes\n");
  CHECK(ReadFile(edges) == "old edges\n");
  ::close(folder);  // releases the lock
  commit.join();
  CHECK(committed.ToString() == "OK");
  CHECK(ReadFile(nodes) == "new nodes\n");
  CHECK(ReadFile(edges) == "new edges\n");
  CHECK(ListingOf(dir.Path()) == "x.edges.csv x.nodes.csv");
}

TEST_CASE("AtomicFile::RemoveTemporariesForSignal removes named temporaries") {
  testing::TempDir dir("kg_atomic_file_test");
  const std::string old = dir.Write("old.json", "previous\n");
  AtomicFile a(dir.Path("a.json"), ModeFromSubcase(false));
  AtomicFile b(old, ModeFromSubcase(false));
  AtomicFile c(dir.Path("c.json"), ModeFromSubcase(true));
  REQUIRE(a.Open().ok());
  REQUIRE(b.Open().ok());
  REQUIRE(c.Open().ok());
  CHECK(fs::exists(a.temp_path()));
  CHECK(fs::exists(b.temp_path()));
  AtomicFile::RemoveTemporariesForSignal();
  CHECK(ListingOf(dir.Path()) == "old.json");
  CHECK(ReadFile(old) == "previous\n");
}

}  // namespace
}  // namespace kg
