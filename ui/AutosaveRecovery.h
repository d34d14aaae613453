// SPDX-License-Identifier: GPL-3.0-or-later
// Finds the work crashed sessions left in the autosave folder. A slot is left over when its lock can be
// taken: the session that held it is gone (QLockFile sees its process is no longer running) or never
// wrote one. Claimed slots stay locked by this object until it is destroyed, so two workbenches started
// together never offer the same work twice.
#pragma once

#include "AutosaveEntry.h"

#include <QString>

#include <memory>
#include <utility>
#include <vector>

class QLockFile;

namespace ecw {

class AutosaveRecovery
{
public:
    explicit AutosaveRecovery(QString folder);
    ~AutosaveRecovery();

    // The left-over slots, newest first, each read and validated.
    std::vector<AutosaveEntry> claimLeftovers();
    // Deletes a claimed slot's files.
    void remove(const AutosaveEntry& entry);

    static AutosaveEntry read(const QString& folder, const QString& id);

private:
    void release(const QString& id);

    QString m_folder;
    std::vector<std::pair<QString, std::unique_ptr<QLockFile>>> m_locks;
};

} // namespace ecw
