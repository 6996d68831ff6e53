// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "ui_mainwindow.h"

#include "core/appinfo.h"

#include <QCloseEvent>
#include <QKeySequence>
#include <QMessageBox>
#include <QSettings>

namespace ClickScope {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    m_ui->actionFullScreen->setShortcut(QKeySequence::FullScreen);
    m_ui->emptyStateLabel->setText(tr("<h2>No campaign loaded</h2><p>The campaign and link pickers, the click table "
                                      "and the chart arrive in the next versions.</p>"));
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionFullScreen, &QAction::toggled, this,
        [this](bool on) { setWindowState(on ? windowState() | Qt::WindowFullScreen : windowState() & ~Qt::WindowFullScreen); });
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

void MainWindow::setApiBase(const QUrl &apiBase, bool demo)
{
    setWindowTitle(demo ? tr("ClickScope — Demo") : tr("ClickScope"));
    statusBar()->showMessage(demo ? tr("Demo mode: generated data from the built-in sandbox at %1")
                                        .arg(apiBase.toDisplayString())
                                  : tr("API: %1").arg(apiBase.toDisplayString()));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About ClickScope"),
        tr("<h3>ClickScope %1</h3><p>Who clicked which link in your email campaign, and when.</p>"
           "<p>License: %2 (GNU General Public License, version 3 or later).</p>")
            .arg(versionString(), licenseName()));
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

} // namespace ClickScope
