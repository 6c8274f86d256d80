# cmake -DMAKE_CORPUS=<binary> -DSHAPES=<shapes> -DEXPECT=<text> -DWORK=<scratch>
#       -P make_corpus_test.cmake
# make_corpus --shapes SHAPES, twice at a tiny size: both runs must write
# the same non-empty bytes (the corpus is a function of seed, size and
# shapes), and the text must contain EXPECT (if given), a phrase only that
# shape's source text has, so that a shape falling back to another fails.
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
foreach(run 1 2)
  execute_process(
    COMMAND ${MAKE_CORPUS} --size 64K --seed 3 --shapes ${SHAPES} --count-sentences
            -o ${WORK}/${run}.txt
    RESULT_VARIABLE rc ERROR_VARIABLE sentences)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "make_corpus --shapes ${SHAPES} failed (${rc}): ${sentences}")
  endif()
  string(STRIP "${sentences}" sentences)
  if(NOT sentences GREATER 100)
    message(FATAL_ERROR "make_corpus --shapes ${SHAPES}: ${sentences} sentences")
  endif()
endforeach()
file(SIZE ${WORK}/1.txt size)
if(size LESS 60000)
  message(FATAL_ERROR "make_corpus --shapes ${SHAPES} wrote ${size} bytes for 64K")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${WORK}/1.txt ${WORK}/2.txt
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "make_corpus --shapes ${SHAPES}: two runs differ")
endif()
if(NOT EXPECT)
  return()
endif()
file(READ ${WORK}/1.txt text)
string(FIND "${text}" "${EXPECT}" at)
if(at EQUAL -1)
  message(FATAL_ERROR "make_corpus --shapes ${SHAPES}: no \"${EXPECT}\" in the output")
endif()
