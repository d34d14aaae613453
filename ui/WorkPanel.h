// SPDX-License-Identifier: GPL-3.0-or-later
// "Show your work" for the selected figure: its formula in symbols, the same with this scenario's
// numbers, the result, and every input, assumption and figure it used, changed assumptions marked.
#pragma once

#include <QWidget>

#include <string>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace ecw {

class ScenarioController;

class WorkPanel : public QWidget
{
    Q_OBJECT

public:
    explicit WorkPanel(ScenarioController* controller, QWidget* parent = nullptr);

    // Shows an item by id ("memory.hot_tier"); "" shows the hint.
    void showItem(const QString& itemId);
    QString itemId() const { return QString::fromStdString(m_itemId); }

    QLabel* formulaLabel() const { return m_formula; }
    QLabel* substitutedLabel() const { return m_substituted; }
    QLabel* resultLabel() const { return m_result; }
    QTreeWidget* operandsTree() const { return m_operands; }

Q_SIGNALS:
    // The planner activated an operand that is itself a figure.
    void itemRequested(const QString& itemId);

private:
    void refresh();
    void activateOperand(QTreeWidgetItem* item);

    ScenarioController* m_controller;
    std::string m_itemId;
    QLabel* m_title = nullptr;
    QLabel* m_value = nullptr;
    QLabel* m_formula = nullptr;
    QLabel* m_substituted = nullptr;
    QLabel* m_result = nullptr;
    QLabel* m_hint = nullptr;
    QTreeWidget* m_operands = nullptr;
};

} // namespace ecw
