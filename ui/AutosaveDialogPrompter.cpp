// SPDX-License-Identifier: GPL-3.0-or-later
// The crash-recovery dialogs.
#include "AutosaveDialogPrompter.h"

#include "QtText.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace ecw {

QString AutosaveDialogPrompter::describe(const AutosaveEntry& entry)
{
    const QString name = toQString(entry.document.name).trimmed();
    const QString file = entry.originalPath.isEmpty()
        ? QCoreApplication::translate("ecw::AutosaveDialogPrompter", "never saved")
        : QFileInfo(entry.originalPath).fileName();
    return QCoreApplication::translate("ecw::AutosaveDialogPrompter", "\u201c%1\u201d (%2), autosaved %3")
        .arg(name.isEmpty() ? QCoreApplication::translate("ecw::AutosaveDialogPrompter", "Untitled scenario") : name,
             file, QLocale().toString(entry.savedAt, QLocale::ShortFormat));
}

bool AutosaveDialogPrompter::askRestore(QWidget* parent, const AutosaveEntry& entry)
{
    QMessageBox box(QMessageBox::Question,
                    QCoreApplication::translate("ecw::AutosaveDialogPrompter", "Restore unsaved work"),
                    QCoreApplication::translate("ecw::AutosaveDialogPrompter",
                                                "The workbench did not close normally last time. It had autosaved "
                                                "changes you had not saved:\n\n%1\n\nRestore them? They open as a "
                                                "modified scenario; save to keep them. Discard deletes them.")
                        .arg(describe(entry)),
                    QMessageBox::NoButton, parent);
    QPushButton* restore = box.addButton(QCoreApplication::translate("ecw::AutosaveDialogPrompter", "&Restore"),
                                         QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Discard);
    box.setDefaultButton(restore);
    box.exec();
    return box.clickedButton() == restore;
}

void AutosaveDialogPrompter::showUnreadable(QWidget* parent, const AutosaveEntry& entry)
{
    QMessageBox::warning(parent, QCoreApplication::translate("ecw::AutosaveDialogPrompter", "Restore unsaved work"),
                         QCoreApplication::translate("ecw::AutosaveDialogPrompter",
                                                     "Autosaved work from a session that did not close normally "
                                                     "cannot be read: %1\n\nIt is left at %2.")
                             .arg(entry.problem, entry.scenarioPath));
}

} // namespace ecw
