#include "tests/models/support/ModelTestCase.h"

#include <QLocale>

namespace tv::testing {

void BritishLocaleTestCase::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void ModelTestCase::isReadOnlyWithNoCopyPath()
{
    verifyFilledModelIsReadOnly();
}

void ModelTestCase::clearLeavesNoRows()
{
    verifyClearEmptiesFilledModel();
}

} // namespace tv::testing
