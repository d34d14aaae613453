// SPDX-License-Identifier: GPL-3.0-or-later
// A recompute takes a few milliseconds (1,098 estimates and three clouds' costs), so it runs at most once per
// event-loop pass, from a zero-interval timer, only while a forecast or cost view is on screen, and on a worker
// thread: the window keeps answering the slider while it runs. Two engines take turns: the worker fills the
// spare one from a copy of the document, and the GUI thread swaps it in when the pass is done. The engines
// only read the price book and the clock, which the GUI thread changes only after waiting for the worker.
#include "ForecastController.h"

#include "BuiltinPriceBook.h"
#include "PriceBookJson.h"
#include "QtText.h"
#include "ScenarioController.h"

#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QTimer>

#include <cmath>

namespace ecw {

namespace {

constexpr qint64 kMaxPriceBookBytes = 16 * 1024 * 1024;

QString settingsKey(Cloud cloud)
{
    return QStringLiteral("cost/discount/") + toQString(cloudKey(cloud));
}

} // namespace

ForecastController::ForecastController(ScenarioController* scenario, QObject* parent)
    : QObject(parent)
    , m_scenario(scenario)
    , m_worker(std::make_unique<RecomputeWorker>())
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(0);
    connect(m_timer, &QTimer::timeout, this, &ForecastController::startBackgroundPass);
    connect(m_scenario, &ScenarioController::estimateChanged, this, &ForecastController::markStale);

    const auto& builtin = builtinPriceBook();
    if (builtin)
        m_book = *builtin;
    readSettings();
    rebuildEngine();
}

ForecastController::~ForecastController()
{
    // The worker uses m_spare: it must be done before the engines go.
    m_worker->wait();
}

void ForecastController::configure(ForecastEngine& engine) const
{
    engine.setPriceBook(m_book);
    engine.setCostOptions(m_options);
}

void ForecastController::rebuildEngine()
{
    settleBackgroundPass();
    m_engine = std::make_unique<ForecastEngine>(*m_clock);
    configure(*m_engine);
    m_spare.reset();
    markStale();
}

const ForecastEngine& ForecastController::engine()
{
    if (m_stale || m_running) {
        settleBackgroundPass();
        if (m_stale)
            recompute();
    }
    return *m_engine;
}

void ForecastController::setClock(const Clock* clock)
{
    m_clock = clock ? clock : &m_systemClock;
    rebuildEngine();
    Q_EMIT costSettingsChanged();
}

QString ForecastController::priceBookSourceText() const
{
    if (m_bookPath.isEmpty())
        return tr("built-in price book");
    return QFileInfo(m_bookPath).fileName();
}

QString ForecastController::readPriceBookFile(const QString& path, std::shared_ptr<const PriceBook>& out)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("Could not open \u201c%1\u201d: %2.").arg(name, file.errorString());
    if (file.size() > kMaxPriceBookBytes)
        return tr("\u201c%1\u201d is not a price book: it is %2, and price books are at most %3.")
            .arg(name, humanText(static_cast<double>(file.size()), Unit::Bytes),
                 humanText(static_cast<double>(kMaxPriceBookBytes), Unit::Bytes));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return tr("Could not read \u201c%1\u201d: %2.").arg(name, file.errorString());
    Result<PriceBook> parsed = parsePriceBookJson(std::string_view(bytes.constData(), bytes.size()));
    if (!parsed) {
        QString problem = toQString(parsed.error());
        if (problem.endsWith(QLatin1Char('.')))
            problem.chop(1);
        return tr("\u201c%1\u201d is not a usable price book: %2.").arg(name, problem);
    }
    out = std::make_shared<const PriceBook>(std::move(parsed).value());
    return {};
}

QString ForecastController::loadPriceBook(const QString& path)
{
    std::shared_ptr<const PriceBook> book;
    const QString error = readPriceBookFile(path, book);
    if (!error.isEmpty())
        return error;
    m_book = std::move(book);
    m_bookPath = QFileInfo(path).absoluteFilePath();
    m_startupProblem.clear();
    settleBackgroundPass();
    configure(*m_engine);
    writeSettings();
    Q_EMIT costSettingsChanged();
    markStale();
    return {};
}

void ForecastController::useBuiltinPriceBook()
{
    const auto& builtin = builtinPriceBook();
    m_book = builtin ? *builtin : nullptr;
    m_bookPath.clear();
    m_startupProblem = builtin ? QString() : toQString(builtin.error());
    settleBackgroundPass();
    configure(*m_engine);
    writeSettings();
    Q_EMIT costSettingsChanged();
    markStale();
}

QString ForecastController::setFlatDiscount(Cloud cloud, double fraction)
{
    if (!std::isfinite(fraction) || fraction < 0 || fraction > 1)
        return tr("The flat discount for %1 must be from 0 % to 100 % (got %2 %).")
            .arg(toQString(cloudTitle(cloud)), QString::number(fraction * 100.0));
    double& current = m_options.flatDiscount[cloudIndex(cloud)];
    if (current == fraction)
        return {};
    current = fraction;
    settleBackgroundPass();
    configure(*m_engine);
    writeSettings();
    Q_EMIT costSettingsChanged();
    markStale();
    return {};
}

void ForecastController::setPricingModel(PricingModel model)
{
    if (m_options.curveModel == model)
        return;
    m_options.curveModel = model;
    settleBackgroundPass();
    configure(*m_engine);
    writeSettings();
    Q_EMIT costSettingsChanged();
    markStale();
}

void ForecastController::setViewVisible(QObject* view, bool visible)
{
    if (visible) {
        m_visibleViews.insert(view);
        // A view that appears must not show stale figures for even one frame.
        if (m_stale || m_running)
            engine();
    } else {
        m_visibleViews.remove(view);
    }
}

void ForecastController::flush()
{
    engine();
}

void ForecastController::markStale()
{
    m_stale = true;
    // While a pass runs, the next one starts when it ends (finishBackgroundPass).
    if (anyViewVisible() && !m_running && !m_timer->isActive())
        m_timer->start();
}

void ForecastController::recompute()
{
    m_timer->stop();
    m_engine->recompute(m_scenario->document());
    m_stale = false;
    ++m_recomputes;
    Q_EMIT updated();
}

void ForecastController::startBackgroundPass()
{
    if (m_running || !m_stale)
        return;
    if (!m_spare)
        m_spare = std::make_unique<ForecastEngine>(*m_clock);
    configure(*m_spare);
    ForecastEngine* engine = m_spare.get();
    const int job = ++m_job;
    m_running = true;
    m_stale = false; // a change from now on marks it again and asks for another pass
    m_worker->start([this, engine, job, document = m_scenario->document()] {
        engine->recompute(document);
        QMetaObject::invokeMethod(
            this, [this, job] { finishBackgroundPass(job); }, Qt::QueuedConnection);
    });
}

void ForecastController::finishBackgroundPass(int job)
{
    // settleBackgroundPass may have taken this pass's results already.
    if (!m_running || job != m_job)
        return;
    // The queued call can arrive a moment before the worker marks itself idle; waiting also makes the job's
    // writes to m_spare visible here (the queued event alone is no synchronisation a sanitizer can see).
    m_worker->wait();
    m_running = false;
    std::swap(m_engine, m_spare);
    ++m_recomputes;
    if (m_stale && anyViewVisible())
        m_timer->start();
    Q_EMIT updated();
}

void ForecastController::settleBackgroundPass()
{
    if (!m_running)
        return;
    m_worker->wait();
    finishBackgroundPass(m_job);
}

void ForecastController::readSettings()
{
    QSettings settings;
    for (Cloud cloud : kClouds) {
        const double fraction = settings.value(settingsKey(cloud), 0.0).toDouble();
        if (std::isfinite(fraction) && fraction >= 0 && fraction <= 1)
            m_options.flatDiscount[cloudIndex(cloud)] = fraction;
    }
    const std::optional<PricingModel> model
        = parsePricingModel(toStdString(settings.value(QStringLiteral("cost/pricingModel")).toString()));
    if (model)
        m_options.curveModel = *model;
    const QString path = settings.value(QStringLiteral("cost/priceBook")).toString();
    if (path.isEmpty())
        return;
    std::shared_ptr<const PriceBook> book;
    const QString error = readPriceBookFile(path, book);
    if (error.isEmpty()) {
        m_book = std::move(book);
        m_bookPath = path;
    } else {
        m_startupProblem = error + tr(" The built-in price book is used instead.");
    }
}

void ForecastController::writeSettings() const
{
    QSettings settings;
    for (Cloud cloud : kClouds)
        settings.setValue(settingsKey(cloud), m_options.flatDiscount[cloudIndex(cloud)]);
    settings.setValue(QStringLiteral("cost/pricingModel"), toQString(pricingModelKey(m_options.curveModel)));
    settings.setValue(QStringLiteral("cost/priceBook"), m_bookPath);
}

} // namespace ecw
