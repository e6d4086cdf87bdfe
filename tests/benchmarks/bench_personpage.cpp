// bench_personpage: how fast the person page appears, printed as figures.
//
//   bench_personpage [--opens N] [--involvements K]
//
// 1. Click to painted, on loopback: training mode's own service (the 2,000-person fictional
//    dataset, SQLite) on its thread, a signed-in session and the real MainWindow at 1366x768.
//    For N people found by searching, the clock starts where "Open record" in the reason prompt
//    ends (Workspace::openPerson, what its accepted() calls) and stops when the window has
//    finished painting the person page: the request, the audit row, the answer's decoding, the
//    models and every panel painted. The household arrives after the page and is timed too.
// 2. A person with K involvements (default 500) on a PersonPage alone: the widgets the page has
//    with 5 and with K involvements (no widget per row), the time from setView to painted with
//    the involvements tab showing, and every step of scrolling through all K rows a page at a
//    time, each repainted at once; then the same with the signed-in practitioner's watermark
//    over the page, as the main window lays it over its pages.
// Not a test: it prints figures. Run it with QT_QPA_PLATFORM=offscreen (or under Xvfb).
#include "app/net/ServiceClient.h"
#include "app/session/Session.h"
#include "app/training/TrainingService.h"
#include "app/workspace/Workspace.h"
#include "models/person/PersonPageModels.h"
#include "models/search/PersonSummaryModel.h"
#include "ui/common/Watermark.h"
#include "ui/main/MainWindow.h"
#include "ui/person/PersonPage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);
constexpr int WaitMs = 30000;

struct Percentiles {
    double p50 = 0, p95 = 0, max = 0;
};

Percentiles percentiles(std::vector<double> samples)
{
    if (samples.empty())
        return {};
    std::sort(samples.begin(), samples.end());
    const auto at = [&](double q) {
        return samples[std::min(samples.size() - 1, size_t(q * double(samples.size() - 1) + 0.5))];
    };
    return {at(0.50), at(0.95), samples.back()};
}

QString figures(const Percentiles &p)
{
    return u"p50 %1 ms, p95 %2 ms, max %3 ms"_s.arg(p.p50, 0, 'f', 1)
        .arg(p.p95, 0, 'f', 1)
        .arg(p.max, 0, 'f', 1);
}

// Notes when a top-level window finishes painting: Qt paints every dirty widget of a window while
// it handles that window's UpdateRequest, so the end of that handler is "painted".
class PaintClock final : public QObject {
public:
    explicit PaintClock(QWidget *window)
        : m_window(window)
    {
        qApp->installEventFilter(this);
    }
    ~PaintClock() override { qApp->removeEventFilter(this); }
    Q_DISABLE_COPY_MOVE(PaintClock)

    // Starts the clock that paintedAtNs() and nowNs() read.
    void start() { m_clock.start(); }
    qint64 nowNs() const { return m_clock.nsecsElapsed(); }

    // From now on, the next painting of the window that includes `inside` (or a child of it)
    // is recorded.
    void arm(QWidget *inside)
    {
        m_inside = inside;
        m_painted = false;
        m_sawInside = false;
    }
    bool painted() const { return m_painted; }
    qint64 paintedAtNs() const { return m_paintedAtNs; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_inside || m_painted)
            return false;
        if (event->type() == QEvent::Paint && watched->isWidgetType()) {
            const auto *widget = static_cast<QWidget *>(watched);
            if (widget == m_inside || m_inside->isAncestorOf(widget))
                m_sawInside = true;
        } else if (event->type() == QEvent::UpdateRequest && watched == m_window) {
            // Paint now, inside this filter, so the time after it is the end of the painting.
            const bool handled = watched->event(event);
            if (m_sawInside) {
                m_painted = true;
                m_paintedAtNs = m_clock.nsecsElapsed();
            }
            return handled;
        }
        return false;
    }

private:
    QElapsedTimer m_clock;
    QWidget *m_window;
    QWidget *m_inside = nullptr;
    bool m_painted = false;
    bool m_sawInside = false;
    qint64 m_paintedAtNs = 0;
};

bool clickToPainted(int opens)
{
    tv::training::TrainingService training;
    QSignalSpy started(&training, &tv::training::TrainingService::started);
    QElapsedTimer startup;
    startup.start();
    training.start();
    if (!QTest::qWaitFor([&] { return !started.isEmpty(); }, WaitMs)) {
        out << "the training service did not start\n";
        return false;
    }
    out << u"training service (2,000 fictional persons, SQLite) up in %1 ms\n"_s.arg(
        startup.elapsed());

    tv::net::ServiceClient client;
    client.setBaseUrl(training.baseUrl());
    tv::session::Session session(&client);
    tv::workspace::Workspace workspace(&client, &session);
    tv::ui::MainWindow window(&workspace);
    window.resize(1366, 768);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return false;

    QSignalSpy ready(&session, &tv::session::Session::ready);
    session.signIn(
        tv::LoginRequest{training.demoAccount()->email, training.demoAccount()->password});
    if (!QTest::qWaitFor([&] { return !ready.isEmpty(); }, WaitMs)) {
        out << "sign-in failed\n";
        return false;
    }

    // People to open: what searches for common family names find.
    QStringList ids;
    for (const QString &name : {u"Smith"_s, u"Jones"_s, u"Taylor"_s, u"Brown"_s, u"Williams"_s,
                                u"Wilson"_s, u"Evans"_s, u"Thomas"_s, u"Johnson"_s, u"Roberts"_s}) {
        QSignalSpy finished(&workspace, &tv::workspace::Workspace::searchFinished);
        tv::SearchCriteria criteria;
        criteria.name = name;
        workspace.search(criteria);
        if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, WaitMs))
            continue;
        for (int row = 0; row < workspace.searchResults()->rowCount(); ++row) {
            // A restricted record opens to a refusal, not a page: not what is measured.
            const tv::PersonSummary *found = workspace.searchResults()->personAt(row);
            const QString id = found->id;
            if (!found->restricted && !ids.contains(id))
                ids << id;
        }
    }
    if (ids.isEmpty()) {
        out << "no one found to open\n";
        return false;
    }
    QSignalSpy reasons(&workspace, &tv::workspace::Workspace::reasonsReady);
    workspace.loadAccessReasons();
    if (!QTest::qWaitFor([&] { return !reasons.isEmpty(); }, WaitMs))
        return false;
    const tv::AccessReason reason{workspace.accessReasons().constFirst().code, std::nullopt};

    PaintClock clock(&window);
    std::vector<double> toData, toPainted, toHousehold;
    QSignalSpy opened(&workspace, &tv::workspace::Workspace::personOpened);
    QSignalSpy household(&workspace, &tv::workspace::Workspace::householdOpened);
    QSignalSpy failed(&workspace, &tv::workspace::Workspace::personFailed);
    qint64 householdNs = 0;
    QObject::connect(&workspace, &tv::workspace::Workspace::householdOpened, &window,
                     [&] { householdNs = clock.nowNs(); });
    for (int i = 0; i < opens; ++i) {
        const QString id = ids.at(i % ids.size());
        opened.clear();
        household.clear();
        workspace.endVisit(); // back to search, as between two children
        QApplication::processEvents();
        QTest::qWait(5);
        qint64 dataNs = 0;
        const auto connection =
            QObject::connect(&workspace, &tv::workspace::Workspace::personOpened, &window, [&] {
                dataNs = clock.nowNs();
                clock.arm(window.personPage());
            });
        clock.arm(nullptr);
        clock.start();
        workspace.openPerson(id, reason);
        const bool ok =
            QTest::qWaitFor([&] { return clock.painted() || !failed.isEmpty(); }, WaitMs);
        QObject::disconnect(connection);
        if (!ok || !failed.isEmpty()) {
            out << "opening a person failed: "
                << (failed.isEmpty() ? u"nothing painted within the wait"_s
                                     : failed.constFirst().constFirst().value<tv::Error>().message)
                << "\n";
            return false;
        }
        toData.push_back(double(dataNs) / 1e6);
        toPainted.push_back(double(clock.paintedAtNs()) / 1e6);
        if (QTest::qWaitFor([&] { return !household.isEmpty(); }, WaitMs))
            toHousehold.push_back(double(householdNs) / 1e6);
    }
    out << u"\nclick to painted person page, loopback, %1 opens of %2 people (1366x768):\n"_s
               .arg(opens)
               .arg(ids.size());
    out << u"  answer in the models:  %1\n"_s.arg(figures(percentiles(toData)));
    out << u"  page painted:          %1   (target p95 <= 100 ms)\n"_s.arg(
        figures(percentiles(toPainted)));
    out << u"  household in its model: %1\n"_s.arg(figures(percentiles(toHousehold)));
    session.signOut();
    return true;
}

tv::PersonView personWithInvolvements(int count)
{
    tv::PersonView view;
    view.details.id = u"1"_s;
    view.details.givenName = u"Alex"_s;
    view.details.familyName = u"Example"_s;
    view.details.dateOfBirth = QDate(2012, 3, 4);
    view.asOf = QDate(2026, 11, 24);
    for (int i = 0; i < count; ++i) {
        tv::Involvement involvement;
        involvement.agency = u"Agency %1"_s.arg(i % 17);
        involvement.start = QDate(2020, 1, 1).addDays(i);
        if (i % 3)
            involvement.end = involvement.start.addDays(90);
        involvement.worker = u"Worker %1"_s.arg(i);
        involvement.leadProfessionalEmail = u"worker%1@agency.invalid"_s.arg(i);
        view.involvements << involvement;
    }
    return view;
}

bool involvementsScroll(int count, bool watermarked)
{
    tv::models::PersonPageModels models;
    tv::ui::PersonPage page(&models);
    if (watermarked) {
        auto *mark = new tv::ui::Watermark(&page);
        mark->setIdentity(u"Sam Lee"_s, u"Oakfield Primary"_s);
    }
    page.resize(1366, 768);
    page.show();
    if (!QTest::qWaitForWindowExposed(&page)) {
        out << "the person page was never shown\n";
        return false;
    }
    auto *tabs = page.findChild<QTabWidget *>(u"personTabs"_s);
    auto *view = page.findChild<QTableView *>(u"involvementsView"_s);
    if (!tabs || !view) {
        out << "the person page has no involvements tab\n";
        return false;
    }
    // A new person opens on the first tab: show the involvements, as Alt+I does.
    const auto showInvolvements = [&] {
        tabs->setCurrentIndex(tabs->indexOf(page.findChild<QWidget *>(u"involvementsTab"_s)));
    };
    models.setView(personWithInvolvements(5));
    showInvolvements();
    QApplication::processEvents();
    const qsizetype fewWidgets = page.findChildren<QWidget *>().size();

    models.clear();
    QApplication::processEvents();
    PaintClock clock(&page);
    clock.arm(view);
    clock.start();
    models.setView(personWithInvolvements(count));
    showInvolvements();
    if (!QTest::qWaitFor([&] { return clock.painted(); }, WaitMs)) {
        out << "the involvements were never painted\n";
        return false;
    }
    const double shown = double(clock.paintedAtNs()) / 1e6;
    const qsizetype manyWidgets = page.findChildren<QWidget *>().size();
    if (manyWidgets != fewWidgets) {
        QStringList names;
        for (const QWidget *widget : page.findChildren<QWidget *>())
            names << QString::fromLatin1(widget->metaObject()->className()) + u'/' +
                         widget->objectName();
        out << names.join(u' ') << '\n';
    }

    QScrollBar *bar = view->verticalScrollBar();
    std::vector<double> steps;
    QElapsedTimer total;
    total.start();
    // Page down to the very end: the last step lands on the maximum, not past or short of it.
    for (int value = bar->minimum();;
         value = std::min(value + std::max(1, bar->pageStep()), bar->maximum())) {
        QElapsedTimer step;
        step.start();
        bar->setValue(value);
        view->viewport()->repaint();
        steps.push_back(double(step.nsecsElapsed()) / 1e6);
        if (value == bar->maximum())
            break;
    }
    const int lastRow = view->rowAt(view->viewport()->height() - 1);
    out << u"\nperson page with %1 involvements (1366x768)%2:\n"_s.arg(count).arg(
        watermarked ? u", watermarked"_s : QString());
    out << u"  widgets on the page: %1 with 5 involvements, %2 with %3\n"_s.arg(fewWidgets)
               .arg(manyWidgets)
               .arg(count);
    out << u"  setView to painted, involvements tab: %1 ms\n"_s.arg(shown, 0, 'f', 1);
    out << u"  scrolling a page at a time, repainted each step: %1 steps, %2, %3 ms in all; "
           "last row shown %4 of %5\n"_s.arg(steps.size())
               .arg(figures(percentiles(steps)))
               .arg(double(total.nsecsElapsed()) / 1e6, 0, 'f', 1)
               .arg(lastRow + 1)
               .arg(view->model()->rowCount());
    return manyWidgets == fewWidgets;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Times the person page: click to painted, and scrolling "
                                     u"many involvements. Prints figures."_s);
    parser.addHelpOption();
    const QCommandLineOption opensOption(u"opens"_s, u"People to open (default 200)."_s, u"N"_s,
                                         u"200"_s);
    const QCommandLineOption involvementsOption(
        u"involvements"_s, u"Involvements of the scrolled person (default 500)."_s, u"K"_s,
        u"500"_s);
    parser.addOption(opensOption);
    parser.addOption(involvementsOption);
    parser.process(app);

    out << u"platform: %1\n"_s.arg(QGuiApplication::platformName());
    if (!clickToPainted(std::max(1, parser.value(opensOption).toInt())))
        return 1;
    for (const bool watermarked : {false, true}) {
        if (!involvementsScroll(std::max(1, parser.value(involvementsOption).toInt()),
                                watermarked)) {
            out << "FAILED: the page's widgets grew with its rows\n";
            return 1;
        }
    }
    return 0;
}
