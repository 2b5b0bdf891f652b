// runInBackground and LatestRequest: the work runs off the receiver's thread and its answer comes back on
// it; what the work throws arrives as an error message; a receiver destroyed first never hears back; a
// newer request (or supersede()) marks the answers of older ones as superseded.
#include "core/errors.h"
#include "items/background_job.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QThreadPool>
#include <stdexcept>

using namespace ferry;

class TstBackgroundJob : public QObject {
    Q_OBJECT
private slots:
    void answersOnTheReceiversThread()
    {
        QObject receiver;
        QThread* workThread = nullptr;
        QThread* doneThread = nullptr;
        std::optional<JobResult<int>> answer;
        runInBackground(
            &receiver,
            [&workThread] {
                workThread = QThread::currentThread();
                return 42;
            },
            [&](const JobResult<int>& r) {
                doneThread = QThread::currentThread();
                answer = r;
            });
        QVERIFY(!answer); // never answered inside the call
        QTRY_VERIFY(answer.has_value());
        QVERIFY(answer->ok());
        QCOMPARE(answer->value(), 42);
        QVERIFY(answer->error().isEmpty());
        QCOMPARE(doneThread, QThread::currentThread());
        QVERIFY(workThread && workThread != QThread::currentThread());
        QCOMPARE(receiver.children().size(), 0); // the watcher is gone once it answered
    }

    void whatTheWorkThrowsArrivesAsAMessage_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("ferry::Error") << 0 << QStringLiteral("the table is gone");
        QTest::newRow("ConnectError with advice")
            << 1 << QStringLiteral("Cannot reach the server. Check the host name.");
        QTest::newRow("std::exception") << 2 << QStringLiteral("bad things");
        QTest::newRow("anything else") << 3 << QStringLiteral("An unexpected error stopped the work.");
    }
    void whatTheWorkThrowsArrivesAsAMessage()
    {
        QFETCH(int, kind);
        QFETCH(QString, message);
        QObject receiver;
        std::optional<JobResult<QString>> answer;
        runInBackground(
            &receiver,
            [kind]() -> QString {
                switch (kind) {
                case 0:
                    throw Error(QStringLiteral("the table is gone"));
                case 1:
                    throw ConnectError(ConnectFailure::HostUnreachable, QStringLiteral("Cannot reach the server."),
                                       QStringLiteral("Check the host name."));
                case 2:
                    throw std::runtime_error("bad things");
                default:
                    throw 7;
                }
            },
            [&answer](const JobResult<QString>& r) { answer = r; });
        QTRY_VERIFY(answer.has_value());
        QVERIFY(!answer->ok());
        QCOMPARE(answer->error(), message);
        QCOMPARE(answer->valueOr([](const QString& e) { return QStringLiteral("failed: ") + e; }),
                 QStringLiteral("failed: ") + message);
    }

    void aReceiverThatIsGoneHearsNothing()
    {
        QSemaphore started, release;
        bool answered = false;
        auto receiver = std::make_unique<QObject>();
        runInBackground(
            receiver.get(),
            [&] {
                started.release();
                release.acquire(); // still working when the receiver goes
                return 1;
            },
            [&answered](const JobResult<int>&) { answered = true; });
        QVERIFY(started.tryAcquire(1, 10000));
        receiver.reset();
        release.release();
        QVERIFY(QThreadPool::globalInstance()->waitForDone(10000)); // the test may wait; the GUI never does
        QTest::qWait(50);                                           // anything queued would have run now
        QVERIFY(!answered);
    }

    void newerRequestsSupersedeOlderOnes()
    {
        QObject receiver;
        LatestRequest request;
        QSemaphore release;
        QHash<int, bool> superseded; // by the request's value
        auto ask = [&](int value) {
            request.start(
                &receiver,
                [&release, value] {
                    release.acquire();
                    return value;
                },
                [&superseded](const JobResult<int>& r, bool stale) { superseded.insert(r.value(), stale); });
        };
        ask(1);
        ask(2); // supersedes 1
        release.release(2);
        QTRY_COMPARE(superseded.size(), 2);
        QCOMPARE(superseded.value(1), true);
        QCOMPARE(superseded.value(2), false);

        superseded.clear();
        ask(3);
        request.supersede(); // the question changed while 3 was in flight
        release.release();
        QTRY_COMPARE(superseded.size(), 1);
        QCOMPARE(superseded.value(3), true);
    }
};

QTEST_GUILESS_MAIN(TstBackgroundJob)
#include "tst_background_job.moc"
