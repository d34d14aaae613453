# SPDX-License-Identifier: GPL-3.0-or-later
# ctest check of a model-only build (cmake -DCACHE=... -DBINARIES=a|b -P EcwCheckNoQt.cmake): its cache
# holds no Qt package variable and none of the built programs loads a Qt library, directly or through
# another library.
if(NOT EXISTS "${CACHE}")
    message(FATAL_ERROR "no CMakeCache.txt at '${CACHE}'")
endif()
file(STRINGS "${CACHE}" qtEntries REGEX "^(Qt[0-9][A-Za-z0-9]*_DIR|QT_[A-Z_]+|QCustomPlot[A-Za-z0-9]*_DIR):")
if(qtEntries)
    message(FATAL_ERROR "the model-only build searched for Qt: ${qtEntries}")
endif()
string(REPLACE "|" ";" BINARIES "${BINARIES}")
foreach(binary IN LISTS BINARIES)
    if(NOT EXISTS "${binary}")
        message(FATAL_ERROR "missing program '${binary}'")
    endif()
    file(GET_RUNTIME_DEPENDENCIES EXECUTABLES "${binary}"
         RESOLVED_DEPENDENCIES_VAR resolved UNRESOLVED_DEPENDENCIES_VAR unresolved)
    foreach(library IN LISTS resolved unresolved)
        if(library MATCHES "libQt[0-9]|qcustomplot")
            message(FATAL_ERROR "${binary} loads ${library} in the model-only build")
        endif()
    endforeach()
    list(LENGTH resolved count)
    message(STATUS "${binary}: ${count} libraries, no Qt")
endforeach()
