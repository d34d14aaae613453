// SPDX-License-Identifier: GPL-3.0-or-later
#include "PresetSelector.h"

#include "Presets.h"
#include "QtText.h"
#include "ScenarioController.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QStandardItemModel>

namespace ecw {

QString PresetSelector::describePreset(const QString& presetId)
{
    const Preset* preset = findPreset(toStdString(presetId));
    if (!preset)
        return {};
    QString text = QStringLiteral("<b>%1</b> (%2)<br>%3<br><br>Sets:")
                       .arg(toQString(preset->name).toHtmlEscaped(), toQString(presetKindName(preset->kind)),
                            toQString(preset->rationale).toHtmlEscaped());
    text += QStringLiteral("<ul style=\"margin-left:12px; -qt-list-indent:0\">");
    for (const PresetValue& value : preset->values) {
        const InputSpec& spec = inputSpec(value.input);
        text += QStringLiteral("<li>%1 = %2: %3</li>")
                    .arg(toQString(spec.label).toHtmlEscaped(), humanText(value.value, spec.unit).toHtmlEscaped(),
                         toQString(value.basis).toHtmlEscaped());
    }
    text += QStringLiteral("</ul>Every other input takes its default.");
    return text;
}

PresetSelector::PresetSelector(ScenarioController* controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
{
    m_combo = new QComboBox(this);
    m_combo->setObjectName(QStringLiteral("presetComboBox"));
    m_combo->setAccessibleName(tr("Preset"));
    m_combo->setAccessibleDescription(
        tr("Start from one of the spec's workload types or use cases; choosing one sets its inputs."));
    m_combo->setToolTip(m_combo->accessibleDescription());
    // Rows: "no preset", then per kind a disabled heading followed by its presets (id in Qt::UserRole).
    m_combo->addItem(tr("No preset (custom inputs)"), QString());

    auto* model = qobject_cast<QStandardItemModel*>(m_combo->model());
    PresetKind heading = PresetKind::UseCase;
    bool first = true;
    for (const Preset& preset : presets()) {
        if (first || preset.kind != heading) {
            heading = preset.kind;
            first = false;
            m_combo->addItem(toQString(presetKindName(preset.kind)) + QStringLiteral("s"));
            if (model) {
                QStandardItem* item = model->item(m_combo->count() - 1);
                item->setEnabled(false);
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
        }
        m_combo->addItem(toQString(preset.name), toQString(preset.id));
        m_combo->setItemData(m_combo->count() - 1, describePreset(toQString(preset.id)), Qt::ToolTipRole);
    }

    auto* label = new QLabel(tr("&Preset"), this);
    label->setBuddy(m_combo);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("presetStatusLabel"));
    m_rationale = new QLabel(this);
    m_rationale->setObjectName(QStringLiteral("presetRationaleLabel"));
    m_rationale->setWordWrap(true);
    m_rationale->setTextFormat(Qt::PlainText);
    QPalette muted = m_rationale->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_rationale->setPalette(muted);

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label, 0, 0);
    layout->addWidget(m_combo, 0, 1);
    layout->addWidget(m_status, 1, 1);
    layout->addWidget(m_rationale, 2, 0, 1, 2);
    layout->setColumnStretch(1, 1);

    connect(m_combo, &QComboBox::activated, this, &PresetSelector::choose);
    connect(m_controller, &ScenarioController::documentChanged, this, &PresetSelector::showDocument);
    showDocument();
}

void PresetSelector::choose(int index)
{
    m_controller->applyPreset(m_combo->itemData(index).toString());
    showDocument(); // re-selects the current preset if applying did nothing
}

void PresetSelector::showDocument()
{
    const ScenarioDocument& document = m_controller->document();
    const QString id = toQString(document.preset);
    int index = m_combo->findData(id);
    if (index < 0 && !id.isEmpty()) {
        // A preset this build does not know (from a newer file): show it by name, disabled.
        m_combo->addItem(id, id);
        index = m_combo->count() - 1;
    }
    if (m_combo->currentIndex() != index)
        m_combo->setCurrentIndex(index);
    if (id.isEmpty()) {
        m_status->setText(tr("Inputs are not from a preset."));
        m_rationale->clear();
        m_rationale->setToolTip({});
        m_rationale->setVisible(false);
    } else {
        m_status->setText(document.presetModified ? tr("\u25c6 Changed since the preset was applied")
                                                  : tr("As applied from the preset"));
        const Preset* preset = findPreset(document.preset);
        m_rationale->setText(preset ? toQString(preset->rationale) : QString());
        m_rationale->setToolTip(describePreset(id));
        m_rationale->setVisible(preset != nullptr);
    }
    m_status->setAccessibleName(tr("Preset status"));
}

} // namespace ecw
