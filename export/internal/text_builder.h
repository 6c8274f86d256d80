// TextBuilder: a writer's text gathered in a std::string, formatted
// without std::ostream - for writers of large files, which hand the text
// to the stream in large writes (WriteChunks).
//
//   TextBuilder b;
//   b.Append("<data key=\"n_label\">");
//   b.AppendXml(actor.name);               // escaped as XmlEscape does
//   b.AppendUnsigned(actor.mentions);
//   out.write(b.text().data(), b.text().size());
//
// operator<< costs a sentry and a virtual call per piece, and XmlEscape a
// std::string per value; the builder costs neither and gives the same
// bytes.
//
// Internal to kg_export; never include it from another folder.
#ifndef KG_EXPORT_INTERNAL_TEXT_BUILDER_H_
#define KG_EXPORT_INTERNAL_TEXT_BUILDER_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "export/internal/xml_text.h"

namespace kg::exporter::internal {

class TextBuilder {
 public:
  void Append(std::string_view s) { text_.append(s); }
  void Append(char c) { text_.push_back(c); }
  /// `s` escaped for XML (AppendXmlEscaped).
  void AppendXml(std::string_view s) { AppendXmlEscaped(s, &text_); }
  /// Decimal digits, as std::to_string writes them.
  void AppendUnsigned(uint64_t v);
  void AppendSigned(int64_t v);
  /// FormatDouble's text.
  void AppendDouble(double v) { AppendFormattedDouble(v, &text_); }

  const std::string& text() const { return text_; }
  void clear() { text_.clear(); }

 private:
  std::string text_;
};

}  // namespace kg::exporter::internal

#endif  // KG_EXPORT_INTERNAL_TEXT_BUILDER_H_
