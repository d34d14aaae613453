// SPDX-License-Identifier: GPL-3.0-or-later
// The workbench's facade over one scenario: widgets call setInput(), setConstant(), applyPreset()...;
// it keeps the document, the undo stack, the current estimate (recomputed on every change), the file
// path and the clean state, and tells the widgets when any of them changed.
#pragma once

#include "ChangedAssumptions.h"
#include "Estimate.h"
#include "ScenarioDocument.h"

#include <QObject>
#include <QString>

#include <vector>

class QUndoStack;

namespace ecw {

class ScenarioController : public QObject
{
    Q_OBJECT

public:
    explicit ScenarioController(QObject* parent = nullptr);
    ~ScenarioController() override;

    const ScenarioDocument& document() const { return m_document; }
    const Estimate& estimate() const { return m_estimate; }
    const ChangedAssumptions& changedAssumptions() const { return m_changedAssumptions; }
    QUndoStack* undoStack() const { return m_undoStack; }
    const QString& filePath() const { return m_filePath; }
    bool isClean() const;
    // The preset's display name, or "" when the scenario did not come from a preset.
    QString presetName() const;
    // The name, or "Untitled scenario" when it is blank.
    QString displayName() const;
    // "" or " (preset X)" or " (from preset X, changed)".
    QString presetSuffix() const;
    // displayName() + presetSuffix(), for titles.
    QString titleText() const;

    // A fresh key for one gesture (a slider drag): every setInput() with the same non-zero key while
    // that command is on top of the undo stack merges into one undo step.
    int newMergeKey() { return ++m_lastMergeKey; }

    // Each returns "" when applied (or when nothing changed), else a message naming the field and its
    // allowed range; nothing changes on an error.
    QString setInput(InputId id, double value, int mergeKey = 0);
    QString setConstant(ConstantId id, double value);
    void resetConstant(ConstantId id);
    // Several at once, as one undo step.
    void resetConstants(const std::vector<ConstantId>& ids);
    void resetAllConstants();
    // Sets every input to the preset's values (the rest to defaults) and records the preset; "" clears
    // the preset association without touching the inputs.
    QString applyPreset(const QString& presetId);
    void setProfile(Profile profile);
    void setName(const QString& name);
    void setNotes(const QString& notes);
    // Replaces the growth settings as one undo step named text. A new expected compound rate also becomes
    // the scenario's growth-rate input, so backup sizing grows at the rate the forecast expects. "" when
    // applied (or nothing changed), else each problem naming its field and range; nothing changes then.
    QString setForecast(const ForecastSettings& settings, const QString& text, int mergeKey = 0);

    // Files. load and save return "" on success, else a message naming the file and the problem; on a
    // failed load the document on screen is untouched.
    void newScenario();
    QString loadFile(const QString& path);
    QString saveFile(const QString& path);
    // Crash recovery: shows an autosaved document as modified (nothing to undo, not clean) under the path of
    // the file it belongs to ("" for untitled), so Save writes it back there.
    void adoptRecovered(const ScenarioDocument& document, const QString& originalPath);

    static constexpr qint64 kMaxScenarioFileBytes = 16 * 1024 * 1024;

Q_SIGNALS:
    // Inputs, constants, preset, profile, name or notes changed (by an edit, undo, redo or a load).
    void documentChanged();
    // The estimate was recomputed; it always follows documentChanged().
    void estimateChanged();
    void filePathChanged(const QString& path);
    void cleanChanged(bool clean);

private:
    friend class EditDocumentCommand;

    // Applies a document snapshot (from a command's redo/undo) and recomputes.
    void restore(const ScenarioDocument& document);
    void push(const QString& text, const ScenarioDocument& after, int mergeKey);
    void recompute();
    void replaceDocument(const ScenarioDocument& document, const QString& path);
    bool presetStillMatches(const ScenarioDocument& document) const;

    ScenarioDocument m_document;
    Estimate m_estimate;
    ChangedAssumptions m_changedAssumptions;
    QUndoStack* m_undoStack = nullptr;
    QString m_filePath;
    int m_lastMergeKey = 0;
    int m_nameMergeKey = 0;
    int m_notesMergeKey = 0;
};

} // namespace ecw
