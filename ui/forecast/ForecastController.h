// SPDX-License-Identifier: GPL-3.0-or-later
// The workbench's forecast and cost state: the ForecastEngine over the scenario on screen, the price book in
// use, the planner's flat discounts and pricing model, and when to recompute (only while a view shows it, at
// most once per event-loop pass, on a worker thread so a slider drag never waits for it).
#pragma once

#include "Clock.h"
#include "CostModel.h"
#include "ForecastEngine.h"
#include "PriceBook.h"
#include "RecomputeWorker.h"

#include <QObject>
#include <QSet>
#include <QString>

#include <memory>

class QTimer;

namespace ecw {

class ScenarioController;

class ForecastController : public QObject
{
    Q_OBJECT

public:
    // Reads the planner's price book choice, discounts and pricing model from QSettings ("cost/..."): they
    // describe the planner's contracts, not one scenario.
    explicit ForecastController(ScenarioController* scenario, QObject* parent = nullptr);
    ~ForecastController() override;

    ScenarioController* scenario() const { return m_scenario; }

    // The results for the scenario on screen. If anything changed since the last pass, waits for a running
    // background pass and recomputes first, so the caller always gets current figures.
    const ForecastEngine& engine();
    // The results shown now, without waiting: behind the scenario while a background pass runs (updated()
    // follows when it is done). What the views draw from.
    const ForecastEngine& results() const { return *m_engine; }
    // How many times the engine has run (for tests and the live-update benchmark).
    int recomputeCount() const { return m_recomputes; }
    bool isStale() const { return m_stale; }

    // Today's date for day 0 and the runway dates; the system clock unless a test sets one (not owned;
    // nullptr goes back to the system clock).
    void setClock(const Clock* clock);
    const Clock& clock() const { return *m_clock; }

    // The price book in use: the built-in one, or a planner's file.
    std::shared_ptr<const PriceBook> priceBook() const { return m_book; }
    bool usingBuiltinPriceBook() const { return m_bookPath.isEmpty(); }
    QString priceBookPath() const { return m_bookPath; }
    // "built-in price book" or the file name.
    QString priceBookSourceText() const;
    // Reads and checks a book; "" when it is now in use, else a message naming the file and the problem
    // (the JSON path of a malformed entry), and the book in use stays.
    QString loadPriceBook(const QString& path);
    void useBuiltinPriceBook();
    // Set when the book remembered in the settings could not be read at start-up: why, and that the
    // built-in book is used instead. Empty otherwise.
    QString startupProblem() const { return m_startupProblem; }

    const CostOptions& costOptions() const { return m_options; }
    // 0..1 off the whole bill of that cloud; "" when applied, else a message naming the field and range.
    QString setFlatDiscount(Cloud cloud, double fraction);
    // The pricing model of the recommendation, the 30/60/90 cost rows and the cost curves.
    void setPricingModel(PricingModel model);

    // A view that shows the results says when it is visible; while none is, input changes only mark the
    // results stale, so a slider drag on another tab costs nothing here. While one is, a change starts a
    // background pass from a zero-interval timer (one per event-loop pass; a change during a pass starts one
    // more when it ends) and updated() follows when its results are in.
    void setViewVisible(QObject* view, bool visible);
    bool anyViewVisible() const { return !m_visibleViews.isEmpty(); }
    bool isComputing() const { return m_running; }
    // Brings the results up to date now, on this thread (tests, screenshots); nothing if they are current.
    void flush();

Q_SIGNALS:
    // The engine has new results (after a recompute).
    void updated();
    // The price book, its source, the cost options or the clock changed (before the recompute they cause).
    void costSettingsChanged();

private:
    void markStale();
    // On this thread, now.
    void recompute();
    void startBackgroundPass();
    void finishBackgroundPass(int job);
    // Waits for a running background pass and takes its results, so the engines can be changed or read.
    void settleBackgroundPass();
    void readSettings();
    void writeSettings() const;
    void rebuildEngine();
    void configure(ForecastEngine& engine) const;
    static QString readPriceBookFile(const QString& path, std::shared_ptr<const PriceBook>& out);

    ScenarioController* m_scenario;
    SystemClock m_systemClock;
    const Clock* m_clock = &m_systemClock;
    // m_engine holds the results on screen; a background pass fills m_spare, then the two swap.
    std::unique_ptr<ForecastEngine> m_engine;
    std::unique_ptr<ForecastEngine> m_spare;
    std::unique_ptr<RecomputeWorker> m_worker;
    bool m_running = false;
    int m_job = 0;
    std::shared_ptr<const PriceBook> m_book;
    QString m_bookPath;
    QString m_startupProblem;
    CostOptions m_options;
    QSet<QObject*> m_visibleViews;
    QTimer* m_timer = nullptr;
    bool m_stale = true;
    int m_recomputes = 0;
};

} // namespace ecw
