// SPDX-License-Identifier: GPL-3.0-or-later
// engram-workbench's command line as the screenshot script uses it: --observed loads the how-to's observed
// state into the Operations tab before the window is rendered (the picture differs from the default state's),
// and a file that is bad or missing ends the program with exit status 2 and a message naming the option and
// the problem, without writing a picture.
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Generous: under AddressSanitizer the workbench takes seconds to start.
constexpr int kTimeoutMs = 90000;

struct Run
{
    int exitCode = -1;
    QString standardError;
};

} // namespace

class WorkbenchCommandLineTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // The real program, offscreen, with its own HOME and XDG folders so it never reads the planner's settings.
    Run run(const QStringList& arguments)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char* name : { "HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME" }) {
            const QString folder = m_dir.filePath(QString::fromLatin1(name).toLower());
            QDir().mkpath(folder);
            environment.insert(QString::fromLatin1(name), folder);
        }
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(ECW_WORKBENCH_BINARY), arguments);
        Run result;
        if (!process.waitForFinished(kTimeoutMs) || process.exitStatus() != QProcess::NormalExit)
            return result;
        result.exitCode = process.exitCode();
        result.standardError = QString::fromLocal8Bit(process.readAllStandardError());
        return result;
    }

    QString writeFile(const QString& name, const QByteArray& text) const
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(text);
        return path;
    }

    QStringList screenshotOf(const QString& png) const
    {
        return { QStringLiteral("--screenshot"), png,
                 QStringLiteral("--size"),       QStringLiteral("1280x800"),
                 QStringLiteral("--tab"),        QStringLiteral("operations") };
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void observedStateIsLoadedBeforeRendering()
    {
        const QString plainPng = m_dir.filePath(QStringLiteral("default.png"));
        const Run plain = run(screenshotOf(plainPng));
        QCOMPARE(plain.exitCode, 0);

        const QString observedPng = m_dir.filePath(QStringLiteral("observed.png"));
        const QString example = QStringLiteral(ECW_SOURCE_DIR "/docs/howto/scale-vertically-observed.json");
        const Run observed = run(screenshotOf(observedPng) << QStringLiteral("--observed") << example);
        QVERIFY2(observed.exitCode == 0, qPrintable(observed.standardError));

        const QImage before(plainPng);
        const QImage after(observedPng);
        QCOMPARE(after.size(), QSize(1280, 800));
        QCOMPARE(before.size(), after.size());
        // The form and the advice show the file's state, not the built-in example's.
        QVERIFY(before != after);
    }

    void badFileEndsWithTheOptionAndTheProblem()
    {
        const QString png = m_dir.filePath(QStringLiteral("bad.png"));
        const QString bad = writeFile(QStringLiteral("bad.json"), R"({"cpu_percent": 140})");
        const Run outOfRange = run(screenshotOf(png) << QStringLiteral("--observed") << bad);
        QCOMPARE(outOfRange.exitCode, 2);
        QVERIFY2(outOfRange.standardError.contains(QLatin1String("--observed")), qPrintable(outOfRange.standardError));
        QVERIFY2(outOfRange.standardError.contains(QLatin1String("cpu_percent must be between 0 and 100 (got 140)")),
                 qPrintable(outOfRange.standardError));
        QVERIFY(!QFile::exists(png));

        const QString notJson = writeFile(QStringLiteral("broken.json"), "{ not json");
        const Run broken = run(screenshotOf(png) << QStringLiteral("--observed") << notJson);
        QCOMPARE(broken.exitCode, 2);
        QVERIFY2(broken.standardError.contains(QLatin1String("not valid JSON")), qPrintable(broken.standardError));

        // Without --screenshot too: the window never opens on a state the planner did not ask for.
        const Run missing = run({ QStringLiteral("--observed"), m_dir.filePath(QStringLiteral("missing.json")) });
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.standardError.contains(QLatin1String("--observed: Cannot read")),
                 qPrintable(missing.standardError));
        QVERIFY(!QFile::exists(png));
    }
};

QTEST_MAIN(WorkbenchCommandLineTest)
#include "WorkbenchCommandLineTest.moc"
