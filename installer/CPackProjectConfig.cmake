# Read by cpack for each generator (CPACK_PROJECT_CONFIG_FILE): the DEB installs under /usr,
# the archive is relocatable (bin/, lib/, include/, share/ under its top directory).
if(CPACK_GENERATOR STREQUAL "TGZ")
    set(CPACK_PACKAGING_INSTALL_PREFIX "")
    set(CPACK_SET_DESTDIR OFF)
elseif(CPACK_GENERATOR STREQUAL "DEB")
    set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
    # Each package's synopsis is the first line of its own description, not the project's.
    unset(CPACK_PACKAGE_DESCRIPTION_SUMMARY)
endif()
