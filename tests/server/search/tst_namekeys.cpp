#include "server/search/NameKeys.h"
#include "server/search/SearchService.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using tv::server::search::NameKeys;

namespace {

bool meet(const QStringList &stored, const QStringList &queried)
{
    const QSet<QString> storedSet(stored.cbegin(), stored.cend());
    return std::any_of(queried.cbegin(), queried.cend(),
                       [&](const QString &key) { return storedSet.contains(key); });
}

} // namespace

class TestNameKeys final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void splitsNamesIntoWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("words");
        QTest::newRow("plain") << u"William Smith"_s << QStringList{u"WILLIAM"_s, u"SMITH"_s};
        QTest::newRow("apostrophe joins") << u"O'Brien"_s << QStringList{u"OBRIEN"_s};
        QTest::newRow("curly apostrophe") << u"O\u2019Brien"_s << QStringList{u"OBRIEN"_s};
        QTest::newRow("hyphen splits")
            << u"  smith-JONES "_s << QStringList{u"SMITH"_s, u"JONES"_s};
        QTest::newRow("accents dropped")
            << u"Zo\u00EB Jos\u00E9"_s << QStringList{u"ZOE"_s, u"JOSE"_s};
        QTest::newRow("SQL is text")
            << u"O'Brien; DROP TABLE persons--"_s
            << QStringList{u"OBRIEN"_s, u"DROP"_s, u"TABLE"_s, u"PERSONS"_s};
        QTest::newRow("no letters") << u"123 -- %"_s << QStringList{};
    }

    void splitsNamesIntoWords()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, words);
        QCOMPARE(NameKeys::tokens(text), words);
    }

    void buildsDeletionNeighbourhoods()
    {
        QCOMPARE(NameKeys::deletionNeighbourhood(u"TOM"_s),
                 (QStringList{u"TOM"_s, u"OM"_s, u"TM"_s, u"TO"_s}));
        QCOMPARE(NameKeys::deletionNeighbourhood(u"AL"_s), QStringList{u"AL"_s});
        // The doubled L gives one variant, not two.
        QCOMPARE(NameKeys::deletionNeighbourhood(u"WILLIAM"_s).size(), 7);
        // Stored keys leave out the first letter's deletion, but not a doubled first letter's.
        const auto stored = NameKeys::Side::Stored;
        QCOMPARE(NameKeys::deletionNeighbourhood(u"TOM"_s, stored),
                 (QStringList{u"TOM"_s, u"TM"_s, u"TO"_s}));
        QCOMPARE(NameKeys::deletionNeighbourhood(u"LLOYD"_s, stored),
                 (QStringList{u"LLOYD"_s, u"LOYD"_s, u"LLYD"_s, u"LLOD"_s, u"LLOY"_s}));
    }

    void personKeysAreUniqueAndFew()
    {
        const QStringList keys = tv::server::search::nameKeys(u"William"_s, u"Smith"_s);
        QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()).size(), keys.size());
        QVERIFY2(keys.size() >= 10 && keys.size() <= 20, qPrintable(QString::number(keys.size())));
        QVERIFY(tv::server::search::nameKeys(QString(), QString()).isEmpty());
        QVERIFY(!tv::server::search::nameKeys(u"Cher"_s, QString()).isEmpty());
    }

    void queryKeysMeetTheRightPersons_data()
    {
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("family");
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("found");
        const QString william = u"William"_s;
        const QString smith = u"Smith"_s;
        QTest::newRow("exact") << william << smith << u"William Smith"_s << true;
        QTest::newRow("case and spaces") << william << smith << u"  wILLIAM   smith "_s << true;
        QTest::newRow("typo in given") << william << smith << u"Wiliam Smith"_s << true;
        QTest::newRow("consonant typo in given") << william << smith << u"Willian Smith"_s << true;
        QTest::newRow("transpositions") << william << smith << u"Wlliam Smtih"_s << true;
        QTest::newRow("typo in family") << william << smith << u"William Smoth"_s << true;
        QTest::newRow("letter missing") << william << smith << u"William Smth"_s << true;
        QTest::newRow("letter added") << william << smith << u"William Smiith"_s << true;
        QTest::newRow("first letters swapped, given")
            << william << smith << u"Iwlliam Smith"_s << true;
        QTest::newRow("first letters swapped, family")
            << william << smith << u"William Msith"_s << true;
        // One edit on one side: the other side must sound the same.
        QTest::newRow("typos on both sides") << william << smith << u"Iwlliam Msith"_s << false;
        QTest::newRow("nickname") << william << smith << u"Bill Smith"_s << true;
        QTest::newRow("nickname stored") << u"Bill"_s << smith << u"William Smith"_s << true;
        QTest::newRow("swapped") << william << smith << u"Smith William"_s << true;
        QTest::newRow("swapped nickname") << william << smith << u"Smith, Bill"_s << true;
        QTest::newRow("family alone") << william << smith << u"Smith"_s << true;
        QTest::newRow("given alone") << william << smith << u"Will"_s << true;
        QTest::newRow("middle name in query")
            << william << smith << u"William John Smith"_s << true;
        QTest::newRow("Peggy O'Brien")
            << u"Margaret"_s << u"O'Brien"_s << u"Peggy OBrien"_s << true;
        QTest::newRow("O Brien in two words")
            << u"Margaret"_s << u"O'Brien"_s << u"Margaret O Brien"_s << true;
        QTest::newRow("Liz Taylor") << u"Elizabeth"_s << u"Taylor"_s << u"Liz Taylor"_s << true;
        QTest::newRow("Kate Jones") << u"Catherine"_s << u"Jones"_s << u"Kate Jones"_s << true;
        QTest::newRow("double-barrelled, second")
            << u"Mary-Anne"_s << u"Smith-Jones"_s << u"Mary Jones"_s << true;
        QTest::newRow("double-barrelled, first")
            << u"Mary-Anne"_s << u"Smith-Jones"_s << u"Mary Smith"_s << true;
        QTest::newRow("other given name") << william << smith << u"Robert Smith"_s << false;
        QTest::newRow("other family name") << william << smith << u"William Jones"_s << false;
        QTest::newRow("other family alone") << william << smith << u"Jones"_s << false;
    }

    void queryKeysMeetTheRightPersons()
    {
        QFETCH(QString, given);
        QFETCH(QString, family);
        QFETCH(QString, query);
        QFETCH(bool, found);
        QCOMPARE(
            meet(NameKeys::forPerson(given, family), NameKeys::forQuery(NameKeys::tokens(query))),
            found);
    }
};

QTEST_GUILESS_MAIN(TestNameKeys)
#include "tst_namekeys.moc"
