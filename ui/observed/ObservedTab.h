// SPDX-License-Identifier: GPL-3.0-or-later
// The Observed tab: telemetry from a file (query_range JSON or OpenMetrics) or a Prometheus server, and the
// calibration against it in four views: the observed node count on the growth chart with the fits continued over
// the horizon, observed against predicted (errors against the 15 % bar) with the fit's summary, the proposed
// constants (each applied as one undo step, with its provenance), and the right-sizing. The fetch runs on a thread
// of its own and can be cancelled; every error is shown in the tab and leaves the scenario as it was. The
// calibration follows the scenario: it is recomputed (about 50 ms for 14 days at a minute) after every change,
// once the tab is shown or when the worksheet asks for it.
#pragma once

#include "Calibration.h"
#include "PrometheusConnection.h"

#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTableWidget;
class QTextBrowser;
class QTimer;

namespace ecw {

class ComparisonTableModel;
class ForecastController;
class PrometheusFetchJob;
class ScenarioController;
class SeriesPlot;

class ObservedTab : public QWidget
{
    Q_OBJECT

public:
    ObservedTab(ScenarioController* controller, ForecastController* forecast, QWidget* parent = nullptr);
    ~ObservedTab() override;

    // Sources. Each returns "" on success, else the message the tab shows (naming the file or field and the
    // problem); on an error the telemetry loaded before, if any, stays, and the scenario is never touched.
    QString loadTelemetryFile(const QString& path);
    QString setTelemetry(TelemetrySet telemetry, std::optional<double> serverPredictLinear = std::nullopt);
    // Validates the form and starts the fetch in the background: "" when it started. The result arrives later
    // (fetchFinished); a failed fetch shows its error in the tab.
    QString connectToPrometheus(const PrometheusConnection& connection);
    void cancelFetch();
    bool isFetching() const;
    // The HTTP client; fetchPrometheusTelemetry unless a test sets another.
    void setFetcher(PrometheusFetcher fetcher) { m_fetcher = fetcher; }

    bool hasTelemetry() const { return m_telemetry.has_value(); }
    // The calibration of the current scenario against the loaded telemetry (recomputed first if the scenario
    // changed), or null when nothing is loaded or it failed (errorText() says why).
    std::shared_ptr<const Calibration> calibration();
    QString errorText() const;

    // Applying, each one undo step; "" when applied, else why not (the scenario is unchanged then).
    QString applyProposal(const QString& constantKey);
    QString applyRecommended();
    QString useObservedGrowth();

    // "chart", "table", "calibrations" or "right-sizing"; false for another name.
    bool showSection(const QString& name);
    QTabWidget* viewTabs() const { return m_views; }
    SeriesPlot* growthPlot() const { return m_plot; }
    ComparisonTableModel* comparisonModel() const { return m_comparison; }
    QTableView* comparisonView() const { return m_comparisonView; }
    QTableWidget* proposalTable() const { return m_proposals; }
    QPushButton* cancelButton() const { return m_cancel; }
    QString fitSummaryText() const;
    QString rightSizingText() const;
    QString sourceText() const;

Q_SIGNALS:
    // The calibration changed (new telemetry, a scenario change, or it failed).
    void calibrationChanged();
    void fetchFinished(bool ok);
    void statusMessage(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void buildViews();
    QWidget* buildTablePage();
    QWidget* buildCalibrationsPage();
    void chooseFile();
    void chooseServer();
    void onFetchFinished();
    void onFetchProgress(int done, int total, const QString& what);
    void scheduleRecalibrate();
    void recalibrate();
    void showError(const QString& message);
    void updateViews();
    void fillProposals(const Calibration& calibration);
    void setFetchingUi(bool fetching);

    ScenarioController* m_controller;
    ForecastController* m_forecast;
    PrometheusFetcher m_fetcher;
    PrometheusConnection m_lastConnection;

    std::optional<TelemetrySet> m_telemetry;
    std::optional<double> m_serverPredictLinear;
    double m_horizonDays = 30;
    std::shared_ptr<const Calibration> m_calibration;
    QString m_calibrationError; // calibrate's error for the loaded telemetry
    QString m_error; // the last source error, shown until the next source succeeds
    bool m_stale = false; // the scenario changed since m_calibration
    bool m_viewsStale = true;
    std::unique_ptr<PrometheusFetchJob> m_job;

    QTimer* m_recalibrateTimer = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_connect = nullptr;
    QPushButton* m_cancel = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_source = nullptr;
    QLabel* m_errorLabel = nullptr;
    QStackedWidget* m_pages = nullptr;
    QLabel* m_empty = nullptr;
    QTabWidget* m_views = nullptr;
    SeriesPlot* m_plot = nullptr;
    QLabel* m_chartNote = nullptr;
    ComparisonTableModel* m_comparison = nullptr;
    QTableView* m_comparisonView = nullptr;
    QLabel* m_comparisonSummary = nullptr;
    QTextBrowser* m_fitSummary = nullptr;
    QTableWidget* m_proposals = nullptr;
    QPushButton* m_applyRecommended = nullptr;
    QPushButton* m_useGrowth = nullptr;
    QLabel* m_provenance = nullptr;
    QTextBrowser* m_rightSizing = nullptr;
};

} // namespace ecw
