# Helpers every Kezek target goes through, so that the strict Qt definitions,
# warnings and sanitizers are the same everywhere without touching global flags.

function(kezek_setup_target target)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_URL_CAST_FROM_STRING
        QT_NO_KEYWORDS
        QT_USE_QSTRINGBUILDER
        QT_NO_FOREACH
        QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
        QT_DISABLE_DEPRECATED_BEFORE=0x060400)
    target_compile_options(${target} PRIVATE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
        -Wcast-align -Woverloaded-virtual -Wformat=2 -Wimplicit-fallthrough)
    if(KEZEK_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    if(KEZEK_SANITIZE)
        target_compile_options(${target} PRIVATE
            -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
        target_link_options(${target} PRIVATE -fsanitize=address,undefined)
    endif()
endfunction()

# kezek_add_library(name [STATIC] SOURCES ... )
function(kezek_add_library name)
    add_library(${name} STATIC ${ARGN})
    kezek_setup_target(${name})
    # One include root for the whole project, so that every include names its
    # layer: "core/domain/workflow.h", "db/client/clientstore.h".
    target_include_directories(${name} PUBLIC "${PROJECT_SOURCE_DIR}")
endfunction()

function(kezek_add_executable name)
    qt_add_executable(${name} ${ARGN})
    kezek_setup_target(${name})
endfunction()

# kezek_add_test(name SOURCES ... LIBRARIES ... [LABELS ...])
# One executable per test class, run by CTest with a pinned locale so results
# never depend on the machine's language, and without the session bus, so that
# no test reaches the developer's own keychain (tst_keychain brings its own).
set(KEZEK_TEST_ENVIRONMENT
    "LANG=C.UTF-8;LC_ALL=C.UTF-8;QT_QPA_PLATFORM=offscreen;TZ=Asia/Almaty;DBUS_SESSION_BUS_ADDRESS=;LSAN_OPTIONS=suppressions=${PROJECT_SOURCE_DIR}/tests/lsan.supp")
function(kezek_add_test name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBRARIES;LABELS" ${ARGN})
    qt_add_executable(${name} ${ARG_SOURCES})
    kezek_setup_target(${name})
    target_link_libraries(${name} PRIVATE Qt6::Test KezekTestSupport ${ARG_LIBRARIES})
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES
        LABELS "${ARG_LABELS}"
        ENVIRONMENT "${KEZEK_TEST_ENVIRONMENT}")
endfunction()
