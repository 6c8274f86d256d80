// The files of kg's HTML page, compiled into the binary (cmake/embed_files.cmake
// writes ViewerFiles() at build time from viewer/ and third_party/), so
// that `kg build -o graph.html` needs no file beside kg and no network.
//
//   std::string_view js = kg::viewer::ViewerFile("viewer/kg_view.js");
//   std::string_view cy = kg::viewer::ViewerFile("third_party/cytoscape/cytoscape.min.js");
//
// The names are the paths under the repository root listed in
// export/CMakeLists.txt (KG_VIEWER_FILES). Only export/html_writer.cc uses it.
#ifndef KG_VIEWER_VIEWER_FILES_H_
#define KG_VIEWER_VIEWER_FILES_H_

#include <string_view>
#include <vector>

namespace kg::viewer {

struct ViewerFileEntry {
  std::string_view path;   ///< under the repository root, '/'-separated
  std::string_view bytes;  ///< the file's contents, for the whole program
};

/// Every embedded file, in KG_VIEWER_FILES order.
const std::vector<ViewerFileEntry>& ViewerFiles();

/// The bytes of the embedded file `name`, or "" when none has that name.
inline std::string_view ViewerFile(std::string_view name) {
  for (const ViewerFileEntry& f : ViewerFiles())
    if (f.path == name) return f.bytes;
  return {};
}

}  // namespace kg::viewer

#endif  // KG_VIEWER_VIEWER_FILES_H_
