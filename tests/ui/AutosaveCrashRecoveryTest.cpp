// SPDX-License-Identifier: GPL-3.0-or-later
// Crash recovery with the real program: engram-workbench runs offscreen with its own HOME and XDG folders,
// changes a scenario (--set), autosaves it (--autosave-interval-ms) and is killed with SIGKILL; started
// again it offers the work (--restore-answer answers without a dialog and logs the offer), restores it
// under this session or deletes it, and a normal exit leaves the autosave folder empty.
#include "ScenarioJson.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ecw;

namespace {

// Generous: under AddressSanitizer the workbench takes seconds to start.
constexpr int kTimeoutMs = 90000;

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class AutosaveCrashRecoveryTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString autosaveFolder() const
    {
        // QStandardPaths::AppDataLocation under XDG_DATA_HOME: <organization>/<application>.
        return m_dir.filePath(QStringLiteral("data/Engram/Capacity Workbench/autosave"));
    }

    QStringList scenarioFiles() const
    {
        return QDir(autosaveFolder()).entryList({ QStringLiteral("*.ecw.json") }, QDir::Files, QDir::Time);
    }

    QStringList slotFiles() const { return QDir(autosaveFolder()).entryList(QDir::Files | QDir::Hidden); }

    void start(QProcess& process, const QStringList& arguments)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char* name : { "HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME" }) {
            const QString folder = m_dir.filePath(QString::fromLatin1(name).toLower());
            QVERIFY(QDir().mkpath(folder));
            environment.insert(QString::fromLatin1(name), folder);
        }
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(environment);
        process.setProgram(QStringLiteral(ECW_WORKBENCH_BINARY));
        process.setArguments(arguments);
        process.start();
        QVERIFY2(process.waitForStarted(kTimeoutMs), qPrintable(process.errorString()));
    }

    // SIGKILL, then reap it: until then its lock names a zombie that still counts as running.
    static void crash(QProcess& process)
    {
        QCOMPARE(process.state(), QProcess::Running);
        process.kill();
        QVERIFY(process.waitForFinished(kTimeoutMs));
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);
    }

    // Waits for an autosave whose marker says origin and whose scenario has nodes; returns its path.
    QString waitForAutosave(QProcess& process, const QString& origin, double nodes, const QString& notThis = {})
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < kTimeoutMs) {
            for (const QString& name : scenarioFiles()) {
                const QString path = autosaveFolder() + QLatin1Char('/') + name;
                if (path == notThis)
                    continue;
                const QString marker = QString(path).replace(QStringLiteral(".ecw.json"), QStringLiteral(".origin"));
                const Result<ScenarioDocument> parsed = parseScenarioJson(readAll(path).toStdString());
                if (parsed.ok() && parsed->scenario[InputId::Nodes] == nodes
                    && QString::fromUtf8(readAll(marker)).trimmed() == origin)
                    return path;
            }
            if (process.state() != QProcess::Running)
                break;
            QTest::qWait(50);
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void killedUntitledWorkIsOfferedRestoredAndDeclined()
    {
        QProcess first;
        start(first,
              { QStringLiteral("--set"), QStringLiteral("nodes=50000000"), QStringLiteral("--autosave-interval-ms"),
                QStringLiteral("100") });
        const QString autosaved = waitForAutosave(first, QStringLiteral("untitled"), 5e7);
        if (autosaved.isEmpty())
            QFAIL(first.readAllStandardError().constData());
        crash(first);
        QVERIFY2(QFile::exists(autosaved), "a crash leaves the autosave behind");

        // Restarted, it offers the work; yes restores it and autosaves it under the new session at once.
        QProcess second;
        start(second,
              { QStringLiteral("--restore-answer"), QStringLiteral("yes"), QStringLiteral("--autosave-interval-ms"),
                QStringLiteral("100") });
        const QString restored = waitForAutosave(second, QStringLiteral("untitled"), 5e7, autosaved);
        if (restored.isEmpty())
            QFAIL(second.readAllStandardError().constData());
        QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(autosaved), kTimeoutMs);
        crash(second);
        const QString log = QString::fromUtf8(second.readAllStandardError());
        QVERIFY2(log.contains(QStringLiteral("restore offered: %1 (untitled): yes").arg(autosaved)), qPrintable(log));

        // Declined, the work is deleted; the normal exit that follows leaves nothing behind.
        QProcess third;
        start(third,
              { QStringLiteral("--restore-answer"), QStringLiteral("no"), QStringLiteral("--exit-after-ms"),
                QStringLiteral("200") });
        QVERIFY(third.waitForFinished(kTimeoutMs));
        const QString thirdLog = QString::fromUtf8(third.readAllStandardError());
        QCOMPARE(third.exitStatus(), QProcess::NormalExit);
        QCOMPARE(third.exitCode(), 0);
        QVERIFY2(thirdLog.contains(QStringLiteral("restore offered: %1 (untitled): no").arg(restored)),
                 qPrintable(thirdLog));
        QVERIFY2(slotFiles().isEmpty(), qPrintable(slotFiles().join(QLatin1Char(' '))));
    }

    void killedWorkOnAnOpenedFileKeepsItsPath()
    {
        const QString plan = m_dir.filePath(QStringLiteral("plan.ecw.json"));
        {
            QFile file(plan);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray::fromStdString(writeScenarioJson(ScenarioDocument {})));
        }
        QProcess first;
        start(first,
              { plan, QStringLiteral("--set"), QStringLiteral("nodes=7000000"),
                QStringLiteral("--autosave-interval-ms"), QStringLiteral("100") });
        const QString autosaved = waitForAutosave(first, plan, 7e6);
        if (autosaved.isEmpty())
            QFAIL(first.readAllStandardError().constData());
        crash(first);

        QProcess second;
        start(second,
              { QStringLiteral("--restore-answer"), QStringLiteral("yes"), QStringLiteral("--autosave-interval-ms"),
                QStringLiteral("100") });
        // Restored under its own file: the new session's marker names plan.ecw.json again.
        const QString restored = waitForAutosave(second, plan, 7e6, autosaved);
        if (restored.isEmpty())
            QFAIL(second.readAllStandardError().constData());
        crash(second);
        QCOMPARE(parseScenarioJson(readAll(plan).toStdString()).value(), ScenarioDocument {});

        // A normal exit after restoring removes the restored session's autosave too.
        QProcess third;
        start(third,
              { QStringLiteral("--restore-answer"), QStringLiteral("yes"), QStringLiteral("--exit-after-ms"),
                QStringLiteral("200") });
        QVERIFY(third.waitForFinished(kTimeoutMs));
        QCOMPARE(third.exitStatus(), QProcess::NormalExit);
        QCOMPARE(third.exitCode(), 0);
        const QString log = QString::fromUtf8(third.readAllStandardError());
        QVERIFY2(log.contains(QStringLiteral("restore offered: %1 (%2): yes").arg(restored, plan)), qPrintable(log));
        QVERIFY2(slotFiles().isEmpty(), qPrintable(slotFiles().join(QLatin1Char(' '))));
    }
};

QTEST_GUILESS_MAIN(AutosaveCrashRecoveryTest)
#include "AutosaveCrashRecoveryTest.moc"
