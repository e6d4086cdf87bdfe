#include "server/ServerErrors.h"
#include "server/audit/AuditTrail.h"
#include "server/db/Migrator.h"
#include "server/db/SchemaMigrations.h"
#include "tests/support/ServerTestCase.h"

#include <QDeadlineTimer>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <QTimeZone>
#include <QUuid>

#include <array>

using tv::Done;
using tv::Error;
using tv::Status;
using tv::server::audit::AuditEntry;
using tv::server::audit::AuditTrail;
using tv::server::db::Dialect;

namespace {

const QString UserA = u"6f1c2a4e-9b7d-4e3a-8c21-5d0f7e6b9a10"_s;
const QString UserB = u"0a9e8d7c-6b5a-4f3e-9d2c-1b0a9f8e7d6c"_s;

// Six rows with every kind of value: nulls, empty strings, text that looks like the encoding's
// own separators, and text outside ASCII.
QList<AuditEntry> sampleEntries()
{
    const QDateTime base(QDate(2024, 5, 1), QTime(9, 30, 15, 123), QTimeZone::utc());
    return {
        {base, UserA, u"login"_s, std::nullopt, std::nullopt, std::nullopt, std::nullopt},
        {base.addMSecs(1), UserA, u"search"_s, std::nullopt, std::nullopt, std::nullopt,
         u"{\"criteria\":[\"name\",\"dateOfBirth\"]}"_s},
        {base.addSecs(60), UserA, u"person_view"_s, u"person:123"_s, u"safeguarding_concern"_s,
         u""_s, std::nullopt},
        {base.addSecs(61), UserB, u"household_view"_s, u"household:45"_s, u"family_support"_s,
         u"Visit on Tuesday; '3:abc~ — café"_s, u"{}"_s},
        {base.addDays(1), std::nullopt, u"login_failed"_s, std::nullopt, std::nullopt, std::nullopt,
         std::nullopt},
        {base.addDays(2), u"{6F1C2A4E-9B7D-4E3A-8C21-5D0F7E6B9A10}"_s, u"person_view"_s,
         u"person:7"_s, u"sen_review"_s, u"Annual review"_s, u""_s},
    };
}

} // namespace

class TestAuditTrail final : public tv::test::ServerTestCase {
    Q_OBJECT

private:
    std::unique_ptr<AuditTrail> m_trail;

    bool openDatabase(Backend backend)
    {
        if (auto created = ServerTestCase::openDatabase(backend); !created) {
            qWarning("%s", qPrintable(created.error().message));
            return false;
        }
        m_trail = std::make_unique<AuditTrail>(*m_db);
        return true;
    }

    // The caller's own write (household 1) and then `entry`, in one transaction.
    Status writeHouseholdAndAppend(const AuditEntry &entry)
    {
        return m_db->transaction([&]() -> Status {
            const auto written = m_db->run(
                u"write the caller's data",
                u"INSERT INTO households (id, address, town, postcode) VALUES (1, '1 High St',"
                u" 'Taunton', 'TA1 1AA')"_s);
            if (!written)
                return written.error();
            return m_trail->append(entry);
        });
    }

    Status appendAll(const QList<AuditEntry> &entries)
    {
        for (const AuditEntry &entry : entries) {
            const Status appended =
                m_db->transaction([&]() -> Status { return m_trail->append(entry); });
            if (!appended)
                return appended;
        }
        return Done{};
    }

    // Changes the trail behind the service's back, as a database superuser would: on PostgreSQL
    // that needs the append-only trigger switched off for the change. `sql` may be several
    // statements, each ending in "; ".
    Status tamper(const QString &sql, const QVariantMap &bindings = {})
    {
        const bool postgres = m_db->dialect() == Dialect::Postgres;
        if (postgres) {
            if (auto off = m_db->runDdl(u"switch the trigger off",
                                        u"ALTER TABLE audit_log DISABLE TRIGGER USER"_s);
                !off) {
                return off.error();
            }
        }
        Status changed = Done{};
        for (const QString &statement : sql.split(u"; "_s)) {
            if (const auto ran = m_db->run(u"tamper with the trail", statement, bindings); !ran) {
                changed = ran.error();
                break;
            }
        }
        if (postgres) {
            if (auto on = m_db->runDdl(u"switch the trigger on",
                                       u"ALTER TABLE audit_log ENABLE TRIGGER USER"_s);
                !on) {
                return on.error();
            }
        }
        if (!changed)
            return changed.error();
        return Done{};
    }

private Q_SLOTS:
    void cleanup()
    {
        m_trail.reset();
        stopService();
    }

    void emptyTrailIsIntact_data() { tv::test::addBackendRows(); }
    void emptyTrailIsIntact()
    {
        QFETCH(Backend, backend);
        QVERIFY(openDatabase(backend));
        const auto report = m_trail->verify();
        TV_VERIFY_OK(report);
        QVERIFY2(report.value().intact(), qPrintable(report.value().problem));
        QCOMPARE(report.value().rowsChecked, 0);
        QCOMPARE(report.value().firstBadSeq, std::nullopt);
    }

    void appendedRowsChainAndVerify_data() { tv::test::addBackendRows(); }
    void appendedRowsChainAndVerify()
    {
        QFETCH(Backend, backend);
        QVERIFY(openDatabase(backend));
        const QList<AuditEntry> entries = sampleEntries();
        TV_VERIFY_OK(appendAll(entries));

        const auto report = m_trail->verify();
        TV_VERIFY_OK(report);
        QVERIFY2(report.value().intact(), qPrintable(report.value().problem));
        QCOMPARE(report.value().rowsChecked, entries.size());

        // Stored as given: seq from 1, each row linked to the one before, the head on the last.
        auto rows = m_db->run(u"read the trail",
                              u"SELECT seq, at, user_id, action, subject, reason_code, reason_note,"
                              u" detail, prev_hash, hash FROM audit_log ORDER BY seq"_s);
        TV_VERIFY_OK(rows);
        QString previous(64, u'0');
        qint64 seq = 0;
        while (rows.value().next()) {
            const AuditEntry &entry = entries.at(seq);
            ++seq;
            QSqlQuery &q = rows.value();
            QCOMPARE(q.value(0).toLongLong(), seq);
            QCOMPARE(Database::dateTimeFromDb(q.value(1)), entry.at);
            QCOMPARE(q.value(2).isNull(), !entry.userId.has_value());
            if (entry.userId) {
                QCOMPARE(q.value(2).toString(),
                         QUuid::fromString(*entry.userId).toString(QUuid::WithoutBraces));
            }
            QCOMPARE(q.value(3).toString(), entry.action);
            const std::array<std::pair<int, std::optional<QString>>, 4> optionals{
                {{4, entry.subject},
                 {5, entry.reasonCode},
                 {6, entry.reasonNote},
                 {7, entry.detail}}};
            for (const auto &[column, expected] : optionals) {
                QCOMPARE(q.value(column).isNull(), !expected.has_value());
                if (expected)
                    QCOMPARE(q.value(column).toString(), *expected);
            }
            QCOMPARE(q.value(8).toString(), previous);
            const QString hash = q.value(9).toString();
            QCOMPARE(hash.size(), 64);
            QVERIFY(hash != previous);
            previous = hash;
        }
        QCOMPARE(seq, entries.size());
        QCOMPARE(scalar(u"SELECT seq FROM audit_head WHERE id = 1"_s), seq);
        auto head = m_db->run(u"read the head", u"SELECT hash FROM audit_head WHERE id = 1"_s);
        TV_VERIFY_OK(head);
        QVERIFY(head.value().next());
        QCOMPARE(head.value().value(0).toString(), previous);
    }

    void tamperingIsDetected_data()
    {
        QTest::addColumn<Backend>("backend");
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QVariantMap>("bindings");
        QTest::addColumn<int>("firstBadChain");
        QTest::addColumn<qint64>("firstBadSeq");
        QTest::addColumn<QString>("problem");

        const QDateTime later(QDate(2024, 5, 1), QTime(10, 0), QTimeZone::utc());
        struct Case {
            const char *name;
            QString sql;
            QVariantMap bindings;
            qint64 firstBadSeq;
            QString problem;
            int firstBadChain = 1;
        };
        const QList<Case> cases{
            {"edited action",
             u"UPDATE audit_log SET action = 'login' WHERE seq = 4"_s,
             {},
             4,
             u"row 4 was changed"_s},
            {"edited time",
             u"UPDATE audit_log SET at = :at WHERE seq = 3"_s,
             {{u":at"_s, Database::toDb(later)}},
             3,
             u"row 3 was changed"_s},
            {"time moved by a millisecond",
             u"UPDATE audit_log SET at = :at WHERE seq = 1"_s,
             {{u":at"_s, Database::toDb(sampleEntries().first().at.addMSecs(1))}},
             1,
             u"row 1 was changed"_s},
            {"edited subject",
             u"UPDATE audit_log SET subject = 'person:124' WHERE seq = 3"_s,
             {},
             3,
             u"row 3 was changed"_s},
            {"user removed",
             u"UPDATE audit_log SET user_id = NULL WHERE seq = 2"_s,
             {},
             2,
             u"row 2 was changed"_s},
            {"empty note made null",
             u"UPDATE audit_log SET reason_note = NULL WHERE seq = 3"_s,
             {},
             3,
             u"row 3 was changed"_s},
            {"null note made empty",
             u"UPDATE audit_log SET reason_note = '' WHERE seq = 2"_s,
             {},
             2,
             u"row 2 was changed"_s},
            {"text moved between fields",
             u"UPDATE audit_log SET reason_code = 'family_support;', reason_note = 'Visit on"
             u" Tuesday' WHERE seq = 4"_s,
             {},
             4,
             u"row 4 was changed"_s},
            {"hash copied from another row",
             u"UPDATE audit_log SET hash = (SELECT hash FROM audit_log WHERE seq = 2)"
             u" WHERE seq = 5"_s,
             {},
             5,
             u"row 5 was changed"_s},
            {"deleted middle row",
             u"DELETE FROM audit_log WHERE seq = 3"_s,
             {},
             3,
             u"row 3 is missing"_s},
            {"deleted middle rows",
             u"DELETE FROM audit_log WHERE seq IN (2, 3, 4)"_s,
             {},
             2,
             u"rows 2 to 4 are missing"_s},
            {"deleted first row",
             u"DELETE FROM audit_log WHERE seq = 1"_s,
             {},
             1,
             u"row 1 is missing"_s},
            {"deleted newest row",
             u"DELETE FROM audit_log WHERE seq = 6"_s,
             {},
             6,
             u"the newest row is missing"_s},
            {"deleted newest rows",
             u"DELETE FROM audit_log WHERE seq >= 4"_s,
             {},
             4,
             u"the newest 3 rows are missing"_s},
            {"deleted every row", u"DELETE FROM audit_log"_s, {}, 1, u"all 6 rows are missing"_s},
            {"row renumbered",
             u"UPDATE audit_log SET seq = 9 WHERE seq = 6"_s,
             {},
             6,
             u"rows 6 to 8 are missing"_s},
            {"head wound back",
             u"UPDATE audit_head SET seq = 5 WHERE id = 1"_s,
             {},
             6,
             u"row 6 is newer than the trail's head: it was added, or the head was changed"_s},
            {"head hash replaced",
             u"UPDATE audit_head SET hash = (SELECT hash FROM audit_log"
             u" WHERE seq = 5) WHERE id = 1"_s,
             {},
             6,
             u"row 6 does not match the trail's head: one of them was changed"_s},
            {"row moved to another chain",
             u"UPDATE audit_log SET chain = 2 WHERE seq = 6"_s,
             {},
             6,
             u"the newest row is missing"_s},
            {"row moved to another chain with its heads",
             u"UPDATE audit_log SET chain = 2 WHERE seq = 6; UPDATE audit_head SET seq = 5,"
             u" hash = (SELECT hash FROM audit_log WHERE seq = 5) WHERE id = 1;"
             u" UPDATE audit_head SET seq = 6, hash = (SELECT hash FROM audit_log WHERE"
             u" chain = 2) WHERE id = 2"_s,
             {},
             1,
             u"rows 1 to 5 are missing"_s,
             2},
            {"empty chain's head moved on",
             u"UPDATE audit_head SET seq = 2 WHERE id = 7"_s,
             {},
             1,
             u"all 2 rows are missing"_s,
             7},
            {"empty chain's head hash changed",
             u"UPDATE audit_head SET hash = (SELECT hash FROM audit_log WHERE seq = 1)"
             u" WHERE id = 16"_s,
             {},
             -1,
             u"the trail's head was changed"_s,
             16},
            {"a chain's head deleted",
             u"DELETE FROM audit_head WHERE id = 3"_s,
             {},
             -1,
             u"the head of chain 3 is missing"_s,
             3},
        };
        for (const Backend backend : tv::test::allBackends()) {
            for (const Case &c : cases) {
                QTest::addRow("%s: %s", qPrintable(tv::test::backendName(backend)), c.name)
                    << backend << c.sql << c.bindings << c.firstBadChain << c.firstBadSeq
                    << c.problem;
            }
        }
    }

    void tamperingIsDetected()
    {
        QFETCH(Backend, backend);
        QFETCH(QString, sql);
        QFETCH(QVariantMap, bindings);
        QFETCH(int, firstBadChain);
        QFETCH(qint64, firstBadSeq);
        QFETCH(QString, problem);
        QVERIFY(openDatabase(backend));
        TV_VERIFY_OK(appendAll(sampleEntries()));
        const auto before = m_trail->verify();
        TV_VERIFY_OK(before);
        QVERIFY2(before.value().intact(), qPrintable(before.value().problem));

        TV_VERIFY_OK(tamper(sql, bindings));
        const auto report = m_trail->verify();
        TV_VERIFY_OK(report);
        QVERIFY(!report.value().intact());
        QCOMPARE(report.value().problem, problem);
        QCOMPARE(report.value().firstBadChain, std::optional<int>(firstBadChain));
        QCOMPARE(report.value().firstBadSeq,
                 firstBadSeq < 0 ? std::nullopt : std::optional<qint64>(firstBadSeq));
    }

    void appendedRowsAfterTamperingDoNotHideIt_data() { tv::test::addBackendRows(); }
    void appendedRowsAfterTamperingDoNotHideIt()
    {
        QFETCH(Backend, backend);
        QVERIFY(openDatabase(backend));
        TV_VERIFY_OK(appendAll(sampleEntries()));
        TV_VERIFY_OK(tamper(u"UPDATE audit_log SET subject = 'person:1' WHERE seq = 3"_s));
        TV_VERIFY_OK(appendAll(sampleEntries()));
        const auto report = m_trail->verify();
        TV_VERIFY_OK(report);
        QCOMPARE(report.value().problem, u"row 3 was changed"_s);
        QCOMPARE(report.value().firstBadSeq, std::optional<qint64>(3));
        QCOMPARE(report.value().rowsChecked, 3);
    }

    void workThatFailsLeavesNoRow_data() { tv::test::addBackendRows(); }
    void workThatFailsLeavesNoRow()
    {
        QFETCH(Backend, backend);
        QVERIFY(openDatabase(backend));
        const Error refused{u"test_refused"_s, u"The work failed after its audit row."_s};
        const Status done = m_db->transaction([&]() -> Status {
            if (const Status appended = m_trail->append(sampleEntries().first()); !appended)
                return appended;
            return refused;
        });
        QVERIFY(!done.ok());
        QCOMPARE(done.error(), refused);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM audit_log"_s), 0);
        QCOMPARE(scalar(u"SELECT seq FROM audit_head WHERE id = 1"_s), 0);

        // The chain carries on from where it was.
        TV_VERIFY_OK(appendAll(sampleEntries().mid(0, 2)));
        QCOMPARE(scalar(u"SELECT MAX(seq) FROM audit_log"_s), 2);
        const auto report = m_trail->verify();
        TV_VERIFY_OK(report);
        QVERIFY2(report.value().intact(), qPrintable(report.value().problem));
    }

    void failingAppendFailsTheTransaction_data()
    {
        QTest::addColumn<Backend>("backend");
        QTest::addColumn<int>("failure");
        QTest::addColumn<QString>("code");
        enum { NoAction, BadUser, SeqTaken };
        for (const Backend backend : tv::test::allBackends()) {
            const QString name = tv::test::backendName(backend);
            QTest::addRow("%s: no action", qPrintable(name))
                << backend << int(NoAction) << QString(tv::server::errc::InvalidInput);
            QTest::addRow("%s: user is not an id", qPrintable(name))
                << backend << int(BadUser) << QString(tv::server::errc::InvalidInput);
            QTest::addRow("%s: sequence number taken", qPrintable(name))
                << backend << int(SeqTaken) << QString(tv::server::errc::AlreadyExists);
        }
    }

    void failingAppendFailsTheTransaction()
    {
        QFETCH(Backend, backend);
        QFETCH(int, failure);
        QFETCH(QString, code);
        QVERIFY(openDatabase(backend));

        AuditEntry entry = sampleEntries().at(2);
        if (failure == 0)
            entry.action = u"  "_s;
        if (failure == 1)
            entry.userId = u"jo.bloggs@school.example"_s;
        if (failure == 2) {
            // A row the head does not know about, as a second writer that skipped the head lock
            // would leave.
            TV_VERIFY_OK(m_db->run(u"insert a stray row",
                                   u"INSERT INTO audit_log (chain, seq, at, action, prev_hash,"
                                   u" hash) VALUES (1, 1, :at, 'stray', 'x', 'y')"_s,
                                   {{u":at"_s, Database::toDb(entry.at)}}));
        }
        const qint64 rowsBefore = scalar(u"SELECT COUNT(*) FROM audit_log"_s);

        // The caller's own write in the same transaction goes too.
        const Status done = writeHouseholdAndAppend(entry);
        TV_VERIFY_ERROR(done, code);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM households"_s), 0);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM audit_log"_s), rowsBefore);
        QCOMPARE(scalar(u"SELECT seq FROM audit_head WHERE id = 1"_s), 0);
    }

    void workAndItsRowCommitTogether_data() { tv::test::addBackendRows(); }
    void workAndItsRowCommitTogether()
    {
        QFETCH(Backend, backend);
        QVERIFY(openDatabase(backend));
        const Status done = writeHouseholdAndAppend(sampleEntries().at(3));
        TV_VERIFY_OK(done);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM households"_s), 1);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM audit_log"_s), 1);
        QCOMPARE(scalar(u"SELECT seq FROM audit_head WHERE id = 1"_s), 1);
    }

    void twoWritersAtOnceKeepOneChain_data() { tv::test::addBackendRows(); }
    void twoWritersAtOnceKeepOneChain()
    {
        // Two service instances: each thread opens its own connection, as a second process would.
        QFETCH(Backend, backend);
        QVERIFY(openDatabase(backend));
        constexpr int RowsPerWriter = 200;
        const tv::server::DatabaseConfig config = m_test->config();

        struct Writer {
            QString user;
            QString failure;
            int appended = 0;
        };
        std::array<Writer, 2> writers{{{UserA, {}, 0}, {UserB, {}, 0}}};
        std::array<std::unique_ptr<QThread>, 2> threads;
        for (std::size_t i = 0; i < writers.size(); ++i) {
            Writer *writer = &writers.at(i);
            threads.at(i).reset(QThread::create([config, writer] {
                auto db = Database::open(config);
                if (!db) {
                    writer->failure = db.error().message;
                    return;
                }
                const AuditTrail trail(*db.value());
                for (int n = 0; n < RowsPerWriter; ++n) {
                    AuditEntry entry;
                    entry.at = QDateTime::currentDateTimeUtc();
                    entry.userId = writer->user;
                    entry.action = u"person_view"_s;
                    entry.subject = u"person:%1"_s.arg(n);
                    entry.reasonCode = u"safeguarding_concern"_s;
                    const Status done =
                        db.value()->transaction([&]() -> Status { return trail.append(entry); });
                    if (!done) {
                        writer->failure = done.error().message;
                        return;
                    }
                    ++writer->appended;
                }
            }));
        }
        for (auto &thread : threads)
            thread->start();
        for (auto &thread : threads)
            QVERIFY(thread->wait(QDeadlineTimer(100'000)));

        for (const Writer &writer : writers) {
            QVERIFY2(writer.failure.isEmpty(), qPrintable(writer.failure));
            QCOMPARE(writer.appended, RowsPerWriter);
            QCOMPARE(scalar(u"SELECT COUNT(*) FROM audit_log WHERE user_id = :user"_s,
                            {{u":user"_s, writer.user}}),
                     RowsPerWriter);
        }
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM audit_log"_s), 2 * RowsPerWriter);
        QCOMPARE(scalar(u"SELECT SUM(seq) FROM audit_head"_s), 2 * RowsPerWriter);
        const auto report = m_trail->verify();
        TV_VERIFY_OK(report);
        QVERIFY2(report.value().intact(), qPrintable(report.value().problem));
        QCOMPARE(report.value().rowsChecked, 2 * RowsPerWriter);
    }

    // A trail written before migration 3 split it into chains is chain 1 afterwards, intact.
    void rowsFromBeforeTheChainsStillVerify_data() { tv::test::addBackendRows(); }
    void rowsFromBeforeTheChainsStillVerify()
    {
        QFETCH(Backend, backend);
        QVERIFY(openDatabase(backend));
        TV_VERIFY_OK(appendAll(sampleEntries()));
        const QString columns =
            u"seq, at, user_id, action, subject, reason_code, reason_note, detail, prev_hash, hash"_s;
        QList<QVariantMap> written;
        {
            auto rows = m_db->run(u"read the rows",
                                  u"SELECT "_s + columns + u" FROM audit_log ORDER BY seq"_s);
            TV_VERIFY_OK(rows);
            while (rows.value().next()) {
                QVariantMap row;
                for (const QString &column : columns.split(u", "_s))
                    row.insert(u':' + column, rows.value().value(column));
                written << row;
            }
        }
        QCOMPARE(written.size(), sampleEntries().size());

        // The same rows in a database at schema version 2, as that version's service wrote them.
        auto old = TestDatabase::create(backend);
        TV_VERIFY_OK(old);
        auto opened = Database::open(old.value()->config());
        TV_VERIFY_OK(opened);
        Database &db = *opened.value();
        const QList<tv::server::db::Migration> all = tv::server::db::schemaMigrations();
        TV_VERIFY_OK(tv::server::db::Migrator(db, all.mid(0, 2)).migrate());
        for (const QVariantMap &row : written) {
            TV_VERIFY_OK(db.run(u"write an old row",
                                u"INSERT INTO audit_log ("_s + columns + u") VALUES (:"_s +
                                    columns.split(u", "_s).join(u", :"_s) + u')',
                                row));
        }
        TV_VERIFY_OK(db.run(u"move the old head",
                            u"UPDATE audit_head SET seq = :seq, hash = :hash WHERE id = 1"_s,
                            {{u":seq"_s, written.constLast().value(u":seq"_s)},
                             {u":hash"_s, written.constLast().value(u":hash"_s)}}));

        TV_VERIFY_OK(tv::server::db::Migrator(db, all).migrate());
        const AuditTrail trail(db);
        const auto report = trail.verify();
        TV_VERIFY_OK(report);
        QVERIFY2(report.value().intact(), qPrintable(report.value().problem));
        QCOMPARE(report.value().rowsChecked, written.size());
        // And the trail goes on from there.
        TV_VERIFY_OK(db.transaction([&] { return trail.append(sampleEntries().at(0)); }));
        auto head = db.run(u"read the head", u"SELECT seq FROM audit_head WHERE id = 1"_s);
        TV_VERIFY_OK(head);
        QVERIFY(head.value().next());
        QCOMPARE(head.value().value(0).toLongLong(), written.size() + 1);
        const auto after = trail.verify();
        TV_VERIFY_OK(after);
        QVERIFY2(after.value().intact(), qPrintable(after.value().problem));
    }

    // PostgreSQL only (SQLite has one writer at a time): an append does not wait for another
    // transaction's append to commit, it takes the next free chain.
    void concurrentAppendsTakeDifferentChains()
    {
        QVERIFY(openDatabase(Backend::Postgres));
        auto second = Database::open(m_test->config());
        TV_VERIFY_OK(second);
        Database &other = *second.value();
        const AuditTrail otherTrail(other);
        // Were the second append to wait for the first one's head, it would wait for ever (the
        // first commits only after it): fail after a second instead.
        TV_VERIFY_OK(other.runDdl(u"bound lock waits", u"SET lock_timeout = '1s'"_s));

        const QList<AuditEntry> entries = sampleEntries();
        TV_VERIFY_OK(m_db->transaction([&]() -> Status {
            if (const Status first = m_trail->append(entries.at(0)); !first)
                return first;
            return other.transaction([&]() -> Status {
                if (const Status both = otherTrail.append(entries.at(1)); !both)
                    return both;
                return otherTrail.append(entries.at(2)); // its own chain again
            });
        }));
        QCOMPARE(scalar(u"SELECT chain FROM audit_log WHERE action = 'login'"_s), 1);
        QCOMPARE(scalar(u"SELECT chain FROM audit_log WHERE action = 'search'"_s), 2);
        QCOMPARE(scalar(u"SELECT chain FROM audit_log WHERE action = 'person_view'"_s), 2);
        QCOMPARE(scalar(u"SELECT seq FROM audit_head WHERE id = 2"_s), 2);
        // Later appends, with no one else writing, go back to chain 1.
        TV_VERIFY_OK(appendAll(entries.mid(3)));
        QCOMPARE(scalar(u"SELECT seq FROM audit_head WHERE id = 1"_s), 4);
        const auto report = m_trail->verify();
        TV_VERIFY_OK(report);
        QVERIFY2(report.value().intact(), qPrintable(report.value().problem));
        QCOMPARE(report.value().rowsChecked, entries.size());
    }

    // PostgreSQL only: roles and triggers are what make the trail append-only there.
    void serviceRoleCanOnlyAppend_data()
    {
        QTest::addColumn<Backend>("backend");
        QTest::newRow("postgres") << Backend::Postgres;
    }
    void serviceRoleCanOnlyAppend()
    {
        QFETCH(Backend, backend);
        QVERIFY(openDatabase(backend));
        TV_VERIFY_OK(appendAll(sampleEntries().mid(0, 2)));

        // Even the table's owner cannot change a row while the trigger is on.
        const auto ownerUpdate =
            m_db->run(u"change a row", u"UPDATE audit_log SET action = 'x' WHERE seq = 1"_s);
        TV_VERIFY_ERROR(ownerUpdate, tv::server::errc::DatabaseError);
        QVERIFY2(ownerUpdate.error().message.contains(u"(error P0001)"_s),
                 qPrintable(ownerUpdate.error().message));

        // The service's role: a plain login role that may read and append, and move the head.
        const QString role = u"tv_audit_%1"_s.arg(QUuid::createUuid().toString(QUuid::Id128));
        TV_VERIFY_OK(m_db->runDdl(u"create the service role", u"CREATE ROLE %1 LOGIN"_s.arg(role)));
        const auto dropRole = qScopeGuard([&] {
            const auto owned =
                m_db->runDdl(u"drop the role's grants", u"DROP OWNED BY %1"_s.arg(role));
            const auto dropped = m_db->runDdl(u"drop the role", u"DROP ROLE %1"_s.arg(role));
            if (!owned || !dropped)
                qWarning("the test role %s was not dropped", qPrintable(role));
        });
        TV_VERIFY_OK(m_db->runDdl(u"grant on audit_log",
                                  u"GRANT SELECT, INSERT ON audit_log TO %1"_s.arg(role)));
        TV_VERIFY_OK(m_db->runDdl(u"grant on audit_head",
                                  u"GRANT SELECT, UPDATE ON audit_head TO %1"_s.arg(role)));

        {
            tv::server::DatabaseConfig config = m_test->config();
            config.user = role;
            auto service = Database::open(config);
            TV_VERIFY_OK(service);
            Database &db = *service.value();
            const AuditTrail trail(db);

            TV_VERIFY_OK(db.transaction([&] { return trail.append(sampleEntries().at(2)); }));

            const std::array<QString, 5> refused{
                u"UPDATE audit_log SET action = 'x' WHERE seq = 1"_s,
                u"DELETE FROM audit_log WHERE seq = 3"_s,
                u"TRUNCATE audit_log"_s,
                u"ALTER TABLE audit_log DISABLE TRIGGER USER"_s,
                u"DROP TABLE audit_log"_s,
            };
            for (const QString &sql : refused) {
                const auto result = db.runDdl(u"change the trail", sql);
                QVERIFY2(!result.ok(), qPrintable(sql));
                // 42501: insufficient privilege (also for ALTER and DROP by a non-owner).
                QVERIFY2(result.error().message.contains(u"(error 42501)"_s),
                         qPrintable(sql + u": "_s + result.error().message));
            }
            const auto report = trail.verify();
            TV_VERIFY_OK(report);
            QVERIFY2(report.value().intact(), qPrintable(report.value().problem));
            QCOMPARE(report.value().rowsChecked, 3);
        }
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM audit_log"_s), 3);
        QCOMPARE(scalar(u"SELECT seq FROM audit_head WHERE id = 1"_s), 3);
    }
};

QTEST_GUILESS_MAIN(TestAuditTrail)
#include "tst_audittrail.moc"
