// SPDX-License-Identifier: GPL-3.0-or-later
// Edits become undo commands; every applied document is recomputed in place with estimateInto so a
// slider drag allocates no new estimate.
#include "ScenarioController.h"

#include "CapacityModel.h"
#include "GrowthCurve.h"
#include "Presets.h"
#include "QtText.h"
#include "ScenarioJson.h"
#include "Validation.h"
#include "commands/EditDocumentCommand.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QUndoStack>

namespace ecw {

namespace {

QString fileLabel(const QString& path)
{
    return QFileInfo(path).fileName();
}

QString joinErrors(const std::vector<ValidationError>& errors)
{
    QStringList lines;
    for (const ValidationError& error : errors)
        lines << toQString(error.message);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

ScenarioController::ScenarioController(QObject* parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
{
    m_nameMergeKey = newMergeKey();
    m_notesMergeKey = newMergeKey();
    connect(m_undoStack, &QUndoStack::cleanChanged, this, &ScenarioController::cleanChanged);
    recompute();
}

ScenarioController::~ScenarioController()
{
    // Commands hold a pointer to this controller; drop them before members go, silently.
    blockSignals(true);
    m_undoStack->clear();
}

bool ScenarioController::isClean() const
{
    return m_undoStack->isClean();
}

QString ScenarioController::presetName() const
{
    if (m_document.preset.empty())
        return {};
    if (const Preset* preset = findPreset(m_document.preset))
        return toQString(preset->name);
    return toQString(m_document.preset);
}

QString ScenarioController::displayName() const
{
    const QString name = toQString(m_document.name).trimmed();
    return name.isEmpty() ? tr("Untitled scenario") : name;
}

QString ScenarioController::presetSuffix() const
{
    if (m_document.preset.empty())
        return {};
    return m_document.presetModified ? tr(" (from preset %1, changed)").arg(presetName())
                                     : tr(" (preset %1)").arg(presetName());
}

QString ScenarioController::titleText() const
{
    return displayName() + presetSuffix();
}

bool ScenarioController::presetStillMatches(const ScenarioDocument& document) const
{
    const Preset* preset = findPreset(document.preset);
    return preset && presetScenario(*preset) == document.scenario;
}

void ScenarioController::push(const QString& text, const ScenarioDocument& after, int mergeKey)
{
    if (after == m_document)
        return;
    m_undoStack->push(new EditDocumentCommand(this, text, m_document, after, mergeKey));
}

QString ScenarioController::setInput(InputId id, double value, int mergeKey)
{
    if (const auto error = checkInput(id, value))
        return toQString(error->message);
    if (m_document.scenario[id] == value)
        return {};
    ScenarioDocument after = m_document;
    after.scenario.set(id, value);
    if (!after.preset.empty()) {
        // "Changed" means the inputs differ from the preset's; dragging back to its value clears it.
        // A preset this build does not know (from a newer file) stays as the file said, or changed.
        after.presetModified = findPreset(after.preset) ? !presetStillMatches(after) : true;
    }
    const InputSpec& spec = inputSpec(id);
    push(tr("Set %1 to %2").arg(toQString(spec.label), humanText(value, spec.unit)), after, mergeKey);
    return {};
}

QString ScenarioController::setConstant(ConstantId id, double value)
{
    if (const auto error = checkConstant(id, value))
        return toQString(error->message);
    ScenarioDocument after = m_document;
    after.constants.set(id, value);
    const ConstantSpec& spec = constantSpec(id);
    push(tr("Set assumption %1 to %2").arg(toQString(spec.symbol), humanText(value, spec.unit)), after, 0);
    return {};
}

void ScenarioController::resetConstant(ConstantId id)
{
    ScenarioDocument after = m_document;
    after.constants.reset(id);
    push(tr("Reset assumption %1").arg(toQString(constantSpec(id).symbol)), after, 0);
}

void ScenarioController::resetConstants(const std::vector<ConstantId>& ids)
{
    if (ids.size() == 1) {
        resetConstant(ids.front());
        return;
    }
    ScenarioDocument after = m_document;
    for (ConstantId id : ids)
        after.constants.reset(id);
    push(tr("Reset %1 assumptions").arg(ids.size()), after, 0);
}

void ScenarioController::resetAllConstants()
{
    ScenarioDocument after = m_document;
    after.constants.resetAll();
    push(tr("Reset all assumptions"), after, 0);
}

QString ScenarioController::applyPreset(const QString& presetId)
{
    ScenarioDocument after = m_document;
    if (presetId.isEmpty()) {
        after.preset.clear();
        after.presetModified = false;
        push(tr("Detach from preset"), after, 0);
        return {};
    }
    const Preset* preset = findPreset(toStdString(presetId));
    if (!preset)
        return tr("There is no preset named \u201c%1\u201d.").arg(presetId);
    after.scenario = presetScenario(*preset);
    after.preset = std::string(preset->id);
    after.presetModified = false;
    push(tr("Apply preset %1").arg(toQString(preset->name)), after, 0);
    return {};
}

void ScenarioController::setProfile(Profile profile)
{
    ScenarioDocument after = m_document;
    after.profile = profile;
    push(tr("Use the %1 profile").arg(toQString(profileName(profile))), after, 0);
}

void ScenarioController::setName(const QString& name)
{
    ScenarioDocument after = m_document;
    after.name = toStdString(name);
    push(tr("Rename scenario"), after, m_nameMergeKey);
}

void ScenarioController::setNotes(const QString& notes)
{
    ScenarioDocument after = m_document;
    after.notes = toStdString(notes);
    push(tr("Edit notes"), after, m_notesMergeKey);
}

QString ScenarioController::setForecast(const ForecastSettings& settings, const QString& text, int mergeKey)
{
    QStringList problems;
    for (const std::string& problem : validateForecastSettings(settings))
        problems << toQString(problem);
    if (!problems.isEmpty())
        return problems.join(QLatin1Char('\n'));
    ScenarioDocument after = m_document;
    after.forecast = settings;
    if (settings.rateExpected != m_document.forecast.rateExpected) {
        if (const auto error = checkInput(InputId::DailyGrowthRate, settings.rateExpected))
            return toQString(error->message);
        after.scenario.set(InputId::DailyGrowthRate, settings.rateExpected);
        if (!after.preset.empty())
            after.presetModified = findPreset(after.preset) ? !presetStillMatches(after) : true;
    }
    push(text, after, mergeKey);
    return {};
}

void ScenarioController::restore(const ScenarioDocument& document)
{
    m_document = document;
    Q_EMIT documentChanged();
    recompute();
}

void ScenarioController::recompute()
{
    estimateInto(m_estimate, m_document.scenario, m_document.constants, m_document.profile);
    m_changedAssumptions.update(m_estimate);
    Q_EMIT estimateChanged();
}

void ScenarioController::replaceDocument(const ScenarioDocument& document, const QString& path)
{
    m_undoStack->clear();
    m_document = document;
    if (m_filePath != path) {
        m_filePath = path;
        Q_EMIT filePathChanged(m_filePath);
    }
    m_undoStack->setClean();
    Q_EMIT documentChanged();
    recompute();
    Q_EMIT cleanChanged(true);
}

void ScenarioController::adoptRecovered(const ScenarioDocument& document, const QString& originalPath)
{
    replaceDocument(document, originalPath);
    m_undoStack->resetClean(); // emits cleanChanged(false): the title shows the unsaved marker
}

void ScenarioController::newScenario()
{
    replaceDocument(ScenarioDocument {}, QString());
}

QString ScenarioController::loadFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("Could not open \u201c%1\u201d: %2.").arg(fileLabel(path), file.errorString());
    if (file.size() > kMaxScenarioFileBytes)
        return tr("\u201c%1\u201d is not a scenario file: it is %2, and scenario files are at most %3.")
            .arg(fileLabel(path), humanText(static_cast<double>(file.size()), Unit::Bytes),
                 humanText(static_cast<double>(kMaxScenarioFileBytes), Unit::Bytes));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return tr("Could not read \u201c%1\u201d: %2.").arg(fileLabel(path), file.errorString());

    const Result<ScenarioDocument> parsed = parseScenarioJson(std::string_view(bytes.constData(), bytes.size()));
    if (!parsed)
        return tr("\u201c%1\u201d could not be opened: %2").arg(fileLabel(path), toQString(parsed.error()));
    // The parser range-checks too; checking again here keeps a lenient parser from putting an
    // out-of-range value on screen.
    std::vector<ValidationError> errors = validate(parsed->scenario);
    const std::vector<ValidationError> constantErrors = validate(parsed->constants);
    errors.insert(errors.end(), constantErrors.begin(), constantErrors.end());
    if (!errors.empty())
        return tr("\u201c%1\u201d could not be opened: %2").arg(fileLabel(path), joinErrors(errors));

    replaceDocument(*parsed, QFileInfo(path).absoluteFilePath());
    return {};
}

QString ScenarioController::saveFile(const QString& path)
{
    const std::string text = writeScenarioJson(m_document);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Could not save \u201c%1\u201d: %2.").arg(fileLabel(path), file.errorString());
    if (file.write(text.data(), static_cast<qint64>(text.size())) != static_cast<qint64>(text.size())) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return tr("Could not save \u201c%1\u201d: %2.").arg(fileLabel(path), reason);
    }
    if (!file.commit())
        return tr("Could not save \u201c%1\u201d: %2.").arg(fileLabel(path), file.errorString());
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (m_filePath != absolute) {
        m_filePath = absolute;
        Q_EMIT filePathChanged(m_filePath);
    }
    m_undoStack->setClean();
    return {};
}

} // namespace ecw
