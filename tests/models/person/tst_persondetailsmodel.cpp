#include "models/person/PersonDetailsModel.h"
#include "tests/models/support/ModelChecks.h"
#include "tests/models/support/ModelTestCase.h"
#include "tests/models/support/PersonViewSamples.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using tv::models::PersonDetailsModel;

class TestPersonDetailsModel final : public tv::testing::ModelTestCaseFor<PersonDetailsModel> {
    Q_OBJECT

private Q_SLOTS:
    void showsEveryFieldAsLabelAndValue_data();
    void showsEveryFieldAsLabelAndValue();
    void absentValuesReadNotRecorded_data();
    void absentValuesReadNotRecorded();
    void rowsNameTheirReportItem();

private:
    void fill(PersonDetailsModel &model) override
    {
        model.setDetails(tv::testing::sampleDetails());
    }
    void verifyCleared(const PersonDetailsModel &model) override
    {
        QVERIFY(model.isEmpty());
        QCOMPARE(model.displayName(), QString());
    }
};

namespace {

void verifyValue(const PersonDetailsModel &model, PersonDetailsModel::Field field,
                 const QString &label, const QString &value)
{
    const QModelIndex labelCell = model.index(field, PersonDetailsModel::LabelColumn);
    const QModelIndex valueCell = model.index(field, PersonDetailsModel::ValueColumn);
    QCOMPARE(labelCell.data().toString(), label);
    QCOMPARE(valueCell.data().toString(), value);
    QCOMPARE(valueCell.data(Qt::AccessibleTextRole).toString(), value);
    QCOMPARE(valueCell.data(Qt::AccessibleDescriptionRole).toString(), label);
    QCOMPARE(valueCell.data(PersonDetailsModel::FieldRole).toInt(), int(field));
}

} // namespace

void TestPersonDetailsModel::showsEveryFieldAsLabelAndValue_data()
{
    QTest::addColumn<PersonDetailsModel::Field>("field");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("value");
    QTest::newRow("given name") << PersonDetailsModel::GivenNameField << u"Given name"_s
                                << u"Ada"_s;
    QTest::newRow("family name") << PersonDetailsModel::FamilyNameField << u"Family name"_s
                                 << u"Fictional"_s;
    QTest::newRow("date of birth")
        << PersonDetailsModel::DateOfBirthField << u"Date of birth"_s << u"3 Mar 2014"_s;
    QTest::newRow("address") << PersonDetailsModel::AddressField << u"Address"_s
                             << u"1 Example Row, Taunton"_s;
    QTest::newRow("postcode") << PersonDetailsModel::PostcodeField << u"Postcode"_s << u"TA1 1AA"_s;
    QTest::newRow("upn") << PersonDetailsModel::UpnField << u"UPN (student ID)"_s
                         << u"A123456789012"_s;
    QTest::newRow("nhs") << PersonDetailsModel::NhsNumberField << u"NHS number"_s
                         << u"943 476 5919"_s;
    QTest::newRow("lcs") << PersonDetailsModel::LcsCaseIdField << u"LCS case ID"_s << u"LCS-0001"_s;
}

void TestPersonDetailsModel::showsEveryFieldAsLabelAndValue()
{
    QFETCH(PersonDetailsModel::Field, field);
    QFETCH(QString, label);
    QFETCH(QString, value);
    PersonDetailsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(model.isEmpty());
    model.setDetails(tv::testing::sampleDetails());
    QVERIFY(!model.isEmpty());
    QCOMPARE(model.rowCount(), int(PersonDetailsModel::FieldCount));
    QCOMPARE(model.columnCount(), int(PersonDetailsModel::ColumnCount));
    QCOMPARE(model.displayName(), u"Ada Fictional"_s);
    verifyValue(model, field, label, value);
    QVERIFY(model.index(field, PersonDetailsModel::ValueColumn)
                .data(PersonDetailsModel::RecordedRole)
                .toBool());
    QCOMPARE(tv::testing::headerTexts(model), (QStringList{u"Detail"_s, u"Value"_s}));
}

void TestPersonDetailsModel::absentValuesReadNotRecorded_data()
{
    QTest::addColumn<PersonDetailsModel::Field>("field");
    QTest::addColumn<tv::PersonDetails>("details");
    tv::PersonDetails noUpn = tv::testing::sampleDetails();
    noUpn.upn.reset();
    tv::PersonDetails noNhs = tv::testing::sampleDetails();
    noNhs.nhsNumber.reset();
    tv::PersonDetails noLcs = tv::testing::sampleDetails();
    noLcs.lcsCaseId = u" "_s; // given, but blank
    tv::PersonDetails noPostcode = tv::testing::sampleDetails();
    noPostcode.postcode.clear();
    tv::PersonDetails noDateOfBirth = tv::testing::sampleDetails();
    noDateOfBirth.dateOfBirth = QDate();
    QTest::newRow("upn") << PersonDetailsModel::UpnField << noUpn;
    QTest::newRow("nhs") << PersonDetailsModel::NhsNumberField << noNhs;
    QTest::newRow("lcs blank") << PersonDetailsModel::LcsCaseIdField << noLcs;
    QTest::newRow("postcode") << PersonDetailsModel::PostcodeField << noPostcode;
    QTest::newRow("date of birth") << PersonDetailsModel::DateOfBirthField << noDateOfBirth;
}

void TestPersonDetailsModel::absentValuesReadNotRecorded()
{
    QFETCH(PersonDetailsModel::Field, field);
    QFETCH(tv::PersonDetails, details);
    PersonDetailsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDetails(details);
    verifyValue(model, field, PersonDetailsModel::fieldLabel(field), u"Not recorded"_s);
    QVERIFY(!model.index(field, PersonDetailsModel::ValueColumn)
                 .data(PersonDetailsModel::RecordedRole)
                 .toBool());
    // The other fields are still shown as given.
    QCOMPARE(model.index(PersonDetailsModel::GivenNameField, PersonDetailsModel::ValueColumn)
                 .data()
                 .toString(),
             u"Ada"_s);
}

void TestPersonDetailsModel::rowsNameTheirReportItem()
{
    PersonDetailsModel &model = filledModel();
    const QStringList expected{u"personal/givenName"_s,   u"personal/familyName"_s,
                               u"personal/dateOfBirth"_s, u"personal/address"_s,
                               u"personal/postcode"_s,    u"personal/upn"_s,
                               u"personal/nhsNumber"_s,   u"personal/lcsCaseId"_s};
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            QCOMPARE(model.index(row, column).data(PersonDetailsModel::ReportItemRole).toString(),
                     expected.at(row));
        }
        QCOMPARE(PersonDetailsModel::fieldFromWireName(expected.at(row).mid(9)),
                 PersonDetailsModel::Field(row));
    }
    QVERIFY(!PersonDetailsModel::fieldFromWireName(u"name"_s));
    QCOMPARE(model.index(PersonDetailsModel::DateOfBirthField, PersonDetailsModel::ValueColumn)
                 .data(PersonDetailsModel::DateRole)
                 .toDate(),
             QDate(2014, 3, 3));
}

QTEST_GUILESS_MAIN(TestPersonDetailsModel)
#include "tst_persondetailsmodel.moc"
