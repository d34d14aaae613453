// SPDX-License-Identifier: GPL-3.0-or-later
// A spin box for model inputs: holds any double the model accepts (100,000,000,000 nodes typed
// exactly; a QSpinBox stops at 2^31 - 1), shows thousands separators, reads the number back with
// or without them, and steps along the input's slider grid.
#pragma once

#include <QDoubleSpinBox>

#include <functional>

namespace ecw {

class NumberSpinBox : public QDoubleSpinBox
{
    Q_OBJECT

public:
    explicit NumberSpinBox(QWidget* parent = nullptr);

    // Whole numbers show no decimals; others up to six, trailing zeros dropped.
    void setWholeNumber(bool whole);
    bool wholeNumber() const { return m_wholeNumber; }
    // stepper(value, steps) gives the value |steps| grid steps up (steps > 0) or down.
    void setStepper(std::function<double(double, int)> stepper) { m_stepper = std::move(stepper); }

    QString textFromValue(double value) const override;
    double valueFromText(const QString& text) const override;
    QValidator::State validate(QString& input, int& pos) const override;
    void fixup(QString& input) const override;
    void stepBy(int steps) override;

    // Text as typed, without separators, or nullopt-like NaN if it is not a number.
    static double parseTyped(const QString& text);

Q_SIGNALS:
    // Typed text was a number outside the range (or not a whole number); the box keeps its value.
    void rejectedText(const QString& text);

private:
    std::function<double(double, int)> m_stepper;
    bool m_wholeNumber = false;
};

} // namespace ecw
