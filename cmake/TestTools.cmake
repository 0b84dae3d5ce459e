# The programs the tests run: real readers of what Seminar Desk writes (poppler-utils for PDFs,
# openpyxl for workbooks, sqlite3 for programme files), the PostgreSQL server the server tests run
# on, the validators of the installed desktop files, and the display and tracing tools. Each one is
# required: a missing tool stops the configure with the Debian package to install, instead of a test
# skipping quietly on that machine. Their paths land in CMakeCache.txt, so scripts/check-setup.sh
# also checks that setup.sh installs them.

# sd_require_test_tool(VAR PROGRAM PACKAGE [PATHS dir...]): finds PROGRAM into VAR or stops.
function(sd_require_test_tool var program package)
    cmake_parse_arguments(ARG "" "" "PATHS" ${ARGN})
    if(ARG_PATHS)
        find_program(${var} NAMES ${program} PATHS ${ARG_PATHS} NO_DEFAULT_PATH)
    else()
        find_program(${var} NAMES ${program})
    endif()
    if(NOT ${var})
        message(FATAL_ERROR "The tests need ${program}, from the Debian package ${package}, and it is not "
                            "installed. Run scripts/setup.sh (it installs every package the tests use), then "
                            "configure again.")
    endif()
endfunction()

sd_require_test_tool(SD_PDFTOTEXT pdftotext poppler-utils)
sd_require_test_tool(SD_PDFINFO pdfinfo poppler-utils)
sd_require_test_tool(SD_PDFFONTS pdffonts poppler-utils)
sd_require_test_tool(SD_SQLITE3 sqlite3 sqlite3)
sd_require_test_tool(SD_STRACE strace strace)
sd_require_test_tool(SD_XVFB Xvfb xvfb)
# Debian's python3-openpyxl is importable by the system interpreter, which need not be first on PATH.
sd_require_test_tool(SD_PYTHON3 python3 python3 PATHS /usr/bin)
execute_process(COMMAND ${SD_PYTHON3} -c "import openpyxl; print(openpyxl.__file__)"
                RESULT_VARIABLE sd_openpyxl_status OUTPUT_VARIABLE sd_openpyxl_file
                OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
if(sd_openpyxl_status EQUAL 0)
    # Recorded for scripts/check-setup.sh, which checks that setup.sh installs the package owning it.
    set(SD_OPENPYXL ${sd_openpyxl_file} CACHE FILEPATH "The openpyxl module the tests read workbooks with" FORCE)
else()
    message(FATAL_ERROR "The tests read workbooks back with openpyxl, and ${SD_PYTHON3} cannot import it. "
                        "Install the Debian package python3-openpyxl (scripts/setup.sh does), then configure "
                        "again.")
endif()

# The PostgreSQL 15 server the tests start for themselves (tests/server/pg-test-server.sh): Debian
# keeps its programs out of PATH, in one folder per major version.
set(SD_PG_BIN_DIR /usr/lib/postgresql/15/bin)
sd_require_test_tool(SD_PG_INITDB initdb postgresql-15 PATHS ${SD_PG_BIN_DIR})
sd_require_test_tool(SD_PG_CTL pg_ctl postgresql-15 PATHS ${SD_PG_BIN_DIR})
sd_require_test_tool(SD_PG_POSTGRES postgres postgresql-15 PATHS ${SD_PG_BIN_DIR})
sd_require_test_tool(SD_PG_PSQL psql postgresql-client-15 PATHS ${SD_PG_BIN_DIR})

if(SEMINARDESK_GUI)
    # tests/packaging: the installed desktop entry, metainfo and file type, checked by their validators
    sd_require_test_tool(SD_DESKTOP_FILE_VALIDATE desktop-file-validate desktop-file-utils)
    sd_require_test_tool(SD_APPSTREAMCLI appstreamcli appstream)
    sd_require_test_tool(SD_UPDATE_MIME_DATABASE update-mime-database shared-mime-info)
    sd_require_test_tool(SD_GIO gio libglib2.0-bin)
endif()
