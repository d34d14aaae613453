// SPDX-License-Identifier: GPL-3.0-or-later
// "Connect to Prometheus": the server's URL, the window and step, and where the bearer token is (a file or an
// environment variable's name; the form has no field to type a token into).
#pragma once

#include "PrometheusConnection.h"

#include <QDialog>

class QLineEdit;

namespace ecw {

class PrometheusDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PrometheusDialog(const PrometheusConnection& connection, QWidget* parent = nullptr);

    PrometheusConnection connection() const;

private:
    QLineEdit* m_url = nullptr;
    QLineEdit* m_window = nullptr;
    QLineEdit* m_step = nullptr;
    QLineEdit* m_tokenFile = nullptr;
    QLineEdit* m_tokenVariable = nullptr;
    PrometheusConnection m_base;
};

} // namespace ecw
