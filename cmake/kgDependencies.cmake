# The one place that finds kg's dependencies, included by the build and by
# the installed kgConfig.cmake (the exported targets name PkgConfig::RE2, so
# a consumer must repeat the same lookup). Versions are Debian 12's.
include_guard(GLOBAL)

find_package(Boost 1.74 CONFIG REQUIRED COMPONENTS graph)
find_package(nlohmann_json 3.11 CONFIG REQUIRED)
find_package(Threads REQUIRED)              # kg extract --threads

find_package(PkgConfig REQUIRED)
# utf8proc (Debian: libutf8proc-dev) has pkg-config only.
if(NOT TARGET PkgConfig::UTF8PROC)
  pkg_check_modules(UTF8PROC REQUIRED IMPORTED_TARGET GLOBAL libutf8proc)
endif()

find_package(re2 CONFIG QUIET)              # newer RE2 ships re2Config.cmake
if(NOT TARGET re2::re2)                     # Debian 12: pkg-config only
  pkg_check_modules(RE2 REQUIRED IMPORTED_TARGET GLOBAL re2)
  add_library(re2::re2 ALIAS PkgConfig::RE2)
endif()
