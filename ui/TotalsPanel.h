// SPDX-License-Identifier: GPL-3.0-or-later
// The totals at a glance: memory, cores, storage and network, each with the size to provision, and
// the profile in use. A figure that depends on a changed assumption is marked.
#pragma once

#include "Profile.h"

#include <QWidget>

#include <string_view>
#include <vector>

class QLabel;

namespace ecw {

class ScenarioController;

class TotalsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TotalsPanel(ScenarioController* controller, QWidget* parent = nullptr);

    // The smallest common Ethernet link (1, 10, 25, 40, 100, 400 Gbit/s) that carries a peak rate,
    // in bits per second; 0 if even 400 Gbit/s does not.
    static double linkSpeedFor(double bytesPerSecond);
    static QString linkSpeedText(double bitsPerSecond);

Q_SIGNALS:
    // The planner clicked a figure: show its work.
    void itemRequested(const QString& itemId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Figure
    {
        std::string_view itemId;
        QLabel* value = nullptr;
        QLabel* marker = nullptr;
    };

    QLabel* addFigure(QWidget* card, const QString& objectName, std::string_view itemId, const QString& caption,
                      bool primary);
    void showEstimate();

    ScenarioController* m_controller;
    std::vector<Figure> m_figures;
    QLabel* m_networkRecommended = nullptr;
    QLabel* m_profile = nullptr;
    Profile m_shownProfile = Profile::Full;
};

} // namespace ecw
