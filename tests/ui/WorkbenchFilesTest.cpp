// SPDX-License-Identifier: GPL-3.0-or-later
// The scenario file life cycle from the window: save / open round trip, recent files, the
// unsaved-changes question on New, Open and close, and each bad file reported by name with the
// scenario on screen left exactly as it was.
#include "InputControl.h"
#include "InputPanel.h"
#include "MainWindow.h"
#include "NumberSpinBox.h"
#include "RecentFiles.h"
#include "ScenarioController.h"
#include "UiTestSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace ecw;

class WorkbenchFilesTest : public QObject
{
    Q_OBJECT

private:
    static test::FakePrompter* installPrompter(MainWindow& window)
    {
        auto prompter = std::make_unique<test::FakePrompter>();
        test::FakePrompter* raw = prompter.get();
        window.setPrompter(std::move(prompter));
        return raw;
    }

    static void writeFile(const QString& path, const QByteArray& bytes)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }

    static QString label(const QWidget& window, const char* name)
    {
        auto* widget = window.findChild<QLabel*>(QString::fromLatin1(name));
        return widget ? widget->text() : QString();
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        test::isolateSettings();
        QVERIFY(m_dir.isValid());
    }

    void init() { RecentFiles::clear(); }

    void saveAndOpenRoundTripEverythingThePlannerSet()
    {
        const QString path = m_dir.filePath(QStringLiteral("round-trip.json"));
        ScenarioDocument saved;
        {
            MainWindow window;
            test::FakePrompter* prompter = installPrompter(window);
            ScenarioController* c = window.controller();
            c->applyPreset(QStringLiteral("read-heavy"));
            QTest::keyClick(window.inputPanel()->control(InputId::Nodes)->slider(), Qt::Key_PageUp);
            c->setConstant(ConstantId::WalCompressionRatio, 0.5);
            c->setName(QStringLiteral("Retrieval cluster, Q3"));
            c->setNotes(QStringLiteral("Budget meeting\nnumbers from the May load test"));
            c->setProfile(Profile::Full);
            QVERIFY(window.isWindowModified());

            prompter->nextSave = path;
            QVERIFY(window.saveAs());
            QCOMPARE(QFileInfo(prompter->suggestedSaves.first()).fileName(),
                     QStringLiteral("Retrieval cluster, Q3.ecw.json"));
            QVERIFY(!window.isWindowModified());
            QVERIFY(window.windowTitle().contains(QStringLiteral("round-trip.json")));
            QCOMPARE(RecentFiles::load(), QStringList { QFileInfo(path).absoluteFilePath() });
            saved = c->document();
            QVERIFY(prompter->errors.empty());
        }

        MainWindow window;
        test::FakePrompter* prompter = installPrompter(window);
        QVERIFY(window.openFile(path));
        QVERIFY(prompter->errors.empty());
        ScenarioController* c = window.controller();
        QCOMPARE(c->document(), saved);
        QVERIFY(c->document().presetModified);
        QVERIFY(!window.isWindowModified());
        QCOMPARE(c->undoStack()->count(), 0);
        QVERIFY(window.windowTitle().startsWith(
            QStringLiteral("Retrieval cluster, Q3[*] (from preset Read-heavy workload (retrieval), changed)")));
        QCOMPARE(window.inputPanel()->control(InputId::Nodes)->spinBox()->value(), saved.scenario[InputId::Nodes]);
        QCOMPARE(label(window, "memoryTotalLabel"),
                 test::expectedText(ecw::estimate(saved.scenario, saved.constants, saved.profile), "memory.total"));

        // Save goes back to the same file without asking for a name.
        c->setInput(InputId::EdgesPerNode, 64);
        prompter->nextSave.clear();
        QVERIFY(window.save());
        QVERIFY(prompter->suggestedSaves.isEmpty());
        ScenarioController reread;
        QVERIFY(reread.loadFile(path).isEmpty());
        QCOMPARE(reread.document().scenario[InputId::EdgesPerNode], 64.0);
    }

    void badFilesAreReportedByNameAndLeaveTheScreenUntouched_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QString>("problem");
        const QByteArray head = "{ \"format\": \"engram-capacity-scenario\", ";
        QTest::newRow("malformed JSON") << QByteArray(head + "\"schema_version\": 1, \"inputs\": { \"nodes\": 5 ")
                                        << QStringLiteral("bad.json");
        QTest::newRow("newer schema") << QByteArray(head + "\"schema_version\": 7, \"inputs\": {} }")
                                      << QStringLiteral("newer version");
        QTest::newRow("out-of-range input")
            << QByteArray(head + "\"schema_version\": 1, \"inputs\": { \"active-ratio\": 1.5 } }")
            << QStringLiteral("active-ratio");
        QTest::newRow("out-of-range constant")
            << QByteArray(head + "\"schema_version\": 1, \"constants\": { \"hash_table_overhead\": 0.1 } }")
            << QStringLiteral("hash_table_overhead");
    }

    void badFilesAreReportedByNameAndLeaveTheScreenUntouched()
    {
        QFETCH(QByteArray, contents);
        QFETCH(QString, problem);
        const QString path = m_dir.filePath(QStringLiteral("bad.json"));
        writeFile(path, contents);

        MainWindow window;
        window.show();
        test::FakePrompter* prompter = installPrompter(window);
        prompter->unsavedAnswer = Prompter::UnsavedChoice::Discard;
        ScenarioController* c = window.controller();
        c->applyPreset(QStringLiteral("mixed"));
        QTest::keyClick(window.inputPanel()->control(InputId::OpsPerSec)->slider(), Qt::Key_PageUp);
        const ScenarioDocument before = c->document();
        const QString title = window.windowTitle();
        const QString memory = label(window, "memoryTotalLabel");
        const QString ops = window.inputPanel()->control(InputId::OpsPerSec)->spinBox()->text();
        const int steps = c->undoStack()->count();

        QVERIFY(!window.openFile(path));
        QCOMPARE(prompter->errors.size(), std::size_t(1));
        const QString message = prompter->errors.front().message;
        QVERIFY2(message.contains(problem), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("bad.json")), qPrintable(message));
        QVERIFY(message.contains(QStringLiteral("unchanged")));

        QCOMPARE(c->document(), before);
        QCOMPARE(window.windowTitle(), title);
        QVERIFY(window.isWindowModified());
        QCOMPARE(label(window, "memoryTotalLabel"), memory);
        QCOMPARE(window.inputPanel()->control(InputId::OpsPerSec)->spinBox()->text(), ops);
        QCOMPARE(c->undoStack()->count(), steps); // undo history survives too
        QVERIFY(c->filePath().isEmpty());
        QVERIFY(RecentFiles::load().isEmpty());
    }

    void theRealDialogNamesTheProblem()
    {
        const QString path = m_dir.filePath(QStringLiteral("newer.json"));
        writeFile(path, "{ \"format\": \"engram-capacity-scenario\", \"schema_version\": 3 }");
        MainWindow window; // the real QMessageBox prompter
        window.show();
        window.controller()->setInput(InputId::Nodes, 4242);
        window.controller()->saveFile(m_dir.filePath(QStringLiteral("current.json")));
        QString shown;
        QTimer::singleShot(0, &window, [&shown] {
            QTRY_VERIFY(qobject_cast<QMessageBox*>(QApplication::activeModalWidget()));
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            shown = box->text();
            box->accept();
        });
        QVERIFY(!window.openFile(path));
        QVERIFY2(shown.contains(QStringLiteral("newer version")), qPrintable(shown));
        QVERIFY(shown.contains(QStringLiteral("newer.json")));
        QCOMPARE(window.controller()->document().scenario[InputId::Nodes], 4242.0);
    }

    void unsavedChangesAreAskedAboutOnNewOpenAndClose()
    {
        const QString path = m_dir.filePath(QStringLiteral("other.json"));
        {
            ScenarioController writer;
            writer.setInput(InputId::Nodes, 777);
            QVERIFY(writer.saveFile(path).isEmpty());
        }
        MainWindow window;
        window.show();
        test::FakePrompter* prompter = installPrompter(window);
        ScenarioController* c = window.controller();

        // Nothing changed: no question.
        QVERIFY(window.newScenario());
        QVERIFY(prompter->unsavedQuestions.isEmpty());

        c->setInput(InputId::Nodes, 5000);
        prompter->unsavedAnswer = Prompter::UnsavedChoice::Cancel;
        QVERIFY(!window.newScenario());
        QVERIFY(!window.openFile(path));
        QVERIFY(!window.close());
        QCOMPARE(prompter->unsavedQuestions.size(), 3);
        QCOMPARE(prompter->unsavedQuestions.first(), QStringLiteral("Default scenario"));
        QCOMPARE(c->document().scenario[InputId::Nodes], 5000.0);
        QVERIFY(window.isVisible());

        prompter->unsavedAnswer = Prompter::UnsavedChoice::Discard;
        QVERIFY(window.openFile(path));
        QCOMPARE(c->document().scenario[InputId::Nodes], 777.0);

        // Save answers the question by saving, here to the file that is open.
        c->setInput(InputId::Nodes, 888);
        prompter->unsavedAnswer = Prompter::UnsavedChoice::Save;
        QVERIFY(window.newScenario());
        QCOMPARE(c->document(), ScenarioDocument {});
        ScenarioController reread;
        QVERIFY(reread.loadFile(path).isEmpty());
        QCOMPARE(reread.document().scenario[InputId::Nodes], 888.0);

        // A failed save keeps the window open and the changes on screen.
        c->setInput(InputId::Nodes, 999);
        prompter->nextSave = QStringLiteral("/nonexistent/dir/x.json");
        QVERIFY(!window.close());
        QCOMPARE(prompter->errors.size(), std::size_t(1));
        QVERIFY(prompter->errors.front().message.contains(QStringLiteral("x.json")));
        QCOMPARE(c->document().scenario[InputId::Nodes], 999.0);
        prompter->unsavedAnswer = Prompter::UnsavedChoice::Discard;
        QVERIFY(window.close());
    }

    void recentFilesArePersistedNewestFirstAndOpenFromTheMenu()
    {
        QStringList paths;
        for (int i = 0; i < RecentFiles::kMaximum + 2; ++i) {
            const QString path = m_dir.filePath(QStringLiteral("recent-%1.json").arg(i));
            ScenarioController writer;
            writer.setInput(InputId::Nodes, 1000 + i);
            QVERIFY(writer.saveFile(path).isEmpty());
            paths << path;
        }
        {
            MainWindow window;
            installPrompter(window);
            for (const QString& path : paths)
                QVERIFY(window.openFile(path));
        }
        const QStringList recent = RecentFiles::load();
        QCOMPARE(recent.size(), RecentFiles::kMaximum);
        QCOMPARE(recent.first(), QFileInfo(paths.last()).absoluteFilePath());

        MainWindow window; // a new window reads them back
        installPrompter(window);
        auto* menu = window.findChild<QMenu*>(QStringLiteral("recentMenu"));
        QVERIFY(menu);
        QList<QAction*> actions = menu->actions();
        QVERIFY(actions.size() >= RecentFiles::kMaximum);
        QVERIFY(actions.first()->text().contains(QStringLiteral("recent-%1.json").arg(paths.size() - 1)));
        actions.at(1)->trigger(); // the second newest
        QCOMPARE(window.controller()->document().scenario[InputId::Nodes], 1000.0 + paths.size() - 2);
    }
};

QTEST_MAIN(WorkbenchFilesTest)
#include "WorkbenchFilesTest.moc"
