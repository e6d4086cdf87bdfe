#pragma once

#include "models/common/ReadOnlyTableModel.h"
#include "models/domain/Person.h"

#include <optional>

namespace tv::models {

// Personal details (Appendix C 7.5) as label/value rows: one row per Field, in Field's order,
// while a person is shown; no rows after clear(). A value the source did not record reads
// "Not recorded", never a blank cell.
class PersonDetailsModel final : public ReadOnlyTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PersonDetailsModel)

public:
    enum Column { LabelColumn, ValueColumn, ColumnCount };
    // The rows, in display order. Each maps to one field an inaccuracy report can name.
    enum Field {
        GivenNameField,
        FamilyNameField,
        DateOfBirthField,
        AddressField,
        PostcodeField,
        UpnField,
        NhsNumberField,
        LcsCaseIdField,
        FieldCount
    };
    // Row roles: answered on both columns.
    enum Role {
        ReportItemRole = Qt::UserRole, // QString: "personal/<field>", see PersonViewGroups
        FieldRole,                     // int: the row's Field
        RecordedRole,                  // bool: false where the value reads "Not recorded"
        DateRole,                      // QDate: the date of birth, on that row only
    };

    explicit PersonDetailsModel(QObject *parent = nullptr);

    void setDetails(PersonDetails details);
    void clear();
    bool isEmpty() const;
    // "Given Family", for the page's heading; empty when no one is shown.
    QString displayName() const;

    // "Given name", "Date of birth", "UPN (student ID)", ...
    static QString fieldLabel(Field field);
    // The field's name in a report item: "givenName", "dateOfBirth", "upn", ...
    static QString fieldWireName(Field field);
    static std::optional<Field> fieldFromWireName(const QString &name);

protected:
    int rows() const override;
    QString cellText(int row, int column) const override;
    QVariant cellRole(int row, int column, int role) const override;

private:
    // The value as the source gave it; nullopt where it recorded none.
    std::optional<QString> valueOf(Field field) const;

    std::optional<PersonDetails> m_details;
};

} // namespace tv::models
