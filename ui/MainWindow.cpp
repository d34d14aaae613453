// SPDX-License-Identifier: GPL-3.0-or-later
// Window layout, menus, settings and the file life cycle. The widgets talk to the ScenarioController;
// this class only wires them together and asks the planner (through a Prompter) when it must.
#include "MainWindow.h"

#include "AssumptionsPanel.h"
#include "Autosave.h"
#include "AutosaveDialogPrompter.h"
#include "CostSettingsPanel.h"
#include "CostTab.h"
#include "ObservedTab.h"
#include "OperationsTab.h"
#include "DialogPrompter.h"
#include "ExportActions.h"
#include "FindingsList.h"
#include "ForecastController.h"
#include "ForecastTab.h"
#include "InputControl.h"
#include "InputPanel.h"
#include "LineItemModel.h"
#include "Presets.h"
#include "QtText.h"
#include "RecentFiles.h"
#include "ScenarioController.h"
#include "TierBreakdownChart.h"
#include "TotalsPanel.h"
#include "WorkPanel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QGroupBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSlider>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ecw {

namespace {

constexpr int kStatusMessageMs = 8000;
// Below this width the figure table and its work are stacked instead of side by side.
constexpr int kSideBySideWidth = 1100;

} // namespace

QString MainWindow::applicationTitle()
{
    return tr("Engram Capacity Workbench");
}

QString MainWindow::applicationVersion()
{
    return QStringLiteral(ECW_VERSION);
}

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_controller(new ScenarioController(this))
    , m_prompter(std::make_unique<DialogPrompter>())
    , m_autosave(new Autosave(m_controller, this))
    , m_autosavePrompter(std::make_unique<AutosaveDialogPrompter>())
{
    setObjectName(QStringLiteral("mainWindow"));
    buildLayout();
    createForecastViews();
    createActions();
    createMenus();
    createExportActions();
    statusBar()->setObjectName(QStringLiteral("statusBar"));

    connect(m_controller, &ScenarioController::documentChanged, this, &MainWindow::updateTitle);
    connect(m_controller, &ScenarioController::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_controller, &ScenarioController::cleanChanged, this, &MainWindow::updateTitle);
    readSettings();
    updateTitle();
    updateRecentMenu();
}

MainWindow::~MainWindow()
{
    // The controller is a child and outlives this destructor's body; by the time ~QObject deletes it,
    // this is no longer a MainWindow, so nothing it emits may reach our slots or the panels.
    m_controller->blockSignals(true);
}

void MainWindow::setAutosavePrompter(std::unique_ptr<AutosavePrompter> prompter)
{
    m_autosavePrompter = std::move(prompter);
}

bool MainWindow::offerAutosaveRecovery()
{
    return m_autosave->offerRecovery(this, *m_autosavePrompter);
}

void MainWindow::setPrompter(std::unique_ptr<Prompter> prompter)
{
    m_prompter = std::move(prompter);
}

void MainWindow::buildLayout()
{
    m_inputPanel = new InputPanel(m_controller, this);
    m_totals = new TotalsPanel(m_controller, this);
    m_breakdown = new TierBreakdownChart(m_controller, this);

    m_lineItems = new LineItemModel(m_controller, this);
    m_lineItemView = new QTreeView(this);
    m_lineItemView->setObjectName(QStringLiteral("lineItemView"));
    m_lineItemView->setAccessibleName(tr("Line items"));
    m_lineItemView->setAccessibleDescription(tr("Every figure of the estimate grouped by section; select one to "
                                                "see its formula and the values it used."));
    m_lineItemView->setModel(m_lineItems);
    m_lineItemView->setAlternatingRowColors(true);
    m_lineItemView->setUniformRowHeights(true);
    m_lineItemView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lineItemView->expandAll();
    QHeaderView* header = m_lineItemView->header();
    header->setStretchLastSection(true);
    const QFontMetrics metrics = m_lineItemView->fontMetrics();
    const int em = metrics.horizontalAdvance(QStringLiteral("x"));
    header->resizeSection(LineItemModel::LabelColumn, em * 34);
    header->resizeSection(LineItemModel::ValueColumn, em * 13);
    header->resizeSection(LineItemModel::UnitColumn, em * 8);
    header->resizeSection(LineItemModel::IdColumn, em * 26);
    connect(m_lineItems, &QAbstractItemModel::modelReset, m_lineItemView, &QTreeView::expandAll);

    m_workPanel = new WorkPanel(m_controller, this);
    m_lineItemSplitter = new QSplitter(Qt::Horizontal, this);
    m_lineItemSplitter->setObjectName(QStringLiteral("lineItemSplitter"));
    m_lineItemSplitter->addWidget(m_lineItemView);
    m_lineItemSplitter->addWidget(m_workPanel);
    m_lineItemSplitter->setStretchFactor(0, 3);
    m_lineItemSplitter->setStretchFactor(1, 2);
    m_lineItemSplitter->setChildrenCollapsible(false);
    m_lineItemSplitter->installEventFilter(this); // side by side when wide, stacked when narrow

    m_assumptions = new AssumptionsPanel(m_controller, this);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("outputTabs"));
    m_tabs->addTab(m_breakdown, tr("&Breakdown"));
    m_tabs->addTab(m_lineItemSplitter, tr("&Line items"));
    m_tabs->addTab(m_assumptions, tr("A&ssumptions"));

    m_findings = new FindingsList(m_controller, this);
    auto* findingsBox = new QGroupBox(this);
    findingsBox->setObjectName(QStringLiteral("findingsGroup"));
    auto* findingsLayout = new QVBoxLayout(findingsBox);
    findingsLayout->setContentsMargins(4, 4, 4, 4);
    findingsLayout->addWidget(m_findings);
    const auto showSummary = [findingsBox](const QString& summary) {
        findingsBox->setTitle(tr("Warnings and recommendations: %1").arg(summary));
    };
    connect(m_findings, &FindingsList::summaryChanged, findingsBox, showSummary);
    showSummary(FindingsList::summaryText(m_controller->estimate().findings));

    m_outputSplitter = new QSplitter(Qt::Vertical, this);
    m_outputSplitter->setObjectName(QStringLiteral("outputSplitter"));
    m_outputSplitter->addWidget(m_tabs);
    m_outputSplitter->addWidget(findingsBox);
    m_outputSplitter->setStretchFactor(0, 3);
    m_outputSplitter->setStretchFactor(1, 1);
    m_outputSplitter->setChildrenCollapsible(false);

    auto* output = new QWidget(this);
    output->setObjectName(QStringLiteral("outputPanel"));
    auto* outputLayout = new QVBoxLayout(output);
    outputLayout->setContentsMargins(4, 4, 4, 4);
    outputLayout->addWidget(m_totals);
    outputLayout->addWidget(m_outputSplitter, 1);

    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(m_inputPanel);
    m_mainSplitter->addWidget(output);
    m_mainSplitter->setStretchFactor(0, 0);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setChildrenCollapsible(false);
    setCentralWidget(m_mainSplitter);

    connect(m_lineItemView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                m_workPanel->showItem(
                    m_lineItems->data(current.siblingAtColumn(0), LineItemModel::ItemIdRole).toString());
            });
    connect(m_workPanel, &WorkPanel::itemRequested, this, &MainWindow::showItem);
    connect(m_totals, &TotalsPanel::itemRequested, this, &MainWindow::showItem);
    connect(m_inputPanel, &InputPanel::editRejected, this, &MainWindow::reportRejected);
    connect(m_assumptions, &AssumptionsPanel::editRejected, this, &MainWindow::reportRejected);
}

void MainWindow::createActions()
{
    m_newAction = new QAction(tr("&New"), this);
    m_newAction->setObjectName(QStringLiteral("newAction"));
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setStatusTip(tr("Start a new scenario from the spec's defaults"));
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newScenario);

    m_openAction = new QAction(tr("&Open\u2026"), this);
    m_openAction->setObjectName(QStringLiteral("openAction"));
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openDialog);

    m_saveAction = new QAction(tr("&Save"), this);
    m_saveAction->setObjectName(QStringLiteral("saveAction"));
    m_saveAction->setShortcut(QKeySequence::Save);
    connect(m_saveAction, &QAction::triggered, this, &MainWindow::save);

    m_saveAsAction = new QAction(tr("Save &As\u2026"), this);
    m_saveAsAction->setObjectName(QStringLiteral("saveAsAction"));
    m_saveAsAction->setShortcut(QKeySequence::SaveAs);
    connect(m_saveAsAction, &QAction::triggered, this, &MainWindow::saveAs);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = m_controller->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_controller->undoStack()->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setShortcuts({ QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::Key_Y) });

    m_resetAssumptionsAction = new QAction(tr("Reset All &Assumptions"), this);
    m_resetAssumptionsAction->setObjectName(QStringLiteral("resetAssumptionsAction"));
    connect(m_resetAssumptionsAction, &QAction::triggered, m_controller, &ScenarioController::resetAllConstants);

    m_aboutAction = new QAction(tr("&About Engram Capacity Workbench"), this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    file->addSeparator();
    file->addAction(m_saveAction);
    file->addAction(m_saveAsAction);
    m_fileExtrasSeparator = file->addSeparator();
    file->addAction(m_quitAction);
    m_fileMenu = file;

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_resetAssumptionsAction);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    const QString tabNames[] = { tr("&Breakdown"), tr("&Line Items"), tr("A&ssumptions") };
    for (int i = 0; i < 3; ++i) {
        QAction* action = view->addAction(tabNames[i]);
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, i] { m_tabs->setCurrentIndex(i); });
    }
    const QString forecastNames[] = { tr("F&orecast"), tr("&Cost"), tr("O&perations"), tr("O&bserved") };
    QWidget* const forecastPages[] = { m_forecastTab, m_costTab, m_operationsTab, m_observedTab };
    for (int i = 0; i < 4; ++i) {
        QAction* action = view->addAction(forecastNames[i]);
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_4 + i)));
        QWidget* page = forecastPages[i];
        connect(action, &QAction::triggered, this, [this, page] { m_tabs->setCurrentWidget(page); });
    }
    QAction* inputs = view->addAction(tr("Go to &Inputs"));
    inputs->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(inputs, &QAction::triggered, this, [this] {
        QSlider* nodes = m_inputPanel->control(InputId::Nodes)->slider();
        m_inputPanel->ensureWidgetVisible(nodes);
        nodes->setFocus(Qt::ShortcutFocusReason);
    });
    view->addSeparator();
    auto* profiles = new QActionGroup(this);
    QAction* full = view->addAction(tr("&Full Profile"));
    QAction* reference = view->addAction(tr("&Reference Profile (the Spec's Script)"));
    for (QAction* action : { full, reference }) {
        action->setCheckable(true);
        profiles->addAction(action);
    }
    full->setObjectName(QStringLiteral("fullProfileAction"));
    reference->setObjectName(QStringLiteral("referenceProfileAction"));
    connect(full, &QAction::triggered, this, [this] { m_controller->setProfile(Profile::Full); });
    connect(reference, &QAction::triggered, this, [this] { m_controller->setProfile(Profile::Reference); });
    auto syncProfile = [this, full, reference] {
        const bool isFull = m_controller->document().profile == Profile::Full;
        full->setChecked(isFull);
        reference->setChecked(!isFull);
    };
    connect(m_controller, &ScenarioController::documentChanged, this, syncProfile);
    syncProfile();

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
    QAction* aboutQt = help->addAction(tr("About &Qt"));
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createForecastViews()
{
    // Tabs 3 to 6, after the breakdown, line items and assumptions: Forecast, Cost, Operations and Observed. They
    // recompute only while shown.
    m_forecast = new ForecastController(m_controller, this);
    m_forecastTab = new ForecastTab(m_controller, m_forecast, this);
    m_costTab = new CostTab(m_forecast, this);
    m_tabs->addTab(m_forecastTab, tr("Fore&cast"));
    m_tabs->addTab(m_costTab, tr("Cost"));
    m_operationsTab = new OperationsTab(m_controller, m_forecast, this);
    m_tabs->addTab(m_operationsTab, tr("Operations"));
    m_observedTab = new ObservedTab(m_controller, m_forecast, this);
    m_tabs->addTab(m_observedTab, tr("Observed"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_observedTab),
                          tr("Telemetry from a file or Prometheus: observed against predicted, proposed calibrations, "
                             "the fitted growth and right-sizing (Ctrl+7)"));
    connect(m_observedTab, &ObservedTab::statusMessage, this, &MainWindow::reportRejected);
    m_tabs->setTabToolTip(m_tabs->indexOf(m_forecastTab),
                          tr("Growth settings, the 30/60/90-day table, runway and growth charts (Ctrl+4)"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_costTab),
                          tr("Price book, recommended instances, monthly cost per cloud and cost curves (Ctrl+5)"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_operationsTab),
                          tr("Scaling advisor on the observed state, and the generated deployment artifacts (Ctrl+6)"));
    connect(m_forecastTab, &ForecastTab::editRejected, this, &MainWindow::reportRejected);
    CostSettingsPanel* costSettings = m_costTab->settingsPanel();
    connect(costSettings, &CostSettingsPanel::errorOccurred, this,
            [this](const QString& title, const QString& message) { m_prompter->showError(this, title, message); });
    connect(costSettings, &CostSettingsPanel::statusMessage, this, &MainWindow::reportRejected);
    if (!m_forecast->startupProblem().isEmpty())
        statusBar()->showMessage(m_forecast->startupProblem(), kStatusMessageMs);
}

void MainWindow::createExportActions()
{
    m_exportActions = new ExportActions(this, [this] { return m_controller->document(); });
    // The worksheet prices with the book, discounts, pricing model and date the Cost tab shows.
    const auto syncCosts = [this] {
        WorksheetExporter& exporter = m_exportActions->exporter();
        exporter.setPriceBook(m_forecast->priceBook());
        exporter.setCostOptions(m_forecast->costOptions());
        exporter.setClock(&m_forecast->clock());
    };
    syncCosts();
    connect(m_forecast, &ForecastController::costSettingsChanged, this, syncCosts);
    // With telemetry loaded, the worksheet gains its "Observed vs predicted" section (asked for at export time,
    // so it is the calibration of the scenario being exported).
    m_exportActions->exporter().setCalibrationSource([this] { return m_observedTab->calibration(); });
    const auto syncDirectory = [this] {
        if (!m_controller->filePath().isEmpty())
            m_exportActions->setDirectory(QFileInfo(m_controller->filePath()).absolutePath());
    };
    syncDirectory();
    connect(m_controller, &ScenarioController::filePathChanged, this, syncDirectory);
    connect(m_exportActions, &ExportActions::exported, this,
            [this](const QString&, const QString& message) { statusBar()->showMessage(message, kStatusMessageMs); });
    addFileActions(m_exportActions->actions());
}

void MainWindow::addFileActions(const QList<QAction*>& actions)
{
    // A group of their own: a separator, then the actions, then the separator above Quit.
    m_fileMenu->insertSeparator(m_fileExtrasSeparator);
    m_fileMenu->insertActions(m_fileExtrasSeparator, actions);
}

void MainWindow::readSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    const int width = size().width();
    if (!m_mainSplitter->restoreState(settings.value(QStringLiteral("window/mainSplitter")).toByteArray()))
        m_mainSplitter->setSizes({ std::max(m_inputPanel->minimumWidth(), 400), width - 400 });
    if (!m_outputSplitter->restoreState(settings.value(QStringLiteral("window/outputSplitter")).toByteArray()))
        m_outputSplitter->setSizes({ height() - 150, 150 });
    if (!m_lineItemSplitter->restoreState(settings.value(QStringLiteral("window/lineItemSplitter")).toByteArray()))
        m_lineItemSplitter->setSizes({ 470, 400 });
    m_tabs->setCurrentIndex(
        std::clamp(settings.value(QStringLiteral("window/tab"), 0).toInt(), 0, m_tabs->count() - 1));
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/mainSplitter"), m_mainSplitter->saveState());
    settings.setValue(QStringLiteral("window/outputSplitter"), m_outputSplitter->saveState());
    settings.setValue(QStringLiteral("window/lineItemSplitter"), m_lineItemSplitter->saveState());
    settings.setValue(QStringLiteral("window/tab"), m_tabs->currentIndex());
}

void MainWindow::updateTitle()
{
    // "[*]" is where Qt shows the unsaved-changes marker.
    QString title = m_controller->displayName() + QStringLiteral("[*]") + m_controller->presetSuffix();
    if (!m_controller->filePath().isEmpty())
        title += QStringLiteral(" \u2014 ") + QFileInfo(m_controller->filePath()).fileName();
    title += QStringLiteral(" \u2014 ") + applicationTitle();
    if (windowTitle() != title)
        setWindowTitle(title);
    setWindowModified(!m_controller->isClean());
    setWindowFilePath(m_controller->filePath());
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = RecentFiles::load();
    for (int i = 0; i < files.size(); ++i) {
        const QString& path = files[i];
        QAction* action = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(
            QDir::toNativeSeparators(path).replace(QLatin1Char('&'), QStringLiteral("&&"))));
        connect(action, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    if (!files.isEmpty())
        m_recentMenu->addSeparator();
    QAction* clear = m_recentMenu->addAction(tr("&Clear Recent Files"));
    clear->setEnabled(!files.isEmpty());
    connect(clear, &QAction::triggered, this, [this] {
        RecentFiles::clear();
        updateRecentMenu();
    });
}

bool MainWindow::maybeSave()
{
    if (m_controller->isClean())
        return true;
    switch (m_prompter->askUnsavedChanges(this, m_controller->displayName())) {
    case Prompter::UnsavedChoice::Save:
        return save();
    case Prompter::UnsavedChoice::Discard:
        return true;
    case Prompter::UnsavedChoice::Cancel:
        return false;
    }
    return false;
}

bool MainWindow::newScenario()
{
    if (!maybeSave())
        return false;
    m_controller->newScenario();
    statusBar()->showMessage(tr("New scenario from the spec's defaults"), kStatusMessageMs);
    return true;
}

void MainWindow::openDialog()
{
    if (!maybeSave())
        return;
    const QString current = m_controller->filePath();
    const QString directory = current.isEmpty() ? QDir::homePath() : QFileInfo(current).absolutePath();
    const QString path = m_prompter->openFileName(this, directory);
    if (path.isEmpty())
        return;
    const QString error = m_controller->loadFile(path);
    if (!error.isEmpty()) {
        m_prompter->showError(this, tr("Open scenario"), error + tr("\n\nThe scenario on screen is unchanged."));
        return;
    }
    RecentFiles::add(m_controller->filePath());
    updateRecentMenu();
    statusBar()->showMessage(tr("Opened %1").arg(QFileInfo(path).fileName()), kStatusMessageMs);
}

bool MainWindow::openFile(const QString& path)
{
    if (!maybeSave())
        return false;
    const QString error = m_controller->loadFile(path);
    if (!error.isEmpty()) {
        m_prompter->showError(this, tr("Open scenario"), error + tr("\n\nThe scenario on screen is unchanged."));
        if (!QFileInfo::exists(path)) {
            RecentFiles::remove(path);
            updateRecentMenu();
        }
        return false;
    }
    RecentFiles::add(m_controller->filePath());
    updateRecentMenu();
    statusBar()->showMessage(tr("Opened %1").arg(QFileInfo(path).fileName()), kStatusMessageMs);
    return true;
}

bool MainWindow::save()
{
    if (m_controller->filePath().isEmpty())
        return saveAs();
    return saveTo(m_controller->filePath());
}

bool MainWindow::saveAs()
{
    QString suggested = m_controller->filePath();
    if (suggested.isEmpty()) {
        QString stem = toQString(m_controller->document().name).trimmed();
        stem.replace(QLatin1Char('/'), QLatin1Char('-'));
        suggested = QDir::home().filePath((stem.isEmpty() ? tr("scenario") : stem) + QStringLiteral(".ecw.json"));
    }
    const QString path = m_prompter->saveFileName(this, suggested);
    if (path.isEmpty())
        return false;
    return saveTo(path);
}

bool MainWindow::saveTo(const QString& path)
{
    const QString error = m_controller->saveFile(path);
    if (!error.isEmpty()) {
        m_prompter->showError(this, tr("Save scenario"), error);
        return false;
    }
    RecentFiles::add(m_controller->filePath());
    updateRecentMenu();
    updateTitle();
    statusBar()->showMessage(tr("Saved %1").arg(QFileInfo(path).fileName()), kStatusMessageMs);
    return true;
}

void MainWindow::showItem(const QString& itemId)
{
    const QModelIndex index = m_lineItems->indexOf(toStdString(itemId));
    if (!index.isValid())
        return;
    m_tabs->setCurrentWidget(m_lineItemSplitter);
    m_lineItemView->setCurrentIndex(index);
    m_lineItemView->scrollTo(index);
    m_workPanel->showItem(itemId);
}

void MainWindow::reportRejected(const QString& message)
{
    statusBar()->showMessage(message, kStatusMessageMs);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About %1").arg(applicationTitle()),
        tr("<h3>%1 %2</h3><p>Capacity planning for Engram, the tiered graph-memory database: move the inputs and "
           "watch memory, CPU, storage and network follow, every figure with its formula.</p>"
           "<p>The model follows the capacity-planning spec (\u201cScaling Strategies &amp; Capacity "
           "Planning\u201d); its %3 constants are listed, with their sources, under Assumptions.</p>"
           "<p>License: GPL-3.0-or-later.</p>")
            .arg(applicationTitle(), QStringLiteral(ECW_VERSION))
            .arg(kConstantCount));
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_lineItemSplitter && event->type() == QEvent::Resize) {
        const QSize size = m_lineItemSplitter->size();
        const Qt::Orientation wanted = size.width() >= kSideBySideWidth ? Qt::Horizontal : Qt::Vertical;
        if (m_lineItemSplitter->orientation() != wanted) {
            m_lineItemSplitter->setOrientation(wanted);
            const int extent = wanted == Qt::Horizontal ? size.width() : size.height();
            m_lineItemSplitter->setSizes({ extent * 11 / 20, extent * 9 / 20 });
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    writeSettings();
    m_autosave->discard(); // a normal exit: saved or discarded, nothing left to recover
    event->accept();
}

} // namespace ecw
