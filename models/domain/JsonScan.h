#pragma once

#include "models/domain/Result.h"

#include <QByteArrayView>

#include <optional>

// What Qt's JSON parser lets through and the wire format must not (used by wire::parseObject).
// QJsonDocument keeps the last of two equal keys silently, decodes a lone UTF-16 surrogate
// ("\ud800") into a QString that no database stores as it was hashed, and accepts raw control
// characters inside strings. This is a second, small pass over bytes that QJsonDocument already
// accepted as one JSON value: it walks the tokens without recursion, keeps the keys of each open
// object, and decodes every string's escapes.
namespace tv::wire {

// The deepest nesting of objects and arrays a body may have; no message of the API nests past 8.
inline constexpr int MaxJsonDepth = 32;

// What the text of strings must be, besides well formed.
enum class TextRule {
    Any,      // whatever JSON can carry: a client reads what the service sends as it is
    Storable, // what a database gives back as it was stored (and hashed): request bodies
};

// The first problem in `body`, or nullopt when there is none:
//  - invalid_json: a key that appears twice in one object (named by its path, "reason.code"),
//    a raw control character (U+0000..U+001F) inside a string, or nesting past MaxJsonDepth;
//  - with TextRule::Storable, invalid_field (with Error::field set to the path): a string
//    holding a lone UTF-16 surrogate, a NUL (U+0000), a byte order mark (U+FEFF), U+FFFE or
//    U+FFFF, in a key or a value. None of them reads back from SQLite or PostgreSQL as it was
//    stored: SQLite reads U+FFFE and U+FFFF back as U+FFFD and takes U+FEFF or U+FFFE at the
//    start of a text for a byte order mark; Qt drops a leading U+FEFF read from PostgreSQL.
// `body` must already be valid JSON to QJsonDocument; anything else is reported as invalid_json.
std::optional<Error> strictJsonProblem(QByteArrayView body, TextRule text);

} // namespace tv::wire
