# Installs the kg executable, the libraries with their public headers (under
# include/kg/, so that "extract/extractor.h" still resolves) and a package
# config, so that another CMake project can:
#   find_package(kg CONFIG REQUIRED)
#   target_link_libraries(app PRIVATE kg::extract)
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

install(TARGETS kg RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(TARGETS kg_base kg_rules kg_extract kg_graph kg_export kg_pipeline kg_options
        EXPORT kgTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
        LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR})
foreach(dir base export extract graph pipeline rules)
  install(DIRECTORY ${PROJECT_SOURCE_DIR}/${dir}/ DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/kg/${dir}
          FILES_MATCHING PATTERN "*.h" PATTERN "internal" EXCLUDE)
endforeach()
install(EXPORT kgTargets NAMESPACE kg:: DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/kg)
install(FILES ${PROJECT_SOURCE_DIR}/cmake/kgDependencies.cmake
        DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/kg)
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/kgConfig.cmake.in
  ${PROJECT_BINARY_DIR}/kgConfig.cmake INSTALL_DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/kg)
write_basic_package_version_file(${PROJECT_BINARY_DIR}/kgConfigVersion.cmake
  COMPATIBILITY SameMajorVersion)
install(FILES ${PROJECT_BINARY_DIR}/kgConfig.cmake ${PROJECT_BINARY_DIR}/kgConfigVersion.cmake
        DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/kg)
