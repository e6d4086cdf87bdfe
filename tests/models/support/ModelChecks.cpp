#include "tests/models/support/ModelChecks.h"

#include <QMimeData>
#include <QTest>

using namespace Qt::StringLiterals;

namespace tv::testing {

void verifyReadOnly(QAbstractItemModel &model)
{
    QVERIFY2(model.rowCount() > 0, "fill the model before checking that it is read-only");
    QModelIndexList all;
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex index = model.index(row, column);
            const Qt::ItemFlags flags = model.flags(index);
            QVERIFY(flags.testFlag(Qt::ItemIsEnabled));
            QVERIFY(flags.testFlag(Qt::ItemIsSelectable));
            QVERIFY(!flags.testFlag(Qt::ItemIsEditable));
            QVERIFY(!flags.testFlag(Qt::ItemIsDragEnabled));
            QVERIFY(!flags.testFlag(Qt::ItemIsDropEnabled));
            QVERIFY(!flags.testFlag(Qt::ItemIsUserCheckable));
            const QVariant before = index.data();
            QVERIFY(!model.setData(index, u"changed"_s));
            QCOMPARE(index.data(), before);
            all.append(index);
        }
    }
    QVERIFY(model.mimeTypes().isEmpty());
    QCOMPARE(model.mimeData(all), nullptr);
    QCOMPARE(model.supportedDragActions(), Qt::DropActions(Qt::IgnoreAction));
    QCOMPARE(model.supportedDropActions(), Qt::DropActions(Qt::IgnoreAction));
}

QStringList headerTexts(const QAbstractItemModel &model)
{
    QStringList texts;
    for (int column = 0; column < model.columnCount(); ++column)
        texts.append(model.headerData(column, Qt::Horizontal).toString());
    return texts;
}

} // namespace tv::testing
