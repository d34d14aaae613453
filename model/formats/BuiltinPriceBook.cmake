# SPDX-License-Identifier: GPL-3.0-or-later
# Build-time script: turns the committed price book into a C++ byte array, so Qt-free code (the CLI) has
# the book without a file at run time. Run as
#   cmake -DINPUT=engram-pricebook.json -DTEMPLATE=BuiltinPriceBookData.cpp.in -DOUTPUT=out.cpp -P BuiltinPriceBook.cmake
# A byte array rather than a raw string literal: the book is longer than the 65,536 characters a string
# literal is guaranteed (-Woverlength-strings), and no delimiter choice can collide with its text.
foreach(var INPUT TEMPLATE OUTPUT)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "BuiltinPriceBook.cmake needs -D${var}=...")
    endif()
endforeach()

file(READ "${INPUT}" ECW_HEX HEX)
string(LENGTH "${ECW_HEX}" ECW_HEX_LENGTH)
math(EXPR ECW_PRICEBOOK_SIZE "${ECW_HEX_LENGTH} / 2")
if(ECW_PRICEBOOK_SIZE EQUAL 0)
    message(FATAL_ERROR "${INPUT} is empty")
endif()
# 24 bytes per line, then every byte as 0xNN.
string(REPEAT "[0-9a-f]" 48 ECW_LINE)
string(REGEX REPLACE "(${ECW_LINE})" "\\1\n    " ECW_HEX "${ECW_HEX}")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," ECW_PRICEBOOK_BYTES "${ECW_HEX}")
get_filename_component(ECW_PRICEBOOK_SOURCE "${INPUT}" NAME)
configure_file("${TEMPLATE}" "${OUTPUT}" @ONLY)
# configure_file leaves an unchanged file alone; touch it so the build sees the command as done.
file(TOUCH_NOCREATE "${OUTPUT}")
