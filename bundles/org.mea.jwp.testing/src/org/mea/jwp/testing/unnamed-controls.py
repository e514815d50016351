#!/usr/bin/python3
# Reads a running application's accessibility tree through AT-SPI, as a screen reader does, and
# prints the controls a user can reach whose name a screen reader could not say.
#
#   unnamed-controls.py [--all] PID [WINDOW-TITLE]
#
# PID is the application's process; WINDOW-TITLE limits the walk to its top-level window of that
# name (a dialog; GTK adds a space to window names, ignored). Only what is showing is read. Output: one line per unnamed control,
#   UNNAMED<TAB>role [holding 'its text']<TAB>where (the named objects above it, outermost first)
# then "CHECKED<TAB>n", the number of controls read. With --all, also one line per showing object,
#   NAMED<TAB>role<TAB>name as a reader says it
# the items of lists included (a reader hears them as the focus moves). Exit 3 when no application has that process
# (no AT-SPI bus, or the toolkit's bridge is off), 2 on a wrong command line.
#
# The name is computed as the W3C accessible-name computation does, which is what screen readers
# say: the object's own name; else the text of the objects that label it (LABELLED_BY, their
# content included, as SWT's labels are a box holding the text); else its tooltip, which ATK
# exposes as the description. Run by hand against a workbench started with ./jwp to see what a
# reader finds.
import sys

import pyatspi

# what a user operates or reads as one control; panels, fillers, labels and scroll bars are not
OPERABLE = {
    "push button", "toggle button", "check box", "radio button", "text", "password text", "entry",
    "combo box", "spin button", "slider", "table", "tree table", "tree", "list", "list box",
    "page tab", "link", "canvas", "drawing area", "menu item", "check menu item", "radio menu item",
    "date editor", "calendar",
}
# the items inside a table, tree or list are its content, named by their own text
CONTENT = {"table", "tree table", "tree", "list", "list box"}


def text_of(node, depth=0):
    """The text of node and, when it has none, of what it holds (a label's box)."""
    if node is None or depth > 4:
        return ""
    if node.name and node.name.strip():
        return node.name.strip()
    return " ".join(t for t in (text_of(child, depth + 1) for child in node) if t)


def name_of(node):
    if node.name and node.name.strip():
        return node.name.strip()
    for relation in node.getRelationSet():
        if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
            texts = [text_of(relation.getTarget(i)) for i in range(relation.getNTargets())]
            label = " ".join(t for t in texts if t)
            if label:
                return label
    return (node.description or "").strip()


def shown(node):
    """What a field holds, to tell one unnamed field from another in the output."""
    try:
        text = node.queryText().getText(0, 40).strip()
        return " holding %r" % text if text else ""
    except NotImplementedError:
        return ""


def walk(node, where, found, counts, everything=False):
    if node is None:
        return
    role = node.getRoleName()
    if everything:
        found.append("NAMED\t%s\t%s" % (role, name_of(node)))
    # a text that cannot be edited is shown text, like a label (a wizard's message area)
    if role in OPERABLE and not (role == "text" and not node.getState().contains(pyatspi.STATE_EDITABLE)):
        counts[0] += 1
        if not name_of(node):
            found.append("UNNAMED\t%s%s\t%s" % (role, shown(node), " / ".join(where[-4:]) or "(window)"))
    if role in CONTENT:
        if everything and role in ("list", "list box"):
            for item in node:
                if item is not None:
                    found.append("NAMED\t%s\t%s" % (item.getRoleName(), name_of(item)))
        return
    if role == "page tab" and not node.getState().contains(pyatspi.STATE_SELECTED):
        return  # what a tab folder shows belongs to its selected tab only
    for child in node:
        if child is not None and child.getState().contains(pyatspi.STATE_SHOWING):
            walk(child, where + ([child.name.strip()] if child.name and child.name.strip() else []), found,
                 counts, everything)


def main(argv):
    everything = len(argv) > 1 and argv[1] == "--all"
    if everything:
        argv = argv[:1] + argv[2:]
    if len(argv) not in (2, 3) or not argv[1].isdigit():
        print("usage: unnamed-controls.py [--all] PID [WINDOW-TITLE]", file=sys.stderr)
        return 2
    pid = int(argv[1])
    title = argv[2] if len(argv) == 3 else None
    for app in pyatspi.Registry.getDesktop(0):
        if app is None or app.get_process_id() != pid:
            continue
        found, counts = [], [0]
        windows = [w for w in app if w is not None and (title is None or w.name.strip() == title.strip())]
        if title is not None and not windows:
            print("no window titled %r in process %d; it has: %s" % (title, pid, [w.name for w in app if w]),
                  file=sys.stderr)
            return 3
        for window in windows:
            if window.getState().contains(pyatspi.STATE_SHOWING):
                walk(window, [window.name] if window.name else [], found, counts, everything)
        for line in found:
            print(line)
        print("CHECKED\t%d" % counts[0])
        return 0
    print("no application with process %d on the AT-SPI bus (is the session bus running, "
          "and the toolkit's accessibility bridge on?)" % pid, file=sys.stderr)
    return 3


if __name__ == "__main__":
    sys.exit(main(sys.argv))
