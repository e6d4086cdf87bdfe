#include "tests/app/support/ReplyWaiter.h"

namespace tv::test {

SearchCriteria searchByName(const QString &name)
{
    SearchCriteria criteria;
    criteria.name = name;
    return criteria;
}

} // namespace tv::test
