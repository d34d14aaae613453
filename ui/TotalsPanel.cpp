// SPDX-License-Identifier: GPL-3.0-or-later
#include "TotalsPanel.h"

#include "QtText.h"
#include "ScenarioController.h"

#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

namespace ecw {

namespace {

constexpr const char* kItemProperty = "ecwItemId";

QFrame* makeCard(QWidget* parent, const QString& title, const QString& objectName)
{
    auto* card = new QFrame(parent);
    card->setObjectName(objectName);
    card->setFrameShape(QFrame::StyledPanel);
    auto* layout = new QGridLayout(card);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setHorizontalSpacing(6);
    layout->setVerticalSpacing(2);
    auto* heading = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), card);
    layout->addWidget(heading, 0, 0, 1, 3);
    return card;
}

} // namespace

double TotalsPanel::linkSpeedFor(double bytesPerSecond)
{
    const double bits = bytesPerSecond * 8.0;
    for (double gbit : { 1.0, 10.0, 25.0, 40.0, 100.0, 400.0 })
        if (bits <= gbit * 1e9)
            return gbit * 1e9;
    return 0;
}

QString TotalsPanel::linkSpeedText(double bitsPerSecond)
{
    if (bitsPerSecond <= 0)
        return tr("> 400 Gbit/s");
    return tr("%1 Gbit/s").arg(toQString(formatMachineNumber(bitsPerSecond / 1e9)));
}

TotalsPanel::TotalsPanel(ScenarioController* controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("totalsPanel"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    QFrame* memory = makeCard(this, tr("Memory"), QStringLiteral("memoryCard"));
    addFigure(memory, QStringLiteral("memoryRecommendedLabel"), "memory.recommended", tr("provision"), true);
    addFigure(memory, QStringLiteral("memoryTotalLabel"), "memory.total", tr("needed"), false);
    QFrame* cpu = makeCard(this, tr("CPU"), QStringLiteral("cpuCard"));
    addFigure(cpu, QStringLiteral("cpuRecommendedLabel"), "cpu.recommended", tr("provision"), true);
    addFigure(cpu, QStringLiteral("cpuTotalLabel"), "cpu.total", tr("needed"), false);
    QFrame* storage = makeCard(this, tr("Storage"), QStringLiteral("storageCard"));
    addFigure(storage, QStringLiteral("storageRecommendedLabel"), "storage.recommended", tr("provision"), true);
    addFigure(storage, QStringLiteral("storageTotalLabel"), "storage.total", tr("needed"), false);
    QFrame* network = makeCard(this, tr("Network"), QStringLiteral("networkCard"));
    addFigure(network, QStringLiteral("networkPeakLabel"), "network.peak", tr("peak"), true);
    m_networkRecommended = new QLabel(network);
    m_networkRecommended->setObjectName(QStringLiteral("networkRecommendedLabel"));
    m_networkRecommended->setAccessibleName(tr("Network link to provision"));
    auto* networkGrid = static_cast<QGridLayout*>(network->layout());
    const int linkRow = networkGrid->rowCount();
    networkGrid->addWidget(m_networkRecommended, linkRow, 0);
    networkGrid->addWidget(new QLabel(tr("link"), network), linkRow, 1);

    m_profile = new QLabel(this);
    m_profile->setObjectName(QStringLiteral("profileLabel"));
    m_profile->setAccessibleName(tr("Profile in use"));
    m_profile->setWordWrap(true);

    for (QFrame* card : { memory, cpu, storage, network })
        layout->addWidget(card, 1);
    layout->addWidget(m_profile, 1);

    connect(controller, &ScenarioController::estimateChanged, this, &TotalsPanel::showEstimate);
    showEstimate();
}

QLabel* TotalsPanel::addFigure(QWidget* card, const QString& objectName, std::string_view itemId,
                               const QString& caption, bool primary)
{
    auto* grid = static_cast<QGridLayout*>(card->layout());
    const int row = grid->rowCount();
    auto* value = new QLabel(card);
    value->setObjectName(objectName);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setCursor(Qt::PointingHandCursor);
    value->setProperty(kItemProperty, toQString(itemId));
    value->installEventFilter(this);
    if (primary) {
        QFont font = value->font();
        font.setPointSizeF(font.pointSizeF() * 1.35);
        font.setBold(true);
        value->setFont(font);
    }
    auto* captionLabel = new QLabel(caption, card);
    auto* marker = new QLabel(card);
    marker->setObjectName(objectName + QStringLiteral("Marker"));
    grid->addWidget(value, row, 0);
    grid->addWidget(captionLabel, row, 1);
    grid->addWidget(marker, row, 2);
    grid->setColumnStretch(2, 1);
    m_figures.push_back(Figure { itemId, value, marker });
    return value;
}

bool TotalsPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::MouseButtonDblClick) {
        const QString id = watched->property(kItemProperty).toString();
        if (!id.isEmpty()) {
            Q_EMIT itemRequested(id);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TotalsPanel::showEstimate()
{
    const Estimate& estimate = m_controller->estimate();
    const ChangedAssumptions& changed = m_controller->changedAssumptions();
    for (std::size_t i = 0; i < estimate.items.size(); ++i) {
        const LineItem& item = estimate.items[i];
        for (Figure& figure : m_figures) {
            if (figure.itemId != item.id)
                continue;
            const QString text = humanText(item.value, item.unit);
            if (figure.value->text() != text)
                figure.value->setText(text);
            const bool marked = changed.affects(i);
            const QString mark = marked ? QStringLiteral("\u25c6") : QString();
            if (figure.marker->text() != mark) {
                figure.marker->setText(mark);
                figure.marker->setToolTip(
                    marked ? tr("Uses changed assumptions: %1")
                                 .arg(toQString(ChangedAssumptions::symbols(changed.dependencies(i))))
                           : QString());
            }
            if (figure.value->accessibleName().isEmpty() || estimate.profile != m_shownProfile) {
                figure.value->setToolTip(tr("%1 (%2)\n%3\nDouble-click to show its work.")
                                             .arg(toQString(item.label), toQString(item.id), toQString(item.formula)));
                figure.value->setAccessibleName(toQString(item.label));
            }
        }
    }
    // Items the profile does not compute (network in the reference profile).
    for (Figure& figure : m_figures) {
        if (estimate.has(figure.itemId))
            continue;
        figure.value->setText(tr("not modelled"));
        figure.value->setToolTip(tr("The reference profile (the spec's calculator script) does not compute this."));
        figure.marker->clear();
    }
    if (const LineItem* peak = estimate.find("network.peak")) {
        const double link = linkSpeedFor(peak->value);
        m_networkRecommended->setText(linkSpeedText(link));
        m_networkRecommended->setToolTip(
            link > 0 ? tr("The smallest common Ethernet link (1, 10, 25, 40, 100, 400 Gbit/s) that carries the peak.")
                     : tr("The peak is more than one 400 Gbit/s link carries: split the traffic across instances."));
    } else {
        m_networkRecommended->setText(tr("not modelled"));
        m_networkRecommended->setToolTip(tr("The reference profile (the spec's calculator script) has no network "
                                            "figures; switch to the full profile."));
    }
    m_shownProfile = estimate.profile;
    const QString profile = estimate.profile == Profile::Full
        ? tr("<b>Profile: full</b><br>every formula family of the spec")
        : tr("<b>Profile: reference</b><br>exactly the spec's calculator script");
    if (m_profile->text() != profile)
        m_profile->setText(profile);
}

} // namespace ecw
