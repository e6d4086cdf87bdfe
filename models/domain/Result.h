#pragma once

#include <QString>
#include <QStringList>

#include <utility>
#include <variant>

namespace tv {

// An error as a value. `code` is stable and machine-readable (it travels on the wire);
// `message` is plain English for the person reading it. Neither ever holds person data or secrets.
struct Error {
    QString code;
    QString message;
    // access_lapsed only: the wire name of every unmet condition (see "domain/Access.h").
    QStringList unmet = {};
    // invalid_field, when the service can name it: the request field at fault, as the wire
    // names it ("nhsNumber"), so that a client can word the problem for the field it showed.
    QString field = {};

    friend bool operator==(const Error &, const Error &) = default;
};

// A value or an error. Below the UI every fallible operation returns one of these; exceptions
// never cross the event loop.
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value)
        : m_state(std::in_place_index<0>, std::move(value))
    {}
    Result(Error error)
        : m_state(std::in_place_index<1>, std::move(error))
    {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_state); }
    T &value() & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }
    const Error &error() const { return std::get<1>(m_state); }

private:
    std::variant<T, Error> m_state;
};

// For operations that return nothing but may fail.
struct Done {
    friend bool operator==(const Done &, const Done &) = default;
};
using Status = Result<Done>;

} // namespace tv
