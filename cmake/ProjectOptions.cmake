# One INTERFACE target carries the project's compiler strictness; every target links it.
add_library(seminardesk_options INTERFACE)
target_compile_options(seminardesk_options INTERFACE
    $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor>
    $<$<AND:$<BOOL:${SEMINARDESK_WERROR}>,$<CXX_COMPILER_ID:GNU,Clang>>:-Werror>)
target_compile_definitions(seminardesk_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    SEMINARDESK_VERSION="${PROJECT_VERSION}")

# SEMINARDESK_SANITIZE=ON builds everything with AddressSanitizer and UndefinedBehaviorSanitizer;
# scripts/run-tests.sh turns it on for its build with the GUI, so the whole test suite runs under
# them (docs/reliability.md). An undefined behaviour stops the program (-fno-sanitize-recover), so a
# finding fails its test rather than printing a line nobody reads.
option(SEMINARDESK_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(SEMINARDESK_SANITIZE)
    # -O1 -g1 (line tables, enough for the reports' stacks) after the build type's -O2 -g: the
    # sanitizers' advice, and about a third less compile time on the 2-core CI machine.
    target_compile_options(seminardesk_options INTERFACE
        -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer -O1 -g1)
    target_link_options(seminardesk_options INTERFACE -fsanitize=address,undefined)
endif()

# Links with lld (Debian: lld, installed by scripts/setup.sh) when it is there: the test programs
# each link the whole core with its debug information, and lld does that several times faster than
# GNU ld (docs/performance.md, "Building and testing"). -DSEMINARDESK_LLD=OFF links with GNU ld.
option(SEMINARDESK_LLD "Link with lld when it is installed" ON)
if(SEMINARDESK_LLD)
    find_program(SD_LLD_PROGRAM ld.lld)
    if(SD_LLD_PROGRAM)
        target_link_options(seminardesk_options INTERFACE -fuse-ld=lld)
    endif()
endif()

# ccache (CMAKE_CXX_COMPILER_LAUNCHER=ccache) hashes a source together with the precompiled header it
# uses (cmake/PrecompiledHeaders.cmake) only under this sloppiness; without it, every such compile
# is a cache miss. The launcher sets it for ccache alone, whatever ccache.conf says, also when the
# build runs without scripts/build.sh (cmake --build DIR).
foreach(lang C CXX)
    if(CMAKE_${lang}_COMPILER_LAUNCHER MATCHES "(^|/)ccache$")
        set(CMAKE_${lang}_COMPILER_LAUNCHER ${CMAKE_COMMAND} -E env
            CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime
            ${CMAKE_${lang}_COMPILER_LAUNCHER})
    endif()
endforeach()
include(PrecompiledHeaders)
