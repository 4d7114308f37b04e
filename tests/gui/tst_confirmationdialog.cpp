// The typed confirmation dialog on the offscreen platform: wrong text keeps the action disabled,
// the exact name enables it, Enter never confirms by accident, Escape cancels.

#include "widgets/confirmationdialog.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>
#include <QTimer>

using namespace cmk;

class TestConfirmationDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsWhatIsAffected();
    void onlyTheExactNameEnables_data();
    void onlyTheExactNameEnables();
    void enterDoesNotConfirmAWrongName();
    void askReturnsTheNameWhenConfirmed();
    void escapeCancels();

private:
    static workflow::Confirmation confirmation()
    {
        return {QStringLiteral("contoso-cmk-policy"),
                {QStringLiteral("Contoso Sales (production)"), QStringLiteral("Contoso HR (sandbox)")},
                QStringLiteral("Both environments go offline until the key is restored.")};
    }
    /// Runs `drive` on the modal dialog once it shows.
    static void whenShown(std::function<void(ConfirmationDialog *)> drive)
    {
        QTimer::singleShot(0, qApp, [drive] {
            QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<ConfirmationDialog *>(QApplication::activeModalWidget()),
                                     5000);
            drive(qobject_cast<ConfirmationDialog *>(QApplication::activeModalWidget()));
        });
    }
};

void TestConfirmationDialog::showsWhatIsAffected()
{
    ConfirmationDialog dialog(confirmation(), QStringLiteral("Lock"));
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("affectedList"));
    QVERIFY(list);
    QCOMPARE(list->count(), 2);
    QCOMPARE(list->item(0)->text(), QStringLiteral("Contoso Sales (production)"));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("confirmationWarning"))
                ->text()
                .contains(QStringLiteral("offline")));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("confirmationPrompt"))
                ->text()
                .contains(QStringLiteral("contoso-cmk-policy")));
    auto *button = dialog.findChild<QPushButton *>(QStringLiteral("confirmButton"));
    QCOMPARE(button->text(), QStringLiteral("Lock"));
    QVERIFY(!button->isEnabled());
    QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("confirmationName"))->accessibleName().isEmpty());
}

void TestConfirmationDialog::onlyTheExactNameEnables_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("enabled");
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("prefix") << QStringLiteral("contoso-cmk") << false;
    QTest::newRow("other case") << QStringLiteral("Contoso-CMK-Policy") << false;
    QTest::newRow("trailing space") << QStringLiteral("contoso-cmk-policy ") << false;
    QTest::newRow("leading space") << QStringLiteral(" contoso-cmk-policy") << false;
    QTest::newRow("longer") << QStringLiteral("contoso-cmk-policy2") << false;
    QTest::newRow("exact") << QStringLiteral("contoso-cmk-policy") << true;
}

void TestConfirmationDialog::onlyTheExactNameEnables()
{
    QFETCH(QString, typed);
    QFETCH(bool, enabled);
    ConfirmationDialog dialog(confirmation(), QStringLiteral("Remove"));
    dialog.show();
    auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("confirmationName"));
    QTest::keyClicks(edit, typed);
    QCOMPARE(dialog.findChild<QPushButton *>(QStringLiteral("confirmButton"))->isEnabled(), enabled);
    QCOMPARE(dialog.matches(), enabled);
    // Changing it back disables again.
    if (enabled) {
        QTest::keyClick(edit, Qt::Key_Backspace);
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("confirmButton"))->isEnabled());
    }
}

void TestConfirmationDialog::enterDoesNotConfirmAWrongName()
{
    ConfirmationDialog dialog(confirmation(), QStringLiteral("Lock"));
    dialog.show();
    auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("confirmationName"));
    QTest::keyClicks(edit, QStringLiteral("contoso"));
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(dialog.result() != QDialog::Accepted);
}

void TestConfirmationDialog::askReturnsTheNameWhenConfirmed()
{
    whenShown([](ConfirmationDialog *dialog) {
        auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("confirmationName"));
        QTest::keyClicks(edit, QStringLiteral("contoso-cmk-policy"));
        QTest::keyClick(edit, Qt::Key_Return); // the action is the default once the name matches
    });
    const auto typed = ConfirmationDialog::ask(nullptr, confirmation(), QStringLiteral("Lock"));
    QVERIFY(typed.has_value());
    QCOMPARE(*typed, QStringLiteral("contoso-cmk-policy"));
}

void TestConfirmationDialog::escapeCancels()
{
    whenShown([](ConfirmationDialog *dialog) {
        auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("confirmationName"));
        QTest::keyClicks(edit, QStringLiteral("contoso-cmk-policy"));
        QTest::keyClick(edit, Qt::Key_Escape);
    });
    QVERIFY(!ConfirmationDialog::ask(nullptr, confirmation(), QStringLiteral("Lock")).has_value());
}

QTEST_MAIN(TestConfirmationDialog)
#include "tst_confirmationdialog.moc"
