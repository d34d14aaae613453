// SPDX-License-Identifier: GPL-3.0-or-later
// Lays out and paints a worksheet on paged devices (PDF writer, printer): vector charts, real text,
// header and footer with page numbers, and table rows that never split across pages.
#pragma once

#include "WorksheetDocument.h"

class QPagedPaintDevice;

namespace ecw {

class WorksheetPainter
{
public:
    explicit WorksheetPainter(const WorksheetDocument& document);

    // Paints every page on the device (already set up with its page size); returns the page count,
    // or 0 if the device could not be painted on.
    int paint(QPagedPaintDevice& device) const;

private:
    const WorksheetDocument& m_document;
};

} // namespace ecw
