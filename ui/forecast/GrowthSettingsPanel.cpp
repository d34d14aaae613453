// SPDX-License-Identifier: GPL-3.0-or-later
// Controls show the document and nothing else: every change goes through the controller and comes back as
// documentChanged, which redraws them (so undo, redo and opening a file need no special case).
#include "GrowthSettingsPanel.h"

#include "GrowthCurve.h"
#include "GrowthPointsEditor.h"
#include "NumberSpinBox.h"
#include "QtText.h"
#include "ScenarioController.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <cmath>
#include <functional>

namespace ecw {

namespace {

QString bandTitle(GrowthBand band)
{
    switch (band) {
    case GrowthBand::Low:
        return GrowthSettingsPanel::tr("Low");
    case GrowthBand::Expected:
        return GrowthSettingsPanel::tr("Expected");
    case GrowthBand::High:
        return GrowthSettingsPanel::tr("High");
    }
    return {};
}

QString bandName(GrowthBand band)
{
    return toQString(growthBandName(band));
}

QString percentText(double fraction)
{
    return QStringLiteral("%1 %").arg(fraction * 100.0, 0, 'f', 2);
}

double& rateOf(ForecastSettings& settings, GrowthBand band)
{
    return band == GrowthBand::Low     ? settings.rateLow
        : band == GrowthBand::Expected ? settings.rateExpected
                                       : settings.rateHigh;
}

double& linearOf(ForecastSettings& settings, GrowthBand band)
{
    return band == GrowthBand::Low     ? settings.linearLow
        : band == GrowthBand::Expected ? settings.linearExpected
                                       : settings.linearHigh;
}

QString modelTitle(GrowthModel model)
{
    switch (model) {
    case GrowthModel::Compound:
        return GrowthSettingsPanel::tr("Compound (% per day)");
    case GrowthModel::Linear:
        return GrowthSettingsPanel::tr("Linear (nodes per day)");
    case GrowthModel::Points:
        return GrowthSettingsPanel::tr("Planner's points (day, nodes)");
    }
    return {};
}

// low <= expected <= high, named for the band the planner just moved.
QString orderProblem(const std::array<double, kGrowthBandCount>& values, GrowthBand moved, const QString& unit,
                     const std::function<QString(double)>& text)
{
    const double low = values[0];
    const double expected = values[1];
    const double high = values[2];
    if (low <= expected && expected <= high)
        return {};
    switch (moved) {
    case GrowthBand::Low:
        return GrowthSettingsPanel::tr("Low growth must be at most expected growth (%1 %2); lower expected growth "
                                       "first.")
            .arg(text(expected), unit);
    case GrowthBand::Expected:
        return GrowthSettingsPanel::tr("Expected growth must be from low growth (%1) to high growth (%2) %3; "
                                       "move low or high first.")
            .arg(text(low), text(high), unit);
    case GrowthBand::High:
        return GrowthSettingsPanel::tr("High growth must be at least expected growth (%1 %2); raise expected "
                                       "growth first.")
            .arg(text(expected), unit);
    }
    return {};
}

} // namespace

GrowthSettingsPanel::GrowthSettingsPanel(ScenarioController* controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("growthSettingsPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);

    auto* heading = new QLabel(tr("<b>Growth</b>"), this);
    layout->addWidget(heading);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_model = new QComboBox(this);
    m_model->setObjectName(QStringLiteral("growthModelComboBox"));
    for (GrowthModel model : { GrowthModel::Compound, GrowthModel::Linear, GrowthModel::Points })
        m_model->addItem(modelTitle(model), static_cast<int>(model));
    m_model->setAccessibleName(tr("Growth model"));
    m_model->setToolTip(tr("How the node count grows from today. Compound: nodes x (1 + rate)^day, the spec's "
                           "future_nodes(t). Linear: nodes + per-day x day. Points: straight lines between the "
                           "planner's (day, nodes) points, flat after the last."));
    auto* modelLabel = new QLabel(tr("&Model"), this);
    modelLabel->setBuddy(m_model);
    form->addRow(modelLabel, m_model);
    layout->addLayout(form);

    m_parameters = new QStackedWidget(this);
    m_parameters->setObjectName(QStringLiteral("growthParametersStackedWidget"));

    auto* compound = new QWidget(m_parameters);
    auto* compoundForm = new QFormLayout(compound);
    compoundForm->setContentsMargins(0, 0, 0, 0);
    auto* linear = new QWidget(m_parameters);
    auto* linearForm = new QFormLayout(linear);
    linearForm->setContentsMargins(0, 0, 0, 0);
    for (GrowthBand band : kGrowthBands) {
        const QString title = bandTitle(band);
        auto* rate = new QDoubleSpinBox(compound);
        rate->setObjectName(QStringLiteral("rate%1SpinBox").arg(title));
        rate->setRange(0, 100);
        rate->setDecimals(2);
        rate->setSingleStep(0.1);
        rate->setSuffix(tr(" %/day"));
        rate->setKeyboardTracking(false);
        rate->setAccessibleName(tr("%1 compound growth rate").arg(title));
        rate->setToolTip(tr("%1 daily growth of the node count, in percent per day (0 to 100). The spec's typical "
                            "range is 1 % to 5 %; the defaults are 1 %, 2 % and 5 %. Low <= expected <= high.")
                             .arg(title));
        m_rates[bandIndex(band)] = rate;
        compoundForm->addRow(tr("%1 growth").arg(title), rate);
        connect(rate, &QDoubleSpinBox::valueChanged, this, [this, band](double value) { onRateChanged(band, value); });

        auto* perDay = new NumberSpinBox(linear);
        perDay->setObjectName(QStringLiteral("linear%1SpinBox").arg(title));
        perDay->setWholeNumber(true);
        perDay->setRange(0, 1e12);
        perDay->setSingleStep(1000);
        perDay->setKeyboardTracking(false);
        perDay->setAccessibleName(tr("%1 linear growth, nodes per day").arg(title));
        perDay->setToolTip(
            tr("%1 growth in nodes per day (0 to 1,000,000,000,000). Low <= expected <= high.").arg(title));
        m_linear[bandIndex(band)] = perDay;
        linearForm->addRow(tr("%1 (nodes/day)").arg(title), perDay);
        connect(perDay, &QDoubleSpinBox::valueChanged, this,
                [this, band](double value) { onLinearChanged(band, value); });
        connect(perDay, &NumberSpinBox::rejectedText, this, [this, title](const QString& text) {
            reject(tr("%1 linear growth must be a whole number of nodes per day from 0 to 1,000,000,000,000 (got "
                      "\u201c%2\u201d).")
                       .arg(title, text));
        });
    }
    m_useInputRate = new QPushButton(compound);
    m_useInputRate->setObjectName(QStringLiteral("useInputGrowthRatePushButton"));
    m_useInputRate->setToolTip(tr("Make the scenario's growth-rate input the expected compound rate (widening low "
                                  "and high if needed), so the forecast and backup sizing agree"));
    m_inputRateNote = new QLabel(compound);
    m_inputRateNote->setObjectName(QStringLiteral("inputGrowthRateLabel"));
    m_inputRateNote->setWordWrap(true);
    compoundForm->addRow(m_inputRateNote);
    compoundForm->addRow(m_useInputRate);
    connect(m_useInputRate, &QPushButton::clicked, this, &GrowthSettingsPanel::useInputGrowthRate);

    m_points = new GrowthPointsEditor(m_parameters);
    m_parameters->addWidget(compound);
    m_parameters->addWidget(linear);
    m_parameters->addWidget(m_points);
    layout->addWidget(m_parameters);

    m_opsGrow = new QCheckBox(tr("Ops/s grow with the nodes"), this);
    m_opsGrow->setObjectName(QStringLiteral("opsGrowCheckBox"));
    m_opsGrow->setToolTip(tr("Checked: ops/s(t) = ops/s x nodes(t) / nodes(0). Unchecked: ops/s stay as the "
                             "scenario says."));
    layout->addWidget(m_opsGrow);

    auto* horizonForm = new QFormLayout;
    m_horizon = new QSpinBox(this);
    m_horizon->setObjectName(QStringLiteral("horizonSpinBox"));
    m_horizon->setRange(1, 3650);
    m_horizon->setSuffix(tr(" days"));
    m_horizon->setKeyboardTracking(false);
    m_horizon->setAccessibleName(tr("Forecast horizon"));
    m_horizon->setToolTip(tr("How far the daily series, charts and runway reach: 1 to 3,650 whole days "
                             "(default 365)."));
    horizonForm->addRow(tr("Horizon"), m_horizon);
    layout->addLayout(horizonForm);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("growthMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_message->setVisible(false);
    layout->addWidget(m_message);
    layout->addStretch(1);

    connect(m_model, &QComboBox::currentIndexChanged, this, &GrowthSettingsPanel::onModelChosen);
    connect(m_opsGrow, &QCheckBox::toggled, this, [this](bool on) {
        ForecastSettings settings = m_controller->document().forecast;
        settings.opsGrowWithNodes = on;
        apply(settings, on ? tr("Let ops/s grow with the nodes") : tr("Keep ops/s fixed"));
    });
    connect(m_horizon, &QSpinBox::valueChanged, this, [this](int days) {
        ForecastSettings settings = m_controller->document().forecast;
        settings.horizonDays = days;
        apply(settings, tr("Set forecast horizon to %1 days").arg(days));
    });
    connect(m_points, &GrowthPointsEditor::pointsEdited, this,
            [this](const std::vector<GrowthPoint>& points, const QString& text) {
                ForecastSettings settings = m_controller->document().forecast;
                settings.points = points;
                apply(settings, text);
            });
    connect(m_points, &GrowthPointsEditor::editRejected, this, &GrowthSettingsPanel::editRejected);
    connect(m_controller, &ScenarioController::documentChanged, this, &GrowthSettingsPanel::syncFromDocument);
    syncFromDocument();
}

QString GrowthSettingsPanel::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void GrowthSettingsPanel::syncFromDocument()
{
    const ScenarioDocument& document = m_controller->document();
    const ForecastSettings& settings = document.forecast;
    {
        const QSignalBlocker blocker(m_model);
        m_model->setCurrentIndex(m_model->findData(static_cast<int>(settings.model)));
    }
    m_parameters->setCurrentIndex(m_model->currentIndex());
    // The stack is as tall as its current page (the point table's height would leave a gap under the rates).
    for (int page = 0; page < m_parameters->count(); ++page) {
        const QSizePolicy::Policy policy
            = page == m_parameters->currentIndex() ? QSizePolicy::Preferred : QSizePolicy::Ignored;
        m_parameters->widget(page)->setSizePolicy(policy, policy);
    }
    m_parameters->adjustSize();
    ForecastSettings copy = settings;
    for (GrowthBand band : kGrowthBands) {
        const QSignalBlocker rateBlocker(m_rates[bandIndex(band)]);
        m_rates[bandIndex(band)]->setValue(rateOf(copy, band) * 100.0);
        const QSignalBlocker linearBlocker(m_linear[bandIndex(band)]);
        m_linear[bandIndex(band)]->setValue(linearOf(copy, band));
    }
    m_points->setCurrentNodes(document.scenario[InputId::Nodes]);
    m_points->setPoints(settings.points);
    {
        const QSignalBlocker blocker(m_opsGrow);
        m_opsGrow->setChecked(settings.opsGrowWithNodes);
    }
    {
        const QSignalBlocker blocker(m_horizon);
        m_horizon->setValue(static_cast<int>(std::lround(settings.horizonDays)));
    }
    const double inputRate = document.scenario[InputId::DailyGrowthRate];
    const bool differs = inputRate != settings.rateExpected;
    m_inputRateNote->setVisible(differs);
    m_useInputRate->setVisible(differs);
    if (differs) {
        m_inputRateNote->setText(tr("The scenario's daily growth input is %1 a day; backup sizing uses it, the "
                                    "forecast expects %2.")
                                     .arg(percentText(inputRate), percentText(settings.rateExpected)));
        m_useInputRate->setText(tr("Expect %1 a day").arg(percentText(inputRate)));
    }
}

bool GrowthSettingsPanel::apply(const ForecastSettings& settings, const QString& text)
{
    const QString error = m_controller->setForecast(settings, text);
    if (!error.isEmpty()) {
        reject(error);
        return false;
    }
    m_message->setVisible(false);
    m_points->showMessage({});
    return true;
}

void GrowthSettingsPanel::reject(const QString& message)
{
    syncFromDocument();
    m_message->setText(message);
    m_message->setVisible(true);
    Q_EMIT editRejected(message);
}

void GrowthSettingsPanel::onModelChosen(int index)
{
    const auto model = static_cast<GrowthModel>(m_model->itemData(index).toInt());
    ScenarioDocument document = m_controller->document();
    ForecastSettings settings = document.forecast;
    if (settings.model == model)
        return;
    settings.model = model;
    if (model == GrowthModel::Points && settings.points.empty()) {
        // Start from what the forecast showed a moment ago: the expected compound curve at the milestone days.
        ForecastSettings compound = settings;
        compound.model = GrowthModel::Compound;
        const GrowthCurve curve(compound, document.scenario[InputId::Nodes], GrowthBand::Expected);
        for (double day : { 30.0, 60.0, 90.0 })
            settings.points.push_back({ day, std::round(curve.nodesAt(day)) });
    }
    apply(settings, tr("Use the %1 growth model").arg(toQString(growthModelName(model))));
}

void GrowthSettingsPanel::onRateChanged(GrowthBand band, double percent)
{
    ForecastSettings settings = m_controller->document().forecast;
    rateOf(settings, band) = percent / 100.0;
    const QString problem = orderProblem({ settings.rateLow, settings.rateExpected, settings.rateHigh }, band,
                                         tr("per day"), [](double value) { return percentText(value); });
    if (!problem.isEmpty()) {
        reject(problem);
        return;
    }
    apply(settings, tr("Set %1 growth to %2 per day").arg(bandName(band), percentText(percent / 100.0)));
}

void GrowthSettingsPanel::onLinearChanged(GrowthBand band, double nodesPerDay)
{
    ForecastSettings settings = m_controller->document().forecast;
    linearOf(settings, band) = nodesPerDay;
    const QString problem
        = orderProblem({ settings.linearLow, settings.linearExpected, settings.linearHigh }, band, tr("nodes per day"),
                       [](double value) { return toQString(formatGrouped(value)); });
    if (!problem.isEmpty()) {
        reject(problem);
        return;
    }
    apply(settings,
          tr("Set %1 linear growth to %2 nodes per day").arg(bandName(band), toQString(formatGrouped(nodesPerDay))));
}

void GrowthSettingsPanel::useInputGrowthRate()
{
    const ScenarioDocument& document = m_controller->document();
    ForecastSettings settings = document.forecast;
    const double rate = document.scenario[InputId::DailyGrowthRate];
    settings.rateExpected = rate;
    settings.rateLow = std::min(settings.rateLow, rate);
    settings.rateHigh = std::max(settings.rateHigh, rate);
    apply(settings, tr("Expect the growth-rate input, %1 per day").arg(percentText(rate)));
}

} // namespace ecw
