#include "widgets/messagebanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace cmk {

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase); // follows light and dark palettes
    m_text->setObjectName(QStringLiteral("messageText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setOpenExternalLinks(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    setVisible(false);
}

void MessageBanner::showMessage(Kind kind, const QString &text)
{
    m_kind = kind;
    m_text->setText(text);
    setAccessibleDescription(text);
    applyStyle();
    setVisible(!text.isEmpty());
}

void MessageBanner::clear()
{
    m_text->clear();
    setAccessibleDescription(QString());
    setVisible(false);
}

QString MessageBanner::text() const
{
    return m_text->text();
}

void MessageBanner::changeEvent(QEvent *event)
{
    // The icon is only needed while a message shows; hidden banners cost nothing at start-up.
    if (event->type() == QEvent::StyleChange && !m_text->text().isEmpty())
        applyStyle();
    QFrame::changeEvent(event);
}

void MessageBanner::applyStyle()
{
    const QStyle::StandardPixmap icon = m_kind == Kind::Error ? QStyle::SP_MessageBoxCritical
        : m_kind == Kind::Warning                             ? QStyle::SP_MessageBoxWarning
                                                              : QStyle::SP_MessageBoxInformation;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
    m_icon->setAccessibleName(m_kind == Kind::Error         ? tr("Error")
                                  : m_kind == Kind::Warning ? tr("Warning")
                                                            : tr("Information"));
}

} // namespace cmk
