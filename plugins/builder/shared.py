"""Theme work shared by every person a worker builds, so each build pays only for its own pages.

Why: profiling showed that most of a plain MkDocs build of a small site goes on compiling the
theme's Jinja templates, the same work for every person. A worker process keeps the compiled
templates (Jinja's own bytecode cache, checked against each template's source) and hands them to
each person's fresh Jinja environment. Each site still gets its own copy of every asset, so it
works on its own when copied anywhere.
"""

from __future__ import annotations

from functools import partial

import jinja2
from jinja2.bccache import Bucket, BytecodeCache
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.theme import Theme


class MemoryBytecodeCache(BytecodeCache):
    """Compiled templates kept in memory for the life of the worker process.

    Jinja keys each entry by template name and file, and checks the source's checksum before
    using it, so an edited template is compiled again.
    """

    def __init__(self) -> None:
        self._code: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        data = self._code.get(bucket.key)
        if data is not None:
            bucket.bytecode_from_string(data)

    def dump_bytecode(self, bucket: Bucket) -> None:
        self._code[bucket.key] = bucket.bytecode_to_string()

    def clear(self) -> None:
        self._code.clear()


_CACHES: dict[tuple, MemoryBytecodeCache] = {}


def _cache_for(env: jinja2.Environment) -> MemoryBytecodeCache:
    """One cache per kind of environment: compiled code depends on the environment's settings."""
    key = (
        tuple(sorted(env.extensions)),
        id(env.autoescape) if callable(env.autoescape) else env.autoescape,
        env.block_start_string,
        env.variable_start_string,
        env.comment_start_string,
        env.trim_blocks,
        env.lstrip_blocks,
        env.newline_sequence,
        env.keep_trailing_newline,
        env.optimized,
        env.finalize,
    )
    return _CACHES.setdefault(key, MemoryBytecodeCache())


def shared_env(theme: Theme) -> jinja2.Environment:
    """The theme's usual Jinja environment, with the process-wide compiled templates."""
    env = Theme.get_env(theme)
    env.bytecode_cache = _cache_for(env)
    return env


def share_theme_work(config: MkDocsConfig) -> MkDocsConfig:
    """Make this person's build use the worker's shared theme work."""
    config.theme.get_env = partial(shared_env, config.theme)  # type: ignore[method-assign]
    return config
