#include "models/common/Format.h"

#include <QLocale>

namespace tv::models {

QString Format::date(QDate date)
{
    if (!date.isValid())
        return notRecorded();
    return QLocale().toString(date, u"d MMM yyyy");
}

QString Format::dateRange(QDate from, QDate to)
{
    return tr("%1 – %2", "a range of two dates").arg(date(from), date(to));
}

QString Format::spokenDateRange(QDate from, QDate to)
{
    return tr("%1 to %2", "a range of two dates, read aloud").arg(date(from), date(to));
}

QString Format::percentage(double percent)
{
    return tr("%1%", "a percentage").arg(QLocale().toString(percent, 'f', 1));
}

QString Format::nhsNumber(const QString &number)
{
    QString digits;
    for (const QChar c : number) {
        if (c.isSpace())
            continue;
        if (c < u'0' || c > u'9')
            return number;
        digits.append(c);
    }
    if (digits.size() != 10)
        return number;
    return digits.left(3) + u' ' + digits.mid(3, 3) + u' ' + digits.mid(6);
}

QString Format::personWithBirth(const QString &displayName, QDate dateOfBirth)
{
    if (!dateOfBirth.isValid())
        return tr("%1, date of birth not recorded", "a person's name").arg(displayName);
    return tr("%1, born %2", "a person's name, their date of birth")
        .arg(displayName, date(dateOfBirth));
}

QString Format::flagsAtAGlance(const QList<FlagKindState> &flags)
{
    QStringList current;
    QStringList historic;
    for (const FlagKindState &flag : flags) {
        if (flag.state == FlagState::Current)
            current.append(flags::kindText(flag.kind));
        else if (flag.state == FlagState::Historic)
            historic.append(flags::kindText(flag.kind));
    }
    const QString separator = tr("; ", "between the names of two flags");
    if (!current.isEmpty() && !historic.isEmpty()) {
        return tr("Current: %1. Historic: %2.")
            .arg(current.join(separator), historic.join(separator));
    }
    if (!current.isEmpty())
        return tr("Current: %1.").arg(current.join(separator));
    if (!historic.isEmpty())
        return tr("Historic: %1.").arg(historic.join(separator));
    return {};
}

QString Format::notRecorded()
{
    return tr("Not recorded");
}

QString Format::orNotRecorded(const QString &text)
{
    return text.trimmed().isEmpty() ? notRecorded() : text;
}

QString Format::orNotRecorded(const std::optional<QString> &text)
{
    return text ? orNotRecorded(*text) : notRecorded();
}

} // namespace tv::models
