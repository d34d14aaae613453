// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorksheetExporter.h"

#include "BuiltinPriceBook.h"
#include "CalibrationOutput.h"
#include "CalibrationSection.h"
#include "CsvWriter.h"
#include "FullWorksheet.h"
#include "WorksheetPainter.h"

#include <QFileInfo>
#include <QPrinter>

namespace ecw {

namespace {

FullWorksheetOptions options(std::shared_ptr<const PriceBook> book, const CostOptions& costOptions)
{
    FullWorksheetOptions options;
    options.priceBook = std::move(book);
    options.costOptions = costOptions;
    options.appVersion = ECW_VERSION;
    return options;
}

} // namespace

WorksheetExporter::WorksheetExporter() = default;

std::shared_ptr<const PriceBook> WorksheetExporter::effectiveBook() const
{
    if (m_book)
        return m_book;
    const Result<std::shared_ptr<const PriceBook>>& builtin = builtinPriceBook();
    return builtin ? *builtin : nullptr; // a broken build's book: the worksheet leaves out the cost sections
}

std::shared_ptr<const Calibration> WorksheetExporter::currentCalibration() const
{
    return m_calibrationSource ? m_calibrationSource() : nullptr;
}

WorksheetDocument WorksheetExporter::worksheet() const
{
    const FullWorksheet full(m_document, clock(), options(effectiveBook(), m_costOptions));
    WorksheetDocument document = full.worksheet();
    if (const std::shared_ptr<const Calibration> calibration = currentCalibration())
        insertCalibrationSection(document, *calibration);
    return document;
}

PdfExportResult WorksheetExporter::exportPdf(const QString& path, QPageSize::PageSizeId pageSize) const
{
    return exportWorksheetPdf(worksheet(), path, pageSize);
}

PdfExportResult WorksheetExporter::exportCsv(const QString& path) const
{
    PdfExportResult result;
    auto fail = [&](const QString& why) {
        result.error = QStringLiteral("cannot write %1: %2").arg(path, why);
        return result;
    };
    if (QFileInfo(path).isDir())
        return fail(QStringLiteral("it is a folder"));
    const FullWorksheet full(m_document, clock(), options(effectiveBook(), m_costOptions));
    std::string csv = full.csv();
    if (const std::shared_ptr<const Calibration> calibration = currentCalibration()) {
        // A section of its own after a blank line, like the worksheet's others, with its own header row.
        CsvWriter writer;
        writer.blankLine();
        writeCalibrationCsv(writer, *calibration);
        csv += writer.take();
    }
    if (const QString why = saveFileAtomically(path, QByteArray::fromStdString(csv)); !why.isEmpty())
        return fail(why);
    result.ok = true; // pages stays 0: a CSV has none
    return result;
}

int WorksheetExporter::print(QPrinter& printer) const
{
    const WorksheetDocument document = worksheet();
    return WorksheetPainter(document).paint(printer);
}

} // namespace ecw
