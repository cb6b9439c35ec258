# Runs one benchmark program in its quick mode: it must exit 0 and its last line of stdout must
# be a JSON object naming the benchmark. Usage: cmake -DPROGRAM=… -DARGUMENTS=a|b|c -P smoke.cmake
string(REPLACE "|" ";" arguments "${ARGUMENTS}")
execute_process(COMMAND ${PROGRAM} ${arguments}
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE errors)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "${PROGRAM} exited with ${result}\n${output}\n${errors}")
endif()
string(STRIP "${output}" output)
string(REGEX MATCH "[^\n]*$" last "${output}")
string(JSON kind ERROR_VARIABLE json_error TYPE "${last}")
if(json_error OR NOT kind STREQUAL "OBJECT")
    message(FATAL_ERROR "the last line is not a JSON object: ${last}\n${json_error}")
endif()
string(JSON benchmark ERROR_VARIABLE json_error GET "${last}" benchmark)
if(json_error)
    message(FATAL_ERROR "the JSON line names no benchmark: ${last}")
endif()
message(STATUS "${benchmark}: ran, JSON line valid")
