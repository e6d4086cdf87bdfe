#pragma once

#include <QAbstractItemModel>

namespace tv::testing {

// Fails the current test (QVERIFY) unless every cell of `model` is enabled and selectable but
// neither editable nor draggable nor a drop target, setData() refuses a change, and no MIME type
// or MIME data leaves the model. Call it as `verifyReadOnly(model); if
// (QTest::currentTestFailed()) return;` or last in a test function.
void verifyReadOnly(QAbstractItemModel &model);

// Every horizontal header's display text, in column order.
QStringList headerTexts(const QAbstractItemModel &model);

} // namespace tv::testing
