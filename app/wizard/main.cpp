// cmkwizard: parses the command line, loads translations, and shows the wizard.

#include "app/startupoptions.h"
#include "cmkversion.h"
#include "sandbox.h"
#include "tracks/catalog.h"
#include "wizard/cmkwizard.h"
#include "wizard/mainwindow.h"
#include "wizard/setupmodel.h"
#include "workflow/trackregistry.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace {

/// --lang must take effect before the help text is built, so it is read ahead of the parser.
QString languageArgument(const QStringList &args)
{
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1StringView("--lang") && i + 1 < args.size())
            return args.at(i + 1);
        if (args.at(i).startsWith(QLatin1StringView("--lang=")))
            return args.at(i).mid(7);
    }
    return {};
}

/// Reports the first paint of the wizard page (for bench/startup) and optionally saves a screenshot.
class FirstPaintProbe : public QObject
{
public:
    FirstPaintProbe(QWidget *window, QString screenshotPath, bool report)
        : QObject(window)
        , m_window(window)
        , m_screenshotPath(std::move(screenshotPath))
        , m_report(report)
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            watched->removeEventFilter(this);
            if (m_report) {
                std::printf("first-paint\n");
                std::fflush(stdout);
            }
            QTimer::singleShot(m_screenshotPath.isEmpty() ? 0 : 300, m_window, [this] {
                if (!m_screenshotPath.isEmpty() && !m_window->grab().save(m_screenshotPath))
                    std::fprintf(stderr, "cmkwizard: cannot save %s\n", qPrintable(m_screenshotPath));
                QCoreApplication::quit();
            });
        }
        return false;
    }

private:
    QWidget *m_window;
    QString m_screenshotPath;
    bool m_report;
    bool m_done = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral(CMK_ORGANIZATION_NAME));
    QCoreApplication::setApplicationName(QStringLiteral("cmkwizard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CMK_VERSION_STRING));
    QGuiApplication::setDesktopFileName(QStringLiteral("dev.cmkwizard.CmkWizard"));

    cmk::installTranslations(app, languageArgument(QCoreApplication::arguments()));
    QGuiApplication::setApplicationDisplayName(QCoreApplication::translate("main", "CMK Wizard"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main",
                                    "Sets up and operates customer-managed encryption keys across Azure "
                                    "tenants and for Power Platform."));
    cmk::StartupOptions::addTo(parser);
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main",
                                    "Save a PNG of the window to <file> once it has painted, then quit."),
        QCoreApplication::translate("main", "file"));
    parser.addOption(screenshotOption);
    parser.process(app);

    QString error;
    const auto options = cmk::StartupOptions::fromParser(parser, &error);
    if (!options) {
        std::fprintf(stderr, "cmkwizard: %s\n", qPrintable(error));
        return 2;
    }

    cmk::TrackRegistry registry;
    cmk::tracks::registerAll(registry);
    cmk::SetupModel model;

    std::unique_ptr<cmk::sandbox::Sandbox> sandbox;
    cmk::SandboxStarter startSandbox
        = [&sandbox, &model](QString *message) -> std::optional<cmk::CloudProfile> {
        if (!sandbox) {
            auto candidate = std::make_unique<cmk::sandbox::Sandbox>();
            if (!candidate->start(cmk::sandbox::Sandbox::demoOptions(), message))
                return std::nullopt;
            sandbox = std::move(candidate);
            // The sign-in pages offer the demo's people; ui/ never sees the sandbox itself.
            cmk::DemoDirectory demo;
            for (const cmk::sandbox::Sandbox::Person &p : sandbox->people())
                demo.people.append({p.userPrincipalName, p.displayName, p.role, p.tenantId, p.tenantName});
            cmk::sandbox::Sandbox *running = sandbox.get();
            demo.approveDeviceCode = [running](const QString &code, const QString &upn) {
                return running->approveDeviceCode(code, upn);
            };
            demo.clock = [running] { return running->now(); };
            model.setDemoDirectory(demo);
        }
        return sandbox->profile();
    };

    if (options->cloud.kind == cmk::CloudChoice::Kind::Sandbox) {
        const auto profile = startSandbox(&error);
        if (!profile) {
            std::fprintf(stderr, "cmkwizard: --sandbox: %s\n", qPrintable(error));
            return 1;
        }
        model.setCloud(options->cloud, profile);
    } else if (options->cloudGiven) {
        model.setCloud(options->cloud, options->profile);
    }

    cmk::MainWindow window(&model, &registry, startSandbox);
    const bool reportFirstPaint = qEnvironmentVariableIsSet("CMK_REPORT_FIRST_PAINT");
    if (reportFirstPaint || parser.isSet(screenshotOption)) {
        auto *probe = new FirstPaintProbe(&window, parser.value(screenshotOption), reportFirstPaint);
        window.wizard()->page(cmk::PageId::Start)->installEventFilter(probe);
    }
    window.show();
    // The icon needs the SVG plugin; loading it after the first paint keeps it off the start-up path.
    QTimer::singleShot(
        0, &window, [] { QApplication::setWindowIcon(QIcon(QStringLiteral(":/cmk/icons/cmkwizard.svg"))); });
    return app.exec();
}
