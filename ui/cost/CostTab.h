// SPDX-License-Identifier: GPL-3.0-or-later
// The Cost tab: price book and discounts on the left; on the right, per cloud the recommended instances and
// the top three alternatives with their utilization, the monthly bill per pricing model broken down, the
// spec's tier-optimization savings, and the cost curves over time and against node count.
#pragma once

#include <QWidget>

#include <array>

class QLabel;
class QTabWidget;
class QTableWidget;
class QTreeWidget;

namespace ecw {

class CostSettingsPanel;
class ForecastController;
class ForecastEngine;
class SeriesPlot;

class CostTab : public QWidget
{
    Q_OBJECT

public:
    explicit CostTab(ForecastController* forecast, QWidget* parent = nullptr);

    CostSettingsPanel* settingsPanel() const { return m_settings; }
    QTabWidget* viewTabs() const { return m_views; }
    QLabel* summaryLabel() const { return m_summary; }
    QTreeWidget* instanceTree() const { return m_instances; }
    QTreeWidget* costTree() const { return m_costs; }
    QTableWidget* savingsTable() const { return m_savings; }
    // Rows of a cloud's block in costTree(), after the cloud's heading row.
    enum CostRow
    {
        DiscountRow,
        ComputeRow,
        BlockStorageRow,
        ObjectStorageRow,
        EgressRow,
        TotalRow
    };
    SeriesPlot* costOverTimePlot() const { return m_overTime; }
    SeriesPlot* costVsNodesPlot() const { return m_vsNodes; }

    // "instances", "costs", "savings", "time" or "nodes"; false for another name.
    bool showSection(const QString& name);

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    enum Page
    {
        InstancesPage,
        CostsPage,
        SavingsPage,
        OverTimePage,
        VsNodesPage,
        PageCount
    };
    void refresh();
    void fillSummary(const ForecastEngine& engine);
    void fillInstances(const ForecastEngine& engine);
    void fillCosts(const ForecastEngine& engine);
    void fillSavings(const ForecastEngine& engine);

    ForecastController* m_forecast;
    CostSettingsPanel* m_settings = nullptr;
    QLabel* m_summary = nullptr;
    QTabWidget* m_views = nullptr;
    QTreeWidget* m_instances = nullptr;
    QTreeWidget* m_costs = nullptr;
    QLabel* m_costNote = nullptr;
    QTableWidget* m_savings = nullptr;
    QLabel* m_savingsNote = nullptr;
    SeriesPlot* m_overTime = nullptr;
    SeriesPlot* m_vsNodes = nullptr;
    bool m_summaryStale = true;
    std::array<bool, PageCount> m_stalePages { true, true, true, true, true };
};

} // namespace ecw
