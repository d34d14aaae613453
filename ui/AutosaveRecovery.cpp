// SPDX-License-Identifier: GPL-3.0-or-later
// Reads left-over autosaves the way ScenarioController::loadFile reads scenario files: size limit, the
// scenario parser, then the range checks again.
#include "AutosaveRecovery.h"

#include "Autosave.h"
#include "QtText.h"
#include "ScenarioController.h"
#include "ScenarioJson.h"
#include "Validation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>

#include <algorithm>

namespace ecw {

namespace {

QString idOf(const QFileInfo& info, const char* suffix)
{
    const QString name = info.fileName();
    return name.left(name.size() - static_cast<qsizetype>(qstrlen(suffix)));
}

} // namespace

AutosaveRecovery::AutosaveRecovery(QString folder)
    : m_folder(std::move(folder))
{
}

AutosaveRecovery::~AutosaveRecovery() = default;

AutosaveEntry AutosaveRecovery::read(const QString& folder, const QString& id)
{
    AutosaveEntry entry;
    entry.id = id;
    entry.scenarioPath = folder + QLatin1Char('/') + id + QLatin1String(Autosave::kScenarioSuffix);
    entry.savedAt = QFileInfo(entry.scenarioPath).lastModified();

    QFile origin(folder + QLatin1Char('/') + id + QLatin1String(Autosave::kOriginSuffix));
    if (origin.open(QIODevice::ReadOnly)) {
        const QString path = QString::fromUtf8(origin.read(64 * 1024)).trimmed();
        if (path != QLatin1String(Autosave::kUntitled))
            entry.originalPath = path;
    }

    QFile file(entry.scenarioPath);
    if (!file.open(QIODevice::ReadOnly)) {
        entry.problem = file.errorString();
        return entry;
    }
    if (file.size() > ScenarioController::kMaxScenarioFileBytes) {
        entry.problem = QObject::tr("it is larger than a scenario file can be");
        return entry;
    }
    const QByteArray bytes = file.readAll();
    const Result<ScenarioDocument> parsed = parseScenarioJson(std::string_view(bytes.constData(), bytes.size()));
    if (!parsed) {
        entry.problem = toQString(parsed.error());
        return entry;
    }
    std::vector<ValidationError> errors = validate(parsed->scenario);
    const std::vector<ValidationError> constantErrors = validate(parsed->constants);
    errors.insert(errors.end(), constantErrors.begin(), constantErrors.end());
    if (!errors.empty()) {
        entry.problem = toQString(errors.front().message);
        return entry;
    }
    entry.document = *parsed;
    entry.readable = true;
    return entry;
}

std::vector<AutosaveEntry> AutosaveRecovery::claimLeftovers()
{
    std::vector<AutosaveEntry> entries;
    const QDir dir(m_folder);
    if (!dir.exists())
        return entries;
    const QString scenarioPattern = QLatin1Char('*') + QLatin1String(Autosave::kScenarioSuffix);
    const QFileInfoList scenarios = dir.entryInfoList({ scenarioPattern }, QDir::Files, QDir::Time);
    QStringList ids;
    for (const QFileInfo& info : scenarios)
        ids << idOf(info, Autosave::kScenarioSuffix);

    auto claim = [this](const QString& id) {
        auto lock
            = std::make_unique<QLockFile>(m_folder + QLatin1Char('/') + id + QLatin1String(Autosave::kLockSuffix));
        lock->setStaleLockTime(0); // stale only when its holder is no longer running
        if (!lock->tryLock(0))
            return false;
        m_locks.emplace_back(id, std::move(lock));
        return true;
    };
    for (const QString& id : ids)
        if (claim(id))
            entries.push_back(read(m_folder, id));

    // A session that died between locking its slot and writing the scenario leaves a marker or a lock alone.
    const QString originPattern = QLatin1Char('*') + QLatin1String(Autosave::kOriginSuffix);
    const QString lockPattern = QLatin1Char('*') + QLatin1String(Autosave::kLockSuffix);
    for (const QFileInfo& info : dir.entryInfoList({ originPattern, lockPattern }, QDir::Files)) {
        const bool isOrigin = info.fileName().endsWith(QLatin1String(Autosave::kOriginSuffix));
        const QString id = idOf(info, isOrigin ? Autosave::kOriginSuffix : Autosave::kLockSuffix);
        if (ids.contains(id) || !claim(id))
            continue;
        QFile::remove(m_folder + QLatin1Char('/') + id + QLatin1String(Autosave::kOriginSuffix));
        release(id);
    }
    return entries;
}

void AutosaveRecovery::remove(const AutosaveEntry& entry)
{
    QFile::remove(entry.scenarioPath);
    QFile::remove(m_folder + QLatin1Char('/') + entry.id + QLatin1String(Autosave::kOriginSuffix));
    release(entry.id);
}

void AutosaveRecovery::release(const QString& id)
{
    const auto it = std::find_if(m_locks.begin(), m_locks.end(), [&id](const auto& held) { return held.first == id; });
    if (it == m_locks.end())
        return;
    it->second->unlock(); // removes the lock file
    m_locks.erase(it);
}

} // namespace ecw
