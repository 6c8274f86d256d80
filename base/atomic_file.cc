#include "base/atomic_file.h"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <filesystem>

namespace kg {

AtomicFile::AtomicFile(std::string path)
    : path_(std::move(path)),
      temp_(path_ + ".tmp." + std::to_string(::getpid())) {}

AtomicFile::~AtomicFile() {
  if (open_) {
    out_.close();
    std::remove(temp_.c_str());
  }
}

Status AtomicFile::Open() {
  std::error_code ec;
  if (std::filesystem::is_directory(path_, ec))
    return Status::IOError(path_, "is a folder, not a file");
  errno = 0;
  out_.open(temp_, std::ios::binary | std::ios::trunc);
  if (!out_) return Status::FromErrno(path_, errno ? errno : EIO);
  open_ = true;
  return Status::Ok();
}

Status AtomicFile::Commit() {
  if (!open_) return Status::Internal(path_, "Commit() without Open()");
  out_.flush();
  bool good = out_.good();
  out_.close();
  if (!good || out_.fail()) {
    std::remove(temp_.c_str());
    open_ = false;
    return Status::IOError(path_, "write failed (disk full?)");
  }
  if (std::rename(temp_.c_str(), path_.c_str()) != 0) {
    int err = errno;
    std::remove(temp_.c_str());
    open_ = false;
    return Status::FromErrno(path_, err);
  }
  open_ = false;
  return Status::Ok();
}

}  // namespace kg
