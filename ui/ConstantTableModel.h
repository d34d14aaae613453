// SPDX-License-Identifier: GPL-3.0-or-later
// A thin table model over the scenario's constants: symbol, label, value (editable), spec default,
// unit, status and the spec source of each; changed values are bold and marked.
#pragma once

#include "Constants.h"

#include <QAbstractTableModel>

namespace ecw {

class ScenarioController;

class ConstantTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SymbolColumn,
        LabelColumn,
        ValueColumn,
        DefaultColumn,
        UnitColumn,
        StatusColumn,
        SourceColumn,
        ColumnCount
    };
    enum Role
    {
        ConstantIdRole = Qt::UserRole + 1,
        RawValueRole,
        ChangedRole
    };

    explicit ConstantTableModel(ScenarioController* controller, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    static ConstantId constantAt(int row) { return static_cast<ConstantId>(row); }

Q_SIGNALS:
    // A typed value was refused; the message names the constant and its allowed range.
    void editRejected(const QString& message);

private:
    void showDocument();

    ScenarioController* m_controller;
    ModelConstants m_shown;
};

} // namespace ecw
