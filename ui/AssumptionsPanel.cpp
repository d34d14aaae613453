// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssumptionsPanel.h"

#include "ConstantTableModel.h"
#include "ScenarioController.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <set>

namespace ecw {

AssumptionsPanel::AssumptionsPanel(ScenarioController* controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("assumptionsPanel"));
    m_model = new ConstantTableModel(controller, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("assumptionsFilterLineEdit"));
    m_filter->setPlaceholderText(tr("Filter by symbol, name or source"));
    m_filter->setAccessibleName(tr("Filter assumptions"));
    m_filter->setClearButtonEnabled(true);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("assumptionsSummaryLabel"));
    m_resetSelected = new QPushButton(tr("&Reset selected"), this);
    m_resetSelected->setObjectName(QStringLiteral("resetConstantButton"));
    m_resetSelected->setToolTip(tr("Put the selected assumptions back to the spec's defaults"));
    m_resetAll = new QPushButton(tr("Reset &all to spec defaults"), this);
    m_resetAll->setObjectName(QStringLiteral("resetAllConstantsButton"));

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("assumptionsTable"));
    m_view->setAccessibleName(tr("Assumptions"));
    m_view->setAccessibleDescription(
        tr("Every constant of the model with its spec default; edit the Value column to change one."));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(false);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    // Columns as wide as their contents (the table scrolls sideways to the sources); long labels are
    // capped so the values stay in view.
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    m_view->resizeColumnsToContents();
    const int em = m_view->fontMetrics().horizontalAdvance(QStringLiteral("x"));
    header->resizeSection(ConstantTableModel::LabelColumn,
                          std::min(header->sectionSize(ConstantTableModel::LabelColumn), em * 32));
    header->resizeSection(ConstantTableModel::StatusColumn,
                          std::max(header->sectionSize(ConstantTableModel::StatusColumn),
                                   m_view->fontMetrics().horizontalAdvance(tr("\u25c6 changed")) + em * 3));
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);

    auto* top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_summary);
    top->addWidget(m_resetSelected);
    top->addWidget(m_resetAll);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_resetSelected, &QPushButton::clicked, this, &AssumptionsPanel::resetSelected);
    connect(m_resetAll, &QPushButton::clicked, controller, &ScenarioController::resetAllConstants);
    connect(m_model, &ConstantTableModel::editRejected, this, &AssumptionsPanel::editRejected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AssumptionsPanel::showDocument);
    connect(controller, &ScenarioController::documentChanged, this, &AssumptionsPanel::showDocument);
    showDocument();
}

void AssumptionsPanel::resetSelected()
{
    std::set<int> rows;
    for (const QModelIndex& index : m_view->selectionModel()->selectedIndexes())
        rows.insert(m_proxy->mapToSource(index).row());
    std::vector<ConstantId> ids;
    for (int row : rows)
        ids.push_back(ConstantTableModel::constantAt(row));
    if (!ids.empty())
        m_controller->resetConstants(ids);
}

void AssumptionsPanel::showDocument()
{
    const ModelConstants& constants = m_controller->document().constants;
    int changed = 0;
    for (const ConstantSpec& spec : constantSpecs())
        changed += constants.isDefault(spec.id) ? 0 : 1;
    const QString summary = changed == 0 ? tr("All %1 at the spec's defaults").arg(kConstantCount)
                                         : tr("\u25c6 %1 of %2 changed").arg(changed).arg(kConstantCount);
    if (m_summary->text() != summary)
        m_summary->setText(summary);
    m_resetAll->setEnabled(changed > 0);
    bool selectedChanged = false;
    if (m_view->selectionModel()) {
        for (const QModelIndex& index : m_view->selectionModel()->selectedIndexes())
            selectedChanged = selectedChanged
                || !constants.isDefault(ConstantTableModel::constantAt(m_proxy->mapToSource(index).row()));
    }
    m_resetSelected->setEnabled(selectedChanged);
}

} // namespace ecw
