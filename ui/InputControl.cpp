// SPDX-License-Identifier: GPL-3.0-or-later
// Slider positions map through SliderScale; a drag (press to release) is one undo step because every
// value it produces carries the same merge key.
#include "InputControl.h"

#include "NumberSpinBox.h"
#include "QtText.h"
#include "ScenarioController.h"
#include "Validation.h"

#include <QGridLayout>
#include <QLabel>
#include <QMenu>
#include <QSlider>

namespace ecw {

QString InputControl::objectNamePrefix(InputId id)
{
    const QString key = toQString(inputSpec(id).key);
    QString name;
    bool upper = false;
    for (const QChar c : key) {
        if (c == QLatin1Char('-') || c == QLatin1Char('_')) {
            upper = true;
            continue;
        }
        name += upper ? c.toUpper() : c;
        upper = false;
    }
    return name;
}

QString InputControl::toolTipText(InputId id)
{
    const InputSpec& spec = inputSpec(id);
    QString text = QStringLiteral("<b>%1</b> (%2)<br>%3<br>Unit: %4<br>Range: %5<br>Default: %6")
                       .arg(toQString(spec.label).toHtmlEscaped(), toQString(spec.symbol),
                            toQString(spec.description).toHtmlEscaped(), toQString(unitName(spec.unit)),
                            toQString(describeRange(spec.minimum, spec.maximum, spec.unit, spec.wholeNumber)),
                            humanText(spec.defaultValue, spec.unit));
    if (spec.logarithmic)
        text += tr("<br>The slider moves in powers of ten; type any value in the box.");
    return text;
}

InputControl::InputControl(ScenarioController* controller, InputId id, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_id(id)
    , m_scale(inputSpec(id))
{
    const InputSpec& spec = inputSpec(id);
    const QString prefix = objectNamePrefix(id);
    const QString label = toQString(spec.label);
    const QString range = toQString(describeRange(spec.minimum, spec.maximum, spec.unit, spec.wholeNumber));
    const QString description
        = tr("%1 Unit: %2. Range: %3.").arg(toQString(spec.description), toQString(unitName(spec.unit)), range);
    setObjectName(prefix + QStringLiteral("Control"));

    m_label = new QLabel(label, this);
    m_label->setObjectName(prefix + QStringLiteral("Label"));
    m_valueText = new QLabel(this);
    m_valueText->setObjectName(prefix + QStringLiteral("ValueLabel"));
    m_valueText->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_valueText->setAccessibleName(tr("%1 value").arg(label));

    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setObjectName(prefix + QStringLiteral("Slider"));
    m_slider->setRange(0, m_scale.maximumPosition());
    m_slider->setSingleStep(1);
    m_slider->setPageStep(m_scale.pageStep());
    m_slider->setTracking(true);
    m_slider->setFocusPolicy(Qt::StrongFocus);
    m_slider->setAccessibleName(tr("%1 slider").arg(label));
    m_slider->setAccessibleDescription(description);

    m_spinBox = new NumberSpinBox(this);
    m_spinBox->setObjectName(prefix + QStringLiteral("SpinBox"));
    m_spinBox->setWholeNumber(spec.wholeNumber);
    m_spinBox->setRange(spec.minimum, spec.maximum);
    m_spinBox->setStepper([this](double value, int steps) {
        for (int i = 0; i < std::abs(steps); ++i)
            value = steps > 0 ? m_scale.stepUp(value) : m_scale.stepDown(value);
        return value;
    });
    m_spinBox->setAccessibleName(label);
    m_spinBox->setAccessibleDescription(description);
    m_spinBox->setMinimumWidth(m_spinBox->fontMetrics().horizontalAdvance(QStringLiteral("0,000,000,000,000")) + 36);
    m_label->setBuddy(m_spinBox);

    const QString tip = toolTipText(id);
    for (QWidget* widget : std::initializer_list<QWidget*> { m_label, m_slider, m_spinBox, m_valueText })
        widget->setToolTip(tip);

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 2, 0, 2);
    layout->setHorizontalSpacing(8);
    layout->setVerticalSpacing(1);
    layout->addWidget(m_label, 0, 0);
    layout->addWidget(m_valueText, 0, 1);
    layout->addWidget(m_slider, 1, 0);
    layout->addWidget(m_spinBox, 1, 1);
    layout->setColumnStretch(0, 1);

    connect(m_slider, &QSlider::sliderPressed, this, [this] { m_dragKey = m_controller->newMergeKey(); });
    connect(m_slider, &QSlider::sliderReleased, this, [this] { m_dragKey = 0; });
    connect(m_slider, &QSlider::valueChanged, this, &InputControl::applySliderPosition);
    connect(m_spinBox, &QDoubleSpinBox::valueChanged, this, &InputControl::applySpinValue);
    connect(m_spinBox, &NumberSpinBox::rejectedText, this, [this](const QString& text) {
        const double typed = NumberSpinBox::parseTyped(text);
        const auto error = checkInput(m_id, typed);
        Q_EMIT rejected(error
                            ? toQString(error->message)
                            : tr("\u201c%1\u201d is not a number for %2.").arg(text, toQString(inputSpec(m_id).label)));
    });

    setContextMenuPolicy(Qt::CustomContextMenu);
    connect(this, &QWidget::customContextMenuRequested, this, &InputControl::showContextMenu);

    showValue(m_controller->document().scenario[id]);
}

void InputControl::showValue(double value)
{
    if (value == m_shown && !m_valueText->text().isEmpty())
        return;
    m_shown = value;
    m_updating = true;
    m_valueText->setText(humanText(value, inputSpec(m_id).unit));
    if (m_spinBox->value() != value)
        m_spinBox->setValue(value);
    // While the user drags, the slider already shows the position that produced the value.
    if (!m_slider->isSliderDown()) {
        const int position = m_scale.positionOf(value);
        if (m_slider->value() != position)
            m_slider->setValue(position);
    }
    m_updating = false;
}

void InputControl::setUsedByProfile(bool used)
{
    if (used == m_used)
        return;
    m_used = used;
    QPalette palette = m_label->palette();
    palette.setColor(QPalette::WindowText,
                     used ? this->palette().color(QPalette::WindowText)
                          : this->palette().color(QPalette::PlaceholderText));
    for (QLabel* label : { m_label, m_valueText })
        label->setPalette(palette);
    QFont font = m_label->font();
    font.setItalic(!used);
    m_label->setFont(font);
    const QString note = tr("<i>Not used by the reference profile (the spec's calculator script); it counts in the "
                            "full profile.</i><br>");
    const QString tip = (used ? QString() : note) + toolTipText(m_id);
    for (QWidget* widget : std::initializer_list<QWidget*> { m_label, m_slider, m_spinBox, m_valueText })
        widget->setToolTip(tip);
    m_label->setAccessibleDescription(used ? QString() : tr("Not used by the reference profile."));
}

void InputControl::applySliderPosition(int position)
{
    if (m_updating)
        return;
    const int mergeKey = m_slider->isSliderDown() ? m_dragKey : 0;
    const QString error = m_controller->setInput(m_id, m_scale.valueAt(position), mergeKey);
    if (!error.isEmpty())
        Q_EMIT rejected(error);
}

void InputControl::applySpinValue(double value)
{
    if (m_updating)
        return;
    const QString error = m_controller->setInput(m_id, value, 0);
    if (!error.isEmpty()) {
        Q_EMIT rejected(error);
        showValue(m_controller->document().scenario[m_id]);
    }
}

void InputControl::showContextMenu(const QPoint& position)
{
    const InputSpec& spec = inputSpec(m_id);
    QMenu menu(this);
    QAction* reset = menu.addAction(
        tr("Reset %1 to its default (%2)").arg(toQString(spec.label), humanText(spec.defaultValue, spec.unit)));
    reset->setEnabled(m_controller->document().scenario[m_id] != spec.defaultValue);
    if (menu.exec(mapToGlobal(position)) == reset)
        m_controller->setInput(m_id, spec.defaultValue, 0);
}

} // namespace ecw
