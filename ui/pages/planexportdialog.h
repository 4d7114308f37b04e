#pragma once

#include <QDialog>

class QComboBox;
class QPlainTextEdit;

namespace cmk {

class RunSession;

/// The plan of a run's unfinished steps as an az CLI script, a PowerShell script or an ARM
/// template (core/workflow/planexport.h), to copy or save for a change review.
class PlanExportDialog : public QDialog
{
    Q_OBJECT

public:
    PlanExportDialog(const RunSession *run, QWidget *parent = nullptr);

    QString text() const;

private:
    void render();
    void save();

    const RunSession *m_run;
    QComboBox *m_format;
    QPlainTextEdit *m_text;
};

} // namespace cmk
