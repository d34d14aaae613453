# SPDX-License-Identifier: GPL-3.0-or-later
# Makes the model-only promise mechanical: with ECW_MODEL_ONLY nothing may even search for Qt.
# Included from tests/ and tests/fuzz/; the configure fails if a find_package(Qt...) ran anywhere.
function(ecw_assert_qt_never_searched)
    if(NOT ECW_MODEL_ONLY)
        return()
    endif()
    set(found "")
    get_cmake_property(cached CACHE_VARIABLES)
    foreach(variable IN LISTS cached)
        # Qt6_DIR, Qt6Core_DIR, QT_ADDITIONAL_PACKAGES_PREFIX_PATH, ...: left by find_package(Qt6).
        if(variable MATCHES "^(Qt[0-9]|QT_|QCustomPlot)")
            list(APPEND found "${variable}")
        endif()
    endforeach()
    foreach(target Qt6::Core Qt::Core Qt6::Widgets)
        if(TARGET ${target})
            list(APPEND found "target ${target}")
        endif()
    endforeach()
    if(Qt6_FOUND OR Qt6Core_FOUND)
        list(APPEND found "Qt6_FOUND")
    endif()
    if(found)
        message(FATAL_ERROR "ECW_MODEL_ONLY=ON but Qt was searched for (${found}); the model, formats and "
                            "CLI must build without Qt: move the find_package(Qt6) behind if(NOT ECW_MODEL_ONLY).")
    endif()
endfunction()
