// SPDX-License-Identifier: GPL-3.0-or-later
// Values are edited as plain numbers in base units ("0.25", "5e8"); the table shows them with units.
#include "ConstantTableModel.h"

#include "QtText.h"
#include "ScenarioController.h"
#include "Validation.h"

#include <QFont>

namespace ecw {

ConstantTableModel::ConstantTableModel(ScenarioController* controller, QObject* parent)
    : QAbstractTableModel(parent)
    , m_controller(controller)
    , m_shown(controller->document().constants)
{
    connect(controller, &ScenarioController::documentChanged, this, &ConstantTableModel::showDocument);
}

void ConstantTableModel::showDocument()
{
    const ModelConstants& constants = m_controller->document().constants;
    if (constants == m_shown)
        return; // inputs changed, not assumptions: nothing to repaint
    for (const ConstantSpec& spec : constantSpecs()) {
        if (constants[spec.id] == m_shown[spec.id])
            continue;
        const int row = static_cast<int>(spec.id);
        m_shown.set(spec.id, constants[spec.id]);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

int ConstantTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(kConstantCount);
}

int ConstantTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConstantTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConstantId id = constantAt(index.row());
    const ConstantSpec& spec = constantSpec(id);
    const double value = m_shown[id];
    const bool changed = !m_shown.isDefault(id);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case SymbolColumn:
            return toQString(spec.symbol);
        case LabelColumn:
            return toQString(spec.label);
        case ValueColumn:
            return humanText(value, spec.unit);
        case DefaultColumn:
            return humanText(spec.defaultValue, spec.unit);
        case UnitColumn:
            return toQString(unitName(spec.unit));
        case StatusColumn:
            return changed ? tr("\u25c6 changed") : QString();
        case SourceColumn:
            return toQString(spec.source);
        default:
            return {};
        }
    case Qt::EditRole:
        if (index.column() == ValueColumn)
            return toQString(formatMachineNumber(value));
        return {};
    case Qt::ToolTipRole: {
        QString tip
            = tr("%1 (%2): %3 %4, spec default %5 %4.\nAllowed: %6.\nSource: %7")
                  .arg(toQString(spec.label), toQString(spec.symbol), toQString(formatMachineNumber(value)),
                       toQString(unitName(spec.unit)), toQString(formatMachineNumber(spec.defaultValue)),
                       toQString(describeRange(spec.minimum, spec.maximum, spec.unit, false)), toQString(spec.source));
        if (index.column() == ValueColumn)
            tip += tr("\nType a number in %1 (base unit) to change it.").arg(toQString(unitName(spec.unit)));
        return tip;
    }
    case Qt::FontRole:
        if (changed) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == ValueColumn || index.column() == DefaultColumn)
            return QVariant((Qt::AlignRight | Qt::AlignVCenter).toInt());
        return {};
    case ConstantIdRole:
        return static_cast<int>(id);
    case RawValueRole:
        return value;
    case ChangedRole:
        return changed;
    default:
        return {};
    }
}

bool ConstantTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || index.column() != ValueColumn)
        return false;
    const ConstantId id = constantAt(index.row());
    const ConstantSpec& spec = constantSpec(id);
    const std::optional<double> number = parseNumber(toStdString(value.toString()));
    if (!number) {
        Q_EMIT editRejected(tr("%1: \u201c%2\u201d is not a number; type it in %3, like %4.")
                                .arg(toQString(spec.symbol), value.toString(), toQString(unitName(spec.unit)),
                                     toQString(formatMachineNumber(spec.defaultValue))));
        return false;
    }
    const QString error = m_controller->setConstant(id, *number);
    if (!error.isEmpty()) {
        Q_EMIT editRejected(error);
        return false;
    }
    return true;
}

QVariant ConstantTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SymbolColumn:
        return tr("Symbol");
    case LabelColumn:
        return tr("Assumption");
    case ValueColumn:
        return tr("Value");
    case DefaultColumn:
        return tr("Spec default");
    case UnitColumn:
        return tr("Base unit");
    case StatusColumn:
        return tr("Status");
    case SourceColumn:
        return tr("Source in the spec");
    default:
        return {};
    }
}

Qt::ItemFlags ConstantTableModel::flags(const QModelIndex& index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == ValueColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

} // namespace ecw
