#include "server/seed/PersonGenerator.h"

#include "models/domain/Flag.h"
#include "server/LoggingCategories.h"
#include "server/ServerErrors.h"
#include "server/db/Database.h"
#include "server/db/DbValues.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <initializer_list>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

namespace tv::server::seed {
namespace {

// --- Reference data ------------------------------------------------------------------------

// The 35 source data sets, in id order (id = index + 1).
enum Source {
    SchoolCensus,
    Lcs,
    Ehm,
    Police,
    AdultSocialCare,
    Housing,
    YouthJustice,
    PublicHealthNursing,
    Attendance,
    Exclusions,
    Send,
    SenSupport,
    YoungCarers,
    LookedAfter,
    ChildProtectionPlans,
    Mash,
    Encompass,
    Dwp,
    Benefits,
    DomesticAbuseService,
    DrugAndAlcohol,
    AntiSocial,
    Camhs,
    AdultMentalHealth,
    SchoolNursing,
    Probation,
    FreeSchoolMeals,
    HomeEducation,
    SupportingFamilies,
    Fire,
    Neet,
    EarlyYears,
    Admissions,
    TenancySupport,
    Missing,
    SourceCount
};

struct SourceInfo {
    const char *code;
    const char *name;
    const char *owner;
    int yearsCovered;
    int daysSinceUpdate;
};

constexpr std::array<SourceInfo, SourceCount> Sources{{
    {"school-census", "School Census", "Department for Education", 12, 40},
    {"lcs", "Children's Social Care (LCS)", "Somerset Council Children's Services", 15, 1},
    {"ehm", "Early Help (EHM)", "Somerset Council Early Help", 10, 1},
    {"police", "Police notifications", "Avon and Somerset Police", 8, 2},
    {"adult-social-care", "Adult Social Care", "Somerset Council Adult Services", 10, 3},
    {"housing", "Housing and homelessness", "Somerset Council Housing Options", 8, 7},
    {"youth-justice", "Youth Justice", "Somerset Youth Justice Service", 10, 5},
    {"public-health-nursing", "Public Health Nursing", "Somerset Council Public Health", 9, 6},
    {"attendance", "School attendance", "Somerset Council Education Welfare Service", 6, 14},
    {"exclusions", "Suspensions and permanent exclusions", "Somerset Council Inclusion Service", 8,
     14},
    {"send", "Education, health and care plans", "Somerset Council SEND Service", 10, 4},
    {"sen-support", "SEN support register", "Department for Education", 10, 40},
    {"young-carers", "Young carers", "Somerset Young Carers Service", 7, 20},
    {"looked-after", "Children looked after", "Somerset Council Children's Services", 15, 1},
    {"child-protection", "Child protection plans", "Somerset Council Children's Services", 15, 1},
    {"mash", "Safeguarding contacts (MASH)", "Somerset Multi-Agency Safeguarding Hub", 8, 1},
    {"encompass", "Operation Encompass notifications", "Avon and Somerset Police", 6, 1},
    {"dwp", "Out-of-work benefits", "Department for Work and Pensions", 6, 92},
    {"benefits", "Housing Benefit and Council Tax Reduction",
     "Somerset Council Revenues and Benefits", 8, 30},
    {"domestic-abuse", "Domestic abuse support", "Somerset Integrated Domestic Abuse Service", 7,
     10},
    {"drug-alcohol", "Drug and alcohol treatment", "Somerset Drug and Alcohol Service", 8, 30},
    {"anti-social-behaviour", "Anti-social behaviour cases", "Somerset Council Community Safety", 6,
     21},
    {"camhs", "Child and adolescent mental health", "Somerset NHS Foundation Trust", 8, 30},
    {"adult-mental-health", "Adult mental health", "Somerset NHS Foundation Trust", 8, 30},
    {"school-nursing", "School nursing", "Somerset Council Public Health Nursing", 8, 10},
    {"probation", "Probation", "HM Prison and Probation Service", 7, 60},
    {"free-school-meals", "Free school meals", "Somerset Council Education Services", 8, 40},
    {"home-education", "Elective home education and children missing education",
     "Somerset Council Education Welfare Service", 6, 14},
    {"supporting-families", "Supporting Families", "Somerset Council Supporting Families Programme",
     8, 30},
    {"fire", "Home fire safety visits", "Devon and Somerset Fire and Rescue Service", 6, 45},
    {"neet", "Young people not in education, employment or training",
     "Somerset Council Post-16 Team", 6, 30},
    {"early-years", "Early years funding", "Somerset Council Early Years", 6, 40},
    {"admissions", "School admissions", "Somerset Council Admissions Team", 8, 60},
    {"tenancy-support", "Tenancy support", "Somerset Housing Partnership", 6, 30},
    {"missing", "Missing from home and care", "Avon and Somerset Police", 8, 2},
}};
static_assert(SourceCount == PersonGenerator::SourceDatasetCount);

// The towns of Somerset and North Somerset with their postcode districts; bigger towns appear
// more than once.
struct Place {
    const char *town;
    const char *district;
};
constexpr Place Places[] = {
    {"Taunton", "TA1"},
    {"Taunton", "TA1"},
    {"Taunton", "TA2"},
    {"Taunton", "TA2"},
    {"Taunton", "TA3"},
    {"Bridgwater", "TA6"},
    {"Bridgwater", "TA6"},
    {"Bridgwater", "TA5"},
    {"Bridgwater", "TA7"},
    {"Yeovil", "BA20"},
    {"Yeovil", "BA21"},
    {"Yeovil", "BA21"},
    {"Yeovil", "BA22"},
    {"Wellington", "TA21"},
    {"Minehead", "TA24"},
    {"Williton", "TA4"},
    {"Burnham-on-Sea", "TA8"},
    {"Highbridge", "TA9"},
    {"Chard", "TA20"},
    {"Crewkerne", "TA18"},
    {"Ilminster", "TA19"},
    {"Langport", "TA10"},
    {"Somerton", "TA11"},
    {"Martock", "TA12"},
    {"South Petherton", "TA13"},
    {"Frome", "BA11"},
    {"Frome", "BA11"},
    {"Shepton Mallet", "BA4"},
    {"Wells", "BA5"},
    {"Glastonbury", "BA6"},
    {"Street", "BA16"},
    {"Castle Cary", "BA7"},
    {"Wincanton", "BA9"},
    {"Cheddar", "BS27"},
    {"Weston-super-Mare", "BS23"},
    {"Weston-super-Mare", "BS22"},
    {"Weston-super-Mare", "BS24"},
    {"Clevedon", "BS21"},
    {"Portishead", "BS20"},
    {"Nailsea", "BS48"},
};
constexpr int PlaceCount = int(std::size(Places));

constexpr const char *Streets[] = {
    "Church",   "Station",   "Victoria",   "Park",     "Mill",      "Orchard",   "Priory",
    "Greenway", "Kingston",  "Wellington", "Holway",   "Chestnut",  "Manor",     "Queen",
    "Albert",   "Alexandra", "Quantock",   "Mendip",   "Blackdown", "Exmoor",    "Tone",
    "Parrett",  "Brue",      "Cheddon",    "Hamilton", "Lyngford",  "Rowbarton", "Wilton",
    "Bishops",  "Westfield", "Eastover",   "North",    "South",     "High",      "Silver",
    "Castle",   "Abbey",     "Meadow",     "Willow",   "Beech",     "Oak",       "Ash",
    "Elm",      "Hazel",     "Rowan",      "Cedar",    "Magnolia",  "Sedgemoor", "Polden",
    "Brendon",  "Monmouth",  "Cromwell",   "Alfred",   "Athelney",  "Wessex",    "Camelot",
};
constexpr const char *StreetKinds[] = {"Road",     "Street", "Close", "Avenue",
                                       "Lane",     "Way",    "Drive", "Gardens",
                                       "Crescent", "Place",  "Court", "Terrace"};
constexpr char PostcodeLetters[] = "ABDEFGHJLNPQRSTUWXYZ";

// Common family names in rough order of frequency (Smith first).
constexpr const char *FamilyNames[] = {
    "Smith",     "Jones",     "Williams", "Taylor",  "Brown",    "Davies",     "Evans",
    "Wilson",    "Thomas",    "Johnson",  "Roberts", "Robinson", "Thompson",   "Wright",
    "Walker",    "White",     "Edwards",  "Hughes",  "Green",    "Hall",       "Lewis",
    "Harris",    "Clarke",    "Patel",    "Jackson", "Wood",     "Turner",     "Martin",
    "Cooper",    "Hill",      "Ward",     "Morris",  "Moore",    "Clark",      "Lee",
    "King",      "Baker",     "Harrison", "Morgan",  "Allen",    "James",      "Scott",
    "Phillips",  "Watson",    "Davis",    "Parker",  "Price",    "Bennett",    "Young",
    "Griffiths", "Mitchell",  "Kelly",    "Cook",    "Carter",   "Richardson", "Bailey",
    "Collins",   "Bell",      "Shaw",     "Murphy",  "Miller",   "Cox",        "Richards",
    "Khan",      "Marshall",  "Anderson", "Simpson", "Ellis",    "Adams",      "Singh",
    "Begum",     "Wilkinson", "Foster",   "Chapman", "Powell",   "Webb",       "Rogers",
    "Gray",      "Mason",     "Ali",      "Hunt",    "Hussain",  "Campbell",   "Matthews",
    "Owen",      "Palmer",    "Holmes",   "Mills",   "Barnes",   "Knight",     "Lloyd",
    "Butler",    "Russell",   "Barker",   "Fisher",  "Stevens",  "Jenkins",    "Murray",
    "Dixon",     "Harvey",    "Grant",    "Pearce",  "Sutton",   "Hooper",     "Chard",
    "Coombes",   "Stacey",    "Venn",     "Yeo",     "Pople",    "Govier",     "Hembrow",
    "Nowak",     "Kowalski",  "Ahmed",    "Okafor",  "Nguyen",   "O'Brien",    "McCarthy",
};

constexpr const char *BoysNames[] = {
    "Oliver",  "George",   "Noah",   "Arthur",  "Harry",     "Leo",     "Muhammad", "Jack",
    "Charlie", "Oscar",    "Jacob",  "Henry",   "Thomas",    "Freddie", "Alfie",    "Theo",
    "William", "Theodore", "Archie", "Joshua",  "Alexander", "James",   "Isaac",    "Edward",
    "Lucas",   "Tommy",    "Finley", "Max",     "Logan",     "Ethan",   "Mason",    "Samuel",
    "Daniel",  "Joseph",   "Reuben", "Riley",   "Harrison",  "Dylan",   "Jake",     "Callum",
    "Kian",    "Tyler",    "Jayden", "Bradley", "Connor",    "Liam",    "Owen",     "Benjamin",
};
constexpr const char *GirlsNames[] = {
    "Olivia",    "Amelia",  "Isla",   "Ava",     "Ivy",      "Freya",    "Lily",     "Florence",
    "Mia",       "Willow",  "Rosie",  "Sophia",  "Isabella", "Grace",    "Daisy",    "Sienna",
    "Poppy",     "Elsie",   "Emily",  "Ella",    "Evelyn",   "Phoebe",   "Sofia",    "Evie",
    "Charlotte", "Harper",  "Millie", "Matilda", "Ruby",     "Sophie",   "Alice",    "Emma",
    "Chloe",     "Jessica", "Megan",  "Holly",   "Leah",     "Lacey",    "Courtney", "Abigail",
    "Katie",     "Lauren",  "Ellie",  "Summer",  "Maisie",   "Scarlett", "Hannah",   "Niamh",
};
constexpr const char *MenNames[] = {
    "David",  "Paul",   "Mark",    "Andrew", "Richard", "Christopher", "James",   "Michael",
    "Steven", "Daniel", "Matthew", "Robert", "John",    "Peter",       "Stephen", "William",
    "Thomas", "Gary",   "Lee",     "Craig",  "Darren",  "Wayne",       "Jason",   "Kevin",
    "Simon",  "Ian",    "Neil",    "Martin", "Anthony", "Jonathan",    "Adam",    "Carl",
    "Dean",   "Shaun",  "Ryan",    "Scott",  "Nathan",  "Luke",        "Ashley",  "Jamie",
    "Alan",   "Brian",  "Keith",   "Graham", "Colin",   "Trevor",      "Roger",   "Geoffrey",
};
constexpr const char *WomenNames[] = {
    "Sarah",    "Claire",   "Emma",     "Nicola",    "Rebecca", "Lisa",   "Laura",     "Michelle",
    "Kelly",    "Helen",    "Karen",    "Louise",    "Joanne",  "Rachel", "Amanda",    "Victoria",
    "Gemma",    "Samantha", "Jennifer", "Elizabeth", "Hannah",  "Katie",  "Charlotte", "Amy",
    "Donna",    "Tracey",   "Stacey",   "Kerry",     "Natalie", "Zoe",    "Jodie",     "Leanne",
    "Danielle", "Hayley",   "Kirsty",   "Melanie",   "Susan",   "Julie",  "Deborah",   "Jacqueline",
    "Margaret", "Patricia", "Carol",    "Linda",     "Sandra",  "Janet",  "Christine", "Wendy",
};

constexpr const char *Saints[] = {"Andrew's",  "Mary's",  "John's",     "Peter's",  "George's",
                                  "Michael's", "James's", "Margaret's", "Joseph's", "Dunstan's"};

// Agencies of an involvement, with its service and source.
struct Agency {
    const char *service; // social-care, early-help, other
    const char *name;
    Source source;
    const char *domain;
    const char *role;
};
enum AgencyIndex {
    SocialCareAgency,
    EarlyHelpAgency,
    YouthJusticeAgency,
    CamhsAgency,
    SchoolNursingAgency,
    AdultSocialCareAgency,
    ProbationAgency,
    DrugAlcoholAgency,
    DomesticAbuseAgency,
    SupportingFamiliesAgency,
};
constexpr Agency Agencies[] = {
    {"social-care", "Somerset Children's Social Care", Lcs, "childrens.somerset.example",
     "Social Worker"},
    {"early-help", "Somerset Early Help", Ehm, "earlyhelp.somerset.example",
     "Family Support Worker"},
    {"other", "Somerset Youth Justice Service", YouthJustice, "yjs.somerset.example",
     "Youth Justice Officer"},
    {"other", "CAMHS", Camhs, "camhs.nhs.example", "Mental Health Practitioner"},
    {"other", "School Nursing", SchoolNursing, "phn.somerset.example", "School Nurse"},
    {"other", "Adult Social Care", AdultSocialCare, "adults.somerset.example", "Care Manager"},
    {"other", "Probation Service", Probation, "probation.justice.example", "Probation Officer"},
    {"other", "Somerset Drug and Alcohol Service", DrugAndAlcohol, "sdas.somerset.example",
     "Recovery Worker"},
    {"other", "Somerset Integrated Domestic Abuse Service", DomesticAbuseService,
     "sidas.somerset.example", "IDVA"},
    {"other", "Supporting Families", SupportingFamilies, "families.somerset.example",
     "Family Intervention Worker"},
};

// --- Identifiers --------------------------------------------------------------------------

// An odd multiplier, prime to 2, 3 and 5: multiplying by it permutes the residues modulo
// 10^k, 3*10^8 and 9*10^6, so the identifiers below never repeat.
constexpr quint64 Scramble = 2'654'435'761ULL;

// Modulus 11 check digit of the first nine digits; nullopt when it would be 10 (no valid number).
std::optional<int> nhsCheckDigit(quint64 firstNine)
{
    int sum = 0;
    for (int weight = 2; weight <= 10; ++weight) {
        sum += int(firstNine % 10) * weight;
        firstNine /= 10;
    }
    const int check = 11 - sum % 11;
    if (check == 10)
        return std::nullopt;
    return check == 11 ? 0 : check;
}

// England's ranges 400 000 000-499 999 999 and 600 000 000-799 999 999. A tenth or so of the
// permutation has no valid check digit: those persons have no NHS number on the database.
std::optional<QString> nhsNumberFor(qint64 personId, quint32 seed)
{
    const quint64 x = (quint64(personId) * Scramble + quint64(seed) * 7ULL) % 300'000'000ULL;
    const quint64 firstNine = x < 100'000'000ULL ? 400'000'000ULL + x : 500'000'000ULL + x;
    const std::optional<int> check = nhsCheckDigit(firstNine);
    if (!check)
        return std::nullopt;
    return QString::number(firstNine * 10 + quint64(*check));
}

// 'A', Somerset's local authority number 933, nine more digits.
QString upnFor(qint64 personId, quint32 seed)
{
    const quint64 x = (quint64(personId) * Scramble + quint64(seed) * 13ULL) % 1'000'000'000ULL;
    return u"A933"_s + QString::number(x).rightJustified(9, u'0');
}

// Seven digits, as LCS numbers its cases.
QString lcsCaseIdFor(qint64 personId, quint32 seed)
{
    const quint64 x = (quint64(personId) * Scramble + quint64(seed) * 17ULL) % 9'000'000ULL;
    return QString::number(1'000'000ULL + x);
}

// --- Batched writing ----------------------------------------------------------------------

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

QVariant dateValue(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QVariant optionalDateValue(const std::optional<QDate> &date)
{
    return date ? dateValue(*date) : nullText();
}

Error writeError(QStringView table, const QSqlError &error)
{
    const QString code = error.nativeErrorCode().isEmpty() ? u"unknown"_s : error.nativeErrorCode();
    qCWarning(lcSeed).noquote() << "writing" << table << "failed, error" << code;
    return Error{QString(errc::DatabaseError),
                 u"The database could not write generated %1 (error %2)."_s.arg(table, code)};
}

// Rows of one table, kept until the transaction's end and then written with multi-row
// INSERTs: as many rows per statement as the engine's parameter limit allows (999 on SQLite,
// to be safe with any build of it; 65535 on PostgreSQL, and at most 1000 rows).
class TableWriter {
public:
    TableWriter(const db::Database &database, QString table, QStringList columns)
        : m_database(database)
        , m_table(std::move(table))
        , m_columns(std::move(columns))
    {
        const int maxParameters = database.dialect() == db::Dialect::Sqlite ? 999 : 65'535;
        m_rowsPerStatement = std::max(1, std::min<int>(1000, maxParameters / columnCount()));
    }

    int columnCount() const { return int(m_columns.size()); }
    qint64 written() const { return m_written; }

    void add(std::initializer_list<QVariant> row)
    {
        Q_ASSERT(int(row.size()) == columnCount());
        m_pending.insert(m_pending.end(), row.begin(), row.end());
    }

    Status flush()
    {
        const qsizetype columns = columnCount();
        const qsizetype rows = qsizetype(m_pending.size()) / columns;
        qsizetype done = 0;
        while (done < rows) {
            const int count = int(std::min<qsizetype>(m_rowsPerStatement, rows - done));
            QSqlQuery *query = nullptr;
            std::optional<QSqlQuery> partial;
            if (count == m_rowsPerStatement) {
                if (!m_full) {
                    m_full.emplace(m_database.connection());
                    if (!m_full->prepare(insertSql(count))) {
                        const Error error = writeError(m_table, m_full->lastError());
                        m_full.reset();
                        return error;
                    }
                }
                query = &*m_full;
            } else {
                partial.emplace(m_database.connection());
                if (!partial->prepare(insertSql(count)))
                    return writeError(m_table, partial->lastError());
                query = &*partial;
            }
            const qsizetype first = done * columns;
            const int values = int(count * columns);
            for (int i = 0; i < values; ++i)
                query->bindValue(i, m_pending[size_t(first + i)]);
            if (!query->exec()) {
                const Error error = writeError(m_table, query->lastError());
                m_full.reset();
                return error;
            }
            done += count;
            m_written += count;
        }
        m_pending.clear();
        return Done{};
    }

private:
    QString insertSql(int rows) const
    {
        QString one = u"("_s;
        for (int c = 0; c < columnCount(); ++c)
            one += c == 0 ? u"?"_s : u", ?"_s;
        one += u')';
        QString sql = u"INSERT INTO %1 (%2) VALUES "_s.arg(m_table, m_columns.join(u", "_s));
        sql.reserve(sql.size() + rows * (one.size() + 2));
        for (int r = 0; r < rows; ++r) {
            if (r > 0)
                sql += u", "_s;
            sql += one;
        }
        return sql;
    }

    const db::Database &m_database;
    QString m_table;
    QStringList m_columns;
    int m_rowsPerStatement = 1;
    std::vector<QVariant> m_pending;
    std::optional<QSqlQuery> m_full; // the prepared statement for a full batch, reused
    qint64 m_written = 0;
};

// --- The population -----------------------------------------------------------------------

struct Span {
    QDate start;
    std::optional<QDate> end;
};

struct Worker {
    QString name;
    QString emailLocal; // before the @
};

struct Term {
    QDate start;
    QDate end;
};

enum class Sex { Female, Male };

// One person being generated, before it is written.
struct PersonDraft {
    qint64 id = 0;
    QString given;
    QString family;
    QDate dob;
    Sex sex = Sex::Female;
    bool child = false;
};

struct HouseholdDraft {
    qint64 id = 0;
    int place = 0;
    QString postcode;
    int primary = 0;   // which of the town's primary schools
    int secondary = 0; // which of its secondary schools
    bool domesticAbuse = false;
};

// Weighted choices: weight 1/(rank + offset), so the first names are the most common and
// common names repeat.
class RankedPicker {
public:
    RankedPicker(int count, double offset)
    {
        double total = 0;
        for (int i = 0; i < count; ++i) {
            total += 1.0 / (i + offset);
            m_cumulative.push_back(total);
        }
        for (double &value : m_cumulative)
            value /= total;
    }

    int pick(QRandomGenerator &rng) const
    {
        const double u = rng.generateDouble();
        const auto it = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), u);
        return int(std::min<std::ptrdiff_t>(it - m_cumulative.begin(),
                                            std::ptrdiff_t(m_cumulative.size()) - 1));
    }

private:
    std::vector<double> m_cumulative;
};

// The scripted scenarios acted out by the first children: 3 per flag, then the edges.
enum Edge {
    EndsOnWindowStart,
    EndsDayBeforeWindow,
    EndsOnAsOf,
    OpenSinceLongAgo,
    StartsAfterAsOf,
    TenYearOldInvolvements,
    OnlyOldData,
    RestrictedChild,
    EdgeCount
};

class Population {
public:
    Population(const db::Database &database, const GeneratorOptions &options)
        : m_options(options)
        , m_rng(options.seed)
        , m_asOf(options.asOf)
        , m_windowStart(options.asOf.addYears(-2))
        , m_allKinds(flags::allKinds())
        , m_familyNames(int(std::size(FamilyNames)), 8.0)
        , m_childNames(int(std::size(BoysNames)), 6.0)
        , m_adultNames(int(std::size(MenNames)), 6.0)
        , m_sources(database, u"source_datasets"_s,
                    {u"id"_s, u"code"_s, u"name"_s, u"owner"_s, u"covers_from"_s, u"covers_to"_s,
                     u"last_updated"_s})
        , m_households(database, u"households"_s, {u"id"_s, u"address"_s, u"town"_s, u"postcode"_s})
        , m_persons(database, u"persons"_s,
                    {u"id"_s, u"household_id"_s, u"given_name"_s, u"family_name"_s,
                     u"date_of_birth"_s, u"upn"_s, u"nhs_number"_s, u"lcs_case_id"_s,
                     u"current_school"_s})
        , m_episodes(database, u"episodes"_s,
                     {u"id"_s, u"person_id"_s, u"flag"_s, u"source_id"_s, u"start_date"_s,
                      u"end_date"_s, u"assessed"_s, u"assessor"_s})
        , m_involvements(database, u"involvements"_s,
                         {u"id"_s, u"person_id"_s, u"service"_s, u"agency"_s, u"source_id"_s,
                          u"start_date"_s, u"end_date"_s, u"worker"_s,
                          u"lead_professional_email"_s})
        , m_assessments(database, u"assessments"_s,
                        {u"id"_s, u"person_id"_s, u"assessment_type"_s, u"assessment_date"_s,
                         u"source_id"_s, u"creator"_s, u"creator_email"_s})
        , m_attendance(database, u"attendance_terms"_s,
                       {u"id"_s, u"person_id"_s, u"term_start"_s, u"term_end"_s, u"school"_s,
                        u"percentage"_s})
        , m_incidents(database, u"incidents"_s,
                      {u"id"_s, u"person_id"_s, u"incident_date"_s, u"source_id"_s})
        , m_restrictions(database, u"restrictions"_s,
                         {u"person_id"_s, u"restricted_at"_s, u"restricted_by"_s})
    {
        for (const FlagKind kind : m_allKinds)
            m_flagWireNames.append(flags::kindWireName(kind));
        // The staff who appear as workers, assessors and document creators.
        for (int i = 0; i < 400; ++i) {
            const bool woman = m_rng.bounded(100) < 70;
            const QString given =
                woman ? pickName(WomenNames, m_adultNames) : pickName(MenNames, m_adultNames);
            const QString family = QString::fromUtf8(FamilyNames[m_familyNames.pick(m_rng)]);
            QString local = given.toLower() + u'.' + family.toLower();
            local.remove(u'\'');
            m_workers.append(Worker{given + u' ' + family, local});
        }
        // School terms of the last four academic years that ended by the as-of date.
        for (int year = m_asOf.year() - 4; year <= m_asOf.year(); ++year) {
            for (const Term &term : {Term{QDate(year, 9, 4), QDate(year, 12, 19)},
                                     Term{QDate(year + 1, 1, 6), QDate(year + 1, 3, 28)},
                                     Term{QDate(year + 1, 4, 15), QDate(year + 1, 7, 22)}}) {
                if (term.end <= m_asOf && term.start >= m_asOf.addYears(-4))
                    m_terms.append(term);
            }
        }
        m_scenarioCount = int(m_allKinds.size()) * 3 + EdgeCount;
    }

    void writeSources()
    {
        for (int i = 0; i < SourceCount; ++i) {
            const SourceInfo &source = Sources[size_t(i)];
            const QDate updated = m_asOf.addDays(-source.daysSinceUpdate);
            m_sources.add({i + 1, QString::fromLatin1(source.code), QString::fromUtf8(source.name),
                           QString::fromUtf8(source.owner),
                           dateValue(QDate(m_asOf.year() - source.yearsCovered, 4, 1)),
                           dateValue(updated), dateValue(updated)});
        }
    }

    // Generates persons until `lastId` (inclusive), household by household. A household that
    // does not fit is finished in the next call, so where transactions end changes nothing.
    void generateUpTo(qint64 lastId)
    {
        while (m_nextPersonId <= lastId) {
            if (m_members.isEmpty())
                generateHousehold();
            PersonDraft person = m_members.takeFirst();
            person.id = m_nextPersonId++;
            writePerson(m_household, person);
        }
    }

    Status flush()
    {
        for (TableWriter *writer :
             {&m_sources, &m_households, &m_persons, &m_episodes, &m_involvements, &m_assessments,
              &m_attendance, &m_incidents, &m_restrictions}) {
            if (Status flushed = writer->flush(); !flushed)
                return flushed;
        }
        return Done{};
    }

    GeneratorCounts counts() const
    {
        return GeneratorCounts{
            m_sources.written(),    m_households.written(),   m_persons.written(),
            m_episodes.written(),   m_involvements.written(), m_assessments.written(),
            m_attendance.written(), m_incidents.written(),    m_restrictions.written()};
    }

private:
    // --- random helpers
    int below(int n) { return int(m_rng.bounded(n)); }
    bool chance(double p) { return m_rng.generateDouble() < p; }
    QDate between(const QDate &from, const QDate &to)
    {
        const qint64 days = from.daysTo(to);
        return days <= 0 ? from : from.addDays(m_rng.bounded(int(days) + 1));
    }
    template <size_t N>
    QString pickName(const char *const (&names)[N], const RankedPicker &picker)
    {
        return QString::fromUtf8(names[size_t(picker.pick(m_rng)) % N]);
    }
    const Worker &worker() { return m_workers.at(below(int(m_workers.size()))); }

    // A span inside the last `years` years (never before `earliest`); about a third still open
    // on the as-of date, most of those with no end yet.
    Span randomSpan(const QDate &earliest, int years = 10)
    {
        const QDate from = std::max(earliest, m_asOf.addYears(-years));
        const QDate start = between(from, m_asOf.addDays(-14));
        QDate end = start.addDays(30 + below(900));
        if (end > m_asOf)
            return Span{start, chance(0.7) ? std::nullopt : std::optional<QDate>(end)};
        return Span{start, end};
    }

    // --- rows
    void episode(const PersonDraft &person, FlagKind kind, Source source, const Span &span,
                 std::optional<QString> assessor = std::nullopt)
    {
        const bool assessed = assessor.has_value() || chance(0.15);
        m_episodes.add({++m_episodeId, person.id, m_flagWireNames.at(int(kind)), int(source) + 1,
                        dateValue(span.start), optionalDateValue(span.end), assessed,
                        assessor ? QVariant(*assessor) : nullText()});
    }
    void assessedEpisode(const PersonDraft &person, FlagKind kind, Source source, const Span &span,
                         const Agency &agency)
    {
        if (chance(0.6))
            episode(person, kind, source, span,
                    worker().name + u" ("_s + QString::fromUtf8(agency.role) + u')');
        else
            episode(person, kind, source, span);
    }
    void involvement(const PersonDraft &person, const Agency &agency, const Span &span)
    {
        const Worker &who = worker();
        m_involvements.add({++m_involvementId, person.id, QString::fromLatin1(agency.service),
                            QString::fromUtf8(agency.name), int(agency.source) + 1,
                            dateValue(span.start), optionalDateValue(span.end), who.name,
                            QString(who.emailLocal + u'@' + QString::fromLatin1(agency.domain))});
    }
    void assessment(const PersonDraft &person, const QString &type, const QDate &date,
                    const Agency &agency)
    {
        if (date > m_asOf)
            return;
        const Worker &who = worker();
        m_assessments.add({++m_assessmentId, person.id, type, dateValue(date),
                           int(agency.source) + 1, who.name,
                           QString(who.emailLocal + u'@' + QString::fromLatin1(agency.domain))});
    }
    void incident(const PersonDraft &person, const QDate &date, Source source)
    {
        if (date > m_asOf)
            return;
        m_incidents.add({++m_incidentId, person.id, dateValue(date), int(source) + 1});
    }
    void restrict(const PersonDraft &person)
    {
        const QDateTime at(between(m_asOf.addYears(-1), m_asOf), QTime(9, 30), QTimeZone::utc());
        m_restrictions.add({person.id, db::toDb(at), nullText()});
    }

    // --- names and places
    QString givenName(Sex sex, bool child)
    {
        if (child)
            return sex == Sex::Male ? pickName(BoysNames, m_childNames)
                                    : pickName(GirlsNames, m_childNames);
        return sex == Sex::Male ? pickName(MenNames, m_adultNames)
                                : pickName(WomenNames, m_adultNames);
    }
    QString familyName() { return QString::fromUtf8(FamilyNames[m_familyNames.pick(m_rng)]); }

    QString schoolName(const HouseholdDraft &household, int age) const
    {
        const QString town = QString::fromUtf8(Places[household.place].town);
        if (age < 11) {
            switch (household.primary) {
            case 0:
                return town + u" Community Primary School"_s;
            case 1:
                return u"St %1 C of E Primary School, %2"_s.arg(
                    QString::fromUtf8(Saints[(household.place + 3) % std::size(Saints)]), town);
            default:
                return town + u" Infant and Junior School"_s;
            }
        }
        return household.secondary == 0 ? town + u" Academy"_s : town + u" Community College"_s;
    }

    static int ageOn(const QDate &dob, const QDate &day)
    {
        int age = day.year() - dob.year();
        if (day.month() < dob.month() || (day.month() == dob.month() && day.day() < dob.day()))
            --age;
        return age;
    }

    QDate dobForAge(int age) { return m_asOf.addYears(-age - 1).addDays(1 + below(365)); }

    // --- households
    void generateHousehold()
    {
        HouseholdDraft &household = m_household;
        household = HouseholdDraft{};
        household.id = ++m_householdId;
        household.place = below(PlaceCount);
        const Place &place = Places[household.place];
        household.postcode =
            QString::fromLatin1(place.district) + u' ' + QString::number(1 + below(9)) +
            QLatin1Char(PostcodeLetters[below(20)]) + QLatin1Char(PostcodeLetters[below(20)]);
        household.primary = below(3);
        household.secondary = below(2);
        household.domesticAbuse = chance(0.05);

        QString address = QString::number(1 + below(140)) + u' ' +
                          QString::fromUtf8(Streets[below(int(std::size(Streets)))]) + u' ' +
                          QString::fromUtf8(StreetKinds[below(int(std::size(StreetKinds)))]);
        if (chance(0.12))
            address = u"Flat %1, "_s.arg(1 + below(12)) + address;
        m_households.add(
            {household.id, address, QString::fromUtf8(place.town), household.postcode});

        // Who lives here.
        const double shape = m_rng.generateDouble();
        int adults = 2;
        int children = 0;
        if (shape < 0.20) {
            adults = 1;
        } else if (shape < 0.30) {
            adults = 2;
        } else {
            adults = chance(0.35) ? 1 : 2;
            const int r = below(100);
            children = r < 35 ? 1 : r < 73 ? 2 : r < 91 ? 3 : 4;
        }
        // The first households hold the scenario children: keep them families.
        if (m_childCount < m_scenarioCount && children == 0)
            children = 2;

        const QString family = familyName();
        const int parentAge = children > 0 ? 24 + below(28) : 19 + below(70);
        QList<PersonDraft> members;
        for (int a = 0; a < adults; ++a) {
            PersonDraft adult;
            adult.sex = a == 0 ? (chance(0.6) ? Sex::Female : Sex::Male)
                               : (members.first().sex == Sex::Female ? Sex::Male : Sex::Female);
            adult.given = givenName(adult.sex, false);
            adult.family = a == 0 || chance(0.7) ? family : familyName();
            adult.dob = dobForAge(std::max(18, parentAge + (a == 0 ? 0 : below(9) - 4)));
            members.append(adult);
        }
        for (int c = 0; c < children; ++c) {
            PersonDraft child;
            child.child = true;
            child.sex = chance(0.5) ? Sex::Female : Sex::Male;
            child.given = givenName(child.sex, true);
            child.family = chance(0.85) || members.size() < 2 ? family : members.at(1).family;
            const int maxAge = std::min(17, parentAge - 17);
            child.dob = dobForAge(below(std::max(1, maxAge + 1)));
            members.append(child);
        }
        if (chance(0.03)) { // a grandparent
            PersonDraft elder;
            elder.sex = chance(0.65) ? Sex::Female : Sex::Male;
            elder.given = givenName(elder.sex, false);
            elder.family = family;
            elder.dob = dobForAge(std::min(95, parentAge + 22 + below(12)));
            members.append(elder);
        }

        m_members = members;
    }

    void writePerson(const HouseholdDraft &household, PersonDraft &person)
    {
        int scenario = -1;
        if (person.child && m_childCount < m_scenarioCount) {
            scenario = int(m_childCount);
            person.dob = dobForAge(12 + below(4)); // old enough for every scenario
        }
        if (person.child)
            ++m_childCount;

        const int age = ageOn(person.dob, m_asOf);
        const bool schoolAge = person.child && age >= 4 && age <= 15;
        std::optional<QString> lcsCaseId;
        bool socialCare = false;

        if (scenario >= 0) {
            socialCare = playScenario(person, scenario);
        } else if (person.child) {
            socialCare = randomChild(household, person, age);
        } else {
            randomAdult(household, person);
        }
        if (socialCare)
            lcsCaseId = lcsCaseIdFor(person.id, m_options.seed);
        if (scenario == RestrictedChild + int(m_allKinds.size()) * 3 ||
            (scenario < 0 && chance(0.002)))
            restrict(person);

        const bool hasUpn = person.child && age >= 3;
        std::optional<QString> school;
        if (schoolAge && scenario != OnlyOldData + int(m_allKinds.size()) * 3)
            school = schoolName(household, age);
        m_persons.add({person.id, household.id, person.given, person.family, dateValue(person.dob),
                       hasUpn ? QVariant(upnFor(person.id, m_options.seed)) : nullText(),
                       [&]() -> QVariant {
                           const auto nhs = nhsNumberFor(person.id, m_options.seed);
                           return nhs ? QVariant(*nhs) : nullText();
                       }(),
                       lcsCaseId ? QVariant(*lcsCaseId) : nullText(),
                       school ? QVariant(*school) : nullText()});

        if (person.child)
            writeAttendance(household, person, scenario);
    }

    void writeAttendance(const HouseholdDraft &household, const PersonDraft &person, int scenario)
    {
        const bool onlyOld = scenario == OnlyOldData + int(m_allKinds.size()) * 3;
        // Most children attend well; some are persistently absent.
        const double r = m_rng.generateDouble();
        const double base = r < 0.75   ? 94.0 + 6.0 * m_rng.generateDouble()
                            : r < 0.93 ? 85.0 + 9.0 * m_rng.generateDouble()
                                       : 45.0 + 40.0 * m_rng.generateDouble();
        for (const Term &term : std::as_const(m_terms)) {
            const int age = ageOn(person.dob, term.start);
            if (age < 4 || age > 15)
                continue;
            if (onlyOld && term.end >= m_windowStart)
                continue;
            double percentage = base + (m_rng.generateDouble() - 0.6) * 8.0;
            percentage = std::clamp(percentage, 0.0, 100.0);
            percentage = double(qRound(percentage * 10.0)) / 10.0;
            m_attendance.add({++m_attendanceId, person.id, dateValue(term.start),
                              dateValue(term.end), schoolName(household, age), percentage});
        }
    }

    // The flag's usual source.
    static Source sourceOf(FlagKind kind)
    {
        switch (kind) {
        case FlagKind::ActiveSocialCareOrEarlyHelp:
        case FlagKind::KnownToSocialCareOrEarlyHelp:
        case FlagKind::ChildInNeed:
            return Lcs;
        case FlagKind::KnownToOtherSupportingServices:
            return Camhs;
        case FlagKind::ChildLookedAfter:
            return LookedAfter;
        case FlagKind::ChildProtection:
            return ChildProtectionPlans;
        case FlagKind::YoungCarer:
            return YoungCarers;
        case FlagKind::EducationHealthCarePlan:
            return Send;
        case FlagKind::SenOrDisabilitySupport:
            return SenSupport;
        case FlagKind::SafeguardingNotifications:
            return Mash;
        case FlagKind::Education:
            return Attendance;
        case FlagKind::Health:
            return PublicHealthNursing;
        case FlagKind::Worklessness:
            return Dwp;
        case FlagKind::NeedSupport:
            return SupportingFamilies;
        case FlagKind::ServicesSupported:
            return Ehm;
        case FlagKind::SubstanceMisuse:
            return DrugAndAlcohol;
        case FlagKind::Crime:
            return YouthJustice;
        case FlagKind::AntiSocialBehaviour:
            return AntiSocial;
        case FlagKind::DomesticViolence:
            return Encompass;
        }
        return Lcs;
    }

    // Scenario `index` for this child; returns whether the child is known to social care.
    bool playScenario(const PersonDraft &person, int index)
    {
        const Agency &socialCare = Agencies[SocialCareAgency];
        const Agency &earlyHelp = Agencies[EarlyHelpAgency];
        const int perFlag = int(m_allKinds.size()) * 3;
        if (index < perFlag) {
            const FlagKind kind = m_allKinds.at(index / 3);
            const Source source = sourceOf(kind);
            switch (index % 3) {
            case 0: // Current: open, started inside the window
                episode(person, kind, source,
                        Span{between(m_windowStart.addDays(30), m_asOf.addDays(-30)), {}},
                        worker().name + u" (Lead Practitioner)"_s);
                break;
            case 1: { // Historic: ended inside the window
                const QDate end = between(m_windowStart.addDays(10), m_asOf.addDays(-10));
                episode(person, kind, source, Span{end.addDays(-(60 + below(300))), end});
                break;
            }
            default: { // ended years before the window: No information on database
                const QDate end = between(m_asOf.addYears(-6), m_windowStart.addDays(-60));
                episode(person, kind, source, Span{end.addDays(-(60 + below(500))), end});
                break;
            }
            }
            return source == Lcs || kind == FlagKind::ChildProtection ||
                   kind == FlagKind::ChildLookedAfter;
        }
        switch (index - perFlag) {
        case EndsOnWindowStart:
            episode(person, FlagKind::ChildProtection, ChildProtectionPlans,
                    Span{m_windowStart.addDays(-200), m_windowStart});
            involvement(person, socialCare, Span{m_windowStart.addDays(-400), m_windowStart});
            assessment(person, u"Child and Family Assessment"_s, m_windowStart, socialCare);
            incident(person, m_windowStart, Police);
            return true;
        case EndsDayBeforeWindow:
            episode(person, FlagKind::ChildProtection, ChildProtectionPlans,
                    Span{m_windowStart.addDays(-200), m_windowStart.addDays(-1)});
            involvement(person, socialCare,
                        Span{m_windowStart.addDays(-400), m_windowStart.addDays(-1)});
            assessment(person, u"Child and Family Assessment"_s, m_windowStart.addDays(-1),
                       socialCare);
            incident(person, m_windowStart.addDays(-1), Police);
            return true;
        case EndsOnAsOf:
            episode(person, FlagKind::ChildInNeed, Lcs, Span{m_asOf.addDays(-300), m_asOf});
            involvement(person, earlyHelp, Span{m_asOf.addDays(-300), m_asOf});
            return true;
        case OpenSinceLongAgo:
            episode(person, FlagKind::ActiveSocialCareOrEarlyHelp, Ehm,
                    Span{m_asOf.addYears(-5), {}});
            involvement(person, earlyHelp, Span{m_asOf.addYears(-5), {}});
            return false;
        case StartsAfterAsOf:
            episode(person, FlagKind::ChildInNeed, Lcs, Span{m_asOf.addDays(1), {}});
            involvement(person, socialCare, Span{m_asOf.addDays(1), {}});
            return true;
        case TenYearOldInvolvements:
            involvement(person, socialCare,
                        Span{m_asOf.addYears(-10), m_asOf.addYears(-10).addDays(180)});
            involvement(person, earlyHelp,
                        Span{m_asOf.addYears(-10).addDays(200), m_asOf.addYears(-9)});
            episode(person, FlagKind::ChildInNeed, Lcs,
                    Span{m_asOf.addYears(-10), m_asOf.addYears(-10).addDays(180)});
            assessment(person, u"Early Help Assessment"_s, m_asOf.addDays(-45), earlyHelp);
            return true;
        case OnlyOldData:
            involvement(person, socialCare, Span{m_asOf.addYears(-6), m_asOf.addYears(-5)});
            episode(person, FlagKind::ChildInNeed, Lcs,
                    Span{m_asOf.addYears(-6), m_asOf.addYears(-5)});
            assessment(person, u"Child and Family Assessment"_s, m_asOf.addYears(-6).addDays(20),
                       socialCare);
            incident(person, m_asOf.addYears(-6).addDays(-10), Police);
            return true;
        case RestrictedChild:
            episode(person, FlagKind::ChildProtection, ChildProtectionPlans,
                    Span{m_asOf.addDays(-120), {}}, worker().name + u" (Social Worker)"_s);
            involvement(person, socialCare, Span{m_asOf.addDays(-150), {}});
            return true;
        default:
            return false;
        }
    }

    bool randomChild(const HouseholdDraft &household, const PersonDraft &person, int age)
    {
        bool socialCare = false;
        if (chance(0.14)) { // known to children's social care or early help
            socialCare = chance(0.45);
            const Agency &agency = Agencies[socialCare ? SocialCareAgency : EarlyHelpAgency];
            const Source source = agency.source;
            const Span span = randomSpan(person.dob);
            involvement(person, agency, span);
            assessedEpisode(person, FlagKind::KnownToSocialCareOrEarlyHelp, source, span, agency);
            if (!span.end || *span.end >= m_asOf)
                assessedEpisode(person, FlagKind::ActiveSocialCareOrEarlyHelp, source, span,
                                agency);
            assessment(person,
                       socialCare ? u"Child and Family Assessment"_s : u"Early Help Assessment"_s,
                       span.start.addDays(5 + below(35)), agency);
            if (socialCare) {
                if (chance(0.45))
                    assessedEpisode(person, FlagKind::ChildInNeed, Lcs, span, agency);
                if (chance(0.15)) {
                    const Span plan{span.start.addDays(20), span.end};
                    assessedEpisode(person, FlagKind::ChildProtection, ChildProtectionPlans, plan,
                                    agency);
                    assessment(person, u"Section 47 enquiry"_s, span.start.addDays(10), agency);
                }
                if (chance(0.06))
                    assessedEpisode(person, FlagKind::ChildLookedAfter, LookedAfter,
                                    Span{span.start.addDays(60), span.end}, agency);
            } else if (chance(0.3)) {
                episode(person, FlagKind::ServicesSupported, SupportingFamilies, span);
            }
        }
        if (age >= 2 && chance(0.12)) {
            const Span span = randomSpan(person.dob.addYears(2), 8);
            episode(person, FlagKind::SenOrDisabilitySupport, SenSupport, span);
            if (chance(0.25)) {
                const Span plan{span.start.addDays(120), span.end};
                assessedEpisode(person, FlagKind::EducationHealthCarePlan, Send, plan,
                                Agencies[SupportingFamiliesAgency]);
                assessment(person, u"EHC needs assessment"_s, plan.start.addDays(-30),
                           Agencies[SupportingFamiliesAgency]);
            }
        }
        if (age >= 8 && chance(0.025)) {
            const Span span = randomSpan(person.dob.addYears(8), 6);
            episode(person, FlagKind::YoungCarer, YoungCarers, span);
            assessment(person, u"Young carer's assessment"_s, span.start,
                       Agencies[EarlyHelpAgency]);
        }
        if (chance(0.05)) {
            const QDate date = between(std::max(person.dob, m_asOf.addYears(-6)), m_asOf);
            episode(person, FlagKind::SafeguardingNotifications, chance(0.5) ? Mash : Police,
                    Span{date, date.addDays(28)});
            incident(person, date, Police);
        }
        if (chance(0.07)) {
            const int which = age >= 12 && chance(0.3) ? YouthJusticeAgency
                              : chance(0.5)            ? CamhsAgency
                                                       : SchoolNursingAgency;
            const Span span = randomSpan(person.dob, 6);
            involvement(person, Agencies[which], span);
            episode(person, FlagKind::KnownToOtherSupportingServices, Agencies[which].source, span);
            if (which == CamhsAgency)
                episode(person, FlagKind::Health, Camhs, span);
        }
        if (age >= 5 && chance(0.09))
            episode(person, FlagKind::Education, chance(0.7) ? Attendance : Exclusions,
                    randomSpan(person.dob.addYears(5), 4));
        if (age >= 13) {
            if (chance(0.03)) {
                const Span span = randomSpan(person.dob.addYears(12), 4);
                episode(person, FlagKind::Crime, YouthJustice, span);
                incident(person, span.start, Police);
            }
            if (chance(0.03))
                episode(person, FlagKind::AntiSocialBehaviour, AntiSocial,
                        randomSpan(person.dob.addYears(12), 4));
            if (chance(0.01))
                episode(person, FlagKind::SubstanceMisuse, DrugAndAlcohol,
                        randomSpan(person.dob.addYears(13), 3));
        }
        if (chance(0.06))
            episode(person, FlagKind::NeedSupport, SupportingFamilies, randomSpan(person.dob, 5));
        if (household.domesticAbuse)
            episode(person, FlagKind::DomesticViolence, Encompass, randomSpan(person.dob, 5));
        return socialCare;
    }

    void randomAdult(const HouseholdDraft &household, const PersonDraft &person)
    {
        const QDate adulthood = person.dob.addYears(18);
        if (chance(0.15))
            episode(person, FlagKind::Worklessness, chance(0.7) ? Dwp : Benefits,
                    randomSpan(adulthood, 8));
        if (chance(0.08))
            episode(person, FlagKind::Health, AdultMentalHealth, randomSpan(adulthood, 8));
        if (household.domesticAbuse) {
            const Span span = randomSpan(adulthood, 5);
            episode(person, FlagKind::DomesticViolence, DomesticAbuseService, span);
            incident(person, span.start, Police);
            if (chance(0.5))
                involvement(person, Agencies[DomesticAbuseAgency], span);
        }
        if (chance(0.04)) {
            const Span span = randomSpan(adulthood, 8);
            episode(person, FlagKind::SubstanceMisuse, DrugAndAlcohol, span);
            involvement(person, Agencies[DrugAlcoholAgency], span);
        }
        if (chance(0.04)) {
            const Span span = randomSpan(adulthood, 8);
            episode(person, FlagKind::Crime, chance(0.5) ? Police : Probation, span);
            incident(person, span.start, Police);
            if (chance(0.5))
                involvement(person, Agencies[ProbationAgency], span);
        }
        if (chance(0.02))
            episode(person, FlagKind::AntiSocialBehaviour, AntiSocial, randomSpan(adulthood, 6));
        if (chance(0.05))
            episode(person, FlagKind::NeedSupport, chance(0.5) ? Housing : Fire,
                    randomSpan(adulthood, 6));
        if (chance(0.05)) {
            const Span span = randomSpan(adulthood, 8);
            involvement(person, Agencies[AdultSocialCareAgency], span);
            episode(person, FlagKind::KnownToOtherSupportingServices, AdultSocialCare, span);
            assessment(person, u"Care Act assessment"_s, span.start.addDays(14),
                       Agencies[AdultSocialCareAgency]);
        }
    }

    const GeneratorOptions &m_options;
    QRandomGenerator m_rng;
    QDate m_asOf;
    QDate m_windowStart;
    QList<FlagKind> m_allKinds;
    QStringList m_flagWireNames;
    RankedPicker m_familyNames;
    RankedPicker m_childNames;
    RankedPicker m_adultNames;
    QList<Worker> m_workers;
    QList<Term> m_terms;
    int m_scenarioCount = 0;

    TableWriter m_sources;
    TableWriter m_households;
    TableWriter m_persons;
    TableWriter m_episodes;
    TableWriter m_involvements;
    TableWriter m_assessments;
    TableWriter m_attendance;
    TableWriter m_incidents;
    TableWriter m_restrictions;

    HouseholdDraft m_household;   // the household being written
    QList<PersonDraft> m_members; // its members not written yet
    qint64 m_nextPersonId = 1;
    qint64 m_childCount = 0;
    qint64 m_householdId = 0;
    qint64 m_episodeId = 0;
    qint64 m_involvementId = 0;
    qint64 m_assessmentId = 0;
    qint64 m_attendanceId = 0;
    qint64 m_incidentId = 0;
};

} // namespace

qint64 GeneratorCounts::rows() const
{
    return sourceDatasets + households + persons + episodes + involvements + assessments +
           attendanceTerms + incidents + restrictions;
}

PersonGenerator::PersonGenerator(const db::Database &database)
    : m_database(database)
{}

Result<bool> PersonGenerator::hasPersons() const
{
    return m_database.exists(u"check for person data", u"SELECT 1 FROM persons LIMIT 1"_s);
}

Result<GeneratorCounts> PersonGenerator::generate(const GeneratorOptions &options) const
{
    if (options.persons < 1 || options.persons > 100'000'000) {
        return Error{QString(errc::InvalidInput),
                     u"The number of persons must be between 1 and 100,000,000."_s};
    }
    if (!options.asOf.isValid())
        return Error{QString(errc::InvalidInput), u"The as-of date is not a valid date."_s};
    if (options.personsPerTransaction < 1)
        return Error{QString(errc::InvalidInput), u"A transaction must hold a person at least."_s};

    Result<QSqlQuery> existing = m_database.run(
        u"check for person data", u"SELECT (SELECT COUNT(*) FROM persons), (SELECT COUNT(*) FROM "
                                  u"source_datasets)"_s);
    if (!existing)
        return existing.error();
    if (!existing.value().next())
        return Error{QString(errc::DatabaseError), u"The database could not count persons."_s};
    if (existing.value().value(0).toLongLong() > 0 || existing.value().value(1).toLongLong() > 0) {
        return Error{QString(errc::AlreadyExists),
                     u"The %1 already holds person data; generated data goes into an empty "
                     u"database only."_s.arg(m_database.describe())};
    }
    existing.value().finish();

    QElapsedTimer timer;
    timer.start();
    Population population(m_database, options);
    qint64 done = 0;
    while (done < options.persons) {
        const qint64 first = done + 1;
        const qint64 last = std::min(options.persons, done + options.personsPerTransaction);
        const Status written = m_database.transaction([&]() -> Status {
            if (first == 1)
                population.writeSources();
            population.generateUpTo(last);
            if (Status flushed = population.flush(); !flushed)
                return flushed;
            if (options.afterChunk)
                return options.afterChunk(first, last);
            return Done{};
        });
        if (!written)
            return written.error();
        done = last;
        if (options.progress)
            options.progress(done, options.persons);
    }
    const GeneratorCounts counts = population.counts();
    qCInfo(lcSeed).noquote() << "generated" << counts.persons << "persons," << counts.rows()
                             << "rows in" << timer.elapsed() << "ms";
    return counts;
}

} // namespace tv::server::seed
