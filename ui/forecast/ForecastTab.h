// SPDX-License-Identifier: GPL-3.0-or-later
// The Forecast tab: growth settings on the left; on the right the 30/60/90-day table (low / expected / high,
// without and with the safety margin), the runway to the scaling triggers, and memory, cores and storage
// charted over the horizon, for the recommended configuration of the chosen cloud.
#pragma once

#include "PriceBook.h"
#include "Runway.h"

#include <QWidget>

#include <array>
#include <optional>
#include <vector>

class QButtonGroup;
class QComboBox;
class QLabel;
class QTabWidget;
class QTableWidget;
class QTreeWidget;

namespace ecw {

class ForecastController;
class ForecastEngine;
class GrowthSettingsPanel;
class ScenarioController;
class SeriesPlot;

class ForecastTab : public QWidget
{
    Q_OBJECT

public:
    ForecastTab(ScenarioController* scenario, ForecastController* forecast, QWidget* parent = nullptr);

    GrowthSettingsPanel* settingsPanel() const { return m_settings; }
    QTabWidget* viewTabs() const { return m_views; }
    QComboBox* cloudComboBox() const { return m_cloud; }
    QTreeWidget* milestoneTree() const { return m_milestones; }
    QTableWidget* runwayTable() const { return m_runway; }
    SeriesPlot* growthPlot() const { return m_plot; }

    // The cloud whose recommendation the cost row, the runway and the chart's capacity lines use: the one
    // chosen, or the cheapest at day 0 when "cheapest" is chosen. Empty without a price book.
    std::optional<Cloud> selectedCloud() const;
    void setResource(RunwayResource resource);
    // "table", "runway" or "chart"; false for another name.
    bool showSection(const QString& name);

Q_SIGNALS:
    void editRejected(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    enum Page
    {
        TablePage,
        RunwayPage,
        ChartPage,
        PageCount
    };
    void markStale();
    void refresh();
    void fitMilestoneColumns();
    void fillSummary(const ForecastEngine& engine);
    void fillMilestones(const ForecastEngine& engine);
    void fillRunway(const ForecastEngine& engine);
    void fillChart(const ForecastEngine& engine);

    ScenarioController* m_scenario;
    ForecastController* m_forecast;
    GrowthSettingsPanel* m_settings = nullptr;
    QComboBox* m_cloud = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_problems = nullptr;
    QTabWidget* m_views = nullptr;
    QTreeWidget* m_milestones = nullptr;
    QLabel* m_runwayCapacity = nullptr;
    QTableWidget* m_runway = nullptr;
    QButtonGroup* m_resources = nullptr;
    SeriesPlot* m_plot = nullptr;
    std::vector<std::string> m_milestoneKeys; // "day/figure" per row, to update the tree in place
    std::array<qsizetype, 4> m_fittedLengths {}; // longest text per column when the widths were last fitted
    bool m_summaryStale = true;
    std::array<bool, PageCount> m_stalePages { true, true, true };
};

} // namespace ecw
