"""Worker processes that never outlive the build that started them.

Why: workers inherit the build lock (an open file with flock). If the main process is killed
(SIGKILL, the out-of-memory killer, a closed terminal), orphaned workers would keep the lock and
wait for work forever, so every later build would wait forever too. Each worker asks Linux to
kill it when its parent dies (and, where that is not available, watches for it); what it leaves
half-built is a hidden `.building-*` folder the next build removes. Ctrl-C is the main process's
to handle: workers ignore it, and the runner stops them.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import signal
import threading
import time
from concurrent.futures import ProcessPoolExecutor

PR_SET_PDEATHSIG = 1


def _ask_to_die_with_parent() -> bool:
    """Linux only: SIGKILL this process when the process that forked it ends."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or None, use_errno=True)
        return libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def _watch_parent(parent: int) -> None:
    while True:
        time.sleep(0.5)
        if os.getppid() != parent:
            os._exit(1)


def init_worker(parent: int) -> None:
    """ProcessPoolExecutor initializer: die with the parent, leave Ctrl-C to it."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if not _ask_to_die_with_parent():
        threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    if os.getppid() != parent:  # the parent died before we could ask
        os._exit(1)


def worker_pool(jobs: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=jobs, initializer=init_worker, initargs=(os.getpid(),))


def stop_now(pool: ProcessPoolExecutor) -> None:
    """Stop every worker at once (Ctrl-C): whatever they were building is left unfinished."""
    pool.shutdown(wait=False, cancel_futures=True)
    processes = list((getattr(pool, "_processes", None) or {}).values())
    for process in processes:
        if process.is_alive():
            process.kill()
    for process in processes:
        process.join(timeout=5)
