# macOS: mrauth-gui becomes MrAuth.app, with our Info.plist and an .icns icon that iconutil
# makes at build time from an .iconset directory of the committed PNGs.
set(mrauth_iconset ${PROJECT_BINARY_DIR}/installer/MrAuth.iconset)
set(mrauth_icns ${PROJECT_BINARY_DIR}/installer/MrAuth.icns)
set(mrauth_hicolor ${PROJECT_SOURCE_DIR}/resources/icons/hicolor)
set(mrauth_iconset_copies)
# iconutil's names: icon_16x16.png, icon_16x16@2x.png (32 px), ..., up to icon_256x256.png.
foreach(pair 16:16 32:16@2x 32:32 64:32@2x 128:128 256:128@2x 256:256)
    string(REPLACE ":" ";" pair "${pair}")
    list(GET pair 0 pixels)
    list(GET pair 1 name)
    list(APPEND mrauth_iconset_copies COMMAND ${CMAKE_COMMAND} -E copy
         ${mrauth_hicolor}/${pixels}x${pixels}/${MRAUTH_APP_ID}.png
         ${mrauth_iconset}/icon_${name}.png)
endforeach()
add_custom_command(OUTPUT ${mrauth_icns}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${mrauth_iconset}
    ${mrauth_iconset_copies}
    COMMAND iconutil --convert icns --output ${mrauth_icns} ${mrauth_iconset}
    DEPENDS ${PROJECT_SOURCE_DIR}/resources/icons/mrauth.svg
    COMMENT "Making MrAuth.icns"
    VERBATIM)
set_source_files_properties(${mrauth_icns} PROPERTIES
    GENERATED ON
    MACOSX_PACKAGE_LOCATION Resources)
target_sources(mrauth-gui PRIVATE ${mrauth_icns})
set_target_properties(mrauth-gui PROPERTIES
    OUTPUT_NAME MrAuth
    MACOSX_BUNDLE_INFO_PLIST ${CMAKE_CURRENT_LIST_DIR}/Info.plist.in
    MACOSX_BUNDLE_GUI_IDENTIFIER ${MRAUTH_APP_ID}
    MACOSX_BUNDLE_BUNDLE_NAME MrAuth
    MACOSX_BUNDLE_EXECUTABLE_NAME MrAuth
    MACOSX_BUNDLE_ICON_FILE MrAuth.icns
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
    MACOSX_BUNDLE_COPYRIGHT "The MrAuth developers")
