#pragma once

#include "cloud/cloudprofile.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace cmk {

/// Which cloud a session talks to.
struct CloudChoice
{
    enum class Kind { BuiltIn, ProfileFile, Sandbox };
    Kind kind = Kind::BuiltIn;
    QString builtInName = QStringLiteral("AzureCloud");
    QString profilePath;
};

/// The options `cmkwizard` and `cmkctl` share: --cloud, --profile, --sandbox and --lang.
class StartupOptions
{
    Q_DECLARE_TR_FUNCTIONS(cmk::StartupOptions)

public:
    CloudChoice cloud;
    bool cloudGiven = false; ///< the user chose a cloud on the command line
    std::optional<CloudProfile> profile; ///< resolved for built-in and file choices; empty for the sandbox
    QString language; ///< "de", or empty for the system locale

    /// Adds the shared options (and --help/--version) to `parser`.
    static void addTo(QCommandLineParser &parser);
    /// Reads and checks the shared options. On a problem, returns nothing and a message that says what to
    /// fix.
    static std::optional<StartupOptions> fromParser(const QCommandLineParser &parser, QString *error);
};

/// Installs CMK Wizard's and Qt's own translations for `language` ("de"), or the system
/// locale when empty. Returns false when no CMK translation exists for it (English is then used).
bool installTranslations(QCoreApplication &app, const QString &language);

} // namespace cmk
