// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComparisonTableModel.h"

#include "CalibrationOutput.h"
#include "QtText.h"

#include <QBrush>
#include <QColor>

#include <cmath>

namespace ecw {

namespace {

// The same red and green the rest of the window uses for problems and for what is fine.
const QColor kOverBackground(0xf9, 0xd6, 0xd3);
const QColor kOverText(0xb3, 0x26, 0x1e);
const QColor kWithinBackground(0xd7, 0xef, 0xd9);
const QColor kWithinText(0x1b, 0x6e, 0x2a);
const QColor kNoDataText(0x70, 0x70, 0x70);
const QColor kNoDataBackground(0xec, 0xec, 0xec);

} // namespace

ComparisonTableModel::ComparisonTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ComparisonTableModel::setRows(std::vector<ComparisonRow> rows)
{
    const bool sameShape = rows.size() == m_rows.size();
    if (!sameShape)
        beginResetModel();
    m_rows = std::move(rows);
    if (!sameShape)
        endResetModel();
    else if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ComparisonTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ComparisonTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ComparisonTableModel::figureText(double value, Unit unit)
{
    if (unit == Unit::Cores)
        return tr("%1 cores").arg(toQString(formatFixed(value, 2)));
    return humanText(value, unit);
}

QVariant ComparisonTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ComparisonRow& row = m_rows[static_cast<std::size_t>(index.row())];
    const QString flag = !row.observedAvailable ? QStringLiteral("no data")
                                                : (row.flagged ? QStringLiteral("over") : QStringLiteral("within"));
    switch (role) {
    case FlagRole:
        return flag;
    case KeyRole:
        return toQString(row.key);
    case Qt::DisplayRole:
        switch (index.column()) {
        case FigureColumn:
            return toQString(row.label);
        case ObservedColumn:
            return row.observedAvailable ? figureText(row.observed, row.unit) : tr("no data");
        case PredictedColumn:
            return figureText(row.predicted, row.unit);
        case ErrorColumn:
            return row.observedAvailable ? toQString(formatRelativeError(row.relativeError)) : tr("no data");
        case MetricColumn:
            return toQString(row.metric);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ErrorColumn) {
            if (!row.observedAvailable)
                return tr("The telemetry has no %1 series, so there is nothing to compare.")
                    .arg(toQString(row.metric));
            return row.flagged ? tr("(predicted \u2212 observed) / observed is outside \u00b115 %: the model's "
                                    "constants for this figure are worth calibrating.")
                               : tr("Within the \u00b115 % bar.");
        }
        return tr("Observed: %1\nPredicted: the line items %2 on the observed nodes and traffic")
            .arg(toQString(row.metric), toQString(row.lineItems));
    case Qt::TextAlignmentRole:
        if (index.column() == ObservedColumn || index.column() == PredictedColumn || index.column() == ErrorColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
    case Qt::ForegroundRole:
        if (index.column() == ErrorColumn)
            return QBrush(!row.observedAvailable ? kNoDataText : (row.flagged ? kOverText : kWithinText));
        if (!row.observedAvailable && index.column() == ObservedColumn)
            return QBrush(kNoDataText);
        return {};
    case Qt::BackgroundRole:
        if (index.column() == ErrorColumn)
            return QBrush(!row.observedAvailable ? kNoDataBackground
                                                 : (row.flagged ? kOverBackground : kWithinBackground));
        return {};
    case Qt::AccessibleTextRole:
        if (index.column() == ErrorColumn && row.observedAvailable)
            return tr("%1, %2").arg(toQString(formatRelativeError(row.relativeError)),
                                    row.flagged ? tr("over the 15 % bar") : tr("within the 15 % bar"));
        return {};
    }
    return {};
}

QVariant ComparisonTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FigureColumn:
        return tr("Figure");
    case ObservedColumn:
        return tr("Observed");
    case PredictedColumn:
        return tr("Predicted");
    case ErrorColumn:
        return tr("Error");
    case MetricColumn:
        return tr("Metric");
    }
    return {};
}

} // namespace ecw
