#pragma once

#include "models/domain/Search.h"
#include "server/db/Database.h"
#include "server/search/SearchService.h"

#include <QDate>
#include <QList>

namespace tv::test {

// The ids of the persons SearchService finds for `criteria` on `db` as of `asOf`, best first. A
// search that fails ends the test program: the fixture is broken, not the ranking.
inline QList<qint64> foundIds(const server::db::Database &db, QDate asOf,
                              const SearchCriteria &criteria)
{
    const auto found = server::search::SearchService(db, asOf).search(criteria);
    if (!found)
        qFatal("search failed: %s", qPrintable(found.error().message));
    return found.value().personIds;
}

} // namespace tv::test
