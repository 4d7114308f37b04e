# Settings every CMK target gets: strict Qt defines, warnings, and the layering guard.

# Strict Qt: no implicit conversions, no contextless connects, no keywords that
# hide what they are. See STYLE.md, "Qt strictness".
set(CMK_QT_DEFINES
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_EMIT
    QT_NO_KEYWORDS
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    QT_MESSAGELOGCONTEXT)

set(CMK_WARNINGS
    -Wall -Wextra -Wpedantic -Wnon-virtual-dtor -Woverloaded-virtual
    -Wcast-align -Wimplicit-fallthrough -Wmissing-declarations -Wformat=2)

# Applies the project's compile settings to TARGET.
function(cmk_apply_settings target)
    target_compile_definitions(${target} PRIVATE ${CMK_QT_DEFINES})
    if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        target_compile_options(${target} PRIVATE ${CMK_WARNINGS})
    endif()
endfunction()

# Targets that must stay free of Qt Gui and Qt Widgets (cmkcore, cmksandbox, cmkctl)
# link this. Its include directory shadows the headers every Qt Gui and Qt Widgets
# header includes first with ones that stop the compile, so `#include <QWidget>` or
# `#include <QtWidgets/QWidget>` in such a target fails with a message that names the rule.
add_library(cmk_no_widgets INTERFACE)
target_include_directories(cmk_no_widgets BEFORE INTERFACE ${CMAKE_CURRENT_LIST_DIR}/guard)
