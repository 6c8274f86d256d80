// OutputBuffer: text gathered in memory and handed to a std::ostream in
// large writes, for writers of large files.
//
//   OutputBuffer buf(out);                 // out: any std::ostream
//   buf.Append("<data key=\"n_label\">");
//   buf.AppendXml(actor.name);             // escaped as XmlEscape does
//   buf.AppendUnsigned(actor.mentions);
//   buf.Flush();                           // also done by the destructor
//
// Formatting through std::ostream's operator<< costs a sentry and a
// virtual call per piece, and XmlEscape a std::string per value; the
// buffer costs neither and gives the stream the same bytes.
//
// Internal to kg_export; never include it from another folder.
#ifndef KG_EXPORT_INTERNAL_OUTPUT_BUFFER_H_
#define KG_EXPORT_INTERNAL_OUTPUT_BUFFER_H_

#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>

#include "export/internal/xml_text.h"

namespace kg::exporter::internal {

class OutputBuffer {
 public:
  explicit OutputBuffer(std::ostream& out) : out_(out) {
    text_.reserve(kFlushBytes + 4096);
  }
  ~OutputBuffer() { Flush(); }
  OutputBuffer(const OutputBuffer&) = delete;
  OutputBuffer& operator=(const OutputBuffer&) = delete;

  void Append(std::string_view s) {
    text_.append(s);
    MaybeFlush();
  }
  void Append(char c) { text_.push_back(c); }
  /// `s` escaped for XML (AppendXmlEscaped).
  void AppendXml(std::string_view s) {
    AppendXmlEscaped(s, &text_);
    MaybeFlush();
  }
  /// Decimal digits, as std::to_string writes them.
  void AppendUnsigned(uint64_t v);
  void AppendSigned(int64_t v);
  /// FormatDouble's text.
  void AppendDouble(double v);

  /// Writes what is gathered to the stream.
  void Flush();

 private:
  static constexpr size_t kFlushBytes = 1 << 20;

  void MaybeFlush() {
    if (text_.size() >= kFlushBytes) Flush();
  }

  std::ostream& out_;
  std::string text_;
};

}  // namespace kg::exporter::internal

#endif  // KG_EXPORT_INTERNAL_OUTPUT_BUFFER_H_
