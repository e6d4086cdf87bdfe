#pragma once

#include <QAbstractItemModel>
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace tv::testing {

// Fails the current test (QVERIFY) unless every cell of `model` is enabled and selectable but
// neither editable nor draggable nor a drop target, setData() refuses a change, and no MIME type
// or MIME data leaves the model. Call it as `verifyReadOnly(model); if
// (QTest::currentTestFailed()) return;` or last in a test function.
void verifyReadOnly(QAbstractItemModel &model);

// verifyReadOnly() on a fresh Model that `fill` has filled: the whole of a model test's
// isReadOnlyWithNoCopyPath slot where the model needs no constructor argument.
template <typename Model, typename Fill>
void verifyReadOnlyOnceFilled(Fill fill)
{
    Model model;
    fill(model);
    verifyReadOnly(model);
}

// The clearLeavesNoRows check every model passes: `fill` fills `model` while a fatal
// QAbstractItemModelTester watches it, then clear() must reset it (one modelReset) to no rows.
// Checks the caller adds about the cleared model come after it, behind
// `if (QTest::currentTestFailed()) return;`.
template <typename Model, typename Fill>
void verifyClearLeavesNoRows(Model &model, Fill fill)
{
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    fill(model);
    if (QTest::currentTestFailed())
        return;
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.clear();
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 0);
}

// Every horizontal header's display text, in column order.
QStringList headerTexts(const QAbstractItemModel &model);

} // namespace tv::testing
