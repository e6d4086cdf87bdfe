#pragma once

#include <QString>

#include <optional>

namespace tv::server::search {

// A postcode as searched for: a full postcode ("ta11aa" is TA1 1AA), a sector ("TA1 1") or a
// district ("TA1"). Spacing and case do not matter; anything that is not one of these shapes is
// refused (parse() gives nothing).
class PostcodeQuery final {
public:
    enum class Kind { Full, Sector, District };

    static std::optional<PostcodeQuery> parse(const QString &text);

    Kind kind() const { return m_kind; }
    // The normalised postcode, sector or district: "TA1 1AA", "TA1 1", "TA1".
    QString value() const { return m_value; }
    // What households.postcode is compared with: the postcode itself (Full), or a LIKE pattern
    // that matches the sector's or district's postcodes and no other ("TA1 %" not "TA11 1AA").
    QString sqlValue() const;

private:
    PostcodeQuery(Kind kind, QString value);

    Kind m_kind;
    QString m_value;
};

} // namespace tv::server::search
