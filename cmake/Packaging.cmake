# `cpack -G DEB` in a configured build folder: seminardesk_VERSION_amd64.deb from the install rules
# of dist/linux (scripts/build-deb.sh builds it and runs lintian).
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME seminardesk)
set(CPACK_PACKAGE_VENDOR "The Seminar Desk maintainers")
set(CPACK_PACKAGE_CONTACT "Seminar Desk maintainers <maintainers@users.noreply.r-seed-406c2c5e.example>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "records of capacity-building programmes and their attendance")
# The extended description (CPack puts the summary above it as the synopsis, indents it and marks
# its empty lines as Debian's control file wants); lines of 76 characters at most.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Seminar Desk is a desktop application for the people who run
capacity-building programmes made of seminars, workshops, missions and
study visits. It works offline on one SQLite file per programme, and every
change is saved as it is made.

Programme officers plan activities, register participants and record
attendance per session from paper sign-in sheets; coordinators print
certificates of attendance, participant summaries, participant lists and
sign-in sheets; evaluators export results tables (participations, unique
participants, participant-days, by activity, component, institution,
gender, region and expert country) to CSV, XLSX and JSON, and trace every
number to the persons behind it.

The window speaks English and Mexican Spanish. The seminardesk-cli command
gives the same results and documents from the command line, for scripts.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://seminardesk.org/")
# Shared libraries from dpkg-shlibdeps; the Qt SQL driver is a plugin that Qt loads at run time, which
# shlibdeps cannot see. (libqt6sql6-psql joins it when the server backend lands.)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
# Qt's own dialogs in Spanish, and the Wayland platform plugin (else Qt runs through XWayland).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
include(CPack)
