// SPDX-License-Identifier: GPL-3.0-or-later
#include "FullWorksheet.h"

#include "ArtifactRunway.h"
#include "CapacityModel.h"
#include "CsvWriter.h"
#include "WorksheetArtifacts.h"
#include "WorksheetBuilder.h"
#include "WorksheetCost.h"
#include "WorksheetCsv.h"
#include "WorksheetForecast.h"

namespace ecw {

FullWorksheet::FullWorksheet(const ScenarioDocument& document, const Clock& clock, FullWorksheetOptions options)
    : m_document(document)
    , m_options(std::move(options))
    , m_estimate(ecw::estimate(document.scenario, document.constants, document.profile))
    , m_engine(clock)
{
    m_engine.setPriceBook(m_options.priceBook);
    m_engine.setCostOptions(m_options.costOptions);
    m_engine.setMilestoneDays(m_options.milestoneDays);
    m_engine.recompute(m_document);

    m_artifacts = generateAllArtifacts(artifactSourceFor(m_document.name, m_options.appVersion, m_estimate,
                                                         m_options.priceBook.get(), m_options.costOptions, &m_engine));
}

WorksheetDocument FullWorksheet::worksheet() const
{
    WorksheetMeta meta;
    meta.appVersion = m_options.appVersion;
    meta.date = formatIsoDate(m_engine.clock().today());
    if (m_options.priceBook)
        meta.priceBookDate = formatIsoDate(m_options.priceBook->asOf);
    WorksheetDocument worksheet = buildWorksheet(m_document, m_estimate, meta);
    appendForecastSections(worksheet, m_engine);
    appendCostSections(worksheet, m_engine);
    appendAssumptions(worksheet, m_document.constants);
    appendArtifactSections(worksheet, m_artifacts);
    return worksheet;
}

std::string FullWorksheet::csv() const
{
    CsvWriter writer;
    writeWorksheetCore(writer, m_document, m_estimate);
    writer.blankLine();
    writeWorksheetForecast(writer, m_engine);
    if (m_options.priceBook) {
        writer.blankLine();
        writeWorksheetCost(writer, m_engine);
    }
    writer.blankLine();
    writeWorksheetArtifacts(writer, m_artifacts);
    return writer.take();
}

} // namespace ecw
