// SPDX-License-Identifier: GPL-3.0-or-later
// Writes a worksheet to a PDF file atomically (QSaveFile): a failed export leaves any existing file intact.
#pragma once

#include "WorksheetDocument.h"

#include <QPageSize>
#include <QString>

namespace ecw {

struct PdfExportResult {
    bool ok = false;
    int pages = 0;
    QString error; // "cannot write /no/such/dir/out.pdf: No such file or directory"
};

PdfExportResult exportWorksheetPdf(const WorksheetDocument& worksheet, const QString& path,
                                   QPageSize::PageSizeId pageSize = QPageSize::A4);

} // namespace ecw
