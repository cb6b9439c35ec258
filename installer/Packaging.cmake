# CPack: how MrAuth is packaged. Included at the end of the top-level CMakeLists.txt.
#
# Install components (every install() rule names one; nothing else is packaged):
#   runtime      the programs mrauth, mrauth-gui and mrauth-sts-emulator, their manual pages,
#                the shell completions, the desktop file, the metainfo and the icons
#   library      the shared library libmrauth.so.<SOVERSION>
#   development  the headers, the CMake package, the pkg-config file and libmrauth.so
#
# Linux: DEB packages mrauth, libmrauth<SOVERSION> and libmrauth-dev, plus one .tar.gz of all
# three. Windows: an NSIS installer and a ZIP, with windeployqt run at install time. macOS: a
# DragNDrop disk image of the app bundle, with macdeployqt. installer/README.md says how to
# build each.

set(MRAUTH_SOVERSION ${PROJECT_VERSION_MAJOR})

set(CPACK_PACKAGE_NAME mrauth)
set(CPACK_PACKAGE_VENDOR "The MrAuth developers")
set(MRAUTH_PACKAGE_MAINTAINER "MrAuth developers <mrauth@users.noreply.github.com>" CACHE STRING
    "The Maintainer of the Debian packages (name <email>)")
set(CPACK_PACKAGE_CONTACT ${MRAUTH_PACKAGE_MAINTAINER})
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
# CPACK_PACKAGE_DESCRIPTION_SUMMARY is the project's description; each Debian package's synopsis
# is the first line of its own description below (CPackProjectConfig.cmake).
set(CPACK_PACKAGE_HOMEPAGE_URL ${PROJECT_HOMEPAGE_URL})
set(CPACK_PACKAGE_INSTALL_DIRECTORY MrAuth)
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_STRIP_FILES ON)
# Only what the three components hold: never a test, benchmark, sample or the screenshot tool,
# which have no install rules, nor anything installed without a component by mistake.
set(CPACK_COMPONENTS_ALL runtime library development)
set(CPACK_COMPONENT_RUNTIME_DISPLAY_NAME "MrAuth programs")
set(CPACK_COMPONENT_RUNTIME_DEPENDS library)
set(CPACK_COMPONENT_LIBRARY_DISPLAY_NAME "libmrauth shared library")
set(CPACK_COMPONENT_LIBRARY_REQUIRED ON)
set(CPACK_COMPONENT_DEVELOPMENT_DISPLAY_NAME "libmrauth development files")
set(CPACK_COMPONENT_DEVELOPMENT_DEPENDS library)
set(CPACK_COMPONENT_DEVELOPMENT_DISABLED ON)
set(CPACK_SOURCE_IGNORE_FILES "/build/;/\\\\.git/")

if(UNIX AND NOT APPLE)
    set(CPACK_GENERATOR DEB TGZ)

    # DEB: one package per component, named the Debian way.
    set(CPACK_DEB_COMPONENT_INSTALL ON)
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_VERSION ${PROJECT_VERSION})
    set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
    # Depends computed by dpkg-shlibdeps; our own library is found in the build tree.
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS_PRIVATE_DIRS ${PROJECT_BINARY_DIR}/libmrauth)
    # A shlibs file for libmrauth1, and ldconfig through a trigger.
    set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS ON)
    set(CPACK_DEBIAN_LIBRARY_PACKAGE_CONTROL_EXTRA ${CMAKE_CURRENT_LIST_DIR}/debian/triggers)
    set(mrauth_deb_version ${CPACK_DEBIAN_PACKAGE_VERSION})

    # Each package carries the licence as Debian's copyright file.
    foreach(component_package IN ITEMS runtime:mrauth library:libmrauth${MRAUTH_SOVERSION}
                                       development:libmrauth-dev)
        string(REPLACE ":" ";" component_package ${component_package})
        list(GET component_package 0 component)
        list(GET component_package 1 package)
        install(FILES ${PROJECT_SOURCE_DIR}/LICENSE
            DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/${package} RENAME copyright
            COMPONENT ${component})
    endforeach()

    set(CPACK_DEBIAN_RUNTIME_PACKAGE_NAME mrauth)
    set(CPACK_DEBIAN_RUNTIME_PACKAGE_SECTION utils)
    # What no ELF file links but the app loads at run time: the SVG icon engine and image
    # plugins, the platform plugins (xcb, wayland, offscreen), and libsecret for QtKeychain.
    set(CPACK_DEBIAN_RUNTIME_PACKAGE_DEPENDS
        "libmrauth${MRAUTH_SOVERSION} (= ${mrauth_deb_version}), libqt6svg6, qt6-qpa-plugins, libsecret-1-0")
    set(CPACK_DEBIAN_RUNTIME_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager")
    set(CPACK_DEBIAN_RUNTIME_DESCRIPTION
        "Mixed Reality access tokens: desktop app, command-line tool and STS emulator
MrAuth keeps Azure Mixed Reality accounts (Spatial Anchors, Remote Rendering,
Object Anchors) with their keys in the system keychain and gets their access
tokens from the Mixed Reality security token service.

This package holds the desktop app (mrauth-gui), the command-line tool
(mrauth) with its bash, zsh and fish completions, and a local STS and Azure AD
emulator for tests and demos (mrauth-sts-emulator).")

    set(CPACK_DEBIAN_LIBRARY_PACKAGE_NAME libmrauth${MRAUTH_SOVERSION})
    set(CPACK_DEBIAN_LIBRARY_PACKAGE_SECTION libs)
    set(CPACK_DEBIAN_LIBRARY_DESCRIPTION
        "Mixed Reality STS client library for Qt
libmrauth gets access tokens for Azure Mixed Reality services from the Mixed
Reality security token service, with account keys or Azure AD credentials,
typed errors, retries and token caching.

This package holds the shared library.")

    set(CPACK_DEBIAN_DEVELOPMENT_PACKAGE_NAME libmrauth-dev)
    set(CPACK_DEBIAN_DEVELOPMENT_PACKAGE_SECTION libdevel)
    set(CPACK_DEBIAN_DEVELOPMENT_PACKAGE_DEPENDS
        "libmrauth${MRAUTH_SOVERSION} (= ${mrauth_deb_version}), qt6-base-dev")
    set(CPACK_DEBIAN_DEVELOPMENT_DESCRIPTION
        "Mixed Reality STS client library for Qt (development files)
libmrauth gets access tokens for Azure Mixed Reality services from the Mixed
Reality security token service, with account keys or Azure AD credentials,
typed errors, retries and token caching.

This package holds the headers, the CMake package (find_package(MrAuth)) and
the pkg-config file.")

    # TGZ: one archive of the three components, to unpack into a prefix such as /usr/local.
    set(CPACK_ARCHIVE_COMPONENT_INSTALL OFF)
    # The DEB is installed under /usr; the archive holds bin/, lib/, share/ and include/.
    set(CPACK_PROJECT_CONFIG_FILE ${CMAKE_CURRENT_LIST_DIR}/CPackProjectConfig.cmake)
elseif(WIN32)
    set(CPACK_GENERATOR NSIS ZIP)
    set(CPACK_NSIS_PACKAGE_NAME MrAuth)
    set(CPACK_NSIS_DISPLAY_NAME MrAuth)
    set(CPACK_NSIS_URL_INFO_ABOUT ${PROJECT_HOMEPAGE_URL})
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    # Puts bin\ on PATH (asked during installation) so that mrauth works in a terminal.
    set(CPACK_NSIS_MODIFY_PATH ON)
    set(CPACK_NSIS_INSTALLED_ICON_NAME bin\\\\mrauth-gui.exe)
    set(CPACK_PACKAGE_EXECUTABLES mrauth-gui MrAuth)
    set(CPACK_CREATE_DESKTOP_LINKS mrauth-gui)
    set(CPACK_ARCHIVE_COMPONENT_INSTALL OFF)
    # windeployqt copies only Qt: QtKeychain's and OpenSSL's DLLs are named here.
    set(MRAUTH_WINDOWS_EXTRA_DLLS "" CACHE STRING
        "Non-Qt DLLs to install next to the programs (qt6keychain.dll, OpenSSL's libcrypto and libssl)")
    if(MRAUTH_WINDOWS_EXTRA_DLLS)
        install(FILES ${MRAUTH_WINDOWS_EXTRA_DLLS}
            DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT runtime)
    endif()
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
    set(CPACK_DMG_VOLUME_NAME MrAuth)
    set(CPACK_DMG_FORMAT UDZO)
    # The disk image holds the app bundle (with Qt and libmrauth inside, from macdeployqt).
    set(CPACK_COMPONENTS_ALL runtime)
    set(CPACK_COMPONENTS_GROUPING ALL_COMPONENTS_IN_ONE)
endif()

# Windows and macOS ship Qt with the app: windeployqt and macdeployqt at install time.
if((WIN32 OR APPLE) AND TARGET mrauth-gui)
    if(APPLE)
        include(${CMAKE_CURRENT_LIST_DIR}/macos/Bundle.cmake)
    endif()
    foreach(program mrauth-gui mrauth mrauth-sts-emulator)
        if(TARGET ${program})
            qt_generate_deploy_app_script(TARGET ${program}
                FILENAME_VARIABLE deploy_script
                NO_UNSUPPORTED_PLATFORM_ERROR)
            install(SCRIPT ${deploy_script} COMPONENT runtime)
        endif()
        if(APPLE)
            # On macOS only the bundle is shipped.
            break()
        endif()
    endforeach()
endif()

include(CPack)
