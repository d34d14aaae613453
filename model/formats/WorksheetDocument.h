// SPDX-License-Identifier: GPL-3.0-or-later
// A printable worksheet as plain data: headings, paragraphs, tables and charts. The PDF and print
// renderers lay it out; the builder fills it from an estimate, a forecast and costs.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace ecw {

enum class BlockKind { Heading, Paragraph, Code, Table, BarChart, LineChart };

enum class Align { Left, Right };

struct WorksheetTable {
    std::vector<std::string> columns;
    std::vector<Align> align; // one per column
    std::vector<double> widths; // relative column widths, one per column
    std::vector<std::vector<std::string>> rows;
    std::vector<bool> marked; // per row: drawn emphasised (a changed assumption, a warning)
};

// A horizontal stacked bar per category (e.g. hot/warm/cold per measure), values in one unit each.
struct BarChartSeries {
    std::string name; // "Hot"
    std::vector<double> values; // one per category
};

struct WorksheetBarChart {
    std::vector<std::string> categories; // "Nodes", "Memory", "Storage"
    std::vector<std::string> totals; // formatted total per category, printed at the bar's end
    std::vector<BarChartSeries> series;
    std::vector<std::vector<std::string>> labels; // [series][category] formatted values
};

struct LineSeries {
    std::string name;
    std::vector<double> x;
    std::vector<double> y;
    std::vector<double> low; // optional band (same size as y) or empty
    std::vector<double> high;
    bool dashed = false;
};

// A horizontal reference line: an instance's capacity, a scaling trigger.
struct ChartThreshold {
    std::string name;
    double y = 0;
    std::size_t seriesIndex = 0; // drawn in that series' colour
};

struct WorksheetLineChart {
    std::string xLabel;
    std::string yLabel; // axis title with its unit: "Memory (GiB)"
    std::string yUnit; // unit appended to read-outs: "GiB"
    bool logX = false;
    // Logarithmic value axis, for figures that grow by orders of magnitude (a year of compound growth); values
    // at or below zero sit on the axis floor.
    bool logY = false;
    bool stepped = false; // values hold until the next point (costs that step with configuration changes)
    std::vector<LineSeries> series;
    std::vector<double> markersX; // vertical marker lines (30/60/90 days)
    std::vector<ChartThreshold> thresholds;
};

struct WorksheetBlock {
    BlockKind kind = BlockKind::Paragraph;
    std::string text; // heading or paragraph text; a file's text (Code, kept verbatim); chart caption
    int level = 1; // heading level 1 or 2
    WorksheetTable table;
    WorksheetBarChart bars;
    WorksheetLineChart lines;
};

struct WorksheetDocument {
    std::string title; // scenario name
    std::string subtitle; // "Engram Capacity Workbench 0.1.0 · 2026-11-29 · full profile"
    std::string footer; // left footer text; page numbers are added by the renderer
    std::vector<WorksheetBlock> blocks;

    void heading(std::string text, int level = 1);
    void paragraph(std::string text);
    void code(std::string text); // set in a monospaced font, line for line
    WorksheetTable& table(std::vector<std::string> columns, std::vector<Align> align, std::vector<double> widths);
};

} // namespace ecw
