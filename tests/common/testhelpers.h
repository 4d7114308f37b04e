#pragma once

#include "types/parseerror.h"

#include <QMetaType>
#include <QTest>

Q_DECLARE_METATYPE(cmk::ParseErrorCategory)

namespace QTest {
template<> inline char *toString(const cmk::ParseErrorCategory &category)
{
    return qstrdup(cmk::categoryName(category));
}
} // namespace QTest

#include "types/resourceid.h"
Q_DECLARE_METATYPE(cmk::ResourceId::Level)
