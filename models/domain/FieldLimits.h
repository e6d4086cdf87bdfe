#pragma once

// The limits of the fields the client sends, in one place: the service's validation refuses what
// breaks them, and the client's forms and both sides' messages quote them, so the two cannot
// disagree. Lengths count UTF-16 units (QString::size()). The formats themselves live beside their
// checks: an NHS number's in tv::nhs (models/domain/NhsNumber.h), a postcode's in
// server/search/PostcodeQuery.
namespace tv::limits {

// Search criteria (server/search/SearchService, ui/search/SearchPanel).
inline constexpr int NameLength = 200;      // a name searched for, once trimmed
inline constexpr int NameWords = 6;         // words in that name
inline constexpr int IdentifierLength = 40; // a UPN or an LCS case ID, once trimmed
inline constexpr int PostcodeLength = 16;   // a postcode as typed, spaces included
inline constexpr int NhsNumberLength = 16;  // the form's field: ten digits with spaces

// Free text that is stored and hashed into the audit trail.
inline constexpr int ReasonNoteLength = 500;  // the note with a reason for opening a record
inline constexpr int ReportTextLength = 2000; // an inaccuracy report's description, a note, ...
inline constexpr int ReportItemLength = 100;  // the item an inaccuracy report names
inline constexpr int DisplayNameLength = 200; // a user's or an organisation's name, a signatory

} // namespace tv::limits
