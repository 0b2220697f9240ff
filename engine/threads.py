"""Keep BLAS to one thread: small matrices run faster that way.

Measured on the 2-core target machine (DESIGN.md): with OpenBLAS on 2 threads
a 64-128-128-10 training step ran 3-8x slower than with 1, because waking a
second thread costs more than the work it takes over. The training worker and
the benchmarks call :func:`single_blas_thread` once at start-up.
"""

from __future__ import annotations

from threadpoolctl import ThreadpoolController, threadpool_limits


def single_blas_thread() -> threadpool_limits:
    """Limit every loaded BLAS library to one thread, from now on.

    Returns the limiter, which is also a context manager: ``with
    single_blas_thread(): ...`` restores the previous limits on exit, and
    ``limiter.restore_original_limits()`` does so at any time. Import NumPy
    before calling so its BLAS is loaded and therefore limited.
    """
    return threadpool_limits(limits=1, user_api="blas")


def blas_threads() -> int:
    """The largest thread count among the loaded BLAS libraries (0 if none)."""
    infos = ThreadpoolController().select(user_api="blas").info()
    return max((info["num_threads"] for info in infos), default=0)
