// SPDX-License-Identifier: GPL-3.0-or-later
// The workbench's side of worksheet export: from the scenario on screen (and the planner's price book and
// discounts, if any) to a PDF, a CSV or a printer, all painting the same FullWorksheet document.
#pragma once

#include "Calibration.h"
#include "Clock.h"
#include "CostModel.h"
#include "PdfExport.h"
#include "PriceBook.h"
#include "ScenarioDocument.h"
#include "WorksheetDocument.h"

#include <QPageSize>
#include <QString>

#include <functional>
#include <memory>

class QPrinter;

namespace ecw {

class WorksheetExporter
{
public:
    WorksheetExporter();

    void setDocument(const ScenarioDocument& document) { m_document = document; }
    const ScenarioDocument& document() const { return m_document; }
    // The book the cost sections price with; null (the default) means the built-in book.
    void setPriceBook(std::shared_ptr<const PriceBook> book) { m_book = std::move(book); }
    void setCostOptions(const CostOptions& options) { m_costOptions = options; }
    // The worksheet's date and day 0 of its forecast; the system clock unless a test or report sets one.
    // The clock must outlive the exporter; nullptr goes back to the system clock.
    void setClock(const Clock* clock) { m_clock = clock; }
    // The calibration against loaded telemetry, asked for at each export; when it gives one, the PDF gains the
    // "Observed vs predicted" section (before the appendix) and the CSV the calibration's rows at its end.
    using CalibrationSource = std::function<std::shared_ptr<const Calibration>()>;
    void setCalibrationSource(CalibrationSource source) { m_calibrationSource = std::move(source); }

    // The document every output paints or writes.
    WorksheetDocument worksheet() const;
    // Atomic (QSaveFile): on failure ok is false, error says why, and an existing file is left as it was.
    PdfExportResult exportPdf(const QString& path, QPageSize::PageSizeId pageSize = QPageSize::A4) const;
    PdfExportResult exportCsv(const QString& path) const;
    // Paints every page on a printer the caller has set up (QPrintDialog, or QPrintPreviewDialog's
    // paintRequested). Returns the page count, 0 if the printer could not be painted on.
    int print(QPrinter& printer) const;

private:
    std::shared_ptr<const PriceBook> effectiveBook() const;
    const Clock& clock() const { return m_clock ? *m_clock : m_systemClock; }
    std::shared_ptr<const Calibration> currentCalibration() const;

    ScenarioDocument m_document;
    std::shared_ptr<const PriceBook> m_book;
    CostOptions m_costOptions;
    SystemClock m_systemClock;
    const Clock* m_clock = nullptr; // not owned; nullptr: m_systemClock
    CalibrationSource m_calibrationSource;
};

} // namespace ecw
