#include "cli/progress_line.h"

#include <unistd.h>

#include <cmath>
#include <cstdio>

namespace kg::cli {
namespace {

// 1234567 -> "1,234,567": counts are read at a glance.
std::string Grouped(uint64_t n) {
  std::string digits = std::to_string(n), out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

// 512 B, 12.3 KB, 45.6 MB, 1.23 GB (powers of 10, as MB/s is).
std::string Size(uint64_t bytes) {
  char buf[32];
  const double b = static_cast<double>(bytes);
  if (bytes < 1000) {
    std::snprintf(buf, sizeof buf, "%llu B",
                  static_cast<unsigned long long>(bytes));
  } else if (bytes < 1000000) {
    std::snprintf(buf, sizeof buf, "%.1f KB", b / 1e3);
  } else if (bytes < 1000000000) {
    std::snprintf(buf, sizeof buf, "%.1f MB", b / 1e6);
  } else {
    std::snprintf(buf, sizeof buf, "%.2f GB", b / 1e9);
  }
  return buf;
}

std::string Clock(double seconds) {
  const auto s = static_cast<uint64_t>(std::llround(std::max(0.0, seconds)));
  char buf[32];
  if (s >= 3600) {
    std::snprintf(buf, sizeof buf, "%llu:%02llu:%02llu",
                  static_cast<unsigned long long>(s / 3600),
                  static_cast<unsigned long long>(s / 60 % 60),
                  static_cast<unsigned long long>(s % 60));
  } else {
    std::snprintf(buf, sizeof buf, "%llu:%02llu",
                  static_cast<unsigned long long>(s / 60),
                  static_cast<unsigned long long>(s % 60));
  }
  return buf;
}

double Rate(const ProgressState& s) {
  return s.seconds > 0 ? static_cast<double>(s.bytes) / 1e6 / s.seconds : 0;
}

std::string Documents(uint64_t n) {
  return Grouped(n) + (n == 1 ? " document" : " documents");
}

}  // namespace

std::string ProgressText(const ProgressState& s) {
  std::string out = Documents(s.documents) + ", " + Size(s.bytes);
  // A total smaller than what was read (a file that grew) is no total.
  const bool total = s.total_bytes > 0 && s.bytes <= s.total_bytes;
  if (total) {
    out += " of " + Size(s.total_bytes) + " (" +
           std::to_string(s.bytes * 100 / s.total_bytes) + "%)";
  }
  char rate[32];
  std::snprintf(rate, sizeof rate, ", %.1f MB/s, ", Rate(s));
  out += rate + Clock(s.seconds) + " elapsed";
  if (total && s.bytes > 0) {
    const double left = s.seconds * static_cast<double>(s.total_bytes - s.bytes) /
                        static_cast<double>(s.bytes);
    out += ", " + Clock(left) + " left";
  }
  return out;
}

std::string SummaryText(const ProgressState& s) {
  char tail[64];
  std::snprintf(tail, sizeof tail, " in %.1f s (%.1f MB/s)", s.seconds,
                Rate(s));
  return Documents(s.documents) + ", " + Size(s.bytes) + ", " +
         Grouped(s.triples) + (s.triples == 1 ? " triple" : " triples") +
         tail;
}

ProgressLine::Mode ProgressLine::Choose(bool quiet, bool forced) {
  if (quiet) return Mode::kOff;
  if (::isatty(STDERR_FILENO)) return Mode::kTerminal;
  return forced ? Mode::kLog : Mode::kOff;
}

ProgressLine::ProgressLine(Mode mode, uint64_t total_bytes, std::ostream& out)
    : mode_(mode), out_(out) {
  state_.total_bytes = total_bytes;
  // The first line after a moment: a short run shows only its summary.
  next_draw_ = mode_ == Mode::kTerminal ? 0.5 : 2.0;
}

double ProgressLine::Seconds() const {
  return std::chrono::duration<double>(Clock::now() - start_).count();
}

void ProgressLine::Add(uint64_t bytes, uint64_t triples, bool new_document) {
  if (new_document) ++state_.documents;
  state_.bytes += bytes;
  state_.triples += triples;
  if (mode_ == Mode::kOff) return;
  const double now = Seconds();
  if (now < next_draw_) return;
  state_.seconds = now;
  if (mode_ == Mode::kTerminal) {
    // "\r" and erase-to-end: the line is redrawn in place.
    out_ << "\rkg: " << ProgressText(state_) << "\x1b[K" << std::flush;
    drawn_ = true;
    next_draw_ = now + 0.25;
  } else {
    out_ << "kg: " << ProgressText(state_) << "\n" << std::flush;
    next_draw_ = now + 2.0;
  }
}

void ProgressLine::Finish() {
  if (mode_ == Mode::kOff) return;
  state_.seconds = Seconds();
  if (drawn_) out_ << "\r\x1b[K";
  out_ << "kg: " << SummaryText(state_) << "\n" << std::flush;
  drawn_ = false;
}

void ProgressLine::Clear() {
  if (drawn_) out_ << "\r\x1b[K" << std::flush;
  drawn_ = false;
}

}  // namespace kg::cli
