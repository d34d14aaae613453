// SPDX-License-Identifier: GPL-3.0-or-later
// The assumptions table: an edit typed into a cell changes the figures, is marked in the table, the
// totals, the line items and the work panel, and both resets put the spec's defaults back.
#include "AssumptionsPanel.h"
#include "ConstantTableModel.h"
#include "LineItemModel.h"
#include "MainWindow.h"
#include "ScenarioController.h"
#include "TierBreakdownChart.h"
#include "UiTestSupport.h"
#include "WorkPanel.h"

#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace ecw;

class WorkbenchAssumptionsTest : public QObject
{
    Q_OBJECT

private:
    static QModelIndex valueCell(AssumptionsPanel* panel, ConstantId id)
    {
        const QModelIndex source = panel->model()->index(static_cast<int>(id), ConstantTableModel::ValueColumn);
        return panel->proxy()->mapFromSource(source);
    }

    // Types into the Value cell the way a planner does: select, F2, type, Enter.
    static void typeInCell(QTableView* view, const QModelIndex& index, const QString& text)
    {
        view->setCurrentIndex(index);
        view->setFocus();
        QTest::keyClick(view, Qt::Key_F2);
        auto* line = view->viewport()->findChild<QLineEdit*>();
        QVERIFY2(line && line->isVisible(), "F2 opens an editor on the value cell");
        line->selectAll();
        QTest::keyClicks(line, text);
        QTest::keyClick(line, Qt::Key_Return);
        // The delegate commits on Return through a queued call.
        QTRY_VERIFY(!view->viewport()->findChild<QLineEdit*>()
                    || !view->viewport()->findChild<QLineEdit*>()->isVisible());
    }

    static QString text(const QWidget& window, const char* name)
    {
        auto* label = window.findChild<QLabel*>(QString::fromLatin1(name));
        return label ? label->text() : QString();
    }

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }

    void anEditIsComputedAndMarkedWhereverItIsUsed()
    {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        ScenarioController* c = window.controller();
        window.outputTabs()->setCurrentWidget(window.assumptionsPanel());
        QTableView* view = window.assumptionsPanel()->view();
        const QModelIndex cell = valueCell(window.assumptionsPanel(), ConstantId::HashTableOverhead);
        typeInCell(view, cell, QStringLiteral("1.8"));
        QCOMPARE(c->document().constants[ConstantId::HashTableOverhead], 1.8);

        ModelConstants constants;
        constants.set(ConstantId::HashTableOverhead, 1.8);
        const Estimate expected = ecw::estimate(Scenario {}, constants);
        QCOMPARE(text(window, "memoryTotalLabel"), test::expectedText(expected, "memory.total"));
        QCOMPARE(text(window, "memoryRecommendedLabel"), test::expectedText(expected, "memory.recommended"));

        // Marked in the table...
        QCOMPARE(cell.data().toString(), QStringLiteral("1.80x"));
        QVERIFY(cell.data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(cell.siblingAtColumn(ConstantTableModel::StatusColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("changed")));
        QVERIFY(text(window, "assumptionsSummaryLabel").contains(QStringLiteral("1 of")));
        // ...on the totals that use it and not on those that do not...
        QCOMPARE(text(window, "memoryTotalLabelMarker"), QStringLiteral("\u25c6"));
        QCOMPARE(text(window, "storageTotalLabelMarker"), QString());
        // ...on the chart bars...
        QVERIFY(window.breakdownChart()->entries(1).contains(QStringLiteral("Hot tier: ")
                                                             + test::expectedText(expected, "memory.hot_tier")
                                                             + QStringLiteral(" \u25c6")));
        QVERIFY(window.breakdownChart()->entries(2).contains(QStringLiteral("Write-ahead log: ")
                                                             + test::expectedText(expected, "storage.wal")));
        // ...in the line items...
        const QModelIndex hot = window.lineItemModel()->indexOf("memory.hot_tier");
        QVERIFY(hot.siblingAtColumn(LineItemModel::NotesColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("HASH_TABLE_OVERHEAD")));
        // ...and in the work of a figure that uses it.
        window.showItem(QStringLiteral("memory.hot_tier"));
        QTreeWidget* operands = window.workPanel()->operandsTree();
        bool marked = false;
        for (int i = 0; i < operands->topLevelItemCount(); ++i) {
            QTreeWidgetItem* row = operands->topLevelItem(i);
            if (row->text(0) == QStringLiteral("HASH_TABLE_OVERHEAD")) {
                marked = row->text(3).contains(QStringLiteral("changed; spec 1.50x"));
                QCOMPARE(row->text(1), QStringLiteral("1.80x"));
            }
        }
        QVERIFY(marked);
        QCOMPARE(c->undoStack()->count(), 1);
    }

    void refusedEditsSayWhyAndChangeNothing()
    {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ScenarioController* c = window.controller();
        window.outputTabs()->setCurrentWidget(window.assumptionsPanel());
        QTableView* view = window.assumptionsPanel()->view();
        typeInCell(view, valueCell(window.assumptionsPanel(), ConstantId::HashTableOverhead), QStringLiteral("0.5"));
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("hash_table_overhead must be")),
                 qPrintable(window.statusBar()->currentMessage()));
        typeInCell(view, valueCell(window.assumptionsPanel(), ConstantId::WalRecordBytes), QStringLiteral("big"));
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("not a number")));
        QVERIFY(c->document().constants.allDefault());
        QCOMPARE(c->undoStack()->count(), 0);
    }

    void resetSelectedAndResetAll()
    {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        ScenarioController* c = window.controller();
        AssumptionsPanel* panel = window.assumptionsPanel();
        window.outputTabs()->setCurrentWidget(panel);
        auto* resetOne = window.findChild<QPushButton*>(QStringLiteral("resetConstantButton"));
        auto* resetAll = window.findChild<QPushButton*>(QStringLiteral("resetAllConstantsButton"));
        QVERIFY(resetOne && resetAll);
        QVERIFY(!resetAll->isEnabled());

        c->setConstant(ConstantId::WalRecordBytes, 300);
        c->setConstant(ConstantId::SnapshotCount, 12);
        c->setConstant(ConstantId::HashTableOverhead, 2);
        QVERIFY(resetAll->isEnabled());
        // SNAPSHOT_WARN is 10: the spec's snapshot-pruning warning fires.
        QVERIFY(std::any_of(c->estimate().findings.begin(), c->estimate().findings.end(),
                            [](const Finding& f) { return f.id == "warning.snapshot_count"; }));

        panel->view()->selectRow(valueCell(panel, ConstantId::WalRecordBytes).row());
        QVERIFY(resetOne->isEnabled());
        QTest::mouseClick(resetOne, Qt::LeftButton);
        QVERIFY(c->document().constants.isDefault(ConstantId::WalRecordBytes));
        QVERIFY(!c->document().constants.isDefault(ConstantId::SnapshotCount));
        QVERIFY(!valueCell(panel, ConstantId::WalRecordBytes).data(ConstantTableModel::ChangedRole).toBool());

        // Two rows selected: one click, one undo step.
        c->setConstant(ConstantId::WalRecordBytes, 300);
        const int steps = c->undoStack()->count();
        panel->view()->selectRow(valueCell(panel, ConstantId::WalRecordBytes).row());
        panel->view()->selectionModel()->select(valueCell(panel, ConstantId::SnapshotCount),
                                                QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QTest::mouseClick(resetOne, Qt::LeftButton);
        QVERIFY(c->document().constants.isDefault(ConstantId::WalRecordBytes));
        QVERIFY(c->document().constants.isDefault(ConstantId::SnapshotCount));
        QCOMPARE(c->undoStack()->count(), steps + 1);
        c->undoStack()->undo();
        QCOMPARE(c->document().constants[ConstantId::SnapshotCount], 12.0);

        QTest::mouseClick(resetAll, Qt::LeftButton);
        QVERIFY(c->document().constants.allDefault());
        QCOMPARE(c->estimate().value("memory.total"), ecw::estimate(Scenario {}).value("memory.total"));
        QCOMPARE(text(window, "memoryTotalLabelMarker"), QString());
        QVERIFY(!resetAll->isEnabled());
        QVERIFY(text(window, "assumptionsSummaryLabel").contains(QStringLiteral("defaults")));

        c->undoStack()->undo(); // reset all is one step
        QCOMPARE(c->document().constants[ConstantId::SnapshotCount], 12.0);
        QCOMPARE(c->document().constants[ConstantId::HashTableOverhead], 2.0);
    }

    void theFilterFindsAConstantBySymbolOrSource()
    {
        MainWindow window;
        AssumptionsPanel* panel = window.assumptionsPanel();
        auto* filter = window.findChild<QLineEdit*>(QStringLiteral("assumptionsFilterLineEdit"));
        QTest::keyClicks(filter, QStringLiteral("wal_record"));
        // Matches the symbol WAL_RECORD_SIZE and the sources that quote it.
        QVERIFY(panel->proxy()->rowCount() >= 1);
        QVERIFY(panel->proxy()->rowCount() < static_cast<int>(kConstantCount));
        filter->clear();
        QCOMPARE(panel->proxy()->rowCount(), static_cast<int>(kConstantCount));
    }
};

QTEST_MAIN(WorkbenchAssumptionsTest)
#include "WorkbenchAssumptionsTest.moc"
