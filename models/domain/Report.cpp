#include "models/domain/Report.h"

using namespace Qt::StringLiterals;

namespace tv::reportstatus {

QString wireName(ReportStatus status)
{
    switch (status) {
    case ReportStatus::Open:
        return u"open"_s;
    case ReportStatus::Forwarded:
        return u"forwarded"_s;
    case ReportStatus::Resolved:
        return u"resolved"_s;
    }
    Q_UNREACHABLE();
}

std::optional<ReportStatus> fromWireName(const QString &name)
{
    for (auto status : {ReportStatus::Open, ReportStatus::Forwarded, ReportStatus::Resolved}) {
        if (wireName(status) == name)
            return status;
    }
    return std::nullopt;
}

} // namespace tv::reportstatus
