// SPDX-License-Identifier: GPL-3.0-or-later
// Two passes over the worksheet: the first counts pages ("Page 3 of 9"), the second paints.
#include "WorksheetPainter.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPainterPath>

#include "Units.h"

#include <algorithm>
#include <cmath>

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

QFont makeFont(double points, bool bold = false)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
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
        , m_dpi(device.logicalDpiY())
        , m_width(device.width())
        , m_height(device.height())
    {
    }

    int run()
    {
        beginPage();
        titleBlock();
        for (std::size_t i = 0; i < m_doc.blocks.size(); ++i)
            block(m_doc.blocks[i], i + 1 < m_doc.blocks.size() ? &m_doc.blocks[i + 1] : nullptr);
        endPage();
        return m_page;
    }

private:
    double mm(double millimetres) const { return millimetres / 25.4 * m_dpi; }
    double bodyTop() const { return mm(9); }
    double bodyBottom() const { return m_height - mm(9); }
    double remaining() const { return bodyBottom() - m_y; }

    QFontMetricsF metrics(const QFont& font) const { return QFontMetricsF(font, &m_device); }

    double textHeight(const QString& text, const QFont& font, double width) const
    {
        const QRectF bounds = metrics(font).boundingRect(QRectF(0, 0, width, 1e9),
                                                         Qt::TextWordWrap, text);
        return bounds.height();
    }

    void beginPage()
    {
        ++m_page;
        m_y = bodyTop();
        if (!m_painter)
            return;
        QPainter& p = *m_painter;
        p.setPen(kMuted);
        p.setFont(makeFont(7.5));
        const QRectF header(0, 0, m_width, mm(5));
        p.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, qs(m_doc.title));
        p.drawText(header, Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("Engram capacity worksheet"));
        p.setPen(QPen(kRule, mm(0.2)));
        p.drawLine(QPointF(0, mm(6)), QPointF(m_width, mm(6)));
        const double footerTop = m_height - mm(5);
        p.drawLine(QPointF(0, footerTop - mm(1)), QPointF(m_width, footerTop - mm(1)));
        p.setPen(kMuted);
        const QRectF footer(0, footerTop, m_width, mm(5));
        p.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, qs(m_doc.footer));
        p.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                   QStringLiteral("Page %1 of %2").arg(m_page).arg(std::max(m_totalPages, m_page)));
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
        m_painter->setFont(font);
        m_painter->setPen(color);
        m_painter->drawText(rect, align | Qt::TextWordWrap, text);
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

    // Height of what must stay with a heading: the first row of a table, a chart, a paragraph.
    double leadHeight(const WorksheetBlock* next) const
    {
        if (!next)
            return 0;
        switch (next->kind) {
        case BlockKind::Table:
            return tableHeaderHeight(next->table) + (next->table.rows.empty() ? 0 : rowHeight(next->table, 0));
        case BlockKind::BarChart:
            return barChartHeight(next->bars);
        case BlockKind::LineChart:
            return mm(80);
        case BlockKind::Paragraph:
            return textHeight(qs(next->text), makeFont(9), m_width) + mm(2);
        case BlockKind::Heading:
            return headingHeight(*next);
        }
        return 0;
    }

    void block(const WorksheetBlock& b, const WorksheetBlock* next)
    {
        switch (b.kind) {
        case BlockKind::Heading: {
            const double height = headingHeight(b);
            ensure(height + leadHeight(next));
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

    double cellsHeight(const std::vector<std::string>& cells, const WorksheetTable& t, const QFont& font) const
    {
        const std::vector<double> widths = columnWidths(t);
        double height = 0;
        for (std::size_t c = 0; c < widths.size() && c < cells.size(); ++c)
            height = std::max(height, textHeight(qs(cells[c]), font, widths[c] - 2 * cellPadding()));
        return height + 2 * cellPadding();
    }

    double tableHeaderHeight(const WorksheetTable& t) const { return cellsHeight(t.columns, t, makeFont(7.5, true)); }

    bool rowMarked(const WorksheetTable& t, std::size_t row) const { return row < t.marked.size() && t.marked[row]; }

    double rowHeight(const WorksheetTable& t, std::size_t row) const
    {
        return cellsHeight(t.rows[row], t, makeFont(7.5, rowMarked(t, row)));
    }

    void drawCells(const std::vector<std::string>& cells, const WorksheetTable& t, const QFont& font, double height,
                   const QColor* fill)
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
            const int align = (c < t.align.size() && t.align[c] == Align::Right) ? Qt::AlignRight : Qt::AlignLeft;
            if (c < cells.size())
                drawWrapped(cell, qs(cells[c]), font, kInk, align | Qt::AlignTop);
            x += widths[c];
        }
        m_painter->setPen(QPen(kRule, mm(0.15)));
        m_painter->drawLine(QPointF(0, m_y + height), QPointF(m_width, m_y + height));
    }

    void tableHeader(const WorksheetTable& t)
    {
        const double height = tableHeaderHeight(t);
        drawCells(t.columns, t, makeFont(7.5, true), height, &kHeaderFill);
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

    void lineChart(const WorksheetBlock& b)
    {
        const WorksheetLineChart& chart = b.lines;
        const double height = mm(80);
        ensure(height);
        drawWrapped(QRectF(0, m_y, m_width, mm(5)), qs(b.text), makeFont(8.5), kMuted, Qt::AlignLeft);
        const QRectF plot(mm(20), m_y + mm(12), m_width - mm(24), height - mm(31));

        double xMin = std::numeric_limits<double>::max(), xMax = std::numeric_limits<double>::lowest();
        double yMax = 0;
        for (const LineSeries& s : chart.series) {
            for (std::size_t i = 0; i < s.x.size(); ++i) {
                xMin = std::min(xMin, s.x[i]);
                xMax = std::max(xMax, s.x[i]);
                yMax = std::max(yMax, s.y[i]);
                if (i < s.high.size())
                    yMax = std::max(yMax, s.high[i]);
            }
        }
        for (const ChartThreshold& threshold : chart.thresholds)
            yMax = std::max(yMax, threshold.y * 1.05);
        if (xMin >= xMax)
            xMax = xMin + 1;
        if (yMax <= 0)
            yMax = 1;
        const double step = niceStep(yMax / 5);
        yMax = std::ceil(yMax / step) * step;
        auto tx = [&](double x) {
            if (chart.logX) {
                const double lo = std::log10(std::max(xMin, 1e-12)), hi = std::log10(std::max(xMax, 1e-12));
                return plot.left() + plot.width() * (std::log10(std::max(x, 1e-12)) - lo) / (hi - lo);
            }
            return plot.left() + plot.width() * (x - xMin) / (xMax - xMin);
        };
        auto ty = [&](double y) { return plot.bottom() - plot.height() * y / yMax; };

        if (m_painter) {
            QPainter& p = *m_painter;
            p.save();
            p.setRenderHint(QPainter::Antialiasing);
            // Grid and y ticks.
            const QFont tickFont = makeFont(6.5);
            for (double y = 0; y <= yMax * 1.0001; y += step) {
                p.setPen(QPen(kRule, mm(0.1)));
                p.drawLine(QPointF(plot.left(), ty(y)), QPointF(plot.right(), ty(y)));
                drawWrapped(QRectF(0, ty(y) - mm(2), plot.left() - mm(1), mm(4)), tickText(y, step),
                            tickFont, kMuted, Qt::AlignRight | Qt::AlignVCenter);
            }
            // X ticks.
            const std::vector<double> xticks = xTicks(xMin, xMax, chart.logX);
            for (double x : xticks) {
                p.setPen(QPen(kRule, mm(0.1)));
                p.drawLine(QPointF(tx(x), plot.top()), QPointF(tx(x), plot.bottom()));
                const QString label = chart.logX ? QStringLiteral("1e%1").arg(std::lround(std::log10(x)))
                                                 : tickText(x, niceStep((xMax - xMin) / 8));
                drawWrapped(QRectF(tx(x) - mm(8), plot.bottom() + mm(1), mm(16), mm(4)), label, tickFont, kMuted,
                            Qt::AlignHCenter | Qt::AlignTop);
            }
            for (const ChartThreshold& threshold : chart.thresholds) {
                if (threshold.y > yMax)
                    continue;
                p.setPen(QPen(kSeriesColors[threshold.seriesIndex % 6], mm(0.25), Qt::DotLine));
                p.drawLine(QPointF(plot.left(), ty(threshold.y)), QPointF(plot.right(), ty(threshold.y)));
                drawWrapped(QRectF(plot.left() + mm(1), ty(threshold.y) - mm(3.5), plot.width() - mm(2), mm(3.5)),
                            qs(threshold.name), makeFont(6), kSeriesColors[threshold.seriesIndex % 6],
                            Qt::AlignRight | Qt::AlignBottom);
            }
            for (double marker : chart.markersX) {
                p.setPen(QPen(kMuted, mm(0.2), Qt::DashLine));
                p.drawLine(QPointF(tx(marker), plot.top()), QPointF(tx(marker), plot.bottom()));
            }
            // Bands, then lines.
            for (std::size_t s = 0; s < chart.series.size(); ++s) {
                const LineSeries& series = chart.series[s];
                if (series.low.size() != series.x.size() || series.high.size() != series.x.size() || series.x.empty())
                    continue;
                QPainterPath band;
                band.moveTo(tx(series.x[0]), ty(series.high[0]));
                for (std::size_t i = 1; i < series.x.size(); ++i)
                    band.lineTo(tx(series.x[i]), ty(series.high[i]));
                for (std::size_t i = series.x.size(); i-- > 0;)
                    band.lineTo(tx(series.x[i]), ty(series.low[i]));
                band.closeSubpath();
                QColor fill = kSeriesColors[s % 6];
                fill.setAlpha(50);
                p.fillPath(band, fill);
            }
            for (std::size_t s = 0; s < chart.series.size(); ++s) {
                const LineSeries& series = chart.series[s];
                if (series.x.empty())
                    continue;
                QPainterPath path;
                path.moveTo(tx(series.x[0]), ty(series.y[0]));
                for (std::size_t i = 1; i < series.x.size(); ++i) {
                    if (chart.stepped)
                        path.lineTo(tx(series.x[i]), ty(series.y[i - 1]));
                    path.lineTo(tx(series.x[i]), ty(series.y[i]));
                }
                p.setPen(QPen(kSeriesColors[s % 6], mm(0.45), series.dashed ? Qt::DashLine : Qt::SolidLine));
                p.setBrush(Qt::NoBrush);
                p.drawPath(path);
            }
            p.setPen(QPen(kInk, mm(0.2)));
            p.drawLine(plot.bottomLeft(), plot.bottomRight());
            p.drawLine(plot.bottomLeft(), plot.topLeft());
            p.restore();
        }
        drawWrapped(QRectF(plot.left(), plot.bottom() + mm(5), plot.width(), mm(4)), qs(chart.xLabel), makeFont(7),
                    kMuted, Qt::AlignHCenter);
        drawWrapped(QRectF(0, plot.top() - mm(5.5), mm(80), mm(4)), qs(chart.yLabel), makeFont(7), kMuted,
                    Qt::AlignLeft);
        // Legend.
        double x = plot.left();
        const double legendY = plot.bottom() + mm(10);
        for (std::size_t s = 0; s < chart.series.size(); ++s) {
            const QString name = qs(chart.series[s].name);
            const QFont font = makeFont(7);
            const double w = metrics(font).horizontalAdvance(name) + mm(9);
            if (m_painter)
                m_painter->fillRect(QRectF(x, legendY + mm(1.2), mm(5), mm(1.2)), kSeriesColors[s % 6]);
            drawWrapped(QRectF(x + mm(6), legendY, w, mm(4)), name, font, kInk, Qt::AlignLeft);
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
    Pass(m_document, device, &painter, pages).run();
    painter.end();
    return pages;
}

} // namespace ecw
