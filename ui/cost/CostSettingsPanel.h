// SPDX-License-Identifier: GPL-3.0-or-later
// The Cost tab's settings: which price book (its date, source and an age warning), loading the planner's own
// book or going back to the built-in one, the pricing model, and a flat discount per cloud. They are the
// planner's (kept in QSettings by the ForecastController), not the scenario's.
#pragma once

#include "PriceBook.h"

#include <QWidget>

#include <array>
#include <functional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;

namespace ecw {

class ForecastController;

class CostSettingsPanel : public QWidget
{
    Q_OBJECT

public:
    // Asked for a price book to open, starting in a folder; "" when the planner cancels.
    using OpenFileName = std::function<QString(QWidget* parent, const QString& directory)>;

    explicit CostSettingsPanel(ForecastController* forecast, QWidget* parent = nullptr);

    void setOpenFileName(OpenFileName ask) { m_openFileName = std::move(ask); }

    QLabel* bookLabel() const { return m_book; }
    QLabel* warningLabel() const { return m_warning; }
    QComboBox* pricingModelComboBox() const { return m_model; }
    QDoubleSpinBox* discountSpinBox(Cloud cloud) const { return m_discounts[cloudIndex(cloud)]; }

    // Loads a book as the button does, without the dialog; true when it is now in use. A refused book is
    // reported through errorOccurred and the book in use stays.
    bool loadPriceBook(const QString& path);

public Q_SLOTS:
    void chooseAndLoadPriceBook();

Q_SIGNALS:
    // Something the planner must read (a refused price book): for a message box.
    void errorOccurred(const QString& title, const QString& message);
    // A short note for the status bar.
    void statusMessage(const QString& message);

private:
    void syncFromController();
    void refreshAge();

    ForecastController* m_forecast;
    OpenFileName m_openFileName;
    QLabel* m_book = nullptr;
    QLabel* m_warning = nullptr;
    QPushButton* m_load = nullptr;
    QPushButton* m_builtin = nullptr;
    QComboBox* m_model = nullptr;
    std::array<QDoubleSpinBox*, kCloudCount> m_discounts {};
};

} // namespace ecw
