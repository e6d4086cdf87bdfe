#!/usr/bin/python3
"""Reads the running client from outside, as a screen reader does, through AT-SPI.

    atspi_audit.py DRIVER [--timeout SECONDS]

Starts DRIVER (tests/ui/accessibility/AccessibilityDriver.cpp: the real client in training mode),
and on each screen it stops at walks the accessibility tree of the active window over the
accessibility bus and reports every finding:

- an interactive control (button, field, list, tab...) with an empty or blank name, a combo box
  named after one of its options (its current text) instead of its label, any object named by
  blanks alone;
- an object reported as showing that is not on screen: with no area, or under a parent that is
  not showing (the cells of a table on a page not shown, the choices of a closed combo box);
- a top-level window with the role "filler" (it must be a frame, window, dialog or alert);
- a section title (the driver's "heading" lines) that is not exposed with the role heading;
- words the screen must expose (the driver's "expect" lines, "Signed in as ...") that no showing
  object carries;
- what the driver measured from the screen's pixels (its "finding" lines): field borders and
  focus indicators below 3:1, placeholder text below 4.5:1;
- a status or error message the step made appear (the driver's "announce" lines) that reached
  no AT-SPI client as an announcement: an event (name, description or text change, or becoming
  shown) from an object with a live role (notification, alert, status bar) that carries the
  words, or an object:announcement.

Needs a D-Bus session (dbus-run-session), an X display and QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1;
run it through run-atspi-audit.sh. Exit status: 0 no findings, 1 findings (listed), 2 the audit
could not run (the reason is printed).
"""

import argparse
import os
import select
import subprocess
import sys
import tempfile
import time

import pyatspi
from gi.repository import Atspi, GLib

INTERACTIVE = {
    "push button", "toggle button", "check box", "radio button", "combo box", "text",
    "password text", "spin button", "slider", "list", "table", "tree", "tree table",
    "page tab", "page tab list", "menu item", "link", "entry", "date editor",
}
WINDOW_ROLES = {"frame", "window", "dialog", "alert", "file chooser"}
LIVE_ROLES = {"notification", "alert", "status bar"}
ANNOUNCING_EVENTS = (
    "object:property-change:accessible-name",
    "object:property-change:accessible-description",
    "object:state-changed:showing",
    "object:text-changed:insert",
    "object:announcement",
)
# Lists of rows: the container is checked, and the first rows of it.
ROW_CONTAINERS = {"table", "tree table", "tree", "list"}
MAX_ROWS_CHILDREN = 40


def normal(text):
    return " ".join((text or "").split())


class Audit:
    def __init__(self, driver, timeout):
        self.timeout = timeout
        self.events = []
        self.findings = []
        self.notes = set()
        self.screens = 0
        for kind in ANNOUNCING_EVENTS:
            pyatspi.Registry.registerEventListener(self.on_event, kind)
        self.log = tempfile.NamedTemporaryFile(prefix="tv-a11y-driver-", suffix=".log",
                                               delete=False)
        env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1")
        self.driver = subprocess.Popen([driver], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                       stderr=self.log, env=env, bufsize=0)
        self.buffer = b""
        self.app = None

    # -- the bus and the driver ------------------------------------------------------------
    def on_event(self, event):
        try:
            source = event.source
            role = source.getRoleName() if source else ""
            name = source.name if source else ""
            description = source.description if source else ""
        except Exception:  # the object went away before we could read it
            role, name, description = "", "", ""
        data = event.any_data if isinstance(event.any_data, str) else ""
        self.events.append((event.type, role, normal(name), normal(description), normal(data),
                            event.detail1))

    def pump(self, seconds):
        context = GLib.MainContext.default()
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            while context.pending():
                context.iteration(False)
            time.sleep(0.01)

    def read_line(self):
        """The driver's next line (pumping the bus meanwhile); None when it stopped."""
        end = time.monotonic() + self.timeout
        context = GLib.MainContext.default()
        while time.monotonic() < end:
            if b"\n" in self.buffer:
                line, self.buffer = self.buffer.split(b"\n", 1)
                return line.decode("utf-8", "replace")
            while context.pending():
                context.iteration(False)
            ready, _, _ = select.select([self.driver.stdout], [], [], 0.02)
            if ready:
                chunk = os.read(self.driver.stdout.fileno(), 65536)
                if not chunk:
                    return None
                self.buffer += chunk
        raise TimeoutError("the driver said nothing for %d s" % self.timeout)

    def find_app(self):
        end = time.monotonic() + 15
        while time.monotonic() < end:
            desktop = pyatspi.Registry.getDesktop(0)
            for i in range(desktop.childCount):
                app = desktop.getChildAtIndex(i)
                try:
                    if app is not None and app.get_process_id() == self.driver.pid:
                        return app
                except Exception:
                    continue
            self.pump(0.2)
        return None

    # -- one screen ------------------------------------------------------------------------
    def finding(self, screen, text):
        self.findings.append("%s: %s" % (screen, text))

    def windows(self):
        self.app.clear_cache()
        shown = []
        for i in range(self.app.childCount):
            window = self.app.getChildAtIndex(i)
            if window is None:
                continue
            states = window.getState()
            if states.contains(pyatspi.STATE_SHOWING):
                shown.append((window, states.contains(pyatspi.STATE_ACTIVE)))
        active = [w for w, is_active in shown if is_active]
        return active or [w for w, _ in shown]

    def walk(self, screen, window):
        nodes = []

        def visit(node, path, parent_showing, window_box, depth):
            try:
                role = node.getRoleName()
                name = node.name or ""
                description = node.description or ""
                states = node.getState()
                count = node.childCount
            except Exception:
                return
            showing = states.contains(pyatspi.STATE_SHOWING)
            here = "%s > %s '%s'" % (path, role, normal(name)[:40]) if path else "%s '%s'" % (
                role, normal(name)[:40])
            if showing:
                box = None
                try:
                    extents = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
                    box = (extents.x, extents.y, extents.width, extents.height)
                except Exception:
                    pass
                nodes.append((node, role, name, description, here))
                self.check_node(screen, node, role, name, states, here, box, parent_showing,
                                window_box, count)
            if depth > 40:
                return
            limit = MAX_ROWS_CHILDREN if role in ROW_CONTAINERS else count
            for i in range(min(count, limit)):
                child = node.getChildAtIndex(i)
                if child is not None:
                    visit(child, here, showing, window_box, depth + 1)

        role = window.getRoleName()
        if role not in WINDOW_ROLES:
            self.finding(screen, "window '%s' has the role '%s' (a frame, window or dialog "
                                 "is expected)" % (normal(window.name), role))
        try:
            extents = window.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
            window_box = (extents.x, extents.y, extents.width, extents.height)
        except Exception:
            window_box = None
        visit(window, "", True, window_box, 0)
        return nodes

    def check_node(self, screen, node, role, name, states, here, box, parent_showing,
                   window_box, count):
        if name and not name.strip():
            self.finding(screen, "named by blanks only (%r): %s" % (name, here))
        elif role in INTERACTIVE and not name.strip():
            self.finding(screen, "interactive control without a name: %s" % here)
        if role == "combo box" and name.strip():
            options = set()
            self.collect_names(node, options, 3)
            if normal(name) in options:
                self.finding(screen, "combo box named by its current text '%s', not its label: "
                                     "%s" % (normal(name), here))
        if role == "panel" and not name and count == 0 and (box is None or box[2] <= 0):
            # Qt's placeholder for a table's top-left corner (QAccessibleTableCornerButton: no
            # object behind it, no area, always "visible"): Qt's, not the application's.
            return
        if not parent_showing:
            self.finding(screen, "reported as showing under a parent that is not: %s" % here)
        elif box is not None and (box[2] <= 0 or box[3] <= 0) and role != "page tab":
            self.finding(screen, "reported as showing with no area on screen (%dx%d): %s"
                         % (box[2], box[3], here))

    def collect_names(self, node, names, depth):
        if depth == 0:
            return
        for i in range(min(node.childCount, 200)):
            child = node.getChildAtIndex(i)
            if child is None:
                continue
            if child.name:
                names.add(normal(child.name))
            self.collect_names(child, names, depth - 1)

    def check_screen(self, screen, headings, expects, announces, events_from):
        windows = self.windows()
        if not windows:
            self.finding(screen, "no window of the application is showing")
            return
        nodes = []
        for window in windows:
            nodes += self.walk(screen, window)
        for text in headings:
            wanted = normal(text)
            matching = [n for n in nodes if normal(n[2]) == wanted]
            if not matching:
                self.finding(screen, "section title '%s' is not exposed at all" % wanted)
                continue
            heading = [n for n in matching if n[1] == "heading"]
            if not heading:
                self.finding(screen, "section title '%s' is a '%s', not a heading" % (
                    wanted, matching[0][1]))
                continue
            try:
                attributes = heading[0][0].getAttributes()
            except Exception:
                attributes = []
            if not any(a.startswith("level:") for a in attributes):
                self.notes.add("headings carry no level over AT-SPI: Qt %s's bridge sends no "
                               "object attributes" % "6.4")
        for text in expects:
            wanted = normal(text)
            if not any(wanted in normal(n[2]) or wanted in normal(n[3]) for n in nodes):
                self.finding(screen, "'%s' is shown but no showing object exposes it" % wanted)
        for text in announces:
            wanted = normal(text)
            end = time.monotonic() + 3
            while True:
                if self.announced(wanted, events_from):
                    break
                if time.monotonic() > end:
                    carriers = sorted({"%s on a %s" % (e[0], e[1] or "?")
                                       for e in self.events[events_from:]
                                       if wanted in e[2] or wanted in e[3] or wanted in e[4]})
                    self.finding(screen, "message not announced: '%s' (events that carried "
                                         "it: %s)" % (wanted, ", ".join(carriers) or "none"))
                    break
                self.pump(0.1)

    def announced(self, wanted, events_from):
        for kind, role, name, description, data, detail in self.events[events_from:]:
            carries = wanted in name or wanted in description or wanted in data
            if not carries:
                continue
            if kind == "object:announcement":
                return True
            if role in LIVE_ROLES and (kind != "object:state-changed:showing" or detail == 1):
                return True
        return False

    # -- the run ---------------------------------------------------------------------------
    def run(self):
        headings, expects, announces, pixel_findings = [], [], [], []
        events_from = 0
        while True:
            line = self.read_line()
            if line is None:
                return self.stopped("the driver stopped before it said 'done'")
            kind, _, text = line.partition(" ")
            if kind == "fail":
                return self.stopped("the driver could not reach a screen: " + text)
            if kind == "done":
                break
            if kind == "heading":
                headings.append(text)
            elif kind == "expect":
                expects.append(text)
            elif kind == "announce":
                announces.append(text)
            elif kind == "finding":
                pixel_findings.append(text)
            elif kind == "measured":
                print("measured: " + text, flush=True)
            elif kind == "screen":
                if self.app is None:
                    self.app = self.find_app()
                    if self.app is None:
                        return self.stopped("the application never appeared on the "
                                            "accessibility bus")
                    self.app.set_cache_mask(Atspi.Cache.NONE)
                started = time.monotonic()
                self.check_screen(text, headings, expects, announces, events_from)
                self.screens += 1
                print("screen %-24s read in %.1f s" % (text, time.monotonic() - started),
                      flush=True)
                for measured in pixel_findings:
                    self.finding(text, "contrast from the screen's pixels: " + measured)
                headings, expects, announces, pixel_findings = [], [], [], []
                events_from = len(self.events)
                self.driver.stdin.write(b"next\n")
                self.driver.stdin.flush()
        self.driver.wait(timeout=30)
        for note in sorted(self.notes):
            print("note: " + note)
        for finding in self.findings:
            print("FINDING " + finding)
        print("%d screens read, %d findings" % (self.screens, len(self.findings)))
        return 1 if self.findings else 0

    def stopped(self, why):
        print("atspi_audit: " + why, file=sys.stderr)
        self.driver.kill()
        self.driver.wait()
        self.log.flush()
        with open(self.log.name, "rb") as log:
            tail = log.read()[-4000:].decode("utf-8", "replace")
        print("driver's last output:\n" + tail, file=sys.stderr)
        return 2


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("driver")
    parser.add_argument("--timeout", type=float, default=60,
                        help="longest wait for the driver to reach a screen (seconds)")
    args = parser.parse_args()
    audit = Audit(args.driver, args.timeout)
    try:
        status = audit.run()
    except TimeoutError as error:
        status = audit.stopped(str(error))
    finally:
        if audit.driver.poll() is None:
            audit.driver.kill()
        os.unlink(audit.log.name)
    sys.exit(status)


if __name__ == "__main__":
    main()
