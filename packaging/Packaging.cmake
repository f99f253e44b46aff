# Desktop integration and a .deb through CPack. One reverse-DNS app id
# (INVOICEDASH_APP_ID) names the .desktop file, the metainfo and the icon.
include(GNUInstallDirs)

if(UNIX AND NOT APPLE)
    configure_file(${CMAKE_CURRENT_LIST_DIR}/invoicedash.desktop.in
        ${PROJECT_BINARY_DIR}/packaging/${INVOICEDASH_APP_ID}.desktop @ONLY)
    configure_file(${CMAKE_CURRENT_LIST_DIR}/invoicedash.metainfo.xml.in
        ${PROJECT_BINARY_DIR}/packaging/${INVOICEDASH_APP_ID}.metainfo.xml @ONLY)
    install(FILES ${PROJECT_BINARY_DIR}/packaging/${INVOICEDASH_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${PROJECT_BINARY_DIR}/packaging/${INVOICEDASH_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/invoicedash.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME ${INVOICEDASH_APP_ID}.svg)
endif()

set(CPACK_PACKAGE_NAME invoicedash)
set(CPACK_PACKAGE_VENDOR "InvoiceDash")
set(CPACK_PACKAGE_CONTACT "InvoiceDash developers <dev@invoicedash.example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "tesseract-ocr-eng, tesseract-ocr-osd, libqt6sql6-sqlite, qt6-image-formats-plugins")
set(CPACK_DEBIAN_PACKAGE_SECTION graphics)
include(CPack)
