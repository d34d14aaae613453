// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalibrationText.h"

#include "CalibrationOutput.h"
#include "QtText.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace ecw {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ecw::CalibrationText", text);
}

QString escaped(std::string_view text)
{
    return toQString(text).toHtmlEscaped();
}

QString nodes(double value)
{
    return toQString(formatGrouped(std::round(value)));
}

QString usd(double value)
{
    return QStringLiteral("$") + toQString(formatGrouped(std::round(value)));
}

QString percent(double fraction, int decimals = 1)
{
    return toQString(formatFixed(fraction * 100, decimals)) + QStringLiteral(" %");
}

} // namespace

QString growthRateText(double rate, bool compound)
{
    if (compound)
        return tr("%1 % a day").arg(toQString(formatFixed(rate * 100, 2)));
    return tr("%1 nodes a day").arg(toQString(formatGrouped(std::round(rate))));
}

QString fitSummaryHtml(const Calibration& c)
{
    const GrowthFit& g = c.growth;
    if (!g.linear.valid && !g.compound.valid)
        return QStringLiteral("<p><b>%1</b> %2</p>")
            .arg(tr("Growth fit:"), tr("not enough samples (at least three over an hour) to fit a growth rate."));
    const GrowthFitLine& chosen = g.chosen();
    QString html = QStringLiteral("<p><b>%1</b> %2 <span style='color:#555'>(%3)</span></p>")
                       .arg(tr("Growth fit:"), g.compoundChosen ? tr("compound") : tr("linear"), escaped(g.why));
    html += QStringLiteral("<table cellspacing='0' cellpadding='3' border='1' style='border-color:#bbb'>"
                           "<tr><th align='left'>%1</th><th align='right'>%2</th><th align='right'>%3</th>"
                           "<th align='right'>%4</th><th align='right'>%5</th><th align='right'>%6</th></tr>")
                .arg(tr("Fit"), tr("Low"), tr("Expected"), tr("High"), tr("Residual error"), tr("Relative"));
    for (bool compound : { true, false }) {
        const GrowthFitLine& line = compound ? g.compound : g.linear;
        if (!line.valid)
            continue;
        const bool isChosen = compound == g.compoundChosen;
        html += QStringLiteral("<tr><td>%1%2</td><td align='right'>%3</td><td align='right'>%4</td>"
                               "<td align='right'>%5</td><td align='right'>%6</td><td align='right'>%7</td></tr>")
                    .arg(compound ? tr("Compound") : tr("Linear"), isChosen ? tr(" (chosen)") : QString(),
                         growthRateText(line.low, compound), growthRateText(line.expected, compound),
                         growthRateText(line.high, compound), tr("%1 nodes").arg(nodes(line.rmse)),
                         percent(line.relativeRmse, 2));
    }
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Fitted over %1 days (%2 samples), ending at %3 nodes.")
                         .arg(toQString(formatFixed(g.days, 1)), toQString(formatGrouped(static_cast<double>(g.samples))),
                              nodes(g.lastNodes)));
    const QString horizon = toQString(formatCompact(c.horizonDays));
    html += QStringLiteral("<p><b>%1</b><br>").arg(tr("In %1 days:").arg(horizon));
    html += tr("%1 nodes by the chosen fit (band %2 to %3)")
                .arg(nodes(g.predictChosen(c.horizonDays)),
                     nodes(g.compoundChosen ? g.lastNodes * std::pow(1 + chosen.low, c.horizonDays)
                                            : g.lastNodes + chosen.low * c.horizonDays),
                     nodes(g.compoundChosen ? g.lastNodes * std::pow(1 + chosen.high, c.horizonDays)
                                            : g.lastNodes + chosen.high * c.horizonDays));
    html += QStringLiteral("<br>") + tr("%1 nodes by our predict_linear (the linear fit)").arg(nodes(g.predictLinear(c.horizonDays)));
    html += QStringLiteral("<br>");
    if (c.serverPredictLinear) {
        const double ours = g.predictLinear(c.horizonDays);
        const double theirs = *c.serverPredictLinear;
        html += tr("%1 nodes by Prometheus's predict_linear (ours differs by %2)")
                    .arg(nodes(theirs), theirs != 0 ? toQString(formatRelativeError((ours - theirs) / theirs))
                                                    : QStringLiteral("-"));
    } else {
        html += QStringLiteral("<span style='color:#707070'>%1</span>")
                    .arg(tr("Prometheus's predict_linear: not available (telemetry read from a file)"));
    }
    return html + QStringLiteral("</p>");
}

QString rightSizingHtml(const Calibration& c)
{
    const RightSizing& r = c.rightSizing;
    const VpaRecommendation& v = r.vpa;
    QString html = QStringLiteral("<h3>%1</h3>").arg(tr("VPA recommendation"));
    if (v.shortHistory)
        html += QStringLiteral("<p style='color:#b3261e'><b>%1</b></p>")
                    .arg(tr("Short history: %1 days of samples, under the 7 days the spec asks to monitor before "
                            "right-sizing. Treat these figures as provisional.")
                             .arg(toQString(formatFixed(v.historyDays, 1))));
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Confidence %1 from %2 days of history (1 \u2212 e<sup>\u2212days/7</sup>).")
                         .arg(percent(v.confidence, 0), toQString(formatFixed(v.historyDays, 1))));
    html += QStringLiteral("<table cellspacing='0' cellpadding='3' border='1' style='border-color:#bbb'>"
                           "<tr><th></th><th align='right'>%1</th><th align='right'>%2</th><th align='left'>%3</th></tr>")
                .arg(tr("Target"), tr("Upper bound"), tr("From"));
    html += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td><td align='right'>%3</td><td>%4</td></tr>")
                .arg(tr("CPU"), tr("%1 cores").arg(toQString(formatFixed(v.cpuTarget, 2))),
                     tr("%1 cores").arg(toQString(formatFixed(v.cpuUpperBound, 2))),
                     tr("p90 of cores used (p50 %1, p95 %2, peak %3)")
                         .arg(toQString(formatFixed(v.cpuP50, 2)), toQString(formatFixed(v.cpuP95, 2)),
                              toQString(formatFixed(v.cpuPeak, 2))));
    html += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td><td align='right'>%3</td><td>%4</td></tr>")
                .arg(tr("Memory"), humanText(v.memoryTarget, Unit::Bytes), humanText(v.memoryUpperBound, Unit::Bytes),
                     tr("peak %1 + 15 % (mean %2)")
                         .arg(humanText(v.memoryPeak, Unit::Bytes), humanText(v.memoryMean, Unit::Bytes)));
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h3>%1</h3>").arg(tr("Right-sizing phases"));
    if (!r.priced)
        html += QStringLiteral("<p style='color:#707070'>%1</p>").arg(tr("No price book: the phases are not priced."));
    html += QStringLiteral("<p style='color:#555'>%1</p>").arg(tr("Pricing: %1.").arg(escaped(pricingModelKey(r.pricing))));
    html += QStringLiteral("<table cellspacing='0' cellpadding='3' border='1' style='border-color:#bbb'>"
                           "<tr><th align='left'>%1</th><th align='left'>%2</th><th align='left'>%3</th>"
                           "<th align='left'>%4</th><th align='right'>%5</th><th align='right'>%6</th></tr>")
                .arg(tr("Phase"), tr("Needs"), tr("Cloud"), tr("Instance"), tr("Monthly"), tr("Savings vs phase 1"));
    for (const RightSizingPhase& phase : r.phases) {
        int available = 0;
        for (const PhaseCloudCost& cloud : phase.clouds)
            available += cloud.available ? 1 : 0;
        const int span = std::max(1, available);
        const QString head = QStringLiteral("<td rowspan='%1' valign='top'><b>%2. %3</b><br>%4</td>"
                                            "<td rowspan='%1' valign='top'>%5<br>%6</td>")
                                 .arg(span)
                                 .arg(phase.number)
                                 .arg(escaped(phase.title), escaped(phase.rule),
                                      tr("%1 cores").arg(toQString(formatFixed(phase.cores, 2))),
                                      humanText(phase.memoryBytes, Unit::Bytes));
        bool first = true;
        for (const PhaseCloudCost& cloud : phase.clouds) {
            if (!cloud.available)
                continue;
            const QString savings = phase.number == 1
                                        ? QStringLiteral("\u2014")
                                        : QStringLiteral("%1 (%2)").arg(usd(cloud.savingsVsPhase1),
                                                                        percent(cloud.savingsFraction, 0));
            html += QStringLiteral("<tr>%1<td>%2</td><td>%3 \u00d7 %4</td><td align='right'>%5</td>"
                                   "<td align='right'>%6</td></tr>")
                        .arg(first ? head : QString(), escaped(cloudTitle(cloud.cloud)),
                             QString::number(cloud.choice.count), escaped(cloud.instance), usd(cloud.monthly), savings);
            first = false;
        }
        if (first)
            html += QStringLiteral("<tr>%1<td colspan='4'>%2</td></tr>").arg(head, tr("not priced"));
    }
    html += QStringLiteral("</table>");
    return html;
}

} // namespace ecw
