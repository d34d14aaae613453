// SPDX-License-Identifier: GPL-3.0-or-later
// The observed-vs-predicted table as a Qt item model: a thin adapter over Calibration::rows, the relative error
// coloured against the 15% bar (red over, green within, grey when the deployment does not report the figure).
#pragma once

#include "Calibration.h"

#include <QAbstractTableModel>

#include <vector>

namespace ecw {

class ComparisonTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        FigureColumn,
        ObservedColumn,
        PredictedColumn,
        ErrorColumn,
        MetricColumn,
        ColumnCount
    };
    // The row's state, for tests and delegates: Qt::UserRole on any column.
    enum Role
    {
        FlagRole = Qt::UserRole + 1, // "over", "within" or "no data"
        KeyRole, // "memory.hot"
    };

    explicit ComparisonTableModel(QObject* parent = nullptr);

    void setRows(std::vector<ComparisonRow> rows);
    const std::vector<ComparisonRow>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The figure in the row's unit, as the CLI prints it (cores to two decimals).
    static QString figureText(double value, Unit unit);

private:
    std::vector<ComparisonRow> m_rows;
};

} // namespace ecw
