"""The group's words of one choice point (group_words.py), without pygame: every right answer is
named where two are right, and no quote stands inside another (the facilitator's play-test,
items 6 and 7)."""

from __future__ import annotations

import pytest

from steps_game.group_files import step_titles, write_group_files
from steps_game.group_words import QUOTES, Counted, from_room, point_words
from steps_game.i18n import Translator, language_codes
from steps_game.room_record import RoomRecord
from steps_game.tally import Tally

OPTIONS = ("Ask for advice.", "Ask for an introduction.", "Ask for a job.")


def counted(counts: tuple[int, ...], best: int = 0, also_best: tuple[int, ...] = (1,)) -> Counted:
    return Counted(5, "ask", "What should the message ask for?", OPTIONS, counts, best, also_best)


@pytest.mark.parametrize("code", language_codes())
def test_a_room_that_chose_either_good_answer_is_told_it_was_right_and_of_the_other(code):
    tr = Translator(code)
    for chosen, other in ((0, 1), (1, 0)):
        counts = [1, 1, 1]
        counts[chosen] = 10
        lines = point_words(counted(tuple(counts)), tr).lines
        also = tr("group.also_right", best=OPTIONS[other]).replace("..", ".")
        assert lines[1:] == (tr("group.got_one"), also)
        assert tr("group.got_it") not in lines  # not "the" right answer: one of two


@pytest.mark.parametrize("code", language_codes())
def test_a_room_that_missed_both_good_answers_is_told_both(code):
    tr = Translator(code)
    lines = point_words(counted((0, 0, 12)), tr).lines  # all chose the wrong one
    first = tr("group.one_right_is", best=OPTIONS[0]).replace("..", ".")
    also = tr("group.also_right", best=OPTIONS[1]).replace("..", ".")
    assert lines[-2:] == (first, also)
    # the few who chose them are told so: "4 of 12" on the right answer under "most said" a
    # wrong one were not named at all (sixth facilitator run)
    lines = point_words(counted((1, 3, 8)), tr).lines
    mark = tr("group.right_mark")
    assert lines[-2:] == tuple(
        f"{tr('group.said', count=count, option=OPTIONS[index])} {mark}."
        for index, count in ((0, 1), (1, 3))
    )
    lines = point_words(counted((0, 4, 8)), tr).lines  # one said, the other "also right"
    said = f"{tr('group.said', count=4, option=OPTIONS[1])} {mark}."
    assert lines[-2:] == (said, tr("group.also_right", best=OPTIONS[0]).replace("..", "."))


@pytest.mark.parametrize("code", language_codes())
def test_a_split_room_that_mostly_chose_right_is_not_told_one_right_answer(code):
    """The facilitator's room put 7 of 12 hands on step 6's best answer, 10 of 12 on its two
    right ones, and read "One right answer: ..." as if it had missed it: after "most of our
    group chose a right answer" the right ones are marked right where the room's hands for
    them are said, and not written out again under them."""
    tr = Translator(code)
    lines = point_words(counted((7, 3, 2)), tr).lines
    assert lines[0] == tr("group.most_right", most=10, total=12)
    mark = tr("group.right_mark")
    for index, count in ((0, 7), (1, 3)):
        said = tr("group.said", count=count, option=OPTIONS[index])
        assert f"{said} {mark}." in lines
    wrong = tr("group.said", count=2, option=OPTIONS[2])
    assert not any(line.startswith(wrong) and mark in line for line in lines)
    assert tr("group.one_right_is", best=OPTIONS[0]).replace("..", ".") not in lines
    assert not any(OPTIONS[0] in line for line in lines[-1:] if mark not in line)


@pytest.mark.parametrize("code", language_codes())
@pytest.mark.parametrize("combined", [False, True])
def test_a_split_room_that_mostly_chose_the_one_right_answer_hears_it_first(code, combined):
    """Step 1's second statement: 7 of 12 said "Myth", the right answer, and the screen said
    only "Our group was split ... The right answer: Myth." (facilitator's real-time run)."""
    tr = Translator(code)
    key = "group.groups_most_the_right" if combined else "group.most_the_right"
    lines = point_words(counted((7, 5, 0), also_best=()), tr, combined=combined).lines
    assert lines[0] == tr(key, most=7, total=12)
    said = tr("group.said", count=7, option=OPTIONS[0])
    assert f"{said} {tr('group.right_mark')}." in lines  # the right answer, marked
    assert tr("group.right_is", best=OPTIONS[0]).replace("..", ".") not in lines
    lines = point_words(counted((0, 7, 5), also_best=()), tr, combined=combined).lines
    assert lines[-1] == tr("group.right_is", best=OPTIONS[0]).replace("..", ".")  # none said it
    for counts in ((6, 6, 0), (5, 7, 0)):  # half, or fewer, chose the right answer
        lines = point_words(counted(counts, also_best=()), tr, combined=combined).lines
        assert not any(line.startswith(tr(key, most=0, total=12)[:6]) for line in lines)


@pytest.mark.parametrize("code", language_codes())
@pytest.mark.parametrize("combined", [False, True])
def test_a_split_room_that_mostly_chose_a_right_answer_hears_it_first(code, combined):
    """The facilitator's room put 7 of 12 hands on step 5's two good asks and heard only "Our
    group was split": that most of the room chose a right answer now comes first, in plain
    words with the tally, for one group and for several groups' files alike."""
    tr = Translator(code)
    key = "group.groups_most_right" if combined else "group.most_right"
    lines = point_words(counted((4, 3, 5)), tr, combined=combined).lines
    assert lines[0] == tr(key, most=7, total=12)
    assert "7" in lines[0] or "۷" in lines[0] or "٧" in lines[0]
    # then the head line and each answer said on a line of its own, the two right ones marked
    assert len(lines) == 1 + 1 + 3
    assert sum(tr("group.right_mark") in line for line in lines) == 2
    for counts in ((3, 3, 6), (1, 1, 10), (10, 1, 1)):  # half or fewer right; most said it
        lines = point_words(counted(counts), tr, combined=combined).lines
        assert tr(key, most=sum(counts[:2]), total=12) not in lines


def test_one_right_answer_keeps_its_words():
    tr = Translator("en")
    assert point_words(counted((10, 1, 1), also_best=()), tr).lines[1:] == (
        "That is the right answer.",
    )
    assert point_words(counted((0, 2, 10), also_best=()), tr).lines[1:] == (
        "The right answer: Ask for advice.",
    )
    assert point_words(counted((0, 0, 12)), tr).lines[1:] == (
        "One right answer: Ask for advice.",
        "Also right: Ask for an introduction.",
    )
    assert point_words(counted((3, 0, 9), also_best=()), tr).lines[1:] == (
        "3 people said “Ask for advice.” (right answer).",
    )


# -- no quote inside another (play-test item 7) ---------------------------------------------------


@pytest.fixture(scope="module")
def start_moment():
    """Step 6's first moment, whose option "Write just “Hello, everyone!”" has quotation marks
    of its own in every language."""
    from steps_game.choice_points import moment_points
    from steps_game.content import check_folder
    from steps_game.paths import bundled_levels_dir

    content, _ = check_folder(bundled_levels_dir())
    point = next(p for p in moment_points(content) if p.key == "start")
    return content, point


def quoted_options(point, tr) -> list[str]:
    return [tr.pick(o) for o in point.options if QUOTES & set(tr.pick(o))]


@pytest.mark.parametrize("code", language_codes())
def test_a_split_room_s_answer_with_its_own_quotes_is_not_quoted_again(
    code, start_moment, tmp_path
):
    content, point = start_moment
    tr = Translator(code)
    own = quoted_options(point, tr)
    assert own, "the level's option quotes what is written in the chat"
    room = RoomRecord()
    room.record(6, point, Tally(len(point.options), [5, 4, 2, 1]))  # a split: every option said
    said = said_lines(point_words(from_room(room, tr)[0], tr))
    for words in own:
        line = next(line for line in said if words in line)
        at = line.index(words)
        before, after = line[at - 1], line[at + len(words) : at + len(words) + 1]
        assert before not in QUOTES and after not in QUOTES, line
    # an answer without quotes of its own keeps the language's quotation marks
    counts = [5, 4, 2, 1]
    index = next(i for i, o in enumerate(point.options) if not QUOTES & set(tr.pick(o)))
    plain = tr.pick(point.options[index])
    assert said[index].startswith(tr("group.said", count=counts[index], option=plain))
    # and the group's text file says the same, each answer on a line of its own
    written = write_group_files(room, tr, tmp_path, step_titles(content, tr), ("md",))
    page = [line.rstrip() for line in written[0].read_text("utf-8").splitlines()]
    for line in said:
        assert line.replace("*", "\\*") in page
    assert "”””" not in page and "»»" not in page and "“”" not in page


def said_lines(words) -> tuple[str, ...]:
    """A split room's answers said, the lines between its head line and the right answers."""
    assert words.head is not None, words.lines
    return words.lines[words.head + 1 : len(words.lines) - words.answer_lines]


@pytest.mark.parametrize("code", language_codes())
def test_a_split_room_s_line_ends_once_after_a_quoted_sentence(code, start_moment):
    """The split line ended "…a lot.”." when its last answer was a quoted sentence of its own
    (facilitator's real-time run): one stop, the answer's own, now on each answer's line."""
    content, _ = start_moment
    tr = Translator(code)
    from steps_game.choice_points import moment_points

    def quoted_at(point) -> int:  # the place of its first answer with quotes of its own
        return next((i for i, o in enumerate(point.options) if QUOTES & set(tr.pick(o))), 0)

    # a moment whose quoted answer has another before it, so that it is named last
    point = next(p for p in moment_points(content) if quoted_at(p) > 0)
    room = RoomRecord()
    counts = [0] * len(point.options)
    last = quoted_at(point)
    counts[0], counts[last] = 5, 4  # a split, the quoted answer named last
    room.record(6, point, Tally(len(point.options), counts))
    said = said_lines(point_words(from_room(room, tr)[0], tr))
    assert len(said) == 2
    ending = tr.pick(point.options[last]).rstrip()
    if ending.rstrip('”»"’')[-1:] in ".!?…؟":
        assert said[-1].rstrip().endswith(ending), said[-1]
    for line in said:  # each answer's line ends once: its own end, or one full stop
        assert not line.endswith(("”.", "».", '".')) or line[-3] not in ".!?…؟", line
        assert line.endswith((".", "!", "?", "…", "؟", *QUOTES)), line


def test_plain_finnish_says_a_split_room_s_answers_one_sentence_each(start_moment):
    """Plain Finnish: one thing a sentence. A split room's four answers were one sentence of 36
    words (final language review); each answer is a sentence of its own, on a line of its own,
    under a head line that is a sentence too."""
    _, point = start_moment
    tr = Translator("fi-selko")
    room = RoomRecord()
    room.record(6, point, Tally(len(point.options), [5, 4, 2, 1]))
    words = point_words(from_room(room, tr)[0], tr)
    assert words.lines[words.head] == "Vastaukset menivät eri tavoin."
    said = said_lines(words)
    assert len(said) == 4
    for line in said:
        assert line.count(" vastasi") == 1 and line.rstrip("”")[-1] in ".!?", line
    for key in ("split", "split_right", "groups_split", "groups_split_right"):
        assert tr(f"group.{key}").endswith("."), key  # a sentence, not a colon before a list


@pytest.mark.parametrize("code", language_codes())
@pytest.mark.parametrize("combined", [False, True])
def test_a_split_room_that_mostly_chose_right_hears_no_second_verdict(code, combined):
    """Step 1 with 7 of 12 on "Fact": "Most of our group (7 of 12 people) chose the right
    answer." then "Our group was split: 5 said ..., 7 said ..." read as two opposite verdicts
    (facilitator's fourth run). After the line on most, the hands read "Not everyone agreed";
    a room where half or fewer chose right still hears it was split."""
    tr = Translator(code)
    who = "groups_" if combined else ""
    lines = point_words(counted((7, 5, 0), also_best=()), tr, combined=combined).lines
    agreed = tr(f"group.{who}split_right")
    split = tr(f"group.{who}split")
    assert lines[1] == agreed and split not in lines
    lines = point_words(counted((5, 7, 0), also_best=()), tr, combined=combined).lines
    assert lines[0] == split and agreed not in lines


@pytest.mark.parametrize("code", language_codes())
@pytest.mark.parametrize("combined", [False, True])
def test_a_split_room_s_answers_stand_each_on_a_line_of_its_own_under_the_head(code, combined):
    """The facilitator's play-test: at the back of a room of 12, "Not everyone agreed: 1 person
    said “...”, 2 people said “...”, 5 people said “...”, 4 people said “...”." as one sentence
    was the hardest text of the run. The head line now stands alone and each answer said, with
    its count, on a line of its own under it, in the options' order; none said is left out."""
    tr = Translator(code)
    who = "groups_" if combined else ""
    counts = (1, 2, 0, 5, 4)
    options = ("Ask for a job?", "Let me know.", "Nothing.", "Ask 2–3 questions…", "Someone…")
    point = Counted(5, "ask", "Q", options, counts, 3, (4,))
    words = point_words(point, tr, combined=combined)
    head = tr(f"group.{who}split_right")
    assert words.lines[:2] == (tr(f"group.{who}most_right", most=9, total=12), head)
    assert "{" not in head and not any(option in head for option in options)
    said = [count for count in counts if count]  # the answers someone said, in order
    mark = tr("group.right_mark")
    assert words.lines[2 : 2 + len(said)] == tuple(
        tr("group.said", count=count, option=option)
        + (f" {mark}." if index in (3, 4) else "." * (option[-1] not in ".!?…"))
        for index, (option, count) in enumerate(zip(options, counts, strict=True))
        if count
    )
    for line, count in zip(words.lines[2:], said, strict=False):
        named = tr("group.said", count=count, option="\0").split("\0")[0]
        assert line.startswith(named) and line.count("“") + line.count("«") <= 1, line
    # the right answers are marked where they are said, not written out again under them
    assert len(words.lines) == 2 + len(said) and words.answer_lines == 0
    # a right answer nobody chose is still named, under the answers said
    point = Counted(5, "ask", "Q", options, (1, 2, 0, 9, 0), 3, (4,))
    words = point_words(point, tr, combined=combined)
    assert words.lines[-1] == tr("group.also_right", best=options[4]).replace("….", "…")


@pytest.mark.parametrize("code", language_codes())
def test_a_split_room_whose_every_hand_chose_a_right_answer_is_told_everyone(code):
    """Ninth facilitator run: 7 and 5 hands on step 5's two right asks read "Most of our group
    (12 of 12 people) chose a right answer": every hand went up for one, and the room hears so."""
    tr = Translator(code)
    lines = point_words(counted((7, 5, 0)), tr).lines
    assert lines[0] == tr("group.all_right", total=12)
    assert lines[0] != tr("group.most_right", most=12, total=12)
    assert point_words(counted((7, 3, 2)), tr).lines[0] == tr("group.most_right", most=10, total=12)
