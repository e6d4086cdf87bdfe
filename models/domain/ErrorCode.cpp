#include "models/domain/ErrorCode.h"

namespace tv::errorcode {

std::optional<ErrorCode> fromWireName(QStringView wireName)
{
    for (const Entry &each : Table) {
        if (each.wireName == wireName)
            return each.code;
    }
    return std::nullopt;
}

int httpStatusFor(QStringView wireName)
{
    constexpr int InternalServerError = 500;
    const std::optional<ErrorCode> code = fromWireName(wireName);
    if (!code || entry(*code).httpStatus == 0)
        return InternalServerError;
    return entry(*code).httpStatus;
}

} // namespace tv::errorcode
