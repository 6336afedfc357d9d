"""Step 3, mapping my network: contacts (as roles, never names) placed on a mind map.

The player may give anyone on the map a short label of their own (initials, a role, a company) and
add people the level's cards lack; both are optional and stay in the player's notebook.

The map has "me" in the middle, rings for closeness (inner = close) and sectors for life areas
(family, work, online ...). The player puts contact tokens into a ring and a sector and marks each
one as living in Finland or abroad. The score rewards a broad map with weak ties in it: most people
who find a job through a contact see that contact only now and then (Granovetter), and moderately
weak ties led to the most job moves in a LinkedIn experiment (Rajkumar et al., Science 2022).

The geometry (which ring and sector a point on the screen is in) is plain math in geometry.py, so
that it is tested without a window.
"""

from __future__ import annotations

import itertools
from typing import Any, ClassVar, Literal

from pydantic import Field, model_validator

from steps_game.notebook import MAX_LABEL as MAX_OWN_WORDS
from steps_game.notebook import Notebook, clean_words
from steps_game.outcome import Reason, scaled
from steps_game.schema import Strict, Text
from steps_game.tasks.base import Person, TaskModel, TaskResult, for_field
from steps_game.tasks.network_map.geometry import MapGeometry
from steps_game.tasks.network_map.parts import (
    ADDED_PREFIX,
    MAX_ADDED,
    MAX_TRAY,
    FeedbackLine,
    MapContact,
    NetworkMapFeedback,
    Ring,
    Sector,
    Tally,
    Token,
    check_config,
    find,
    is_added_id,
)

__all__ = ["MapGeometry", "NetworkMapConfig", "NetworkMapModel"]


class NetworkMapConfig(Strict):
    # the short way may offer only some of the people (short_way.py; workshop_sets.played_config)
    played_list: ClassVar[str] = "tokens"

    kind: Literal["network_map"]
    instruction: Text
    privacy_note: Text
    sectors: list[Sector] = Field(min_length=3, max_length=8)
    rings: list[Ring] = Field(min_length=2, max_length=4)  # inner to outer
    tokens: list[Token] = Field(min_length=4, max_length=40)
    min_contacts: int = Field(default=3, ge=1, le=MAX_TRAY)  # on the map before "done"
    breadth_target: int = Field(default=5, ge=1, le=8)  # life areas for full breadth points
    weak_target: int = Field(default=3, ge=1, le=MAX_TRAY)  # weak ties for full points
    count_target: int = Field(default=8, ge=1, le=MAX_TRAY)  # contacts for full points
    breadth_weight: int = Field(default=35, ge=0, le=100)
    weak_weight: int = Field(default=30, ge=0, le=100)
    places_weight: int = Field(default=15, ge=0, le=100)
    count_weight: int = Field(default=20, ge=0, le=100)
    feedback: NetworkMapFeedback

    @model_validator(mode="after")
    def _check(self) -> NetworkMapConfig:
        check_config(self)
        return self


# --- the task ---------------------------------------------------------------------------------


class NetworkMapModel(TaskModel[NetworkMapConfig]):
    """State: {"placements": {contact id: {"ring": id, "sector": id, "in_finland": bool}},
    "words": {contact id: the player's own label}, "added": [ids of people the player added]}.

    `result().choices` (ids only): {"contacts": [{"role": contact id, "ring": ring id,
    "sector": sector id, "in_finland": bool}, ...] in the tray's order, "empty_sectors": [sector
    ids with nobody in them]}. `result().pages["people"]` is the map for the notebook, with the
    player's own words.
    """

    kind = "network_map"
    later_keys = frozenset({"words", "added"})  # added with the notebook (save version 2)

    def initial_state(self) -> dict[str, Any]:
        return {"placements": {}, "words": {}, "added": []}

    def check_state(self, state: dict[str, Any]) -> None:
        placements, words, added = state["placements"], state["words"], state["added"]
        if not isinstance(placements, dict) or not isinstance(words, dict):
            raise ValueError("saved placements or words are not tables")
        if (
            not isinstance(added, list)
            or len(added) > MAX_ADDED
            or len(set(added)) != len(added)
            or not all(is_added_id(item) for item in added)
        ):
            raise ValueError("saved people of the player's own are not a short list of ids")
        known = {t.id for t in self.tokens} | set(added)
        rings = {r.id for r in self.config.rings}
        sectors = {s.id for s in self.config.sectors}
        for token_id, spot in placements.items():
            if token_id not in known:
                raise ValueError(
                    f"saved placement names a contact this level does not have: {token_id!r}"
                )
            if (
                not isinstance(spot, dict)
                or set(spot) != {"ring", "sector", "in_finland"}
                or spot["ring"] not in rings
                or spot["sector"] not in sectors
                or not isinstance(spot["in_finland"], bool)
            ):
                raise ValueError(f"saved placement of {token_id!r} does not fit this map")
        for token_id, label in words.items():
            if token_id not in known or not isinstance(label, str) or not label:
                raise ValueError("saved own words name nobody on this map")
            if clean_words(label, MAX_OWN_WORDS) != label:
                raise ValueError("saved own words are not as the game keeps them")
        if any(not words.get(item) for item in added):
            raise ValueError("someone the player added has no words to be known by")

    # -- reading ---------------------------------------------------------------------------
    @property
    def tokens(self) -> list[Token]:
        """The level's contact cards offered to this player: everyone's and their field's."""
        return for_field(self.config.tokens, self.field_id)

    def token(self, token_id: str) -> Token:
        return find(self.tokens, token_id, "contact")

    def contacts(self) -> list[MapContact]:
        """Everyone who can go on the map: the level's cards, then the player's own people."""
        words = self.state["words"]
        found = [MapContact.of_card(t, words) for t in self.tokens]
        found += [MapContact(item, None, words.get(item, "")) for item in self.state["added"]]
        return found

    def contact(self, contact_id: str) -> MapContact:
        """One person, made without making everyone (the list asks for each chip's person)."""
        words = self.state["words"]
        for token in self.tokens:
            if token.id == contact_id:
                return MapContact.of_card(token, words)
        if contact_id in self.state["added"]:
            return MapContact(contact_id, None, words.get(contact_id, ""))
        return find((), contact_id, "contact")  # says who is not here

    def words(self, contact_id: str) -> str:
        return self.state["words"].get(contact_id, "")

    @property
    def can_add(self) -> bool:
        return len(self.state["added"]) < MAX_ADDED

    def ring(self, ring_id: str) -> Ring:
        return find(self.config.rings, ring_id, "ring")

    def sector(self, sector_id: str) -> Sector:
        return find(self.config.sectors, sector_id, "sector")

    def placement(self, token_id: str) -> dict[str, Any] | None:
        return self.state["placements"].get(token_id)

    def placed(self) -> list[MapContact]:
        return [c for c in self.contacts() if c.id in self.state["placements"]]

    def unplaced(self) -> list[MapContact]:
        return [c for c in self.contacts() if c.id not in self.state["placements"]]

    def number(self, contact_id: str) -> int:
        """A person's number in the list beside the map, shown on their marker (from 1)."""
        return [c.id for c in self.contacts()].index(contact_id) + 1

    def in_cell(self, ring_id: str, sector_id: str) -> list[str]:
        return [
            c.id
            for c in self.placed()
            if self.placement(c.id)["ring"] == ring_id
            and self.placement(c.id)["sector"] == sector_id
        ]

    def cell_at(self, geometry: MapGeometry, point: tuple[float, float]) -> tuple[str, str] | None:
        """(ring id, sector id) under a point of the drawn map, or None when off it."""
        found = geometry.locate(point)
        if found is None:
            return None
        return self.config.rings[found[0]].id, self.config.sectors[found[1]].id

    def index_of(self, ring_id: str, sector_id: str) -> tuple[int, int]:
        rings = [r.id for r in self.config.rings]
        sectors = [s.id for s in self.config.sectors]
        return rings.index(ring_id), sectors.index(sector_id)

    def start_cell(self, token_id: str) -> tuple[str, str]:
        """Where a keyboard placement begins: where the contact is, else the level's suggestion,
        else the middle ring of the first life area."""
        spot = self.placement(token_id)
        if spot is not None:
            return spot["ring"], spot["sector"]
        contact = self.contact(token_id)
        rings = self.config.rings
        ring = contact.ring or rings[len(rings) // 2].id
        return ring, contact.sector or self.config.sectors[0].id

    # -- acting ----------------------------------------------------------------------------
    def place(self, token_id: str, ring_id: str, sector_id: str) -> None:
        """Put a contact on the map, or move it; a moved contact keeps its Finland/abroad mark."""
        contact = self.contact(token_id)
        self.ring(ring_id)
        self.sector(sector_id)
        old = self.placement(token_id)
        in_finland = old["in_finland"] if old else contact.location != "abroad"
        self.state["placements"][token_id] = {
            "ring": ring_id,
            "sector": sector_id,
            "in_finland": in_finland,
        }

    def remove(self, token_id: str) -> None:
        """Take someone off the map; someone the player added is known only on the map, so
        they go altogether (undo brings them back)."""
        if token_id in self.state["added"]:
            self.forget_person(token_id)
        else:
            self.state["placements"].pop(token_id, None)

    def set_in_finland(self, token_id: str, in_finland: bool) -> None:
        spot = self.placement(token_id)
        if spot is not None:
            spot["in_finland"] = bool(in_finland)

    def set_words(self, contact_id: str, words: str) -> None:
        """The player's own label for someone (cleaned, at most MAX_OWN_WORDS characters); no words
        takes the label away. Someone the player added keeps words: they are known by them."""
        if contact_id not in {c.id for c in self.contacts()}:
            return
        words = clean_words(words, MAX_OWN_WORDS)
        if words:
            self.state["words"][contact_id] = words
        elif contact_id not in self.state["added"]:
            self.state["words"].pop(contact_id, None)

    def add_person(self, words: str) -> str | None:
        """Someone the level's cards lack, known by the player's words; their id, or None when
        there are no words or no room for more."""
        words = clean_words(words, MAX_OWN_WORDS)
        if not words or not self.can_add:
            return None
        taken = set(self.state["added"])
        number = next(n for n in itertools.count(1) if f"{ADDED_PREFIX}{n}" not in taken)
        new_id = f"{ADDED_PREFIX}{number}"
        self.state["added"].append(new_id)
        self.state["words"][new_id] = words
        return new_id

    def forget_person(self, contact_id: str) -> None:
        """Take someone the player added off the map and out of the tray."""
        if contact_id in self.state["added"]:
            self.state["added"].remove(contact_id)
            self.state["words"].pop(contact_id, None)
            self.state["placements"].pop(contact_id, None)

    # -- ending ----------------------------------------------------------------------------
    def tally(self) -> Tally:
        spots = [self.placement(c.id) for c in self.placed()]
        weak = {r.id for r in self.config.rings if r.weak}
        return Tally(
            count=len(spots),
            sectors_used=len({s["sector"] for s in spots}),
            weak=sum(1 for s in spots if s["ring"] in weak),
            in_finland=sum(1 for s in spots if s["in_finland"]),
            abroad=sum(1 for s in spots if not s["in_finland"]),
        )

    def is_complete(self) -> bool:
        return len(self.state["placements"]) >= self.config.min_contacts

    def result(self) -> TaskResult:
        cfg = self.config
        fb = cfg.feedback
        t = self.tally()
        breadth = cfg.breadth_weight * min(t.sectors_used, cfg.breadth_target) / cfg.breadth_target
        weak = cfg.weak_weight * min(t.weak, cfg.weak_target) / cfg.weak_target
        places = cfg.places_weight * ((t.in_finland > 0) + (t.abroad > 0)) / 2
        count = cfg.count_weight * min(t.count, cfg.count_target) / cfg.count_target

        reasons: list[Reason] = []

        def explain(
            points: float,
            weight: int,
            got: FeedbackLine,
            more: FeedbackLine | None,
            got_params: dict[str, Any],
            more_params: dict[str, Any],
        ) -> None:
            if points > 0:
                reasons.append(Reason(got.text, round(points), True, got_params))
            if more is not None and points < weight:
                reasons.append(Reason(more.text, 0, False, more_params))

        explain(
            breadth,
            cfg.breadth_weight,
            fb.breadth,
            fb.more_breadth,
            {"used": t.sectors_used, "total": len(cfg.sectors)},
            {"target": cfg.breadth_target},
        )
        explain(
            weak,
            cfg.weak_weight,
            fb.weak,
            fb.more_weak,
            {"weak": t.weak},
            {"target": cfg.weak_target},
        )
        missing = fb.more_abroad if t.abroad == 0 else fb.more_finland
        explain(
            places,
            cfg.places_weight,
            fb.places,
            missing,
            {"finland": t.in_finland, "abroad": t.abroad},
            {},
        )
        explain(
            count,
            cfg.count_weight,
            fb.count,
            fb.more_count,
            {"count": t.count},
            {"target": cfg.count_target},
        )

        own = sum(1 for c in self.placed() if c.words)
        if own and fb.own is not None:
            # not points of their own: a map of one's real people is what the plan is made of
            reasons.append(Reason(fb.own.text, 0, True, {"count": own}))

        contacts = [{"role": c.id, **self.placement(c.id)} for c in self.placed()]
        used = {c["sector"] for c in contacts}
        people = [
            {
                "id": c.id,
                "token": None if c.added else c.id,
                "words": c.words,
                **self.placement(c.id),
            }
            for c in self.placed()
        ]
        return TaskResult(
            score=scaled(breadth + weak + places + count, 100),
            reasons=tuple(reasons),
            choices={
                "contacts": contacts,
                "empty_sectors": [s.id for s in cfg.sectors if s.id not in used],
            },
            pages={"people": {"people": people}},
        )

    # -- what it hands on --------------------------------------------------------------------
    def resolve(self, notebook: Notebook) -> dict[str, Any]:
        """The people of the map, in the level's words, for the later steps and the plan."""
        page = notebook.people
        if page is None:
            return {}
        rings = {r.id: (index, r) for index, r in enumerate(self.config.rings)}
        sectors = {s.id: s for s in self.config.sectors}
        tokens = {t.id: t for t in self.config.tokens}
        people = []
        for entry in page.people:
            token = tokens.get(entry.token) if entry.token else None
            placed = rings.get(entry.ring)
            sector = sectors.get(entry.sector)
            gone = placed is None or sector is None or (entry.token and token is None)
            if gone or (token is None and not entry.words):
                continue  # no longer on the map (an older map's page), or added by lost words
            closeness, ring = placed
            people.append(
                Person(
                    ref=f"map:{entry.id}",
                    role=token.label if token is not None else {},
                    words=entry.words,
                    weak=ring.weak,
                    in_finland=entry.in_finland,
                    ring=ring.name,
                    sector=sector.name,
                    area=sector.id,
                    closeness=closeness,
                    term=token.term if token is not None else None,
                )
            )
        return {"people": tuple(people)}
