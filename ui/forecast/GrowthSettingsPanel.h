// SPDX-License-Identifier: GPL-3.0-or-later
// The growth settings editor of the Forecast tab: model (compound, linear, points), the low / expected / high
// rates, the point list, whether ops/s grow with the nodes, and the horizon. Every change is one undo step
// through ScenarioController::setForecast, saved with the scenario.
#pragma once

#include "ForecastSettings.h"
#include "GrowthBand.h"

#include <QWidget>

#include <array>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace ecw {

class GrowthPointsEditor;
class NumberSpinBox;
class ScenarioController;

class GrowthSettingsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit GrowthSettingsPanel(ScenarioController* controller, QWidget* parent = nullptr);

    QComboBox* modelComboBox() const { return m_model; }
    // Compound rates in percent per day.
    QDoubleSpinBox* rateSpinBox(GrowthBand band) const { return m_rates[bandIndex(band)]; }
    NumberSpinBox* linearSpinBox(GrowthBand band) const { return m_linear[bandIndex(band)]; }
    GrowthPointsEditor* pointsEditor() const { return m_points; }
    QCheckBox* opsGrowCheckBox() const { return m_opsGrow; }
    QSpinBox* horizonSpinBox() const { return m_horizon; }
    // The last refused edit, "" when the last edit was applied.
    QString message() const;

Q_SIGNALS:
    // An edit was refused (out of range, bands out of order): for the status bar.
    void editRejected(const QString& message);

private:
    void syncFromDocument();
    // Applies settings as one undo step; on a refusal shows why and puts the controls back.
    bool apply(const ForecastSettings& settings, const QString& text);
    void reject(const QString& message);
    void onModelChosen(int index);
    void onRateChanged(GrowthBand band, double percent);
    void onLinearChanged(GrowthBand band, double nodesPerDay);
    void useInputGrowthRate();

    ScenarioController* m_controller;
    QComboBox* m_model = nullptr;
    QStackedWidget* m_parameters = nullptr;
    std::array<QDoubleSpinBox*, kGrowthBandCount> m_rates {};
    std::array<NumberSpinBox*, kGrowthBandCount> m_linear {};
    GrowthPointsEditor* m_points = nullptr;
    QCheckBox* m_opsGrow = nullptr;
    QSpinBox* m_horizon = nullptr;
    QLabel* m_inputRateNote = nullptr;
    QPushButton* m_useInputRate = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace ecw
