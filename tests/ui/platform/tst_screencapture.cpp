// What a screen capture shows of the main window, under a real X server (Xvfb, xcb platform):
// the root window read back as every screenshot tool reads it. X11 cannot keep a window out of
// captures, so the mitigations are what is tested: with the app active the watermark is in the
// capture; while another program has the focus, and after Print Screen, the capture shows none
// of the person data that was on the screen.
//
// Another X client takes the focus: this program run again with --focus-thief, a small window
// in the screen's corner, away from the panels.

#include "main/MainWindow.h"
#include "net/ServiceClient.h"
#include "platform/CaptureGuard.h"
#include "search/PersonSummaryModel.h"
#include "session/Session.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QProcess>
#include <QScopeGuard>
#include <QScreen>
#include <QStackedWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

const QRect ThiefGeometry(1306, 708, 50, 50);

// The whole screen as X holds it (window 0: the root window), as a screenshot tool reads it.
// With TV_SCREENSHOT_DIR set, also saved there as capture-<name>.png to look at.
QImage captureScreen(const QString &name)
{
    const QImage image = QGuiApplication::primaryScreen()->grabWindow(0).toImage().convertToFormat(
        QImage::Format_RGB32);
    if (const QString dir = qEnvironmentVariable("TV_SCREENSHOT_DIR"); !dir.isEmpty())
        image.save(dir + u"/capture-"_s + name + u".png"_s);
    return image;
}

// Pixels in `area` of `image` not equal to the area's first pixel.
int varied(const QImage &image, const QRect &area)
{
    const QRgb first = image.pixel(area.topLeft());
    int count = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            if (image.pixel(x, y) != first)
                ++count;
        }
    }
    return count;
}

int differing(const QImage &a, const QImage &b, const QRect &area)
{
    int count = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            if (a.pixel(x, y) != b.pixel(x, y))
                ++count;
        }
    }
    return count;
}

// Lets the window repaint and X take the new pixels before a capture.
void settle()
{
    QTest::qWait(300);
}

int runFocusThief(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QWidget thief;
    thief.setWindowTitle(u"Another program"_s);
    thief.setGeometry(ThiefGeometry);
    thief.show();
    thief.activateWindow();
    return QApplication::exec();
}

} // namespace

class TestScreenCapture final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void watermarkIsInTheCapture();
    void inactiveCaptureShowsNoPersonData();
    void printScreenCaptureShowsNoPersonData();

private:
    // The part of the screen where the pages (the person data) are, below the concealment
    // notice's first lines.
    QRect dataArea() const;
    bool activate();

    std::unique_ptr<tv::net::ServiceClient> m_client;
    std::unique_ptr<tv::session::Session> m_session;
    std::unique_ptr<tv::workspace::Workspace> m_workspace;
    std::unique_ptr<tv::ui::MainWindow> m_window;
    std::unique_ptr<tv::ui::CaptureGuard> m_guard;
};

void TestScreenCapture::initTestCase()
{
    QCOMPARE(QGuiApplication::platformName(), u"xcb"_s);
    m_client = std::make_unique<tv::net::ServiceClient>();
    m_session = std::make_unique<tv::session::Session>(m_client.get());
    m_workspace = std::make_unique<tv::workspace::Workspace>(m_client.get(), m_session.get());
    m_window = std::make_unique<tv::ui::MainWindow>(m_workspace.get());
    m_guard = std::make_unique<tv::ui::CaptureGuard>(tv::ui::CaptureShield::forThisPlatform());
    m_window->setCaptureGuard(m_guard.get());
    m_window->setUser(tv::User{u"u-1"_s, u"sam.lee@school.invalid"_s, u"Sam Lee"_s,
                               tv::Role::Practitioner, u"Oakfield Primary"_s});
    QList<tv::PersonSummary> people;
    for (int i = 0; i < 40; ++i) {
        people << tv::PersonSummary{QString::number(i), u"Alexandra Example-%1"_s.arg(i),
                                    QDate(2012, 3, 4).addDays(i * 17), u"Taunton TA%1"_s.arg(i),
                                    u"Oakfield Primary"_s};
    }
    m_workspace->searchResults()->setResults(people);
    m_window->setGeometry(0, 0, 1280, 700);
    m_window->show();
    QVERIFY(activate());
}

void TestScreenCapture::cleanupTestCase()
{
    m_window.reset();
    m_guard.reset();
    m_workspace.reset();
    m_session.reset();
    m_client.reset();
}

QRect TestScreenCapture::dataArea() const
{
    const auto *stack = m_window->findChild<QStackedWidget *>(u"workspaceStack"_s);
    QRect area(stack->mapToGlobal(QPoint(0, 0)), stack->size());
    // Below the notice that takes the pages' place while they are hidden.
    area.setTop(area.top() + m_window->fontMetrics().height() * 6);
    return area.intersected(QGuiApplication::primaryScreen()->geometry());
}

bool TestScreenCapture::activate()
{
    m_window->activateWindow();
    m_window->raise();
    if (!QTest::qWaitForWindowActive(m_window.get()) ||
        !QTest::qWaitFor([this] { return !m_window->isConcealed(); }))
        return false;
    settle();
    return true;
}

void TestScreenCapture::watermarkIsInTheCapture()
{
    const QRect area = dataArea();
    QVERIFY(area.width() > 400 && area.height() > 200);
    QVERIFY(!area.intersects(ThiefGeometry)); // the other program never covers the data
    const QImage with = captureScreen(u"active"_s);
    QVERIFY(varied(with, area) > 1000); // the results are on the screen

    // The same screen without the watermark: what differs is the watermark.
    m_window->clearUser();
    settle();
    const QImage without = captureScreen(u"active-no-watermark"_s);
    m_window->setUser(tv::User{u"u-1"_s, u"sam.lee@school.invalid"_s, u"Sam Lee"_s,
                               tv::Role::Practitioner, u"Oakfield Primary"_s});
    settle();
    // Across the data: each quarter of the area has some of it.
    const int halfW = area.width() / 2, halfH = area.height() / 2;
    for (const QRect quarter : {QRect(area.left(), area.top(), halfW, halfH),
                                QRect(area.left() + halfW, area.top(), halfW, halfH),
                                QRect(area.left(), area.top() + halfH, halfW, halfH),
                                QRect(area.left() + halfW, area.top() + halfH, halfW, halfH)}) {
        const int marked = differing(with, without, quarter);
        QVERIFY2(marked > 200, qPrintable(u"%1 watermark pixels in a quarter"_s.arg(marked)));
    }
}

void TestScreenCapture::inactiveCaptureShowsNoPersonData()
{
    QVERIFY(activate());
    const QRect area = dataArea();
    QVERIFY(varied(captureScreen(u"before-focus-loss"_s), area) > 1000);

    QProcess thief;
    thief.setProgram(QCoreApplication::applicationFilePath());
    thief.setArguments({u"--focus-thief"_s});
    thief.start();
    QVERIFY(thief.waitForStarted());
    const auto stopThief = qScopeGuard([&] {
        thief.kill();
        thief.waitForFinished();
    });
    QTRY_VERIFY_WITH_TIMEOUT(QGuiApplication::applicationState() != Qt::ApplicationActive, 10000);
    QTRY_VERIFY(m_window->isConcealed());
    settle();
    const QImage inactive = captureScreen(u"inactive"_s);
    QCOMPARE(varied(inactive, area), 0);

    // Back in use: the data is back.
    thief.kill();
    thief.waitForFinished();
    QVERIFY(activate());
    QVERIFY(varied(captureScreen(u"active-again"_s), area) > 1000);
}

void TestScreenCapture::printScreenCaptureShowsNoPersonData()
{
    QVERIFY(activate());
    m_guard->setPrintScreenConcealment(1500ms);
    const QRect area = dataArea();
    QTest::keyClick(m_window.get(), Qt::Key_Print);
    QVERIFY(m_window->isConcealed());
    settle();
    QCOMPARE(varied(captureScreen(u"print-screen"_s), area), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isConcealed(), 5000);
}

int main(int argc, char *argv[])
{
    if (argc > 1 && qstrcmp(argv[1], "--focus-thief") == 0)
        return runFocusThief(argc, argv);
    QApplication app(argc, argv);
    TestScreenCapture test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_screencapture.moc"
