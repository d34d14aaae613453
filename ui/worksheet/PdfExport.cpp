// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfExport.h"

#include "WorksheetPainter.h"

#include <QFileInfo>
#include <QMarginsF>
#include <QPageLayout>
#include <QPdfWriter>
#include <QSaveFile>

namespace ecw {

PdfExportResult exportWorksheetPdf(const WorksheetDocument& worksheet, const QString& path,
                                   QPageSize::PageSizeId pageSize)
{
    PdfExportResult result;
    auto fail = [&](const QString& why) {
        result.ok = false;
        result.error = QStringLiteral("cannot write %1: %2").arg(path, why);
        return result;
    };
    if (QFileInfo(path).isDir())
        return fail(QStringLiteral("it is a folder"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(pageSize));
        writer.setPageMargins(QMarginsF(15, 12, 15, 12), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(QString::fromStdString(worksheet.title));
        writer.setCreator(QStringLiteral("Engram Capacity Workbench"));
        result.pages = WorksheetPainter(worksheet).paint(writer);
    }
    if (result.pages <= 0) {
        file.cancelWriting();
        return fail(QStringLiteral("the PDF could not be painted"));
    }
    if (file.error() != QFileDevice::NoError) {
        const QString why = file.errorString();
        file.cancelWriting();
        return fail(why);
    }
    if (!file.commit())
        return fail(file.errorString());
    result.ok = true;
    return result;
}

} // namespace ecw
