#pragma once

#include <QObject>
#include <QString>

namespace tv::test {

// The child widget of `parent` with this object name and type. A missing one ends the test
// program: the form was renamed, which is a fault in the test, not a result.
template <typename T>
T *child(const QObject &parent, const QString &name)
{
    T *widget = parent.findChild<T *>(name);
    if (!widget)
        qFatal("no child %s", qPrintable(name));
    return widget;
}

} // namespace tv::test
