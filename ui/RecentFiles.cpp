// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecentFiles.h"

#include <QSettings>

namespace ecw {

namespace {

const QString kKey = QStringLiteral("recentFiles");

void save(const QStringList& files)
{
    QSettings settings;
    settings.setValue(kKey, files);
}

} // namespace

QStringList RecentFiles::load()
{
    QSettings settings;
    QStringList files = settings.value(kKey).toStringList();
    files.removeAll(QString());
    files.removeDuplicates();
    while (files.size() > kMaximum)
        files.removeLast();
    return files;
}

QStringList RecentFiles::add(const QString& path)
{
    QStringList files = load();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > kMaximum)
        files.removeLast();
    save(files);
    return files;
}

QStringList RecentFiles::remove(const QString& path)
{
    QStringList files = load();
    files.removeAll(path);
    save(files);
    return files;
}

void RecentFiles::clear()
{
    save({});
}

} // namespace ecw
