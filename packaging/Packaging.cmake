# Desktop integration and a .deb through CPack. One reverse-DNS app id
# (INVOICEDASH_APP_ID) names the .desktop file, the metainfo, the icons and
# QGuiApplication::desktopFileName (compile definition in CompilerSettings).
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

    # Icons: the SVG as is, plus PNGs rendered from it at build time by a
    # tiny QSvgRenderer tool (Qt6::Svg), so nothing binary is committed.
    set(icon_svg ${PROJECT_SOURCE_DIR}/resources/icons/invoicedash.svg)
    install(FILES ${icon_svg}
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME ${INVOICEDASH_APP_ID}.svg)
    find_package(Qt6 6.4 REQUIRED COMPONENTS Svg)
    add_subdirectory(${CMAKE_CURRENT_LIST_DIR}/iconrender ${PROJECT_BINARY_DIR}/packaging/iconrender)
    set(icon_sizes 16 32 48 64 128 256)
    set(icon_dir ${PROJECT_BINARY_DIR}/packaging/icons)
    set(icon_pngs)
    foreach(size IN LISTS icon_sizes)
        list(APPEND icon_pngs ${icon_dir}/${size}x${size}/apps/${INVOICEDASH_APP_ID}.png)
    endforeach()
    add_custom_command(OUTPUT ${icon_pngs}
        COMMAND invoicedash-iconrender ${icon_svg} ${icon_dir} ${INVOICEDASH_APP_ID} ${icon_sizes}
        DEPENDS invoicedash-iconrender ${icon_svg}
        COMMENT "Rendering the app icon to PNG (${icon_sizes})"
        VERBATIM)
    add_custom_target(invoicedash_icons ALL DEPENDS ${icon_pngs})
    foreach(size IN LISTS icon_sizes)
        install(FILES ${icon_dir}/${size}x${size}/apps/${INVOICEDASH_APP_ID}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
    endforeach()

    # The team server as a system service: shipped, never enabled by the
    # package (see the README). Relative to the prefix: /usr/lib/systemd/system
    # in the .deb, which systemd reads on Debian 12 (merged /usr). The unit is
    # configured at install time, so its paths follow the prefix installed to
    # (CPack's /usr, not the /usr/local of the build tree).
    # Debian keeps a package's documents under its package name.
    set(INVOICEDASH_DOC_DIR ${CMAKE_INSTALL_DATADIR}/doc/invoicedash)
    set(unit_out ${PROJECT_BINARY_DIR}/packaging/install/invoicedash-server.service)
    install(CODE "
        set(INVOICEDASH_SERVER_BIN \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/invoicedash-server\")
        set(INVOICEDASH_FULL_DOC_DIR \"\${CMAKE_INSTALL_PREFIX}/${INVOICEDASH_DOC_DIR}\")
        set(PROJECT_HOMEPAGE_URL \"${PROJECT_HOMEPAGE_URL}\")
        configure_file(\"${CMAKE_CURRENT_LIST_DIR}/invoicedash-server.service.in\"
            \"${unit_out}\" @ONLY)")
    install(FILES ${unit_out} DESTINATION lib/systemd/system)
    install(FILES ${CMAKE_CURRENT_LIST_DIR}/server.env.example
        ${PROJECT_SOURCE_DIR}/docs/settings.example.ini
        DESTINATION ${INVOICEDASH_DOC_DIR}/examples)
endif()

set(CPACK_PACKAGE_NAME invoicedash)
set(CPACK_PACKAGE_VENDOR "InvoiceDash")
set(CPACK_PACKAGE_CONTACT "InvoiceDash developers <dev@invoicedash.example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_STRIP_FILES ON) # RelWithDebInfo builds: no debug info in the .deb
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
# The extended description: dpkg shows it under the summary line (above).
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "InvoiceDash reads invoice images, PDFs and folders with Tesseract OCR,
extracts the invoice number, date, currency, total and line items, stores
everything in a local SQLite database and shows live throughput, latency
and accuracy on an always-on-top overlay.
.
The package also contains invoicedash-server, the team metrics server, with
a systemd unit (invoicedash-server.service) that is installed but not
enabled.")
set(CPACK_DEBIAN_PACKAGE_SECTION graphics)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# Shared libraries come from dpkg-shlibdeps (dpkg-dev). What it cannot see:
# data and plugins loaded at run time. qt6-qpa-plugins holds the xcb platform
# plugin the GUI cannot start without (libqt6gui6 only recommends it).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "tesseract-ocr-eng, tesseract-ocr-osd, libqt6sql6-sqlite, qt6-image-formats-plugins, qt6-qpa-plugins")
# The SVG icon engine (else the app draws its icon itself) and Qt's own
# strings in the interface languages; Wayland is optional.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6svg6, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "qt6-wayland")
include(CPack)
