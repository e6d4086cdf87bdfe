#include "models/domain/ErrorCode.h"

namespace tv::errorcode {

int httpStatusFor(QStringView wireName)
{
    constexpr int InternalServerError = 500;
    const std::optional<ErrorCode> code = fromWireName(wireName);
    if (!code || entry(*code).httpStatus == 0)
        return InternalServerError;
    return entry(*code).httpStatus;
}

} // namespace tv::errorcode
