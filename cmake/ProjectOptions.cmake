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
