# SPDX-License-Identifier: GPL-3.0-or-later
# Desktop integration files and installers: DEB on Linux, NSIS on Windows, DragNDrop on macOS.
set(CLICKSCOPE_APP_ID "org.clickscope.ClickScope")

if(UNIX AND NOT APPLE)
    install(FILES packaging/linux/${CLICKSCOPE_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES packaging/linux/${CLICKSCOPE_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    foreach(size 16 22 24 32 48 64 128 256 512)
        install(FILES resources/icons/clickscope-${size}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps RENAME ${CLICKSCOPE_APP_ID}.png)
    endforeach()
    install(FILES resources/icons/clickscope.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${CLICKSCOPE_APP_ID}.svg)
endif()
install(FILES LICENSE DESTINATION ${CMAKE_INSTALL_DOCDIR})

set(CPACK_PACKAGE_NAME "clickscope")
set(CPACK_PACKAGE_VENDOR "The ClickScope developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_CONTACT "ClickScope developers <dev@clickscope.invalid>")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "ClickScope")
set(CPACK_PACKAGE_EXECUTABLES "clickscope" "ClickScope")
set(CPACK_STRIP_FILES ON)

# Debian: shared-library dependencies found by dpkg-shlibdeps, plus what is loaded at run time rather than linked:
# the Qt platform plugins, the SQLite driver plugin of the cache, and the Secret Service client library that
# QtKeychain dlopens.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsecret-1-0, qt6-qpa-plugins, libqt6sql6-sqlite")
# Qt's own catalogs (standard buttons, file dialogs) for the German, French and Spanish UI.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)

# Windows: NSIS with Start menu and desktop shortcuts and an uninstaller.
set(CPACK_NSIS_MUI_ICON "${PROJECT_SOURCE_DIR}/resources/icons/clickscope.ico")
set(CPACK_NSIS_MUI_UNIICON "${PROJECT_SOURCE_DIR}/resources/icons/clickscope.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\clickscope.exe")
set(CPACK_NSIS_DISPLAY_NAME "ClickScope")
set(CPACK_NSIS_PACKAGE_NAME "ClickScope ${PROJECT_VERSION}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_CREATE_ICONS_EXTRA "CreateShortCut '$DESKTOP\\\\ClickScope.lnk' '$INSTDIR\\\\bin\\\\clickscope.exe'")
set(CPACK_NSIS_DELETE_ICONS_EXTRA "Delete '$DESKTOP\\\\ClickScope.lnk'")

# macOS: the app bundle in a disk image to drag into Applications.
set(CPACK_DMG_VOLUME_NAME "ClickScope")

if(WIN32)
    set(CPACK_GENERATOR "NSIS;ZIP")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
else()
    set(CPACK_GENERATOR "DEB;TGZ")
    set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
endif()
include(CPack)
