// SPDX-License-Identifier: GPL-3.0-or-later
// File > Export PDF..., Export CSV..., Print..., Print Preview... for the workbench window: four QActions
// with their dialogs, over a WorksheetExporter. The window adds the actions to its menu and says where the
// current scenario comes from; see docs/export.md.
#pragma once

#include "WorksheetExporter.h"

#include <QList>
#include <QObject>
#include <QPageSize>

#include <functional>

class QAction;
class QPrintPreviewDialog;
class QWidget;

namespace ecw {

class ExportActions : public QObject
{
    Q_OBJECT

public:
    using DocumentSource = std::function<ScenarioDocument()>;
    // Asked for a file name to save to: dialog title, suggested path, name filter ("PDF files (*.pdf)").
    // Returns "" when the planner cancels. The default shows a QFileDialog.
    using SaveFileName = std::function<QString(const QString& title, const QString& suggested, const QString& filter)>;
    // Told about a failed export: title and message. The default shows a QMessageBox.
    using ErrorReporter = std::function<void(const QString& title, const QString& message)>;

    // window: parent of the dialogs; source: the scenario to export, read when an action runs.
    ExportActions(QWidget* window, DocumentSource source);

    QAction* exportPdfAction() const { return m_exportPdf; }
    QAction* exportCsvAction() const { return m_exportCsv; }
    QAction* printAction() const { return m_print; }
    QAction* printPreviewAction() const { return m_printPreview; }
    // In menu order: Export PDF..., Export CSV..., Print..., Print Preview...
    QList<QAction*> actions() const;

    // Price book and discounts the cost sections use (the built-in book by default), the clock, ...
    WorksheetExporter& exporter() { return m_exporter; }
    void setSaveFileName(SaveFileName ask) { m_saveFileName = std::move(ask); }
    void setErrorReporter(ErrorReporter report) { m_reportError = std::move(report); }
    // PDF page size: Letter where the system locale measures in US units, else A4, unless set.
    void setPageSize(QPageSize::PageSizeId pageSize) { m_pageSize = pageSize; }
    QPageSize::PageSizeId pageSize() const { return m_pageSize; }
    // Folder the save dialogs start in (the scenario file's folder, say); home by default.
    void setDirectory(const QString& directory) { m_directory = directory; }

    // A preview dialog painting the current scenario's worksheet, not yet shown (printPreview() execs it).
    QPrintPreviewDialog* createPrintPreview();

public slots:
    // Each asks for what it needs, exports, and reports a failure; true when a file was written or printed.
    bool exportPdf();
    bool exportCsv();
    bool print();
    void printPreview();

signals:
    // After a successful export: for the status bar ("Exported worksheet.pdf (15 pages)").
    void exported(const QString& path, const QString& message);

private:
    QString suggestedPath(const QString& suffix) const;
    void refresh();

    QWidget* m_window;
    DocumentSource m_source;
    WorksheetExporter m_exporter;
    SaveFileName m_saveFileName;
    ErrorReporter m_reportError;
    QPageSize::PageSizeId m_pageSize;
    QString m_directory;
    QAction* m_exportPdf = nullptr;
    QAction* m_exportCsv = nullptr;
    QAction* m_print = nullptr;
    QAction* m_printPreview = nullptr;
};

} // namespace ecw
