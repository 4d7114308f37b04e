#include "pages/steppanel.h"

#include "app/choicesource.h"
#include "app/runsession.h"
#include "tracks/keys.h"
#include "widgets/handoffpanels.h"
#include "widgets/messagebanner.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cmk {

using namespace workflow;

namespace {

bool isFileToRead(const QString &key)
{
    return key == tracks::key::HandoffIn;
}

bool isFileToWrite(const QString &key)
{
    return key == tracks::key::HandoffOut || key == tracks::key::SupportRequestOut;
}

QString objectNameFor(const char *prefix, const QString &key)
{
    return QLatin1StringView(prefix) + key;
}

QLabel *wrappingLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

StepPanel::StepPanel(RunSession *run, const Step *step, QWidget *parent)
    : QWidget(parent)
    , m_run(run)
    , m_step(step)
    , m_info(step->info())
    , m_plan(new QTreeWidget(this))
    , m_planNotes(wrappingLabel(this, QStringLiteral("planNotes")))
    , m_result(wrappingLabel(this, QStringLiteral("stepResult")))
{
    setObjectName(QStringLiteral("stepPanel_") + m_info.id);
    //: %1 step number, %2 step title
    const QString heading = tr("Step %1: %2").arg(m_info.number, m_info.title);
    setAccessibleName(heading);

    auto *title = new QLabel(heading, this);
    title->setObjectName(QStringLiteral("stepTitle"));
    QFont font = title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.25);
    title->setFont(font);
    title->setWordWrap(true);

    auto *who = wrappingLabel(this, QStringLiteral("stepWho"));
    who->setForegroundRole(QPalette::PlaceholderText);
    //: %1 "ISV tenant" or "customer tenant", %2 the role that may run the step
    who->setText(m_info.role.isEmpty() ? sideTitle(m_info.side)
                                       : tr("%1 · run by: %2").arg(sideTitle(m_info.side), m_info.role));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(who);

    if (!m_info.summary.isEmpty() || m_info.docsUrl.isValid()) {
        auto *summary = wrappingLabel(this, QStringLiteral("stepSummary"));
        QString text = m_info.summary.toHtmlEscaped();
        if (m_info.docsUrl.isValid()) {
            const QString href = m_info.docsUrl.toString(QUrl::FullyEncoded).toHtmlEscaped();
            text += (text.isEmpty() ? QString() : QStringLiteral(" "))
                + tr("<a href=\"%1\">Microsoft documentation</a>").arg(href);
        }
        summary->setText(text);
        summary->setTextFormat(Qt::RichText);
        summary->setOpenExternalLinks(true);
        summary->setTextInteractionFlags(Qt::TextBrowserInteraction);
        summary->setAccessibleDescription(m_info.summary);
        layout->addWidget(summary);
    }

    const QList<InputSpec> inputs = m_run->inputsOf(m_info.id);
    if (!inputs.isEmpty()) {
        m_inputsBox = new QGroupBox(tr("Inputs"), this);
        m_inputsBox->setObjectName(QStringLiteral("inputsBox"));
        auto *form = new QFormLayout(m_inputsBox);
        form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
        for (const InputSpec &spec : inputs)
            addField(m_inputsBox, form, spec);
        layout->addWidget(m_inputsBox);
    }

    auto *planBox = new QGroupBox(tr("Plan: the calls this step makes"), this);
    planBox->setObjectName(QStringLiteral("planBox"));
    m_plan->setObjectName(QStringLiteral("planTree"));
    m_plan->setAccessibleName(tr("Plan"));
    m_plan->setAccessibleDescription(
        tr("Every REST call the step would make; expand a call to see its body and why it is made."));
    m_plan->setHeaderHidden(true);
    m_plan->setColumnCount(1);
    m_plan->setWordWrap(true);
    m_plan->setMinimumHeight(fontMetrics().height() * 9);
    auto *planLayout = new QVBoxLayout(planBox);
    planLayout->addWidget(m_plan);
    planLayout->addWidget(m_planNotes);
    layout->addWidget(planBox);

    auto *resultBox = new QGroupBox(tr("Result"), this);
    resultBox->setObjectName(QStringLiteral("resultBox"));
    m_result->setAccessibleName(tr("Result of the step"));
    auto *resultLayout = new QVBoxLayout(resultBox);
    resultLayout->addWidget(m_result);
    layout->addWidget(resultBox);
    layout->addStretch(1);

    m_refresh.setSingleShot(true);
    m_refresh.setInterval(0);
    connect(&m_refresh, &QTimer::timeout, this, &StepPanel::refresh);
    connect(m_run, &RunSession::valuesChanged, &m_refresh, qOverload<>(&QTimer::start));
    connect(m_run, &RunSession::stepFinished, this, [this](const QString &id) {
        if (id == m_info.id)
            refresh();
    });
    connect(m_run, &RunSession::stepProgress, this, [this](const QString &id) {
        if (id == m_info.id)
            showResult();
    });
    refresh();
}

void StepPanel::addField(QWidget *box, QFormLayout *form, const InputSpec &spec)
{
    Field field;
    field.spec = spec;
    QWidget *editor = nullptr;
    auto *row = new QWidget(box);
    auto *rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    if (ChoiceSource::supports(spec.key)) {
        field.picker = new QComboBox(row);
        field.picker->setObjectName(objectNameFor("picker_", spec.key));
        field.picker->setEditable(true);
        field.picker->setInsertPolicy(QComboBox::NoInsert);
        // Completing would type an entry's label (name and region) into a field that takes the bare value.
        field.picker->setCompleter(nullptr);
        field.edit = field.picker->lineEdit();
        editor = field.picker;
        rowLayout->addWidget(field.picker, 1);
        auto *reload = new QPushButton(tr("Re&fresh"), row);
        reload->setObjectName(objectNameFor("refresh_", spec.key));
        //: %1 the input's label
        reload->setAccessibleName(tr("Refresh the choices for %1").arg(spec.label));
        rowLayout->addWidget(reload);
        connect(reload, &QPushButton::clicked, this, [this, key = spec.key] { loadChoices(key); });
        // Picking a listed entry puts its value (an ID, a name) in the field, not its label.
        connect(field.picker, &QComboBox::activated, this, [this, key = spec.key](int index) {
            Field &f = m_fields[key];
            const QString value = f.picker->itemData(index).toString();
            if (!value.isEmpty())
                f.edit->setText(value);
            edited(key, f.edit->text());
        });
    } else {
        field.edit = new QLineEdit(row);
        editor = field.edit;
        rowLayout->addWidget(field.edit, 1);
        if (isFileToRead(spec.key) || isFileToWrite(spec.key)) {
            auto *browse = new QPushButton(tr("Bro&wse..."), row);
            browse->setObjectName(objectNameFor("browse_", spec.key));
            browse->setAccessibleName(tr("Choose the file for %1").arg(spec.label));
            rowLayout->addWidget(browse);
            connect(browse, &QPushButton::clicked, this, [this, key = spec.key] {
                Field &f = m_fields[key];
                const QString start = f.edit->text().isEmpty() ? QDir::homePath() : f.edit->text();
                const QString file = isFileToRead(key)
                    ? QFileDialog::getOpenFileName(this, f.spec.label, start,
                                                   tr("Hand-off files (*.json);;All files (*)"))
                    : QFileDialog::getSaveFileName(this, f.spec.label, start);
                if (!file.isEmpty()) {
                    f.edit->setText(QDir::toNativeSeparators(file));
                    edited(key, f.edit->text());
                }
            });
        }
    }
    field.edit->setObjectName(objectNameFor("input_", spec.key));
    field.edit->setAccessibleName(spec.label);
    field.edit->setAccessibleDescription(spec.help);
    field.edit->setPlaceholderText(spec.required ? tr("required") : tr("optional"));
    editor->setAccessibleName(spec.label);
    editor->setAccessibleDescription(spec.help);
    editor->setToolTip(spec.help);
    field.edit->setText(m_run->value(spec.key));

    auto *label
        = new QLabel(spec.required ? tr("%1:").arg(spec.label) : tr("%1 (optional):").arg(spec.label), box);
    label->setBuddy(editor);
    label->setWordWrap(true);
    auto *help = wrappingLabel(box, objectNameFor("help_", spec.key));
    help->setText(spec.help);
    help->setForegroundRole(QPalette::PlaceholderText);
    field.error = new MessageBanner(box);
    field.error->setObjectName(objectNameFor("error_", spec.key));
    field.error->setAccessibleName(tr("Problem with %1").arg(spec.label));
    auto *column = new QVBoxLayout;
    column->setSpacing(2);
    column->addWidget(row);
    column->addWidget(help);
    column->addWidget(field.error);
    if (isFileToRead(spec.key)) {
        // What the other tenant's file carries, once it is given (the file is chosen above).
        field.handoff = new HandoffImportPanel(m_info.side == Side::Isv ? Handoff::Direction::CustomerToIsv
                                                                        : Handoff::Direction::IsvToCustomer,
                                               box);
        field.handoff->setObjectName(objectNameFor("handoff_", spec.key));
        field.handoff->setAcceptDrops(false);
        if (auto *open = field.handoff->findChild<QWidget *>(QStringLiteral("openHandoffButton")))
            open->setVisible(false);
        if (auto *hint = field.handoff->findChild<QWidget *>(QStringLiteral("handoffImportHint")))
            hint->setVisible(false);
        field.handoff->setVisible(false);
        column->addWidget(field.handoff);
    }
    form->addRow(label, column);

    connect(field.edit, &QLineEdit::textEdited, this,
            [this, key = spec.key](const QString &text) { edited(key, text); });
    m_order.append(spec.key);
    m_fields.insert(spec.key, field);
    validate(m_fields[spec.key]);
}

void StepPanel::edited(const QString &key, const QString &text)
{
    m_run->setValue(key, text.trimmed());
    validate(m_fields[key]);
    // Lists that depend on this value are listed again.
    for (const QString &other : std::as_const(m_order)) {
        if (ChoiceSource::dependsOn(other).contains(key))
            loadChoices(other);
    }
    Q_EMIT inputsEdited();
}

void StepPanel::validate(Field &field)
{
    const QString problem = RunSession::problemWith(field.spec, field.edit->text());
    if (field.handoff) {
        const QString path = field.edit->text().trimmed();
        const bool show = problem.isEmpty() && !path.isEmpty();
        if (show && field.handoff->property("cmkPath").toString() != path) {
            field.handoff->setProperty("cmkPath", path);
            field.handoff->importFile(path);
        }
        field.handoff->setVisible(show);
    }
    if (problem.isEmpty())
        field.error->clear();
    else
        field.error->showMessage(MessageBanner::Kind::Error, problem.toHtmlEscaped());
    field.edit->setAccessibleDescription(problem.isEmpty() ? field.spec.help
                                                           : problem + u' ' + field.spec.help);
}

QStringList StepPanel::inputProblems() const
{
    QStringList problems;
    for (const QString &key : m_order) {
        const Field &field = m_fields[key];
        const QString problem = RunSession::problemWith(field.spec, m_run->value(key));
        if (!problem.isEmpty())
            problems << problem;
    }
    return problems;
}

void StepPanel::loadChoices()
{
    for (const QString &key : std::as_const(m_order)) {
        if (m_fields[key].picker)
            loadChoices(key);
    }
}

void StepPanel::loadChoices(const QString &key)
{
    Field &field = m_fields[key];
    if (!field.picker)
        return;
    http::Pipeline *pipeline = m_run->pipeline(ChoiceSource::sideOf(key));
    if (!pipeline)
        return;
    ChoiceSource::list(key, m_run->values(), pipeline, field.picker,
                       [this, key](const QList<Choice> &choices, const QString &problem) {
                           Field &f = m_fields[key];
                           const QString text = f.edit->text();
                           const QSignalBlocker block(f.picker);
                           f.picker->clear();
                           for (const Choice &choice : choices)
                               f.picker->addItem(choice.label, choice.value);
                           f.picker->setCurrentIndex(-1);
                           f.edit->setText(text);
                           f.picker->setToolTip(problem.isEmpty() ? f.spec.help : problem);
                       });
}

void StepPanel::refresh()
{
    m_refresh.stop();
    for (const QString &key : std::as_const(m_order)) {
        Field &field = m_fields[key];
        const QString value = m_run->value(key);
        if (field.edit->text().trimmed() != value)
            field.edit->setText(value);
        validate(field);
    }
    setEditable(!m_run->isBusy());
    if (m_run->currentStepId() == m_info.id && m_run->pendingPlan())
        showPlan(*m_run->pendingPlan());
    else
        showPlan(m_run->plan(m_info.id));
    showResult();
}

void StepPanel::setEditable(bool editable)
{
    for (const QString &key : std::as_const(m_order)) {
        Field &field = m_fields[key];
        field.edit->setReadOnly(!editable);
        if (field.picker)
            field.picker->setEnabled(editable);
    }
    for (QPushButton *button : findChildren<QPushButton *>())
        button->setEnabled(editable);
}

void StepPanel::showPlan(const Plan &plan)
{
    m_plan->clear();
    // Each call: why it is made, then exactly what is sent (expanded; the body can be folded).
    for (const PlannedCall &call : plan.calls) {
        auto *item = new QTreeWidgetItem(m_plan, {call.why});
        item->setToolTip(0, call.why);
        auto *request = new QTreeWidgetItem(
            item, {QString::fromLatin1(call.method) + u' ' + call.url.toString(QUrl::RemoveQuery)});
        request->setToolTip(0, call.url.toString());
        QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        request->setFont(0, mono);
        if (!call.body.isEmpty()) {
            auto *body = new QTreeWidgetItem(item, {QString::fromUtf8(PlanExport::redacted(call.body))});
            body->setFont(0, mono);
            body->setToolTip(0, body->text(0));
        }
        item->setExpanded(true);
    }
    m_plan->setVisible(!plan.calls.isEmpty());
    QStringList notes = plan.notes;
    if (plan.calls.isEmpty() && notes.isEmpty())
        notes << tr("Nothing to send: the step only reads, or what it needs is not known yet.");
    if (plan.confirmation) {
        //: %1 the name the person types to confirm
        notes << tr("Irreversible: it asks you to type %1 before it runs.").arg(plan.confirmation->name);
    }
    m_planNotes->setText(notes.join(u'\n'));
}

void StepPanel::showResult()
{
    const StepRecord record = m_run->stepRecord(m_info.id);
    QString text;
    switch (record.state) {
    case StepState::Pending:
        text = tr("Not run yet.");
        break;
    case StepState::Running:
        text = m_run->progressOf(m_info.id).isEmpty() ? tr("Running…") : m_run->progressOf(m_info.id);
        break;
    case StepState::AlreadyDone:
        text = tr("Already done: nothing was changed.");
        break;
    case StepState::Applied:
        text = tr("Done and verified.");
        break;
    case StepState::Failed:
        text = tr("Failed: %1").arg(record.errorMessage);
        break;
    }
    if (record.isFinished() && !record.by.userPrincipalName.isEmpty())
        text += u' ' + tr("Run by %1.").arg(record.by.userPrincipalName);
    if (record.isFinished()) {
        QStringList outputs;
        for (const QString &key : std::as_const(m_info.outputs)) {
            const QString value = m_run->value(key);
            if (!value.isEmpty())
                outputs << key + QStringLiteral(" = ") + value;
        }
        if (!outputs.isEmpty())
            text += u'\n' + outputs.join(u'\n');
    }
    m_result->setText(text);
}

} // namespace cmk
