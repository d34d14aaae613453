// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrometheusConnection.h"

#include "QtText.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <utility>

namespace ecw {

namespace {

constexpr qint64 kMaxTokenFileBytes = 64 * 1024;

// validatePrometheusRequest names the CLI's options; the form has fields.
std::string renamed(std::string problem)
{
    const std::pair<std::string_view, std::string_view> names[]
        = { { "--prometheus", "URL" }, { "--window", "Window" }, { "--step", "Step" } };
    for (const auto& [option, field] : names)
        if (problem.rfind(option, 0) == 0)
            return std::string(field) + problem.substr(option.size());
    if (!problem.empty())
        problem[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(problem[0])));
    return problem;
}

Result<std::string> readToken(const PrometheusConnection& connection)
{
    const QString file = connection.tokenFile.trimmed();
    const QString variable = connection.tokenVariable.trimmed();
    if (!file.isEmpty() && !variable.isEmpty())
        return Error { "Token: give a token file or an environment variable, not both" };
    if (!file.isEmpty()) {
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly))
            return Error { "Token file " + toStdString(file) + ": " + toStdString(in.errorString()) };
        if (in.size() > kMaxTokenFileBytes)
            return Error { "Token file " + toStdString(file) + " must hold the bearer token on one line" };
        std::string text = in.readAll().toStdString();
        while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == ' '))
            text.pop_back();
        if (text.empty() || text.find('\n') != std::string::npos)
            return Error { "Token file " + toStdString(file) + " must hold the bearer token on one line" };
        return text;
    }
    if (!variable.isEmpty()) {
        const QByteArray name = variable.toLocal8Bit();
        const char* value = std::getenv(name.constData());
        if (value == nullptr || *value == '\0')
            return Error { "Token environment variable " + toStdString(variable) + " is not set" };
        return std::string(value);
    }
    return std::string();
}

} // namespace

Result<PrometheusRequest> resolvePrometheusConnection(const PrometheusConnection& connection, double endTime)
{
    PrometheusRequest request;
    request.baseUrl = toStdString(connection.url.trimmed());
    request.timeoutSeconds = connection.timeoutSeconds;
    request.connectTimeoutSeconds = std::min(request.connectTimeoutSeconds, request.timeoutSeconds);
    request.retries = connection.retries;
    if (request.baseUrl.empty())
        return Error { "URL is empty: give the server's address, such as http://prometheus:9090" };
    const std::string windowText = toStdString(connection.window.trimmed());
    const double window = parseDuration(windowText);
    if (!(window > 0))
        return Error { "Window must be a duration longer than 0, such as 14d, 36h or 90m (got \"" + windowText + "\")" };
    const std::string stepText = toStdString(connection.step.trimmed());
    request.step = stepText.empty() ? kDefaultStepSeconds : parseDuration(stepText);
    if (!(request.step > 0))
        return Error { "Step must be a duration longer than 0, such as 60s or 5m (got \"" + stepText + "\")" };
    request.end = std::floor(endTime);
    request.start = request.end - window;
    const Result<std::string> token = readToken(connection);
    if (!token)
        return Error { token.error() };
    request.bearerToken = *token;
    const std::vector<std::string> problems = validatePrometheusRequest(request);
    if (!problems.empty())
        return Error { renamed(problems.front()) };
    return request;
}

} // namespace ecw
