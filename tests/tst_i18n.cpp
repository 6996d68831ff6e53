// SPDX-License-Identifier: GPL-3.0-or-later
// ClickScope in German: the embedded catalog is installed as the app does it, then every state a user reaches —
// the welcome panel, a loaded campaign with its chart, an error, the menus and context menus, Preferences,
// Credentials, a contact and About — is walked widget by widget. No visible text, tooltip, accessible name, menu
// item, header or chart title may still be English. The CLI and the window follow the system language and the
// override in the settings (checked on the real executables).
//
// "English" is decided from the catalogs themselves: a text equal to an English source whose German translation
// differs, or a text holding a word that occurs in the English sources but in no German translation. Data from the
// API (campaign names, URLs, e-mail addresses, contact fields) is removed first: it is the user's, not ours.
#include "appinfo.h"
#include "backend/backendfactory.h"
#include "gui/contactdialog.h"
#include "gui/credentialsdialog.h"
#include "gui/mainwindow.h"
#include "gui/messagebar.h"
#include "gui/preferencesdialog.h"
#include "i18n.h"
#include "net/httpclient.h"
#include "sandboxfixture.h"
#include "secrets/credentialstore.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTextEdit>
#include <QTranslator>
#include <QTreeView>
#include <QXmlStreamReader>

using namespace ClickScope;
using namespace ClickScope::Tests;
using ClickScope::Sandbox::FaultPlan;

namespace {

struct Message {
    QString context, source;
    QStringList translations;
};

QList<Message> readCatalog(const QString &path)
{
    QList<Message> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name"))
            context = xml.readElementText();
        else if (name == QLatin1String("message"))
            m = Message { context, {}, {} };
        else if (name == QLatin1String("source"))
            m.source = xml.readElementText();
        else if (name == QLatin1String("translation")) {
            // Either text or <numerusform> children.
            QString text;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    m.translations << xml.readElementText();
            }
            if (m.translations.isEmpty())
                m.translations << text;
            out << m;
        }
    }
    return out;
}

QString withoutAccelerator(QString text)
{
    text.replace(QLatin1String("&&"), QLatin1String("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text.trimmed();
}

// A text as the user reads it: no markup, no accelerator.
QString plainText(const QString &text)
{
    return withoutAccelerator(Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text);
}

const QRegularExpression &wordPattern()
{
    static const QRegularExpression re(QStringLiteral("[\\p{L}]{3,}"));
    return re;
}

// The language under test: German unless CLICKSCOPE_TEST_LANGUAGE says fr or es (CTest runs all three). The names
// below say "German" for short.
QString testLanguage()
{
    return qEnvironmentVariable("CLICKSCOPE_TEST_LANGUAGE", QStringLiteral("de"));
}

QString catalogPath(const QString &language)
{
    return QStringLiteral(CLICKSCOPE_SOURCE_DIR "/translations/clickscope_") + language + QStringLiteral(".ts");
}

// Decides whether a text shown in the German UI is English.
class EnglishDetector
{
public:
    bool load(const QString &enPath, const QString &dePath)
    {
        const QList<Message> en = readCatalog(enPath), de = readCatalog(dePath);
        QHash<QString, QStringList> german; // context + source -> the German forms
        QSet<QString> germanWords;
        // The CLI's catalog is left out: its help keeps English commands and options ("clicks", "links") that
        // would otherwise count as German words. The CLI is checked against its catalog text directly.
        for (const Message &m : de) {
            if (m.context == QLatin1String("Cli"))
                continue;
            german.insert(m.context + QLatin1Char('\x1f') + m.source, m.translations);
            for (const QString &t : m.translations)
                for (const auto &w : wordPattern().globalMatch(t))
                    germanWords.insert(w.captured().toLower());
        }
        for (const Message &m : en) {
            if (m.context == QLatin1String("Cli"))
                continue;
            // English as shown: without accelerator or markup. It counts when no German form reads the same
            // (French "%Ln contacts" is the English plural too).
            const QString plain = plainText(m.source);
            bool sameInGerman = false;
            for (const QString &g : german.value(m.context + QLatin1Char('\x1f') + m.source))
                sameInGerman = sameInGerman || plainText(g) == plain;
            if (!sameInGerman && plain.size() > 1)
                m_englishTexts.insert(plain);
            for (const QString &t : QStringList(m.source) + m.translations)
                for (const auto &w : wordPattern().globalMatch(t)) {
                    const QString word = w.captured().toLower();
                    if (!germanWords.contains(word))
                        m_englishWords.insert(word);
                }
        }
        return en.size() > 100 && en.size() == de.size();
    }

    void addData(const QString &text)
    {
        if (text.size() >= 2)
            m_data << text;
    }
    void sortData()
    {
        // Longest first, and only whole: "work" (a directory) must not take "work" out of "network".
        std::sort(m_data.begin(), m_data.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
        m_data.removeDuplicates();
        m_dataPatterns.clear();
        for (const QString &d : m_data)
            m_dataPatterns << QRegularExpression(QStringLiteral("(?<![\\p{L}\\p{N}])") + QRegularExpression::escape(d)
                + QStringLiteral("(?![\\p{L}\\p{N}])"));
    }

    // What is English in `text` ("" when nothing).
    QString englishIn(const QString &shown) const
    {
        QString text = plainText(shown);
        if (m_englishTexts.contains(text))
            return text;
        for (const QRegularExpression &d : m_dataPatterns)
            text.replace(d, QStringLiteral(" "));
        // Addresses and file paths are data too.
        static const QRegularExpression urlsAndEmails(QStringLiteral("(https?://\\S+|\\S+@\\S+|(?<!\\S)~?/\\S*)"));
        text.replace(urlsAndEmails, QStringLiteral(" "));
        QStringList words;
        for (const auto &w : wordPattern().globalMatch(text))
            if (m_englishWords.contains(w.captured().toLower()))
                words << w.captured();
        return words.join(QLatin1Char(' '));
    }

    int englishWordCount() const { return int(m_englishWords.size()); }

private:
    QSet<QString> m_englishTexts;
    QSet<QString> m_englishWords;
    QStringList m_data;
    QList<QRegularExpression> m_dataPatterns;
};

struct Shown {
    QString where;
    QString text;
};

void addText(QList<Shown> &out, const QString &where, const QString &text)
{
    if (!text.trimmed().isEmpty())
        out << Shown { where, text };
}

void collectActions(QList<Shown> &out, const QString &where, const QList<QAction *> &actions)
{
    for (QAction *a : actions) {
        if (a->isSeparator() || !a->isVisible())
            continue;
        const QString here = where + QLatin1String(" > ") + withoutAccelerator(a->text());
        addText(out, here + QLatin1String(" (text)"), a->text());
        addText(out, here + QLatin1String(" (tooltip)"), a->toolTip());
        addText(out, here + QLatin1String(" (status tip)"), a->statusTip());
        if (QMenu *menu = a->menu())
            collectActions(out, here, menu->actions());
    }
}

void collectModel(QList<Shown> &out, const QString &where, QAbstractItemModel *model)
{
    if (!model)
        return;
    for (int c = 0; c < model->columnCount(); ++c) {
        addText(out, where + QLatin1String(" header"), model->headerData(c, Qt::Horizontal).toString());
        addText(out, where + QLatin1String(" header tooltip"),
            model->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString());
    }
    for (int r = 0; r < std::min(model->rowCount(), 40); ++r)
        for (int c = 0; c < model->columnCount(); ++c) {
            const QModelIndex i = model->index(r, c);
            addText(out, where + QStringLiteral(" row %1").arg(r), i.data().toString());
            addText(out, where + QStringLiteral(" row %1 tooltip").arg(r), i.data(Qt::ToolTipRole).toString());
        }
}

// Every text a user can see or hear in `root` and its visible children.
QList<Shown> visibleTexts(QWidget *root)
{
    QList<Shown> out;
    QList<QWidget *> widgets { root };
    widgets += root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisible())
            continue;
        const QString where = QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ')
            + (w->objectName().isEmpty() ? QStringLiteral("(unnamed)") : w->objectName());
        if (w->isWindow())
            addText(out, where + QLatin1String(" title"), w->windowTitle());
        addText(out, where + QLatin1String(" tooltip"), w->toolTip());
        addText(out, where + QLatin1String(" accessible name"), w->accessibleName());
        addText(out, where + QLatin1String(" accessible description"), w->accessibleDescription());
        addText(out, where + QLatin1String(" status tip"), w->statusTip());
        addText(out, where + QLatin1String(" what's this"), w->whatsThis());
        if (auto *l = qobject_cast<QLabel *>(w))
            addText(out, where + QLatin1String(" text"), l->text());
        if (auto *b = qobject_cast<QAbstractButton *>(w))
            addText(out, where + QLatin1String(" text"), b->text());
        if (auto *g = qobject_cast<QGroupBox *>(w))
            addText(out, where + QLatin1String(" title"), g->title());
        if (auto *e = qobject_cast<QLineEdit *>(w)) {
            addText(out, where + QLatin1String(" placeholder"), e->placeholderText());
            if (e->isReadOnly())
                addText(out, where + QLatin1String(" text"), e->text());
        }
        if (auto *c = qobject_cast<QComboBox *>(w)) {
            addText(out, where + QLatin1String(" placeholder"), c->placeholderText());
            if (!c->isEditable())
                for (int i = 0; i < c->count(); ++i)
                    addText(out, where + QStringLiteral(" item %1").arg(i), c->itemText(i));
        }
        if (auto *p = qobject_cast<QProgressBar *>(w))
            addText(out, where + QLatin1String(" text"), p->text());
        if (auto *s = qobject_cast<QStatusBar *>(w))
            addText(out, where + QLatin1String(" message"), s->currentMessage());
        if (auto *t = qobject_cast<QTextEdit *>(w))
            addText(out, where + QLatin1String(" text"), t->toPlainText());
        if (auto *v = qobject_cast<QAbstractItemView *>(w))
            collectModel(out, where, v->model());
        if (auto *cv = qobject_cast<QChartView *>(w)) {
            QChart *chart = cv->chart();
            addText(out, where + QLatin1String(" chart title"), chart->title());
            for (QAbstractAxis *axis : chart->axes())
                addText(out, where + QLatin1String(" axis title"), axis->titleText());
            for (QAbstractSeries *series : chart->series())
                addText(out, where + QLatin1String(" series"), series->name());
        }
        if (auto *bar = qobject_cast<QMenuBar *>(w))
            collectActions(out, where, bar->actions());
        else if (!qobject_cast<QMenu *>(w))
            collectActions(out, where + QLatin1String(" context menu"), w->actions());
    }
    return out;
}

// Labels and buttons whose German text does not fit: a word-wrapped label shorter than its text at its width, or a
// one-line label or button narrower than its text.
QStringList cutOff(QWidget *root)
{
    QStringList out;
    QList<QWidget *> widgets { root };
    widgets += root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisible())
            continue;
        const QString name = QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ') + w->objectName();
        if (auto *l = qobject_cast<QLabel *>(w)) {
            if (l->text().isEmpty() || !l->pixmap().isNull())
                continue;
            if (l->wordWrap() && l->height() < l->heightForWidth(l->width()))
                out << QStringLiteral("%1 \"%2\": %3 px tall, needs %4")
                           .arg(name, l->text().left(50))
                           .arg(l->height())
                           .arg(l->heightForWidth(l->width()));
            else if (!l->wordWrap() && l->width() < l->minimumSizeHint().width())
                out << QStringLiteral("%1 \"%2\": %3 px wide, needs %4")
                           .arg(name, l->text().left(50))
                           .arg(l->width())
                           .arg(l->minimumSizeHint().width());
        } else if (auto *b = qobject_cast<QAbstractButton *>(w)) {
            if (!b->text().isEmpty() && b->width() < b->minimumSizeHint().width())
                out << QStringLiteral("%1 \"%2\": %3 px wide, needs %4")
                           .arg(name, b->text())
                           .arg(b->width())
                           .arg(b->minimumSizeHint().width());
        }
    }
    return out;
}

// Keyboard-reachable controls a screen reader could not name: no text, no accessible name, no label pointing at
// them.
QStringList unnamed(QWidget *root)
{
    QSet<QWidget *> labelled;
    for (QLabel *l : root->findChildren<QLabel *>())
        if (l->buddy())
            labelled.insert(l->buddy());
    QStringList out;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisible() || !(w->focusPolicy() & Qt::TabFocus) || !w->accessibleName().isEmpty()
            || labelled.contains(w))
            continue;
        if (auto *b = qobject_cast<QAbstractButton *>(w); b && !b->text().isEmpty())
            continue;
        // Parts Qt names itself or that belong to a control checked on its own (a scroll area's viewport).
        auto *area = qobject_cast<QAbstractScrollArea *>(w->parentWidget());
        if ((area && area->viewport() == w) || qobject_cast<QMenu *>(w) || w->inherits("QTabBar")
            || w->objectName().startsWith(QLatin1String("qt_"))
            || (w->parentWidget() && !w->parentWidget()->accessibleName().isEmpty()
                && (w->parentWidget()->inherits("QComboBox") || w->parentWidget()->inherits("QAbstractSpinBox"))))
            continue;
        QString path;
        for (QWidget *p = w; p && p != root; p = p->parentWidget())
            path = QString::fromLatin1(p->metaObject()->className()) + QLatin1Char(' ') + p->objectName()
                + (path.isEmpty() ? QString() : QLatin1String(" > ") + path);
        out << path;
    }
    return out;
}

// With CLICKSCOPE_TEST_SCREENSHOTS=DIR the walked windows are also saved as PNGs, for a person to look at.
void saveShot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("CLICKSCOPE_TEST_SCREENSHOTS");
    if (!dir.isEmpty())
        w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace

class TestI18n : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void germanCatalogInstalled();
    void detectorFindsEnglish();
    void welcomeIsGerman();
    void loadedWindowIsGerman();
    void errorIsGerman();
    void dialogsAreGerman();
    void cliFollowsSystemLanguage_data();
    void cliFollowsSystemLanguage();
    void windowFollowsSystemAndOverride();

private:
    void openLoadedWindow();
    void expectGerman(const QList<Shown> &texts, int minimumTexts);
    void expectFits(QWidget *root);
    QByteArray run(const QString &program, const QStringList &args, const QMap<QString, QString> &env);

    SandboxFixture m_fx;
    EnglishDetector m_detector;
    std::unique_ptr<MainWindow> m_window;
    QString m_installed;
};

void TestI18n::initTestCase()
{
    // As src/app/main.cpp does, with the override set to German (before test mode: QtKeychain's catalog is found
    // through the system's data directories).
    m_installed = I18n::install(qApp, testLanguage());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ClickScopeTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_i18n_") + testLanguage()); // runs may be parallel
    QVERIFY(m_detector.load(
        QStringLiteral(CLICKSCOPE_SOURCE_DIR "/translations/clickscope_en.ts"), catalogPath(testLanguage())));

    ClickScope::Sandbox::SandboxConfig config;
    config.data.seed = 7;
    config.data.campaigns = 5;
    config.data.clicks = 3000;
    config.data.contacts = 800;
    QVERIFY(m_fx.start(config));
    // The API's data is the user's: campaign names and subjects, link URLs, contact names.
    const auto &data = m_fx.sandbox->dataset();
    for (const auto &c : data.campaigns()) {
        m_detector.addData(QString::fromUtf8(c.name));
        m_detector.addData(QString::fromUtf8(c.subject));
        for (const auto &l : c.links)
            m_detector.addData(QString::fromUtf8(l.url));
    }
    m_detector.addData(licenseName()); // an SPDX identifier: "GPL-3.0-or-later"
    // The file dialogs list the user's directories by name.
    for (const QString &path : { QDir::homePath(), QDir::currentPath() })
        for (const QString &part : path.split(QLatin1Char('/'), Qt::SkipEmptyParts))
            m_detector.addData(part);
    m_detector.sortData();
}

void TestI18n::init()
{
    QSettings().clear();
    m_fx.sandbox->setFaultPlan({});
    m_fx.setCredentials(
        Credentials::v2(QStringLiteral("clickscope-demo-key"), QStringLiteral("clickscope-demo-token")));
}

void TestI18n::cleanup()
{
    m_window.reset();
}

void TestI18n::germanCatalogInstalled()
{
    QCOMPARE(m_installed, testLanguage());
    // Ours, and Qt's own (standard buttons) for the same language.
    QTranslator own;
    QVERIFY(own.load(QStringLiteral(":/i18n/clickscope_") + testLanguage()));
    QCOMPARE(QCoreApplication::translate("ClickScope::MainWindow", "Retry"),
        own.translate("ClickScope::MainWindow", "Retry"));
    QVERIFY(QCoreApplication::translate("ClickScope::MainWindow", "Retry") != QLatin1String("Retry"));
    QVERIFY(QCoreApplication::translate("QPlatformTheme", "Cancel") != QLatin1String("Cancel"));
    // QtKeychain's messages (shown when the keychain fails) too, where QtKeychain has the language (de, fr here;
    // not es).
    if (QFileInfo::exists(QStringLiteral("/usr/share/qt6keychain/translations/qtkeychain_%1.qm").arg(testLanguage())))
        QVERIFY(QCoreApplication::translate("QKeychain::ReadPasswordJobPrivate", "Entry not found")
            != QLatin1String("Entry not found"));
    QCOMPARE(I18n::resolve(QStringLiteral("de_AT")), QStringLiteral("de"));
    QCOMPARE(I18n::resolve(QStringLiteral("fr-CA")), QStringLiteral("fr"));
    QCOMPARE(I18n::resolve(QStringLiteral("es")), QStringLiteral("es"));
    QCOMPARE(I18n::resolve(QStringLiteral("it")), QStringLiteral("en")); // no catalog: the source language
}

void TestI18n::detectorFindsEnglish()
{
    // The detector itself can fail: English sources are caught, their German translations pass.
    QVERIFY(m_detector.englishWordCount() > 100);
    const QList<Message> en = readCatalog(QStringLiteral(CLICKSCOPE_SOURCE_DIR "/translations/clickscope_en.ts"));
    const QList<Message> de = readCatalog(catalogPath(testLanguage()));
    QCOMPARE(en.size(), de.size());
    int caught = 0, prose = 0;
    for (qsizetype i = 0; i < de.size(); ++i) {
        QCOMPARE(de[i].source, en[i].source);
        if (de[i].context == QLatin1String("Cli"))
            continue;
        for (const QString &t : de[i].translations)
            QVERIFY2(m_detector.englishIn(t).isEmpty(),
                qPrintable(QStringLiteral("%1 → %2: %3").arg(de[i].source, t, m_detector.englishIn(t))));
        bool same = false;
        for (const QString &t : de[i].translations)
            same = same || plainText(t) == plainText(de[i].source);
        if (same)
            continue; // the same in both languages ("%1, %2", "Status")
        ++prose;
        if (!m_detector.englishIn(de[i].source).isEmpty())
            ++caught;
        else
            qWarning("English source not recognised as English: %s", qPrintable(de[i].source));
    }
    QVERIFY(prose > 200);
    QCOMPARE(caught, prose);
    // A sentence that was never in the catalog, as a string someone forgot to wrap in tr().
    QVERIFY(!m_detector.englishIn(QStringLiteral("Loading the chart failed")).isEmpty());
    // Addresses are data, even when they hold English words.
    QVERIFY(
        m_detector.englishIn(QStringLiteral("https://example.org/loading-clicks loading@clicks.example")).isEmpty());
}

void TestI18n::expectGerman(const QList<Shown> &texts, int minimumTexts)
{
    QStringList english;
    for (const Shown &s : texts) {
        const QString found = m_detector.englishIn(s.text);
        if (!found.isEmpty())
            english << QStringLiteral("%1: \"%2\" (%3)").arg(s.where, s.text.left(120), found);
    }
    QVERIFY2(english.isEmpty(),
        qPrintable(QLatin1String("English in the German UI:\n  ") + english.join(QLatin1String("\n  "))));
    QVERIFY2(texts.size() >= minimumTexts, qPrintable(QStringLiteral("only %1 texts seen").arg(texts.size())));
}

void TestI18n::expectFits(QWidget *root)
{
    const QStringList nameless = unnamed(root);
    QVERIFY2(nameless.isEmpty(),
        qPrintable(QLatin1String("Controls without an accessible name:\n  ") + nameless.join(QLatin1String("\n  "))));
    // A text that just changed (the footer after a load) is laid out by the next turn of the event loop: wait for it.
    QStringList cut;
    const bool fits = QTest::qWaitFor(
        [&] {
            cut = cutOff(root);
            return cut.isEmpty();
        },
        2000);
    QVERIFY2(fits && cut.isEmpty(),
        qPrintable(QLatin1String("Cut-off text in the German UI:\n  ") + cut.join(QLatin1String("\n  "))));
}

void TestI18n::openLoadedWindow()
{
    m_window = std::make_unique<MainWindow>();
    m_window->setBackend(BackendFactory::createV2(m_fx.client.get()));
    m_window->resize(1280, 800);
    m_window->show();
    QSignalSpy ended(m_window.get(), &MainWindow::clicksLoadEnded);
    m_window->start();
    auto *campaigns = m_window->findChild<QListView *>(QStringLiteral("campaignList"));
    QVERIFY(campaigns);
    QTRY_VERIFY(campaigns->model()->rowCount() > 0);
    QTRY_VERIFY_WITH_TIMEOUT(ended.count() >= 1, 30000);
}

void TestI18n::welcomeIsGerman()
{
    m_fx.setCredentials({});
    MainWindow window;
    window.setBackend(BackendFactory::createV2(m_fx.client.get()));
    window.resize(1280, 800);
    window.show();
    window.start();
    auto *demo = window.findChild<QPushButton *>(QStringLiteral("tryDemoButton"));
    QTRY_VERIFY(demo && demo->isVisible());
    QCOMPARE(demo->text(), QCoreApplication::translate("MainWindow", "Explore the Demo"));
    QVERIFY(demo->text() != QLatin1String("Explore the Demo"));
    // The German text is longer than the English one: all of it shows.
    auto *text = window.findChild<QLabel *>(QStringLiteral("welcomeText"));
    QVERIFY(text);
    QTRY_VERIFY2(text->visibleRegion().boundingRect().height() >= text->heightForWidth(text->width()),
        qPrintable(QStringLiteral("%1 px visible, needs %2")
                       .arg(text->visibleRegion().boundingRect().height())
                       .arg(text->heightForWidth(text->width()))));
    saveShot(&window, testLanguage() + QStringLiteral("-welcome"));
    expectGerman(visibleTexts(&window), 30);
    expectFits(&window);
    if (QTest::currentTestFailed())
        return;
}

void TestI18n::loadedWindowIsGerman()
{
    openLoadedWindow();
    if (QTest::currentTestFailed())
        return;
    auto *table = m_window->findChild<QAbstractItemView *>(QStringLiteral("clickTable"));
    QVERIFY(table && table->model()->rowCount() > 0);
    // The footer is German and counts as the app does.
    auto *footer = m_window->findChild<QLabel *>(QStringLiteral("footerLabel"));
    QVERIFY(footer);
    QVERIFY2(
        !footer->text().isEmpty() && !footer->text().contains(QLatin1String("clicks")), qPrintable(footer->text()));
    const QList<Shown> loaded = visibleTexts(m_window.get());
    expectGerman(loaded, 80);
    expectFits(m_window.get());
    if (QTest::currentTestFailed())
        return;

    // A filter that matches nothing: the chart's empty state.
    auto *filter = m_window->findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    QVERIFY(filter);
    filter->setText(QStringLiteral("no-such-contact-anywhere"));
    QTRY_COMPARE(table->model()->rowCount(), 0);
    auto *chart = m_window->findChild<QChartView *>();
    QVERIFY(chart);
    QTRY_VERIFY(!chart->chart()->title().isEmpty());
    expectGerman(visibleTexts(m_window.get()), 80);
    expectFits(m_window.get());
    if (QTest::currentTestFailed())
        return;
}

void TestI18n::errorIsGerman()
{
    openLoadedWindow();
    if (QTest::currentTestFailed())
        return;
    // The next load stops on a next_link to another host: the message, its button and the status bar are ours.
    m_fx.sandbox->setFaultPlan(*FaultPlan::parse(QStringLiteral("clicks:1:foreign-link")));
    QSignalSpy ended(m_window.get(), &MainWindow::clicksLoadEnded);
    m_window->loadSelectedClicks(); // a new load of the same link
    QTRY_VERIFY_WITH_TIMEOUT(ended.count() >= 1, 30000);
    auto *bar = m_window->findChild<MessageBar *>();
    QVERIFY(bar);
    QTRY_VERIFY(bar->isVisible());
    const QString foreign = QCoreApplication::translate("ClickScope::HttpClient",
        "The server sent a next page link that is not on the API's own address; it was not followed, and loading "
        "stopped.");
    QVERIFY(!foreign.startsWith(QLatin1String("The server")));
    QVERIFY2(bar->text().contains(foreign), qPrintable(bar->text()));
    saveShot(m_window.get(), testLanguage() + QStringLiteral("-error"));
    expectGerman(visibleTexts(m_window.get()), 80);
    expectFits(m_window.get());
    if (QTest::currentTestFailed())
        return;
}

void TestI18n::dialogsAreGerman()
{
    openLoadedWindow();
    if (QTest::currentTestFailed())
        return;

    // File → Preferences…
    QAction *preferences = m_window->findChild<QAction *>(QStringLiteral("actionPreferences"));
    QVERIFY(preferences);
    preferences->trigger();
    PreferencesDialog *prefs = nullptr;
    QTRY_VERIFY((prefs = m_window->findChild<PreferencesDialog *>()) != nullptr);
    QTRY_VERIFY(prefs->isVisible());
    saveShot(prefs, testLanguage() + QStringLiteral("-preferences"));
    expectGerman(visibleTexts(prefs), 6);
    expectFits(prefs);
    if (QTest::currentTestFailed())
        return;
    prefs->reject();

    // Account → Credentials… (the dialog as the app builds it), with Advanced opened.
    InMemoryCredentialStore store;
    CredentialsDialog credentials(&store, m_fx.sandbox->baseUrl(), {}, m_window.get());
    credentials.show();
    QTRY_VERIFY(credentials.isVisible());
    for (QAbstractButton *b : credentials.findChildren<QAbstractButton *>())
        if (b->isCheckable() && !b->isChecked() && b->isVisible())
            b->click(); // expand "Advanced", show the token
    saveShot(&credentials, testLanguage() + QStringLiteral("-credentials"));
    expectGerman(visibleTexts(&credentials), 10);
    expectFits(&credentials);
    if (QTest::currentTestFailed())
        return;
    credentials.reject();

    // A contact: its data (names, addresses, activity details) comes from the API and is set aside.
    auto *table = m_window->findChild<QAbstractItemView *>(QStringLiteral("clickTable"));
    m_window->openContactForRow(0);
    ContactDialog *contact = nullptr;
    QTRY_VERIFY((contact = m_window->findChild<ContactDialog *>()) != nullptr);
    QTRY_VERIFY_WITH_TIMEOUT(contact->isComplete(), 20000);
    Contact c;
    QList<Activity> activity;
    bool gotContact = false, gotActivity = false;
    QObject callbacks; // dies with this function, and the callbacks with it
    m_fx.v2->contact(contact->contactId(), &callbacks, [&](const Contact &value, const ApiError &) {
        c = value;
        gotContact = true;
    });
    m_fx.v2->contactActivity(contact->contactId(), &callbacks, [&](const QList<Activity> &value, const ApiError &) {
        activity = value;
        gotActivity = true;
    });
    QTRY_VERIFY(gotContact && gotActivity);
    for (const QString &s : { c.prefixName, c.firstName, c.lastName, c.jobTitle, c.companyName, c.homePhone,
             c.workPhone, c.cellPhone, c.status })
        m_detector.addData(s);
    for (const ContactEmail &e : c.emails) {
        m_detector.addData(e.status);
        m_detector.addData(e.confirmStatus);
    }
    for (const ContactAddress &a : c.addresses)
        for (const QString &s :
            { a.type, a.line1, a.line2, a.line3, a.city, a.state, a.stateCode, a.countryCode, a.postalCode })
            m_detector.addData(s);
    for (const auto &l : c.lists)
        m_detector.addData(l.second);
    for (const Activity &a : activity) {
        m_detector.addData(a.detail);
        m_detector.addData(a.type);
    }
    m_detector.sortData();
    saveShot(contact, testLanguage() + QStringLiteral("-contact"));
    expectGerman(visibleTexts(contact), 15);
    expectFits(contact);
    if (QTest::currentTestFailed())
        return;
    contact->close();
    Q_UNUSED(table);

    // Modal dialogs: Help → About, File → Export CSV… and Save Chart as PNG… (Qt's file dialog with our title and
    // filter; Qt's own labels come from its German catalog). Each is read while open, then closed.
    for (const char *action : { "actionAbout", "actionExportCsv", "actionSaveChart" }) {
        QAction *trigger = m_window->findChild<QAction *>(QLatin1String(action));
        QVERIFY2(trigger && trigger->isEnabled(), action);
        QList<Shown> modal;
        QStringList modalCut;
        bool seen = false;
        QObject reader; // the reading below dies with this iteration, whatever happens
        QTimer::singleShot(0, &reader, [&] {
            // Runs inside the dialog's own event loop; it always closes the dialog, so exec() returns.
            if (!QTest::qWaitFor([] { return QApplication::activeModalWidget() != nullptr; }, 5000))
                return;
            QWidget *dialog = QApplication::activeModalWidget();
            seen = true;
            saveShot(dialog, testLanguage() + QLatin1Char('-') + QLatin1String(dialog->metaObject()->className()));
            modal = visibleTexts(dialog);
            modalCut = cutOff(dialog);
            // The suggested file name is ours too ("klicks.png"), though the user may edit it.
            if (auto *fileName = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")))
                addText(modal, QStringLiteral("file name"), QFileInfo(fileName->text()).completeBaseName());
            dialog->close();
        });
        trigger->trigger();
        QVERIFY2(seen, action);
        expectGerman(modal, 3);
        QVERIFY2(modalCut.isEmpty(), qPrintable(modalCut.join(QLatin1Char('\n'))));
        if (QTest::currentTestFailed())
            return;
    }
}

QByteArray TestI18n::run(const QString &program, const QStringList &args, const QMap<QString, QString> &env)
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const QString &name :
        { QStringLiteral("LANGUAGE"), QStringLiteral("LC_ALL"), QStringLiteral("LC_MESSAGES"), QStringLiteral("LANG") })
        e.remove(name);
    for (auto it = env.begin(); it != env.end(); ++it)
        e.insert(it.key(), it.value());
    p.setProcessEnvironment(e);
    p.start(program, args);
    if (!p.waitForFinished(30000))
        return QByteArray("(did not finish)");
    return p.readAllStandardOutput() + p.readAllStandardError();
}

void TestI18n::cliFollowsSystemLanguage_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("catalog");
    QTest::newRow("German") << QStringLiteral("de_DE.UTF-8") << QStringLiteral("de");
    QTest::newRow("French (Canada)") << QStringLiteral("fr_CA.UTF-8") << QStringLiteral("fr");
    QTest::newRow("Spanish") << QStringLiteral("es_ES.UTF-8") << QStringLiteral("es");
    QTest::newRow("C") << QStringLiteral("C") << QStringLiteral("en");
    QTest::newRow("Italian: no catalog") << QStringLiteral("it_IT.UTF-8") << QStringLiteral("en");
}

void TestI18n::cliFollowsSystemLanguage()
{
#ifndef Q_OS_LINUX
    QSKIP("The system language is read from LANG only on Linux; Windows and macOS ask the OS.");
#endif
    QFETCH(QString, lang);
    QFETCH(QString, catalog);
    const QString cli = QStringLiteral(CLICKSCOPE_CLI_EXE);
    // The English texts as printed with no language set.
    const QByteArray englishHelp
        = run(cli, { QStringLiteral("--help") }, { { QStringLiteral("LANG"), QStringLiteral("C") } });
    const QByteArray englishError
        = run(cli, { QStringLiteral("frobnicate") }, { { QStringLiteral("LANG"), QStringLiteral("C") } });
    QVERIFY(englishHelp.startsWith("Usage: clickscope-cli"));

    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/clickscope_") + catalog));
    const QString source = QString::fromUtf8(englishHelp);
    const QString expectedHelp = translator.translate("Cli", source.toUtf8().constData());
    QVERIFY2(!expectedHelp.isEmpty(), "the help is in the catalog");

    const QMap<QString, QString> env { { QStringLiteral("LANG"), lang } };
    QCOMPARE(QString::fromUtf8(run(cli, { QStringLiteral("--help") }, env)), expectedHelp);
    const QString error = QString::fromUtf8(run(cli, { QStringLiteral("frobnicate") }, env));
    const QString expectedError
        = QStringLiteral("clickscope-cli: %1\n")
              .arg(translator.translate("Cli", "unknown command \"%1\" (see clickscope-cli --help)")
                       .arg(QStringLiteral("frobnicate")));
    QCOMPARE(error, expectedError);
    if (catalog != QLatin1String("en"))
        QVERIFY(error.toUtf8() != englishError);
    if (catalog != QLatin1String("en"))
        QVERIFY(expectedHelp != source);
}

void TestI18n::windowFollowsSystemAndOverride()
{
#ifndef Q_OS_LINUX
    QSKIP("The system language is read from LANG only on Linux; Windows and macOS ask the OS.");
#endif
    // The app's own --help shows the description through the catalog of the language in use: the system's, or
    // the one chosen in Preferences (written to the app's settings file, in a scratch config directory).
    QTemporaryDir config;
    QVERIFY(config.isValid());
    const QString app = QStringLiteral(CLICKSCOPE_APP_EXE);
    const char *description = "Who clicked which link in your email campaign, and when.";
    const auto expect = [&](const QString &catalog) {
        QTranslator t;
        return t.load(QStringLiteral(":/i18n/clickscope_") + catalog) ? t.translate("main", description) : QString();
    };
    const QMap<QString, QString> german { { QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8") },
        { QStringLiteral("XDG_CONFIG_HOME"), config.path() },
        { QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen") } };
    const QString systemGerman = QString::fromUtf8(run(app, { QStringLiteral("--help") }, german));
    QVERIFY2(systemGerman.contains(expect(QStringLiteral("de"))), qPrintable(systemGerman));
    QVERIFY(!systemGerman.contains(QLatin1String(description)));

    // Preferences → Français, as the dialog saves it.
    {
        QSettings settings(config.path() + QStringLiteral("/ClickScope/ClickScope.conf"), QSettings::IniFormat);
        settings.setValue(I18n::settingsKey(), QStringLiteral("fr"));
    }
    const QString overridden = QString::fromUtf8(run(app, { QStringLiteral("--help") }, german));
    QVERIFY2(overridden.contains(expect(QStringLiteral("fr"))), qPrintable(overridden));
    QVERIFY(expect(QStringLiteral("fr")) != expect(QStringLiteral("de")));
}

QTEST_MAIN(TestI18n)
#include "tst_i18n.moc"
