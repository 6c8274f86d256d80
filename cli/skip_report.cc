#include "cli/skip_report.h"

#include <iostream>
#include <string>

#include "base/message_escape.h"

namespace kg::cli {

std::function<void(const Status&)> SkipReport::Callback() {
  return [this](const Status& skipped) {
    ++count_;
    if (progress_ != nullptr) progress_->Clear();
    std::cerr << "kg: warning: " << EscapeForMessage(skipped.ToString())
              << " (skipped)\n";
  };
}

int SkipReport::Finish() const {
  if (count_ == 0) return 0;
  std::cerr << "kg: " << count_
            << (count_ == 1 ? " input or record" : " inputs or records")
            << " skipped (--keep-going)\n";
  return kExitSkipped;
}

}  // namespace kg::cli
