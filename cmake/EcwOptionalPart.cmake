# SPDX-License-Identifier: GPL-3.0-or-later
# An optional part of the build (tests, benchmarks) switched by a cache variable that is AUTO, ON or OFF:
# AUTO builds it when its package is found, ON fails the configure without it, OFF leaves it out.
# Sets <variable>_ENABLED in the caller's scope.
macro(ecw_optional_part variable package what debian_packages)
    string(TOUPPER "${${variable}}" _ecw_mode)
    set(${variable}_ENABLED OFF)
    if(_ecw_mode STREQUAL "AUTO")
        find_package(${package} QUIET)
        if(${package}_FOUND)
            set(${variable}_ENABLED ON)
        else()
            message(STATUS "${package} not found: ${what} are not built (install ${debian_packages}, "
                           "or pass -D${variable}=ON to require them)")
        endif()
    elseif(_ecw_mode STREQUAL "ON" OR _ecw_mode STREQUAL "TRUE" OR _ecw_mode STREQUAL "YES" OR _ecw_mode STREQUAL "1")
        find_package(${package} REQUIRED)
        set(${variable}_ENABLED ON)
    elseif(NOT (_ecw_mode STREQUAL "OFF" OR _ecw_mode STREQUAL "FALSE" OR _ecw_mode STREQUAL "NO"
                OR _ecw_mode STREQUAL "0"))
        message(FATAL_ERROR "${variable} must be AUTO, ON or OFF (got '${${variable}}')")
    endif()
    unset(_ecw_mode)
endmacro()
