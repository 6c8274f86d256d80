// Text helpers for the XML writers: escaping and lossless numbers.
//
//   out << "<data key=\"n_label\">" << XmlEscape(actor.name) << "</data>";
//   out << "<data key=\"e_weight\">" << FormatDouble(0.8) << "</data>";  // 0.8
//
// Internal to kg_export; never include it from another folder.
#ifndef KG_EXPORT_INTERNAL_XML_TEXT_H_
#define KG_EXPORT_INTERNAL_XML_TEXT_H_

#include <string>
#include <string_view>

namespace kg::exporter::internal {

/// `text` made safe for XML 1.0 element content and attribute values:
///   - & < > " ' become &amp; &lt; &gt; &quot; &apos;
///   - CR becomes &#13; (a parser would otherwise turn it into LF);
///     tab and LF are kept as they are
///   - characters XML 1.0 forbids are dropped: U+0000-U+001F other than
///     tab, LF and CR, U+FFFE and U+FFFF
///   - each bad byte (base/utf8.h: stray continuation byte, truncated or
///     overlong sequence, surrogate, byte C0/C1/F5-FF) becomes U+FFFD, as
///     kg's reader repairs documents
/// Valid UTF-8 (right-to-left text, emoji, U+007F) is copied unchanged.
std::string XmlEscape(std::string_view text);
/// Appends XmlEscape(text) to *out, without a temporary string.
void AppendXmlEscaped(std::string_view text, std::string* out);

/// The shortest decimal that reads back as exactly `value` (std::to_chars):
/// 0.8 -> "0.8", 1234567.891 -> "1234567.891", 3.0 -> "3", 1e-06 -> "1e-06",
/// 1e+300 -> "1e+300". Locale-independent. NaN and infinities are written as
/// xs:double spells them: "NaN", "INF", "-INF".
std::string FormatDouble(double value);
/// Appends FormatDouble(value) to *out.
void AppendFormattedDouble(double value, std::string* out);

}  // namespace kg::exporter::internal

#endif  // KG_EXPORT_INTERNAL_XML_TEXT_H_
