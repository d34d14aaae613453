// SPDX-License-Identifier: GPL-3.0-or-later
// The workbench window: inputs on the left, the live outputs on the right (totals, a tab per view,
// warnings always visible), File/Edit/View/Help menus, and the scenario file life cycle.
#pragma once

#include <QMainWindow>

#include <memory>

class QAction;
class QMenu;
class QSplitter;
class QTabWidget;
class QTreeView;

namespace ecw {

class AssumptionsPanel;
class Autosave;
class AutosavePrompter;
class CostTab;
class ObservedTab;
class OperationsTab;
class ExportActions;
class ForecastController;
class ForecastTab;
class FindingsList;
class InputPanel;
class LineItemModel;
class Prompter;
class ScenarioController;
class TierBreakdownChart;
class TotalsPanel;
class WorkPanel;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    ScenarioController* controller() const { return m_controller; }
    InputPanel* inputPanel() const { return m_inputPanel; }
    TotalsPanel* totalsPanel() const { return m_totals; }
    TierBreakdownChart* breakdownChart() const { return m_breakdown; }
    LineItemModel* lineItemModel() const { return m_lineItems; }
    QTreeView* lineItemView() const { return m_lineItemView; }
    WorkPanel* workPanel() const { return m_workPanel; }
    FindingsList* findingsList() const { return m_findings; }
    AssumptionsPanel* assumptionsPanel() const { return m_assumptions; }
    // Later views (forecast, cost) add their tabs here.
    QTabWidget* outputTabs() const { return m_tabs; }
    ForecastController* forecastController() const { return m_forecast; }
    ForecastTab* forecastTab() const { return m_forecastTab; }
    CostTab* costTab() const { return m_costTab; }
    OperationsTab* operationsTab() const { return m_operationsTab; }
    ObservedTab* observedTab() const { return m_observedTab; }
    // File > Export PDF..., Export CSV..., Print..., Print Preview...
    ExportActions* exportActions() const { return m_exportActions; }
    // Later file actions (export, print) go into the File menu after Save As, in a group of their own.
    void addFileActions(const QList<QAction*>& actions);
    void setPrompter(std::unique_ptr<Prompter> prompter);
    // Unsaved work is autosaved every 30 s (Autosave.h); at start, main() offers what a crashed session left.
    Autosave* autosave() const { return m_autosave; }
    void setAutosavePrompter(std::unique_ptr<AutosavePrompter> prompter);
    bool offerAutosaveRecovery();

    // File actions; each returns true when it did what it says (false on cancel or error).
    bool newScenario();
    bool openFile(const QString& path);
    bool save();
    bool saveAs();
    bool saveTo(const QString& path);
    // Asks to save unsaved changes; false if the planner cancels.
    bool maybeSave();

    // Shows a figure's work: switches to the line items and selects it.
    void showItem(const QString& itemId);

    static QString applicationTitle();
    static QString applicationVersion();

protected:
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void createActions();
    void createMenus();
    void buildLayout();
    void readSettings();
    void writeSettings() const;
    void updateTitle();
    void updateRecentMenu();
    void openDialog();
    void showAbout();
    void reportRejected(const QString& message);
    void createForecastViews();
    void createExportActions();

    ScenarioController* m_controller = nullptr;
    std::unique_ptr<Prompter> m_prompter;
    Autosave* m_autosave = nullptr;
    std::unique_ptr<AutosavePrompter> m_autosavePrompter;

    InputPanel* m_inputPanel = nullptr;
    TotalsPanel* m_totals = nullptr;
    TierBreakdownChart* m_breakdown = nullptr;
    LineItemModel* m_lineItems = nullptr;
    QTreeView* m_lineItemView = nullptr;
    WorkPanel* m_workPanel = nullptr;
    FindingsList* m_findings = nullptr;
    AssumptionsPanel* m_assumptions = nullptr;
    ForecastController* m_forecast = nullptr;
    ForecastTab* m_forecastTab = nullptr;
    CostTab* m_costTab = nullptr;
    OperationsTab* m_operationsTab = nullptr;
    ObservedTab* m_observedTab = nullptr;
    ExportActions* m_exportActions = nullptr;
    QTabWidget* m_tabs = nullptr;
    QSplitter* m_mainSplitter = nullptr;
    QSplitter* m_outputSplitter = nullptr;
    QSplitter* m_lineItemSplitter = nullptr;

    QAction* m_newAction = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_saveAction = nullptr;
    QAction* m_saveAsAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_resetAssumptionsAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_fileMenu = nullptr;
    QAction* m_fileExtrasSeparator = nullptr;
};

} // namespace ecw
