// SPDX-License-Identifier: GPL-3.0-or-later
// Autosave and crash recovery in-process: the tick writes unsaved work (and only unsaved work) with the
// file it belongs to, the timer fires at the injected interval, a clean save and a normal exit remove it,
// and at start left-over work is offered: restored as a modified document under its original path, or
// deleted when declined. A live session's autosave is never offered. AutosaveCrashRecoveryTest does the
// same with the real program killed by SIGKILL.
#include "Autosave.h"
#include "AutosavePrompter.h"
#include "AutosaveRecovery.h"
#include "MainWindow.h"
#include "ScenarioController.h"
#include "ScenarioJson.h"
#include "UiTestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace ecw;

namespace {

class FakeAutosavePrompter : public AutosavePrompter
{
public:
    bool askRestore(QWidget*, const AutosaveEntry& entry) override
    {
        asked.push_back(entry);
        return answer;
    }
    void showUnreadable(QWidget*, const AutosaveEntry& entry) override { unreadable.push_back(entry); }

    bool answer = false;
    std::vector<AutosaveEntry> asked;
    std::vector<AutosaveEntry> unreadable;
};

QStringList scenarioFiles(const QString& folder)
{
    return QDir(folder).entryList({ QStringLiteral("*.ecw.json") }, QDir::Files);
}

QStringList allFiles(const QString& folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden);
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

ScenarioDocument modifiedDocument()
{
    ScenarioDocument document;
    document.name = "Crashed plan";
    document.notes = "typed before the crash";
    document.scenario.set(InputId::Nodes, 5e7);
    document.scenario.set(InputId::ReplicationFactor, 2);
    document.constants.set(ConstantId::HashTableOverhead, 1.8);
    return document;
}

// The id of a process that has exited and been reaped: what a crashed session's lock file names.
qint64 deadPid()
{
    QProcess process;
    process.start(QStringLiteral("/bin/true"));
    if (!process.waitForStarted())
        return 0;
    const qint64 pid = process.processId();
    process.waitForFinished();
    return pid;
}

// A lock file as QLockFile writes it (pid, program, host: left empty, which QLockFile takes for this host),
// held by a process that is gone.
void leaveDeadLock(const QString& path)
{
    const qint64 pid = deadPid();
    QVERIFY(pid > 0);
    writeFile(path, QByteArray::number(pid) + '\n' + QCoreApplication::applicationFilePath().toUtf8() + "\n\n");
}

// What a crashed session leaves: the scenario, the marker and a lock whose process is gone.
void leaveCrashedAutosave(const QString& folder, const QString& id, const ScenarioDocument& document,
                          const QString& origin)
{
    QVERIFY(QDir().mkpath(folder));
    leaveDeadLock(folder + QLatin1Char('/') + id + QStringLiteral(".lock"));
    const std::string text = writeScenarioJson(document);
    writeFile(folder + QLatin1Char('/') + id + QStringLiteral(".origin"), origin.toUtf8() + '\n');
    writeFile(folder + QLatin1Char('/') + id + QStringLiteral(".ecw.json"), QByteArray::fromStdString(text));
}

} // namespace

class AutosaveTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_case = 0;

    QString freshFolder() { return m_dir.filePath(QStringLiteral("autosave-%1").arg(++m_case)); }

    static FakeAutosavePrompter* installPrompters(MainWindow& window)
    {
        window.setPrompter(std::make_unique<test::FakePrompter>());
        auto prompter = std::make_unique<FakeAutosavePrompter>();
        FakeAutosavePrompter* raw = prompter.get();
        window.setAutosavePrompter(std::move(prompter));
        return raw;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::isolateSettings();
        QVERIFY(m_dir.isValid());
    }

    void defaultsToThirtySecondsInTheDataFolder()
    {
        MainWindow window;
        QCOMPARE(window.autosave()->interval(), 30000);
        QCOMPARE(Autosave::defaultFolder(),
                 QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/autosave"));
        QCOMPARE(window.autosave()->folder(), Autosave::defaultFolder());
    }

    void tickWritesUnsavedWorkWithItsOrigin()
    {
        const QString folder = freshFolder();
        MainWindow window;
        window.autosave()->setFolder(folder);
        ScenarioController* c = window.controller();

        QCOMPARE(window.autosave()->saveNow(), QString());
        QVERIFY2(scenarioFiles(folder).isEmpty(), "an untouched scenario has nothing to lose");

        QCOMPARE(c->setInput(InputId::Nodes, 2.5e7), QString());
        c->setName(QStringLiteral("Q3 cluster"));
        QCOMPARE(window.autosave()->saveNow(), QString());
        const QString path = window.autosave()->scenarioPath();
        QCOMPARE(scenarioFiles(folder), QStringList { QFileInfo(path).fileName() });
        const QByteArray bytes = readAll(path);
        const Result<ScenarioDocument> saved = parseScenarioJson(bytes.toStdString());
        QVERIFY(saved.ok());
        QCOMPARE(saved.value(), c->document());
        QCOMPARE(readAll(QString(path).replace(QStringLiteral(".ecw.json"), QStringLiteral(".origin"))).trimmed(),
                 QByteArray("untitled"));
        QVERIFY(QFile::exists(QString(path).replace(QStringLiteral(".ecw.json"), QStringLiteral(".lock"))));

        // Later edits overwrite the same slot.
        QCOMPARE(c->setInput(InputId::Nodes, 3e7), QString());
        QCOMPARE(window.autosave()->saveNow(), QString());
        QCOMPARE(scenarioFiles(folder).size(), 1);
        QCOMPARE(parseScenarioJson(readAll(path).toStdString()).value().scenario[InputId::Nodes], 3e7);
    }

    void timerFiresAtTheInjectedInterval()
    {
        const QString folder = freshFolder();
        MainWindow window;
        window.autosave()->setFolder(folder);
        window.autosave()->setInterval(50);
        QCOMPARE(window.autosave()->interval(), 50);
        QCOMPARE(window.controller()->setInput(InputId::OpsPerSec, 12345), QString());
        QTRY_COMPARE_WITH_TIMEOUT(scenarioFiles(folder).size(), 1, 5000);
        const QString path = window.autosave()->scenarioPath();
        QCOMPARE(parseScenarioJson(readAll(path).toStdString()).value().scenario[InputId::OpsPerSec], 12345.0);
        QCOMPARE(window.controller()->setInput(InputId::OpsPerSec, 777), QString());
        QTRY_COMPARE_WITH_TIMEOUT(parseScenarioJson(readAll(path).toStdString()).value().scenario[InputId::OpsPerSec],
                                  777.0, 5000);
    }

    void modifiedOpenedFileNamesItsFile()
    {
        const QString folder = freshFolder();
        const QString file = m_dir.filePath(QStringLiteral("plan.ecw.json"));
        MainWindow window;
        installPrompters(window);
        window.autosave()->setFolder(folder);
        QVERIFY(window.saveTo(file));
        QVERIFY(window.openFile(file));
        QCOMPARE(window.autosave()->saveNow(), QString());
        QVERIFY(scenarioFiles(folder).isEmpty());
        QCOMPARE(window.controller()->setInput(InputId::EdgesPerNode, 64), QString());
        QCOMPARE(window.autosave()->saveNow(), QString());
        const QString origin = QString(window.autosave()->scenarioPath())
                                   .replace(QStringLiteral(".ecw.json"), QStringLiteral(".origin"));
        QCOMPARE(QString::fromUtf8(readAll(origin)).trimmed(), QFileInfo(file).absoluteFilePath());
    }

    void cleanSaveUndoAndNormalExitRemoveTheAutosave()
    {
        const QString folder = freshFolder();
        const QString file = m_dir.filePath(QStringLiteral("saved.ecw.json"));
        {
            MainWindow window;
            installPrompters(window);
            window.autosave()->setFolder(folder);
            ScenarioController* c = window.controller();

            QCOMPARE(c->setInput(InputId::Nodes, 4e6), QString());
            QCOMPARE(window.autosave()->saveNow(), QString());
            QCOMPARE(scenarioFiles(folder).size(), 1);
            QVERIFY(window.saveTo(file));
            QVERIFY2(allFiles(folder).isEmpty(), qPrintable(allFiles(folder).join(QLatin1Char(' '))));

            // Back to the saved state by undo: nothing unsaved, nothing kept.
            QCOMPARE(c->setInput(InputId::Nodes, 5e6), QString());
            QCOMPARE(window.autosave()->saveNow(), QString());
            QCOMPARE(scenarioFiles(folder).size(), 1);
            c->undoStack()->undo();
            QVERIFY(c->isClean());
            QVERIFY(allFiles(folder).isEmpty());

            QCOMPARE(c->setInput(InputId::Nodes, 6e6), QString());
            QCOMPARE(window.autosave()->saveNow(), QString());
            QCOMPARE(scenarioFiles(folder).size(), 1);
        }
        QVERIFY2(allFiles(folder).isEmpty(), "a normal exit leaves nothing to recover");
    }

    void closeDiscardingRemovesTheAutosave()
    {
        const QString folder = freshFolder();
        MainWindow window;
        auto prompter = std::make_unique<test::FakePrompter>();
        prompter->unsavedAnswer = Prompter::UnsavedChoice::Discard;
        window.setPrompter(std::move(prompter));
        window.autosave()->setFolder(folder);
        QCOMPARE(window.controller()->setInput(InputId::Nodes, 4e6), QString());
        QCOMPARE(window.autosave()->saveNow(), QString());
        QVERIFY(!scenarioFiles(folder).isEmpty());
        window.show();
        QVERIFY(window.close());
        QVERIFY(allFiles(folder).isEmpty());
    }

    void leftOverWorkIsRestoredAsModifiedUntitled()
    {
        const QString folder = freshFolder();
        const ScenarioDocument crashed = modifiedDocument();
        leaveCrashedAutosave(folder, QStringLiteral("crashed-session"), crashed, QStringLiteral("untitled"));

        MainWindow window;
        FakeAutosavePrompter* prompter = installPrompters(window);
        window.autosave()->setFolder(folder);
        prompter->answer = true;
        QVERIFY(window.offerAutosaveRecovery());

        QCOMPARE(prompter->asked.size(), std::size_t { 1 });
        QCOMPARE(prompter->asked.front().originalPath, QString());
        QCOMPARE(prompter->asked.front().document, crashed);
        ScenarioController* c = window.controller();
        QCOMPARE(c->document(), crashed);
        QVERIFY(!c->isClean());
        QVERIFY(window.isWindowModified());
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("Crashed plan[*]")));
        QCOMPARE(c->filePath(), QString());
        QCOMPARE(c->undoStack()->count(), 0);
        // The old slot is gone and the work lives on under this session's own slot.
        QVERIFY(!QFile::exists(folder + QStringLiteral("/crashed-session.ecw.json")));
        QVERIFY(!QFile::exists(folder + QStringLiteral("/crashed-session.origin")));
        QCOMPARE(scenarioFiles(folder), QStringList { QFileInfo(window.autosave()->scenarioPath()).fileName() });
        QCOMPARE(parseScenarioJson(readAll(window.autosave()->scenarioPath()).toStdString()).value(), crashed);
    }

    void leftOverWorkKeepsTheFileItBelongsTo()
    {
        const QString folder = freshFolder();
        const QString file = m_dir.filePath(QStringLiteral("original.ecw.json"));
        writeFile(file, QByteArray::fromStdString(writeScenarioJson(ScenarioDocument {})));
        const ScenarioDocument crashed = modifiedDocument();
        leaveCrashedAutosave(folder, QStringLiteral("crashed-with-file"), crashed, file);

        MainWindow window;
        FakeAutosavePrompter* prompter = installPrompters(window);
        window.autosave()->setFolder(folder);
        prompter->answer = true;
        QVERIFY(window.offerAutosaveRecovery());
        ScenarioController* c = window.controller();
        QCOMPARE(c->filePath(), file);
        QCOMPARE(c->document(), crashed);
        QVERIFY(window.isWindowModified());
        QVERIFY(window.windowTitle().contains(QStringLiteral("original.ecw.json")));

        // Save writes it back to its own file, and the autosave goes.
        QVERIFY(window.save());
        ScenarioController reread;
        QCOMPARE(reread.loadFile(file), QString());
        QCOMPARE(reread.document(), crashed);
        QVERIFY(allFiles(folder).isEmpty());
    }

    void declinedWorkIsDeleted()
    {
        const QString folder = freshFolder();
        leaveCrashedAutosave(folder, QStringLiteral("declined"), modifiedDocument(), QStringLiteral("untitled"));
        MainWindow window;
        FakeAutosavePrompter* prompter = installPrompters(window);
        window.autosave()->setFolder(folder);
        prompter->answer = false;
        QVERIFY(!window.offerAutosaveRecovery());
        QCOMPARE(prompter->asked.size(), std::size_t { 1 });
        QVERIFY(window.controller()->isClean());
        QCOMPARE(window.controller()->document(), ScenarioDocument {});
        QVERIFY2(allFiles(folder).isEmpty(), qPrintable(allFiles(folder).join(QLatin1Char(' '))));

        // Asked once: the next start finds nothing.
        MainWindow next;
        FakeAutosavePrompter* again = installPrompters(next);
        next.autosave()->setFolder(folder);
        QVERIFY(!next.offerAutosaveRecovery());
        QVERIFY(again->asked.empty());
    }

    void newestIsOfferedFirstAndTheRestWaitForTheNextStart()
    {
        const QString folder = freshFolder();
        ScenarioDocument older = modifiedDocument();
        older.name = "Older";
        ScenarioDocument newer = modifiedDocument();
        newer.name = "Newer";
        leaveCrashedAutosave(folder, QStringLiteral("older"), older, QStringLiteral("untitled"));
        QFile olderFile(folder + QStringLiteral("/older.ecw.json"));
        QVERIFY(olderFile.open(QIODevice::ReadWrite));
        QVERIFY(olderFile.setFileTime(QDateTime::currentDateTime().addSecs(-3600), QFileDevice::FileModificationTime));
        olderFile.close();
        leaveCrashedAutosave(folder, QStringLiteral("newer"), newer, QStringLiteral("untitled"));

        MainWindow window;
        FakeAutosavePrompter* prompter = installPrompters(window);
        window.autosave()->setFolder(folder);
        prompter->answer = true;
        QVERIFY(window.offerAutosaveRecovery());
        QCOMPARE(prompter->asked.size(), std::size_t { 1 });
        QCOMPARE(prompter->asked.front().document.name, std::string("Newer"));
        QVERIFY(QFile::exists(folder + QStringLiteral("/older.ecw.json")));
        // The older one is not locked by anyone now: the next start offers it.
        AutosaveRecovery recovery(folder);
        const std::vector<AutosaveEntry> left = recovery.claimLeftovers();
        QCOMPARE(left.size(), std::size_t { 1 });
        QCOMPARE(left.front().document.name, std::string("Older"));
    }

    void aRunningSessionsAutosaveIsNeverOffered()
    {
        const QString folder = freshFolder();
        MainWindow running;
        installPrompters(running);
        running.autosave()->setFolder(folder);
        QCOMPARE(running.controller()->setInput(InputId::Nodes, 9e6), QString());
        QCOMPARE(running.autosave()->saveNow(), QString());
        QCOMPARE(scenarioFiles(folder).size(), 1);

        MainWindow starting;
        FakeAutosavePrompter* prompter = installPrompters(starting);
        starting.autosave()->setFolder(folder);
        prompter->answer = true;
        QVERIFY(!starting.offerAutosaveRecovery());
        QVERIFY(prompter->asked.empty());
        QCOMPARE(scenarioFiles(folder).size(), 1);
    }

    void unreadableWorkIsReportedAndLeftInPlace()
    {
        const QString folder = freshFolder();
        QVERIFY(QDir().mkpath(folder));
        writeFile(folder + QStringLiteral("/broken.ecw.json"), "{ \"format\": \"engram-capacity-scenario\", ");
        MainWindow window;
        FakeAutosavePrompter* prompter = installPrompters(window);
        window.autosave()->setFolder(folder);
        prompter->answer = true;
        QVERIFY(!window.offerAutosaveRecovery());
        QVERIFY(prompter->asked.empty());
        QCOMPARE(prompter->unreadable.size(), std::size_t { 1 });
        QVERIFY(!prompter->unreadable.front().problem.isEmpty());
        QVERIFY(QFile::exists(folder + QStringLiteral("/broken.ecw.json")));
        QVERIFY(window.controller()->isClean());
    }

    void strayMarkersAndLocksOfDeadSessionsAreCleared()
    {
        const QString folder = freshFolder();
        QVERIFY(QDir().mkpath(folder));
        writeFile(folder + QStringLiteral("/half.origin"), "untitled\n");
        leaveDeadLock(folder + QStringLiteral("/half.lock"));
        leaveDeadLock(folder + QStringLiteral("/lockonly.lock"));
        AutosaveRecovery recovery(folder);
        QVERIFY(recovery.claimLeftovers().empty());
        QVERIFY2(allFiles(folder).isEmpty(), qPrintable(allFiles(folder).join(QLatin1Char(' '))));
    }
};

QTEST_MAIN(AutosaveTest)
#include "AutosaveTest.moc"
