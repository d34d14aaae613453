// SPDX-License-Identifier: GPL-3.0-or-later
// ScenarioController: the undo facade (one gesture = one step), preset tracking, assumptions, and
// the file paths, each bad file leaving the document untouched.
#include "ScenarioController.h"
#include "Presets.h"
#include "ScenarioJson.h"
#include "UiTestSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace ecw;

class ScenarioControllerTest : public QObject
{
    Q_OBJECT

private:
    static void writeFile(const QString& path, const QByteArray& bytes)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }

    void startsOnTheSpecDefaultsAndComputes()
    {
        ScenarioController c;
        QCOMPARE(c.document(), ScenarioDocument {});
        QCOMPARE(c.estimate().value("memory.hot_tier"), ecw::estimate(Scenario {}).value("memory.hot_tier"));
        QVERIFY(c.isClean());
        QCOMPARE(c.undoStack()->count(), 0);
    }

    void everyEditRecomputesTheEstimate()
    {
        ScenarioController c;
        QSignalSpy estimates(&c, &ScenarioController::estimateChanged);
        QVERIFY(c.setInput(InputId::Nodes, 5e9).isEmpty());
        QCOMPARE(estimates.count(), 1);
        Scenario expected;
        expected.set(InputId::Nodes, 5e9);
        QCOMPARE(c.estimate().value("storage.total"), ecw::estimate(expected).value("storage.total"));
        QVERIFY(!c.isClean());
    }

    void refusesOutOfRangeValuesWithTheRangeInTheMessage()
    {
        ScenarioController c;
        const QString error = c.setInput(InputId::Nodes, 2e12);
        QVERIFY(error.contains(QStringLiteral("nodes")));
        QVERIFY(error.contains(QStringLiteral("1,000,000,000,000")));
        QVERIFY(c.setInput(InputId::Nodes, 1.5).contains(QStringLiteral("whole number")));
        QVERIFY(!c.setConstant(ConstantId::HashTableOverhead, 0.5).isEmpty());
        QCOMPARE(c.document(), ScenarioDocument {});
        QCOMPARE(c.undoStack()->count(), 0);
    }

    void oneGestureIsOneUndoStep()
    {
        ScenarioController c;
        const int drag = c.newMergeKey();
        for (double nodes : { 2e6, 3e6, 4e6, 5e6 })
            c.setInput(InputId::Nodes, nodes, drag);
        QCOMPARE(c.undoStack()->count(), 1);
        c.setInput(InputId::Nodes, 6e6); // a typed value: its own step
        c.setInput(InputId::Nodes, 7e6);
        QCOMPARE(c.undoStack()->count(), 3);
        c.undoStack()->undo();
        c.undoStack()->undo();
        QCOMPARE(c.document().scenario[InputId::Nodes], 5e6);
        c.undoStack()->undo();
        QCOMPARE(c.document().scenario[InputId::Nodes], 1e6);
        QCOMPARE(c.estimate().value("tiers.hot_nodes"), 100000.0);
        QVERIFY(c.isClean());
        c.undoStack()->redo();
        QCOMPARE(c.document().scenario[InputId::Nodes], 5e6);
        QCOMPARE(c.estimate().value("tiers.hot_nodes"), 500000.0);
    }

    void aDragBackToTheStartLeavesNothingToUndo()
    {
        ScenarioController c;
        const int drag = c.newMergeKey();
        c.setInput(InputId::ActiveRatio, 0.2, drag);
        c.setInput(InputId::ActiveRatio, 0.1, drag);
        QCOMPARE(c.undoStack()->count(), 0);
        QVERIFY(c.isClean());
    }

    void twoDragsAreTwoSteps()
    {
        ScenarioController c;
        const int first = c.newMergeKey();
        c.setInput(InputId::EdgesPerNode, 60, first);
        c.setInput(InputId::EdgesPerNode, 70, first);
        const int second = c.newMergeKey();
        c.setInput(InputId::EdgesPerNode, 80, second);
        QCOMPARE(c.undoStack()->count(), 2);
        c.undoStack()->undo();
        QCOMPARE(c.document().scenario[InputId::EdgesPerNode], 70.0);
    }

    void presetSetsItsInputsAndTracksChanges()
    {
        ScenarioController c;
        c.setInput(InputId::EdgesPerNode, 75);
        QVERIFY(c.applyPreset(QStringLiteral("llm-memory")).isEmpty());
        const Preset* llm = findPreset("llm-memory");
        QCOMPARE(c.document().scenario, presetScenario(*llm)); // edges back to default: the preset is complete
        QCOMPARE(c.document().preset, std::string("llm-memory"));
        QVERIFY(!c.document().presetModified);
        QCOMPARE(c.titleText(), QStringLiteral("Default scenario (preset LLM memory augmentation)"));

        c.setInput(InputId::OpsPerSec, 200000);
        QVERIFY(c.document().presetModified);
        QCOMPARE(c.titleText(), QStringLiteral("Default scenario (from preset LLM memory augmentation, changed)"));
        c.setInput(InputId::OpsPerSec, 100000); // back to the preset's own value
        QVERIFY(!c.document().presetModified);

        c.undoStack()->undo();
        QVERIFY(c.document().presetModified);
        c.undoStack()->undo();
        c.undoStack()->undo();
        QVERIFY(c.document().preset.empty());
        QCOMPARE(c.document().scenario[InputId::EdgesPerNode], 75.0);

        QVERIFY(c.applyPreset(QStringLiteral("no-such-preset")).contains(QStringLiteral("no-such-preset")));
    }

    void constantsChangeResetAndMarkTheFiguresThatUseThem()
    {
        ScenarioController c;
        QVERIFY(c.setConstant(ConstantId::HashTableOverhead, 2.0).isEmpty());
        QVERIFY(c.changedAssumptions().isChanged(ConstantId::HashTableOverhead));
        QVERIFY(c.changedAssumptions().affects(c.estimate(), "memory.hot_tier"));
        QVERIFY(c.changedAssumptions().affects(c.estimate(), "memory.recommended")); // through memory.total
        QVERIFY(!c.changedAssumptions().affects(c.estimate(), "storage.wal"));
        ModelConstants expected;
        expected.set(ConstantId::HashTableOverhead, 2.0);
        QCOMPARE(c.estimate().value("memory.total"), ecw::estimate(Scenario {}, expected).value("memory.total"));

        c.setConstant(ConstantId::WalRecordBytes, 512);
        c.resetConstant(ConstantId::HashTableOverhead);
        QVERIFY(c.document().constants.isDefault(ConstantId::HashTableOverhead));
        QVERIFY(!c.document().constants.isDefault(ConstantId::WalRecordBytes));
        c.resetAllConstants();
        QVERIFY(c.document().constants.allDefault());
        QVERIFY(!c.changedAssumptions().any());
        c.undoStack()->undo();
        QCOMPARE(c.document().constants[ConstantId::WalRecordBytes], 512.0);
    }

    void profileSwitchRecomputes()
    {
        ScenarioController c;
        c.setProfile(Profile::Reference);
        QCOMPARE(c.estimate().profile, Profile::Reference);
        QVERIFY(!c.estimate().has("network.peak"));
        c.undoStack()->undo();
        QVERIFY(c.estimate().has("network.peak"));
    }

    void typingANameIsOneStep()
    {
        ScenarioController c;
        for (const char* text : { "B", "Bu", "Bud", "Budget" })
            c.setName(QString::fromLatin1(text));
        QCOMPARE(c.undoStack()->count(), 1);
        QCOMPARE(c.document().name, std::string("Budget"));
        c.undoStack()->undo();
        QCOMPARE(c.document().name, std::string("Default scenario"));
    }

    void saveAndOpenRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plan.json"));
        ScenarioController c;
        c.applyPreset(QStringLiteral("knowledge-graph"));
        c.setInput(InputId::Nodes, 1e11);
        c.setConstant(ConstantId::HashTableOverhead, 1.8);
        c.setProfile(Profile::Reference);
        c.setName(QStringLiteral("Graph at scale"));
        c.setNotes(QStringLiteral("Line one\nLine \u00fcber two"));
        QVERIFY(c.saveFile(path).isEmpty());
        QVERIFY(c.isClean());
        QCOMPARE(c.filePath(), QFileInfo(path).absoluteFilePath());

        ScenarioController other;
        QVERIFY2(other.loadFile(path).isEmpty(), qPrintable(other.loadFile(path)));
        QCOMPARE(other.document(), c.document());
        QCOMPARE(other.estimate().value("storage.total"), c.estimate().value("storage.total"));
        QVERIFY(other.isClean());
        QCOMPARE(other.undoStack()->count(), 0);
    }

    void badFilesLeaveTheDocumentUntouched_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QString>("named");
        const QByteArray format = "\"format\": \"engram-capacity-scenario\"";
        QTest::newRow("malformed") << QByteArray("{ " + format + ", \"schema_version\": 1, \"inputs\": { \"nodes\": ")
                                   << QStringLiteral("plan.json");
        QTest::newRow("newer schema") << QByteArray("{ " + format + ", \"schema_version\": 99 }")
                                      << QStringLiteral("newer");
        QTest::newRow("out of range") << QByteArray("{ " + format
                                                    + ", \"schema_version\": 1, \"inputs\": { "
                                                      "\"nodes\": 5000000000000 } }")
                                      << QStringLiteral("nodes");
        QTest::newRow("not a scenario") << QByteArray("[1, 2, 3]") << QStringLiteral("plan.json");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("plan.json");
    }

    void badFilesLeaveTheDocumentUntouched()
    {
        QFETCH(QByteArray, contents);
        QFETCH(QString, named);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plan.json"));
        writeFile(path, contents);

        ScenarioController c;
        c.setInput(InputId::Nodes, 42000);
        const ScenarioDocument before = c.document();
        const double storage = c.estimate().value("storage.total");
        QSignalSpy changed(&c, &ScenarioController::documentChanged);
        const QString error = c.loadFile(path);
        QVERIFY(!error.isEmpty());
        QVERIFY2(error.contains(named), qPrintable(error));
        QCOMPARE(c.document(), before);
        QCOMPARE(c.estimate().value("storage.total"), storage);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(c.undoStack()->count(), 1);
        QVERIFY(!c.isClean());
        QVERIFY(c.filePath().isEmpty());
    }

    void missingFileAndUnwritablePathAreReported()
    {
        ScenarioController c;
        QVERIFY(c.loadFile(QStringLiteral("/nonexistent/plan.json")).contains(QStringLiteral("plan.json")));
        c.setInput(InputId::Nodes, 5);
        const QString error = c.saveFile(QStringLiteral("/nonexistent/folder/plan.json"));
        QVERIFY2(error.contains(QStringLiteral("plan.json")), qPrintable(error));
        QVERIFY(!c.isClean());
        QVERIFY(c.filePath().isEmpty());
    }

    void saveReplacesAFileWhole()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plan.json"));
        writeFile(path, QByteArray(100000, 'x'));
        ScenarioController c;
        QVERIFY(c.saveFile(path).isEmpty());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray saved = file.readAll();
        QVERIFY(!saved.contains("xxx"));
        QVERIFY(parseScenarioJson(std::string_view(saved.constData(), saved.size())).ok());
    }
};

QTEST_MAIN(ScenarioControllerTest)
#include "ScenarioControllerTest.moc"
