// SPDX-License-Identifier: GPL-3.0-or-later
// Figure lookup with remembered line-item positions.
#include "ForecastFigureReader.h"

namespace ecw {

namespace {

bool fromLineItem(ForecastFigure figure)
{
    return figure != ForecastFigure::Nodes && figure != ForecastFigure::OpsPerSec
        && figure != ForecastFigure::EgressBytesPerSecond;
}

} // namespace

void ForecastFigureReader::read(const Estimate& estimate, ForecastFigures& out)
{
    const auto& items = estimate.items;
    const bool sameShape = m_ready && m_profile == estimate.profile && m_itemCount == items.size();
    if (!sameShape) {
        m_ready = true;
        m_profile = estimate.profile;
        m_itemCount = items.size();
        m_index.fill(kAbsent);
    }
    for (const ForecastFigureSpec& spec : forecastFigureSpecs()) {
        const std::size_t f = figureIndex(spec.id);
        if (!fromLineItem(spec.id))
            continue;
        std::size_t& index = m_index[f];
        if (index != kAbsent && index < items.size() && items[index].id == spec.key) {
            out[f] = items[index].value;
            continue;
        }
        if (sameShape && index == kAbsent) {
            out[f] = 0.0; // this profile does not compute the item (reference: no temp space)
            continue;
        }
        index = kAbsent;
        out[f] = 0.0;
        for (std::size_t i = 0; i < items.size(); ++i)
            if (items[i].id == spec.key) {
                index = i;
                out[f] = items[i].value;
                break;
            }
    }
    const double ops = estimate.scenario[InputId::OpsPerSec];
    out[figureIndex(ForecastFigure::Nodes)] = estimate.scenario[InputId::Nodes];
    out[figureIndex(ForecastFigure::OpsPerSec)] = ops;
    out[figureIndex(ForecastFigure::EgressBytesPerSecond)] = estimate.scenario[InputId::ResponseBytes] * ops;
}

ForecastFigures ForecastFigureReader::read(const Estimate& estimate)
{
    ForecastFigures out {};
    read(estimate, out);
    return out;
}

} // namespace ecw
