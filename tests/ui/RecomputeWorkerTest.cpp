// SPDX-License-Identifier: GPL-3.0-or-later
// RecomputeWorker: one job at a time on one thread, and wait() makes the job's writes visible (under the tsan
// preset, ThreadSanitizer checks that these hand-offs are synchronised).
#include "RecomputeWorker.h"

#include <QTest>

#include <atomic>
#include <chrono>
#include <memory>
#include <thread>
#include <vector>

using namespace ecw;

class RecomputeWorkerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void waitWithoutAJobReturnsAtOnce()
    {
        RecomputeWorker worker;
        worker.wait();
        worker.wait();
    }

    void theJobsWritesAreVisibleAfterWait()
    {
        RecomputeWorker worker;
        std::vector<double> figures; // plain, unsynchronised data, like the spare engine
        worker.start([&figures] {
            for (int i = 0; i < 1000; ++i)
                figures.push_back(i * 0.5);
        });
        worker.wait();
        QCOMPARE(figures.size(), std::size_t(1000));
        QCOMPARE(figures.back(), 499.5);
    }

    void jobsRunOneAtATimeInOrderOnOneThread()
    {
        RecomputeWorker worker;
        std::vector<int> order;
        std::vector<std::thread::id> threads;
        for (int job = 0; job < 20; ++job) {
            // start() waits for the job before it, so the two never overlap.
            worker.start([&, job] {
                order.push_back(job);
                threads.push_back(std::this_thread::get_id());
                std::this_thread::sleep_for(std::chrono::microseconds(200));
            });
        }
        worker.wait();
        QCOMPARE(order.size(), std::size_t(20));
        for (int job = 0; job < 20; ++job)
            QCOMPARE(order[job], job);
        for (const std::thread::id& id : threads) {
            QCOMPARE(id, threads.front());
            QVERIFY(id != std::this_thread::get_id());
        }
    }

    void theJobsCapturesAreGoneWhenWaitReturns()
    {
        RecomputeWorker worker;
        auto document = std::make_shared<int>(42);
        std::weak_ptr<int> watch = document;
        worker.start([copy = std::move(document)] { QCOMPARE(*copy, 42); });
        worker.wait();
        QVERIFY(watch.expired());
    }

    void destroyingTheWorkerWaitsForTheRunningJob()
    {
        std::atomic<bool> finished { false };
        {
            RecomputeWorker worker;
            worker.start([&finished] {
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
                finished = true;
            });
        }
        QVERIFY(finished);
    }
};

QTEST_GUILESS_MAIN(RecomputeWorkerTest)
#include "RecomputeWorkerTest.moc"
