#include "server/search/PostcodeQuery.h"

#include "models/domain/FieldLimits.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace tv::server::search {
namespace {

// The outward code: area (one or two letters), district (a digit, then a digit or letter).
const QRegularExpression &fullShape()
{
    static const QRegularExpression re(u"^([A-Z]{1,2}[0-9][A-Z0-9]?)([0-9][A-Z]{2})$"_s);
    return re;
}

const QRegularExpression &sectorShape()
{
    static const QRegularExpression re(u"^([A-Z]{1,2}[0-9][A-Z0-9]?) ([0-9])$"_s);
    return re;
}

const QRegularExpression &districtShape()
{
    static const QRegularExpression re(u"^[A-Z]{1,2}[0-9][A-Z0-9]?$"_s);
    return re;
}

} // namespace

PostcodeQuery::PostcodeQuery(Kind kind, QString value)
    : m_kind(kind)
    , m_value(std::move(value))
{}

std::optional<PostcodeQuery> PostcodeQuery::parse(const QString &text)
{
    if (text.size() > limits::PostcodeLength)
        return std::nullopt;
    const QString spaced = text.simplified().toUpper();
    QString compact = spaced;
    compact.remove(u' ');
    if (const auto full = fullShape().match(compact); full.hasMatch())
        return PostcodeQuery(Kind::Full, full.captured(1) + u' ' + full.captured(2));
    if (const auto sector = sectorShape().match(spaced); sector.hasMatch())
        return PostcodeQuery(Kind::Sector, sector.captured(1) + u' ' + sector.captured(2));
    if (districtShape().match(compact).hasMatch())
        return PostcodeQuery(Kind::District, compact);
    return std::nullopt;
}

QString PostcodeQuery::sqlValue() const
{
    switch (m_kind) {
    case Kind::Full:
        return m_value;
    case Kind::Sector:
        return m_value + u'%';
    case Kind::District:
        return m_value + u" %"_s;
    }
    return m_value;
}

} // namespace tv::server::search
