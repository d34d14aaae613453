// SPDX-License-Identifier: GPL-3.0-or-later
#include "EstimateCsv.h"

namespace ecw {

void writeEstimateCsvRows(CsvWriter& writer, const Estimate& estimate)
{
    writer.row({ "id", "label", "value", "unit", "formula" });
    for (const LineItem& item : estimate.items) {
        writer.field(item.id).field(item.label).number(item.value).field(unitName(item.unit)).field(item.formula);
        writer.endRow();
    }
}

std::string writeEstimateCsv(const Estimate& estimate)
{
    CsvWriter writer;
    writeEstimateCsvRows(writer, estimate);
    return writer.take();
}

} // namespace ecw
