// SPDX-License-Identifier: GPL-3.0-or-later
// One model input as a slider with a linked spin box and a readable value ("1.0 GiB"), generated
// from the input table: its label, tooltip, range and accessible names all come from InputSpec.
#pragma once

#include "Inputs.h"
#include "SliderScale.h"

#include <QWidget>

class QLabel;
class QSlider;

namespace ecw {

class NumberSpinBox;
class ScenarioController;

class InputControl : public QWidget
{
    Q_OBJECT

public:
    InputControl(ScenarioController* controller, InputId id, QWidget* parent = nullptr);

    InputId inputId() const { return m_id; }
    const SliderScale& scale() const { return m_scale; }
    QSlider* slider() const { return m_slider; }
    NumberSpinBox* spinBox() const { return m_spinBox; }
    QLabel* label() const { return m_label; }

    // Shows the model's value without feeding it back as an edit.
    void showValue(double value);
    // Dims the input when the profile in use computes nothing from it (the reference profile has no
    // network, performance or recovery formulas); it stays editable for a later switch.
    void setUsedByProfile(bool used);
    bool usedByProfile() const { return m_used; }

    // "nodes" -> "nodes", "active-ratio" -> "activeRatio": the prefix of the widgets' object names.
    static QString objectNamePrefix(InputId id);
    // Tooltip text: meaning, unit and range.
    static QString toolTipText(InputId id);

Q_SIGNALS:
    // A typed value was refused; the message names the input and its range.
    void rejected(const QString& message);

private:
    void applySliderPosition(int position);
    void applySpinValue(double value);
    void showContextMenu(const QPoint& position);

    ScenarioController* m_controller;
    InputId m_id;
    SliderScale m_scale;
    QLabel* m_label = nullptr;
    QLabel* m_valueText = nullptr;
    QSlider* m_slider = nullptr;
    NumberSpinBox* m_spinBox = nullptr;
    double m_shown = 0;
    int m_dragKey = 0;
    bool m_updating = false;
    bool m_used = true;
};

} // namespace ecw
