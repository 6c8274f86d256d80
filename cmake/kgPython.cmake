# Finds what kg's Python module needs: Python's headers and pybind11
# (Debian: python3-dev, pybind11-dev). Sets KG_PYTHON_FOUND and
# Python3_EXECUTABLE; without them the module and its tests are skipped.
if(NOT DEFINED Python3_EXECUTABLE AND EXISTS /usr/bin/python3)
  # Debian's interpreter: the one Debian's pybind11, pytest, pandas,
  # NetworkX and Dask are installed for (a pyenv python3 first on PATH sees
  # none of them).
  set(Python3_EXECUTABLE /usr/bin/python3 CACHE FILEPATH "The Python kg's module is built for")
endif()
find_package(Python3 COMPONENTS Interpreter Development.Module)
set(KG_PYTHON_FOUND OFF)
if(Python3_FOUND)
  find_package(pybind11 CONFIG QUIET)
  if(pybind11_FOUND)
    set(KG_PYTHON_FOUND ON)
  endif()
endif()
if(NOT KG_PYTHON_FOUND)
  message(STATUS "kg: pybind11 or Python's headers not found: the Python module (python/) is not built")
endif()
