// SPDX-License-Identifier: GPL-3.0-or-later
// SliderScale: every input's slider covers exactly its range, positions and values round-trip, and
// the logarithmic grids land on round numbers (1e11 nodes is a slider position).
#include "SliderScale.h"
#include "UiTestSupport.h"
#include "Validation.h"

#include <QTest>

#include <cmath>

using namespace ecw;

class SliderScaleTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyInputCoversItsRangeExactly()
    {
        for (const InputSpec& spec : inputSpecs()) {
            const SliderScale scale(spec);
            QVERIFY2(scale.maximumPosition() > 0, spec.key.data());
            QCOMPARE(scale.valueAt(0), spec.minimum);
            QCOMPARE(scale.valueAt(scale.maximumPosition()), spec.maximum);
            // Out-of-range positions clamp rather than read past the grid.
            QCOMPARE(scale.valueAt(-5), spec.minimum);
            QCOMPARE(scale.valueAt(scale.maximumPosition() + 5), spec.maximum);
        }
    }

    void positionsAreStrictlyIncreasingAndRoundTrip()
    {
        for (const InputSpec& spec : inputSpecs()) {
            const SliderScale scale(spec);
            for (int p = 0; p <= scale.maximumPosition(); ++p) {
                const double value = scale.valueAt(p);
                if (p > 0)
                    QVERIFY2(value > scale.valueAt(p - 1), spec.key.data());
                QCOMPARE(scale.positionOf(value), p);
                if (spec.wholeNumber)
                    QCOMPARE(value, std::floor(value));
                QVERIFY2(checkInputOk(spec.id, value).isEmpty(), qPrintable(checkInputOk(spec.id, value)));
            }
        }
    }

    void logarithmicGridHasTwoSignificantDigitsAndReachesOneHundredBillionNodes()
    {
        const SliderScale nodes(inputSpec(InputId::Nodes));
        QVERIFY(nodes.logarithmic());
        const double wanted[] = { 0, 1, 10, 1000, 1000000, 1500000, 2300000, 1e9, 1e11, 9.9e11, 1e12 };
        for (double value : wanted)
            QCOMPARE(nodes.valueAt(nodes.positionOf(value)), value);
        // Two significant digits per decade: 90 positions from 1e6 to 1e7.
        QCOMPARE(nodes.positionOf(1e7) - nodes.positionOf(1e6), 90);
        QCOMPARE(nodes.pageStep(), 90);
    }

    void positionOfPicksTheNearestGridValue()
    {
        const SliderScale ops(inputSpec(InputId::OpsPerSec));
        QCOMPARE(ops.valueAt(ops.positionOf(5000)), 5000.0);
        QCOMPARE(ops.valueAt(ops.positionOf(5040)), 5000.0);
        QCOMPARE(ops.valueAt(ops.positionOf(5060)), 5100.0);
        QCOMPARE(ops.valueAt(ops.positionOf(16667)), 17000.0);
        // Below the grid's first decade and above the range clamp to the ends.
        QCOMPARE(ops.positionOf(-3), 0);
        QCOMPARE(ops.positionOf(1e20), ops.maximumPosition());
    }

    void linearGridIsAnchoredAtRoundSteps()
    {
        const SliderScale retention(inputSpec(InputId::RetentionDays));
        QVERIFY(!retention.logarithmic());
        // 1..3650 days in 5-day steps anchored at 0: 1, 5, 10, ..., 3645, 3650; 30 is on the grid.
        QCOMPARE(retention.valueAt(1), 5.0);
        QCOMPARE(retention.valueAt(retention.positionOf(30)), 30.0);
        const SliderScale ratio(inputSpec(InputId::ActiveRatio));
        QCOMPARE(ratio.maximumPosition(), 1000);
        QCOMPARE(ratio.valueAt(ratio.positionOf(0.1)), 0.1);
        const SliderScale replicas(inputSpec(InputId::ReplicationFactor));
        QCOMPARE(replicas.maximumPosition(), 16);
    }

    void stepsMoveAlongTheGridFromAnyValue()
    {
        const SliderScale nodes(inputSpec(InputId::Nodes));
        QCOMPARE(nodes.stepUp(1000000), 1100000.0);
        QCOMPARE(nodes.stepDown(1000000), 990000.0);
        QCOMPARE(nodes.stepUp(1234567), 1300000.0);
        QCOMPARE(nodes.stepDown(1234567), 1200000.0);
        QCOMPARE(nodes.stepUp(1e12), 1e12);
        QCOMPARE(nodes.stepDown(0), 0.0);
    }

private:
    static QString checkInputOk(InputId id, double value)
    {
        const auto error = checkInput(id, value);
        return error ? toQString(error->message) : QString();
    }
};

QTEST_APPLESS_MAIN(SliderScaleTest)
#include "SliderScaleTest.moc"
