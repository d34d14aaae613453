// SPDX-License-Identifier: GPL-3.0-or-later
#include "OperationsTab.h"

#include "ArtifactRunway.h"
#include "BuiltinPriceBook.h"
#include "ForecastController.h"
#include "MainWindow.h"
#include "OperationsJson.h"
#include "QtText.h"
#include "ScenarioController.h"
#include "Units.h"

#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <cmath>

namespace ecw {

namespace {

QString escaped(std::string_view text)
{
    return toQString(text).toHtmlEscaped();
}

QString usd(double value)
{
    const QString sign = value < 0 ? QStringLiteral("-") : (value > 0 ? QStringLiteral("+") : QString());
    return sign + QStringLiteral("$") + toQString(formatGrouped(std::abs(value)));
}

QString writeAtomically(const QString& path, const std::string& text)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QObject::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    file.write(text.data(), static_cast<qint64>(text.size()));
    if (!file.commit())
        return QObject::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

std::shared_ptr<const PriceBook> bookOf(const ForecastController* forecast)
{
    if (forecast && forecast->priceBook())
        return forecast->priceBook();
    const auto& builtin = builtinPriceBook();
    return builtin ? *builtin : nullptr;
}

} // namespace

OperationsTab::OperationsTab(ScenarioController* controller, ForecastController* forecast, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_forecast(forecast)
{
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    auto* formArea = new QScrollArea(splitter);
    formArea->setWidgetResizable(true);
    auto* form = new QWidget(formArea);
    buildForm(form);
    formArea->setWidget(form);

    auto* right = new QSplitter(Qt::Vertical, splitter);
    m_advice = new QTextBrowser(right);
    m_advice->setObjectName(QStringLiteral("operationsAdvice"));
    m_advice->setOpenLinks(false);

    auto* artifacts = new QWidget(right);
    auto* artifactLayout = new QVBoxLayout(artifacts);
    artifactLayout->setContentsMargins(0, 0, 0, 0);
    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("&Artifact:"), artifacts));
    m_artifactChoice = new QComboBox(artifacts);
    m_artifactChoice->setObjectName(QStringLiteral("artifactChoice"));
    for (ArtifactKind kind : artifactKinds())
        m_artifactChoice->addItem(toQString(artifactTitle(kind)), toQString(artifactKey(kind)));
    static_cast<QLabel*>(bar->itemAt(0)->widget())->setBuddy(m_artifactChoice);
    bar->addWidget(m_artifactChoice, 1);
    m_save = new QPushButton(tr("&Save As..."), artifacts);
    m_saveAll = new QPushButton(tr("Save A&ll to Folder..."), artifacts);
    bar->addWidget(m_save);
    bar->addWidget(m_saveAll);
    artifactLayout->addLayout(bar);
    m_artifactNote = new QLabel(artifacts);
    m_artifactNote->setWordWrap(true);
    artifactLayout->addWidget(m_artifactNote);
    m_artifactText = new QPlainTextEdit(artifacts);
    m_artifactText->setObjectName(QStringLiteral("artifactText"));
    m_artifactText->setReadOnly(true);
    m_artifactText->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_artifactText->setFont(QFont(QStringLiteral("DejaVu Sans Mono")));
    artifactLayout->addWidget(m_artifactText, 1);
    right->setStretchFactor(0, 1);
    right->setStretchFactor(1, 1);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_artifactChoice, &QComboBox::currentIndexChanged, this, &OperationsTab::showSelectedArtifact);
    connect(m_save, &QPushButton::clicked, this, &OperationsTab::chooseAndSave);
    connect(m_saveAll, &QPushButton::clicked, this, &OperationsTab::chooseAndSaveAll);
    connect(m_controller, &ScenarioController::estimateChanged, this, &OperationsTab::recompute);
    setObservedState(exampleObservedState());
}

void OperationsTab::buildForm(QWidget* form)
{
    // A spin box asks for the width of its largest value (1,073,741,824 GiB), which made the form wider than
    // the tab at 1280 pixels. Each asks for what "as recommended" or "9999.0 GiB" needs instead; a larger value
    // still fits in the field, it scrolls inside it.
    QDoubleSpinBox probe;
    probe.setRange(0, 9999);
    probe.setDecimals(1);
    probe.setSuffix(tr(" GiB"));
    probe.setSpecialValueText(tr("as recommended"));
    const int spinWidth = probe.minimumSizeHint().width();
    const auto compact = [spinWidth](QDoubleSpinBox* spin) { spin->setMinimumWidth(spinWidth); };
    auto* layout = new QVBoxLayout(form);
    auto* observed = new QGroupBox(tr("Observed state"), form);
    auto* fields = new QFormLayout(observed);
    fields->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const ObservedField& field : observedFields()) {
        auto* spin = new QDoubleSpinBox(observed);
        compact(spin);
        spin->setObjectName(toQString(field.key));
        const bool bytes = field.unit == "bytes";
        const bool fraction = field.maximum == 1;
        spin->setDecimals(fraction ? 3 : (field.key == "snapshot_count" ? 0 : 1));
        spin->setRange(field.minimum, bytes ? field.maximum / kGiB : field.maximum);
        spin->setSingleStep(fraction ? 0.05 : 1);
        spin->setSuffix(bytes ? tr(" GiB") : (field.unit.empty() ? QString() : QStringLiteral(" ") + toQString(field.unit)));
        spin->setToolTip(tr("%1: %2 to %3").arg(toQString(field.key)).arg(field.minimum).arg(field.maximum));
        connect(spin, &QDoubleSpinBox::valueChanged, this, &OperationsTab::recompute);
        fields->addRow(toQString(field.label) + QLatin1Char(':'), spin);
        m_fields.push_back(spin);
    }
    layout->addWidget(observed);

    auto* current = new QGroupBox(tr("What the node has now"), form);
    current->setToolTip(tr("0: as recommended by the estimate"));
    auto* currentFields = new QFormLayout(current);
    currentFields->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto makeSpin = [&](const QString& name, const QString& suffix, double maximum) {
        auto* spin = new QDoubleSpinBox(current);
        spin->setObjectName(name);
        spin->setRange(0, maximum);
        spin->setDecimals(1);
        spin->setSuffix(suffix);
        spin->setSpecialValueText(tr("as recommended"));
        compact(spin);
        connect(spin, &QDoubleSpinBox::valueChanged, this, &OperationsTab::recompute);
        return spin;
    };
    m_cores = makeSpin(QStringLiteral("current_cores"), tr(" cores"), 4096);
    m_memoryGiB = makeSpin(QStringLiteral("current_memory"), tr(" GiB"), 1048576);
    m_diskGiB = makeSpin(QStringLiteral("current_disk"), tr(" GiB"), 1073741824);
    currentFields->addRow(tr("Cores:"), m_cores);
    currentFields->addRow(tr("Memory:"), m_memoryGiB);
    currentFields->addRow(tr("Volume:"), m_diskGiB);
    layout->addWidget(current);

    auto* load = new QPushButton(tr("L&oad Observed State..."), form);
    connect(load, &QPushButton::clicked, this, &OperationsTab::chooseAndLoad);
    layout->addWidget(load);
    layout->addStretch(1);
}

ObservedState OperationsTab::observedState() const
{
    ObservedState state;
    const auto& fields = observedFields();
    for (std::size_t i = 0; i < fields.size(); ++i) {
        const double value = m_fields[i]->value();
        state.*fields[i].value = fields[i].unit == "bytes" ? value * kGiB : value;
    }
    if (m_cores->value() > 0)
        state.cores = m_cores->value();
    if (m_memoryGiB->value() > 0)
        state.memoryBytes = m_memoryGiB->value() * kGiB;
    if (m_diskGiB->value() > 0)
        state.diskBytes = m_diskGiB->value() * kGiB;
    return state;
}

void OperationsTab::setObservedState(const ObservedState& state)
{
    m_updating = true;
    const auto& fields = observedFields();
    for (std::size_t i = 0; i < fields.size(); ++i) {
        const double value = state.*fields[i].value;
        m_fields[i]->setValue(fields[i].unit == "bytes" ? value / kGiB : value);
    }
    m_cores->setValue(state.cores.value_or(0));
    m_memoryGiB->setValue(state.memoryBytes.value_or(0) / kGiB);
    m_diskGiB->setValue(state.diskBytes.value_or(0) / kGiB);
    m_updating = false;
    recompute();
}

QString OperationsTab::loadObservedState(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    const QByteArray bytes = file.readAll();
    const Result<ObservedState> state
        = parseObservedStateJson(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())),
                                 observedState());
    if (!state)
        return tr("%1: %2").arg(QDir::toNativeSeparators(path), toQString(state.error()));
    setObservedState(*state);
    return {};
}

void OperationsTab::recompute()
{
    if (m_updating || m_fields.size() != observedFields().size() || !m_cores || !m_memoryGiB || !m_diskGiB)
        return;
    ++m_recomputes;
    const ScenarioDocument& document = m_controller->document();
    m_estimate = m_controller->estimate();
    const std::shared_ptr<const PriceBook> book = bookOf(m_forecast);

    const ArtifactSource source
        = artifactSourceFor(document.name, toStdString(MainWindow::applicationVersion()), m_estimate, book.get(),
                            m_forecast ? m_forecast->results().costOptions() : CostOptions {},
                            m_forecast ? &m_forecast->results() : nullptr);
    generateAllArtifactsInto(m_artifacts, source);

    const ObservedState state = observedState();
    const std::vector<std::string> problems = validateObservedState(state);
    if (!problems.empty()) {
        QString html = QStringLiteral("<h3>%1</h3><ul>").arg(tr("The observed state needs a correction"));
        for (const std::string& problem : problems)
            html += QStringLiteral("<li>%1</li>").arg(escaped(problem));
        m_adviceHtml = html + QStringLiteral("</ul>");
    } else {
        AdvisorOptions options;
        options.costOptions = source.costOptions;
        options.pricing = source.costOptions.curveModel;
        m_adviceHtml = renderAdvice(advise(state, m_estimate, book.get(), options));
    }
    // Laying out the advice and the artifact text costs far more than computing them (see
    // docs/performance.md): a slider drag with another tab on screen should not pay for it.
    m_viewsStale = true;
    if (isVisible())
        updateViews();
}

void OperationsTab::updateViews()
{
    m_viewsStale = false;
    if (m_adviceHtml != m_adviceShown) {
        m_advice->setHtml(m_adviceHtml);
        m_adviceShown = m_adviceHtml;
    }
    showSelectedArtifact();
}

void OperationsTab::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_viewsStale)
        updateViews();
}

QString OperationsTab::renderAdvice(const ScalingAdvice& advice) const
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(tr("Scaling advice: %1").arg(toQString(advice.urgency)));
    auto section = [&](const QString& area, const MatrixRow& row, const std::string& why, const std::string& target) {
        const QString rowName = row.fromSpec ? tr("row %1").arg(row.number) : tr("gap rule G%1").arg(row.number);
        html += QStringLiteral("<p><b>%1: %2</b> (%3)<br>%4<br><i>%5</i><br>%6: %7")
                    .arg(area, escaped(row.actionTitle), rowName, escaped(why), escaped(row.implementation),
                         tr("Target"), escaped(target));
        if (!row.rationale.empty())
            html += QStringLiteral("<br><small>%1</small>").arg(escaped(row.rationale));
        html += QStringLiteral("</p>");
    };
    section(tr("CPU"), advice.cpu.row->row, advice.cpu.why, advice.cpu.target);
    section(tr("Memory"), advice.memory.row->row, advice.memory.why, advice.memory.target);
    if (advice.storage.empty())
        html += QStringLiteral("<p><b>%1</b></p>").arg(tr("Storage: no trigger fires"));
    for (const StorageAdvice& trigger : advice.storage)
        section(tr("Storage"), trigger.row->row, trigger.why, trigger.target);
    html += QStringLiteral("<table cellpadding='3' border='1' cellspacing='0'><tr><th>%1</th><th>%2</th><th>%3</th>"
                           "<th>%4</th><th>%3</th><th>%5</th></tr>")
                .arg(tr("Cloud"), tr("Now"), tr("Monthly"), tr("Target"), tr("Difference"));
    for (const CloudTarget& target : advice.clouds) {
        if (!target.available)
            continue;
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td align='right'>$%3</td><td>%4</td>"
                               "<td align='right'>$%5</td><td align='right'>%6</td></tr>")
                    .arg(escaped(cloudTitle(target.cloud)), escaped(target.currentName),
                         toQString(formatGrouped(target.current.monthlyTotal)), escaped(target.targetName),
                         toQString(formatGrouped(target.target.monthlyTotal)), usd(target.monthlyDifference));
    }
    return html + QStringLiteral("</table>");
}

QString OperationsTab::shownArtifactText() const
{
    return m_artifactText->toPlainText();
}

void OperationsTab::showSelectedArtifact()
{
    const int index = m_artifactChoice->currentIndex();
    if (index < 0 || static_cast<std::size_t>(index) >= m_artifacts.size())
        return;
    const Artifact& artifact = m_artifacts[static_cast<std::size_t>(index)];
    m_artifactNote->setText(toQString(artifact.note));
    const QString text = toQString(artifact.text);
    if (m_artifactText->toPlainText() != text)
        m_artifactText->setPlainText(text);
}

bool OperationsTab::showArtifact(const QString& key)
{
    const int index = m_artifactChoice->findData(key);
    if (index < 0)
        return false;
    m_artifactChoice->setCurrentIndex(index);
    showSelectedArtifact();
    return true;
}

QString OperationsTab::saveArtifact(const QString& path) const
{
    const int index = m_artifactChoice->currentIndex();
    if (index < 0 || static_cast<std::size_t>(index) >= m_artifacts.size())
        return tr("No artifact to save");
    return writeAtomically(path, m_artifacts[static_cast<std::size_t>(index)].text);
}

QString OperationsTab::saveAllArtifacts(const QString& folder) const
{
    if (!QDir().mkpath(folder))
        return tr("Cannot create the folder %1").arg(QDir::toNativeSeparators(folder));
    for (const Artifact& artifact : m_artifacts) {
        const QString error
            = writeAtomically(QDir(folder).filePath(toQString(artifactFileName(artifact.kind))), artifact.text);
        if (!error.isEmpty())
            return error;
    }
    return {};
}

void OperationsTab::chooseAndLoad()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Load Observed State"), QString(),
                                                      tr("Observed state (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    const QString error = loadObservedState(path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Load Observed State"), error);
}

void OperationsTab::chooseAndSave()
{
    const int index = m_artifactChoice->currentIndex();
    if (index < 0 || static_cast<std::size_t>(index) >= m_artifacts.size())
        return;
    const QString name = toQString(artifactFileName(m_artifacts[static_cast<std::size_t>(index)].kind));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Artifact"), name);
    if (path.isEmpty())
        return;
    const QString error = saveArtifact(path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Save Artifact"), error);
}

void OperationsTab::chooseAndSaveAll()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Save All Artifacts"));
    if (folder.isEmpty())
        return;
    const QString error = saveAllArtifacts(folder);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Save All Artifacts"), error);
}

} // namespace ecw
