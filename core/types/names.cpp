#include "types/names.h"

#include "types/guid.h"

namespace cmk {

namespace {

bool isAsciiAlnum(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

bool isHex(QChar c)
{
    return (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F') || (c >= u'0' && c <= u'9');
}

} // namespace

bool Names::validateResourceGroup(QStringView name, ParseError *error)
{
    if (name.isEmpty())
        return setParseError(error, ParseErrorCategory::Empty,
                             tr("The resource group name is empty; enter one."));
    if (name.length() > 90)
        return setParseError(error, ParseErrorCategory::TooLong,
                             tr("The resource group name %1 has %2 characters; at most 90 are allowed.")
                                 .arg(quotedInput(name), QString::number(name.length())));
    for (QChar c : name) {
        const bool ok = c.isLetterOrNumber() || c == u'_' || c == u'-' || c == u'.' || c == u'(' || c == u')';
        if (!ok)
            return setParseError(error, ParseErrorCategory::InvalidCharacter,
                                 tr("The resource group name %1 contains %2; use only letters, digits, "
                                    "'_', '-', '.', '(' and ')'.")
                                     .arg(quotedInput(name), quotedInput(QStringView(&c, 1))));
    }
    if (name.back() == u'.')
        return setParseError(
            error, ParseErrorCategory::InvalidName,
            tr("The resource group name %1 ends with '.'; remove the final dot.").arg(quotedInput(name)));
    return true;
}

bool Names::validateResourceName(QStringView name, ParseError *error)
{
    if (name.isEmpty())
        return setParseError(error, ParseErrorCategory::Empty, tr("The resource name is empty; enter one."));
    if (name.length() > 260)
        return setParseError(error, ParseErrorCategory::TooLong,
                             tr("The resource name %1 has %2 characters; at most 260 are allowed.")
                                 .arg(quotedInput(name), QString::number(name.length())));
    for (QChar c : name) {
        if (c.category() == QChar::Other_Control || QStringView(u"<>%&\\?/").contains(c))
            return setParseError(error, ParseErrorCategory::InvalidCharacter,
                                 tr("The resource name %1 contains %2, which Azure does not allow in names.")
                                     .arg(quotedInput(name), quotedInput(QStringView(&c, 1))));
    }
    if (name.back() == u'.')
        return setParseError(
            error, ParseErrorCategory::InvalidName,
            tr("The resource name %1 ends with '.'; remove the final dot.").arg(quotedInput(name)));
    return true;
}

bool Names::validateVaultName(QStringView name, ParseError *error)
{
    const QString rule
        = tr("vault names have 3-24 letters, digits and hyphens, start with a letter, end with a "
             "letter or digit and have no \"--\"");
    if (name.isEmpty())
        return setParseError(error, ParseErrorCategory::Empty,
                             tr("The key vault name is empty; %1.").arg(rule));
    if (name.length() < 3 || name.length() > 24)
        return setParseError(error, ParseErrorCategory::InvalidLength,
                             tr("The key vault name %1 has %2 characters; %3.")
                                 .arg(quotedInput(name), QString::number(name.length()), rule));
    for (QChar c : name) {
        if (!isAsciiAlnum(c) && c != u'-')
            return setParseError(error, ParseErrorCategory::InvalidCharacter,
                                 tr("The key vault name %1 contains %2; %3.")
                                     .arg(quotedInput(name), quotedInput(QStringView(&c, 1)), rule));
    }
    if (!name.front().isLetter() || name.back() == u'-' || name.contains(QStringView(u"--")))
        return setParseError(
            error, ParseErrorCategory::InvalidName,
            tr("The key vault name %1 breaks the naming rule: %2.").arg(quotedInput(name), rule));
    return true;
}

bool Names::validateKeyName(QStringView name, ParseError *error)
{
    if (name.isEmpty())
        return setParseError(error, ParseErrorCategory::Empty,
                             tr("The key name is empty; key names have 1-127 letters, digits and hyphens."));
    if (name.length() > 127)
        return setParseError(error, ParseErrorCategory::TooLong,
                             tr("The key name %1 has %2 characters; at most 127 are allowed.")
                                 .arg(quotedInput(name), QString::number(name.length())));
    for (QChar c : name) {
        if (!isAsciiAlnum(c) && c != u'-')
            return setParseError(
                error, ParseErrorCategory::InvalidCharacter,
                tr("The key name %1 contains %2; key names have only letters, digits and hyphens.")
                    .arg(quotedInput(name), quotedInput(QStringView(&c, 1))));
    }
    return true;
}

bool Names::validateKeyVersion(QStringView version, ParseError *error)
{
    const QString rule
        = tr("a key version is 32 hexadecimal digits, as shown under \"Current version\" in the portal");
    if (version.isEmpty())
        return setParseError(error, ParseErrorCategory::Empty, tr("The key version is empty; %1.").arg(rule));
    for (QChar c : version) {
        if (!isHex(c))
            return setParseError(error, ParseErrorCategory::InvalidVersion,
                                 tr("The key version %1 contains %2; %3.")
                                     .arg(quotedInput(version), quotedInput(QStringView(&c, 1)), rule));
    }
    if (version.length() != 32)
        return setParseError(error, ParseErrorCategory::InvalidVersion,
                             tr("The key version %1 has %2 digits; %3.")
                                 .arg(quotedInput(version), QString::number(version.length()), rule));
    return true;
}

} // namespace cmk
