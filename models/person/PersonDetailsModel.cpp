#include "models/person/PersonDetailsModel.h"

#include "models/common/Format.h"
#include "models/person/PersonViewGroup.h"

#include <QCoreApplication>

#include <array>

namespace tv::models {
namespace {

struct FieldInfo {
    const char *wireName; // as tv::NewInaccuracyReport names it after "personal/"
    const char *label;
};

// In PersonDetailsModel::Field's order.
constexpr std::array<FieldInfo, PersonDetailsModel::FieldCount> kFields{{
    {"givenName", QT_TRANSLATE_NOOP("tv::models::PersonDetailsModel", "Given name")},
    {"familyName", QT_TRANSLATE_NOOP("tv::models::PersonDetailsModel", "Family name")},
    {"dateOfBirth", QT_TRANSLATE_NOOP("tv::models::PersonDetailsModel", "Date of birth")},
    {"address", QT_TRANSLATE_NOOP("tv::models::PersonDetailsModel", "Address")},
    {"postcode", QT_TRANSLATE_NOOP("tv::models::PersonDetailsModel", "Postcode")},
    {"upn", QT_TRANSLATE_NOOP("tv::models::PersonDetailsModel", "UPN (student ID)")},
    {"nhsNumber", QT_TRANSLATE_NOOP("tv::models::PersonDetailsModel", "NHS number")},
    {"lcsCaseId", QT_TRANSLATE_NOOP("tv::models::PersonDetailsModel", "LCS case ID")},
}};

std::optional<QString> nonEmpty(const QString &text)
{
    if (text.trimmed().isEmpty())
        return std::nullopt;
    return text;
}

std::optional<QString> nonEmpty(const std::optional<QString> &text)
{
    return text ? nonEmpty(*text) : std::nullopt;
}

} // namespace

PersonDetailsModel::PersonDetailsModel(QObject *parent)
    : ReadOnlyTableModel({QT_TRANSLATE_NOOP("tv::models::PersonDetailsModel", "Detail"),
                          QT_TRANSLATE_NOOP("tv::models::PersonDetailsModel", "Value")},
                         parent)
{}

void PersonDetailsModel::setDetails(PersonDetails details)
{
    beginResetModel();
    m_details = std::move(details);
    endResetModel();
}

void PersonDetailsModel::clear()
{
    beginResetModel();
    m_details.reset();
    endResetModel();
}

bool PersonDetailsModel::isEmpty() const
{
    return !m_details.has_value();
}

QString PersonDetailsModel::displayName() const
{
    if (!m_details)
        return {};
    return tr("%1 %2", "given name, family name")
        .arg(m_details->givenName, m_details->familyName)
        .trimmed();
}

QString PersonDetailsModel::fieldLabel(Field field)
{
    return QCoreApplication::translate("tv::models::PersonDetailsModel", kFields.at(field).label);
}

QString PersonDetailsModel::fieldWireName(Field field)
{
    return QString::fromLatin1(kFields.at(field).wireName);
}

std::optional<PersonDetailsModel::Field> PersonDetailsModel::fieldFromWireName(const QString &name)
{
    for (int f = 0; f < FieldCount; ++f) {
        if (fieldWireName(Field(f)) == name)
            return Field(f);
    }
    return std::nullopt;
}

int PersonDetailsModel::rows() const
{
    return m_details ? FieldCount : 0;
}

std::optional<QString> PersonDetailsModel::valueOf(Field field) const
{
    switch (field) {
    case GivenNameField:
        return nonEmpty(m_details->givenName);
    case FamilyNameField:
        return nonEmpty(m_details->familyName);
    case DateOfBirthField:
        if (!m_details->dateOfBirth.isValid())
            return std::nullopt;
        return Format::date(m_details->dateOfBirth);
    case AddressField:
        return nonEmpty(m_details->address);
    case PostcodeField:
        return nonEmpty(m_details->postcode);
    case UpnField:
        return nonEmpty(m_details->upn);
    case NhsNumberField: {
        // In the 3-3-4 groups it is printed in on NHS letters and cards.
        const auto number = nonEmpty(m_details->nhsNumber);
        return number ? std::optional<QString>(Format::nhsNumber(*number)) : std::nullopt;
    }
    case LcsCaseIdField:
        return nonEmpty(m_details->lcsCaseId);
    case FieldCount:
        break;
    }
    Q_UNREACHABLE();
}

QVariant PersonDetailsModel::cellRole(int row, int column, int role) const
{
    const auto field = Field(row);
    switch (role) {
    case ReportItemRole:
        return PersonViewGroups::reportItem(ViewGroup::Personal, fieldWireName(field));
    case FieldRole:
        return int(field);
    case RecordedRole:
        return valueOf(field).has_value();
    case DateRole:
        return field == DateOfBirthField ? QVariant(m_details->dateOfBirth) : QVariant();
    case Qt::AccessibleDescriptionRole:
        // The value's cell names its label, for a screen reader that reads one cell at a time.
        return column == ValueColumn ? fieldLabel(field) : QVariant();
    default:
        return {};
    }
}

QString PersonDetailsModel::cellText(int row, int column) const
{
    const auto field = Field(row);
    if (column == LabelColumn)
        return fieldLabel(field);
    return valueOf(field).value_or(Format::notRecorded());
}

} // namespace tv::models
