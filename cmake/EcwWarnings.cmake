# SPDX-License-Identifier: GPL-3.0-or-later
# Warnings and strict Qt defines for the project's own targets (not for third-party code).
function(ecw_target_defaults target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic $<$<CXX_COMPILER_ID:GNU>:-Wno-restrict>)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_NO_URL_CAST_FROM_STRING)
endfunction()
