#include "types/guid.h"

namespace cmk {

namespace {

constexpr qsizetype GuidLength = 36;

bool isHyphenPosition(qsizetype i)
{
    return i == 8 || i == 13 || i == 18 || i == 23;
}

bool isHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

} // namespace

QString quotedInput(QStringView text)
{
    constexpr qsizetype MaxShown = 80;
    QString shown
        = text.length() > MaxShown ? text.left(MaxShown - 1).toString() + QChar(0x2026) : text.toString();
    // Control characters would break the message; show them as the replacement character.
    for (QChar &c : shown) {
        if (c.category() == QChar::Other_Control)
            c = QChar::ReplacementCharacter;
    }
    return QChar(0x201C) + shown + QChar(0x201D);
}

QString GuidParser::kindName(GuidKind kind)
{
    switch (kind) {
    case GuidKind::Tenant:
        return tr("tenant ID");
    case GuidKind::Object:
        return tr("object ID");
    case GuidKind::Application:
        return tr("application (client) ID");
    case GuidKind::Subscription:
        return tr("subscription ID");
    case GuidKind::Environment:
        return tr("environment ID");
    case GuidKind::Generic:
        break;
    }
    return tr("ID");
}

std::optional<QUuid> GuidParser::parse(QStringView text, GuidKind kind, ParseError *error)
{
    const QString what = kindName(kind);
    //: %1 is the kind of ID, e.g. "tenant ID"
    const QString shape = tr("a %1 has 36 characters: 32 hexadecimal digits in groups of 8-4-4-4-12, "
                             "like xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx")
                              .arg(what);
    if (text.isEmpty()) {
        setParseError(error, ParseErrorCategory::Empty, tr("The %1 is empty; %2.").arg(what, shape));
        return std::nullopt;
    }
    if (text.front().isSpace() || text.back().isSpace()) {
        setParseError(error, ParseErrorCategory::InvalidCharacter,
                      tr("%1 is not a valid %2: remove the spaces around it.").arg(quotedInput(text), what));
        return std::nullopt;
    }
    if (text.length() == GuidLength + 2 && text.front() == u'{' && text.back() == u'}') {
        setParseError(error, ParseErrorCategory::InvalidFormat,
                      tr("%1 is not a valid %2: remove the braces; Azure writes GUIDs without them.")
                          .arg(quotedInput(text), what));
        return std::nullopt;
    }
    for (qsizetype i = 0; i < text.length(); ++i) {
        const QChar c = text.at(i);
        if (c != u'-' && !isHexDigit(c)) {
            setParseError(error, ParseErrorCategory::InvalidCharacter,
                          tr("%1 is not a valid %2: the character %3 at position %4 is not a hexadecimal "
                             "digit (0-9, a-f); %5.")
                              .arg(quotedInput(text), what, quotedInput(QStringView(&c, 1)),
                                   QString::number(i + 1), shape));
            return std::nullopt;
        }
    }
    if (text.length() != GuidLength) {
        setParseError(error, ParseErrorCategory::InvalidLength,
                      tr("%1 is not a valid %2: it has %3 characters; %4.")
                          .arg(quotedInput(text), what, QString::number(text.length()), shape));
        return std::nullopt;
    }
    for (qsizetype i = 0; i < GuidLength; ++i) {
        if ((text.at(i) == u'-') != isHyphenPosition(i)) {
            setParseError(error, ParseErrorCategory::InvalidFormat,
                          tr("%1 is not a valid %2: the hyphens are in the wrong places; %3.")
                              .arg(quotedInput(text), what, shape));
            return std::nullopt;
        }
    }
    const QUuid uuid = QUuid::fromString(text);
    if (uuid.isNull()) {
        setParseError(error, ParseErrorCategory::NilValue,
                      tr("%1 is the empty GUID, which never names a real %2. Copy the %2 from the Azure "
                         "portal.")
                          .arg(quotedInput(text), what));
        return std::nullopt;
    }
    return uuid;
}

} // namespace cmk
