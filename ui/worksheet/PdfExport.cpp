// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF is painted into memory first and then written in one go: a failed write (a full disk) is seen at
// the write that failed, with its reason, instead of being lost inside the PDF engine's own writes.
#include "PdfExport.h"

#include "WorksheetPainter.h"

#include <QBuffer>
#include <QFileInfo>
#include <QPageLayout>
#include <QPdfWriter>
#include <QSaveFile>

namespace ecw {

QString saveFileAtomically(const QString& path, const QByteArray& bytes)
{
    if (QFileInfo(path).isDir())
        return QStringLiteral("it is a folder");
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    qint64 done = 0;
    while (done < bytes.size()) {
        // A short write (the disk filled up mid-way) is followed by one that fails and says why.
        const qint64 written = file.write(bytes.constData() + done, bytes.size() - done);
        if (written <= 0) {
            const QString why = file.errorString();
            file.cancelWriting();
            return why;
        }
        done += written;
    }
    if (!file.commit())
        return file.errorString();
    return {};
}

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
    {
        // Fail early, before painting, when the folder is missing or not writable.
        QSaveFile probe(path);
        if (!probe.open(QIODevice::WriteOnly))
            return fail(probe.errorString());
        probe.cancelWriting();
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(pageSize));
        writer.setPageMargins(worksheetPageMargins(), QPageLayout::Millimeter);
        // Coordinates only (the layout is resolution-independent, see WorksheetPainter): 300 dpi keeps them short.
        writer.setResolution(300);
        writer.setTitle(QString::fromStdString(worksheet.title));
        writer.setCreator(QStringLiteral("Engram Capacity Workbench"));
        result.pages = WorksheetPainter(worksheet).paint(writer);
    }
    if (result.pages <= 0)
        return fail(QStringLiteral("the PDF could not be painted"));
    if (const QString why = saveFileAtomically(path, buffer.data()); !why.isEmpty())
        return fail(why);
    result.ok = true;
    return result;
}

} // namespace ecw
