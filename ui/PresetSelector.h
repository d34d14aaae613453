// SPDX-License-Identifier: GPL-3.0-or-later
// Choose one of the spec's workload types or use cases as the starting point; shows the preset the
// scenario came from, whether it was changed since, and the spec's rationale for its values.
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace ecw {

class ScenarioController;

class PresetSelector : public QWidget
{
    Q_OBJECT

public:
    explicit PresetSelector(ScenarioController* controller, QWidget* parent = nullptr);

    QComboBox* comboBox() const { return m_combo; }

    // Rationale plus the list of values the preset sets and where each comes from.
    static QString describePreset(const QString& presetId);

private:
    void showDocument();
    void choose(int index);

    ScenarioController* m_controller;
    QComboBox* m_combo = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_rationale = nullptr;
};

} // namespace ecw
