// kg::Status: the result of an operation that can fail, without exceptions.
//
//   kg::Status s = pack.Load("rules/x.json");
//   if (!s.ok()) {
//     std::cerr << s.ToString() << "\n";   // "rules/x.json:4:17: parse error: ..."
//     return s.code() == kg::StatusCode::kInternal ? 2 : 1;
//   }
//
// A Status carries a code, a context (usually "path:line:col") and a detail
// message. ToString() joins them as "<context>: <detail>". Statuses are cheap
// to copy; an ok Status holds no strings. No kg public API throws: errors of
// the libraries kg uses are converted to a Status at the boundary.
#ifndef KG_BASE_STATUS_H_
#define KG_BASE_STATUS_H_

#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace kg {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,  ///< bad options or a malformed request
  kParseError,       ///< input that does not follow its format
  kIOError,          ///< a file could not be opened, read or written
  kNotFound,         ///< a named thing (file, actor, rule) does not exist
  kInternal,         ///< a bug in kg
};

class Status {
 public:
  /// An ok status.
  Status() = default;

  static Status Ok() { return Status(); }
  static Status InvalidArgument(std::string_view context,
                                std::string_view detail) {
    return Status(StatusCode::kInvalidArgument, context, detail);
  }
  static Status ParseError(std::string_view context, std::string_view detail) {
    return Status(StatusCode::kParseError, context, detail);
  }
  static Status IOError(std::string_view context, std::string_view detail) {
    return Status(StatusCode::kIOError, context, detail);
  }
  static Status NotFound(std::string_view context, std::string_view detail) {
    return Status(StatusCode::kNotFound, context, detail);
  }
  static Status Internal(std::string_view context, std::string_view detail) {
    return Status(StatusCode::kInternal, context, detail);
  }
  /// An IOError from `errno`, as leveldb's PosixError: "<context>: <strerror>".
  static Status FromErrno(std::string_view context, int err);

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& context() const { return context_; }
  const std::string& detail() const { return detail_; }

  /// The same status with `note` appended to its detail:
  /// NotFound("a.json", "no such file").WithNote(" (included by p.json)").
  Status WithNote(std::string_view note) const {
    Status s = *this;
    s.detail_ += note;
    return s;
  }

  /// "OK", or "<context>: <detail>" (just "<detail>" when context is empty).
  std::string ToString() const;

 private:
  Status(StatusCode code, std::string_view context, std::string_view detail)
      : code_(code), context_(context), detail_(detail) {}

  StatusCode code_ = StatusCode::kOk;
  std::string context_;
  std::string detail_;
};

/// A value or the Status that explains why there is none.
///
///   kg::Result<RulePack> pack = RulePack::FromFile(path);
///   if (!pack.ok()) return pack.status();
///   Use(*pack);
template <typename T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {}  // NOLINT
  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }
  T& value() { return *value_; }
  const T& value() const { return *value_; }
  T& operator*() { return *value_; }
  const T& operator*() const { return *value_; }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }

 private:
  std::optional<T> value_;
  Status status_;
};

/// "path:line:col" (col omitted when 0, line omitted when 0).
std::string Location(std::string_view path, size_t line, size_t col = 0);

}  // namespace kg

#endif  // KG_BASE_STATUS_H_
