"""Tab over step 3's list of people at the largest text, where the list's pages and the
instruction's are pages of the column beside the map (panel.py): a part of the view, kept in a
module of its own. Tab goes on over the pages as on the other boards shown page by page
(ui/blocks.tab_over_pages); the map stays one stop after the list (panel.tab_past_markers)."""

from __future__ import annotations

from steps_game.ui.intents import Act, Intent


class ListTab:
    """NetworkMapView's Tab over the pages of its list (uses PeopleList's pages and the
    column of ChosenPanel)."""

    _left_list = 0  # 1: the list was left by Tab past its last person; -1: Shift+Tab, its first

    def tab_over_list_pages(self, intent: Intent) -> bool:
        """On a paged column (large text), Tab from the last person on a page of the list goes
        to the first person on the next page, the column turning to it, and Shift+Tab from the
        first back to the last one before: Tab went from the page's last person round the
        footer, and the people on later pages were reached only by the page turner
        (twenty-sixth Arabic 200 % keyboard play-test). Having left the list by Tab past its
        last person, Tab comes back in at its first (Shift+Tab, at its last), as step 7's
        people do: else the ring went round within the last page. Within a page the ring's own
        order goes on. True when it turned the page."""
        ring = self.host.ring
        if intent.act not in (Act.FOCUS_NEXT, Act.FOCUS_PREV) or not self.column.paged:
            return False
        ids = [control.id for control in ring.focusable]
        if not ring.visible or ring.focused_id not in ids:
            return False  # (a hidden focus: the first Tab shows it where it is)
        pages = self._pages()
        page = min(self.page, len(pages) - 1)
        on_view = [f"{kind}:{person}" for person in pages[page] for kind in ("token", "person")]
        shown = [control_id for control_id in ids if control_id in on_view]
        delta = 1 if intent.act is Act.FOCUS_NEXT else -1
        if not shown:
            return self._tab_from_lead(delta)
        if ring.focused_id in shown:  # leaving the page past its edge, or not
            at_edge = ring.focused_id == shown[-1 if delta > 0 else 0]
            turned = page + delta
            if not at_edge or not 0 <= turned < len(pages):
                self._left_list = delta if at_edge else 0
                return False
        else:  # coming into the list from the ring's other controls
            following = ids[(ids.index(ring.focused_id) + delta) % len(ids)]
            if following not in shown:
                return False
            turned = 0 if delta > 0 else len(pages) - 1
            left, self._left_list = self._left_list, 0
            if left != delta or page == turned:
                return False
        person = pages[turned][0 if delta > 0 else -1]
        self._show_page_of(person)
        self.host.rebuild()
        placed = self.model.placement(person) is not None
        if ring.focus(f"{'person' if placed else 'token'}:{person}"):
            self.host.app.announce(ring.focused.label)  # (as a Tab within a page says it)
        return True

    def _tab_from_lead(self, delta: int) -> bool:
        """Tab on the page turner of the instruction's own page (the column's first, at the
        largest text) turns on to the next page, as Enter there does: the page has no other
        control, and Tab went round the turner, Start over and the Menu, the people never
        reached by Tab. On the list, Tab is on its first person, placed or not (twenty-eighth
        run: with the first ones placed, it stayed on the turner). True when it turned."""
        ring, column = self.host.ring, self.column
        if delta < 0 or self.column_shows[0] != "lead" or ring.focused_id != column.control_id:
            return False
        ring.focused.activate()
        people = [c.id for c in ring.focusable if c.id.startswith(("token:", "person:"))]
        if self.column_shows[0] != "lead" and people and ring.focused_id == column.control_id:
            ring.focus(people[0])
        if ring.focused is not None:
            self.host.app.announce(ring.focused.label)
        return True
