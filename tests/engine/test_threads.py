"""single_blas_thread: one BLAS thread while training, restorable."""

from engine.threads import blas_threads, single_blas_thread


def test_single_blas_thread_limits_and_restores():
    before = blas_threads()
    with single_blas_thread():
        assert blas_threads() == 1
    assert blas_threads() == before
