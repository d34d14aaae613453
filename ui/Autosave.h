// SPDX-License-Identifier: GPL-3.0-or-later
// Autosave of the scenario on screen: every interval (30 s unless a test or --autosave-interval-ms says
// otherwise), if the scenario has unsaved changes, it is written to this session's slot in the autosave
// folder (<AppDataLocation>/autosave): <id>.ecw.json (the scenario file format), <id>.origin (the file
// it belongs to, or "untitled") and <id>.lock (held while the session runs, so another running
// workbench never takes this work for a crashed session's). A clean save, a load, a new scenario, undo
// back to the saved state and a normal exit remove the slot; a crash leaves it for AutosaveRecovery.
#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QLockFile;
class QTimer;

namespace ecw {

class AutosavePrompter;
class ScenarioController;

class Autosave : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultIntervalMs = 30000;
    static constexpr const char* kScenarioSuffix = ".ecw.json";
    static constexpr const char* kOriginSuffix = ".origin";
    static constexpr const char* kLockSuffix = ".lock";
    static constexpr const char* kUntitled = "untitled";

    explicit Autosave(ScenarioController* controller, QObject* parent = nullptr);
    ~Autosave() override; // a normal exit: the slot goes

    // <AppDataLocation>/autosave.
    static QString defaultFolder();
    const QString& folder() const { return m_folder; }
    // Moves the slot to another folder (tests); removes anything written to the old one.
    void setFolder(const QString& folder);
    int interval() const;
    void setInterval(int milliseconds);

    // The tick: writes the scenario if it has unsaved changes not yet autosaved. Returns "" on success or
    // when there was nothing to write, else the reason the write failed (the next tick tries again).
    QString saveNow();
    // Removes this session's slot (the work is saved, discarded or belongs to a file again).
    void discard();
    // This session's autosave file; "" until it writes one.
    QString scenarioPath() const;
    const QString& lastError() const { return m_lastError; }

    // At start: offers each piece of work a crashed session left (newest first) until the planner
    // restores one, which then opens as a modified document (its original file path kept) and is
    // autosaved under this session at once. Declined work is deleted; unreadable work is reported and
    // left. Returns true if something was restored.
    bool offerRecovery(QWidget* parent, AutosavePrompter& prompter);

private:
    void markPending();
    QString pathFor(const char* suffix) const;
    bool lockSlot();

    ScenarioController* m_controller = nullptr;
    QTimer* m_timer = nullptr;
    QString m_folder;
    QString m_id;
    std::unique_ptr<QLockFile> m_lock;
    bool m_written = false; // the slot holds a scenario file
    bool m_pending = false; // changed since the last write
    QString m_lastError;
};

} // namespace ecw
