// SPDX-License-Identifier: GPL-3.0-or-later
#include "InputPanel.h"

#include "InputControl.h"
#include "PresetSelector.h"
#include "QtText.h"
#include "ScenarioController.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace ecw {

InputPanel::InputPanel(ScenarioController* controller, QWidget* parent)
    : QScrollArea(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("inputPanel"));
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);

    auto* content = new QWidget(this);
    content->setObjectName(QStringLiteral("inputPanelContent"));
    auto* layout = new QVBoxLayout(content);

    // Scenario: what it is called, what it is for, which formula set, which preset it came from.
    auto* scenarioBox = new QGroupBox(tr("Scenario"), content);
    auto* form = new QFormLayout(scenarioBox);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_name = new QLineEdit(scenarioBox);
    m_name->setObjectName(QStringLiteral("nameLineEdit"));
    m_name->setAccessibleName(tr("Scenario name"));
    m_notes = new QPlainTextEdit(scenarioBox);
    m_notes->setObjectName(QStringLiteral("notesTextEdit"));
    m_notes->setAccessibleName(tr("Scenario notes"));
    m_notes->setPlaceholderText(tr("What this scenario is for, where its numbers come from"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 12);
    m_profile = new QComboBox(scenarioBox);
    m_profile->setObjectName(QStringLiteral("profileComboBox"));
    m_profile->setAccessibleName(tr("Profile"));
    m_profile->addItem(tr("Full: every formula family of the spec"), static_cast<int>(Profile::Full));
    m_profile->addItem(tr("Reference: the spec's calculator script"), static_cast<int>(Profile::Reference));
    m_profile->setToolTip(tr("Full computes every formula family of the spec (network, performance, recovery, "
                             "backup). Reference gives exactly the figures of the spec's calculator script."));
    m_profile->setAccessibleDescription(m_profile->toolTip());
    m_presetSelector = new PresetSelector(controller, scenarioBox);
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("No&tes"), m_notes);
    form->addRow(tr("Pr&ofile"), m_profile);
    form->addRow(m_presetSelector);
    layout->addWidget(scenarioBox);

    auto* calculatorBox = new QGroupBox(tr("Calculator inputs"), content);
    calculatorBox->setObjectName(QStringLiteral("calculatorInputsGroup"));
    auto* calculatorLayout = new QVBoxLayout(calculatorBox);
    auto* otherBox = new QGroupBox(tr("More model inputs"), content);
    otherBox->setObjectName(QStringLiteral("modelInputsGroup"));
    auto* otherLayout = new QVBoxLayout(otherBox);

    // The calculator's six first, then the rest by group, in the table's order within each group.
    const InputGroup groups[] = { InputGroup::Calculator, InputGroup::Workload,  InputGroup::Network,
                                  InputGroup::Storage,    InputGroup::Embedding, InputGroup::Growth };
    for (InputGroup group : groups) {
        const bool calculator = group == InputGroup::Calculator;
        QWidget* box = calculator ? calculatorBox : otherBox;
        QVBoxLayout* target = calculator ? calculatorLayout : otherLayout;
        if (!calculator) {
            if (target->count() > 0)
                target->addSpacing(6);
            target->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(toQString(inputGroupName(group))), box));
        }
        for (const InputSpec& spec : inputSpecs()) {
            if (spec.group != group)
                continue;
            auto* control = new InputControl(controller, spec.id, box);
            m_controls[static_cast<std::size_t>(spec.id)] = control;
            target->addWidget(control);
            connect(control, &InputControl::rejected, this, &InputPanel::editRejected);
        }
    }
    layout->addWidget(calculatorBox);
    layout->addWidget(otherBox);
    layout->addStretch(1);
    setWidget(content);
    setMinimumWidth(content->minimumSizeHint().width() + 24);

    connect(m_name, &QLineEdit::textEdited, controller, &ScenarioController::setName);
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        const QString notes = m_notes->toPlainText();
        m_shownNotes = toStdString(notes);
        if (m_shownNotes != m_controller->document().notes)
            m_controller->setNotes(notes);
    });
    connect(m_profile, &QComboBox::activated, this,
            [this](int index) { m_controller->setProfile(static_cast<Profile>(m_profile->itemData(index).toInt())); });
    connect(controller, &ScenarioController::documentChanged, this, &InputPanel::showDocument);
    connect(controller, &ScenarioController::estimateChanged, this, &InputPanel::showProfileUse);
    showDocument();
    showProfileUse();
}

void InputPanel::showProfileUse()
{
    const Estimate& estimate = m_controller->estimate();
    if (m_usageProfile == estimate.profile)
        return; // which inputs a profile reads does not change with their values
    m_usageProfile = estimate.profile;
    for (const InputSpec& spec : inputSpecs()) {
        const std::string_view ref = inputRef(spec.id);
        bool used = false;
        for (const LineItem& item : estimate.items)
            for (std::uint8_t k = 0; k < item.operandCount && !used; ++k)
                used = item.operands[k].ref == ref;
        control(spec.id)->setUsedByProfile(used);
    }
}

void InputPanel::showDocument()
{
    const ScenarioDocument& document = m_controller->document();
    for (const InputSpec& spec : inputSpecs())
        control(spec.id)->showValue(document.scenario[spec.id]);
    const QString name = toQString(document.name);
    if (m_name->text() != name)
        m_name->setText(name);
    if (document.notes != m_shownNotes) {
        m_shownNotes = document.notes;
        const QString notes = toQString(document.notes);
        if (m_notes->toPlainText() != notes) {
            const QSignalBlocker blocker(m_notes);
            m_notes->setPlainText(notes);
        }
    }
    const int profileIndex = m_profile->findData(static_cast<int>(document.profile));
    if (m_profile->currentIndex() != profileIndex)
        m_profile->setCurrentIndex(profileIndex);
}

} // namespace ecw
