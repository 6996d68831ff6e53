# SPDX-License-Identifier: GPL-3.0-or-later
# Precompiled headers (CLICKSCOPE_PCH): most of a translation unit's parse time is the same Qt and standard headers,
# so two precompiled headers are built once per build and every library, executable, test and benchmark reuses one
# of them: "qt" (the standard library, QtCore, QtNetwork) and "widgets" (the same and QtWidgets).
#
# A reused PCH is only valid where the macros its headers test are defined the same way as in the target that built
# it. So the hosts link the fewest libraries (their QT_<MODULE>_LIB macros are a subset of every user's), and the
# headers are ones that test no QT_<MODULE>_LIB macro: not QtTest (QTEST_MAIN depends on QT_WIDGETS_LIB), QtSql's
# delegates or QtHttpServer. GCC refuses an invalid PCH with -Winvalid-pch, which CMake adds and -Werror makes fatal.
#
# The headers are included first in every translation unit, so a missing #include of one of them goes unnoticed with
# PCH on: CI builds the Debian 13 leg with CLICKSCOPE_PCH=OFF (.ci/run), which catches it.
set(CLICKSCOPE_PCH_QT_HEADERS
    <algorithm> <cstdint> <functional> <memory> <optional> <string> <utility> <vector>
    <QByteArray> <QCoreApplication> <QDateTime> <QDir> <QElapsedTimer> <QFile> <QFileInfo> <QHash> <QJsonArray>
    <QJsonDocument> <QJsonObject> <QList> <QLocale> <QObject> <QPointer> <QSet> <QSettings> <QString>
    <QTemporaryDir> <QTimeZone> <QTimer> <QUrl> <QUrlQuery>
    <QNetworkAccessManager> <QNetworkReply> <QNetworkRequest>)
set(CLICKSCOPE_PCH_WIDGETS_HEADERS
    ${CLICKSCOPE_PCH_QT_HEADERS}
    <QApplication> <QComboBox> <QDialog> <QDialogButtonBox> <QHBoxLayout> <QHeaderView> <QLabel> <QLineEdit>
    <QMessageBox> <QPushButton> <QTableView> <QVBoxLayout> <QWidget>)

# clickscope_precompile_headers(TARGET qt|widgets): TARGET reuses that precompiled header (its host is made on first
# use, so a build that uses none, such as the fuzz preset's, builds none). Does nothing with CLICKSCOPE_PCH off.
function(clickscope_precompile_headers target kind)
    if(NOT CLICKSCOPE_PCH)
        return()
    endif()
    set(host clickscope_pch_${kind})
    if(NOT TARGET ${host})
        if(kind STREQUAL "qt")
            set(libs Qt6::Core Qt6::Network)
        elseif(kind STREQUAL "widgets")
            set(libs Qt6::Core Qt6::Network Qt6::Widgets)
        else()
            message(FATAL_ERROR "clickscope_precompile_headers: unknown kind '${kind}' (qt or widgets)")
        endif()
        string(TOUPPER "${kind}" upper)
        add_library(${host} OBJECT "${PROJECT_SOURCE_DIR}/cmake/pchhost.cpp")
        set_target_properties(${host} PROPERTIES AUTOMOC OFF AUTOUIC OFF AUTORCC OFF)
        target_link_libraries(${host} PRIVATE ${libs} clickscope_policy)
        target_precompile_headers(${host} PRIVATE ${CLICKSCOPE_PCH_${upper}_HEADERS})
    endif()
    target_precompile_headers(${target} REUSE_FROM ${host})
    # An executable's .cpp includes its own moc output, so AUTOMOC's mocs_compilation file is empty: loading the
    # precompiled header (about a second) would be all its compile time.
    get_target_property(type ${target} TYPE)
    if(type STREQUAL "EXECUTABLE")
        get_target_property(dir ${target} BINARY_DIR)
        set(mocs "${dir}/${target}_autogen/mocs_compilation.cpp")
        foreach(config IN LISTS CMAKE_CONFIGURATION_TYPES)
            list(APPEND mocs "${dir}/${target}_autogen/mocs_compilation_${config}.cpp")
        endforeach()
        set_source_files_properties(${mocs} TARGET_DIRECTORY ${target} PROPERTIES SKIP_PRECOMPILE_HEADERS ON)
    endif()
endfunction()
