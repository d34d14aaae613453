// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportActions.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeySequence>
#include <QLocale>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QWidget>

namespace ecw {

ExportActions::ExportActions(QWidget* window, DocumentSource source)
    : QObject(window)
    , m_window(window)
    , m_source(std::move(source))
    , m_pageSize(QLocale::system().measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter : QPageSize::A4)
    , m_directory(QDir::homePath())
{
    m_saveFileName = [this](const QString& title, const QString& suggested, const QString& filter) {
        return QFileDialog::getSaveFileName(m_window, title, suggested, filter);
    };
    m_reportError
        = [this](const QString& title, const QString& message) { QMessageBox::warning(m_window, title, message); };

    m_exportPdf = new QAction(tr("Export &PDF..."), this);
    m_exportPdf->setObjectName(QStringLiteral("exportPdfAction"));
    m_exportPdf->setStatusTip(tr("Write the worksheet with every formula, forecast and cost as a PDF file"));
    connect(m_exportPdf, &QAction::triggered, this, &ExportActions::exportPdf);

    m_exportCsv = new QAction(tr("Export &CSV..."), this);
    m_exportCsv->setObjectName(QStringLiteral("exportCsvAction"));
    m_exportCsv->setStatusTip(tr("Write the worksheet's figures as a CSV file for spreadsheets"));
    connect(m_exportCsv, &QAction::triggered, this, &ExportActions::exportCsv);

    m_print = new QAction(tr("P&rint..."), this);
    m_print->setObjectName(QStringLiteral("printAction"));
    m_print->setShortcut(QKeySequence::Print);
    m_print->setStatusTip(tr("Print the worksheet"));
    connect(m_print, &QAction::triggered, this, &ExportActions::print);

    m_printPreview = new QAction(tr("Print Pre&view..."), this);
    m_printPreview->setObjectName(QStringLiteral("printPreviewAction"));
    m_printPreview->setStatusTip(tr("Show the worksheet's pages as they will print"));
    connect(m_printPreview, &QAction::triggered, this, &ExportActions::printPreview);
}

QList<QAction*> ExportActions::actions() const
{
    return { m_exportPdf, m_exportCsv, m_print, m_printPreview };
}

void ExportActions::refresh()
{
    if (m_source)
        m_exporter.setDocument(m_source());
}

QString ExportActions::suggestedPath(const QString& suffix) const
{
    QString name = QString::fromStdString(m_exporter.document().name).trimmed();
    name.replace(QRegularExpression(QStringLiteral("[/\\\\:*?\"<>|]")), QStringLiteral("-"));
    if (name.isEmpty())
        name = QStringLiteral("worksheet");
    return QDir(m_directory).filePath(name + QStringLiteral(" worksheet.") + suffix);
}

bool ExportActions::exportPdf()
{
    refresh();
    const QString path
        = m_saveFileName(tr("Export PDF"), suggestedPath(QStringLiteral("pdf")), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return false;
    const PdfExportResult result = m_exporter.exportPdf(path, m_pageSize);
    if (!result.ok) {
        m_reportError(tr("Export PDF"), result.error);
        return false;
    }
    m_directory = QFileInfo(path).absolutePath();
    emit exported(path, tr("Exported %1 (%n page(s))", nullptr, result.pages).arg(QFileInfo(path).fileName()));
    return true;
}

bool ExportActions::exportCsv()
{
    refresh();
    const QString path
        = m_saveFileName(tr("Export CSV"), suggestedPath(QStringLiteral("csv")), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return false;
    const PdfExportResult result = m_exporter.exportCsv(path);
    if (!result.ok) {
        m_reportError(tr("Export CSV"), result.error);
        return false;
    }
    m_directory = QFileInfo(path).absolutePath();
    emit exported(path, tr("Exported %1").arg(QFileInfo(path).fileName()));
    return true;
}

bool ExportActions::print()
{
    refresh();
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(m_pageSize));
    printer.setPageMargins(worksheetPageMargins(), QPageLayout::Millimeter);
    printer.setDocName(QString::fromStdString(m_exporter.document().name));
    QPrintDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("Print Worksheet"));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (m_exporter.print(printer) <= 0) {
        m_reportError(tr("Print"), tr("The worksheet could not be sent to %1.").arg(printer.printerName()));
        return false;
    }
    return true;
}

QPrintPreviewDialog* ExportActions::createPrintPreview()
{
    refresh();
    auto* printer = new QPrinter(QPrinter::HighResolution);
    printer->setPageSize(QPageSize(m_pageSize));
    printer->setPageMargins(worksheetPageMargins(), QPageLayout::Millimeter);
    printer->setDocName(QString::fromStdString(m_exporter.document().name));
    auto* dialog = new QPrintPreviewDialog(printer, m_window);
    dialog->setObjectName(QStringLiteral("worksheetPrintPreviewDialog"));
    dialog->setWindowTitle(tr("Print Preview"));
    // The printer lives exactly as long as the dialog.
    connect(dialog, &QObject::destroyed, this, [printer] { delete printer; });
    connect(dialog, &QPrintPreviewDialog::paintRequested, this,
            [this](QPrinter* target) { m_exporter.print(*target); });
    return dialog;
}

void ExportActions::printPreview()
{
    QPrintPreviewDialog* dialog = createPrintPreview();
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->exec();
}

} // namespace ecw
