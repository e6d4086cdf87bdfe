#include "models/domain/JsonScan.h"

#include "models/domain/ErrorCode.h"

#include <QSet>
#include <QString>
#include <QStringDecoder>

#include <vector>

using namespace Qt::StringLiterals;

namespace tv::wire {
namespace {

// One open object or array.
struct Frame {
    bool object = false;
    QString path;       // as the decoders name it: "" for the body, "reason", "members[2]"
    QSet<QString> keys; // objects: the keys seen so far
    QString key;        // objects: the key whose value comes next
    bool wantKey = true;
    qsizetype index = 0; // arrays: the index of the value that comes next
};

class Scanner {
public:
    Scanner(QByteArrayView body, TextRule text)
        : m_body(body)
        , m_storable(text == TextRule::Storable)
    {}

    std::optional<Error> run()
    {
        while (true) {
            skipSpace();
            if (m_pos >= m_body.size()) {
                if (m_stack.empty())
                    return std::nullopt;
                return broken();
            }
            const char c = m_body.at(m_pos);
            switch (c) {
            case '{':
            case '[': {
                if (m_stack.size() >= MaxJsonDepth) {
                    return Error{QString(errc::InvalidJson),
                                 u"The body nests objects and arrays deeper than %1 levels."_s.arg(
                                     MaxJsonDepth)};
                }
                Frame frame;
                frame.object = c == '{';
                frame.path = valuePath();
                m_stack.push_back(std::move(frame));
                ++m_pos;
                break;
            }
            case '}':
            case ']':
                if (m_stack.empty())
                    return broken();
                m_stack.pop_back();
                ++m_pos;
                break;
            case ',':
                if (m_stack.empty())
                    return broken();
                if (m_stack.back().object)
                    m_stack.back().wantKey = true;
                else
                    ++m_stack.back().index;
                ++m_pos;
                break;
            case ':':
                if (m_stack.empty() || !m_stack.back().object)
                    return broken();
                m_stack.back().wantKey = false;
                ++m_pos;
                break;
            case '"':
                if (auto problem = string())
                    return problem;
                break;
            default: // a number, true, false or null: nothing in them to check
                ++m_pos;
                break;
            }
        }
    }

private:
    bool inKey() const
    {
        return !m_stack.empty() && m_stack.back().object && m_stack.back().wantKey;
    }

    // The path of the value that comes next (of a key: the object that holds it).
    QString valuePath() const
    {
        if (m_stack.empty())
            return {};
        const Frame &top = m_stack.back();
        if (!top.object)
            return top.path + u'[' + QString::number(top.index) + u']';
        if (top.wantKey)
            return top.path;
        return top.path.isEmpty() ? top.key : top.path + u'.' + top.key;
    }

    // How messages name that place.
    QString where() const
    {
        const QString path = valuePath();
        return path.isEmpty() ? u"the body"_s : u"field '%1'"_s.arg(path);
    }

    Error broken() const
    {
        return Error{QString(errc::InvalidJson),
                     u"The body is not valid JSON (at offset %1)."_s.arg(m_pos)};
    }

    Error badText(const QString &what) const
    {
        const QString path = valuePath();
        Error error{
            QString(errc::InvalidField),
            u"%1 %2."_s.arg(inKey() ? u"A key in "_s + where() : u"Field '%1'"_s.arg(path), what)};
        error.field = path;
        return error;
    }

    void skipSpace()
    {
        while (m_pos < m_body.size()) {
            const char c = m_body.at(m_pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                return;
            ++m_pos;
        }
    }

    // The code unit of four hex digits at m_pos, or -1.
    int hex4()
    {
        if (m_pos + 4 > m_body.size())
            return -1;
        int unit = 0;
        for (const char c : m_body.sliced(m_pos, 4)) {
            const int digit = (c >= '0' && c <= '9')   ? c - '0'
                              : (c >= 'a' && c <= 'f') ? c - 'a' + 10
                              : (c >= 'A' && c <= 'F') ? c - 'A' + 10
                                                       : -1;
            if (digit < 0)
                return -1;
            unit = unit * 16 + digit;
        }
        m_pos += 4;
        return unit;
    }

    // Reads the string at m_pos (its opening quote) and checks it; a key is also checked
    // against the other keys of its object.
    std::optional<Error> string()
    {
        QString text;
        ++m_pos;
        qsizetype run = m_pos; // start of the bytes not yet appended to `text`
        const auto flush = [&] {
            text += QString(m_utf8.decode(m_body.sliced(run, m_pos - run)));
        };
        while (true) {
            if (m_pos >= m_body.size())
                return broken();
            const auto byte = static_cast<unsigned char>(m_body.at(m_pos));
            if (byte == '"')
                break;
            if (byte < 0x20) {
                return Error{QString(errc::InvalidJson),
                             u"The body is not valid JSON: %1 holds a control character that is "
                             u"not escaped (at offset %2)."_s.arg(where(), QString::number(m_pos))};
            }
            if (byte != '\\') {
                ++m_pos;
                continue;
            }
            flush();
            ++m_pos;
            if (m_pos >= m_body.size())
                return broken();
            const char escape = m_body.at(m_pos++);
            if (escape != 'u') {
                static constexpr QLatin1StringView From{"\"\\/bfnrt"};
                static constexpr char16_t To[] = u"\"\\/\b\f\n\r\t";
                const qsizetype i = From.indexOf(QLatin1Char(escape));
                if (i < 0)
                    return broken();
                text += QChar(To[i]);
                run = m_pos;
                continue;
            }
            const int unit = hex4();
            if (unit < 0)
                return broken();
            if (unit == 0 && m_storable)
                return badText(u"holds a NUL character (\\u0000), which no field takes"_s);
            if (QChar::isLowSurrogate(char16_t(unit)) && m_storable)
                return badText(loneSurrogate(unit));
            if (QChar::isHighSurrogate(char16_t(unit))) {
                // A pair is two escapes; anything else after the first leaves it alone.
                int low = -1;
                if (m_pos + 2 <= m_body.size() && m_body.sliced(m_pos, 2) == "\\u") {
                    const qsizetype second = m_pos;
                    m_pos += 2;
                    low = hex4();
                    if (low < 0)
                        return broken();
                    if (!QChar::isLowSurrogate(char16_t(low))) {
                        m_pos = second; // read again as an escape of its own
                        low = -1;
                    }
                }
                if (low < 0 && m_storable)
                    return badText(loneSurrogate(unit));
                text += QChar(char16_t(unit));
                if (low >= 0)
                    text += QChar(char16_t(low));
            } else {
                text += QChar(char16_t(unit));
            }
            run = m_pos;
        }
        flush();
        ++m_pos; // the closing quote
        // Text holding one of these would not read back as it was hashed (see TextRule).
        for (const char16_t unit : {u'\uFEFF', u'\uFFFE', u'\uFFFF'}) {
            if (m_storable && text.contains(QChar(unit))) {
                --m_pos; // name the string, not what follows it
                return badText(
                    u"holds U+%1 (%2), which a database does not store as it "
                    u"is"_s.arg(QString::number(unit, 16).toUpper(),
                                unit == u'\uFEFF' ? u"a byte order mark"_s : u"not a character"_s));
            }
        }
        if (!inKey())
            return std::nullopt;

        Frame &top = m_stack.back();
        if (top.keys.contains(text)) {
            const QString path = top.path.isEmpty() ? text : top.path + u'.' + text;
            return Error{QString(errc::InvalidJson),
                         u"The body is not valid here: key '%1' appears more than once in one "
                         u"object."_s.arg(path)};
        }
        top.keys.insert(text);
        top.key = std::move(text);
        return std::nullopt;
    }

    static QString loneSurrogate(int unit)
    {
        return u"holds half of a UTF-16 surrogate pair (\\u%1) without the other half, which is "
               u"not text"_s.arg(QString::number(unit, 16).rightJustified(4, u'0'));
    }

    QByteArrayView m_body;
    // As the bytes are (QString::fromUtf8 would drop a byte order mark at the start of a run).
    QStringDecoder m_utf8{QStringDecoder::Utf8, QStringDecoder::Flag::Stateless |
                                                    QStringDecoder::Flag::ConvertInitialBom};
    bool m_storable = false;
    qsizetype m_pos = 0;
    std::vector<Frame> m_stack;
};

} // namespace

std::optional<Error> strictJsonProblem(QByteArrayView body, TextRule text)
{
    return Scanner(body, text).run();
}

} // namespace tv::wire
