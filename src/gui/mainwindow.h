// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>
#include <QUrl>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace ClickScope {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows which API the window talks to; in demo mode the title says so.
    void setApiBase(const QUrl &apiBase, bool demo);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void showAbout();
    void restoreWindowState();

    std::unique_ptr<Ui::MainWindow> m_ui;
};

} // namespace ClickScope
