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

/// Text shaped like a bearer token (a JWT's header and payload), built at run time so that no
/// token-looking literal is committed: what every secret check must refuse.
inline QString tokenLookalike()
{
    const auto part = [](const char *json) {
        return QString::fromLatin1(
            QByteArray(json).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    };
    return part(R"({"typ":"JWT","alg":"RS256"})") + u'.' + part(R"({"aud":"https://management.azure.com"})");
}

#include "types/resourceid.h"
Q_DECLARE_METATYPE(cmk::ResourceId::Level)
