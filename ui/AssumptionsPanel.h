// SPDX-License-Identifier: GPL-3.0-or-later
// Every constant of the model with its spec default and source, editable in place, with a reset for
// the selected constants and one for all of them.
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace ecw {

class ConstantTableModel;
class ScenarioController;

class AssumptionsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AssumptionsPanel(ScenarioController* controller, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    ConstantTableModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }

Q_SIGNALS:
    void editRejected(const QString& message);

private:
    void resetSelected();
    void showDocument();

    ScenarioController* m_controller;
    ConstantTableModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_view = nullptr;
    QLineEdit* m_filter = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_resetSelected = nullptr;
    QPushButton* m_resetAll = nullptr;
};

} // namespace ecw
