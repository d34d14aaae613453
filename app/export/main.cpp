// SPDX-License-Identifier: GPL-3.0-or-later
// engram-capacity-export: the worksheet as PDF (and CSV) without a display. Started by `engram-capacity export`
// after it has checked the arguments; checks them again (the same plain C++ code) when run on its own.
#include "CliVersion.h"
#include "ExportRequest.h"
#include "PdfExport.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <optional>

namespace {

enum ExitCode
{
    ExitSuccess = 0,
    ExitFailure = 1, // a file could not be written
    ExitUsage = 2, // bad arguments or input
};

// "engram-capacity export" when the CLI started us (it passes that as argv[0]), else our own name.
QString programName(const char* argv0)
{
    QString name = QString::fromLocal8Bit(argv0);
    const qsizetype slash = name.lastIndexOf(QLatin1Char('/'));
    if (slash >= 0)
        name = name.mid(slash + 1);
    return name.isEmpty() ? QStringLiteral("engram-capacity-export") : name;
}

QtMessageHandler g_defaultHandler = nullptr;

// Run from cron or a CI job as a user without a session, Qt warns that XDG_RUNTIME_DIR is unset; the tool
// never uses the runtime folder, so that line is noise on a command-line tool's stderr. Everything else
// passes through.
void quietHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    if (g_defaultHandler)
        g_defaultHandler(type, context, message);
}

std::optional<std::string> optionValue(const QCommandLineParser& parser, const QString& name)
{
    if (!parser.isSet(name))
        return std::nullopt;
    return parser.value(name).toStdString();
}

} // namespace

int main(int argc, char** argv)
{
    // A server has no display: paint offscreen unless the caller chose a platform.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const QString program = programName(argc > 0 ? argv[0] : nullptr);
    g_defaultHandler = qInstallMessageHandler(quietHandler);
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("engram-capacity-export"));
    QGuiApplication::setApplicationVersion(
        QString::fromUtf8(ecw::kCliVersion.data(), static_cast<qsizetype>(ecw::kCliVersion.size())));
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Writes the Engram capacity worksheet of a scenario as PDF and/or CSV."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    parser.addOptions({
        { QStringLiteral("scenario"), QStringLiteral("Scenario file (default: the built-in default scenario)."),
          QStringLiteral("FILE") },
        { QStringLiteral("pdf"), QStringLiteral("Write the worksheet as PDF."), QStringLiteral("FILE") },
        { QStringLiteral("csv"), QStringLiteral("Write the worksheet as CSV."), QStringLiteral("FILE") },
        { QStringLiteral("page-size"), QStringLiteral("a4 (default) or letter."), QStringLiteral("NAME") },
        { QStringLiteral("price-book"), QStringLiteral("Price book (default: the built-in one)."),
          QStringLiteral("FILE") },
        { QStringLiteral("today"), QStringLiteral("The worksheet's date, day 0 of the forecast (default: today, UTC)."),
          QStringLiteral("YYYY-MM-DD") },
        { QStringLiteral("telemetry"),
          QStringLiteral("Add the \"Observed vs predicted\" section, calibrated on the series in FILE."),
          QStringLiteral("FILE") },
    });
    auto usageError = [&](const QString& message) {
        err << program << ": " << message << "\nRun '" << program << " --help' for usage.\n";
        return ExitUsage;
    };
    if (!parser.parse(QCoreApplication::arguments()))
        return usageError(parser.errorText());
    if (parser.isSet(help))
        parser.showHelp(ExitSuccess);
    if (parser.isSet(version))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty())
        return usageError(QStringLiteral("unexpected argument '%1' (the scenario is given as --scenario FILE)")
                              .arg(parser.positionalArguments().front()));
    for (const QString& name : { QStringLiteral("scenario"), QStringLiteral("pdf"), QStringLiteral("csv"),
                                 QStringLiteral("page-size"), QStringLiteral("price-book"), QStringLiteral("today"),
                                 QStringLiteral("telemetry") })
        if (parser.values(name).size() > 1)
            return usageError(QStringLiteral("--%1 given more than once").arg(name));

    ecw::ExportArguments arguments;
    arguments.scenario = optionValue(parser, QStringLiteral("scenario"));
    arguments.pdf = optionValue(parser, QStringLiteral("pdf"));
    arguments.csv = optionValue(parser, QStringLiteral("csv"));
    arguments.pageSize = optionValue(parser, QStringLiteral("page-size"));
    arguments.priceBook = optionValue(parser, QStringLiteral("price-book"));
    arguments.today = optionValue(parser, QStringLiteral("today"));
    arguments.telemetry = optionValue(parser, QStringLiteral("telemetry"));
    const ecw::Result<ecw::ExportRequest> request = ecw::resolveExportRequest(arguments);
    if (!request)
        return usageError(QString::fromStdString(request.error()));

    int status = ExitSuccess;
    if (!request->csvPath.empty()) {
        const ecw::Result<std::size_t> written = ecw::writeWorksheetCsvFile(*request, ecw::kCliVersion);
        if (!written) {
            err << program << ": " << QString::fromStdString(written.error()) << '\n';
            status = ExitFailure;
        }
    }
    if (!request->pdfPath.empty()) {
        const ecw::PdfExportResult result = ecw::exportWorksheetPdf(
            ecw::requestedWorksheet(*request, ecw::kCliVersion), QString::fromStdString(request->pdfPath),
            request->pageSize == ecw::WorksheetPageSize::Letter ? QPageSize::Letter : QPageSize::A4);
        if (!result.ok) {
            err << program << ": " << result.error << '\n';
            status = ExitFailure;
        }
    }
    return status;
}
