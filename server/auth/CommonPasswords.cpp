// The common passwords PasswordPolicy refuses live in common-passwords.txt next to this file,
// compiled in as the resource ":/server/auth/common-passwords.txt": the list of John the Ripper
// ("password.lst" of Debian's john-data 1.9.0, compiled by Solar Designer of the Openwall Project,
// 1996-2011; its header says "It is assumed to be in the public domain"), lower-cased, without
// duplicates, sorted in byte order, one entry a line. Regenerate it with:
//   grep -v '^#!comment' /usr/share/john/password.lst | tr A-Z a-z | LC_ALL=C sort -u
#include "server/auth/CommonPasswords.h"

#include <QFile>

#include <algorithm>

namespace tv::server::auth {
namespace {

QList<QByteArray> load()
{
    QFile file(QString(CommonPasswords::ResourcePath));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("The deny-list of common passwords is missing from the build.");
    QList<QByteArray> entries = file.readAll().split('\n');
    if (!entries.isEmpty() && entries.constLast().isEmpty())
        entries.removeLast(); // the newline that ends the last line
    return entries;
}

} // namespace

const QList<QByteArray> &CommonPasswords::entries()
{
    static const QList<QByteArray> list = load();
    return list;
}

bool CommonPasswords::contains(const QString &lowerCased)
{
    const QList<QByteArray> &list = entries();
    return std::binary_search(list.cbegin(), list.cend(), lowerCased.toUtf8());
}

qsizetype CommonPasswords::size()
{
    return entries().size();
}

} // namespace tv::server::auth
