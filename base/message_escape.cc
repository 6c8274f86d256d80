#include "base/message_escape.h"

#include "base/utf8.h"

namespace kg {
namespace {

void AppendHexByte(unsigned char byte, std::string* out) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  *out += "\\x";
  *out += kHex[byte >> 4];
  *out += kHex[byte & 0xF];
}

}  // namespace

std::string EscapeForMessage(std::string_view message) {
  std::string out;
  out.reserve(message.size());
  for (size_t i = 0; i < message.size();) {
    const auto byte = static_cast<unsigned char>(message[i]);
    if (byte < 0x80) {
      if (byte == '\n') {
        out += "\\n";
      } else if (byte == '\r') {
        out += "\\r";
      } else if (byte == '\t') {
        out += "\\t";
      } else if (byte < 0x20 || byte == 0x7F) {
        AppendHexByte(byte, &out);
      } else {
        out += static_cast<char>(byte);
      }
      ++i;
      continue;
    }
    const Utf8Char c = DecodeUtf8(message, i);
    if (c.valid) {
      out.append(message.substr(i, c.length));
      i += c.length;
    } else {
      AppendHexByte(byte, &out);
      ++i;
    }
  }
  return out;
}

}  // namespace kg
