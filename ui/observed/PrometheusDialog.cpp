// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrometheusDialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ecw {

PrometheusDialog::PrometheusDialog(const PrometheusConnection& connection, QWidget* parent)
    : QDialog(parent)
    , m_base(connection)
{
    setObjectName(QStringLiteral("prometheusDialog"));
    setWindowTitle(tr("Connect to Prometheus"));
    auto make = [this](const char* name, const QString& text, const QString& placeholder) {
        auto* edit = new QLineEdit(text, this);
        edit->setObjectName(QLatin1String(name));
        edit->setPlaceholderText(placeholder);
        edit->setMinimumWidth(320);
        return edit;
    };
    m_url = make("prometheusUrlLineEdit", connection.url, QStringLiteral("http://prometheus:9090"));
    m_window = make("prometheusWindowLineEdit", connection.window, QStringLiteral("14d"));
    m_step = make("prometheusStepLineEdit", connection.step, QStringLiteral("1m"));
    m_tokenFile = make("prometheusTokenFileLineEdit", connection.tokenFile, tr("none"));
    m_tokenVariable = make("prometheusTokenVariableLineEdit", connection.tokenVariable, tr("none"));
    m_window->setToolTip(tr("How far back from now: 14d, 36h, 90m"));
    m_step->setToolTip(tr("The resolution asked for: 60s, 1m, 5m"));
    m_tokenFile->setToolTip(tr("A file holding the bearer token on one line (the token is never typed here)"));
    m_tokenVariable->setToolTip(tr("The name of an environment variable holding the bearer token, such as "
                                   "ENGRAM_PROMETHEUS_TOKEN"));
    auto* browse = new QPushButton(tr("&Browse\u2026"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Bearer Token File"), m_tokenFile->text());
        if (!path.isEmpty())
            m_tokenFile->setText(path);
    });
    auto* tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_tokenFile, 1);
    tokenRow->addWidget(browse);

    auto* form = new QFormLayout;
    form->addRow(tr("&URL:"), m_url);
    form->addRow(tr("&Window:"), m_window);
    form->addRow(tr("&Step:"), m_step);
    form->addRow(tr("Token &file:"), tokenRow);
    form->addRow(tr("Token &environment variable:"), m_tokenVariable);
    auto* note = new QLabel(tr("Reads the Engram metrics over the window ending now, in the background; the window "
                               "stays usable and the fetch can be cancelled."),
                            this);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Fetch"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

PrometheusConnection PrometheusDialog::connection() const
{
    PrometheusConnection connection = m_base;
    connection.url = m_url->text();
    connection.window = m_window->text();
    connection.step = m_step->text();
    connection.tokenFile = m_tokenFile->text();
    connection.tokenVariable = m_tokenVariable->text();
    return connection;
}

} // namespace ecw
