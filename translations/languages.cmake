# The languages MrAuth ships. English holds only the plural forms of the English texts.
# scripts/translations.sh updates the .ts files from the sources and checks them (CI runs it).
set(MRAUTH_LANGUAGES en de es fr ja zh_CN)
set(MRAUTH_TS_FILES)
foreach(language IN LISTS MRAUTH_LANGUAGES)
    list(APPEND MRAUTH_TS_FILES ${CMAKE_CURRENT_LIST_DIR}/mrauth_${language}.ts)
endforeach()
