# Writes the shell completion scripts of the built mrauth (cmake -P, at build time):
#   cmake -DMRAUTH=<path of mrauth> -DOUTPUT_DIR=<dir> -P generatecompletions.cmake
file(MAKE_DIRECTORY "${OUTPUT_DIR}")
foreach(shell_and_file bash:mrauth.bash zsh:_mrauth fish:mrauth.fish)
    string(REPLACE ":" ";" pair "${shell_and_file}")
    list(GET pair 0 shell)
    list(GET pair 1 name)
    execute_process(COMMAND "${MRAUTH}" completion ${shell}
                    OUTPUT_FILE "${OUTPUT_DIR}/${name}"
                    RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "mrauth completion ${shell} failed: ${result}")
    endif()
endforeach()
