// SPDX-License-Identifier: GPL-3.0-or-later
// Structure changes (a profile switch) reset the model; value changes (every slider step) emit
// dataChanged for the value and notes columns only, so selection and scroll position survive a drag.
#include "LineItemModel.h"

#include "QtText.h"
#include "ScenarioController.h"

#include <QFont>

#include <algorithm>

namespace ecw {

namespace {

// internalId 0 marks a section row; an item row stores its section's row + 1.
constexpr quintptr kSectionId = 0;

} // namespace

LineItemModel::LineItemModel(ScenarioController* controller, QObject* parent)
    : QAbstractItemModel(parent)
    , m_controller(controller)
{
    m_sections = layoutOf(controller->estimate());
    connect(controller, &ScenarioController::estimateChanged, this, &LineItemModel::refresh);
}

std::vector<LineItemModel::SectionRows> LineItemModel::layoutOf(const Estimate& estimate) const
{
    std::vector<SectionRows> sections;
    for (std::size_t i = 0; i < estimate.items.size(); ++i) {
        const Section section = estimate.items[i].section;
        auto found = std::find_if(sections.begin(), sections.end(),
                                  [section](const SectionRows& rows) { return rows.section == section; });
        if (found == sections.end()) {
            sections.push_back(SectionRows { section, {} });
            found = sections.end() - 1;
        }
        found->items.push_back(i);
    }
    return sections;
}

void LineItemModel::refresh()
{
    std::vector<SectionRows> sections = layoutOf(m_controller->estimate());
    if (sections != m_sections) {
        beginResetModel();
        m_sections = std::move(sections);
        endResetModel();
        return;
    }
    for (std::size_t s = 0; s < m_sections.size(); ++s) {
        const QModelIndex parent = index(static_cast<int>(s), 0);
        const int last = static_cast<int>(m_sections[s].items.size()) - 1;
        if (last >= 0)
            Q_EMIT dataChanged(index(0, ValueColumn, parent), index(last, NotesColumn, parent));
    }
}

QModelIndex LineItemModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid()) {
        if (row >= static_cast<int>(m_sections.size()))
            return {};
        return createIndex(row, column, kSectionId);
    }
    if (parent.internalId() != kSectionId || parent.column() != 0)
        return {};
    const auto& section = m_sections[static_cast<std::size_t>(parent.row())];
    if (row >= static_cast<int>(section.items.size()))
        return {};
    return createIndex(row, column, static_cast<quintptr>(parent.row()) + 1);
}

QModelIndex LineItemModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kSectionId)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, kSectionId);
}

int LineItemModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_sections.size());
    if (parent.internalId() != kSectionId || parent.column() != 0)
        return 0;
    return static_cast<int>(m_sections[static_cast<std::size_t>(parent.row())].items.size());
}

int LineItemModel::columnCount(const QModelIndex& parent) const
{
    (void)parent;
    return ColumnCount;
}

std::size_t LineItemModel::itemIndexAt(const QModelIndex& index) const
{
    const auto& section = m_sections[static_cast<std::size_t>(index.internalId() - 1)];
    return section.items[static_cast<std::size_t>(index.row())];
}

const LineItem* LineItemModel::itemAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == kSectionId)
        return nullptr;
    return &m_controller->estimate().items[itemIndexAt(index)];
}

QModelIndex LineItemModel::indexOf(std::string_view itemId) const
{
    const Estimate& estimate = m_controller->estimate();
    for (std::size_t s = 0; s < m_sections.size(); ++s) {
        const auto& items = m_sections[s].items;
        for (std::size_t r = 0; r < items.size(); ++r)
            if (estimate.items[items[r]].id == itemId)
                return index(static_cast<int>(r), 0, index(static_cast<int>(s), 0));
    }
    return {};
}

QVariant LineItemModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kSectionId) {
        const Section section = m_sections[static_cast<std::size_t>(index.row())].section;
        switch (role) {
        case Qt::DisplayRole:
            return index.column() == LabelColumn ? toQString(sectionTitle(section)) : QVariant();
        case Qt::AccessibleTextRole:
            return index.column() == LabelColumn ? toQString(sectionTitle(section)) : QVariant();
        case ItemIdRole:
            return toQString(sectionName(section));
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            return font;
        }
        default:
            return {};
        }
    }

    const std::size_t itemIndex = itemIndexAt(index);
    const LineItem& item = m_controller->estimate().items[itemIndex];
    const ChangedAssumptions& changed = m_controller->changedAssumptions();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case LabelColumn:
            return toQString(item.label);
        case ValueColumn:
            return humanText(item.value, item.unit);
        case UnitColumn:
            return toQString(unitName(item.unit));
        case IdColumn:
            return toQString(item.id);
        case NotesColumn: {
            QStringList notes;
            if (changed.affects(itemIndex))
                notes << tr("\u25c6 uses %1")
                             .arg(toQString(ChangedAssumptions::symbols(changed.dependencies(itemIndex))));
            if (item.extrapolated)
                notes << tr("extrapolated beyond the model's validated range");
            return notes.join(QStringLiteral("; "));
        }
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == NotesColumn && changed.affects(itemIndex))
            return tr("Depends on assumptions changed from the spec's defaults: %1")
                .arg(toQString(ChangedAssumptions::symbols(changed.dependencies(itemIndex))));
        return toQString(item.formula) + QStringLiteral("\n= ") + toQString(item.substituted()) + QStringLiteral("\n= ")
            + toQString(formatMachineNumber(item.value)) + QLatin1Char(' ') + toQString(unitName(item.unit));
    case Qt::TextAlignmentRole:
        if (index.column() == ValueColumn)
            return QVariant((Qt::AlignRight | Qt::AlignVCenter).toInt());
        return {};
    case Qt::FontRole:
        if (changed.affects(itemIndex) && (index.column() == LabelColumn || index.column() == ValueColumn)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case ItemIdRole:
        return toQString(item.id);
    case RawValueRole:
        return item.value;
    case FormulaRole:
        return toQString(item.formula);
    case WorkedOutRole:
        return toQString(item.workedOut());
    case ChangedAssumptionsRole:
        return changed.affects(itemIndex);
    default:
        return {};
    }
}

QVariant LineItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LabelColumn:
        return tr("Figure");
    case ValueColumn:
        return tr("Value");
    case UnitColumn:
        return tr("Unit");
    case IdColumn:
        return tr("Id");
    case NotesColumn:
        return tr("Notes");
    default:
        return {};
    }
}

Qt::ItemFlags LineItemModel::flags(const QModelIndex& index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace ecw
