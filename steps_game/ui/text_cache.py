"""The cache of drawn text images, bounded by the bytes the images hold."""

from __future__ import annotations

from collections import OrderedDict
from functools import update_wrapper

# Text images are kept for reuse up to this many bytes rather than this many images: a wrapped text
# is as wide as its box (a paragraph is half a megabyte), and 512 of them grew the game by 36 MB
# over a playthrough (python -m steps_game.bench). The busiest screen of a playthrough draws
# under 5 MB of text images at 200 % in Arabic; 8 MB keeps it whole and the one before it, and
# 16 MB only held more images of screens gone by (12 MB more at the peak, no faster).
RENDER_CACHE_BYTES = 8 * 1024 * 1024
# Above this many bytes, the images neither the last RENDER_CACHE_FRAMES frames nor the latest
# build of a screen used are let go at the end of a frame (end_frame): a screen draws its texts
# every frame, and a view that measures texts by their images as it lays them out asks for them
# again at its next build, so what a screen shows stays (up to RENDER_CACHE_BYTES) and the
# screens and builds gone by go. Without it the cache filled to its 8 MB within two steps of a
# playthrough in English while no screen drew over 1.5 MB a frame; with it a playthrough peaked
# at 88 MB resident instead of 95 (python -m steps_game.bench.child play). Every scene at 200 %
# in Arabic under 240 frames of drifting mouse and Tab drew its texts anew as often as with the
# cache always full (but for 5 labels of pages turned back in step 7), and the floor keeps every
# screen at 100 % whole (each under 1.5 MB).
RENDER_CACHE_FLOOR = 2 * 1024 * 1024
RENDER_CACHE_FRAMES = 2


def _cached_up_to(limit: int, floor: int | None = None, frames: int = RENDER_CACHE_FRAMES):
    """Like lru_cache, for functions that return surfaces, bounded by the surfaces' bytes: at
    most `limit`, and at the end of each frame at most `floor` but for what the last `frames`
    frames or the latest build used (no floor: only `limit`)."""

    def wrap(function):
        # key: [image, the frame it was last used in, the build it was last used by]
        images: OrderedDict = OrderedDict()
        held = 0
        frame = 0
        build = 0  # counts the frames that built a screen
        building = False  # this frame builds one

        def cached(*args, **kwargs):
            nonlocal held
            key = (args, tuple(kwargs.items()))
            kept = images.get(key)
            if kept is not None:
                images.move_to_end(key)
                kept[1] = frame
                if building:
                    kept[2] = build
                return kept[0]
            image = function(*args, **kwargs)
            images[key] = [image, frame, build if building else -1]
            held += image.get_pitch() * image.get_height()
            while held > limit and len(images) > 1:
                _drop(next(iter(images)))
            return image

        def _drop(key) -> None:
            nonlocal held
            dropped = images.pop(key)[0]
            held -= dropped.get_pitch() * dropped.get_height()

        def end_frame() -> None:
            """A frame is drawn: let go of the images neither the last `frames` frames nor the
            latest build used, the least recently used first, down to `floor`."""
            nonlocal frame, building
            frame += 1
            building = False
            if floor is None or held <= floor:
                return
            gone = []
            over = held - floor
            for key, (image, used, built) in images.items():
                if used >= frame - frames or over <= 0:
                    break  # the rest were used later
                if built != build:
                    gone.append(key)
                    over -= image.get_pitch() * image.get_height()
            for key in gone:
                _drop(key)

        def start_build() -> None:
            """A screen is built anew this frame: what it asks for stays until the next build,
            whether a frame draws it or the build only measured it."""
            nonlocal build, building
            if not building:
                build += 1
                building = True

        def cache_clear() -> None:
            nonlocal held
            images.clear()
            held = 0

        def held_bytes() -> int:
            return held

        cached.cache_clear = cache_clear
        cached.held_bytes = held_bytes
        cached.end_frame = end_frame
        cached.start_build = start_build
        return update_wrapper(cached, function)

    return wrap
