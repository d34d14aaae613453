# SPDX-License-Identifier: GPL-3.0-or-later
# The run-time options of the sanitizer builds, in one place, as ENVIRONMENT_MODIFICATION entries. They are
# prepended ("NAME=string_prepend:VALUE:"): a sanitizer takes the last of repeated options, so a test's own
# ENVIRONMENT (ASAN_OPTIONS=detect_leaks=0 for a program that leaks on purpose) and the caller's environment
# still win over these defaults. ASan+UBSan: leaks reported (with tests/lsan.supp for the system libraries' own),
# the first UBSan report fails the test with a stack trace. TSan: the first race fails the test, with
# tests/tsan.supp for races inside Qt's own uninstrumented code.
function(ecw_sanitizer_environment out)
    set(env "")
    if(ECW_ENABLE_ASAN)
        list(APPEND env
            "ASAN_OPTIONS=string_prepend:detect_leaks=1:strict_string_checks=1:check_initialization_order=1:"
            "LSAN_OPTIONS=string_prepend:suppressions=${PROJECT_SOURCE_DIR}/tests/lsan.supp:print_suppressions=0:"
            "UBSAN_OPTIONS=string_prepend:halt_on_error=1:print_stacktrace=1:")
    endif()
    if(ECW_ENABLE_TSAN)
        list(APPEND env
            "TSAN_OPTIONS=string_prepend:halt_on_error=1:second_deadlock_stack=1:history_size=4:suppressions=${PROJECT_SOURCE_DIR}/tests/tsan.supp:")
    endif()
    set(${out} "${env}" PARENT_SCOPE)
endfunction()
