#include "app/startupoptions.h"

#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace cmk {

namespace {

const QString CloudOption = QStringLiteral("cloud");
const QString ProfileOption = QStringLiteral("profile");
const QString SandboxOption = QStringLiteral("sandbox");
const QString LangOption = QStringLiteral("lang");

QString builtInNames()
{
    QStringList names;
    for (const CloudProfile &p : CloudProfile::builtIns())
        names << p.name;
    return names.join(QStringLiteral(", "));
}

} // namespace

void StartupOptions::addTo(QCommandLineParser &parser)
{
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(QCommandLineOption(
        CloudOption, tr("The cloud to use: %1 (default AzureCloud).").arg(builtInNames()), tr("name")));
    parser.addOption(QCommandLineOption(
        ProfileOption, tr("Use the custom cloud profile in <file> (format: docs/cloud-profile.md)."),
        tr("file")));
    parser.addOption(
        QCommandLineOption(SandboxOption,
                           tr("Start the embedded sandbox and use it instead of a real cloud: no Azure "
                              "account needed.")));
    parser.addOption(QCommandLineOption(
        LangOption, tr("Show the user interface in <language> (en, de); default: the system's."),
        tr("language")));
}

std::optional<StartupOptions> StartupOptions::fromParser(const QCommandLineParser &parser, QString *error)
{
    StartupOptions options;
    const int chosen = int(parser.isSet(CloudOption)) + int(parser.isSet(ProfileOption))
        + int(parser.isSet(SandboxOption));
    if (chosen > 1) {
        *error = tr("--cloud, --profile and --sandbox each choose the cloud; give only one of them.");
        return std::nullopt;
    }
    options.cloudGiven = chosen == 1;
    if (parser.isSet(SandboxOption)) {
        options.cloud.kind = CloudChoice::Kind::Sandbox;
    } else if (parser.isSet(ProfileOption)) {
        options.cloud.kind = CloudChoice::Kind::ProfileFile;
        options.cloud.profilePath = QDir::current().absoluteFilePath(parser.value(ProfileOption));
        ParseError parseError;
        options.profile = CloudProfile::load(options.cloud.profilePath, &parseError);
        if (!options.profile) {
            *error = tr("--profile: %1").arg(parseError.message);
            return std::nullopt;
        }
    } else {
        const QString name
            = parser.isSet(CloudOption) ? parser.value(CloudOption) : QStringLiteral("AzureCloud");
        options.profile = CloudProfile::builtIn(name);
        if (!options.profile) {
            *error
                = tr("--cloud: %1 is not a known cloud; use one of %2, or --profile FILE for another cloud.")
                      .arg(quotedInput(name), builtInNames());
            return std::nullopt;
        }
        options.cloud.builtInName = options.profile->name;
    }
    if (parser.isSet(LangOption)) {
        options.language = parser.value(LangOption).trimmed();
        static const QStringList supported {QStringLiteral("en"), QStringLiteral("de")};
        if (!supported.contains(options.language)) {
            *error = tr("--lang: %1 is not a supported language; use en or de.")
                         .arg(quotedInput(options.language));
            return std::nullopt;
        }
    }
    return options;
}

bool installTranslations(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    // English is the source language: nothing to load, and nothing to search for at start-up.
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return true;
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    auto *ours = new QTranslator(&app);
    if (ours->load(locale, QStringLiteral("cmk"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(ours);
        return true;
    }
    delete ours;
    return false;
}

} // namespace cmk
