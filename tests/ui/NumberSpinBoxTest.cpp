// SPDX-License-Identifier: GPL-3.0-or-later
// NumberSpinBox: 100,000,000,000 typed exactly with or without separators, shown grouped; values
// outside the range or fractional whole numbers are refused and reported.
#include "NumberSpinBox.h"
#include "UiTestSupport.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace ecw;

class NumberSpinBoxTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsWholeNumbersGrouped()
    {
        NumberSpinBox box;
        box.setWholeNumber(true);
        box.setRange(0, 1e12);
        box.setValue(1e11);
        QCOMPARE(box.value(), 1e11);
        QCOMPARE(box.text(), QStringLiteral("100,000,000,000"));
        box.setValue(1e12);
        QCOMPARE(box.text(), QStringLiteral("1,000,000,000,000"));
    }

    void showsFractionsWithoutTrailingZeros()
    {
        NumberSpinBox box;
        box.setRange(0, 1e8);
        box.setValue(0.125);
        QCOMPARE(box.text(), QStringLiteral("0.125"));
        box.setValue(16666.5);
        QCOMPARE(box.text(), QStringLiteral("16,666.5"));
        box.setValue(5000);
        QCOMPARE(box.text(), QStringLiteral("5,000"));
    }

    void typedValuesAreReadExactly_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<double>("expected");
        QTest::newRow("grouped") << QStringLiteral("100,000,000,000") << 1e11;
        QTest::newRow("plain") << QStringLiteral("100000000000") << 1e11;
        QTest::newRow("exponent") << QStringLiteral("1e11") << 1e11;
        QTest::newRow("odd") << QStringLiteral("99,999,999,999") << 99999999999.0;
        QTest::newRow("maximum") << QStringLiteral("1000000000000") << 1e12;
    }

    void typedValuesAreReadExactly()
    {
        QFETCH(QString, typed);
        QFETCH(double, expected);
        NumberSpinBox box;
        box.setWholeNumber(true);
        box.setRange(0, 1e12);
        box.setValue(1000000);
        QSignalSpy changed(&box, &QDoubleSpinBox::valueChanged);
        box.selectAll();
        QTest::keyClicks(&box, typed);
        QTest::keyClick(&box, Qt::Key_Enter);
        QCOMPARE(box.value(), expected);
        QCOMPARE(changed.count(), 1); // keyboard tracking is off: one edit, not one per keystroke
    }

    void refusesValuesOutsideTheRange_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("above maximum") << QStringLiteral("2,000,000,000,000");
        QTest::newRow("fraction of a node") << QStringLiteral("1.5");
        QTest::newRow("negative") << QStringLiteral("-4");
    }

    void refusesValuesOutsideTheRange()
    {
        QFETCH(QString, typed);
        NumberSpinBox box;
        box.setWholeNumber(true);
        box.setRange(0, 1e12);
        box.setValue(1000000);
        QSignalSpy rejected(&box, &NumberSpinBox::rejectedText);
        box.selectAll();
        QTest::keyClicks(&box, typed);
        QTest::keyClick(&box, Qt::Key_Enter);
        QCOMPARE(box.value(), 1000000.0);
        QCOMPARE(box.text(), QStringLiteral("1,000,000"));
        QCOMPARE(rejected.count(), 1);
        QVERIFY(rejected.first().first().toString().contains(typed.left(1)));
    }

    void lettersCannotBeTyped()
    {
        NumberSpinBox box;
        box.setRange(0, 100);
        box.setValue(5);
        box.selectAll();
        QTest::keyClicks(&box, QStringLiteral("abc"));
        QVERIFY(!box.text().contains(QLatin1Char('a'))); // every letter was refused by the validator
        box.selectAll();
        QTest::keyClicks(&box, QStringLiteral("7"));
        QTest::keyClick(&box, Qt::Key_Enter);
        QCOMPARE(box.value(), 7.0);
    }

    void stepsUseTheStepper()
    {
        NumberSpinBox box;
        box.setRange(0, 1000);
        box.setStepper([](double value, int steps) { return value * (steps > 0 ? 10.0 : 0.1); });
        box.setValue(10);
        box.stepBy(1);
        QCOMPARE(box.value(), 100.0);
        QTest::keyClick(&box, Qt::Key_Down);
        QCOMPARE(box.value(), 10.0);
    }
};

QTEST_MAIN(NumberSpinBoxTest)
#include "NumberSpinBoxTest.moc"
