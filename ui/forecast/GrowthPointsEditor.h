// SPDX-License-Identifier: GPL-3.0-or-later
// The planner's (day, nodes) list for the points growth model: a two-column table with add and remove,
// every typed cell checked (range, number, no repeated day) before it becomes an edit.
#pragma once

#include "ForecastSettings.h"

#include <QWidget>

#include <vector>

class QLabel;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace ecw {

class GrowthPointsEditor : public QWidget
{
    Q_OBJECT

public:
    static constexpr double kMaxDay = 3650;
    static constexpr double kMaxNodes = 1e12;

    explicit GrowthPointsEditor(QWidget* parent = nullptr);

    // Shows the document's points (sorted by day); does not emit.
    void setPoints(const std::vector<GrowthPoint>& points);
    const std::vector<GrowthPoint>& points() const { return m_points; }
    // Node count used for a first point when the list is empty.
    void setCurrentNodes(double nodes) { m_currentNodes = nodes; }

    QTableWidget* table() const { return m_table; }
    // The last problem with a typed value or an edit, "" when there is none.
    QString message() const;
    void showMessage(const QString& message);

    // Checks one typed cell: "" when it is a valid day (column 0) or node count (column 1) for that row,
    // else a message naming the field and its range. value receives the number.
    QString checkCell(int row, int column, const QString& text, double& value) const;

public Q_SLOTS:
    void addPoint();
    void removeSelectedPoints();

Q_SIGNALS:
    // The planner changed the list; text names the step for the undo stack.
    void pointsEdited(const std::vector<GrowthPoint>& points, const QString& text);
    // A typed value was refused; the table shows the document's value again.
    void editRejected(const QString& message);

private:
    void onItemChanged(QTableWidgetItem* item);
    void fillTable();

    QTableWidget* m_table = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_removeButton = nullptr;
    QLabel* m_message = nullptr;
    std::vector<GrowthPoint> m_points;
    double m_currentNodes = 0;
};

} // namespace ecw
