// SPDX-License-Identifier: GPL-3.0-or-later
// Writes with QSaveFile (a crash mid-write leaves the previous autosave whole) and locks the slot with
// QLockFile with no stale time: only a holder that is no longer running makes a lock stale, never age.
#include "Autosave.h"

#include "AutosavePrompter.h"
#include "AutosaveRecovery.h"
#include "ScenarioController.h"
#include "ScenarioJson.h"

#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>
#include <QUuid>

namespace ecw {

namespace {

QString writeWhole(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return reason;
    }
    if (!file.commit())
        return file.errorString();
    return {};
}

} // namespace

Autosave::Autosave(ScenarioController* controller, QObject* parent)
    : QObject(parent)
    , m_controller(controller)
    , m_timer(new QTimer(this))
    , m_folder(defaultFolder())
    , m_id(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_timer->setInterval(kDefaultIntervalMs);
    connect(m_timer, &QTimer::timeout, this, [this] { saveNow(); });
    connect(m_controller, &ScenarioController::documentChanged, this, &Autosave::markPending);
    connect(m_controller, &ScenarioController::filePathChanged, this, &Autosave::markPending);
    connect(m_controller, &ScenarioController::cleanChanged, this, [this](bool clean) {
        if (clean)
            discard();
    });
    m_timer->start();
}

Autosave::~Autosave()
{
    discard();
}

QString Autosave::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/autosave");
}

void Autosave::setFolder(const QString& folder)
{
    discard();
    m_folder = folder;
    m_pending = true;
}

int Autosave::interval() const
{
    return m_timer->interval();
}

void Autosave::setInterval(int milliseconds)
{
    m_timer->start(std::max(1, milliseconds));
}

void Autosave::markPending()
{
    m_pending = true;
}

QString Autosave::pathFor(const char* suffix) const
{
    return m_folder + QLatin1Char('/') + m_id + QLatin1String(suffix);
}

QString Autosave::scenarioPath() const
{
    return m_written ? pathFor(kScenarioSuffix) : QString();
}

bool Autosave::lockSlot()
{
    if (m_lock && m_lock->isLocked())
        return true;
    m_lock = std::make_unique<QLockFile>(pathFor(kLockSuffix));
    m_lock->setStaleLockTime(0);
    return m_lock->tryLock(0);
}

QString Autosave::saveNow()
{
    if (m_controller->isClean()) {
        discard();
        return {};
    }
    if (m_written && !m_pending)
        return {};
    if (!QDir().mkpath(m_folder))
        m_lastError = tr("cannot create the folder %1").arg(m_folder);
    else if (!lockSlot())
        m_lastError = tr("cannot lock %1").arg(pathFor(kLockSuffix));
    else
        m_lastError.clear();
    if (!m_lastError.isEmpty())
        return m_lastError;

    const QString origin = m_controller->filePath().isEmpty() ? QLatin1String(kUntitled) : m_controller->filePath();
    const std::string text = writeScenarioJson(m_controller->document());
    QString error = writeWhole(pathFor(kOriginSuffix), origin.toUtf8() + '\n');
    if (error.isEmpty())
        error = writeWhole(pathFor(kScenarioSuffix), QByteArray(text.data(), static_cast<qsizetype>(text.size())));
    if (!error.isEmpty()) {
        m_lastError = tr("cannot write the autosave in %1: %2").arg(m_folder, error);
        return m_lastError;
    }
    m_written = true;
    m_pending = false;
    return {};
}

void Autosave::discard()
{
    if (m_written || QFile::exists(pathFor(kOriginSuffix))) {
        QFile::remove(pathFor(kScenarioSuffix));
        QFile::remove(pathFor(kOriginSuffix));
    }
    if (m_lock)
        m_lock->unlock(); // removes the lock file
    m_lock.reset();
    m_written = false;
    m_pending = false;
}

bool Autosave::offerRecovery(QWidget* parent, AutosavePrompter& prompter)
{
    AutosaveRecovery recovery(m_folder);
    for (const AutosaveEntry& entry : recovery.claimLeftovers()) {
        if (!entry.readable) {
            prompter.showUnreadable(parent, entry);
            continue;
        }
        if (!prompter.askRestore(parent, entry)) {
            recovery.remove(entry);
            continue;
        }
        m_controller->adoptRecovered(entry.document, entry.originalPath);
        m_pending = true;
        // Under this session's slot first, so a crash right now still leaves the work somewhere.
        if (saveNow().isEmpty())
            recovery.remove(entry);
        return true;
    }
    return false;
}

} // namespace ecw
