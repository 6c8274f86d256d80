# cmake -DKG_BUILD=<build dir> -DSRC=<this folder> -DWORK=<scratch> -P run.cmake
file(REMOVE_RECURSE "${WORK}")
foreach(step
    "--install;${KG_BUILD};--prefix;${WORK}/prefix"
    "-S;${SRC};-B;${WORK}/build;-G;Ninja;-DCMAKE_PREFIX_PATH=${WORK}/prefix"
    "--build;${WORK}/build")
  execute_process(COMMAND ${CMAKE_COMMAND} ${step} RESULT_VARIABLE rc OUTPUT_QUIET)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cmake ${step} failed (${rc})")
  endif()
endforeach()
execute_process(COMMAND ${WORK}/build/kg_consumer RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "kg_consumer failed (${rc})")
endif()
