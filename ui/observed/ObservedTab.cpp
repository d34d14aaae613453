// SPDX-License-Identifier: GPL-3.0-or-later
// Telemetry stays loaded while the scenario changes; the calibration is what follows it. Errors from a source
// replace nothing: they are shown above the views, which keep showing the last good calibration.
#include "ObservedTab.h"

#include "BuiltinPriceBook.h"
#include "CalibrationOutput.h"
#include "CalibrationText.h"
#include "ComparisonTableModel.h"
#include "ForecastController.h"
#include "ObservedChart.h"
#include "PrometheusClient.h"
#include "PrometheusDialog.h"
#include "PrometheusFetchJob.h"
#include "QtText.h"
#include "ScenarioController.h"
#include "SeriesPlot.h"
#include "TelemetryFiles.h"
#include "commands/EditDocumentCommand.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include <cmath>
#include <ctime>

namespace ecw {

namespace {

constexpr qint64 kMaxTelemetryFileBytes = qint64(1) << 30; // a year at a minute is a few hundred MiB

QString plainText(const QString& html)
{
    QTextDocument document;
    document.setHtml(html);
    return document.toPlainText();
}

std::shared_ptr<const PriceBook> bookOf(const ForecastController* forecast)
{
    if (forecast && forecast->priceBook())
        return forecast->priceBook();
    const auto& builtin = builtinPriceBook();
    return builtin ? *builtin : nullptr;
}

bool sameValue(double a, double b)
{
    return std::fabs(a - b) <= 1e-9 * std::max(std::fabs(a), std::fabs(b));
}

QTableWidgetItem* readOnlyItem(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

} // namespace

ObservedTab::ObservedTab(ScenarioController* controller, ForecastController* forecast, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_forecast(forecast)
    , m_fetcher(&fetchPrometheusTelemetry)
{
    setObjectName(QStringLiteral("observedTab"));
    m_open = new QPushButton(tr("&Open Telemetry File\u2026"), this);
    m_open->setObjectName(QStringLiteral("openTelemetryPushButton"));
    m_open->setToolTip(tr("Read Prometheus query_range JSON (what calibrate --save-telemetry writes) or OpenMetrics text"));
    m_connect = new QPushButton(tr("Connect to &Prometheus\u2026"), this);
    m_connect->setObjectName(QStringLiteral("connectPrometheusPushButton"));
    m_connect->setToolTip(tr("Fetch the Engram metrics over a window from a Prometheus server, in the background"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("fetchProgressBar"));
    m_progress->setMaximumWidth(260);
    m_progress->setTextVisible(true);
    m_progress->setVisible(false);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelFetchPushButton"));
    m_cancel->setVisible(false);
    m_source = new QLabel(tr("No telemetry loaded"), this);
    m_source->setObjectName(QStringLiteral("observedSourceLabel"));
    m_source->setWordWrap(true);
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_open);
    bar->addWidget(m_connect);
    bar->addWidget(m_progress);
    bar->addWidget(m_cancel);
    bar->addWidget(m_source, 1);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("observedErrorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_errorLabel->setVisible(false);

    buildViews();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_pages, 1);

    m_recalibrateTimer = new QTimer(this);
    m_recalibrateTimer->setSingleShot(true);
    m_recalibrateTimer->setInterval(0); // after the burst of signals one edit sends
    connect(m_recalibrateTimer, &QTimer::timeout, this, [this] {
        if (m_stale)
            recalibrate();
    });
    connect(m_open, &QPushButton::clicked, this, &ObservedTab::chooseFile);
    connect(m_connect, &QPushButton::clicked, this, &ObservedTab::chooseServer);
    connect(m_cancel, &QPushButton::clicked, this, &ObservedTab::cancelFetch);
    connect(m_controller, &ScenarioController::documentChanged, this, &ObservedTab::scheduleRecalibrate);
    if (m_forecast)
        connect(m_forecast, &ForecastController::costSettingsChanged, this, &ObservedTab::scheduleRecalibrate);
    connect(m_views, &QTabWidget::currentChanged, this, [this] {
        if (m_viewsStale && isVisible())
            updateViews();
    });
    updateViews();
}

ObservedTab::~ObservedTab()
{
    // The job's destructor cancels and joins; nothing it posted reaches this object afterwards.
    m_job.reset();
}

void ObservedTab::buildViews()
{
    m_pages = new QStackedWidget(this);
    m_empty = new QLabel(tr("<p><b>No telemetry loaded.</b></p><p>Open a telemetry file (Prometheus query_range JSON "
                            "or OpenMetrics) or connect to a Prometheus server to compare the model with what the "
                            "deployment does: observed against predicted, the constants that would close the gap, "
                            "the growth fitted to the node count and right-sizing in dollars.</p>"),
                         m_pages);
    m_empty->setObjectName(QStringLiteral("observedEmptyLabel"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_empty->setMargin(12);
    m_pages->addWidget(m_empty);

    m_views = new QTabWidget(m_pages);
    m_views->setObjectName(QStringLiteral("observedViewTabs"));

    auto* chartPage = new QWidget(m_views);
    m_plot = new SeriesPlot(chartPage);
    m_plot->setObjectName(QStringLiteral("observedSeriesPlot"));
    m_plot->setAccessibleName(tr("Observed node count with the fitted growth continued over the horizon"));
    m_chartNote = new QLabel(chartPage);
    m_chartNote->setObjectName(QStringLiteral("observedChartNote"));
    m_chartNote->setWordWrap(true);
    auto* chartLayout = new QVBoxLayout(chartPage);
    chartLayout->addWidget(m_plot, 1);
    chartLayout->addWidget(m_chartNote);

    m_views->addTab(chartPage, tr("&Chart"));
    m_views->addTab(buildTablePage(), tr("Observed vs &predicted"));
    m_views->addTab(buildCalibrationsPage(), tr("Ca&librations"));
    m_rightSizing = new QTextBrowser(m_views);
    m_rightSizing->setObjectName(QStringLiteral("rightSizingBrowser"));
    m_rightSizing->setOpenLinks(false);
    m_views->addTab(m_rightSizing, tr("&Right-sizing"));
    m_views->setCurrentIndex(1);
    m_pages->addWidget(m_views);
}

QWidget* ObservedTab::buildTablePage()
{
    auto* page = new QSplitter(Qt::Vertical, m_views);
    page->setObjectName(QStringLiteral("observedTableSplitter"));
    auto* top = new QWidget(page);
    m_comparisonSummary = new QLabel(top);
    m_comparisonSummary->setObjectName(QStringLiteral("comparisonSummaryLabel"));
    m_comparisonSummary->setWordWrap(true);
    m_comparison = new ComparisonTableModel(this);
    m_comparisonView = new QTableView(top);
    m_comparisonView->setObjectName(QStringLiteral("comparisonTableView"));
    m_comparisonView->setModel(m_comparison);
    m_comparisonView->setAccessibleName(tr("Observed against predicted"));
    m_comparisonView->setAccessibleDescription(tr("Each figure the deployment reports next to what the model predicts "
                                                  "for the observed nodes and traffic; errors over 15 % are flagged."));
    m_comparisonView->verticalHeader()->setVisible(false);
    m_comparisonView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_comparisonView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_comparisonView->setWordWrap(false);
    m_comparisonView->horizontalHeader()->setStretchLastSection(true);
    m_comparisonView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_comparisonView->horizontalHeader()->setSectionResizeMode(ComparisonTableModel::MetricColumn, QHeaderView::Stretch);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_comparisonSummary);
    topLayout->addWidget(m_comparisonView, 1);
    m_fitSummary = new QTextBrowser(page);
    m_fitSummary->setObjectName(QStringLiteral("fitSummaryBrowser"));
    m_fitSummary->setOpenLinks(false);
    page->addWidget(top);
    page->addWidget(m_fitSummary);
    // The table takes the height of its rows (seven at most); the fit summary the rest.
    page->setStretchFactor(0, 0);
    page->setStretchFactor(1, 1);
    page->setChildrenCollapsible(false);
    return page;
}

QWidget* ObservedTab::buildCalibrationsPage()
{
    auto* page = new QWidget(m_views);
    m_proposals = new QTableWidget(0, 6, page);
    m_proposals->setObjectName(QStringLiteral("proposalTableWidget"));
    m_proposals->setHorizontalHeaderLabels(
        { tr("Constant"), tr("Current"), tr("Proposed"), tr("Change"), tr("Action"), tr("Evidence") });
    m_proposals->verticalHeader()->setVisible(false);
    m_proposals->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_proposals->setSelectionBehavior(QAbstractItemView::SelectRows);
    // The evidence is the reason to apply: it takes the rest of the width and wraps rather than being elided.
    m_proposals->setWordWrap(true);
    m_proposals->setTextElideMode(Qt::ElideNone);
    m_proposals->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_proposals->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);
    m_proposals->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_proposals->setAccessibleName(tr("Proposed calibrations"));
    m_applyRecommended = new QPushButton(tr("Apply All &Recommended"), page);
    m_applyRecommended->setObjectName(QStringLiteral("applyRecommendedPushButton"));
    m_applyRecommended->setToolTip(tr("Set every constant whose figure is over the 15 % bar, as one undo step"));
    m_useGrowth = new QPushButton(tr("Use Observed &Growth in Forecast"), page);
    m_useGrowth->setObjectName(QStringLiteral("useObservedGrowthPushButton"));
    m_useGrowth->setToolTip(tr("Set the forecast's low, expected and high rates to the fitted ones (undoable)"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_applyRecommended);
    buttons->addWidget(m_useGrowth);
    buttons->addStretch(1);
    m_provenance = new QLabel(page);
    m_provenance->setObjectName(QStringLiteral("calibrationProvenanceLabel"));
    m_provenance->setWordWrap(true);
    m_provenance->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_proposals, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_provenance);
    connect(m_applyRecommended, &QPushButton::clicked, this, [this] {
        const QString error = applyRecommended();
        if (!error.isEmpty())
            showError(error);
    });
    connect(m_useGrowth, &QPushButton::clicked, this, [this] {
        const QString error = useObservedGrowth();
        if (!error.isEmpty())
            showError(error);
    });
    return page;
}

QString ObservedTab::loadTelemetryFile(const QString& path)
{
    const QString name = QDir::toNativeSeparators(path);
    QFile file(path);
    QString error;
    if (!file.open(QIODevice::ReadOnly))
        error = tr("Cannot read %1: %2").arg(name, file.errorString());
    else if (file.size() > kMaxTelemetryFileBytes)
        error = tr("%1 is not a telemetry file: it is %2, and telemetry files are at most %3")
                    .arg(name, humanText(static_cast<double>(file.size()), Unit::Bytes),
                         humanText(static_cast<double>(kMaxTelemetryFileBytes), Unit::Bytes));
    if (!error.isEmpty()) {
        showError(error);
        return error;
    }
    const QByteArray bytes = file.readAll();
    Result<TelemetrySet> read = readTelemetryFile(
        std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())), toStdString(path));
    if (!read) {
        // The reader names the place in the file; say which file.
        error = tr("%1: %2").arg(name, toQString(read.error()));
        showError(error);
        return error;
    }
    TelemetrySet telemetry = std::move(read).value();
    telemetry.source.fetchedAt = currentTimestamp();
    return setTelemetry(std::move(telemetry));
}

QString ObservedTab::setTelemetry(TelemetrySet telemetry, std::optional<double> serverPredictLinear)
{
    // Calibrate before replacing anything: telemetry the calibration cannot use is an error like a bad file.
    CalibrationOptions options;
    if (m_forecast) {
        options.cost = m_forecast->costOptions();
        options.pricing = options.cost.curveModel;
    }
    options.horizonDays = m_horizonDays;
    options.serverPredictLinear = serverPredictLinear;
    const std::shared_ptr<const PriceBook> book = bookOf(m_forecast);
    Result<Calibration> result = calibrate(telemetry, m_controller->document(), book.get(), options);
    if (!result) {
        const QString where = toQString(telemetry.source.file.empty() ? telemetry.source.server : telemetry.source.file);
        const QString error = tr("%1: %2").arg(where, toQString(result.error()));
        showError(error);
        return error;
    }
    m_telemetry = std::move(telemetry);
    m_serverPredictLinear = serverPredictLinear;
    m_calibration = std::make_shared<const Calibration>(std::move(result).value());
    m_calibrationError.clear();
    m_stale = false;
    m_error.clear();
    m_errorLabel->setVisible(false);
    m_viewsStale = true;
    if (isVisible())
        updateViews();
    Q_EMIT calibrationChanged();
    Q_EMIT statusMessage(tr("Calibrated against %1").arg(sourceText()));
    return {};
}

QString ObservedTab::connectToPrometheus(const PrometheusConnection& connection)
{
    m_lastConnection = connection;
    if (isFetching())
        return tr("A fetch is already running: cancel it first");
    const Result<PrometheusRequest> request
        = resolvePrometheusConnection(connection, static_cast<double>(std::time(nullptr)));
    if (!request) {
        const QString error = toQString(request.error());
        showError(error);
        return error;
    }
    m_job = std::make_unique<PrometheusFetchJob>(*request, m_fetcher);
    connect(m_job.get(), &PrometheusFetchJob::progress, this, &ObservedTab::onFetchProgress);
    connect(m_job.get(), &PrometheusFetchJob::finished, this, &ObservedTab::onFetchFinished);
    m_horizonDays = request->horizonDays;
    setFetchingUi(true);
    m_progress->setRange(0, 0); // busy until the first call reports
    m_progress->setFormat(tr("Connecting\u2026"));
    m_job->start();
    return {};
}

void ObservedTab::cancelFetch()
{
    if (!isFetching())
        return;
    m_job->cancel();
    m_cancel->setEnabled(false);
    m_progress->setFormat(tr("Cancelling\u2026"));
}

bool ObservedTab::isFetching() const
{
    return m_job && m_job->running();
}

void ObservedTab::onFetchProgress(int done, int total, const QString& what)
{
    if (!isFetching())
        return;
    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(done);
    m_progress->setFormat(tr("%v of %m: %1").arg(what));
}

void ObservedTab::onFetchFinished()
{
    std::optional<Result<PrometheusFetch>> result = m_job->takeResult();
    const std::string server = m_job->request().baseUrl;
    setFetchingUi(false);
    // Delete the job later: this runs inside its finished() signal.
    m_job.release()->deleteLater();
    if (!result) {
        showError(tr("Prometheus at %1: the fetch ended without a result").arg(toQString(server)));
        Q_EMIT fetchFinished(false);
        return;
    }
    if (!*result) {
        showError(tr("Prometheus at %1: %2").arg(toQString(server), toQString(result->error())));
        Q_EMIT fetchFinished(false);
        return;
    }
    PrometheusFetch fetch = std::move(*result).value();
    if (fetch.telemetry.source.fetchedAt.empty())
        fetch.telemetry.source.fetchedAt = currentTimestamp();
    const QString error = setTelemetry(std::move(fetch.telemetry), fetch.predictLinear);
    Q_EMIT fetchFinished(error.isEmpty());
}

void ObservedTab::setFetchingUi(bool fetching)
{
    m_open->setEnabled(!fetching);
    m_connect->setEnabled(!fetching);
    m_progress->setVisible(fetching);
    m_cancel->setVisible(fetching);
    m_cancel->setEnabled(fetching);
    if (fetching) {
        m_error.clear();
        m_errorLabel->setVisible(false);
    }
}

void ObservedTab::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Telemetry File"), QString(),
        tr("Telemetry (*.json *.om *.txt *.prom *.openmetrics);;query_range JSON (*.json);;OpenMetrics (*.om *.txt "
           "*.prom *.openmetrics);;All files (*)"));
    if (!path.isEmpty())
        loadTelemetryFile(path);
}

void ObservedTab::chooseServer()
{
    PrometheusDialog dialog(m_lastConnection, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    connectToPrometheus(dialog.connection());
}

void ObservedTab::showError(const QString& message)
{
    m_error = message;
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(!message.isEmpty());
    if (!message.isEmpty())
        Q_EMIT statusMessage(message);
}

QString ObservedTab::errorText() const
{
    return m_error.isEmpty() ? m_calibrationError : m_error;
}

QString ObservedTab::sourceText() const
{
    if (!m_telemetry)
        return tr("No telemetry loaded");
    const TelemetrySource& source = m_telemetry->source;
    return toQString(source.describe());
}

void ObservedTab::scheduleRecalibrate()
{
    if (!m_telemetry)
        return;
    m_stale = true;
    if (isVisible())
        m_recalibrateTimer->start();
}

void ObservedTab::recalibrate()
{
    m_stale = false;
    if (!m_telemetry)
        return;
    CalibrationOptions options;
    if (m_forecast) {
        options.cost = m_forecast->costOptions();
        options.pricing = options.cost.curveModel;
    }
    options.horizonDays = m_horizonDays;
    options.serverPredictLinear = m_serverPredictLinear;
    const std::shared_ptr<const PriceBook> book = bookOf(m_forecast);
    Result<Calibration> result = calibrate(*m_telemetry, m_controller->document(), book.get(), options);
    if (result) {
        m_calibration = std::make_shared<const Calibration>(std::move(result).value());
        m_calibrationError.clear();
    } else {
        m_calibration.reset();
        m_calibrationError = toQString(result.error());
    }
    m_viewsStale = true;
    if (isVisible())
        updateViews();
    Q_EMIT calibrationChanged();
}

std::shared_ptr<const Calibration> ObservedTab::calibration()
{
    if (m_stale)
        recalibrate();
    return m_calibration;
}

void ObservedTab::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        recalibrate();
    else if (m_viewsStale)
        updateViews();
}

void ObservedTab::updateViews()
{
    m_viewsStale = false;
    m_source->setText(m_telemetry ? tr("Telemetry: %1").arg(sourceText()) : tr("No telemetry loaded"));
    if (!m_telemetry) {
        m_pages->setCurrentWidget(m_empty);
        return;
    }
    if (!m_calibration) {
        m_empty->setText(tr("<p><b>The calibration failed for this scenario:</b></p><p>%1</p>")
                             .arg(m_calibrationError.toHtmlEscaped()));
        m_pages->setCurrentWidget(m_empty);
        return;
    }
    m_pages->setCurrentWidget(m_views);
    const Calibration& c = *m_calibration;

    m_plot->setChart(observedGrowthChart(c, c.horizonDays));
    m_chartNote->setText(tr("Observed nodes (sum over the tiers, 15-minute means) over the window; the chosen fit "
                            "with its 95 % band from the last sample on, and the other fit dashed, over the next "
                            "%1 days. Wheel to zoom, drag to pan, Home to reset.")
                             .arg(toQString(formatCompact(c.horizonDays))));

    m_comparison->setRows(c.rows);
    // Every row on screen without scrolling (seven figures), the fit summary below takes the rest.
    m_comparisonView->setMinimumHeight(m_comparisonView->horizontalHeader()->sizeHint().height()
                                       + m_comparisonView->verticalHeader()->length()
                                       + 2 * m_comparisonView->frameWidth() + 2);
    std::size_t available = 0;
    for (const ComparisonRow& row : c.rows)
        available += row.observedAvailable ? 1 : 0;
    QString summary = tr("%1 of %2 figures the deployment reports are over the \u00b115 % bar, for %3 nodes observed "
                         "at %4.")
                          .arg(c.flaggedCount())
                          .arg(available)
                          .arg(toQString(formatGrouped(std::round(c.observed.nodes))),
                               toQString(formatTimestamp(c.observed.time)));
    for (const Finding& finding : c.findings)
        summary += QStringLiteral("\n\u2022 ") + toQString(finding.message);
    m_comparisonSummary->setText(summary);
    m_fitSummary->setHtml(fitSummaryHtml(c));
    fillProposals(c);
    m_rightSizing->setHtml(rightSizingHtml(c));
}

void ObservedTab::fillProposals(const Calibration& c)
{
    const ScenarioDocument& document = m_controller->document();
    m_proposals->setRowCount(static_cast<int>(c.proposals.size()));
    int recommended = 0;
    for (std::size_t i = 0; i < c.proposals.size(); ++i) {
        const ConstantProposal& p = c.proposals[i];
        const ConstantSpec& spec = constantSpec(p.constant);
        const int row = static_cast<int>(i);
        auto* name = readOnlyItem(tr("%1\n%2").arg(toQString(spec.label), toQString(spec.symbol)));
        name->setData(Qt::UserRole, toQString(spec.key));
        name->setToolTip(tr("%1 (%2)").arg(toQString(spec.key), p.recommended ? tr("recommended: its figure is over the "
                                                                                   "15 % bar")
                                                                               : tr("its figure is within the bar")));
        QFont font = name->font();
        font.setBold(p.recommended);
        name->setFont(font);
        m_proposals->setItem(row, 0, name);
        m_proposals->setItem(row, 1, readOnlyItem(toQString(formatSignificant(p.current))));
        m_proposals->setItem(row, 2, readOnlyItem(toQString(formatSignificant(p.proposed))));
        m_proposals->setItem(row, 3,
                             readOnlyItem(p.current != 0 ? toQString(formatRelativeError((p.proposed - p.current) / p.current))
                                                         : QString()));
        for (int column = 1; column <= 3; ++column)
            m_proposals->item(row, column)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto* evidence = readOnlyItem(toQString(p.evidence));
        evidence->setToolTip(toQString(p.evidence));
        m_proposals->setItem(row, 5, evidence);

        auto* apply = qobject_cast<QPushButton*>(m_proposals->cellWidget(row, 4));
        if (apply == nullptr) {
            apply = new QPushButton(m_proposals);
            apply->setObjectName(QStringLiteral("applyProposalPushButton"));
            m_proposals->setCellWidget(row, 4, apply);
            connect(apply, &QPushButton::clicked, this, [this, apply] {
                const QString error = applyProposal(apply->property("constant").toString());
                if (!error.isEmpty())
                    showError(error);
            });
        }
        apply->setProperty("constant", toQString(spec.key));
        const bool applied = sameValue(document.constants[p.constant], p.proposed);
        if (!p.inRange) {
            apply->setText(tr("Out of range"));
            apply->setEnabled(false);
            apply->setToolTip(tr("%1 would be outside %2's allowed range (%3 to %4)")
                                  .arg(toQString(formatSignificant(p.proposed)), toQString(spec.key))
                                  .arg(spec.minimum)
                                  .arg(spec.maximum));
        } else if (applied) {
            apply->setText(tr("Applied"));
            apply->setEnabled(false);
            apply->setToolTip(tr("The scenario already uses this value"));
        } else {
            apply->setText(p.recommended ? tr("Apply (recommended)") : tr("Apply"));
            apply->setEnabled(true);
            apply->setToolTip(tr("Set %1 to %2, recording where it came from (one undo step)")
                                  .arg(toQString(spec.key), toQString(formatSignificant(p.proposed))));
        }
        if (p.recommended && p.inRange && !applied)
            ++recommended;
    }
    m_applyRecommended->setEnabled(recommended > 0);
    const ForecastSettings fitted = applyGrowthFit(document.forecast, c.growth);
    m_useGrowth->setEnabled(c.growth.chosen().valid && !(fitted == document.forecast));
    m_useGrowth->setText(c.growth.chosen().valid
                             ? tr("Use Observed &Growth in Forecast (%1)")
                                   .arg(growthRateText(c.growth.chosen().expected, c.growth.compoundChosen))
                             : tr("Use Observed &Growth in Forecast"));

    QStringList records;
    for (const CalibrationRecord& record : document.calibrations)
        records << tr("%1 = %2 (was %3), from %4, %5, applied %6")
                       .arg(toQString(record.constant), toQString(formatSignificant(record.value)),
                            toQString(formatSignificant(record.previous)), toQString(record.source),
                            toQString(record.window), toQString(record.appliedAt));
    m_provenance->setText(records.isEmpty()
                              ? tr("No constant of this scenario has been calibrated yet. Applied values are saved "
                                   "with the scenario together with where they came from; Edit > Undo takes one back.")
                              : tr("Calibrated in this scenario:\n") + records.join(QLatin1Char('\n')));
    m_proposals->resizeRowsToContents();
}

QString ObservedTab::applyProposal(const QString& constantKey)
{
    const std::shared_ptr<const Calibration> c = calibration();
    if (!c)
        return tr("No calibration to apply: load telemetry first");
    const ConstantProposal* proposal = nullptr;
    for (const ConstantProposal& p : c->proposals)
        if (constantSpec(p.constant).key == toStdString(constantKey))
            proposal = &p;
    if (proposal == nullptr)
        return tr("There is no proposal for %1").arg(constantKey);
    if (!proposal->inRange)
        return tr("%1 = %2 is outside the constant's allowed range; it is not applied")
            .arg(constantKey, toQString(formatSignificant(proposal->proposed)));
    const ScenarioDocument before = m_controller->document();
    ScenarioDocument after = before;
    if (applyProposals(after, *c, { toStdString(constantKey) }, currentTimestamp()).empty() || after == before)
        return tr("%1 already has the proposed value").arg(constantKey);
    const ConstantSpec& spec = constantSpec(proposal->constant);
    m_controller->undoStack()->push(new EditDocumentCommand(
        m_controller,
        tr("Calibrate %1 to %2").arg(toQString(spec.symbol), toQString(formatSignificant(proposal->proposed))),
        before, std::move(after), 0));
    return {};
}

QString ObservedTab::applyRecommended()
{
    const std::shared_ptr<const Calibration> c = calibration();
    if (!c)
        return tr("No calibration to apply: load telemetry first");
    std::vector<std::string> keys;
    for (const ConstantProposal& p : c->proposals)
        if (p.recommended && p.inRange)
            keys.emplace_back(constantSpec(p.constant).key);
    if (keys.empty())
        return tr("No proposal is recommended: every figure is within the 15 % bar");
    const ScenarioDocument before = m_controller->document();
    ScenarioDocument after = before;
    const std::vector<std::string> applied = applyProposals(after, *c, keys, currentTimestamp());
    if (applied.empty() || after == before)
        return tr("The recommended values are already applied");
    m_controller->undoStack()->push(new EditDocumentCommand(
        m_controller, tr("Calibrate %n constant(s) from telemetry", nullptr, static_cast<int>(applied.size())),
        before, std::move(after), 0));
    return {};
}

QString ObservedTab::useObservedGrowth()
{
    const std::shared_ptr<const Calibration> c = calibration();
    if (!c)
        return tr("No calibration: load telemetry first");
    if (!c->growth.chosen().valid)
        return tr("The telemetry is too short to fit a growth rate");
    const ForecastSettings fitted = applyGrowthFit(m_controller->document().forecast, c->growth);
    return m_controller->setForecast(
        fitted, tr("Use the observed growth (%1)")
                    .arg(growthRateText(c->growth.chosen().expected, c->growth.compoundChosen)));
}

bool ObservedTab::showSection(const QString& name)
{
    const QStringList names { QStringLiteral("chart"), QStringLiteral("table"), QStringLiteral("calibrations"),
                              QStringLiteral("right-sizing") };
    const int index = static_cast<int>(names.indexOf(name));
    if (index < 0)
        return false;
    m_views->setCurrentIndex(index);
    return true;
}

QString ObservedTab::fitSummaryText() const
{
    return m_calibration ? plainText(fitSummaryHtml(*m_calibration)) : QString();
}

QString ObservedTab::rightSizingText() const
{
    return m_calibration ? plainText(rightSizingHtml(*m_calibration)) : QString();
}

} // namespace ecw
