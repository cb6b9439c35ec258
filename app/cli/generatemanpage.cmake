# Writes the mrauth(1) manual page with the built mrauth-manpage (cmake -P, at build time):
#   cmake -DGENERATOR=<mrauth-manpage> -DVERSION=<x.y.z> -DDATE=<YYYY-MM-DD> -DOUTPUT=<file>
#         [-DGZIP=<gzip>] -P generatemanpage.cmake
# With GZIP, the page is <file>.gz instead.
get_filename_component(directory "${OUTPUT}" DIRECTORY)
file(MAKE_DIRECTORY "${directory}")
execute_process(COMMAND "${GENERATOR}" "${VERSION}" "${DATE}"
                OUTPUT_FILE "${OUTPUT}"
                RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    file(REMOVE "${OUTPUT}")
    message(FATAL_ERROR "mrauth-manpage failed: ${result}")
endif()
if(GZIP)
    execute_process(COMMAND "${GZIP}" -9nf "${OUTPUT}" RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "gzip ${OUTPUT} failed: ${result}")
    endif()
endif()
