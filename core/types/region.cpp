#include "types/region.h"

#include "types/guid.h"
#include "types/nametable.h"

namespace cmk {

namespace {

const NameTable &regions()
{
    static const NameTable table(QStringLiteral(":/cmk/regions.json"), "regions");
    return table;
}

const NameTable &policyLocations()
{
    static const NameTable table(QStringLiteral(":/cmk/powerplatform-locations.json"), "locations");
    return table;
}

} // namespace

std::optional<Region> Region::parse(QStringView text, ParseError *error)
{
    if (text.trimmed().isEmpty()) {
        setParseError(
            error, ParseErrorCategory::Empty,
            tr("The region is empty; enter an Azure region such as westeurope or \"West Europe\"."));
        return std::nullopt;
    }
    if (text != text.trimmed()) {
        setParseError(error, ParseErrorCategory::InvalidCharacter,
                      tr("The region %1 has spaces around it; remove them.").arg(quotedInput(text)));
        return std::nullopt;
    }
    if (const auto index = regions().find(text))
        return Region(*index);
    if (policyLocations().find(text)) {
        setParseError(
            error, ParseErrorCategory::UnknownValue,
            tr("%1 is a Power Platform location, not an Azure region; enter an Azure region such as "
               "westeurope.")
                .arg(quotedInput(text)));
        return std::nullopt;
    }
    const QString suggestion = regions().suggestion(text);
    setParseError(error, ParseErrorCategory::UnknownValue,
                  suggestion.isEmpty()
                      ? tr("%1 is not an Azure region; use a name such as westeurope or \"West Europe\".")
                            .arg(quotedInput(text))
                      : tr("%1 is not an Azure region; did you mean %2?").arg(quotedInput(text), suggestion));
    return std::nullopt;
}

QList<Region> Region::all()
{
    QList<Region> result;
    for (qsizetype i = 0; i < regions().entries().size(); ++i)
        result.append(Region(i));
    return result;
}

QList<Region> Region::inCloud(QStringView cloudName)
{
    QList<Region> result;
    const auto &entries = regions().entries();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (entries.at(i).cloud.compare(cloudName, Qt::CaseInsensitive) == 0)
            result.append(Region(i));
    }
    return result;
}

QString Region::name() const
{
    return isValid() ? regions().entries().at(m_index).name : QString();
}

QString Region::displayName() const
{
    return isValid() ? regions().entries().at(m_index).displayName : QString();
}

QString Region::geography() const
{
    return isValid() ? regions().entries().at(m_index).group : QString();
}

QString Region::cloud() const
{
    return isValid() ? regions().entries().at(m_index).cloud : QString();
}

std::optional<PolicyLocation> PolicyLocation::parse(QStringView text, ParseError *error)
{
    if (text.trimmed().isEmpty()) {
        setParseError(error, ParseErrorCategory::Empty,
                      tr("The enterprise policy location is empty; enter a Power Platform location such as "
                         "europe or unitedstates."));
        return std::nullopt;
    }
    if (text != text.trimmed()) {
        setParseError(error, ParseErrorCategory::InvalidCharacter,
                      tr("The location %1 has spaces around it; remove them.").arg(quotedInput(text)));
        return std::nullopt;
    }
    if (const auto index = policyLocations().find(text))
        return PolicyLocation(*index);
    if (const auto region = regions().find(text)) {
        setParseError(
            error, ParseErrorCategory::UnknownValue,
            tr("%1 is an Azure region; an enterprise policy takes the Power Platform location of its "
               "environments, such as europe or unitedstates.")
                .arg(quotedInput(text)));
        return std::nullopt;
    }
    const QString suggestion = policyLocations().suggestion(text);
    setParseError(
        error, ParseErrorCategory::UnknownValue,
        suggestion.isEmpty()
            ? tr("%1 is not a Power Platform location; use one such as europe or unitedstates.")
                  .arg(quotedInput(text))
            : tr("%1 is not a Power Platform location; did you mean %2?").arg(quotedInput(text), suggestion));
    return std::nullopt;
}

QList<PolicyLocation> PolicyLocation::all()
{
    QList<PolicyLocation> result;
    for (qsizetype i = 0; i < policyLocations().entries().size(); ++i)
        result.append(PolicyLocation(i));
    return result;
}

QString PolicyLocation::name() const
{
    return isValid() ? policyLocations().entries().at(m_index).name : QString();
}

QString PolicyLocation::displayName() const
{
    return isValid() ? policyLocations().entries().at(m_index).displayName : QString();
}

} // namespace cmk
