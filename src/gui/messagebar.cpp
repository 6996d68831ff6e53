// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagebar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QResizeEvent>
#include <QStyle>
#include <QToolButton>

namespace ClickScope {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_action(new QPushButton(this))
    , m_close(new QToolButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    // No taller than sizeHint(), which follows the text at the bar's real width (below).
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setObjectName(QStringLiteral("messageText"));
    m_action->setObjectName(QStringLiteral("messageAction"));
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss message"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action, 0, Qt::AlignVCenter);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    connect(m_action, &QPushButton::clicked, this, [this] {
        hide();
        if (m_callback)
            m_callback();
    });
    hide();
}

void MessageBar::showMessage(Kind kind, const QString &text, const QString &actionText, std::function<void()> action)
{
    const QStyle::StandardPixmap icon = kind == Kind::Error ? QStyle::SP_MessageBoxCritical
        : kind == Kind::Warning                             ? QStyle::SP_MessageBoxWarning
                                                            : QStyle::SP_MessageBoxInformation;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    QPalette p = palette();
    const QColor base = kind == Kind::Error ? QColor(0xfd, 0xec, 0xea)
        : kind == Kind::Warning             ? QColor(0xfd, 0xf6, 0xe3)
                                            : QColor(0xe8, 0xf1, 0xfb);
    p.setColor(QPalette::Window, base);
    p.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    setPalette(p);
    m_text->setText(text);
    setAccessibleName(text);
    m_callback = std::move(action);
    m_action->setVisible(!actionText.isEmpty());
    m_action->setText(actionText);
    show();
    updateGeometry();
}

QSize MessageBar::sizeHint() const
{
    // A word-wrapped label's own hint assumes a narrow, tall block of text; at the bar's width it needs fewer lines.
    QSize hint = QFrame::sizeHint();
    if (width() > 0 && hasHeightForWidth())
        hint.setHeight(heightForWidth(width()));
    return hint;
}

void MessageBar::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    if (event->size().width() != event->oldSize().width())
        updateGeometry(); // the height follows the width
}

QString MessageBar::text() const
{
    return isVisible() ? m_text->text() : QString();
}

} // namespace ClickScope
