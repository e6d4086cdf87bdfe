#pragma once

#include "models/domain/Result.h"

#include <QString>
#include <QStringList>

namespace tv::server::reports {

// The key of the one item of a person view an inaccuracy report is about: "<group>/<row>", one
// of the seven groups of Appendix C 7.5-7.11 and a row of it (see tv::NewInaccuracyReport). The
// key is stable across service versions: it uses the wire names the client already knows.
class ReportItem final {
public:
    // The seven groups, in the order of a person view.
    static QStringList groups();

    // Done, or invalid_field naming what is wrong with `item`.
    static Status validate(const QString &item);
};

} // namespace tv::server::reports
