# Precompiled headers: the heavy headers that almost every source includes and that never change
# (the standard library, Qt, spdlog, GoogleTest) are parsed once per build instead of once per source.
# Three sets, each compiled once by the target named below and reused (REUSE_FROM) by the targets whose
# compile flags match it (every target links seminardesk_options, so the warnings, the sanitizers and
# the debug level are the same everywhere; GCC rejects a header compiled under other flags, and
# -Winvalid-pch, which CMake adds, makes that a warning and, under -Werror, an error):
#   core          seminardesk_core       std, Qt Core, Gui and Sql, spdlog; never Qt Widgets, so a
#                                        widget include in core still fails the build without the GUI
#   tests         sd_test_main           core + GoogleTest, for sd_add_test's executables
#   widgets       seminardesk_gui        core + the Qt Widgets headers most pages and dialogs include;
#                                        the widget tests reuse it too. Not GoogleTest nor Qt Test:
#                                        Qt6::Test defines QT_TESTCASE_BUILDDIR and _SOURCEDIR as each
#                                        target's own folders, and GCC rejects a header compiled under
#                                        other values, so a set compiled with Qt Test would serve one
#                                        test folder only
# A header in a set is included in every source of the targets that use it, so a source that forgets
# an include still compiles here: -DCMAKE_DISABLE_PRECOMPILE_HEADERS=ON builds without them to check.
# ccache caches such compilations only with the sloppiness set in ProjectOptions.cmake.

set(SD_PCH_CORE_HEADERS
    <algorithm> <array> <functional> <memory> <optional> <string> <tuple> <utility> <vector>
    <QByteArray> <QCoreApplication> <QDate> <QDateTime> <QDir> <QElapsedTimer> <QFile> <QFileInfo>
    <QHash> <QList> <QLocale> <QObject> <QRegularExpression> <QSet> <QString> <QStringList> <QVariant>
    <QSqlDatabase> <QSqlError> <QSqlQuery>
    <spdlog/spdlog.h>)

set(SD_PCH_TESTS_HEADERS ${SD_PCH_CORE_HEADERS}
    <QJsonArray> <QJsonDocument> <QJsonObject> <QProcess> <QTemporaryDir> <QUndoStack>
    <gtest/gtest.h>)

set(SD_PCH_WIDGETS_HEADERS ${SD_PCH_CORE_HEADERS}
    <QAbstractTableModel> <QAction> <QApplication> <QComboBox> <QDialog> <QDialogButtonBox>
    <QHBoxLayout> <QHeaderView> <QLabel> <QLineEdit> <QMenu> <QPointer> <QPushButton> <QTableView>
    <QTimer> <QUndoStack> <QVBoxLayout> <QWidget>)

# sd_precompile_headers(TARGET SET): TARGET compiles the named set (core, tests, widgets).
function(sd_precompile_headers target set)
    string(TOUPPER "${set}" set)
    if(NOT DEFINED SD_PCH_${set}_HEADERS)
        message(FATAL_ERROR "sd_precompile_headers: no header set '${set}'")
    endif()
    target_precompile_headers(${target} PRIVATE ${SD_PCH_${set}_HEADERS})
endfunction()

# sd_reuse_precompiled_headers(TARGET FROM): TARGET's sources use the set that FROM compiled.
function(sd_reuse_precompiled_headers target from)
    target_precompile_headers(${target} REUSE_FROM ${from})
endfunction()
