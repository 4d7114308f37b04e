#pragma once

#include <QFrame>

class QLabel;

namespace cmk {

/// An inline message on a page: information, a warning or an error, with the palette's
/// colours and the style's standard icons (never a hard-coded red). Hidden when empty.
class MessageBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Information, Warning, Error };

    explicit MessageBanner(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text);
    void clear();

    Kind kind() const { return m_kind; }
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyStyle();

    QLabel *m_icon;
    QLabel *m_text;
    Kind m_kind = Kind::Information;
};

} // namespace cmk
