// SPDX-License-Identifier: GPL-3.0-or-later
// A thin Qt item model over the current Estimate: a tree of sections (Memory, CPU, ...) holding the
// line items, columns label / value / unit / id / notes. Values are the model's formatHuman text;
// the raw number, formula and worked-out form are available in extra roles.
#pragma once

#include "LineItem.h"

#include <QAbstractItemModel>

#include <string_view>
#include <vector>

namespace ecw {

class ScenarioController;
struct Estimate;

class LineItemModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        LabelColumn,
        ValueColumn,
        UnitColumn,
        IdColumn,
        NotesColumn,
        ColumnCount
    };
    enum Role
    {
        ItemIdRole = Qt::UserRole + 1, // "memory.hot_tier" (items) or "memory" (sections)
        RawValueRole, // the value as a double, in base units
        FormulaRole,
        WorkedOutRole,
        ChangedAssumptionsRole, // bool: depends on a constant changed from its default
    };

    explicit LineItemModel(ScenarioController* controller, QObject* parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    // The index (column 0) of an item id, or invalid.
    QModelIndex indexOf(std::string_view itemId) const;
    // The line item at an index, or nullptr for a section row; valid until the next estimate.
    const LineItem* itemAt(const QModelIndex& index) const;

private:
    struct SectionRows
    {
        Section section;
        std::vector<std::size_t> items; // indexes into Estimate::items
        bool operator==(const SectionRows& other) const = default;
    };

    void refresh();
    std::vector<SectionRows> layoutOf(const Estimate& estimate) const;
    std::size_t itemIndexAt(const QModelIndex& index) const;

    ScenarioController* m_controller;
    std::vector<SectionRows> m_sections;
};

} // namespace ecw
