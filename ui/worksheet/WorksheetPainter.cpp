// SPDX-License-Identifier: GPL-3.0-or-later
// Two passes over the worksheet: the first counts pages ("Page 3 of 9"), the second paints.
#include "WorksheetPainter.h"

#include <QFontMetricsF>
#include <QImage>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>
#include <QTextOption>

#include "Units.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace ecw {

namespace {

const QColor kInk(0x20, 0x24, 0x2a);
const QColor kMuted(0x5f, 0x66, 0x70);
const QColor kRule(0xc8, 0xcd, 0xd3);
const QColor kHeaderFill(0xe9, 0xed, 0xf2);
const QColor kMarkFill(0xfff4e0);
const QColor kSeriesColors[] = { QColor(0xd9, 0x48, 0x2b), QColor(0xe8, 0xa3, 0x17), QColor(0x2b, 0x6c, 0xb0),
                                 QColor(0x2e, 0x8b, 0x57), QColor(0x7b, 0x4f, 0xa8), QColor(0x55, 0x55, 0x55) };

QString qs(const std::string& text) { return QString::fromStdString(text); }

QFont makeMonoFont(double points)
{
    QFont font(QStringLiteral("DejaVu Sans Mono"));
    font.setStyleHint(QFont::Monospace);
    font.setPointSizeF(points);
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

QFont makeFont(double points, bool bold = false)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(points);
    font.setBold(bold);
    // No ligatures (Qt 6.4 has no QFont::setFeature("liga")): "file" stays f-i-l-e in the PDF's text, so it can
    // be searched and copied. Latin text needs no other shaping.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

// Every device is laid out at this resolution, whatever its own: text is measured on a reference image of
// 1,200 dpi and the painter scales to the device. A PDF, a print preview and a 600-dpi printer therefore break
// pages in the same places; measuring on each device would round font metrics to its own pixels and move them.
constexpr double kLayoutDpi = 1200.0;

const QImage& layoutDevice()
{
    static const QImage image = [] {
        QImage reference(1, 1, QImage::Format_Mono);
        const int dotsPerMeter = static_cast<int>(std::lround(kLayoutDpi / 0.0254));
        reference.setDotsPerMeterX(dotsPerMeter);
        reference.setDotsPerMeterY(dotsPerMeter);
        return reference;
    }();
    return image;
}

double deviceScale(const QPagedPaintDevice& device)
{
    return device.logicalDpiY() / kLayoutDpi;
}

// One layout/paint pass. With painter == nullptr it only measures and counts pages.
class Pass
{
public:
    Pass(const WorksheetDocument& document, QPagedPaintDevice& device, QPainter* painter, int totalPages)
        : m_doc(document)
        , m_device(device)
        , m_painter(painter)
        , m_totalPages(totalPages)
        , m_measure(layoutDevice())
        , m_dpi(kLayoutDpi)
        , m_width(device.width() / deviceScale(device))
        , m_height(device.height() / deviceScale(device))
    {
    }

    int run()
    {
        beginPage();
        titleBlock();
        for (std::size_t i = 0; i < m_doc.blocks.size(); ++i)
            block(m_doc.blocks[i], i + 1 < m_doc.blocks.size() ? &m_doc.blocks[i + 1] : nullptr,
                  i + 2 < m_doc.blocks.size() ? &m_doc.blocks[i + 2] : nullptr);
        endPage();
        return m_page;
    }

private:
    double mm(double millimetres) const { return millimetres / 25.4 * m_dpi; }
    double bodyTop() const { return mm(9); }
    double bodyBottom() const { return m_height - mm(9); }
    double remaining() const { return bodyBottom() - m_y; }

    QFontMetricsF metrics(const QFont& font) const { return QFontMetricsF(font, &m_measure); }

    // Every wrapped text goes through one layout, measured and painted the same way. Words wrap at spaces;
    // a token longer than the line (a URL, a repository path) breaks anywhere rather than running out of
    // its cell. '\n' starts a new line.
    // layout must have been made with the font and the layout device (QTextLayout(QString(), font, &m_measure)):
    // setFont() afterwards would drop its resolution.
    double layoutText(const QString& text, double width, Qt::Alignment horizontal, QTextLayout& layout) const
    {
        QString prepared = text;
        prepared.replace(QLatin1Char('\n'), QChar::LineSeparator);
        layout.setText(prepared);
        QTextOption option(horizontal);
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        double y = 0;
        for (;;) {
            QTextLine line = layout.createLine();
            if (!line.isValid())
                break;
            line.setLineWidth(std::max(width, 1.0));
            line.setPosition(QPointF(0, y));
            y += line.height();
        }
        layout.endLayout();
        return y;
    }

    double textHeight(const QString& text, const QFont& font, double width) const
    {
        QTextLayout layout(QString(), font, &m_measure);
        return layoutText(text, width, Qt::AlignLeft, layout);
    }

    // A number that does not fit its cell on one line is set smaller (down to 5 pt) rather than wrapped:
    // a figure split over two lines reads badly and loses its unit to the next line in extracted text.
    QFont fitted(const QString& text, const QFont& font, double width) const
    {
        double widest = 0;
        const QFontMetricsF fm = metrics(font);
        for (const QString& line : text.split(QLatin1Char('\n')))
            widest = std::max(widest, fm.horizontalAdvance(line));
        if (widest <= width || widest <= 0)
            return font;
        QFont smaller = font;
        smaller.setPointSizeF(std::max(5.0, font.pointSizeF() * width / widest * 0.98));
        return smaller;
    }

    void beginPage()
    {
        ++m_page;
        m_y = bodyTop();
        if (!m_painter)
            return;
        QPainter& p = *m_painter;
        const QFont font = makeFont(7.5);
        const QRectF header(0, 0, m_width, mm(5));
        drawWrapped(header, qs(m_doc.title), font, kMuted, Qt::AlignLeft | Qt::AlignVCenter);
        drawWrapped(header, QStringLiteral("Engram capacity worksheet"), font, kMuted,
                    Qt::AlignRight | Qt::AlignVCenter);
        p.setPen(QPen(kRule, mm(0.2)));
        p.drawLine(QPointF(0, mm(6)), QPointF(m_width, mm(6)));
        const double footerTop = m_height - mm(5);
        p.drawLine(QPointF(0, footerTop - mm(1)), QPointF(m_width, footerTop - mm(1)));
        const QRectF footer(0, footerTop, m_width, mm(5));
        drawWrapped(footer, qs(m_doc.footer), font, kMuted, Qt::AlignLeft | Qt::AlignVCenter);
        drawWrapped(footer, QStringLiteral("Page %1 of %2").arg(m_page).arg(std::max(m_totalPages, m_page)), font,
                    kMuted, Qt::AlignRight | Qt::AlignVCenter);
    }

    void endPage() { }

    void newPage()
    {
        endPage();
        if (m_painter)
            m_device.newPage();
        beginPage();
    }

    void ensure(double height)
    {
        if (height > remaining() && m_y > bodyTop() + 0.5)
            newPage();
    }

    void drawWrapped(const QRectF& rect, const QString& text, const QFont& font, const QColor& color, int align)
    {
        if (!m_painter)
            return;
        const Qt::Alignment horizontal = Qt::Alignment(align) & Qt::AlignHorizontal_Mask;
        QTextLayout layout(QString(), font, &m_measure);
        const double height = layoutText(text, rect.width(), horizontal ? horizontal : Qt::AlignLeft, layout);
        double top = rect.top();
        if (align & Qt::AlignVCenter)
            top += (rect.height() - height) / 2;
        else if (align & Qt::AlignBottom)
            top += rect.height() - height;
        m_painter->setPen(color);
        layout.draw(m_painter, QPointF(rect.left(), top));
    }

    void titleBlock()
    {
        const QFont titleFont = makeFont(18, true);
        const double titleHeight = textHeight(qs(m_doc.title), titleFont, m_width);
        drawWrapped(QRectF(0, m_y, m_width, titleHeight), qs(m_doc.title), titleFont, kInk, Qt::AlignLeft);
        m_y += titleHeight + mm(1);
        const QFont subFont = makeFont(8.5);
        const double subHeight = textHeight(qs(m_doc.subtitle), subFont, m_width);
        drawWrapped(QRectF(0, m_y, m_width, subHeight), qs(m_doc.subtitle), subFont, kMuted, Qt::AlignLeft);
        m_y += subHeight + mm(3);
    }

    double headingHeight(const WorksheetBlock& b) const
    {
        return textHeight(qs(b.text), makeFont(b.level == 1 ? 13 : 10.5, true), m_width) + mm(b.level == 1 ? 5 : 3.5);
    }

    // Height of what must stay with a heading: the first row of a table, a chart, a paragraph. A short
    // paragraph introducing a table or chart keeps that with it too (afterNext), so a heading and its
    // introduction never end a page alone.
    double leadHeight(const WorksheetBlock* next, const WorksheetBlock* afterNext = nullptr) const
    {
        if (!next)
            return 0;
        switch (next->kind) {
        case BlockKind::Table:
            return tableHeaderHeight(next->table) + (next->table.rows.empty() ? 0 : rowHeight(next->table, 0));
        case BlockKind::BarChart:
            return barChartHeight(next->bars);
        case BlockKind::LineChart:
            return lineChartHeight(*next);
        case BlockKind::Paragraph: {
            const double paragraph = textHeight(qs(next->text), makeFont(9), m_width) + mm(2);
            const bool introduces = afterNext
                && (afterNext->kind == BlockKind::Table || afterNext->kind == BlockKind::BarChart
                    || afterNext->kind == BlockKind::LineChart);
            return paragraph + (introduces ? leadHeight(afterNext) : 0.0);
        }
        case BlockKind::Heading:
            return headingHeight(*next);
        case BlockKind::Code: {
            // A heading keeps at least the file's first few lines with it.
            const QString text = qs(next->text);
            const QStringList lines = text.split(QLatin1Char('\n'));
            double height = 0;
            for (qsizetype i = 0; i < std::min<qsizetype>(lines.size(), 4); ++i)
                height += codeLineHeight(lines[i]);
            return height;
        }
        }
        return 0;
    }

    double codeLineHeight(const QString& line) const
    {
        return textHeight(line.isEmpty() ? QStringLiteral(" ") : line, makeMonoFont(6.5), m_width - 2 * mm(2));
    }

    // A file's text, line for line on a light fill; a long file continues on the next page, a line too long for
    // the page wraps (the continuation indented by the fill's margin, never cut off).
    void codeBlock(const WorksheetBlock& b)
    {
        const QFont font = makeMonoFont(6.5);
        QString text = qs(b.text);
        if (text.endsWith(QLatin1Char('\n')))
            text.chop(1);
        const double inset = mm(2);
        m_y += mm(0.5);
        for (const QString& line : text.split(QLatin1Char('\n'))) {
            const double height = codeLineHeight(line);
            ensure(height);
            if (m_painter) {
                m_painter->fillRect(QRectF(0, m_y, m_width, height), kHeaderFill);
                drawWrapped(QRectF(inset, m_y, m_width - 2 * inset, height), line, font, kInk, Qt::AlignLeft);
            }
            m_y += height;
        }
        m_y += mm(2.5);
    }

    void block(const WorksheetBlock& b, const WorksheetBlock* next, const WorksheetBlock* afterNext)
    {
        switch (b.kind) {
        case BlockKind::Heading: {
            const double height = headingHeight(b);
            ensure(height + leadHeight(next, afterNext));
            const double gap = mm(b.level == 1 ? 3 : 2);
            const QFont font = makeFont(b.level == 1 ? 13 : 10.5, true);
            const double textH = height - gap - mm(1.5);
            drawWrapped(QRectF(0, m_y + gap, m_width, textH), qs(b.text), font, kInk, Qt::AlignLeft);
            m_y += height;
            break;
        }
        case BlockKind::Paragraph: {
            const QFont font = makeFont(9);
            const double height = textHeight(qs(b.text), font, m_width);
            ensure(height);
            drawWrapped(QRectF(0, m_y, m_width, height), qs(b.text), font, kInk, Qt::AlignLeft);
            m_y += height + mm(2);
            break;
        }
        case BlockKind::Code:
            codeBlock(b);
            break;
        case BlockKind::Table:
            table(b.table);
            break;
        case BlockKind::BarChart:
            barChart(b);
            break;
        case BlockKind::LineChart:
            lineChart(b);
            break;
        }
    }

    // --- Tables -------------------------------------------------------------------------------
    std::vector<double> columnWidths(const WorksheetTable& t) const
    {
        double sum = 0;
        for (std::size_t c = 0; c < t.columns.size(); ++c)
            sum += c < t.widths.size() ? t.widths[c] : 1.0;
        std::vector<double> widths;
        for (std::size_t c = 0; c < t.columns.size(); ++c)
            widths.push_back(m_width * (c < t.widths.size() ? t.widths[c] : 1.0) / sum);
        return widths;
    }

    double cellPadding() const { return mm(1.1); }

    // fit: numbers in right-aligned columns are set smaller rather than wrapped (not for the header row).
    double cellsHeight(const std::vector<std::string>& cells, const WorksheetTable& t, const QFont& font,
                       bool fit = true) const
    {
        const std::vector<double> widths = columnWidths(t);
        double height = 0;
        for (std::size_t c = 0; c < widths.size() && c < cells.size(); ++c) {
            const QFont cell = fit ? cellFont(t, c, qs(cells[c]), font, widths[c]) : font;
            height = std::max(height, textHeight(qs(cells[c]), cell, widths[c] - 2 * cellPadding()));
        }
        return height + 2 * cellPadding();
    }

    bool rightAligned(const WorksheetTable& t, std::size_t column) const
    {
        return column < t.align.size() && t.align[column] == Align::Right;
    }

    QFont cellFont(const WorksheetTable& t, std::size_t column, const QString& text, const QFont& font,
                   double width) const
    {
        return rightAligned(t, column) ? fitted(text, font, width - 2 * cellPadding()) : font;
    }

    double tableHeaderHeight(const WorksheetTable& t) const
    {
        return cellsHeight(t.columns, t, makeFont(7.5, true), false);
    }

    bool rowMarked(const WorksheetTable& t, std::size_t row) const { return row < t.marked.size() && t.marked[row]; }

    double rowHeight(const WorksheetTable& t, std::size_t row) const
    {
        return cellsHeight(t.rows[row], t, makeFont(7.5, rowMarked(t, row)));
    }

    void drawCells(const std::vector<std::string>& cells, const WorksheetTable& t, const QFont& font, double height,
                   const QColor* fill, bool fit = true)
    {
        if (!m_painter)
            return;
        const std::vector<double> widths = columnWidths(t);
        if (fill)
            m_painter->fillRect(QRectF(0, m_y, m_width, height), *fill);
        double x = 0;
        for (std::size_t c = 0; c < widths.size(); ++c) {
            const QRectF cell(x + cellPadding(), m_y + cellPadding(), widths[c] - 2 * cellPadding(),
                              height - 2 * cellPadding());
            const int align = rightAligned(t, c) ? Qt::AlignRight : Qt::AlignLeft;
            if (c < cells.size())
                drawWrapped(cell, qs(cells[c]), fit ? cellFont(t, c, qs(cells[c]), font, widths[c]) : font, kInk,
                            align | Qt::AlignTop);
            x += widths[c];
        }
        m_painter->setPen(QPen(kRule, mm(0.15)));
        m_painter->drawLine(QPointF(0, m_y + height), QPointF(m_width, m_y + height));
    }

    void tableHeader(const WorksheetTable& t)
    {
        const double height = tableHeaderHeight(t);
        drawCells(t.columns, t, makeFont(7.5, true), height, &kHeaderFill, false);
        m_y += height;
    }

    void table(const WorksheetTable& t)
    {
        const double header = tableHeaderHeight(t);
        ensure(header + (t.rows.empty() ? 0 : rowHeight(t, 0)));
        tableHeader(t);
        for (std::size_t r = 0; r < t.rows.size(); ++r) {
            const double height = rowHeight(t, r);
            if (height > remaining()) {
                // Rows never split: the whole row moves to the next page, under a repeated header.
                newPage();
                tableHeader(t);
            }
            const bool marked = rowMarked(t, r);
            drawCells(t.rows[r], t, makeFont(7.5, marked), height, marked ? &kMarkFill : nullptr);
            m_y += height;
        }
        m_y += mm(3);
    }

    // --- Charts (vector paths) ----------------------------------------------------------------
    double barChartHeight(const WorksheetBarChart& chart) const
    {
        return mm(8) + chart.categories.size() * mm(13) + mm(10);
    }

    void barChart(const WorksheetBlock& b)
    {
        const WorksheetBarChart& chart = b.bars;
        const double height = barChartHeight(chart) + mm(6);
        ensure(height);
        const QFont captionFont = makeFont(8.5);
        drawWrapped(QRectF(0, m_y, m_width, mm(5)), qs(b.text), captionFont, kMuted, Qt::AlignLeft);
        m_y += mm(7);
        const double labelWidth = mm(22);
        const double totalWidth = mm(28);
        const double barWidth = m_width - labelWidth - totalWidth;
        for (std::size_t c = 0; c < chart.categories.size(); ++c) {
            double sum = 0;
            for (const BarChartSeries& s : chart.series)
                sum += c < s.values.size() ? std::max(0.0, s.values[c]) : 0.0;
            const double barTop = m_y + mm(1.5);
            const double barHeight = mm(9);
            drawWrapped(QRectF(0, barTop, labelWidth, barHeight), qs(chart.categories[c]), makeFont(8.5, true), kInk,
                        Qt::AlignLeft | Qt::AlignVCenter);
            double x = labelWidth;
            for (std::size_t s = 0; s < chart.series.size(); ++s) {
                const double value = c < chart.series[s].values.size() ? std::max(0.0, chart.series[s].values[c]) : 0;
                const double w = sum > 0 ? barWidth * value / sum : 0;
                if (w <= 0)
                    continue;
                const QRectF segment(x, barTop, w, barHeight);
                if (m_painter) {
                    QPainterPath path;
                    path.addRect(segment);
                    m_painter->fillPath(path, kSeriesColors[s % 6]);
                    const QString label = qs(chart.labels[s][c]);
                    const QFont font = makeFont(7, true);
                    if (metrics(font).horizontalAdvance(label) + mm(2) < w)
                        drawWrapped(segment, label, font, Qt::white, Qt::AlignCenter);
                }
                x += w;
            }
            if (sum <= 0 && m_painter) {
                m_painter->setPen(QPen(kRule, mm(0.2), Qt::DashLine));
                m_painter->drawRect(QRectF(labelWidth, barTop, barWidth, barHeight));
            }
            const QString total = c < chart.totals.size() ? qs(chart.totals[c]) : QString();
            drawWrapped(QRectF(labelWidth + barWidth + mm(2), barTop, totalWidth - mm(2), barHeight), total,
                        makeFont(8), kInk, Qt::AlignLeft | Qt::AlignVCenter);
            m_y += mm(13);
        }
        // Legend with each series' values, so hidden (narrow) segment labels are still in the text.
        double x = labelWidth;
        for (std::size_t s = 0; s < chart.series.size(); ++s) {
            QString text = qs(chart.series[s].name) + QStringLiteral(": ");
            for (std::size_t c = 0; c < chart.categories.size(); ++c)
                text += (c ? QStringLiteral(", ") : QString()) + qs(chart.labels[s][c]);
            const QFont font = makeFont(7);
            const double w = (m_width - labelWidth) / chart.series.size();
            if (m_painter)
                m_painter->fillRect(QRectF(x, m_y + mm(1), mm(3), mm(3)), kSeriesColors[s % 6]);
            drawWrapped(QRectF(x + mm(4), m_y, w - mm(5), mm(9)), text, font, kInk, Qt::AlignLeft | Qt::AlignTop);
            x += w;
        }
        m_y += mm(12);
    }

    // The value axis: linear from 0, or logarithmic over whole decades.
    struct ValueAxis
    {
        bool log = false;
        double lo = 0; // linear: 0; log: the lowest decade's exponent
        double hi = 1; // linear: the top value; log: the highest decade's exponent
        double step = 1; // linear: tick step; log: decades per tick
    };

    static ValueAxis valueAxis(const WorksheetLineChart& chart)
    {
        ValueAxis axis;
        axis.log = chart.logY;
        double lowest = std::numeric_limits<double>::max();
        double highest = 0;
        auto take = [&](double v) {
            if (!std::isfinite(v))
                return;
            highest = std::max(highest, v);
            if (v > 0)
                lowest = std::min(lowest, v);
        };
        for (const LineSeries& s : chart.series) {
            for (double v : s.y)
                take(v);
            for (double v : s.low)
                take(v);
            for (double v : s.high)
                take(v);
        }
        for (const ChartThreshold& threshold : chart.thresholds)
            take(axis.log ? threshold.y : threshold.y * 1.05);
        if (axis.log) {
            if (highest <= 0) {
                lowest = 1;
                highest = 10;
            }
            axis.lo = std::floor(std::log10(lowest));
            axis.hi = std::ceil(std::log10(highest));
            if (axis.hi <= axis.lo)
                axis.hi = axis.lo + 1;
            axis.step = std::ceil((axis.hi - axis.lo) / 8);
            return axis;
        }
        if (highest <= 0)
            highest = 1;
        axis.step = niceStep(highest / 5);
        axis.hi = std::ceil(highest / axis.step) * axis.step;
        return axis;
    }

    static QString logTickText(double exponent)
    {
        const double value = std::pow(10.0, exponent);
        if (exponent >= 6 || exponent <= -4)
            return QStringLiteral("1e%1").arg(std::lround(exponent));
        return QString::fromStdString(exponent >= 0 ? formatGrouped(value) : formatCompact(value));
    }

    double lineChartHeight(const WorksheetBlock& b) const
    {
        return captionHeight(b) + mm(75);
    }

    double captionHeight(const WorksheetBlock& b) const { return textHeight(qs(b.text), makeFont(8.5), m_width); }

    void lineChart(const WorksheetBlock& b)
    {
        const WorksheetLineChart& chart = b.lines;
        const double height = lineChartHeight(b);
        ensure(height);
        const double caption = captionHeight(b);
        drawWrapped(QRectF(0, m_y, m_width, caption), qs(b.text), makeFont(8.5), kMuted, Qt::AlignLeft);
        const QRectF plot(mm(20), m_y + caption + mm(10), m_width - mm(24), mm(46));

        double xMin = std::numeric_limits<double>::max(), xMax = std::numeric_limits<double>::lowest();
        for (const LineSeries& s : chart.series)
            for (double x : s.x) {
                xMin = std::min(xMin, x);
                xMax = std::max(xMax, x);
            }
        if (xMin > xMax)
            xMin = 0, xMax = 1;
        if (xMin >= xMax)
            xMax = xMin + 1;
        const ValueAxis axis = valueAxis(chart);
        auto tx = [&](double x) {
            if (chart.logX) {
                const double lo = std::log10(std::max(xMin, 1e-12)), hi = std::log10(std::max(xMax, 1e-12));
                return plot.left() + plot.width() * (std::log10(std::max(x, 1e-12)) - lo) / (hi - lo);
            }
            return plot.left() + plot.width() * (x - xMin) / (xMax - xMin);
        };
        auto ty = [&](double y) {
            double fraction = 0;
            if (axis.log)
                fraction = y > 0 ? (std::log10(y) - axis.lo) / (axis.hi - axis.lo) : 0;
            else
                fraction = y / axis.hi;
            return plot.bottom() - plot.height() * std::clamp(fraction, 0.0, 1.0);
        };

        if (m_painter) {
            QPainter& p = *m_painter;
            p.save();
            p.setRenderHint(QPainter::Antialiasing);
            // Grid and value ticks.
            const QFont tickFont = makeFont(6.5);
            const int ticks = axis.log ? static_cast<int>(std::lround((axis.hi - axis.lo) / axis.step))
                                       : static_cast<int>(std::lround(axis.hi / axis.step));
            for (int i = 0; i <= ticks; ++i) {
                const double exponentOrValue = axis.log ? axis.lo + i * axis.step : i * axis.step;
                const double y = axis.log ? std::pow(10.0, exponentOrValue) : exponentOrValue;
                p.setPen(QPen(kRule, mm(0.1)));
                p.drawLine(QPointF(plot.left(), ty(y)), QPointF(plot.right(), ty(y)));
                const QString label = axis.log ? logTickText(exponentOrValue) : tickText(y, axis.step);
                drawWrapped(QRectF(0, ty(y) - mm(2), plot.left() - mm(1), mm(4)), label, tickFont, kMuted,
                            Qt::AlignRight | Qt::AlignVCenter);
            }
            // X ticks.
            const std::vector<double> xticks = xTicks(xMin, xMax, chart.logX);
            for (double x : xticks) {
                p.setPen(QPen(kRule, mm(0.1)));
                p.drawLine(QPointF(tx(x), plot.top()), QPointF(tx(x), plot.bottom()));
                const QString label
                    = chart.logX ? logTickText(std::log10(x)) : tickText(x, niceStep((xMax - xMin) / 8));
                drawWrapped(QRectF(tx(x) - mm(8), plot.bottom() + mm(1), mm(16), mm(4)), label, tickFont, kMuted,
                            Qt::AlignHCenter | Qt::AlignTop);
            }
            for (double marker : chart.markersX) {
                p.setPen(QPen(kMuted, mm(0.2), Qt::DashLine));
                p.drawLine(QPointF(tx(marker), plot.top()), QPointF(tx(marker), plot.bottom()));
                // Named above the plot: "30", "60", "90" (days), "1,000,000" (this scenario's nodes).
                drawWrapped(QRectF(tx(marker) - mm(10), plot.top() - mm(3.5), mm(20), mm(3.2)),
                            QString::fromStdString(marker >= 1 ? formatGrouped(marker) : formatCompact(marker)),
                            makeFont(6.5, true), kMuted, Qt::AlignHCenter | Qt::AlignBottom);
            }
            // Bands, then lines. One band is filled; several would muddy each other's colours, so each is
            // drawn as its two edges instead.
            const auto banded = std::count_if(chart.series.begin(), chart.series.end(), [](const LineSeries& s) {
                return !s.x.empty() && s.low.size() == s.x.size() && s.high.size() == s.x.size();
            });
            for (std::size_t s = 0; s < chart.series.size(); ++s) {
                const LineSeries& series = chart.series[s];
                if (series.low.size() != series.x.size() || series.high.size() != series.x.size() || series.x.empty())
                    continue;
                auto edge = [&](const std::vector<double>& values) {
                    QPainterPath path;
                    path.moveTo(tx(series.x[0]), ty(values[0]));
                    for (std::size_t i = 1; i < series.x.size(); ++i) {
                        if (chart.stepped)
                            path.lineTo(tx(series.x[i]), ty(values[i - 1]));
                        path.lineTo(tx(series.x[i]), ty(values[i]));
                    }
                    return path;
                };
                QColor color = kSeriesColors[s % 6];
                if (banded > 1) {
                    color.setAlpha(170);
                    p.setPen(QPen(color, mm(0.2), series.dashed ? Qt::DashLine : Qt::SolidLine));
                    p.setBrush(Qt::NoBrush);
                    p.drawPath(edge(series.low));
                    p.drawPath(edge(series.high));
                    continue;
                }
                QPainterPath band = edge(series.high);
                for (std::size_t i = series.x.size(); i-- > 0;) {
                    band.lineTo(tx(series.x[i]), ty(series.low[i]));
                    if (chart.stepped && i > 0)
                        band.lineTo(tx(series.x[i]), ty(series.low[i - 1]));
                }
                band.closeSubpath();
                color.setAlpha(50);
                p.fillPath(band, color);
            }
            for (std::size_t s = 0; s < chart.series.size(); ++s) {
                const LineSeries& series = chart.series[s];
                if (series.x.empty())
                    continue;
                QPainterPath path;
                path.moveTo(tx(series.x[0]), ty(series.y[0]));
                for (std::size_t i = 1; i < series.x.size() && i < series.y.size(); ++i) {
                    if (chart.stepped)
                        path.lineTo(tx(series.x[i]), ty(series.y[i - 1]));
                    path.lineTo(tx(series.x[i]), ty(series.y[i]));
                }
                p.setPen(QPen(kSeriesColors[s % 6], mm(0.45), series.dashed ? Qt::DashLine : Qt::SolidLine));
                p.setBrush(Qt::NoBrush);
                p.drawPath(path);
            }
            // Reference lines on top, each label placed where it overlaps no other.
            std::vector<QRectF> placed;
            const QFont labelFont = makeFont(6);
            for (const ChartThreshold& threshold : chart.thresholds) {
                if (!axis.log && threshold.y > axis.hi)
                    continue;
                const QColor color = kSeriesColors[threshold.seriesIndex % 6];
                const double y = ty(threshold.y);
                p.setPen(QPen(color, mm(0.3), Qt::DotLine));
                p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
                const QString label = qs(threshold.name);
                const double w = metrics(labelFont).horizontalAdvance(label) + mm(1);
                const double h = mm(3);
                const QRectF candidates[] = {
                    QRectF(plot.right() - w - mm(1), y - h, w, h), QRectF(plot.right() - w - mm(1), y, w, h),
                    QRectF(plot.left() + mm(1), y - h, w, h), QRectF(plot.left() + mm(1), y, w, h),
                };
                QRectF where = candidates[0];
                for (const QRectF& candidate : candidates) {
                    const bool inside = candidate.top() >= plot.top() - mm(0.5) && candidate.bottom() <= plot.bottom();
                    const bool free = std::none_of(placed.begin(), placed.end(),
                                                   [&](const QRectF& other) { return other.intersects(candidate); });
                    if (inside && free) {
                        where = candidate;
                        break;
                    }
                }
                placed.push_back(where);
                p.fillRect(where, QColor(255, 255, 255, 200));
                drawWrapped(where, label, labelFont, color, Qt::AlignHCenter | Qt::AlignVCenter);
            }
            p.setPen(QPen(kInk, mm(0.2)));
            p.drawLine(plot.bottomLeft(), plot.bottomRight());
            p.drawLine(plot.bottomLeft(), plot.topLeft());
            p.restore();
        }
        drawWrapped(QRectF(plot.left(), plot.bottom() + mm(5), plot.width(), mm(4)), qs(chart.xLabel), makeFont(7),
                    kMuted, Qt::AlignHCenter);
        drawWrapped(QRectF(0, plot.top() - mm(8.5), m_width, mm(4)), qs(chart.yLabel), makeFont(7), kMuted,
                    Qt::AlignLeft);
        // Legend.
        double x = plot.left();
        const double legendY = plot.bottom() + mm(10);
        for (std::size_t s = 0; s < chart.series.size(); ++s) {
            const QString name = qs(chart.series[s].name);
            const QFont font = makeFont(7);
            const double w = metrics(font).horizontalAdvance(name) + mm(11);
            if (m_painter) {
                const Qt::PenStyle style = chart.series[s].dashed ? Qt::DashLine : Qt::SolidLine;
                m_painter->setPen(QPen(kSeriesColors[s % 6], mm(0.6), style, Qt::FlatCap));
                m_painter->drawLine(QPointF(x, legendY + mm(1.8)), QPointF(x + mm(7), legendY + mm(1.8)));
            }
            drawWrapped(QRectF(x + mm(8), legendY, w, mm(4)), name, font, kInk, Qt::AlignLeft);
            x += w + mm(2);
        }
        m_y += height + mm(2);
    }

    static QString tickText(double value, double step)
    {
        return QString::fromStdString(step >= 1 ? formatGrouped(value) : formatCompact(value));
    }

    static double niceStep(double raw)
    {
        if (raw <= 0)
            return 1;
        const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
        const double residual = raw / magnitude;
        const double nice = residual <= 1 ? 1 : residual <= 2 ? 2 : residual <= 5 ? 5 : 10;
        return nice * magnitude;
    }

    static std::vector<double> xTicks(double lo, double hi, bool logX)
    {
        std::vector<double> ticks;
        if (logX) {
            for (double e = std::ceil(std::log10(std::max(lo, 1e-12))); e <= std::floor(std::log10(hi)) + 1e-9; ++e)
                ticks.push_back(std::pow(10.0, e));
            return ticks;
        }
        const double step = niceStep((hi - lo) / 8);
        for (double x = std::ceil(lo / step) * step; x <= hi + 1e-9; x += step)
            ticks.push_back(x);
        return ticks;
    }

    const WorksheetDocument& m_doc;
    QPagedPaintDevice& m_device;
    QPainter* m_painter;
    int m_totalPages;
    const QImage& m_measure;
    double m_dpi;
    double m_width;
    double m_height;
    double m_y = 0;
    int m_page = 0;
};

} // namespace

WorksheetPainter::WorksheetPainter(const WorksheetDocument& document)
    : m_document(document)
{
}

int WorksheetPainter::paint(QPagedPaintDevice& device) const
{
    const int pages = Pass(m_document, device, nullptr, 0).run();
    QPainter painter;
    if (!painter.begin(&device))
        return 0;
    painter.scale(deviceScale(device), deviceScale(device));
    Pass(m_document, device, &painter, pages).run();
    painter.end();
    return pages;
}

} // namespace ecw
