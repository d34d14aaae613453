// SPDX-License-Identifier: GPL-3.0-or-later
// The most recently opened or saved scenario files, newest first, kept in QSettings.
#pragma once

#include <QStringList>

namespace ecw {

class RecentFiles
{
public:
    static constexpr int kMaximum = 8;

    static QStringList load();
    // Moves the path to the front (adding it if new) and saves; returns the new list.
    static QStringList add(const QString& path);
    static QStringList remove(const QString& path);
    static void clear();
};

} // namespace ecw
