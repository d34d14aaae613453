// SPDX-License-Identifier: GPL-3.0-or-later
// Writes a worksheet to a PDF file atomically (QSaveFile): a failed export leaves any existing file intact.
#pragma once

#include "WorksheetDocument.h"

#include <QMarginsF>
#include <QPageSize>
#include <QString>

namespace ecw {

struct PdfExportResult {
    bool ok = false;
    int pages = 0;
    QString error; // "cannot write /no/such/dir/out.pdf: No such file or directory"
};

// The worksheet's page margins in millimetres (left, top, right, bottom): the PDF export uses them, and print
// and print preview start from them so every output has the same pages.
inline QMarginsF worksheetPageMargins()
{
    return QMarginsF(15, 12, 15, 12);
}

// Replaces path with bytes through QSaveFile (a temporary file renamed over the target): "" on success, else
// the reason ("No such file or directory", "File too large", "it is a folder"), the target left as it was.
QString saveFileAtomically(const QString& path, const QByteArray& bytes);

PdfExportResult exportWorksheetPdf(const WorksheetDocument& worksheet, const QString& path,
                                   QPageSize::PageSizeId pageSize = QPageSize::A4);

} // namespace ecw
