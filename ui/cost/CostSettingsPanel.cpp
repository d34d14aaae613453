// SPDX-License-Identifier: GPL-3.0-or-later
// The panel shows what the ForecastController holds and sends the planner's changes to it; a refused book
// never reaches the controller's state, so the one in use stays.
#include "CostSettingsPanel.h"

#include "ForecastController.h"
#include "QtText.h"

#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace ecw {

namespace {

QString pricingModelTitle(PricingModel model)
{
    switch (model) {
    case PricingModel::OnDemand:
        return CostSettingsPanel::tr("On-demand");
    case PricingModel::OneYear:
        return CostSettingsPanel::tr("1-year commitment");
    case PricingModel::ThreeYear:
        return CostSettingsPanel::tr("3-year commitment");
    case PricingModel::Spot:
        return CostSettingsPanel::tr("Spot");
    }
    return {};
}

} // namespace

CostSettingsPanel::CostSettingsPanel(ForecastController* forecast, QWidget* parent)
    : QWidget(parent)
    , m_forecast(forecast)
{
    setObjectName(QStringLiteral("costSettingsPanel"));
    m_openFileName = [](QWidget* parent, const QString& directory) {
        return QFileDialog::getOpenFileName(parent, tr("Load price book"), directory,
                                            tr("Price books (*.json);;All files (*)"));
    };

    auto* bookGroup = new QGroupBox(tr("Price book"), this);
    bookGroup->setObjectName(QStringLiteral("priceBookGroup"));
    m_book = new QLabel(bookGroup);
    m_book->setObjectName(QStringLiteral("priceBookLabel"));
    m_book->setWordWrap(true);
    m_book->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warning = new QLabel(bookGroup);
    m_warning->setObjectName(QStringLiteral("priceBookWarningLabel"));
    m_warning->setWordWrap(true);
    m_warning->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warning->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; color: #5c4400; border: 1px solid #e0c060;"
                                            " padding: 4px; }"));
    m_warning->setAccessibleName(tr("Price book warning"));
    m_load = new QPushButton(tr("Load price boo&k\u2026"), bookGroup);
    m_load->setObjectName(QStringLiteral("loadPriceBookPushButton"));
    m_load->setToolTip(tr("Use a price book of your own (negotiated prices), in the format of "
                          "resources/pricebook/engram-pricebook.json; a book with a mistake is refused and the "
                          "current one stays"));
    m_builtin = new QPushButton(tr("&Use built-in price book"), bookGroup);
    m_builtin->setObjectName(QStringLiteral("builtinPriceBookPushButton"));
    m_builtin->setToolTip(tr("Go back to the published list prices compiled into the workbench"));
    auto* bookLayout = new QVBoxLayout(bookGroup);
    bookLayout->addWidget(m_book);
    bookLayout->addWidget(m_warning);
    bookLayout->addWidget(m_load);
    bookLayout->addWidget(m_builtin);

    m_model = new QComboBox(this);
    m_model->setObjectName(QStringLiteral("pricingModelComboBox"));
    for (PricingModel model : kPricingModels)
        m_model->addItem(pricingModelTitle(model), static_cast<int>(pricingModelIndex(model)));
    m_model->setAccessibleName(tr("Pricing model"));
    m_model->setToolTip(tr("How compute is bought; it picks the recommended configuration and prices the 30/60/90 "
                           "cost rows and the cost curves. The 1-year, 3-year and spot discounts apply to compute "
                           "only; several are \u201cup to\u201d maxima (best cases)."));
    auto* modelForm = new QFormLayout;
    auto* modelLabel = new QLabel(tr("Pricing &model"), this);
    modelLabel->setBuddy(m_model);
    modelForm->addRow(modelLabel, m_model);

    auto* discountGroup = new QGroupBox(tr("Flat discount per cloud"), this);
    discountGroup->setObjectName(QStringLiteral("discountGroup"));
    auto* discountForm = new QFormLayout(discountGroup);
    for (Cloud cloud : kClouds) {
        auto* spin = new QDoubleSpinBox(discountGroup);
        spin->setObjectName(toQString(cloudKey(cloud)) + QStringLiteral("DiscountSpinBox"));
        spin->setRange(0, 100);
        spin->setDecimals(1);
        spin->setSingleStep(1);
        spin->setSuffix(QStringLiteral(" %"));
        spin->setKeyboardTracking(false);
        spin->setAccessibleName(tr("Flat discount on %1").arg(toQString(cloudTitle(cloud))));
        spin->setToolTip(tr("A negotiated discount off the whole %1 bill, after the pricing model: 0 % to 100 %.")
                             .arg(toQString(cloudTitle(cloud))));
        m_discounts[cloudIndex(cloud)] = spin;
        discountForm->addRow(toQString(cloudTitle(cloud)), spin);
        connect(spin, &QDoubleSpinBox::valueChanged, this, [this, cloud](double percent) {
            const QString error = m_forecast->setFlatDiscount(cloud, percent / 100.0);
            if (!error.isEmpty()) {
                syncFromController();
                Q_EMIT statusMessage(error);
            }
        });
    }

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(bookGroup);
    layout->addLayout(modelForm);
    layout->addWidget(discountGroup);
    layout->addStretch(1);

    connect(m_load, &QPushButton::clicked, this, &CostSettingsPanel::chooseAndLoadPriceBook);
    connect(m_builtin, &QPushButton::clicked, this, [this] {
        m_forecast->useBuiltinPriceBook();
        Q_EMIT statusMessage(tr("Using the built-in price book"));
    });
    connect(m_model, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_forecast->setPricingModel(kPricingModels[static_cast<std::size_t>(m_model->itemData(index).toInt())]);
    });
    connect(m_forecast, &ForecastController::costSettingsChanged, this, &CostSettingsPanel::syncFromController);
    connect(m_forecast, &ForecastController::updated, this, &CostSettingsPanel::refreshAge);
    syncFromController();
}

void CostSettingsPanel::syncFromController()
{
    const CostOptions& options = m_forecast->costOptions();
    {
        const QSignalBlocker blocker(m_model);
        m_model->setCurrentIndex(m_model->findData(static_cast<int>(pricingModelIndex(options.curveModel))));
    }
    for (Cloud cloud : kClouds) {
        const QSignalBlocker blocker(m_discounts[cloudIndex(cloud)]);
        m_discounts[cloudIndex(cloud)]->setValue(options.flatDiscount[cloudIndex(cloud)] * 100.0);
    }
    m_builtin->setEnabled(!m_forecast->usingBuiltinPriceBook());
    refreshAge();
}

void CostSettingsPanel::refreshAge()
{
    const std::shared_ptr<const PriceBook> book = m_forecast->priceBook();
    QStringList warnings;
    if (!m_forecast->startupProblem().isEmpty())
        warnings << m_forecast->startupProblem();
    if (!book) {
        m_book->setText(tr("No price book: costs and recommendations are not available."));
    } else {
        const PriceBookAge age = priceBookAge(*book, m_forecast->clock());
        QStringList clouds;
        for (const CloudPrices& prices : book->clouds)
            clouds << QStringLiteral("%1 %2").arg(toQString(cloudTitle(prices.cloud)), toQString(prices.region));
        m_book->setText(tr("<b>%1</b><br>As of %2 (%3 days before today). Source: %4. %5 prices; %6.")
                            .arg(toQString(book->name).toHtmlEscaped(), toQString(formatIsoDate(book->asOf)),
                                 toQString(formatGrouped(static_cast<double>(age.days))),
                                 m_forecast->priceBookSourceText().toHtmlEscaped())
                            .arg(age.prices)
                            .arg(clouds.join(QStringLiteral(", ")).toHtmlEscaped()));
        m_book->setToolTip(m_forecast->usingBuiltinPriceBook()
                               ? tr("Compiled into the workbench from resources/pricebook/engram-pricebook.json")
                               : QDir::toNativeSeparators(m_forecast->priceBookPath()));
        if (age.stale)
            warnings << tr("\u26a0 Older than %1 days: %2").arg(age.thresholdDays).arg(toQString(age.message));
    }
    m_warning->setText(warnings.join(QLatin1Char('\n')));
    m_warning->setVisible(!warnings.isEmpty());
}

bool CostSettingsPanel::loadPriceBook(const QString& path)
{
    const QString error = m_forecast->loadPriceBook(path);
    if (!error.isEmpty()) {
        Q_EMIT errorOccurred(tr("Load price book"),
                             error
                                 + tr("\n\nThe price book in use (%1) stays.").arg(m_forecast->priceBookSourceText()));
        return false;
    }
    Q_EMIT statusMessage(tr("Using the price book %1").arg(QFileInfo(path).fileName()));
    return true;
}

void CostSettingsPanel::chooseAndLoadPriceBook()
{
    const QString current = m_forecast->priceBookPath();
    const QString directory = current.isEmpty() ? QDir::homePath() : QFileInfo(current).absolutePath();
    const QString path = m_openFileName(this, directory);
    if (!path.isEmpty())
        loadPriceBook(path);
}

} // namespace ecw
