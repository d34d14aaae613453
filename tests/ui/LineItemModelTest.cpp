// SPDX-License-Identifier: GPL-3.0-or-later
// LineItemModel and ConstantTableModel under QAbstractItemModelTester while the scenario changes,
// and their texts against the model's own formatting.
#include "LineItemModel.h"
#include "ConstantTableModel.h"
#include "ScenarioController.h"
#include "UiTestSupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace ecw;

class LineItemModelTest : public QObject
{
    Q_OBJECT

private:
    static void compareWithEstimate(const LineItemModel& model, const Estimate& estimate)
    {
        int items = 0;
        for (int s = 0; s < model.rowCount(); ++s) {
            const QModelIndex section = model.index(s, 0);
            for (int r = 0; r < model.rowCount(section); ++r) {
                const std::string id = model.index(r, LineItemModel::IdColumn, section).data().toString().toStdString();
                const LineItem* item = estimate.find(id);
                QVERIFY2(item, id.c_str());
                QCOMPARE(toQString(sectionTitle(item->section)), section.data().toString());
                QCOMPARE(model.index(r, LineItemModel::LabelColumn, section).data().toString(), toQString(item->label));
                QCOMPARE(model.index(r, LineItemModel::ValueColumn, section).data().toString(),
                         humanText(item->value, item->unit));
                QCOMPARE(model.index(r, LineItemModel::UnitColumn, section).data().toString(),
                         toQString(unitName(item->unit)));
                QCOMPARE(model.index(r, 0, section).data(LineItemModel::RawValueRole).toDouble(), item->value);
                QCOMPARE(model.index(r, 0, section).data(LineItemModel::WorkedOutRole).toString(),
                         toQString(item->workedOut()));
                ++items;
            }
        }
        QCOMPARE(items, static_cast<int>(estimate.items.size()));
    }

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }

    void lineItemModelPassesTheTesterThroughEveryKindOfChange()
    {
        ScenarioController c;
        LineItemModel model(&c);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        compareWithEstimate(model, c.estimate());

        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        c.setInput(InputId::Nodes, 1e11);
        QCOMPARE(resets.count(), 0); // a slider step keeps rows (and the selection) in place
        QVERIFY(changes.count() > 0);
        compareWithEstimate(model, c.estimate());

        c.setProfile(Profile::Reference); // fewer items: the structure changes
        QCOMPARE(resets.count(), 1);
        compareWithEstimate(model, c.estimate());
        QVERIFY(!model.indexOf("network.peak").isValid());

        c.setProfile(Profile::Full);
        c.setConstant(ConstantId::HashTableOverhead, 2.5);
        compareWithEstimate(model, c.estimate());
        const QModelIndex hot = model.indexOf("memory.hot_tier");
        QVERIFY(hot.isValid());
        QVERIFY(hot.data(LineItemModel::ChangedAssumptionsRole).toBool());
        QVERIFY(hot.siblingAtColumn(LineItemModel::NotesColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("HASH_TABLE_OVERHEAD")));
        QVERIFY(hot.data(Qt::FontRole).value<QFont>().bold());
        const QModelIndex wal = model.indexOf("storage.wal");
        QVERIFY(!wal.data(LineItemModel::ChangedAssumptionsRole).toBool());
        QVERIFY(wal.siblingAtColumn(LineItemModel::NotesColumn).data().toString().isEmpty());

        c.applyPreset(QStringLiteral("time-series"));
        compareWithEstimate(model, c.estimate());
        c.newScenario();
        compareWithEstimate(model, c.estimate());
    }

    void sectionsFollowTheEstimateOrder()
    {
        ScenarioController c;
        LineItemModel model(&c);
        QStringList titles;
        for (int s = 0; s < model.rowCount(); ++s)
            titles << model.index(s, 0).data().toString();
        QCOMPARE(titles,
                 (QStringList { QStringLiteral("Per node"), QStringLiteral("Tier distribution"),
                                QStringLiteral("Edges"), QStringLiteral("Memory"), QStringLiteral("CPU"),
                                QStringLiteral("Storage"), QStringLiteral("Network"), QStringLiteral("Performance"),
                                QStringLiteral("Recovery"), QStringLiteral("Backup") }));
        QCOMPARE(model.itemAt(model.index(0, 0)), nullptr);
        const LineItem* first = model.itemAt(model.index(0, 0, model.index(0, 0)));
        QVERIFY(first);
        QCOMPARE(first->id, c.estimate().items.front().id);
    }

    void constantTableModelPassesTheTesterAndEdits()
    {
        ScenarioController c;
        ConstantTableModel model(&c);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), static_cast<int>(kConstantCount));
        for (const ConstantSpec& spec : constantSpecs()) {
            const int row = static_cast<int>(spec.id);
            QCOMPARE(model.index(row, ConstantTableModel::SymbolColumn).data().toString(), toQString(spec.symbol));
            QCOMPARE(model.index(row, ConstantTableModel::DefaultColumn).data().toString(),
                     humanText(spec.defaultValue, spec.unit));
            QCOMPARE(model.index(row, ConstantTableModel::SourceColumn).data().toString(), toQString(spec.source));
        }

        const int row = static_cast<int>(ConstantId::WalRecordBytes);
        const QModelIndex value = model.index(row, ConstantTableModel::ValueColumn);
        QVERIFY(model.flags(value) & Qt::ItemIsEditable);
        QVERIFY(!(model.flags(model.index(row, 0)) & Qt::ItemIsEditable));
        QCOMPARE(value.data(Qt::EditRole).toString(), QStringLiteral("256"));
        QVERIFY(model.setData(value, QStringLiteral("512")));
        QCOMPARE(c.document().constants[ConstantId::WalRecordBytes], 512.0);
        QCOMPARE(value.data().toString(), QStringLiteral("512 B"));
        QVERIFY(value.data(ConstantTableModel::ChangedRole).toBool());
        QVERIFY(
            model.index(row, ConstantTableModel::StatusColumn).data().toString().contains(QStringLiteral("changed")));

        QSignalSpy rejected(&model, &ConstantTableModel::editRejected);
        QVERIFY(!model.setData(value, QStringLiteral("lots")));
        QVERIFY(!model.setData(value, QStringLiteral("0")));
        QCOMPARE(rejected.count(), 2);
        QVERIFY(rejected.at(1).first().toString().contains(QStringLiteral("wal_record_bytes")));
        QCOMPARE(c.document().constants[ConstantId::WalRecordBytes], 512.0);

        c.resetAllConstants();
        QVERIFY(!value.data(ConstantTableModel::ChangedRole).toBool());
        QCOMPARE(value.data().toString(), QStringLiteral("256 B"));
    }
};

QTEST_MAIN(LineItemModelTest)
#include "LineItemModelTest.moc"
