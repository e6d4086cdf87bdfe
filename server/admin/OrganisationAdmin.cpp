#include "server/admin/OrganisationAdmin.h"

#include "models/domain/ErrorCode.h"
#include "models/domain/FieldLimits.h"
#include "server/admin/AdminSupport.h"
#include "server/db/Database.h"
#include "server/db/DbValues.h"

#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace tv::server::admin {
namespace {

QString subjectOf(const QString &organisationId)
{
    return u"organisation:"_s + organisationId;
}

QJsonObject agreementDetail(const Agreement &agreement)
{
    return {{"isaSignedOn"_L1, agreement.isaSignedOn.toString(Qt::ISODate)},
            {"isaReviewOn"_L1, agreement.isaReviewOn.toString(Qt::ISODate)}};
}

} // namespace

OrganisationAdmin::OrganisationAdmin(const db::Database &database, Options options)
    : m_database(database)
    , m_options(std::move(options))
{}

QDate OrganisationAdmin::today() const
{
    return m_options.today ? m_options.today() : QDate::currentDate();
}

Status OrganisationAdmin::checkAgreement(const Agreement &agreement) const
{
    const QString signatory = agreement.isaSignatory.trimmed();
    if (signatory.isEmpty() || signatory.size() > limits::DisplayNameLength)
        return invalidField("isaSignatory"_L1,
                            u"must have 1 to %1 characters"_s.arg(limits::DisplayNameLength));
    if (agreement.isaSignedOn > today())
        return invalidField("isaSignedOn"_L1, u"must not be after today"_s);
    if (agreement.isaReviewOn <= agreement.isaSignedOn)
        return invalidField("isaReviewOn"_L1, u"must be after isaSignedOn"_s);
    return Done{};
}

Result<QList<Organisation>> OrganisationAdmin::select(const QString &where,
                                                      const QVariantMap &bindings) const
{
    Result<QSqlQuery> found = m_database.run(
        u"read organisations",
        u"SELECT id, name, isa_signatory, isa_signed_on, isa_review_on FROM organisations"_s +
            where + u" ORDER BY name, id"_s,
        bindings);
    if (!found)
        return found.error();
    QSqlQuery &row = found.value();
    QList<Organisation> organisations;
    while (row.next()) {
        Organisation organisation{
            db::uuidFromDb(row.value(0)), row.value(1).toString(), {}, {}, {}};
        organisation.isaSignatory = db::textFromDb(row.value(2));
        organisation.isaSignedOn = db::optionalDateFromDb(row.value(3));
        organisation.isaReviewOn = db::optionalDateFromDb(row.value(4));
        organisations.append(std::move(organisation));
    }
    return organisations;
}

Result<Organisation> OrganisationAdmin::find(const QString &id) const
{
    Result<QList<Organisation>> found = select(u" WHERE id = :id"_s, {{u":id"_s, id}});
    if (!found)
        return found.error();
    if (found.value().isEmpty())
        return notFound("organisation"_L1);
    return found.value().constFirst();
}

Result<OrganisationList> OrganisationAdmin::list() const
{
    Result<QList<Organisation>> organisations = select({}, {});
    if (!organisations)
        return organisations.error();
    return OrganisationList{std::move(organisations).value()};
}

Result<Organisation> OrganisationAdmin::create(const User &admin,
                                               const NewOrganisation &organisation) const
{
    const QString name = organisation.name.trimmed();
    if (name.isEmpty() || name.size() > limits::DisplayNameLength)
        return invalidField("name"_L1,
                            u"must have 1 to %1 characters"_s.arg(limits::DisplayNameLength));
    const int given = int(organisation.isaSignatory.has_value()) +
                      int(organisation.isaSignedOn.has_value()) +
                      int(organisation.isaReviewOn.has_value());
    if (given != 0 && given != 3) {
        return Error{QString(tv::errc::MissingField),
                     u"Fields 'isaSignatory', 'isaSignedOn' and 'isaReviewOn' go together: give "
                     u"all three or none."_s};
    }
    std::optional<Agreement> agreement;
    if (given == 3) {
        agreement = Agreement{organisation.isaSignatory->trimmed(), *organisation.isaSignedOn,
                              *organisation.isaReviewOn};
        if (Status checked = checkAgreement(*agreement); !checked)
            return checked.error();
    }

    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const Status done = m_database.transaction([&]() -> Status {
        const Result<bool> taken = m_database.exists(
            u"find an organisation by name", u"SELECT 1 FROM organisations WHERE name = :name"_s,
            {{u":name"_s, name}});
        if (!taken)
            return taken.error();
        if (taken.value()) {
            return Error{QString(tv::errc::Conflict),
                         u"An organisation with this name already exists."_s};
        }
        if (const Status inserted = m_database.exec(
                u"create an organisation",
                u"INSERT INTO organisations (id, name, created_at, isa_signatory, isa_signed_on,"
                u" isa_review_on) VALUES (:id, :name, :created_at, :signatory, :signed, :review)"_s,
                {{u":id"_s, id},
                 {u":name"_s, name},
                 {u":created_at"_s, db::toDb(QDateTime::currentDateTimeUtc())},
                 {u":signatory"_s, agreement ? QVariant(agreement->isaSignatory)
                                             : QVariant(QMetaType::fromType<QString>())},
                 {u":signed"_s, db::toDb(agreement ? agreement->isaSignedOn : QDate())},
                 {u":review"_s, db::toDb(agreement ? agreement->isaReviewOn : QDate())}});
            !inserted)
            return inserted.error();
        QJsonObject detail{{"name"_L1, name}};
        if (agreement) {
            const QJsonObject dates = agreementDetail(*agreement);
            for (auto it = dates.begin(); it != dates.end(); ++it)
                detail.insert(it.key(), it.value());
        }
        return recordAdminAction(m_database, admin, AuditAction::AdminCreateOrganisation,
                                 subjectOf(id), detail);
    });
    if (!done)
        return done.error();
    return find(id);
}

Result<Organisation> OrganisationAdmin::recordAgreement(const User &admin,
                                                        const QString &organisationId,
                                                        const Agreement &agreement) const
{
    const std::optional<QString> id = canonicalUuid(organisationId);
    if (!id)
        return notFound("organisation"_L1);
    if (Status checked = checkAgreement(agreement); !checked)
        return checked.error();
    const Status done = m_database.transaction([&]() -> Status {
        const Result<QSqlQuery> updated = m_database.run(
            u"record an information sharing agreement",
            u"UPDATE organisations SET isa_signatory = :signatory, isa_signed_on = :signed,"
            u" isa_review_on = :review WHERE id = :id"_s,
            {{u":signatory"_s, agreement.isaSignatory.trimmed()},
             {u":signed"_s, db::toDb(agreement.isaSignedOn)},
             {u":review"_s, db::toDb(agreement.isaReviewOn)},
             {u":id"_s, *id}});
        if (!updated)
            return updated.error();
        if (updated.value().numRowsAffected() != 1)
            return notFound("organisation"_L1);
        return recordAdminAction(m_database, admin, AuditAction::AdminRecordAgreement,
                                 subjectOf(*id), agreementDetail(agreement));
    });
    if (!done)
        return done.error();
    return find(*id);
}

} // namespace tv::server::admin
