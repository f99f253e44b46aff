# One interface target carries the language standard, warnings and Qt safety
# defines. Every target in the project links it; nothing sets flags globally.
add_library(invoicedash_settings INTERFACE)
add_library(InvoiceDash::Settings ALIAS invoicedash_settings)

target_compile_features(invoicedash_settings INTERFACE cxx_std_20)

target_compile_definitions(invoicedash_settings INTERFACE
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    INVOICEDASH_VERSION="${PROJECT_VERSION}"
    INVOICEDASH_APP_ID="${INVOICEDASH_APP_ID}")

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(invoicedash_settings INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align
        -Woverloaded-virtual -Wformat=2 -Wimplicit-fallthrough)
    if(INVOICEDASH_WERROR)
        target_compile_options(invoicedash_settings INTERFACE -Werror)
    endif()
elseif(MSVC)
    target_compile_options(invoicedash_settings INTERFACE /W4 /permissive- /utf-8)
    if(INVOICEDASH_WERROR)
        target_compile_options(invoicedash_settings INTERFACE /WX)
    endif()
endif()
