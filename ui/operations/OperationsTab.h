// SPDX-License-Identifier: GPL-3.0-or-later
// The Operations tab: the observed state typed in (or loaded from JSON), the scaling advisor's answer with
// the matched rows, targets and instances per cloud, and the deployment artifacts generated from the current
// estimate, each viewable and saved atomically. Everything recomputes on input change, never on paint; while
// the tab is hidden only the artifacts and the advice are recomputed, the text views catch up when it is shown.
#pragma once

#include "DeploymentArtifacts.h"
#include "ObservedState.h"
#include "ScalingAdvisor.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace ecw {

class ForecastController;
class ScenarioController;

class OperationsTab : public QWidget
{
    Q_OBJECT

public:
    OperationsTab(ScenarioController* controller, ForecastController* forecast, QWidget* parent = nullptr);

    ObservedState observedState() const;
    // Sets every field; invalid states are shown with their problem, never applied half-way.
    void setObservedState(const ObservedState& state);
    // Loads a JSON observed state; returns the error message, empty on success (the form is untouched then).
    QString loadObservedState(const QString& path);
    // Writes the artifact shown (or all, into a folder) atomically; returns the error message, empty on success.
    QString saveArtifact(const QString& path) const;
    QString saveAllArtifacts(const QString& folder) const;
    // Selects the artifact by key ("hpa", "prometheus-rules"); false when there is none.
    bool showArtifact(const QString& key);

    const std::vector<Artifact>& artifacts() const { return m_artifacts; }
    // The advice for the current state and estimate (also while the tab is hidden).
    QString adviceHtml() const { return m_adviceHtml; }
    QString shownArtifactText() const;
    int recomputeCount() const { return m_recomputes; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void buildForm(QWidget* form);
    void recompute();
    // Puts m_adviceHtml and the selected artifact into their text views (the costly part, a few ms).
    void updateViews();
    void showSelectedArtifact();
    void chooseAndLoad();
    void chooseAndSave();
    void chooseAndSaveAll();
    QString renderAdvice(const ScalingAdvice& advice) const;

    ScenarioController* m_controller;
    ForecastController* m_forecast;
    std::vector<QDoubleSpinBox*> m_fields; // one per observedFields()
    QDoubleSpinBox* m_cores = nullptr; // 0: as recommended
    QDoubleSpinBox* m_memoryGiB = nullptr;
    QDoubleSpinBox* m_diskGiB = nullptr;
    QTextBrowser* m_advice = nullptr;
    QComboBox* m_artifactChoice = nullptr;
    QLabel* m_artifactNote = nullptr;
    QPlainTextEdit* m_artifactText = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_saveAll = nullptr;
    std::vector<Artifact> m_artifacts;
    Estimate m_estimate;
    QString m_adviceHtml;
    QString m_adviceShown; // what m_advice holds, so an unchanged advice is not laid out again
    bool m_viewsStale = false;
    bool m_updating = false;
    int m_recomputes = 0;
};

} // namespace ecw
