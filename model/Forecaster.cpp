// SPDX-License-Identifier: GPL-3.0-or-later
// Scenario growth and the daily series.
#include "Forecaster.h"

#include <algorithm>
#include <cmath>

namespace ecw {

Forecaster::Forecaster(const Scenario& scenario, const ModelConstants& constants, Profile profile,
                       const ForecastSettings& settings)
    : m_scenario(scenario)
    , m_constants(constants)
    , m_profile(profile)
    , m_settings(settings)
{
    for (GrowthBand band : kGrowthBands)
        m_curves[bandIndex(band)] = GrowthCurve(settings, scenario[InputId::Nodes], band);
}

int Forecaster::horizonDays() const
{
    const double h = m_settings.horizonDays;
    if (!std::isfinite(h) || h < 0)
        return 0;
    return static_cast<int>(std::min(h, 36500.0));
}

double Forecaster::nodesAt(GrowthBand band, double day) const
{
    const InputSpec& spec = inputSpec(InputId::Nodes);
    return std::clamp(std::floor(curve(band).nodesAt(day) + 0.5), spec.minimum, spec.maximum);
}

Scenario Forecaster::scenarioAt(GrowthBand band, double day, bool* clamped) const
{
    Scenario s = m_scenario;
    const InputSpec& nodeSpec = inputSpec(InputId::Nodes);
    const InputSpec& opsSpec = inputSpec(InputId::OpsPerSec);
    const double rawNodes = std::floor(curve(band).nodesAt(day) + 0.5);
    const double nodes = std::clamp(rawNodes, nodeSpec.minimum, nodeSpec.maximum);
    s.set(InputId::Nodes, nodes);
    bool wasClamped = rawNodes != nodes;
    const double startNodes = m_scenario[InputId::Nodes];
    if (m_settings.opsGrowWithNodes && startNodes > 0) {
        // Proportional to the unclamped node count: the workload keeps growing even when nodes are held.
        const double rawOps = m_scenario[InputId::OpsPerSec] * rawNodes / startNodes;
        const double ops = std::clamp(rawOps, opsSpec.minimum, opsSpec.maximum);
        wasClamped = wasClamped || ops != rawOps;
        s.set(InputId::OpsPerSec, ops);
    }
    if (clamped)
        *clamped = wasClamped;
    return s;
}

void Forecaster::estimateInto(Estimate& out, GrowthBand band, double day) const
{
    ecw::estimateInto(out, scenarioAt(band, day), m_constants, m_profile);
}

Estimate Forecaster::estimateAt(GrowthBand band, double day) const
{
    Estimate out;
    estimateInto(out, band, day);
    return out;
}

void Forecaster::computeSeries(ForecastSeries& out, Estimate& scratch, ForecastFigureReader& reader,
                               int horizonDays) const
{
    const int horizon = horizonDays >= 0 ? horizonDays : this->horizonDays();
    out.resize(horizon);
    ForecastFigures figures {};
    for (GrowthBand band : kGrowthBands) {
        std::optional<int> firstClamped;
        Scenario previous;
        bool havePrevious = false;
        for (int day = 0; day <= horizon; ++day) {
            bool clamped = false;
            const Scenario s = scenarioAt(band, day, &clamped);
            if (clamped && !firstClamped)
                firstClamped = day;
            // Flat stretches (points after the last one, zero growth, clamped inputs) reuse the last day.
            if (!havePrevious || !(s == previous)) {
                ecw::estimateInto(scratch, s, m_constants, m_profile);
                reader.read(scratch, figures);
                previous = s;
                havePrevious = true;
            }
            out.setDay(band, day, figures);
        }
        out.setFirstClampedDay(band, firstClamped);
    }
}

ForecastSeries Forecaster::series(int horizonDays) const
{
    ForecastSeries out;
    Estimate scratch;
    ForecastFigureReader reader;
    computeSeries(out, scratch, reader, horizonDays);
    return out;
}

} // namespace ecw
