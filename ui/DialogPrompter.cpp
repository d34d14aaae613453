// SPDX-License-Identifier: GPL-3.0-or-later
#include "DialogPrompter.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace ecw {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ecw::DialogPrompter", text);
}

QString scenarioFilter()
{
    return tr("Scenario files (*.json);;All files (*)");
}

} // namespace

Prompter::UnsavedChoice DialogPrompter::askUnsavedChanges(QWidget* parent, const QString& scenarioName)
{
    QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"),
                    tr("\u201c%1\u201d has changes that are not saved.").arg(scenarioName),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
    box.setInformativeText(tr("Save them before you go on?"));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return UnsavedChoice::Save;
    case QMessageBox::Discard:
        return UnsavedChoice::Discard;
    default:
        return UnsavedChoice::Cancel;
    }
}

QString DialogPrompter::openFileName(QWidget* parent, const QString& directory)
{
    return QFileDialog::getOpenFileName(parent, tr("Open scenario"), directory, scenarioFilter());
}

QString DialogPrompter::saveFileName(QWidget* parent, const QString& suggestedPath)
{
    QString path = QFileDialog::getSaveFileName(parent, tr("Save scenario"), suggestedPath, scenarioFilter());
    if (!path.isEmpty() && !QFileInfo(path).fileName().contains(QLatin1Char('.')))
        path += QStringLiteral(".ecw.json");
    return path;
}

void DialogPrompter::showError(QWidget* parent, const QString& title, const QString& message)
{
    QMessageBox::warning(parent, title, message);
}

} // namespace ecw
