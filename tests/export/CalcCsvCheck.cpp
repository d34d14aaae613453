// SPDX-License-Identifier: GPL-3.0-or-later
// Opens the CSV worksheet in LibreOffice Calc (soffice --headless --convert-to fods) and checks that every
// field that is a number in the CSV is a number cell in Calc with the same value, and every other field a
// text cell. For the defaults and a 10^11-node scenario, with the import language set to English (USA) and
// with Calc's defaults under a C.UTF-8 locale.
//
//   ecw_calc_csv_check ENGRAM_CAPACITY WORK_FOLDER
//
// Exit 0: all good; 1: a mismatch or a failed step; 77: soffice is not installed (ctest reports a skip).
#include "CsvParser.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTextStream>
#include <QXmlStreamReader>

#include <cmath>

namespace {

constexpr int kSkip = 77;

struct Cell
{
    QString type; // office:value-type: "float", "string", "percentage", "date", ... or "" for empty
    double value = 0;
};
using Grid = std::vector<std::vector<Cell>>;

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

bool run(const QString& program, const QStringList& arguments, const QProcessEnvironment& environment,
         const QString& what)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(300000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        out() << "FAIL: " << what << ": " << process.readAll() << Qt::endl;
        return false;
    }
    return true;
}

// The first sheet of a flat ODS file as rows of cells (repeats expanded, capped: only trailing empties repeat).
bool readFods(const QString& path, Grid& grid)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QXmlStreamReader xml(&file);
    const QString table = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
    const QString office = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
    bool inTable = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("table") && xml.namespaceUri() == table) {
            if (inTable)
                break;
            inTable = true;
        } else if (inTable && xml.isEndElement() && xml.name() == QLatin1String("table")) {
            break;
        } else if (inTable && xml.isStartElement() && xml.name() == QLatin1String("table-row")) {
            const int rows = std::min(xml.attributes().value(table, QStringLiteral("number-rows-repeated")).toInt(), 3);
            std::vector<Cell> cells;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("table-row")) && !xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement()
                    && (xml.name() == QLatin1String("table-cell")
                        || xml.name() == QLatin1String("covered-table-cell"))) {
                    Cell cell;
                    cell.type = xml.attributes().value(office, QStringLiteral("value-type")).toString();
                    cell.value = xml.attributes().value(office, QStringLiteral("value")).toDouble();
                    const int repeat = std::min(
                        std::max(xml.attributes().value(table, QStringLiteral("number-columns-repeated")).toInt(), 1),
                        64);
                    for (int i = 0; i < repeat; ++i)
                        cells.push_back(cell);
                }
            }
            for (int i = 0; i < std::max(rows, 1); ++i)
                grid.push_back(cells);
        }
    }
    return !xml.hasError() && !grid.empty();
}

// A CSV field the worksheet means as a number: plain decimal, optionally in exponent notation.
bool isNumber(const std::string& field)
{
    static const QRegularExpression number(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?$"));
    return number.match(QString::fromStdString(field)).hasMatch();
}

bool compare(const QString& csvPath, const Grid& grid, const QString& label)
{
    QFile file(csvPath);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray bytes = file.readAll();
    const ecw::Result<std::vector<ecw::CsvRow>> rows = ecw::parseCsv(std::string_view(bytes.constData(), bytes.size()));
    if (!rows) {
        out() << "FAIL: " << label << ": " << QString::fromStdString(rows.error()) << Qt::endl;
        return false;
    }
    int numbers = 0, texts = 0, failures = 0;
    for (std::size_t r = 0; r < rows->size(); ++r) {
        for (std::size_t c = 0; c < (*rows)[r].size(); ++c) {
            const std::string& field = (*rows)[r][c];
            if (field.empty())
                continue;
            const Cell cell = r < grid.size() && c < grid[r].size() ? grid[r][c] : Cell {};
            if (isNumber(field)) {
                ++numbers;
                const double expected = std::strtod(field.c_str(), nullptr);
                // Calc keeps the double; its file holds 15 significant digits.
                const bool same = std::abs(cell.value - expected) <= 1e-14 * std::max(1.0, std::abs(expected));
                if (cell.type != QLatin1String("float") || !same) {
                    if (++failures <= 10)
                        out() << "FAIL: " << label << ": row " << r + 1 << " column " << c + 1 << " '"
                              << QString::fromStdString(field) << "' is "
                              << (cell.type.isEmpty() ? QStringLiteral("empty") : cell.type) << " " << cell.value
                              << " in Calc" << Qt::endl;
                }
            } else {
                ++texts;
                if (cell.type != QLatin1String("string")) {
                    if (++failures <= 10)
                        out() << "FAIL: " << label << ": row " << r + 1 << " column " << c + 1 << " '"
                              << QString::fromStdString(field) << "' became " << cell.type << " in Calc" << Qt::endl;
                }
            }
        }
    }
    out() << (failures ? "FAIL: " : "ok: ") << label << ": " << numbers << " numbers and " << texts
          << " texts checked, " << failures << " wrong" << Qt::endl;
    return failures == 0 && numbers > 500;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        out() << "usage: ecw_calc_csv_check ENGRAM_CAPACITY WORK_FOLDER" << Qt::endl;
        return 1;
    }
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty()) {
        out() << "soffice (LibreOffice) is not installed: skipped" << Qt::endl;
        return kSkip;
    }
    const QString cli = QString::fromLocal8Bit(argv[1]);
    QDir work(QString::fromLocal8Bit(argv[2]));
    work.removeRecursively();
    if (!work.mkpath(QStringLiteral(".")))
        return 1;
    QFile scenario(work.filePath(QStringLiteral("large.json")));
    if (!scenario.open(QIODevice::WriteOnly))
        return 1;
    scenario.write(R"({"format":"engram-capacity-scenario","schema_version":1,"name":"Hundred billion nodes",)"
                   R"("inputs":{"nodes":100000000000}})");
    scenario.close();

    const QProcessEnvironment system = QProcessEnvironment::systemEnvironment();
    QProcessEnvironment cLocale = system;
    cLocale.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    // A profile of its own: nothing of the user's LibreOffice settings is read or changed.
    const QString profile = QStringLiteral("-env:UserInstallation=file://") + work.filePath(QStringLiteral("profile"));
    bool ok = true;
    for (const QString& name : { QStringLiteral("default"), QStringLiteral("large") }) {
        const QString csv = work.filePath(name + QStringLiteral(".csv"));
        QStringList exportArgs { QStringLiteral("export"), QStringLiteral("--csv"), csv };
        if (name == QLatin1String("large"))
            exportArgs << QStringLiteral("--scenario") << scenario.fileName();
        if (!run(cli, exportArgs, system, QStringLiteral("engram-capacity export")))
            return 1;
        struct Import
        {
            QString label;
            QString filter; // empty: Calc's defaults
            QProcessEnvironment environment;
        };
        const Import imports[] = {
            { name + QStringLiteral(" (import language English (USA))"), QStringLiteral("CSV:44,34,76,1,,1033"),
              system },
            { name + QStringLiteral(" (Calc's default import, C.UTF-8 locale)"), QString(), cLocale },
        };
        int index = 0;
        for (const Import& import : imports) {
            const QDir outDir(work.filePath(QStringLiteral("out-%1-%2").arg(name).arg(index++)));
            QStringList args { profile, QStringLiteral("--headless"), QStringLiteral("--convert-to"),
                               QStringLiteral("fods") };
            if (!import.filter.isEmpty())
                args << QStringLiteral("--infilter=") + import.filter;
            args << QStringLiteral("--outdir") << outDir.path() << csv;
            if (!run(soffice, args, import.environment, QStringLiteral("soffice --convert-to fods"))) {
                ok = false;
                continue;
            }
            Grid grid;
            if (!readFods(outDir.filePath(name + QStringLiteral(".fods")), grid)) {
                out() << "FAIL: " << import.label << ": Calc wrote no readable sheet" << Qt::endl;
                ok = false;
                continue;
            }
            ok = compare(csv, grid, import.label) && ok;
        }
    }
    return ok ? 0 : 1;
}
