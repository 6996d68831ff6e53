// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;
class QToolButton;

namespace ClickScope {

// A non-modal bar above the content for errors and notices, with one action (Retry, Enter credentials…).
// Nothing modal: the rows already loaded stay visible and usable underneath.
class MessageBar : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Error, Warning, Information };
    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text, const QString &actionText = {}, std::function<void()> action = {});
    QString text() const;
    QPushButton *actionButton() const { return m_action; }
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_action;
    QToolButton *m_close;
    std::function<void()> m_callback;
};

} // namespace ClickScope
