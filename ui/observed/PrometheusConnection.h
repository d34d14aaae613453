// SPDX-License-Identifier: GPL-3.0-or-later
// What the "Connect to Prometheus" form holds (as typed) and its translation into a PrometheusRequest: every
// problem names the form's field. The bearer token is read from a file or an environment variable, never typed.
#pragma once

#include "PrometheusQuery.h"
#include "Result.h"

#include <QString>

namespace ecw {

struct PrometheusConnection
{
    QString url = QStringLiteral("http://localhost:9090");
    QString window = QStringLiteral("14d"); // a duration: 14d, 36h, 90m
    QString step = QStringLiteral("1m");
    QString tokenFile; // a file holding the bearer token on one line, or ""
    QString tokenVariable; // the name of an environment variable holding it, or ""
    double timeoutSeconds = 30;
    int retries = 2;
};

// The request for a window ending at endTime (seconds since the epoch). Errors name the field: "URL must be an
// http:// or https:// URL (got \"ftp://x\")", "Window must be a duration longer than 0, ...".
Result<PrometheusRequest> resolvePrometheusConnection(const PrometheusConnection& connection, double endTime);

} // namespace ecw
