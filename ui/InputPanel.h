// SPDX-License-Identifier: GPL-3.0-or-later
// The left side of the window: scenario name, notes, profile and preset, the calculator's six inputs,
// and every other model input in a second group, all generated from the input table and scrollable.
#pragma once

#include "Inputs.h"
#include "Profile.h"

#include <QScrollArea>

#include <array>
#include <optional>
#include <string>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace ecw {

class InputControl;
class PresetSelector;
class ScenarioController;

class InputPanel : public QScrollArea
{
    Q_OBJECT

public:
    explicit InputPanel(ScenarioController* controller, QWidget* parent = nullptr);

    InputControl* control(InputId id) const { return m_controls[static_cast<std::size_t>(id)]; }
    PresetSelector* presetSelector() const { return m_presetSelector; }

Q_SIGNALS:
    // An edit was refused (out-of-range value typed); the message names the input and its range.
    void editRejected(const QString& message);

private:
    void showDocument();
    void showProfileUse();

    ScenarioController* m_controller;
    std::array<InputControl*, kInputCount> m_controls {};
    PresetSelector* m_presetSelector = nullptr;
    QLineEdit* m_name = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QComboBox* m_profile = nullptr;
    std::string m_shownNotes;
    std::optional<Profile> m_usageProfile;
};

} // namespace ecw
