// SPDX-License-Identifier: GPL-3.0-or-later
// The table never holds anything but the document's points: a refused cell is put back at once, and an
// accepted one becomes an edit whose echo (setPoints) redraws the table sorted by day.
#include "GrowthPointsEditor.h"

#include "NumberSpinBox.h"
#include "QtText.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <set>

namespace ecw {

namespace {

QString numberText(double value)
{
    return toQString(value == std::floor(value) ? formatGrouped(value) : formatCompact(value));
}

} // namespace

GrowthPointsEditor::GrowthPointsEditor(QWidget* parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 2, this))
    , m_addButton(new QPushButton(tr("Add point"), this))
    , m_removeButton(new QPushButton(tr("Remove"), this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("growthPointsEditor"));
    m_table->setObjectName(QStringLiteral("growthPointsTableWidget"));
    m_table->setHorizontalHeaderLabels({ tr("Day"), tr("Nodes") });
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setMinimumHeight(120);
    m_table->setAccessibleName(tr("Growth points"));
    m_table->setAccessibleDescription(tr("The node count the planner expects on given days; the forecast draws "
                                         "straight lines between them and stays flat after the last. Press F2 to "
                                         "edit a cell."));
    m_table->setToolTip(tr("Day: 0 to 3,650 days from today. Nodes: 0 to 1,000,000,000,000 (1e12 and "
                           "separators are fine). Day 0 is the scenario's node count unless a point says "
                           "otherwise; after the last point the count stays flat."));

    m_addButton->setObjectName(QStringLiteral("addPointPushButton"));
    m_addButton->setToolTip(tr("Add a point 30 days after the last one, with its node count; then edit it"));
    m_addButton->setAccessibleName(tr("Add growth point"));
    m_removeButton->setObjectName(QStringLiteral("removePointPushButton"));
    m_removeButton->setToolTip(tr("Remove the selected points"));
    m_removeButton->setAccessibleName(tr("Remove selected growth points"));
    m_message->setObjectName(QStringLiteral("growthPointsMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_message->setVisible(false);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(m_table, &QTableWidget::itemChanged, this, &GrowthPointsEditor::onItemChanged);
    connect(m_addButton, &QPushButton::clicked, this, &GrowthPointsEditor::addPoint);
    connect(m_removeButton, &QPushButton::clicked, this, &GrowthPointsEditor::removeSelectedPoints);
}

void GrowthPointsEditor::setPoints(const std::vector<GrowthPoint>& points)
{
    m_points = points;
    std::stable_sort(m_points.begin(), m_points.end(),
                     [](const GrowthPoint& a, const GrowthPoint& b) { return a.day < b.day; });
    fillTable();
}

void GrowthPointsEditor::fillTable()
{
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(static_cast<int>(m_points.size()));
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const GrowthPoint& point = m_points[static_cast<std::size_t>(row)];
        for (int column = 0; column < 2; ++column) {
            QTableWidgetItem* item = m_table->item(row, column);
            if (item == nullptr) {
                item = new QTableWidgetItem;
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                m_table->setItem(row, column, item);
            }
            item->setText(numberText(column == 0 ? point.day : point.nodes));
        }
    }
    m_removeButton->setEnabled(!m_points.empty());
}

QString GrowthPointsEditor::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void GrowthPointsEditor::showMessage(const QString& message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

QString GrowthPointsEditor::checkCell(int row, int column, const QString& text, double& value) const
{
    value = NumberSpinBox::parseTyped(text.trimmed());
    if (column == 0) {
        if (std::isnan(value) || value < 0 || value > kMaxDay)
            return tr("Day of point %1 must be a number of days from 0 to 3,650 (got \u201c%2\u201d).")
                .arg(row + 1)
                .arg(text.trimmed());
        for (std::size_t i = 0; i < m_points.size(); ++i)
            if (static_cast<int>(i) != row && m_points[i].day == value)
                return tr("Day %1 already has a point (point %2): each day takes one point.")
                    .arg(numberText(value))
                    .arg(i + 1);
        return {};
    }
    if (std::isnan(value) || value < 0 || value > kMaxNodes)
        return tr("Nodes of point %1 must be a node count from 0 to 1,000,000,000,000 (got \u201c%2\u201d).")
            .arg(row + 1)
            .arg(text.trimmed());
    return {};
}

void GrowthPointsEditor::onItemChanged(QTableWidgetItem* item)
{
    const int row = item->row();
    const int column = item->column();
    if (row < 0 || static_cast<std::size_t>(row) >= m_points.size())
        return;
    double value = 0;
    const QString problem = checkCell(row, column, item->text(), value);
    if (!problem.isEmpty()) {
        fillTable(); // back to the document's value
        showMessage(problem);
        Q_EMIT editRejected(problem);
        return;
    }
    showMessage({});
    std::vector<GrowthPoint> edited = m_points;
    GrowthPoint& point = edited[static_cast<std::size_t>(row)];
    if ((column == 0 ? point.day : point.nodes) == value) {
        fillTable(); // "1e6" typed over 1,000,000: same number, shown the usual way
        return;
    }
    (column == 0 ? point.day : point.nodes) = value;
    const QString text = column == 0
        ? tr("Move growth point to day %1").arg(numberText(value))
        : tr("Set growth point day %1 to %2").arg(numberText(point.day), humanText(value, Unit::Nodes));
    std::stable_sort(edited.begin(), edited.end(),
                     [](const GrowthPoint& a, const GrowthPoint& b) { return a.day < b.day; });
    Q_EMIT pointsEdited(edited, text);
}

void GrowthPointsEditor::addPoint()
{
    std::vector<GrowthPoint> edited = m_points;
    GrowthPoint point;
    if (edited.empty()) {
        point = { 30, std::round(m_currentNodes) };
    } else {
        std::set<double> taken;
        for (const GrowthPoint& existing : edited)
            taken.insert(existing.day);
        point.day = std::min(kMaxDay, std::floor(edited.back().day) + 30);
        while (taken.count(point.day) && point.day > 0)
            point.day -= 1;
        if (taken.count(point.day)) {
            showMessage(tr("Every day from 0 to 3,650 already has a point."));
            return;
        }
        point.nodes = edited.back().nodes;
    }
    edited.push_back(point);
    std::stable_sort(edited.begin(), edited.end(),
                     [](const GrowthPoint& a, const GrowthPoint& b) { return a.day < b.day; });
    showMessage({});
    Q_EMIT pointsEdited(edited, tr("Add growth point at day %1").arg(numberText(point.day)));
    const auto it = std::find(m_points.begin(), m_points.end(), point);
    if (it != m_points.end()) {
        const int row = static_cast<int>(it - m_points.begin());
        m_table->setCurrentCell(row, 1);
    }
}

void GrowthPointsEditor::removeSelectedPoints()
{
    std::set<int> rows;
    for (const QModelIndex& index : m_table->selectionModel()->selectedIndexes())
        rows.insert(index.row());
    if (rows.empty() && m_table->currentRow() >= 0)
        rows.insert(m_table->currentRow());
    if (rows.empty())
        return;
    std::vector<GrowthPoint> edited;
    for (std::size_t i = 0; i < m_points.size(); ++i)
        if (!rows.count(static_cast<int>(i)))
            edited.push_back(m_points[i]);
    showMessage({});
    Q_EMIT pointsEdited(
        edited,
        rows.size() == 1
            ? tr("Remove growth point at day %1").arg(numberText(m_points[static_cast<std::size_t>(*rows.begin())].day))
            : tr("Remove %1 growth points").arg(rows.size()));
}

} // namespace ecw
