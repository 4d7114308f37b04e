#include "pages/startpage.h"

#include "app/runsession.h"
#include "widgets/messagebanner.h"
#include "wizard/pageid.h"
#include "workflow/trackregistry.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace cmk {

namespace {
const QString PersonaKey = QStringLiteral("start/persona");
const QString CloudKey = QStringLiteral("start/cloud");
const QString ProfilePathKey = QStringLiteral("start/profilePath");
const QString TrackKey = QStringLiteral("start/track");
} // namespace

StartPage::StartPage(SetupModel *model, const TrackRegistry *registry, SandboxStarter sandboxStarter,
                     QWidget *parent)
    : QWizardPage(parent)
    , m_model(model)
    , m_registry(registry)
    , m_sandboxStarter(std::move(sandboxStarter))
    , m_personas(new QButtonGroup(this))
    , m_personaDescription(new QLabel(this))
    , m_tracks(new QListWidget(this))
    , m_noTracks(new QLabel(this))
    , m_trackStack(new QStackedWidget(this))
    , m_cloud(new QComboBox(this))
    , m_profileRow(new QWidget(this))
    , m_profilePath(new QLineEdit(m_profileRow))
    , m_browse(new QPushButton(tr("&Browse..."), m_profileRow))
    , m_cloudDetails(new QLabel(this))
    , m_cloudMessage(new MessageBanner(this))
    , m_runsBox(new QGroupBox(tr("Continue where you left off"), this))
    , m_runs(new QListWidget(m_runsBox))
{
    setObjectName(QStringLiteral("startPage"));
    setTitle(tr("Welcome to CMK Wizard"));
    setSubTitle(tr("Set up and operate customer-managed keys across Azure tenants and for Power Platform. "
                   "Tell us who you are, what you want to do and in which cloud."));

    auto *personaBox = new QGroupBox(tr("Who are you?"), this);
    personaBox->setObjectName(QStringLiteral("personaBox"));
    buildPersonaBox(personaBox);

    auto *trackBox = new QGroupBox(tr("What do you want to do?"), this);
    trackBox->setObjectName(QStringLiteral("trackBox"));
    m_tracks->setObjectName(QStringLiteral("trackList"));
    m_tracks->setAccessibleName(tr("Tracks"));
    m_tracks->setAccessibleDescription(tr("The procedures available for the role you chose."));
    m_tracks->setWordWrap(true);
    m_tracks->setUniformItemSizes(false);
    m_noTracks->setObjectName(QStringLiteral("noTracksLabel"));
    m_noTracks->setWordWrap(true);
    m_noTracks->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_noTracks->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_trackStack->addWidget(m_tracks);
    m_trackStack->addWidget(m_noTracks);
    auto *trackLayout = new QVBoxLayout(trackBox);
    trackLayout->addWidget(m_trackStack);

    auto *cloudBox = new QGroupBox(tr("Which cloud?"), this);
    cloudBox->setObjectName(QStringLiteral("cloudBox"));
    m_cloud->setObjectName(QStringLiteral("cloudCombo"));
    m_cloud->setAccessibleName(tr("Cloud"));
    m_cloud->setAccessibleDescription(
        tr("The Azure cloud to sign in to, a custom cloud profile, or the offline "
           "sandbox demo."));
    for (const CloudProfile &p : CloudProfile::builtIns())
        m_cloud->addItem(p.displayName, p.name);
    m_cloud->insertSeparator(m_cloud->count());
    m_cloud->addItem(tr("Custom cloud profile file..."), int(CustomFileEntry));
    m_cloud->addItem(tr("Offline sandbox demo (no Azure account needed)"), int(SandboxEntry));

    m_profilePath->setObjectName(QStringLiteral("profilePathEdit"));
    m_profilePath->setPlaceholderText(tr("Path to a cloud profile (.json)"));
    m_profilePath->setAccessibleName(tr("Cloud profile file"));
    m_browse->setObjectName(QStringLiteral("profileBrowseButton"));
    auto *profileLayout = new QHBoxLayout(m_profileRow);
    profileLayout->setContentsMargins(0, 0, 0, 0);
    profileLayout->addWidget(m_profilePath, 1);
    profileLayout->addWidget(m_browse);
    m_profileRow->setVisible(false);

    m_cloudDetails->setObjectName(QStringLiteral("cloudDetails"));
    m_cloudDetails->setForegroundRole(QPalette::PlaceholderText);
    m_cloudDetails->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cloudMessage->setObjectName(QStringLiteral("cloudMessage"));

    auto *cloudLayout = new QFormLayout(cloudBox);
    auto *cloudLabel = new QLabel(tr("&Cloud:"), cloudBox);
    cloudLabel->setBuddy(m_cloud);
    cloudLayout->addRow(cloudLabel, m_cloud);
    m_profileLabel = new QLabel(tr("Profile &file:"), cloudBox);
    m_profileLabel->setBuddy(m_profilePath);
    cloudLayout->addRow(m_profileLabel, m_profileRow);
    cloudLayout->addRow(m_cloudDetails);
    cloudLayout->addRow(m_cloudMessage);
    m_profileLabel->setVisible(false);

    m_runsBox->setObjectName(QStringLiteral("runsBox"));
    m_runs->setObjectName(QStringLiteral("runList"));
    m_runs->setAccessibleName(tr("Unfinished runs"));
    m_runs->setAccessibleDescription(
        tr("Runs that stopped before their last step. Choose one to continue it instead of starting a "
           "new run."));
    m_runs->setMaximumHeight(fontMetrics().height() * 6);
    auto *runsLayout = new QVBoxLayout(m_runsBox);
    runsLayout->addWidget(m_runs);
    m_runsBox->setVisible(false);

    auto *top = new QHBoxLayout;
    top->addWidget(personaBox, 1);
    top->addWidget(trackBox, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_runsBox);
    layout->addLayout(top, 1);
    layout->addWidget(cloudBox);
    addDashboardEntry(layout);

    connect(m_personas, &QButtonGroup::idClicked, this, [this](int id) {
        m_model->setPersona(Persona(id));
        QSettings().setValue(PersonaKey, PersonaInfo::of(Persona(id)).id);
    });
    connect(m_model, &SetupModel::personaChanged, this, &StartPage::fillTracks);
    connect(m_tracks, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        m_model->setTrackId(item ? item->data(Qt::UserRole).toString() : QString());
        if (item) {
            // A new run was chosen: not the saved one.
            m_model->setResumePath(QString());
            m_runs->clearSelection();
            QSettings().setValue(TrackKey, m_model->trackId());
        }
    });
    // A saved run is chosen by selecting it (focus alone makes the first one current, not chosen).
    connect(m_runs, &QListWidget::itemSelectionChanged, this, [this] {
        const QList<QListWidgetItem *> selected = m_runs->selectedItems();
        if (selected.isEmpty())
            return;
        m_model->setResumePath(selected.first()->data(Qt::UserRole).toString());
        m_tracks->setCurrentItem(nullptr);
    });
    connect(m_model, &SetupModel::trackChanged, this, &StartPage::completeChanged);
    connect(m_cloud, &QComboBox::currentIndexChanged, this, &StartPage::selectCloudEntry);
    connect(m_profilePath, &QLineEdit::textChanged, this, &StartPage::loadProfileFile);
    // Settings are written when the user changes something, never while restoring them.
    connect(m_cloud, &QComboBox::activated, this, &StartPage::saveCloudChoice);
    connect(m_profilePath, &QLineEdit::textEdited, this, &StartPage::saveCloudChoice);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString file
            = QFileDialog::getOpenFileName(this, tr("Open Cloud Profile"), m_profilePath->text(),
                                           tr("Cloud profiles (*.json);;All files (*)"));
        if (!file.isEmpty()) {
            m_profilePath->setText(file);
            saveCloudChoice();
        }
    });
    connect(m_model, &SetupModel::cloudChanged, this, &StartPage::showCloudDetails);
    connect(m_model, &SetupModel::cloudChanged, this, &StartPage::completeChanged);

    // Reading order: who, what, which cloud.
    QWidget::setTabOrder(m_runs, m_personas->buttons().constFirst());
    QWidget::setTabOrder(m_personas->buttons().constLast(), m_tracks);
    QWidget::setTabOrder(m_tracks, m_cloud);
    QWidget::setTabOrder(m_cloud, m_profilePath);
    QWidget::setTabOrder(m_profilePath, m_browse);

    restoreChoices();
    fillTracks();
}

void StartPage::addDashboardEntry(QBoxLayout *layout)
{
    // Support staff only look: the dashboard opens in its own window and signs in read-only.
    auto *button = new QPushButton(tr("Status &Dashboard..."), this);
    button->setObjectName(QStringLiteral("dashboardButton"));
    button->setToolTip(tr("See which environments are encrypted, which are locked and why, and how long a "
                          "locked production environment has before deletion. Read rights suffice."));
    button->setAccessibleDescription(button->toolTip());
    const auto enable = [this, button] { button->setEnabled(m_model->profile().has_value()); };
    connect(m_model, &SetupModel::cloudChanged, button, enable);
    connect(button, &QPushButton::clicked, this, &StartPage::dashboardRequested);
    enable();
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(button);
    layout->addLayout(row);
}

void StartPage::buildPersonaBox(QWidget *box)
{
    auto *layout = new QVBoxLayout(box);
    for (const PersonaInfo &info : PersonaInfo::all()) {
        auto *radio = new QRadioButton(info.title, box);
        radio->setObjectName(QStringLiteral("persona_") + info.id);
        const QString description = personaDescription(info);
        radio->setAccessibleDescription(description);
        radio->setToolTip(description);
        m_personas->addButton(radio, int(info.persona));
        layout->addWidget(radio);
    }
    // One description, of the chosen role: it says what the role does and where it signs in.
    m_personaDescription->setObjectName(QStringLiteral("personaDescription"));
    m_personaDescription->setWordWrap(true);
    m_personaDescription->setForegroundRole(QPalette::PlaceholderText);
    m_personaDescription->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addSpacing(6);
    layout->addWidget(m_personaDescription, 1);
}

QString StartPage::personaDescription(const PersonaInfo &info)
{
    //: %1 is where this person signs in, e.g. "the customer tenant"
    return info.description + u' ' + tr("Signs in to %1.").arg(info.signsInTo);
}

void StartPage::fillRuns()
{
    const QSignalBlocker block(m_runs);
    m_runs->clear();
    const QList<RunSummary> runs = RunSession::unfinishedRuns(m_model->runDirectory());
    for (const RunSummary &run : runs) {
        //: %1 track title, %2 steps done, %3 steps in all, %4 where it stopped, %5 when it was saved
        const QString text
            = tr("%1 — %2 of %3 steps done, stopped at %4 (saved %5)")
                  .arg(run.trackTitle)
                  .arg(run.stepsDone)
                  .arg(run.stepsTotal)
                  .arg(run.stoppedAt, QLocale().toString(run.updatedAt.toLocalTime(), QLocale::ShortFormat));
        auto *item = new QListWidgetItem(text, m_runs);
        item->setData(Qt::UserRole, run.path);
        item->setToolTip(QDir::toNativeSeparators(run.path));
        item->setData(Qt::AccessibleDescriptionRole, QDir::toNativeSeparators(run.path));
        if (run.path == m_model->resumePath())
            m_runs->setCurrentItem(item);
    }
    m_runsBox->setVisible(!runs.isEmpty());
    if (m_runs->selectedItems().isEmpty())
        m_model->setResumePath(QString());
}

void StartPage::fillTracks()
{
    const QString previous = m_model->trackId().isEmpty() && m_model->resumePath().isEmpty()
        ? QSettings().value(TrackKey).toString()
        : m_model->trackId();
    m_tracks->clear();
    const auto persona = m_model->persona();
    m_personaDescription->setText(persona ? personaDescription(PersonaInfo::of(*persona)) : QString());
    if (!persona) {
        m_noTracks->setText(tr("Choose who you are on the left to see what you can do."));
        m_trackStack->setCurrentWidget(m_noTracks);
        m_model->setTrackId(QString());
        return;
    }
    const QList<TrackInfo> tracks = m_registry->tracksFor(*persona);
    if (tracks.isEmpty()) {
        m_noTracks->setText(tr("No track for the role \"%1\" is available in this version of CMK Wizard yet. "
                               "Nothing is offered until it works end to end.")
                                .arg(PersonaInfo::of(*persona).title));
        m_trackStack->setCurrentWidget(m_noTracks);
        m_model->setTrackId(QString());
        return;
    }
    for (const TrackInfo &t : tracks) {
        auto *item = new QListWidgetItem(t.title + u'\n' + t.summary, m_tracks);
        item->setData(Qt::UserRole, t.id);
        item->setToolTip(t.summary);
        item->setData(Qt::AccessibleDescriptionRole, t.summary);
        if (t.id == previous)
            m_tracks->setCurrentItem(item);
    }
    m_trackStack->setCurrentWidget(m_tracks);
    if (!m_tracks->currentItem())
        m_model->setTrackId(QString());
}

void StartPage::selectCloudEntry(int index)
{
    const QVariant data = m_cloud->itemData(index);
    m_cloudMessage->clear();
    const bool isSpecial = data.typeId() == QMetaType::Int;
    showProfileRow(isSpecial && data.toInt() == CustomFileEntry);
    if (!isSpecial) {
        CloudChoice choice;
        choice.kind = CloudChoice::Kind::BuiltIn;
        choice.builtInName = data.toString();
        m_model->setCloud(choice, CloudProfile::builtIn(choice.builtInName));
        return;
    }
    if (data.toInt() == CustomFileEntry) {
        loadProfileFile();
        m_profilePath->setFocus();
        return;
    }
    CloudChoice choice;
    choice.kind = CloudChoice::Kind::Sandbox;
    QString error;
    std::optional<CloudProfile> profile = m_sandboxStarter ? m_sandboxStarter(&error) : std::nullopt;
    if (!profile) {
        m_cloudMessage->showMessage(MessageBanner::Kind::Error,
                                    error.isEmpty() ? tr("The sandbox is not part of this build.") : error);
    }
    m_model->setCloud(choice, profile);
}

void StartPage::showProfileRow(bool visible)
{
    // The clear button loads an icon; it is set up when the row is first needed, not at start-up.
    if (visible)
        m_profilePath->setClearButtonEnabled(true);
    m_profileLabel->setVisible(visible);
    m_profileRow->setVisible(visible);
}

void StartPage::loadProfileFile()
{
    CloudChoice choice;
    choice.kind = CloudChoice::Kind::ProfileFile;
    choice.profilePath = m_profilePath->text().trimmed();
    if (choice.profilePath.isEmpty()) {
        m_cloudMessage->showMessage(MessageBanner::Kind::Information,
                                    tr("Choose the JSON file that describes your cloud's endpoints "
                                       "(the format is in docs/cloud-profile.md)."));
        m_model->setCloud(choice, std::nullopt);
        return;
    }
    ParseError error;
    const auto profile = CloudProfile::load(choice.profilePath, &error);
    if (profile) {
        m_cloudMessage->clear();
    } else {
        m_cloudMessage->showMessage(MessageBanner::Kind::Error, error.message);
    }
    m_model->setCloud(choice, profile);
}

void StartPage::showCloudDetails()
{
    const auto profile = m_model->profile();
    if (!profile) {
        m_cloudDetails->clear();
        return;
    }
    //: Hosts of the chosen cloud; %1 sign-in, %2 Azure Resource Manager, %3 Power Platform
    m_cloudDetails->setText(tr("Sign-in: %1 · Resource Manager: %2 · Power Platform: %3")
                                .arg(profile->authorityHost.authority(), profile->armEndpoint.authority(),
                                     profile->powerPlatformEndpoint.authority()));
}

void StartPage::saveCloudChoice()
{
    QSettings settings;
    const CloudChoice choice = m_model->cloudChoice();
    switch (choice.kind) {
    case CloudChoice::Kind::BuiltIn:
        settings.setValue(CloudKey, choice.builtInName);
        break;
    case CloudChoice::Kind::ProfileFile:
        settings.setValue(CloudKey, QStringLiteral("profile"));
        if (m_model->profile())
            settings.setValue(ProfilePathKey, choice.profilePath);
        break;
    case CloudChoice::Kind::Sandbox:
        settings.setValue(CloudKey, QStringLiteral("sandbox"));
        break;
    }
}

void StartPage::restoreChoices()
{
    const QSettings settings;
    const QString personaId = settings.value(PersonaKey).toString();
    for (const PersonaInfo &info : PersonaInfo::all()) {
        if (info.id == personaId) {
            m_personas->button(int(info.persona))->setChecked(true);
            m_model->setPersona(info.persona);
        }
    }

    // The command line wins over remembered settings.
    CloudChoice choice = m_model->cloudChoice();
    const QString remembered = settings.value(CloudKey).toString();
    if (!m_model->profile() && choice.kind == CloudChoice::Kind::BuiltIn && !remembered.isEmpty()) {
        if (remembered == QLatin1StringView("sandbox"))
            choice.kind = CloudChoice::Kind::Sandbox;
        else if (remembered == QLatin1StringView("profile"))
            choice
                = CloudChoice {CloudChoice::Kind::ProfileFile, {}, settings.value(ProfilePathKey).toString()};
        else
            choice.builtInName = remembered;
    }
    int index = 0;
    switch (choice.kind) {
    case CloudChoice::Kind::BuiltIn:
        index = qMax(0, m_cloud->findData(choice.builtInName));
        break;
    case CloudChoice::Kind::ProfileFile:
        index = m_cloud->findData(int(CustomFileEntry));
        m_profilePath->setText(choice.profilePath);
        break;
    case CloudChoice::Kind::Sandbox:
        index = m_cloud->findData(int(SandboxEntry));
        break;
    }
    const QSignalBlocker block(m_cloud);
    m_cloud->setCurrentIndex(index);
    // A profile resolved at startup (--sandbox, --profile) is kept; anything else is resolved now.
    if (m_model->profile() && m_model->cloudChoice().kind == choice.kind) {
        showProfileRow(choice.kind == CloudChoice::Kind::ProfileFile);
        showCloudDetails();
    } else {
        selectCloudEntry(index);
    }
}

void StartPage::initializePage()
{
    // Start where the user decides first: the chosen persona, or the first one.
    QAbstractButton *persona = m_personas->checkedButton();
    (persona ? persona : m_personas->buttons().constFirst())->setFocus(Qt::OtherFocusReason);
    fillRuns();
}

bool StartPage::isComplete() const
{
    if (!m_model->profile())
        return false;
    return !m_model->resumePath().isEmpty()
        || (m_model->persona().has_value() && !m_model->trackId().isEmpty());
}

int StartPage::nextId() const
{
    // Every track, new or continued, signs its tenant sides in first.
    return int(PageId::SignIn);
}

} // namespace cmk
