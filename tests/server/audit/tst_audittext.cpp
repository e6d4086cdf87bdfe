// Issue 14: whatever text the API accepts, the audit trail still verifies. Hostile and random
// strings go through the real HTTP API into fields that are stored and hashed into the trail
// (a person view's and a household view's reason note, an organisation's name); each is either
// refused with a 4xx that names the field, or stored as it was sent, and AuditTrail::verify()
// says the trail is intact after every one, on SQLite and on PostgreSQL.
#include "models/domain/ErrorCode.h"
#include "server/audit/AuditTrail.h"
#include "tests/support/ServerTestCase.h"

#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

using tv::server::audit::AuditTrail;

namespace {

const QDate AsOf(2026, 11, 24);
const QString Password = u"audit text password for the test users"_s;
constexpr qsizetype MaxNote = 500; // RecordAccess: reason.note
constexpr qsizetype MaxName = 200; // OrganisationAdmin: name, after trimming

// A JSON string literal for `text` with every UTF-16 unit outside printable ASCII escaped, so a
// lone surrogate travels as the "\ud800" a client could send.
QByteArray escapedLiteral(const QString &text)
{
    QByteArray out = "\"";
    for (const QChar c : text) {
        const char16_t unit = c.unicode();
        if (unit == u'"' || unit == u'\\') {
            out += '\\';
            out += char(unit);
        } else if (unit < 0x20 || unit >= 0x7f) {
            out += "\\u" + QByteArray::number(unit, 16).rightJustified(4, '0');
        } else {
            out += char(unit);
        }
    }
    return out + '"';
}

// The same text as raw UTF-8 (for text without a lone surrogate, which UTF-8 cannot carry);
// only the quote, the backslash and the control characters JSON requires escaped are escaped.
QByteArray rawLiteral(const QString &text)
{
    QString escaped;
    for (const QChar c : text) {
        if (c == u'"' || c == u'\\')
            escaped += u'\\' + QString(c);
        else if (c.unicode() < 0x20)
            escaped += u"\\u"_s + QString::number(c.unicode(), 16).rightJustified(4, u'0');
        else
            escaped += c;
    }
    return '"' + escaped.toUtf8() + '"';
}

bool hasLoneSurrogate(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        if (c.isSurrogate())
            return true;
    }
    return false;
}

// Text the wire format must refuse wherever it stands.
bool forbidden(const QString &text)
{
    for (const char16_t unit : {u'\0', u'\uFEFF', u'\uFFFE', u'\uFFFF'}) {
        if (text.contains(QChar(unit)))
            return true;
    }
    return hasLoneSurrogate(text);
}

QString repeated(const QString &piece, qsizetype size)
{
    QString text;
    while (text.size() < size)
        text += piece;
    return text.left(size);
}

// The strings every run sends, named for the log.
QList<std::pair<const char *, QString>> hostileStrings()
{
    return {
        {"empty", QString()},
        {"plain", u"Concern raised by class teacher"_s},
        {"lone high surrogate", QString(QChar(char16_t(0xD800))) + u"x"_s},
        {"lone high surrogate at the end", u"x"_s + QChar(char16_t(0xDBFF))},
        {"lone low surrogate", QString(QChar(char16_t(0xDC00))) + u"y"_s},
        {"reversed pair", QString(QChar(char16_t(0xDE00))) + QChar(char16_t(0xD83D))},
        {"two highs", QString(QChar(char16_t(0xD83D))) + QChar(char16_t(0xD83D))},
        {"NUL", u"before"_s + QChar(u'\0') + u"after"_s},
        {"only NUL", QString(QChar(u'\0'))},
        {"C0 controls", u"\x01\x02\x07\x08\x0b\x0c\x1b\x1f"_s},
        {"tabs and newlines", u"line one\r\nline two\ttabbed\n"_s},
        {"DEL and C1", u"\x7f\u0080\u0085\u009f"_s},
        {"noncharacters",
         u"\uFFFE\uFFFF\uFDD0\uFDEF"_s + QString::fromUcs4(U"\U0001FFFE\U0010FFFF")},
        {"BOM and zero widths", u"\uFEFF\u200B\u200C\u200D\u2060"_s},
        {"zero widths", u"\u200B\u200C\u200D\u2060"_s},
        {"BOM inside", u"a\uFEFFb"_s},
        {"reversed BOM first", u"\uFFFEabc"_s},
        {"combining marks", u"e\u0301\u0302\u0303\u0304\u0305\u0306 Zalgo\u0336\u0337"_s},
        {"right to left",
         u"\u202Eevil\u202C \u200F\u061C \u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627"_s},
        {"emoji and astral",
         QString::fromUcs4(
             U"😀👩‍👩‍👧‍👦 🏳️‍🌈 𝕏 𠜎 \U0001F9D1\U0001F3FD")},
        {"quotes and backslashes", u"\" \\ \\\" \\\\ \\u0000 '; DROP TABLE audit_log; --"_s},
        {"separators of the hash encoding", u"3:abc~1:x|0:~"_s},
        {"unicode line separators", u"\u2028\u2029\u0085"_s},
        {"whitespace only", u" \t \u00A0\u3000 "_s},
        {"replacement character", u"\uFFFD\uFFFD"_s},
        {"longest note", repeated(u"é"_s, MaxNote)},
        {"longest note of astral pairs", repeated(QString::fromUcs4(U"😀"), MaxNote)},
        {"one too long", repeated(u"a"_s, MaxNote + 1)},
        {"very long", repeated(u"ab\u0301"_s, 100'000)},
    };
}

QString randomString(QRandomGenerator &random)
{
    static const QList<char32_t> Specials{0x0,    0x1,    0x1F,    0x7F,    0x85,    0xA0,   0x300,
                                          0x36F,  0x61C,  0x200E,  0x200F,  0x202A,  0x202E, 0x2028,
                                          0xFDD0, 0xFEFF, 0xFFFD,  0xFFFE,  0xFFFF,  0xD800, 0xDBFF,
                                          0xDC00, 0xDFFF, 0x1F600, 0x1FFFE, 0x10FFFF};
    QString text;
    const int length = random.bounded(4) == 0 ? random.bounded(600) : random.bounded(40);
    for (int i = 0; i < length; ++i) {
        char32_t code = 0;
        switch (random.bounded(6)) {
        case 0:
        case 1:
            code = char32_t(random.bounded(0x20, 0x7F));
            break;
        case 2:
            code = Specials.at(random.bounded(Specials.size()));
            break;
        case 3:
            code = char32_t(random.bounded(0x80, 0x10000)); // may be a lone surrogate
            break;
        case 4:
            code = char32_t(random.bounded(0x10000, 0x110000));
            break;
        default:
            code = char32_t(random.bounded(0x300, 0x370)); // combining marks
            break;
        }
        if (code >= 0x10000) {
            text += QChar(QChar::highSurrogate(code));
            text += QChar(QChar::lowSurrogate(code));
        } else {
            text += QChar(char16_t(code));
        }
    }
    return text;
}

} // namespace

class TestAuditText final : public tv::test::ServerTestCase {
    Q_OBJECT

private:
    std::unique_ptr<TestHttpClient> m_practitioner;
    std::unique_ptr<TestHttpClient> m_admin;
    QString m_person;
    QString m_household;
    QStringList m_acceptedNotes; // every note a person view stored, in any order
    int m_sent = 0;

    static bool fail(const tv::Error &error)
    {
        qWarning("%s", qPrintable(error.message));
        return false;
    }

    // A cleared user of `role` and a live session for them.
    bool addUser(Role role, const QString &email, std::unique_ptr<TestHttpClient> &client)
    {
        auto organisation = m_auth->users().ensureOrganisation(u"Audit Text School"_s);
        if (!organisation)
            return fail(organisation.error());
        auto id =
            addClearedUser(NewUser{email, u"Test User"_s, role, organisation.value(), Password},
                           AsOf, AsOf.startOfDay(QTimeZone::utc()));
        if (!id)
            return fail(id.error());
        auto signedIn = clientWithSession(id.value());
        if (!signedIn)
            return fail(signedIn.error());
        client = std::move(signedIn).value();
        return true;
    }

    bool setUp(Backend backend)
    {
        if (auto created = openDatabase(backend); !created)
            return fail(created.error());
        if (auto seeded = tv::test::generatePersons(*m_db, 20, 14, AsOf); !seeded)
            return fail(seeded.error());
        auto person = m_db->run(u"find a person who is not restricted",
                                u"SELECT id, household_id FROM persons WHERE id NOT IN"
                                u" (SELECT person_id FROM restrictions) ORDER BY id LIMIT 1"_s);
        if (!person)
            return fail(person.error());
        if (!person.value().next())
            return false;
        m_person = person.value().value(0).toString();
        m_household = person.value().value(1).toString();

        startAuth(tv::test::withRandomKey());
        if (auto api = startApi(ApiServer::Options{false, AsOf, {}}); !api)
            return fail(api.error());
        return addUser(Role::Practitioner, u"practitioner@school.example"_s, m_practitioner) &&
               addUser(Role::Admin, u"admin@school.example"_s, m_admin);
    }

    // Sends `text` into each field, escaped or raw, checks each answer, then the trail.
    void sendEverywhere(const QString &text, bool escaped, const QString &label)
    {
        const QByteArray literal = escaped ? escapedLiteral(text) : rawLiteral(text);
        const bool refused = forbidden(text);

        for (const QString &path : {u"/api/v1/persons/%1/view"_s.arg(m_person),
                                    u"/api/v1/households/%1/view"_s.arg(m_household)}) {
            const QByteArray body =
                R"({"reason":{"code":"safeguarding-concern","note":)" + literal + "}}";
            const HttpResult result = m_practitioner->postJson(path, body);
            ++m_sent;
            if (refused || text.size() > MaxNote) {
                QVERIFY2(result.status == 400, qPrintable(label + u": "_s + path));
                QCOMPARE(result.errorCode(), QString(tv::errc::InvalidField));
                QVERIFY2(result.body.contains("reason.note"), result.body.left(300).constData());
            } else {
                QVERIFY2(result.status == 200,
                         qPrintable(label + u": "_s + QString::fromUtf8(result.body.left(300))));
                if (path.contains(u"/persons/"_s))
                    m_acceptedNotes << text;
            }
        }

        // An organisation's name: trimmed and unique, so each gets a number after it.
        const QString name = text + u" #"_s + QString::number(m_sent);
        const HttpResult created = m_admin->postJson(u"/api/v1/admin/organisations"_s,
                                                     "{\"name\":" + literal.chopped(1) + " #" +
                                                         QByteArray::number(m_sent) + "\"}");
        ++m_sent;
        if (refused || name.trimmed().size() > MaxName) {
            QVERIFY2(created.status == 400, qPrintable(label + u": organisation"_s));
            QVERIFY2(created.body.contains("name"), created.body.left(300).constData());
        } else {
            QVERIFY2(created.status == 201 || created.status == 200,
                     qPrintable(label + u": "_s + QString::fromUtf8(created.body.left(300))));
            QCOMPARE(created.json().value("name"_L1).toString(), name.trimmed());
        }

        const auto report = AuditTrail(*m_db).verify();
        TV_VERIFY_OK(report);
        QVERIFY2(report.value().intact(),
                 qPrintable(label + u": "_s + report.value().problem + u" (chain "_s +
                            QString::number(report.value().firstBadChain.value_or(0)) + u')'));
    }

private Q_SLOTS:
    void initTestCase_data() { tv::test::addBackendRows(); }

    void init()
    {
        QFETCH_GLOBAL(Backend, backend);
        m_acceptedNotes.clear();
        m_sent = 0;
        QVERIFY(setUp(backend));
    }

    void cleanup()
    {
        m_practitioner.reset();
        m_admin.reset();
        stopService();
    }

    void everyAcceptedStringKeepsTheTrailIntact()
    {
        for (const auto &[name, text] : hostileStrings()) {
            for (const bool escaped : {true, false}) {
                if (!escaped && hasLoneSurrogate(text))
                    continue; // not expressible as UTF-8: see invalidUtf8IsRefused
                sendEverywhere(text, escaped,
                               QString::fromLatin1(name) + (escaped ? u" (escaped)"_s : u""_s));
                if (QTest::currentTestFailed())
                    return;
            }
        }

        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("random strings from seed %u", seed);
        QRandomGenerator random(seed);
        for (int i = 0; i < 150; ++i) {
            const QString text = randomString(random);
            const bool escaped = hasLoneSurrogate(text) || random.bounded(2) == 0;
            sendEverywhere(text, escaped, u"random string %1 of seed %2"_s.arg(i).arg(seed));
            if (QTest::currentTestFailed())
                return;
        }

        // What was stored reads back as it was sent: one row per person view, one per member
        // for a household view; and the whole trail verifies.
        const auto notesOf = [&](const QString &action) {
            QStringList notes;
            auto stored = m_db->run(u"read the reason notes",
                                    u"SELECT reason_note FROM audit_log WHERE action = :action"_s,
                                    {{u":action"_s, action}});
            if (stored) {
                while (stored.value().next())
                    notes << stored.value().value(0).toString();
            }
            std::sort(notes.begin(), notes.end());
            return notes;
        };
        std::sort(m_acceptedNotes.begin(), m_acceptedNotes.end());
        const QStringList personNotes = notesOf(u"person_view"_s);
        QCOMPARE(personNotes.size(), m_acceptedNotes.size());
        QVERIFY(personNotes == m_acceptedNotes);
        const QStringList householdNotes = notesOf(u"household_view"_s);
        QVERIFY(householdNotes.size() >= m_acceptedNotes.size());
        QCOMPARE(QSet<QString>(householdNotes.begin(), householdNotes.end()),
                 QSet<QString>(m_acceptedNotes.begin(), m_acceptedNotes.end()));
        const auto report = AuditTrail(*m_db).verify();
        TV_VERIFY_OK(report);
        QVERIFY(report.value().intact());
        QVERIFY(report.value().rowsChecked >= m_acceptedNotes.size());
    }

    void invalidUtf8IsRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("a stray continuation byte") << "a\x80z"_ba;
        QTest::newRow("0xFF") << "\xff"_ba;
        QTest::newRow("overlong slash") << "\xc0\xaf"_ba;
        QTest::newRow("a surrogate in UTF-8 (CESU-8)") << "\xed\xa0\x80"_ba;
        QTest::newRow("a truncated sequence") << "\xe2\x82"_ba;
        QTest::newRow("past U+10FFFF") << "\xf4\x90\x80\x80"_ba;
        QTest::newRow("a raw NUL") << QByteArray("a\0b", 3);
        QTest::newRow("a raw control character") << "a\x01z"_ba;
    }

    void invalidUtf8IsRefused()
    {
        QFETCH(QByteArray, bytes);
        const QByteArray body =
            "{\"reason\":{\"code\":\"safeguarding-concern\",\"note\":\"" + bytes + "\"}}";
        const HttpResult result =
            m_practitioner->postJson(u"/api/v1/persons/%1/view"_s.arg(m_person), body);
        QCOMPARE(result.status, 400);
        QCOMPARE(result.errorCode(), QString(tv::errc::InvalidJson));
        auto rows = m_db->run(u"count the views",
                              u"SELECT COUNT(*) FROM audit_log WHERE action = 'person_view'"_s);
        TV_VERIFY_OK(rows);
        QVERIFY(rows.value().next());
        QCOMPARE(rows.value().value(0).toInt(), 0);
        const auto report = AuditTrail(*m_db).verify();
        TV_VERIFY_OK(report);
        QVERIFY(report.value().intact());
    }
};

QTEST_GUILESS_MAIN(TestAuditText)
#include "tst_audittext.moc"
