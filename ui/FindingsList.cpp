// SPDX-License-Identifier: GPL-3.0-or-later
#include "FindingsList.h"

#include "QtText.h"
#include "ScenarioController.h"

#include <QApplication>
#include <QStyle>

namespace ecw {

namespace {

QString severityTitle(Severity severity)
{
    switch (severity) {
    case Severity::Warning:
        return FindingsList::tr("Warning");
    case Severity::Recommendation:
        return FindingsList::tr("Recommendation");
    case Severity::Info:
        return FindingsList::tr("Note");
    }
    return {};
}

} // namespace

QString FindingsList::findingText(const Finding& finding)
{
    return toQString(finding.message) + QStringLiteral("  \u2014  ") + tr("why: ") + toQString(finding.reason);
}

QString FindingsList::accessibleText(const Finding& finding)
{
    return severityTitle(finding.severity) + QStringLiteral(". ") + toQString(finding.message) + QStringLiteral(". ")
        + tr("Why: ") + toQString(finding.reason);
}

FindingsList::FindingsList(ScenarioController* controller, QWidget* parent)
    : QListWidget(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("findingsList"));
    setAccessibleName(tr("Warnings and recommendations"));
    setWordWrap(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setTextElideMode(Qt::ElideNone);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    const int icon = fontMetrics().height();
    setIconSize(QSize(icon, icon));
    connect(controller, &ScenarioController::estimateChanged, this, &FindingsList::showEstimate);
    showEstimate();
}

QString FindingsList::summaryText(const std::vector<Finding>& findings)
{
    int counts[3] = { 0, 0, 0 };
    for (const Finding& finding : findings)
        ++counts[static_cast<int>(finding.severity)];
    const auto counted = [](int count, const QString& one, const QString& many) {
        return QString::number(count) + QLatin1Char(' ') + (count == 1 ? one : many);
    };
    QStringList parts;
    if (const int n = counts[static_cast<int>(Severity::Warning)])
        parts << counted(n, tr("warning"), tr("warnings"));
    if (const int n = counts[static_cast<int>(Severity::Recommendation)])
        parts << counted(n, tr("recommendation"), tr("recommendations"));
    if (const int n = counts[static_cast<int>(Severity::Info)])
        parts << counted(n, tr("note"), tr("notes"));
    return parts.isEmpty() ? tr("none") : parts.join(QStringLiteral(", "));
}

void FindingsList::showEstimate()
{
    const std::vector<Finding>& findings = m_controller->estimate().findings;
    const QString summary = summaryText(findings);
    if (summary != m_summary) {
        m_summary = summary;
        Q_EMIT summaryChanged(summary);
    }
    std::vector<std::string> keys;
    keys.reserve(findings.size());
    for (const Finding& finding : findings)
        keys.push_back(std::string(finding.id) + '\x1f' + finding.message + '\x1f' + finding.reason);
    if (keys == m_shown && count() > 0)
        return;

    // The same warnings with new numbers (every step of a drag): update the texts in place.
    bool sameIds = keys.size() == m_shown.size() && !keys.empty();
    for (std::size_t i = 0; sameIds && i < findings.size(); ++i)
        sameIds = item(static_cast<int>(i))->data(Qt::UserRole).toString() == toQString(findings[i].id);
    m_shown = std::move(keys);
    if (sameIds) {
        for (std::size_t i = 0; i < findings.size(); ++i) {
            item(static_cast<int>(i))->setText(findingText(findings[i]));
            item(static_cast<int>(i))->setData(Qt::AccessibleTextRole, accessibleText(findings[i]));
        }
        return;
    }

    clear();
    QStyle* style = this->style();
    for (const Finding& finding : findings) {
        auto* item = new QListWidgetItem(findingText(finding), this);
        const QStyle::StandardPixmap icon
            = finding.severity == Severity::Warning ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation;
        item->setIcon(style->standardIcon(icon));
        item->setData(Qt::UserRole, toQString(finding.id));
        item->setData(Qt::AccessibleTextRole, accessibleText(finding));
        item->setToolTip(severityTitle(finding.severity) + QStringLiteral(" (") + toQString(finding.id)
                         + QStringLiteral(")"));
    }
    if (findings.empty()) {
        auto* item = new QListWidgetItem(
            tr("No warnings: these resources cover the workload within the spec's thresholds. Deploy with them as "
               "the minimum, then monitor utilization and adjust."),
            this);
        item->setIcon(style->standardIcon(QStyle::SP_DialogApplyButton));
        item->setData(Qt::UserRole, QString());
    }
}

} // namespace ecw
