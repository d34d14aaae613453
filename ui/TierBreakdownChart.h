// SPDX-License-Identifier: GPL-3.0-or-later
// The tier breakdown with Qt Charts: node counts per tier, memory per tier and storage per tier as
// horizontal bars, each bar's value and unit written at its end and each chart's total in its corner.
#pragma once

#include "Units.h"

#include <QColor>
#include <QWidget>

#include <string_view>
#include <vector>

class QChart;
class QChartView;
class QBarCategoryAxis;
class QBarSet;
class QGraphicsSimpleTextItem;
class QHorizontalStackedBarSeries;
class QValueAxis;

namespace ecw {

class ScenarioController;

class TierBreakdownChart : public QWidget
{
    Q_OBJECT

public:
    explicit TierBreakdownChart(ScenarioController* controller, QWidget* parent = nullptr);

    // What one chart (0 nodes, 1 memory, 2 storage) shows, top bar first: "Hot (in memory): 100,000
    // nodes". For tests and the accessible description.
    QStringList entries(int chart) const;
    // The total written in the chart's corner: "1.6 GiB in total".
    QString totalText(int chart) const;
    QChartView* chartView(int chart) const;

    // Picks the axis unit for the largest value: for bytes the binary prefix ("TiB"), for nodes
    // "thousand", "million" or "billion". Returns the divisor and sets the unit written on each tick.
    static double axisScale(double maximum, Unit unit, QString* tickUnit);

private:
    struct Bar
    {
        std::vector<std::string_view> itemIds; // summed: one bar can stand for several line items
        QString name;
        QColor colour; // fixed per bar, so a profile switch does not repaint the legend of colours
    };
    struct Panel
    {
        QString title; // "Memory per tier"
        std::string_view totalId; // "" to sum the bars
        Unit unit = Unit::Count;
        std::vector<Bar> bars;
        QChart* chart = nullptr;
        QChartView* view = nullptr;
        QHorizontalStackedBarSeries* series = nullptr;
        QBarCategoryAxis* categoryAxis = nullptr;
        QValueAxis* valueAxis = nullptr;
        QGraphicsSimpleTextItem* total = nullptr;
        // Per visible bar, in bar order (hot first): its value, its name left of the plot and the
        // figure at its end.
        std::vector<const Bar*> visible;
        std::vector<double> values;
        std::vector<QGraphicsSimpleTextItem*> nameItems;
        std::vector<QGraphicsSimpleTextItem*> valueItems;
        std::vector<QGraphicsSimpleTextItem*> tickItems; // value axis labels, left to right
        QStringList entries;
        QString axisTitle;
        double divisor = 1;
        double axisMax = -1;
    };

    void buildPanel(Panel& panel, const QString& objectName, const QString& accessibleName);
    void rebuildBars(Panel& panel, const std::vector<const Bar*>& visible);
    void showEstimate();
    void showPanel(Panel& panel);
    void placeLabels(Panel& panel);
    QGraphicsSimpleTextItem* makeText(QChart* chart) const;

    ScenarioController* m_controller;
    std::vector<Panel> m_panels;
};

} // namespace ecw
