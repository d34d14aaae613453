// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalibrateCommand.h"

#include "AtomicFile.h"
#include "Calibration.h"
#include "CalibrationOutput.h"
#include "CommandOutput.h"
#include "ExitCode.h"
#include "HelpFormatter.h"
#include "PriceOptions.h"
#include "ScenarioJson.h"
#include "ScenarioOptions.h"
#include "SiblingTool.h"
#include "TelemetryFiles.h"
#include "TextFile.h"
#include "TextTable.h"
#include "Units.h"
#include "UsageError.h"

#include <cmath>
#include <cstdlib>
#include <ctime>
#include <vector>

namespace ecw {

namespace {

constexpr std::string_view kCommand = "calibrate";

PrometheusFetcher g_fetcher = nullptr;

std::vector<OptionSpec> calibrateSpecs()
{
    std::vector<OptionSpec> specs;
    ScenarioOptions::addSpecs(specs);
    PriceOptions::addSpecs(specs);
    for (const char* name : { "from-file", "save-telemetry", "token-file", "save-scenario" })
        specs.push_back({ name, "FILE", false });
    specs.push_back({ "prometheus", "URL", false });
    specs.push_back({ "window", "DURATION", false });
    specs.push_back({ "step", "DURATION", false });
    specs.push_back({ "start", "TIME", false });
    specs.push_back({ "end", "TIME", false });
    specs.push_back({ "token-env", "NAME", false });
    specs.push_back({ "timeout", "SECONDS", false });
    specs.push_back({ "retries", "N", false });
    specs.push_back({ "horizon", "DAYS", false });
    specs.push_back({ "apply", "KEYS", false });
    CommandOutput::addSpecs(specs);
    specs.push_back({ "help", "", false });
    return specs;
}

Result<double> positiveNumber(const CliArguments& args, std::string_view name, double fallback, double minimum,
                              double maximum)
{
    const std::string* text = args.value(name);
    if (!text)
        return fallback;
    char* end = nullptr;
    const double value = std::strtod(text->c_str(), &end);
    if (text->empty() || *end != '\0' || !std::isfinite(value) || value < minimum || value > maximum)
        return Error { "--" + std::string(name) + " must be a number from " + formatCompact(minimum) + " to "
                       + formatCompact(maximum) + " (got \"" + *text + "\")" };
    return value;
}

// The request from the options; problems name the option. The token comes from --token-file or the environment.
Result<PrometheusRequest> resolveRequest(const CliArguments& args)
{
    PrometheusRequest request;
    request.baseUrl = *args.value("prometheus");
    std::vector<std::string> problems;
    const std::string windowText = args.value("window") ? *args.value("window") : "14d";
    const double window = parseDuration(windowText);
    if (!(window > 0))
        problems.push_back("--window must be a duration longer than 0, such as 14d, 36h or 90m (got \"" + windowText
                           + "\")");
    request.end = static_cast<double>(std::time(nullptr));
    if (const std::string* end = args.value("end")) {
        request.end = parseTimestamp(*end);
        if (!std::isfinite(request.end))
            problems.push_back("--end must be a time such as 2026-12-04T10:00:00Z, 2026-12-04 or seconds since the epoch "
                               "(got \"" + *end + "\")");
    }
    if (window > 0 && std::isfinite(request.end))
        request.start = request.end - window;
    if (const std::string* start = args.value("start")) {
        if (args.has("window"))
            problems.insert(problems.begin(), "give --start or --window, not both");
        request.start = parseTimestamp(*start);
        if (!std::isfinite(request.start))
            problems.push_back("--start must be a time such as 2026-11-20T00:00:00Z, 2026-11-20 or seconds since the "
                               "epoch (got \"" + *start + "\")");
        else
            std::erase_if(problems, [](const std::string& p) { return p.rfind("--window", 0) == 0; });
    }
    if (const std::string* step = args.value("step")) {
        request.step = parseDuration(*step);
        if (!(request.step > 0))
            problems.push_back("--step must be a duration longer than 0, such as 60s or 5m (got \"" + *step + "\")");
    }
    if (problems.empty())
        for (std::string& problem : validatePrometheusRequest(request))
            problems.push_back(std::move(problem));
    if (!problems.empty())
        return Error { problems.front() };
    const Result<double> timeout = positiveNumber(args, "timeout", request.timeoutSeconds, 1, 600);
    if (!timeout)
        return Error { timeout.error() };
    request.timeoutSeconds = *timeout;
    request.connectTimeoutSeconds = std::min(request.connectTimeoutSeconds, request.timeoutSeconds);
    const Result<double> retries = positiveNumber(args, "retries", request.retries, 0, 10);
    if (!retries)
        return Error { retries.error() };
    request.retries = static_cast<int>(*retries);
    const Result<double> horizon = positiveNumber(args, "horizon", request.horizonDays, 1, 3650);
    if (!horizon)
        return Error { horizon.error() };
    request.horizonDays = *horizon;

    if (const std::string* file = args.value("token-file")) {
        const Result<std::string> token = readTextFile(*file);
        if (!token)
            return Error { "--token-file: " + token.error() };
        std::string text = *token;
        while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == ' '))
            text.pop_back();
        if (text.empty() || text.find('\n') != std::string::npos)
            return Error { "--token-file " + *file + " must hold the bearer token on one line" };
        request.bearerToken = text;
    } else {
        const std::string variable = args.value("token-env") ? *args.value("token-env") : std::string(kDefaultTokenVariable);
        if (const char* token = std::getenv(variable.c_str()); token && *token)
            request.bearerToken = token;
        else if (args.value("token-env"))
            return Error { "--token-env " + variable + ": the environment variable is not set" };
    }
    return request;
}

std::string percentText(double fraction, int decimals = 1)
{
    return formatFixed(fraction * 100, decimals) + "%";
}

std::string figure(double value, Unit unit)
{
    return unit == Unit::Cores ? formatFixed(value, 2) + " cores" : formatHuman(value, unit);
}

std::string renderText(const Calibration& c)
{
    std::string text = "Calibration against " + c.source.describe() + "\n";
    const ObservedSnapshot& o = c.observed;
    text += "Observed at " + formatTimestamp(o.time) + ": " + formatGrouped(o.nodes) + " nodes ("
        + percentText(o.activeRatio) + " hot), " + formatGrouped(o.opsPerSec) + " ops/s"
        + (o.writeFraction ? " (" + percentText(*o.writeFraction) + " writes)" : std::string()) + ", "
        + formatCompact(o.coresProvisioned) + " cores\n\n";

    text += "Observed vs predicted (model run on the observed nodes and traffic; flagged: error over "
        + percentText(kCalibrationErrorBar, 0) + ")\n";
    TextTable rows({ "Figure", "Observed", "Predicted", "Error", "", "Metric vs line item" },
                   { TextTable::Align::Left, TextTable::Align::Right, TextTable::Align::Right, TextTable::Align::Right,
                     TextTable::Align::Left, TextTable::Align::Left });
    for (const ComparisonRow& row : c.rows)
        rows.row({ row.label, row.observedAvailable ? figure(row.observed, row.unit) : "no data",
                   figure(row.predicted, row.unit), row.observedAvailable ? formatRelativeError(row.relativeError) : "-",
                   row.flagged ? "OVER" : (row.observedAvailable ? "ok" : ""), row.metric + " vs " + row.lineItems });
    text += rows.render() + "\n";

    if (!c.proposals.empty()) {
        text += "Proposed constants (apply with --apply KEY,... or --apply recommended, and --save-scenario FILE)\n";
        for (const ConstantProposal& p : c.proposals) {
            const ConstantSpec& spec = constantSpec(p.constant);
            text += "  " + std::string(spec.key) + ": " + formatSignificant(p.current) + " -> " + formatSignificant(p.proposed)
                + (p.recommended ? "  (recommended: its row is over the bar)" : "")
                + (p.inRange ? "" : "  (cannot be applied)") + "\n    " + p.evidence + "\n";
        }
        text += "\n";
    }

    const GrowthFit& g = c.growth;
    text += "Growth fit over " + formatFixed(g.days, 1) + " days (" + formatGrouped(static_cast<double>(g.samples))
        + " samples of sum(engram_nodes))\n";
    if (g.linear.valid && g.compound.valid) {
        text += "  Linear:   " + formatGrouped(g.linear.expected) + " nodes/day (95% band " + formatGrouped(g.linear.low)
            + " to " + formatGrouped(g.linear.high) + "), residual " + percentText(g.linear.relativeRmse, 2)
            + (g.compoundChosen ? "" : "  <- chosen") + "\n";
        text += "  Compound: " + percentText(g.compound.expected, 3) + " a day (95% band "
            + percentText(g.compound.low, 3) + " to " + percentText(g.compound.high, 3) + "), residual "
            + percentText(g.compound.relativeRmse, 2) + (g.compoundChosen ? "  <- chosen" : "") + "\n";
        text += "  In " + formatCompact(c.horizonDays) + " days: " + formatGrouped(g.predictChosen(c.horizonDays))
            + " nodes by the chosen fit; " + formatGrouped(g.predictLinear(c.horizonDays))
            + " by least squares (predict_linear's method)";
        text += c.serverPredictLinear ? "; " + formatGrouped(*c.serverPredictLinear) + " by Prometheus's predict_linear\n"
                                      : "\n";
        text += "  The forecast uses the chosen fit's low/expected/high rates (--save-scenario keeps them).\n\n";
    } else {
        text += "  " + g.why + "\n\n";
    }

    const RightSizing& r = c.rightSizing;
    const VpaRecommendation& v = r.vpa;
    text += "Right-sizing (" + std::string(pricingModelKey(r.pricing)) + ")\n";
    text += "  CPU (VPA-style): p50 " + formatFixed(v.cpuP50, 2) + ", p90 " + formatFixed(v.cpuP90, 2) + ", p95 "
        + formatFixed(v.cpuP95, 2) + ", peak " + formatFixed(v.cpuPeak, 2) + " cores; target " + formatFixed(v.cpuTarget, 2)
        + " (p90), upper bound " + formatFixed(v.cpuUpperBound, 2) + " (p95 x (1 + 1/days))\n";
    text += "  Memory: peak " + formatHuman(v.memoryPeak, Unit::Bytes) + ", target " + formatHuman(v.memoryTarget, Unit::Bytes)
        + " (peak + 15%), upper bound " + formatHuman(v.memoryUpperBound, Unit::Bytes) + "\n";
    text += "  History: " + formatFixed(v.historyDays, 1) + " days, confidence " + percentText(v.confidence, 0)
        + (v.shortHistory ? "  WARNING: under a week of history" : "") + "\n";
    TextTable phases({ "Phase", "Rule", "Cores", "Memory", "Cloud", "Instances", "Monthly", "Saves vs phase 1" },
                     { TextTable::Align::Left, TextTable::Align::Left, TextTable::Align::Right, TextTable::Align::Right,
                       TextTable::Align::Left, TextTable::Align::Left, TextTable::Align::Right, TextTable::Align::Right });
    for (const RightSizingPhase& phase : r.phases) {
        bool first = true;
        for (const PhaseCloudCost& cloud : phase.clouds) {
            phases.row({ first ? std::to_string(phase.number) : "", first ? phase.rule : "",
                         first ? formatFixed(phase.cores, 1) : "", first ? formatHuman(phase.memoryBytes, Unit::Bytes) : "",
                         std::string(cloudTitle(cloud.cloud)),
                         cloud.available ? std::to_string(cloud.choice.count) + " x " + cloud.instance : "not offered",
                         cloud.available ? "$" + formatGrouped(cloud.monthly) : "-",
                         cloud.available && phase.number > 1
                             ? "$" + formatGrouped(cloud.savingsVsPhase1) + " (" + percentText(cloud.savingsFraction, 0) + ")"
                             : "" });
            first = false;
        }
        if (phase.clouds.empty())
            phases.row({ std::to_string(phase.number), phase.rule, formatFixed(phase.cores, 1),
                         formatHuman(phase.memoryBytes, Unit::Bytes), "", "no price book", "", "" });
    }
    text += phases.render();
    if (!c.findings.empty()) {
        text += "\nFindings\n";
        for (const Finding& f : c.findings)
            text += "  " + std::string(severityName(f.severity)) + ": " + f.message + " (" + f.reason + ")\n";
    }
    return text;
}

Result<std::vector<std::string>> applyKeys(const std::string& text, const Calibration& calibration)
{
    std::vector<std::string> keys;
    if (text == "all") {
        for (const ConstantProposal& p : calibration.proposals)
            keys.emplace_back(constantSpec(p.constant).key);
        return keys;
    }
    if (text == "recommended") {
        for (const ConstantProposal& p : calibration.proposals)
            if (p.recommended)
                keys.emplace_back(constantSpec(p.constant).key);
        return keys;
    }
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t comma = text.find(',', start);
        const std::string key = text.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
        bool proposed = false;
        for (const ConstantProposal& p : calibration.proposals)
            proposed = proposed || constantSpec(p.constant).key == key;
        if (!proposed) {
            std::string list;
            for (const ConstantProposal& p : calibration.proposals)
                list += (list.empty() ? "" : ", ") + std::string(constantSpec(p.constant).key);
            return Error { "--apply: \"" + key + "\" is not a proposed constant (proposed: " + list
                           + "; or use recommended or all)" };
        }
        keys.push_back(key);
        if (comma == std::string::npos)
            break;
        start = comma + 1;
    }
    return keys;
}

} // namespace

void setPrometheusFetcher(PrometheusFetcher fetcher)
{
    g_fetcher = fetcher;
}

std::string calibrateHelpText()
{
    HelpFormatter help;
    help.line("Usage: engram-capacity calibrate (--prometheus URL [--window 14d] | --from-file FILE) [OPTIONS]");
    help.line();
    help.line("Compares the model with what a running deployment shows. From the observed node count and traffic");
    help.line("it runs the model and sets each predicted figure (memory and storage per tier, WAL, cores) next to");
    help.line("the observed one, flagging errors over 15%; proposes the constants that would close the gap, with");
    help.line("their evidence; fits linear and compound growth to the node count (and compares Prometheus's own");
    help.line("predict_linear); and right-sizes: VPA-style targets and the spec's three phases (2x baseline, 1.3x");
    help.line("the observed peak, 70% average utilization) priced per cloud with the savings against phase 1.");
    help.line("Metrics read: engram_nodes{tier}, engram_memory_usage_bytes{tier}, engram_storage_usage_bytes{tier},");
    help.line("engram_wal_size_bytes, engram_operations_per_second{operation}, engram_cpu_utilization_percent{core},");
    help.line("and engram_p99_latency_ms when present (docs/calibration.md).");
    help.heading("Telemetry options:");
    help.option("--prometheus URL", "The Prometheus server's base URL (http:// or https://); its HTTP API is queried.");
    help.option("--window DURATION", "How far back to read, ending at --end: 14d (the default), 36h, 90m, 600s.");
    help.option("--start TIME", "The window's start instead of --window (same forms as --end).");
    help.option("--end TIME", "The window's end: 2026-12-04T10:00:00Z, 2026-12-04 or seconds since the epoch; now by default.");
    help.option("--step DURATION", "Resolution of query_range (default 60s); long windows are split so that no query "
                                   "asks for more than 11,000 points per series.");
    help.option("--token-file FILE", "Read a bearer token from FILE (one line). Tokens are never taken on the command line.");
    help.option("--token-env NAME", "Read the bearer token from environment variable NAME (default "
                                    + std::string(kDefaultTokenVariable) + ", used when set).");
    help.option("--timeout SECONDS", "Per-request timeout (default 30); failed connections, 429 and 5xx answers are "
                                     "retried with doubling delays.");
    help.option("--retries N", "Retries per request after the first try (0 to 10, default 2).");
    help.option("--from-file FILE", "Read the series from FILE instead: query_range JSON (one response or an array) "
                                    "or OpenMetrics text with timestamps in seconds, ending with # EOF.");
    help.option("--save-telemetry FILE", "Also write the series read as query_range JSON (replaced atomically), for "
                                         "--from-file on a machine without access to the server.");
    help.heading("Calibration options:");
    help.option("--horizon DAYS", "Days ahead for the growth predictions compared with predict_linear (default 30).");
    help.option("--apply KEYS", "Apply proposed constants: comma-separated keys, recommended (those over the bar) "
                                "or all; each records its server, window and time.");
    help.option("--save-scenario FILE", "Write the scenario with the applied constants, their provenance and the fitted "
                                        "growth rates (replaced atomically).");
    PriceOptions::addHelp(help);
    ScenarioOptions::addHelp(help);
    help.heading("Output options:");
    help.option("--format NAME", "text (the default). json: every table in base units. csv: "
                                 "section,key,label,value,compared_with,relative,flag,detail.");
    help.option("--output FILE", "Write to FILE (replaced atomically) instead of standard output.");
    help.option("-h, --help", "Show this help.");
    help.heading("Exit status:");
    help.line("  0 success; 1 the output could not be written; 2 bad usage or input, such as a URL that is not");
    help.line("  HTTP, a window of 0, a file that is not telemetry or a NaN sample (nothing on stdout); 3 the server");
    help.line("  could not be read (connection refused, HTTP error, unknown metric, empty result).");
    help.heading("Examples:");
    help.line("  engram-capacity calibrate --prometheus http://prometheus:9090 --window 14d");
    help.line("  engram-capacity calibrate --from-file export.json --format json");
    help.line("  engram-capacity calibrate --from-file export.om --apply recommended --save-scenario calibrated.json");
    return help.text();
}

int runCalibrateCommand(std::span<const std::string_view> args, CliContext& context)
{
    const std::vector<OptionSpec> specs = calibrateSpecs();
    const Result<CliArguments> parsed = CliArguments::parse(specs, args);
    if (!parsed)
        return reportUsageError(context, kCommand, parsed.error());
    if (parsed->has("help")) {
        context.out << calibrateHelpText() << std::flush;
        return context.out ? ExitSuccess : ExitFailure;
    }
    const bool fromServer = parsed->has("prometheus");
    const bool fromFile = parsed->has("from-file");
    if (fromServer == fromFile)
        return reportUsageError(context, kCommand,
                                "give exactly one telemetry source: --prometheus URL or --from-file FILE");
    if (fromFile) {
        for (const char* serverOnly : { "window", "start", "end", "step", "token-file", "token-env", "timeout", "retries" })
            if (parsed->has(serverOnly))
                return reportUsageError(context, kCommand,
                                        "--" + std::string(serverOnly) + " applies to --prometheus, not --from-file");
    }
    const Result<OutputFormat> format = CommandOutput::format(*parsed);
    if (!format)
        return reportUsageError(context, kCommand, format.error());
    const Result<ScenarioDocument> document = ScenarioOptions::resolve(*parsed);
    if (!document)
        return reportUsageError(context, kCommand, document.error());
    const Result<PriceSelection> prices = PriceOptions::resolve(*parsed);
    if (!prices)
        return reportUsageError(context, kCommand, prices.error());
    CalibrationOptions options;
    options.pricing = prices->pricing.value_or(PricingModel::OnDemand);
    options.cost = prices->costOptions;
    if (fromFile) {
        const Result<double> horizon = positiveNumber(*parsed, "horizon", options.horizonDays, 1, 3650);
        if (!horizon)
            return reportUsageError(context, kCommand, horizon.error());
        options.horizonDays = *horizon;
    }
    if (parsed->has("apply") && !parsed->has("save-scenario"))
        return reportUsageError(context, kCommand, "--apply needs --save-scenario FILE to write the calibrated scenario to");

    TelemetrySet telemetry;
    if (fromServer) {
        const Result<PrometheusRequest> request = resolveRequest(*parsed);
        if (!request)
            return reportUsageError(context, kCommand, request.error());
        if (!g_fetcher) {
            // No HTTP client in this binary: the sibling tool runs the same command with one.
            const Result<std::string> tool = findSiblingTool(kPrometheusToolName, "--from-file works without it");
            if (!tool)
                return reportUsageError(context, kCommand, tool.error());
            std::vector<std::string_view> forwarded { kCommand };
            forwarded.insert(forwarded.end(), args.begin(), args.end());
            const Error failed = execSiblingTool(*tool, std::string(kProgramName), forwarded);
            return reportUsageError(context, kCommand, failed.message);
        }
        options.horizonDays = request->horizonDays;
        Result<PrometheusFetch> fetched = g_fetcher(*request, {}, nullptr);
        if (!fetched) {
            context.err << kProgramName << " " << kCommand << ": " << fetched.error() << "\n";
            return ExitUnavailable;
        }
        options.serverPredictLinear = fetched->predictLinear;
        telemetry = std::move(fetched).value().telemetry;
    } else {
        const std::string path = *parsed->value("from-file");
        const Result<std::string> text = readTextFile(path);
        if (!text)
            return reportUsageError(context, kCommand, "--from-file: " + text.error());
        Result<TelemetrySet> read = readTelemetryFile(*text, path);
        if (!read)
            return reportUsageError(context, kCommand, "--from-file " + read.error());
        telemetry = std::move(read).value();
        telemetry.source.fetchedAt = currentTimestamp();
    }

    const Result<Calibration> calibration = calibrate(telemetry, *document, prices->book.get(), options);
    if (!calibration)
        return reportUsageError(context, kCommand, calibration.error());

    if (const std::string* save = parsed->value("save-telemetry")) {
        const Result<std::size_t> written = writeFileAtomically(*save, writeQueryRangeJson(telemetry));
        if (!written) {
            context.err << kProgramName << " " << kCommand << ": --save-telemetry: " << written.error() << "\n";
            return ExitFailure;
        }
    }
    if (const std::string* save = parsed->value("save-scenario")) {
        ScenarioDocument calibrated = *document;
        calibrated.forecast = calibration->observedDocument.forecast;
        if (const std::string* keys = parsed->value("apply")) {
            const Result<std::vector<std::string>> selected = applyKeys(*keys, *calibration);
            if (!selected)
                return reportUsageError(context, kCommand, selected.error());
            if (!selected->empty())
                applyProposals(calibrated, *calibration, *selected, currentTimestamp());
        }
        const Result<std::size_t> written = writeFileAtomically(*save, writeScenarioJson(calibrated));
        if (!written) {
            context.err << kProgramName << " " << kCommand << ": --save-scenario: " << written.error() << "\n";
            return ExitFailure;
        }
    }

    std::string text;
    switch (*format) {
    case OutputFormat::Json:
        text = writeCalibrationJson(*calibration, prices->book.get());
        break;
    case OutputFormat::Csv:
        text = writeCalibrationCsv(*calibration);
        break;
    case OutputFormat::Text:
        text = renderText(*calibration);
        break;
    }
    return CommandOutput::deliver(*parsed, text, kCommand, context);
}

} // namespace ecw
