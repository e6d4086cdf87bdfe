#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrl>

namespace tv::store {

// Everything the encrypted session store keeps: session metadata, never person data and never
// the session token (a restarted client signs in again, so a stolen file and key replay nothing).
struct SessionMetadata {
    QUrl server;
    QString userId;
    QString email;
    QDateTime tokenExpiry;
    int acceptedStatementVersion = 0;
    QByteArray windowGeometry; // QWidget::saveGeometry(), opaque here

    friend bool operator==(const SessionMetadata &, const SessionMetadata &) = default;
};

} // namespace tv::store
