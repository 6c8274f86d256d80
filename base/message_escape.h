// EscapeForMessage: makes a message (an error, a warning) one printable
// line, whatever the file names and input bytes it quotes: control
// characters become \n, \r, \t or \xNN, and each byte of invalid UTF-8
// \xNN. Valid UTF-8 (accents, Arabic, emoji) and backslashes stay as they
// are, so ordinary messages are unchanged.
//
//   EscapeForMessage("a\nb.txt: no such file")  // "a\\nb.txt: no such file"
//   EscapeForMessage("\xFF.txt")                // "\\xFF.txt"
#ifndef KG_BASE_MESSAGE_ESCAPE_H_
#define KG_BASE_MESSAGE_ESCAPE_H_

#include <string>
#include <string_view>

namespace kg {

std::string EscapeForMessage(std::string_view message);

}  // namespace kg

#endif  // KG_BASE_MESSAGE_ESCAPE_H_
