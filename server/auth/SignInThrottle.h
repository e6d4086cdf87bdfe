#pragma once

#include "models/domain/Result.h"
#include "server/db/DatabaseFwd.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <chrono>

namespace tv::server::auth {

// Slows down and then stops repeated failed sign-ins, per account and per client address, in
// the database (so every instance sees the same count). A subject is "email:<SHA-256 hex of the
// normalised email>" or "address:<client address>"; the same is recorded whether or not the
// account exists, so the throttle never tells.
//
// The first FreeFailures failures within the window cost nothing; after them each attempt must
// wait 2, 4, 8, ... seconds after the last failure; at lockoutAfterFailures failures the subject
// is locked for the lockout period (audited as "sign_in_locked", naming only the subject).
// A client address is allowed AddressFactor times as many failures as an email, since a whole
// school's staff may sign in from one address (its NAT).
class SignInThrottle final {
public:
    static constexpr int FreeFailures = 3;
    static constexpr int AddressFactor = 10;

    struct Options {
        int lockoutAfterFailures = 10;
        std::chrono::seconds lockout = std::chrono::minutes(15); // also the counting window
    };

    SignInThrottle(const db::Database &database, Options options);

    static QString emailSubject(const QString &email);
    static QString addressSubject(const QString &address);

    // How many seconds the first of `subjects` that must wait has still to wait at `now`; 0 when
    // none must.
    Result<qint64> waitFor(const QStringList &subjects, const QDateTime &now) const;
    // Counts a failed sign-in against every subject, and locks those that reached the limit.
    // Runs in (or joins) one transaction.
    Status recordFailure(const QStringList &subjects, const QDateTime &now) const;
    // Forgets the failures of a subject (after a successful sign-in).
    Status clear(const QString &subject) const;

private:
    // How many of a subject's failures are allowed: 1 for an email, AddressFactor for an address.
    static int factorFor(const QString &subject);
    Result<qint64> waitForOne(const QString &subject, const QDateTime &now) const;
    Status lock(const QString &subject, const QDateTime &now) const;

    const db::Database &m_database;
    Options m_options;
};

} // namespace tv::server::auth
