#include "models/domain/Report.h"

#include "models/domain/EnumTable.h"

#include <array>

using namespace Qt::StringLiterals;

namespace tv::reportstatus {
namespace {

constexpr auto kStatuses = std::to_array<enumtable::Name<ReportStatus>>({
    {ReportStatus::Open, "open"_L1},
    {ReportStatus::Forwarded, "forwarded"_L1},
    {ReportStatus::Resolved, "resolved"_L1},
});
static_assert(enumtable::inEnumOrder(kStatuses, ReportStatus::Resolved),
              "kStatuses lists every ReportStatus in its order");

} // namespace

QString wireName(ReportStatus status)
{
    return QString(enumtable::nameOf(kStatuses, status));
}

std::optional<ReportStatus> fromWireName(const QString &name)
{
    return enumtable::fromName(kStatuses, name);
}

} // namespace tv::reportstatus
