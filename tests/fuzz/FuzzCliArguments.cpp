// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes engram-capacity's command line in-process: the bytes are split at newlines into argv (after the
// program name) and run through runCli, so the argument parser, every option's value parser and the pure
// estimate/forecast/cost/export-CSV paths see them. Any argv must end in exit code 0, 1 or 2, never a crash;
// a usage error (2) writes nothing to stdout and says why on stderr; a successful --format json command
// writes one valid JSON document.
//
// The commands read and write files named on the command line, so the fuzzer runs in a scratch folder of its
// own holding a scenario file (scenario.json) and a price book (book.json) that arguments may name; an
// argument with a '/' is skipped (no file outside the folder is ever touched), and so is `export --pdf`,
// which would exec the PDF tool and end the process.
#include "BuiltinPriceBook.h"
#include "CliApplication.h"
#include "PriceBookJson.h"
#include "ScenarioJson.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <unistd.h>

namespace {

constexpr std::size_t kMaxArgs = 64;
const char* const kScenarioFile = "scenario.json";
const char* const kBookFile = "book.json";

std::filesystem::path g_scratch;
std::string g_scenarioText;
std::string g_bookText;

// A scenario with something in every section: a preset, changed inputs and constants, a points curve.
std::string fixtureScenario()
{
    ecw::ScenarioDocument document;
    document.name = "Fuzz fixture";
    document.notes = "notes\nwith a line break";
    document.preset = "write-heavy";
    document.presetModified = true;
    document.profile = ecw::Profile::Full;
    document.scenario.set(ecw::InputId::Nodes, 5e7);
    document.scenario.set(ecw::InputId::ReplicationFactor, 2);
    document.constants.set(ecw::ConstantId::HashTableOverhead, 1.8);
    document.forecast.model = ecw::GrowthModel::Points;
    document.forecast.points = { { 0, 5e7 }, { 30, 6e7 }, { 90, 1e8 } };
    document.forecast.horizonDays = 120;
    return ecw::writeScenarioJson(document);
}

// The built-in book cut to two instance types per cloud: small enough to parse on every run.
std::string fixtureBook()
{
    const auto& builtin = ecw::builtinPriceBook();
    if (!builtin.ok())
        std::abort();
    ecw::PriceBook book = *builtin.value();
    for (ecw::CloudPrices& cloud : book.clouds)
        if (cloud.instances.size() > 2)
            cloud.instances.resize(2);
    return ecw::writePriceBookJson(book);
}

void writeFile(const char* name, const std::string& text)
{
    std::ofstream(g_scratch / name, std::ios::binary | std::ios::trunc) << text;
}

// Leaves the scratch folder holding exactly the two fixtures, as they were (a run may have replaced
// them with --output or added files of its own).
void resetScratch()
{
    for (const auto& entry : std::filesystem::directory_iterator(g_scratch)) {
        const std::string name = entry.path().filename().string();
        if (name != kScenarioFile && name != kBookFile)
            std::filesystem::remove_all(entry.path());
    }
    const std::pair<const char*, const std::string*> fixtures[]
        = { { kScenarioFile, &g_scenarioText }, { kBookFile, &g_bookText } };
    for (const auto& [name, text] : fixtures) {
        std::error_code error;
        if (std::filesystem::file_size(g_scratch / name, error) != text->size() || error)
            writeFile(name, *text);
    }
}

// libFuzzer's own path arguments (corpus folders, -artifact_prefix=...) are made absolute before the
// fuzzer moves into its scratch folder, so they keep naming what the caller meant.
void absolutizePaths(int* argc, char*** argv)
{
    static std::vector<std::string> storage;
    static std::vector<char*> pointers;
    storage.assign(*argv, *argv + *argc);
    const std::filesystem::path cwd = std::filesystem::current_path();
    for (std::size_t i = 1; i < storage.size(); ++i) {
        std::string& arg = storage[i];
        for (const char* flag : { "-artifact_prefix=", "-exact_artifact_path=", "-dict=" }) {
            const std::size_t length = std::strlen(flag);
            if (arg.compare(0, length, flag) == 0 && arg.size() > length && arg[length] != '/')
                arg = flag + (cwd / arg.substr(length)).string();
        }
        if (!arg.empty() && arg[0] != '-' && arg[0] != '/')
            arg = (cwd / arg).string();
    }
    pointers.clear();
    for (std::string& arg : storage)
        pointers.push_back(arg.data());
    pointers.push_back(nullptr);
    *argv = pointers.data();
}

std::vector<std::string_view> splitArguments(std::string_view text)
{
    std::vector<std::string_view> args;
    while (!text.empty() && args.size() < kMaxArgs) {
        const std::size_t newline = text.find('\n');
        args.push_back(text.substr(0, newline));
        if (newline == std::string_view::npos)
            break;
        text.remove_prefix(newline + 1);
    }
    return args;
}

bool harmless(const std::vector<std::string_view>& args)
{
    for (std::string_view arg : args)
        if (arg.find('/') != std::string_view::npos)
            return false;
    if (!args.empty() && args.front() == "export")
        for (std::string_view arg : args)
            if (arg.starts_with("--pdf"))
                return false;
    return true;
}

bool has(const std::vector<std::string_view>& args, std::string_view wanted)
{
    for (std::string_view arg : args)
        if (arg == wanted)
            return true;
    return false;
}

// "--format=json" or "--format json" (a value never starts with "--", so this is the option, not a value).
bool asksForJson(const std::vector<std::string_view>& args)
{
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--")
            return false;
        if (args[i] == "--format=json" || (args[i] == "--format" && i + 1 < args.size() && args[i + 1] == "json"))
            return true;
    }
    return false;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    absolutizePaths(argc, argv);
    const char* tmp = std::getenv("TMPDIR");
    std::string pattern = std::string(tmp && *tmp ? tmp : "/tmp") + "/ecw-fuzz-cli-XXXXXX";
    if (!::mkdtemp(pattern.data()))
        std::abort();
    g_scratch = pattern;
    std::filesystem::current_path(g_scratch);
    g_scenarioText = fixtureScenario();
    g_bookText = fixtureBook();
    resetScratch();
    std::atexit([] {
        std::error_code ignored;
        std::filesystem::remove_all(g_scratch, ignored);
    });
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::vector<std::string_view> args
        = splitArguments(std::string_view(reinterpret_cast<const char*>(data), size));
    if (!harmless(args))
        return 0;
    std::ostringstream out;
    std::ostringstream err;
    ecw::CliContext context { out, err };
    const int code = ecw::runCli(args, context);
    resetScratch();

    if (code != 0 && code != 1 && code != 2)
        std::abort();
    if (code == 2 && (!out.str().empty() || err.str().empty()))
        std::abort(); // usage errors say why on stderr and write nothing to stdout
    if (code != 0 || args.empty() || out.str().empty() || !asksForJson(args))
        return 0;
    const bool help = args.front() == "help" || args.front().starts_with("-") || has(args, "--help") || has(args, "-h");
    if (!help && !nlohmann::json::accept(out.str()))
        std::abort(); // --format json gives one JSON document
    return 0;
}
