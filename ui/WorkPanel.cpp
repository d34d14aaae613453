// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkPanel.h"

#include "ChangedAssumptions.h"
#include "QtText.h"
#include "ScenarioController.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ecw {

namespace {

enum OperandColumn
{
    SymbolColumn,
    ValueColumn,
    NameColumn,
    NoteColumn
};

constexpr std::string_view kInputPrefix = "input.";

std::optional<InputId> inputForRef(std::string_view ref)
{
    if (ref.substr(0, kInputPrefix.size()) != kInputPrefix)
        return std::nullopt;
    return findInput(ref.substr(kInputPrefix.size()));
}

QLabel* makeFormulaLabel(QWidget* parent, const QString& objectName, const QString& accessibleName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    label->setFocusPolicy(Qt::TabFocus);
    return label;
}

} // namespace

WorkPanel::WorkPanel(ScenarioController* controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("workPanel"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("workTitleLabel"));
    m_title->setWordWrap(true);
    m_value = new QLabel(this);
    m_value->setObjectName(QStringLiteral("workValueLabel"));
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_formula = makeFormulaLabel(this, QStringLiteral("workFormulaLabel"), tr("Formula in symbols"));
    m_substituted = makeFormulaLabel(this, QStringLiteral("workSubstitutedLabel"), tr("Formula with numbers"));
    m_result = makeFormulaLabel(this, QStringLiteral("workResultLabel"), tr("Result"));
    m_hint = new QLabel(tr("Select a figure in the table to see how it is computed."), this);
    m_hint->setWordWrap(true);

    m_operands = new QTreeWidget(this);
    m_operands->setObjectName(QStringLiteral("workOperandsTree"));
    m_operands->setAccessibleName(tr("Inputs, assumptions and figures used"));
    m_operands->setRootIsDecorated(false);
    m_operands->setAlternatingRowColors(true);
    m_operands->setHeaderLabels({ tr("Symbol"), tr("Value"), tr("What it is"), tr("Note") });
    QHeaderView* header = m_operands->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(NameColumn, QHeaderView::Stretch); // elided first; the note stays whole

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Value"), m_value);
    form->addRow(tr("Formula"), m_formula);
    form->addRow(tr("With numbers"), m_substituted);
    form->addRow(tr("Result"), m_result);
    form->addRow(tr("Used"), m_operands);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_hint);
    layout->addLayout(form, 1);

    connect(m_operands, &QTreeWidget::itemActivated, this, &WorkPanel::activateOperand);
    connect(controller, &ScenarioController::estimateChanged, this, &WorkPanel::refresh);
    refresh();
}

void WorkPanel::showItem(const QString& itemId)
{
    m_itemId = toStdString(itemId);
    refresh();
}

void WorkPanel::activateOperand(QTreeWidgetItem* item)
{
    const QString ref = item->data(SymbolColumn, Qt::UserRole).toString();
    if (m_controller->estimate().has(toStdString(ref)))
        Q_EMIT itemRequested(ref);
}

void WorkPanel::refresh()
{
    const Estimate& estimate = m_controller->estimate();
    const LineItem* item = m_itemId.empty() ? nullptr : estimate.find(m_itemId);
    const bool shown = item != nullptr;
    m_hint->setVisible(!shown);
    for (QWidget* widget : std::initializer_list<QWidget*> { m_value, m_formula, m_substituted, m_result })
        widget->setEnabled(shown);
    if (!shown) {
        m_title->setText(
            m_itemId.empty()
                ? tr("<b>Show your work</b>")
                : tr("<b>%1</b> is not computed in this profile.").arg(toQString(m_itemId).toHtmlEscaped()));
        m_value->clear();
        m_formula->clear();
        m_substituted->clear();
        m_result->clear();
        m_operands->clear();
        return;
    }

    const ChangedAssumptions& changed = m_controller->changedAssumptions();
    const QString title
        = QStringLiteral("<b>%1</b> <span style=\"color:gray\">%2 \u00b7 %3</span>")
              .arg(toQString(item->label).toHtmlEscaped(), toQString(item->id), toQString(sectionTitle(item->section)));
    if (m_title->text() != title)
        m_title->setText(title); // rich text: re-parsed only when the selection changes
    QString value = humanText(item->value, item->unit);
    const std::string machine = formatMachineNumber(item->value);
    value += QStringLiteral("  (") + toQString(machine) + QLatin1Char(' ') + toQString(unitName(item->unit))
        + QLatin1Char(')');
    if (item->extrapolated)
        value += tr("  extrapolated beyond the model's validated range");
    m_value->setText(value);
    m_formula->setText(toQString(item->id.substr(item->id.find('.') + 1)) + QStringLiteral(" = ")
                       + toQString(item->formula));
    m_substituted->setText(toQString(item->substituted()));
    m_result->setText(QStringLiteral("= ") + toQString(machine) + QLatin1Char(' ') + toQString(unitName(item->unit))
                      + QStringLiteral(" = ") + humanText(item->value, item->unit));

    // One row per operand, updated in place while the same figure stays selected.
    while (m_operands->topLevelItemCount() > item->operandCount)
        delete m_operands->takeTopLevelItem(m_operands->topLevelItemCount() - 1);
    while (m_operands->topLevelItemCount() < item->operandCount)
        m_operands->addTopLevelItem(new QTreeWidgetItem);
    for (std::uint8_t k = 0; k < item->operandCount; ++k) {
        const Operand& operand = item->operands[k];
        QTreeWidgetItem* row = m_operands->topLevelItem(k);
        QString kind;
        QString name;
        QString valueText;
        QString note;
        QString tip;
        bool mark = false;
        if (const auto input = inputForRef(operand.ref)) {
            const InputSpec& spec = inputSpec(*input);
            kind = tr("input");
            name = toQString(spec.label);
            valueText = humanText(operand.value, spec.unit);
            if (!estimate.scenario.isDefault(*input))
                note = tr("default %1").arg(humanText(spec.defaultValue, spec.unit));
            tip = toQString(spec.description);
        } else if (const auto constant = ChangedAssumptions::constantForRef(operand.ref)) {
            const ConstantSpec& spec = constantSpec(*constant);
            kind = tr("assumption");
            name = toQString(spec.label);
            valueText = humanText(operand.value, spec.unit);
            if (changed.isChanged(*constant)) {
                mark = true;
                note = tr("\u25c6 changed; spec %1").arg(humanText(spec.defaultValue, spec.unit));
            }
            tip = tr("Source: %1").arg(toQString(spec.source));
        } else if (const LineItem* used = estimate.find(operand.ref)) {
            kind = tr("figure");
            name = toQString(used->label);
            valueText = humanText(operand.value, used->unit);
            const std::size_t usedIndex = static_cast<std::size_t>(used - estimate.items.data());
            if (changed.affects(usedIndex)) {
                mark = true;
                note
                    = tr("\u25c6 uses %1").arg(toQString(ChangedAssumptions::symbols(changed.dependencies(usedIndex))));
            }
            tip = tr("%1 = %2 (activate to show its work)").arg(toQString(used->id), toQString(used->formula));
        } else {
            kind = tr("unit");
            name = toQString(operand.ref);
            valueText = toQString(formatGrouped(operand.value));
        }
        row->setText(SymbolColumn, toQString(operand.symbol));
        row->setData(SymbolColumn, Qt::UserRole, toQString(operand.ref));
        row->setTextAlignment(ValueColumn, Qt::AlignRight | Qt::AlignVCenter);
        row->setText(NameColumn, kind + QStringLiteral(": ") + name);
        row->setText(ValueColumn, valueText);
        row->setText(NoteColumn, note);
        QFont font = m_operands->font();
        font.setBold(mark);
        for (int column = 0; column <= NoteColumn; ++column) {
            row->setFont(column, font);
            row->setToolTip(column, tip);
        }
    }
}

} // namespace ecw
