"""Child processes that do not outlive the process that started them."""

from __future__ import annotations

import ctypes
import logging
import multiprocessing
import os
import signal
import sys

log = logging.getLogger(__name__)


def die_with_parent(parent: int) -> None:
    """Ask Linux to kill this process when `parent` dies (even by SIGKILL); exit now if it already has.

    Called first thing in a batch worker and in a worker's PDF page readers, so that
    killing a supervisor (or a worker on timeout) leaves no orphans behind.
    """
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            log.debug("prctl unavailable; a child may outlive a killed parent")
    if os.getppid() != parent:
        os._exit(0)


def default_pool_size() -> int:
    """How many processes a pool started here may use when the caller did not say: one inside a child
    process (no pools inside pools, no daemonic parents), else up to two."""
    if multiprocessing.parent_process() is not None:
        return 1
    return min(2, os.cpu_count() or 1)
