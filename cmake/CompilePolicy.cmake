# SPDX-License-Identifier: GPL-3.0-or-later
# One INTERFACE target carries the compile policy for every ClickScope target (STYLE.md point 2).
add_library(clickscope_policy INTERFACE)
add_library(ClickScope::policy ALIAS clickscope_policy)

target_compile_features(clickscope_policy INTERFACE cxx_std_20)

target_compile_definitions(clickscope_policy INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_USE_QSTRINGBUILDER
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_KEYWORDS
    QT_NO_URL_CAST_FROM_STRING
    # Everything Qt deprecated up to 6.8 is gone from the headers, so a new use fails to compile on Qt 6.4 too
    # (6.4 reads ..._BEFORE, 6.5+ reads ..._UP_TO).
    QT_DISABLE_DEPRECATED_BEFORE=0x060800
    QT_DISABLE_DEPRECATED_UP_TO=0x060800)

if(MSVC)
    target_compile_options(clickscope_policy INTERFACE /W4 /permissive- /utf-8)
    if(CLICKSCOPE_WARNINGS_AS_ERRORS)
        target_compile_options(clickscope_policy INTERFACE /WX)
    endif()
else()
    target_compile_options(clickscope_policy INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor)
    if(CLICKSCOPE_WARNINGS_AS_ERRORS)
        target_compile_options(clickscope_policy INTERFACE -Werror)
    endif()
endif()

# CLICKSCOPE_MINIMAL_DEBUG_INFO (the release and fuzz presets): backtraces, profiles and sanitizer reports keep
# function, file and line; a debugger sees no local variables (the dev preset has full debug info). GCC spends about a
# third of a RelWithDebInfo compile on -g's variable tracking; -g1 after CMake's -g wins. The .deb is stripped anyway.
if(CLICKSCOPE_MINIMAL_DEBUG_INFO AND CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(clickscope_policy INTERFACE $<$<CONFIG:RelWithDebInfo>:-g1>)
endif()

target_include_directories(clickscope_policy INTERFACE "${CMAKE_BINARY_DIR}/generated")
