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


def _cached_up_to(limit: int):
    """Like lru_cache, for functions that return surfaces, bounded by the surfaces' bytes."""

    def wrap(function):
        images: OrderedDict = OrderedDict()
        held = 0

        def cached(*args, **kwargs):
            nonlocal held
            key = (args, tuple(kwargs.items()))
            image = images.get(key)
            if image is not None:
                images.move_to_end(key)
                return image
            image = function(*args, **kwargs)
            images[key] = image
            held += image.get_pitch() * image.get_height()
            while held > limit and len(images) > 1:
                _, dropped = images.popitem(last=False)
                held -= dropped.get_pitch() * dropped.get_height()
            return image

        def cache_clear() -> None:
            nonlocal held
            images.clear()
            held = 0

        def held_bytes() -> int:
            return held

        cached.cache_clear = cache_clear
        cached.held_bytes = held_bytes
        return update_wrapper(cached, function)

    return wrap
