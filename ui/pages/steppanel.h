#pragma once

#include "workflow/runstate.h"
#include "workflow/step.h"

#include <QHash>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace cmk {

class HandoffImportPanel;
class MessageBanner;
class RunSession;

/// One step of a track, built from its description (workflow::Step): its number and title as in
/// the how-to, its summary with the documentation link, its inputs (pickers filled from the cloud
/// where core can list them, free text always possible) with the error under each field, the plan
/// (every call, expandable to its body) and the step's result. Edits go straight to the run.
class StepPanel : public QWidget
{
    Q_OBJECT

public:
    StepPanel(RunSession *run, const workflow::Step *step, QWidget *parent = nullptr);

    QString stepId() const { return m_info.id; }
    /// The inputs shown here that have a problem (empty when every one is fine).
    QStringList inputProblems() const;
    /// Reads the values, plan and result from the run again.
    void refresh();
    /// Shows `plan` (the one waiting for approval) instead of the one computed from the values.
    void showPlan(const workflow::Plan &plan);
    /// Inputs can be edited only while the run is not busy (a running step reads them).
    void setEditable(bool editable);
    /// Lists choices for every picker from the cloud (after sign-in, or when asked).
    void loadChoices();

Q_SIGNALS:
    /// An input was edited: the page re-checks whether the run can start.
    void inputsEdited();

private:
    struct Field
    {
        workflow::InputSpec spec;
        QLineEdit *edit = nullptr; ///< the line edit (a picker's own, for pickers)
        QComboBox *picker = nullptr;
        MessageBanner *error = nullptr; ///< under the field; hidden while the value is fine
        HandoffImportPanel *handoff = nullptr; ///< what a hand-off file to read carries
    };

    void addField(QWidget *box, QFormLayout *form, const workflow::InputSpec &spec);
    void edited(const QString &key, const QString &text);
    void validate(Field &field);
    void loadChoices(const QString &key);
    void showResult();

    RunSession *m_run;
    const workflow::Step *m_step;
    workflow::Step::Info m_info;
    QHash<QString, Field> m_fields;
    QStringList m_order;
    QGroupBox *m_inputsBox = nullptr;
    QTreeWidget *m_plan;
    QLabel *m_planNotes;
    QLabel *m_result;
    QTimer m_refresh; ///< one refresh per pass of the event loop, however many values changed
};

} // namespace cmk
